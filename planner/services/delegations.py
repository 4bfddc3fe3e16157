"""Use cases for delegations: incoming, outgoing and online visits, the planner's central record."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sqlalchemy import case, exists, func, or_, select
from sqlalchemy.orm import Session

from planner.domain import rules, text
from planner.domain.checklists import due_date
from planner.domain.enums import DelegationStatus, Direction, TaskStatus
from planner.domain.errors import ValidationError
from planner.domain.records import Delegation, DelegationFilter, DelegationRow
from planner.services.common import (
    RecordKind,
    delete_record,
    fetch,
    restore,
    save_row,
)
from planner.storage.database import Database
from planner.storage.models import (
    DbAgendaItem,
    DbDelegation,
    DbMeasure,
    DbParticipation,
    DbPartner,
    DbPerson,
    DbTask,
    delegation_measure,
    delegation_partner,
)

DELEGATION = RecordKind(
    "delegation", DbDelegation, Delegation, rules.check_delegation,
    calendar_fields=("start_date", "end_date", "timezone", "place", "status"),
)  # fmt: skip


def delegation_record(row: DbDelegation) -> Delegation:
    return DELEGATION.to_record(
        row,
        partner_ids=tuple(sorted(p.id for p in row.partners if p.deleted_at is None)),
        measure_ids=tuple(sorted(m.id for m in row.measures)),
    )


def save_delegation(db: Database, delegation: Delegation) -> Delegation:
    """Create or change a delegation with its partners and programme measures.

    Moving the dates moves the due dates of its open checklist tasks; cancelling it closes
    them as cancelled. Dates that would leave agenda items outside the visit are refused.
    """
    with db.transaction() as session:
        return delegation_record(write_delegation(session, delegation))


def write_delegation(session: Session, delegation: Delegation) -> DbDelegation:
    """``save_delegation``'s rules inside a transaction the caller holds."""
    partners = _existing(session, DbPartner, delegation.partner_ids, "partner_ids")
    measures = _existing(session, DbMeasure, delegation.measure_ids, "measure_ids")
    if delegation.id is not None:
        _refuse_stranded_agenda(session, delegation)
    row = save_row(session, DELEGATION, delegation)
    # Links to partners deleted since are not shown, and are kept for when they come back.
    row.partners = partners + [p for p in row.partners if p.deleted_at is not None]
    row.measures = measures
    _follow_dates_and_status(session, row)
    session.flush()
    return row


def _existing(session: Session, row_class: Any, ids: tuple[int, ...], field: str) -> list[Any]:
    if not ids:
        return []
    rows = list(session.scalars(select(row_class).where(row_class.id.in_(ids))))
    alive = [r for r in rows if getattr(r, "deleted_at", None) is None]
    if len(alive) != len(set(ids)):
        missing = sorted(set(ids) - {r.id for r in alive})
        raise ValidationError.single(field, "bad_choice", value=missing)
    return alive


def _refuse_stranded_agenda(session: Session, delegation: Delegation) -> None:
    if not rules.is_known_timezone(delegation.timezone):
        return  # the delegation's own check reports the zone
    items = session.scalars(
        select(DbAgendaItem).where(
            DbAgendaItem.delegation_id == delegation.id, DbAgendaItem.deleted_at.is_(None)
        )
    ).all()
    zone, start, end = delegation.timezone, delegation.start_date, delegation.end_date
    stranded = [
        i for i in items if rules.days_outside_visit(i.starts_at, i.ends_at, zone, start, end)
    ]
    if stranded:
        raise ValidationError.single(
            "start_date", "agenda_outside_new_dates",
            count=len(stranded), first=stranded[0].title_uk,
        )  # fmt: skip


def _follow_dates_and_status(session: Session, row: DbDelegation) -> None:
    open_tasks = session.scalars(
        select(DbTask).where(
            DbTask.delegation_id == row.id,
            DbTask.status == TaskStatus.OPEN,
            DbTask.deleted_at.is_(None),  # a deleted task stays as it was until restored
        )
    ).all()
    for task in open_tasks:
        if row.status == DelegationStatus.CANCELLED:
            task.status = TaskStatus.CANCELLED
        elif task.anchor is not None and task.offset_days is not None:
            new_due = due_date(task.anchor, task.offset_days, row.start_date, row.end_date)
            if task.due_on != new_due:
                task.due_on = new_due


def get_delegation(db: Database, delegation_id: int) -> Delegation:
    with db.reading() as session:
        return delegation_record(fetch(session, DELEGATION, delegation_id))


def delete_delegation(db: Database, delegation_id: int, version: int) -> None:
    """Deleting hides the delegation with its programme; ``restore_delegation`` undoes it."""
    delete_record(db, DELEGATION, delegation_id, version)


def restore_delegation(db: Database, delegation_id: int) -> Delegation:
    with db.transaction() as session:
        return delegation_record(restore(session, DELEGATION, delegation_id))


def _in_their_order(column: Any, values: type[StrEnum]) -> Any:
    """Sort an enum column in the order the vocabulary lists it (incoming, outgoing, online;
    draft … cancelled), the same in every language."""
    return case({value.value: index for index, value in enumerate(values)}, value=column)


