"""The programme panel as the protocol officer drives it: the visit day by day, adding, editing,
duplicating, moving and deleting items with the keyboard and the buttons, each change undoable,
and Kyiv times beside the local ones for a visit abroad."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from planner.domain.errors import NotFoundError
from planner.domain.records import AgendaItem, Delegation, Venue
from planner.domain.zones import at, local
from planner.gui.agenda_editor import agenda_ops
from planner.gui.formats import weekday_date
from planner.gui.programme_panel import (
    ATTENDEES,
    DRESS,
    TIME,
    TITLE,
    VENUE,
    ProgrammeModel,
    ProgrammePanel,
    load_programme,
)
from planner.gui.workbench import Workbench
from planner.services.agenda import get_agenda_item, list_agenda, save_agenda_item
from planner.services.people import list_participants
from planner.services.venues import save_venue
from tests.gui.helpers import type_text
from tests.gui.test_agenda_editor import (
    FIRST_DAY,
    click_standard,
    enter_time,
    make_visit,
    plan,
    when_modal,
)

pytestmark = pytest.mark.gui

SECOND_DAY, THIRD_DAY = FIRST_DAY + timedelta(days=1), FIRST_DAY + timedelta(days=2)


@pytest.fixture
def panel(qtbot: QtBot, workbench: Workbench) -> ProgrammePanel:
    panel = ProgrammePanel(workbench, workbench.window)
    panel.setWindowFlag(Qt.WindowType.Window)
    panel.resize(1100, 500)
    panel.show()
    qtbot.waitExposed(panel)
    with qtbot.waitActive(panel):
        panel.activateWindow()
    return panel


def headings(panel: ProgrammePanel) -> list[str]:
    model = panel.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def items_of(panel: ProgrammePanel, day: date, column: int = TITLE) -> list[str]:
    model = panel.model
    parent = model.index_of_day(day)
    return [model.index(row, column, parent).data() for row in range(model.rowCount(parent))]


def click_row(qtbot: QtBot, panel: ProgrammePanel, index: QModelIndex) -> None:
    tree = panel.tree
    tree.scrollTo(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualRect(index).center())  # fmt: skip
    assert tree.currentIndex().row() == index.row()
    assert tree.currentIndex().internalId() == index.internalId()


def select_item(qtbot: QtBot, panel: ProgrammePanel, item: AgendaItem) -> None:
    assert item.id is not None
    click_row(qtbot, panel, panel.model.index_of_item(item.id))
    focus_tree(qtbot, panel)


def focus_tree(qtbot: QtBot, panel: ProgrammePanel) -> None:
    """Back in the programme (the offscreen platform does not give the focus back to the
    window a message box was shown over)."""
    if not panel.isActiveWindow():
        with qtbot.waitActive(panel):
            panel.activateWindow()
    panel.tree.setFocus()


def a_visit_with_a_programme(workbench: Workbench) -> tuple[Delegation, AgendaItem]:
    delegation, people = make_visit(workbench.db)
    hall = save_venue(workbench.db, Venue(name="Ратуша", city="Хмельницький"))
    plan(workbench.db, delegation, FIRST_DAY, "19:00", "21:00", "Офіційна вечеря")
    lunch = plan(workbench.db, delegation, FIRST_DAY, "10:00", "11:30", "Зустріч з міським головою",
                 venue_id=hall.id, dress_code="Діловий",
                 attendee_person_ids=tuple(p.id for p in people))  # fmt: skip
    return delegation, lunch


def test_every_day_of_the_visit_is_a_heading_with_its_items(
    panel: ProgrammePanel, workbench: Workbench
) -> None:
    delegation, _meeting = a_visit_with_a_programme(workbench)
    panel.show_delegation(delegation)
    assert headings(panel) == [weekday_date(FIRST_DAY), weekday_date(SECOND_DAY),
                               weekday_date(THIRD_DAY)]  # fmt: skip
    assert headings(panel)[0] == "вівторок, 26 січня 2027"
    assert items_of(panel, FIRST_DAY) == ["Зустріч з міським головою", "Офіційна вечеря"]
    assert items_of(panel, FIRST_DAY, TIME) == ["10:00–11:30", "19:00–21:00"]
    assert items_of(panel, FIRST_DAY, VENUE) == ["Ратуша", ""]
    assert items_of(panel, FIRST_DAY, DRESS) == ["Діловий", ""]
    everyone = items_of(panel, FIRST_DAY, ATTENDEES)[0]
    assert "3" in everyone
    tooltip = panel.model.index(0, ATTENDEES, panel.model.index_of_day(FIRST_DAY)).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert tooltip.splitlines() == ["Олена Ковальчук", "Ян Новак", "Ярослава Ґудзь"]
    assert items_of(panel, SECOND_DAY) == [] and items_of(panel, THIRD_DAY) == []
    assert delegation.title_uk in panel.heading.text()


def test_adding_an_item_on_the_selected_day(
    qtbot: QtBot, panel: ProgrammePanel, workbench: Workbench
) -> None:
    delegation, people = make_visit(workbench.db)
    panel.show_delegation(delegation)
    click_row(qtbot, panel, panel.model.index_of_day(SECOND_DAY))
    qtbot.keyClick(panel.tree, Qt.Key.Key_Insert)
    dialog = panel.editor
    assert dialog is not None and dialog.isVisible()
    assert dialog.day.currentText() == weekday_date(SECOND_DAY)
    enter_time(qtbot, dialog.starts, "15:00")
    type_text(dialog.title_uk, "Екскурсія історичним центром")
    dialog.attendees.setFocus()
    dialog.attendees.setCurrentRow(0)
    qtbot.keyClick(dialog.attendees, Qt.Key.Key_Space)  # the head of delegation rests
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert panel.editor is None
    assert items_of(panel, SECOND_DAY) == ["Екскурсія історичним центром"]
    assert items_of(panel, SECOND_DAY, TIME) == ["15:00–16:00"]
    assert items_of(panel, SECOND_DAY, ATTENDEES) == ["2: Ян Новак, Ярослава Ґудзь"]
    (row,) = list_agenda(workbench.db, delegation.id)
    assert panel.tree.currentIndex().data(ProgrammeModel.ID_ROLE) == row.id
    assert get_agenda_item(workbench.db, row.id).attendee_person_ids == tuple(
        sorted(p.id for p in people[1:])  # type: ignore[misc]
    )
    workbench.edits.stack.undo()
    assert items_of(panel, SECOND_DAY) == []


def test_enter_opens_an_item_whose_time_is_then_changed(
    qtbot: QtBot, panel: ProgrammePanel, workbench: Workbench
) -> None:
    delegation, meeting = a_visit_with_a_programme(workbench)
    panel.show_delegation(delegation)
    select_item(qtbot, panel, meeting)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    dialog = panel.editor
    assert dialog is not None and dialog.title_uk.text() == "Зустріч з міським головою"
    enter_time(qtbot, dialog.starts, "09:00")  # the end follows: 10:30
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert items_of(panel, FIRST_DAY, TIME) == ["09:00–10:30", "19:00–21:00"]
    assert meeting.id is not None
    stored = get_agenda_item(workbench.db, meeting.id)
    assert (stored.starts_at, stored.ends_at) == (at(FIRST_DAY, 9, 0, "Europe/Kyiv"),
                                                  at(FIRST_DAY, 10, 30, "Europe/Kyiv"))  # fmt: skip
    assert panel.tree.currentIndex().data(ProgrammeModel.ID_ROLE) == meeting.id


def test_double_click_opens_an_item_too(
    qtbot: QtBot, panel: ProgrammePanel, workbench: Workbench
) -> None:
    delegation, meeting = a_visit_with_a_programme(workbench)
    panel.show_delegation(delegation)
    assert meeting.id is not None
    index = panel.model.index_of_item(meeting.id)
    click_row(qtbot, panel, index)  # the first click of the two
    qtbot.mouseDClick(panel.tree.viewport(), Qt.MouseButton.LeftButton,
                      pos=panel.tree.visualRect(index).center())  # fmt: skip
    assert panel.editor is not None and panel.editor.title_uk.text() == meeting.title_uk
    panel.editor.reject()  # nothing changed: closes without asking


def test_duplicating_an_item(qtbot: QtBot, panel: ProgrammePanel, workbench: Workbench) -> None:
    delegation, meeting = a_visit_with_a_programme(workbench)
    panel.show_delegation(delegation)
    select_item(qtbot, panel, meeting)
    qtbot.mouseClick(panel.buttons["duplicate"], Qt.MouseButton.LeftButton)
    assert items_of(panel, FIRST_DAY) == ["Зустріч з міським головою"] * 2 + ["Офіційна вечеря"]
    rows = [r for r in list_agenda(workbench.db, delegation.id) if r.title_uk == meeting.title_uk]
    assert len(rows) == 2
    copy = get_agenda_item(workbench.db, max(r.id for r in rows))
    assert copy.id != meeting.id
    assert (copy.starts_at, copy.venue_id, copy.attendee_person_ids) == (
        meeting.starts_at, meeting.venue_id, meeting.attendee_person_ids)  # fmt: skip
    assert panel.tree.currentIndex().data(ProgrammeModel.ID_ROLE) == copy.id
    workbench.edits.stack.undo()
    assert items_of(panel, FIRST_DAY) == ["Зустріч з міським головою", "Офіційна вечеря"]


def test_moving_an_item_to_another_day_keeps_its_times(
    qtbot: QtBot, panel: ProgrammePanel, workbench: Workbench
) -> None:
    delegation, meeting = a_visit_with_a_programme(workbench)
    panel.show_delegation(delegation)
    select_item(qtbot, panel, meeting)
    qtbot.mouseClick(panel.buttons["move"], Qt.MouseButton.LeftButton)
    mover = panel.mover
    assert mover is not None and mover.day.currentText() == weekday_date(SECOND_DAY)
    mover.day.setFocus()
    qtbot.keyClick(mover.day, Qt.Key.Key_Down)
    assert mover.day.currentText() == weekday_date(THIRD_DAY)
    qtbot.mouseClick(mover.ok_button, Qt.MouseButton.LeftButton)

    assert items_of(panel, FIRST_DAY) == ["Офіційна вечеря"]
    assert items_of(panel, THIRD_DAY) == ["Зустріч з міським головою"]
    assert items_of(panel, THIRD_DAY, TIME) == ["10:00–11:30"]
    assert meeting.id is not None
    moved = get_agenda_item(workbench.db, meeting.id)
    assert (moved.starts_at, moved.ends_at) == (at(THIRD_DAY, 10, 0, "Europe/Kyiv"),
                                                at(THIRD_DAY, 11, 30, "Europe/Kyiv"))  # fmt: skip
    workbench.edits.stack.undo()
    assert get_agenda_item(workbench.db, meeting.id).starts_at == meeting.starts_at
    assert items_of(panel, THIRD_DAY) == []


def test_delete_asks_first_and_is_undone_and_redone(
    qtbot: QtBot, panel: ProgrammePanel, workbench: Workbench
) -> None:
    delegation, meeting = a_visit_with_a_programme(workbench)
    assert meeting.id is not None
    panel.show_delegation(delegation)
    select_item(qtbot, panel, meeting)

    asked = when_modal(click_standard(QMessageBox.StandardButton.No))
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert asked and "Зустріч з міським головою" in asked[0]
    assert get_agenda_item(workbench.db, meeting.id) == meeting  # "No": nothing changed

    focus_tree(qtbot, panel)
    asked = when_modal(click_standard(QMessageBox.StandardButton.Yes))
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert asked
    with pytest.raises(NotFoundError):
        get_agenda_item(workbench.db, meeting.id)
    assert items_of(panel, FIRST_DAY) == ["Офіційна вечеря"]

    workbench.edits.stack.undo()
    assert get_agenda_item(workbench.db, meeting.id).title_uk == meeting.title_uk
    assert items_of(panel, FIRST_DAY) == ["Зустріч з міським головою", "Офіційна вечеря"]
    workbench.edits.stack.redo()
    with pytest.raises(NotFoundError):
        get_agenda_item(workbench.db, meeting.id)
    assert items_of(panel, FIRST_DAY) == ["Офіційна вечеря"]


def test_deleting_an_item_changed_meanwhile_is_refused(
    qtbot: QtBot, panel: ProgrammePanel, workbench: Workbench
) -> None:
    delegation, meeting = a_visit_with_a_programme(workbench)
    assert meeting.id is not None
    panel.show_delegation(delegation)
    select_item(qtbot, panel, meeting)
    elsewhere = save_agenda_item(workbench.db, replace(meeting, title_uk="Зустріч перенесено"))
    when_modal(click_standard(QMessageBox.StandardButton.Yes))  # delete? yes
    told = when_modal(click_standard(QMessageBox.StandardButton.Ok))  # not saved: OK
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert told and "змінив інший користувач" in told[0]
    assert get_agenda_item(workbench.db, meeting.id) == elsewhere
    assert "Зустріч перенесено" in items_of(panel, FIRST_DAY)  # the panel shows it now


@pytest.mark.parametrize(
    ("zone", "country", "shown"),
    [
        ("Europe/Prague", "CZ", "10:00–11:30 (Київ 11:00–12:30)"),
        ("America/New_York", "US", "10:00–11:30 (Київ 17:00–18:30)"),
    ],
)  # fmt: skip
def test_a_visit_abroad_shows_kyiv_times_beside_local_times(
    panel: ProgrammePanel, workbench: Workbench, zone: str, country: str, shown: str
) -> None:
    delegation, _people = make_visit(workbench.db, zone, country=country)
    plan(workbench.db, delegation, FIRST_DAY, "10:00", "11:30", "Зустріч у мерії")
    plan(workbench.db, delegation, SECOND_DAY, "18:00", "19:00", "Прийом у посольстві")
    panel.show_delegation(delegation)
    assert items_of(panel, FIRST_DAY, TIME) == [shown]
    assert zone in panel.zone_note.text()
    if zone == "America/New_York":  # past midnight in Kyiv
        assert items_of(panel, SECOND_DAY, TIME) == [
            "18:00–19:00 (Київ 01:00–02:00, наступного дня)"
        ]


def test_items_are_placed_on_their_local_day(panel: ProgrammePanel, workbench: Workbench) -> None:
    """A late evening in New York is the next morning in Kyiv; it stays on its local day."""
    delegation, _people = make_visit(workbench.db, "America/New_York", country="US")
    item = plan(workbench.db, delegation, FIRST_DAY, "21:00", "22:00", "Вечеря")
    panel.show_delegation(delegation)
    assert local(item.starts_at, "Europe/Kyiv").date() == SECOND_DAY
    assert items_of(panel, FIRST_DAY) == ["Вечеря"] and items_of(panel, SECOND_DAY) == []


def test_actions_follow_the_selection(
    qtbot: QtBot, panel: ProgrammePanel, workbench: Workbench
) -> None:
    delegation, meeting = a_visit_with_a_programme(workbench)
    panel.show_delegation(delegation)
    click_row(qtbot, panel, panel.model.index_of_day(SECOND_DAY))
    assert panel.add_action.isEnabled() and panel.buttons["add"].isEnabled()
    assert not panel.delete_action.isEnabled() and not panel.buttons["delete"].isEnabled()
    select_item(qtbot, panel, meeting)
    assert all(button.isEnabled() for button in panel.buttons.values())


def test_keys_duplicate_and_move(qtbot: QtBot, panel: ProgrammePanel, workbench: Workbench) -> None:
    delegation, meeting = a_visit_with_a_programme(workbench)
    panel.show_delegation(delegation)
    select_item(qtbot, panel, meeting)
    qtbot.keyClick(panel.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert items_of(panel, FIRST_DAY).count(meeting.title_uk) == 2
    qtbot.keyClick(panel.tree, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    mover = panel.mover
    assert mover is not None
    qtbot.keyClick(mover.day, Qt.Key.Key_Return)  # the next day is offered first
    assert items_of(panel, SECOND_DAY) == [meeting.title_uk]
    assert items_of(panel, FIRST_DAY).count(meeting.title_uk) == 1


# The offscreen platform says it cannot raise a popup menu or grab the keyboard for it.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_the_context_menu_offers_the_actions(
    qtbot: QtBot, panel: ProgrammePanel, workbench: Workbench
) -> None:
    delegation, meeting = a_visit_with_a_programme(workbench)
    panel.show_delegation(delegation)
    assert meeting.id is not None
    index = panel.model.index_of_item(meeting.id)
    offered: list[str] = []

    def choose_duplicate() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, choose_duplicate)
            return
        offered.extend(a.text() for a in menu.actions() if not a.isSeparator())
        menu.setActiveAction(panel.duplicate_action)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose_duplicate)
    # What a right click or the menu key makes the platform send (QTest's clicks do not).
    viewport = panel.tree.viewport()
    where = panel.tree.visualRect(index).center()
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where,
                                                       viewport.mapToGlobal(where)))  # fmt: skip
    assert offered == [a.text() for a in (panel.add_action, panel.edit_action,
                                          panel.duplicate_action, panel.move_action,
                                          panel.delete_action)]  # fmt: skip
    assert items_of(panel, FIRST_DAY).count(meeting.title_uk) == 2


def test_a_hidden_programme_catches_up_when_shown(
    qtbot: QtBot, panel: ProgrammePanel, workbench: Workbench
) -> None:
    delegation, meeting = a_visit_with_a_programme(workbench)
    panel.show_delegation(delegation)
    panel.hide()
    workbench.edits.edit(agenda_ops(workbench.db), "rename", meeting,
                         replace(meeting, title_uk="Зустріч у ратуші"))  # fmt: skip
    assert "Зустріч у ратуші" not in items_of(panel, FIRST_DAY)  # not read while hidden
    panel.show()
    assert items_of(panel, FIRST_DAY) == ["Зустріч у ратуші", "Офіційна вечеря"]


def test_in_english_the_programme_shows_english_titles_and_latin_names(
    workbench: Workbench,
) -> None:
    delegation, people = make_visit(workbench.db)
    assert delegation.id is not None
    plan(workbench.db, delegation, FIRST_DAY, "10:00", "11:00", "Екскурсія", title_en="City tour",
         attendee_person_ids=(people[1].id,))  # fmt: skip
    participants = list_participants(workbench.db, delegation.id)
    model = ProgrammeModel("en")
    model.set_programme(delegation.timezone,
                        load_programme(workbench.db, delegation, participants, "en"),
                        len(participants))  # fmt: skip
    day = model.index_of_day(FIRST_DAY)
    assert model.index(0, TITLE, day).data() == "City tour"
    assert model.index(0, ATTENDEES, day).data() == "1: Jan Novák"
    assert model.index(0, TITLE, day).data(Qt.ItemDataRole.ToolTipRole) == "Екскурсія"


def test_the_model_keeps_qts_rules(
    panel: ProgrammePanel, workbench: Workbench, qtmodeltester: object
) -> None:
    delegation, _meeting = a_visit_with_a_programme(workbench)
    panel.show_delegation(delegation)
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]
    empty = ProgrammeModel("uk")
    qtmodeltester.check(empty)  # type: ignore[attr-defined]
