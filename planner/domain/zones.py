"""Time zones of visits: Europe/Kyiv at home, the host city's zone abroad."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from planner.domain.records import HOME_TIMEZONE


def local(moment: datetime, zone: str) -> datetime:
    """``moment`` as the wall-clock time in ``zone``."""
    return moment.astimezone(ZoneInfo(zone))


def local_date(moment: datetime, zone: str) -> date:
    return local(moment, zone).date()


def at(day: date, hour: int, minute: int, zone: str) -> datetime:
    """The aware datetime of a wall-clock time on ``day`` in ``zone``."""
    return datetime.combine(day, time(hour, minute), tzinfo=ZoneInfo(zone))


def kyiv(moment: datetime) -> datetime:
    """The same moment in Kyiv time, shown beside the local time for visits abroad."""
    return local(moment, HOME_TIMEZONE)
