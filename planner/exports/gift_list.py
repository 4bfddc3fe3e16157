"""The gift list of one visit as PDF: the council, the title with the visit and its dates, a
table № | Date | Item or description | Quantity | Recipient | Value in date order, the totals,
and a signature block; the same typography as the inventory and the visit programme
(planner.exports.pdf).

The builder is fed plain read models (``GiftListEntry``, made by the service) and reads
nothing itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from planner.domain.messages import Language
from planner.domain.printing import Signatory, date_range_text, numeric_date
from planner.exports.inventory import money_text, quantity_text
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

__all__ = ["GiftListEntry", "gift_list_pdf", "list_totals"]

# Column widths (170 mm in all): №, date, item or description, quantity, recipient, value.
COLUMNS = tuple(w * mm for w in (9, 20, 52, 20, 39, 30))


@dataclass(frozen=True)
class GiftListEntry:
    """One gift of the visit as the list prints it: a hand-out from the stock, a register
    entry, or both (a hand-out and the register's entry of the same gift)."""

    on: date
    item: str  # the catalogue's name, or the register's description
    recipient: str
    quantity: int = 1  # a register entry is one gift
    value: Decimal | None = None  # None: unknown
    detail: str = ""  # the register's description or occasion, under the item


WORDS: dict[str, tuple[str, str]] = {
    "title": ("Перелік вручених подарунків", "List of gifts given"),
    "visit": ("{visit}, {period}", "{visit}, {period}"),
    "number": ("№", "No."),
    "date": ("Дата", "Date"),
    "item": ("Предмет або опис", "Item or description"),
    "quantity": ("Кількість", "Quantity"),
    "recipient": ("Отримувач", "Recipient"),
    "value": ("Вартість", "Value"),
    "total": ("Усього", "Total"),
    "unknown_value": ("Без зазначеної вартості: {count}", "Without a stated value: {count}"),
    "nothing": ("Під час цього візиту подарунків не вручено.",
                "No gifts were given at this visit."),
    "responsible": ("Відповідальна особа", "Officer responsible"),
    "document_title": ("Перелік подарунків: {visit}", "Gift list: {visit}"),
}  # fmt: skip


def _w(key: str, language: Language) -> str:
    return in_language(WORDS, key, language)


def list_totals(entries: Sequence[GiftListEntry]) -> tuple[int, Decimal]:
    """The quantity and the known value of ``entries``."""
    quantity = sum(e.quantity for e in entries)
    value = sum((e.value for e in entries if e.value is not None), Decimal(0))
    return quantity, value


def gift_list_pdf(entries: Sequence[GiftListEntry], visit: str, first: date, last: date,
                  council: str, language: Language,
                  signatory: Signatory | None = None) -> bytes:  # fmt: skip
    """The gifts of ``entries`` (already in date order) given at ``visit`` (``first`` to
    ``last``); ``signatory`` signs at the foot, else a line is left to sign."""
    s = styles()
    cell = s.cell
    small = s.cell_small
    right = s.cell_right
    bold = s.cell_bold
    bold_right = s.cell_bold_right

    story: list[Flowable] = []
    period = date_range_text(first, last, language)
    line = _w("visit", language).format(visit=visit.strip(), period=period)
    story.extend(heading(council, _w("title", language), line, s))

    if not entries:
        story.append(Paragraph(text(_w("nothing", language)), s.body))
    else:
        header = [Paragraph(text(_w(key, language)), s.header_cell)
                  for key in ("number", "date", "item", "quantity", "recipient", "value")]  # fmt: skip
        rows: list[list[Any]] = [header]
        for number, entry in enumerate(entries, start=1):
            gift: list[Flowable] = [Paragraph(text(entry.item), cell)]
            if entry.detail and entry.detail != entry.item:
                gift.append(Paragraph(text(entry.detail), small))
            rows.append([
                Paragraph(f"{number}.", cell),
                Paragraph(numeric_date(entry.on), cell),
                gift,
                Paragraph(quantity_text(entry.quantity), right),
                Paragraph(text(entry.recipient or "—"), cell),
                Paragraph(money_text(entry.value, language), right)
                if entry.value is not None else "",
            ])  # fmt: skip
        quantity, value = list_totals(entries)
        at = len(rows)
        rows.append([Paragraph(text(_w("total", language)), bold), "", "",
                     Paragraph(quantity_text(quantity), bold_right), "",
                     Paragraph(money_text(value, language), bold_right)])  # fmt: skip
        extra = [("SPAN", (0, at), (2, at)), ("BACKGROUND", (0, at), (-1, at), HEADER_FILL)]
        story.append(grid_table(rows, COLUMNS, extra=extra))
        unknown = sum(1 for e in entries if e.value is None)
        if unknown:
            story.append(Spacer(1, 2 * mm))
            note = _w("unknown_value", language).format(count=unknown)
            story.append(Paragraph(text(note), s.note))

    story.append(Spacer(1, 12 * mm))
    if signatory:
        position, name = signatory.position.get(language), signatory.name_in(language)
    else:
        position, name = _w("responsible", language), ""
    story.append(signature_block(position or _w("responsible", language), name or "_" * 20, s))
    info = DocumentInfo(
        title=_w("document_title", language).format(visit=visit.strip()), language=language,
        author=council.strip(), subject=_w("title", language), footer=council.strip(),
    )  # fmt: skip
    return build_pdf(story, info)
