"""The table of legal limits on gifts to officials: listed newest first, rows added, changed
(refused when stale or clashing with another row's day) and removed, and the limit in force on
a day follows the table as it is now."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from planner.domain.errors import NotFoundError, StaleEditError, ValidationError
from planner.domain.records import GiftLimit
from planner.services import gifts
from planner.storage.database import Database
from tests.storage.snapshots import nothing_written

MID_2024 = date(2024, 7, 1)


def limit(day: date, per_gift: str, per_year: str) -> GiftLimit:
    return GiftLimit(valid_from=day, per_gift=Decimal(per_gift),
                     per_year_from_one_source=Decimal(per_year))  # fmt: skip


def test_the_table_is_listed_newest_first(db: Database) -> None:
    rows = gifts.list_gift_limits(db)
    assert [r.valid_from.year for r in rows] == [2026, 2025, 2024, 2023, 2022, 2021]
    assert (rows[0].per_gift, rows[0].per_year_from_one_source) == (
        Decimal("3328.00"), Decimal("6656.00"),
    )  # fmt: skip
    assert all(r.id is not None and r.version == 1 for r in rows)


def test_a_row_added_mid_year_applies_from_its_day(db: Database) -> None:
    added = gifts.save_gift_limit(db, limit(MID_2024, "3200.00", "6400.00"))
    assert (added.id, added.version) != (None, 0)
    assert gifts.list_gift_limits(db)[2] == added  # between 2025 and 2024
    before = gifts.gift_limit_on(db, date(2024, 6, 30))
    assert before is not None and before.per_gift == Decimal("3028.00")
    on_the_day = gifts.gift_limit_on(db, MID_2024)
    assert on_the_day == added
    assert gifts.gift_limit_on(db, date(2024, 12, 31)) == added
    later = gifts.gift_limit_on(db, date(2025, 3, 1))
    assert later is not None and later.valid_from == date(2025, 1, 1)


def test_a_changed_row_is_what_the_limit_on_a_day_reads(db: Database) -> None:
    row_2024 = next(r for r in gifts.list_gift_limits(db) if r.valid_from.year == 2024)
    changed = gifts.save_gift_limit(db, replace(row_2024, per_gift=Decimal("3100.00")))
    assert (changed.id, changed.version) == (row_2024.id, row_2024.version + 1)
    assert gifts.gift_limit_on(db, MID_2024) == changed
    moved = gifts.save_gift_limit(db, replace(changed, valid_from=date(2024, 4, 1)))
    assert gifts.gift_limit_on(db, date(2024, 3, 31)) == next(
        r for r in gifts.list_gift_limits(db) if r.valid_from == date(2023, 1, 1)
    )
    assert gifts.gift_limit_on(db, date(2024, 4, 1)) == moved


@pytest.mark.parametrize(("per_gift", "per_year", "problems"), [
    ("0", "6000", {("per_gift", "not_positive")}),
    ("-1", "6000", {("per_gift", "not_positive")}),
    ("3000", "0", {("per_year_from_one_source", "not_positive")}),
    ("3000", "2999.99", {("per_year_from_one_source", "limit_year_below_gift")}),
    ("0", "-5", {("per_gift", "not_positive"), ("per_year_from_one_source", "not_positive")}),
])  # fmt: skip
def test_limits_that_make_no_sense_are_refused(
    db: Database, per_gift: str, per_year: str, problems: set[tuple[str, str]]
) -> None:
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        gifts.save_gift_limit(db, limit(MID_2024, per_gift, per_year))
    assert {(p.field, p.code) for p in caught.value.problems} == problems


def test_a_yearly_limit_equal_to_the_limit_per_gift_is_allowed(db: Database) -> None:
    saved = gifts.save_gift_limit(db, limit(MID_2024, "3000", "3000"))
    assert saved.per_year_from_one_source == saved.per_gift


def test_a_second_row_for_the_same_day_is_refused(db: Database) -> None:
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        gifts.save_gift_limit(db, limit(date(2024, 1, 1), "3100", "6200"))
    (problem,) = caught.value.problems
    assert (problem.field, problem.code, problem.params["value"]) == (
        "valid_from", "duplicate", "01.01.2024",
    )  # fmt: skip
    row_2023 = next(r for r in gifts.list_gift_limits(db) if r.valid_from.year == 2023)
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        gifts.save_gift_limit(db, replace(row_2023, valid_from=date(2024, 1, 1)))
    assert caught.value.problems[0].code == "duplicate"
    # A row saved again with its own day is no clash.
    again = gifts.save_gift_limit(db, replace(row_2023, per_gift=Decimal("2700")))
    assert again.valid_from == date(2023, 1, 1)


def test_a_stale_change_or_delete_is_refused(db: Database) -> None:
    row = gifts.list_gift_limits(db)[0]
    gifts.save_gift_limit(db, replace(row, per_gift=Decimal("3400")))
    with nothing_written(db), pytest.raises(StaleEditError):
        gifts.save_gift_limit(db, replace(row, per_gift=Decimal("3500")))
    assert row.id is not None
    with nothing_written(db), pytest.raises(StaleEditError):
        gifts.delete_gift_limit(db, row.id, row.version)
    with nothing_written(db), pytest.raises(NotFoundError):
        gifts.save_gift_limit(db, replace(row, id=9999, valid_from=MID_2024))
    with nothing_written(db), pytest.raises(NotFoundError):
        gifts.delete_gift_limit(db, 9999, 1)


def test_a_deleted_row_is_returned_and_can_be_added_back(db: Database) -> None:
    row_2024 = next(r for r in gifts.list_gift_limits(db) if r.valid_from.year == 2024)
    assert row_2024.id is not None
    removed = gifts.delete_gift_limit(db, row_2024.id, row_2024.version)
    assert removed == row_2024
    assert row_2024 not in gifts.list_gift_limits(db)
    in_force = gifts.gift_limit_on(db, MID_2024)
    assert in_force is not None and in_force.valid_from == date(2023, 1, 1)
    back = gifts.save_gift_limit(db, replace(removed, id=None, version=0))
    assert replace(back, id=None, version=0) == replace(removed, id=None, version=0)
    assert gifts.gift_limit_on(db, MID_2024) == back
