"""Undoing changes to participants whole: a removed participant comes back with every field,
their place in the order of precedence and their agenda attendance; reordering and editing
can be undone in any order."""

from __future__ import annotations

from dataclasses import replace

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


@pytest.fixture
def joined(db: Database, visit: Delegation, guests: list[Person]) -> list[Participation]:
    return [make.participant(db, visit, guest) for guest in guests]


def names(db: Database, visit: Delegation) -> list[str]:
    return [row.person.family_name for row in people.list_participants(db, visit.id)]


def test_removing_tells_what_was_removed_and_which_agenda_items_it_attended(
    db: Database, visit: Delegation, guests: list[Person], joined: list[Participation]
) -> None:
    lunch = make.agenda_item(db, visit, visit.start_date, 13, title_uk="Обід",
                             attendee_person_ids=(guests[0].id, guests[1].id))  # fmt: skip
    dinner = make.agenda_item(db, visit, visit.start_date, 19, title_uk="Вечеря",
                              attendee_person_ids=(guests[0].id,))  # fmt: skip
    make.agenda_item(db, visit, visit.end_date, 10, attendee_person_ids=(guests[1].id,))

    removed = people.remove_participation(db, joined[0].id, joined[0].version)

    assert removed.participation == joined[0]
    assert removed.agenda_item_ids == (lunch.id, dinner.id)


def test_a_removed_participant_is_put_back_whole(
    db: Database, visit: Delegation, guests: list[Person], joined: list[Participation]
) -> None:
    arrival = make.moment(visit.start_date, 8, 40)
    dvorak = people.save_participation(db, replace(
        joined[1], role=ParticipantRole.INTERPRETER, arrival_transport=TransportKind.TRAIN,
        arrival_number="IC 715", arrival_at=arrival, hotel="Готель «Поділля»", notes="вегетаріанець",
    ))  # fmt: skip
    item = make.agenda_item(db, visit, visit.start_date,
                            attendee_person_ids=tuple(g.id for g in guests))  # fmt: skip
    removed = people.remove_participation(db, dvorak.id, dvorak.version)
    assert names(db, visit) == ["Новак", "Свобода"]
    assert agenda.get_agenda_item(db, item.id).attendee_person_ids == tuple(
        sorted((guests[0].id, guests[2].id))
    )

    back = people.put_back_participation(db, removed.participation, removed.agenda_item_ids)

    assert back == dvorak  # the same id, version, place and every field
    assert names(db, visit) == ["Новак", "Дворжак", "Свобода"]
    assert agenda.get_agenda_item(db, item.id).attendee_person_ids == tuple(
        sorted(g.id for g in guests)
    )
    assert people.get_participation(db, dvorak.id) == dvorak


def test_put_back_makes_room_at_the_old_place_when_the_list_was_renumbered(
    db: Database, visit: Delegation, joined: list[Participation]
) -> None:
    removed = people.remove_participation(db, joined[0].id, joined[0].version)
    people.reorder_participants(db, visit.id, [joined[2].id, joined[1].id])
    assert names(db, visit) == ["Свобода", "Дворжак"]

    people.put_back_participation(db, removed.participation, removed.agenda_item_ids)

    assert names(db, visit) == ["Новак", "Свобода", "Дворжак"]
    rows = people.list_participants(db, visit.id)
    assert [r.participation.precedence for r in rows] == [1, 2, 3]
    # Making room changes the order, not the others' records: their versions stay.
    assert [r.participation.version for r in rows[1:]] == [joined[2].version, joined[1].version]


def test_put_back_takes_a_new_id_when_the_old_one_was_taken_meanwhile(
    db: Database, visit: Delegation, guests: list[Person], joined: list[Participation]
) -> None:
    """SQLite hands the highest id out again once its row is gone; whatever the engine, an
    id in use is never taken over."""
    removed = people.remove_participation(db, joined[0].id, joined[0].version)
    taken = replace(removed.participation, id=joined[1].id)

    back = people.put_back_participation(db, taken, removed.agenda_item_ids)

    assert back.id not in (None, joined[1].id)
    assert (back.version, back.person_id, back.precedence) == (1, guests[0].id, 1)
    assert people.get_participation(db, joined[1].id) == joined[1]
    assert names(db, visit) == ["Новак", "Дворжак", "Свобода"]


