"""Records for the service tests, saved through the services themselves.

Every factory takes the database and any fields to change; the defaults are the seed report's
year (the Prague 6 delegation for City Day, the Taipei smart-city summit, souvenirs with city
symbols). The checks that a refused action wrote nothing live in ``tests.storage.snapshots``.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from planner.domain.enums import Direction, PartnerKind
from planner.domain.records import (
    AgendaItem,
    Delegation,
    GiftItem,
    Participation,
    Partner,
    Person,
    Venue,
)
from planner.domain.zones import at
from planner.services import agenda, delegations, gifts, partners, people, programmes, venues
from planner.storage.database import Database

KYIV = "Europe/Kyiv"
TAIPEI = "Asia/Taipei"
CITY_DAY = (date(2024, 9, 27), date(2024, 9, 29))
TAIPEI_SUMMIT = (date(2024, 3, 18), date(2024, 3, 22))


def partner(db: Database, name_uk: str = "Прага 6", **fields: Any) -> Partner:
    values: dict[str, Any] = {"kind": PartnerKind.CITY, "country": "CZ", **fields}
    return partners.save_partner(db, Partner(name_uk=name_uk, **values))


def delegation(
    db: Database,
    title_uk: str = "Делегація Праги 6 на День міста",
    dates: tuple[date, date] = CITY_DAY,
    **fields: Any,
) -> Delegation:
    values: dict[str, Any] = {"direction": Direction.INCOMING, **fields}
    start, end = dates
    return delegations.save_delegation(
        db, Delegation(title_uk=title_uk, start_date=start, end_date=end, **values)
    )


def taipei_summit(db: Database, **fields: Any) -> Delegation:
    values: dict[str, Any] = {"direction": Direction.OUTGOING, "timezone": TAIPEI,
                              "country": "TW", "place": "Тайбей", **fields}  # fmt: skip
    return delegation(db, "Саміт «Розумне місто» у Тайбеї", TAIPEI_SUMMIT, **values)


def person(db: Database, family_name: str = "Коваль", given_names: str = "Ґанна",
           **fields: Any) -> Person:  # fmt: skip
    return people.save_person(db, Person(family_name=family_name, given_names=given_names,
                                         **fields))  # fmt: skip


def participant(db: Database, of: Delegation, who: Person, **fields: Any) -> Participation:
    assert of.id is not None and who.id is not None
    return people.save_participation(
        db, Participation(delegation_id=of.id, person_id=who.id, **fields)
    )


def venue(db: Database, name: str = "Сесійна зала", city: str = "Хмельницький",
          **fields: Any) -> Venue:  # fmt: skip
    return venues.save_venue(db, Venue(name=name, city=city, **fields))


def agenda_item(
    db: Database,
    of: Delegation,
    day: date,
    hour: int = 10,
    hours: int = 1,
    title_uk: str = "Зустріч у міського голови",
    **fields: Any,
) -> AgendaItem:
    """An item from ``hour`` o'clock on ``day`` by the clock of the delegation's own zone."""
    assert of.id is not None
    starts_at = at(day, hour, 0, of.timezone)
    return agenda.save_agenda_item(db, AgendaItem(
        delegation_id=of.id, starts_at=starts_at, ends_at=starts_at + timedelta(hours=hours),
        title_uk=title_uk, **fields,
    ))  # fmt: skip


def moment(day: date, hour: int, minute: int = 0, zone: str = KYIV) -> datetime:
    return at(day, hour, minute, zone)


def gift_item(db: Database, name_uk: str = "Блокнот з символікою міста",
              unit_cost: Decimal = Decimal("120.50"), **fields: Any) -> GiftItem:  # fmt: skip
    values: dict[str, Any] = {"category": "канцелярія", **fields}
    return gifts.save_gift_item(db, GiftItem(name_uk=name_uk, unit_cost=unit_cost, **values))


def stocked_item(db: Database, quantity: int, on: date = date(2024, 3, 1),
                 **fields: Any) -> GiftItem:  # fmt: skip
    """A gift item with one purchase of ``quantity`` on ``on``."""
    item = gift_item(db, **fields)
    assert item.id is not None
    gifts.record_purchase(db, item.id, on, quantity, item.unit_cost)
    return item


def measure_id(db: Database, code: str) -> int:
    found = programmes.measures_by_code(db)[code].id
    assert found is not None
    return found


def stock_of(db: Database, item: GiftItem, as_of: date | None = None) -> int:
    (row,) = [r for r in gifts.list_stock(db, as_of) if r.item.id == item.id]
    return row.quantity
