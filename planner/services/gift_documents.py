"""Use cases for the gift stock's documents: the inventory on a date (PDF and .xlsx), the
gift register for a period (PDF) and the gift list of one visit (PDF).

The figures are those of ``planner.services.gifts`` (stock on a date is the sum of the
movements up to that day); the council's name and the signatory come from the office
settings. reportlab and openpyxl load only when a document is made.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain import text
from planner.domain.enums import GiftDirection, MovementKind
from planner.domain.errors import ValidationError
from planner.domain.messages import Language
from planner.domain.printing import Signatory
from planner.domain.records import GiftLimit, GiftRecord
from planner.domain.zones import today_in_kyiv
from planner.services import delegations, gifts, settings
from planner.services.common import fetch, write_atomically
from planner.services.delegations import DELEGATION
from planner.storage.database import Database
from planner.storage.models import (
    DbDelegation,
    DbGiftItem,
    DbGiftRecord,
    DbPartner,
    DbPerson,
    DbStockMovement,
)

if TYPE_CHECKING:
    from planner.exports.gift_list import GiftListEntry
    from planner.exports.gift_register import RegisterEntry


def _office(db: Database, language: Language) -> tuple[str, Signatory]:
    council, signatory = settings.office_heading(db)
    return council.get(language), signatory


def inventory_document(db: Database, as_of: date | None = None,
                       language: Language = "uk") -> bytes:  # fmt: skip
    """The inventory on ``as_of`` (today in Kyiv when not given) as PDF."""
    from planner.exports.inventory import inventory_pdf

    day = as_of or today_in_kyiv()
    council, signatory = _office(db, language)
    return inventory_pdf(gifts.list_stock(db, day), day, council, language, signatory)


def print_inventory(db: Database, path: Path | str, as_of: date | None = None,
                    language: Language = "uk") -> Path:  # fmt: skip
    """Write the inventory PDF to ``path``, whole or not at all."""
    target = Path(path)
    write_atomically(target, inventory_document(db, as_of, language))
    return target


def inventory_workbook(db: Database, as_of: date | None = None,
                       language: Language = "uk") -> bytes:  # fmt: skip
    """The inventory on ``as_of`` (today in Kyiv when not given) as an .xlsx workbook."""
    from planner.exports.inventory_xlsx import inventory_xlsx

    day = as_of or today_in_kyiv()
    return inventory_xlsx(gifts.list_stock(db, day), day, language)


def export_inventory(db: Database, path: Path | str, as_of: date | None = None,
                     language: Language = "uk") -> Path:  # fmt: skip
    """Write the inventory workbook to ``path``, whole or not at all."""
    target = Path(path)
    write_atomically(target, inventory_workbook(db, as_of, language))
    return target


def gift_register_entries(db: Database, first: date, last: date) -> list[RegisterEntry]:
    """The gifts given and received from ``first`` to ``last``, in date order, as the register
    prints them; each received gift is measured against the limits in force on its day: per
    gift, and per year from one source (the partner, else the person, else the giver as
    written), counting the gifts from that source since the first of January."""
    from planner.exports.gift_register import LimitCheck, RegisterEntry

    if last < first:
        raise ValidationError.single("end_date", "end_before_start")
    records = gifts.list_gift_records(db, date(first.year, 1, 1), last)
    with db.reading() as session:
        delegations = _names(session, DbDelegation, DbDelegation.title_uk,
                             {r.delegation_id for r in records})  # fmt: skip
        partners = _names(session, DbPartner, DbPartner.name_uk, {r.partner_id for r in records})
        items = _names(session, DbGiftItem, DbGiftItem.name_uk, {r.item_id for r in records})
        people = {
            row.id: " ".join(p for p in (row.given_names, row.family_name) if p)
            for row in session.execute(
                select(DbPerson.id, DbPerson.given_names, DbPerson.family_name).where(
                    DbPerson.id.in_({r.person_id for r in records if r.person_id is not None})
                )
            )
        }
    limits: dict[date, GiftLimit | None] = {}
    from_source: dict[tuple[int, str], Decimal] = {}
    entries: list[RegisterEntry] = []
    for record in records:
        other = partners.get(record.partner_id or -1) or people.get(record.person_id or -1, "")
        check = None
        if record.direction is GiftDirection.RECEIVED:
            if record.on not in limits:
                limits[record.on] = gifts.gift_limit_on(db, record.on)
            limit = limits[record.on]
            key = (record.on.year, _source(record))
            from_source[key] = from_source.get(key, Decimal(0)) + (record.value or Decimal(0))
            check = LimitCheck(
                per_gift=limit.per_gift if limit else None,
                per_year=limit.per_year_from_one_source if limit else None,
                value=record.value, from_source_this_year=from_source[key],
                marked=record.exceeds_limit,
            )  # fmt: skip
        if record.on < first:
            continue  # counted towards the year's limit, not printed
        given = record.direction is GiftDirection.GIVEN
        entries.append(RegisterEntry(
            on=record.on, direction=record.direction, description=record.description,
            occasion=record.occasion,
            delegation=delegations.get(record.delegation_id or -1, ""),
            giver=record.giver or ("" if given else other),
            recipient=record.recipient or (other if given else ""),
            item=items.get(record.item_id or -1, ""), value=record.value,
            handed_over=record.handed_over, limit=check, record_id=record.id,
        ))  # fmt: skip
    return entries


def _source(record: GiftRecord) -> str:
    """Who a received gift comes from, for the yearly limit from one source."""
    if record.partner_id is not None:
        return f"partner:{record.partner_id}"
    if record.person_id is not None:
        return f"person:{record.person_id}"
    return "giver:" + " ".join(text.fold(record.giver).split())


def _names(session: Session, model: Any, column: Any, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {row[0]: row[1] for row in session.execute(select(model.id, column).where(
        model.id.in_(wanted)))}  # fmt: skip


def gift_register_document(db: Database, first: date, last: date,
                           language: Language = "uk") -> bytes:  # fmt: skip
    """The gift register from ``first`` to ``last`` as PDF."""
    from planner.exports.gift_register import gift_register_pdf

    entries = gift_register_entries(db, first, last)
    council, signatory = _office(db, language)
    return gift_register_pdf(entries, first, last, council, language, signatory)


def print_gift_register(db: Database, path: Path | str, first: date, last: date,
                        language: Language = "uk") -> Path:  # fmt: skip
    """Write the gift register PDF to ``path``, whole or not at all."""
    target = Path(path)
    write_atomically(target, gift_register_document(db, first, last, language))
    return target


def gift_list_entries(db: Database, delegation_id: int,
                      language: Language = "uk") -> list[GiftListEntry]:  # fmt: skip
    """The gifts given at the visit, in date order: its hand-outs from the stock (valued at the
    catalogue's unit cost, as the inventory values them) and the register's entries of gifts
    given at it. A register entry of the same item to the same recipient on the day of a
    hand-out is that hand-out's entry: one line, with the register's value when it has one.
    Gifts received at the visit are in the gift register, not here."""
    from planner.exports.gift_list import GiftListEntry

    with db.reading() as session:
        fetch(session, DELEGATION, delegation_id)
        moves = list(session.scalars(
            select(DbStockMovement)
            .where(DbStockMovement.delegation_id == delegation_id,
                   DbStockMovement.kind == MovementKind.HAND_OUT)
            .order_by(DbStockMovement.on, DbStockMovement.id)
        ))  # fmt: skip
        records = list(session.scalars(
            select(DbGiftRecord)
            .where(DbGiftRecord.delegation_id == delegation_id,
                   DbGiftRecord.direction == GiftDirection.GIVEN,
                   DbGiftRecord.deleted_at.is_(None))
            .order_by(DbGiftRecord.on, DbGiftRecord.id)
        ))  # fmt: skip
        item_ids = {m.item_id for m in moves} | {r.item_id for r in records if r.item_id}
        items = {row.id: row for row in session.scalars(
            select(DbGiftItem).where(DbGiftItem.id.in_(item_ids)))}  # fmt: skip
        partner_ids = {m.recipient_partner_id for m in moves} | {r.partner_id for r in records}
        partners = {row.id: (row.name_en.strip() if language == "en" else "") or row.name_uk
                    for row in session.scalars(select(DbPartner).where(
                        DbPartner.id.in_({i for i in partner_ids if i is not None})))}  # fmt: skip
        person_ids = {m.recipient_person_id for m in moves} | {r.person_id for r in records}
        people: dict[int, str] = {}
        for row in session.scalars(select(DbPerson).where(
                DbPerson.id.in_({i for i in person_ids if i is not None}))):  # fmt: skip
            own = " ".join(p for p in (row.given_names, row.family_name) if p)
            latin = " ".join(p for p in (row.given_names_latin, row.family_name_latin) if p)
            people[row.id] = (latin if language == "en" else "") or own

        def item_name(item_id: int) -> str:
            item = items[item_id]
            return (item.name_en.strip() if language == "en" else "") or item.name_uk

        def recipient(partner_id: int | None, person_id: int | None, written: str = "") -> str:
            named = [partners.get(partner_id or -1, ""), people.get(person_id or -1, "")]
            return ", ".join(n for n in named if n) or written

        lines: list[tuple[tuple[date, int], GiftListEntry]] = []
        matched: set[int] = set()
        for move in moves:
            same = next((r for r in records if r.id not in matched and r.on == move.on
                         and r.item_id == move.item_id and r.partner_id == move.recipient_partner_id
                         and r.person_id == move.recipient_person_id), None)  # fmt: skip
            value = items[move.item_id].unit_cost * -move.quantity
            detail = ""
            if same is not None:
                matched.add(same.id)
                value = same.value if same.value is not None else value
                detail = same.description
            lines.append(((move.on, len(lines)), GiftListEntry(
                on=move.on, item=item_name(move.item_id), detail=detail,
                recipient=recipient(move.recipient_partner_id, move.recipient_person_id),
                quantity=-move.quantity, value=value,
            )))  # fmt: skip
        for record in records:
            if record.id in matched:
                continue
            named = item_name(record.item_id) if record.item_id else ""
            lines.append(((record.on, len(lines)), GiftListEntry(
                on=record.on, item=named or record.description,
                detail=record.description if named else record.occasion,
                recipient=recipient(record.partner_id, record.person_id, record.recipient),
                value=record.value,
            )))  # fmt: skip
    return [entry for _, entry in sorted(lines, key=lambda line: line[0])]


def gift_list_document(db: Database, delegation_id: int, language: Language = "uk") -> bytes:
    """The gift list of one visit as PDF, signed by the head of department."""
    from planner.exports.gift_list import gift_list_pdf

    entries = gift_list_entries(db, delegation_id, language)
    visit = delegations.get_delegation(db, delegation_id)
    title = (visit.title_en.strip() if language == "en" else "") or visit.title_uk
    council, signatory = _office(db, language)
    return gift_list_pdf(entries, title, visit.start_date, visit.end_date, council, language,
                         signatory)  # fmt: skip


def print_gift_list(db: Database, path: Path | str, delegation_id: int,
                    language: Language = "uk") -> Path:  # fmt: skip
    """Write the gift list PDF of the visit to ``path``, whole or not at all."""
    target = Path(path)
    write_atomically(target, gift_list_document(db, delegation_id, language))
    return target
