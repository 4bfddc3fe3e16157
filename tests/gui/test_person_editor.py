"""The person card, driven as the officer does: typing Cyrillic, saving with a click, Escape to
cancel; problems beside their fields; a save refused as stale offers to reload."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from planner.domain.errors import NotFoundError
from planner.domain.records import Participation, Person
from planner.gui.forms import PERSONAL_DATA_STYLE
from planner.gui.person_editor import PersonDialog
from planner.gui.workbench import Workbench
from planner.services import people
from planner.services.delegations import list_delegations
from planner.services.workspace import Database
from tests.gui.helpers import type_text

pytestmark = pytest.mark.gui

Answer = QMessageBox.StandardButton | QMessageBox.ButtonRole


def answer_box(answer: Answer, seen: list[str]) -> None:
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


@pytest.fixture
def novak(visits_db: Database) -> Person:
    return people.save_person(visits_db, Person(
        family_name="Новак", given_names="Ян", family_name_latin="Novák", given_names_latin="Jan",
        position="староста району", country="CZ", languages=("cs", "en"),
        phone="+420 777 000 000", birth_date=date(1970, 5, 1),
    ))  # fmt: skip


def double_click(qtbot: QtBot, widget: QWidget, where: QPoint) -> None:
    """A double click as a mouse makes it: the first click, then the second (QTest's double
    click alone has no press before it, and item views ignore it)."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=where)


def open_dialog(qtbot: QtBot, bench: Workbench, person: Person | None) -> PersonDialog:
    dialog = PersonDialog(bench, person)
    # Closed at the end without the unsaved-changes question (nobody would answer it).
    qtbot.addWidget(dialog, before_close_func=lambda w: QDialog.done(w, 0))
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def retype(widget: QWidget, text: str) -> None:
    """Select all that the input holds (Ctrl+A) and type ``text`` over it."""
    widget.setFocus()
    QTest.keySequence(widget, QKeySequence.StandardKey.SelectAll)
    type_text(widget, text)


def test_a_new_person_typed_in_cyrillic_is_saved_and_can_be_undone(
    qtbot: QtBot, workbench: Workbench, visits_db: Database
) -> None:
    dialog = open_dialog(qtbot, workbench, None)
    type_text(dialog.family_name, "Коваль")
    type_text(dialog.given_names, "Ґанна")
    type_text(dialog.family_name_latin, "Koval")
    type_text(dialog.given_names_latin, "Hanna")
    type_text(dialog.position, "заступниця міського голови")
    type_text(dialog.languages, "uk, en,de")
    type_text(dialog.email, "h.koval@example.org")
    type_text(dialog.phone, "+380 67 000 00 00")
    type_text(dialog.dietary_needs, "без глютену")

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = dialog.saved
    assert saved is not None and saved.id is not None
    stored = people.get_person(visits_db, saved.id)
    assert stored == saved
    assert (stored.family_name, stored.given_names, stored.latin_name) == (
        "Коваль", "Ґанна", "Hanna Koval",
    )  # fmt: skip
    assert stored.languages == ("uk", "en", "de")
    assert (stored.phone, stored.dietary_needs) == ("+380 67 000 00 00", "без глютену")
    assert stored.country == "UA" and stored.birth_date is None
    stack = workbench.edits.stack
    assert stack.count() == 1 and "Ґанна Коваль" in stack.text(0)

    stack.undo()
    with pytest.raises(NotFoundError):
        people.get_person(visits_db, saved.id)
    stack.redo()
    assert people.get_person(visits_db, saved.id).family_name == "Коваль"


def test_editing_saves_what_was_changed_and_undo_puts_it_back(
    qtbot: QtBot, workbench: Workbench, visits_db: Database, novak: Person
) -> None:
    dialog = open_dialog(qtbot, workbench, novak)
    assert dialog.family_name.text() == "Новак"
    assert dialog.phone.text() == "+420 777 000 000"
    assert dialog.languages.text() == "cs, en"
    retype(dialog.position, "голова району")
    retype(dialog.passport_number, "AB123456")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = people.get_person(visits_db, novak.id)
    assert (stored.position, stored.passport_number) == ("голова району", "AB123456")
    assert replace(stored, position=novak.position, passport_number="",
                   version=novak.version) == novak  # fmt: skip
    assert "Ян Новак" in workbench.edits.stack.text(0)

    workbench.edits.stack.undo()
    assert people.get_person(visits_db, novak.id).position == "староста району"


