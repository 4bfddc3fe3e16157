"""The inventory workbook opened again with openpyxl (and its XML read as it is): numbers are
numbers, the totals are right, and no cell is a formula whatever an item is called."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from planner.domain.records import GiftItem, GiftStockRow
from planner.exports.inventory_xlsx import inventory_xlsx
from tests.exports.test_inventory import AS_OF, ROWS, english_categories, row

HOSTILE = [
    '=HYPERLINK("http://example.com","x")',
    "+380 67 123 45 67",
    "@SUM(A1)",
    "-2+3",
    "\tТабуляція",
    "=1+1",
    "#N/A",
    "#DIV/0!",
]


def sheet_of(data: bytes) -> Worksheet:
    sheet = load_workbook(io.BytesIO(data)).active
    assert isinstance(sheet, Worksheet)
    return sheet


def table(sheet: Worksheet) -> list[tuple[object, ...]]:
    """The rows below the header (row 4)."""
    return [tuple(c.value for c in r) for r in sheet.iter_rows(min_row=5)]


def test_numbers_are_numbers_with_formats_and_the_totals_are_right() -> None:
    sheet = sheet_of(inventory_xlsx(ROWS, AS_OF, "uk"))
    assert sheet["A1"].value == "Інвентаризаційний опис сувенірної та подарункової продукції"
    assert sheet["A2"].value == "станом на 1 грудня 2026 року"
    assert [c.value for c in sheet[4]] == ["№", "Найменування", "Категорія", "Кількість",
                                           "Ціна за одиницю, грн", "Вартість, грн"]  # fmt: skip
    assert table(sheet) == [
        (1, "Блокнот з символікою міста", "канцелярія", 1250, 120.5, 150625),
        (2, "Ручка в тубусі", "канцелярія", 40, 85, 3400),
        (None, "Разом за категорією «канцелярія»", None, 1290, None, 154025),
        (3, "Картина «Поділля» (кераміка)", "кераміка", 3, 4800, 14400),
        (None, "Разом за категорією «кераміка»", None, 3, None, 14400),
        (4, "Вишиванка ґудзикова «Їжак»", "текстиль", 0, 1999.99, 0),
        (None, "Разом за категорією «текстиль»", None, 0, None, 0),
        (None, "Усього", None, 1293, None, 168425),
    ]
    for cells in sheet.iter_rows(min_row=5):
        quantity, cost, value = cells[3], cells[4], cells[5]
        assert quantity.data_type == "n" and quantity.number_format == "#,##0"
        assert value.data_type == "n" and value.number_format == "#,##0.00"
        if cost.value is not None:
            assert cost.number_format == "#,##0.00"
    items = [r for r in table(sheet) if r[0] is not None]
    assert sum(Decimal(str(r[5])) for r in items) == Decimal("168425.00")


def test_the_english_workbook() -> None:
    sheet = sheet_of(inventory_xlsx(ROWS, AS_OF, "en"))
    assert sheet.title == "Inventory" and sheet["A2"].value == "as of 1 December 2026"
    assert sheet["B5"].value == "City notebook" and sheet["F4"].value == "Value, UAH"
    assert table(sheet)[-1] == (None, "Grand total", None, 1293, None, 168425)


def test_the_english_workbook_names_the_categories_in_english() -> None:
    sheet = sheet_of(inventory_xlsx(english_categories(), AS_OF, "en"))
    assert [(r[1], r[2]) for r in table(sheet)][:3] == [
        ("City notebook", "stationery"), ("Ручка в тубусі", "stationery"),
        ("Total for “stationery”", None),
    ]  # fmt: skip
    assert (None, "Total for “textiles”", None, 0, None, 0) in table(sheet)
    assert "кераміка" in [r[2] for r in table(sheet)]  # no English name: the Ukrainian one
    ukrainian = sheet_of(inventory_xlsx(english_categories(), AS_OF, "uk"))
    assert "textiles" not in {r[2] for r in table(ukrainian)}


@pytest.mark.parametrize("name", HOSTILE)
def test_no_cell_is_ever_a_formula(name: str) -> None:
    rows = [row(1, name, name, 5, "10.00", name), row(2, "Ручка", "=cmd|' /C calc'!A0", 1, "1")]
    for language in ("uk", "en"):
        data = inventory_xlsx(rows, AS_OF, language)  # type: ignore[arg-type]
        sheet = sheet_of(data)
        every = [c for r in sheet.iter_rows() for c in r]
        assert not [c.coordinate for c in every if c.data_type == "f"]
        assert not [c.coordinate for c in every if c.data_type == "e"]
        numbered = [r for r in range(5, sheet.max_row + 1) if sheet.cell(r, 1).value]
        shown = name if language == "uk" else name.strip()  # the English name is stripped
        assert {sheet.cell(r, 2).value for r in numbered} == {shown, "Ручка"}
        (at,) = [r for r in numbered if sheet.cell(r, 2).value != "Ручка"]
        assert sheet.cell(numbered[0] if at != numbered[0] else numbered[1], 3).value == (
            "=cmd|' /C calc'!A0"
        )
        item, category = sheet.cell(at, 2), sheet.cell(at, 3)
        # A category is printed without the spaces (and tabs) around it.
        assert item.value == shown and item.data_type == "s" and category.value == name.strip()
        if shown.startswith(("=", "+", "-", "@", "\t")):
            assert item.quotePrefix
        if name.strip().startswith(("=", "+", "-", "@")):
            assert category.quotePrefix
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            xml = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
        assert "<f>" not in xml and "<f " not in xml
        assert not re.search(r't="e"', xml)


def test_an_ordinary_name_has_no_quote_prefix() -> None:
    sheet = sheet_of(inventory_xlsx(ROWS, AS_OF, "uk"))
    assert not sheet["B5"].quotePrefix


def test_control_characters_do_not_stop_the_export() -> None:
    rows = [GiftStockRow(GiftItem("Брелок\x07 «Хмельницький»\x1b", "сувеніри", Decimal("35"),
                                  id=1), 2, Decimal("70"))]  # fmt: skip
    sheet = sheet_of(inventory_xlsx(rows, AS_OF, "uk"))
    assert sheet["B5"].value == "Брелок «Хмельницький»"


def test_an_empty_catalogue_says_so() -> None:
    sheet = sheet_of(inventory_xlsx([], date(2026, 1, 1), "uk"))
    assert sheet["B5"].value == "У каталозі немає жодного предмета."
    assert sheet.max_row == 5
