"""Finding one's way around the main window: the navigation list and the View menu's Ctrl+1..8,
areas still being built saying what will come, Ctrl+F, the area remembered between runs, the
About box, the toolbar, and Undo/Redo (Ctrl+Z in a table undoes a change; in a search line it
undoes the typing)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QMessageBox, QToolBar, QWidget
from pytestqt.qtbot import QtBot

from planner import __version__
from planner.domain.errors import NotFoundError
from planner.domain.records import DelegationFilter
from planner.gui.calendar_area import CalendarArea
from planner.gui.checklists_area import ChecklistsArea
from planner.gui.delegation_model import TITLE
from planner.gui.delegations_area import DelegationsArea
from planner.gui.gifts_area import GiftsArea
from planner.gui.main_window import AREAS, MainWindow
from planner.gui.overview_area import OverviewArea
from planner.gui.partners_area import PartnersArea
from planner.gui.people_area import PeopleArea
from planner.gui.reports_area import ReportsArea
from planner.services.delegations import count_delegations, get_delegation, list_delegations
from planner.services.workspace import Database
from tests.gui.helpers import VISITS, answer_next_box, type_text

pytestmark = pytest.mark.gui

AREA_CLASSES: dict[str, type[QWidget]] = {
    "overview": OverviewArea, "delegations": DelegationsArea, "calendar": CalendarArea,
    "people": PeopleArea, "partners": PartnersArea, "gifts": GiftsArea,
    "checklists": ChecklistsArea, "reports": ReportsArea,
}  # fmt: skip


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _activate(window: MainWindow, qtbot: QtBot) -> None:
    """Make the window the active one, as the desktop does when it is shown or a message box
    over it closes (the offscreen platform has no window manager to do it)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


@pytest.fixture
def window(qtbot: QtBot, visits_db: Database, gui_settings: QSettings) -> MainWindow:
    window = MainWindow(visits_db, "uk", gui_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    _activate(window, qtbot)
    return window


def _click_area(window: MainWindow, qtbot: QtBot, key: str) -> None:
    item = window.navigation.item(AREAS.index(key))
    rect = window.navigation.visualItemRect(item)
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())  # fmt: skip


def _shown(window: MainWindow) -> QWidget:
    return window.stack.currentWidget()


def _prague_id(db: Database) -> int:
    [row] = list_delegations(db, DelegationFilter(text="Прага"))
    return row.id


def test_the_window_opens_on_the_overview(window: MainWindow) -> None:
    assert window.current_area() == "overview"
    assert isinstance(_shown(window), OverviewArea)
    assert window.navigation.currentItem().text() == _tr("Overview")


def test_every_area_is_reached_from_the_navigation_list(window: MainWindow, qtbot: QtBot) -> None:
    assert window.navigation.count() == len(AREAS) == 8
    for key in reversed(AREAS):  # overview last: it is the one shown first
        _click_area(window, qtbot, key)
        assert window.current_area() == key
        assert isinstance(_shown(window), AREA_CLASSES[key]), key
        assert _shown(window) is window.area(key)
        assert _shown(window).isVisible()
    # Coming back to an area shows the same one, not a new one.
    overview = window.overview
    _click_area(window, qtbot, "people")
    _click_area(window, qtbot, "overview")
    assert _shown(window) is overview


def test_every_area_is_reached_from_the_view_menu(window: MainWindow, qtbot: QtBot) -> None:
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == _tr("&View"))
    for number, key in enumerate(AREAS, start=1):
        action = window.findChild(QAction, f"area_{key}")
        assert action is not None, key
        assert action in view_menu.actions()
        assert action.shortcut().toString() == f"Ctrl+{number}"
        assert action.text() == window.navigation.item(number - 1).text()
    for key in ("reports", "people", "delegations", "gifts", "overview", "partners",
                "checklists", "calendar"):  # fmt: skip
        window.findChild(QAction, f"area_{key}").trigger()
        assert window.current_area() == key
        assert isinstance(_shown(window), AREA_CLASSES[key]), key
        assert window.navigation.currentRow() == AREAS.index(key)


def test_the_view_shortcuts_are_keys_that_work(window: MainWindow, qtbot: QtBot) -> None:
    window.navigation.setFocus()
    for number, key in reversed(list(enumerate(AREAS, start=1))):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_area() == key


@pytest.mark.parametrize("key", ["people", "partners", "gifts"])
def test_ctrl_f_goes_to_the_search_of_the_area_shown(
    window: MainWindow, qtbot: QtBot, key: str
) -> None:
    _click_area(window, qtbot, key)
    area = _shown(window)
    search = area.search  # type: ignore[attr-defined]
    search.setText("abc")
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == key
    assert search.hasFocus()
    assert search.selectedText() == "abc"  # typing replaces what was looked for last
    assert not window.delegations.search.hasFocus()


