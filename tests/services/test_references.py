"""Records that point at others: what happens when the other one is deleted, unknown, or moved."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from planner.domain.enums import GiftDirection
from planner.domain.errors import NotFoundError, ValidationError
from planner.domain.records import DelegationFilter, GiftRecord, Person
from planner.services import agenda, delegations, gifts, partners, people, venues
from planner.storage.database import Database
from tests.services import factories as make
from tests.storage.snapshots import nothing_written


def test_a_deleted_partner_leaves_the_delegation_unseen_and_returns_with_it(db: Database) -> None:
    prague, dresden = make.partner(db, "Прага 6"), make.partner(db, "Дрезден", country="DE")
    visit = make.delegation(db, partner_ids=(prague.id, dresden.id))
    partners.delete_partner(db, prague.id, prague.version)

    shown = delegations.get_delegation(db, visit.id)
    assert shown.partner_ids == (dresden.id,)
    (row,) = delegations.list_delegations(db)
    assert row.partner_names == "Дрезден"
    assert delegations.list_delegations(db, DelegationFilter(text="прага")) == []

    # The officer edits the visit as shown; the hidden link survives for the partner's return.
    delegations.save_delegation(db, replace(shown, notes="уточнено програму"))
    partners.restore_partner(db, prague.id)
    assert set(delegations.get_delegation(db, visit.id).partner_ids) == {prague.id, dresden.id}


def test_an_item_keeps_a_venue_deleted_since_but_a_new_choice_must_be_live(db: Database) -> None:
    visit = make.delegation(db)
    hall, old_hall = make.venue(db), make.venue(db, "Стара зала")
    item = make.agenda_item(db, visit, visit.start_date, venue_id=old_hall.id)
    venues.delete_venue(db, old_hall.id, old_hall.version)

    retitled = agenda.save_agenda_item(db, replace(item, title_uk="Прийом у міського голови"))
    assert retitled.venue_id == old_hall.id
    venues.delete_venue(db, hall.id, hall.version)
    with nothing_written(db), pytest.raises(NotFoundError):
        agenda.save_agenda_item(db, replace(retitled, venue_id=hall.id))


def test_restoring_an_item_that_no_longer_fits_the_moved_visit_is_refused(db: Database) -> None:
    visit = make.delegation(db)  # 27-29 September
    last_day = make.agenda_item(db, visit, date(2024, 9, 29), title_uk="Прощальна вечеря")
    agenda.delete_agenda_item(db, last_day.id, last_day.version)
    delegations.save_delegation(db, replace(visit, end_date=date(2024, 9, 28)))
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        agenda.restore_agenda_item(db, last_day.id)
    assert [p.code for p in caught.value.problems] == ["outside_delegation"]


def test_a_participant_cannot_be_moved_to_another_delegation(db: Database) -> None:
    visit, other = make.delegation(db), make.taipei_summit(db)
    guest = make.person(db)
    taking_part = make.participant(db, visit, guest)
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        people.save_participation(db, replace(taking_part, delegation_id=other.id))
    assert caught.value.fields() == {"delegation"}


def test_unknown_references_are_refused_by_name_not_by_the_database(db: Database) -> None:
    with nothing_written(db), pytest.raises(NotFoundError) as caught:
        people.save_person(db, Person(family_name="Новак", partner_id=4040))
    assert caught.value.message("en") == "Partner #4040 was not found."
    for field in ("delegation_id", "person_id", "partner_id", "item_id"):
        record = GiftRecord(GiftDirection.GIVEN, date(2024, 9, 28), "Керамічна картина",
                            **{field: 4040})  # fmt: skip
        with nothing_written(db), pytest.raises(NotFoundError):
            gifts.save_gift_record(db, record)


def test_a_very_long_name_is_saved_and_sorted_by_its_beginning(db: Database) -> None:
    long_name = "Ґ" + "а" * 299  # the longest a surname may be
    saved = make.person(db, long_name, "Б" * 300)
    assert people.get_person(db, saved.id).family_name == long_name
    make.person(db, "Гнатюк")
    assert [p.family_name[:1] for p in people.list_people(db)] == ["Г", "Ґ"]
