"""Use cases for the partnership registry: a partner's file (its agreements, every visit both
ways, the activities with it, the gifts given to and received from it, the people met), the
registry of every partner as PDF, and the agreements in force whose end date is near.

Nothing here carries personal data: the people met are names, positions, how often and when
last; no passport, phone, address, diet or health need reaches these values or the documents.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain import text
from planner.domain.countries import country_name
from planner.domain.enums import AgreementStatus, GiftDirection
from planner.domain.messages import Language
from planner.domain.printing import Bilingual, Signatory
from planner.domain.records import Agreement, Partner
from planner.domain.report import (
    NOT_REPORTED,
    EndingAgreement,
    PartnerActivity,
    PartnerFile,
    PartnerGift,
    PartnerPerson,
    PartnersRegister,
    PartnerVisit,
)
from planner.domain.zones import today_in_kyiv
from planner.services import settings
from planner.services.common import fetch, live, write_atomically
from planner.services.partners import AGREEMENT, PARTNER
from planner.storage.database import Database
from planner.storage.models import (
    DbActivity,
    DbAgreement,
    DbDelegation,
    DbGiftItem,
    DbGiftRecord,
    DbParticipation,
    DbPartner,
    DbPerson,
    activity_partner,
    delegation_partner,
)


def partner_file(db: Database, partner_id: int) -> PartnerFile:
    """Everything the office has with the partner (``NotFoundError`` for a deleted one)."""
    with db.reading() as session:
        row = fetch(session, PARTNER, partner_id)
        return _file(session, PARTNER.to_record(row))


def partners_register(db: Database, on: date | None = None) -> PartnersRegister:
    """Every live partner's file, by country name, then by name in Ukrainian order; ``on`` is
    the registry's date (today in Kyiv when not given)."""
    day = on or today_in_kyiv()
    with db.reading() as session:
        partners = [PARTNER.to_record(row) for row in session.scalars(live(DbPartner))]
        partners.sort(key=_register_order)
        files = tuple(_file(session, partner) for partner in partners)
    council, signatory = _office(db)
    return PartnersRegister(on=day, council=council, files=files, signatory=signatory)


def _register_order(partner: Partner) -> tuple[str, str, int]:
    return (text.sort_key(country_name(partner.country).uk), text.sort_key(partner.name_uk),
            partner.id or 0)  # fmt: skip


def agreements_ending(db: Database, today: date, within_days: int = 180) -> list[EndingAgreement]:
    """Agreements marked in force (theirs and their partner's records live) whose end date is
    at most ``within_days`` days ahead, or already past (then ``days_left`` is negative: the
    agreement ended and is still marked in force); the soonest first."""
    with db.reading() as session:
        query = (
            live(DbAgreement)
            .join(DbPartner, DbPartner.id == DbAgreement.partner_id)
            .where(
                DbPartner.deleted_at.is_(None),
                DbAgreement.status == AgreementStatus.IN_FORCE,
                DbAgreement.valid_until.is_not(None),
            )
            .add_columns(DbPartner.name_uk, DbPartner.name_en, DbPartner.country)
        )
        ending: list[EndingAgreement] = []
        for row, name_uk, name_en, country in session.execute(query):
            assert row.valid_until is not None
            left = (row.valid_until - today).days
            if left <= within_days:
                ending.append(EndingAgreement(
                    agreement=AGREEMENT.to_record(row), partner_name=Bilingual(name_uk, name_en),
                    country=country, days_left=left,
                ))  # fmt: skip
    ending.sort(key=lambda e: (e.days_left, text.sort_key(e.partner_name.uk), e.agreement.id))
    return ending


def _office(db: Database) -> tuple[Bilingual, Signatory]:
    return settings.office_heading(db)


def partners_register_document(db: Database, language: Language = "uk",
                               partner_id: int | None = None, on: date | None = None) -> bytes:  # fmt: skip
    """The registry of every partner as PDF; with ``partner_id``, that partner's file alone."""
    from planner.exports.partners_register import partners_register_pdf

    if partner_id is None:
        register = partners_register(db, on)
    else:
        council, signatory = _office(db)
        register = PartnersRegister(on=on or today_in_kyiv(), council=council,
                                    files=(partner_file(db, partner_id),), signatory=signatory)  # fmt: skip
    return partners_register_pdf(register, language, single=partner_id is not None)


def write_partners_register(db: Database, path: Path, language: Language = "uk",
                            partner_id: int | None = None) -> Path:  # fmt: skip
    """Write the registry (or one partner's file) to ``path``, whole or not at all."""
    target = Path(path)
    write_atomically(target, partners_register_document(db, language, partner_id))
    return target


# --- One partner's file ---------------------------------------------------------------------


