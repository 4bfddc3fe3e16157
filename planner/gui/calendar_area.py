"""The Calendar: the visits (multi-day bars) and their programmes by month, week or day,
coloured per delegation, with today, previous and next, and a date picker.

Each agenda item is shown by the clock of its own visit, with Kyiv time beside it for a visit
abroad; an item that clashes with another (see the conflicts engine) is marked, and its
tooltip says why. A click on a visit opens its editor; a click on an item opens the editor on
that item. With the keyboard: the arrows move the chosen day, Page Up/Down the period, Tab
and Shift+Tab go from entry to entry, Enter opens the entry (or the chosen day's view).

The views paint themselves (no widget per entry), so a month of a busy year draws at once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import Enum
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import AgendaStatus, DelegationStatus, Direction
from planner.domain.errors import PlannerError
from planner.domain.messages import Language, enum_label
from planner.domain.records import HOME_TIMEZONE, AgendaRow, DelegationFilter, DelegationRow
from planner.domain.zones import today_in_kyiv
from planner.gui.formats import date_range, pydate, qdate, weekday_date
from planner.gui.workbench import Workbench
from planner.services.agenda import list_agenda
from planner.services.delegations import list_delegations

KYIV = ZoneInfo(HOME_TIMEZONE)

# Soft colours that tell neighbouring visits apart and keep dark text readable.
PALETTE = ("#cfe3ff", "#ffe0b3", "#d4f0d0", "#f6d0e6", "#e3dcff", "#fff3b0", "#cdeff0",
           "#ffd6cc", "#e6e6c8", "#d9e8f5")  # fmt: skip
BORDERS = ("#3b78c4", "#d98a00", "#3f9a36", "#c0508e", "#6e57c9", "#b59a00", "#2c9aa0",
           "#d0603f", "#8b8b3a", "#5a84ad")  # fmt: skip
CONFLICT = QColor("#c62828")  # an item in an error-level conflict
CAUTION = QColor("#b36b00")  # an item with a warning only


class Mode(Enum):
    MONTH = "month"
    WEEK = "week"
    DAY = "day"


def colour_index(delegation_id: int) -> int:
    return delegation_id % len(PALETTE)


@dataclass(frozen=True)
class VisitBar:
    """A delegation across its days."""

    delegation_id: int
    title: str
    first: date
    last: date
    direction: Direction
    status: DelegationStatus
    place: str

    @property
    def cancelled(self) -> bool:
        return self.status is DelegationStatus.CANCELLED


@dataclass(frozen=True)
class ItemEntry:
    """An agenda item by the clock of its visit, with Kyiv time for a visit abroad."""

    item_id: int
    delegation_id: int
    title: str
    visit_title: str
    starts_at: datetime
    ends_at: datetime
    venue: str
    status: AgendaStatus
    conflicts: tuple[str, ...] = ()  # what clashes there, in words
    conflict_error: bool = False  # whether one of them is an error, not only a warning

    def mark(self, otherwise: QColor) -> QColor:
        """The colour of the item's mark: red for an error, amber for a warning."""
        if not self.conflicts:
            return otherwise
        return CONFLICT if self.conflict_error else CAUTION

    @property
    def day(self) -> date:
        return self.starts_at.date()

    @property
    def abroad(self) -> bool:
        return getattr(self.starts_at.tzinfo, "key", HOME_TIMEZONE) != HOME_TIMEZONE

    @property
    def cancelled(self) -> bool:
        return self.status is AgendaStatus.CANCELLED

    def times(self) -> str:
        """ "10:00–11:30", and "(Київ 05:00–06:30)" beside it for a visit abroad."""
        text = f"{self.starts_at:%H:%M}–{self.ends_at:%H:%M}"
        if self.abroad:
            kyiv_start, kyiv_end = self.starts_at.astimezone(KYIV), self.ends_at.astimezone(KYIV)
            text += " " + QCoreApplication.translate("CalendarArea", "(Kyiv %1)").replace(
                "%1", f"{kyiv_start:%H:%M}–{kyiv_end:%H:%M}"
            )
        return text


@dataclass
class Period:
    """What one view shows: its days, the visits touching them and their items by day."""

    first: date
    last: date
    bars: list[VisitBar] = field(default_factory=list)
    items: dict[date, list[ItemEntry]] = field(default_factory=dict)


Marks = dict[int, tuple[bool, tuple[str, ...]]]  # item id: (an error among them, messages)


def load_period(bench: Workbench, first: date, last: date,
                conflicts: Marks | None = None) -> Period:  # fmt: skip
    """Read the visits and agenda items that touch ``first``..``last``."""
    lang = bench.language
    rows = list_delegations(bench.db, DelegationFilter(starts_from=first, ends_until=last))
    period = Period(first, last, bars=[_bar(row, lang) for row in rows])
    titles = {bar.delegation_id: bar.title for bar in period.bars}
    items: dict[date, list[ItemEntry]] = defaultdict(list)
    for row in list_agenda(bench.db, first=first, last=last):
        entry = _entry(row, lang, titles, (conflicts or {}).get(row.id, (False, ())))
        items[entry.day].append(entry)
    period.items = dict(items)
    return period


