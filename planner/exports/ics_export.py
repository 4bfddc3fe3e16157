"""iCalendar (RFC 5545) files of visits and their programmes, for colleagues' calendars.

Small pure functions from the read models of ``planner.domain.calendar`` to bytes, written
line by line (the ``icalendar`` library's object tree costs far more than the text itself).
What every calendar client must read right:

- CRLF line ends; lines folded at 75 octets, never inside a UTF-8 sequence;
- a published calendar: METHOD:PUBLISH, an ORGANIZER (the office), no ATTENDEE lines;
- every TZID with a VTIMEZONE made from zoneinfo for the years the file covers, as yearly
  RRULEs, and one observance per onset where the rules changed. Never comma-joined RDATE
  lists: ical.js (Thunderbird), vobject and Outlook read only their first date, and are an
  hour off from the second year on;
- no floating times: local times carry their TZID, or (``utc=True``) everything is UTC;
- stable UIDs with SEQUENCE and LAST-MODIFIED, so a file imported again updates events;
- checklist tasks, when asked for, as VTODOs due on a day (``DUE;VALUE=DATE``), which
  Thunderbird, Apple Reminders/Calendar and Outlook show in their task lists.
"""

from __future__ import annotations

import calendar as gregorian
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from planner.domain.calendar import (
    CalendarEvent,
    CalendarPerson,
    CalendarTask,
    CalendarVisit,
    ExportSummary,
)
from planner.domain.enums import AgendaStatus, DelegationStatus, TaskStatus
from planner.domain.messages import DEFAULT_LANGUAGE, Language, enum_label, message
from planner.domain.records import HOME_TIMEZONE

PRODUCT = "Delegation planner"
# ORGANIZER must be a calendar address; the office's own e-mail when it is known, else an
# address that plainly goes nowhere (RFC 6761 reserves .invalid): a published calendar
# expects no replies.
NO_REPLY = "noreply@delegation-planner.invalid"
# How often a subscribed client should fetch the file again.
REFRESH_INTERVAL = "PT4H"
PROGRESS_STEP = 500  # events between two progress reports

_UTC_NAMES = frozenset({"UTC", "Etc/UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu", "UCT",
                        "Universal", "Zulu", "GMT", "Etc/GMT", "Etc/GMT0", "Etc/GMT+0",
                        "Etc/GMT-0", "Etc/Greenwich", "GMT0", "GMT+0", "GMT-0", "Greenwich"})  # fmt: skip

_ITEM_STATUS = {
    AgendaStatus.PLANNED: "TENTATIVE",
    AgendaStatus.CONFIRMED: "CONFIRMED",
    AgendaStatus.DONE: "CONFIRMED",
    AgendaStatus.CANCELLED: "CANCELLED",
}
_VISIT_STATUS = {
    DelegationStatus.DRAFT: "TENTATIVE",
    DelegationStatus.PLANNED: "TENTATIVE",
    DelegationStatus.CONFIRMED: "CONFIRMED",
    DelegationStatus.COMPLETED: "CONFIRMED",
    DelegationStatus.CANCELLED: "CANCELLED",
}

_TASK_STATUS = {
    TaskStatus.OPEN: "NEEDS-ACTION",
    TaskStatus.DONE: "COMPLETED",
    TaskStatus.CANCELLED: "CANCELLED",
}
# A task is done on a day (the officer's day in Kyiv); COMPLETED must be a UTC instant. Noon
# in Kyiv (09:00 or 10:00 UTC) falls on that same date for a reader anywhere from UTC-9 to
# UTC+13, where a midnight would show the day before everywhere west of Kyiv.
_COMPLETED_HOUR = 12

# TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks are escaped;
# other control characters are not allowed at all and are dropped.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_PARAMETER_UNSAFE = re.compile('["\x00-\x08\x0a-\x1f\x7f]')


