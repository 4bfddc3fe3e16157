"""``planner conflicts`` end to end, against real SQLite files in temporary folders."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from planner.app import main
from planner.domain.enums import Direction, ParticipantRole
from planner.domain.records import AgendaItem, Delegation, Participation, Person, Venue
from planner.services.agenda import save_agenda_item
from planner.services.delegations import save_delegation
from planner.services.people import save_participation, save_person
from planner.services.venues import save_venue
from planner.services.workspace import open_database

KYIV = ZoneInfo("Europe/Kyiv")
DAY = date(2024, 9, 27)


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(DAY.year, DAY.month, DAY.day, hour, minute, tzinfo=KYIV)


def office(path: Path, *, clash: bool) -> dict[str, int]:
    """Two visits on City Day with one host official: at two items at once (``clash``), or at
    two items one after another in different halls with five minutes between (a warning)."""
    db = open_database(path)
    ids: dict[str, int] = {}
    host = save_person(db, Person(family_name="Коваль", given_names="Ґанна",
                                  family_name_latin="Koval", given_names_latin="Hanna"))  # fmt: skip
    hall = save_venue(db, Venue(name="Сесійна зала", name_en="Session Hall"))
    school = save_venue(db, Venue(name="Ліцей № 17"))
    for key, title in (("prague", "Делегація Праги 6"), ("nefco", "Візит НЕФКО")):
        visit = save_delegation(db, Delegation(direction=Direction.INCOMING, title_uk=title,
                                               start_date=DAY, end_date=DAY))  # fmt: skip
        assert visit.id is not None and host.id is not None
        save_participation(db, Participation(delegation_id=visit.id, person_id=host.id,
                                             role=ParticipantRole.HOST_OFFICIAL))  # fmt: skip
        ids[key] = visit.id
    first = save_agenda_item(db, AgendaItem(
        delegation_id=ids["prague"], starts_at=at(10), ends_at=at(11, 30),
        title_uk="Зустріч у міського голови", title_en="Meeting with the Mayor",
        venue_id=hall.id, attendee_person_ids=(host.id,),
    ))  # fmt: skip
    starts = at(11) if clash else at(11, 35)
    second = save_agenda_item(db, AgendaItem(
        delegation_id=ids["nefco"], starts_at=starts, ends_at=starts + timedelta(hours=1),
        title_uk="Презентація проєктів", venue_id=school.id, attendee_person_ids=(host.id,),
    ))  # fmt: skip
    other = save_delegation(db, Delegation(direction=Direction.ONLINE, title_uk="Онлайн-зустріч",
                                           start_date=DAY, end_date=DAY))  # fmt: skip
    assert first.id is not None and second.id is not None and other.id is not None
    ids.update(first=first.id, second=second.id, other=other.id, host=host.id or 0)
    db.close()
    return ids


@pytest.fixture
def clashing(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    path = tmp_path / "clash.sqlite3"
    return path, office(path, clash=True)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_an_error_level_conflict_exits_with_1_and_reads_as_a_sentence(
    clashing: tuple[Path, dict[str, int]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = clashing
    code, out, err = run(capsys, "conflicts", "--db", str(path))
    assert (code, err) == (1, "")
    finding, summary = out.splitlines()
    assert finding == (
        "2024-09-27 11:00 +0300  помилка: Ґанна Коваль: водночас у двох пунктах програми — "
        "«Зустріч у міського голови» (27.09.2024 10:00–11:30; Делегація Праги 6) і "
        "«Презентація проєктів» (27.09.2024 11:00–12:00; Візит НЕФКО)."
    )
    assert summary == "Помилок: 1, попереджень: 0."


def test_json_with_ids_and_times_in_iso_8601(
    clashing: tuple[Path, dict[str, int]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, ids = clashing
    code, out, _ = run(capsys, "conflicts", "--db", str(path), "--json", "--lang", "en")
    assert code == 1
    (finding,) = json.loads(out)
    shown = ("rule", "severity", "moment", "item_ids", "delegation_ids", "person_ids",
             "venue_id")  # fmt: skip
    expected = {
        "rule": "person_overlap", "severity": "error", "moment": "2024-09-27T11:00:00+03:00",
        "item_ids": [ids["first"], ids["second"]], "delegation_ids": [ids["prague"], ids["nefco"]],
        "person_ids": [ids["host"]], "venue_id": None,
    }  # fmt: skip
    assert {k: finding[k] for k in shown} == expected
    assert finding["message"].startswith("Hanna Koval: in two agenda items at once — “Meeting")
    assert [(i["id"], i["title"], i["start"], i["end"]) for i in finding["items"]] == [
        (ids["first"], "Зустріч у міського голови", "2024-09-27T10:00:00+03:00",
         "2024-09-27T11:30:00+03:00"),
        (ids["second"], "Презентація проєктів", "2024-09-27T11:00:00+03:00",
         "2024-09-27T12:00:00+03:00"),
    ]  # fmt: skip


def test_warnings_alone_exit_with_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "tight.sqlite3"
    office(path, clash=False)
    code, out, _ = run(capsys, "conflicts", "--db", str(path), "--lang", "en")
    assert code == 0
    finding, summary = out.splitlines()
    assert finding.startswith("2024-09-27 11:35 +0300  warning: Hanna Koval: only 5 min between")
    assert summary == "Errors: 0, warnings: 1."


def test_a_delegation_and_a_period(
    clashing: tuple[Path, dict[str, int]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, ids = clashing
    code, out, _ = run(capsys, "conflicts", "--db", str(path), "--json",
                       "--delegation", str(ids["nefco"]))  # fmt: skip
    assert code == 1 and len(json.loads(out)) == 1
    code, out, _ = run(capsys, "conflicts", "--db", str(path), "--json",
                       "--delegation", str(ids["other"]))  # fmt: skip
    assert (code, json.loads(out)) == (0, [])
    code, out, _ = run(capsys, "conflicts", "--db", str(path), "--from", "2024-09-28")
    assert (code, out) == (0, "Конфліктів не знайдено.\n")
    code, out, _ = run(capsys, "conflicts", "--db", str(path), "--from", "27.09.2024",
                       "--to", "2024-09-27", "--json")  # fmt: skip
    assert code == 1 and len(json.loads(out)) == 1


def test_a_clean_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new.sqlite3"
    open_database(path).close()
    assert run(capsys, "conflicts", "--db", str(path), "--lang", "en") == (
        0, "No conflicts found.\n", "",
    )  # fmt: skip
    assert run(capsys, "conflicts", "--db", str(path), "--json") == (0, "[]\n", "")


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--delegation", "999"], "planner: Делегацію №999 не знайдено.\n"),
        (["--from", "2024-13-01"], "planner: «2024-13-01» не є датою."),
        (["--from", "2024-09-28", "--to", "2024-09-27"], "не може бути раніше за початок"),
    ],
)
def test_mistakes_are_one_line_and_exit_with_2(
    clashing: tuple[Path, dict[str, int]], capsys: pytest.CaptureFixture[str],
    args: list[str], said: str,
) -> None:  # fmt: skip
    path, _ = clashing
    code, out, err = run(capsys, "conflicts", "--db", str(path), *args)
    assert (code, out) == (2, "")
    assert said in err and err.count("\n") == 1


def test_a_missing_database_or_a_bad_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere.sqlite3"
    code, out, err = run(capsys, "conflicts", "--db", str(missing))
    assert (code, out) == (2, "") and "не існує" in err and not missing.exists()
    with pytest.raises(SystemExit) as exited:
        main(["conflicts", "--db", str(missing), "--delegation", "Прага"])
    assert exited.value.code == 2


def test_through_a_real_process(clashing: tuple[Path, dict[str, int]]) -> None:
    path, ids = clashing
    result = subprocess.run(
        [sys.executable, "-m", "planner", "conflicts", "--db", str(path), "--json"],
        capture_output=True, text=True, check=False, encoding="utf-8",
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    (finding,) = json.loads(result.stdout)
    assert finding["item_ids"] == [ids["first"], ids["second"]]
    assert "Ґанна Коваль" in finding["message"]
