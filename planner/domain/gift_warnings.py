"""Warnings while planning a visit's gifts: too little stock on the day, and the same item
given to the same partner or person before (so that a twin city does not get the same
painting twice). Pure rules: the service gathers the figures and the earlier gifts.

A warning does not forbid anything; it is said to the officer, in Ukrainian or English.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from planner.domain.messages import Language, message
from planner.domain.printing import Bilingual, numeric_date

__all__ = [
    "EarlierGift",
    "GiftWarning",
    "GiftWarningCode",
    "available_from",
    "check_gift",
    "earlier_text",
]


NOBODY = Bilingual()  # no name known


class GiftWarningCode(StrEnum):
    LOW_STOCK = "gift_low_stock"
    GIVEN_BEFORE = "gift_given_before"


@dataclass(frozen=True)
class EarlierGift:
    """The item given before to the same recipient: a hand-out, a register entry, or both."""

    on: date
    occasion: str = ""  # as the register wrote it
    delegation: Bilingual = NOBODY  # the visit it was given at


@dataclass(frozen=True)
class GiftWarning:
    code: GiftWarningCode
    item: Bilingual
    on: date
    available: int = 0  # LOW_STOCK: how many there are
    requested: int = 0
    recipient: Bilingual = NOBODY  # GIVEN_BEFORE: to whom
    earlier: tuple[EarlierGift, ...] = ()  # GIVEN_BEFORE: oldest first

    def message(self, lang: Language) -> str:
        params: dict[str, object] = {
            "item": self.item.get(lang), "date": numeric_date(self.on),
            "available": self.available, "requested": self.requested,
            "recipient": self.recipient.get(lang), "earlier": earlier_text(self.earlier, lang),
        }  # fmt: skip
        return message(self.code.value, params, lang)


def earlier_text(earlier: Iterable[EarlierGift], lang: Language) -> str:
    """ "12.05.2024 (Дні міста, Візит делегації Праги 6); 03.10.2025" """
    parts = []
    for gift in earlier:
        about = [gift.occasion.strip()] if gift.occasion.strip() else []
        visit = gift.delegation.get(lang)
        if visit and visit not in about:
            about.append(visit)
        parts.append(numeric_date(gift.on) + (f" ({', '.join(about)})" if about else ""))
    return "; ".join(parts)


def available_from(running: Sequence[tuple[date, int]], on: date) -> int:
    """How many can be handed out on ``on`` without the stock going below zero on that day or
    any later one: the least running stock from ``on`` on. ``running`` is the stock at the
    end of each day that has movements, in date order."""
    before = [quantity for day, quantity in running if day < on]
    from_then = [quantity for day, quantity in running if day >= on]
    at_start = before[-1] if before else 0
    return min([at_start, *from_then])


def check_gift(item: Bilingual, on: date, quantity: int, available: int,
               recipient: Bilingual = NOBODY,
               earlier: Iterable[EarlierGift] = ()) -> list[GiftWarning]:  # fmt: skip
    """The warnings for handing out ``quantity`` of ``item`` on ``on`` when ``available`` can
    be; ``earlier`` are the times the item was given to this recipient before."""
    warnings: list[GiftWarning] = []
    if quantity > available:
        warnings.append(GiftWarning(GiftWarningCode.LOW_STOCK, item, on,
                                    available=max(available, 0), requested=quantity))  # fmt: skip
    before = tuple(sorted(earlier, key=lambda gift: gift.on))
    if before:
        warnings.append(GiftWarning(GiftWarningCode.GIVEN_BEFORE, item, on, requested=quantity,
                                    recipient=recipient, earlier=before))  # fmt: skip
    return warnings
