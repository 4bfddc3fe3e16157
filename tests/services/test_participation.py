"""Participants of a delegation: joining, order of precedence, travel details, leaving."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from planner.domain.enums import ParticipantRole, TransportKind
from planner.domain.errors import NotFoundError, StaleEditError, ValidationError
from planner.domain.records import Delegation, Participation, Person
from planner.services import agenda, delegations, people
from planner.storage.database import Database
from tests.services import factories as make
from tests.storage.snapshots import count_rows, nothing_written


@pytest.fixture
def visit(db: Database) -> Delegation:
    return make.delegation(db)


@pytest.fixture
def guests(db: Database) -> list[Person]:
    return [make.person(db, surname, given) for surname, given in
            [("Новак", "Ян"), ("Дворжак", "Петр"), ("Свобода", "Іржі")]]  # fmt: skip


def names(db: Database, visit: Delegation) -> list[str]:
    return [row.person.family_name for row in people.list_participants(db, visit.id)]


def test_newcomers_join_at_the_end_of_the_order_of_precedence(
    db: Database, visit: Delegation, guests: list[Person]
) -> None:
    joined = [make.participant(db, visit, guest) for guest in guests]
    assert [p.precedence for p in joined] == [1, 2, 3]
    assert names(db, visit) == ["Новак", "Дворжак", "Свобода"]
    assert delegations.list_delegations(db)[0].participant_count == 3


def test_a_participant_keeps_role_and_travel_details(
    db: Database, visit: Delegation, guests: list[Person]
) -> None:
    arrival = make.moment(visit.start_date, 8, 40)
    joined = make.participant(
        db, visit, guests[0], role=ParticipantRole.HEAD, arrival_transport=TransportKind.TRAIN,
        arrival_number="IC 715", arrival_at=arrival, hotel="Готель «Поділля»",
    )  # fmt: skip
    (row,) = people.list_participants(db, visit.id)
    assert row.participation == joined
    assert row.participation.arrival_at == arrival
    assert row.person == guests[0]


def test_the_same_person_cannot_join_twice(
    db: Database, visit: Delegation, guests: list[Person]
) -> None:
    make.participant(db, visit, guests[0])
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        make.participant(db, visit, guests[0], role=ParticipantRole.INTERPRETER)
    ((problem),) = caught.value.problems
    assert (problem.field, problem.code) == ("person", "duplicate")
    assert "Ян Новак" in caught.value.message("uk")


def test_a_participant_cannot_become_someone_already_in_the_delegation(
    db: Database, visit: Delegation, guests: list[Person]
) -> None:
    first = make.participant(db, visit, guests[0])
    second = make.participant(db, visit, guests[1])
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        people.save_participation(db, replace(second, person_id=first.person_id))
    assert caught.value.fields() == {"person"}


def test_a_missing_person_or_delegation_is_refused(
    db: Database, visit: Delegation, guests: list[Person]
) -> None:
    gone = make.delegation(db, "Скасований візит")
    delegations.delete_delegation(db, gone.id, gone.version)
    with nothing_written(db):
        with pytest.raises(NotFoundError):
            people.save_participation(db, Participation(delegation_id=visit.id,
                                                        person_id=404))  # fmt: skip
        with pytest.raises(ValidationError) as caught:
            make.participant(db, gone, guests[0])
        assert caught.value.fields() == {"delegation"}


@pytest.mark.parametrize(
    ("arrival", "departure", "field"),
    [
        (datetime(2024, 9, 27, 9, 0), None, "arrival_at"),
        (make.moment(make.CITY_DAY[1], 18), make.moment(make.CITY_DAY[0], 9), "departure_at"),
    ],
)
def test_bad_travel_times_are_refused(
    db: Database, visit: Delegation, guests: list[Person],
    arrival: datetime, departure: datetime | None, field: str,
) -> None:  # fmt: skip
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        make.participant(db, visit, guests[0], arrival_at=arrival, departure_at=departure)
    assert caught.value.fields() == {field}


def test_changing_a_participant_keeps_their_place(
    db: Database, visit: Delegation, guests: list[Person]
) -> None:
    joined = [make.participant(db, visit, guest) for guest in guests]
    changed = people.save_participation(db, replace(joined[1], role=ParticipantRole.DEPUTY_HEAD))
    assert (changed.precedence, changed.role, changed.version) == (
        2,
        ParticipantRole.DEPUTY_HEAD,
        2,
    )
    with nothing_written(db), pytest.raises(StaleEditError):
        people.save_participation(db, replace(joined[1], hotel="Інший готель"))


def test_reordering_sets_the_order_of_precedence(
    db: Database, visit: Delegation, guests: list[Person]
) -> None:
    novak, dvorak, svoboda = (make.participant(db, visit, guest).id for guest in guests)
    people.reorder_participants(db, visit.id, [svoboda, novak, dvorak])
    assert names(db, visit) == ["Свобода", "Новак", "Дворжак"]
    assert [r.participation.precedence for r in people.list_participants(db, visit.id)] == [1, 2, 3]


@pytest.mark.parametrize("wrong", ["missing one", "a stranger"])
def test_reordering_with_the_wrong_people_is_refused(
    db: Database, visit: Delegation, guests: list[Person], wrong: str
) -> None:
    ids = [make.participant(db, visit, guest).id for guest in guests]
    other = make.participant(db, make.delegation(db, "Інший візит"), guests[0])
    order = ids[:2] if wrong == "missing one" else [*ids, other.id]
    with nothing_written(db), pytest.raises(ValidationError):
        people.reorder_participants(db, visit.id, order)
    assert names(db, visit) == ["Новак", "Дворжак", "Свобода"]


def test_a_removed_participant_leaves_the_agenda_items_too(
    db: Database, visit: Delegation, guests: list[Person]
) -> None:
    joined = [make.participant(db, visit, guest) for guest in guests[:2]]
    item = make.agenda_item(db, visit, visit.start_date,
                            attendee_person_ids=tuple(g.id for g in guests[:2]))  # fmt: skip

    people.remove_participation(db, joined[0].id, joined[0].version)

    assert names(db, visit) == ["Дворжак"]
    assert agenda.get_agenda_item(db, item.id).attendee_person_ids == (guests[1].id,)
    assert count_rows(db, "agenda_attendee") == 1
    assert people.get_person(db, guests[0].id) == guests[0]


def test_removing_with_an_old_version_is_refused(
    db: Database, visit: Delegation, guests: list[Person]
) -> None:
    joined = make.participant(db, visit, guests[0])
    people.save_participation(db, replace(joined, hotel="Готель «Поділля»"))
    with nothing_written(db), pytest.raises(StaleEditError):
        people.remove_participation(db, joined.id, joined.version)