def escape_text(value: str) -> str:
    """A TEXT value as RFC 5545 writes it (``\\\\``, ``\\;``, ``\\,``, ``\\n``)."""
    # Plain replace() calls: several times faster than str.translate on Cyrillic text.
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if not value.isprintable():
        value = _CONTROLS.sub("", value)
    if "\\" in value:
        value = value.replace("\\", "\\\\")
    if ";" in value:
        value = value.replace(";", "\\;")
    if "," in value:
        value = value.replace(",", "\\,")
    if "\n" in value:
        value = value.replace("\n", "\\n")
    return value


def quote_parameter(value: str) -> str:
    """A parameter value in double quotes (they cannot hold a quote or a line break)."""
    return '"' + _PARAMETER_UNSAFE.sub("", value.replace("\n", " ")) + '"'


def fold(line: str) -> bytes:
    """One content line as UTF-8, folded so that no physical line exceeds 75 octets.

    Each continuation starts with a space, which counts; a cut never falls inside a UTF-8
    sequence (a Cyrillic letter is two octets and stays whole).
    """
    return _folded(line).encode()


def _folded(line: str) -> str:
    if len(line) <= 18:  # at most 72 octets, whatever the letters: the usual case, quickly
        return line
    data = line.encode()
    if len(data) <= 75:
        return line
    parts: list[str] = []
    start, limit, size = 0, 75, len(data)
    while size - start > limit:
        cut = start + limit
        while data[cut] & 0xC0 == 0x80:  # a continuation octet: step back to the letter's start
            cut -= 1
        # Unfolding comes before unescaping, so a cut between a backslash and its "n" is valid;
        # but some parsers unescape first and read that "n" wrong. Keep escape pairs whole.
        backslash = cut
        while backslash > start and data[backslash - 1] == 0x5C:
            backslash -= 1
        if (cut - backslash) % 2:
            cut -= 1
        parts.append(data[start:cut].decode())
        start, limit = cut, 74
    parts.append(data[start:].decode())
    return "\r\n ".join(parts)


def _stamp(moment: datetime) -> str:
    """A UTC DATE-TIME (``…Z``); a naive datetime is taken as UTC already."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return (
        f"{moment.year:04d}{moment.month:02d}{moment.day:02d}"
        f"T{moment.hour:02d}{moment.minute:02d}{moment.second:02d}Z"
    )


def _wall(moment: datetime) -> str:
    return (
        f"{moment.year:04d}{moment.month:02d}{moment.day:02d}"
        f"T{moment.hour:02d}{moment.minute:02d}{moment.second:02d}"
    )


def _day(day: date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def _offset(delta: timedelta) -> str:
    seconds = int(delta.total_seconds())
    sign = "-" if seconds < 0 else "+"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{sign}{hours:02d}{minutes:02d}" + (f"{seconds:02d}" if seconds else "")


def title(title_uk: str, title_en: str, language: Language) -> str:
    """The title in ``language``; English falls back to Ukrainian when it is empty."""
    return title_en if language == "en" and title_en.strip() else title_uk


# -- time zones ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Onset:
    """One change of a zone's offset (or name), as VTIMEZONE describes it."""

    at: int  # the instant, seconds since the epoch
    wall: datetime  # naive local time of the onset by the clock before it (TZOFFSETFROM)
    before: timedelta
    after: timedelta
    name: str
    daylight: bool

    @property
    def kind(self) -> tuple[object, ...]:
        """Onsets of one kind in consecutive years may share one yearly rule."""
        return (self.before, self.after, self.name, self.daylight, self.wall.month,
                self.wall.time())  # fmt: skip


def _state(zone: ZoneInfo, instant: int) -> tuple[timedelta, timedelta, str]:
    moment = datetime.fromtimestamp(instant, zone)
    return (moment.utcoffset() or timedelta(0), moment.dst() or timedelta(0),
            moment.tzname() or "")  # fmt: skip


_SCAN_STEP = 86400  # no zone changes its clock twice within one day


