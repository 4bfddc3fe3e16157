"""The agenda item editor as the protocol officer drives it: typing a Cyrillic title, choosing
who attends, times in the visit's zone with Kyiv's beside them, a venue added in place, and
refusals that are shown beside the fields and write nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTimeEdit, QWidget
from pytestqt.qtbot import QtBot

from planner.domain.enums import Direction, ParticipantRole
from planner.domain.messages import message
from planner.domain.records import AgendaItem, Delegation, Participation, Person, Venue
from planner.domain.zones import at, local
from planner.gui.agenda_editor import AgendaItemDialog
from planner.gui.formats import weekday_date
from planner.gui.workbench import Workbench
from planner.services.agenda import get_agenda_item, list_agenda, save_agenda_item
from planner.services.delegations import save_delegation
from planner.services.people import save_participation, save_person
from planner.services.venues import list_venues, save_venue
from planner.services.workspace import Database
from tests.gui.helpers import type_text

pytestmark = pytest.mark.gui

FIRST_DAY = date(2027, 1, 26)  # a Tuesday
SECOND_DAY = FIRST_DAY + timedelta(days=1)
PEOPLE = (
    ("Ковальчук", "Олена", "Kovalchuk", "Olena", ParticipantRole.HEAD),
    ("Новак", "Ян", "Novák", "Jan", ParticipantRole.MEMBER),
    ("Ґудзь", "Ярослава", "Gudz", "Yaroslava", ParticipantRole.INTERPRETER),
)


def make_visit(db: Database, zone: str = "Europe/Kyiv", days: int = 3,
               country: str = "UA") -> tuple[Delegation, list[Person]]:  # fmt: skip
    """A visit of ``days`` days from Tuesday 26 January 2027, with three participants."""
    direction = Direction.INCOMING if zone == "Europe/Kyiv" else Direction.OUTGOING
    delegation = save_delegation(db, Delegation(
        direction=direction, title_uk="Візит делегації міста-побратима Ряшів",
        title_en="Visit of the Rzeszów twin-city delegation", start_date=FIRST_DAY,
        end_date=FIRST_DAY + timedelta(days=days - 1), timezone=zone, country=country,
    ))  # fmt: skip
    assert delegation.id is not None
    people = []
    for family, given, family_latin, given_latin, role in PEOPLE:
        person = save_person(db, Person(family_name=family, given_names=given,
                                        family_name_latin=family_latin,
                                        given_names_latin=given_latin))  # fmt: skip
        assert person.id is not None
        save_participation(db, Participation(delegation.id, person.id, role))
        people.append(person)
    return delegation, people


def plan(db: Database, delegation: Delegation, day: date, starts: str, ends: str,
         title: str = "Зустріч з міським головою", **more: object) -> AgendaItem:  # fmt: skip
    """An agenda item saved through the service, times in the visit's zone."""
    assert delegation.id is not None
    zone = delegation.timezone
    (h1, m1), (h2, m2) = ((int(p) for p in t.split(":")) for t in (starts, ends))
    return save_agenda_item(db, AgendaItem(
        delegation_id=delegation.id, starts_at=at(day, h1, m1, zone),
        ends_at=at(day, h2, m2, zone), title_uk=title, **more,  # type: ignore[arg-type]
    ))  # fmt: skip


def enter_time(qtbot: QtBot, edit: QTimeEdit, text: str) -> None:
    """Tab into a time input (its hour is selected) and type the digits."""
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    edit.setSelectedSection(QTimeEdit.Section.HourSection)
    qtbot.keyClicks(edit, text.replace(":", ""))
    assert edit.time().toString("HH:mm") == text


def when_modal(act: Callable[[QMessageBox], None]) -> list[str]:
    """Answer the next message box (it runs its own event loop) with ``act``; its text is
    recorded in the returned list."""
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.append(box.text())
        act(box)

    QTimer.singleShot(0, answer)
    return seen


