"""Checklist tasks in the calendar export as to-dos (VTODO): read back by Mozilla's ical.js and
by icalendar, their states, scopes, language, folding, stable UIDs and SEQUENCE, and the
import that reads such a file and leaves its to-dos alone."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar

from planner.domain.enums import DelegationStatus, TaskCategory, TaskStatus
from planner.domain.records import Delegation, Task
from planner.exports.ics_import import read_calendar
from planner.services import checklists, delegations, settings
from planner.services.calendar import calendar_export, export_ics
from planner.services.calendar_import import import_calendar
from planner.storage.database import Database, open_database
from tests.exports.icaljs import read_with_icaljs
from tests.services import factories as make
from tests.storage.snapshots import count_rows

NOW = datetime(2024, 9, 1, 8, 0, tzinfo=UTC)
KYIV = ZoneInfo("Europe/Kyiv")


def task(db: Database, visit: Delegation, title_uk: str, due_on: date, **fields: Any) -> Task:
    assert visit.id is not None
    return checklists.save_task(
        db, Task(delegation_id=visit.id, title_uk=title_uk, due_on=due_on, **fields)
    )


def todos(path: Path) -> dict[str, icalendar.Todo]:
    """The file's to-dos as icalendar reads them, by SUMMARY."""
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(todo["SUMMARY"]): todo for todo in calendar.walk("VTODO")}


def three_states(db: Database) -> tuple[Delegation, Task, Task, Task]:
    """The Prague 6 visit with an open, a done and a cancelled task."""
    home = make.delegation(db, title_en="Prague 6 City Day")
    open_one = task(db, home, "Бронювання готелю", date(2024, 9, 10),
                    category=TaskCategory.ACCOMMODATION, assignee="Оксана Мельничук",
                    comment="Готель «Поділля», 6 номерів; підтвердити до п’ятниці")  # fmt: skip
    done = task(db, home, "Подячні листи", date(2024, 9, 20), title_en="Thank-you letters",
                category=TaskCategory.PROTOCOL)  # fmt: skip
    assert done.id is not None
    done = checklists.mark_task_done(db, done.id, done.version, date(2024, 9, 18))
    cancelled = task(db, home, "Замовити автобус", date(2024, 9, 25),
                     category=TaskCategory.TRANSPORT, status=TaskStatus.CANCELLED)  # fmt: skip
    return home, open_one, done, cancelled


def test_every_task_as_a_to_do_read_back_by_icaljs_and_icalendar(
    db: Database, tmp_path: Path
) -> None:
    home, open_one, _done, _cancelled = three_states(db)
    path = tmp_path / "prague.ics"
    summary = export_ics(db, path, delegation_id=home.id, now=NOW)
    assert (summary.visits, summary.events, summary.tasks) == (1, 0, 3)
    identity = settings.calendar_identity(db)
    visit_uid = f"delegation-{home.id}-{identity}@delegation-planner"
    noon = int(datetime(2024, 9, 18, 12, tzinfo=KYIV).timestamp())  # 09:00 UTC in summer

    read = {t["summary"]: t for t in read_with_icaljs(path)["todos"]}
    assert {s: (t["due"], t["due_is_date"], t["status"], t["completed"], t["percent"])
            for s, t in read.items()} == {
        "Бронювання готелю — Делегація Праги 6 на День міста":
            ("2024-09-10", True, "NEEDS-ACTION", None, None),
        "Подячні листи — Делегація Праги 6 на День міста":
            ("2024-09-20", True, "COMPLETED", noon, 100),
        "Замовити автобус — Делегація Праги 6 на День міста":
            ("2024-09-25", True, "CANCELLED", None, None),
    }  # fmt: skip
    hotel = read["Бронювання готелю — Делегація Праги 6 на День міста"]
    assert hotel["uid"] == f"task-{open_one.id}-{identity}@delegation-planner"
    assert hotel["description"] == (
        "Виконавець: Оксана Мельничук\n\nГотель «Поділля», 6 номерів; підтвердити до п’ятниці"
    )
    assert hotel["categories"] == ["проживання"]
    assert {t["related_to"] for t in read.values()} == {visit_uid}
    assert read_with_icaljs(path)["events"][0]["uid"] == visit_uid

    parsed = todos(path)
    assert set(parsed) == set(read)
    letters = parsed["Подячні листи — Делегація Праги 6 на День міста"]
    assert letters.decoded("DUE") == date(2024, 9, 20)
    assert letters.decoded("COMPLETED") == datetime(2024, 9, 18, 9, 0, tzinfo=UTC)
    assert int(letters["PERCENT-COMPLETE"]) == 100
    assert str(letters["STATUS"]) == "COMPLETED"
    assert letters["CATEGORIES"].cats == ["протокол"]
    assert str(letters["RELATED-TO"]) == visit_uid
    assert "ORGANIZER" in letters and "DTSTAMP" in letters
    assert "LAST-MODIFIED" not in letters  # a task keeps no time of its last change
    assert {str(t["STATUS"]) for t in parsed.values()} == {"NEEDS-ACTION", "COMPLETED",
                                                           "CANCELLED"}  # fmt: skip
    assert "COMPLETED" not in parsed["Замовити автобус — Делегація Праги 6 на День міста"]


