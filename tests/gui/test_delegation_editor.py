"""The delegation editor as an officer drives it from the main window: a new visit typed in
Cyrillic, problems shown beside their fields with nothing written, an edit undone and redone,
a stale save offered a reload, a delete asked first and undone, unsaved changes asked about."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from planner.domain.enums import Direction
from planner.domain.errors import NotFoundError
from planner.domain.records import DelegationFilter
from planner.gui.delegation_editor import DelegationEditor
from planner.gui.main_window import MainWindow
from planner.services.delegations import (
    count_delegations,
    get_delegation,
    list_delegations,
    save_delegation,
)
from planner.services.workspace import Database
from tests.gui.helpers import VISITS, answer_next_box, type_text

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, visits_db: Database, gui_settings: QSettings) -> MainWindow:
    window = MainWindow(visits_db, "uk", gui_settings)
    qtbot.addWidget(window, before_close_func=_discard_typing)
    window.show()
    qtbot.waitExposed(window)
    return window


def _discard_typing(window: MainWindow) -> None:
    """No question left open when the test's windows are closed."""
    for editor in list(window.editors.values()):
        editor.discard_changes()


def _new_editor(window: MainWindow, qtbot: QtBot) -> DelegationEditor:
    window.new_delegation_action.trigger()
    editor = window.editors[None]
    qtbot.waitExposed(editor)
    return editor


def _prague_id(db: Database) -> int:
    [row] = list_delegations(db, DelegationFilter(text="Прага"))
    return row.id


def test_a_new_delegation_typed_in_cyrillic_is_stored(
    window: MainWindow, qtbot: QtBot, visits_db: Database
) -> None:
    editor = _new_editor(window, qtbot)
    assert not editor.tabs.isTabEnabled(1)  # participants wait for the first save
    editor.title_uk.setFocus()
    type_text(editor.title_uk, "Делегація Кракова на Різдво")
    type_text(editor.title_en, "Kraków delegation for Christmas")
    editor.direction.setCurrentIndex(editor.direction.findData(Direction.INCOMING.value))
    editor.start_date.setDate(QDate(2026, 12, 20))
    editor.end_date.setDate(QDate(2026, 12, 23))
    editor.partners.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    [row] = list_delegations(visits_db, DelegationFilter(text="Кракова"))
    stored = get_delegation(visits_db, row.id)
    assert stored.title_en == "Kraków delegation for Christmas"
    assert (stored.start_date, stored.end_date) == (date(2026, 12, 20), date(2026, 12, 23))
    assert len(stored.partner_ids) == 1
    assert editor.tabs.isTabEnabled(1) and editor.tabs.isTabEnabled(2)
    assert window.editors[row.id] is editor
    assert "20–23 грудня 2026" in editor.heading.text()
    # The list behind shows it at once.
    titles = [window.delegations.model.index(r, 1).data()
              for r in range(window.delegations.model.rowCount())]  # fmt: skip
    assert "Делегація Кракова на Різдво" in titles


def test_an_empty_title_and_an_end_before_the_start_are_shown_beside_their_fields(
    window: MainWindow, qtbot: QtBot, visits_db: Database
) -> None:
    editor = _new_editor(window, qtbot)
    editor.start_date.setDate(QDate(2026, 12, 20))
    editor.end_date.setDate(QDate(2026, 12, 18))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert editor.form.problem_text("title_uk") == "Поле «Назва (укр.)» не може бути порожнім."
    assert (
        editor.form.problem_text("end_date") == "«Дата завершення» не може бути раніше за початок."
    )
    assert editor.focusWidget() is editor.title_uk
    assert count_delegations(visits_db) == len(VISITS)


def test_an_unknown_time_zone_is_refused(
    window: MainWindow, qtbot: QtBot, visits_db: Database
) -> None:
    editor = window.open_delegation(_prague_id(visits_db))
    assert editor is not None
    editor.timezone.setCurrentText("Europe/Atlantis")
    editor.save()
    assert "Europe/Atlantis" in editor.form.problem_text("timezone")
    assert get_delegation(visits_db, _prague_id(visits_db)).timezone == "Europe/Kyiv"


