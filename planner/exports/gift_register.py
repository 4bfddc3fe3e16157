"""The gift register for a period as PDF: every gift given and received, in date order, with
its occasion and delegation, giver and recipient, the item or its description and its value;
for a gift received by an official, whether it is above the legal limit in force that day
(one subsistence minimum per gift, two a year from one source), flagged so that it is handed
over to the community's property. The same typography as the visit programme.

The builder is fed plain read models (``RegisterEntry``, made by the service) and reads
nothing itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from planner.domain.enums import GiftDirection
from planner.domain.messages import Language
from planner.domain.printing import Signatory, date_range_text, numeric_date
from planner.exports.inventory import money_text
from planner.exports.pdf import (
    DocumentInfo,
    build_pdf,
    grid_table,
    heading,
    in_language,
    signature_block,
    styles,
    text,
)

__all__ = ["LimitCheck", "RegisterEntry", "gift_register_pdf"]

# Column widths (170 mm in all): №, date, occasion and delegation, giver → recipient, item,
# value, above the limit.
COLUMNS = tuple(w * mm for w in (8, 19, 32, 34, 27, 27, 23))
FLAG_FILL = colors.HexColor("#fde2e2")


@dataclass(frozen=True)
class LimitCheck:
    """A received gift measured against the limits in force on its day."""

    per_gift: Decimal | None  # None: no limit was in force that day
    per_year: Decimal | None
    value: Decimal | None  # this gift's
    from_source_this_year: Decimal  # this gift and those before it this year, same source
    marked: bool = False  # the officer marked it as above the limit

    @property
    def above_per_gift(self) -> bool:
        return self.per_gift is not None and self.value is not None and self.value > self.per_gift

    @property
    def above_per_year(self) -> bool:
        return self.per_year is not None and self.from_source_this_year > self.per_year

    @property
    def above(self) -> bool:
        return self.marked or self.above_per_gift or self.above_per_year


@dataclass(frozen=True)
class RegisterEntry:
    """One gift as the register prints it."""

    on: date
    direction: GiftDirection
    description: str
    occasion: str = ""
    delegation: str = ""
    giver: str = ""
    recipient: str = ""
    item: str = ""
    value: Decimal | None = None
    handed_over: bool = False
    limit: LimitCheck | None = None  # received gifts only
    record_id: int | None = None  # the register entry this line prints


WORDS: dict[str, tuple[str, str]] = {
    "title": ("Реєстр подарунків", "Gift register"),
    "period": ("за період: {period}", "for the period {period}"),
    "number": ("№", "No."),
    "date": ("Дата", "Date"),
    "occasion": ("Привід, делегація", "Occasion, delegation"),
    "parties": ("Хто → кому", "Giver → recipient"),
    "gift": ("Подарунок", "Gift"),
    "value": ("Вартість", "Value"),
    "above": ("Понад ліміт", "Above the limit"),
    "given": ("подаровано", "given"),
    "received": ("отримано", "received"),
    "yes_per_gift": ("ТАК: понад {limit} за подарунок", "YES: over {limit} per gift"),
    "yes_per_year": ("ТАК: понад {limit} на рік від одного джерела",
                     "YES: over {limit} a year from one source"),
    "yes_marked": ("ТАК (позначено)", "YES (marked)"),
    "no": ("ні", "no"),
    "no_limit": ("ліміт не задано", "no limit set"),
    "no_value": ("вартість невідома", "value unknown"),
    "handed_over": ("передано у власність громади", "handed over to the community"),
    "nothing": ("За цей період подарунків не записано.", "No gifts are recorded for the period."),
    "total_given": ("Подаровано: {count}, на суму {value}", "Given: {count}, worth {value}"),
    "total_received": ("Отримано: {count}, на суму {value}", "Received: {count}, worth {value}"),
    "total_above": ("З них понад законодавчий ліміт: {count}",
                    "Of which above the legal limit: {count}"),
    "limits_note": ("Ліміти — на день отримання подарунка: один прожитковий мінімум для "
                    "працездатних осіб на подарунок, два — на рік від однієї особи (групи "
                    "осіб); подарунок понад ліміт передається у власність громади.",
                    "Limits as on the day a gift is received: one subsistence minimum per "
                    "gift, two a year from one source; a gift above the limit is handed over "
                    "to the community's property."),
    "document_title": ("Реєстр подарунків за {first} – {last}", "Gift register {first} – {last}"),
}  # fmt: skip


def _w(key: str, language: Language) -> str:
    return in_language(WORDS, key, language)


def limit_text(check: LimitCheck, value: Decimal | None, language: Language) -> str:
    """What the register says in the "above the limit" cell of a received gift."""
    if check.above_per_gift and check.per_gift is not None:
        return _w("yes_per_gift", language).format(limit=money_text(check.per_gift, language))
    if check.above_per_year and check.per_year is not None:
        return _w("yes_per_year", language).format(limit=money_text(check.per_year, language))
    if check.marked:
        return _w("yes_marked", language)
    if value is None:
        return _w("no_value", language)
    if check.per_gift is None:
        return _w("no_limit", language)
    return _w("no", language)


def gift_register_pdf(entries: Sequence[RegisterEntry], first: date, last: date, council: str,
                      language: Language, signatory: Signatory | None = None) -> bytes:  # fmt: skip
    """The register of ``entries`` (already in date order) for ``first`` to ``last``."""
    s = styles()
    cell = s.cell
    small = s.cell_small
    right = s.cell_right
    flag = ParagraphStyle("register_flag", parent=s.cell_bold, fontSize=9.5, leading=11.4,
                          textColor=colors.HexColor("#9b1c1c"))  # fmt: skip

    story: list[Flowable] = []
    period = date_range_text(first, last, language)
    story.extend(heading(council, _w("title", language),
                         _w("period", language).format(period=period), s))  # fmt: skip

    if not entries:
        story.append(Paragraph(text(_w("nothing", language)), s.body))
    else:
        header = [Paragraph(text(_w(key, language)), s.header_cell)
                  for key in ("number", "date", "occasion", "parties", "gift", "value", "above")]  # fmt: skip
        rows: list[list[Any]] = [header]
        extra: list[tuple[Any, ...]] = []
        for number, entry in enumerate(entries, start=1):
            parts = [entry.occasion] if entry.occasion else []
            if entry.delegation and entry.delegation != entry.occasion:
                parts.append(entry.delegation)
            occasion = [Paragraph(text(part), cell if n == 0 else small)
                        for n, part in enumerate(parts)]  # fmt: skip
            parties = f"{entry.giver or '—'} → {entry.recipient or '—'}"
            gift: list[Flowable] = [Paragraph(text(entry.description), cell)]
            if entry.item and entry.item != entry.description:
                gift.append(Paragraph(text(entry.item), small))
            value = (Paragraph(money_text(entry.value, language), right)
                     if entry.value is not None else "")  # fmt: skip
            above: list[Flowable] = []
            if entry.direction is GiftDirection.RECEIVED and entry.limit is not None:
                shown = limit_text(entry.limit, entry.value, language)
                above.append(Paragraph(text(shown), flag if entry.limit.above else small))
                if entry.limit.above:
                    extra.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), FLAG_FILL))
            if entry.handed_over:
                above.append(Paragraph(text(_w("handed_over", language)), small))
            rows.append([
                Paragraph(f"{number}.", cell),
                [Paragraph(numeric_date(entry.on), cell),
                 Paragraph(text(_w(entry.direction.value, language)), small)],
                occasion, Paragraph(text(parties), cell), gift, value, above,
            ])  # fmt: skip
        story.append(grid_table(rows, COLUMNS, extra=extra))
        story.append(Spacer(1, 4 * mm))
        for direction in (GiftDirection.GIVEN, GiftDirection.RECEIVED):
            mine = [e for e in entries if e.direction is direction]
            worth = sum((e.value for e in mine if e.value is not None), Decimal(0))
            line = _w(f"total_{direction.value}", language).format(
                count=len(mine), value=money_text(worth, language)
            )
            story.append(Paragraph(text(line), s.body))
        flagged = sum(1 for e in entries if e.limit is not None and e.limit.above)
        story.append(Paragraph(text(_w("total_above", language).format(count=flagged)), s.body))
        story.append(Spacer(1, 2 * mm))
        story.append(Paragraph(text(_w("limits_note", language)), s.note))

    story.append(Spacer(1, 12 * mm))
    if signatory:
        story.append(signature_block(signatory.position.get(language),
                                     signatory.name_in(language) or "_" * 20, s))  # fmt: skip
    info = DocumentInfo(
        title=_w("document_title", language).format(first=numeric_date(first),
                                                    last=numeric_date(last)),
        language=language, author=council.strip(), subject=_w("title", language),
        footer=council.strip(),
    )  # fmt: skip
    return build_pdf(story, info)