def click_role(role: QMessageBox.ButtonRole) -> Callable[[QMessageBox], None]:
    def act(box: QMessageBox) -> None:
        button = next(b for b in box.buttons() if box.buttonRole(b) == role)
        button.click()

    return act


def click_standard(which: QMessageBox.StandardButton) -> Callable[[QMessageBox], None]:
    return lambda box: box.button(which).click()


def open_editor(qtbot: QtBot, workbench: Workbench, delegation: Delegation,
                item: AgendaItem | None = None, day: date | None = None) -> AgendaItemDialog:  # fmt: skip
    dialog = AgendaItemDialog(workbench, delegation, item, day, workbench.window)
    # A test that ends with changes typed closes without the unsaved-changes question.
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(QDialog.DialogCode.Rejected))
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    return dialog


def kyiv_words(span: str, translation: str = "Kyiv %1") -> str:
    return QCoreApplication.translate("Programme", translation).replace("%1", span)


def test_new_item_with_a_cyrillic_title_and_chosen_attendees(
    qtbot: QtBot, workbench: Workbench
) -> None:
    delegation, people = make_visit(workbench.db)
    second_day = FIRST_DAY + timedelta(days=1)
    dialog = open_editor(qtbot, workbench, delegation, day=second_day)
    assert dialog.day.currentText() == weekday_date(second_day) == "середа, 27 січня 2027"
    days = [dialog.day.itemText(i) for i in range(dialog.day.count())]
    assert days == ["вівторок, 26 січня 2027", "середа, 27 січня 2027", "четвер, 28 січня 2027"]
    enter_time(qtbot, dialog.starts, "14:30")
    assert dialog.ends.time().toString("HH:mm") == "15:30"  # the end follows the start
    enter_time(qtbot, dialog.ends, "16:00")
    type_text(dialog.title_uk, "Зустріч у ратуші з паном Ґудзем")
    type_text(dialog.dress_code, "Діловий")
    # Everyone attends a new item; the interpreter is not needed at this one.
    dialog.attendees.setFocus()
    dialog.attendees.setCurrentRow(2)
    qtbot.keyClick(dialog.attendees, Qt.Key.Key_Space)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    (row,) = list_agenda(workbench.db, delegation.id)
    stored = get_agenda_item(workbench.db, row.id)
    assert dialog.saved == stored
    assert stored.title_uk == "Зустріч у ратуші з паном Ґудзем"
    assert stored.dress_code == "Діловий"
    assert stored.attendee_person_ids == tuple(sorted(p.id for p in people[:2]))  # type: ignore[misc]
    assert (row.starts_at, row.ends_at) == (at(second_day, 14, 30, "Europe/Kyiv"),
                                            at(second_day, 16, 0, "Europe/Kyiv"))  # fmt: skip
    workbench.edits.stack.undo()
    assert list_agenda(workbench.db, delegation.id) == []


def test_changing_the_time_of_an_item_is_saved_and_undone(
    qtbot: QtBot, workbench: Workbench
) -> None:
    delegation, _people = make_visit(workbench.db)
    item = plan(workbench.db, delegation, FIRST_DAY, "10:00", "11:30")
    dialog = open_editor(qtbot, workbench, delegation, item)
    assert dialog.starts.time().toString("HH:mm") == "10:00"
    assert dialog.title_uk.text() == "Зустріч з міським головою"
    enter_time(qtbot, dialog.ends, "12:15")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert item.id is not None
    stored = get_agenda_item(workbench.db, item.id)
    assert stored.ends_at == at(FIRST_DAY, 12, 15, "Europe/Kyiv")
    assert stored.starts_at == item.starts_at and stored.version == item.version + 1
    workbench.edits.stack.undo()
    assert get_agenda_item(workbench.db, item.id).ends_at == item.ends_at


