"""Alembic environment: runs migrations on the connection the planner hands over.

The planner opens databases itself (``planner.storage.database.upgrade``) and passes the
connection in ``config.attributes["connection"]``; the ``sqlalchemy.url`` option serves the
developer's ``alembic`` command line only. SQLite alters tables in batch mode (copy and move).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from planner.storage.models import Base

target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(context.config.get_main_option("sqlalchemy.url") or "")
    with engine.begin() as own_connection:
        _run(own_connection)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline (SQL script) migrations are not supported")
run_migrations_online()
