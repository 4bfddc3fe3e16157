"""The delegation editor's Checklist tab driven as the officer does: applying the visit's
template (due dates counted from its arrival and departure), ticking a task off with one
click on its check cell or with Space, adding, changing and deleting tasks by hand; each step
undone and redone, and what the database holds checked through the services. Moving or
cancelling the visit in the overview moves or cancels its open tasks in the tab."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from planner.domain.enums import DelegationStatus, TaskAnchor, TaskCategory, TaskStatus
from planner.domain.messages import enum_label
from planner.domain.records import Delegation, Task
from planner.domain.zones import today_in_kyiv
from planner.gui import forms
from planner.gui.checklist_panel import (
    ASSIGNEE,
    CATEGORY,
    DONE,
    DONE_COLOUR,
    DUE,
    OVERDUE_COLOUR,
    STATUS,
    TITLE,
    ApplyTemplateDialog,
    ChecklistPanel,
    TaskDialog,
    t_offset,
)
from planner.gui.delegation_editor import DelegationEditor
from planner.gui.edits import Edits
from planner.gui.i18n import use_language
from planner.gui.main_window import MainWindow
from planner.gui.workbench import Workbench
from planner.services import checklists
from planner.services.delegations import get_delegation, list_delegations, save_delegation
from planner.services.workspace import Database
from tests.gui.helpers import answer_next_box, type_text

pytestmark = pytest.mark.gui

ARRIVAL, DEPARTURE = date(2024, 9, 27), date(2024, 9, 29)  # the Prague 6 visit
INVITATION = "Надіслати офіційне запрошення"  # T−45 in the incoming template
THANKS = "Листи подяки"  # T+7 after departure


@pytest.fixture
def prague(visits_db: Database) -> Delegation:
    row = next(v for v in list_delegations(visits_db) if v.title_uk.startswith("Делегація"))
    return get_delegation(visits_db, row.id)


@pytest.fixture
def editor(qtbot: QtBot, workbench: Workbench, prague: Delegation) -> DelegationEditor:
    shown = DelegationEditor(workbench, prague.id)
    qtbot.addWidget(shown, before_close_func=lambda e: e.discard_changes())
    shown.resize(1200, 700)
    shown.show()
    qtbot.waitExposed(shown)
    shown.tabs.setCurrentWidget(shown.checklist)
    return shown


def _discard_typing(window: MainWindow) -> None:
    """No question left open when the test's windows are closed."""
    for editor in list(window.editors.values()):
        editor.discard_changes()


@pytest.fixture
def window_editor(qtbot: QtBot, visits_db: Database, gui_settings: QSettings,
                  prague: Delegation) -> DelegationEditor:  # fmt: skip
    """The editor opened from the main window (a save says so in its status bar)."""
    window = MainWindow(visits_db, "uk", gui_settings)
    qtbot.addWidget(window, before_close_func=_discard_typing)
    window.show()
    qtbot.waitExposed(window)
    shown = window.open_delegation(prague.id)
    assert shown is not None
    qtbot.waitExposed(shown)
    shown.tabs.setCurrentWidget(shown.checklist)
    return shown


@pytest.fixture
def panel(editor: DelegationEditor) -> ChecklistPanel:
    assert editor.checklist.isEnabled() and editor.checklist.isVisible()
    return editor.checklist


def tasks(db: Database, visit: Delegation) -> list[Task]:
    return [row.task for row in checklists.list_tasks(db, visit.id)]


def task_named(db: Database, visit: Delegation, title: str) -> Task:
    (task,) = [t for t in tasks(db, visit) if t.title_uk == title]
    return task


def cell(panel: ChecklistPanel, row: int, column: int) -> str:
    return str(panel.model.index(row, column).data())


def row_of(panel: ChecklistPanel, title: str) -> int:
    (row,) = [n for n in range(panel.model.rowCount()) if panel.model.row(n).title_uk == title]
    return row


