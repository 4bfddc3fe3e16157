"""What every use case shares: loading a row for an edit with the stale-save check, saving a
record through its validation rule, and writing a file so that it is whole or not there."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from planner.domain.errors import NotFoundError, PlannerError, StaleEditError, ValidationError
from planner.storage.database import Database
from planner.storage.mapping import copy_into, to_record
from planner.storage.models import Base, bounded_sort_key

R = TypeVar("R")
Row = TypeVar("Row", bound=Base)


@dataclass(frozen=True)
class RecordKind(Generic[R, Row]):
    """How one kind of record is stored and checked."""

    name: str
    row_class: type[Row]
    record_class: type[R]
    check: Callable[[R], None]
    # Columns whose change a colleague's calendar must take as a new revision of the event:
    # a save that changes one raises the row's SEQUENCE (rows with a calendar entry only).
    calendar_fields: tuple[str, ...] = ()

    def to_record(self, row: Row, **extra: Any) -> R:
        return to_record(self.record_class, row, **extra)


def now() -> datetime:
    return datetime.now(UTC)


def fetch(session: Session, kind: RecordKind[Any, Row], record_id: int) -> Row:
    """The live row, or ``NotFoundError`` (also for a deleted one)."""
    row = session.get(kind.row_class, record_id)
    if row is None or getattr(row, "deleted_at", None) is not None:
        raise NotFoundError(kind.name, record_id)
    return row


def fetch_for_update(
    session: Session, kind: RecordKind[Any, Row], record_id: int, version: int
) -> Row:
    """The row to change, refused if someone saved a newer version since ``version`` was read."""
    row = fetch(session, kind, record_id)
    if getattr(row, "version") != version:  # noqa: B009 - every editable row has it
        raise StaleEditError(kind.name, record_id)
    return row


def save_row(session: Session, kind: RecordKind[R, Row], record: R) -> Row:
    """Validate and write ``record``: insert when it has no id, else update its row."""
    kind.check(record)
    record_id: int | None = getattr(record, "id")  # noqa: B009
    if record_id is None:
        row = kind.row_class()
        copy_into(row, record)
        session.add(row)
    else:
        row = fetch_for_update(session, kind, record_id, getattr(record, "version"))  # noqa: B009
        before = [getattr(row, name) for name in kind.calendar_fields]
        copy_into(row, record)
        # Every save counts as a change of the row, also one that only changes its links
        # (partners, measures, attendees): the version goes up, so a stale save is caught.
        flag_modified(row, _first_data_column(row))
        if before != [getattr(row, name) for name in kind.calendar_fields]:
            _next_calendar_revision(row)
    if kind.calendar_fields:
        setattr(row, "changed_at", now())  # noqa: B010
    session.flush()
    return row


def _next_calendar_revision(row: Base) -> None:
    setattr(row, "ical_sequence", (getattr(row, "ical_sequence", None) or 0) + 1)  # noqa: B010


def get_record(db: Database, kind: RecordKind[R, Row], record_id: int) -> R:
    """One live record as the domain sees it."""
    with db.reading() as session:
        return kind.to_record(fetch(session, kind, record_id))


def delete_record(db: Database, kind: RecordKind[Any, Any], record_id: int, version: int) -> None:
    """Delete as one user action: the record is hidden, and ``restore`` brings it back."""
    with db.transaction() as session:
        soft_delete(session, kind, record_id, version)


def _first_data_column(row: Base) -> str:
    keys = row.__table__.columns.keys()
    return next(key for key in keys if key not in ("id", "version"))


def soft_delete(session: Session, kind: RecordKind[Any, Row], record_id: int, version: int) -> None:
    row = fetch_for_update(session, kind, record_id, version)
    setattr(row, "deleted_at", now())  # noqa: B010
    if kind.calendar_fields:  # gone from the calendar: a new revision of the event
        _next_calendar_revision(row)
        setattr(row, "changed_at", now())  # noqa: B010
    session.flush()


def restore(session: Session, kind: RecordKind[R, Row], record_id: int) -> Row:
    row = session.get(kind.row_class, record_id)
    if row is None:
        raise NotFoundError(kind.name, record_id)
    setattr(row, "deleted_at", None)  # noqa: B010
    if kind.calendar_fields:
        _next_calendar_revision(row)
        setattr(row, "changed_at", now())  # noqa: B010
    session.flush()
    return row


def live(row_class: type[Row]) -> Any:
    """A SELECT of the rows of ``row_class`` that are not deleted."""
    return select(row_class).where(row_class.deleted_at.is_(None))  # type: ignore[attr-defined]


def refuse_duplicate(
    session: Session,
    row_class: type[Row],
    record_id: int | None,
    field: str,
    name: str,
    *same: Any,
) -> None:
    """Refuse a second live record whose name sorts the same (case, accents and punctuation
    aside) and that agrees on the ``same`` conditions."""
    query = live(row_class).where(
        row_class.sort_key == bounded_sort_key(name),  # type: ignore[attr-defined]
        row_class.id != (record_id or 0),  # type: ignore[attr-defined]
        *same,
    )
    if session.scalar(query) is not None:
        raise ValidationError.single(field, "duplicate", value=name)


def write_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` to a new file beside ``target``, then rename it over ``target``."""
    writing = target.with_name(f".{target.name}.{secrets.token_hex(4)}.writing")
    try:
        descriptor = os.open(writing, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(writing, target)
    except OSError as problem:
        writing.unlink(missing_ok=True)
        detail = problem.strerror or str(problem)
        raise PlannerError("cannot_write_file", path=str(target), detail=detail) from problem
