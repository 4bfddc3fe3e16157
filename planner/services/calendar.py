"""Use cases for the calendar export: visits and their programmes as an iCalendar file for
colleagues' calendars, for everything, a period, one delegation or one person's itinerary; and
the visits' checklist tasks as to-dos (not in a person's itinerary)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session, aliased

from planner.domain.calendar import (
    CalendarEvent,
    CalendarPerson,
    CalendarTask,
    CalendarVisit,
    ExportSummary,
    item_uid,
    task_uid,
    visit_uid,
)
from planner.domain.enums import AgendaStatus, DelegationStatus, ParticipantRole, TaskStatus
from planner.domain.errors import ValidationError
from planner.domain.messages import Language, enum_label, message
from planner.domain.zones import local_days
from planner.exports.ics_export import calendar_ics, summary_of
from planner.services import settings
from planner.services.common import fetch, live, write_atomically
from planner.services.delegations import DELEGATION
from planner.services.people import PERSON
from planner.storage.database import Database
from planner.storage.models import (
    DbAgendaItem,
    DbDelegation,
    DbParticipation,
    DbPerson,
    DbSetting,
    DbTask,
    DbVenue,
    agenda_attendee,
)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class _Export:
    """Everything one export needs, read in one go."""

    visits: list[CalendarVisit]
    name: str
    office: str


def calendar_export(
    db: Database,
    *,
    delegation_id: int | None = None,
    person_id: int | None = None,
    first: date | None = None,
    last: date | None = None,
    language: Language = "uk",
    with_contacts: bool = False,
    with_tasks: bool = True,
) -> list[CalendarVisit]:
    """The visits and agenda items a calendar export holds, in time order.

    Every part narrows the export: one delegation; one person's itinerary (the items they
    attend or are responsible for, and the visits they take part in); a period (visits and
    items that touch those days, counted in each visit's own zone). Deleted records are left
    out; cancelled ones stay, as cancelled. People's phones and e-mails are only read
    ``with_contacts``. An unknown delegation or person is a ``NotFoundError``.

    ``with_tasks`` adds each visit's checklist tasks (in a period: those due in it); a
    visit whose tasks alone are due in the period comes with ``show_visit`` False. A
    person's itinerary never has tasks (an assignee is a name typed in, not a person).
    """
    with db.reading() as session:
        return _gather(session, delegation_id, person_id, first, last, language,
                       with_contacts, with_tasks).visits  # fmt: skip


def export_ics(
    db: Database,
    path: Path | str,
    *,
    delegation_id: int | None = None,
    person_id: int | None = None,
    first: date | None = None,
    last: date | None = None,
    language: Language = "uk",
    with_contacts: bool = False,
    with_tasks: bool = True,
    utc: bool = False,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> ExportSummary:
    """Write the calendar (see ``calendar_export`` for the scope) to ``path``.

    The file is written beside ``path`` and moved into place only when complete, so a
    failure never leaves half a calendar behind (or spoils the previous one). ``now`` is
    the export's moment (DTSTAMP; default: now); ``utc`` writes every time in UTC for old
    clients; ``with_tasks`` adds the checklist tasks as to-dos (VTODO); ``progress(done,
    total)`` hears how the writing goes (safe to run in a background thread: nothing here
    touches the interface).
    """
    with db.reading() as session:
        gathered = _gather(session, delegation_id, person_id, first, last, language,
                           with_contacts, with_tasks)  # fmt: skip
    data = calendar_ics(
        gathered.visits, stamp=now or datetime.now(UTC), name=gathered.name,
        organizer=gathered.office, language=language, utc=utc, with_contacts=with_contacts,
        progress=progress,
    )  # fmt: skip
    write_atomically(Path(path), data)
    return summary_of(gathered.visits)


def _gather(
    session: Session,
    delegation_id: int | None,
    person_id: int | None,
    first: date | None,
    last: date | None,
    language: Language,
    with_contacts: bool,
    with_tasks: bool = False,
) -> _Export:
    if first is not None and last is not None and last < first:
        raise ValidationError.single("end_date", "end_before_start")
    identity_row = session.get(DbSetting, settings.CALENDAR_IDENTITY)
    identity = identity_row.value if identity_row is not None else "planner"
    office = _office(session, language)
    chosen = fetch(session, DELEGATION, delegation_id) if delegation_id is not None else None
    person = fetch(session, PERSON, person_id) if person_id is not None else None

    people = _People(language, with_contacts)
    items = _items(session, people, delegation_id, person_id, first, last)
    attendees = _attendees(session, people, items)
    taking_part = _visits_taking_part(session, person_id)
    tasks = _tasks(session, delegation_id, first, last) if with_tasks and person_id is None else []
    visits = _visits(session, delegation_id, person_id, first, last,
                     {row.delegation_id for row in (*items, *tasks)})  # fmt: skip

    by_visit: dict[int, list[CalendarEvent]] = {}
    for item in items:
        visit = visits[item.delegation_id]
        by_visit.setdefault(visit.id, []).append(
            _event(item, visit, people, attendees.get(item.id, ()), identity, language)
        )
    to_do: dict[int, list[CalendarTask]] = {}
    for task in tasks:
        visit = visits[task.delegation_id]
        to_do.setdefault(visit.id, []).append(_task(task, visit, identity))
    result = []
    for visit in sorted(visits.values(), key=lambda v: (v.start_date, v.id)):
        shown = _overlaps(visit, first, last) and (person_id is None or visit.id in taking_part)
        events = tuple(by_visit.get(visit.id, ()))
        visit_tasks = tuple(to_do.get(visit.id, ()))
        if shown or events or visit_tasks:
            result.append(_visit(visit, events, shown, identity, visit_tasks))
    if person is not None:
        name = message("calendar_name_person", {"name": people.name(person)}, language)
    elif chosen is not None:
        name = chosen.title_en if language == "en" and chosen.title_en.strip() else chosen.title_uk
    elif first is not None or last is not None:
        name = message(
            "calendar_name_period",
            {"office": office, "first": first.isoformat() if first else "…",
             "last": last.isoformat() if last else "…"},
            language,
        )  # fmt: skip
    else:
        name = message("calendar_name_all", {"office": office}, language)
    return _Export(visits=result, name=name, office=office)


def _office(session: Session, language: Language) -> str:
    """The council's name in ``language`` (the office publishing the calendar)."""
    values = {
        row.key: row.value
        for row in session.scalars(
            select(DbSetting).where(
                DbSetting.key.in_((settings.COUNCIL_NAME, settings.COUNCIL_NAME_EN))
            )
        )
    }
    english = values.get(settings.COUNCIL_NAME_EN, "").strip() if language == "en" else ""
    return (
        english
        or values.get(settings.COUNCIL_NAME, "").strip()
        or message("calendar_office", {}, language)
    )


class _People:
    """People as the calendar names them, each made once per export.

    Only the name columns are read, and the phone and e-mail when contacts were asked for:
    passport, dietary and health fields are never read into an export at all.
    """

    def __init__(self, language: Language, with_contacts: bool) -> None:
        self.language = language
        self.with_contacts = with_contacts
        self.made: dict[tuple[int, ParticipantRole | None], CalendarPerson] = {}

    def columns(self, person: Any) -> list[Any]:
        """The columns to read of ``person`` (the person table or an alias of it)."""
        names = ["id", "given_names", "family_name", "given_names_latin", "family_name_latin"]
        if self.with_contacts:
            names += ["phone", "email"]
        return [getattr(person, name).label(f"person_{name}") for name in names]

    def name(self, row: Any) -> str:
        """The name in the export's language: Latin in English when there is one."""
        native = " ".join(p for p in (row.given_names, row.family_name) if p)
        latin = " ".join(p for p in (row.given_names_latin, row.family_name_latin) if p)
        return latin if self.language == "en" and latin else native or latin

    def of(self, row: Any, role: ParticipantRole | None = None) -> CalendarPerson | None:
        """The person in ``row``'s ``person_*`` columns, or None when there is none."""
        if row.person_id is None:  # no responsible person (or a deleted one)
            return None
        key = (row.person_id, role)
        made = self.made.get(key)
        if made is None:
            native = " ".join(p for p in (row.person_given_names, row.person_family_name) if p)
            latin = " ".join(
                p for p in (row.person_given_names_latin, row.person_family_name_latin) if p
            )
            made = self.made[key] = CalendarPerson(
                name=latin if self.language == "en" and latin else native or latin,
                role=enum_label(role, self.language) if role is not None else "",
                phone=row.person_phone if self.with_contacts else "",
                email=row.person_email if self.with_contacts else "",
            )
        return made


_ITEM_COLUMNS = ("id", "delegation_id", "starts_at", "ends_at", "title_uk", "title_en",
                 "description", "dress_code", "transport", "status", "ical_uid",
                 "ical_sequence", "changed_at")  # fmt: skip


def _item_conditions(
    delegation_id: int | None, person_id: int | None, first: date | None, last: date | None
) -> list[Any]:
    conditions: list[Any] = [DbAgendaItem.deleted_at.is_(None), DbDelegation.deleted_at.is_(None)]
    if delegation_id is not None:
        conditions.append(DbAgendaItem.delegation_id == delegation_id)
    if person_id is not None:
        attends = exists().where(
            agenda_attendee.c.agenda_item_id == DbAgendaItem.id,
            agenda_attendee.c.participation_id == DbParticipation.id,
            DbParticipation.person_id == person_id,
        )
        conditions.append(or_(DbAgendaItem.responsible_person_id == person_id, attends))
    # Wide by a day on each side (the zones); the exact cut is made on local days.
    if first is not None:
        conditions.append(DbAgendaItem.ends_at >= _utc_midnight(first - timedelta(days=1)))
    if last is not None:
        conditions.append(DbAgendaItem.starts_at < _utc_midnight(last + timedelta(days=2)))
    return conditions


def _items(
    session: Session,
    people: _People,
    delegation_id: int | None,
    person_id: int | None,
    first: date | None,
    last: date | None,
) -> list[Any]:
    """The agenda items in scope, as plain rows with their venue and responsible person."""
    # Plain columns, not ORM objects: ten thousand items are read several times faster.
    responsible = aliased(DbPerson)
    table = DbAgendaItem.__table__.c
    query = (
        select(
            *(table[name] for name in _ITEM_COLUMNS),
            DbDelegation.timezone.label("zone"),
            DbVenue.name.label("venue_name"), DbVenue.name_en.label("venue_name_en"),
            DbVenue.address.label("venue_address"), DbVenue.city.label("venue_city"),
            *people.columns(responsible),
        )
        .join(DbDelegation, DbDelegation.id == DbAgendaItem.delegation_id)
        .outerjoin(DbVenue, DbVenue.id == DbAgendaItem.venue_id)
        .outerjoin(responsible, and_(responsible.id == DbAgendaItem.responsible_person_id,
                                     responsible.deleted_at.is_(None)))
        .where(*_item_conditions(delegation_id, person_id, first, last))
        .order_by(DbAgendaItem.starts_at, DbAgendaItem.id)
    )  # fmt: skip
    rows = []
    for row in session.execute(query):
        if first is not None or last is not None:
            first_day, last_day = local_days(row.starts_at, row.ends_at, row.zone)
            if (first is not None and last_day < first) or (last is not None and first_day > last):
                continue
        rows.append(row)
    return rows


def _attendees(
    session: Session, people: _People, items: list[Any]
) -> dict[int, tuple[CalendarPerson, ...]]:
    """The attendees of ``items`` in their delegation's order of precedence."""
    if not items:
        return {}
    wanted = {item.id for item in items}
    query = (
        select(agenda_attendee.c.agenda_item_id, DbParticipation.role,
               *people.columns(DbPerson))
        .join(DbParticipation, DbParticipation.id == agenda_attendee.c.participation_id)
        .join(DbPerson, DbPerson.id == DbParticipation.person_id)
        .join(DbAgendaItem, DbAgendaItem.id == agenda_attendee.c.agenda_item_id)
        .where(DbPerson.deleted_at.is_(None), DbAgendaItem.deleted_at.is_(None))
        .order_by(agenda_attendee.c.agenda_item_id, DbParticipation.precedence,
                  DbParticipation.id)
    )  # fmt: skip
    if len(wanted) <= 500:
        query = query.where(agenda_attendee.c.agenda_item_id.in_(sorted(wanted)))
    else:  # the same items by their visits, not a list of ten thousand ids
        delegation_ids = sorted({item.delegation_id for item in items})
        if len(delegation_ids) <= 500:
            query = query.where(DbAgendaItem.delegation_id.in_(delegation_ids))
    found: dict[int, list[CalendarPerson]] = {}
    for row in session.execute(query):
        if row.agenda_item_id in wanted:
            attendee = people.of(row, row.role)
            if attendee is not None:
                found.setdefault(row.agenda_item_id, []).append(attendee)
    return {item_id: tuple(attending) for item_id, attending in found.items()}


_TASK_COLUMNS = ("id", "version", "delegation_id", "title_uk", "title_en", "category", "due_on",
                 "assignee", "status", "done_on", "comment")  # fmt: skip


def _tasks(
    session: Session, delegation_id: int | None, first: date | None, last: date | None
) -> list[Any]:
    """The checklist tasks in scope as plain rows, by due date: of live visits, not deleted,
    in a period those due within it."""
    table = DbTask.__table__.c
    query = (
        select(*(table[name] for name in _TASK_COLUMNS))
        .join(DbDelegation, DbDelegation.id == DbTask.delegation_id)
        .where(DbDelegation.deleted_at.is_(None), DbTask.deleted_at.is_(None))
        .order_by(DbTask.due_on, DbTask.id)
    )
    if delegation_id is not None:
        query = query.where(DbTask.delegation_id == delegation_id)
    if first is not None:
        query = query.where(DbTask.due_on >= first)
    if last is not None:
        query = query.where(DbTask.due_on <= last)
    return list(session.execute(query))


def _visits_taking_part(session: Session, person_id: int | None) -> set[int]:
    if person_id is None:
        return set()
    return set(
        session.scalars(
            select(DbParticipation.delegation_id).where(DbParticipation.person_id == person_id)
        )
    )


def _visits(
    session: Session,
    delegation_id: int | None,
    person_id: int | None,
    first: date | None,
    last: date | None,
    wanted: set[int],
) -> dict[int, DbDelegation]:
    """The visits to write: those in scope, and those the chosen items and tasks (their
    delegations' ids in ``wanted``) belong to."""
    query = live(DbDelegation)
    if delegation_id is not None:
        query = query.where(DbDelegation.id == delegation_id)
    if person_id is not None:
        query = query.where(
            exists().where(
                DbParticipation.delegation_id == DbDelegation.id,
                DbParticipation.person_id == person_id,
            )
        )
    if first is not None:
        query = query.where(DbDelegation.end_date >= first)
    if last is not None:
        query = query.where(DbDelegation.start_date <= last)
    visits = {row.id: row for row in session.scalars(query)}
    missing = wanted - set(visits)
    if missing:
        more = live(DbDelegation).where(DbDelegation.id.in_(sorted(missing)))
        visits.update({row.id: row for row in session.scalars(more)})
    return visits


def _overlaps(visit: DbDelegation, first: date | None, last: date | None) -> bool:
    return (first is None or visit.end_date >= first) and (last is None or visit.start_date <= last)


def _visit(
    row: DbDelegation,
    events: tuple[CalendarEvent, ...],
    shown: bool,
    identity: str,
    tasks: tuple[CalendarTask, ...] = (),
) -> CalendarVisit:
    return CalendarVisit(
        uid=row.ical_uid or visit_uid(row.id, identity),
        title_uk=row.title_uk, title_en=row.title_en,
        start_date=row.start_date, end_date=row.end_date, timezone=row.timezone,
        place=row.place, description=row.purpose,
        sequence=row.ical_sequence or 0, changed_at=row.changed_at, status=row.status,
        events=events, show_visit=shown, tasks=tasks,
    )  # fmt: skip


def _event(
    item: Any,
    visit: DbDelegation,
    people: _People,
    attendees: tuple[CalendarPerson, ...],
    identity: str,
    language: Language,
) -> CalendarEvent:
    cancelled = visit.status == DelegationStatus.CANCELLED
    # An item's revision in a colleague's calendar is its own and its visit's together:
    # cancelling or moving the visit is a new revision of every item in it (and both counts
    # only ever rise, so the sum does too).
    sequence = (item.ical_sequence or 0) + (visit.ical_sequence or 0)
    changed = [m for m in (item.changed_at, visit.changed_at) if m is not None]
    venue_name = item.venue_name or ""
    if language == "en" and (item.venue_name_en or "").strip():
        venue_name = item.venue_name_en
    return CalendarEvent(
        uid=item.ical_uid or item_uid(item.id, identity),
        starts_at=item.starts_at, ends_at=item.ends_at, timezone=visit.timezone,
        title_uk=item.title_uk, title_en=item.title_en,
        sequence=sequence, changed_at=max(changed) if changed else None,
        status=AgendaStatus.CANCELLED if cancelled else item.status,
        description=item.description, venue_name=venue_name,
        venue_address=_venue_address(item.venue_address or "", item.venue_city or ""),
        responsible=people.of(item), attendees=attendees,
        dress_code=item.dress_code, transport=item.transport,
    )  # fmt: skip


def _task(task: Any, visit: DbDelegation, identity: str) -> CalendarTask:
    status = task.status
    if visit.status == DelegationStatus.CANCELLED and status == TaskStatus.OPEN:
        # The services cancel a cancelled visit's open tasks already; a task done before the
        # visit was cancelled stays done (the letters did go out).
        status = TaskStatus.CANCELLED
    # A task has no ical_sequence column: its ``version`` is SQLAlchemy's version counter
    # (version_id_col), 1 when written and raised by one on every UPDATE of the row in the
    # same statement, so it only ever rises, and every change a colleague could see (title,
    # due date, status, done date, assignee, comment, delete) raises it. RFC 5545 asks
    # SEQUENCE to rise with each significant revision; rising on others as well is allowed.
    # Counted from 0 as a fresh event's SEQUENCE is, and with the visit's own count added:
    # cancelling the visit cancels its tasks (both counts only rise, so the sum does too).
    sequence = max(0, (task.version or 1) - 1) + (visit.ical_sequence or 0)
    return CalendarTask(
        uid=task_uid(task.id, identity), title_uk=task.title_uk, title_en=task.title_en,
        due_on=task.due_on, category=task.category, status=status, done_on=task.done_on,
        assignee=task.assignee, comment=task.comment, sequence=sequence,
        # A task keeps no time of its last change, so no LAST-MODIFIED is written for it.
        changed_at=None,
    )  # fmt: skip


def _venue_address(address: str, city: str) -> str:
    address, city = address.strip(), city.strip()
    if city and city.casefold() not in address.casefold():
        return f"{address}, {city}" if address else city
    return address


def _utc_midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)
