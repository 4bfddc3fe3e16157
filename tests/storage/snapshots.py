"""What a database holds, read with plain SQL, to prove that a refused action wrote nothing."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text

from planner.storage.database import Database
from planner.storage.models import Base


def table_rows(db: Database, table: str) -> list[tuple[Any, ...]]:
    """Every row of ``table`` in primary key order, as the database returns it."""
    model_table = Base.metadata.tables[table]
    query = select(model_table).order_by(*model_table.primary_key.columns)
    with db.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(query)]


def table_dicts(db: Database, table: str) -> list[dict[str, Any]]:
    """Every row of ``table`` in primary key order, by column name."""
    model_table = Base.metadata.tables[table]
    query = select(model_table).order_by(*model_table.primary_key.columns)
    with db.engine.connect() as connection:
        return [dict(row._mapping) for row in connection.execute(query)]


def count_rows(db: Database, table: str) -> int:
    with db.engine.connect() as connection:
        return int(
            connection.execute(
                select(func.count()).select_from(Base.metadata.tables[table])
            ).scalar_one()
        )


def all_rows(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """The whole content of the planner's tables, the schema revision included."""
    content = {table: table_rows(db, table) for table in Base.metadata.tables}
    with db.engine.connect() as connection:
        content["alembic_version"] = [
            tuple(r) for r in connection.execute(text("SELECT version_num FROM alembic_version"))
        ]
    return content


@contextmanager
def nothing_written(db: Database) -> Iterator[None]:
    """Asserts that the block leaves every table exactly as it was.

    Use it outside ``pytest.raises``: ``with nothing_written(db), pytest.raises(...):``.
    """
    before = all_rows(db)
    yield
    after = all_rows(db)
    changed = sorted(table for table in before if before[table] != after[table])
    assert not changed, f"tables written by a refused action: {changed}"


def execute(db: Database, sql: str, **params: Any) -> int:
    """Run one statement of plain SQL, committed, outside the services; the rows it changed."""
    with db.engine.begin() as connection:
        return connection.execute(text(sql), params).rowcount


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