def _onsets(zone: ZoneInfo, start: int, end: int) -> list[_Onset]:
    """Every change of offset, DST or name between the instants ``start`` and ``end``."""
    found: list[_Onset] = []
    instant, state = start, _state(zone, start)
    while instant < end:
        later = min(instant + _SCAN_STEP, end)
        later_state = _state(zone, later)
        if later_state != state:
            low, high = instant, later  # the change lies in (low, high]: halve to the second
            while high - low > 1:
                middle = (low + high) // 2
                if _state(zone, middle) == state:
                    low = middle
                else:
                    high = middle
            after = _state(zone, high)
            wall = datetime.fromtimestamp(high, UTC).replace(tzinfo=None) + state[0]
            found.append(_Onset(high, wall, state[0], after[0], after[2], bool(after[1])))
            instant, state = high, after
        else:
            instant, state = later, later_state
    return found


def _rules(onset: _Onset) -> list[str]:
    """Yearly rules (RRULE parts) the onset's day fits, the most telling first."""
    wall = onset.wall
    weekday = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")[wall.weekday()]
    fits = []
    if wall.day + 7 > gregorian.monthrange(wall.year, wall.month)[1]:
        fits.append(f"BYDAY=-1{weekday}")  # the last such weekday of the month
    fits.append(f"BYDAY={(wall.day - 1) // 7 + 1}{weekday}")
    fits.append(f"BYMONTHDAY={wall.day}")
    return fits


def _runs(onsets: list[_Onset]) -> list[tuple[list[_Onset], str | None]]:
    """Onsets grouped into runs of consecutive years that one yearly rule describes."""
    by_kind: dict[tuple[object, ...], list[_Onset]] = {}
    for onset in onsets:
        by_kind.setdefault(onset.kind, []).append(onset)
    runs: list[tuple[list[_Onset], str | None]] = []
    for same_kind in by_kind.values():
        run: list[_Onset] = []
        fits: list[str] = []
        for onset in same_kind:
            common = [rule for rule in fits if rule in _rules(onset)]
            if run and onset.wall.year == run[-1].wall.year + 1 and common:
                run.append(onset)
                fits = common
                continue
            if run:
                runs.append((run, fits[0] if len(run) > 1 else None))
            run, fits = [onset], _rules(onset)
        if run:
            runs.append((run, fits[0] if len(run) > 1 else None))
    return runs


@lru_cache(maxsize=64)
def vtimezone(zone_name: str, first_year: int, last_year: int, earliest: int) -> tuple[str, ...]:
    """The VTIMEZONE of ``zone_name`` for events in ``first_year`` … ``last_year`` (local),
    the earliest of them at the instant ``earliest``, as unfolded content lines.

    It covers a year on each side: the onset before the first event is in the year before.
    Onsets that repeat by one rule in consecutive years become one STANDARD or DAYLIGHT with
    ``RRULE:FREQ=YEARLY`` (with COUNT, or open-ended when the rule goes on beyond the file),
    others one component each (Cairo's DST came back in 2023; its autumn change falls on 1
    November in 2024, on the last Friday of October in other years). When no onset comes
    before the earliest event (a zone without DST, or rules that begin later), the offset in
    force at the start leads.
    """
    zone = ZoneInfo(zone_name)
    start = int(datetime(first_year - 1, 1, 1, tzinfo=zone).timestamp())
    end = int(datetime(last_year + 2, 1, 1, tzinfo=zone).timestamp())
    probe_end = int(datetime(last_year + 3, 1, 1, tzinfo=zone).timestamp())
    onsets = _onsets(zone, start, probe_end)
    components: list[tuple[int, list[str]]] = []
    for run, rule in _runs(onsets):
        inside = [o for o in run if o.at < end]
        if not inside:
            continue
        first = inside[0]
        lines = _observance(first)
        if rule is not None and len(inside) < len(run):  # the rule goes on past the file
            lines.insert(-1, f"RRULE:FREQ=YEARLY;BYMONTH={first.wall.month};{rule}")
        elif rule is not None and len(inside) > 1:
            lines.insert(
                -1, f"RRULE:FREQ=YEARLY;BYMONTH={first.wall.month};{rule};COUNT={len(inside)}"
            )
        elif len(inside) > 1:  # cannot happen: a run of several always has a rule
            raise AssertionError(f"onsets without a rule in {zone_name}")
        components.append((first.at, lines))
    inside_onsets = [o for o in onsets if o.at < end]
    if not inside_onsets or inside_onsets[0].at > earliest:
        offset, dst, name = _state(zone, start)
        lead = _Onset(start, datetime(first_year - 1, 1, 1), offset, offset, name, bool(dst))
        components.append((start, _observance(lead)))
    components.sort(key=lambda pair: pair[0])
    lines = ["BEGIN:VTIMEZONE", f"TZID:{zone_name}", f"X-LIC-LOCATION:{zone_name}"]
    for _at, component in components:
        lines.extend(component)
    lines.append("END:VTIMEZONE")
    return tuple(lines)


