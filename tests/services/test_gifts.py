"""Souvenir and gift stock (never below zero, on any day) and the gift register."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from planner.domain.enums import GiftDirection, MovementKind
from planner.domain.errors import NotFoundError, StaleEditError, ValidationError
from planner.domain.records import GiftItem, GiftRecord, Person, StockMovement
from planner.services import gift_documents, gifts, integrity, people
from planner.services.gift_warnings import gift_warnings
from planner.storage.database import Database
from tests.services import factories as make
from tests.storage.snapshots import count_rows, nothing_written, table_dicts

MARCH_1, SUMMIT, CITY_DAY = date(2024, 3, 1), date(2024, 3, 18), date(2024, 9, 28)


@pytest.fixture
def notebooks(db: Database) -> GiftItem:
    """Ten branded notebooks bought on 1 March."""
    return make.stocked_item(db, 10, MARCH_1)


@pytest.fixture
def guest(db: Database) -> Person:
    return make.person(db, "Новак", "Ян", country="CZ")


def refused(db: Database, code: str, action: object, *args: object, **kwargs: object) -> None:
    """``action`` is refused with ``code`` and leaves every table as it was."""
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        action(*args, **kwargs)
    assert [p.code for p in caught.value.problems] == [code]


def test_a_purchase_raises_the_stock_and_its_value(db: Database, notebooks: GiftItem) -> None:
    gifts.record_purchase(db, notebooks.id, date(2024, 5, 2), 5, Decimal("120.50"),
                          supplier="ФОП Петренко", document_number="№ 17",
                          measure_id=make.measure_id(db, "2.2"))  # fmt: skip
    (row,) = gifts.list_stock(db)
    assert (row.quantity, row.value) == (15, Decimal("1807.50"))
    purchases = [
        m for m in gifts.list_movements(db, notebooks.id) if m.kind is MovementKind.PURCHASE
    ]
    assert [(m.quantity, m.unit_cost) for m in purchases] == [(10, Decimal("120.50")),
                                                              (5, Decimal("120.50"))]  # fmt: skip
    assert purchases[1].document_number == "№ 17"


def test_a_hand_out_lowers_the_stock_and_names_the_recipient(
    db: Database, notebooks: GiftItem, guest: Person
) -> None:
    visit = make.delegation(db)
    handed = gifts.hand_out(db, notebooks.id, CITY_DAY, 3, delegation_id=visit.id,
                            person_id=guest.id)  # fmt: skip
    assert (handed.kind, handed.quantity, handed.recipient_person_id) == (
        MovementKind.HAND_OUT, -3, guest.id,
    )  # fmt: skip
    assert handed.delegation_id == visit.id
    assert make.stock_of(db, notebooks) == 7
    partner = make.partner(db)
    gifts.hand_out(db, notebooks.id, CITY_DAY, 1, partner_id=partner.id)
    assert make.stock_of(db, notebooks) == 6


def test_handing_out_more_than_is_in_stock_is_refused(
    db: Database, notebooks: GiftItem, guest: Person
) -> None:
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        gifts.hand_out(db, notebooks.id, CITY_DAY, 11, person_id=guest.id)
    assert caught.value.problems[0].params == {
        "item": notebooks.name_uk, "available": 10, "requested": 11,
    }  # fmt: skip
    assert caught.value.message("uk") == (
        "Недостатньо на складі: «Блокнот з символікою міста» є 10 шт., потрібно 11."
    )
    assert make.stock_of(db, notebooks) == 10


@pytest.mark.parametrize("quantity", [0, -1])
def test_zero_or_negative_quantities_are_refused(
    db: Database, notebooks: GiftItem, guest: Person, quantity: int
) -> None:
    item_id = notebooks.id
    refused(db, "not_positive", gifts.hand_out, db, item_id, CITY_DAY, quantity, person_id=guest.id)
    refused(db, "not_positive", gifts.record_purchase, db, item_id, CITY_DAY, quantity, Decimal(1))
    refused(db, "not_positive", gifts.write_off, db, item_id, CITY_DAY, quantity, "розбито")


def test_a_hand_out_without_a_recipient_is_refused(db: Database, notebooks: GiftItem) -> None:
    visit = make.delegation(db)
    refused(db, "recipient_required", gifts.hand_out, db, notebooks.id, CITY_DAY, 1,
            delegation_id=visit.id)  # fmt: skip


def test_a_hand_out_to_a_deleted_person_or_of_a_missing_item_is_not_found(
    db: Database, notebooks: GiftItem, guest: Person
) -> None:
    people.delete_person(db, guest.id, guest.version)
    other = make.person(db, "Дворжак", "Петр")
    with nothing_written(db):
        with pytest.raises(NotFoundError):
            gifts.hand_out(db, notebooks.id, CITY_DAY, 1, person_id=guest.id)
        with pytest.raises(NotFoundError):
            gifts.hand_out(db, 404, CITY_DAY, 1, person_id=other.id)


def test_a_back_dated_hand_out_that_would_empty_an_earlier_day_is_refused(
    db: Database, notebooks: GiftItem, guest: Person
) -> None:
    gifts.hand_out(db, notebooks.id, SUMMIT, 8, person_id=guest.id)
    gifts.record_purchase(db, notebooks.id, date(2024, 6, 1), 20, Decimal("118.00"))
    assert make.stock_of(db, notebooks) == 22
    # 22 are on the shelf today, but on 18 March only 2 were left after the summit.
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        gifts.hand_out(db, notebooks.id, date(2024, 3, 10), 3, person_id=guest.id)
    (problem,) = caught.value.problems
    assert (problem.code, problem.params["date"]) == ("stock_negative_on", "18.03.2024")
    # Before anything was bought, nothing can be handed out.
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        gifts.hand_out(db, notebooks.id, date(2024, 2, 1), 1, person_id=guest.id)
    assert caught.value.problems[0].params["date"] == "01.02.2024"
    gifts.hand_out(db, notebooks.id, date(2024, 3, 10), 2, person_id=guest.id)
    assert make.stock_of(db, notebooks) == 20


def test_stock_on_a_past_date(db: Database, notebooks: GiftItem, guest: Person) -> None:
    gifts.hand_out(db, notebooks.id, SUMMIT, 4, person_id=guest.id)
    gifts.write_off(db, notebooks.id, CITY_DAY, 1, "пошкоджено при транспортуванні")
    assert make.stock_of(db, notebooks, date(2024, 2, 29)) == 0
    assert make.stock_of(db, notebooks, MARCH_1) == 10
    assert make.stock_of(db, notebooks, SUMMIT) == 6
    assert make.stock_of(db, notebooks, CITY_DAY) == 5
    assert make.stock_of(db, notebooks) == 5
    (row,) = gifts.list_stock(db, SUMMIT)
    assert row.value == Decimal("723.00")


def test_a_write_off_needs_a_reason(db: Database, notebooks: GiftItem) -> None:
    refused(db, "required", gifts.write_off, db, notebooks.id, CITY_DAY, 1, "  ")
    refused(db, "insufficient_stock", gifts.write_off, db, notebooks.id, CITY_DAY, 11, "втрачено")


def test_a_stock_take_books_the_difference(
    db: Database, notebooks: GiftItem, guest: Person
) -> None:
    gifts.hand_out(db, notebooks.id, SUMMIT, 3, person_id=guest.id)
    counted = gifts.stock_take(db, notebooks.id, date(2024, 6, 30), 5)
    assert (counted.kind, counted.quantity, counted.counted) == (MovementKind.STOCK_TAKE, -2, 5)
    assert make.stock_of(db, notebooks) == 5
    found = gifts.stock_take(db, notebooks.id, date(2024, 7, 31), 6)
    assert found.quantity == 1
    assert make.stock_of(db, notebooks) == 6
    # A back-dated count is compared with the books of its own day.
    assert make.stock_of(db, notebooks, SUMMIT) == 7
    refused(db, "negative", gifts.stock_take, db, notebooks.id, CITY_DAY, -1)


def test_a_back_dated_stock_take_that_would_empty_a_later_day_is_refused(
    db: Database, notebooks: GiftItem, guest: Person
) -> None:
    gifts.hand_out(db, notebooks.id, CITY_DAY, 9, person_id=guest.id)
    gifts.record_purchase(db, notebooks.id, date(2024, 10, 1), 20, Decimal("118.00"))
    # Counting 5 in March leaves too few for the 9 handed out on City Day.
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        gifts.stock_take(db, notebooks.id, SUMMIT, 5)
    (problem,) = caught.value.problems
    assert (problem.code, problem.params["date"]) == ("stock_negative_on", f"{CITY_DAY:%d.%m.%Y}")


def test_a_purchase_for_an_unknown_measure_is_refused(db: Database, notebooks: GiftItem) -> None:
    with nothing_written(db), pytest.raises(NotFoundError) as caught:
        gifts.record_purchase(db, notebooks.id, CITY_DAY, 3, Decimal("10"), measure_id=9999)
    assert caught.value.message("uk") == "Захід програми №9999 не знайдено."


def test_a_negative_purchase_price_is_refused(db: Database, notebooks: GiftItem) -> None:
    refused(db, "negative", gifts.record_purchase, db, notebooks.id, CITY_DAY, 1, Decimal("-0.01"))


def test_gift_items_are_listed_alphabetically_and_refuse_duplicates(db: Database) -> None:
    for name in ("Чайний набір з гравіюванням", "Вишиванка", "Ґудзики з гербом", "Брошка"):
        make.gift_item(db, name)
    assert [row.item.name_uk for row in gifts.list_stock(db)] == [
        "Брошка", "Вишиванка", "Ґудзики з гербом", "Чайний набір з гравіюванням",
    ]  # fmt: skip
    assert [row.item.name_uk for row in gifts.list_stock(db, search="ВИШИВ")] == ["Вишиванка"]
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        make.gift_item(db, "ВИШИВАНКА")
    assert caught.value.problems[0].code == "duplicate"
    with nothing_written(db), pytest.raises(ValidationError):
        make.gift_item(db, "Рушник", unit_cost=Decimal("-1"))


def test_a_deleted_gift_item_leaves_the_stock_list(db: Database, notebooks: GiftItem) -> None:
    # While any is in stock it stays: the inventory must add up.
    refused(db, "stock_left", gifts.delete_gift_item, db, notebooks.id, notebooks.version)
    gifts.write_off(db, notebooks.id, CITY_DAY, 10, "подаровано школі")
    gifts.delete_gift_item(db, notebooks.id, notebooks.version)
    assert gifts.list_stock(db) == []
    assert count_rows(db, "stock_movement") == 2  # its history is kept


def test_a_changed_gift_item_keeps_its_stock(db: Database, notebooks: GiftItem) -> None:
    changed = gifts.save_gift_item(db, replace(notebooks, unit_cost=Decimal("125.00"),
                                                reorder_level=10))  # fmt: skip
    (row,) = gifts.list_stock(db)
    assert (row.quantity, row.value, row.below_reorder_level) == (10, Decimal("1250.00"), True)
    assert changed.version == 2


# The gift register


def test_the_gift_register_by_period(db: Database) -> None:
    received = gifts.save_gift_record(db, GiftRecord(
        direction=GiftDirection.RECEIVED, on=SUMMIT, description="Чайний набір",
        giver="Мерія Тайбея", value=Decimal("2500.00"), occasion="Саміт «Розумне місто»",
    ))  # fmt: skip
    given = gifts.save_gift_record(db, GiftRecord(
        direction=GiftDirection.GIVEN, on=CITY_DAY, description="Вишиванка",
        recipient="Голова делегації Праги 6", value=Decimal("1500.00"), handed_over=True,
    ))  # fmt: skip
    assert gifts.list_gift_records(db) == [received, given]
    assert gifts.list_gift_records(db, first=date(2024, 4, 1)) == [given]
    assert gifts.list_gift_records(db, last=date(2024, 4, 1)) == [received]
    with nothing_written(db), pytest.raises(ValidationError):
        gifts.save_gift_record(db, replace(given, id=None, value=Decimal("-5")))


def test_the_legal_gift_limit_on_a_day(db: Database) -> None:
    limit = gifts.gift_limit_on(db, date(2024, 6, 1))
    assert limit is not None
    assert (limit.valid_from, limit.per_gift, limit.per_year_from_one_source) == (
        date(2024, 1, 1), Decimal("3028.00"), Decimal("6056.00"),
    )  # fmt: skip
    assert gifts.gift_limit_on(db, date(2020, 12, 31)) is None


# Taking a movement back (the undo of entering it) and entering it again (the redo)


def _enter(db: Database, kind: MovementKind, item: GiftItem, person: Person) -> StockMovement:
    assert item.id is not None
    if kind is MovementKind.PURCHASE:
        return gifts.record_purchase(db, item.id, SUMMIT, 5, Decimal("118.00"),
                                     supplier="ФОП Петренко", document_number="№ 18",
                                     measure_id=make.measure_id(db, "2.2"))  # fmt: skip
    if kind is MovementKind.WRITE_OFF:
        return gifts.write_off(db, item.id, SUMMIT, 2, "залито водою")
    if kind is MovementKind.STOCK_TAKE:
        return gifts.stock_take(db, item.id, SUMMIT, 7)
    visit = make.delegation(db)
    return gifts.hand_out(db, item.id, CITY_DAY, 3, delegation_id=visit.id,
                          person_id=person.id)  # fmt: skip


@pytest.mark.parametrize(("kind", "after"), [
    (MovementKind.PURCHASE, 15), (MovementKind.WRITE_OFF, 8), (MovementKind.STOCK_TAKE, 7),
    (MovementKind.HAND_OUT, 7),
])  # fmt: skip
def test_a_movement_is_taken_back_and_entered_again(
    db: Database, notebooks: GiftItem, guest: Person, kind: MovementKind, after: int
) -> None:
    entered = _enter(db, kind, notebooks, guest)
    assert entered.id is not None
    assert make.stock_of(db, notebooks) == after

    cancelled = gifts.cancel_movement(db, entered.id)
    assert cancelled == entered
    assert make.stock_of(db, notebooks) == 10
    assert [m.kind for m in gifts.list_movements(db, notebooks.id)] == [MovementKind.PURCHASE]
    (stored,) = table_dicts(db, "gift_item")
    assert stored["quantity_on_hand"] == 10
    assert integrity.check_database(db) == []

    again = gifts.repeat_movement(db, cancelled)
    assert again.id is not None
    assert replace(again, id=None) == replace(entered, id=None)
    assert make.stock_of(db, notebooks) == after
    assert integrity.check_database(db) == []


def test_a_purchase_whose_items_were_handed_out_since_cannot_be_taken_back(
    db: Database, notebooks: GiftItem, guest: Person
) -> None:
    may = gifts.record_purchase(db, notebooks.id, date(2024, 5, 2), 5, Decimal("120.50"))
    gifts.hand_out(db, notebooks.id, CITY_DAY, 12, person_id=guest.id)
    assert may.id is not None
    # 3 are left: without the 5 of May there would be −2.
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        gifts.cancel_movement(db, may.id)
    assert caught.value.problems[0].code == "insufficient_stock"
    # With more bought later the shelf would hold enough today, but not on City Day.
    gifts.record_purchase(db, notebooks.id, date(2024, 10, 1), 20, Decimal("120.50"))
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        gifts.cancel_movement(db, may.id)
    (problem,) = caught.value.problems
    assert (problem.code, problem.params["date"]) == ("stock_negative_on", f"{CITY_DAY:%d.%m.%Y}")
    assert make.stock_of(db, notebooks) == 23


def test_taking_back_a_movement_that_is_not_there_is_not_found(db: Database) -> None:
    with nothing_written(db), pytest.raises(NotFoundError):
        gifts.cancel_movement(db, 404)


def test_an_item_s_english_category_and_the_categories_in_use(db: Database) -> None:
    make.gift_item(db, "Рушник", category="текстиль", category_en="textiles")
    make.gift_item(db, "Вишиванка", category="текстиль")
    make.gift_item(db, "Блокнот", category="канцелярія")
    gone = make.gift_item(db, "Магніт", category="дрібні сувеніри")
    gifts.delete_gift_item(db, gone.id, gone.version)
    assert gifts.gift_categories(db) == [("канцелярія", ""), ("текстиль", "textiles")]
    assert gone.id is not None
    with pytest.raises(NotFoundError):
        gifts.get_gift_item(db, gone.id)
    back = gifts.restore_gift_item(db, gone.id)
    assert gifts.get_gift_item(db, gone.id) == back
    assert ("дрібні сувеніри", "") in gifts.gift_categories(db)


# Deleting and restoring a register entry


def test_a_deleted_register_entry_leaves_the_register_and_its_warnings(
    db: Database, notebooks: GiftItem
) -> None:
    prague = make.partner(db)
    earlier = make.delegation(db, "Делегація Праги 6 у березні", (SUMMIT, SUMMIT))
    visit = make.delegation(db)
    given = gifts.save_gift_record(db, GiftRecord(
        direction=GiftDirection.GIVEN, on=SUMMIT, description=notebooks.name_uk,
        delegation_id=earlier.id, partner_id=prague.id, item_id=notebooks.id,
        value=Decimal("120.50"),
    ))  # fmt: skip
    assert given.id is not None and visit.id is not None and notebooks.id is not None

    def warned() -> list[str]:
        assert visit.id is not None and notebooks.id is not None
        found = gift_warnings(db, visit.id, notebooks.id, 1, recipient_partner_id=prague.id)
        return [w.code.value for w in found]

    def printed() -> list[int | None]:
        entries = gift_documents.gift_register_entries(db, date(2024, 1, 1), date(2024, 12, 31))
        return [e.record_id for e in entries]

    assert (printed(), warned()) == ([given.id], ["gift_given_before"])
    gifts.delete_gift_record(db, given.id, given.version)
    assert gifts.list_gift_records(db) == []
    assert (printed(), warned()) == ([], [])
    assert earlier.id is not None
    assert gift_documents.gift_list_entries(db, earlier.id) == []
    with pytest.raises(NotFoundError):
        gifts.get_gift_record(db, given.id)

    back = gifts.restore_gift_record(db, given.id)
    assert gifts.list_gift_records(db) == [back]
    assert gifts.get_gift_record(db, given.id) == back
    assert (printed(), warned()) == ([given.id], ["gift_given_before"])


def test_a_stale_delete_of_a_register_entry_is_refused(db: Database) -> None:
    record = gifts.save_gift_record(db, GiftRecord(
        direction=GiftDirection.RECEIVED, on=SUMMIT, description="Чайний набір",
        giver="Мерія Тайбея",
    ))  # fmt: skip
    gifts.save_gift_record(db, replace(record, value=Decimal("2500.00")))
    assert record.id is not None
    with nothing_written(db), pytest.raises(StaleEditError):
        gifts.delete_gift_record(db, record.id, record.version)
