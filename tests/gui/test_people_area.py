"""The People area, driven as the officer does: search as one types (Latin finds Cyrillic),
New, Enter to edit, Delete to delete after a question, Ctrl+Z to bring a person back."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from planner.domain.errors import NotFoundError
from planner.domain.records import Person
from planner.gui.people_area import EMAIL, NAME, PeopleArea
from planner.gui.person_editor import PersonDialog
from planner.gui.workbench import Workbench
from planner.services import people
from planner.services.workspace import Database
from tests.gui.helpers import type_text

pytestmark = pytest.mark.gui


def answer_box(answer: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Press ``answer`` in the next modal message box once it shows; its text goes into
    ``seen``."""
    tries = [0]

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            tries[0] += 1
            if tries[0] < 300:
                QTimer.singleShot(10, press)
            return
        seen.append(box.text())
        box.button(answer).click()

    QTimer.singleShot(0, press)


def double_click(qtbot: QtBot, widget: QWidget, where: QPoint) -> None:
    """The first click, then the second: item views ignore QTest's bare double click."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=where)


@pytest.fixture
def guests(visits_db: Database) -> list[Person]:
    return [
        people.save_person(visits_db, Person(
            family_name=surname, given_names=given, family_name_latin=latin_surname,
            given_names_latin=latin_given, position=position, organisation=organisation,
            email=email, phone="+380 67 111 22 33", country=country,
        ))
        for surname, given, latin_surname, latin_given, position, organisation, email, country in [
            ("Шевченко", "Олена", "Shevchenko", "Olena", "радниця", "Хмельницька міська рада",
             "o.shevchenko@example.org", "UA"),
            ("Коваль", "Ґанна", "Koval", "Hanna", "заступниця міського голови",
             "Хмельницька міська рада", "h.koval@example.org", "UA"),
            ("Новак", "Ян", "Novák", "Jan", "староста району", "Прага 6",
             "jan.novak@praha6.cz", "CZ"),
        ]
    ]  # fmt: skip


@pytest.fixture
def area(qtbot: QtBot, workbench: Workbench, guests: list[Person]) -> PeopleArea:
    shown = PeopleArea(workbench)
    qtbot.addWidget(shown)
    shown.resize(1000, 500)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def names(area: PeopleArea) -> list[str]:
    return [area.model.index(row, NAME).data() for row in range(area.model.rowCount())]


def choose(area: PeopleArea, name: str) -> None:
    area.table.selectRow(names(area).index(name))
    area.table.setFocus()


def close_without_asking(qtbot: QtBot, dialog: PersonDialog) -> None:
    qtbot.addWidget(dialog, before_close_func=lambda w: PersonDialog.done(w, 0))


def test_the_list_is_in_ukrainian_order_without_phones(area: PeopleArea) -> None:
    assert names(area) == ["Коваль Ґанна", "Новак Ян", "Шевченко Олена"]
    assert area.model.index(0, EMAIL).data() == "h.koval@example.org"
    every_cell = [
        area.model.index(row, column).data()
        for row in range(area.model.rowCount())
        for column in range(area.model.columnCount())
    ]
    assert not any("+380" in str(cell) for cell in every_cell)
    count = area.findChild(QLabel, "people_count")
    assert count is not None and "3" in count.text()


def test_the_model_keeps_qts_rules(area: PeopleArea, qtmodeltester: object) -> None:
    qtmodeltester.check(area.model)  # type: ignore[attr-defined]


def test_typing_filters_at_once_and_latin_finds_cyrillic(qtbot: QtBot, area: PeopleArea) -> None:
    type_text(area.search, "koval")
    assert names(area) == ["Коваль Ґанна"]
    QTest.keySequence(area.search, QKeySequence.StandardKey.SelectAll)
    type_text(area.search, "прага")
    assert names(area) == ["Новак Ян"]
    QTest.keySequence(area.search, QKeySequence.StandardKey.SelectAll)
    type_text(area.search, "novak")  # without the accent of Novák
    assert names(area) == ["Новак Ян"]
    area.search.clear()
    assert len(names(area)) == 3


def test_a_new_person_is_created_from_the_area(
    qtbot: QtBot, area: PeopleArea, visits_db: Database
) -> None:
    qtbot.mouseClick(area.new_button, Qt.MouseButton.LeftButton)
    dialog = area.dialog
    assert isinstance(dialog, PersonDialog) and dialog.isVisible()
    close_without_asking(qtbot, dialog)
    type_text(dialog.family_name, "Їжакевич")
    type_text(dialog.given_names, "Юрій")
    type_text(dialog.organisation, "Хмельницька міська рада")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert names(area) == ["Їжакевич Юрій", "Коваль Ґанна", "Новак Ян", "Шевченко Олена"]
    assert area.current_id() == dialog.saved.id  # type: ignore[union-attr]
    (row,) = people.list_people(visits_db, "їжакевич")
    assert row.organisation == "Хмельницька міська рада"


def test_enter_opens_the_chosen_person_and_the_list_shows_the_change(
    qtbot: QtBot, area: PeopleArea, visits_db: Database, guests: list[Person]
) -> None:
    choose(area, "Новак Ян")
    qtbot.keyClick(area.table, Qt.Key.Key_Return)
    dialog = area.dialog
    assert isinstance(dialog, PersonDialog)
    close_without_asking(qtbot, dialog)
    assert dialog.loaded == guests[2]
    dialog.position.setFocus()
    QTest.keySequence(dialog.position, QKeySequence.StandardKey.SelectAll)
    type_text(dialog.position, "голова району")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert people.get_person(visits_db, guests[2].id).position == "голова району"
    row = names(area).index("Новак Ян")
    assert area.model.index(row, 2).data() == "голова району"
    assert area.current_id() == guests[2].id


def test_a_double_click_opens_the_person(
    qtbot: QtBot, area: PeopleArea, guests: list[Person]
) -> None:
    row = names(area).index("Шевченко Олена")
    rect = area.table.visualRect(area.model.index(row, NAME))
    double_click(qtbot, area.table.viewport(), rect.center())
    assert isinstance(area.dialog, PersonDialog)
    close_without_asking(qtbot, area.dialog)
    assert area.dialog.loaded == guests[0]


def test_delete_asks_then_undo_and_redo(
    qtbot: QtBot, area: PeopleArea, workbench: Workbench, visits_db: Database,
    guests: list[Person],
) -> None:  # fmt: skip
    koval = guests[1]
    choose(area, "Коваль Ґанна")
    seen: list[str] = []
    answer_box(QMessageBox.StandardButton.Yes, seen)
    qtbot.mouseClick(area.delete_button, Qt.MouseButton.LeftButton)

    assert len(seen) == 1 and "Ґанна Коваль" in seen[0]
    assert names(area) == ["Новак Ян", "Шевченко Олена"]
    assert area.current_id() == guests[2].id  # the next one, for the next Delete
    with pytest.raises(NotFoundError):
        people.get_person(visits_db, koval.id)

    workbench.edits.stack.undo()
    assert names(area) == ["Коваль Ґанна", "Новак Ян", "Шевченко Олена"]
    assert people.get_person(visits_db, koval.id).family_name == "Коваль"

    workbench.edits.stack.redo()
    assert names(area) == ["Новак Ян", "Шевченко Олена"]
    with pytest.raises(NotFoundError):
        people.get_person(visits_db, koval.id)


def test_the_delete_key_asks_and_no_keeps_the_person(
    qtbot: QtBot, area: PeopleArea, workbench: Workbench, visits_db: Database
) -> None:
    choose(area, "Новак Ян")
    seen: list[str] = []
    answer_box(QMessageBox.StandardButton.No, seen)
    qtbot.keyClick(area.table, Qt.Key.Key_Delete)
    assert len(seen) == 1 and "Ян Новак" in seen[0]
    assert len(people.list_people(visits_db)) == 3
    assert workbench.edits.stack.count() == 0

    answer_box(QMessageBox.StandardButton.Yes, seen)
    qtbot.keyClick(area.table, Qt.Key.Key_Delete)
    assert names(area) == ["Коваль Ґанна", "Шевченко Олена"]


def test_buttons_need_a_chosen_person(area: PeopleArea) -> None:
    assert not area.edit_button.isEnabled() and not area.delete_button.isEnabled()
    choose(area, "Новак Ян")
    assert area.edit_button.isEnabled() and area.delete_button.isEnabled()


def test_a_change_elsewhere_refreshes_the_list(
    area: PeopleArea, workbench: Workbench, visits_db: Database, guests: list[Person]
) -> None:
    people.save_person(visits_db, replace(guests[0], given_names="Оксана"))
    workbench.edits.changed.emit()
    assert "Шевченко Оксана" in names(area)


def test_the_search_has_a_label_and_enter_goes_to_the_list(qtbot: QtBot, area: PeopleArea) -> None:
    labels = [label for label in area.findChildren(QLabel) if label.buddy() is area.search]
    assert labels and "&" in labels[0].text()
    assert area.search.accessibleName() and area.table.accessibleName()
    type_text(area.search, "шевч")
    qtbot.keyClick(area.search, Qt.Key.Key_Return)
    assert area.current_id() is not None
    assert area.focusWidget() is area.table
