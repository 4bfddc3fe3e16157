"""Gifts planned at a visit, per recipient, and handing them out.

A planned gift names the item, how many, the day and the recipient (a person, a partner or
both). Marking it handed out is one transaction: the stock movement (refused, and nothing
written, when the stock would go below zero), the gift register's entry of the gift given, and
the links to both on the planned gift. Taking a hand-out back (the undo) removes the two again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain import rules
from planner.domain.enums import GiftDirection, MovementKind
from planner.domain.errors import ValidationError
from planner.domain.gift_warnings import GiftWarning
from planner.domain.printing import Bilingual
from planner.domain.records import PlannedGift, StockMovement
from planner.services.common import (
    RecordKind,
    fetch,
    fetch_for_update,
    live,
    restore,
    save_row,
    soft_delete,
)
from planner.services.delegations import DELEGATION
from planner.services.gift_warnings import gift_warnings
from planner.services.gifts import GIFT_ITEM, move_stock, remove_movement
from planner.services.partners import PARTNER
from planner.services.people import PERSON
from planner.services.settings import COUNCIL_NAME
from planner.storage.database import Database
from planner.storage.models import (
    DbGiftItem,
    DbGiftRecord,
    DbPartner,
    DbPerson,
    DbPlannedGift,
    DbSetting,
    DbStockMovement,
)

PLANNED_GIFT = RecordKind("planned_gift", DbPlannedGift, PlannedGift, rules.check_planned_gift)

# What may still change once a gift is handed out: the words, not the stock.
_FIXED_ONCE_HANDED_OUT = ("delegation_id", "item_id", "quantity", "on", "recipient_person_id",
                          "recipient_partner_id")  # fmt: skip


@dataclass(frozen=True)
class PlannedGiftRow:
    """A planned gift as the visit's Gifts tab shows it, with what to warn about."""

    gift: PlannedGift
    item: Bilingual
    value: Decimal  # at the catalogue's unit cost
    person: Bilingual
    partner: Bilingual
    warnings: tuple[GiftWarning, ...] = ()


def _check_references(session: Session, gift: PlannedGift) -> None:
    fetch(session, DELEGATION, gift.delegation_id)
    fetch(session, GIFT_ITEM, gift.item_id)
    if gift.recipient_person_id is not None:
        fetch(session, PERSON, gift.recipient_person_id)
    if gift.recipient_partner_id is not None:
        fetch(session, PARTNER, gift.recipient_partner_id)


def save_planned_gift(db: Database, gift: PlannedGift) -> PlannedGift:
    """Plan a gift, or change a plan (only its occasion and notes once handed out)."""
    rules.check_planned_gift(gift)
    with db.transaction() as session:
        _check_references(session, gift)
        if gift.id is not None:
            row = fetch_for_update(session, PLANNED_GIFT, gift.id, gift.version)
            if row.movement_id is not None and any(
                getattr(row, name) != getattr(gift, name) for name in _FIXED_ONCE_HANDED_OUT
            ):
                raise _handed_out(session, row)
            gift = replace(gift, movement_id=row.movement_id, gift_record_id=row.gift_record_id)
            _reword_register_entry(session, gift)
        else:
            gift = replace(gift, movement_id=None, gift_record_id=None)
        return PLANNED_GIFT.to_record(save_row(session, PLANNED_GIFT, gift))


def _reword_register_entry(session: Session, gift: PlannedGift) -> None:
    """The register entry of a gift handed out says what its plan says: occasion and notes."""
    record = session.get(DbGiftRecord, gift.gift_record_id) if gift.gift_record_id else None
    if record is None:
        return
    occasion = gift.occasion or fetch(session, DELEGATION, gift.delegation_id).title_uk
    if (record.occasion, record.notes) != (occasion, gift.notes):
        record.occasion = occasion
        record.notes = gift.notes


def _handed_out(session: Session, row: DbPlannedGift) -> ValidationError:
    item = fetch(session, GIFT_ITEM, row.item_id)
    movement = session.get(DbStockMovement, row.movement_id)
    day = movement.on if movement is not None else row.on
    return ValidationError.single("quantity", "already_handed_out", item=item.name_uk,
                                  date=day.strftime("%d.%m.%Y"))  # fmt: skip


def delete_planned_gift(db: Database, gift_id: int, version: int) -> None:
    """Drop a plan; a gift already handed out is taken back first."""
    with db.transaction() as session:
        row = fetch_for_update(session, PLANNED_GIFT, gift_id, version)
        if row.movement_id is not None:
            raise _handed_out(session, row)
        soft_delete(session, PLANNED_GIFT, gift_id, version)


def restore_planned_gift(db: Database, gift_id: int) -> PlannedGift:
    with db.transaction() as session:
        return PLANNED_GIFT.to_record(restore(session, PLANNED_GIFT, gift_id))


