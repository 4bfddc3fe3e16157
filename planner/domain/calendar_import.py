"""A calendar file read for import, and what importing it into a visit would do.

``planner.exports.ics_import.read_calendar`` turns a file from Outlook, Google, Thunderbird or
the planner itself into an ``ImportedCalendar``; ``planner.services.calendar_import`` compares
it with a delegation's programme (``ImportPreview``) and applies it (``ImportResult``). A file
that cannot be read raises ``CalendarFileError``, which names the line of the file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from planner.domain.calendar import ITEM_UID_KIND, UID_DOMAIN, VISIT_UID_KIND
from planner.domain.enums import AgendaStatus
from planner.domain.errors import FieldProblem, PlannerError, ValidationError
from planner.domain.messages import DEFAULT_LANGUAGE, Language, message
from planner.domain.records import AgendaItem, Delegation

# The UIDs the planner's own export gives its events (planner.domain.calendar makes them):
# the kind, the record's id, and the identity of the database that made it.
PLANNER_UID = re.compile(
    rf"^(?P<kind>{ITEM_UID_KIND}|{VISIT_UID_KIND})-(?P<id>[0-9]+)-(?P<identity>[^@]+)@"
    + re.escape(UID_DOMAIN)
    + "$"
)


@dataclass(frozen=True)
class PlannerUid:
    kind: str  # ITEM_UID_KIND ("agenda") or VISIT_UID_KIND ("delegation")
    record_id: int
    identity: str


def planner_uid(uid: str) -> PlannerUid | None:
    """The parts of a UID the planner made, or None for another calendar's UID."""
    found = PLANNER_UID.match(uid.strip())
    if found is None:
        return None
    return PlannerUid(found["kind"], int(found["id"]), found["identity"])


class CalendarFileError(PlannerError):
    """The file is not a calendar the planner can read; ``line`` is where the problem is
    (counted as a text editor counts the file's lines, from 1)."""

    code = "ics_broken_line"

    def __init__(self, code: str, line: int, **params: object) -> None:
        self.line = line
        super().__init__(code, line=line, **params)


@dataclass(frozen=True)
class ImportedEvent:
    """One VEVENT as the file has it.

    ``starts``/``ends`` are aware datetimes; all-day dates (``ends`` the day after the last
    day, as iCalendar counts); or naive datetimes when the file gives no zone at all
    (``floating``), which the import reads in the visit's own zone.
    """

    uid: str
    summary: str
    starts: datetime | date
    ends: datetime | date
    line: int  # where its BEGIN:VEVENT is
    sequence: int = 0
    description: str = ""
    location: str = ""
    status: AgendaStatus = AgendaStatus.PLANNED
    tzid: str = ""  # DTSTART's TZID as written ("" for UTC, floating and all-day)
    zone: str = ""  # the IANA zone it names ("UTC" for Z times; "" when none is known)
    recurring: bool = False  # RRULE or RDATE: only the first occurrence is imported
    recurrence_id: str = ""  # set on a changed occurrence of a recurring event
    uid_written: bool = True  # False when the file gave no UID and one was made up

    @property
    def all_day(self) -> bool:
        return not isinstance(self.starts, datetime)

    @property
    def floating(self) -> bool:
        return isinstance(self.starts, datetime) and self.starts.tzinfo is None


@dataclass(frozen=True)
class ImportedCalendar:
    name: str  # NAME or X-WR-CALNAME; "" when the file has none
    events: tuple[ImportedEvent, ...]
    timezone: str = ""  # X-WR-TIMEZONE as an IANA zone, when it names one
    method: str = ""  # METHOD as written (PUBLISH, REQUEST, CANCEL…)
    product: str = ""  # PRODID: which program wrote the file


class ImportAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    SKIP = "skip"  # not imported: see the warnings (older SEQUENCE, the visit itself…)


@dataclass(frozen=True)
class ImportWarning:
    """Something the officer should know before importing, about one event."""

    code: str
    line: int
    summary: str
    params: Mapping[str, object] = field(default_factory=dict)

    def message(self, lang: Language = DEFAULT_LANGUAGE) -> str:
        return message(self.code, {"line": self.line, "summary": self.summary, **self.params},
                       lang)  # fmt: skip


@dataclass(frozen=True)
class PlannedItem:
    """What the import does with one event: ``item`` is the agenda item as it will be saved
    (``id`` None when created), ``stored`` the one it matches by UID."""

    action: ImportAction
    event: ImportedEvent
    item: AgendaItem
    stored: AgendaItem | None = None
    changed: tuple[str, ...] = ()  # the fields an update changes
    venue_name: str = ""  # the venue LOCATION was matched to; "" when none
    outside_visit: bool = False


@dataclass(frozen=True)
class ImportPreview:
    """What importing would create, update and leave alone; nothing has been written."""

    delegation: Delegation  # the target; id None when the import makes a new delegation
    items: tuple[PlannedItem, ...]
    warnings: tuple[ImportWarning, ...]

    def _with(self, action: ImportAction) -> tuple[PlannedItem, ...]:
        return tuple(p for p in self.items if p.action is action)

    @property
    def created(self) -> tuple[PlannedItem, ...]:
        return self._with(ImportAction.CREATE)

    @property
    def updated(self) -> tuple[PlannedItem, ...]:
        return self._with(ImportAction.UPDATE)

    @property
    def unchanged(self) -> tuple[PlannedItem, ...]:
        return self._with(ImportAction.UNCHANGED)

    @property
    def skipped(self) -> tuple[PlannedItem, ...]:
        return self._with(ImportAction.SKIP)

    @property
    def outside_visit(self) -> tuple[PlannedItem, ...]:
        return tuple(p for p in self.items if p.outside_visit)

    @property
    def can_import(self) -> bool:
        """False while events fall outside the visit's dates: the import would be refused."""
        return not self.outside_visit


@dataclass(frozen=True)
class ImportResult:
    delegation: Delegation  # as saved (a new one has its id now)
    created: tuple[AgendaItem, ...]
    updated: tuple[AgendaItem, ...]
    unchanged: tuple[AgendaItem, ...]
    skipped: tuple[ImportedEvent, ...]
    warnings: tuple[ImportWarning, ...]
    delegation_created: bool = False
    # The updated items as they were before, in the order of ``updated`` (for undo).
    replaced: tuple[AgendaItem, ...] = ()


class OutsideVisitError(ValidationError):
    """The import is refused as a whole: these events fall outside the visit's dates."""

    def __init__(self, outside: tuple[PlannedItem, ...], visit: Delegation) -> None:
        self.outside = outside
        self.visit = visit
        params = {"count": len(outside), "start": visit.start_date.isoformat(),
                  "end": visit.end_date.isoformat(), "events": ""}  # fmt: skip
        super().__init__([FieldProblem("starts_at", "ics_import_outside_visit", params)])

    def message(self, lang: Language = DEFAULT_LANGUAGE) -> str:
        events = "; ".join(
            message("ics_outside_event", {"summary": p.event.summary, "line": p.event.line}, lang)
            for p in self.outside
        )
        params = {**self.problems[0].params, "events": events}
        return message("ics_import_outside_visit", params, lang)