def _observance(onset: _Onset) -> list[str]:
    kind = "DAYLIGHT" if onset.daylight else "STANDARD"
    return [
        f"BEGIN:{kind}",
        f"DTSTART:{_wall(onset.wall)}",
        f"TZOFFSETFROM:{_offset(onset.before)}",
        f"TZOFFSETTO:{_offset(onset.after)}",
        f"TZNAME:{escape_text(onset.name)}",
        f"END:{kind}",
    ]


class _Zones:
    """The zones an export writes local times in, and the years it uses each in."""

    def __init__(self) -> None:
        self.zones: dict[str, ZoneInfo] = {}
        self.years: dict[str, tuple[int, int, int]] = {}  # first year, last year, earliest

    def property_value(self, name: str, moment: datetime, zone_name: str) -> str:
        """``DTSTART;TZID=…:local`` (or ``…:utcZ`` for UTC zones and the second of two equal
        local times at a change back, which a TZID could only name as the first)."""
        if zone_name in _UTC_NAMES:
            return f"{name}:{_stamp(moment)}"
        zone = self.zones.get(zone_name)
        if zone is None:
            zone = self.zones[zone_name] = ZoneInfo(zone_name)
        local = moment.astimezone(zone)
        if local.fold and local.replace(fold=0).utcoffset() != local.utcoffset():
            return f"{name}:{_stamp(moment)}"
        instant = int(local.timestamp())
        seen = self.years.get(zone_name)
        if seen is None:
            self.years[zone_name] = (local.year, local.year, instant)
        else:
            first, last, earliest = seen
            if local.year < first or local.year > last or instant < earliest:
                self.years[zone_name] = (min(first, local.year), max(last, local.year),
                                         min(earliest, instant))  # fmt: skip
        return f"{name};TZID={zone_name}:{_wall(local)}"

    def definitions(self) -> list[str]:
        lines: list[str] = []
        for zone_name in sorted(self.years):
            lines.extend(vtimezone(zone_name, *self.years[zone_name]))
        return lines


# -- events -------------------------------------------------------------------------------


@lru_cache(maxsize=32)
def _label(code: str, language: Language) -> str:
    return message(code, {"value": "{value}"}, language)


def person_text(person: CalendarPerson, language: Language, with_contacts: bool) -> str:
    """A person as the description names them, e.g. «Ґанна Коваль (перекладач)»; the phone
    and e-mail only when contacts were asked for."""
    text = f"{person.name} ({person.role})" if person.role else person.name
    if with_contacts:
        if person.phone:
            text += ", " + _label("calendar_phone", language).format(value=person.phone)
        if person.email:
            text += ", " + person.email
    return text


def event_description(event: CalendarEvent, language: Language, with_contacts: bool) -> str:
    """The responsible person, the attendees with their roles, dress code and transport, one
    line each, then a blank line and the item's own description."""
    details: list[str] = []
    if event.responsible is not None:
        value = person_text(event.responsible, language, with_contacts)
        details.append(_label("calendar_responsible", language).format(value=value))
    if event.attendees:
        value = "; ".join(person_text(a, language, with_contacts) for a in event.attendees)
        details.append(_label("calendar_attendees", language).format(value=value))
    if event.dress_code:
        details.append(_label("calendar_dress_code", language).format(value=event.dress_code))
    if event.transport:
        details.append(_label("calendar_transport", language).format(value=event.transport))
    text = "\n".join(details)
    if event.description:
        text = f"{text}\n\n{event.description}" if text else event.description
    return text


