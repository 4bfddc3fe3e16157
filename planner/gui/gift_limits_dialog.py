"""The table of legal limits on gifts to officials (per gift, and per year from one source),
each row in force from its day on: added to, changed and pruned as undoable steps.

A limit row has no "deleted" state: deleting it removes it and undoing adds it again as a new
row (with a new id), so the steps remember each row by a key of their own, not by its id.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError, StaleEditError, ValidationError
from planner.domain.records import GiftLimit
from planner.domain.zones import today_in_kyiv
from planner.gui import forms
from planner.gui.formats import short_date
from planner.gui.money import MoneyEdit, money
from planner.gui.table_model import TextTableModel, read_only_table
from planner.gui.workbench import Workbench
from planner.services.gifts import delete_gift_limit, list_gift_limits, save_gift_limit

_HEADERS = (
    QT_TRANSLATE_NOOP("GiftLimitModel", "Valid from"),
    QT_TRANSLATE_NOOP("GiftLimitModel", "Per gift"),
    QT_TRANSLATE_NOOP("GiftLimitModel", "Per year from one source"),
)


class GiftLimitModel(TextTableModel):
    """The limits table, the newest first (as the service lists it)."""

    def __init__(self) -> None:
        super().__init__("GiftLimitModel", _HEADERS)

    def cells(self, row: Any) -> tuple[str, ...]:
        limit: GiftLimit = row
        return (short_date(limit.valid_from), money(limit.per_gift),
                money(limit.per_year_from_one_source))  # fmt: skip

    def role_data(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class _LimitTrail(QObject):
    """The row each limit step works on now, by a key of the steps' own: undoing a delete adds
    the row again under a new id, and the earlier steps on it must find it there. A row that
    is not in the database (deleted) is kept with ``id=None``, its figures intact."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("gift_limit_trail")
        self._now: dict[int, GiftLimit] = {}
        self._next = 0

    def key_of(self, row: GiftLimit) -> int:
        for key, known in self._now.items():
            if known.id is not None and known.id == row.id:
                self._now[key] = row
                return key
        self._next += 1
        self._now[self._next] = row
        return self._next

    def note(self, key: int, row: GiftLimit) -> None:
        self._now[key] = row

    def row(self, key: int) -> GiftLimit:
        return self._now[key]


def _trail(bench: Workbench) -> _LimitTrail:
    """One trail per undo history (it lives as long as the history does)."""
    found = bench.edits.findChild(_LimitTrail, "gift_limit_trail")
    return found if isinstance(found, _LimitTrail) else _LimitTrail(bench.edits)


Steps = tuple[Callable[[], object], Callable[[], object]]


def add_limit(bench: Workbench, text: str, limit: GiftLimit) -> GiftLimit:
    """Add a row; undo removes it, redo adds it again."""
    db, trail = bench.db, _trail(bench)

    def steps(saved: GiftLimit) -> Steps:
        key = trail.key_of(saved)

        def undo() -> None:
            now = trail.row(key)
            assert now.id is not None
            trail.note(key, replace(delete_gift_limit(db, now.id, now.version), id=None))

        def redo() -> None:
            trail.note(key, save_gift_limit(db, replace(trail.row(key), id=None, version=0)))

        return undo, redo

    return bench.edits.perform(text, lambda: save_gift_limit(db, limit), steps)


def change_limit(bench: Workbench, text: str, before: GiftLimit, after: GiftLimit) -> GiftLimit:
    """Save ``after`` over ``before``; undo puts ``before``'s figures back."""
    db, trail = bench.db, _trail(bench)

    def steps(saved: GiftLimit) -> Steps:
        key = trail.key_of(saved)

        def put(figures: GiftLimit) -> None:
            now = trail.row(key)
            trail.note(key, save_gift_limit(db, replace(figures, id=now.id, version=now.version)))

        return (lambda: put(before)), (lambda: put(saved))

    return bench.edits.perform(text, lambda: save_gift_limit(db, after), steps)


def remove_limit(bench: Workbench, text: str, limit: GiftLimit) -> GiftLimit:
    """Remove a row; undo adds the removed row again (as a new row, the same figures)."""
    assert limit.id is not None
    db, trail = bench.db, _trail(bench)
    limit_id = limit.id

    def steps(removed: GiftLimit) -> Steps:
        key = trail.key_of(replace(removed, id=limit_id))
        trail.note(key, replace(removed, id=None))

        def undo() -> None:
            trail.note(key, save_gift_limit(db, replace(trail.row(key), id=None, version=0)))

        def redo() -> None:
            now = trail.row(key)
            assert now.id is not None
            trail.note(key, replace(delete_gift_limit(db, now.id, now.version), id=None))

        return undo, redo

    return bench.edits.perform(text, lambda: delete_gift_limit(db, limit_id, limit.version),
                               steps)  # fmt: skip


