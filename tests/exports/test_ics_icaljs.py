"""An independent parser reads what the planner writes: Mozilla's ical.js (Thunderbird's), run
under node on each file, must find every instant where Python's zoneinfo puts it.

The spread: an event every few days at a changing hour from 2022 to 2027 in Kyiv, Taipei,
New York and Cairo (whose DST came back in 2023), and every hour of each day on which a
clock changes. Local times that do not exist or come twice at a change are left out: a
wall-clock time cannot name them unambiguously.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest

from planner.domain.calendar import CalendarEvent, CalendarVisit
from planner.exports.ics_export import calendar_ics
from tests.exports import calendar_samples as sample
from tests.exports.icaljs import read_with_icaljs
from tests.exports.test_ics_export import CASES, golden_bytes

ZONES = ("Europe/Kyiv", "Asia/Taipei", "America/New_York", "Africa/Cairo")
FIRST, LAST = date(2022, 1, 1), date(2027, 12, 31)


def unambiguous(day: date, hour: int, minute: int, zone: ZoneInfo) -> datetime | None:
    """The wall-clock time in ``zone``, or None when it does not exist or comes twice."""
    earlier = datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone, fold=0)
    later = earlier.replace(fold=1)
    return earlier if earlier.utcoffset() == later.utcoffset() else None


def clock_changes(zone: ZoneInfo, day: date) -> bool:
    start = datetime(day.year, day.month, day.day, tzinfo=zone)
    return start.utcoffset() != (start + timedelta(days=1)).astimezone(zone).utcoffset()


def spread_events() -> list[CalendarEvent]:
    events: list[CalendarEvent] = []
    for zone_name in ZONES:
        zone = ZoneInfo(zone_name)
        day, step = FIRST, 0
        while day <= LAST:
            hours = range(24) if clock_changes(zone, day) else [(step * 7) % 24]
            for hour in hours:
                minute = 30 if step % 2 else 0
                starts = unambiguous(day, hour, minute, zone)
                # The end is a wall-clock time too: it must also name one instant.
                ends_wall = datetime(day.year, day.month, day.day, hour, minute) + timedelta(
                    hours=2
                )
                ends = unambiguous(ends_wall.date(), ends_wall.hour, ends_wall.minute, zone)
                if starts is None or ends is None:
                    continue
                events.append(CalendarEvent(
                    uid=f"{zone_name}-{day.isoformat()}-{hour}@spread",
                    starts_at=starts, ends_at=ends, timezone=zone_name,
                    title_uk=f"Пункт {day} {hour}:{minute:02d}",
                ))  # fmt: skip
            # Every few days, the next day of each DST change too (they may fall between).
            day += timedelta(days=1 if clock_changes(zone, day + timedelta(days=1)) else 3)
            step += 1
    return events


def spread_visit() -> CalendarVisit:
    return CalendarVisit(uid="spread@planner", title_uk="П’ять років", start_date=FIRST,
                         end_date=LAST, events=tuple(spread_events()), show_visit=False)  # fmt: skip


def wrong_instants(read: dict[str, Any], events: list[CalendarEvent]) -> list[str]:
    """The events whose start or end ical.js puts anywhere else than zoneinfo does."""
    by_uid = {e["uid"]: e for e in read["events"]}
    assert set(by_uid) == {e.uid for e in events}
    wrong = []
    for event in events:
        got = by_uid[event.uid]
        want = (int(event.starts_at.timestamp()), int(event.ends_at.timestamp()))
        if (got["start"], got["end"]) != want:
            wrong.append(f"{event.uid}: {got['start'] - want[0]:+d} s")
    return wrong


def icalendar_with_missing_timezones(events: list[CalendarEvent]) -> bytes:
    """The same events as bare icalendar writes them, zones by add_missing_timezones()."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//test//icalendar//EN")
    calendar.add("version", "2.0")
    for event in events:
        vevent = icalendar.Event()
        vevent.add("uid", event.uid)
        vevent.add("dtstamp", sample.STAMP)
        vevent.add("dtstart", event.starts_at)
        vevent.add("dtend", event.ends_at)
        vevent.add("summary", event.title_uk)
        calendar.add_component(vevent)
    calendar.add_missing_timezones()
    return calendar.to_ical()  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def spread() -> CalendarVisit:
    return spread_visit()