def event_location(event: CalendarEvent) -> str:
    return ", ".join(part for part in (event.venue_name, event.venue_address) if part)


@dataclass(frozen=True)
class _Common:
    """What every event of one export shares."""

    stamp: str
    organizer: str
    language: Language
    utc: bool
    with_contacts: bool


def _head(
    uid: str, sequence: int, changed_at: datetime | None, common: _Common, kind: str = "VEVENT"
) -> list[str]:
    lines = [f"BEGIN:{kind}", f"UID:{escape_text(uid)}", f"SEQUENCE:{max(0, sequence)}",
             f"DTSTAMP:{common.stamp}"]  # fmt: skip
    if changed_at is not None:
        lines.append(f"LAST-MODIFIED:{_stamp(changed_at)}")
    return lines


def _visit_lines(visit: CalendarVisit, common: _Common) -> list[str]:
    """The visit as an all-day event over its dates."""
    lines = _head(visit.uid, visit.sequence, visit.changed_at, common)
    # The trap: DTEND of an all-day event is exclusive, the day AFTER the last day. A visit
    # of 27-29 September ends on 30 September; DTEND 29 would show it two days long.
    lines.append(f"DTSTART;VALUE=DATE:{_day(visit.start_date)}")
    lines.append(f"DTEND;VALUE=DATE:{_day(visit.end_date + timedelta(days=1))}")
    lines.append("SUMMARY:" + escape_text(title(visit.title_uk, visit.title_en, common.language)))
    if visit.place:
        lines.append("LOCATION:" + escape_text(visit.place))
    if visit.description:
        lines.append("DESCRIPTION:" + escape_text(visit.description))
    lines.append(f"STATUS:{_VISIT_STATUS[visit.status]}")
    lines.append("TRANSP:TRANSPARENT")  # a visit's days do not make its colleagues busy
    lines.append(common.organizer)
    lines.append("END:VEVENT")
    return lines


def _event_lines(
    event: CalendarEvent, visit: CalendarVisit, common: _Common, zones: _Zones
) -> list[str]:
    """One agenda item as a timed event in its visit's zone (or UTC)."""
    lines = _head(event.uid, event.sequence, event.changed_at, common)
    if common.utc:
        lines.append(f"DTSTART:{_stamp(event.starts_at)}")
        lines.append(f"DTEND:{_stamp(event.ends_at)}")
    else:
        lines.append(zones.property_value("DTSTART", event.starts_at, event.timezone))
        lines.append(zones.property_value("DTEND", event.ends_at, event.timezone))
    lines.append("SUMMARY:" + escape_text(title(event.title_uk, event.title_en, common.language)))
    location = event_location(event)
    if location:
        lines.append("LOCATION:" + escape_text(location))
    description = event_description(event, common.language, common.with_contacts)
    if description:
        lines.append("DESCRIPTION:" + escape_text(description))
    lines.append(f"STATUS:{_ITEM_STATUS[event.status]}")
    lines.append(common.organizer)
    lines.append("RELATED-TO;RELTYPE=PARENT:" + escape_text(visit.uid))
    lines.append("END:VEVENT")
    return lines


def task_summary(task: CalendarTask, visit: CalendarVisit, language: Language) -> str:
    """The task's title and its visit's, e.g. «Подячні листи — Делегація Праги 6»: in a task
    list beside other calendars' to-dos, a bare «Подячні листи» would not say for which visit."""
    own = title(task.title_uk, task.title_en, language)
    return f"{own} — {title(visit.title_uk, visit.title_en, language)}"


def task_description(task: CalendarTask, language: Language) -> str:
    """Who does it (one line), then a blank line and the task's comment."""
    text = ""
    if task.assignee.strip():
        text = _label("calendar_assignee", language).format(value=task.assignee.strip())
    comment = task.comment.strip()
    if comment:
        text = f"{text}\n\n{comment}" if text else comment
    return text


def _completed(day: date) -> str:
    # ZoneInfo keeps its own cache: the home zone is made once.
    noon = datetime(day.year, day.month, day.day, _COMPLETED_HOUR, tzinfo=ZoneInfo(HOME_TIMEZONE))
    return _stamp(noon)