def test_in_english_the_english_titles_and_categories(db: Database, tmp_path: Path) -> None:
    three_states(db)
    path = tmp_path / "en.ics"
    export_ics(db, path, language="en", now=NOW)
    read = {t["summary"]: t for t in read_with_icaljs(path)["todos"]}
    # English where it was written; the task without an English title stays in Ukrainian.
    assert sorted(read) == [
        "Thank-you letters — Prague 6 City Day",
        "Бронювання готелю — Prague 6 City Day",
        "Замовити автобус — Prague 6 City Day",
    ]
    assert read["Thank-you letters — Prague 6 City Day"]["categories"] == ["protocol"]
    assert read["Бронювання готелю — Prague 6 City Day"]["description"].startswith(
        "Assignee: Оксана Мельничук\n\n"
    )


def test_a_cancelled_visits_tasks_come_as_cancelled(db: Database, tmp_path: Path) -> None:
    home, *_ = three_states(db)
    home = delegations.get_delegation(db, home.id)
    delegations.save_delegation(db, replace(home, status=DelegationStatus.CANCELLED))
    path = tmp_path / "cancelled.ics"
    export_ics(db, path, now=NOW)
    by_title = {t["summary"].split(" — ")[0]: t["status"] for t in read_with_icaljs(path)["todos"]}
    # The open task is cancelled with the visit; the letters that went out stay done.
    assert by_title == {"Бронювання готелю": "CANCELLED", "Подячні листи": "COMPLETED",
                        "Замовити автобус": "CANCELLED"}  # fmt: skip


def test_deleted_tasks_and_deleted_visits_tasks_are_left_out(db: Database, tmp_path: Path) -> None:
    _home, open_one, _done, _cancelled = three_states(db)
    assert open_one.id is not None
    checklists.delete_task(db, open_one.id, open_one.version)
    other = make.delegation(db, "Видалений візит", dates=(date(2024, 10, 1), date(2024, 10, 2)))
    task(db, other, "Завдання видаленого візиту", date(2024, 9, 30))
    delegations.delete_delegation(db, other.id, delegations.get_delegation(db, other.id).version)
    path = tmp_path / "deleted.ics"
    summary = export_ics(db, path, now=NOW)
    assert summary.tasks == 2
    assert sorted(t["summary"].split(" — ")[0] for t in read_with_icaljs(path)["todos"]) == [
        "Замовити автобус", "Подячні листи",
    ]  # fmt: skip


def test_a_period_holds_the_tasks_due_in_it(db: Database, tmp_path: Path) -> None:
    home = make.delegation(db)  # 27-29 September
    task(db, home, "Офіційне запрошення", date(2024, 8, 13))
    task(db, home, "Підготувати подарунки", date(2024, 9, 24))
    task(db, home, "Прес-реліз за підсумками", date(2024, 9, 30))
    path = tmp_path / "period.ics"
    summary = export_ics(db, path, first=date(2024, 9, 1), last=date(2024, 9, 25), now=NOW)
    # Only the gifts are due in the period; the visit itself is not in it, so it is not
    # written and the to-do names no parent.
    assert (summary.visits, summary.tasks) == (0, 1)
    (gifts,) = read_with_icaljs(path)["todos"]
    assert gifts["summary"].startswith("Підготувати подарунки — ")
    assert gifts["related_to"] is None
    (visit,) = calendar_export(db, first=date(2024, 9, 1), last=date(2024, 9, 25))
    assert not visit.show_visit and visit.events == ()
    path = tmp_path / "visit.ics"
    export_ics(db, path, first=date(2024, 9, 26), last=date(2024, 10, 31), now=NOW)
    assert [t["summary"].split(" — ")[0] for t in read_with_icaljs(path)["todos"]] == [
        "Прес-реліз за підсумками"
    ]


