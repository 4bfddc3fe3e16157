"""Visit time zones: Kyiv at home, the host city's zone abroad, daylight saving included."""

from __future__ import annotations

from datetime import UTC, date, datetime

from planner.domain.zones import at, kyiv, local, local_date


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
