"""Reading an iCalendar file for import: the events of a partner's programme or an invitation
as Outlook, Google, Thunderbird or the planner wrote them. Pure: bytes in, values out.

icalendar's own reader forgets where each property stood in the file, and a file that cannot
be read must be answered with its line number. So the file is split into content lines here,
each remembering the physical line it starts on (folded lines unfolded, as RFC 5545 § 3.1
says), and every line and value is read with icalendar's own content-line and value parsers;
a VTIMEZONE that no name identifies is built by icalendar from its definition.

Time zones are found, in this order: an IANA name (with or without a VTIMEZONE; the IANA
rules win over the file's definition, as Thunderbird and Google also do), the same after a
"/mozilla.org/20070129_1/"-style prefix, a Windows name from Outlook ("FLE Standard Time"),
the X-LIC-LOCATION of the file's VTIMEZONE, and last that VTIMEZONE's own rules.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Timezone
from icalendar.parser import Contentline, unescape_backslash
from icalendar.prop import vDate, vDatetime, vDuration

from planner.domain.calendar_import import CalendarFileError, ImportedCalendar, ImportedEvent
from planner.domain.enums import AgendaStatus
from planner.domain.rules import is_known_timezone
from planner.domain.windows_zones import iana_zone_for_windows

# Old IANA names still written by older programs, and the names the planner keeps.
_CURRENT_NAMES = {"Europe/Kiev": "Europe/Kyiv", "Europe/Zaporozhye": "Europe/Kyiv",
                  "Europe/Uzhgorod": "Europe/Kyiv"}  # fmt: skip
_STATUSES = {
    "TENTATIVE": AgendaStatus.PLANNED,
    "CONFIRMED": AgendaStatus.CONFIRMED,
    "CANCELLED": AgendaStatus.CANCELLED,
}
# An RFC 5545 property or component name: letters, digits and hyphens, nothing else.
_NAME = re.compile(r"[A-Za-z0-9-]+")
_SHOWN = 60  # characters of a broken line quoted in an error


@dataclass
class _Line:
    number: int  # the physical line it starts on, from 1
    name: str  # upper case
    params: dict[str, Any]
    raw: str  # the value as written (escapes kept)

    @property
    def text(self) -> str:
        return str(unescape_backslash(self.raw))

    def param(self, key: str) -> str:
        value = self.params.get(key, "")
        if isinstance(value, list):  # a quoted value with commas may come back split
            value = ",".join(str(v) for v in value)
        return str(value).strip()


@dataclass
class _Component:
    name: str
    line: int
    first_physical: int  # index into the physical lines, for rebuilding a VTIMEZONE
    last_physical: int = 0
    properties: list[_Line] = field(default_factory=list)
    children: list[_Component] = field(default_factory=list)

    def first(self, name: str) -> _Line | None:
        return next((p for p in self.properties if p.name == name), None)

    def has(self, name: str) -> bool:
        return self.first(name) is not None

    def text(self, name: str) -> str:
        found = self.first(name)
        return found.text if found is not None else ""


def read_calendar(data: bytes) -> ImportedCalendar:
    """The calendar in ``data``; ``CalendarFileError`` naming the line if it cannot be read."""
    physical = _physical_lines(data)
    calendars = _components(physical)
    events: list[ImportedEvent] = []
    name = zone_name = method = product = ""
    uid_lines: dict[str, int] = {}
    for calendar in calendars:
        zones = _Zones(calendar, physical)
        name = name or calendar.text("NAME").strip() or calendar.text("X-WR-CALNAME").strip()
        zone_name = zone_name or zones.quiet_name(calendar.text("X-WR-TIMEZONE"))
        method = method or calendar.text("METHOD").strip().upper()
        product = product or calendar.text("PRODID").strip()
        cancel_all = calendar.text("METHOD").strip().upper() == "CANCEL"
        for component in calendar.children:
            if component.name == "VEVENT":
                event = _event(component, zones, cancel_all)
                _refuse_duplicate_uid(event, component, uid_lines)
                events.append(event)
    return ImportedCalendar(name=" ".join(name.split()), events=tuple(events),
                            timezone=zone_name, method=method, product=product)  # fmt: skip


def _physical_lines(data: bytes) -> list[bytes]:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return [line[:-1] if line.endswith(b"\r") else line for line in data.split(b"\n")]


def _content_lines(physical: list[bytes]) -> Iterator[tuple[int, int, str]]:
    """(line number, index of its first physical line, unfolded text) of each content line.

    Lines are unfolded as bytes and decoded afterwards: some writers fold in the middle of a
    multi-byte UTF-8 character (RFC 5545 § 3.1 asks readers to put it back together).
    """
    pieces: list[bytes] = []
    start = 0
    for index, line in enumerate(physical):
        if line[:1] in (b" ", b"\t"):
            if not pieces:
                raise CalendarFileError("ics_broken_line", index + 1, text=_shown(_lenient(line)))
            pieces.append(line[1:])
            continue
        if pieces:
            yield start + 1, start, _decoded(pieces, start)
            pieces = []
        if line.strip():
            pieces, start = [line], index
    if pieces:
        yield start + 1, start, _decoded(pieces, start)


def _decoded(pieces: list[bytes], start: int) -> str:
    joined = b"".join(pieces)
    try:
        return joined.decode("utf-8")
    except UnicodeDecodeError as exc:
        offset, line = 0, start
        for piece in pieces:  # the physical line the bad byte is on
            if exc.start < offset + len(piece):
                break
            offset, line = offset + len(piece), line + 1
        raise CalendarFileError("ics_not_utf8", line + 1) from exc


def _lenient(line: bytes) -> str:
    return line.decode("utf-8", errors="replace")


def _parse_line(number: int, text: str) -> _Line:
    head = re.split(r"[;:]", text, maxsplit=1)[0]
    if not _NAME.fullmatch(head) or ":" not in text:
        raise CalendarFileError("ics_broken_line", number, text=_shown(text))
    try:
        name, params, raw = Contentline(text).raw_parts()  # type: ignore[no-untyped-call]
    except ValueError as exc:
        raise CalendarFileError("ics_broken_line", number, text=_shown(text)) from exc
    return _Line(number, name.upper(), {k.upper(): v for k, v in params.items()}, raw)


def _components(physical: list[bytes]) -> list[_Component]:
    calendars: list[_Component] = []
    stack: list[_Component] = []
    seen_any = False
    for number, index, text in _content_lines(physical):
        if not stack and "".join(text.split()).upper() != "BEGIN:VCALENDAR":
            raise CalendarFileError("ics_not_calendar", number, text=_shown(text))
        line = _parse_line(number, text)
        seen_any = True
        if line.name == "BEGIN":
            component = _Component(line.raw.strip().upper(), number, index)
            if stack:
                stack[-1].children.append(component)
            else:
                calendars.append(component)
            stack.append(component)
        elif line.name == "END":
            name = line.raw.strip().upper()
            if name != stack[-1].name:
                if not any(c.name == name for c in stack):
                    raise CalendarFileError("ics_unexpected_end", number, name=name)
                open_one = stack[-1]
                raise CalendarFileError("ics_wrong_end", number, name=name, open=open_one.name,
                                        open_line=open_one.line)  # fmt: skip
            stack.pop().last_physical = index
        else:
            stack[-1].properties.append(line)
    if stack:
        raise CalendarFileError("ics_unclosed", stack[-1].line, name=stack[-1].name)
    if not seen_any:
        raise CalendarFileError("ics_empty", 1)
    return calendars


def _shown(text: str) -> str:
    text = text.strip()
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


class _Zones:
    """The time zones one VCALENDAR's TZIDs name."""

    def __init__(self, calendar: _Component, physical: list[bytes]) -> None:
        self._physical = physical
        self._defined = {
            c.text("TZID").strip(): c for c in calendar.children if c.name == "VTIMEZONE"
        }
        self._found: dict[str, tuple[tzinfo, str]] = {}

    def quiet_name(self, tzid: str) -> str:
        """The IANA zone a name means, or "" (for X-WR-TIMEZONE: a hint, never an error)."""
        return _iana_name(tzid.strip()) or ""

    def resolve(self, tzid: str, line: int) -> tuple[tzinfo, str]:
        """The tzinfo for ``tzid`` and its IANA name ("" for a zone known only by the file's
        own definition)."""
        if tzid not in self._found:
            self._found[tzid] = self._lookup(tzid, line)
        return self._found[tzid]

    def _lookup(self, tzid: str, line: int) -> tuple[tzinfo, str]:
        name = _iana_name(tzid)
        definition = self._defined.get(tzid)
        if name is None and definition is not None:
            name = _iana_name(definition.text("X-LIC-LOCATION").strip())
        if name is not None:
            return (UTC if name == "UTC" else ZoneInfo(name)), name
        if definition is None:
            raise CalendarFileError("ics_unknown_tzid", line, tzid=tzid)
        lines = self._physical[definition.first_physical : definition.last_physical + 1]
        text = b"\r\n".join(lines) + b"\r\n"
        try:
            built = Timezone.from_ical(text).to_tz(lookup_tzid=False)  # type: ignore[attr-defined]
        except Exception as exc:  # icalendar raises many kinds for a broken definition
            raise CalendarFileError("ics_bad_timezone", definition.line, tzid=tzid,
                                    detail=str(exc) or type(exc).__name__) from exc  # fmt: skip
        return built, ""


