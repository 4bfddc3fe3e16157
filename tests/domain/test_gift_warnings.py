"""The planning warnings as pure rules: stock on the day, and the same item given before."""

from __future__ import annotations

from datetime import date

from planner.domain.gift_warnings import (
    EarlierGift,
    GiftWarningCode,
    available_from,
    check_gift,
)
from planner.domain.printing import Bilingual

PAINTING = Bilingual("Картина «Поділля»", "Painting “Podillia”")
PRAGUE = Bilingual("Прага 6", "Prague 6")


def test_the_least_stock_from_that_day_on_is_what_can_be_given() -> None:
    running = [(date(2025, 1, 10), 5), (date(2025, 6, 5), 3), (date(2025, 9, 1), 1)]
    assert available_from(running, date(2025, 1, 1)) == 0  # nothing bought yet
    assert available_from(running, date(2025, 3, 1)) == 1  # a later hand-out leaves one
    assert available_from(running, date(2025, 12, 1)) == 1
    assert available_from([], date(2025, 3, 1)) == 0


def test_too_little_stock_says_how_many_there_are() -> None:
    (warning,) = check_gift(PAINTING, date(2025, 6, 5), 3, 2)
    assert warning.code is GiftWarningCode.LOW_STOCK
    assert warning.message("uk") == (
        "Замало на складі на 05.06.2025: «Картина «Поділля»» є 2 шт., заплановано 3."
    )
    assert warning.message("en") == (
        "Not enough in stock on 05.06.2025: “Painting “Podillia”” has 2, 3 planned."
    )


def test_enough_stock_and_no_earlier_gift_is_quiet() -> None:
    assert check_gift(PAINTING, date(2025, 6, 5), 2, 2, PRAGUE, []) == []


def test_the_same_item_given_before_names_the_dates_and_occasions() -> None:
    earlier = [
        EarlierGift(date(2025, 5, 12), "", Bilingual("Візит Праги 6", "Prague 6 visit")),
        EarlierGift(date(2023, 9, 1), "День міста"),
    ]
    (warning,) = check_gift(PAINTING, date(2026, 4, 2), 1, 5, PRAGUE, earlier)
    assert warning.code is GiftWarningCode.GIVEN_BEFORE
    assert [e.on for e in warning.earlier] == [date(2023, 9, 1), date(2025, 5, 12)]
    assert warning.message("uk") == (
        "«Картина «Поділля»» уже дарували отримувачу «Прага 6»: "
        "01.09.2023 (День міста); 12.05.2025 (Візит Праги 6)."
    )
    assert warning.message("en") == (
        "“Painting “Podillia”” was already given to Prague 6: "
        "01.09.2023 (День міста); 12.05.2025 (Prague 6 visit)."
    )


def test_both_warnings_at_once() -> None:
    codes = [w.code for w in check_gift(PAINTING, date(2026, 4, 2), 2, 0, PRAGUE,
                                        [EarlierGift(date(2025, 5, 12))])]  # fmt: skip
    assert codes == [GiftWarningCode.LOW_STOCK, GiftWarningCode.GIVEN_BEFORE]
