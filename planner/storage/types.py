"""Column types registered once: aware UTC datetimes, money in minor units, string enums.

They keep the model free of anything SQLite-only: the same columns work on PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import BigInteger, DateTime, Dialect, String, TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """A time-zone-aware datetime, stored in UTC; a naive datetime is a bug and refused."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r} cannot be stored")
        utc = value.astimezone(UTC)
        # SQLite has no time zone type: keep UTC wall time there, an aware value elsewhere.
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        moment: datetime = datetime.fromisoformat(value) if isinstance(value, str) else value
        if moment.tzinfo is None:
            return moment.replace(tzinfo=UTC)
        return moment.astimezone(UTC)


class Money(TypeDecorator[Decimal]):
    """Hryvnias with kopiykas as a ``Decimal``, stored exactly as an integer number of kopiykas."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        return int((Decimal(value) * 100).to_integral_value())

    def process_result_value(self, value: int | None, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(value) / 100).quantize(Decimal("0.01"))


E = TypeVar("E", bound=StrEnum)


class EnumText(TypeDecorator[E]):
    """A ``StrEnum`` stored as its plain value: readable in SQL, no database enum to migrate."""

    impl = String(40)
    cache_ok = True

    def __init__(self, enum_class: type[E]) -> None:
        super().__init__()
        self.enum_class = enum_class

    def process_bind_param(self, value: E | str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return self.enum_class(value).value

    def process_result_value(self, value: str | None, dialect: Dialect) -> E | None:
        if value is None:
            return None
        return self.enum_class(value)


SORT_KEY_LENGTH = 1200


def sort_key_type() -> String:
    """An ASCII sort-key column, compared byte by byte on every database."""
    plain = String(SORT_KEY_LENGTH)
    return plain.with_variant(String(SORT_KEY_LENGTH, collation="C"), "postgresql")
