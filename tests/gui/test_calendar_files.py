"""File > Export calendar… driven as the officer drives it: the scope, the language and the
contacts are chosen in the dialog, the file is written off the window's thread, and what it
holds is read back."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import icalendar
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from planner.domain.records import AgendaItem, Participation, Person, Task
from planner.domain.zones import at
from planner.gui.calendar_files import ExportCalendarDialog, ImportCalendarDialog
from planner.gui.main_window import MainWindow
from planner.gui.workbench import Workbench
from planner.services.agenda import list_agenda, save_agenda_item
from planner.services.checklists import save_task
from planner.services.delegations import list_delegations
from planner.services.people import save_participation, save_person
from tests.gui.helpers import answer_next_box

pytestmark = pytest.mark.gui


@pytest.fixture
def prague(workbench: Workbench) -> int:
    db = workbench.db
    delegation_id = next(r.id for r in list_delegations(db) if r.title_uk.startswith("Делегація"))
    guest = save_person(db, Person(family_name="Новак", given_names="Ян", phone="+420 000 000 111",
                                   email="jan.novak@example.cz", dietary_needs="без глютену"))  # fmt: skip
    assert guest.id is not None
    save_participation(db, Participation(delegation_id=delegation_id, person_id=guest.id))
    starts = at(date(2024, 9, 27), 10, 0, "Europe/Kyiv")
    save_agenda_item(db, AgendaItem(
        delegation_id=delegation_id, starts_at=starts, ends_at=starts + timedelta(hours=1),
        title_uk="Прийом у міського голови", title_en="Reception by the Mayor",
        responsible_person_id=guest.id, attendee_person_ids=(guest.id,)))  # fmt: skip
    return delegation_id


def _events(path: Path) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return list(calendar.walk("VEVENT"))


def _export(qtbot: QtBot, dialog: ExportCalendarDialog, path: Path,
            monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.export_button.click()


def test_one_delegation_from_the_file_menu_in_english_without_contacts(
    qtbot: QtBot,
    workbench: Workbench,
    prague: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow(workbench.db, "uk", workbench.settings)
    qtbot.addWidget(window)
    window.show()
    window.export_calendar_action.trigger()
    dialog = window.export_dialog
    assert dialog.scopes["everything"].isChecked()
    dialog.scopes["delegation"].click()
    dialog.delegation.setCurrentIndex(dialog.delegation.findData(prague))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    target = tmp_path / "prague.ics"
    _export(qtbot, dialog, target, monkeypatch)
    events = _events(target)
    summaries = sorted(str(e["SUMMARY"]) for e in events)
    assert summaries == ["Prague 6 delegation for City Day", "Reception by the Mayor"]
    text = target.read_text(encoding="utf-8")
    for private in ("+420 000 000 111", "jan.novak@example.cz", "глютену"):
        assert private not in text
    assert "Календар записано" in window.statusBar().currentMessage() or (
        "prague.ics" in window.statusBar().currentMessage())  # fmt: skip


def test_contacts_go_along_only_when_asked(
    qtbot: QtBot,
    workbench: Workbench,
    prague: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = ExportCalendarDialog(workbench, None, prague)
    qtbot.addWidget(dialog)
    assert dialog.scopes["delegation"].isChecked()  # opened for one delegation
    dialog.with_contacts.setChecked(True)
    target = tmp_path / "with-contacts.ics"
    _export(qtbot, dialog, target, monkeypatch)
    text = icalendar.Calendar.from_ical(target.read_bytes()).to_ical().decode()
    assert "+420 000 000 111" in text.replace("\r\n ", "")
    assert "глютену" not in text


def test_checklist_tasks_go_along_as_to_dos_unless_unticked(
    qtbot: QtBot,
    workbench: Workbench,
    prague: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    save_task(workbench.db, Task(delegation_id=prague, title_uk="Подячні листи",
                                 due_on=date(2024, 9, 30), assignee="Оксана Мельничук"))  # fmt: skip
    dialog = ExportCalendarDialog(workbench, None, prague)
    qtbot.addWidget(dialog)
    assert dialog.with_tasks.isChecked() and dialog.with_tasks.isEnabled()
    target = tmp_path / "with-tasks.ics"
    _export(qtbot, dialog, target, monkeypatch)
    assert dialog.summary is not None and dialog.summary.tasks == 1
    (todo,) = icalendar.Calendar.from_ical(target.read_bytes()).walk("VTODO")
    assert str(todo["SUMMARY"]).startswith("Подячні листи — ")
    assert todo.decoded("DUE") == date(2024, 9, 30)
    assert str(todo["STATUS"]) == "NEEDS-ACTION"

    dialog = ExportCalendarDialog(workbench, None, prague)
    qtbot.addWidget(dialog)
    dialog.with_tasks.setChecked(False)
    target = tmp_path / "without-tasks.ics"
    _export(qtbot, dialog, target, monkeypatch)
    assert b"VTODO" not in target.read_bytes() and _events(target)

    dialog = ExportCalendarDialog(workbench, None)
    qtbot.addWidget(dialog)
    dialog.scopes["person"].click()  # an itinerary has no tasks
    assert dialog.with_tasks.isChecked() and not dialog.with_tasks.isEnabled()
    assert dialog.export_arguments()["with_tasks"] is False
    dialog.scopes["everything"].click()
    assert dialog.with_tasks.isEnabled() and dialog.export_arguments()["with_tasks"] is True


def test_a_period_that_ends_before_it_begins_is_refused_and_nothing_written(
    qtbot: QtBot,
    workbench: Workbench,
    prague: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = ExportCalendarDialog(workbench, None)
    qtbot.addWidget(dialog)
    dialog.scopes["period"].click()
    assert dialog.first.isEnabled() and not dialog.delegation.isEnabled()
    dialog.first.setDate(dialog.last.date().addDays(5))
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: asked.append("file") or (str(tmp_path / "x.ics"), ""))  # fmt: skip
    seen: list[str] = []
    answer_next_box(QMessageBox.StandardButton.Ok, seen)
    dialog.export_button.click()
    assert seen == ["Період закінчується раніше, ніж починається."]
    assert asked == [] and not (tmp_path / "x.ics").exists()


def test_a_period_holds_the_visits_that_touch_it(
    qtbot: QtBot,
    workbench: Workbench,
    prague: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = ExportCalendarDialog(workbench, None)
    qtbot.addWidget(dialog)
    dialog.scopes["period"].click()
    dialog.first.setDate(dialog.first.date().fromString("2024-09-29", "yyyy-MM-dd"))
    dialog.last.setDate(dialog.last.date().fromString("2024-10-01", "yyyy-MM-dd"))
    target = tmp_path / "period.ics"
    _export(qtbot, dialog, target, monkeypatch)
    summaries = {str(e["SUMMARY"]) for e in _events(target)}
    assert summaries == {"Делегація міського району Прага 6 на День міста",
                         "Іноземні інвестори: зустріч із фондом UAID"}  # fmt: skip


IMPORTS = Path(__file__).parents[1] / "data" / "ics_import"


def _import_dialog(qtbot: QtBot, window: MainWindow, name: str,
                   delegation_id: int | None = None) -> ImportCalendarDialog:  # fmt: skip
    window.import_calendar(str(IMPORTS / name), delegation_id)
    dialog = window.import_dialog
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def window(qtbot: QtBot, workbench: Workbench) -> MainWindow:
    main = MainWindow(workbench.db, "uk", workbench.settings)
    qtbot.addWidget(main)
    main.show()
    return main


def test_an_outlook_programme_is_shown_first_then_imported_and_undone(
    qtbot: QtBot,
    qtmodeltester: object,
    window: MainWindow,
    workbench: Workbench,
    prague: int,
) -> None:
    before = len(list_agenda(workbench.db, prague))
    dialog = _import_dialog(qtbot, window, "outlook_prague6.ics", prague)
    assert dialog.into_existing.isChecked()
    assert dialog.model.rowCount() == 3
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    assert [dialog.model.index(r, 0).data() for r in range(3)] == ["створити"] * 3
    assert dialog.model.index(0, 2).data() == "Зустріч з міським головою"
    assert dialog.model.index(0, 1).data() == "27.09.2024 10:00–11:30"  # FLE = Kyiv
    assert len(list_agenda(workbench.db, prague)) == before  # a preview writes nothing
    dialog.import_button.click()
    titles = [a.title_uk for a in list_agenda(workbench.db, prague)]
    assert len(titles) == before + 3 and "Зустріч з міським головою" in titles
    editor = window.editors[prague]
    assert editor.tabs.currentWidget() is editor.programme
    editor.close()
    window.undo_action.trigger()
    assert len(list_agenda(workbench.db, prague)) == before
    window.redo_action.trigger()
    assert len(list_agenda(workbench.db, prague)) == before + 3


def test_importing_the_same_file_again_adds_nothing(
    qtbot: QtBot, window: MainWindow, workbench: Workbench, prague: int
) -> None:
    first = _import_dialog(qtbot, window, "outlook_prague6.ics", prague)
    first.import_button.click()
    count = len(list_agenda(workbench.db, prague))
    again = _import_dialog(qtbot, window, "outlook_prague6.ics", prague)
    assert [again.model.index(r, 0).data() for r in range(3)] == ["без змін"] * 3
    assert not again.import_button.isEnabled()  # nothing to do
    again.reject()
    assert len(list_agenda(workbench.db, prague)) == count


def test_a_new_delegation_is_made_for_a_programme_that_fits_no_visit(
    qtbot: QtBot, window: MainWindow, workbench: Workbench
) -> None:
    dialog = _import_dialog(qtbot, window, "google_taipei.ics")
    assert dialog.into_new.isChecked() and dialog.new_title.text()
    dialog.new_title.setText("Саміт у Тайбеї (програма від партнерів)")
    dialog.new_title.editingFinished.emit()
    dialog.import_button.click()
    made = [r for r in list_delegations(workbench.db)
            if r.title_uk == "Саміт у Тайбеї (програма від партнерів)"]  # fmt: skip
    assert len(made) == 1 and made[0].timezone == "Asia/Taipei"
    assert made[0].agenda_count == dialog.result.created.__len__()  # type: ignore[union-attr]


def test_events_outside_the_chosen_visit_cannot_be_imported_into_it(
    qtbot: QtBot, window: MainWindow, workbench: Workbench, prague: int
) -> None:
    uaid = next(r.id for r in list_delegations(workbench.db) if "UAID" in r.title_uk)
    dialog = _import_dialog(qtbot, window, "outlook_prague6.ics", uaid)
    assert not dialog.import_button.isEnabled()
    assert "поза датами візиту" in dialog.model.index(0, 4).data()
    assert "змініть дати візиту" in dialog.summary.text()


@pytest.mark.parametrize("name", ["broken_line.ics", "bad_dtstart.ics", "not_calendar.ics"])
def test_a_malformed_file_names_its_line_and_nothing_is_written(
    qtbot: QtBot, window: MainWindow, workbench: Workbench, name: str
) -> None:
    from tests.storage.snapshots import nothing_written

    seen: list[str] = []
    answer_next_box(QMessageBox.StandardButton.Ok, seen)
    with nothing_written(workbench.db):
        window.import_calendar(str(IMPORTS / "broken" / name))
    (message,) = seen
    assert message.startswith("Рядок ")
    assert getattr(window, "import_dialog", None) is None
