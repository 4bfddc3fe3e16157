"""Use cases for the visit programme: a delegation's agenda items, day by day."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain import rules
from planner.domain.errors import ValidationError
from planner.domain.records import AgendaItem, AgendaRow
from planner.domain.zones import local, local_days
from planner.services.common import (
    RecordKind,
    delete_record,
    fetch,
    live,
    restore,
    save_row,
)
from planner.services.delegations import DELEGATION, delegation_record
from planner.services.people import PERSON
from planner.services.venues import VENUE
from planner.storage.database import Database
from planner.storage.models import DbAgendaItem, DbDelegation, DbParticipation, DbVenue


def _no_check(_item: AgendaItem) -> None:
    """Agenda items are checked against their delegation in ``save_agenda_item``."""


AGENDA_ITEM = RecordKind(
    "agenda_item", DbAgendaItem, AgendaItem, _no_check,
    calendar_fields=("starts_at", "ends_at", "venue_id", "status"),
)  # fmt: skip


def _record_of(row: DbAgendaItem) -> AgendaItem:
    return AGENDA_ITEM.to_record(
        row, attendee_person_ids=tuple(sorted(p.person_id for p in row.attendees))
    )


def agenda_record(row: DbAgendaItem) -> AgendaItem:
    return _record_of(row)


def save_agenda_item(db: Database, item: AgendaItem) -> AgendaItem:
    """Create or change an agenda item; it must fit in its delegation's dates (in the visit's
    own time zone), and its attendees must be participants of the delegation."""
    with db.transaction() as session:
        return _record_of(write_agenda_item(session, item))


def write_agenda_item(session: Session, item: AgendaItem) -> DbAgendaItem:
    """``save_agenda_item``'s rules inside a transaction the caller holds (a calendar import
    saves many items as one action)."""
    delegation = fetch(session, DELEGATION, item.delegation_id)
    rules.check_agenda_item(item, delegation_record(delegation))
    before = session.get(DbAgendaItem, item.id) if item.id is not None else None
    # A venue or person deleted since the item was planned may stay; only a new choice
    # must be a live record.
    if item.venue_id is not None and item.venue_id != getattr(before, "venue_id", None):
        fetch(session, VENUE, item.venue_id)
    responsible = item.responsible_person_id
    if responsible is not None and responsible != getattr(before, "responsible_person_id", None):
        fetch(session, PERSON, responsible)
    attendees = _attendees(session, item)
    row = save_row(session, AGENDA_ITEM, item)
    row.attendees = attendees
    session.flush()
    return row


def _attendees(session: Session, item: AgendaItem) -> list[DbParticipation]:
    if not item.attendee_person_ids:
        return []
    rows = session.scalars(
        select(DbParticipation).where(
            DbParticipation.delegation_id == item.delegation_id,
            DbParticipation.person_id.in_(item.attendee_person_ids),
        )
    ).all()
    missing = set(item.attendee_person_ids) - {r.person_id for r in rows}
    if missing:
        raise ValidationError.single("attendees", "not_a_participant", value=min(missing))
    return list(rows)


def get_agenda_item(db: Database, item_id: int) -> AgendaItem:
    with db.reading() as session:
        return _record_of(fetch(session, AGENDA_ITEM, item_id))


def delete_agenda_item(db: Database, item_id: int, version: int) -> None:
    delete_record(db, AGENDA_ITEM, item_id, version)


def restore_agenda_item(db: Database, item_id: int) -> AgendaItem:
    """Undo a deletion; the item must still fit its delegation, whose dates may have moved."""
    with db.transaction() as session:
        row = restore(session, AGENDA_ITEM, item_id)
        delegation = fetch(session, DELEGATION, row.delegation_id)
        rules.check_agenda_item(_record_of(row), delegation_record(delegation))
        return _record_of(row)


def list_agenda(
    db: Database,
    delegation_id: int | None = None,
    first: date | None = None,
    last: date | None = None,
) -> list[AgendaRow]:
    """Agenda items in time order, their times in their delegation's own zone.

    ``first``/``last`` narrow to items that touch those days (in the visit's zone; the query
    widens by a day on each side and the exact cut is made on local dates).
    """
    query: Any = (
        live(DbAgendaItem)
        .join(DbDelegation, DbDelegation.id == DbAgendaItem.delegation_id)
        .outerjoin(DbVenue, DbVenue.id == DbAgendaItem.venue_id)
        .where(DbDelegation.deleted_at.is_(None))
        .add_columns(DbDelegation.title_uk, DbDelegation.timezone, DbVenue.name)
        .order_by(DbAgendaItem.starts_at, DbAgendaItem.id)
    )
    if delegation_id is not None:
        query = query.where(DbAgendaItem.delegation_id == delegation_id)
    if first is not None:
        query = query.where(DbAgendaItem.ends_at >= _utc_midnight(first - timedelta(days=1)))
    if last is not None:
        query = query.where(DbAgendaItem.starts_at < _utc_midnight(last + timedelta(days=2)))
    rows: list[AgendaRow] = []
    with db.reading() as session:
        for item, title, zone, venue in session.execute(query):
            starts, ends = local(item.starts_at, zone), local(item.ends_at, zone)
            first_day, last_day = local_days(starts, ends, zone)
            if (first is not None and last_day < first) or (last is not None and first_day > last):
                continue
            rows.append(
                AgendaRow(
                    id=item.id, delegation_id=item.delegation_id, delegation_title=title,
                    starts_at=starts, ends_at=ends, title_uk=item.title_uk,
                    title_en=item.title_en, venue_name=venue or "", status=item.status,
                )
            )  # fmt: skip
    return rows


def _utc_midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=ZoneInfo("UTC"))
