"""The inventory PDF read back with pdftotext and pdffonts: every figure, the totals per
category and overall, the date in the title, Cyrillic intact, fonts embedded."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader

from planner.domain.printing import Bilingual, Signatory
from planner.domain.records import GiftItem, GiftStockRow
from planner.exports.inventory import category_totals, inventory_pdf, money_text, quantity_text
from tests.exports.document_samples import fonts, page_count, pdftotext

COUNCIL = "Хмельницька міська рада"
AS_OF = date(2026, 12, 1)


def row(item_id: int, name: str, category: str, quantity: int, cost: str,
        name_en: str = "") -> GiftStockRow:  # fmt: skip
    item = GiftItem(name_uk=name, category=category, unit_cost=Decimal(cost), name_en=name_en,
                    id=item_id)  # fmt: skip
    return GiftStockRow(item, quantity, item.unit_cost * quantity)


ROWS = [
    row(1, "Блокнот з символікою міста", "канцелярія", 1250, "120.50", "City notebook"),
    row(2, "Ручка в тубусі", "канцелярія", 40, "85.00"),
    row(3, "Картина «Поділля» (кераміка)", "кераміка", 3, "4800.00", "Podillia painting"),
    row(4, "Вишиванка ґудзикова «Їжак»", "текстиль", 0, "1999.99"),
]


def text_of(data: bytes) -> str:
    """The PDF's text, a table's row on one line, the non-breaking spaces inside figures made
    plain."""
    return pdftotext(data, layout=True).replace("\u00a0", " ")


@pytest.mark.parametrize(("value", "uk", "en"), [
    (Decimal("1234.5"), "1 234,50 грн", "UAH 1,234.50"),
    (Decimal("0"), "0,00 грн", "UAH 0.00"),
    (Decimal("150625.00"), "150 625,00 грн", "UAH 150,625.00"),
    (Decimal("1234567.891"), "1 234 567,89 грн", "UAH 1,234,567.89"),
    (Decimal("0.005"), "0,01 грн", "UAH 0.01"),
])  # fmt: skip
def test_money_is_written_as_ukrainian_documents_write_it(value: Decimal, uk: str, en: str) -> None:
    assert money_text(value, "uk").replace("\u00a0", " ") == uk
    assert money_text(value, "en").replace("\u00a0", " ") == en
    assert " " not in money_text(value, "uk")  # never broken between lines


def test_categories_are_grouped_alphabetically_with_the_items_in_their_order() -> None:
    groups = category_totals([ROWS[3], ROWS[0], row(9, "Без категорії", "", 1, "1"), ROWS[2],
                              ROWS[1]])  # fmt: skip
    assert [(c, [r.item.id for r in rs]) for c, rs in groups] == [
        ("канцелярія", [1, 2]),
        ("кераміка", [3]),
        ("текстиль", [4]),
        ("", [9]),
    ]


def english_categories() -> list[GiftStockRow]:
    """The rows with English category names where the office gave them (not for ceramics)."""
    names = {"канцелярія": "stationery", "текстиль": "textiles"}
    return [GiftStockRow(replace(r.item, category_en=names.get(r.item.category, "")), r.quantity,
                         r.value) for r in ROWS]  # fmt: skip


def test_in_english_categories_are_named_and_ordered_in_english() -> None:
    rows = english_categories()
    assert [(c, [r.item.id for r in rs]) for c, rs in category_totals(rows, "en")] == [
        ("stationery", [1, 2]),
        ("textiles", [4]),
        ("кераміка", [3]),  # no English name: the Ukrainian one
    ]
    assert [c for c, _ in category_totals(rows, "uk")] == ["канцелярія", "кераміка", "текстиль"]
    assert [c for c, _ in category_totals(rows)] == ["канцелярія", "кераміка", "текстиль"]


def test_the_english_inventory_prints_the_english_categories() -> None:
    rows = english_categories()
    text = text_of(inventory_pdf(rows, AS_OF, "Khmelnytskyi City Council", "en"))
    assert re.search(r"City notebook\s+stationery\s+1 250", text)
    assert re.search(r"Total for “stationery”\s+1 290\s+UAH 154,025.00", text)
    assert re.search(r"Total for “textiles”\s+0\s+UAH 0.00", text)
    assert "Total for “кераміка”" in text
    assert "канцелярія" not in text and "текстиль" not in text
    ukrainian = text_of(inventory_pdf(rows, AS_OF, COUNCIL, "uk"))
    assert "Разом за категорією «текстиль»" in ukrainian and "textiles" not in ukrainian


def test_every_figure_and_total_is_printed() -> None:
    data = inventory_pdf(ROWS, AS_OF, COUNCIL, "uk")
    text = text_of(data)
    assert "Хмельницька міська рада" in text
    assert "Інвентаризаційний опис сувенірної та подарункової продукції" in text
    assert "станом на 1 грудня 2026 року" in text
    for r in ROWS:
        assert r.item.name_uk in text  # Cyrillic intact, ґ, ї and « » included
        assert money_text(r.item.unit_cost).replace("\u00a0", " ") in text
        assert money_text(r.value).replace("\u00a0", " ") in text
    assert "1 250" in text and "150 625,00 грн" in text  # 1250 × 120,50
    # Per category: stationery 1290 items worth 150 625,00 + 3 400,00.
    assert re.search(r"Разом за категорією «канцелярія»\s+1 290\s+154 025,00 грн", text)
    assert re.search(r"Разом за категорією «кераміка»\s+3\s+14 400,00 грн", text)
    assert re.search(r"Разом за категорією «текстиль»\s+0\s+0,00 грн", text)
    assert re.search(r"Усього\s+1 293\s+168 425,00 грн", text)
    assert [n for n in range(1, 6) if f"{n}." in text.split()] == [1, 2, 3, 4]


def test_fonts_are_embedded_and_the_metadata_names_the_day() -> None:
    data = inventory_pdf(ROWS, AS_OF, COUNCIL, "uk")
    assert fonts(data) and all(f[3] == "yes" for f in fonts(data))
    assert b"/Lang (uk)" in data
    metadata = PdfReader(io.BytesIO(data)).metadata
    assert metadata is not None and metadata.title == "Інвентаризаційний опис станом на 01.12.2026"


def test_the_english_inventory_uses_the_english_names_where_there_are_any() -> None:
    signatory = Signatory(Bilingual("Начальник управління", "Head of Department"),
                          Bilingual("Оксана МЕЛЬНИЧУК", "Oksana MELNYCHUK"))  # fmt: skip
    text = text_of(inventory_pdf(ROWS, AS_OF, "Khmelnytskyi City Council", "en", signatory))
    assert "Inventory of souvenir and gift items" in text and "as of 1 December 2026" in text
    assert "City notebook" in text and "Ручка в тубусі" in text  # no English name: Ukrainian
    assert re.search(r"Grand total\s+1 293\s+UAH 168,425.00", text)
    assert "Head of Department" in text and "Oksana MELNYCHUK" in text


def test_an_empty_catalogue_says_so() -> None:
    text = text_of(inventory_pdf([], AS_OF, COUNCIL, "uk"))
    assert "У каталозі немає жодного предмета." in text and "Усього" not in text


def test_a_long_catalogue_runs_over_pages_with_its_header_repeated() -> None:
    rows = [row(n, f"Сувенір № {n:03d}", f"категорія {n % 7}", n, "10.00") for n in range(1, 201)]
    data = inventory_pdf(rows, AS_OF, COUNCIL, "uk")
    assert page_count(data) > 3
    text = text_of(data)
    assert text.count("Найменування") == page_count(data)
    total = sum(range(1, 201))
    assert re.search(rf"Усього\s+{quantity_text(total).replace(chr(160), ' ')}\s+"
                     rf"{money_text(Decimal(total * 10)).replace(chr(160), ' ')}", text)  # fmt: skip