def test_a_persons_itinerary_has_no_tasks_and_tasks_can_be_left_out(
    db: Database, tmp_path: Path
) -> None:
    home, *_ = three_states(db)
    guest = make.person(db)
    make.participant(db, home, guest)
    path = tmp_path / "itinerary.ics"
    summary = export_ics(db, path, person_id=guest.id, with_tasks=True, now=NOW)
    assert (summary.visits, summary.tasks) == (1, 0)
    assert read_with_icaljs(path)["todos"] == []
    path = tmp_path / "no-tasks.ics"
    summary = export_ics(db, path, delegation_id=home.id, with_tasks=False, now=NOW)
    assert (summary.visits, summary.tasks) == (1, 0)
    assert b"VTODO" not in path.read_bytes()
    assert all(v.tasks == () for v in calendar_export(db, with_tasks=False))


def test_a_long_cyrillic_summary_is_folded_on_letters(db: Database, tmp_path: Path) -> None:
    home = make.delegation(db)
    long_title = (
        "Погодити з Державною службою охорони маршрут кортежу від аеропорту до Сесійної зали "
        "міської ради, час перекриття вулиць і місця стоянки; надіслати схему до посольства"
    )
    task(db, home, long_title, date(2024, 9, 20), comment="Контакт у ДСО — черговий, \\ ext")
    path = tmp_path / "long.ics"
    export_ics(db, path, now=NOW)
    physical = path.read_bytes().split(b"\r\n")
    assert physical[-1] == b"" and max(len(line) for line in physical) <= 75
    assert sum(line.startswith(b" ") for line in physical) >= 5
    for line in physical:
        line.decode()  # no letter is cut in two
    expected = f"{long_title} — Делегація Праги 6 на День міста"
    (read,) = read_with_icaljs(path)["todos"]
    assert read["summary"] == expected
    assert read["description"] == "Контакт у ДСО — черговий, \\ ext"
    assert list(todos(path)) == [expected]


def test_uids_stay_and_the_sequence_rises_when_a_task_is_done(db: Database, tmp_path: Path) -> None:
    home = make.delegation(db)
    letters = task(db, home, "Подячні листи", date(2024, 9, 30))
    task(db, home, "Підготувати подарунки", date(2024, 9, 24))
    assert letters.id is not None

    def read(name: str) -> dict[str, tuple[str, int]]:
        export_ics(db, tmp_path / name, now=NOW)
        return {t["summary"].split(" — ")[0]: (t["uid"], t["sequence"])
                for t in read_with_icaljs(tmp_path / name)["todos"]}  # fmt: skip

    first, again = read("first.ics"), read("again.ics")
    assert first == again
    assert {sequence for _uid, sequence in first.values()} == {0}
    checklists.mark_task_done(db, letters.id, letters.version, date(2024, 9, 30))
    done = read("done.ics")
    assert {title: uid for title, (uid, _s) in done.items()} == {
        title: uid for title, (uid, _s) in first.items()
    }
    assert done["Подячні листи"][1] == 1 and done["Підготувати подарунки"][1] == 0
    # Cancelling the visit is a new revision of its tasks as well.
    visit = delegations.get_delegation(db, home.id)
    delegations.save_delegation(db, replace(visit, status=DelegationStatus.CANCELLED))
    cancelled = read("cancelled.ics")
    assert cancelled["Подячні листи"][1] > done["Подячні листи"][1]
    assert cancelled["Підготувати подарунки"][1] > done["Підготувати подарунки"][1]


def test_a_file_with_to_dos_imports_its_events_only(db: Database, tmp_path: Path) -> None:
    home, *_ = three_states(db)
    make.agenda_item(db, home, home.start_date)
    path = tmp_path / "with-tasks.ics"
    export_ics(db, path, delegation_id=home.id, now=NOW)
    assert path.read_bytes().count(b"BEGIN:VTODO") == 3
    calendar = read_calendar(path.read_bytes())
    assert len(calendar.events) == 2  # the visit and its one item; no to-do
    assert not any(e.uid.startswith("task-") for e in calendar.events)
    other = open_database(tmp_path / "colleague.sqlite3")
    try:
        done = import_calendar(other, calendar, delegation_id=None)
        assert len(done.created) == 1
        # The visit's own all-day event is left out, as always; nothing else is.
        assert [e.uid for e in done.skipped] == [calendar.events[0].uid]
        assert calendar.events[0].uid.startswith("delegation-")
        assert count_rows(other, "agenda_item") == 1
        assert count_rows(other, "task") == 0
    finally:
        other.close()