def click(qtbot: QtBot, panel: ChecklistPanel, row: int, column: int) -> None:
    rect = panel.table.visualRect(panel.model.index(row, column))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def add_one(db: Database, visit: Delegation, title: str = INVITATION, **values: object) -> Task:
    assert visit.id
    values.setdefault("due_on", ARRIVAL)
    return checklists.save_task(db, Task(delegation_id=visit.id, title_uk=title, **values))  # type: ignore[arg-type]


def apply_default(qtbot: QtBot, panel: ChecklistPanel) -> ApplyTemplateDialog:
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, ApplyTemplateDialog) and dialog.isVisible()
    qtbot.addWidget(dialog)
    return dialog


def open_task(qtbot: QtBot, panel: ChecklistPanel, key: Qt.Key = Qt.Key.Key_Insert) -> TaskDialog:
    panel.table.setFocus()
    qtbot.keyClick(panel.table, key)
    dialog = panel.dialog
    assert isinstance(dialog, TaskDialog) and dialog.isVisible()
    qtbot.addWidget(dialog)
    return dialog


def press_save(qtbot: QtBot, dialog: TaskDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


# Templates


def test_applying_the_visits_template_adds_its_tasks_due_from_arrival_and_departure(
    qtbot: QtBot, panel: ChecklistPanel, workbench: Workbench, prague: Delegation
) -> None:
    db = workbench.db
    dialog = apply_default(qtbot, panel)
    chosen = dialog.chosen()
    assert chosen is not None and chosen.name_uk == "Вхідна офіційна делегація"  # incoming
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    stored = tasks(db, prague)
    assert len(stored) == len(chosen.tasks) == panel.model.rowCount()
    invitation, thanks = task_named(db, prague, INVITATION), task_named(db, prague, THANKS)
    assert (invitation.due_on, invitation.anchor, invitation.offset_days) == (
        ARRIVAL - timedelta(days=45), TaskAnchor.ARRIVAL, -45)  # fmt: skip
    assert (thanks.due_on, thanks.anchor, thanks.offset_days) == (
        DEPARTURE + timedelta(days=7), TaskAnchor.DEPARTURE, 7)  # fmt: skip
    assert all(t.status is TaskStatus.OPEN for t in stored)
    # By due date, each with its offset; the first is the invitation, the last the thanks.
    assert [panel.model.row(n).due_on for n in range(panel.model.rowCount())] == sorted(
        t.due_on for t in stored
    )
    assert cell(panel, 0, TITLE) == INVITATION
    assert cell(panel, 0, DUE) == f"13.08.2024 ({t_offset(TaskAnchor.ARRIVAL, -45)})"
    assert "\u221245" in cell(panel, 0, DUE)
    last = panel.model.rowCount() - 1
    assert cell(panel, last, DUE).startswith("06.10.2024 (") and "+7" in cell(panel, last, DUE)
    assert cell(panel, last, DUE) != f"06.10.2024 ({t_offset(TaskAnchor.ARRIVAL, 7)})"

    workbench.edits.stack.undo()  # the whole template at once
    assert tasks(db, prague) == [] and panel.model.rowCount() == 0
    workbench.edits.stack.redo()
    assert sorted(t.id for t in tasks(db, prague)) == sorted(t.id for t in stored)
    assert panel.model.rowCount() == len(stored)


def test_applying_a_template_twice_asks_first(
    qtbot: QtBot, panel: ChecklistPanel, workbench: Workbench, prague: Delegation
) -> None:
    db = workbench.db
    dialog = apply_default(qtbot, panel)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    once = len(tasks(db, prague))

    seen: list[str] = []
    dialog = apply_default(qtbot, panel)
    answer_next_box(QMessageBox.StandardButton.No, seen)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert seen and str(once) in seen[0]
    assert len(tasks(db, prague)) == once and dialog.isVisible()  # "No": nothing added
    answer_next_box(QMessageBox.StandardButton.Yes, seen)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 2 and not dialog.isVisible()
    assert len(tasks(db, prague)) == 2 * once
    workbench.edits.stack.undo()
    assert len(tasks(db, prague)) == once


# Ticking off


def test_one_click_on_the_check_cell_marks_the_task_done_today_and_again_reopens_it(
    qtbot: QtBot, panel: ChecklistPanel, workbench: Workbench, prague: Delegation
) -> None:
    db = workbench.db
    add_one(db, prague)
    panel.refresh()
    assert cell(panel, 0, DONE) == ""
    overdue = panel.model.index(0, TITLE).data(Qt.ItemDataRole.ForegroundRole)
    assert overdue.color() == QColor(OVERDUE_COLOUR)  # due in 2024, still open
    click(qtbot, panel, 0, DONE)

    task = task_named(db, prague, INVITATION)
    assert (task.status, task.done_on) == (TaskStatus.DONE, today_in_kyiv())
    assert cell(panel, 0, DONE) == "✓"
    greyed = panel.model.index(0, TITLE).data(Qt.ItemDataRole.ForegroundRole)
    assert greyed.color() == QColor(DONE_COLOUR)
    assert panel.dialog is None  # a click on the check cell opens nothing

    click(qtbot, panel, 0, DONE)
    task = task_named(db, prague, INVITATION)
    assert (task.status, task.done_on) == (TaskStatus.OPEN, None) and cell(panel, 0, DONE) == ""

    workbench.edits.stack.undo()  # done again
    assert task_named(db, prague, INVITATION).status is TaskStatus.DONE
    workbench.edits.stack.undo()  # open, as at first
    assert task_named(db, prague, INVITATION).status is TaskStatus.OPEN
    workbench.edits.stack.redo()
    task = task_named(db, prague, INVITATION)
    assert (task.status, task.done_on) == (TaskStatus.DONE, today_in_kyiv())
    assert cell(panel, 0, DONE) == "✓"


def test_a_click_elsewhere_in_the_row_only_chooses_it(
    qtbot: QtBot, panel: ChecklistPanel, workbench: Workbench, prague: Delegation
) -> None:
    add_one(workbench.db, prague)
    panel.refresh()
    click(qtbot, panel, 0, TITLE)
    assert panel.current() is not None
    assert task_named(workbench.db, prague, INVITATION).status is TaskStatus.OPEN
    assert workbench.edits.stack.count() == 0


def test_space_on_the_chosen_row_marks_it_done_and_again_reopens_it(
    qtbot: QtBot, panel: ChecklistPanel, workbench: Workbench, prague: Delegation
) -> None:
    db = workbench.db
    add_one(db, prague, title="Забронювати готель")
    add_one(db, prague, title=THANKS)
    panel.refresh()
    panel.table.setFocus()
    click(qtbot, panel, row_of(panel, THANKS), TITLE)
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)

    thanks = task_named(db, prague, THANKS)
    assert (thanks.status, thanks.done_on) == (TaskStatus.DONE, today_in_kyiv())
    assert task_named(db, prague, "Забронювати готель").status is TaskStatus.OPEN
    assert panel.current() is not None and panel.current().id == thanks.id  # type: ignore[union-attr]
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)
    assert task_named(db, prague, THANKS).status is TaskStatus.OPEN

    workbench.edits.stack.undo()
    assert task_named(db, prague, THANKS).status is TaskStatus.DONE
    workbench.edits.stack.redo()
    assert task_named(db, prague, THANKS).status is TaskStatus.OPEN
    assert workbench.edits.stack.count() == 2


