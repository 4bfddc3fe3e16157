"""``planner export ics`` end to end, against real SQLite files in temporary folders."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from planner.app import main
from planner.domain.enums import AgendaStatus, Direction, TaskCategory
from planner.domain.records import AgendaItem, Delegation, Participation, Person, Task
from planner.services.agenda import save_agenda_item
from planner.services.checklists import save_task
from planner.services.delegations import save_delegation
from planner.services.people import save_participation, save_person
from planner.services.workspace import open_database
from tests.exports.icaljs import read_with_icaljs


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    """A home visit with two items (one cancelled), a Taipei visit with one, and a guest."""
    path = tmp_path / "office.sqlite3"
    db = open_database(path)
    home = save_delegation(db, Delegation(
        direction=Direction.INCOMING, title_uk="Делегація Праги 6", title_en="Prague 6",
        start_date=date(2024, 9, 27), end_date=date(2024, 9, 29), place="Хмельницький",
    ))  # fmt: skip
    taipei = save_delegation(db, Delegation(
        direction=Direction.OUTGOING, title_uk="Саміт розумних міст", start_date=date(2024, 3, 18),
        end_date=date(2024, 3, 22), timezone="Asia/Taipei", country="TW", place="Тайбей",
    ))  # fmt: skip
    guest = save_person(db, Person(family_name="Ковальчук", given_names="Ґанна",
                                   phone="+380 67 000 00 00", email="hanna@example.org"))  # fmt: skip
    assert home.id is not None and taipei.id is not None and guest.id is not None
    save_participation(db, Participation(delegation_id=home.id, person_id=guest.id))
    kyiv, taipei_zone = ZoneInfo("Europe/Kyiv"), ZoneInfo("Asia/Taipei")
    save_agenda_item(db, AgendaItem(
        delegation_id=home.id, title_uk="Зустріч з міським головою", title_en="Meeting the mayor",
        starts_at=datetime(2024, 9, 27, 10, 0, tzinfo=kyiv),
        ends_at=datetime(2024, 9, 27, 11, 30, tzinfo=kyiv), attendee_person_ids=(guest.id,),
    ))  # fmt: skip
    save_agenda_item(db, AgendaItem(
        delegation_id=home.id, title_uk="Екскурсія", status=AgendaStatus.CANCELLED,
        starts_at=datetime(2024, 9, 28, 15, 0, tzinfo=kyiv),
        ends_at=datetime(2024, 9, 28, 17, 0, tzinfo=kyiv),
    ))  # fmt: skip
    save_agenda_item(db, AgendaItem(
        delegation_id=taipei.id, title_uk="Відкриття саміту",
        starts_at=datetime(2024, 3, 19, 9, 0, tzinfo=taipei_zone),
        ends_at=datetime(2024, 3, 19, 10, 0, tzinfo=taipei_zone),
    ))  # fmt: skip
    db.close()
    return path, {"home": home.id, "taipei": taipei.id, "guest": guest.id}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_export_writes_a_calendar_that_ical_js_reads(
    office: tuple[Path, dict[str, int]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ids = office
    target = tmp_path / "calendar.ics"
    code, out, err = run(capsys, "export", "ics", "--db", str(path), "--out", str(target))
    assert (code, out) == (0, f"{target}\n")
    assert err == "Календар: візитів 2, пунктів програми 3\n"
    read = read_with_icaljs(target)
    assert [(e["summary"], e["status"]) for e in read["events"]] == [
        ("Саміт розумних міст", "TENTATIVE"), ("Відкриття саміту", "TENTATIVE"),
        ("Делегація Праги 6", "TENTATIVE"), ("Зустріч з міським головою", "TENTATIVE"),
        ("Екскурсія", "CANCELLED"),
    ]  # fmt: skip
    assert read["events"][1]["start"] == int(
        datetime(2024, 3, 19, 1, 0, tzinfo=ZoneInfo("UTC")).timestamp()
    )
    assert "hanna@example.org" not in target.read_text(encoding="utf-8")


def test_scopes_language_utc_and_contacts(
    office: tuple[Path, dict[str, int]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, ids = office
    target = tmp_path / "calendar.ics"
    code, _, err = run(capsys, "export", "ics", "--db", str(path), "--out", str(target),
                       "--person", str(ids["guest"]), "--with-contacts", "--utc",
                       "--lang", "en")  # fmt: skip
    assert (code, err) == (0, "Calendar: 1 visits, 1 agenda items\n")
    text = target.read_bytes().decode().replace("\r\n ", "")
    assert "SUMMARY:Meeting the mayor" in text and "hanna@example.org" in text
    assert "DTSTART:20240927T070000Z" in text and "TZID" not in text
    code, _, err = run(capsys, "export", "ics", "--db", str(path), "--out", str(target),
                       "--from", "2024-03-01", "--to", "2024-03-31")  # fmt: skip
    assert (code, err) == (0, "Календар: візитів 1, пунктів програми 1\n")
    code, _, err = run(capsys, "export", "ics", "--db", str(path), "--out", str(target),
                       "--delegation", str(ids["home"]))  # fmt: skip
    assert (code, err) == (0, "Календар: візитів 1, пунктів програми 2\n")


def test_tasks_go_along_unless_left_out(
    office: tuple[Path, dict[str, int]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, ids = office
    db = open_database(path)
    save_task(db, Task(delegation_id=ids["home"], title_uk="Подячні листи", title_en="Thank-you "
                       "letters", due_on=date(2024, 9, 30), category=TaskCategory.PROTOCOL))  # fmt: skip
    db.close()
    target = tmp_path / "calendar.ics"
    code, _, err = run(capsys, "export", "ics", "--db", str(path), "--out", str(target),
                       "--lang", "en")  # fmt: skip
    assert (code, err) == (0, "Calendar: 2 visits, 3 agenda items, 1 tasks\n")
    (todo,) = read_with_icaljs(target)["todos"]
    assert (todo["summary"], todo["due"], todo["status"]) == (
        "Thank-you letters — Prague 6",
        "2024-09-30",
        "NEEDS-ACTION",
    )
    code, _, err = run(capsys, "export", "ics", "--db", str(path), "--out", str(target),
                       "--delegation", str(ids["home"]), "--no-tasks")  # fmt: skip
    assert (code, err) == (0, "Календар: візитів 1, пунктів програми 2\n")
    assert read_with_icaljs(target)["todos"] == []
    code, _, err = run(capsys, "export", "ics", "--db", str(path), "--out", str(target),
                       "--person", str(ids["guest"]), "--tasks")  # fmt: skip
    assert (code, err) == (0, "Календар: візитів 1, пунктів програми 1\n")  # no tasks


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (["--from", "2024-13-01"], "planner: «2024-13-01» не є датою. Формат: РРРР-ММ-ДД, напр. "
         "2024-09-27.\n"),
        (["--delegation", "999"], "planner: Делегацію №999 не знайдено.\n"),
        (["--person", "999"], "planner: Особу №999 не знайдено.\n"),
        (["--from", "2024-10-01", "--to", "2024-09-01"],
         "planner: «Дата завершення» не може бути раніше за початок.\n"),
    ],
)  # fmt: skip
def test_a_mistake_is_one_line_and_exit_2_and_nothing_written(
    office: tuple[Path, dict[str, int]], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    arguments: list[str], expected: str,
) -> None:  # fmt: skip
    path, _ids = office
    target = tmp_path / "calendar.ics"
    code, out, err = run(capsys, "export", "ics", "--db", str(path), "--out", str(target),
                         *arguments)  # fmt: skip
    assert (code, out, err) == (2, "", expected)
    assert not target.exists()


def test_a_folder_that_does_not_exist_is_one_line(
    office: tuple[Path, dict[str, int]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ids = office
    target = tmp_path / "missing" / "calendar.ics"
    code, out, err = run(capsys, "export", "ics", "--db", str(path), "--out", str(target),
                         "--lang", "en")  # fmt: skip
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and err.startswith("planner: Could not write the file")
