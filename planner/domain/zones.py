"""Time zones of visits: Europe/Kyiv at home, the host city's zone abroad."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from planner.domain.records import HOME_TIMEZONE


def local(moment: datetime, zone: str) -> datetime:
    """``moment`` as the wall-clock time in ``zone``."""
    return moment.astimezone(ZoneInfo(zone))


def local_date(moment: datetime, zone: str) -> date:
    return local(moment, zone).date()


def local_days(starts: datetime, ends: datetime, zone: str) -> tuple[date, date]:
    """The first and last day an item touches in ``zone``. An item that ends at midnight does
    not touch the day that begins then (a dinner from 22:00 to 00:00 is on one day)."""
    first = local_date(starts, zone)
    end = local(ends, zone)
    last = (end - timedelta(microseconds=1)).date() if ends > starts else end.date()
    return first, max(first, last)


def today_in_kyiv() -> date:
    """Today as the office counts it, whatever the computer's own zone."""
    return datetime.now(ZoneInfo(HOME_TIMEZONE)).date()


def at(day: date, hour: int, minute: int, zone: str) -> datetime:
    """The aware datetime of a wall-clock time on ``day`` in ``zone``."""
    return datetime.combine(day, time(hour, minute), tzinfo=ZoneInfo(zone))


def kyiv(moment: datetime) -> datetime:
    """The same moment in Kyiv time, shown beside the local time for visits abroad."""
    return local(moment, HOME_TIMEZONE)
