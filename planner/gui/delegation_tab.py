"""What the record tabs of the delegation editor share (its Gifts and Checklist tabs): the
delegation shown, the row chosen and chosen again after a change, a dialog opened from the
tab, and one action whose refusal is said and the tab read again."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QTableView, QWidget

from planner.domain.errors import PlannerError
from planner.domain.records import Delegation
from planner.gui import forms
from planner.gui.table_model import TextTableModel
from planner.gui.workbench import Workbench


class DelegationTab(QWidget):
    """A tab listing one kind of record of a saved delegation in ``self.table`` over
    ``self.model``; subclasses make them, read the rows in ``refresh`` and say which record
    a row is in ``record_id``."""

    model: TextTableModel
    table: QTableView

    def __init__(self, bench: Workbench) -> None:
        super().__init__()
        self._bench = bench
        self.delegation: Delegation | None = None
        self.dialog: QDialog | None = None  # the dialog opened from the tab, while open

    def record_id(self, row: Any) -> int | None:
        return getattr(row, "id", None)

    def refresh(self) -> None:
        raise NotImplementedError

    def _update_buttons(self) -> None:
        raise NotImplementedError

    def show_delegation(self, delegation: Delegation) -> None:
        """Show the records of ``delegation`` (a saved one) as stored now."""
        assert delegation.id is not None, "only a saved delegation has these records"
        self.delegation = delegation
        self.setEnabled(True)
        self.refresh()

    def current(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select(self, record_id: int | None) -> None:
        for number in range(self.model.rowCount()):
            if self.record_id(self.model.row(number)) == record_id:
                self.table.selectRow(number)
                return
        self.table.clearSelection()

    def _open(self, dialog: QDialog) -> None:
        """Open ``dialog`` (window-modal); its record, once saved, is chosen in the tab."""
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        saved = getattr(dialog, "saved", None)
        if saved is not None:
            self.select(getattr(saved, "id", None))
        if self.dialog is dialog:
            self.dialog = None

    def _do(self, keep: int | None, action: Callable[[], object]) -> None:
        """Do one change; a refusal is said and the tab read again; ``keep`` stays chosen."""
        try:
            action()
        except PlannerError as problem:
            forms.show_problem(self, problem, self._bench.language)
            self.refresh()
        if keep is not None:
            self.select(keep)
            self._update_buttons()
