"""Shared fixtures: real databases in temporary places, never mocks.

``db`` is a freshly opened planner database: a SQLite file in a temporary folder, and, when
``PLANNER_TEST_POSTGRESQL_URL`` names a PostgreSQL server (``.ci/run`` starts one), also a
fresh PostgreSQL database made from a migrated template. Without the variable the PostgreSQL
runs skip, saying why.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt draws offscreen in tests unless a developer points it at a real screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from planner.storage.database import Database, open_database

POSTGRESQL_URL_VARIABLE = "PLANNER_TEST_POSTGRESQL_URL"


@pytest.fixture(autouse=True)
def _private_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Data and config folders point at temporary ones: tests never touch the user's own."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))


class PostgresServer:
    """Makes one migrated template database, then a fresh copy of it per test."""

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine

        self.url = url
        self.admin = create_engine(url, isolation_level="AUTOCOMMIT")
        self.template = f"planner_template_{uuid.uuid4().hex[:8]}"
        self.made: list[str] = []
        self._execute(f'CREATE DATABASE "{self.template}"')
        open_database(self._url_of(self.template)).close()

    def _url_of(self, name: str) -> str:
        from sqlalchemy.engine import make_url

        return make_url(self.url).set(database=name).render_as_string(hide_password=False)

    def _execute(self, sql: str) -> None:
        from sqlalchemy import text

        with self.admin.connect() as connection:
            connection.execute(text(sql))

    def fresh(self) -> str:
        name = f"planner_test_{uuid.uuid4().hex[:12]}"
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
        self.made.append(name)
        return self._url_of(name)

    def drop(self, name_or_url: str) -> None:
        name = name_or_url.rsplit("/", 1)[-1]
        self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        for name in [*self.made, self.template]:
            self.drop(name)
        self.admin.dispose()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    url = os.environ.get(POSTGRESQL_URL_VARIABLE)
    if not url and os.environ.get("CI") == "true":
        # In CI a missing server is a broken set-up, not a reason to skip half the suite.
        pytest.fail(f"CI must run the PostgreSQL tests: {POSTGRESQL_URL_VARIABLE} is not set")
    if not url:
        pytest.skip(f"no PostgreSQL server: set {POSTGRESQL_URL_VARIABLE} (.ci/run does)")
    server = PostgresServer(url)
    yield server
    server.close()


@pytest.fixture
def sqlite_path(tmp_path: Path) -> Path:
    return tmp_path / "planner.sqlite3"


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new database, migrated once: copying it is five times faster than migrating anew."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    open_database(path).close()  # closing the last connection folds the WAL into the file
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def db(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    """A new, migrated planner database on each engine the suite can reach."""
    if request.param == "sqlite":
        path = tmp_path / "planner.sqlite3"
        shutil.copy2(sqlite_template, path)
        database = open_database(path, create=False)
    else:
        server: PostgresServer = request.getfixturevalue("postgres_server")
        database = open_database(server.fresh())
    yield database
    database.close()


@pytest.fixture
def sqlite_db(sqlite_path: Path) -> Iterator[Database]:
    """A planner database that is a SQLite file (for file-level checks: backups, permissions)."""
    database = open_database(sqlite_path)
    yield database
    database.close()