def hand_out_planned(db: Database, gift_id: int, version: int,
                     on: date | None = None) -> PlannedGift:  # fmt: skip
    """Mark the gift handed out (on its planned day unless ``on`` is given): the stock goes
    down and the register gets the gift given, in one transaction."""
    with db.transaction() as session:
        row = fetch_for_update(session, PLANNED_GIFT, gift_id, version)
        if row.movement_id is not None:
            raise _handed_out(session, row)
        planned = PLANNED_GIFT.to_record(row)
        _check_references(session, planned)
        day = on or row.on
        visit = fetch(session, DELEGATION, row.delegation_id)
        item = fetch(session, GIFT_ITEM, row.item_id)
        movement = move_stock(session, StockMovement(
            item_id=row.item_id, kind=MovementKind.HAND_OUT, on=day, quantity=-row.quantity,
            delegation_id=row.delegation_id, recipient_person_id=row.recipient_person_id,
            recipient_partner_id=row.recipient_partner_id,
        ))  # fmt: skip
        council = session.get(DbSetting, COUNCIL_NAME)
        described = item.name_uk if row.quantity == 1 else f"{item.name_uk} × {row.quantity}"
        record = DbGiftRecord(
            direction=GiftDirection.GIVEN, on=day, occasion=row.occasion or visit.title_uk,
            giver=council.value if council is not None else "",
            delegation_id=row.delegation_id, person_id=row.recipient_person_id,
            partner_id=row.recipient_partner_id, item_id=row.item_id, description=described,
            value=item.unit_cost * row.quantity, notes=row.notes,
        )  # fmt: skip
        session.add(record)
        session.flush()
        row.movement_id = movement.id
        row.gift_record_id = record.id
        row.on = day
        session.flush()
        return PLANNED_GIFT.to_record(row)


def take_back_planned(db: Database, gift_id: int, version: int) -> PlannedGift:
    """Undo a hand-out: its movement and register entry go, the gift is planned again."""
    with db.transaction() as session:
        row = fetch_for_update(session, PLANNED_GIFT, gift_id, version)
        if row.movement_id is None:
            item = fetch(session, GIFT_ITEM, row.item_id)
            raise ValidationError.single("quantity", "not_handed_out", item=item.name_uk)
        movement = session.get(DbStockMovement, row.movement_id)
        record = session.get(DbGiftRecord, row.gift_record_id) if row.gift_record_id else None
        row.movement_id = None
        row.gift_record_id = None
        session.flush()
        if movement is not None:
            remove_movement(session, movement)
        if record is not None:
            session.delete(record)
        session.flush()
        return PLANNED_GIFT.to_record(row)


def list_planned_gifts(db: Database, delegation_id: int) -> list[PlannedGiftRow]:
    """The visit's planned gifts in date order, each with its warnings: too little stock for
    all of this item still to be handed out at the visit, and the item given to the same
    recipient before. A recipient or an item deleted since the plan was made is still named;
    only what is still in the catalogue and the address book is warned about."""
    with db.reading() as session:
        fetch(session, DELEGATION, delegation_id)
        rows = list(session.scalars(
            live(DbPlannedGift).where(DbPlannedGift.delegation_id == delegation_id)
            .order_by(DbPlannedGift.on, DbPlannedGift.id)
        ))  # fmt: skip
        gifts = [PLANNED_GIFT.to_record(row) for row in rows]
        # Names are read here: the rows are expired once the reading ends.
        items: dict[int, tuple[Bilingual, Decimal, bool]] = {
            row.id: (Bilingual(row.name_uk, row.name_en), row.unit_cost, row.deleted_at is None)
            for row in session.scalars(
                select(DbGiftItem).where(DbGiftItem.id.in_({g.item_id for g in gifts})))
        }  # fmt: skip
        people: dict[int, tuple[Bilingual, bool]] = {
            row.id: (Bilingual(
                " ".join(p for p in (row.given_names, row.family_name) if p),
                " ".join(p for p in (row.given_names_latin, row.family_name_latin) if p),
            ), row.deleted_at is None)
            for row in session.scalars(select(DbPerson).where(
                DbPerson.id.in_({g.recipient_person_id for g in gifts if g.recipient_person_id})))
        }  # fmt: skip
        partners: dict[int, tuple[Bilingual, bool]] = {
            row.id: (Bilingual(row.name_uk, row.name_en), row.deleted_at is None)
            for row in session.scalars(select(DbPartner).where(
                DbPartner.id.in_({g.recipient_partner_id for g in gifts
                                  if g.recipient_partner_id})))
        }  # fmt: skip
    still_to_give: dict[int, int] = {}
    for gift in gifts:
        if not gift.handed_out:
            still_to_give[gift.item_id] = still_to_give.get(gift.item_id, 0) + gift.quantity
    nobody: tuple[Bilingual, bool] = (Bilingual(), False)
    result: list[PlannedGiftRow] = []
    for gift in gifts:
        item, unit_cost, item_live = items[gift.item_id]
        person, person_live = people.get(gift.recipient_person_id or -1, nobody)
        partner, partner_live = partners.get(gift.recipient_partner_id or -1, nobody)
        warnings: tuple[GiftWarning, ...] = ()
        if not gift.handed_out and item_live:
            warnings = tuple(gift_warnings(
                db, delegation_id, gift.item_id, still_to_give[gift.item_id],
                recipient_partner_id=gift.recipient_partner_id if partner_live else None,
                recipient_person_id=gift.recipient_person_id if person_live else None,
                on=gift.on,
            ))  # fmt: skip
        result.append(PlannedGiftRow(
            gift=gift, item=item, value=unit_cost * gift.quantity, person=person,
            partner=partner, warnings=warnings,
        ))  # fmt: skip
    return result
