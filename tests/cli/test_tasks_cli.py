"""``planner list tasks`` end to end, against a real SQLite file in a temporary folder: what
is overdue, what is coming, whose, as a table and as JSON."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from planner.app import main
from planner.domain.enums import Direction, TaskCategory
from planner.domain.records import Delegation, Task
from planner.domain.zones import today_in_kyiv
from planner.services import checklists, delegations
from planner.services.workspace import open_database


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, int, date]:
    """A visit in ten days with tasks late, due today, coming and done; one of them deleted."""
    today = today_in_kyiv()
    path = tmp_path / "office.sqlite3"
    db = open_database(path)
    visit = delegations.save_delegation(db, Delegation(
        Direction.INCOMING, "Делегація Праги 6", today + timedelta(days=10),
        today + timedelta(days=12), title_en="Prague 6 delegation"))  # fmt: skip
    assert visit.id is not None

    def task(title: str, days: int, who: str = "", en: str = "") -> Task:
        return checklists.save_task(db, Task(visit.id, title, today + timedelta(days=days),
                                             TaskCategory.PROTOCOL, title_en=en, assignee=who))  # fmt: skip

    task("Листи візової підтримки", -3, "Коваль Г.", "Visa support letters")
    task("Прапори", 0, "Єрмак С.")
    task("Подарунки", 7, "Коваль Г.")
    task("Прес-реліз", 14)
    done = task("Готель", -5, "Коваль Г.")
    checklists.mark_task_done(db, done.id, done.version, today - timedelta(days=6))
    gone = task("Стерте", -1, "Коваль Г.")
    checklists.delete_task(db, gone.id, gone.version)
    db.close()
    return path, visit.id, today


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as stop:  # argparse's own usage errors
        code = int(stop.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def titles(out: str) -> list[str]:
    return [row["title_uk"] for row in json.loads(out)]


def test_the_json_of_a_task(capsys: pytest.CaptureFixture[str],
                            office: tuple[Path, int, date]) -> None:  # fmt: skip
    path, visit_id, today = office
    code, out, err = run(capsys, "list", "tasks", "--db", str(path), "--json", "--overdue")
    assert (code, err) == (0, "")
    (row,) = json.loads(out)
    assert row == {
        "id": row["id"], "delegation_id": visit_id, "delegation_title": "Делегація Праги 6",
        "title_uk": "Листи візової підтримки", "title_en": "Visa support letters",
        "category": "protocol", "due_on": (today - timedelta(days=3)).isoformat(),
        "status": "open", "assignee": "Коваль Г.", "done_on": None,
    }  # fmt: skip
    assert isinstance(row["id"], int)


def test_all_tasks_deleted_ones_aside(capsys: pytest.CaptureFixture[str],
                                      office: tuple[Path, int, date]) -> None:  # fmt: skip
    path, visit_id, today = office
    code, out, _ = run(capsys, "list", "tasks", "--db", str(path), "--json")
    assert code == 0
    assert titles(out) == ["Готель", "Листи візової підтримки", "Прапори", "Подарунки",
                           "Прес-реліз"]  # fmt: skip
    done = json.loads(out)[0]
    assert (done["status"], done["done_on"]) == ("done", (today - timedelta(days=6)).isoformat())
    code, out, _ = run(capsys, "list", "tasks", "--db", str(path), "--delegation", str(visit_id))
    assert code == 0 and "Стерте" not in out and "Прапори" in out


@pytest.mark.parametrize(("options", "expected"), [
    (["--upcoming", "0"], ["Прапори"]),
    (["--upcoming", "7"], ["Прапори", "Подарунки"]),
    (["--upcoming", "14"], ["Прапори", "Подарунки", "Прес-реліз"]),
    (["--upcoming", "7", "--overdue"], ["Листи візової підтримки", "Прапори", "Подарунки"]),
    (["--upcoming", "30", "--assignee", "Коваль Г."], ["Подарунки"]),
    (["--overdue", "--assignee", "Єрмак С."], []),
    (["--assignee", "Коваль Г."], ["Готель", "Листи візової підтримки", "Подарунки"]),
])  # fmt: skip
def test_overdue_upcoming_and_assignee(
    capsys: pytest.CaptureFixture[str], office: tuple[Path, int, date],
    options: list[str], expected: list[str],
) -> None:  # fmt: skip
    path, _, _ = office
    code, out, err = run(capsys, "list", "tasks", "--db", str(path), "--json", *options)
    assert (code, err) == (0, "")
    assert titles(out) == expected


def test_the_table(capsys: pytest.CaptureFixture[str], office: tuple[Path, int, date]) -> None:
    path, _, _ = office
    code, out, _ = run(capsys, "--lang", "en", "list", "tasks", "--db", str(path),
                       "--upcoming", "7")  # fmt: skip
    assert code == 0
    header, *lines = out.splitlines()
    assert header.split()[:4] == ["id", "delegation_id", "delegation_title", "title_uk"]
    assert len(lines) == 2 and "Прапори" in lines[0] and "Подарунки" in lines[1]


@pytest.mark.parametrize("options", [
    ["--upcoming", "-1"], ["--upcoming", "week"], ["--delegation", "404"],
])  # fmt: skip
def test_user_errors_exit_2(capsys: pytest.CaptureFixture[str],
                            office: tuple[Path, int, date], options: list[str]) -> None:  # fmt: skip
    path, _, _ = office
    code, out, err = run(capsys, "list", "tasks", "--db", str(path), *options)
    assert (code, out) == (2, "")
    assert err.strip() and err.rstrip("\n").splitlines()[-1].startswith(("planner", "usage"))
    if options[1] != "week":  # argparse itself answers a number that is not one
        assert len(err.rstrip("\n").splitlines()) == 1


def test_a_missing_database_is_one_line(capsys: pytest.CaptureFixture[str],
                                        tmp_path: Path) -> None:  # fmt: skip
    code, out, err = run(capsys, "list", "tasks", "--db", str(tmp_path / "none.sqlite3"))
    assert (code, out) == (2, "")
    assert len(err.strip().splitlines()) == 1
