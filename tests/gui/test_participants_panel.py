"""The participants of a delegation, driven as the officer does: typing a name (Latin finds
Cyrillic) and choosing with Enter, creating a person on the spot, editing arrival times by the
visit's clock, moving up and down, removing; every change undone and redone whole."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from planner.domain.enums import Direction, ParticipantRole, TransportKind
from planner.domain.records import AgendaItem, Delegation, Participation, Person
from planner.domain.zones import at
from planner.gui.participants_panel import (
    ARRIVAL,
    NAME,
    ROLE,
    ParticipantsPanel,
    ParticipationDialog,
)
from planner.gui.person_editor import PersonDialog
from planner.gui.workbench import Workbench
from planner.services import agenda, delegations, people
from planner.services.workspace import Database
from tests.gui.helpers import type_text

pytestmark = pytest.mark.gui

TAIPEI = "Asia/Taipei"
SUMMIT = (date(2024, 3, 18), date(2024, 3, 22))


def answer_box(answer: QMessageBox.StandardButton | QMessageBox.ButtonRole,
               seen: list[str]) -> None:  # fmt: skip
    """Press ``answer`` (a standard button, or the button of that role) in the next modal
    message box once it shows; its text goes into ``seen``."""
    tries = [0]

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            tries[0] += 1
            if tries[0] < 300:
                QTimer.singleShot(10, press)
            return
        seen.append(box.text())
        if isinstance(answer, QMessageBox.ButtonRole):
            button = next(b for b in box.buttons() if box.buttonRole(b) == answer)
        else:
            button = box.button(answer)
        button.click()

    QTimer.singleShot(0, press)


def double_click(qtbot: QtBot, widget: QWidget, where: QPoint) -> None:
    """The first click, then the second: item views ignore QTest's bare double click."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=where)


@pytest.fixture
def summit(visits_db: Database) -> Delegation:
    """A visit abroad, seven hours ahead of Kyiv in March."""
    start, end = SUMMIT
    return delegations.save_delegation(visits_db, Delegation(
        direction=Direction.OUTGOING, title_uk="Саміт «Розумне місто» у Тайбеї",
        start_date=start, end_date=end, timezone=TAIPEI, country="TW", place="Тайбей",
    ))  # fmt: skip


@pytest.fixture
def guests(visits_db: Database) -> list[Person]:
    return [
        people.save_person(visits_db, Person(family_name=surname, given_names=given,
                                             family_name_latin=latin, position=position))
        for surname, given, latin, position in [
            ("Новак", "Ян", "Novák", "староста району"),
            ("Дворжак", "Петр", "Dvořák", "радник"),
            ("Свобода", "Іржі", "Svoboda", "перекладач"),
        ]
    ]  # fmt: skip


@pytest.fixture
def panel(qtbot: QtBot, workbench: Workbench, summit: Delegation) -> ParticipantsPanel:
    shown = ParticipantsPanel(workbench)
    qtbot.addWidget(shown)
    shown.resize(1000, 500)
    shown.show_delegation(summit)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def join(db: Database, visit: Delegation, guests: list[Person]) -> list[Participation]:
    assert visit.id is not None
    return [
        people.save_participation(db, Participation(delegation_id=visit.id, person_id=g.id or 0))
        for g in guests
    ]


def stored_names(db: Database, visit: Delegation) -> list[str]:
    assert visit.id is not None
    return [row.person.family_name for row in people.list_participants(db, visit.id)]


def shown_names(panel: ParticipantsPanel) -> list[str]:
    return [panel.model.index(r, NAME).data() for r in range(panel.model.rowCount())]


def match_texts(panel: ParticipantsPanel) -> list[str]:
    return [panel.matches.item(i).text() for i in range(panel.matches.count())]


def keep_quiet(qtbot: QtBot, dialog: QDialog) -> None:
    """Closed at the end without the unsaved-changes question."""
    qtbot.addWidget(dialog, before_close_func=lambda w: QDialog.done(w, 0))


def test_a_person_found_by_a_latin_name_is_added_with_enter(
    qtbot: QtBot, panel: ParticipantsPanel, workbench: Workbench, visits_db: Database,
    summit: Delegation, guests: list[Person],
) -> None:  # fmt: skip
    type_text(panel.add_search, "novak")
    assert panel.matches.isVisible()
    texts = match_texts(panel)
    assert texts[0].startswith("Новак Ян (Novák)") and "староста району" in texts[0]
    assert "novak" in texts[-1]  # and a way to create someone else

    qtbot.keyClick(panel.add_search, Qt.Key.Key_Return)

    assert summit.id is not None
    (row,) = people.list_participants(visits_db, summit.id)
    assert row.person == guests[0]
    assert (row.participation.role, row.participation.precedence) == (
        ParticipantRole.MEMBER, 1,
    )  # fmt: skip
    assert shown_names(panel) == ["Ян Новак"]
    assert panel.add_search.text() == "" and not panel.matches.isVisible()
    assert "Ян Новак" in workbench.edits.stack.text(0)

    workbench.edits.stack.undo()
    assert stored_names(visits_db, summit) == [] and shown_names(panel) == []
    workbench.edits.stack.redo()
    assert stored_names(visits_db, summit) == ["Новак"]


