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
from planner.domain.errors import NotFoundError, StaleEditError, ValidationError
from planner.domain.records import GiftItem, GiftLimit, GiftRecord, GiftStockRow, StockMovement
from planner.domain.stock import first_negative_day, stock_on
from planner.services.common import (
    RecordKind,
    fetch,
    get_record,
    live,
    now,
    refuse_duplicate,
    restore,
    save_row,
    soft_delete,
)
from planner.services.delegations import DELEGATION
from planner.services.partners import PARTNER
from planner.services.people import PERSON
from planner.services.programmes import MEASURE
from planner.storage.database import Database
from planner.storage.mapping import copy_into, to_record
from planner.storage.models import (
    DbGiftItem,
    DbGiftLimit,
    DbGiftRecord,
    DbPlannedGift,
    DbStockMovement,
)

GIFT_ITEM = RecordKind("gift_item", DbGiftItem, GiftItem, rules.check_gift_item)
GIFT_RECORD = RecordKind("gift_record", DbGiftRecord, GiftRecord, rules.check_gift_record)


def save_gift_item(db: Database, item: GiftItem) -> GiftItem:
    with db.transaction() as session:
        refuse_duplicate(session, DbGiftItem, item.id, "name_uk", item.name_uk)
        return GIFT_ITEM.to_record(save_row(session, GIFT_ITEM, item))


def delete_gift_item(db: Database, item_id: int, version: int) -> None:
    """Take an item out of the catalogue; refused while any of it is in stock (write it off
    first), so that the inventory always adds up."""
    with db.transaction() as session:
        item = fetch(session, GIFT_ITEM, item_id)
        if item.quantity_on_hand:
            raise ValidationError.single("quantity", "stock_left", item=item.name_uk,
                                         quantity=item.quantity_on_hand)  # fmt: skip
        soft_delete(session, GIFT_ITEM, item_id, version)


def restore_gift_item(db: Database, item_id: int) -> GiftItem:
    with db.transaction() as session:
        return GIFT_ITEM.to_record(restore(session, GIFT_ITEM, item_id))


def get_gift_item(db: Database, item_id: int) -> GiftItem:
    return get_record(db, GIFT_ITEM, item_id)


def gift_categories(db: Database) -> list[tuple[str, str]]:
    """The categories in use, as (Ukrainian, English) pairs, in the catalogue's order."""
    query = (
        select(DbGiftItem.category, func.max(DbGiftItem.category_en))
        .where(DbGiftItem.deleted_at.is_(None))
        .group_by(DbGiftItem.category)
    )
    with db.reading() as session:
        pairs = [(uk, en or "") for uk, en in session.execute(query)]
    return sorted(pairs, key=lambda pair: text.sort_key(pair[0]))