def _iana_name(tzid: str) -> str | None:
    if not tzid:
        return None
    if tzid.upper() in ("UTC", "GMT", "Z", "ETC/UTC", "ETC/GMT"):
        return "UTC"
    candidates = [tzid]
    if tzid.startswith("/"):  # /mozilla.org/20070129_1/Europe/Kyiv, /citadel.org/…/Europe/Kyiv
        parts = tzid.strip("/").split("/")
        candidates += ["/".join(parts[i:]) for i in range(1, len(parts))]
    for candidate in candidates:
        if is_known_timezone(candidate):
            return _CURRENT_NAMES.get(candidate, candidate)
    windows = iana_zone_for_windows(tzid)
    if windows is not None:
        return "UTC" if windows == "Etc/UTC" else windows
    return None


def _event(component: _Component, zones: _Zones, cancel_all: bool) -> ImportedEvent:
    summary = _clean_text(component.text("SUMMARY"))
    start_line = component.first("DTSTART")
    if start_line is None:
        raise CalendarFileError("ics_missing_dtstart", component.line, summary=summary)
    starts, tzid, zone = _moment(start_line, zones)
    ends = _end(component, starts, zones, summary)
    uid = component.text("UID").strip()
    uid_written = bool(uid)
    if not uid:  # the same file gives the same made-up UID, so a re-import still matches
        seed = f"{start_line.raw}|{summary}".encode()
        uid = f"imported-{hashlib.sha256(seed).hexdigest()[:24]}"
    status = _STATUSES.get(component.text("STATUS").strip().upper(), AgendaStatus.PLANNED)
    return ImportedEvent(
        uid=uid,
        summary=summary,
        starts=starts,
        ends=ends,
        line=component.line,
        sequence=_sequence(component),
        description=_clean_text(component.text("DESCRIPTION")),
        location=_clean_text(component.text("LOCATION")),
        status=AgendaStatus.CANCELLED if cancel_all else status,
        tzid=tzid,
        zone=zone,
        recurring=component.has("RRULE") or component.has("RDATE"),
        recurrence_id=_raw(component, "RECURRENCE-ID"),
        uid_written=uid_written,
    )