# By hand


def test_a_task_added_by_hand_is_changed_deleted_and_brought_back(
    qtbot: QtBot, panel: ChecklistPanel, workbench: Workbench, prague: Delegation
) -> None:
    db = workbench.db
    dialog = open_task(qtbot, panel)
    type_text(dialog.title_uk, "Замовити квіти для зустрічі")
    dialog.category.setCurrentIndex(dialog.category.findData(TaskCategory.PROTOCOL.value))
    dialog.anchor.setCurrentIndex(dialog.anchor.findData(TaskAnchor.ARRIVAL.value))
    dialog.offset_days.setValue(-2)
    assert forms.date_of(dialog.due_on) == ARRIVAL - timedelta(days=2)  # counted, not typed
    assert not dialog.due_on.isEnabled()
    press_save(qtbot, dialog)

    assert not dialog.isVisible()
    task = task_named(db, prague, "Замовити квіти для зустрічі")
    assert (task.category, task.anchor, task.offset_days, task.due_on) == (
        TaskCategory.PROTOCOL, TaskAnchor.ARRIVAL, -2, date(2024, 9, 25))  # fmt: skip
    assert task.assignee == "" and task.status is TaskStatus.OPEN
    assert panel.current() is not None and panel.current().id == task.id  # type: ignore[union-attr]
    assert cell(panel, 0, DUE).startswith("25.09.2024 (")

    dialog = open_task(qtbot, panel, Qt.Key.Key_Return)  # Enter opens the chosen task
    assert dialog.title_uk.text() == "Замовити квіти для зустрічі"
    dialog.assignee.setFocus()
    type_text(dialog.assignee.lineEdit(), "Олена Коваль")
    press_save(qtbot, dialog)
    assert task_named(db, prague, "Замовити квіти для зустрічі").assignee == "Олена Коваль"
    assert cell(panel, 0, ASSIGNEE) == "Олена Коваль"
    assert "Олена Коваль" in checklists.list_assignees(db)

    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert tasks(db, prague) == [] and panel.model.rowCount() == 0
    workbench.edits.stack.undo()
    (back,) = tasks(db, prague)
    assert back.id == task.id and back.assignee == "Олена Коваль"
    assert panel.model.rowCount() == 1
    workbench.edits.stack.undo()  # the assignee's change
    assert task_named(db, prague, "Замовити квіти для зустрічі").assignee == ""
    workbench.edits.stack.undo()  # the task itself
    assert tasks(db, prague) == []
    workbench.edits.stack.redo()
    assert [t.id for t in tasks(db, prague)] == [task.id]