def test_an_item_past_midnight_keeps_its_end_on_the_next_day(
    qtbot: QtBot, workbench: Workbench
) -> None:
    delegation, _people = make_visit(workbench.db)
    assert delegation.id is not None
    dinner = save_agenda_item(workbench.db, AgendaItem(
        delegation_id=delegation.id, starts_at=at(FIRST_DAY, 20, 0, "Europe/Kyiv"),
        ends_at=at(SECOND_DAY, 0, 0, "Europe/Kyiv"), title_uk="Вечеря",
    ))  # fmt: skip
    reception = save_agenda_item(workbench.db, replace(
        dinner, id=None, version=0, title_uk="Прийом", ends_at=at(SECOND_DAY, 1, 0, "Europe/Kyiv"),
    ))  # fmt: skip
    dialog = open_editor(qtbot, workbench, delegation, dinner)
    assert dialog.ends.time().toString("HH:mm") == "00:00" and not dialog.next_day.isChecked()
    dialog.done(QDialog.DialogCode.Rejected)

    dialog = open_editor(qtbot, workbench, delegation, reception)
    assert dialog.ends.time().toString("HH:mm") == "01:00" and dialog.next_day.isChecked()
    type_text(dialog.title_en, "Reception")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None
    assert dialog.saved.ends_at == reception.ends_at and dialog.saved.title_en == "Reception"
    # Without the tick, an end before the start is refused.
    dialog = open_editor(qtbot, workbench, delegation, dialog.saved)
    qtbot.mouseClick(dialog.next_day, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is None and dialog.form.problem_text("ends_at")


def test_an_end_before_the_start_is_shown_beside_the_end_and_nothing_is_written(
    qtbot: QtBot, workbench: Workbench
) -> None:
    delegation, _people = make_visit(workbench.db)
    dialog = open_editor(qtbot, workbench, delegation, day=FIRST_DAY)
    type_text(dialog.title_uk, "Обід")
    enter_time(qtbot, dialog.starts, "12:00")
    enter_time(qtbot, dialog.ends, "11:00")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.saved is None
    expected = message("end_before_start", {"field": "ends_at"}, "uk")
    assert dialog.form.problem_text("ends_at") == expected
    assert expected == "«Завершення» не може бути раніше за початок."
    assert dialog.ends.hasFocus()
    assert list_agenda(workbench.db, delegation.id) == []
    assert workbench.edits.stack.count() == 0
    # Put right, it saves and the message goes.
    enter_time(qtbot, dialog.ends, "13:00")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None and dialog.form.problem_text("ends_at") == ""


def test_a_day_outside_the_visit_is_shown_beside_the_day(
    qtbot: QtBot, workbench: Workbench
) -> None:
    delegation, _people = make_visit(workbench.db)
    dialog = open_editor(qtbot, workbench, delegation, day=FIRST_DAY)
    type_text(dialog.title_uk, "Проводи делегації")
    dialog.day.setFocus()
    qtbot.keyClick(dialog.day, Qt.Key.Key_End)  # the last day of the visit
    assert dialog.day.currentText() == "четвер, 28 січня 2027"
    # Meanwhile another officer shortens the visit to two days.
    save_delegation(workbench.db, replace(delegation, end_date=FIRST_DAY + timedelta(days=1)))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.saved is None
    shown = dialog.form.problem_text("day")
    assert "2027-01-28" in shown and "2027-01-26 – 2027-01-27" in shown
    assert list_agenda(workbench.db, delegation.id) == []


def test_a_stale_save_offers_to_reload_and_writes_nothing(
    qtbot: QtBot, workbench: Workbench
) -> None:
    delegation, _people = make_visit(workbench.db)
    item = plan(workbench.db, delegation, FIRST_DAY, "10:00", "11:00")
    assert item.id is not None
    dialog = open_editor(qtbot, workbench, delegation, item)
    dialog.title_uk.clear()
    type_text(dialog.title_uk, "Моя назва")
    # Another officer changes the item behind the dialog's back.
    elsewhere = save_agenda_item(workbench.db, replace(item, title_uk="Назва колеги"))

    kept = when_modal(click_role(QMessageBox.ButtonRole.RejectRole))  # keep editing
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert kept and "змінив інший користувач" in kept[0]
    assert dialog.isVisible() and dialog.title_uk.text() == "Моя назва"
    assert get_agenda_item(workbench.db, item.id) == elsewhere

    reloaded = when_modal(click_role(QMessageBox.ButtonRole.AcceptRole))  # reload
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert reloaded
    assert dialog.title_uk.text() == "Назва колеги" and not dialog.has_changes()
    assert get_agenda_item(workbench.db, item.id) == elsewhere
    assert workbench.edits.stack.count() == 0


@pytest.mark.parametrize(
    ("zone", "country", "local_times", "kyiv_times", "translation"),
    [
        ("Europe/Prague", "CZ", ("10:00", "11:30"), "11:00–12:30", "Kyiv %1"),
        ("America/New_York", "US", ("18:00", "19:00"), "01:00–02:00", "Kyiv %1, next day"),
    ],
)
def test_a_visit_abroad_shows_kyiv_times_as_they_are_entered(
    qtbot: QtBot, workbench: Workbench, zone: str, country: str,
    local_times: tuple[str, str], kyiv_times: str, translation: str,
) -> None:  # fmt: skip
    delegation, _people = make_visit(workbench.db, zone, country=country)
    dialog = open_editor(qtbot, workbench, delegation, day=FIRST_DAY)
    assert zone in dialog.zone_note.text()
    enter_time(qtbot, dialog.starts, local_times[0])
    enter_time(qtbot, dialog.ends, local_times[1])
    assert kyiv_words(kyiv_times, translation) in dialog.zone_note.text()
    type_text(dialog.title_uk, "Зустріч у мерії")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (row,) = list_agenda(workbench.db, delegation.id)
    hour, minute = (int(p) for p in local_times[0].split(":"))
    assert row.starts_at == at(FIRST_DAY, hour, minute, zone)
    assert f"{local(row.starts_at, 'Europe/Kyiv'):%H:%M}" == kyiv_times[:5]


def test_a_new_venue_is_added_in_place_and_chosen(qtbot: QtBot, workbench: Workbench) -> None:
    delegation, _people = make_visit(workbench.db)
    dialog = open_editor(qtbot, workbench, delegation, day=FIRST_DAY)
    type_text(dialog.title_uk, "Прийом у ратуші")
    qtbot.mouseClick(dialog.new_venue_button, Qt.MouseButton.LeftButton)
    venue_dialog = dialog.venue_dialog
    assert venue_dialog is not None and venue_dialog.isVisible()
    type_text(venue_dialog.name, "Ратуша")
    type_text(venue_dialog.city, "Ряшів")
    qtbot.mouseClick(venue_dialog.save_button, Qt.MouseButton.LeftButton)
    (venue,) = list_venues(workbench.db)
    assert (venue.name, venue.city) == ("Ратуша", "Ряшів")
    assert dialog.venue.currentText() == "Ратуша (Ряшів)"
    assert dialog.venue.currentData() == venue.id
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None and dialog.saved.venue_id == venue.id
    # Both steps are undoable: first the item, then the venue.
    workbench.edits.stack.undo()
    workbench.edits.stack.undo()
    assert list_venues(workbench.db) == [] and list_agenda(workbench.db, delegation.id) == []


def test_a_venue_without_a_name_is_refused_beside_the_name(
    qtbot: QtBot, workbench: Workbench
) -> None:
    delegation, _people = make_visit(workbench.db)
    dialog = open_editor(qtbot, workbench, delegation, day=FIRST_DAY)
    qtbot.mouseClick(dialog.new_venue_button, Qt.MouseButton.LeftButton)
    venue_dialog = dialog.venue_dialog
    assert venue_dialog is not None
    qtbot.mouseClick(venue_dialog.save_button, Qt.MouseButton.LeftButton)
    assert venue_dialog.form.problem_text("name") == message("required", {"field": "name"}, "uk")
    assert list_venues(workbench.db) == []


# The offscreen platform says it cannot raise the completer's popup or grab the keyboard for it.
POPUP_NOISE = "This plugin does not support (raise|grabbing the keyboard)"


@pytest.mark.qt_log_ignore(POPUP_NOISE)
def test_typing_part_of_a_venue_name_finds_it(qtbot: QtBot, workbench: Workbench) -> None:
    delegation, _people = make_visit(workbench.db)
    hotel = save_venue(workbench.db, Venue(name="Готель «Поділля»", city="Хмельницький"))
    save_venue(workbench.db, Venue(name="Ратуша", city="Ряшів"))
    dialog = open_editor(qtbot, workbench, delegation, day=FIRST_DAY)
    assert dialog.venue.currentIndex() == -1  # no venue yet
    dialog.venue.setFocus()
    type_text(dialog.venue.lineEdit(), "поділ")
    popup = dialog.venue.completer().popup()
    assert popup.isVisible()
    assert popup.model().rowCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.venue.currentData() == hotel.id
    assert dialog.venue.currentText() == "Готель «Поділля» (Хмельницький)"


@pytest.mark.qt_log_ignore(POPUP_NOISE)
def test_a_typed_name_that_matches_one_venue_chooses_it(qtbot: QtBot, workbench: Workbench) -> None:
    delegation, _people = make_visit(workbench.db)
    town_hall = save_venue(workbench.db, Venue(name="Ратуша", city="Ряшів"))
    dialog = open_editor(qtbot, workbench, delegation, day=FIRST_DAY)
    dialog.venue.setFocus()
    type_text(dialog.venue.lineEdit(), "ратуш")
    dialog.title_uk.setFocus()  # leaving the field settles the choice
    type_text(dialog.title_uk, "Прийом")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None and dialog.saved.venue_id == town_hall.id


def test_closing_with_changes_asks_first(qtbot: QtBot, workbench: Workbench) -> None:
    delegation, _people = make_visit(workbench.db)
    dialog = open_editor(qtbot, workbench, delegation, day=FIRST_DAY)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes without asking
    assert not dialog.isVisible()

    dialog = open_editor(qtbot, workbench, delegation, day=FIRST_DAY)
    type_text(dialog.title_uk, "Екскурсія містом")
    asked = when_modal(click_standard(QMessageBox.StandardButton.Cancel))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()  # Cancel: back to editing
    asked = when_modal(click_standard(QMessageBox.StandardButton.Save))
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert asked and not dialog.isVisible()
    (row,) = list_agenda(workbench.db, delegation.id)
    assert row.title_uk == "Екскурсія містом"


def test_discarding_changes_writes_nothing(qtbot: QtBot, workbench: Workbench) -> None:
    delegation, _people = make_visit(workbench.db)
    dialog = open_editor(qtbot, workbench, delegation, day=FIRST_DAY)
    type_text(dialog.title_uk, "Екскурсія містом")
    asked = when_modal(click_standard(QMessageBox.StandardButton.Discard))
    dialog.close()
    assert asked and not dialog.isVisible()
    assert list_agenda(workbench.db, delegation.id) == []


def test_every_input_is_labelled_and_tab_follows_the_form(
    qtbot: QtBot, workbench: Workbench
) -> None:
    delegation, _people = make_visit(workbench.db)
    dialog = open_editor(qtbot, workbench, delegation, day=FIRST_DAY)
    inputs = [dialog.day, dialog.starts, dialog.ends, dialog.next_day, dialog.title_uk,
              dialog.title_en,
              dialog.description, dialog.venue, dialog.new_venue_button, dialog.status,
              dialog.responsible, dialog.attendees, dialog.dress_code, dialog.transport,
              dialog.notes]  # fmt: skip
    for widget in inputs:
        assert widget.accessibleName() or widget in (dialog.new_venue_button, dialog.next_day)
    dialog.day.setFocus(Qt.FocusReason.TabFocusReason)
    visited: list[QWidget] = []
    # Tab goes from the hours to the minutes of a time before it leaves it: count each once.
    while len(visited) < len(inputs):
        focused = QApplication.focusWidget()
        assert focused is not None
        if not visited or visited[-1] is not focused:
            visited.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert visited == inputs