def _bar(row: DelegationRow, lang: Language) -> VisitBar:
    title = row.title_en if lang == "en" and row.title_en else row.title_uk
    return VisitBar(row.id, title, row.start_date, row.end_date, row.direction, row.status,
                    row.place)  # fmt: skip


def _entry(row: AgendaRow, lang: Language, titles: dict[int, str],
           marks: tuple[bool, tuple[str, ...]]) -> ItemEntry:  # fmt: skip
    title = row.title_en if lang == "en" and row.title_en else row.title_uk
    return ItemEntry(row.id, row.delegation_id, title,
                     titles.get(row.delegation_id, row.delegation_title), row.starts_at,
                     row.ends_at, row.venue_name, row.status, marks[1], marks[0])  # fmt: skip


def bar_lanes(bars: Iterable[VisitBar], first: date, last: date) -> list[tuple[VisitBar, int]]:
    """Each bar that touches ``first``..``last`` with the lane it is drawn in: the longest
    first, each in the first lane free over all its days there."""
    shown = sorted((b for b in bars if b.last >= first and b.first <= last),
                   key=lambda b: (b.first, -(b.last - b.first).days, b.delegation_id))  # fmt: skip
    lanes: list[date] = []  # the last day taken in each lane
    placed: list[tuple[VisitBar, int]] = []
    for bar in shown:
        start = max(bar.first, first)
        lane = next((i for i, taken in enumerate(lanes) if taken < start), len(lanes))
        if lane == len(lanes):
            lanes.append(min(bar.last, last))
        else:
            lanes[lane] = min(bar.last, last)
        placed.append((bar, lane))
    return placed


def item_columns(items: list[ItemEntry]) -> list[tuple[ItemEntry, int, int]]:
    """Items of one day side by side where they overlap: (item, column, columns in its
    cluster)."""
    ordered = sorted(items, key=lambda i: (i.starts_at, i.ends_at, i.item_id))
    result: list[tuple[ItemEntry, int, int]] = []
    cluster: list[tuple[ItemEntry, int]] = []
    cluster_end: datetime | None = None
    columns_end: list[datetime] = []

    def close() -> None:
        width = max((c for _, c in cluster), default=-1) + 1
        result.extend((entry, column, width) for entry, column in cluster)

    for entry in ordered:
        if cluster_end is not None and entry.starts_at >= cluster_end:
            close()
            cluster, columns_end, cluster_end = [], [], None
        column = next((i for i, end in enumerate(columns_end) if end <= entry.starts_at),
                      len(columns_end))  # fmt: skip
        if column == len(columns_end):
            columns_end.append(entry.ends_at)
        else:
            columns_end[column] = entry.ends_at
        cluster.append((entry, column))
        cluster_end = max(cluster_end or entry.ends_at, entry.ends_at)
    close()
    return result


@dataclass(frozen=True)
class Hit:
    """Where an entry was drawn, for clicks, tooltips and keyboard focus."""

    rect: QRect
    bar: VisitBar | None = None
    item: ItemEntry | None = None

    @property
    def delegation_id(self) -> int:
        if self.item is not None:
            return self.item.delegation_id
        assert self.bar is not None
        return self.bar.delegation_id

    def tooltip(self, lang: Language) -> str:
        if self.item is not None:
            item = self.item
            lines = [item.title, item.times(), item.visit_title]
            if item.venue:
                lines.append(item.venue)
            if item.cancelled:
                lines.append(enum_label(item.status, lang))
            lines.extend("⚠ " + message for message in item.conflicts)
            return "\n".join(lines)
        assert self.bar is not None
        bar = self.bar
        lines = [bar.title, date_range(bar.first, bar.last), enum_label(bar.direction, lang)]
        if bar.place:
            lines.append(bar.place)
        lines.append(enum_label(bar.status, lang))
        return "\n".join(lines)