def test_an_edit_is_undone_and_redone_from_the_edit_menu(
    window: MainWindow, qtbot: QtBot, visits_db: Database
) -> None:
    delegation_id = _prague_id(visits_db)
    before = get_delegation(visits_db, delegation_id)
    editor = window.open_delegation(delegation_id)
    assert editor is not None
    editor.place.clear()
    type_text(editor.place, "Житомир, ратуша")
    assert editor.has_unsaved_changes()
    assert editor.save()
    assert get_delegation(visits_db, delegation_id).place == "Житомир, ратуша"
    assert before.title_uk in window.edits.stack.undoText()
    assert window.undo_action.isEnabled()

    window.delegations.table.setFocus()
    qtbot.keyClick(window.delegations.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert get_delegation(visits_db, delegation_id).place == before.place
    assert editor.place.text() == before.place  # the open editor follows the undo

    window.redo_action.trigger()
    assert get_delegation(visits_db, delegation_id).place == "Житомир, ратуша"


def test_a_stale_save_offers_a_reload_and_writes_nothing(
    window: MainWindow, qtbot: QtBot, visits_db: Database
) -> None:
    delegation_id = _prague_id(visits_db)
    editor = window.open_delegation(delegation_id)
    assert editor is not None
    # Another officer renames the visit meanwhile.
    other = save_delegation(visits_db, replace(get_delegation(visits_db, delegation_id),
                                               purpose="Підписання меморандуму"))  # fmt: skip
    editor.place.setText("Моя зміна")
    seen: list[str] = []
    answer_next_box(QCoreApplication.translate("Form", "&Reload").replace("&", ""), seen)
    assert not editor.save()

    assert seen[0].startswith(f"Делегацію №{delegation_id} тим часом змінив інший користувач.")
    stored = get_delegation(visits_db, delegation_id)
    assert stored == other  # nothing of ours written
    assert editor.purpose.toPlainText() == "Підписання меморандуму"  # reloaded
    assert editor.place.text() == other.place


def test_delete_asks_first_and_undo_brings_the_delegation_back(
    window: MainWindow, qtbot: QtBot, visits_db: Database
) -> None:
    delegation_id = _prague_id(visits_db)
    editor = window.open_delegation(delegation_id)
    assert editor is not None
    answer_next_box(QMessageBox.StandardButton.No)
    editor.delete_button.click()
    assert get_delegation(visits_db, delegation_id)  # still there

    seen: list[str] = []
    answer_next_box(QMessageBox.StandardButton.Yes, seen)
    editor.delete_button.click()
    assert "Делегація міського району Прага 6 на День міста" in seen[0]
    with pytest.raises(NotFoundError):
        get_delegation(visits_db, delegation_id)
    qtbot.waitUntil(lambda: delegation_id not in window.editors)

    window.undo_action.trigger()
    assert get_delegation(visits_db, delegation_id).title_uk.startswith("Делегація")
    window.redo_action.trigger()
    assert count_delegations(visits_db) == len(VISITS) - 1


def test_closing_with_unsaved_changes_asks(
    window: MainWindow, qtbot: QtBot, visits_db: Database
) -> None:
    delegation_id = _prague_id(visits_db)
    editor = window.open_delegation(delegation_id)
    assert editor is not None
    editor.place.setText("Нове місце")

    answer_next_box(QMessageBox.StandardButton.Cancel)
    assert not editor.close()
    assert editor.isVisible()

    answer_next_box(QMessageBox.StandardButton.Discard)
    assert editor.close()
    assert get_delegation(visits_db, delegation_id).place != "Нове місце"


def test_closing_the_main_window_asks_about_an_editor_and_can_save(
    window: MainWindow, qtbot: QtBot, visits_db: Database
) -> None:
    delegation_id = _prague_id(visits_db)
    editor = window.open_delegation(delegation_id)
    assert editor is not None
    editor.place.setText("Зал засідань")
    answer_next_box(QMessageBox.StandardButton.Save)
    assert window.close()
    assert get_delegation(visits_db, delegation_id).place == "Зал засідань"
