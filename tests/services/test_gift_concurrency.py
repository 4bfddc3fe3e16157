"""Officers handing out the last souvenirs at the same moment, each from their own connection to
one database: the stock never goes below zero and exactly as many succeed as there were items."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from planner.domain.errors import ValidationError
from planner.domain.records import StockMovement
from planner.services import gifts, integrity
from planner.storage.database import Database, open_database
from tests.services import factories as make
from tests.storage.snapshots import table_dicts

CITY_DAY = date(2024, 9, 28)


def race(db: Database, item_id: int, person_id: int, officers: int) -> list[object]:
    """Every officer opens the database, waits for the others, then hands out one item."""
    handles = [open_database(db.url) for _ in range(officers)]
    start = threading.Barrier(officers)
    outcomes: list[object] = [None] * officers

    def officer(n: int) -> None:
        try:
            start.wait(timeout=30)
            outcomes[n] = gifts.hand_out(handles[n], item_id, CITY_DAY, 1, person_id=person_id)
        except Exception as exc:  # kept for the assertions in the test's own thread
            outcomes[n] = exc

    threads = [threading.Thread(target=officer, args=(n,)) for n in range(officers)]
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


@pytest.mark.parametrize(("officers", "in_stock"), [(2, 1), (6, 3)])
def test_exactly_as_many_hand_outs_succeed_as_there_are_items(
    db: Database, officers: int, in_stock: int
) -> None:
    item = make.stocked_item(db, in_stock)
    guest = make.person(db, "Новак", "Ян")

    outcomes = race(db, item.id, guest.id, officers)

    handed = [o for o in outcomes if isinstance(o, StockMovement)]
    refused = [o for o in outcomes if isinstance(o, ValidationError)]
    assert len(handed) == in_stock, outcomes
    assert len(refused) == officers - in_stock, outcomes
    assert {p.code for error in refused for p in error.problems} == {"insufficient_stock"}
    assert make.stock_of(db, item) == 0
    (stored,) = table_dicts(db, "gift_item")
    assert stored["quantity_on_hand"] == 0
    assert len(gifts.list_movements(db, item.id)) == 1 + in_stock
    assert integrity.check_database(db) == []


def test_the_race_can_be_run_again_on_the_same_database(db: Database) -> None:
    guest = make.person(db, "Новак", "Ян")
    for round_ in range(3):
        item = make.stocked_item(db, 1, name_uk=f"Остання листівка №{round_}")
        outcomes = race(db, item.id, guest.id, 2)
        assert sum(isinstance(o, StockMovement) for o in outcomes) == 1, outcomes
        assert make.stock_of(db, item) == 0