def _file(session: Session, partner: Partner) -> PartnerFile:
    assert partner.id is not None
    pid = partner.id
    agreements = [AGREEMENT.to_record(row) for row in session.scalars(
        live(DbAgreement).where(DbAgreement.partner_id == pid))]  # fmt: skip
    agreements.sort(key=_newest_signed_first)
    visits = list(session.scalars(
        live(DbDelegation)
        .join(delegation_partner, delegation_partner.c.delegation_id == DbDelegation.id)
        .where(delegation_partner.c.partner_id == pid)
        .order_by(DbDelegation.start_date.desc(), DbDelegation.end_date.desc(),
                  DbDelegation.id.desc())
    ))  # fmt: skip
    activities = tuple(
        PartnerActivity(activity_id=row.id, on=row.held_on, kind=row.kind,
                        text=Bilingual(row.text_uk, row.text_en), ends_on=row.ends_on)
        for row in session.scalars(
            live(DbActivity)
            .join(activity_partner, activity_partner.c.activity_id == DbActivity.id)
            .where(activity_partner.c.partner_id == pid)
            .order_by(DbActivity.held_on.desc(), DbActivity.id.desc())
        )
    )  # fmt: skip
    people = {row.id: row for row in session.scalars(
        live(DbPerson).where(DbPerson.partner_id == pid))}  # fmt: skip
    return PartnerFile(
        partner=partner,
        agreements=tuple(agreements),
        visits=tuple(
            PartnerVisit(
                delegation_id=row.id,
                direction=row.direction,
                first=row.start_date,
                last=row.end_date,
                title=Bilingual(row.title_uk, row.title_en),
                status=row.status,
                place=row.place,
            )
            for row in visits
        ),
        activities=activities,
        gifts=_gifts(session, pid, people),
        people=_people(session, people, visits),
    )


def _newest_signed_first(agreement: Agreement) -> tuple[int, int, int]:
    signed = agreement.signed_on.toordinal() if agreement.signed_on else 0
    return (agreement.signed_on is None, -signed, -(agreement.id or 0))


def _person_name(row: DbPerson) -> Bilingual:
    own = " ".join(part for part in (row.given_names, row.family_name) if part)
    latin = " ".join(part for part in (row.given_names_latin, row.family_name_latin) if part)
    return Bilingual(own, latin)


def _gifts(
    session: Session, partner_id: int, people: dict[int, DbPerson]
) -> tuple[PartnerGift, ...]:
    mine = DbGiftRecord.partner_id == partner_id
    if people:
        mine = mine | DbGiftRecord.person_id.in_(set(people))
    records = list(session.scalars(
        live(DbGiftRecord).where(mine).order_by(DbGiftRecord.on.desc(), DbGiftRecord.id.desc())
    ))  # fmt: skip
    item_ids = {r.item_id for r in records if r.item_id is not None}
    items = {row.id: row.name_uk for row in session.scalars(
        select(DbGiftItem).where(DbGiftItem.id.in_(item_ids)))} if item_ids else {}  # fmt: skip
    gifts: list[PartnerGift] = []
    for record in records:
        person = people.get(record.person_id or -1)
        written = record.recipient if record.direction is GiftDirection.GIVEN else record.giver
        description = record.description.strip() or items.get(record.item_id or -1, "")
        gifts.append(PartnerGift(
            on=record.on, direction=record.direction, description=description,
            person=_person_name(person).uk if person is not None else written.strip(),
            value=record.value,
        ))  # fmt: skip
    return tuple(gifts)


def _people(session: Session, people: dict[int, DbPerson],
            visits: list[DbDelegation]) -> tuple[PartnerPerson, ...]:  # fmt: skip
    """The partner's people with the partner's visits each took part in (drafts and
    cancelled visits aside: nobody met there) and the last day of the latest of them."""
    held = {row.id: row for row in visits if row.status not in NOT_REPORTED}
    taken: dict[int, list[date]] = defaultdict(list)
    if held and people:
        for person_id, delegation_id in session.execute(
            select(DbParticipation.person_id, DbParticipation.delegation_id).where(
                DbParticipation.delegation_id.in_(set(held)),
                DbParticipation.person_id.in_(set(people)),
            )
        ):
            taken[person_id].append(held[delegation_id].end_date)
    found = [
        PartnerPerson(
            person_id=row.id, name=_person_name(row),
            position=Bilingual(row.position, row.position_en), visits=len(taken[row.id]),
            last_met=max(taken[row.id]) if taken[row.id] else None,
        )
        for row in people.values()
    ]  # fmt: skip
    found.sort(key=lambda p: (text.sort_key(people[p.person_id].family_name),
                              text.sort_key(people[p.person_id].given_names), p.person_id))  # fmt: skip
    return tuple(found)
