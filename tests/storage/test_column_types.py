"""Column types on each engine: aware datetimes kept as instants, money kept to the kopiyka."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, func, insert, select, text
from sqlalchemy.exc import StatementError

from planner.domain.enums import Direction
from planner.storage.database import Database
from planner.storage.models import DbGiftItem
from planner.storage.types import EnumText, Money, UTCDateTime

# One afternoon of the Taipei summit seen from five places.
MOMENTS = [
    datetime(2024, 3, 18, 1, 0, tzinfo=ZoneInfo("Asia/Taipei")),  # 17 March in UTC
    datetime(2024, 3, 18, 10, 0, tzinfo=ZoneInfo("Europe/Kyiv")),  # winter time, UTC+2
    datetime(2024, 9, 27, 10, 0, tzinfo=ZoneInfo("Europe/Kyiv")),  # summer time, UTC+3
    datetime(2024, 9, 25, 9, 0, tzinfo=ZoneInfo("America/New_York")),
    datetime(2024, 11, 4, 18, 15, tzinfo=timezone(timedelta(hours=5, minutes=45))),
    datetime(2024, 12, 16, 12, 0, tzinfo=UTC),
]


@pytest.fixture
def probe(db: Database) -> Iterator[Table]:
    """A scratch table of the planner's own column types on the database under test."""
    metadata = MetaData()
    table = Table(
        "type_probe",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("moment", UTCDateTime()),
        Column("amount", Money()),
        Column("direction", EnumText(Direction)),
        Column("label", String(40)),
    )
    metadata.create_all(db.engine)
    yield table
    metadata.drop_all(db.engine)


def test_aware_datetimes_come_back_as_the_same_instants_in_utc(db: Database, probe: Table) -> None:
    with db.engine.begin() as connection:
        for n, moment in enumerate(MOMENTS):
            connection.execute(insert(probe).values(id=n, moment=moment))
    with db.engine.connect() as connection:
        back = connection.execute(select(probe.c.moment).order_by(probe.c.id)).scalars().all()
    assert back == MOMENTS  # equal as instants
    assert all(moment.utcoffset() == timedelta(0) for moment in back)
    assert back[0].date().isoformat() == "2024-03-17"


def test_the_database_orders_and_compares_moments_across_zones(db: Database, probe: Table) -> None:
    with db.engine.begin() as connection:
        for n, moment in enumerate(MOMENTS):
            connection.execute(insert(probe).values(id=n, moment=moment))
    with db.engine.connect() as connection:
        in_order = connection.execute(select(probe.c.moment).order_by(probe.c.moment)).scalars()
        assert list(in_order) == sorted(MOMENTS)
        # 10:00 in Kyiv in winter is 08:00 UTC: a plain comparison in SQL finds it.
        eight_utc = datetime(2024, 3, 18, 8, 0, tzinfo=UTC)
        found = connection.execute(select(probe.c.id).where(probe.c.moment == eight_utc))
        assert found.scalars().all() == [1]


# How each engine shows a stored moment in UTC, as text.
UTC_TEXT = {
    "sqlite": "SELECT moment FROM type_probe",  # no time zone type: UTC wall time is stored
    "postgresql": "SELECT (moment AT TIME ZONE 'UTC')::text FROM type_probe",
}


def test_the_stored_moment_is_utc(db: Database, probe: Table) -> None:
    with db.engine.begin() as connection:
        connection.execute(insert(probe).values(id=1, moment=MOMENTS[0]))
    with db.engine.connect() as connection:
        stored = connection.execute(text(UTC_TEXT[db.engine.dialect.name])).scalar()
    assert str(stored).startswith("2024-03-17 17:00:00")


def test_a_naive_datetime_is_refused_and_nothing_is_stored(db: Database, probe: Table) -> None:
    naive = datetime(2024, 9, 27, 10, 0)
    with pytest.raises(StatementError, match="naive datetime") as caught, db.engine.begin() as c:
        c.execute(insert(probe).values(id=1, moment=naive))
    assert isinstance(caught.value.orig, ValueError)
    with db.engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(probe)).scalar() == 0


def test_money_keeps_kopiykas_exact(db: Database, probe: Table) -> None:
    amount = Decimal("0.10") + Decimal("0.20")
    with db.engine.begin() as connection:
        connection.execute(insert(probe).values(id=1, amount=amount))
        connection.execute(insert(probe).values(id=2, amount=Decimal("12345678.90")))
        for n in range(3, 13):
            connection.execute(insert(probe).values(id=n, amount=Decimal("0.10")))
    with db.engine.connect() as connection:
        back = connection.execute(select(probe.c.amount).where(probe.c.id == 1)).scalar()
        assert back == Decimal("0.30")
        assert str(back) == "0.30"
        stored = connection.execute(text("SELECT amount FROM type_probe ORDER BY id")).scalars()
        assert list(stored)[:2] == [30, 1234567890]  # whole kopiykas: no float anywhere
        ten_times = select(func.sum(probe.c.amount)).where(probe.c.id >= 3)
        assert connection.execute(ten_times).scalar() == Decimal("1.00")


def test_an_enum_is_stored_as_its_plain_value(db: Database, probe: Table) -> None:
    with db.engine.begin() as connection:
        connection.execute(insert(probe).values(id=1, direction=Direction.OUTGOING))
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT direction FROM type_probe")).scalar() == "outgoing"
        assert connection.execute(select(probe.c.direction)).scalar() is Direction.OUTGOING


def test_a_gift_items_price_survives_the_orm_to_the_kopiyka(db: Database) -> None:
    with db.transaction() as session:
        item = DbGiftItem(name_uk="Чайний набір з гравіюванням", category="подарунок",
                          unit_cost=Decimal("0.10") + Decimal("0.20") + Decimal("849.70"))  # fmt: skip
        session.add(item)
        session.flush()
        item_id = item.id
    with db.reading() as session:
        assert session.get(DbGiftItem, item_id).unit_cost == Decimal("850.00")
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT unit_cost FROM gift_item")).scalar() == 85000
