"""Use cases for partners (twin cities, organisations, embassies, companies) and agreements."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from planner.domain import rules, text
from planner.domain.enums import AgreementStatus
from planner.domain.records import Agreement, Partner, PartnerRow
from planner.services.common import (
    RecordKind,
    delete_record,
    fetch,
    get_record,
    live,
    refuse_duplicate,
    restore,
    save_row,
)
from planner.storage.database import Database
from planner.storage.mapping import to_record
from planner.storage.models import DbAgreement, DbPartner

PARTNER = RecordKind("partner", DbPartner, Partner, rules.check_partner)
AGREEMENT = RecordKind("agreement", DbAgreement, Agreement, rules.check_agreement)


def save_partner(db: Database, partner: Partner) -> Partner:
    with db.transaction() as session:
        refuse_duplicate(
            session, DbPartner, partner.id, "name_uk", partner.name_uk,
            DbPartner.country == partner.country,
        )  # fmt: skip
        return PARTNER.to_record(save_row(session, PARTNER, partner))


def get_partner(db: Database, partner_id: int) -> Partner:
    return get_record(db, PARTNER, partner_id)


def delete_partner(db: Database, partner_id: int, version: int) -> None:
    """Deleting hides the partner everywhere; ``restore_partner`` undoes it."""
    delete_record(db, PARTNER, partner_id, version)


def restore_partner(db: Database, partner_id: int) -> Partner:
    """Undo a deletion, unless a partner of the same name has been added meanwhile."""
    with db.transaction() as session:
        row = restore(session, PARTNER, partner_id)
        refuse_duplicate(session, DbPartner, row.id, "name_uk", row.name_uk,
                         DbPartner.country == row.country)  # fmt: skip
        return PARTNER.to_record(row)


def list_partners(db: Database, search: str = "") -> list[PartnerRow]:
    """Partners in Ukrainian alphabetical order, narrowed by a search across their names."""
    agreements = (
        select(func.count(DbAgreement.id))
        .where(DbAgreement.partner_id == DbPartner.id, DbAgreement.deleted_at.is_(None))
        .scalar_subquery()
    )
    query = live(DbPartner).add_columns(agreements).order_by(DbPartner.sort_key, DbPartner.id)
    if search.strip():
        query = query.where(DbPartner.search_text.contains(text.fold(search), autoescape=True))
    with db.reading() as session:
        return [
            to_record(PartnerRow, p, agreement_count=count) for p, count in session.execute(query)
        ]


def save_agreement(db: Database, agreement: Agreement) -> Agreement:
    with db.transaction() as session:
        fetch(session, PARTNER, agreement.partner_id)
        return AGREEMENT.to_record(save_row(session, AGREEMENT, agreement))


def get_agreement(db: Database, agreement_id: int) -> Agreement:
    return get_record(db, AGREEMENT, agreement_id)


def delete_agreement(db: Database, agreement_id: int, version: int) -> None:
    """Deleting hides the agreement; ``restore_agreement`` undoes it."""
    delete_record(db, AGREEMENT, agreement_id, version)


def restore_agreement(db: Database, agreement_id: int) -> Agreement:
    """Undo a deletion, unless its partner has been deleted meanwhile (restore that first)."""
    with db.transaction() as session:
        row = restore(session, AGREEMENT, agreement_id)
        fetch(session, PARTNER, row.partner_id)
        return AGREEMENT.to_record(row)


def list_agreements(db: Database, partner_id: int | None = None) -> list[Agreement]:
    query = live(DbAgreement).order_by(DbAgreement.signed_on.nulls_last(), DbAgreement.id)
    if partner_id is not None:
        query = query.where(DbAgreement.partner_id == partner_id)
    with db.reading() as session:
        return [AGREEMENT.to_record(row) for row in session.scalars(query)]


def agreements_in_force(db: Database, on: date) -> list[Agreement]:
    """Agreements signed by ``on`` and not past their end date, whose status is in force."""
    query = live(DbAgreement).where(
        DbAgreement.status == AgreementStatus.IN_FORCE,
        (DbAgreement.signed_on.is_(None)) | (DbAgreement.signed_on <= on),
        (DbAgreement.valid_until.is_(None)) | (DbAgreement.valid_until >= on),
    )
    with db.reading() as session:
        return [AGREEMENT.to_record(row) for row in session.scalars(query)]