def move_stock(session: Session, movement: StockMovement) -> StockMovement:
    """Write one movement and change the item's running total, refused (and nothing written)
    when the stock would go below zero today or on any later day."""
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
            "on", "stock_negative_on", item=item.name_uk, date=f"{negative:%d.%m.%Y}"
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
        return move_stock(session, StockMovement(
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
        return move_stock(session, StockMovement(
            item_id=item_id, kind=MovementKind.HAND_OUT, on=on, quantity=-quantity,
            delegation_id=delegation_id, recipient_person_id=person_id,
            recipient_partner_id=partner_id,
        ))  # fmt: skip


def write_off(db: Database, item_id: int, on: date, quantity: int, reason: str) -> StockMovement:
    _positive(quantity)
    if not reason.strip():
        raise ValidationError.single("reason", "required")
    with db.transaction() as session:
        return move_stock(session, StockMovement(
            item_id=item_id, kind=MovementKind.WRITE_OFF, on=on, quantity=-quantity,
            reason=reason,
        ))  # fmt: skip


def stock_take(db: Database, item_id: int, on: date, counted: int) -> StockMovement:
    """Record a count: the difference to the books becomes a movement of its own."""
    if counted < 0:
        raise ValidationError.single("counted", "negative")
    with db.transaction() as session:
        booked = stock_on(_movements(session, item_id), on)
        return move_stock(session, StockMovement(
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


def cancel_movement(db: Database, movement_id: int) -> StockMovement:
    """Take back a movement entered by mistake (the undo of entering it): the movement goes
    and the running total with it, refused when the stock would then go below zero on some
    day. A hand-out of a planned gift is taken back at its visit instead."""
    with db.transaction() as session:
        row = session.get(DbStockMovement, movement_id)
        if row is None:
            raise NotFoundError("stock_movement", movement_id)
        planned = session.scalar(select(DbPlannedGift).where(
            DbPlannedGift.movement_id == movement_id))  # fmt: skip
        if planned is not None:
            visit = fetch(session, DELEGATION, planned.delegation_id)
            raise ValidationError.single("quantity", "movement_of_planned_gift",
                                         visit=visit.title_uk)  # fmt: skip
        movement = to_record(StockMovement, row)
        remove_movement(session, row)
        return movement


def remove_movement(session: Session, row: DbStockMovement) -> None:
    """Delete one movement with the same guards as writing one."""
    item = fetch(session, GIFT_ITEM, row.item_id)
    changed = session.execute(
        update(DbGiftItem)
        .where(DbGiftItem.id == row.item_id, DbGiftItem.quantity_on_hand - row.quantity >= 0)
        .values(quantity_on_hand=DbGiftItem.quantity_on_hand - row.quantity)
        .execution_options(synchronize_session=False)
    )
    if changed.rowcount != 1:  # type: ignore[attr-defined]
        session.refresh(item)
        raise ValidationError.single(
            "quantity", "insufficient_stock",
            item=item.name_uk, available=item.quantity_on_hand, requested=row.quantity,
        )  # fmt: skip
    item_id = row.item_id
    session.delete(row)
    session.flush()
    negative = first_negative_day(_movements(session, item_id))
    if negative is not None:
        raise ValidationError.single(
            "on", "stock_negative_on", item=item.name_uk, date=f"{negative:%d.%m.%Y}"
        )


def repeat_movement(db: Database, movement: StockMovement) -> StockMovement:
    """Enter a movement again as it was first entered (the redo of ``cancel_movement``)."""
    if movement.kind is MovementKind.PURCHASE:
        return record_purchase(
            db, movement.item_id, movement.on, movement.quantity,
            movement.unit_cost or Decimal(0), movement.supplier, movement.document_number,
            movement.measure_id,
        )  # fmt: skip
    if movement.kind is MovementKind.HAND_OUT:
        return hand_out(db, movement.item_id, movement.on, -movement.quantity,
                        delegation_id=movement.delegation_id,
                        person_id=movement.recipient_person_id,
                        partner_id=movement.recipient_partner_id)  # fmt: skip
    if movement.kind is MovementKind.WRITE_OFF:
        return write_off(db, movement.item_id, movement.on, -movement.quantity, movement.reason)
    assert movement.counted is not None
    return stock_take(db, movement.item_id, movement.on, movement.counted)


def list_movements(db: Database, item_id: int | None = None) -> list[StockMovement]:
    query = select(DbStockMovement).order_by(DbStockMovement.on, DbStockMovement.id)
    if item_id is not None:
        query = query.where(DbStockMovement.item_id == item_id)
    with db.reading() as session:
        return [to_record(StockMovement, m) for m in session.scalars(query)]


# What the register entry of a handed-out planned gift shares with its stock movement: changed
# only by taking the hand-out back at the visit (its words and value may still change).
_FIXED_FOR_A_HAND_OUT = ("direction", "on", "delegation_id", "person_id", "partner_id",
                         "item_id")  # fmt: skip


def save_gift_record(db: Database, record: GiftRecord) -> GiftRecord:
    with db.transaction() as session:
        if record.id is not None:
            _refuse_moving_a_hand_out(session, record)
        references: tuple[tuple[RecordKind[Any, Any], int | None], ...] = (
            (DELEGATION, record.delegation_id), (PERSON, record.person_id),
            (PARTNER, record.partner_id), (GIFT_ITEM, record.item_id),
        )  # fmt: skip
        for kind, reference in references:
            if reference is not None:
                fetch(session, kind, reference)
        return GIFT_RECORD.to_record(save_row(session, GIFT_RECORD, record))


def _refuse_moving_a_hand_out(session: Session, record: GiftRecord) -> None:
    planned = session.scalar(select(DbPlannedGift).where(
        DbPlannedGift.gift_record_id == record.id))  # fmt: skip
    if planned is None or record.id is None:
        return
    row = fetch(session, GIFT_RECORD, record.id)
    changed = next((name for name in _FIXED_FOR_A_HAND_OUT
                    if getattr(row, name) != getattr(record, name)), None)  # fmt: skip
    if changed is not None:
        visit = fetch(session, DELEGATION, planned.delegation_id)
        raise ValidationError.single(changed, "movement_of_planned_gift", visit=visit.title_uk)


def get_gift_record(db: Database, record_id: int) -> GiftRecord:
    return get_record(db, GIFT_RECORD, record_id)


def delete_gift_record(db: Database, record_id: int, version: int) -> None:
    with db.transaction() as session:
        if session.scalar(select(DbPlannedGift.id).where(
                DbPlannedGift.gift_record_id == record_id)) is not None:  # fmt: skip
            row = fetch(session, GIFT_RECORD, record_id)
            visit = fetch(session, DELEGATION, row.delegation_id) if row.delegation_id else None
            raise ValidationError.single("description", "movement_of_planned_gift",
                                         visit=visit.title_uk if visit else "")  # fmt: skip
        soft_delete(session, GIFT_RECORD, record_id, version)


def restore_gift_record(db: Database, record_id: int) -> GiftRecord:
    with db.transaction() as session:
        return GIFT_RECORD.to_record(restore(session, GIFT_RECORD, record_id))


def list_gift_records(
    db: Database, first: date | None = None, last: date | None = None
) -> list[GiftRecord]:
    query = live(DbGiftRecord).order_by(DbGiftRecord.on, DbGiftRecord.id)
    if first is not None:
        query = query.where(DbGiftRecord.on >= first)
    if last is not None:
        query = query.where(DbGiftRecord.on <= last)
    with db.reading() as session:
        return [GIFT_RECORD.to_record(r) for r in session.scalars(query)]


def list_gift_limits(db: Database) -> list[GiftLimit]:
    """The limits table, the newest first."""
    with db.reading() as session:
        return [to_record(GiftLimit, row) for row in session.scalars(
            select(DbGiftLimit).order_by(DbGiftLimit.valid_from.desc()))]  # fmt: skip


def save_gift_limit(db: Database, limit: GiftLimit) -> GiftLimit:
    """Add the limits in force from a day, or change a row (refused when stale)."""
    rules.check_gift_limit(limit)
    with db.transaction() as session:
        clash = session.scalar(select(DbGiftLimit.id).where(
            DbGiftLimit.valid_from == limit.valid_from, DbGiftLimit.id != (limit.id or 0)))  # fmt: skip
        if clash is not None:
            raise ValidationError.single("valid_from", "duplicate",
                                         value=limit.valid_from.strftime("%d.%m.%Y"))  # fmt: skip
        if limit.id is None:
            row = DbGiftLimit()
            session.add(row)
        else:
            found = session.get(DbGiftLimit, limit.id)
            if found is None:
                raise NotFoundError("gift_limit", limit.id)
            row = found
            if row.version != limit.version:
                raise StaleEditError("gift_limit", limit.id)
        row.valid_from = limit.valid_from
        row.per_gift = limit.per_gift
        row.per_year_from_one_source = limit.per_year_from_one_source
        session.flush()
        return to_record(GiftLimit, row)


def delete_gift_limit(db: Database, limit_id: int, version: int) -> GiftLimit:
    """Remove one row of the limits table; returns it as it was (to add it back on undo)."""
    with db.transaction() as session:
        row = session.get(DbGiftLimit, limit_id)
        if row is None:
            raise NotFoundError("gift_limit", limit_id)
        if row.version != version:
            raise StaleEditError("gift_limit", limit_id)
        removed = to_record(GiftLimit, row)
        session.delete(row)
        return removed


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
