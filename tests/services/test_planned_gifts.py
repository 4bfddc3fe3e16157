"""Gifts planned per recipient at a visit: handing one out writes its stock movement and its
register entry in one transaction (or nothing at all), taking it back removes both."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from planner.domain.enums import GiftDirection, MovementKind
from planner.domain.errors import NotFoundError, StaleEditError, ValidationError
from planner.domain.gift_warnings import GiftWarningCode
from planner.domain.records import Delegation, GiftItem, Person, PlannedGift
from planner.services import gifts, integrity, people, planned_gifts, settings
from planner.storage.database import Database, open_database
from tests.services import factories as make
from tests.storage.snapshots import count_rows, nothing_written, table_dicts

MARCH_1, SUMMIT, CITY_DAY = date(2024, 3, 1), date(2024, 3, 18), date(2024, 9, 28)
COUNCIL = "Хмельницька міська рада"


@pytest.fixture
def notebooks(db: Database) -> GiftItem:
    """Ten branded notebooks (120.50 each) bought on 1 March."""
    return make.stocked_item(db, 10, MARCH_1)


@pytest.fixture
def guest(db: Database) -> Person:
    return make.person(db, "Новак", "Ян", country="CZ")


@pytest.fixture
def visit(db: Database) -> Delegation:
    office = settings.get_settings(db)
    settings.save_settings(db, {settings.COUNCIL_NAME: COUNCIL}, office)
    return make.delegation(db)


def plan(db: Database, visit: Delegation, item: GiftItem, quantity: int = 1,
         on: date = CITY_DAY, **fields: Any) -> PlannedGift:  # fmt: skip
    assert visit.id is not None and item.id is not None
    return planned_gifts.save_planned_gift(db, PlannedGift(
        delegation_id=visit.id, item_id=item.id, quantity=quantity, on=on, **fields,
    ))  # fmt: skip


def hand(db: Database, gift: PlannedGift) -> PlannedGift:
    assert gift.id is not None
    return planned_gifts.hand_out_planned(db, gift.id, gift.version)


def current(db: Database, gift: PlannedGift) -> PlannedGift:
    (row,) = [r.gift for r in planned_gifts.list_planned_gifts(db, gift.delegation_id)
              if r.gift.id == gift.id]  # fmt: skip
    return row


# Planning


@pytest.mark.parametrize("quantity", [0, -2])
def test_a_plan_of_no_items_is_refused_naming_the_quantity(
    db: Database, visit: Delegation, notebooks: GiftItem, guest: Person, quantity: int
) -> None:
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        plan(db, visit, notebooks, quantity, recipient_person_id=guest.id)
    assert [(p.field, p.code) for p in caught.value.problems] == [("quantity", "not_positive")]


def test_a_plan_without_a_recipient_is_refused_naming_the_recipient(
    db: Database, visit: Delegation, notebooks: GiftItem
) -> None:
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        plan(db, visit, notebooks, 0)
    assert {(p.field, p.code) for p in caught.value.problems} == {
        ("quantity", "not_positive"), ("recipient", "recipient_required"),
    }  # fmt: skip


def test_a_plan_naming_an_unknown_item_person_partner_or_visit_writes_nothing(
    db: Database, visit: Delegation, notebooks: GiftItem, guest: Person
) -> None:
    gone = make.person(db, "Дворжак", "Петр")
    people.delete_person(db, gone.id, gone.version)
    assert visit.id is not None and notebooks.id is not None
    cases = [
        ("gift_item", PlannedGift(delegation_id=visit.id, item_id=9999, quantity=1, on=CITY_DAY,
                                  recipient_person_id=guest.id)),
        ("person", PlannedGift(delegation_id=visit.id, item_id=notebooks.id, quantity=1,
                               on=CITY_DAY, recipient_person_id=gone.id)),
        ("partner", PlannedGift(delegation_id=visit.id, item_id=notebooks.id, quantity=1,
                                on=CITY_DAY, recipient_partner_id=9999)),
        ("delegation", PlannedGift(delegation_id=9999, item_id=notebooks.id, quantity=1,
                                   on=CITY_DAY, recipient_person_id=guest.id)),
    ]  # fmt: skip
    for record, gift in cases:
        with nothing_written(db), pytest.raises(NotFoundError) as caught:
            planned_gifts.save_planned_gift(db, gift)
        assert caught.value.params["record"] == record


def test_a_plan_is_saved_listed_and_changed(
    db: Database, visit: Delegation, notebooks: GiftItem, guest: Person
) -> None:
    gift = plan(db, visit, notebooks, 2, recipient_person_id=guest.id, occasion="Прийом")
    assert (gift.id, gift.version, gift.handed_out) != (None, 0, True)
    (row,) = planned_gifts.list_planned_gifts(db, gift.delegation_id)
    assert row.gift == gift
    assert row.item.uk == notebooks.name_uk
    assert row.value == Decimal("241.00")
    assert row.person.uk == "Ян Новак"
    changed = planned_gifts.save_planned_gift(db, replace(gift, quantity=3, notes="у пакеті"))
    assert (changed.quantity, changed.notes, changed.version) == (3, "у пакеті", gift.version + 1)
    assert make.stock_of(db, notebooks) == 10  # planning moves no stock
    assert count_rows(db, "gift_record") == 0


def test_a_stale_save_of_a_plan_is_refused(
    db: Database, visit: Delegation, notebooks: GiftItem, guest: Person
) -> None:
    gift = plan(db, visit, notebooks, recipient_person_id=guest.id)
    planned_gifts.save_planned_gift(db, replace(gift, quantity=2))
    with nothing_written(db), pytest.raises(StaleEditError):
        planned_gifts.save_planned_gift(db, replace(gift, quantity=5))
    with nothing_written(db), pytest.raises(StaleEditError):
        hand(db, gift)
    assert current(db, gift).quantity == 2


def test_a_plan_is_deleted_and_restored(
    db: Database, visit: Delegation, notebooks: GiftItem, guest: Person
) -> None:
    gift = plan(db, visit, notebooks, recipient_person_id=guest.id)
    assert gift.id is not None
    planned_gifts.delete_planned_gift(db, gift.id, gift.version)
    assert planned_gifts.list_planned_gifts(db, gift.delegation_id) == []
    back = planned_gifts.restore_planned_gift(db, gift.id)
    assert [r.gift for r in planned_gifts.list_planned_gifts(db, gift.delegation_id)] == [back]


# Handing out


def test_handing_out_writes_the_movement_and_the_register_entry(
    db: Database, visit: Delegation, notebooks: GiftItem, guest: Person
) -> None:
    partner = make.partner(db)
    gift = plan(db, visit, notebooks, 3, recipient_person_id=guest.id,
                recipient_partner_id=partner.id, occasion="День міста", notes="з листівкою")  # fmt: skip
    handed = hand(db, gift)

    assert make.stock_of(db, notebooks) == 7
    (stored,) = [r for r in table_dicts(db, "gift_item") if r["id"] == notebooks.id]
    assert stored["quantity_on_hand"] == 7
    (movement,) = [m for m in gifts.list_movements(db, notebooks.id)
                   if m.kind is MovementKind.HAND_OUT]  # fmt: skip
    assert (movement.quantity, movement.on, movement.delegation_id) == (-3, CITY_DAY, visit.id)
    assert (movement.recipient_person_id, movement.recipient_partner_id) == (guest.id, partner.id)
    (record,) = gifts.list_gift_records(db)
    assert record.direction is GiftDirection.GIVEN
    assert record.value == Decimal("361.50")  # 120.50 × 3
    assert record.giver == COUNCIL
    assert (record.on, record.delegation_id, record.item_id) == (CITY_DAY, visit.id, notebooks.id)
    assert (record.person_id, record.partner_id) == (guest.id, partner.id)
    assert (record.occasion, record.notes) == ("День міста", "з листівкою")
    assert record.description == f"{notebooks.name_uk} × 3"
    assert (handed.movement_id, handed.gift_record_id) == (movement.id, record.id)
    assert handed.handed_out and handed.version == gift.version + 1
    assert current(db, gift) == handed
    assert integrity.check_database(db) == []


def test_a_hand_out_on_another_day_moves_the_plan_to_that_day(
    db: Database, visit: Delegation, notebooks: GiftItem, guest: Person
) -> None:
    gift = plan(db, visit, notebooks, recipient_person_id=guest.id)
    assert gift.id is not None
    handed = planned_gifts.hand_out_planned(db, gift.id, gift.version, date(2024, 9, 27))
    assert handed.on == date(2024, 9, 27)
    (record,) = gifts.list_gift_records(db)
    assert record.on == date(2024, 9, 27)
    assert record.occasion == visit.title_uk  # no occasion planned: the visit's title
    assert record.description == notebooks.name_uk


def test_handing_out_more_than_is_in_stock_writes_nothing(
    db: Database, visit: Delegation, notebooks: GiftItem, guest: Person
) -> None:
    gift = plan(db, visit, notebooks, 11, recipient_person_id=guest.id)
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        hand(db, gift)
    (problem,) = caught.value.problems
    assert (problem.code, problem.params["available"], problem.params["requested"]) == (
        "insufficient_stock", 10, 11,
    )  # fmt: skip
    assert current(db, gift) == gift
    assert count_rows(db, "gift_record") == 0
    assert len(gifts.list_movements(db, notebooks.id)) == 1  # the purchase alone
    (stored,) = [r for r in table_dicts(db, "gift_item") if r["id"] == notebooks.id]
    assert stored["quantity_on_hand"] == 10


def test_a_back_dated_hand_out_before_the_purchase_writes_nothing(
    db: Database, visit: Delegation, notebooks: GiftItem, guest: Person
) -> None:
    gift = plan(db, visit, notebooks, 1, on=date(2024, 2, 1), recipient_person_id=guest.id)
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        hand(db, gift)
    assert caught.value.problems[0].code == "stock_negative_on"


def test_handing_out_twice_is_refused(
    db: Database, visit: Delegation, notebooks: GiftItem, guest: Person
) -> None:
    handed = hand(db, plan(db, visit, notebooks, 2, recipient_person_id=guest.id))
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        hand(db, handed)
    (problem,) = caught.value.problems
    assert problem.code == "already_handed_out"
    assert problem.params["date"] == "28.09.2024"
    assert make.stock_of(db, notebooks) == 8


@pytest.mark.parametrize("field", ["delegation_id", "item_id", "quantity", "on",
                                   "recipient_person_id", "recipient_partner_id"])  # fmt: skip
def test_what_was_handed_out_cannot_be_changed(
    db: Database, visit: Delegation, notebooks: GiftItem, guest: Person, field: str
) -> None:
    other_item = make.stocked_item(db, 5, name_uk="Ручка в тубусі")
    other_person = make.person(db, "Дворжак", "Петр")
    partner = make.partner(db)
    summit = make.taipei_summit(db)
    handed = hand(db, plan(db, visit, notebooks, 2, recipient_person_id=guest.id))
    changes = {"delegation_id": summit.id, "item_id": other_item.id, "quantity": 1, "on": date(2024, 9, 29),
               "recipient_person_id": other_person.id, "recipient_partner_id": partner.id}  # fmt: skip
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        planned_gifts.save_planned_gift(db, replace(handed, **{field: changes[field]}))
    assert caught.value.problems[0].code == "already_handed_out"


def test_the_words_of_a_handed_out_gift_can_still_change(
    db: Database, visit: Delegation, notebooks: GiftItem, guest: Person
) -> None:
    handed = hand(db, plan(db, visit, notebooks, 2, recipient_person_id=guest.id))
    changed = planned_gifts.save_planned_gift(
        db, replace(handed, notes="вручив міський голова", occasion="Прийом у голови")
    )
    assert (changed.notes, changed.occasion) == ("вручив міський голова", "Прийом у голови")
    assert (changed.movement_id, changed.gift_record_id) == (handed.movement_id,
                                                             handed.gift_record_id)  # fmt: skip
    # A save cannot unlink the hand-out either.
    relinked = planned_gifts.save_planned_gift(db, replace(changed, movement_id=None,
                                                           gift_record_id=None))  # fmt: skip
    assert relinked.handed_out and relinked.gift_record_id == handed.gift_record_id
    # The register says what the plan says.
    (record,) = gifts.list_gift_records(db)
    assert (record.occasion, record.notes) == ("Прийом у голови", "вручив міський голова")
    assert make.stock_of(db, notebooks) == 8


def test_a_handed_out_gift_cannot_be_deleted(
    db: Database, visit: Delegation, notebooks: GiftItem, guest: Person
) -> None:
    handed = hand(db, plan(db, visit, notebooks, 2, recipient_person_id=guest.id))
    assert handed.id is not None
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        planned_gifts.delete_planned_gift(db, handed.id, handed.version)
    assert caught.value.problems[0].code == "already_handed_out"


def test_a_gift_for_a_recipient_deleted_since_planning_is_not_handed_out(
    db: Database, visit: Delegation, notebooks: GiftItem, guest: Person
) -> None:
    gift = plan(db, visit, notebooks, recipient_person_id=guest.id)
    people.delete_person(db, guest.id, guest.version)
    with nothing_written(db), pytest.raises(NotFoundError):
        hand(db, gift)


# Taking back


def test_taking_back_restores_the_stock_and_removes_both_entries(
    db: Database, visit: Delegation, notebooks: GiftItem, guest: Person
) -> None:
    gift = plan(db, visit, notebooks, 4, recipient_person_id=guest.id)
    handed = hand(db, gift)
    assert integrity.check_database(db) == []
    assert handed.id is not None
    back = planned_gifts.take_back_planned(db, handed.id, handed.version)

    assert not back.handed_out
    assert (back.movement_id, back.gift_record_id) == (None, None)
    assert replace(back, version=0) == replace(gift, version=0)
    assert make.stock_of(db, notebooks) == 10
    (stored,) = [r for r in table_dicts(db, "gift_item") if r["id"] == notebooks.id]
    assert stored["quantity_on_hand"] == 10
    assert [m.kind for m in gifts.list_movements(db, notebooks.id)] == [MovementKind.PURCHASE]
    assert count_rows(db, "gift_record") == 0
    assert integrity.check_database(db) == []
    # Planned again: it can be handed out again, and deleted.
    again = hand(db, back)
    assert make.stock_of(db, notebooks) == 6
    assert again.id is not None
    back = planned_gifts.take_back_planned(db, again.id, again.version)
    assert back.id is not None
    planned_gifts.delete_planned_gift(db, back.id, back.version)
    assert integrity.check_database(db) == []


def test_taking_back_a_gift_not_handed_out_is_refused(
    db: Database, visit: Delegation, notebooks: GiftItem, guest: Person
) -> None:
    gift = plan(db, visit, notebooks, recipient_person_id=guest.id)
    assert gift.id is not None
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        planned_gifts.take_back_planned(db, gift.id, gift.version)
    assert caught.value.problems[0].code == "not_handed_out"


def test_a_planned_gift_s_movement_and_register_entry_are_taken_back_at_the_visit(
    db: Database, visit: Delegation, notebooks: GiftItem, guest: Person
) -> None:
    handed = hand(db, plan(db, visit, notebooks, 2, recipient_person_id=guest.id))
    assert handed.movement_id is not None and handed.gift_record_id is not None
    record = gifts.get_gift_record(db, handed.gift_record_id)
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        gifts.cancel_movement(db, handed.movement_id)
    assert caught.value.problems[0].code == "movement_of_planned_gift"
    assert visit.title_uk in caught.value.message("uk")
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        gifts.delete_gift_record(db, handed.gift_record_id, record.version)
    assert caught.value.problems[0].code == "movement_of_planned_gift"


@pytest.mark.parametrize("field", ["direction", "on", "delegation_id", "person_id", "partner_id",
                                   "item_id"])  # fmt: skip
def test_the_register_entry_of_a_hand_out_keeps_what_the_movement_says(
    db: Database, visit: Delegation, notebooks: GiftItem, guest: Person, field: str
) -> None:
    handed = hand(db, plan(db, visit, notebooks, 2, recipient_person_id=guest.id))
    assert handed.gift_record_id is not None
    record = gifts.get_gift_record(db, handed.gift_record_id)
    changes = {"direction": GiftDirection.RECEIVED, "on": date(2024, 9, 29),
               "delegation_id": make.taipei_summit(db).id,
               "person_id": make.person(db, "Дворжак", "Петр").id,
               "partner_id": make.partner(db).id,
               "item_id": make.gift_item(db, "Ручка в тубусі").id}  # fmt: skip
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        gifts.save_gift_record(db, replace(record, **{field: changes[field]}))
    assert [(p.field, p.code) for p in caught.value.problems] == [
        (field, "movement_of_planned_gift"),
    ]  # fmt: skip
    # Its words and value are the officer's to correct.
    corrected = gifts.save_gift_record(db, replace(
        record, description="Блокноти у подарунковій коробці", value=Decimal("300.00"),
        recipient="Ян Новак, радник мера",
    ))  # fmt: skip
    assert gifts.list_gift_records(db) == [corrected]
    back = planned_gifts.take_back_planned(db, handed.id or 0, handed.version)
    assert not back.handed_out and gifts.list_gift_records(db) == []


# Two officers at once


def race(db: Database, gifts_to_hand: list[PlannedGift]) -> list[object]:
    """Each officer opens the database, waits for the others, then hands out one gift."""
    handles = [open_database(db.url) for _ in gifts_to_hand]
    start = threading.Barrier(len(gifts_to_hand))
    outcomes: list[object] = [None] * len(gifts_to_hand)

    def officer(n: int) -> None:
        gift = gifts_to_hand[n]
        assert gift.id is not None
        try:
            start.wait(timeout=30)
            outcomes[n] = planned_gifts.hand_out_planned(handles[n], gift.id, gift.version)
        except Exception as exc:  # kept for the assertions in the test's own thread
            outcomes[n] = exc

    threads = [threading.Thread(target=officer, args=(n,)) for n in range(len(gifts_to_hand))]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert not any(thread.is_alive() for thread in threads)
    finally:
        for handle in handles:
            handle.close()
    return outcomes


def test_two_officers_handing_out_the_last_item_at_once_one_succeeds(
    db: Database, visit: Delegation, guest: Person
) -> None:
    last = make.stocked_item(db, 1, name_uk="Остання картина")
    other = make.person(db, "Дворжак", "Петр")
    plans = [plan(db, visit, last, recipient_person_id=guest.id),
             plan(db, visit, last, recipient_person_id=other.id)]  # fmt: skip

    outcomes = race(db, plans)

    handed = [o for o in outcomes if isinstance(o, PlannedGift)]
    refused = [o for o in outcomes if isinstance(o, ValidationError)]
    assert (len(handed), len(refused)) == (1, 1), outcomes
    assert [p.code for p in refused[0].problems] == ["insufficient_stock"]
    assert make.stock_of(db, last) == 0
    assert count_rows(db, "gift_record") == 1
    rows = planned_gifts.list_planned_gifts(db, plans[0].delegation_id)
    assert sorted(r.gift.handed_out for r in rows) == [False, True]
    assert integrity.check_database(db) == []


def test_two_officers_handing_out_the_same_gift_at_once_one_succeeds(
    db: Database, visit: Delegation, notebooks: GiftItem, guest: Person
) -> None:
    gift = plan(db, visit, notebooks, 2, recipient_person_id=guest.id)

    outcomes = race(db, [gift, gift])

    handed = [o for o in outcomes if isinstance(o, PlannedGift)]
    assert len(handed) == 1, outcomes
    assert all(isinstance(o, (PlannedGift, StaleEditError, ValidationError)) for o in outcomes)
    assert make.stock_of(db, notebooks) == 8
    assert count_rows(db, "gift_record") == 1
    assert integrity.check_database(db) == []


# Warnings


def test_two_plans_of_one_item_beyond_the_stock_both_warn_low_stock(
    db: Database, visit: Delegation, notebooks: GiftItem, guest: Person
) -> None:
    other = make.person(db, "Дворжак", "Петр")
    plan(db, visit, notebooks, 6, recipient_person_id=guest.id)
    plan(db, visit, notebooks, 5, recipient_person_id=other.id)
    assert visit.id is not None
    rows = planned_gifts.list_planned_gifts(db, visit.id)
    assert len(rows) == 2
    for row in rows:
        (warning,) = row.warnings
        assert warning.code is GiftWarningCode.LOW_STOCK
        assert (warning.available, warning.requested) == (10, 11)


def test_plans_within_the_stock_do_not_warn(
    db: Database, visit: Delegation, notebooks: GiftItem, guest: Person
) -> None:
    other = make.person(db, "Дворжак", "Петр")
    plan(db, visit, notebooks, 6, recipient_person_id=guest.id)
    plan(db, visit, notebooks, 4, recipient_person_id=other.id)
    assert visit.id is not None
    assert [row.warnings for row in planned_gifts.list_planned_gifts(db, visit.id)] == [(), ()]


def test_a_handed_out_gift_carries_no_warnings(
    db: Database, visit: Delegation, notebooks: GiftItem, guest: Person
) -> None:
    other = make.person(db, "Дворжак", "Петр")
    handed = hand(db, plan(db, visit, notebooks, 6, recipient_person_id=guest.id))
    plan(db, visit, notebooks, 5, recipient_person_id=other.id)
    assert visit.id is not None
    rows = {r.gift.id: r for r in planned_gifts.list_planned_gifts(db, visit.id)}
    assert rows.pop(handed.id).warnings == ()
    ((_, waiting),) = rows.items()
    (warning,) = waiting.warnings
    assert warning.code is GiftWarningCode.LOW_STOCK
    assert (warning.available, warning.requested) == (4, 5)  # only what is still to give


def test_the_same_item_given_to_the_partner_at_an_earlier_visit_is_said(
    db: Database, visit: Delegation, notebooks: GiftItem
) -> None:
    prague = make.partner(db)
    summit = make.delegation(db, "Делегація Праги 6 у березні", (SUMMIT, SUMMIT))
    hand(db, plan(db, summit, notebooks, on=SUMMIT, recipient_partner_id=prague.id))
    plan(db, visit, notebooks, recipient_partner_id=prague.id)
    assert visit.id is not None
    (row,) = planned_gifts.list_planned_gifts(db, visit.id)
    (warning,) = row.warnings
    assert warning.code is GiftWarningCode.GIVEN_BEFORE
    assert warning.recipient.uk == "Прага 6"
    assert [e.on for e in warning.earlier] == [SUMMIT]
    assert "18.03.2024" in warning.message("uk")


def test_a_deleted_earlier_register_entry_is_not_said(
    db: Database, visit: Delegation, notebooks: GiftItem
) -> None:
    from planner.domain.records import GiftRecord

    prague = make.partner(db)
    record = gifts.save_gift_record(db, GiftRecord(
        direction=GiftDirection.GIVEN, on=SUMMIT, description=notebooks.name_uk,
        partner_id=prague.id, item_id=notebooks.id,
    ))  # fmt: skip
    plan(db, visit, notebooks, recipient_partner_id=prague.id)
    assert visit.id is not None and record.id is not None
    (row,) = planned_gifts.list_planned_gifts(db, visit.id)
    assert [w.code for w in row.warnings] == [GiftWarningCode.GIVEN_BEFORE]
    gifts.delete_gift_record(db, record.id, record.version)
    (row,) = planned_gifts.list_planned_gifts(db, visit.id)
    assert row.warnings == ()


def test_the_gifts_of_a_visit_are_listed_when_a_recipient_or_item_was_deleted(
    db: Database, visit: Delegation, notebooks: GiftItem, guest: Person
) -> None:
    partner = make.partner(db)
    plan(db, visit, notebooks, 2, recipient_person_id=guest.id)
    plan(db, visit, notebooks, 1, recipient_partner_id=partner.id)
    people.delete_person(db, guest.id, guest.version)
    assert visit.id is not None
    rows = planned_gifts.list_planned_gifts(db, visit.id)
    assert [r.gift.quantity for r in rows] == [2, 1]
    assert rows[0].person.uk == "Ян Новак"  # still named, as the plan was made
    gifts.write_off(db, notebooks.id, CITY_DAY, 10, "залито водою")
    gifts.delete_gift_item(db, notebooks.id, notebooks.version)
    assert len(planned_gifts.list_planned_gifts(db, visit.id)) == 2
