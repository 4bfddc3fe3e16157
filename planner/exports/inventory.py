"""The inventory of souvenir and gift stock on a date as PDF: the council, the title with the
date, a table № | Item | Category | Quantity | Unit cost | Value grouped by category with a
total per category and a grand total, and a signature block; the same typography as the visit
programme (planner.exports.pdf).

Money is written as Ukrainian documents write it, "1 234,50 грн" (a space between thousands,
a comma before the kopiyky), or "UAH 1,234.50" in English. The builder is fed plain read
models (``GiftStockRow``) and reads nothing itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from planner.domain.messages import Language
from planner.domain.printing import Signatory, date_text, numeric_date
from planner.domain.records import GiftStockRow
from planner.exports.pdf import (
    HEADER_FILL,
    DocumentInfo,
    build_pdf,
    grid_table,
    heading,
    in_language,
    signature_block,
    styles,
    text,
)

__all__ = ["category_totals", "inventory_pdf", "money_text", "quantity_text"]

# Column widths (170 mm in all): №, item, category, quantity, unit cost, value.
COLUMNS = tuple(w * mm for w in (9, 50, 26, 21, 30, 34))
NBSP = "\u00a0"  # a figure is never broken between lines

WORDS: dict[str, tuple[str, str]] = {
    "title": ("Інвентаризаційний опис сувенірної та подарункової продукції",
              "Inventory of souvenir and gift items"),
    "as_of": ("станом на {day}", "as of {day}"),
    "number": ("№", "No."),
    "item": ("Найменування", "Item"),
    "category": ("Категорія", "Category"),
    "quantity": ("Кількість", "Quantity"),
    "unit_cost": ("Ціна за одиницю", "Unit cost"),
    "value": ("Вартість", "Value"),
    "category_total": ("Разом за категорією «{category}»", "Total for “{category}”"),
    "grand_total": ("Усього", "Grand total"),
    "no_category": ("Без категорії", "No category"),
    "no_items": ("У каталозі немає жодного предмета.", "The catalogue has no items."),
    "accountable": ("Матеріально відповідальна особа", "Person accountable for the stock"),
    "document_title": ("Інвентаризаційний опис станом на {day}", "Inventory as of {day}"),
}  # fmt: skip


def words(key: str, language: Language) -> str:
    return in_language(WORDS, key, language)


def money_text(value: Decimal, language: Language = "uk") -> str:
    """ "1 234,50 грн" in Ukrainian, "UAH 1,234.50" in English (to the kopiyka, half up);
    the spaces inside are non-breaking."""
    rounded = value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    sign = "−" if rounded < 0 else ""
    whole, cents = f"{abs(rounded):,.2f}".split(".")
    if language == "en":
        return f"{sign}UAH{NBSP}{whole}.{cents}"
    return f"{sign}{whole.replace(',', NBSP)},{cents}{NBSP}грн"


def quantity_text(quantity: int) -> str:
    """ "1 250": thousands apart with a non-breaking space, in both languages."""
    return f"{quantity:,}".replace(",", NBSP)


def category_of(row: GiftStockRow) -> str:
    return row.item.category.strip()


def category_totals(rows: Sequence[GiftStockRow],
                    language: Language = "uk") -> list[tuple[str, list[GiftStockRow]]]:  # fmt: skip
    """The rows by category, each category named in ``language`` (in English its English
    name where its items have one, else the Ukrainian), in alphabetical order of that name
    (case-insensitive), the rows in each in the order given; an item without a category comes
    last."""
    groups: dict[str, list[GiftStockRow]] = {}
    for row in rows:
        groups.setdefault(category_of(row), []).append(row)

    def shown(category: str, group: list[GiftStockRow]) -> str:
        if language != "en" or not category:
            return category
        english = (r.item.category_en.strip() for r in group)
        return next((name for name in english if name), category)

    named = [(shown(category, group), group) for category, group in groups.items()]
    return sorted(named, key=lambda group: (group[0] == "", group[0].casefold()))


def inventory_pdf(rows: Sequence[GiftStockRow], as_of: date, council: str,
                  language: Language, signatory: Signatory | None = None) -> bytes:  # fmt: skip
    """The inventory on ``as_of`` of the items in ``rows`` (their quantity and value that
    day). ``signatory`` signs at the foot; without one, a line is left for the person
    accountable for the stock to sign."""
    s = styles()
    cell = s.cell
    right = s.cell_right
    bold = s.cell_bold
    bold_right = s.cell_bold_right

    story: list[Flowable] = []
    as_of_line = words("as_of", language).format(day=date_text(as_of, language))
    story.extend(heading(council, words("title", language), as_of_line, s))

    if not rows:
        story.append(Paragraph(text(words("no_items", language)), s.body))
    else:
        header = [Paragraph(text(words(key, language)), s.header_cell)
                  for key in ("number", "item", "category", "quantity", "unit_cost", "value")]  # fmt: skip
        table: list[list[Any]] = [header]
        extra: list[tuple[Any, ...]] = []
        number = 0
        total_quantity, total_value = 0, Decimal(0)
        for category, group in category_totals(rows, language):
            shown = category or words("no_category", language)
            for row in group:
                number += 1
                name = row.item.name_en.strip() if language == "en" else ""
                table.append([
                    Paragraph(f"{number}.", cell),
                    Paragraph(text(name or row.item.name_uk), cell),
                    Paragraph(text(shown), cell),
                    Paragraph(quantity_text(row.quantity), right),
                    Paragraph(money_text(row.item.unit_cost, language), right),
                    Paragraph(money_text(row.value, language), right),
                ])  # fmt: skip
            quantity = sum(r.quantity for r in group)
            value = sum((r.value for r in group), Decimal(0))
            total_quantity += quantity
            total_value += value
            at = len(table)
            label = words("category_total", language).format(category=shown)
            table.append([Paragraph(text(label), bold), "", "",
                          Paragraph(quantity_text(quantity), bold_right), "",
                          Paragraph(money_text(value, language), bold_right)])  # fmt: skip
            extra += [("SPAN", (0, at), (2, at)), ("BACKGROUND", (0, at), (-1, at), "#f4f4f4")]
        at = len(table)
        table.append([Paragraph(text(words("grand_total", language)), bold), "", "",
                      Paragraph(quantity_text(total_quantity), bold_right), "",
                      Paragraph(money_text(total_value, language), bold_right)])  # fmt: skip
        extra += [("SPAN", (0, at), (2, at)), ("BACKGROUND", (0, at), (-1, at), HEADER_FILL)]
        story.append(grid_table(table, COLUMNS, extra=extra))

    story.append(Spacer(1, 12 * mm))
    if signatory:
        position = signatory.position.get(language)
        name = signatory.name_in(language)
    else:
        position, name = words("accountable", language), ""
    story.append(signature_block(position, name or "_" * 20, s))
    day = numeric_date(as_of)
    info = DocumentInfo(
        title=words("document_title", language).format(day=day), language=language,
        author=council.strip(), subject=words("title", language), footer=council.strip(),
    )  # fmt: skip
    return build_pdf(story, info)
