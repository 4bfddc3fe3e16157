"""Storage fixtures: empty databases on each engine, for tests that build a schema themselves."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from planner.storage.database import database_url
from tests.conftest import PostgresServer


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a database with nothing in it: a SQLite file path not yet made, or a new,
    empty PostgreSQL database (not copied from the migrated template)."""
    if request.param == "sqlite":
        yield database_url(tmp_path / "old.sqlite3")
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    name = f"planner_empty_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server.url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(server.url).set(database=name).render_as_string(hide_password=False)
    finally:
        admin.dispose()
        server.drop(name)
