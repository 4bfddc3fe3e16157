"""The main window as a user drives it: the delegation list, its instant search and sorting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.gui.delegation_model import TITLE
from planner.gui.i18n import use_language
from planner.gui.main_window import MainWindow
from planner.services.workspace import Database
from tests.gui.helpers import VISITS, type_text

pytestmark = pytest.mark.gui


def _titles(window: MainWindow) -> list[str]:
    model = window.delegations.model
    return [model.index(row, TITLE).data() for row in range(model.rowCount())]


@pytest.fixture
def window(qtbot: QtBot, visits_db: Database, gui_settings: QSettings) -> MainWindow:
    window = MainWindow(visits_db, "uk", gui_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_lists_every_delegation_by_start_date(window: MainWindow) -> None:
    assert _titles(window) == [v[0] for v in sorted(VISITS, key=lambda v: v[3])]
    assert window.count_label.text() == f"Делегацій: {len(VISITS)}"


def test_typing_cyrillic_in_any_case_filters_instantly(window: MainWindow, qtbot: QtBot) -> None:
    window.delegations.search.setFocus()
    type_text(window.delegations.search, "ПРАГА")
    assert window.delegations.search.text() == "ПРАГА"
    assert _titles(window) == ["Делегація міського району Прага 6 на День міста"]
    window.delegations.search.clear()
    type_text(window.delegations.search, "ґендер")
    assert _titles(window) == ["Ґендерна рівність: онлайн-зустріч"]
    assert window.count_label.text() == "Делегацій: 1"


def test_latin_search_finds_cyrillic_titles(window: MainWindow) -> None:
    type_text(window.delegations.search, "Silistri")
    assert _titles(window) == ["Їжа та культура: фестиваль у Сілістрі"]


def test_search_by_partner_name(window: MainWindow) -> None:
    type_text(window.delegations.search, "prague")
    assert _titles(window) == ["Делегація міського району Прага 6 на День міста"]


def test_sorting_by_title_follows_the_ukrainian_alphabet(window: MainWindow) -> None:
    window.delegations.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    assert [t[:2] for t in _titles(window)] == ["Ґе", "Де", "Єв", "Ін", "Їж"]
    window.delegations.table.sortByColumn(TITLE, Qt.SortOrder.DescendingOrder)
    assert [t[:2] for t in _titles(window)] == ["Їж", "Ін", "Єв", "Де", "Ґе"]


def test_ctrl_f_goes_to_the_search_and_ctrl_q_quits(window: MainWindow, qtbot: QtBot) -> None:
    window.delegations.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.delegations.search.hasFocus()
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_english_interface(
    qtbot: QtBot, qapp: QApplication, visits_db: Database, gui_settings: QSettings
) -> None:
    use_language(qapp, "en")
    window = MainWindow(visits_db, "en", gui_settings)
    qtbot.addWidget(window)
    headers = [window.delegations.model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers[:4] == ["Dates", "Title", "Direction", "Status"]
    assert "Prague 6 delegation for City Day" in _titles(window)
    assert window.delegations.model.index(0, 2).data() == "online"


def test_window_geometry_is_remembered(qtbot: QtBot, visits_db: Database,
                                       gui_settings: QSettings) -> None:  # fmt: skip
    first = MainWindow(visits_db, "uk", gui_settings)
    qtbot.addWidget(first)
    first.resize(790, 587)
    first.show()
    first.show_area("partners")
    first.splitter.setSizes([230, 560])
    first.close()
    second = MainWindow(visits_db, "uk", gui_settings)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (790, 587)
    assert second.current_area() == "partners"
    assert second.splitter.sizes()[0] == first.splitter.sizes()[0]


def test_model_passes_qt_model_checks(window: MainWindow, qtmodeltester: object) -> None:
    qtmodeltester.check(window.delegations.model)  # type: ignore[attr-defined]