def test_a_task_without_a_title_is_refused_beside_the_field_and_nothing_is_written(
    qtbot: QtBot, panel: ChecklistPanel, workbench: Workbench, prague: Delegation
) -> None:
    dialog = open_task(qtbot, panel)
    dialog.title_en.setText("Flowers")
    press_save(qtbot, dialog)

    assert dialog.isVisible()
    assert "не може бути порожнім" in dialog.form.problem_text("title_uk")
    assert tasks(workbench.db, prague) == [] and workbench.edits.stack.count() == 0
    assert panel.model.rowCount() == 0


# The visit moved or cancelled in the overview


def test_moving_the_visit_moves_its_open_tasks_and_done_ones_keep_their_dates(
    qtbot: QtBot, window_editor: DelegationEditor, visits_db: Database, prague: Delegation,
) -> None:  # fmt: skip
    editor, db = window_editor, visits_db
    panel = editor.checklist
    assert prague.id
    template = next(t for t in checklists.list_templates(db)
                    if t.name_uk == "Вхідна офіційна делегація")  # fmt: skip
    assert template.id
    checklists.apply_template(db, prague.id, template.id)
    invitation = task_named(db, prague, INVITATION)
    assert invitation.id
    checklists.mark_task_done(db, invitation.id, invitation.version, date(2024, 8, 12))
    panel.refresh()

    editor.tabs.setCurrentIndex(0)
    editor.start_date.setDate(QDate(2024, 10, 7))
    editor.end_date.setDate(QDate(2024, 10, 9))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    editor.tabs.setCurrentWidget(panel)

    thanks = task_named(db, prague, THANKS)
    assert thanks.due_on == date(2024, 10, 16)  # 7 days after the new departure
    assert cell(panel, row_of(panel, THANKS), DUE).startswith("16.10.2024 (")
    done = task_named(db, prague, INVITATION)
    assert done.due_on == date(2024, 8, 13) and done.status is TaskStatus.DONE
    assert cell(panel, row_of(panel, INVITATION), DUE).startswith("13.08.2024 (")


