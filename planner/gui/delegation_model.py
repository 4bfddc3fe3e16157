"""The delegation list as a Qt table model; filtering and sorting happen in SQL, not in a proxy
(a QSortFilterProxyModel over a Python model is far too slow at tens of thousands of rows), and
rows arrive a page at a time as the view scrolls (Qt's canFetchMore/fetchMore). Counting all
matches costs more than finding the first page, so it runs just after the rows are shown, and
only for the text the officer stopped at."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from planner.domain.messages import Language, enum_label
from planner.domain.records import DelegationFilter, DelegationRow

Index = QModelIndex | QPersistentModelIndex

DATES, TITLE, DIRECTION, STATUS, PLACE, PARTNERS, PARTICIPANTS = range(7)
_HEADERS = (
    QT_TRANSLATE_NOOP("DelegationTableModel", "Dates"),
    QT_TRANSLATE_NOOP("DelegationTableModel", "Title"),
    QT_TRANSLATE_NOOP("DelegationTableModel", "Direction"),
    QT_TRANSLATE_NOOP("DelegationTableModel", "Status"),
    QT_TRANSLATE_NOOP("DelegationTableModel", "Place"),
    QT_TRANSLATE_NOOP("DelegationTableModel", "Partners"),
    QT_TRANSLATE_NOOP("DelegationTableModel", "Participants"),
)
# Which SQL ordering each column sorts by (None: that column does not sort).
_SORT_KEYS: dict[int, str | None] = {
    DATES: "start_date", TITLE: "title", DIRECTION: "direction", STATUS: "status",
    PLACE: "place", PARTNERS: None, PARTICIPANTS: None,
}  # fmt: skip


def format_dates(row: DelegationRow) -> str:
    if row.start_date == row.end_date:
        return row.start_date.strftime("%d.%m.%Y")
    if (row.start_date.year, row.start_date.month) == (row.end_date.year, row.end_date.month):
        return f"{row.start_date:%d}–{row.end_date:%d.%m.%Y}"
    return f"{row.start_date:%d.%m}–{row.end_date:%d.%m.%Y}"


class DelegationTableModel(QAbstractTableModel):
    """Rows come from service calls: ``count(filter)`` for the total, ``load(filter)`` for one
    page (the filter carries limit and offset); the view asks for more pages as it scrolls."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    total_known = Signal(int)

    def __init__(self, load: Callable[[DelegationFilter], list[DelegationRow]],
                 count: Callable[[DelegationFilter], int], language: Language,
                 page_size: int = 200) -> None:  # fmt: skip
        super().__init__()
        self._load = load
        self._count = count
        self._language = language
        self._page_size = page_size
        self._filter = DelegationFilter()
        self._rows: list[DelegationRow] = []
        # What each cell shows, worked out once per row: a view asks for it again and again.
        self._cells: list[tuple[str, ...]] = []
        self._more_pages = False
        self._pending_count = 0  # which refresh a scheduled count belongs to
        self.total: int | None = None  # None until counted
        self.refresh()

    @property
    def current_filter(self) -> DelegationFilter:
        return self._filter

    def _page(self, offset: int) -> list[DelegationRow]:
        return self._load(replace(self._filter, limit=self._page_size, offset=offset))

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = self._page(0)
        self._cells = [self._display(row) for row in self._rows]
        self._more_pages = len(self._rows) == self._page_size
        self.endResetModel()
        self._pending_count += 1
        if self._more_pages:
            self.total = None
            ticket = self._pending_count
            QTimer.singleShot(0, lambda: self._count_if_current(ticket))
        else:
            self._set_total(len(self._rows))

    def _count_if_current(self, ticket: int) -> None:
        if ticket == self._pending_count:  # the officer has not typed on meanwhile
            self.count_now()

    def count_now(self) -> None:
        """Count every match of the current filter (the view's status shows it)."""
        self._set_total(self._count(self._filter))

    def _set_total(self, total: int) -> None:
        self.total = total
        self.total_known.emit(total)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more_pages

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self._page(len(self._rows))
        self._more_pages = len(more) == self._page_size
        if not more:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self._cells.extend(self._display(row) for row in more)
        self.endInsertRows()

    def set_filter_text(self, text: str) -> None:
        self.narrow(text=text)

    def narrow(self, **changes: Any) -> None:
        """Change parts of the filter (text, directions, statuses, period, measure) and show
        the delegations that match."""
        wanted = replace(self._filter, **changes)
        if wanted != self._filter:
            self._filter = wanted
            self.refresh()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("DelegationTableModel", _HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][column]
        if role == self.ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return row.title_en or row.title_uk
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PARTICIPANTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: DelegationRow) -> tuple[str, ...]:
        """The texts of one row, in column order."""
        lang = self._language
        return (
            format_dates(row),
            row.title_uk if lang == "uk" or not row.title_en else row.title_en,
            enum_label(row.direction, lang),
            enum_label(row.status, lang),
            row.place,
            row.partner_names if lang == "uk" else row.partner_names_en,
            str(row.participant_count),
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = _SORT_KEYS.get(column)
        if key is None:
            return
        wanted = replace(self._filter, sort=key, descending=order == Qt.SortOrder.DescendingOrder)
        if wanted != self._filter:  # the view sorts once more when sorting is switched on
            self._filter = wanted
            self.refresh()

    def row_id(self, row: int) -> int:
        return self._rows[row].id
