"""Stock arithmetic for souvenir and gift items: stock on a date is the sum of movements."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from planner.domain.records import StockMovement

# The English names of the categories the planner suggests (an office may add its own).
CATEGORIES_EN: dict[str, str] = {
    "канцелярія": "stationery",
    "мистецтво": "art",
    "подарункові набори": "gift sets",
    "дрібні сувеніри": "small souvenirs",
    "текстиль": "textiles",
    "продукти": "food",
}


def stock_on(movements: Iterable[StockMovement], day: date) -> int:
    """The quantity on hand at the end of ``day``."""
    return sum(m.quantity for m in movements if m.on <= day)


def first_negative_day(movements: Iterable[StockMovement]) -> date | None:
    """The first day on which the running stock would fall below zero, if any.

    Movements of one day are summed before the check: a purchase and a hand-out recorded for
    the same morning do not depend on the order they were typed in.
    """
    per_day: dict[date, int] = {}
    for movement in movements:
        per_day[movement.on] = per_day.get(movement.on, 0) + movement.quantity
    balance = 0
    for day in sorted(per_day):
        balance += per_day[day]
        if balance < 0:
            return day
    return None
