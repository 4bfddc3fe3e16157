"""Stock of souvenirs on a date, and the first day a history of movements would go below zero."""

from __future__ import annotations

from datetime import date

from planner.domain.enums import MovementKind
from planner.domain.records import StockMovement
from planner.domain.stock import first_negative_day, stock_on


def movement(on: date, quantity: int) -> StockMovement:
    kind = MovementKind.PURCHASE if quantity > 0 else MovementKind.HAND_OUT
    return StockMovement(item_id=1, kind=kind, on=on, quantity=quantity)


PURCHASE = movement(date(2024, 3, 1), 10)
HAND_OUT_IN_MARCH = movement(date(2024, 3, 18), -4)
HAND_OUT_IN_SEPTEMBER = movement(date(2024, 9, 28), -6)


def test_stock_on_a_date_sums_the_movements_up_to_that_day() -> None:
    history = [HAND_OUT_IN_SEPTEMBER, PURCHASE, HAND_OUT_IN_MARCH]
    assert stock_on(history, date(2024, 2, 29)) == 0
    assert stock_on(history, date(2024, 3, 1)) == 10
    assert stock_on(history, date(2024, 3, 18)) == 6
    assert stock_on(history, date(2024, 12, 31)) == 0


def test_a_history_that_never_goes_below_zero_has_no_negative_day() -> None:
    assert first_negative_day([]) is None
    assert first_negative_day([PURCHASE, HAND_OUT_IN_MARCH, HAND_OUT_IN_SEPTEMBER]) is None


def test_a_back_dated_hand_out_makes_its_own_day_negative() -> None:
    back_dated = movement(date(2024, 2, 1), -1)
    assert first_negative_day([PURCHASE, back_dated]) == date(2024, 2, 1)


def test_the_first_negative_day_is_reported_even_if_a_later_purchase_recovers() -> None:
    history = [
        movement(date(2024, 3, 1), 2),
        movement(date(2024, 3, 5), -3),
        movement(date(2024, 3, 9), -1),
        movement(date(2024, 4, 1), 50),
    ]
    assert first_negative_day(history) == date(2024, 3, 5)


def test_a_purchase_and_a_hand_out_on_the_same_day_do_not_depend_on_typing_order() -> None:
    day = date(2024, 9, 27)
    assert first_negative_day([movement(day, -5), movement(day, 5)]) is None
    assert first_negative_day([movement(day, 5), movement(day, -6)]) == day
