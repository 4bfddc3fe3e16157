"""``planner print gift-list --delegation ID`` end to end, against a real SQLite file in a
temporary folder."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from planner.app import main
from planner.domain.enums import Direction
from planner.domain.records import Delegation, GiftItem, Partner
from planner.services import delegations, gifts, partners
from planner.services.workspace import open_database
from tests.exports.document_samples import fonts, pdftotext


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, int]:
    """A visit of Prague 6 at which two embroidered towels were handed out to the partner."""
    path = tmp_path / "office.sqlite3"
    db = open_database(path)
    towel = gifts.save_gift_item(db, GiftItem("Рушник вишитий «Їжачок»", "текстиль",
                                              Decimal("950.00"), name_en="Embroidered towel"))  # fmt: skip
    visit = delegations.save_delegation(db, Delegation(
        Direction.INCOMING, "Делегація Праги 6", date(2025, 6, 5), date(2025, 6, 7),
        title_en="Prague 6 delegation"))  # fmt: skip
    prague = partners.save_partner(db, Partner("Прага 6", name_en="Prague 6", country="CZ"))
    assert towel.id and visit.id and prague.id
    gifts.record_purchase(db, towel.id, date(2025, 3, 1), 5, Decimal("950.00"))
    gifts.hand_out(db, towel.id, date(2025, 6, 6), 2, delegation_id=visit.id,
                   partner_id=prague.id)  # fmt: skip
    db.close()
    return path, visit.id


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as stop:  # argparse's own usage errors
        code = int(stop.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize(("lang", "expected"), [
    ("uk", r"06\.06\.2025\s+Рушник вишитий «Їжачок»\s+2\s+Прага 6\s+1 900,00 грн"),
    ("en", r"06\.06\.2025\s+Embroidered towel\s+2\s+Prague 6\s+UAH 1,900\.00"),
])  # fmt: skip
def test_the_gift_list_of_a_visit(
    office: tuple[Path, int], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    lang: str, expected: str,
) -> None:  # fmt: skip
    path, visit = office
    target = tmp_path / "gifts.pdf"
    code, out, err = run(capsys, "print", "gift-list", "--db", str(path), "--delegation",
                         str(visit), "--lang", lang, "--out", str(target))  # fmt: skip
    assert (code, out, err) == (0, f"{target}\n", "")
    data = target.read_bytes()
    text = pdftotext(data, layout=True).replace("\u00a0", " ")
    assert re.search(expected, text), text
    assert all(f[3] == "yes" for f in fonts(data))


@pytest.mark.parametrize(("extra", "says"), [
    ([], "error: the following arguments are required: --delegation"),
    (["--delegation", "1", "--lang", "uk+en"], "error: argument --lang: gift-list is printed in "
                                               "uk or en"),
])  # fmt: skip
def test_bad_arguments_write_nothing(
    office: tuple[Path, int], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    extra: list[str], says: str,
) -> None:  # fmt: skip
    target = tmp_path / "gifts.pdf"
    code, out, err = run(capsys, "print", "gift-list", "--db", str(office[0]), "--out",
                         str(target), *extra)  # fmt: skip
    assert (code, out) == (2, "")
    assert err.rstrip().endswith(says)
    assert not target.exists()


def test_an_unknown_visit_is_one_clear_line(
    office: tuple[Path, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "gifts.pdf"
    code, out, err = run(capsys, "print", "gift-list", "--db", str(office[0]), "--delegation",
                         "999", "--out", str(target))  # fmt: skip
    assert (code, out) == (2, "") and err.startswith("planner: ") and err.count("\n") == 1
    assert not target.exists()