class _View(QWidget):
    """What the month and timeline views share: the entries drawn, focus among them, clicks
    and tooltips."""

    entry_activated = Signal(object)  # a Hit
    day_chosen = Signal(object)  # a date, chosen with the mouse or the arrows
    day_opened = Signal(object)  # a date to see as a day (double click, Enter without entry)

    def __init__(self, language: Language) -> None:
        super().__init__()
        self.language = language
        self.period = Period(date.today(), date.today())
        self.chosen = date.today()
        self.today = date.today()
        self.hits: list[Hit] = []
        self.focused: int | None = None  # index into hits
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, small.pointSizeF() * 0.9))
        self.small = small

    def show_period(self, period: Period, chosen: date, today: date) -> None:
        self.period, self.chosen, self.today = period, chosen, today
        self.focused = None
        self.updateGeometry()
        self.update()

    def entries(self) -> list[Hit]:
        """The entries as last drawn (paint first: ``repaint()``)."""
        return list(self.hits)

    def hit_at(self, point: QPoint) -> Hit | None:
        # Items are drawn over bars: the last drawn wins.
        return next((h for h in reversed(self.hits) if h.rect.contains(point)), None)

    def day_at(self, point: QPoint) -> date | None:
        raise NotImplementedError

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        point = event.position().toPoint()
        hit = self.hit_at(point)
        if hit is not None:
            self.focused = self.hits.index(hit)
            self.update()
            self.entry_activated.emit(hit)
            return None
        day = self.day_at(point)
        if day is not None:
            self.day_chosen.emit(day)
        return None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if self.hit_at(point) is None and (day := self.day_at(point)) is not None:
            self.day_opened.emit(day)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            hit = self.hit_at(event.pos())
            if hit is not None:
                QToolTip.showText(event.globalPos(), hit.tooltip(self.language), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab goes from entry to entry inside the view, then on to the next widget."""
        if not self.hits:
            return super().focusNextPrevChild(forward)
        if self.focused is None:
            target = 0 if forward else len(self.hits) - 1
        else:
            target = self.focused + (1 if forward else -1)
        if not 0 <= target < len(self.hits):
            self.focused = None
            self.update()
            return super().focusNextPrevChild(forward)
        self.focused = target
        self.update()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.focused is not None and self.focused < len(self.hits):
                self.entry_activated.emit(self.hits[self.focused])
            else:
                self.day_opened.emit(self.chosen)
            return
        if key in steps:
            self.day_chosen.emit(self.chosen + timedelta(days=self._step(steps[key])))
            return
        super().keyPressEvent(event)

    def _step(self, step: int) -> int:
        return step

    def focused_hit(self) -> Hit | None:
        if self.focused is None or self.focused >= len(self.hits):
            return None
        return self.hits[self.focused]

    # Drawing helpers

    def _begin_painting(self) -> QPainter:
        """A painter on a blank view; the entries are noted afresh as they are drawn."""
        self.hits = []
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        return painter

    def _draw_bar(self, painter: QPainter, rect: QRect, bar: VisitBar) -> None:
        index = colour_index(bar.delegation_id)
        fill, border = QColor(PALETTE[index]), QColor(BORDERS[index])
        if bar.cancelled:
            fill, border = QColor("#eeeeee"), QColor("#9e9e9e")
        painter.setPen(QPen(border, 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        painter.setPen(QColor("#1a1a1a") if not bar.cancelled else QColor("#707070"))
        font = QFont(self.small)
        font.setStrikeOut(bar.cancelled)
        painter.setFont(font)
        text_rect = rect.adjusted(5, 0, -3, 0)
        text = QFontMetrics(font).elidedText(bar.title, Qt.TextElideMode.ElideRight,
                                             text_rect.width())  # fmt: skip
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         text)  # fmt: skip
        self.hits.append(Hit(rect, bar=bar))

    def _draw_focus(self, painter: QPainter) -> None:
        hit = self.focused_hit()
        if hit is not None and self.hasFocus():
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(hit.rect).adjusted(-1, -1, 1, 1), 3, 3)


class MonthView(_View):
    """Six weeks from the Monday on or before the first of the month; each day lists its
    visits as bars across the days and its items as "10:00 Title" lines."""

    HEADER = 24
    BAR = 18

    def __init__(self, language: Language) -> None:
        super().__init__(language)
        self.setObjectName("month_view")
        self.setAccessibleName(QCoreApplication.translate("CalendarArea", "Month"))
        self.month = date.today().replace(day=1)
        self.setMinimumSize(560, 420)

    @staticmethod
    def grid_start(month: date) -> date:
        first = month.replace(day=1)
        return first - timedelta(days=first.weekday())

    def cell(self, day: date) -> QRect:
        start = self.grid_start(self.month)
        index = (day - start).days
        width, height = self.width() / 7, (self.height() - self.HEADER) / 6
        column, row = index % 7, index // 7
        return QRect(round(column * width), self.HEADER + round(row * height),
                     round((column + 1) * width) - round(column * width),
                     round((row + 1) * height) - round(row * height))  # fmt: skip

    def day_at(self, point: QPoint) -> date | None:
        if point.y() < self.HEADER:
            return None
        column = min(6, int(point.x() / (self.width() / 7)))
        row = min(5, int((point.y() - self.HEADER) / ((self.height() - self.HEADER) / 6)))
        return self.grid_start(self.month) + timedelta(days=row * 7 + column)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = self._begin_painting()
        palette = self.palette()
        locale = QLocale()
        start = self.grid_start(self.month)
        header_font = QFont(self.font())
        header_font.setBold(True)
        painter.setFont(header_font)
        width = self.width() / 7
        for column in range(7):
            name = locale.dayName(column + 1, QLocale.FormatType.ShortFormat)
            rect = QRect(round(column * width), 0, round(width), self.HEADER)
            weekend = column >= 5
            painter.setPen(QColor("#b00020") if weekend else palette.color(
                QPalette.ColorRole.Text))  # fmt: skip
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
        metrics = QFontMetrics(self.small)
        line = metrics.height() + 1
        for week in range(6):
            week_start = start + timedelta(days=7 * week)
            week_end = week_start + timedelta(days=6)
            for offset in range(7):
                self._paint_day(painter, week_start + timedelta(days=offset))
            lanes = bar_lanes(self.period.bars, week_start, week_end)
            lane_count = max((lane for _, lane in lanes), default=-1) + 1
            top_cell = self.cell(week_start)
            room = top_cell.height() - 22
            shown_lanes = max(0, min(lane_count, room // (self.BAR + 2)))
            for bar, lane in lanes:
                if lane >= shown_lanes:
                    continue
                first, last = max(bar.first, week_start), min(bar.last, week_end)
                left, right = self.cell(first), self.cell(last)
                rect = QRect(left.left() + 2, top_cell.top() + 20 + lane * (self.BAR + 2),
                             right.right() - left.left() - 3, self.BAR)  # fmt: skip
                self._draw_bar(painter, rect, bar)
            for offset in range(7):
                day = week_start + timedelta(days=offset)
                hidden_bars = sum(1 for bar, lane in lanes if lane >= shown_lanes
                                  and bar.first <= day <= bar.last)  # fmt: skip
                self._paint_items(painter, day, 20 + shown_lanes * (self.BAR + 2), line,
                                  hidden_bars)  # fmt: skip
        self._draw_focus(painter)
        painter.end()

    def _paint_day(self, painter: QPainter, day: date) -> None:
        rect = self.cell(day)
        palette = self.palette()
        inside = day.month == self.month.month
        background = palette.color(QPalette.ColorRole.Base)
        if not inside:
            background = palette.color(QPalette.ColorRole.AlternateBase)
        if day == self.chosen:
            background = QColor(palette.color(QPalette.ColorRole.Highlight))
            background.setAlpha(40)
        painter.fillRect(rect, background)
        painter.setPen(QPen(QColor("#d0d0d0"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        number = QRect(rect.left() + 4, rect.top() + 2, 24, 16)
        if day == self.today:
            painter.setBrush(QColor("#1565c0"))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QRect(number.left() - 2, number.top(), 20, 17))
            painter.setPen(QColor("white"))
        else:
            painter.setPen(palette.color(QPalette.ColorRole.Text) if inside else QColor("#9a9a9a"))
        painter.setFont(self.font())
        painter.drawText(QRect(number.left() - 2, number.top(), 20, 17),
                         Qt.AlignmentFlag.AlignCenter, str(day.day))  # fmt: skip

    def _paint_items(self, painter: QPainter, day: date, top: int, line: int,
                     hidden_bars: int) -> None:  # fmt: skip
        rect = self.cell(day)
        items = sorted(self.period.items.get(day, []), key=lambda i: (i.starts_at, i.item_id))
        y = rect.top() + top
        bottom = rect.bottom() - 2
        painter.setFont(self.small)
        metrics = QFontMetrics(self.small)
        shown = 0
        for item in items:
            last_line = y + 2 * line > bottom
            if last_line and shown < len(items) - 1:
                break
            if y + line > bottom:
                break
            row = QRect(rect.left() + 3, y, rect.width() - 6, line)
            index = colour_index(item.delegation_id)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(item.mark(QColor(BORDERS[index])))
            painter.drawRoundedRect(QRectF(row.left(), row.top() + 3, 4, line - 6), 1.5, 1.5)
            text = f"{item.starts_at:%H:%M} {item.title}"
            if item.conflicts:
                text = "⚠ " + text
            painter.setPen(QColor("#8a8a8a") if item.cancelled else
                           item.mark(self.palette().color(QPalette.ColorRole.Text)))  # fmt: skip
            font = QFont(self.small)
            font.setStrikeOut(item.cancelled)
            painter.setFont(font)
            text_rect = row.adjusted(7, 0, 0, 0)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                                text_rect.width()))  # fmt: skip
            self.hits.append(Hit(row, item=item))
            y += line
            shown += 1
        more = len(items) - shown + hidden_bars
        if more:
            painter.setPen(QColor("#555555"))
            painter.setFont(self.small)
            painter.drawText(QRect(rect.left() + 6, min(y, bottom - line), rect.width() - 8,
                                   line), Qt.AlignmentFlag.AlignVCenter,
                             QCoreApplication.translate("CalendarArea", "+%1 more").replace("%1", str(more)))  # fmt: skip


class _Columns:
    """The day columns a timeline's header and hours share."""

    GUTTER = 52

    days: int
    period: Period
    chosen: date
    width: Callable[[], int]  # the widget's own
    height: Callable[[], int]
    palette: Callable[[], QPalette]

    def _column(self, index: int) -> QRect:
        width = (self.width() - self.GUTTER) / self.days
        left = self.GUTTER + round(index * width)
        right = self.GUTTER + round((index + 1) * width)
        return QRect(left, 0, right - left, 0)

    def day_at(self, point: QPoint) -> date | None:
        if point.x() < self.GUTTER:
            return None
        width = (self.width() - self.GUTTER) / self.days
        index = min(self.days - 1, int((point.x() - self.GUTTER) / width))
        return self.period.first + timedelta(days=index)

    def _step(self, step: int) -> int:
        """Up and down move a week in a week, a day in a day."""
        return step if self.days == 7 or abs(step) == 1 else step // 7

    def _day_column(self, painter: QPainter, index: int) -> tuple[date, QRect]:
        """Day ``index`` of the period and its column, shaded when chosen, with its rule."""
        day = self.period.first + timedelta(days=index)
        column = self._column(index).adjusted(0, 0, 0, self.height())
        if day == self.chosen and self.days > 1:
            shade = QColor(self.palette().color(QPalette.ColorRole.Highlight))
            shade.setAlpha(25)
            painter.fillRect(column, shade)
        painter.setPen(QPen(QColor("#d0d0d0"), 1))
        painter.drawLine(column.left(), 0, column.left(), self.height())
        return day, column


class TimelineHeader(_Columns, _View):
    """Above the hours, fixed while they scroll: the days' names and the visits as bars."""

    DAY_HEADER = 26
    BAR = 18

    def __init__(self, language: Language, days: int) -> None:
        super().__init__(language)
        self.days = days
        self.setObjectName("timeline_header")

    def _lanes(self) -> list[tuple[VisitBar, int]]:
        return bar_lanes(self.period.bars, self.period.first, self.period.last)

    def sizeHint(self) -> QSize:
        lanes = max((lane for _, lane in self._lanes()), default=-1) + 1
        return QSize(600, self.DAY_HEADER + lanes * (self.BAR + 2) + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(300, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = self._begin_painting()
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        for index in range(self.days):
            day, column = self._day_column(painter, index)
            heading = QFont(self.font())
            heading.setBold(day == self.today)
            painter.setFont(heading)
            weekend = day.weekday() >= 5
            painter.setPen(QColor("#1565c0") if day == self.today else
                           QColor("#b00020") if weekend else text)  # fmt: skip
            label = (QLocale().toString(qdate(day), "ddd d MMM") if self.days > 1
                     else weekday_date(day))  # fmt: skip
            painter.drawText(QRect(column.left(), 0, column.width(), self.DAY_HEADER),
                             Qt.AlignmentFlag.AlignCenter, label)  # fmt: skip
        for bar, lane in self._lanes():
            first = max(bar.first, self.period.first)
            last = min(bar.last, self.period.last)
            left = self._column((first - self.period.first).days)
            right = self._column((last - self.period.first).days)
            rect = QRect(left.left() + 2, self.DAY_HEADER + lane * (self.BAR + 2),
                         right.right() - left.left() - 3, self.BAR)  # fmt: skip
            self._draw_bar(painter, rect, bar)
        painter.setPen(QPen(QColor("#b0b0b0"), 1))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        self._draw_focus(painter)
        painter.end()


class TimelineHours(_Columns, _View):
    """The hours of the days, each item a box at its time; overlapping ones side by side."""

    HOUR = 52

    def __init__(self, language: Language, days: int) -> None:
        super().__init__(language)
        self.days = days
        self.setObjectName("timeline_hours")

    def sizeHint(self) -> QSize:
        return QSize(600, 24 * self.HOUR + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(300, 24 * self.HOUR + 8)

    def y_of(self, moment: datetime, day: date) -> int:
        minutes = moment.replace(tzinfo=None) - datetime(day.year, day.month, day.day)
        hours = max(0.0, min(24.0, minutes.total_seconds() / 3600))
        return 4 + round(hours * self.HOUR)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = self._begin_painting()
        painter.setFont(self.small)
        for hour in range(25):
            y = 4 + hour * self.HOUR
            painter.setPen(QPen(QColor("#dddddd"), 1))
            painter.drawLine(self.GUTTER, y, self.width(), y)
            if hour < 24:
                painter.setPen(QColor("#666666"))
                painter.drawText(QRect(0, y - 2, self.GUTTER - 6, 16),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                                 f"{hour:02d}:00")  # fmt: skip
        for index in range(self.days):
            day, column = self._day_column(painter, index)
            for item, lane, lanes in item_columns(self.period.items.get(day, [])):
                width = (column.width() - 6) / lanes
                y1 = self.y_of(item.starts_at, day)
                ends_today = item.ends_at.date() == day
                y2 = max(y1 + 20, self.y_of(item.ends_at, day) if ends_today
                         else 4 + 24 * self.HOUR)  # fmt: skip
                rect = QRect(column.left() + 3 + round(lane * width), y1 + 1,
                             max(8, round(width) - 2), y2 - y1 - 2)  # fmt: skip
                self._draw_item(painter, rect, item)
        if self.period.first <= self.today <= self.period.last:
            now = datetime.now(KYIV)
            if now.date() == self.today:
                column = self._column((self.today - self.period.first).days)
                y = self.y_of(now, self.today)
                painter.setPen(QPen(CONFLICT, 2))
                painter.drawLine(column.left(), y, column.right(), y)
        self._draw_focus(painter)
        painter.end()

    def _draw_item(self, painter: QPainter, rect: QRect, item: ItemEntry) -> None:
        index = colour_index(item.delegation_id)
        fill, border = QColor(PALETTE[index]), QColor(BORDERS[index])
        if item.cancelled:
            fill, border = QColor("#f0f0f0"), QColor("#a0a0a0")
        painter.setPen(QPen(item.mark(border), 2 if item.conflicts else 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(item.mark(border))
        painter.drawRect(QRect(rect.left() + 1, rect.top() + 1, 4, rect.height() - 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        font = QFont(self.small)
        font.setStrikeOut(item.cancelled)
        bold = QFont(font)
        bold.setBold(True)
        width = rect.width() - 10
        times = f"{item.starts_at:%H:%M}–{item.ends_at:%H:%M}"
        lines: list[tuple[QFont, str]] = [(font, times)]
        if item.abroad:
            kyiv = item.starts_at.astimezone(KYIV), item.ends_at.astimezone(KYIV)
            lines.append((font, QCoreApplication.translate("CalendarArea", "Kyiv %1").replace(
                "%1", f"{kyiv[0]:%H:%M}–{kyiv[1]:%H:%M}")))  # fmt: skip
        if item.venue:
            lines.append((font, item.venue))
        if self.days == 1:
            lines.append((font, item.visit_title))
        painter.setPen(QColor("#777777") if item.cancelled else QColor("#1a1a1a"))
        # The title first, on up to two lines when the box has room for them; a short item
        # gets one line with its start time before the title.
        title = ("⚠ " if item.conflicts else "") + item.title
        bold_metrics = QFontMetrics(bold)
        y = rect.top() + 2
        painter.setFont(bold)
        if rect.height() < bold_metrics.height() + QFontMetrics(font).height() + 4:
            line = QRect(rect.left() + 8, rect.top(), width, rect.height())
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             bold_metrics.elidedText(f"{item.starts_at:%H:%M} {title}",
                                                     Qt.TextElideMode.ElideRight, width))  # fmt: skip
            self.hits.append(Hit(rect, item=item))
            return
        room = rect.height() - 4 - len(lines) * QFontMetrics(font).height()
        title_lines = 2 if room >= 2 * bold_metrics.height() else 1
        if title_lines == 2 and bold_metrics.horizontalAdvance(title) > width:
            wrapped = QRect(rect.left() + 8, y, width, 2 * bold_metrics.height())
            painter.drawText(wrapped, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft,
                             _two_lines(title, bold_metrics, width))  # fmt: skip
            y += 2 * bold_metrics.height()
        else:
            painter.drawText(QRect(rect.left() + 8, y, width, bold_metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             bold_metrics.elidedText(title, Qt.TextElideMode.ElideRight, width))  # fmt: skip
            y += bold_metrics.height()
        painter.setFont(font)
        metrics = QFontMetrics(font)
        for _line_font, text in lines:
            if y + metrics.height() > rect.bottom() + 2:
                break
            painter.drawText(QRect(rect.left() + 8, y, width, metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))  # fmt: skip
            y += metrics.height()
        self.hits.append(Hit(rect, item=item))


def _two_lines(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` as at most two lines of ``width``, the second elided."""
    words = text.split()
    first = ""
    while words and metrics.horizontalAdvance((first + " " + words[0]).strip()) <= width:
        first = (first + " " + words.pop(0)).strip()
    if not first:  # one long word: cut it
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    rest = metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width)
    return f"{first}\n{rest}" if rest else first


class TimelineView(QWidget):
    """A week or a day: the header stays while the hours scroll."""

    entry_activated = Signal(object)
    day_chosen = Signal(object)
    day_opened = Signal(object)

    def __init__(self, language: Language, days: int) -> None:
        super().__init__()
        self.days = days
        self.setObjectName("week_view" if days == 7 else "day_view")
        self.setAccessibleName(
            QCoreApplication.translate("CalendarArea", "Week")
            if days == 7
            else QCoreApplication.translate("CalendarArea", "Day")
        )
        self.header = TimelineHeader(language, days)
        self.hours = TimelineHours(language, days)
        self.header.setAccessibleName(QCoreApplication.translate("CalendarArea", "Visits"))
        self.hours.setAccessibleName(
            QCoreApplication.translate("CalendarArea", "Programme by the hour")
        )
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.hours)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # The scroll bar is always there, so the header's columns line up with the hours'.
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, self.scroll.verticalScrollBar().sizeHint().width(), 0)
        top.addWidget(self.header)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        for part in self.parts():
            part.entry_activated.connect(self.entry_activated)
            part.day_chosen.connect(self.day_chosen)
            part.day_opened.connect(self.day_opened)
        self.setFocusProxy(self.hours)
        self._scrolled = False

    def parts(self) -> tuple[_View, _View]:
        return (self.header, self.hours)

    def show_period(self, period: Period, chosen: date, today: date) -> None:
        for part in self.parts():
            part.show_period(period, chosen, today)
        self.header.setFixedHeight(self.header.sizeHint().height())
        if not self._scrolled:  # the working day first: 08:00 at the top, not midnight
            self._scrolled = True
            self.scroll.verticalScrollBar().setValue(4 + 8 * self.hours.HOUR - 4)

    @property
    def chosen(self) -> date:
        return self.hours.chosen

    @chosen.setter
    def chosen(self, day: date) -> None:
        for part in self.parts():
            part.chosen = day
            part.update()

    def entries(self) -> list[Hit]:
        return self.header.entries() + self.hours.entries()

    def focused_hit(self) -> Hit | None:
        return self.header.focused_hit() or self.hours.focused_hit()


class CalendarArea(QWidget):
    """The Calendar area: a header with Today, previous, next, the period and a date picker,
    Month / Week / Day, and the view."""

    def __init__(self, bench: Workbench, today: date | None = None) -> None:
        super().__init__()
        self.setObjectName("calendar_area")
        self._bench = bench
        self._today = today
        self.chosen = self.today()
        remembered = str(bench.settings.value("calendar/mode", Mode.MONTH.value))
        self.mode = next((m for m in Mode if m.value == remembered), Mode.MONTH)
        self._conflicts: Marks = {}
        self._conflicts_of = -1  # the change the marks were found for
        self._changes = 0  # database changes seen; the marks follow the newest
        self._finding = False

        self.today_button = self._tool(self.tr("&Today"), "calendar_today")
        self.today_button.clicked.connect(lambda: self.go_to(self.today()))
        self.previous_button = self._tool("◀", "calendar_previous")
        self.previous_button.setToolTip(self.tr("Previous (Page Up)"))
        self.previous_button.setAccessibleName(self.tr("Previous"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button = self._tool("▶", "calendar_next")
        self.next_button.setToolTip(self.tr("Next (Page Down)"))
        self.next_button.setAccessibleName(self.tr("Next"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.title = QLabel()
        self.title.setObjectName("calendar_title")
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.picker = QDateEdit()
        self.picker.setObjectName("calendar_date")
        self.picker.setCalendarPopup(True)
        self.picker.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.picker.setAccessibleName(self.tr("Go to date"))
        self.picker.setDisplayFormat("dd.MM.yyyy")
        self.picker.dateChanged.connect(lambda value: self.go_to(pydate(value)))
        picker_label = QLabel(self.tr("&Go to:"))
        picker_label.setBuddy(self.picker)
        self.mode_buttons = QButtonGroup(self)
        modes = QHBoxLayout()
        modes.setSpacing(0)
        names = {Mode.MONTH: self.tr("&Month"), Mode.WEEK: self.tr("&Week"),
                 Mode.DAY: self.tr("&Day")}  # fmt: skip
        for mode, text in names.items():
            button = self._tool(text, f"calendar_{mode.value}")
            button.setCheckable(True)
            button.setChecked(mode is self.mode)
            self.mode_buttons.addButton(button)
            button.clicked.connect(lambda _checked=False, m=mode: self.set_mode(m))
            modes.addWidget(button)

        header = QHBoxLayout()
        for widget in (self.today_button, self.previous_button, self.next_button):
            header.addWidget(widget)
        header.addSpacing(12)
        header.addWidget(self.title, 1)
        header.addWidget(picker_label)
        header.addWidget(self.picker)
        header.addSpacing(12)
        header.addLayout(modes)

        lang = bench.language
        self.month_view = MonthView(lang)
        self.week_view = TimelineView(lang, 7)
        self.day_view = TimelineView(lang, 1)
        self.stack = QStackedWidget()
        for view in self.views():
            self.stack.addWidget(view)
        for view in self.views():
            view.entry_activated.connect(self.open_entry)
            view.day_chosen.connect(self.go_to)
            view.day_opened.connect(self.open_day)
        self.legend = QLabel(self.tr(
            "Click a visit or an item to open it; ⚠ marks a conflict, red for an error and "
            "amber for a warning (its tooltip says "
            "which). Times are the visit's own, with Kyiv time beside them for visits abroad."))  # fmt: skip
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: #555555;")
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.legend)
        bench.edits.changed.connect(self._database_changed)
        self.refresh()

    def _tool(self, text: str, name: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setObjectName(name)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setMinimumHeight(28)
        return button

    def today(self) -> date:
        return self._today or today_in_kyiv()

    def views(self) -> tuple[MonthView | TimelineView, ...]:
        return (self.month_view, self.week_view, self.day_view)

    def view(self) -> MonthView | TimelineView:
        return {Mode.MONTH: self.month_view, Mode.WEEK: self.week_view,
                Mode.DAY: self.day_view}[self.mode]  # fmt: skip

    def period(self) -> tuple[date, date]:
        """The first and last day the current view shows."""
        if self.mode is Mode.MONTH:
            first = MonthView.grid_start(self.chosen)
            return first, first + timedelta(days=41)
        if self.mode is Mode.WEEK:
            first = self.chosen - timedelta(days=self.chosen.weekday())
            return first, first + timedelta(days=6)
        return self.chosen, self.chosen

    def set_mode(self, mode: Mode) -> None:
        self.mode = mode
        self._bench.settings.setValue("calendar/mode", mode.value)
        for button in self.mode_buttons.buttons():
            button.setChecked(button.objectName() == f"calendar_{mode.value}")
        self.refresh()
        self.view().setFocus()

    def go_to(self, day: date) -> None:
        if day == self.chosen and self.picker.date() == qdate(day):
            return
        first, last = self.period()
        self.chosen = day
        if (
            first <= day <= last
            and self.mode is not Mode.DAY
            and (self.mode is not Mode.MONTH or day.month == self.month_view.month.month)
        ):
            self._show_chosen_only()
        else:
            self.refresh()

    def step(self, direction: int) -> None:
        if self.mode is Mode.MONTH:
            month = self.chosen.month - 1 + direction
            year = self.chosen.year + month // 12
            month = month % 12 + 1
            last_day = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)).day
            self.go_to(date(year, month, min(self.chosen.day, last_day)))
        elif self.mode is Mode.WEEK:
            self.go_to(self.chosen + timedelta(days=7 * direction))
        else:
            self.go_to(self.chosen + timedelta(days=direction))

    def open_day(self, day: date) -> None:
        self.chosen = day
        self.set_mode(Mode.DAY)

    def open_entry(self, hit: Hit) -> None:
        if hit.item is not None and self._bench.open_agenda_item is not None:
            self._bench.open_agenda_item(hit.item.delegation_id, hit.item.item_id)
        else:
            self._bench.open_delegation(hit.delegation_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_PageUp:
            self.step(-1)
        elif event.key() == Qt.Key.Key_PageDown:
            self.step(1)
        elif event.key() == Qt.Key.Key_Home:
            self.go_to(self.today())
        else:
            super().keyPressEvent(event)

    def _database_changed(self) -> None:
        self._changes += 1
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: object) -> None:
        if getattr(self, "_stale", False):
            self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    def refresh(self) -> None:
        """Read the period shown again."""
        self._stale = False
        first, last = self.period()
        period = load_period(self._bench, first, last, self._conflicts_for(first, last))
        self.month_view.month = self.chosen.replace(day=1)
        view = self.view()
        view.show_period(period, self.chosen, self.today())
        self.stack.setCurrentIndex(list(Mode).index(self.mode))
        self._show_title()

    def _conflicts_for(self, first: date, last: date) -> Marks:
        """Each agenda item with what clashes there, as last found. The whole database is
        checked off the window's thread once after each change (it takes a while on a large
        one), and the view is drawn again with the marks when that is done; going from month
        to month uses what was found."""
        if self._conflicts_of != self._changes and not self._finding:
            self._find_conflicts()
        return self._conflicts

    def _find_conflicts(self) -> None:
        from planner.gui.background import run_in_background
        from planner.gui.conflicts_view import conflict_messages
        from planner.services.conflicts import find_conflicts

        db, language, asked_at = self._bench.db, self._bench.language, self._changes
        self._finding = True

        def work() -> Marks:
            return conflict_messages(find_conflicts(db), language)

        def done(found: Marks) -> None:
            self._finding = False
            self._conflicts, self._conflicts_of = found, asked_at
            self.refresh()  # with the marks (and, if changed meanwhile, looking again)

        def failed(_problem: PlannerError) -> None:
            self._finding = False  # the marks stay as they were; the next change tries again
            self._conflicts_of = asked_at

        run_in_background(self, "", work, done, failed, quiet=True)

    @property
    def conflicts_found(self) -> bool:
        """Whether the marks shown are those of the database as it is now."""
        return self._conflicts_of == self._changes and not self._finding

    def _show_chosen_only(self) -> None:
        view = self.view()
        view.chosen = self.chosen
        view.update()
        self._show_title()

    def _show_title(self) -> None:
        first, last = self.period()
        locale = QLocale()
        if self.mode is Mode.MONTH:
            name = locale.standaloneMonthName(self.chosen.month, QLocale.FormatType.LongFormat)
            text = f"{name[:1].upper()}{name[1:]} {self.chosen.year}"
        elif self.mode is Mode.WEEK:
            text = date_range(first, last)
        else:
            text = weekday_date(self.chosen)
        self.title.setText(text)
        self.picker.blockSignals(True)
        self.picker.setDate(qdate(self.chosen))
        self.picker.blockSignals(False)
