"""Warnings while planning a visit's gifts (see ``planner.domain.gift_warnings``).

"Given to" is read from both places the data model keeps it: the hand-out movements of the
stock (``StockMovement`` of kind HAND_OUT with its recipient person or partner) and the gift
register's entries of gifts given (``GiftRecord`` with its person or partner). A register entry
and a hand-out of the same item to the same recipient on the same day are one gift, said once.
Gifts given at this same visit are not "before": they are the plan itself.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from planner.domain.enums import GiftDirection, MovementKind
from planner.domain.errors import ValidationError
from planner.domain.gift_warnings import EarlierGift, GiftWarning, available_from, check_gift
from planner.domain.printing import Bilingual
from planner.services.common import fetch
from planner.services.delegations import DELEGATION
from planner.services.gifts import GIFT_ITEM
from planner.services.partners import PARTNER
from planner.services.people import PERSON
from planner.storage.database import Database
from planner.storage.models import DbDelegation, DbGiftRecord, DbStockMovement

__all__ = ["gift_warnings"]


def gift_warnings(db: Database, delegation_id: int, item_id: int, quantity: int,
                  recipient_partner_id: int | None = None,
                  recipient_person_id: int | None = None,
                  on: date | None = None) -> list[GiftWarning]:  # fmt: skip
    """What to tell the officer who plans to give ``quantity`` of the item at the visit on
    ``on`` (the visit's first day when not given): too little stock (what can be handed out
    that day without any later day going below zero), and each recipient who got the item
    before, with the dates and occasions. An empty list: nothing to warn about."""
    if quantity <= 0:
        raise ValidationError.single("quantity", "not_positive")
    with db.reading() as session:
        visit = fetch(session, DELEGATION, delegation_id)
        item = fetch(session, GIFT_ITEM, item_id)
        day = on or visit.start_date
        running: list[tuple[date, int]] = []
        total = 0
        for moved_on, moved in session.execute(
            select(DbStockMovement.on, DbStockMovement.quantity)
            .where(DbStockMovement.item_id == item_id)
            .order_by(DbStockMovement.on, DbStockMovement.id)
        ):
            total += moved
            if running and running[-1][0] == moved_on:
                running[-1] = (moved_on, total)
            else:
                running.append((moved_on, total))
        name = Bilingual(item.name_uk, item.name_en)
        warnings = check_gift(name, day, quantity, available_from(running, day))
        recipients: list[tuple[Bilingual, list[EarlierGift]]] = []
        if recipient_partner_id is not None:
            partner = fetch(session, PARTNER, recipient_partner_id)
            recipients.append((Bilingual(partner.name_uk, partner.name_en), _earlier(
                session, delegation_id, item_id, partner_id=recipient_partner_id)))  # fmt: skip
        if recipient_person_id is not None:
            person = fetch(session, PERSON, recipient_person_id)
            latin = " ".join(p for p in (person.given_names_latin, person.family_name_latin) if p)
            own = " ".join(p for p in (person.given_names, person.family_name) if p)
            recipients.append((Bilingual(own, latin), _earlier(
                session, delegation_id, item_id, person_id=recipient_person_id)))  # fmt: skip
    for recipient, earlier in recipients:
        warnings += check_gift(name, day, quantity, quantity, recipient, earlier)
    return warnings


def _earlier(session: Session, delegation_id: int, item_id: int, *, partner_id: int | None = None,
             person_id: int | None = None) -> list[EarlierGift]:  # fmt: skip
    """The item given to this partner (or person) at other visits or outside any visit."""
    other_visit = or_(DbStockMovement.delegation_id.is_(None),
                      DbStockMovement.delegation_id != delegation_id)  # fmt: skip
    movements = select(DbStockMovement.on, DbStockMovement.delegation_id).where(
        DbStockMovement.item_id == item_id, DbStockMovement.kind == MovementKind.HAND_OUT,
        other_visit,
        DbStockMovement.recipient_partner_id == partner_id if partner_id is not None
        else DbStockMovement.recipient_person_id == person_id,
    )  # fmt: skip
    records = select(DbGiftRecord.on, DbGiftRecord.delegation_id, DbGiftRecord.occasion).where(
        DbGiftRecord.item_id == item_id, DbGiftRecord.direction == GiftDirection.GIVEN,
        DbGiftRecord.deleted_at.is_(None),
        or_(DbGiftRecord.delegation_id.is_(None), DbGiftRecord.delegation_id != delegation_id),
        DbGiftRecord.partner_id == partner_id if partner_id is not None
        else DbGiftRecord.person_id == person_id,
    )  # fmt: skip
    found: dict[tuple[date, int | None], str] = {}
    for on, visit in session.execute(movements):
        found.setdefault((on, visit), "")
    for on, visit, occasion in session.execute(records):
        if found.get((on, visit), "") == "":
            found[(on, visit)] = occasion
    titles = {
        row.id: Bilingual(row.title_uk, row.title_en)
        for row in session.execute(
            select(DbDelegation.id, DbDelegation.title_uk, DbDelegation.title_en).where(
                DbDelegation.id.in_({v for _, v in found if v is not None}))
        )
    }  # fmt: skip
    return [EarlierGift(on, occasion, titles.get(visit, Bilingual()) if visit else Bilingual())
            for (on, visit), occasion in sorted(found.items(), key=lambda kv: kv[0][0])]  # fmt: skip
