"""Copying between ORM rows and the domain's immutable records.

Nothing above storage ever holds an ORM row: services turn rows into records here before the
session closes, so no caller meets a detached instance or a lazy load.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any, TypeVar

from planner.storage.models import Base

R = TypeVar("R")

_NEVER_COPIED = frozenset({"id", "version"})


def to_record(record_class: type[R], row: Base, **extra: Any) -> R:
    """Build ``record_class`` from the same-named attributes of ``row`` (lists become tuples)."""
    values: dict[str, Any] = {}
    for field in fields(record_class):  # type: ignore[arg-type]
        if field.name in extra:
            continue
        if hasattr(row, field.name):
            value = getattr(row, field.name)
            values[field.name] = tuple(value) if isinstance(value, list) else value
    values.update(extra)
    return record_class(**values)


def copy_into(row: Base, record: object, *, skip: frozenset[str] = frozenset()) -> None:
    """Write a record's plain fields onto ``row``; relations and id/version are left alone."""
    columns = set(row.__table__.columns.keys())
    for field in fields(record):  # type: ignore[arg-type]
        name = field.name
        if name in _NEVER_COPIED or name in skip or name not in columns:
            continue
        value = getattr(record, name)
        setattr(row, name, list(value) if isinstance(value, tuple) else value)