def test_cancelling_the_visit_shows_its_open_tasks_cancelled_and_they_cannot_be_ticked(
    qtbot: QtBot, window_editor: DelegationEditor, visits_db: Database, prague: Delegation,
) -> None:  # fmt: skip
    editor, db = window_editor, visits_db
    panel = editor.checklist
    add_one(db, prague)
    done = add_one(db, prague, title=THANKS)
    assert done.id
    checklists.mark_task_done(db, done.id, done.version, date(2024, 9, 1))
    panel.refresh()

    editor.tabs.setCurrentIndex(0)
    forms.choose(editor.status, DelegationStatus.CANCELLED)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    editor.tabs.setCurrentWidget(panel)

    assert task_named(db, prague, INVITATION).status is TaskStatus.CANCELLED
    assert task_named(db, prague, THANKS).status is TaskStatus.DONE
    row = row_of(panel, INVITATION)
    assert cell(panel, row, STATUS) == enum_label(TaskStatus.CANCELLED, "uk")
    assert cell(panel, row, DONE) == ""
    click(qtbot, panel, row, DONE)
    assert task_named(db, prague, INVITATION).status is TaskStatus.CANCELLED
    assert not panel.done_button.isEnabled()
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)
    assert task_named(db, prague, INVITATION).status is TaskStatus.CANCELLED
    # open, overdue, done, cancelled
    assert re.findall(r"\d+", panel.summary.text()) == ["0", "0", "1", "1"]


def test_the_model_keeps_qts_rules(
    panel: ChecklistPanel, workbench: Workbench, prague: Delegation, qtmodeltester: object
) -> None:
    add_one(workbench.db, prague)
    add_one(workbench.db, prague, title=THANKS, anchor=TaskAnchor.DEPARTURE, offset_days=7)
    panel.refresh()
    assert panel.model.rowCount() == 2
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]


def test_undoing_a_template_after_ticking_one_of_its_tasks_takes_both_back_in_turn(
    qtbot: QtBot, panel: ChecklistPanel, workbench: Workbench, prague: Delegation
) -> None:
    db = workbench.db
    dialog = apply_default(qtbot, panel)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    click(qtbot, panel, row_of(panel, THANKS), DONE)
    assert task_named(db, prague, THANKS).status is TaskStatus.DONE

    workbench.edits.stack.undo()  # the tick
    assert task_named(db, prague, THANKS).status is TaskStatus.OPEN
    workbench.edits.stack.undo()  # the template, from the version the tick left
    assert tasks(db, prague) == [] and panel.model.rowCount() == 0
    workbench.edits.stack.redo()
    workbench.edits.stack.redo()
    thanks = task_named(db, prague, THANKS)
    assert (thanks.status, thanks.done_on) == (TaskStatus.DONE, today_in_kyiv())
    assert cell(panel, row_of(panel, THANKS), DONE) == "✓"


