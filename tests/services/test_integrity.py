"""``planner check``: a consistent database has no findings; tampering behind the planner's back
(plain SQL) is found and named."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import bindparam, text

from planner.services import gifts, integrity
from planner.storage.database import Database
from planner.storage.types import UTCDateTime
from tests.services import factories as make
from tests.storage.snapshots import count_rows, execute


@pytest.fixture
def busy(db: Database) -> Database:
    """A database with a bit of everything, made through the services."""
    prague = make.partner(db)
    visit = make.delegation(db, partner_ids=(prague.id,))
    summit = make.taipei_summit(db)
    guest = make.person(db, "Новак", "Ян")
    make.participant(db, visit, guest)
    make.agenda_item(db, visit, date(2024, 9, 27), 10, attendee_person_ids=(guest.id,))
    make.agenda_item(db, summit, date(2024, 3, 18), 1, venue_id=make.venue(db).id)
    item = make.stocked_item(db, 10)
    gifts.hand_out(db, item.id, date(2024, 9, 28), 2, person_id=guest.id)
    gifts.stock_take(db, item.id, date(2024, 12, 31), 7)
    return db


def codes(db: Database) -> list[str]:
    return [finding.code for finding in integrity.check_database(db)]


def test_a_new_database_has_no_findings(db: Database) -> None:
    assert integrity.check_database(db) == []


def test_a_database_used_through_the_services_has_no_findings(busy: Database) -> None:
    assert integrity.check_database(busy) == []
    counts = integrity.count_rows(busy)
    assert (counts["delegation"], counts["agenda_item"], counts["stock_movement"]) == (2, 2, 3)


def test_a_tampered_stock_total_is_found(busy: Database) -> None:
    execute(busy, "UPDATE gift_item SET quantity_on_hand = 99")
    (finding,) = integrity.check_database(busy)
    assert finding.code == "stock_total"
    assert (finding.params["booked"], finding.params["summed"]) == (99, 7)
    assert "залишок 99, а сума рухів 7" in finding.message("uk")
    assert "stock is 99 but its movements add up to 7" in finding.message("en")


def test_a_history_going_below_zero_is_found(busy: Database) -> None:
    execute(busy, """UPDATE stock_movement SET "on" = '2024-01-15' WHERE kind = 'hand_out'""")
    (finding,) = integrity.check_database(busy)
    assert (finding.code, str(finding.params["day"])) == ("stock_history", "2024-01-15")


def test_an_agenda_item_moved_outside_its_dates_is_found(busy: Database) -> None:
    outside = datetime(2024, 10, 5, 8, 0, tzinfo=UTC)
    move = text(
        "UPDATE agenda_item SET starts_at = :moment, ends_at = :moment "
        "WHERE title_uk = 'Зустріч у міського голови' AND delegation_id = 1"
    ).bindparams(bindparam("moment", type_=UTCDateTime()))
    with busy.engine.begin() as connection:
        assert connection.execute(move, {"moment": outside}).rowcount == 1
    (finding,) = integrity.check_database(busy)
    assert finding.code == "agenda_outside"
    assert (finding.params["delegation"], finding.params["title"]) == (
        1, "Зустріч у міського голови",
    )  # fmt: skip


def test_a_delegation_shortened_behind_the_agendas_back_is_found(busy: Database) -> None:
    execute(busy, "UPDATE delegation SET start_date = '2024-03-19' WHERE timezone = 'Asia/Taipei'")
    assert codes(busy) == ["agenda_outside"]


def test_an_unknown_time_zone_is_found(busy: Database) -> None:
    execute(busy, "UPDATE delegation SET timezone = 'Mars/Olympus' WHERE id = 1")
    assert codes(busy) == ["timezone"]


def test_an_attendee_from_another_delegation_is_found(busy: Database) -> None:
    # The City Day meeting, with its attendee, moved to the Taipei summit: both are wrong now.
    execute(busy, "UPDATE agenda_item SET delegation_id = 2 WHERE delegation_id = 1")
    assert sorted(codes(busy)) == ["agenda_outside", "attendee_elsewhere"]


@pytest.mark.parametrize(
    ("sql", "table"),
    [
        ("UPDATE person SET search_text = 'хтось інший'", "person"),
        ("UPDATE partner SET sort_key = ''", "partner"),
        ("UPDATE delegation SET title_uk = 'Перейменовано в SQL' WHERE id = 1", "delegation"),
        ("UPDATE venue SET name = 'Нова назва'", "venue"),
        ("UPDATE gift_item SET name_uk = 'Рушник'", "gift_item"),
    ],
)
def test_stale_search_columns_are_found(busy: Database, sql: str, table: str) -> None:
    execute(busy, sql)
    (finding,) = integrity.check_database(busy)
    assert (finding.code, finding.params["table"], finding.params["id"]) == (
        "search_stale",
        table,
        1,
    )
    assert "search columns are out of date" in finding.message("en")


def test_a_changed_schema_revision_is_found(busy: Database) -> None:
    execute(busy, "UPDATE alembic_version SET version_num = '0001_first_schema'")
    (finding,) = integrity.check_database(busy)
    assert (finding.code, finding.params["found"]) == ("schema", "0001_first_schema")


def test_a_foreign_key_broken_by_another_program_is_found(sqlite_db: Database) -> None:
    make.participant(sqlite_db, make.delegation(sqlite_db), make.person(sqlite_db))
    # A plain sqlite3 connection does not enforce foreign keys unless asked to.
    with sqlite3.connect(sqlite_db.path) as other_program:
        other_program.execute("DELETE FROM delegation")
    other_program.close()
    assert count_rows(sqlite_db, "delegation") == 0
    (finding,) = integrity.check_database(sqlite_db)
    assert finding.code == "storage"
    assert finding.params["detail"] == "foreign key: table participation row 1 -> delegation"


@pytest.fixture
def handed_out(db: Database) -> tuple[Database, int]:
    """A gift planned at a visit and handed out (its movement and register entry linked)."""
    from planner.domain.records import PlannedGift
    from planner.services import planned_gifts

    visit = make.delegation(db)
    guest = make.person(db, "Новак", "Ян")
    item = make.stocked_item(db, 5)
    assert visit.id is not None and item.id is not None
    plan = planned_gifts.save_planned_gift(db, PlannedGift(
        delegation_id=visit.id, item_id=item.id, quantity=2, on=visit.start_date,
        recipient_person_id=guest.id))  # fmt: skip
    assert plan.id is not None
    planned_gifts.hand_out_planned(db, plan.id, plan.version)
    return db, plan.id


def test_a_handed_out_gift_with_its_movement_and_entry_has_no_findings(
    handed_out: tuple[Database, int],
) -> None:
    assert integrity.check_database(handed_out[0]) == []


@pytest.mark.parametrize("sql", [
    "UPDATE stock_movement SET quantity = -1 WHERE kind = 'hand_out'",
    "UPDATE gift_record SET deleted_at = '2024-10-01 00:00:00.000000' WHERE direction = 'given'",
    "UPDATE planned_gift SET gift_record_id = NULL",
])  # fmt: skip
def test_a_hand_out_torn_from_its_plan_is_found(handed_out: tuple[Database, int], sql: str) -> None:
    db, plan_id = handed_out
    if "quantity = -1" in sql:  # keep the stock's own sums right: only the link is wrong
        execute(db, "UPDATE gift_item SET quantity_on_hand = quantity_on_hand + 1")
    execute(db, sql)
    (finding,) = integrity.check_database(db)
    assert (finding.code, finding.params["id"]) == ("planned_gift_link", plan_id)
    assert f"Planned gift #{plan_id}" in finding.message("en")
