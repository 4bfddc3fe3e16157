"""``planner import ics``: a preview, then the import; a broken file is one line naming its line,
exit 2, and nothing written."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from planner.app import main
from planner.domain.enums import Direction
from planner.domain.records import Delegation
from planner.services.delegations import save_delegation
from planner.services.workspace import open_database
from tests.storage.snapshots import file_digest

DATA = Path(__file__).parents[1] / "data" / "ics_import"
OUTLOOK = DATA / "outlook_prague6.ics"


@pytest.fixture
def office(tmp_path: Path) -> Path:
    """A database with the Prague 6 visit for City Day (delegation 1)."""
    path = tmp_path / "office.sqlite3"
    db = open_database(path)
    save_delegation(db, Delegation(
        direction=Direction.INCOMING, title_uk="Делегація Праги 6", start_date=date(2024, 9, 27),
        end_date=date(2024, 9, 29),
    ))  # fmt: skip
    db.close()
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def agenda_json(capsys: pytest.CaptureFixture[str], db: Path) -> list[dict[str, object]]:
    code, out, _ = run(capsys, "list", "agenda", "--db", str(db), "--json")
    assert code == 0
    rows: list[dict[str, object]] = json.loads(out)
    return rows


def test_a_dry_run_shows_the_preview_and_writes_nothing(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = file_digest(office)
    code, out, err = run(capsys, "import", "ics", "--db", str(office), str(OUTLOOK),
                         "--delegation", "1", "--dry-run", "--lang", "en")  # fmt: skip
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == ("Delegation #1 “Делегація Праги 6”, 2024-09-27 – 2024-09-29, Europe/Kyiv:")
    assert lines[1].startswith("  + create      2024-09-27 10:00–11:30  Зустріч з міським головою")
    assert lines[2].startswith("  + create      2024-09-28 11:00–12:00  Відеоконференція")
    assert lines[-2:] == [
        "To create 3, update 0, unchanged 0, skip 0.", "Nothing was written (--dry-run).",
    ]  # fmt: skip
    assert file_digest(office) == before


def test_the_import_creates_items_and_a_second_import_finds_them_unchanged(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "import", "ics", "--db", str(office), str(OUTLOOK),
                         "--delegation", "1")  # fmt: skip
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == (
        "Імпортовано в делегацію №1 «Делегація Праги 6»: створено 3, оновлено 0, без змін 0, "
        "пропущено 0."
    )
    rows = agenda_json(capsys, office)
    assert [(r["title"], r["start"]) for r in rows] == [
        ("Зустріч з міським головою", "2024-09-27T10:00:00+03:00"),
        ("Відеоконференція з партнерами зі Штутгарта", "2024-09-28T11:00:00+03:00"),
        ("Святковий концерт до Дня міста за участі ансамблю «Поділля»",
         "2024-09-29T19:00:00+03:00"),
    ]  # fmt: skip
    code, out, _ = run(capsys, "import", "ics", "--db", str(office), str(OUTLOOK),
                       "--delegation", "1")  # fmt: skip
    assert code == 0
    assert "без змін 3" in out.splitlines()[-1]
    assert len(agenda_json(capsys, office)) == 3


def test_without_a_delegation_a_new_one_is_titled_from_the_calendar(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    taipei = DATA / "google_taipei.ics"
    code, out, err = run(capsys, "import", "ics", "--db", str(office), str(taipei),
                         "--lang", "en")  # fmt: skip
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == (
        "A new delegation “Smart City Summit & Expo 2024 — Taipei”, 2024-03-19 – 2024-03-21, "
        "Asia/Taipei:"
    )
    assert "a recurring event; only its first occurrence (2024-03-20 08:00)" in out
    assert out.splitlines()[-1] == (
        "Imported into delegation #2 “Smart City Summit & Expo 2024 — Taipei” (new): 4 created, "
        "0 updated, 0 unchanged, 0 skipped."
    )
    code, out, _ = run(capsys, "list", "delegations", "--db", str(office), "--json")
    (new,) = [d for d in json.loads(out) if d["id"] == 2]
    assert (new["timezone"], new["country"], new["direction"]) == (
        "Asia/Taipei", "TW", "outgoing",
    )  # fmt: skip


def test_a_calendar_without_a_name_is_titled_from_its_file(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    unnamed = tmp_path / "Візит до Дрездена.ics"
    unnamed.write_bytes(
        (DATA / "thunderbird_cairo.ics").read_bytes().replace(b"X-WR-CALNAME:WUF12 Cairo\r\n", b"")
    )
    code, out, _ = run(capsys, "import", "ics", "--db", str(office), str(unnamed))
    assert code == 0
    assert out.splitlines()[0].startswith("Нова делегація «Візит до Дрездена», 2024-11-04")


@pytest.mark.parametrize(
    ("name", "line"),
    [("broken_line.ics", 9), ("bad_dtstart.ics", 8), ("unknown_tzid.ics", 8),
     ("missing_dtstart.ics", 4), ("not_calendar.ics", 1), ("not_utf8.ics", 7)],
)  # fmt: skip
def test_a_broken_file_is_one_line_naming_its_line_and_nothing_is_written(
    office: Path, capsys: pytest.CaptureFixture[str], name: str, line: int
) -> None:
    before = file_digest(office)
    for lang, word in (("uk", "Рядок"), ("en", "Line")):
        code, out, err = run(capsys, "import", "ics", "--db", str(office),
                             str(DATA / "broken" / name), "--lang", lang)  # fmt: skip
        assert (code, out) == (2, "")
        assert err.count("\n") == 1
        assert err.startswith(f"planner: {word} {line}: ")
    # also without --delegation, which would have made a new delegation
    code, _, _ = run(capsys, "import", "ics", "--db", str(office), str(DATA / "broken" / name),
                     "--delegation", "1")  # fmt: skip
    assert code == 2
    assert file_digest(office) == before


def test_events_outside_the_visit_are_refused_by_name(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    later = tmp_path / "later.ics"
    later.write_bytes(OUTLOOK.read_bytes().replace(b"20240929T", b"20240930T"))
    before = file_digest(office)
    code, out, err = run(capsys, "import", "ics", "--db", str(office), str(later),
                         "--delegation", "1", "--lang", "en")  # fmt: skip
    assert code == 2
    assert "outside the visit's dates 2024-09-27 – 2024-09-29" in out  # the preview says so
    assert err.startswith("planner: Nothing was imported: events fall outside the visit's dates")
    assert "“Святковий концерт до Дня міста за участі ансамблю «Поділля»” (line 82)" in err
    assert err.count("\n") == 1
    assert file_digest(office) == before


def test_a_missing_file_or_an_unknown_delegation_is_a_clear_error(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "import", "ics", "--db", str(office), str(tmp_path / "none.ics"),
                       "--lang", "en")  # fmt: skip
    assert code == 2
    assert err.startswith("planner: Could not read the file “") and "none.ics" in err
    code, _, err = run(capsys, "import", "ics", "--db", str(office), str(OUTLOOK),
                       "--delegation", "9", "--lang", "en")  # fmt: skip
    assert (code, err) == (2, "planner: Delegation #9 was not found.\n")


def test_the_file_is_read_before_the_database_is_opened(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A broken file against a database that is not there: the file's problem is told."""
    copy = tmp_path / "broken.ics"
    shutil.copy(DATA / "broken" / "bad_dtstart.ics", copy)
    code, _, err = run(capsys, "import", "ics", "--db", str(tmp_path / "nowhere.sqlite3"),
                       str(copy), "--lang", "en")  # fmt: skip
    assert code == 2
    assert err.startswith("planner: Line 8: DTSTART “2024-09-27T10:00:00” is not a date or time")
    assert not (tmp_path / "nowhere.sqlite3").exists()
