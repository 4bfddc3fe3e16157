"""What a calendar export says about visits and their programme: plain read models for the
iCalendar writer, and the UIDs the planner gives its own events.

Services gather these in one reading; ``planner.exports.ics_export`` turns them into bytes.
Names of people and venues are already in the language the export was asked for; titles keep
both languages, and the writer picks one (English falls back to Ukrainian when empty).
Phones and e-mails are only filled when the user asked for contacts; passports, dietary and
health needs never reach these models at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from planner.domain.enums import AgendaStatus, DelegationStatus, TaskCategory, TaskStatus
from planner.domain.records import HOME_TIMEZONE

# The domain part of every UID the planner makes itself.
UID_DOMAIN = "delegation-planner"
VISIT_UID_KIND = "delegation"
ITEM_UID_KIND = "agenda"
TASK_UID_KIND = "task"


@dataclass(frozen=True)
class CalendarPerson:
    """Someone named in an event's description: the responsible person or an attendee."""

    name: str
    role: str = ""  # e.g. "перекладач", already in the export's language
    phone: str = ""  # only with contacts
    email: str = ""  # only with contacts


@dataclass(frozen=True)
class CalendarEvent:
    """One agenda item as a timed event. ``starts_at``/``ends_at`` are aware (any zone);
    ``timezone`` is the zone the event is written in (the visit's own)."""

    uid: str
    starts_at: datetime
    ends_at: datetime
    title_uk: str
    title_en: str = ""
    timezone: str = HOME_TIMEZONE
    sequence: int = 0
    changed_at: datetime | None = None
    status: AgendaStatus = AgendaStatus.PLANNED
    description: str = ""
    venue_name: str = ""
    venue_address: str = ""
    responsible: CalendarPerson | None = None
    attendees: tuple[CalendarPerson, ...] = ()
    dress_code: str = ""
    transport: str = ""


@dataclass(frozen=True)
class CalendarTask:
    """One checklist task as a to-do (VTODO) due on ``due_on``. ``status`` is what the
    colleague should see: the open tasks of a cancelled visit come as cancelled."""

    uid: str
    title_uk: str
    due_on: date
    title_en: str = ""
    category: TaskCategory = TaskCategory.PROGRAMME
    status: TaskStatus = TaskStatus.OPEN
    done_on: date | None = None
    assignee: str = ""
    comment: str = ""
    sequence: int = 0
    changed_at: datetime | None = None


@dataclass(frozen=True)
class CalendarVisit:
    """One delegation: an all-day event over its dates (when ``show_visit``), and the timed
    events of its programme that the export covers."""

    uid: str
    title_uk: str
    start_date: date
    end_date: date  # the last day of the visit, inclusive
    title_en: str = ""
    timezone: str = HOME_TIMEZONE
    place: str = ""
    description: str = ""
    sequence: int = 0
    changed_at: datetime | None = None
    status: DelegationStatus = DelegationStatus.PLANNED
    events: tuple[CalendarEvent, ...] = ()
    # False when only some of its items are exported for someone who is not in the visit
    # (a host official responsible for one item): the items are written, the visit is not.
    show_visit: bool = True
    # The visit's checklist tasks the export covers (as to-dos), by due date.
    tasks: tuple[CalendarTask, ...] = ()


@dataclass(frozen=True)
class ExportSummary:
    """What an export wrote: the visits (all-day events), the agenda items (timed events) and
    the checklist tasks (to-dos)."""

    visits: int
    events: int
    tasks: int = 0


def visit_uid(delegation_id: int, identity: str) -> str:
    """The UID of a delegation the planner made itself, stable across exports of one database
    (``planner.domain.calendar_import.planner_uid`` reads it back)."""
    return f"{VISIT_UID_KIND}-{delegation_id}-{identity}@{UID_DOMAIN}"


def item_uid(item_id: int, identity: str) -> str:
    """The UID of an agenda item the planner made itself: ``agenda-<id>-<identity>@…``."""
    return f"{ITEM_UID_KIND}-{item_id}-{identity}@{UID_DOMAIN}"


def task_uid(task_id: int, identity: str) -> str:
    """The UID of a checklist task as a to-do: ``task-<id>-<identity>@…``."""
    return f"{TASK_UID_KIND}-{task_id}-{identity}@{UID_DOMAIN}"
