"""``planner check``: is the database whole, and does everything in it add up?"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.domain import rules
from planner.domain.enums import MovementKind
from planner.domain.messages import Language
from planner.domain.records import StockMovement
from planner.domain.stock import first_negative_day
from planner.storage.database import Database, current_revision, head_revision, integrity_problems
from planner.storage.mapping import to_record
from planner.storage.models import (
    DbAgendaItem,
    DbDelegation,
    DbGiftItem,
    DbGiftRecord,
    DbParticipation,
    DbPlannedGift,
    DbStockMovement,
    Searchable,
    agenda_attendee,
)

_TEXTS: dict[str, tuple[str, str]] = {
    "storage": ("Пошкодження файлу бази даних: {detail}", "Database file damage: {detail}"),
    "schema": (
        "Схема бази даних {found}, очікувалась {expected}.",
        "The database schema is {found}, {expected} was expected.",
    ),
    "stock_total": (
        "Сувенір №{id} «{name}»: залишок {booked}, а сума рухів {summed}.",
        "Gift item #{id} “{name}”: stock is {booked} but its movements add up to {summed}.",
    ),
    "stock_history": (
        "Сувенір №{id} «{name}»: залишок від’ємний на {day}.",
        "Gift item #{id} “{name}”: the stock is below zero on {day}.",
    ),
    "planned_gift_link": (
        "Запланований подарунок №{id}: вручення не збігається з рухом №{movement} "
        "чи записом реєстру №{record}.",
        "Planned gift #{id}: its hand-out does not match movement #{movement} or register "
        "entry #{record}.",
    ),
    "agenda_outside": (
        "Пункт програми №{id} «{title}» поза датами делегації №{delegation}.",
        "Agenda item #{id} “{title}” lies outside the dates of delegation #{delegation}.",
    ),
    "attendee_elsewhere": (
        "Пункт програми №{id}: присутній з іншої делегації (участь №{participation}).",
        "Agenda item #{id}: an attendee belongs to another delegation (participation #{participation}).",
    ),
    "timezone": (
        "Делегація №{id}: невідомий часовий пояс «{zone}».",
        "Delegation #{id}: unknown time zone “{zone}”.",
    ),
    "search_stale": (
        "{table} №{id}: пошукові поля застаріли.",
        "{table} #{id}: its search columns are out of date.",
    ),
}


@dataclass(frozen=True)
class Finding:
    code: str
    params: dict[str, object] = field(default_factory=dict)

    def message(self, lang: Language = "uk") -> str:
        uk, en = _TEXTS[self.code]
        return (uk if lang == "uk" else en).format(**self.params)


def check_database(db: Database) -> list[Finding]:
    """Every inconsistency found; an empty list means all is well."""
    findings = [Finding("storage", {"detail": p}) for p in integrity_problems(db.engine)]
    found, expected = current_revision(db.engine), head_revision()
    if found != expected:
        findings.append(Finding("schema", {"found": found, "expected": expected}))
    with db.reading() as session:
        for item in session.scalars(select(DbGiftItem)):
            movements = session.scalars(
                select(DbStockMovement).where(DbStockMovement.item_id == item.id)
            ).all()
            summed = sum(m.quantity for m in movements)
            if summed != item.quantity_on_hand:
                findings.append(Finding("stock_total", {"id": item.id, "name": item.name_uk,
                                        "booked": item.quantity_on_hand, "summed": summed}))  # fmt: skip
            negative = first_negative_day(to_record(StockMovement, m) for m in movements)
            if negative is not None:
                findings.append(Finding("stock_history",
                                        {"id": item.id, "name": item.name_uk, "day": negative}))  # fmt: skip

        findings.extend(_planned_gift_links(session))

        zones: dict[int, tuple[str, date, date]] = {}
        for d in session.scalars(select(DbDelegation)):
            zones[d.id] = (d.timezone, d.start_date, d.end_date)
            if not rules.is_known_timezone(d.timezone):
                findings.append(Finding("timezone", {"id": d.id, "zone": d.timezone}))
        live_items = select(DbAgendaItem).where(DbAgendaItem.deleted_at.is_(None))
        for agenda_item in session.scalars(live_items):
            zone, start, end = zones[agenda_item.delegation_id]
            if not rules.is_known_timezone(zone):
                continue
            if rules.days_outside_visit(
                agenda_item.starts_at, agenda_item.ends_at, zone, start, end
            ):
                findings.append(Finding("agenda_outside", {
                    "id": agenda_item.id, "title": agenda_item.title_uk,
                    "delegation": agenda_item.delegation_id,
                }))  # fmt: skip

        elsewhere = session.execute(
            select(agenda_attendee.c.agenda_item_id, agenda_attendee.c.participation_id)
            .join(DbAgendaItem, DbAgendaItem.id == agenda_attendee.c.agenda_item_id)
            .join(DbParticipation, DbParticipation.id == agenda_attendee.c.participation_id)
            .where(DbParticipation.delegation_id != DbAgendaItem.delegation_id)
        ).all()
        findings.extend(
            Finding("attendee_elsewhere", {"id": a, "participation": p}) for a, p in elsewhere
        )

        for row_class in Searchable.__subclasses__():
            for row in session.scalars(select(row_class)):
                assert isinstance(row, Searchable)
                should_hold = row.expected_search_columns()
                if any(getattr(row, column) != value for column, value in should_hold.items()):
                    findings.append(Finding("search_stale", {"table": row.__tablename__,  # type: ignore[attr-defined]
                                                             "id": row.id}))  # type: ignore[attr-defined]  # fmt: skip
    return findings


def _planned_gift_links(session: Session) -> list[Finding]:
    """A handed-out planned gift has both its movement (a hand-out of its item and quantity at
    its visit to its recipient) and its register entry; a planned one has neither."""
    found: list[Finding] = []
    for gift in session.scalars(select(DbPlannedGift)):
        if gift.movement_id is None and gift.gift_record_id is None:
            continue
        move = session.get(DbStockMovement, gift.movement_id) if gift.movement_id else None
        record = session.get(DbGiftRecord, gift.gift_record_id) if gift.gift_record_id else None
        matches = (
            move is not None and record is not None and record.deleted_at is None
            and move.kind is MovementKind.HAND_OUT and move.item_id == gift.item_id
            and move.quantity == -gift.quantity and move.delegation_id == gift.delegation_id
            and move.recipient_person_id == gift.recipient_person_id
            and move.recipient_partner_id == gift.recipient_partner_id
        )  # fmt: skip
        if not matches:
            found.append(Finding("planned_gift_link", {
                "id": gift.id, "movement": gift.movement_id or "—",
                "record": gift.gift_record_id or "—",
            }))  # fmt: skip
    return found


def count_rows(db: Database) -> dict[str, int]:
    """How many records of each main kind the database holds (for the check's summary)."""
    from planner.storage.models import Base

    counts: dict[str, int] = {}
    with db.reading() as session:
        for name in ("delegation", "agenda_item", "person", "partner", "agreement", "gift_item",
                     "stock_movement", "task"):  # fmt: skip
            table = Base.metadata.tables[name]
            counts[name] = int(session.scalar(select(func.count()).select_from(table)) or 0)
    return counts