def test_agenda_items_deleted_meanwhile_keep_the_attendance_for_their_restore(
    db: Database, visit: Delegation, guests: list[Person], joined: list[Participation]
) -> None:
    item = make.agenda_item(db, visit, visit.start_date, attendee_person_ids=(guests[0].id,))
    removed = people.remove_participation(db, joined[0].id, joined[0].version)
    agenda.delete_agenda_item(db, item.id, item.version)

    people.put_back_participation(db, removed.participation, removed.agenda_item_ids)

    assert agenda.restore_agenda_item(db, item.id).attendee_person_ids == (guests[0].id,)


def test_put_back_skips_agenda_items_that_are_not_of_the_delegation(
    db: Database, visit: Delegation, guests: list[Person], joined: list[Participation]
) -> None:
    other = make.delegation(db, "Інший візит")
    make.participant(db, other, guests[0])
    elsewhere = make.agenda_item(db, other, other.start_date, attendee_person_ids=(guests[0].id,))
    removed = people.remove_participation(db, joined[0].id, joined[0].version)

    people.put_back_participation(db, removed.participation, (elsewhere.id, 999_999))

    assert count_rows(db, "agenda_attendee") == 1
    assert names(db, visit) == ["Новак", "Дворжак", "Свобода"]


def test_put_back_is_refused_when_the_person_was_added_again(
    db: Database, visit: Delegation, guests: list[Person], joined: list[Participation]
) -> None:
    removed = people.remove_participation(db, joined[0].id, joined[0].version)
    make.participant(db, visit, guests[0])
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        people.put_back_participation(db, removed.participation, removed.agenda_item_ids)
    assert caught.value.fields() == {"person"}


def test_put_back_is_refused_when_the_delegation_or_person_is_gone(
    db: Database, visit: Delegation, guests: list[Person], joined: list[Participation]
) -> None:
    first = people.remove_participation(db, joined[0].id, joined[0].version)
    second = people.remove_participation(db, joined[1].id, joined[1].version)
    people.delete_person(db, guests[0].id, guests[0].version)
    with nothing_written(db), pytest.raises(NotFoundError):
        people.put_back_participation(db, first.participation, first.agenda_item_ids)
    current = delegations.get_delegation(db, visit.id)
    delegations.delete_delegation(db, visit.id, current.version)
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        people.put_back_participation(db, second.participation, second.agenda_item_ids)
    assert caught.value.fields() == {"delegation"}


def test_reordering_keeps_the_participants_versions(
    db: Database, visit: Delegation, joined: list[Participation]
) -> None:
    people.reorder_participants(db, visit.id, [p.id for p in reversed(joined)])
    rows = people.list_participants(db, visit.id)
    assert [r.participation.version for r in rows] == [p.version for p in reversed(joined)]


def test_reordering_with_a_participant_twice_is_refused(
    db: Database, visit: Delegation, joined: list[Participation]
) -> None:
    with nothing_written(db), pytest.raises(ValidationError):
        people.reorder_participants(db, visit.id, [joined[0].id, joined[0].id, joined[1].id,
                                                   joined[2].id])  # fmt: skip


def test_an_edit_keeps_the_place_set_by_a_reordering_since(
    db: Database, visit: Delegation, joined: list[Participation]
) -> None:
    """An editor opened before a reordering saves its changes, not its old place."""
    people.reorder_participants(db, visit.id, [joined[2].id, joined[0].id, joined[1].id])
    people.save_participation(db, replace(joined[0], hotel="Готель «Україна»"))
    assert names(db, visit) == ["Свобода", "Новак", "Дворжак"]


def test_edit_reorder_remove_undone_in_reverse_order(
    db: Database, visit: Delegation, guests: list[Person], joined: list[Participation]
) -> None:
    """The undo history's service calls, step by step: each undo finds the version it saw."""
    item = make.agenda_item(db, visit, visit.start_date, attendee_person_ids=(guests[0].id,))
    before = joined[0]
    edited = people.save_participation(db, replace(before, role=ParticipantRole.HEAD))
    order = [p.id for p in joined]
    people.reorder_participants(db, visit.id, [order[1], order[0], order[2]])
    removed = people.remove_participation(db, edited.id, edited.version)

    back = people.put_back_participation(db, removed.participation, removed.agenda_item_ids)
    people.reorder_participants(db, visit.id, order)
    undone = people.save_participation(db, replace(before, version=back.version))

    assert undone.role == ParticipantRole.MEMBER
    assert names(db, visit) == ["Новак", "Дворжак", "Свобода"]
    assert agenda.get_agenda_item(db, item.id).attendee_person_ids == (guests[0].id,)
    with pytest.raises(StaleEditError):
        people.remove_participation(db, edited.id, edited.version)