def _raw(component: _Component, name: str) -> str:
    found = component.first(name)
    return found.raw.strip() if found is not None else ""


def _clean_text(text: str) -> str:
    """The text as written, with line ends as the planner keeps them (\\n)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _moment(line: _Line, zones: _Zones) -> tuple[datetime | date, str, str]:
    """A DTSTART/DTEND value: (value, TZID as written, IANA zone)."""
    value = line.raw.strip()
    kind = line.param("VALUE").upper()
    try:
        if kind == "DATE" or (kind != "DATE-TIME" and len(value) == 8):
            return vDate.from_ical(value), "", ""  # type: ignore[no-untyped-call]
        naive: datetime = vDatetime.from_ical(value.rstrip("Zz"))  # type: ignore[no-untyped-call]
    except ValueError as exc:
        raise CalendarFileError("ics_bad_datetime", line.number, property=line.name,
                                value=_shown(value)) from exc  # fmt: skip
    if value[-1:] in ("Z", "z"):
        return naive.replace(tzinfo=UTC), "", "UTC"
    tzid = line.param("TZID")
    if not tzid:
        return naive, "", ""  # floating: the visit's zone decides
    zone, name = zones.resolve(tzid, line.number)
    return naive.replace(tzinfo=zone), tzid, name


def _end(
    component: _Component, starts: datetime | date, zones: _Zones, summary: str
) -> datetime | date:
    end_line = component.first("DTEND")
    duration_line = component.first("DURATION")
    all_day = not isinstance(starts, datetime)
    if end_line is not None:
        ends, _, _ = _moment(end_line, zones)
        if isinstance(ends, datetime) != (not all_day):
            raise CalendarFileError("ics_mixed_value_types", end_line.number, property="DTEND")
        if isinstance(ends, datetime) and isinstance(starts, datetime):
            # One floating and one zoned: the zoned one's zone serves both.
            if ends.tzinfo is None and starts.tzinfo is not None:
                ends = ends.replace(tzinfo=starts.tzinfo)
            elif starts.tzinfo is None and ends.tzinfo is not None:
                ends = ends.replace(tzinfo=None)
        checked_line = end_line.number
    elif duration_line is not None:
        try:
            length = vDuration.from_ical(duration_line.raw.strip())  # type: ignore[no-untyped-call]
        except ValueError as exc:
            raise CalendarFileError("ics_bad_duration", duration_line.number,
                                    value=_shown(duration_line.raw)) from exc  # fmt: skip
        if not isinstance(length, timedelta):
            raise CalendarFileError("ics_bad_duration", duration_line.number,
                                    value=_shown(duration_line.raw))  # fmt: skip
        if all_day:
            length = timedelta(days=max(1, length.days)) if length >= timedelta(0) else length
        ends = _after(starts, length)
        checked_line = duration_line.number
    else:  # RFC 5545 § 3.6.1: a day for an all-day event, an instant for a timed one
        ends = _after(starts, timedelta(days=1) if all_day else timedelta(0))
        checked_line = component.line
    if _ends_before(starts, ends):
        raise CalendarFileError("ics_end_before_start", checked_line, summary=summary)
    return ends


def _after(starts: datetime | date, length: timedelta) -> datetime | date:
    if isinstance(starts, datetime):
        if starts.tzinfo is None or starts.tzinfo is UTC:
            return starts + length
        # Whole days keep the wall-clock time across a DST change, as RFC 5545 § 3.3.6 says;
        # hours and minutes are exact.
        day_part = starts + timedelta(days=length.days)
        return (day_part.astimezone(UTC) + (length - timedelta(days=length.days))).astimezone(
            starts.tzinfo
        )
    return starts + timedelta(days=length.days)


def _ends_before(starts: datetime | date, ends: datetime | date) -> bool:
    if isinstance(starts, datetime) and isinstance(ends, datetime):
        if (starts.tzinfo is None) != (ends.tzinfo is None):
            return False
        return ends < starts
    return ends < starts


def _sequence(component: _Component) -> int:
    line = component.first("SEQUENCE")
    if line is None:
        return 0
    try:
        return int(line.raw.strip())
    except ValueError as exc:
        raise CalendarFileError("ics_bad_number", line.number, property="SEQUENCE",
                                value=_shown(line.raw)) from exc  # fmt: skip


def _refuse_duplicate_uid(
    event: ImportedEvent, component: _Component, uid_lines: dict[str, int]
) -> None:
    if event.recurrence_id:
        return  # a changed occurrence shares its series' UID
    line = component.first("UID")
    number = line.number if line is not None else component.line
    if event.uid in uid_lines:
        raise CalendarFileError("ics_duplicate_uid", number, uid=_shown(event.uid),
                                first=uid_lines[event.uid])  # fmt: skip
    uid_lines[event.uid] = number