def test_an_unchanged_person_closes_without_a_step(
    qtbot: QtBot, workbench: Workbench, novak: Person
) -> None:
    dialog = open_dialog(qtbot, workbench, novak)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved == novak
    assert workbench.edits.stack.count() == 0


def test_an_empty_surname_is_shown_beside_the_field_and_nothing_is_written(
    qtbot: QtBot, workbench: Workbench, visits_db: Database
) -> None:
    dialog = open_dialog(qtbot, workbench, None)
    type_text(dialog.given_names, "Олена")
    type_text(dialog.email, "не e-mail")

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible() and dialog.saved is None
    assert "Прізвище" in dialog.form.problem_text("family_name")
    assert "не e-mail" in dialog.form.problem_text("email")
    problem = dialog.findChild(QLabel, "family_name_problem")
    assert problem is not None and problem.isVisible()
    assert dialog.focusWidget() is dialog.family_name
    assert people.list_people(visits_db) == []
    assert workbench.edits.stack.count() == 0

    type_text(dialog.family_name, "Шевченко")
    retype(dialog.email, "o.shevchenko@example.org")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [p.family_name for p in people.list_people(visits_db)] == ["Шевченко"]


def test_a_latin_name_alone_is_enough(
    qtbot: QtBot, workbench: Workbench, visits_db: Database
) -> None:
    dialog = open_dialog(qtbot, workbench, None)
    type_text(dialog.family_name_latin, "Dvořák")
    dialog.country.setFocus()
    retype(dialog.country, "CZ")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (row,) = people.list_people(visits_db, "dvorak")
    assert (row.family_name, row.family_name_latin, row.country) == ("", "Dvořák", "CZ")


def test_a_stale_save_offers_to_reload_and_writes_nothing(
    qtbot: QtBot, workbench: Workbench, visits_db: Database, novak: Person
) -> None:
    dialog = open_dialog(qtbot, workbench, novak)
    retype(dialog.position, "мій варіант")
    behind = people.save_person(visits_db, replace(novak, position="інший колега змінив"))

    seen: list[str] = []
    answer_box(QMessageBox.ButtonRole.RejectRole, seen)  # keep editing
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert len(seen) == 1 and "змінив інший користувач" in seen[0]
    assert dialog.isVisible() and dialog.position.text() == "мій варіант"
    assert people.get_person(visits_db, novak.id) == behind
    assert workbench.edits.stack.count() == 0

    answer_box(QMessageBox.ButtonRole.AcceptRole, seen)  # reload
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 2
    assert dialog.position.text() == "інший колега змінив"
    assert dialog.loaded == behind
    assert people.get_person(visits_db, novak.id) == behind


def test_personal_data_is_set_apart_shaded_and_explained(
    qtbot: QtBot, workbench: Workbench, novak: Person
) -> None:
    dialog = open_dialog(qtbot, workbench, novak)
    group = dialog.findChild(QWidget, "personal_data")
    explanation = dialog.findChild(QLabel, "personal_data_explanation")
    assert group is not None and explanation is not None and explanation.isVisible()
    assert set(dialog.personal.inputs) == set(Person.SENSITIVE_FIELDS)
    for field in Person.SENSITIVE_FIELDS:
        widget = dialog.personal.inputs[field]
        assert group.isAncestorOf(widget), field
        assert widget.styleSheet() == PERSONAL_DATA_STYLE
        assert widget.toolTip() and widget.accessibleDescription()
    for field, widget in dialog.form.inputs.items():
        assert widget.styleSheet() == "", field


def test_every_input_has_a_label_and_an_accessible_name(
    qtbot: QtBot, workbench: Workbench, novak: Person
) -> None:
    dialog = open_dialog(qtbot, workbench, novak)
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    inputs = [*dialog.form.inputs.values(), *dialog.personal.inputs.values(), dialog.delegations]
    for widget in inputs:
        assert widget in buddies, widget.objectName()
        assert widget.accessibleName(), widget.objectName()
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.buddy()]
    assert all("&" in text for text in labels), labels


def test_tab_follows_the_form_top_down(qtbot: QtBot, workbench: Workbench, novak: Person) -> None:
    dialog = open_dialog(qtbot, workbench, novak)
    dialog.family_name.setFocus()
    visited = []
    for _ in range(4):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        visited.append(dialog.focusWidget())
    assert visited == [dialog.given_names, dialog.family_name_latin,
                       dialog.given_names_latin, dialog.honorific]  # fmt: skip
    dialog.notes.setFocus()
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.phone  # then the personal data