def test_down_and_enter_choose_among_the_matches_and_participants_are_marked(
    qtbot: QtBot, panel: ParticipantsPanel, visits_db: Database, summit: Delegation,
    guests: list[Person],
) -> None:  # fmt: skip
    join(visits_db, summit, guests[:1])
    panel.refresh()
    type_text(panel.add_search, "р")  # Дворжак, Свобода, and the radnyk's position
    texts = match_texts(panel)
    assert any(t.startswith("Дворжак") for t in texts)
    qtbot.keyClick(panel.add_search, Qt.Key.Key_Down)
    assert panel.focusWidget() is panel.matches
    panel.matches.setCurrentRow(texts.index(next(t for t in texts if t.startswith("Свобода"))))
    qtbot.keyClick(panel.matches, Qt.Key.Key_Return)
    assert stored_names(visits_db, summit) == ["Новак", "Свобода"]

    type_text(panel.add_search, "Новак")
    novak = panel.matches.item(0)
    assert not novak.flags() & Qt.ItemFlag.ItemIsEnabled  # already a participant
    assert panel.matches.currentRow() == panel.matches.count() - 1  # "create" is chosen


def test_someone_unknown_is_created_on_the_spot_and_added(
    qtbot: QtBot, panel: ParticipantsPanel, workbench: Workbench, visits_db: Database,
    summit: Delegation, guests: list[Person],
) -> None:  # fmt: skip
    type_text(panel.add_search, "Ярошенко")
    (offer,) = match_texts(panel)  # nobody matches: only the offer to create
    assert "«Ярошенко»" in offer
    qtbot.keyClick(panel.add_search, Qt.Key.Key_Return)

    dialog = panel.dialog
    assert isinstance(dialog, PersonDialog) and dialog.isVisible()
    keep_quiet(qtbot, dialog)
    assert dialog.family_name.text() == "Ярошенко"
    type_text(dialog.given_names, "Олена")
    type_text(dialog.position, "перекладачка")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert stored_names(visits_db, summit) == ["Ярошенко"]
    (person,) = people.list_people(visits_db, "ярошенко")
    assert person.given_names == "Олена" and person.position == "перекладачка"
    assert shown_names(panel) == ["Олена Ярошенко"]
    assert workbench.edits.stack.count() == 2  # the person, then the participant


def test_a_latin_surname_typed_goes_into_the_latin_field(
    qtbot: QtBot, panel: ParticipantsPanel
) -> None:
    type_text(panel.add_search, "Müller")
    qtbot.keyClick(panel.add_search, Qt.Key.Key_Return)
    dialog = panel.dialog
    assert isinstance(dialog, PersonDialog)
    keep_quiet(qtbot, dialog)
    assert (dialog.family_name.text(), dialog.family_name_latin.text()) == ("", "Müller")


def test_arrival_is_entered_by_the_clock_of_the_visit(
    qtbot: QtBot, panel: ParticipantsPanel, workbench: Workbench, visits_db: Database,
    summit: Delegation, guests: list[Person],
) -> None:  # fmt: skip
    (joined,) = join(visits_db, summit, guests[:1])
    panel.refresh()
    panel.table.selectRow(0)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    dialog = panel.dialog
    assert isinstance(dialog, ParticipationDialog)
    keep_quiet(qtbot, dialog)
    note = dialog.findChild(QLabel, "zone_note")
    assert note is not None and TAIPEI in note.text()

    dialog.role.setFocus()
    qtbot.keyClick(dialog.role, Qt.Key.Key_Home)
    arrival = dialog.arrival
    arrival.transport.setFocus()
    qtbot.keyClick(arrival.transport, Qt.Key.Key_Down)  # plane
    type_text(arrival.number, "CI 62")
    qtbot.mouseClick(arrival.moment.known, Qt.MouseButton.LeftButton)
    assert arrival.moment.edit.isEnabled()
    assert dialog.focusWidget() is arrival.moment.edit  # ready to type the day
    qtbot.keyClicks(arrival.moment.edit, "17032024 0715")
    type_text(arrival.place, "аеропорт Таоюань")
    type_text(dialog.hotel, "Grand Hotel")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = people.get_participation(visits_db, joined.id or 0)
    assert stored.role == ParticipantRole.HEAD
    assert (stored.arrival_transport, stored.arrival_number) == (TransportKind.PLANE, "CI 62")
    assert stored.arrival_at == at(date(2024, 3, 17), 7, 15, TAIPEI)
    # 07:15 in Taipei is 01:15 in Kyiv, the evening before by the clock of Greenwich.
    assert stored.arrival_at == datetime(2024, 3, 16, 23, 15, tzinfo=UTC)
    assert (stored.arrival_place, stored.hotel) == ("аеропорт Таоюань", "Grand Hotel")
    assert stored.departure_at is None and stored.precedence == joined.precedence
    assert panel.model.index(0, ARRIVAL).data().startswith("17.03.2024 07:15")
    assert panel.model.index(0, ROLE).data() == "голова делегації"

    workbench.edits.stack.undo()
    undone = people.get_participation(visits_db, joined.id or 0)
    assert replace(undone, version=joined.version) == joined


