"""A table model for rows whose cell texts are worked out once, when the rows are set: what
the planner's lists share (Qt asks for a cell far more often than the rows change)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QTableView

Index = QModelIndex | QPersistentModelIndex


class TextTableModel(QAbstractTableModel):
    """``cells(row)`` gives a row's texts (shown, and as tooltips, so a cut text can be read
    whole); ``role_data`` answers the other roles. Headers are translated in ``context``."""

    def __init__(self, context: str, headers: tuple[str, ...]) -> None:
        super().__init__()
        self._context = context
        self._headers = headers
        self._rows: list[Any] = []
        self._cells: list[tuple[str, ...]] = []

    def cells(self, row: Any) -> tuple[str, ...]:
        raise NotImplementedError

    def role_data(self, row: Any, column: int, role: int) -> Any:
        """Any role but the display and tooltip: none by default."""
        return None

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._cells = [self.cells(row) for row in self._rows]
        self.endResetModel()

    def row(self, number: int) -> Any:
        return self._rows[number]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(self._context, self._headers[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells[index.row()][index.column()]
        return self.role_data(self._rows[index.row()], index.column(), role)


def read_only_table(model: TextTableModel, name: str, accessible: str) -> QTableView:
    """A table of whole rows, one chosen at a time, not edited in place."""
    table = QTableView()
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    return table
