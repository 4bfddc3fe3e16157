"""The Delegations area as the officer narrows it down: by direction, status, programme measure
and period, with typed text on top; Delete asks and Edit > Undo brings the visit back; Enter on
a row, or in the search line, opens the editor."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QMessageBox
from pytestqt.qtbot import QtBot

from planner.domain.enums import DelegationStatus, Direction
from planner.domain.errors import NotFoundError
from planner.domain.records import Delegation, DelegationFilter, Measure
from planner.gui.delegation_model import TITLE
from planner.gui.delegations_area import DelegationsArea
from planner.gui.main_window import MainWindow
from planner.services.delegations import (
    count_delegations,
    get_delegation,
    list_delegations,
    save_delegation,
)
from planner.services.programmes import list_programmes
from planner.services.workspace import Database
from tests.gui.helpers import VISITS, answer_next_box, type_text

pytestmark = pytest.mark.gui

PRAGUE = "Делегація міського району Прага 6 на День міста"
EUROCITIES = "Євроміста: щорічна конференція"
GENDER = "Ґендерна рівність: онлайн-зустріч"
UAID = "Іноземні інвестори: зустріч із фондом UAID"
SILISTRA = "Їжа та культура: фестиваль у Сілістрі"
KRAKOW = "Візит делегації Кракова"
VILNIUS = "Скасована поїздка до Вільнюса"


def _measures(db: Database) -> dict[str, Measure]:
    [programme, *_] = list_programmes(db)
    return {m.code: m for section in programme.sections for m in section.measures}


@pytest.fixture
def window(qtbot: QtBot, visits_db: Database, gui_settings: QSettings) -> MainWindow:
    """The fixture's five planned visits, one of them (Prague) under measure 1.1, and two
    more: a confirmed one under 1.1 and a cancelled one under 1.2."""
    measures = _measures(visits_db)
    [prague] = list_delegations(visits_db, DelegationFilter(text="Прага"))
    save_delegation(visits_db, replace(get_delegation(visits_db, prague.id),
                                       measure_ids=(measures["1.1"].id,)))  # fmt: skip
    save_delegation(visits_db, Delegation(
        direction=Direction.INCOMING, title_uk=KRAKOW, start_date=date(2024, 3, 10),
        end_date=date(2024, 3, 12), status=DelegationStatus.CONFIRMED,
        measure_ids=(measures["1.1"].id,),  # type: ignore[arg-type]
    ))  # fmt: skip
    save_delegation(visits_db, Delegation(
        direction=Direction.OUTGOING, title_uk=VILNIUS, start_date=date(2024, 11, 5),
        end_date=date(2024, 11, 7), status=DelegationStatus.CANCELLED,
        measure_ids=(measures["1.2"].id,),  # type: ignore[arg-type]
    ))  # fmt: skip
    window = MainWindow(visits_db, "uk", gui_settings)
    qtbot.addWidget(window)
    window.show()
    window.show_area("delegations")
    qtbot.waitExposed(window)
    _activate(window, qtbot)
    return window


def _activate(window: MainWindow, qtbot: QtBot) -> None:
    """Make the window the active one, as the desktop does when a message box over it closes
    (the offscreen platform has no window manager to do it)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _titles(area: DelegationsArea) -> list[str]:
    return [area.model.index(row, TITLE).data() for row in range(area.model.rowCount())]


def _choose(qtbot: QtBot, combo: QComboBox, data: object) -> None:
    """Pick the entry whose data is ``data`` with the keyboard, as from the drop-down."""
    wanted = combo.findData(data)
    assert wanted >= 0, data
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(wanted):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == wanted


def _type_date(qtbot: QtBot, edit: QDateEdit, day: date) -> None:
    """Tab into a dd.MM.yyyy field (its day is selected) and type the date's digits."""
    edit.clearFocus()
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(edit, f"{day:%d%m%Y}")
    assert edit.date().toPython() == day