def test_in_english_titles_offsets_and_categories_are_english(
    qtbot: QtBot, qapp: QApplication, visits_db: Database, gui_settings: QSettings,
    prague: Delegation,
) -> None:  # fmt: skip
    use_language(qapp, "en")
    window = QWidget()
    qtbot.addWidget(window)
    bench = Workbench(visits_db, Edits(window, "en"), "en", gui_settings, window, print)
    assert prague.id
    template = next(t for t in checklists.list_templates(visits_db)
                    if t.name_uk == "Вхідна офіційна делегація")  # fmt: skip
    assert template.id
    checklists.apply_template(visits_db, prague.id, template.id)
    add_one(visits_db, prague, title="Квіти")  # no English title: the Ukrainian one shows
    panel = ChecklistPanel(bench)
    qtbot.addWidget(panel)
    panel.show_delegation(prague)

    first = row_of(panel, INVITATION)
    assert cell(panel, first, TITLE) == "Send the official invitation"
    assert cell(panel, first, DUE) == "13.08.2024 (T\u221245)"
    assert cell(panel, first, CATEGORY) == "invitations"
    assert cell(panel, row_of(panel, THANKS), DUE) == "06.10.2024 (T+7 after departure)"
    assert cell(panel, row_of(panel, "Квіти"), TITLE) == "Квіти"
    assert cell(panel, row_of(panel, "Квіти"), DUE) == "27.09.2024"  # a fixed date: no offset
    assert cell(panel, first, STATUS) == "open"


def test_a_done_task_opened_after_the_visit_moved_keeps_its_date_until_its_offset_changes(
    qtbot: QtBot, panel: ChecklistPanel, workbench: Workbench, prague: Delegation
) -> None:
    db = workbench.db
    # Done, due T−45 of the visit's first dates (13.08.2024); the visit has moved since.
    task = add_one(db, prague, anchor=TaskAnchor.ARRIVAL, offset_days=-45, due_on=date(2024, 8, 13))
    assert task.id
    checklists.mark_task_done(db, task.id, task.version, date(2024, 8, 12))
    save_delegation(db, replace(prague, start_date=date(2024, 10, 7), end_date=date(2024, 10, 9)))
    panel.show_delegation(get_delegation(db, task.delegation_id))
    click(qtbot, panel, 0, TITLE)
    dialog = open_task(qtbot, panel, Qt.Key.Key_Return)
    assert forms.date_of(dialog.due_on) == date(2024, 8, 13)
    assert dialog.entered() == dialog.loaded  # Cancel asks nothing
    dialog.offset_days.setValue(-40)
    assert forms.date_of(dialog.due_on) == date(2024, 8, 28)  # 40 days before 07.10.2024
    dialog.offset_days.setValue(-45)
    press_save(qtbot, dialog)
    stored = task_named(db, prague, INVITATION)
    assert (stored.due_on, stored.status) == (date(2024, 8, 23), TaskStatus.DONE)


def test_a_task_cancelled_with_its_visit_is_reopened_with_the_button_once_the_visit_is_on(
    qtbot: QtBot, panel: ChecklistPanel, workbench: Workbench, prague: Delegation
) -> None:
    db = workbench.db
    add_one(db, prague)
    cancelled = save_delegation(db, replace(prague, status=DelegationStatus.CANCELLED))
    panel.show_delegation(cancelled)
    click(qtbot, panel, 0, TITLE)
    assert task_named(db, prague, INVITATION).status is TaskStatus.CANCELLED
    assert not panel.done_button.isEnabled()  # the visit is still cancelled

    planned = save_delegation(db, replace(cancelled, status=DelegationStatus.PLANNED))
    panel.show_delegation(planned)
    assert task_named(db, prague, INVITATION).status is TaskStatus.CANCELLED  # not by itself
    assert panel.done_button.isEnabled()
    click(qtbot, panel, 0, DONE)  # a click on the check cell does not reopen it
    assert task_named(db, prague, INVITATION).status is TaskStatus.CANCELLED
    qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    task = task_named(db, prague, INVITATION)
    assert (task.status, task.done_on) == (TaskStatus.OPEN, None)
    assert cell(panel, 0, STATUS) == enum_label(TaskStatus.OPEN, "uk")
    workbench.edits.stack.undo()
    assert task_named(db, prague, INVITATION).status is TaskStatus.CANCELLED
    workbench.edits.stack.redo()
    assert task_named(db, prague, INVITATION).status is TaskStatus.OPEN