class GiftLimitDialog(QDialog):
    """``GiftLimitDialog(bench, limit)``: the limits in force from a day; None adds a row.
    Save is one undoable step; a refused one shows its problems beside the fields."""

    def __init__(self, bench: Workbench, limit: GiftLimit | None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent if parent is not None else bench.window)
        self.setObjectName("gift_limit_dialog")
        self._bench = bench
        self.limit = limit
        self.saved: GiftLimit | None = None
        layout = QFormLayout()
        self.form = forms.Form(layout)
        self.valid_from = forms.date_edit(limit.valid_from if limit else today_in_kyiv())
        self.per_gift = MoneyEdit()
        self.per_year = MoneyEdit()
        self.form.add("valid_from", self.tr("In force &from:"), self.valid_from)
        self.form.add("per_gift", self.tr("Limit &per gift:"), self.per_gift)
        self.form.add("per_year_from_one_source",
                      self.tr("Limit per &year from one source:"), self.per_year)  # fmt: skip
        if limit is not None:
            self.per_gift.set_value(limit.per_gift)
            self.per_year.set_value(limit.per_year_from_one_source)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(layout)
        outer.addWidget(buttons)
        self.save_button.setDefault(True)
        if limit is None:
            self.setWindowTitle(self.tr("New gift limits"))
        else:
            self.setWindowTitle(self.tr("Gift limits from %1")
                                .replace("%1", short_date(limit.valid_from)))  # fmt: skip
        self.per_gift.setFocus()

    def current(self) -> GiftLimit:
        day = forms.date_of(self.valid_from) or today_in_kyiv()
        per_gift = self.per_gift.value() or Decimal("0")
        per_year = self.per_year.value() or Decimal("0")
        base = self.limit or GiftLimit(day, per_gift, per_year)
        return replace(base, valid_from=day, per_gift=per_gift,
                       per_year_from_one_source=per_year)  # fmt: skip

    def save(self) -> bool:
        """Save what the form shows; True when stored (the dialog then closes)."""
        record = self.current()
        day = short_date(record.valid_from)
        try:
            if self.limit is None:
                text = self.tr("Add the gift limits from %1").replace("%1", day)
                self.saved = add_limit(self._bench, text, record)
            else:
                text = self.tr("Change the gift limits from %1").replace("%1", day)
                self.saved = change_limit(self._bench, text, self.limit, record)
        except ValidationError as problem:
            forms.show_problems_in(self, [self.form], problem, self._bench.language)
            return False
        except StaleEditError as problem:
            if forms.offer_reload(self, problem, self._bench.language):
                self._reload()
            return False
        except PlannerError as problem:
            forms.show_problem(self, problem, self._bench.language)
            return False
        self.accept()
        return True

    def _reload(self) -> None:
        assert self.limit is not None
        again = next((r for r in list_gift_limits(self._bench.db) if r.id == self.limit.id), None)
        if again is None:
            self.reject()
            return
        self.limit = again
        self.form.clear_problems()
        forms.set_date(self.valid_from, again.valid_from)
        self.per_gift.set_value(again.per_gift)
        self.per_year.set_value(again.per_year_from_one_source)


class GiftLimitsDialog(QDialog):
    """``GiftLimitsDialog(bench)``: the limits table with Add…, Edit… and Delete, each an
    undoable step; the table follows every change of the database (undo included)."""

    def __init__(self, bench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent if parent is not None else bench.window)
        self.setObjectName("gift_limits_dialog")
        self.setWindowTitle(self.tr("Limits on gifts to officials"))
        self._bench = bench
        self.model = GiftLimitModel()
        self.table = read_only_table(self.model, "gift_limits_table",
                            self.tr("Limits on gifts, the newest first"))  # fmt: skip
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.edit_limit())  # Enter, double-click
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setObjectName("add_gift_limit")
        self.add_button.clicked.connect(self.add_limit)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("edit_gift_limit")
        self.edit_button.clicked.connect(self.edit_limit)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setObjectName("delete_gift_limit")
        self.delete_button.clicked.connect(self.delete_limit)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        row.addStretch()
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.setMinimumSize(560, 320)
        bench.edits.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        chosen = self.chosen()
        rows = list_gift_limits(self._bench.db)
        self.model.set_rows(rows)
        again = next((n for n, r in enumerate(rows) if chosen and r.id == chosen.id),
                     0 if rows else None)  # fmt: skip
        if again is not None:
            self.table.setCurrentIndex(self.model.index(again, 0))
        self.edit_button.setEnabled(bool(rows))
        self.delete_button.setEnabled(bool(rows))

    def chosen(self) -> GiftLimit | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        limit: GiftLimit = self.model.row(index.row())
        return limit

    def add_limit(self) -> GiftLimitDialog:
        """Open the editor of a new row (``exec``: it returns when closed)."""
        return self._open(GiftLimitDialog(self._bench, None, self))

    def edit_limit(self) -> GiftLimitDialog | None:
        limit = self.chosen()
        if limit is None:
            return None
        return self._open(GiftLimitDialog(self._bench, limit, self))

    def _open(self, dialog: GiftLimitDialog) -> GiftLimitDialog:
        self.editor = dialog  # for a test to reach the dialog while it is open
        dialog.exec()
        return dialog

    def delete_limit(self) -> bool:
        """Remove the chosen row after asking; True when removed."""
        limit = self.chosen()
        if limit is None:
            return False
        day = short_date(limit.valid_from)
        answer = QMessageBox.question(
            self, self.tr("Delete the limits"),
            self.tr("Delete the limits in force from %1 (%2 per gift, %3 a year from one "
                    "source)?").replace("%1", day).replace("%2", money(limit.per_gift))
            .replace("%3", money(limit.per_year_from_one_source)),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            remove_limit(self._bench, self.tr("Delete the gift limits from %1")
                         .replace("%1", day), limit)  # fmt: skip
        except StaleEditError as problem:
            forms.show_problem(self, problem, self._bench.language)
            self.refresh()
            return False
        except PlannerError as problem:
            forms.show_problem(self, problem, self._bench.language)
            return False
        return True