def _click_row(qtbot: QtBot, area: DelegationsArea, title: str) -> int:
    [row] = [r for r, t in enumerate(_titles(area)) if t == title]
    rect = area.table.visualRect(area.model.index(row, TITLE))
    qtbot.mouseClick(area.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    delegation_id = area.selected_id()
    assert delegation_id is not None
    return delegation_id


def test_all_delegations_are_listed_at_first(window: MainWindow) -> None:
    area = window.delegations
    assert _titles(area) == [KRAKOW, GENDER, EUROCITIES, SILISTRA, PRAGUE, UAID, VILNIUS]
    assert not area.period_from.isEnabled() and not area.period_until.isEnabled()
    assert area.direction.currentText() == QCoreApplication.translate(
        "DelegationsArea", "All directions"
    )


def test_filtering_by_direction(window: MainWindow, qtbot: QtBot) -> None:
    area = window.delegations
    _choose(qtbot, area.direction, Direction.OUTGOING.value)
    assert _titles(area) == [EUROCITIES, SILISTRA, VILNIUS]
    _choose(qtbot, area.direction, Direction.ONLINE.value)
    assert _titles(area) == [GENDER]
    _choose(qtbot, area.direction, None)
    assert len(_titles(area)) == len(VISITS) + 2
    assert window.count_label.text() == QCoreApplication.translate(
        "MainWindow", "Delegations: %1"
    ).replace("%1", str(len(VISITS) + 2))


def test_filtering_by_status(window: MainWindow, qtbot: QtBot) -> None:
    area = window.delegations
    _choose(qtbot, area.status, DelegationStatus.CANCELLED.value)
    assert _titles(area) == [VILNIUS]
    _choose(qtbot, area.status, DelegationStatus.CONFIRMED.value)
    assert _titles(area) == [KRAKOW]
    _choose(qtbot, area.status, DelegationStatus.DRAFT.value)
    assert _titles(area) == []
    assert window.count_label.text() == QCoreApplication.translate(
        "MainWindow", "Delegations: %1"
    ).replace("%1", "0")


def test_filtering_by_programme_measure(
    window: MainWindow, qtbot: QtBot, visits_db: Database
) -> None:
    area = window.delegations
    measures = _measures(visits_db)
    assert area.measure.itemText(area.measure.findData(measures["1.1"].id)).startswith("1.1 ")
    _choose(qtbot, area.measure, measures["1.1"].id)
    assert _titles(area) == [KRAKOW, PRAGUE]
    _choose(qtbot, area.measure, measures["1.2"].id)
    assert _titles(area) == [VILNIUS]
    _choose(qtbot, area.measure, measures["1.3"].id)
    assert _titles(area) == []


def test_filtering_by_period(window: MainWindow, qtbot: QtBot) -> None:
    area = window.delegations
    area.period.setFocus()
    qtbot.keyClick(area.period, Qt.Key.Key_Space)  # tick the box
    assert area.period.isChecked()
    assert area.period_from.isEnabled() and area.period_until.isEnabled()
    _type_date(qtbot, area.period_from, date(2024, 6, 1))
    _type_date(qtbot, area.period_until, date(2024, 9, 30))
    # Visits that overlap the period, even by a day, are in it.
    assert _titles(area) == [SILISTRA, PRAGUE]
    _type_date(qtbot, area.period_until, date(2024, 10, 1))
    assert _titles(area) == [SILISTRA, PRAGUE, UAID]

    rect = area.period.rect()
    qtbot.mouseClick(area.period, Qt.MouseButton.LeftButton, pos=rect.center())  # untick
    assert not area.period.isChecked()
    assert not area.period_from.isEnabled()
    assert len(_titles(area)) == len(VISITS) + 2


def test_filters_combine_with_typed_text(window: MainWindow, qtbot: QtBot) -> None:
    area = window.delegations
    area.search.setFocus()
    type_text(area.search, "зустріч")
    assert _titles(area) == [GENDER, UAID]
    _choose(qtbot, area.direction, Direction.INCOMING.value)
    assert _titles(area) == [UAID]
    _choose(qtbot, area.direction, None)
    _choose(qtbot, area.status, DelegationStatus.PLANNED.value)
    area.search.clear()
    type_text(area.search, "делегац")
    assert _titles(area) == [PRAGUE]  # Krakow's visit is confirmed, not planned
    _choose(qtbot, area.status, None)
    assert _titles(area) == [KRAKOW, PRAGUE]


def test_delete_key_asks_and_then_deletes_and_undo_brings_it_back(
    window: MainWindow, qtbot: QtBot, visits_db: Database
) -> None:
    area = window.delegations
    delegation_id = _click_row(qtbot, area, SILISTRA)
    area.table.setFocus()

    seen: list[str] = []
    answer_next_box(QMessageBox.StandardButton.No, seen)
    qtbot.keyClick(area.table, Qt.Key.Key_Delete)
    assert SILISTRA in seen[0]
    assert get_delegation(visits_db, delegation_id)  # kept
    assert SILISTRA in _titles(area)

    _activate(window, qtbot)
    area.table.setFocus()
    answer_next_box(QMessageBox.StandardButton.Yes)
    qtbot.keyClick(area.table, Qt.Key.Key_Delete)
    with pytest.raises(NotFoundError):
        get_delegation(visits_db, delegation_id)
    assert SILISTRA not in _titles(area)
    assert count_delegations(visits_db) == len(VISITS) + 1

    edit_menu = next(a.menu() for a in window.menuBar().actions()
                     if a.text() == QCoreApplication.translate("MainWindow", "&Edit"))  # fmt: skip
    [undo] = [a for a in edit_menu.actions() if a is window.undo_action]
    assert undo.isEnabled()
    undo.trigger()
    assert get_delegation(visits_db, delegation_id).title_uk == SILISTRA
    assert SILISTRA in _titles(area)


def test_delete_with_nothing_selected_asks_nothing(
    window: MainWindow, qtbot: QtBot, visits_db: Database
) -> None:
    area = window.delegations
    area.table.setFocus()
    area.table.clearSelection()
    qtbot.keyClick(area.table, Qt.Key.Key_Delete)  # a box left open would fail the test
    assert count_delegations(visits_db) == len(VISITS) + 2


def test_enter_on_a_row_opens_the_editor(
    window: MainWindow, qtbot: QtBot, visits_db: Database
) -> None:
    area = window.delegations
    delegation_id = _click_row(qtbot, area, EUROCITIES)
    area.table.setFocus()
    qtbot.keyClick(area.table, Qt.Key.Key_Return)
    editor = window.editors[delegation_id]
    qtbot.waitExposed(editor)
    assert editor.loaded.title_uk == EUROCITIES
    assert editor.title_uk.text() == EUROCITIES
    assert list(window.editors) == [delegation_id]


def test_return_in_the_search_opens_the_first_match(
    window: MainWindow, qtbot: QtBot, visits_db: Database
) -> None:
    area = window.delegations
    area.search.setFocus()
    type_text(area.search, "зустріч")
    assert _titles(area) == [GENDER, UAID]
    qtbot.keyClick(area.search, Qt.Key.Key_Return)
    [gender] = list_delegations(visits_db, DelegationFilter(text="Ґендерна"))
    assert list(window.editors) == [gender.id]
    qtbot.waitExposed(window.editors[gender.id])
    assert window.editors[gender.id].title_uk.text() == GENDER


def test_return_in_the_search_with_no_match_opens_nothing(window: MainWindow, qtbot: QtBot) -> None:
    area = window.delegations
    area.search.setFocus()
    type_text(area.search, "Антарктида")
    assert _titles(area) == []
    qtbot.keyClick(area.search, Qt.Key.Key_Return)
    assert window.editors == {}


def test_the_model_passes_qt_checks_after_filtering(
    window: MainWindow, qtbot: QtBot, visits_db: Database, qtmodeltester: object
) -> None:
    area = window.delegations
    _choose(qtbot, area.measure, _measures(visits_db)["1.1"].id)
    type_text(area.search, "делегац")
    assert _titles(area) == [KRAKOW, PRAGUE]
    qtmodeltester.check(area.model)  # type: ignore[attr-defined]
