"""The undo history over real service calls: create, edit and delete undone and redone, and an
undo refused (with its message, the history cleared) when another officer changed the record."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from planner.domain.errors import NotFoundError, ValidationError
from planner.domain.records import Partner
from planner.gui.edits import RecordOps
from planner.gui.workbench import Workbench
from planner.services.partners import (
    delete_partner,
    get_partner,
    restore_partner,
    save_partner,
)
from tests.gui.helpers import answer_next_box

pytestmark = pytest.mark.gui


def _ops(bench: Workbench) -> RecordOps[Partner]:
    db = bench.db
    return RecordOps(lambda p: save_partner(db, p), lambda i, v: delete_partner(db, i, v),
                     lambda i: restore_partner(db, i))  # fmt: skip


def test_create_is_undone_and_redone(workbench: Workbench) -> None:
    edits, db = workbench.edits, workbench.db
    changes: list[None] = []
    edits.changed.connect(lambda: changes.append(None))
    saved = edits.create(_ops(workbench), "Add partner", Partner(name_uk="Люблін", country="PL"))
    assert saved.id is not None and get_partner(db, saved.id).name_uk == "Люблін"
    assert edits.stack.count() == 1 and edits.stack.undoText() == "Add partner"

    edits.stack.undo()
    with pytest.raises(NotFoundError):
        get_partner(db, saved.id)
    edits.stack.redo()
    assert get_partner(db, saved.id).name_uk == "Люблін"
    edits.stack.undo()
    edits.stack.redo()  # the versions carried along stay right on every round
    assert get_partner(db, saved.id).name_uk == "Люблін"
    assert len(changes) == 5


def test_edit_and_delete_are_undone_and_redone(workbench: Workbench) -> None:
    edits, db, ops = workbench.edits, workbench.db, _ops(workbench)
    before = save_partner(db, Partner(name_uk="Вільнюс", country="LT"))
    assert before.id is not None
    after = edits.edit(ops, "Rename", before, replace(before, name_en="Vilnius"))
    assert get_partner(db, before.id).name_en == "Vilnius"
    edits.delete(ops, "Delete", after)
    with pytest.raises(NotFoundError):
        get_partner(db, before.id)

    edits.stack.undo()  # the delete
    assert get_partner(db, before.id).name_en == "Vilnius"
    edits.stack.undo()  # the edit
    assert get_partner(db, before.id).name_en == ""
    edits.stack.redo()
    edits.stack.redo()
    with pytest.raises(NotFoundError):
        get_partner(db, before.id)


def test_a_refused_change_leaves_no_undo_step(workbench: Workbench) -> None:
    with pytest.raises(ValidationError):
        workbench.edits.create(_ops(workbench), "Add", Partner(name_uk="  "))
    assert workbench.edits.stack.count() == 0


def test_an_undo_over_someone_elses_change_is_refused_and_clears_the_history(
    workbench: Workbench, qtbot: QtBot
) -> None:
    edits, db, ops = workbench.edits, workbench.db, _ops(workbench)
    before = save_partner(db, Partner(name_uk="Тарту", country="EE"))
    assert before.id is not None
    mine = edits.edit(ops, "Rename", before, replace(before, name_en="Tartu"))
    theirs = save_partner(db, replace(mine, city="Tartu"))  # another officer, meanwhile

    seen: list[str] = []
    answer_next_box(QMessageBox.StandardButton.Ok, seen)
    edits.stack.undo()

    assert get_partner(db, before.id) == theirs  # their change kept, ours not undone over it
    qtbot.waitUntil(lambda: bool(seen))  # told once the stack has finished the step
    assert "тим часом змінив інший користувач" in seen[0]
    qtbot.waitUntil(lambda: edits.stack.count() == 0)