def test_the_spread_is_wide_enough(spread: CalendarVisit) -> None:
    years = {(e.timezone, e.starts_at.year) for e in spread.events}
    assert years == {(zone, year) for zone in ZONES for year in range(2022, 2028)}
    near_changes = [e for e in spread.events if clock_changes(ZoneInfo(e.timezone),
                                                              e.starts_at.date())]  # fmt: skip
    assert len(near_changes) > 4 * 20  # Cairo had no DST in 2022: 3 zones x 12 + 2 x 5
    assert len(spread.events) > 2500


@pytest.mark.parametrize("utc", [False, True], ids=["zones", "utc"])
def test_icaljs_finds_every_instant_where_zoneinfo_does(
    spread: CalendarVisit, tmp_path: Path, utc: bool
) -> None:
    path = tmp_path / "spread.ics"
    path.write_bytes(calendar_ics([spread], stamp=sample.STAMP, name="Spread",
                                  organizer=sample.OFFICE, utc=utc))  # fmt: skip
    read = read_with_icaljs(path)
    assert read["timezones"] == ([] if utc else sorted(ZONES))
    assert wrong_instants(read, list(spread.events)) == []


def test_the_check_catches_comma_joined_rdates(spread: CalendarVisit, tmp_path: Path) -> None:
    """The same comparison fails on icalendar's add_missing_timezones(): proof that it can."""
    data = icalendar_with_missing_timezones(list(spread.events))
    if b"RDATE:" not in data or b"," not in data.split(b"RDATE:", 1)[1].split(b"\r\n")[0]:
        pytest.skip("this icalendar no longer writes comma-joined RDATE lists")
    path = tmp_path / "add_missing_timezones.ics"
    path.write_bytes(data)
    wrong = wrong_instants(read_with_icaljs(path), list(spread.events))
    assert len(wrong) > len(spread.events) // 10, wrong[:5]


@pytest.mark.parametrize("name", sorted(CASES))
def test_icaljs_reads_each_golden_export_as_meant(name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_bytes(golden_bytes(name))
    read = read_with_icaljs(path)
    build, options = CASES[name]
    visits = build()
    assert read["method"] == "PUBLISH" and read["name"] == "Програма візитів"
    expected: dict[str, tuple[Any, Any]] = {}
    for visit in visits:
        if visit.show_visit:
            expected[visit.uid] = (visit.start_date.isoformat(),
                                   (visit.end_date + timedelta(days=1)).isoformat())  # fmt: skip
        for event in visit.events:
            expected[event.uid] = (int(event.starts_at.timestamp()),
                                   int(event.ends_at.timestamp()))  # fmt: skip
    assert {e["uid"]: (e["start"], e["end"]) for e in read["events"]} == expected
    english = options.get("language") == "en"
    titles = {e["uid"]: e["summary"] for e in read["events"]}
    for visit in visits:
        for event in visit.events:
            wanted = event.title_en if english and event.title_en else event.title_uk
            assert titles[event.uid] == wanted


def test_text_comes_back_whole_through_icaljs(tmp_path: Path) -> None:
    """Commas, semicolons, backslashes (a backslash before "n" too), line breaks, Cyrillic and
    long lines, unescaped and unfolded by another parser."""
    tricky = "Кава, чай; \\n — не перенесення, а C:\\temp\\new\nДругий рядок ї" * 5
    visit = sample.kyiv_visit()
    event = visit.events[1]
    changed = CalendarVisit(
        uid=visit.uid, title_uk=tricky, start_date=visit.start_date, end_date=visit.end_date,
        events=(CalendarEvent(uid=event.uid, starts_at=event.starts_at,
                              ends_at=event.ends_at, title_uk=tricky, description=tricky,
                              venue_name=tricky),),
    )  # fmt: skip
    path = tmp_path / "tricky.ics"
    path.write_bytes(calendar_ics([changed], stamp=datetime(2024, 1, 1, tzinfo=UTC),
                                  name=tricky, organizer=sample.OFFICE))  # fmt: skip
    # (ical.js does not know RFC 7986's NAME, so it leaves that value escaped: not checked.)
    whole, item = read_with_icaljs(path)["events"]
    assert whole["summary"] == tricky
    assert (item["summary"], item["description"], item["location"]) == (tricky, tricky, tricky)
