"""The conflict check over the whole database: double bookings, visits abroad, interpreters.

One read of everything that can conflict (live delegations, their participants, venues and
agenda items) in one ``db.reading()``, turned into the plain values of
``planner.domain.conflicts`` whose rules do the rest. Deleted records are left out here:
a deleted person, venue or item never conflicts.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import Any

from sqlalchemy import Connection, String, cast, or_, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import aggregate_strings

from planner.domain.conflicts import (
    Conflict,
    Participant,
    ScheduledItem,
    VisitSpan,
    buffer_from_setting,
    detect_conflicts,
)
from planner.domain.enums import AgendaStatus, DelegationStatus, Direction, ParticipantRole
from planner.domain.errors import NotFoundError, ValidationError
from planner.services.settings import CONFLICT_BUFFER_MINUTES
from planner.storage.database import Database
from planner.storage.models import (
    DbAgendaItem,
    DbDelegation,
    DbParticipation,
    DbPerson,
    DbSetting,
    DbVenue,
    agenda_attendee,
)


def find_conflicts(
    db: Database,
    *,
    delegation_id: int | None = None,
    first: date | None = None,
    last: date | None = None,
) -> list[Conflict]:
    """Every conflict in the database, ordered by moment, errors first at the same moment.

    ``delegation_id`` keeps the conflicts that involve that delegation (its clashes with
    other delegations included); ``first``/``last`` keep those whose moment falls on those
    days, by the clock of the visit concerned. An unknown or deleted delegation is an error.
    """
    if first is not None and last is not None and last < first:
        raise ValidationError.single("end_date", "end_before_start")
    with _collector_paused():
        with db.reading() as session:
            items, visits, buffer = _read_schedule(session)
        if delegation_id is not None and delegation_id not in visits:
            raise NotFoundError("delegation", delegation_id)
        return detect_conflicts(
            items, visits.values(), buffer_minutes=buffer, delegation_id=delegation_id,
            first=first, last=last,
        )  # fmt: skip


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while tens of thousands of small values are made: none of
    them refer to each other in a cycle, yet the collector would walk them all again and
    again, a third of the check's time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _read_schedule(session: Session) -> tuple[list[ScheduledItem], dict[int, VisitSpan], int]:
    """Everything the rules look at, in six plain queries: the live agenda items of visits not
    cancelled, every live visit by id, and the buffer setting.

    Columns, not ORM rows, and vocabularies as their stored text looked up in a dictionary:
    ten thousand items read in a few hundred milliseconds, not seconds."""
    setting = session.get(DbSetting, CONFLICT_BUFFER_MINUTES)
    buffer = buffer_from_setting(setting.value if setting is not None else None)
    connection = session.connection()

    people: dict[int, Participant] = {}
    for person_id, family, given, family_latin, given_latin, languages in _rows(connection,
        select(DbPerson.id, DbPerson.family_name, DbPerson.given_names,
               DbPerson.family_name_latin, DbPerson.given_names_latin, DbPerson.languages)
        .where(DbPerson.deleted_at.is_(None))
    ):  # fmt: skip
        people[person_id] = Participant(
            person_id=person_id,
            name=_joined(given, family),
            name_latin=_joined(given_latin, family_latin),
            languages=tuple(languages or ()),
        )

    # Arrival and departure matter for visits abroad only (how long someone is away).
    travel = {
        pid: (arrival, departure)
        for pid, arrival, departure in _rows(connection,
            select(DbParticipation.id, DbParticipation.arrival_at, DbParticipation.departure_at)
            .join(DbDelegation, DbDelegation.id == DbParticipation.delegation_id)
            .where(DbDelegation.direction == Direction.OUTGOING,
                   or_(DbParticipation.arrival_at.is_not(None),
                       DbParticipation.departure_at.is_not(None)))
        )
    }  # fmt: skip
    # Who takes part in which visit, with their role (and travel), by participation id.
    taking_part: dict[int, Participant] = {}
    by_delegation: dict[int, list[Participant]] = {}
    as_participant: dict[tuple[int, int], Participant] = {}
    home = (None, None)
    for pid, delegation, person_id, role in _rows(connection,
        select(DbParticipation.id, DbParticipation.delegation_id, DbParticipation.person_id,
               _text(DbParticipation.role))
        .order_by(DbParticipation.delegation_id, DbParticipation.precedence,
                  DbParticipation.id)
    ):  # fmt: skip
        person = people.get(person_id)
        if person is None:
            continue
        participant = Participant(
            person_id, person.name, person.name_latin, _ROLES[role], person.languages,
            *travel.get(pid, home),
        )  # fmt: skip
        taking_part[pid] = participant
        by_delegation.setdefault(delegation, []).append(participant)
        as_participant[delegation, person_id] = participant

    visits: dict[int, VisitSpan] = {}
    for d_id, direction, title_uk, title_en, start, end, zone, place, status in _rows(connection,
        select(DbDelegation.id, _text(DbDelegation.direction), DbDelegation.title_uk,
               DbDelegation.title_en, DbDelegation.start_date, DbDelegation.end_date,
               DbDelegation.timezone, DbDelegation.place, _text(DbDelegation.status))
        .where(DbDelegation.deleted_at.is_(None))
    ):  # fmt: skip
        visits[d_id] = VisitSpan(
            d_id, _DIRECTIONS[direction], title_uk, start, end, zone, title_en, place,
            _STATUSES[status], tuple(by_delegation.get(d_id, ())),
        )  # fmt: skip
    venues = {
        venue_id: (name, name_en)
        for venue_id, name, name_en in _rows(
            connection,
            select(DbVenue.id, DbVenue.name, DbVenue.name_en).where(DbVenue.deleted_at.is_(None)),
        )
    }

    # One row per item with its participation ids joined ("3,17,42"): a sixth of the rows
    # one per attendee would be, and once the largest part of the reading.
    joined = aggregate_strings(cast(agenda_attendee.c.participation_id, String), ",")
    attending: dict[int, tuple[Participant, ...]] = {}
    for item_id, participation_ids in _rows(
        connection,
        select(agenda_attendee.c.agenda_item_id, joined).group_by(agenda_attendee.c.agenda_item_id),
    ):
        numbers = [int(p) for p in participation_ids.split(",")]
        try:
            attending[item_id] = tuple([taking_part[p] for p in numbers])
        except KeyError:  # someone deleted since: not there any more
            attending[item_id] = tuple(taking_part[p] for p in numbers if p in taking_part)

    live_visits = {k: visit for k, visit in visits.items() if not visit.cancelled}
    items: list[ScheduledItem] = []
    no_venue = ("", "")
    for (item_id, d_id, starts, ends, title_uk, title_en, status, venue_id,
         responsible_id) in _rows(connection,
        select(DbAgendaItem.id, DbAgendaItem.delegation_id, DbAgendaItem.starts_at,
               DbAgendaItem.ends_at, DbAgendaItem.title_uk, DbAgendaItem.title_en,
               _text(DbAgendaItem.status), DbAgendaItem.venue_id,
               DbAgendaItem.responsible_person_id)
        .where(DbAgendaItem.deleted_at.is_(None),
               DbAgendaItem.status != AgendaStatus.CANCELLED)
    ):  # fmt: skip
        visit = live_visits.get(d_id)
        if visit is None:
            continue
        venue = venues.get(venue_id) if venue_id is not None else None
        responsible = None
        if responsible_id is not None:
            # As a participant of the item's own visit when they are one (with their role).
            responsible = as_participant.get((d_id, responsible_id)) or people.get(responsible_id)
        venue_name, venue_name_en = venue or no_venue
        items.append(ScheduledItem(
            item_id=item_id, visit=visit, starts_at=starts, ends_at=ends, title_uk=title_uk,
            title_en=title_en, status=_AGENDA_STATUSES[status],
            venue_id=venue_id if venue is not None else None, venue_name=venue_name,
            venue_name_en=venue_name_en, attendees=attending.get(item_id, ()),
            responsible=responsible,
        ))  # fmt: skip

    return items, visits, buffer


def _rows(connection: Connection, query: Any) -> Sequence[Any]:
    """All rows at once: one fetch from the driver instead of one per row."""
    return connection.execute(query).all()


def _text(column: Any) -> Any:
    """A vocabulary column read as its stored text (the dictionaries below are far quicker
    than making each enum member from its value)."""
    return type_coerce(column, String)


_ROLES = {role.value: role for role in ParticipantRole}
_DIRECTIONS = {direction.value: direction for direction in Direction}
_STATUSES = {status.value: status for status in DelegationStatus}
_AGENDA_STATUSES = {status.value: status for status in AgendaStatus}


def _joined(*parts: str) -> str:
    return " ".join(p for p in parts if p)
