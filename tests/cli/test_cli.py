"""The command line end to end, against real SQLite files in temporary folders."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from planner.app import main
from planner.domain.enums import DelegationStatus, Direction
from planner.domain.records import AgendaItem, Delegation, GiftItem, Person
from planner.services.agenda import save_agenda_item
from planner.services.delegations import save_delegation
from planner.services.gifts import record_purchase, save_gift_item
from planner.services.people import save_person
from planner.services.workspace import open_database
from tests.storage.snapshots import file_digest
from tests.storage.test_migrations import make_first_schema_database


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    """A database with a home visit and a visit to Taipei, a person and a gift item."""
    path = tmp_path / "office.sqlite3"
    db = open_database(path)
    home = save_delegation(db, Delegation(
        direction=Direction.INCOMING, title_uk="Делегація Праги 6", title_en="Prague 6",
        start_date=date(2024, 9, 27), end_date=date(2024, 9, 29),
        status=DelegationStatus.CONFIRMED, place="Хмельницький",
    ))  # fmt: skip
    taipei = save_delegation(db, Delegation(
        direction=Direction.OUTGOING, title_uk="Саміт розумних міст", start_date=date(2024, 3, 18),
        end_date=date(2024, 3, 22), timezone="Asia/Taipei", country="TW", place="Тайбей",
    ))  # fmt: skip
    kyiv, taipei_zone = ZoneInfo("Europe/Kyiv"), ZoneInfo("Asia/Taipei")
    assert home.id is not None and taipei.id is not None
    save_agenda_item(db, AgendaItem(
        delegation_id=home.id, title_uk="Зустріч з міським головою",
        starts_at=datetime(2024, 9, 27, 10, 0, tzinfo=kyiv),
        ends_at=datetime(2024, 9, 27, 11, 30, tzinfo=kyiv),
    ))  # fmt: skip
    save_agenda_item(db, AgendaItem(
        delegation_id=taipei.id, title_uk="Відкриття саміту",
        starts_at=datetime(2024, 3, 19, 9, 0, tzinfo=taipei_zone),
        ends_at=datetime(2024, 3, 19, 10, 0, tzinfo=taipei_zone),
    ))  # fmt: skip
    save_person(db, Person(family_name="Ковальчук", given_names="Ґанна",
                           family_name_latin="Kovalchuk", given_names_latin="Hanna",
                           email="hanna@example.org", phone="+380 67 000 00 00"))  # fmt: skip
    item = save_gift_item(db, GiftItem(name_uk="Блокнот брендований", category="канцелярія",
                                       unit_cost=Decimal("85.00")))  # fmt: skip
    assert item.id is not None
    record_purchase(db, item.id, date(2024, 2, 1), 40, Decimal("85.00"))
    db.close()
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_list_delegations_as_json(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "list", "delegations", "--db", str(filled), "--json")
    assert (code, err) == (0, "")
    rows = json.loads(out)
    assert [r["title"] for r in rows] == ["Саміт розумних міст", "Делегація Праги 6"]
    first = rows[0]
    assert {"id", "title", "direction", "status", "start", "end", "timezone"} <= set(first)
    assert (first["direction"], first["start"], first["end"], first["timezone"]) == (
        "outgoing", "2024-03-18", "2024-03-22", "Asia/Taipei",
    )  # fmt: skip


def test_agenda_times_carry_their_utc_offset(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "list", "agenda", "--db", str(filled), "--json")
    assert code == 0
    rows = json.loads(out)
    assert [(r["title"], r["start"], r["end"]) for r in rows] == [
        ("Відкриття саміту", "2024-03-19T09:00:00+08:00", "2024-03-19T10:00:00+08:00"),
        ("Зустріч з міським головою", "2024-09-27T10:00:00+03:00", "2024-09-27T11:30:00+03:00"),
    ]
    assert {"id", "delegation_id", "venue"} <= set(rows[0])


def test_agenda_period(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list", "agenda", "--db", str(filled), "--json",
                       "--from", "2024-09-01", "--to", "2024-09-30")  # fmt: skip
    assert code == 0
    assert [r["title"] for r in json.loads(out)] == ["Зустріч з міським головою"]


def test_people_search_in_any_case(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list", "people", "--db", str(filled), "--json", "--search", "ҐАННА")
    assert code == 0
    (person,) = json.loads(out)
    assert (person["family_name"], person["email"], person["phone"]) == (
        "Ковальчук", "hanna@example.org", "+380 67 000 00 00",
    )  # fmt: skip
    assert isinstance(person["id"], int)


def test_readable_table(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list", "gifts", "--db", str(filled))
    assert code == 0
    header, row = out.splitlines()
    assert header.split()[:3] == ["id", "name", "name_en"]
    assert "Блокнот брендований" in row and "40" in row.split()


def test_missing_database_is_one_clear_line_and_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere.sqlite3"
    code, out, err = run(capsys, "list", "delegations", "--db", str(missing))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "не існує" in err and "Traceback" not in err
    assert not missing.exists()


def test_bad_date_in_english(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "list", "agenda", "--db", str(filled), "--lang", "en",
                       "--from", "2024-13-01")  # fmt: skip
    assert code == 2
    assert err.strip() == "planner: “2024-13-01” is not a date. Use YYYY-MM-DD, e.g. 2024-09-27."


def test_an_unknown_delegation_id(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "list", "agenda", "--db", str(filled), "--delegation", "999")
    assert (code, out) == (2, "")
    assert err == "planner: Делегацію №999 не знайдено.\n"


def test_a_file_that_is_not_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("це не база даних\n" * 200, encoding="utf-8")
    code, _, err = run(capsys, "check", "--db", str(notes))
    assert code == 2 and "не є базою даних планувальника" in err
    assert notes.read_text(encoding="utf-8").startswith("це не база даних")


def test_check_passes_then_finds_tampering(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "check", "--db", str(filled))
    assert code == 0 and out.startswith("Усе гаразд")
    with sqlite3.connect(filled) as connection:
        connection.execute("UPDATE gift_item SET quantity_on_hand = 99")
    code, out, _ = run(capsys, "check", "--db", str(filled), "--json", "--lang", "en")
    report = json.loads(out)
    assert code == 1 and report["ok"] is False
    assert [f["code"] for f in report["findings"]] == ["stock_total"]
    assert "stock is 99 but its movements add up to 40" in report["findings"][0]["message"]


def test_demo_year_then_refuses_to_overwrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "demo.sqlite3"
    code, out, _ = run(capsys, "demo", "--db", str(target), "--year", "2024")
    assert code == 0 and out.strip() == str(target)
    code, out, _ = run(capsys, "list", "delegations", "--db", str(target), "--json")
    rows = json.loads(out)
    assert len(rows) >= 30 and {r["direction"] for r in rows} == {"incoming", "outgoing", "online"}
    assert all(r["start"].startswith("2024") for r in rows)
    code, _, err = run(capsys, "demo", "--db", str(target))
    assert code == 2 and "уже існує" in err
    code, out, _ = run(capsys, "check", "--db", str(target))
    assert code == 0, out


def test_the_installed_command_runs(filled: Path) -> None:
    """Through a real process, as a user runs it."""
    result = subprocess.run(
        [sys.executable, "-m", "planner", "list", "partners", "--db", str(filled), "--json"],
        capture_output=True, text=True, check=False, encoding="utf-8",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_a_year_out_of_range_is_refused_before_anything_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["demo", "--db", str(tmp_path / "demo.sqlite3"), "--year", "0"])
    assert exited.value.code == 2
    assert "a year from 2000 to 2100" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_an_absurd_date_is_one_line(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "list", "agenda", "--db", str(filled),
                       "--from", "01.01.99999999999999999999")  # fmt: skip
    assert code == 2 and err.count("\n") == 1 and "не є датою" in err


def test_a_demo_into_a_folder_that_does_not_exist(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "demo", "--db", str(tmp_path / "no" / "such" / "demo.sqlite3"))
    assert code == 0  # the folders are made, as for the user's own data folder
    assert (tmp_path / "no" / "such" / "demo.sqlite3").exists()
    assert [p.name for p in (tmp_path / "no" / "such").iterdir()] == ["demo.sqlite3"]
    assert "delegations" in err


def test_a_demo_where_nothing_can_be_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    code, out, err = run(capsys, "demo", "--db", str(blocker / "demo.sqlite3"))
    assert (code, out) == (2, "")
    assert err.startswith("planner: Не вдалося відкрити базу даних:") and err.count("\n") == 1


def test_a_reader_that_stops_early_is_no_error(filled: Path) -> None:
    """``planner list … | head -c 1``: the pipe closes long before the list ends."""
    with sqlite3.connect(filled) as connection:  # far more than a pipe's buffer holds
        connection.executemany(
            "INSERT INTO person (version, family_name, given_names, family_name_latin,"
            " given_names_latin, honorific, position, position_en, organisation, country,"
            " languages, email, phone, notes, dietary_needs, accessibility_needs,"
            " passport_name, passport_number, passport_country, search_text, sort_key)"
            " VALUES (1, ?, 'Олена', '', '', '', 'радниця', '', 'Міська рада', 'UA', '[]',"
            " '', '', '', '', '', '', '', '', '', '')",
            [(f"Петренко{i}",) for i in range(3000)],
        )
    connection.close()
    result = subprocess.run(
        f"'{sys.executable}' -m planner list people --db '{filled}' --json | head -c 1",
        shell=True, capture_output=True, text=True, check=False, encoding="utf-8",
    )  # fmt: skip
    assert result.stdout == "["
    assert result.stderr == ""


def test_check_reports_an_old_schema_and_leaves_the_file_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = tmp_path / "first-release.sqlite3"
    make_first_schema_database(f"sqlite:///{old}")
    before = file_digest(old)
    code, out, _ = run(capsys, "check", "--db", str(old), "--lang", "en")
    assert code == 1
    assert out.startswith("The database has schema 0001_first_schema; this planner uses")
    assert file_digest(old) == before
    assert [p.name for p in tmp_path.iterdir()] == [old.name]  # no backup, no upgrade


def test_check_reports_damage_as_a_finding(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = bytearray(filled.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 4096] = b"\xff" * 4096
    filled.write_bytes(bytes(data))
    code, out, _ = run(capsys, "check", "--db", str(filled), "--json")
    report = json.loads(out)
    assert code == 1 and report["ok"] is False
    assert [f["code"] for f in report["findings"]] == ["db_damaged"]
