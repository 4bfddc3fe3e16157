"""``planner print programme|participants|badges|tent-cards|checklist`` end to end, against a
real SQLite file in a temporary folder."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from planner.app import main
from planner.domain.enums import Direction, ParticipantRole
from planner.domain.records import AgendaItem, Delegation, Participation, Person
from planner.services.agenda import save_agenda_item
from planner.services.delegations import save_delegation
from planner.services.people import save_participation, save_person
from planner.services.workspace import open_database
from tests.exports.document_samples import fonts, pdftotext


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, int]:
    """A home visit of the Prague 6 delegation: a guest with a phone, two items."""
    path = tmp_path / "office.sqlite3"
    db = open_database(path)
    visit = save_delegation(db, Delegation(
        direction=Direction.INCOMING, title_uk="Делегація Праги 6 на День міста",
        title_en="Prague 6 delegation", start_date=date(2024, 9, 27), end_date=date(2024, 9, 29),
        place="Хмельницький",
    ))  # fmt: skip
    guest = save_person(db, Person(family_name="Дворжак", given_names="Томаш",
                                   family_name_latin="Dvořák", given_names_latin="Tomáš",
                                   phone="+420 777 000 111", passport_number="CZ1234567"))  # fmt: skip
    assert visit.id is not None and guest.id is not None
    save_participation(db, Participation(delegation_id=visit.id, person_id=guest.id,
                                         role=ParticipantRole.HEAD))  # fmt: skip
    kyiv = ZoneInfo("Europe/Kyiv")
    for hour, title_uk, title_en in ((10, "Зустріч з міським головою", "Meeting the Mayor"),
                                     (15, "Екскурсія «Поділля»", "")):  # fmt: skip
        save_agenda_item(db, AgendaItem(
            delegation_id=visit.id, title_uk=title_uk, title_en=title_en,
            starts_at=datetime(2024, 9, 28, hour, 0, tzinfo=kyiv),
            ends_at=datetime(2024, 9, 28, hour + 1, 0, tzinfo=kyiv),
            attendee_person_ids=(guest.id,),
        ))  # fmt: skip
    db.close()
    return path, visit.id


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("kind", ["programme", "participants", "badges", "tent-cards",
                                  "checklist"])  # fmt: skip
def test_each_kind_is_printed_to_a_pdf(
    kind: str, office: tuple[Path, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, delegation_id = office
    target = tmp_path / f"{kind}.pdf"
    code, out, _err = run(capsys, "print", kind, "--db", str(path), "--delegation",
                          str(delegation_id), "--out", str(target))  # fmt: skip
    assert (code, out) == (0, f"{target}\n")
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert all(row[3] == "yes" for row in fonts(data))
    text = " ".join(pdftotext(data).split())
    assert "+420" not in text and "CZ1234567" not in text
    if kind in ("badges", "tent-cards", "participants"):
        assert "Томаш Дворжак" in text or "ДВОРЖАК" in text.upper()


def test_the_programme_in_both_languages_names_what_is_not_translated(
    office: tuple[Path, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, delegation_id = office
    target = tmp_path / "programme.pdf"
    code, out, err = run(capsys, "print", "programme", "--db", str(path), "--delegation",
                         str(delegation_id), "--out", str(target), "--lang", "uk+en")  # fmt: skip
    assert (code, out) == (0, f"{target}\n")
    text = " ".join(pdftotext(target.read_bytes()).split())
    assert "Субота, 28 вересня 2024 року / Saturday, 28 September 2024" in text
    assert "Зустріч з міським головою" in text and "Meeting the Mayor" in text
    assert err.splitlines()[0] == "Без перекладу:"
    assert (
        "  Пункт «Екскурсія «Поділля»», 28.09 15:00: немає англійської назви." in err.splitlines()
    )
    # The messages in the interface's language, the document in its own.
    code, _out, err = run(capsys, "--lang", "en", "print", "programme", "--db", str(path),
                          "--delegation", str(delegation_id), "--out", str(target),
                          "--lang", "en")  # fmt: skip
    assert code == 0 and err.splitlines()[0] == "Not translated:"
    assert "Saturday, 28 September 2024" in " ".join(pdftotext(target.read_bytes()).split())


def test_mistakes_are_one_line_and_exit_2(
    office: tuple[Path, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _delegation_id = office
    target = tmp_path / "p.pdf"
    code, out, err = run(capsys, "print", "programme", "--db", str(path), "--delegation", "999",
                         "--out", str(target))  # fmt: skip
    assert (code, out, err) == (2, "", "planner: Делегацію №999 не знайдено.\n")
    code, _out, err = run(capsys, "print", "checklist", "--db", str(path), "--delegation", "1",
                          "--out", str(tmp_path / "missing folder" / "c.pdf"))  # fmt: skip
    assert (
        code == 2 and err.startswith("planner: Не вдалося записати файл") and err.count("\n") == 1
    )
    code, _out, err = run(capsys, "print", "programme", "--db", str(tmp_path / "none.sqlite3"),
                          "--delegation", "1", "--out", str(target))  # fmt: skip
    assert code == 2 and err.count("\n") == 1
    assert not target.exists()
    with pytest.raises(SystemExit) as exit_:
        main(["print", "programme", "--db", str(path), "--out", str(target)])  # no --delegation
    assert exit_.value.code == 2
    with pytest.raises(SystemExit):
        main(["print", "agenda", "--db", str(path), "--delegation", "1", "--out", str(target)])
    capsys.readouterr()


def test_the_command_line_loads_reportlab_only_to_print(office: tuple[Path, int],
                                                        tmp_path: Path) -> None:  # fmt: skip
    path, delegation_id = office
    code = ("import sys; from planner.app import main; "
            "main(['list', 'delegations', '--db', sys.argv[1]]); "
            "assert not any(m.startswith('reportlab') for m in sys.modules), 'loaded'; "
            "main(['print', 'programme', '--db', sys.argv[1], '--delegation', sys.argv[2], "
            "'--out', sys.argv[3]]); "
            "assert any(m.startswith('reportlab') for m in sys.modules)")  # fmt: skip
    target = tmp_path / "p.pdf"
    subprocess.run([sys.executable, "-c", code, str(path), str(delegation_id), str(target)],
                   check=True, capture_output=True)  # fmt: skip
    assert target.read_bytes().startswith(b"%PDF")