@pytest.mark.parametrize("key", ["overview", "calendar", "checklists", "reports"])
def test_ctrl_f_elsewhere_goes_to_the_delegation_search(
    window: MainWindow, qtbot: QtBot, key: str
) -> None:
    _click_area(window, qtbot, key)
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "delegations"
    assert window.delegations.search.hasFocus()
    type_text(window.delegations.search, "Сілістр")
    assert window.delegations.model.rowCount() == 1


def test_the_last_area_shown_is_remembered(
    qtbot: QtBot, visits_db: Database, gui_settings: QSettings
) -> None:
    first = MainWindow(visits_db, "uk", gui_settings)
    qtbot.addWidget(first)
    first.show()
    _click_area(first, qtbot, "people")
    _click_area(first, qtbot, "reports")
    assert first.close()
    assert gui_settings.value("main_window/area") == "reports"

    second = MainWindow(visits_db, "uk", gui_settings)
    qtbot.addWidget(second)
    second.show()
    assert second.current_area() == "reports"
    assert second.navigation.currentRow() == AREAS.index("reports")
    assert isinstance(_shown(second), ReportsArea)


def test_an_unknown_remembered_area_opens_the_overview(
    qtbot: QtBot, visits_db: Database, gui_settings: QSettings
) -> None:
    gui_settings.setValue("main_window/area", "weather")
    window = MainWindow(visits_db, "uk", gui_settings)
    qtbot.addWidget(window)
    window.show()
    assert window.current_area() == "overview"
    assert isinstance(_shown(window), OverviewArea)


def test_help_about_shows_the_version(window: MainWindow, qtbot: QtBot) -> None:
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == _tr("&Help"))
    [about] = [a for a in help_menu.actions() if a.text() == _tr("&About")]
    seen: list[str] = []
    answer_next_box(QMessageBox.StandardButton.Ok, seen)
    about.trigger()
    assert len(seen) == 1
    assert __version__ in seen[0]


def test_the_toolbar_holds_the_everyday_actions(window: MainWindow) -> None:
    toolbar = window.findChild(QToolBar, "main_toolbar")
    assert toolbar is not None and toolbar.isVisible()
    actions = [a for a in toolbar.actions() if not a.isSeparator()]
    assert actions == [window.new_delegation_action, window.undo_action, window.redo_action,
                       window.backup_action]  # fmt: skip
    assert [a.objectName() for a in (actions[0], actions[3])] == ["new_delegation", "back_up"]
    for action in actions:
        assert toolbar.widgetForAction(action).isVisible()
        assert not action.icon().isNull()


def _delete_prague(window: MainWindow, qtbot: QtBot, db: Database) -> int:
    """Select the Prague visit in the list and delete it with the Delete key."""
    prague = _prague_id(db)
    window.show_area("delegations")
    table = window.delegations.table
    model = window.delegations.model
    [row] = [r for r in range(model.rowCount()) if model.row_id(r) == prague]
    rect = table.visualRect(model.index(row, TITLE))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.delegations.selected_id() == prague
    answer_next_box(QMessageBox.StandardButton.Yes)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert count_delegations(db) == len(VISITS) - 1
    _activate(window, qtbot)
    return prague


def test_undo_and_redo_follow_the_history(
    window: MainWindow, qtbot: QtBot, visits_db: Database
) -> None:
    assert not window.undo_action.isEnabled()
    assert not window.redo_action.isEnabled()

    prague = _delete_prague(window, qtbot, visits_db)
    assert window.undo_action.isEnabled()
    assert not window.redo_action.isEnabled()

    window.undo_action.trigger()
    assert get_delegation(visits_db, prague)
    assert not window.undo_action.isEnabled()
    assert window.redo_action.isEnabled()

    window.redo_action.trigger()
    with pytest.raises(NotFoundError):
        get_delegation(visits_db, prague)
    assert window.undo_action.isEnabled()
    assert not window.redo_action.isEnabled()


def test_ctrl_z_in_a_table_undoes_the_change(
    window: MainWindow, qtbot: QtBot, visits_db: Database
) -> None:
    prague = _delete_prague(window, qtbot, visits_db)
    table = window.delegations.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert get_delegation(visits_db, prague)
    assert window.delegations.model.rowCount() == len(VISITS)
    qtbot.keyClick(table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert count_delegations(visits_db) == len(VISITS) - 1


def test_ctrl_z_in_the_search_undoes_the_typing_not_the_change(
    window: MainWindow, qtbot: QtBot, visits_db: Database
) -> None:
    prague = _delete_prague(window, qtbot, visits_db)
    steps = window.edits.stack.index()
    search: QLineEdit = window.delegations.search
    search.setFocus()
    type_text(search, "фестиваль")
    assert window.delegations.model.rowCount() == 1

    qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert search.text() == ""  # the line edit's own undo
    assert window.delegations.model.rowCount() == len(VISITS) - 1
    assert window.edits.stack.index() == steps  # the history is untouched
    with pytest.raises(NotFoundError):
        get_delegation(visits_db, prague)  # still deleted
    assert window.undo_action.isEnabled()
