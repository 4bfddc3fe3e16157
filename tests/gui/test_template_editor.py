"""The checklist template editor: a task's offset changed and saved gives a visit the new due
date; a task added with a Cyrillic title; a task without a title or due too far away refused
in words with nothing saved; templates made, duplicated and deleted, each undone; closing with
unsaved changes asks."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QSpinBox
from pytestqt.qtbot import QtBot

from planner.domain.enums import TaskAnchor, TaskCategory, VisitKind
from planner.domain.records import ChecklistTemplate, TemplateTask
from planner.gui.template_editor import (
    ANCHOR,
    CATEGORY,
    OFFSET,
    TITLE_UK,
    TemplateEditor,
    TemplateTasksModel,
)
from planner.gui.workbench import Workbench
from planner.services.checklists import (
    apply_template,
    get_template,
    list_templates,
    save_template,
)
from planner.services.delegations import list_delegations
from tests.gui.helpers import answer_next_box, type_text

pytestmark = pytest.mark.gui


@pytest.fixture
def template(workbench: Workbench) -> ChecklistTemplate:
    return save_template(workbench.db, ChecklistTemplate(
        name_uk="Офіційна делегація", name_en="Official delegation",
        visit_kind=VisitKind.INCOMING_OFFICIAL, tasks=(
            TemplateTask("Забронювати готель", TaskCategory.ACCOMMODATION, -14,
                         TaskAnchor.ARRIVAL, "Book the hotel", "Оксана"),
            TemplateTask("Надіслати подяку", TaskCategory.FOLLOW_UP, 3, TaskAnchor.DEPARTURE),
        )))  # fmt: skip


@pytest.fixture
def editor(qtbot: QtBot, workbench: Workbench, template: ChecklistTemplate) -> TemplateEditor:
    dialog = TemplateEditor(workbench)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _choose(qtbot, dialog, template.name_uk)
    assert dialog.current.id == template.id
    return dialog


def _names(dialog: TemplateEditor) -> list[str]:
    return [dialog.templates.item(n).text() for n in range(dialog.templates.count())]


def _choose(qtbot: QtBot, dialog: TemplateEditor, name: str) -> None:
    item = dialog.templates.item(_names(dialog).index(name))
    rect = dialog.templates.visualItemRect(item)
    dialog.templates.scrollToItem(item)
    rect = dialog.templates.visualItemRect(item)
    qtbot.mouseClick(dialog.templates.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _prague_id(workbench: Workbench) -> int:
    return next(r.id for r in list_delegations(workbench.db) if r.title_en.startswith("Prague"))


def test_the_tasks_model_passes_the_model_tester(
    editor: TemplateEditor, qtmodeltester: object
) -> None:
    qtmodeltester.check(editor.model)  # type: ignore[attr-defined]
    model = TemplateTasksModel("uk")
    model.set_tasks(editor.current.tasks)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.index(0, OFFSET).data() == "−14" and model.index(1, OFFSET).data() == "+3"
    assert model.index(0, CATEGORY).data() == "проживання"
    assert model.index(1, ANCHOR).data() == "відбуття"
    assert model.index(0, OFFSET).data(Qt.ItemDataRole.EditRole) == -14


def test_an_offset_edited_and_saved_gives_the_visit_the_new_due_date(
    editor: TemplateEditor, qtbot: QtBot, workbench: Workbench, template: ChecklistTemplate
) -> None:
    cell = editor.model.index(0, OFFSET)
    editor.tasks.setFocus()
    editor.tasks.setCurrentIndex(cell)
    qtbot.keyClick(editor.tasks, Qt.Key.Key_F2)
    spin = editor.tasks.findChild(QSpinBox)
    assert spin is not None and spin.value() == -14
    spin.selectAll()
    qtbot.keyClicks(spin, "-21")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.model.index(0, OFFSET).data() == "−21")
    assert editor.changed()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.changed() and editor.isVisible()
    assert template.id is not None
    stored = get_template(workbench.db, template.id)
    assert stored.tasks[0].offset_days == -21 and stored.version > template.version
    made = apply_template(workbench.db, _prague_id(workbench), template.id)
    assert made[0].due_on == date(2024, 9, 27) - timedelta(days=21)
    assert made[1].due_on == date(2024, 9, 29) + timedelta(days=3)
    # One undoable step puts the old offset back.
    workbench.edits.stack.undo()
    assert get_template(workbench.db, template.id).tasks[0].offset_days == -14
    assert editor.model.index(0, OFFSET).data() == "−14"


def test_a_task_added_with_a_cyrillic_title(
    editor: TemplateEditor, qtbot: QtBot, workbench: Workbench, template: ChecklistTemplate
) -> None:
    editor.tasks.setCurrentIndex(editor.model.index(0, TITLE_UK))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    line = QApplication.focusWidget()
    assert isinstance(line, QLineEdit)
    type_text(line, "Зустріти в аеропорту «Хмельницький»")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.model.index(1, TITLE_UK).data() != "")
    editor.tasks.setCurrentIndex(editor.model.index(1, TITLE_UK))
    qtbot.mouseClick(editor.down_button, Qt.MouseButton.LeftButton)
    assert editor.model.index(2, TITLE_UK).data() == "Зустріти в аеропорту «Хмельницький»"
    assert editor.tasks.currentIndex().row() == 2  # the task moved stays chosen
    assert editor.save() is not None
    assert template.id is not None
    stored = get_template(workbench.db, template.id)
    assert [t.title_uk for t in stored.tasks] == [
        "Забронювати готель",
        "Надіслати подяку",
        "Зустріти в аеропорту «Хмельницький»",
    ]
    assert stored.tasks[2].offset_days == -7 and stored.tasks[2].anchor == TaskAnchor.ARRIVAL


def test_a_task_without_a_title_or_too_far_away_is_refused_and_nothing_saved(
    editor: TemplateEditor, qtbot: QtBot, workbench: Workbench, template: ChecklistTemplate
) -> None:
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # left without a title
    assert editor.model.setData(editor.model.index(0, OFFSET), 400)
    steps = workbench.edits.stack.count()
    assert editor.save() is None
    said = editor.problem.text()
    assert editor.problem.isVisible()
    assert "№3" in said and "№1" in said and "400" in said and "365" in said
    assert template.id is not None
    stored = get_template(workbench.db, template.id)
    assert stored == template and workbench.edits.stack.count() == steps
    # Mended, it saves.
    editor.model.setData(editor.model.index(0, OFFSET), -30)
    editor.model.setData(editor.model.index(2, TITLE_UK), "Замовити квіти")
    assert editor.save() is not None and editor.problem.isHidden()
    assert [t.offset_days for t in get_template(workbench.db, template.id).tasks] == [-30, 3, -7]


def test_a_new_template_is_saved_and_undone(
    editor: TemplateEditor, qtbot: QtBot, workbench: Workbench
) -> None:
    before = len(list_templates(workbench.db))
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    assert editor.current.id is None and editor.model.rowCount() == 0
    assert not editor.delete_button.isEnabled()
    assert editor.save() is None  # no name yet
    assert editor.form.problem_text("name_uk") and len(list_templates(workbench.db)) == before
    type_text(editor.name_uk, "Молодіжний обмін")
    editor.visit_kind.setCurrentIndex(editor.visit_kind.findData("youth_or_sports"))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    type_text(QApplication.focusWidget(), "Знайти родини для проживання")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.model.index(0, TITLE_UK).data() != "")
    saved = editor.save()
    assert saved is not None and saved.visit_kind == VisitKind.YOUTH_OR_SPORTS
    assert "Молодіжний обмін" in _names(editor) and editor.current.id == saved.id
    assert len(list_templates(workbench.db)) == before + 1
    workbench.edits.stack.undo()
    assert len(list_templates(workbench.db)) == before
    assert "Молодіжний обмін" not in _names(editor)
    workbench.edits.stack.redo()
    assert "Молодіжний обмін" in _names(editor)


def test_duplicate_and_delete_each_undone(
    editor: TemplateEditor, qtbot: QtBot, workbench: Workbench, template: ChecklistTemplate
) -> None:
    qtbot.mouseClick(editor.duplicate_button, Qt.MouseButton.LeftButton)
    copy = editor.current
    assert copy.id is not None and copy.id != template.id
    assert copy.name_uk == "Офіційна делегація (копія)" and copy.tasks == template.tasks
    assert "Офіційна делегація (копія)" in _names(editor)
    workbench.edits.stack.undo()
    assert "Офіційна делегація (копія)" not in _names(editor)
    assert all(t.id != copy.id for t in list_templates(workbench.db))

    _choose(qtbot, editor, "Офіційна делегація")
    seen: list[str] = []
    answer_next_box(QMessageBox.StandardButton.Yes, seen)
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert "Офіційна делегація" in seen[0]
    assert all(t.id != template.id for t in list_templates(workbench.db))
    assert "Офіційна делегація" not in _names(editor)
    workbench.edits.stack.undo()
    assert any(t.id == template.id for t in list_templates(workbench.db))
    assert "Офіційна делегація" in _names(editor)


def test_closing_with_unsaved_changes_asks(
    editor: TemplateEditor, qtbot: QtBot, workbench: Workbench, template: ChecklistTemplate
) -> None:
    editor.name_uk.setFocus()
    editor.name_uk.selectAll()
    type_text(editor.name_uk, "Візит мера")
    seen: list[str] = []
    answer_next_box(QMessageBox.StandardButton.Cancel, seen)
    editor.reject()
    assert seen and editor.isVisible()
    # Choosing another template asks too; Save saves and goes on to it.
    answer_next_box(QMessageBox.StandardButton.Save, seen)
    _choose(qtbot, editor, list_templates(workbench.db)[0].name_uk)
    assert len(seen) == 2
    assert template.id is not None
    assert get_template(workbench.db, template.id).name_uk == "Візит мера"
    assert editor.current.id == list_templates(workbench.db)[0].id
    editor.name_en.setText(editor.name_en.text() + " draft")
    answer_next_box(QMessageBox.StandardButton.Discard, seen)
    editor.reject()
    assert len(seen) == 3 and not editor.isVisible()


def test_the_assignee_cell_offers_the_names_known(
    editor: TemplateEditor, qtbot: QtBot, workbench: Workbench
) -> None:
    assert "Оксана" in editor.delegate.assignees
    cell = editor.model.index(1, 5)
    editor.tasks.setCurrentIndex(cell)
    editor.tasks.edit(cell)
    line = QApplication.focusWidget()
    assert isinstance(line, QLineEdit) and line.completer() is not None
    offered = line.completer().model()
    assert "Оксана" in [offered.index(n, 0).data() for n in range(offered.rowCount())]
    type_text(line, "Петро")  # a name not known yet (no list pops up over the table)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.model.index(1, 5).data() == "Петро")
    saved = editor.save()
    assert saved is not None and saved.tasks[1].default_assignee == "Петро"
