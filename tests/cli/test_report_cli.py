"""``planner report annual|statistics|partners`` end to end, on the demo year in a real SQLite
file: the documents read back (pypdf, python-docx), the figures equal the service's."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from planner.services import programmes, reports
from planner.services.demo import write_demo_year
from planner.services.workspace import open_database
from tests.cli.test_gift_documents_cli import run

YEAR = 2024


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "demo.sqlite3"
    db = open_database(path)
    write_demo_year(db, YEAR)
    db.close()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, copy)
    return copy


def codes_in_order(db_path: Path) -> list[str]:
    db = open_database(db_path)
    try:
        chosen = programmes.programme_for_year(db, YEAR)
        assert chosen is not None
        return [m.code for s in chosen.sections for m in s.measures]
    finally:
        db.close()


def test_the_annual_report_as_pdf(demo: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    target = tmp_path / "звіт.pdf"
    code, out, err = run(capsys, "report", "annual", "--db", str(demo), "--year", str(YEAR),
                         "--out", str(target))  # fmt: skip
    assert (code, out, err) == (0, f"{target}\n", "")
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    flat = " ".join(text.split())
    assert "Звіт про стан реалізації" in flat
    assert f"за {YEAR} рік" in flat
    assert "Заходи не здійснювались." in flat  # 1.7 and 1.9 of the demo
    assert "Міжнародне співробітництво" in flat and "Промоція міста" in flat
    assert "2014 року" not in flat  # the seed's typo cannot happen


def test_the_annual_report_as_docx_in_english_keeps_its_table(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "report.docx"
    code, out, _ = run(capsys, "report", "annual", "--db", str(demo), "--year", str(YEAR),
                       "--out", str(target), "--lang", "en", "--statistics")  # fmt: skip
    assert (code, out) == (0, f"{target}\n")
    document = Document(str(target))
    table = document.tables[0]
    assert len(table.columns) == 3
    first_cells = [row.cells[0].text.strip() for row in table.rows]
    codes = codes_in_order(demo)
    assert [c for c in first_cells if c in codes] == codes  # each measure once, in order
    assert "No activities were carried out." in "\n".join(row.cells[2].text for row in table.rows)
    assert len(document.tables) > 1  # the statistics annex


def test_the_statistics_as_json_equal_the_service(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "report", "statistics", "--db", str(demo), "--year", str(YEAR),
                       "--json")  # fmt: skip
    assert code == 0
    figures = json.loads(out)
    db = open_database(demo)
    try:
        expected = reports.report_statistics(db, YEAR)
    finally:
        db.close()
    assert figures["agreements_in_force"] == expected.agreements_in_force
    assert figures["delegations"] == expected.delegations
    assert [r["count"] for r in figures["delegations_by_month"]] == [
        r.count for r in expected.delegations_by_month
    ]
    assert sum(r["count"] for r in figures["delegations_by_direction"]) == expected.delegations


def test_a_report_in_another_format_is_refused_and_nothing_written(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "report.txt"
    code, out, err = run(capsys, "report", "annual", "--db", str(demo), "--year", str(YEAR),
                         "--out", str(target))  # fmt: skip
    assert code != 0 and out == ""
    assert ".pdf" in err and ".docx" in err
    assert not target.exists()


def test_the_partners_register_as_pdf(demo: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    target = tmp_path / "partners.pdf"
    code, out, _ = run(capsys, "report", "partners", "--db", str(demo), "--out", str(target))
    assert (code, out) == (0, f"{target}\n")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    assert "Реєстр партнерів" in text
    assert "Прага 6" in text


def test_a_year_without_a_number_is_an_argparse_error(demo: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    code, _, err = run(capsys, "report", "annual", "--db", str(demo), "--year", "рік",
                       "--out", "x.pdf")  # fmt: skip
    assert code == 2 and "year" in err