def _task_lines(task: CalendarTask, visit: CalendarVisit, common: _Common) -> list[str]:
    """One checklist task as a to-do due on its day."""
    lines = _head(task.uid, task.sequence, task.changed_at, common, "VTODO")
    lines.append(f"DUE;VALUE=DATE:{_day(task.due_on)}")
    lines.append("SUMMARY:" + escape_text(task_summary(task, visit, common.language)))
    description = task_description(task, common.language)
    if description:
        lines.append("DESCRIPTION:" + escape_text(description))
    lines.append("CATEGORIES:" + escape_text(enum_label(task.category, common.language)))
    lines.append(f"STATUS:{_TASK_STATUS[task.status]}")
    if task.status == TaskStatus.DONE:
        if task.done_on is not None:
            lines.append(f"COMPLETED:{_completed(task.done_on)}")
        lines.append("PERCENT-COMPLETE:100")
    lines.append(common.organizer)
    if visit.show_visit:  # the visit's own event is in the file
        lines.append("RELATED-TO;RELTYPE=PARENT:" + escape_text(visit.uid))
    lines.append("END:VTODO")
    return lines


def calendar_ics(
    visits: Iterable[CalendarVisit],
    *,
    stamp: datetime,
    name: str,
    organizer: str,
    organizer_email: str = "",
    language: Language = DEFAULT_LANGUAGE,
    utc: bool = False,
    with_contacts: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> bytes:
    """The iCalendar file of ``visits`` and their events.

    ``stamp`` is the moment of the export (DTSTAMP, in UTC); ``name`` the calendar's name;
    ``organizer`` the office (the council's name) that publishes it. Titles are written in
    ``language``. Phones and e-mails of people go into descriptions only ``with_contacts``.
    ``progress(done, total)`` hears about every few hundred events. Each visit's ``tasks``
    follow its events as VTODOs.
    """
    visits = list(visits)
    total = sum(len(v.events) + v.show_visit + len(v.tasks) for v in visits)
    address = organizer_email.strip() or NO_REPLY
    common = _Common(
        stamp=_stamp(stamp),
        organizer=f"ORGANIZER;CN={quote_parameter(organizer)}:mailto:{address}",
        language=language, utc=utc, with_contacts=with_contacts,
    )  # fmt: skip
    zones = _Zones()
    body: list[str] = []
    done = 0
    if progress is not None:
        progress(0, total)
    for visit in visits:
        if visit.show_visit:
            body.extend(_visit_lines(visit, common))
            done += 1
        for event in visit.events:
            body.extend(_event_lines(event, visit, common, zones))
            done += 1
            if progress is not None and done % PROGRESS_STEP == 0:
                progress(done, total)
        for task in visit.tasks:
            body.extend(_task_lines(task, visit, common))
            done += 1
            if progress is not None and done % PROGRESS_STEP == 0:
                progress(done, total)
    head = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//{PRODUCT}//NONSGML {PRODUCT}//{language.upper()}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "NAME:" + escape_text(name),
        "X-WR-CALNAME:" + escape_text(name),
        f"REFRESH-INTERVAL;VALUE=DURATION:{REFRESH_INTERVAL}",
        f"X-PUBLISHED-TTL:{REFRESH_INTERVAL}",
    ]
    if not utc:
        head.extend(zones.definitions())
    lines = [*head, *body, "END:VCALENDAR"]
    data = ("\r\n".join([_folded(line) for line in lines]) + "\r\n").encode()
    if progress is not None:
        progress(total, total)
    return data


def summary_of(visits: Iterable[CalendarVisit]) -> ExportSummary:
    """How many visits (all-day events), agenda items (timed events) and checklist tasks
    (to-dos) a file of ``visits`` holds."""
    visits = list(visits)
    return ExportSummary(
        visits=sum(1 for v in visits if v.show_visit),
        events=sum(len(v.events) for v in visits),
        tasks=sum(len(v.tasks) for v in visits),
    )
