"""Use cases for souvenir and gift stock and the gift register.

Stock is never below zero, on any date: each movement changes the item's running total with a
guarded UPDATE (``... WHERE quantity_on_hand + delta >= 0``) in the same transaction as the
movement itself, so two officers handing out the last item at once on a shared database cannot
both succeed; a back-dated movement is also checked against every later day.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, true, update
from sqlalchemy.orm import Session

from planner.domain import rules, text
from planner.domain.enums import MovementKind
from planner.domain.errors import ValidationError
from planner.domain.records import GiftItem, GiftLimit, GiftRecord, GiftStockRow, StockMovement
from planner.domain.stock import first_negative_day, stock_on
from planner.services.common import (
    RecordKind,
    delete_record,
    fetch,
    live,
    now,
    refuse_duplicate,
    save_row,
)
from planner.services.delegations import DELEGATION
from planner.services.partners import PARTNER
from planner.services.people import PERSON
from planner.services.programmes import MEASURE
from planner.storage.database import Database
from planner.storage.mapping import copy_into, to_record
from planner.storage.models import DbGiftItem, DbGiftLimit, DbGiftRecord, DbStockMovement

GIFT_ITEM = RecordKind("gift_item", DbGiftItem, GiftItem, rules.check_gift_item)
GIFT_RECORD = RecordKind("gift_record", DbGiftRecord, GiftRecord, rules.check_gift_record)


def save_gift_item(db: Database, item: GiftItem) -> GiftItem:
    with db.transaction() as session:
        refuse_duplicate(session, DbGiftItem, item.id, "name_uk", item.name_uk)
        return GIFT_ITEM.to_record(save_row(session, GIFT_ITEM, item))


def delete_gift_item(db: Database, item_id: int, version: int) -> None:
    delete_record(db, GIFT_ITEM, item_id, version)


def _move(session: Session, movement: StockMovement) -> StockMovement:
    item = fetch(session, GIFT_ITEM, movement.item_id)
    changed = session.execute(
        update(DbGiftItem)
        .where(
            DbGiftItem.id == movement.item_id,
            DbGiftItem.quantity_on_hand + movement.quantity >= 0,
        )
        .values(quantity_on_hand=DbGiftItem.quantity_on_hand + movement.quantity)
        .execution_options(synchronize_session=False)
    )
    if changed.rowcount != 1:  # type: ignore[attr-defined]
        session.refresh(item)
        raise ValidationError.single(
            "quantity", "insufficient_stock",
            item=item.name_uk, available=item.quantity_on_hand, requested=-movement.quantity,
        )  # fmt: skip
    row = DbStockMovement(recorded_at=now())
    copy_into(row, movement)
    session.add(row)
    session.flush()
    negative = first_negative_day(_movements(session, movement.item_id))
    if negative is not None:
        raise ValidationError.single(
            "on", "stock_negative_on", item=item.name_uk, date=negative.isoformat()
        )
    return to_record(StockMovement, row)


def _movements(session: Session, item_id: int) -> list[StockMovement]:
    query = (
        select(DbStockMovement)
        .where(DbStockMovement.item_id == item_id)
        .order_by(DbStockMovement.on, DbStockMovement.id)
    )
    return [to_record(StockMovement, m) for m in session.scalars(query)]


def _positive(quantity: int) -> None:
    if quantity <= 0:
        raise ValidationError.single("quantity", "not_positive")


def record_purchase(
    db: Database, item_id: int, on: date, quantity: int, unit_cost: Decimal,
    supplier: str = "", document_number: str = "", measure_id: int | None = None,
) -> StockMovement:  # fmt: skip
    _positive(quantity)
    if unit_cost < 0:
        raise ValidationError.single("unit_cost", "negative")
    with db.transaction() as session:
        if measure_id is not None:
            fetch(session, MEASURE, measure_id)
        return _move(session, StockMovement(
            item_id=item_id, kind=MovementKind.PURCHASE, on=on, quantity=quantity,
            unit_cost=unit_cost, supplier=supplier, document_number=document_number,
            measure_id=measure_id,
        ))  # fmt: skip


def hand_out(
    db: Database, item_id: int, on: date, quantity: int, *, delegation_id: int | None = None,
    person_id: int | None = None, partner_id: int | None = None,
) -> StockMovement:  # fmt: skip
    """Hand items out at a visit to a person or a partner; the stock goes down."""
    _positive(quantity)
    if person_id is None and partner_id is None:
        raise ValidationError.single("recipient", "recipient_required")
    with db.transaction() as session:
        if delegation_id is not None:
            fetch(session, DELEGATION, delegation_id)
        if person_id is not None:
            fetch(session, PERSON, person_id)
        if partner_id is not None:
            fetch(session, PARTNER, partner_id)
        return _move(session, StockMovement(
            item_id=item_id, kind=MovementKind.HAND_OUT, on=on, quantity=-quantity,
            delegation_id=delegation_id, recipient_person_id=person_id,
            recipient_partner_id=partner_id,
        ))  # fmt: skip


def write_off(db: Database, item_id: int, on: date, quantity: int, reason: str) -> StockMovement:
    _positive(quantity)
    if not reason.strip():
        raise ValidationError.single("reason", "required")
    with db.transaction() as session:
        return _move(session, StockMovement(
            item_id=item_id, kind=MovementKind.WRITE_OFF, on=on, quantity=-quantity,
            reason=reason,
        ))  # fmt: skip


def stock_take(db: Database, item_id: int, on: date, counted: int) -> StockMovement:
    """Record a count: the difference to the books becomes a movement of its own."""
    if counted < 0:
        raise ValidationError.single("counted", "negative")
    with db.transaction() as session:
        booked = stock_on(_movements(session, item_id), on)
        return _move(session, StockMovement(
            item_id=item_id, kind=MovementKind.STOCK_TAKE, on=on, quantity=counted - booked,
            counted=counted,
        ))  # fmt: skip


def list_stock(db: Database, as_of: date | None = None, search: str = "") -> list[GiftStockRow]:
    """Items with their quantity and value on ``as_of`` (today's stock when not given)."""
    quantity = func.coalesce(
        select(func.sum(DbStockMovement.quantity))
        .where(
            DbStockMovement.item_id == DbGiftItem.id,
            DbStockMovement.on <= as_of if as_of is not None else true(),
        )
        .scalar_subquery(),
        0,
    )
    query = live(DbGiftItem).add_columns(quantity).order_by(DbGiftItem.sort_key, DbGiftItem.id)
    if search.strip():
        query = query.where(DbGiftItem.search_text.contains(text.fold(search), autoescape=True))
    with db.reading() as session:
        return [
            GiftStockRow(GIFT_ITEM.to_record(item), int(qty), item.unit_cost * int(qty))
            for item, qty in session.execute(query)
        ]


def list_movements(db: Database, item_id: int | None = None) -> list[StockMovement]:
    query = select(DbStockMovement).order_by(DbStockMovement.on, DbStockMovement.id)
    if item_id is not None:
        query = query.where(DbStockMovement.item_id == item_id)
    with db.reading() as session:
        return [to_record(StockMovement, m) for m in session.scalars(query)]


def save_gift_record(db: Database, record: GiftRecord) -> GiftRecord:
    with db.transaction() as session:
        references: tuple[tuple[RecordKind[Any, Any], int | None], ...] = (
            (DELEGATION, record.delegation_id), (PERSON, record.person_id),
            (PARTNER, record.partner_id), (GIFT_ITEM, record.item_id),
        )  # fmt: skip
        for kind, reference in references:
            if reference is not None:
                fetch(session, kind, reference)
        return GIFT_RECORD.to_record(save_row(session, GIFT_RECORD, record))


def list_gift_records(
    db: Database, first: date | None = None, last: date | None = None
) -> list[GiftRecord]:
    query = select(DbGiftRecord).order_by(DbGiftRecord.on, DbGiftRecord.id)
    if first is not None:
        query = query.where(DbGiftRecord.on >= first)
    if last is not None:
        query = query.where(DbGiftRecord.on <= last)
    with db.reading() as session:
        return [GIFT_RECORD.to_record(r) for r in session.scalars(query)]


def gift_limit_on(db: Database, day: date) -> GiftLimit | None:
    """The legal limits on gifts to officials in force on ``day``."""
    query = (
        select(DbGiftLimit)
        .where(DbGiftLimit.valid_from <= day)
        .order_by(DbGiftLimit.valid_from.desc())
        .limit(1)
    )
    with db.reading() as session:
        row = session.scalar(query)
        return to_record(GiftLimit, row) if row is not None else None
