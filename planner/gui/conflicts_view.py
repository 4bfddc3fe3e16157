"""Conflicts: a list of every clash the conflicts engine finds (a person in two places, a room
booked twice, an item outside its visit, an official abroad while expected at home, no
interpreter, too little time between venues), each explained in words, errors first.

View > Conflicts opens it; Enter or a double click opens the item concerned in its editor.
It follows every change. The calendar and the delegation editor show the same findings.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.conflicts import Conflict, Severity
from planner.domain.messages import Language
from planner.gui.table_model import TextTableModel
from planner.gui.workbench import Workbench
from planner.services.conflicts import find_conflicts

_HEADERS = (
    QT_TRANSLATE_NOOP("ConflictTableModel", "Severity"),
    QT_TRANSLATE_NOOP("ConflictTableModel", "When"),
    QT_TRANSLATE_NOOP("ConflictTableModel", "What"),
)
_SEVERITY = {
    Severity.ERROR: QT_TRANSLATE_NOOP("ConflictTableModel", "Error"),
    Severity.WARNING: QT_TRANSLATE_NOOP("ConflictTableModel", "Warning"),
}


def conflict_messages(conflicts: list[Conflict],
                      language: Language) -> dict[int, tuple[bool, tuple[str, ...]]]:  # fmt: skip
    """Each agenda item with whether an error is among its conflicts and what clashes there,
    in words (for the calendar's marks: red for an error, amber for a warning)."""
    found: dict[int, list[str]] = {}
    errors: set[int] = set()
    for conflict in conflicts:
        message = conflict.message(language)
        for item_id in conflict.item_ids:
            found.setdefault(item_id, []).append(message)
            if conflict.severity is Severity.ERROR:
                errors.add(item_id)
    return {item_id: (item_id in errors, tuple(messages)) for item_id, messages in found.items()}


class ConflictTableModel(TextTableModel):
    """Findings as the engine orders them (by moment, errors first at the same moment)."""

    def __init__(self, language: Language) -> None:
        super().__init__("ConflictTableModel", _HEADERS)
        self._language = language

    def set_conflicts(self, conflicts: list[Conflict]) -> None:
        self.set_rows(conflicts)

    def cells(self, row: Any) -> tuple[str, ...]:
        conflict: Conflict = row
        severity = QCoreApplication.translate("ConflictTableModel", _SEVERITY[conflict.severity])
        return (severity, f"{conflict.moment:%d.%m.%Y %H:%M}", conflict.message(self._language))

    def conflict(self, row: int) -> Conflict:
        return self.row(row)  # type: ignore[no-any-return]

    def role_data(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            error = row.severity is Severity.ERROR
            return QBrush(QColor("#b00020" if error else "#8a5a00"))
        return None


class ConflictsWindow(QWidget):
    """The list of conflicts, a window of its own beside the main one."""

    def __init__(self, bench: Workbench, delegation_id: int | None = None,
                 today: date | None = None) -> None:  # fmt: skip
        super().__init__(bench.window, Qt.WindowType.Window)
        self.setObjectName("conflicts_window")
        self.setWindowTitle(self.tr("Conflicts"))
        self._bench = bench
        self._delegation_id = delegation_id
        self.model = ConflictTableModel(bench.language)
        self.table = QTableView()
        self.table.setObjectName("conflicts")
        self.table.setAccessibleName(self.tr("Conflicts"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        self.errors_only = QCheckBox(self.tr("&Errors only"))
        self.errors_only.setObjectName("errors_only")
        self.errors_only.toggled.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setObjectName("conflicts_summary")
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.errors_only)
        hint = QLabel(self.tr("Enter or a double click opens the item in its delegation."))
        hint.setStyleSheet("color: #555555;")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.resize(900, 520)
        bench.edits.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        found = find_conflicts(self._bench.db, delegation_id=self._delegation_id)
        if self.errors_only.isChecked():
            found = [c for c in found if c.severity is Severity.ERROR]
        self.model.set_conflicts(found)
        self.table.resizeRowsToContents()
        errors = sum(1 for c in found if c.severity is Severity.ERROR)
        if not found:
            self.summary.setText(self.tr("No conflicts: every programme fits together."))
        else:
            self.summary.setText(
                self.tr("Errors: %1, warnings: %2").replace("%1", str(errors))
                .replace("%2", str(len(found) - errors)))  # fmt: skip
        if found and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        conflict = self.model.conflict(index.row())
        if conflict.items and self._bench.open_agenda_item is not None:
            first = conflict.items[0]
            self._bench.open_agenda_item(first.delegation_id, first.item_id)
        elif conflict.delegation_ids:
            self._bench.open_delegation(conflict.delegation_ids[0])