def test_a_bad_departure_is_shown_beside_its_field_and_nothing_is_written(
    qtbot: QtBot, panel: ParticipantsPanel, workbench: Workbench, visits_db: Database,
    summit: Delegation, guests: list[Person],
) -> None:  # fmt: skip
    arrives = at(date(2024, 3, 18), 9, 0, TAIPEI)
    assert summit.id is not None and guests[0].id is not None
    joined = people.save_participation(visits_db, Participation(
        delegation_id=summit.id, person_id=guests[0].id, arrival_at=arrives,
    ))  # fmt: skip
    panel.refresh()
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, ParticipationDialog)
    keep_quiet(qtbot, dialog)
    assert dialog.arrival.moment.edit.text() == "18.03.2024 09:00"
    departure = dialog.departure.moment
    qtbot.mouseClick(departure.known, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(departure.edit, "17032024 1000")  # before the arrival
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.departure.form.problem_text("departure_at")
    assert people.get_participation(visits_db, joined.id or 0) == joined
    assert workbench.edits.stack.count() == 0


def test_moving_up_and_down_with_buttons_and_keys_and_undo(
    qtbot: QtBot, panel: ParticipantsPanel, workbench: Workbench, visits_db: Database,
    summit: Delegation, guests: list[Person],
) -> None:  # fmt: skip
    join(visits_db, summit, guests)
    panel.refresh()
    panel.table.selectRow(2)
    assert not panel.down_button.isEnabled() and panel.up_button.isEnabled()

    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    assert stored_names(visits_db, summit) == ["Новак", "Свобода", "Дворжак"]
    assert panel.current_row().person == guests[2]  # type: ignore[union-attr]

    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert stored_names(visits_db, summit) == ["Свобода", "Новак", "Дворжак"]
    assert shown_names(panel)[0] == "Іржі Свобода"
    assert panel.model.index(0, 0).data() == "1"

    qtbot.keyClick(panel.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert stored_names(visits_db, summit) == ["Новак", "Свобода", "Дворжак"]

    stack = workbench.edits.stack
    assert stack.count() == 3
    stack.undo()
    assert stored_names(visits_db, summit) == ["Свобода", "Новак", "Дворжак"]
    stack.undo()
    stack.undo()
    assert stored_names(visits_db, summit) == ["Новак", "Дворжак", "Свобода"]
    stack.redo()
    assert stored_names(visits_db, summit) == ["Новак", "Свобода", "Дворжак"]


def test_removing_asks_and_undo_brings_the_participant_back_whole(
    qtbot: QtBot, panel: ParticipantsPanel, workbench: Workbench, visits_db: Database,
    summit: Delegation, guests: list[Person],
) -> None:  # fmt: skip
    joined = join(visits_db, summit, guests)
    assert summit.id is not None
    starts = at(date(2024, 3, 19), 10, 0, TAIPEI)
    meeting = agenda.save_agenda_item(visits_db, AgendaItem(
        delegation_id=summit.id, starts_at=starts, ends_at=starts + timedelta(hours=2),
        title_uk="Зустріч у мерії Тайбея", attendee_person_ids=(guests[0].id, guests[1].id),
    ))  # fmt: skip
    panel.refresh()
    panel.table.selectRow(1)
    panel.table.setFocus()

    seen: list[str] = []
    answer_box(QMessageBox.StandardButton.No, seen)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert stored_names(visits_db, summit) == ["Новак", "Дворжак", "Свобода"]

    answer_box(QMessageBox.StandardButton.Yes, seen)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert len(seen) == 2 and "Петр Дворжак" in seen[1]
    assert stored_names(visits_db, summit) == ["Новак", "Свобода"]
    assert agenda.get_agenda_item(visits_db, meeting.id or 0).attendee_person_ids == (
        guests[0].id,
    )  # fmt: skip
    assert panel.current_row().person == guests[2]  # type: ignore[union-attr]

    workbench.edits.stack.undo()
    assert stored_names(visits_db, summit) == ["Новак", "Дворжак", "Свобода"]
    assert people.get_participation(visits_db, joined[1].id or 0) == joined[1]
    assert agenda.get_agenda_item(visits_db, meeting.id or 0).attendee_person_ids == tuple(
        sorted((guests[0].id or 0, guests[1].id or 0))
    )
    workbench.edits.stack.redo()
    assert stored_names(visits_db, summit) == ["Новак", "Свобода"]


def test_add_edit_move_then_undo_everything(
    qtbot: QtBot, panel: ParticipantsPanel, workbench: Workbench, visits_db: Database,
    summit: Delegation, guests: list[Person],
) -> None:  # fmt: skip
    """Each undo finds the version the step after it left behind (no refused, stale undo)."""
    join(visits_db, summit, guests[1:2])
    panel.refresh()
    type_text(panel.add_search, "Новак")
    qtbot.keyClick(panel.add_search, Qt.Key.Key_Return)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    dialog = panel.dialog
    assert isinstance(dialog, ParticipationDialog)
    keep_quiet(qtbot, dialog)
    type_text(dialog.hotel, "Grand Hotel")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(panel.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert stored_names(visits_db, summit) == ["Новак", "Дворжак"]

    stack = workbench.edits.stack
    assert stack.count() == 3
    for _ in range(3):
        stack.undo()
    assert stack.count() == 3, "an undo was refused and the history cleared"
    assert stored_names(visits_db, summit) == ["Дворжак"]
    for _ in range(3):
        stack.redo()
    assert stored_names(visits_db, summit) == ["Новак", "Дворжак"]
    assert summit.id is not None
    assert people.list_participants(visits_db, summit.id)[0].participation.hotel == "Grand Hotel"


def test_a_double_click_opens_the_participant(
    qtbot: QtBot, panel: ParticipantsPanel, visits_db: Database, summit: Delegation,
    guests: list[Person],
) -> None:  # fmt: skip
    join(visits_db, summit, guests[:2])
    panel.refresh()
    rect = panel.table.visualRect(panel.model.index(1, NAME))
    double_click(qtbot, panel.table.viewport(), rect.center())
    dialog = panel.dialog
    assert isinstance(dialog, ParticipationDialog)
    keep_quiet(qtbot, dialog)
    assert dialog.person == guests[1]


def test_a_stale_edit_offers_to_reload(
    qtbot: QtBot, panel: ParticipantsPanel, workbench: Workbench, visits_db: Database,
    summit: Delegation, guests: list[Person],
) -> None:  # fmt: skip
    (joined,) = join(visits_db, summit, guests[:1])
    panel.refresh()
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, ParticipationDialog)
    keep_quiet(qtbot, dialog)
    behind = people.save_participation(visits_db, replace(joined, hotel="Інший готель"))
    type_text(dialog.notes, "моя примітка")

    seen: list[str] = []
    answer_box(QMessageBox.ButtonRole.AcceptRole, seen)  # reload
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1
    assert dialog.isVisible() and dialog.hotel.text() == "Інший готель"
    assert dialog.notes.toPlainText() == ""  # the officer's change was dropped on reload
    assert people.get_participation(visits_db, joined.id or 0) == behind
    assert workbench.edits.stack.count() == 0


def test_the_model_keeps_qts_rules(
    panel: ParticipantsPanel, visits_db: Database, summit: Delegation, guests: list[Person],
    qtmodeltester: object,
) -> None:  # fmt: skip
    join(visits_db, summit, guests)
    panel.refresh()
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]


def test_inputs_have_labels_and_accessible_names(
    qtbot: QtBot, panel: ParticipantsPanel, visits_db: Database, summit: Delegation,
    guests: list[Person],
) -> None:  # fmt: skip
    labels = [w for w in panel.findChildren(QLabel) if w.buddy() is panel.add_search]
    assert labels and "&" in labels[0].text() and panel.add_search.accessibleName()
    join(visits_db, summit, guests[:1])
    panel.refresh()
    panel.table.selectRow(0)
    panel.edit()
    dialog = panel.dialog
    assert isinstance(dialog, ParticipationDialog)
    keep_quiet(qtbot, dialog)
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    for form in (dialog.form, dialog.arrival.form, dialog.departure.form, dialog.rest_form):
        for field, widget in form.inputs.items():
            assert widget in buddies and widget.accessibleName(), field
    assert dialog.arrival.moment.edit.accessibleName()
    assert dialog.arrival.moment.known.accessibleName()


def test_the_search_line_clears_with_select_all(panel: ParticipantsPanel) -> None:
    type_text(panel.add_search, "abc")
    QTest.keySequence(panel.add_search, QKeySequence.StandardKey.SelectAll)
    QTest.keyClick(panel.add_search, Qt.Key.Key_Backspace)
    assert not panel.matches.isVisible()