def test_escape_asks_about_unsaved_changes(
    qtbot: QtBot, workbench: Workbench, visits_db: Database, novak: Person
) -> None:
    dialog = open_dialog(qtbot, workbench, novak)
    retype(dialog.notes, "не зберігати")
    seen: list[str] = []

    answer_box(QMessageBox.StandardButton.Cancel, seen)
    qtbot.keyClick(dialog.position, Qt.Key.Key_Escape)
    assert len(seen) == 1 and dialog.isVisible()

    answer_box(QMessageBox.StandardButton.Discard, seen)
    qtbot.keyClick(dialog.position, Qt.Key.Key_Escape)
    assert len(seen) == 2 and not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert people.get_person(visits_db, novak.id) == novak


def test_save_chosen_on_closing_saves(
    qtbot: QtBot, workbench: Workbench, visits_db: Database, novak: Person
) -> None:
    dialog = open_dialog(qtbot, workbench, novak)
    retype(dialog.dietary_needs, "вегетаріанець")
    answer_box(QMessageBox.StandardButton.Save, [])
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert people.get_person(visits_db, novak.id).dietary_needs == "вегетаріанець"


def test_escape_without_changes_closes_at_once(
    qtbot: QtBot, workbench: Workbench, novak: Person
) -> None:
    dialog = open_dialog(qtbot, workbench, novak)
    qtbot.keyClick(dialog.family_name, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_delegations_of_a_person_open_with_enter_or_a_double_click(
    qtbot: QtBot, workbench: Workbench, visits_db: Database, novak: Person
) -> None:
    visits = list_delegations(visits_db)
    for visit in visits[:2]:
        assert visit.id is not None and novak.id is not None
        people.save_participation(visits_db, Participation(delegation_id=visit.id,
                                                           person_id=novak.id))  # fmt: skip
    dialog = open_dialog(qtbot, workbench, novak)
    shown = [dialog.delegations.item(i).text() for i in range(dialog.delegations.count())]
    assert sorted(shown) == sorted(v.title_uk for v in visits[:2])
    newest = dialog.delegations.item(0).data(Qt.ItemDataRole.UserRole)

    dialog.delegations.setFocus()
    qtbot.keyClick(dialog.delegations, Qt.Key.Key_Return)
    assert workbench.opened == [newest]  # type: ignore[attr-defined]
    assert dialog.isVisible()  # Enter opened the delegation, not the Save button

    second = dialog.delegations.item(1)
    rect = dialog.delegations.visualItemRect(second)
    double_click(qtbot, dialog.delegations.viewport(), rect.center())
    assert workbench.opened[-1] == second.data(Qt.ItemDataRole.UserRole)  # type: ignore[attr-defined]


def test_a_new_person_has_no_delegation_list(qtbot: QtBot, workbench: Workbench) -> None:
    dialog = open_dialog(qtbot, workbench, Person(family_name="Ярошенко"))
    assert not dialog.delegations.isVisible()
    assert dialog.family_name.text() == "Ярошенко"
    assert not dialog.has_unsaved_changes()


def test_a_partner_is_chosen_from_the_list(
    qtbot: QtBot, workbench: Workbench, visits_db: Database, novak: Person
) -> None:
    dialog = open_dialog(qtbot, workbench, novak)
    assert dialog.partner.currentData() is None
    assert dialog.partner.count() == 2  # none, and Prague 6
    dialog.partner.setFocus()
    qtbot.keyClick(dialog.partner, Qt.Key.Key_Down)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = people.get_person(visits_db, novak.id)
    assert stored.partner_id is not None
    assert dialog.partner.itemText(1) == "Прага 6"


def test_dates_of_personal_data_are_kept(
    qtbot: QtBot, workbench: Workbench, visits_db: Database, novak: Person
) -> None:
    dialog = open_dialog(qtbot, workbench, novak)
    assert dialog.birth_date.date().toPython() == date(1970, 5, 1)
    assert dialog.passport_expires_on.text().strip() == ""
    assert dialog.entered() == novak


def test_delegation_list_for_a_person_without_any(
    qtbot: QtBot, workbench: Workbench, novak: Person
) -> None:
    dialog = open_dialog(qtbot, workbench, novak)
    assert dialog.delegations.count() == 1
    assert not dialog.delegations.item(0).flags() & Qt.ItemFlag.ItemIsEnabled
