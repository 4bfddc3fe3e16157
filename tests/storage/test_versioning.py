"""Two officers on one database: a save based on an old version is refused and writes nothing;
a transaction commits whole or not at all."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy.orm import Session

from planner.domain.enums import Direction
from planner.domain.errors import StaleEditError
from planner.domain.records import Delegation, Partner, Person, Venue
from planner.services import delegations, partners, people, venues
from planner.storage.database import Database
from planner.storage.models import DbDelegation, DbPartner
from tests.storage.snapshots import count_rows, nothing_written

VISIT = Delegation(direction=Direction.INCOMING, title_uk="Делегація Штутгарта",
                   start_date=date(2024, 10, 30), end_date=date(2024, 11, 2))  # fmt: skip


def test_the_second_of_two_saves_from_the_same_version_is_refused(db: Database) -> None:
    created = delegations.save_delegation(db, VISIT)
    first_officer = delegations.get_delegation(db, created.id)
    second_officer = delegations.get_delegation(db, created.id)
    assert first_officer == second_officer

    saved = delegations.save_delegation(db, replace(first_officer, place="Ратуша"))
    assert saved.version == first_officer.version + 1

    with nothing_written(db), pytest.raises(StaleEditError) as caught:
        delegations.save_delegation(db, replace(second_officer, title_uk="Інша назва"))

    assert caught.value.code == "stale_edit"
    assert dict(caught.value.params) == {"record": "delegation", "id": created.id}
    now = delegations.get_delegation(db, created.id)
    assert (now.title_uk, now.place, now.version) == (VISIT.title_uk, "Ратуша", saved.version)


KINDS: list[tuple[str, Callable[..., Any], Callable[..., Any], Callable[..., Any], object]] = [
    ("partner", partners.save_partner, partners.get_partner, partners.delete_partner,
     Partner(name_uk="Штутгарт", country="DE")),
    ("person", people.save_person, people.get_person, people.delete_person,
     Person(family_name="Шмідт", family_name_latin="Schmidt", country="DE")),
    ("venue", venues.save_venue, venues.get_venue, venues.delete_venue,
     Venue(name="Мармурова зала", city="Хмельницький")),
    ("delegation", delegations.save_delegation, delegations.get_delegation,
     delegations.delete_delegation, VISIT),
]  # fmt: skip


@pytest.mark.parametrize(
    ("kind", "save", "get", "delete", "record"), KINDS, ids=[k[0] for k in KINDS]
)
def test_every_record_refuses_a_stale_save_and_a_stale_delete(
    db: Database,
    kind: str,
    save: Callable[..., Any],
    get: Callable[..., Any],
    delete: Callable[..., Any],
    record: object,
) -> None:
    old = save(db, record)
    newer = save(db, replace(old, notes="змінено першим"))

    with nothing_written(db), pytest.raises(StaleEditError) as caught:
        save(db, replace(old, notes="змінено другим"))
    assert caught.value.params["record"] == kind

    with nothing_written(db), pytest.raises(StaleEditError):
        delete(db, old.id, old.version)

    assert get(db, old.id) == newer


def test_the_version_counter_catches_a_row_changed_after_it_was_read(db: Database) -> None:
    """Below the services: an UPDATE names the version it read and fails if it moved on."""
    created = delegations.save_delegation(db, VISIT)
    with Session(db.engine, expire_on_commit=False) as session:
        row = session.get(DbDelegation, created.id)
        session.commit()
    assert row is not None and row.version == 1

    delegations.save_delegation(db, replace(created, place="Ратуша"))  # another officer
    row.title_uk = "Зміна на основі старої версії"

    with (
        nothing_written(db),
        pytest.raises(StaleEditError) as caught,
        db.transaction() as session,
    ):
        session.add(row)
    assert caught.value.code == "stale_edit_any"
    assert caught.value.params["record"] == "delegation"
    assert caught.value.message("uk").startswith("Делегацію: запис тим часом змінив")


def test_a_transaction_that_fails_half_way_writes_nothing(db: Database) -> None:
    def add_a_partner_then_fail() -> None:
        with db.transaction() as session:
            session.add(DbPartner(name_uk="Прага 6", kind="city", country="CZ"))
            session.flush()
            assert count_rows(db, "partner") == 0  # not visible to others before the commit
            raise RuntimeError("half way")

    with nothing_written(db), pytest.raises(RuntimeError, match="half way"):
        add_a_partner_then_fail()
