"""The Overview: what the officer looks at first in the morning. The visits in progress, those
of the coming weeks, and counters of what needs attention (overdue checklist tasks and those due
within a week, either opening the Checklists area; souvenirs running low); a double click or
Enter opens a visit."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.messages import enum_label
from planner.domain.records import DelegationFilter, DelegationRow
from planner.domain.zones import today_in_kyiv
from planner.gui.formats import date_range, weekday_date
from planner.gui.workbench import Workbench
from planner.services.checklists import task_board
from planner.services.delegations import list_delegations
from planner.services.gifts import list_stock
from planner.services.partners_register import agreements_ending

COMING_WEEKS = 6
DUE_SOON_DAYS = 7  # as the Checklists area's "next 7 days": from today to a week ahead
ENDING_DAYS = 180  # agreements ending within half a year: time to renew one


class _Counter(QLabel):
    """A counter that opens the area it counts: clicked, or Enter or Space when focused."""

    activated = Signal()

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit()
            return
        super().keyPressEvent(event)


class OverviewArea(QWidget):
    def __init__(self, bench: Workbench, today: date | None = None) -> None:
        super().__init__()
        self._bench = bench
        self._today = today
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.in_progress = self._visit_list("in_progress")
        self.coming = self._visit_list("coming")
        self.overdue = _Counter("overdue_tasks")
        self.due_soon = _Counter("due_this_week")
        # The main window's way to show an area (absent around a bare window in tests).
        show_area = getattr(bench.window, "show_area", None)
        for counter in (self.overdue, self.due_soon):
            counter.setToolTip(self.tr("Open the Checklists"))
            if show_area is not None:
                counter.activated.connect(lambda: show_area("checklists"))
        self.low_stock = QLabel()
        self.low_stock.setObjectName("low_stock")

        self.ending = QListWidget()
        self.ending.setObjectName("agreements_ending")
        self.ending.setAlternatingRowColors(True)
        self.ending.setWordWrap(True)
        self.ending.itemActivated.connect(self._open_partner)

        now_box = QGroupBox(self.tr("In progress"))
        QVBoxLayout(now_box).addWidget(self.in_progress)
        coming_box = QGroupBox(self.tr("Coming %n week(s)", "", COMING_WEEKS))
        QVBoxLayout(coming_box).addWidget(self.coming)
        attention = QGroupBox(self.tr("Needs attention"))
        attention_layout = QVBoxLayout(attention)
        for label in (self.overdue, self.due_soon, self.low_stock):
            label.setStyleSheet("font-size: 12pt;")
            attention_layout.addWidget(label)
        attention_layout.addStretch()

        ending_box = QGroupBox(self.tr("Agreements ending"))
        QVBoxLayout(ending_box).addWidget(self.ending)

        grid = QGridLayout(self)
        grid.addWidget(self.heading, 0, 0, 1, 2)
        grid.addWidget(now_box, 1, 0)
        grid.addWidget(attention, 1, 1)
        grid.addWidget(coming_box, 2, 0)
        grid.addWidget(ending_box, 2, 1)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(2, 3)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 1)
        bench.edits.changed.connect(self.refresh)
        self.refresh()

    def _visit_list(self, name: str) -> QListWidget:
        widget = QListWidget()
        widget.setObjectName(name)
        widget.setAlternatingRowColors(True)
        widget.itemActivated.connect(
            lambda item: self._bench.open_delegation(item.data(Qt.ItemDataRole.UserRole))
        )
        return widget

    def refresh(self) -> None:
        db = self._bench.db
        today = self._today or today_in_kyiv()
        self.heading.setText(self.tr("Today: %1").replace("%1", weekday_date(today)))
        now = list_delegations(db, DelegationFilter(starts_from=today, ends_until=today))
        later = list_delegations(db, DelegationFilter(
            starts_from=today + timedelta(days=1),
            ends_until=today + timedelta(weeks=COMING_WEEKS)))  # fmt: skip
        self._fill(self.in_progress, now, self.tr("No visit is in progress today."))
        self._fill(self.coming, [r for r in later if r.start_date > today],
                   self.tr("Nothing planned for the coming weeks."))  # fmt: skip
        board = task_board(db, today, days_ahead=DUE_SOON_DAYS)
        overdue, due_soon = len(board.overdue), len(board.upcoming)
        low = sum(1 for row in list_stock(db, as_of=today) if row.below_reorder_level)
        self.overdue.setText(self.tr("Overdue checklist tasks: %1").replace("%1", str(overdue)))
        self.due_soon.setText(self.tr("Checklist tasks due in the next %n day(s): %1", "",
                                      DUE_SOON_DAYS).replace("%1", str(due_soon)))  # fmt: skip
        self.low_stock.setText(self.tr("Souvenirs running low: %1").replace("%1", str(low)))
        self.due_soon.setStyleSheet("font-size: 12pt;")
        for label, count in ((self.overdue, overdue), (self.low_stock, low)):
            label.setStyleSheet("font-size: 12pt;" + (" color: #b00020;" if count else ""))
        self._fill_ending(today)

    def _fill_ending(self, today: date) -> None:
        """Agreements in force whose end is within ENDING_DAYS, and those past it still marked
        in force (red): the office renews or closes them."""
        lang = self._bench.language
        self.ending.clear()
        rows = agreements_ending(self._bench.db, today, ENDING_DAYS)
        for row in rows:
            until = row.agreement.valid_until
            assert until is not None
            if row.days_left < 0:
                when = self.tr("ended %n day(s) ago", "", -row.days_left)
            else:
                when = self.tr("in %n day(s)", "", row.days_left)
            text = f"{row.partner_name.get(lang)} — {row.agreement.title}: " + self.tr(
                "until %1 (%2)"
            ).replace("%1", f"{until:%d.%m.%Y}").replace("%2", when)
            item = QListWidgetItem(text, self.ending)
            item.setData(Qt.ItemDataRole.UserRole, row.agreement.partner_id)
            if row.days_left < 0:
                item.setForeground(QColor("#b00020"))
        if not rows:
            item = QListWidgetItem(self.tr("No agreement ends in the coming months."),
                                   self.ending)  # fmt: skip
            item.setFlags(Qt.ItemFlag.NoItemFlags)

    def _open_partner(self, item: QListWidgetItem) -> None:
        partner_id = item.data(Qt.ItemDataRole.UserRole)
        window = self._bench.window
        show_area, area = getattr(window, "show_area", None), getattr(window, "area", None)
        if partner_id is None or show_area is None or area is None:
            return
        show_area("partners")
        area("partners").select_partner(partner_id)

    def _fill(self, widget: QListWidget, rows: list[DelegationRow], empty: str) -> None:
        lang = self._bench.language
        widget.clear()
        for row in rows:
            title = row.title_en if lang == "en" and row.title_en else row.title_uk
            partners = row.partner_names if lang == "uk" else row.partner_names_en
            parts = [date_range(row.start_date, row.end_date), enum_label(row.direction, lang),
                     title]  # fmt: skip
            if partners:
                parts.append(partners)
            item = QListWidgetItem("  ·  ".join(parts), widget)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(title)
        if not rows:
            item = QListWidgetItem(empty, widget)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