_SORTS: dict[str, Any] = {
    "start_date": DbDelegation.start_date,
    "end_date": DbDelegation.end_date,
    "title": DbDelegation.sort_key,
    "direction": _in_their_order(DbDelegation.direction, Direction),
    "status": _in_their_order(DbDelegation.status, DelegationStatus),
    "place": DbDelegation.place_key,
}


def _filtered(query: Any, wanted: DelegationFilter) -> Any:
    query = query.where(DbDelegation.deleted_at.is_(None))
    for word in text.fold(wanted.text).split():
        query = query.where(_matches(word))
    if wanted.directions:
        query = query.where(DbDelegation.direction.in_(sorted(wanted.directions)))
    if wanted.statuses:
        query = query.where(DbDelegation.status.in_(sorted(wanted.statuses)))
    if wanted.starts_from is not None:
        query = query.where(DbDelegation.end_date >= wanted.starts_from)
    if wanted.ends_until is not None:
        query = query.where(DbDelegation.start_date <= wanted.ends_until)
    if wanted.measure_id is not None:
        query = query.where(
            exists().where(
                delegation_measure.c.delegation_id == DbDelegation.id,
                delegation_measure.c.measure_id == wanted.measure_id,
            )
        )
    if wanted.partner_id is not None:
        query = query.where(
            exists().where(
                delegation_partner.c.delegation_id == DbDelegation.id,
                delegation_partner.c.partner_id == wanted.partner_id,
            )
        )
    return query


def _matches(word: str) -> Any:
    """A delegation is found by its title, place and purpose, its partners and its people.

    The partners and people who match are found once (uncorrelated subqueries over their own,
    much smaller tables), not once per delegation: at 50,000 delegations that is the
    difference between a keystroke that answers at once and one that lags.
    """
    partners_found = select(DbPartner.id).where(
        DbPartner.deleted_at.is_(None), DbPartner.search_text.contains(word, autoescape=True)
    )
    people_found = select(DbPerson.id).where(DbPerson.search_text.contains(word, autoescape=True))
    by_partner = DbDelegation.id.in_(
        select(delegation_partner.c.delegation_id).where(
            delegation_partner.c.partner_id.in_(partners_found)
        )
    )
    by_person = DbDelegation.id.in_(
        select(DbParticipation.delegation_id).where(DbParticipation.person_id.in_(people_found))
    )
    return or_(DbDelegation.search_text.contains(word, autoescape=True), by_partner, by_person)


def count_delegations(db: Database, wanted: DelegationFilter | None = None) -> int:
    query = _filtered(select(func.count(DbDelegation.id)), wanted or DelegationFilter())
    with db.reading() as session:
        return int(session.scalar(query) or 0)


_ROW_COLUMNS = ("id", "version", "direction", "status", "title_uk", "title_en", "start_date",
                "end_date", "timezone", "place", "country")  # fmt: skip


def list_delegations(db: Database, wanted: DelegationFilter | None = None) -> list[DelegationRow]:
    """Delegations as list rows, filtered and sorted in SQL (fast on tens of thousands)."""
    wanted = wanted or DelegationFilter()
    partner_names = (
        select(func.aggregate_strings(DbPartner.name_uk, ", "))
        .select_from(delegation_partner.join(DbPartner))
        .where(
            delegation_partner.c.delegation_id == DbDelegation.id, DbPartner.deleted_at.is_(None)
        )
        .scalar_subquery()
    )
    partner_names_en = (
        select(
            func.aggregate_strings(
                func.coalesce(func.nullif(DbPartner.name_en, ""), DbPartner.name_uk), ", "
            )
        )
        .select_from(delegation_partner.join(DbPartner))
        .where(
            delegation_partner.c.delegation_id == DbDelegation.id, DbPartner.deleted_at.is_(None)
        )
        .scalar_subquery()
    )
    measure_codes = (
        select(func.aggregate_strings(DbMeasure.code, ", "))
        .select_from(delegation_measure.join(DbMeasure))
        .where(delegation_measure.c.delegation_id == DbDelegation.id)
        .scalar_subquery()
    )
    participants = (
        select(func.count(DbParticipation.id))
        .where(DbParticipation.delegation_id == DbDelegation.id)
        .scalar_subquery()
    )
    agenda = (
        select(func.count(DbAgendaItem.id))
        .where(DbAgendaItem.delegation_id == DbDelegation.id, DbAgendaItem.deleted_at.is_(None))
        .scalar_subquery()
    )
    order = _SORTS.get(wanted.sort, DbDelegation.start_date)
    # Plain columns, not ORM objects: a page of rows is read several times faster.
    columns = [DbDelegation.__table__.c[name] for name in _ROW_COLUMNS]
    query = _filtered(
        select(*columns, partner_names.label("partner_names"),
               partner_names_en.label("partner_names_en"), measure_codes.label("measure_codes"),
               participants.label("participant_count"), agenda.label("agenda_count")),
        wanted,
    ).order_by(order.desc() if wanted.descending else order, DbDelegation.id)  # fmt: skip
    if wanted.limit is not None:
        query = query.limit(wanted.limit)
    if wanted.offset:
        query = query.offset(wanted.offset)
    with db.reading() as session:
        return [
            DelegationRow(**{
                **row._asdict(),
                "partner_names": row.partner_names or "",
                "partner_names_en": row.partner_names_en or "",
                "measure_codes": row.measure_codes or "",
            })
            for row in session.execute(query)
        ]  # fmt: skip
