"""Conflicts in the window: the list (View > Conflicts), the marks in the calendar and the
note in the delegation editor, all following the database."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner.domain.conflicts import Severity
from planner.domain.records import AgendaItem, Participation, Person
from planner.domain.zones import at
from planner.gui.calendar_area import CalendarArea, Mode
from planner.gui.conflicts_view import ConflictsWindow, ConflictTableModel
from planner.gui.delegation_editor import DelegationEditor
from planner.gui.main_window import MainWindow
from planner.gui.workbench import Workbench
from planner.services.agenda import save_agenda_item
from planner.services.delegations import list_delegations
from planner.services.people import save_participation, save_person

pytestmark = pytest.mark.gui

CITY_DAY = date(2024, 9, 27)


@pytest.fixture
def clash(workbench: Workbench) -> tuple[int, AgendaItem, AgendaItem]:
    """The mayor down for a reception and a tour at the same hour."""
    db = workbench.db
    prague = next(r.id for r in list_delegations(db) if r.title_uk.startswith("Делегація"))
    mayor = save_person(db, Person(family_name="Симчишин", given_names="Олександр",
                                   position="міський голова"))  # fmt: skip
    assert mayor.id is not None
    save_participation(db, Participation(delegation_id=prague, person_id=mayor.id))
    starts = at(CITY_DAY, 10, 0, "Europe/Kyiv")
    items = [
        save_agenda_item(
            db,
            AgendaItem(
                delegation_id=prague,
                starts_at=starts + timedelta(minutes=30 * n),
                ends_at=starts + timedelta(minutes=30 * n + 60),
                title_uk=title,
                attendee_person_ids=(mayor.id,),
            ),
        )
        for n, title in enumerate(("Прийом у міського голови", "Екскурсія містом"))
    ]
    return prague, items[0], items[1]


def test_the_list_explains_each_conflict_and_opens_its_item(
    qtbot: QtBot,
    qtmodeltester: object,
    workbench: Workbench,
    clash: tuple[int, AgendaItem, AgendaItem],
) -> None:
    prague, reception, _tour = clash
    opened: list[tuple[int, int]] = []
    workbench.open_agenda_item = lambda d, i: opened.append((d, i))
    window = ConflictsWindow(workbench)
    qtbot.addWidget(window)
    window.show()
    qtmodeltester.check(window.model)  # type: ignore[attr-defined]
    rows = [window.model.conflict(r) for r in range(window.model.rowCount())]
    person = [c for c in rows if c.rule.value == "person_overlap"]
    assert len(person) == 1 and person[0].severity is Severity.ERROR
    message = window.model.index(rows.index(person[0]), 2).data()
    assert "Симчишин" in message and "10:30" in message
    assert window.model.index(rows.index(person[0]), 0).data() == "Помилка"
    assert "Помилок: 1" in window.summary.text()
    window.table.setCurrentIndex(window.model.index(rows.index(person[0]), 2))
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert opened == [(prague, reception.id)]


def test_errors_only_and_a_mended_clash_leaves_the_list(
    qtbot: QtBot, workbench: Workbench, clash: tuple[int, AgendaItem, AgendaItem]
) -> None:
    _prague, _reception, tour = clash
    window = ConflictsWindow(workbench)
    qtbot.addWidget(window)
    window.errors_only.setChecked(True)
    assert all(window.model.conflict(r).severity is Severity.ERROR
               for r in range(window.model.rowCount()))  # fmt: skip
    assert window.model.rowCount() >= 1
    later = timedelta(hours=3)
    save_agenda_item(workbench.db, replace(tour, starts_at=tour.starts_at + later,
                                           ends_at=tour.ends_at + later))  # fmt: skip
    workbench.edits.changed.emit()
    assert window.model.rowCount() == 0
    assert window.summary.text() == "Накладок немає: усі програми узгоджені між собою."


def test_the_calendar_marks_the_clashing_items_and_says_why(
    qtbot: QtBot, workbench: Workbench, clash: tuple[int, AgendaItem, AgendaItem]
) -> None:
    _prague, reception, tour = clash
    area = CalendarArea(workbench, today=CITY_DAY)
    qtbot.addWidget(area)
    area.resize(1200, 800)
    area.show()
    area.set_mode(Mode.DAY)
    qtbot.waitUntil(lambda: area.conflicts_found, timeout=10_000)  # found off the window's thread
    area.day_view.hours.grab()
    marked = {h.item.item_id: h for h in area.day_view.hours.entries() if h.item is not None}
    assert marked[reception.id].item.conflicts and marked[tour.id].item.conflicts  # type: ignore[union-attr]
    assert "Симчишин" in marked[tour.id].tooltip("uk")
    # One person in two places at once is an error: marked red, not a warning's amber.
    from planner.gui.calendar_area import CAUTION, CONFLICT

    assert marked[tour.id].item.conflict_error  # type: ignore[union-attr]
    assert marked[tour.id].item.mark(CAUTION) == CONFLICT  # type: ignore[union-attr]


def test_a_warning_only_is_marked_amber(qtbot: QtBot, workbench: Workbench) -> None:
    """Two items back to back at different venues for one person: too little time between
    them, a warning."""
    from planner.domain.records import Venue
    from planner.gui.calendar_area import CAUTION, CONFLICT
    from planner.services.venues import save_venue

    db = workbench.db
    prague = next(r.id for r in list_delegations(db) if r.title_uk.startswith("Делегація"))
    guide = save_person(db, Person(family_name="Гуменюк", given_names="Сергій"))
    assert guide.id is not None
    save_participation(db, Participation(delegation_id=prague, person_id=guide.id))
    halls = [save_venue(db, Venue(name=name, city="Хмельницький")).id
             for name in ("Сесійна зала", "Музей історії міста")]  # fmt: skip
    starts = at(CITY_DAY, 10, 0, "Europe/Kyiv")
    items = [save_agenda_item(db, AgendaItem(
        delegation_id=prague, starts_at=starts + timedelta(hours=n),
        ends_at=starts + timedelta(hours=n + 1), title_uk=f"Пункт {n}", venue_id=halls[n],
        attendee_person_ids=(guide.id,))) for n in (0, 1)]  # fmt: skip
    area = CalendarArea(workbench, today=CITY_DAY)
    qtbot.addWidget(area)
    area.resize(1200, 800)
    area.show()
    area.set_mode(Mode.DAY)
    qtbot.waitUntil(lambda: area.conflicts_found, timeout=10_000)
    area.day_view.hours.grab()
    marked = {h.item.item_id: h.item for h in area.day_view.hours.entries() if h.item}
    second = marked[items[1].id]
    assert second.conflicts and not second.conflict_error
    assert second.mark(CONFLICT) == CAUTION


def test_the_delegation_editor_tells_its_conflicts(
    qtbot: QtBot, workbench: Workbench, clash: tuple[int, AgendaItem, AgendaItem]
) -> None:
    prague, _reception, tour = clash
    editor = DelegationEditor(workbench, prague)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.conflicts_shown, timeout=10_000)  # found off the thread
    assert editor.conflicts_note.isVisible()
    assert "Симчишин" in editor.conflicts_note.text()
    save_agenda_item(workbench.db, replace(tour, starts_at=tour.starts_at + timedelta(hours=3),
                                           ends_at=tour.ends_at + timedelta(hours=3)))  # fmt: skip
    workbench.edits.changed.emit()
    qtbot.waitUntil(lambda: editor.conflicts_shown, timeout=10_000)
    assert not editor.conflicts_note.isVisible()


def test_view_conflicts_opens_the_list_from_the_main_window(
    qtbot: QtBot, workbench: Workbench, clash: tuple[int, AgendaItem, AgendaItem]
) -> None:
    window = MainWindow(workbench.db, "uk", workbench.settings)
    qtbot.addWidget(window)
    window.show()
    window.conflicts_action.trigger()
    assert window.conflicts_window.isVisible()
    assert isinstance(window.conflicts_window.model, ConflictTableModel)
    assert window.conflicts_window.model.rowCount() >= 1
    window.conflicts_window.close()
