"""``planner print inventory`` (and the gift stock's other documents) end to end, against a
real SQLite file in a temporary folder."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from planner.app import main
from planner.domain.records import GiftItem
from planner.services import gifts
from planner.services.workspace import open_database
from tests.exports.document_samples import fonts, pdftotext


@pytest.fixture
def office(tmp_path: Path) -> Path:
    """Two gift items: 50 notebooks bought in March 2025, 10 of them handed out in June."""
    path = tmp_path / "office.sqlite3"
    db = open_database(path)
    notebook = gifts.save_gift_item(db, GiftItem("Блокнот з символікою міста", "канцелярія",
                                                 Decimal("120.50")))  # fmt: skip
    towel = gifts.save_gift_item(db, GiftItem("Рушник вишитий «Їжачок»", "текстиль",
                                              Decimal("950.00")))  # fmt: skip
    assert notebook.id is not None and towel.id is not None
    gifts.record_purchase(db, notebook.id, date(2025, 3, 1), 50, Decimal("120.50"))
    gifts.record_purchase(db, towel.id, date(2025, 3, 1), 2, Decimal("950.00"))
    gifts.write_off(db, notebook.id, date(2025, 6, 1), 10, "намокли")
    db.close()
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as stop:  # argparse's own usage errors
        code = int(stop.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def plain_text(path: Path) -> str:
    return pdftotext(path.read_bytes(), layout=True).replace("\u00a0", " ")


def test_the_inventory_on_a_day(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "inventory.pdf"
    code, out, err = run(capsys, "print", "inventory", "--db", str(office), "--as-of",
                         "2025-05-31", "--out", str(target))  # fmt: skip
    assert (code, out, err) == (0, f"{target}\n", "")
    text = plain_text(target)
    assert "станом на 31 травня 2025 року" in text
    assert re.search(r"Блокнот з символікою міста.*50\s+120,50 грн\s+6 025,00 грн", text)
    assert re.search(r"Усього\s+52\s+7 925,00 грн", text)
    assert all(row[3] == "yes" for row in fonts(target.read_bytes()))


def test_the_inventory_of_today_in_english(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "inventory.pdf"
    code, _, _ = run(capsys, "print", "inventory", "--db", str(office), "--out", str(target),
                     "--lang", "en")  # fmt: skip
    assert code == 0
    text = plain_text(target)
    assert "Inventory of souvenir and gift items" in text
    assert re.search(r"Grand total\s+42\s+UAH 6,720.00", text)


@pytest.mark.parametrize(("arguments", "message"), [
    (["--delegation", "1"], "argument --delegation: not allowed with inventory"),
    (["--lang", "uk+en"], "argument --lang: inventory is printed in uk or en"),
])  # fmt: skip
def test_the_inventory_refuses_what_it_does_not_take(
    office: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    message: str,
) -> None:
    target = tmp_path / "inventory.pdf"
    code, out, err = run(capsys, "print", "inventory", "--db", str(office), "--out", str(target),
                         *arguments)  # fmt: skip
    assert (code, out) == (2, "") and err.rstrip().endswith(message)
    assert not target.exists()


def test_a_bad_day_is_one_clear_line(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "inventory.pdf"
    code, out, err = run(capsys, "print", "inventory", "--db", str(office), "--as-of",
                         "31.02.2025", "--out", str(target))  # fmt: skip
    assert (code, out) == (2, "") and err.startswith("planner: ") and err.count("\n") == 1
    assert not target.exists()


def test_a_delegation_document_still_needs_its_delegation(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "print", "programme", "--db", str(office), "--out",
                         str(tmp_path / "p.pdf"))  # fmt: skip
    assert (code, out) == (2, "")
    assert err.startswith("usage: ")
    assert err.rstrip().endswith("error: the following arguments are required: --delegation")


def test_export_inventory_as_a_workbook(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    from openpyxl import load_workbook

    target = tmp_path / "inventory.xlsx"
    code, out, err = run(capsys, "export", "inventory", "--db", str(office), "--out",
                         str(target), "--as-of", "2025-06-01")  # fmt: skip
    assert (code, out, err) == (0, f"{target}\n", "")
    sheet = load_workbook(io.BytesIO(target.read_bytes())).active
    assert sheet is not None
    rows = list(sheet.iter_rows(min_row=5, values_only=True))
    assert rows[0][1:] == ("Блокнот з символікою міста", "канцелярія", 40, 120.5, 4820)
    assert rows[-1][1] == "Усього" and rows[-1][3] == 42 and rows[-1][5] == 4820 + 1900


def test_export_inventory_needs_a_file(office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "export", "inventory", "--db", str(office))
    assert (code, out) == (2, "") and "--out" in err


def test_the_gift_register_for_a_period(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from planner.domain.enums import GiftDirection
    from planner.domain.records import GiftRecord

    db = open_database(office)
    gifts.save_gift_record(db, GiftRecord(GiftDirection.RECEIVED, date(2025, 4, 2),
                                          "Кришталева ваза", giver="Посол Польщі",
                                          recipient="Міський голова", value=Decimal("3100")))  # fmt: skip
    db.close()
    target = tmp_path / "register.pdf"
    code, out, err = run(capsys, "print", "gift-register", "--db", str(office), "--from",
                         "2025-04-01", "--to", "2025-04-30", "--out", str(target))  # fmt: skip
    assert (code, out, err) == (0, f"{target}\n", "")
    flat = " ".join(pdftotext(target.read_bytes()).replace("\u00a0", " ").split())
    assert "Реєстр подарунків" in flat and "Кришталева ваза" in flat
    assert "ТАК: понад 3 028,00 грн за подарунок" in flat


@pytest.mark.parametrize(("arguments", "missing"), [
    ([], "--from, --to"), (["--from", "2025-01-01"], "--to"), (["--to", "2025-01-01"], "--from"),
])  # fmt: skip
def test_the_gift_register_needs_its_period(
    office: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    missing: str,
) -> None:
    target = tmp_path / "register.pdf"
    code, out, err = run(capsys, "print", "gift-register", "--db", str(office), "--out",
                         str(target), *arguments)  # fmt: skip
    assert (code, out) == (2, "")
    assert err.rstrip().endswith(f"the following arguments are required: {missing}")
    assert not target.exists()


def test_a_reversed_period_is_one_clear_line(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--lang", "en", "print", "gift-register", "--db", str(office),
                         "--from", "2025-05-01", "--to", "2025-04-01",
                         "--out", str(tmp_path / "r.pdf"))  # fmt: skip
    assert (code, out) == (2, "") and err.startswith("planner: ") and err.count("\n") == 1
    assert "cannot be before the start" in err


def test_check_names_the_item_whose_stock_differs_from_its_movements(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    code, out, _ = run(capsys, "check", "--db", str(office))
    assert code == 0 and out.startswith("Усе гаразд")
    with sqlite3.connect(office) as connection:
        connection.execute("UPDATE gift_item SET quantity_on_hand = 7 "
                           "WHERE name_uk = 'Рушник вишитий «Їжачок»'")  # fmt: skip
    connection.close()
    code, out, _ = run(capsys, "check", "--db", str(office))
    assert code == 1
    (line,) = [line for line in out.splitlines() if "Їжачок" in line]
    assert "Рушник вишитий «Їжачок»" in line and "7" in line and "2" in line
    assert "Блокнот" not in out  # the other item adds up
    code, out, _ = run(capsys, "--lang", "en", "check", "--db", str(office))
    assert (
        code == 1 and "“Рушник вишитий «Їжачок»”: stock is 7 but its movements add up to 2" in out
    )
