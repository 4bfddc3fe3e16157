"""The inventory of souvenir and gift stock on a date as an .xlsx workbook (openpyxl).

Quantities and money are real numbers with number formats, so the accountant can sum and sort
them; the totals per category and overall are numbers too, written out rather than left to
formulas. No cell is ever a formula: openpyxl takes any text beginning with "=" for one (and
"#N/A" and the like for an error), so every text cell is written as a string explicitly, and
texts that a spreadsheet would read as the start of a formula when the cell is edited ("=",
"+", "-", "@", a tab or a line break first) carry the quotePrefix style, which keeps them text.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from planner.domain.messages import Language
from planner.domain.printing import date_text
from planner.domain.records import GiftStockRow
from planner.exports.inventory import category_totals, words

__all__ = ["FORMULA_STARTS", "inventory_xlsx"]

# What a spreadsheet takes for the start of a formula (OWASP's list for CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
QUANTITY_FORMAT = "#,##0"
MONEY_FORMAT = "#,##0.00"
BOLD = Font(bold=True)
TOTAL_FILL = PatternFill("solid", fgColor="F4F4F4")
GRAND_FILL = PatternFill("solid", fgColor="E8E8E8")
WIDTHS = (6, 48, 22, 12, 16, 18)


def _text(cell: Cell, value: str) -> None:
    """Put ``value`` in ``cell`` as text, never as a formula or an error value."""
    cleaned = ILLEGAL_CHARACTERS_RE.sub("", value)
    cell.value = cleaned
    cell.data_type = "s"
    if cleaned.startswith(FORMULA_STARTS):
        cell.quotePrefix = True


def _number(cell: Cell, value: int | Decimal, number_format: str) -> None:
    cell.value = value
    cell.number_format = number_format


def inventory_xlsx(rows: Sequence[GiftStockRow], as_of: date, language: Language) -> bytes:
    """The inventory on ``as_of`` as an .xlsx workbook: a title, the day, a header, one row
    per item (№, item, category, quantity, unit cost, value), a total row per category and a
    grand total row."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Інвентаризація" if language == "uk" else "Inventory"
    money = "грн" if language == "uk" else "UAH"

    def put(row: int, column: int, value: Any, number_format: str = "") -> Cell:
        cell: Cell = sheet.cell(row=row, column=column)
        if isinstance(value, str):
            _text(cell, value)
        elif value is not None:
            _number(cell, value, number_format)
        return cell

    put(1, 1, words("title", language)).font = Font(bold=True, size=13)
    put(2, 1, words("as_of", language).format(day=date_text(as_of, language)))
    headers = [words("number", language), words("item", language), words("category", language),
               words("quantity", language), f"{words('unit_cost', language)}, {money}",
               f"{words('value', language)}, {money}"]  # fmt: skip
    header_row = 4
    for column, header in enumerate(headers, start=1):
        cell = put(header_row, column, header)
        cell.font = BOLD
        cell.fill = GRAND_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    at = header_row
    number = 0
    total_quantity, total_value = 0, Decimal(0)
    for category, group in category_totals(rows, language):
        shown = category or words("no_category", language)
        for stock in group:
            at += 1
            number += 1
            name = stock.item.name_en.strip() if language == "en" else ""
            put(at, 1, number, "0")
            put(at, 2, name or stock.item.name_uk)
            put(at, 3, shown)
            put(at, 4, stock.quantity, QUANTITY_FORMAT)
            put(at, 5, stock.item.unit_cost, MONEY_FORMAT)
            put(at, 6, stock.value, MONEY_FORMAT)
        quantity = sum(r.quantity for r in group)
        value = sum((r.value for r in group), Decimal(0))
        total_quantity += quantity
        total_value += value
        at += 1
        _total_row(put, at, words("category_total", language).format(category=shown),
                   quantity, value, TOTAL_FILL)  # fmt: skip
    if rows:
        at += 1
        _total_row(put, at, words("grand_total", language), total_quantity, total_value,
                   GRAND_FILL)  # fmt: skip
    else:
        put(header_row + 1, 2, words("no_items", language))

    for column, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    # The same figures give the same file: no clock in the workbook's properties.
    moment = datetime(as_of.year, as_of.month, as_of.day)
    book.properties.created = moment
    book.properties.modified = moment
    book.properties.creator = "Delegation planner"
    book.properties.title = words("document_title", language).format(day=f"{as_of:%d.%m.%Y}")
    book.properties.language = language
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _total_row(put: Any, at: int, label: str, quantity: int, value: Decimal,
               fill: PatternFill) -> None:  # fmt: skip
    cells = [put(at, 2, label), put(at, 4, quantity, QUANTITY_FORMAT),
             put(at, 6, value, MONEY_FORMAT)]  # fmt: skip
    for column in (1, 3, 5):
        cells.append(put(at, column, None))
    for cell in cells:
        cell.font = BOLD
        cell.fill = fill
