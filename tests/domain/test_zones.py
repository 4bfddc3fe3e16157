"""Visit time zones: Kyiv at home, the host city's zone abroad, daylight saving included."""

from __future__ import annotations

from datetime import UTC, date, datetime

from planner.domain.zones import at, kyiv, local, local_date, local_days


def test_at_gives_the_wall_clock_time_in_the_zone() -> None:
    breakfast = at(date(2024, 3, 18), 1, 0, "Asia/Taipei")
    assert breakfast.astimezone(UTC) == datetime(2024, 3, 17, 17, 0, tzinfo=UTC)
    assert local_date(breakfast, "Asia/Taipei") == date(2024, 3, 18)
    assert local_date(breakfast, "UTC") == date(2024, 3, 17)


def test_kyiv_time_follows_daylight_saving() -> None:
    # Kyiv moved to summer time on 31 March 2024: UTC+2 before, UTC+3 after.
    winter = at(date(2024, 3, 18), 10, 0, "Europe/Kyiv")
    summer = at(date(2024, 9, 27), 10, 0, "Europe/Kyiv")
    assert winter.astimezone(UTC).hour == 8
    assert summer.astimezone(UTC).hour == 7


def test_a_moment_abroad_is_shown_beside_kyiv_time() -> None:
    summit_opening = at(date(2024, 3, 18), 9, 30, "Asia/Taipei")
    in_kyiv = kyiv(summit_opening)
    assert (in_kyiv.date(), in_kyiv.hour, in_kyiv.minute) == (date(2024, 3, 18), 3, 30)
    assert str(in_kyiv.tzinfo) == "Europe/Kyiv"
    assert local(in_kyiv, "Asia/Taipei") == summit_opening


def test_the_days_an_item_touches_are_counted_in_the_visits_zone() -> None:
    taipei = "Asia/Taipei"
    # 01:00 on 18 March in Taipei is still 17 March in UTC and in Kyiv.
    assert local_days(at(date(2024, 3, 18), 1, 0, taipei), at(date(2024, 3, 18), 2, 0, taipei),
                      taipei) == (date(2024, 3, 18), date(2024, 3, 18))  # fmt: skip
    # Ending at midnight does not touch the next day; ending a minute later does.
    dinner = at(date(2024, 9, 29), 22, 0, "Europe/Kyiv")
    midnight = at(date(2024, 9, 30), 0, 0, "Europe/Kyiv")
    assert local_days(dinner, midnight, "Europe/Kyiv") == (date(2024, 9, 29), date(2024, 9, 29))
    assert local_days(dinner, at(date(2024, 9, 30), 0, 1, "Europe/Kyiv"), "Europe/Kyiv") == (
        date(2024, 9, 29), date(2024, 9, 30),
    )  # fmt: skip
    # A zero-length moment at midnight belongs to the day it marks.
    assert local_days(midnight, midnight, "Europe/Kyiv") == (date(2024, 9, 30), date(2024, 9, 30))
