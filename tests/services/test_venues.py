"""Venues: halls, offices and sites where agenda items take place."""

from __future__ import annotations

from dataclasses import replace

import pytest

from planner.domain.errors import NotFoundError, ValidationError
from planner.domain.records import Venue
from planner.services import venues
from planner.storage.database import Database
from tests.services import factories as make
from tests.storage.snapshots import nothing_written


def test_a_venue_is_saved_changed_deleted_and_restored(db: Database) -> None:
    saved = make.venue(db, "Сесійна зала", address="вул. Героїв Майдану, 12", capacity=120)
    assert venues.get_venue(db, saved.id) == saved

    changed = venues.save_venue(db, replace(saved, capacity=150))
    assert (changed.capacity, changed.version) == (150, 2)

    venues.delete_venue(db, changed.id, changed.version)
    with pytest.raises(NotFoundError):
        venues.get_venue(db, saved.id)
    assert venues.list_venues(db) == []

    assert venues.restore_venue(db, saved.id).capacity == 150
    assert [v.name for v in venues.list_venues(db)] == ["Сесійна зала"]


@pytest.mark.parametrize("again", ["СЕСІЙНА ЗАЛА", "сесійна зала", "Сесійна  зала "])
def test_the_same_venue_in_the_same_city_is_refused(db: Database, again: str) -> None:
    make.venue(db, "Сесійна зала", city="Хмельницький")
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        make.venue(db, again, city="Хмельницький")
    assert [(p.field, p.code) for p in caught.value.problems] == [("name", "duplicate")]


def test_the_same_name_in_another_city_is_another_venue(db: Database) -> None:
    make.venue(db, "Ратуша", city="Прага")
    make.venue(db, "Ратуша", city="Штутгарт")
    assert sorted(v.city for v in venues.list_venues(db)) == ["Прага", "Штутгарт"]


@pytest.mark.parametrize(
    ("venue", "field"),
    [(Venue(name=""), "name"), (Venue(name="Зала", capacity=0), "capacity")],
)
def test_a_bad_venue_is_refused_and_nothing_is_written(
    db: Database, venue: Venue, field: str
) -> None:
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        venues.save_venue(db, venue)
    assert caught.value.fields() == {field}


def test_venues_are_listed_alphabetically_and_found_by_name_address_or_city(db: Database) -> None:
    make.venue(db, "Філармонія", address="вул. Соборна, 16")
    make.venue(db, "Ґалерея мистецтв", name_en="Art Gallery")
    make.venue(db, "Готель «Поділля»", city="Кам’янець-Подільський")

    assert [v.name for v in venues.list_venues(db)] == [
        "Готель «Поділля»", "Ґалерея мистецтв", "Філармонія",
    ]  # fmt: skip
    assert [v.name for v in venues.list_venues(db, "СОБОРНА")] == ["Філармонія"]
    assert [v.name for v in venues.list_venues(db, "art gallery")] == ["Ґалерея мистецтв"]
    assert [v.name for v in venues.list_venues(db, "кам'янець")] == ["Готель «Поділля»"]
    assert [v.name for v in venues.list_venues(db, "kamianets")] == ["Готель «Поділля»"]
