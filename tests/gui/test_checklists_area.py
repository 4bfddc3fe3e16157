"""The Checklists area on a fixed day: the overdue and upcoming tasks of every visit as the
database holds them, narrowed by assignee, over a week, two or a month; a task ticked off by
a click or Space (and back by Undo), Enter opening its visit; the Overview's counters."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from planner.domain.enums import DelegationStatus, TaskCategory, TaskStatus
from planner.domain.records import Task
from planner.gui.checklists_area import CHECK_COLUMN, ChecklistsArea
from planner.gui.overview_area import OverviewArea
from planner.gui.workbench import Workbench
from planner.services.checklists import list_tasks, save_task, task_board
from planner.services.delegations import get_delegation, list_delegations, save_delegation

pytestmark = pytest.mark.gui

TODAY = date(2024, 9, 20)  # a week before the Prague 6 delegation arrives


def _tr(text: str, count: int = -1) -> str:
    return QCoreApplication.translate("TaskBoardModel", text, "", count)


@pytest.fixture
def visits(workbench: Workbench) -> dict[str, int]:
    ids = {}
    for row in list_delegations(workbench.db):
        ids[row.title_en.split()[0].lower()] = row.id
    return ids  # prague, eurocities, gender, meeting, food


@pytest.fixture
def tasks(workbench: Workbench, visits: dict[str, int]) -> dict[str, Task]:
    db = workbench.db
    made = {}
    for key, visit, title, due, assignee, category in (
        ("hotel", "prague", "Забронювати готель", date(2024, 9, 13), "Оксана",
         TaskCategory.ACCOMMODATION),
        ("interpreter", "prague", "Замовити перекладача", TODAY, "", TaskCategory.INTERPRETING),
        ("gifts", "prague", "Підготувати подарунки", date(2024, 9, 25), "Оксана",
         TaskCategory.GIFTS),
        ("invitations", "prague", "Надіслати запрошення на прийом", date(2024, 10, 15),
         "Богдан", TaskCategory.INVITATIONS),
        ("programme", "meeting", "Узгодити програму з фондом", date(2024, 9, 18), "Богдан",
         TaskCategory.PROGRAMME),
    ):  # fmt: skip
        made[key] = save_task(db, Task(delegation_id=visits[visit], title_uk=title, due_on=due,
                                       assignee=assignee, category=category))  # fmt: skip
    made["report"] = save_task(db, Task(
        delegation_id=visits["food"], title_uk="Звіт про поїздку", due_on=date(2024, 7, 10),
        status=TaskStatus.DONE, done_on=date(2024, 9, 19), assignee="Оксана",
        category=TaskCategory.FOLLOW_UP))  # fmt: skip
    # A cancelled visit's task never shows.
    gender = get_delegation(db, visits["gender"])
    save_delegation(db, type(gender)(**{**gender.__dict__, "status": DelegationStatus.CANCELLED}))
    made["cancelled"] = save_task(db, Task(delegation_id=visits["gender"], title_uk="Скасоване",
                                           due_on=date(2024, 9, 1)))  # fmt: skip
    return made


@pytest.fixture
def area(qtbot: QtBot, workbench: Workbench, tasks: dict[str, Task]) -> ChecklistsArea:
    checklists = ChecklistsArea(workbench, today=TODAY)
    qtbot.addWidget(checklists)
    checklists.resize(1200, 800)
    checklists.show()
    qtbot.waitExposed(checklists)
    return checklists


def _titles(table: QTableView) -> list[str]:
    model = table.model()
    return [model.index(r, 3).data() for r in range(model.rowCount())]


def _row(table: QTableView, title: str) -> int:
    return _titles(table).index(title)


def _click(qtbot: QtBot, table: QTableView, row: int, column: int, double: bool = False) -> None:
    rect = table.visualRect(table.model().index(row, column))
    # A double click is a click and then the double click (QTest sends only the latter).
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    if double:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_board_shows_what_the_database_holds(
    area: ChecklistsArea, workbench: Workbench, qtmodeltester: object
) -> None:
    for model in (area.overdue_model, area.upcoming_model, area.done_model):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    db = workbench.db
    board = task_board(db, TODAY, days_ahead=14)
    assert _titles(area.overdue) == [r.task.title_uk for r in board.overdue]
    assert _titles(area.overdue) == ["Забронювати готель", "Узгодити програму з фондом"]
    # The plain list of overdue tasks agrees (the cancelled visit's task aside).
    plain = [r.task.title_uk for r in list_tasks(db, overdue_on=TODAY)]
    assert [t for t in plain if t != "Скасоване"] == _titles(area.overdue)
    assert _titles(area.upcoming) == ["Замовити перекладача", "Підготувати подарунки"]
    assert _titles(area.done) == ["Звіт про поїздку"]
    hotel = [area.overdue_model.index(0, c).data() for c in range(7)]
    assert hotel[1] == "13.09.2024" and hotel[2] == _tr("%n day(s) late", 7)
    assert hotel[4].startswith("Делегація міського району Прага 6") and "27–29" in hotel[4]
    assert hotel[5] == "Оксана" and hotel[6] == "проживання"
    assert area.overdue_model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert area.upcoming_model.index(0, 2).data() == _tr("today")
    assert area.upcoming_model.index(0, 5).data() == _tr("(unassigned)")
    assert area.upcoming_model.index(1, 2).data() == _tr("in %n day(s)", 5)
    unticked = area.overdue_model.index(0, CHECK_COLUMN).data(Qt.ItemDataRole.CheckStateRole)
    assert unticked == Qt.CheckState.Unchecked
    assert area.done_model.index(0, CHECK_COLUMN).data(Qt.ItemDataRole.CheckStateRole) \
        == Qt.CheckState.Checked  # fmt: skip
    assert "2" in area.overdue_label.text() and "2" in area.count.text()


def test_the_assignee_list_counts_and_narrows(
    area: ChecklistsArea, qtbot: QtBot, workbench: Workbench
) -> None:
    entries = [area.assignees.item(n) for n in range(area.assignees.count())]
    keys = [e.data(Qt.ItemDataRole.UserRole) for e in entries]
    assert keys == [None, "Богдан", "Оксана", ""]
    counts = {c.assignee: (c.overdue, c.upcoming)
              for c in task_board(workbench.db, TODAY, 14).by_assignee}  # fmt: skip
    assert counts == {"Богдан": (1, 0), "Оксана": (1, 1), "": (0, 1)}
    assert "1" in entries[2].text() and entries[2].text().startswith("Оксана")
    rect = area.assignees.visualItemRect(entries[2])
    qtbot.mouseClick(area.assignees.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert area.chosen_assignee() == "Оксана"
    assert _titles(area.overdue) == ["Забронювати готель"]
    assert _titles(area.upcoming) == ["Підготувати подарунки"]
    assert _titles(area.done) == ["Звіт про поїздку"]
    assert area.count.text().startswith("Оксана")
    area.choose_assignee("")
    assert _titles(area.overdue) == [] and _titles(area.upcoming) == ["Замовити перекладача"]
    area.choose_assignee(None)
    assert len(_titles(area.overdue)) == 2


def test_the_period_choice_reaches_further(area: ChecklistsArea, qtbot: QtBot) -> None:
    assert [area.period.itemData(n) for n in range(area.period.count())] == [7, 14, 30]
    assert area.period.currentData() == 14
    area.period.setCurrentIndex(2)
    assert _titles(area.upcoming)[-1] == "Надіслати запрошення на прийом"
    assert area.assignees.item(1).text().startswith("Богдан")
    area.period.setCurrentIndex(0)
    assert _titles(area.upcoming) == ["Замовити перекладача", "Підготувати подарунки"]


def test_a_click_on_the_check_cell_ticks_it_off_and_undo_opens_it_again(
    area: ChecklistsArea, qtbot: QtBot, workbench: Workbench, tasks: dict[str, Task]
) -> None:
    _click(qtbot, area.overdue, _row(area.overdue, "Забронювати готель"), CHECK_COLUMN)
    hotel = next(r.task for r in task_board(workbench.db, TODAY, 14).done_recently
                 if r.task.id == tasks["hotel"].id)  # fmt: skip
    assert hotel.status == TaskStatus.DONE and hotel.done_on == TODAY
    assert "Забронювати готель" not in _titles(area.overdue)
    assert _titles(area.done)[0] == "Забронювати готель"
    # A click elsewhere in a row ticks nothing.
    qtbot.wait(500)
    _click(qtbot, area.overdue, 0, 3)
    assert _titles(area.overdue) == ["Узгодити програму з фондом"]
    workbench.edits.stack.undo()
    assert _titles(area.overdue) == ["Забронювати готель", "Узгодити програму з фондом"]
    assert [r.task.id for r in list_tasks(workbench.db, overdue_on=TODAY)
            if r.task.id == tasks["hotel"].id] == [tasks["hotel"].id]  # fmt: skip
    workbench.edits.stack.redo()
    assert _titles(area.overdue) == ["Узгодити програму з фондом"]


def test_space_ticks_the_current_task_off_and_back_on_in_the_done_list(
    area: ChecklistsArea, qtbot: QtBot, workbench: Workbench, tasks: dict[str, Task]
) -> None:
    area.upcoming.setFocus()
    area.upcoming.setCurrentIndex(area.upcoming_model.index(1, 3))  # the gifts
    qtbot.keyClick(area.upcoming, Qt.Key.Key_Space)
    assert _titles(area.upcoming) == ["Замовити перекладача"]
    done = {r.task.id: r.task for r in task_board(workbench.db, TODAY, 14).done_recently}
    assert done[tasks["gifts"].id].done_on == TODAY
    assert workbench.edits.stack.count() == 1
    # In the done list, Space opens it again (one more undoable step).
    area.done.setFocus()
    area.done.setCurrentIndex(area.done_model.index(_row(area.done, "Підготувати подарунки"), 3))
    qtbot.keyClick(area.done, Qt.Key.Key_Space)
    assert _titles(area.upcoming) == ["Замовити перекладача", "Підготувати подарунки"]
    workbench.edits.stack.undo()
    assert _titles(area.upcoming) == ["Замовити перекладача"]
    workbench.edits.stack.undo()
    assert _titles(area.upcoming) == ["Замовити перекладача", "Підготувати подарунки"]
    assert all(r.task.status == TaskStatus.OPEN for r in task_board(workbench.db, TODAY).upcoming)


def test_enter_and_a_double_click_open_the_visit(
    area: ChecklistsArea, qtbot: QtBot, workbench: Workbench, visits: dict[str, int]
) -> None:
    area.overdue.setFocus()
    area.overdue.setCurrentIndex(area.overdue_model.index(1, 3))
    qtbot.keyClick(area.overdue, Qt.Key.Key_Return)
    assert workbench.opened == [visits["meeting"]]  # type: ignore[attr-defined]
    _click(qtbot, area.upcoming, 0, 4, double=True)
    assert workbench.opened == [visits["meeting"], visits["prague"]]  # type: ignore[attr-defined]
    assert workbench.edits.stack.count() == 0  # opening ticks nothing off


def test_the_templates_button_opens_the_editor(area: ChecklistsArea, qtbot: QtBot) -> None:
    qtbot.mouseClick(area.templates_button, Qt.MouseButton.LeftButton)
    assert area.dialog is not None and area.dialog.isVisible()
    assert area.dialog.objectName() == "template_editor"
    area.dialog.reject()
    assert area.dialog is None


def test_the_overview_counts_equal_the_database_and_open_the_checklists(
    qtbot: QtBot, workbench: Workbench, tasks: dict[str, Task]
) -> None:
    shown: list[str] = []
    workbench.window.show_area = shown.append  # type: ignore[attr-defined]
    overview = OverviewArea(workbench, today=TODAY)
    qtbot.addWidget(overview)
    overview.show()
    db = workbench.db
    overdue = len(task_board(db, TODAY, 7).overdue)
    assert overdue == len([r for r in list_tasks(db, overdue_on=TODAY)
                           if r.task.title_uk != "Скасоване"]) == 2  # fmt: skip
    soon = len(task_board(db, TODAY, 7).upcoming)
    assert soon == 2
    overdue_text = QCoreApplication.translate("OverviewArea", "Overdue checklist tasks: %1")
    soon_text = QCoreApplication.translate(
        "OverviewArea", "Checklist tasks due in the next %n day(s): %1", "", 7
    )
    assert overview.overdue.text() == overdue_text.replace("%1", str(overdue))
    assert overview.due_soon.text() == soon_text.replace("%1", str(soon))
    qtbot.mouseClick(overview.due_soon, Qt.MouseButton.LeftButton)
    overview.overdue.setFocus()
    qtbot.keyClick(overview.overdue, Qt.Key.Key_Return)
    assert shown == ["checklists", "checklists"]


def test_a_double_click_on_the_check_cell_ticks_one_task_only(
    area: ChecklistsArea, qtbot: QtBot, workbench: Workbench
) -> None:
    _click(qtbot, area.overdue, 0, CHECK_COLUMN, double=True)
    # The first click ticked the hotel off; the second, landing on the task that took its
    # place, neither ticks it nor opens its visit.
    assert _titles(area.overdue) == ["Узгодити програму з фондом"]
    assert workbench.edits.stack.count() == 1
    assert workbench.opened == []  # type: ignore[attr-defined]


def test_the_main_window_shows_the_area_and_the_overview_counters_lead_to_it(
    qtbot: QtBot, visits_db: object, gui_settings: object, tasks: dict[str, Task]
) -> None:
    from planner.gui.main_window import MainWindow

    window = MainWindow(visits_db, "uk", gui_settings)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    window.show_area("overview")
    overview = window.area("overview")
    assert isinstance(overview, OverviewArea)
    qtbot.mouseClick(overview.overdue, Qt.MouseButton.LeftButton)
    assert window.current_area() == "checklists"
    assert isinstance(window.area("checklists"), ChecklistsArea)


def test_enter_in_the_main_window_opens_the_visit_at_the_task_in_its_checklist(
    qtbot: QtBot, visits_db: object, gui_settings: object, tasks: dict[str, Task]
) -> None:
    from planner.gui.main_window import MainWindow

    window = MainWindow(visits_db, "uk", gui_settings)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    window.show_area("checklists")
    area = window.area("checklists")
    assert isinstance(area, ChecklistsArea) and area.overdue_model.rowCount() > 0
    wanted = area.overdue_model.row(0).task
    area.overdue.setFocus()
    area.overdue.setCurrentIndex(area.overdue_model.index(0, 3))
    qtbot.keyClick(area.overdue, Qt.Key.Key_Return)
    editor = window.editors[wanted.delegation_id]
    qtbot.addWidget(editor)
    assert editor.tabs.currentWidget() is editor.checklist
    chosen = editor.checklist.current()
    assert chosen is not None and chosen.id == wanted.id


def test_in_english_the_titles_are_english_where_there_is_one(
    qtbot: QtBot, workbench: Workbench, tasks: dict[str, Task], qapp: object
) -> None:
    from dataclasses import replace

    from planner.gui.edits import Edits
    from planner.gui.i18n import use_language

    db = workbench.db
    save_task(db, replace(tasks["hotel"], title_en="Book the hotel"))
    use_language(qapp, "en")  # type: ignore[arg-type]
    bench = replace(workbench, edits=Edits(workbench.window, "en"), language="en")
    area = ChecklistsArea(bench, today=TODAY)
    qtbot.addWidget(area)
    rows = [[area.overdue_model.index(r, c).data() for c in range(7)] for r in range(2)]
    assert rows[0][3] == "Book the hotel" and rows[0][6] == "accommodation"
    assert rows[0][4].startswith("Prague 6 delegation for City Day (27–29 September 2024")
    assert rows[1][3] == "Узгодити програму з фондом"  # no English title: the Ukrainian one
    assert rows[1][4].startswith("Meeting with the UAID fund (1 October 2024")
