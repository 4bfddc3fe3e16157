"""Undoing the deletion of an agreement: it comes back as it was, in one transaction."""

from __future__ import annotations

from datetime import date

import pytest

from planner.domain.enums import AgreementType
from planner.domain.errors import NotFoundError
from planner.domain.records import Agreement, Partner
from planner.services import partners
from planner.storage.database import Database
from tests.services import factories as make
from tests.storage.snapshots import nothing_written


def culture_memorandum(db: Database, partner: Partner) -> Agreement:
    assert partner.id is not None
    return partners.save_agreement(db, Agreement(
        partner_id=partner.id, kind=AgreementType.MEMORANDUM,
        title="Меморандум про співпрацю у сфері культури", signed_on=date(2024, 5, 14),
        areas=("культура", "освіта"),
    ))  # fmt: skip


def test_a_deleted_agreement_is_restored_as_it_was(db: Database) -> None:
    silistra = make.partner(db, "Сілістра", country="BG")
    saved = culture_memorandum(db, silistra)
    assert saved.id is not None
    partners.delete_agreement(db, saved.id, saved.version)
    with pytest.raises(NotFoundError):
        partners.get_agreement(db, saved.id)

    restored = partners.restore_agreement(db, saved.id)

    assert restored == partners.get_agreement(db, saved.id)
    assert (restored.title, restored.areas, restored.signed_on) == (
        saved.title, saved.areas, saved.signed_on)  # fmt: skip
    assert partners.list_agreements(db, silistra.id) == [restored]
    assert partners.list_partners(db)[0].agreement_count == 1


def test_an_agreement_of_a_deleted_partner_is_not_restored(db: Database) -> None:
    silistra = make.partner(db, "Сілістра", country="BG")
    saved = culture_memorandum(db, silistra)
    assert saved.id is not None and silistra.id is not None
    partners.delete_agreement(db, saved.id, saved.version)
    partners.delete_partner(db, silistra.id, silistra.version)

    with nothing_written(db), pytest.raises(NotFoundError) as caught:
        partners.restore_agreement(db, saved.id)
    assert caught.value.message("en") == f"Partner #{silistra.id} was not found."
    partners.restore_partner(db, silistra.id)
    assert partners.list_agreements(db, silistra.id) == []


def test_an_agreement_that_never_existed_cannot_be_restored(db: Database) -> None:
    with nothing_written(db), pytest.raises(NotFoundError):
        partners.restore_agreement(db, 404)
