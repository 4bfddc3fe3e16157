"""Opening a planner database: engine set-up, checks, backup, migration, and transactions.

A SQLite file is the embedded default (a PostgreSQL URL serves a department sharing one
database). Opening checks the file (``PRAGMA quick_check``), refuses a database written by a
newer planner, copies an older one aside with SQLite's backup API and then upgrades it with
Alembic. Every user action runs in one ``transaction()``: it commits whole or not at all.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs
from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, DataError, IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from planner.domain.errors import DatabaseProblem, StaleEditError

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

APP_NAME = "delegation-planner"
DEFAULT_FILE_NAME = "planner.sqlite3"
# A table every revision of the planner's schema has: a database without it is not ours.
_PLANNER_TABLE = "delegation"
# The newest migration under db/versions. A database already there opens without loading
# Alembic at all (a third of the planner's start-up); a test keeps this in step with Alembic.
HEAD_REVISION = "0007_activities_reports"


def default_database_path() -> Path:
    """The embedded default: a SQLite file in the per-user data folder."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DEFAULT_FILE_NAME


def database_url(url_or_path: str | os.PathLike[str]) -> str:
    """Accept a plain file path or any SQLAlchemy URL."""
    value = os.fspath(url_or_path)
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def safe_url(url: str) -> str:
    """A database URL fit to show or remember: any password is masked."""
    return make_url(url).render_as_string(hide_password=True)


def alembic_config(url: str | None = None) -> Config:
    from alembic.config import Config

    script_location = str(resources.files("planner.migrations"))
    config = Config()
    config.set_main_option("script_location", script_location)
    if url:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


@dataclass(frozen=True)
class OpenReport:
    """What happened while opening: for the status bar and the command line."""

    created: bool
    migrated_from: str | None
    backup_path: Path | None


def _private_file(path: Path) -> None:
    """Create ``path`` readable by its owner only (the data inside is personal data)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL; None for a server or an in-memory database."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _install_sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy's "begin" below decide how transactions start (pysqlite's own
        # transaction handling would begin them late and deferred).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        # FULL: a protocol office cannot afford to lose the last saved change on power loss;
        # the extra fsync per commit is invisible at one user action per transaction.
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA busy_timeout = 10000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        # Writers take the lock up front so that two officers never both read, then both
        # fail to upgrade to a write lock half-way through a save.
        write = connection.get_execution_options().get("planner_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


class Database:
    """One open planner database. Services take it and run each user action in a transaction."""

    def __init__(self, url: str, engine: Engine, report: OpenReport) -> None:
        self.url = url
        self.engine = engine
        self._write_engine = engine.execution_options(planner_write=True)
        self.report = report
        self.path = sqlite_file(url)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def display_name(self) -> str:
        return str(self.path) if self.path else safe_url(self.url)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: everything inside commits together, or nothing is written."""
        with Session(self._write_engine, expire_on_commit=False, autoflush=True) as session:
            try:
                with session.begin():
                    yield session
            except StaleDataError as exc:
                raise StaleEditError(_stale_record(exc), None) from exc
            except OperationalError as exc:
                raise _environment_problem(exc) from exc
            except (IntegrityError, DataError) as exc:
                # The services check first; this is the database's last word (a race between
                # two officers, a value too long for PostgreSQL): one line, nothing written.
                detail = str(exc.orig) if exc.orig is not None else str(exc)
                raise DatabaseProblem("db_refused", detail=" ".join(detail.split())) from exc

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A consistent read: nothing inside may write."""
        with Session(self.engine, expire_on_commit=False, autoflush=False) as session:
            try:
                with session.begin():
                    yield session
                    session.rollback()
            except OperationalError as exc:
                raise _environment_problem(exc) from exc

    def backup_to(self, target: Path) -> Path:
        """A consistent copy of a SQLite database, taken with SQLite's online backup API."""
        if self.path is None:
            raise DatabaseProblem("db_unavailable", detail="backups are made by the server")
        _backup_file(self.path, target)
        return target

    def close(self) -> None:
        self.engine.dispose()


def _stale_record(exc: StaleDataError) -> str:
    """The record kind from SQLAlchemy's "UPDATE statement on table 'x' expected …" message."""
    found = re.search(r"table '(\w+)'", str(exc))
    return found.group(1) if found else "record"


def _environment_problem(exc: OperationalError) -> DatabaseProblem:
    detail = str(exc.orig) if exc.orig is not None else str(exc)
    if "locked" in detail or "busy" in detail:
        return DatabaseProblem("db_busy")
    return DatabaseProblem("db_unavailable", detail=detail)


def _quick_check(engine: Engine) -> None:
    with engine.connect() as connection:
        rows = [r[0] for r in connection.exec_driver_sql("PRAGMA quick_check").fetchall()]
    if rows != ["ok"]:
        raise DatabaseProblem("db_damaged", detail="; ".join(str(r) for r in rows[:3]))


def _timestamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S")


def backup_path_for(path: Path, revision: str) -> Path:
    return path.with_name(f"{path.stem}.before-{revision}.{_timestamp()}{path.suffix}")


def open_database(
    url_or_path: str | os.PathLike[str] | None = None,
    *,
    create: bool = True,
    migrate: bool = True,
) -> Database:
    """Open (and if needed create or upgrade) a planner database.

    Raises ``DatabaseProblem`` with a clear message for a missing, damaged, foreign or
    too-new database; nothing is changed in those cases.
    """
    url = database_url(url_or_path if url_or_path is not None else default_database_path())
    path = sqlite_file(url)
    created = False
    if path is not None:
        if path.is_dir():
            raise DatabaseProblem("db_not_planner", path=str(path))
        if not path.exists():
            if not create:
                raise DatabaseProblem("db_missing", path=str(path))
            try:
                _private_file(path)
            except OSError as exc:  # no such folder, no permission, a read-only disk
                raise DatabaseProblem("db_unavailable", detail=f"{path}: {exc.strerror}") from exc
            created = True
        else:
            _refuse_foreign_file(path)

    try:
        engine = create_engine(url)
    except Exception as exc:  # a malformed URL or a driver that is not installed
        raise DatabaseProblem("db_unavailable", detail=str(exc)) from exc
    if engine.dialect.name == "sqlite":
        _install_sqlite_pragmas(engine)

    try:
        report = _prepare(engine, path, created, migrate)
    except DatabaseProblem:
        engine.dispose()
        raise
    except DatabaseError as exc:
        engine.dispose()
        detail = str(exc.orig) if exc.orig is not None else str(exc)
        if "malformed" in detail:  # SQLITE_CORRUPT: our file, damaged
            raise DatabaseProblem("db_damaged", detail=detail) from exc
        if "not a database" in detail:
            raise DatabaseProblem("db_not_planner", path=str(path or url)) from exc
        raise DatabaseProblem("db_unavailable", detail=detail) from exc
    return Database(url, engine, report)


def _refuse_foreign_file(path: Path) -> None:
    """Look at an existing SQLite file read-only first: connecting with the planner's settings
    switches a file to WAL mode, and someone else's database must be left as it was."""
    try:
        probe = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return  # opening it below reports what is wrong
    try:
        tables = {
            name for (name,) in probe.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    except sqlite3.DatabaseError:
        return  # not a database, or damaged: opening it below tells which
    finally:
        probe.close()
    # Every planner schema has its delegations; another program's Alembic database has not.
    if tables and _PLANNER_TABLE not in tables:
        raise DatabaseProblem("db_not_planner", path=str(path))


def _prepare(engine: Engine, path: Path | None, created: bool, migrate: bool) -> OpenReport:
    if engine.dialect.name == "sqlite":
        _quick_check(engine)
    if _already_at_head(engine):
        return OpenReport(created=False, migrated_from=None, backup_path=None)
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        tables = set(inspect(connection).get_table_names())
    if tables and (current is None or _PLANNER_TABLE not in tables):
        # Tables, but not ours: never migrate someone else's database.
        raise DatabaseProblem("db_not_planner", path=str(path or engine.url))
    if current is not None:
        known = {rev.revision for rev in script.walk_revisions()}
        if current not in known:
            raise DatabaseProblem("db_too_new", found=current)
    if current == head:
        return OpenReport(created=False, migrated_from=None, backup_path=None)
    if current is not None and not migrate:
        # A read-only look (``planner check``) reports an old schema instead of upgrading it.
        raise DatabaseProblem("db_needs_upgrade", found=current, expected=head)

    backup: Path | None = None
    if current is not None and path is not None:
        backup = backup_path_for(path, current)
        _backup_file(path, backup)
        log.info("backed up %s to %s before migrating from %s", path, backup, current)
    upgrade(engine, "head")
    return OpenReport(created=created or current is None, migrated_from=current, backup_path=backup)


def _already_at_head(engine: Engine) -> bool:
    """Whether the database is a planner database at ``HEAD_REVISION`` (read with plain SQL)."""
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        if not {"alembic_version", _PLANNER_TABLE} <= tables:
            return False
        versions = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    return [tuple(row) for row in versions] == [(HEAD_REVISION,)]


def _backup_file(path: Path, target: Path) -> None:
    try:
        _private_file(target)
    except OSError as exc:
        raise DatabaseProblem("db_unavailable", detail=f"{target}: {exc.strerror}") from exc
    source = sqlite3.connect(path)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()


def upgrade(engine: Engine, revision: str) -> None:
    """Run Alembic's upgrade on ``engine`` up to ``revision`` in one transaction."""
    from alembic import command

    config = alembic_config()
    with migrating(engine) as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


@contextmanager
def migrating(engine: Engine) -> Iterator[Connection]:
    """A transaction in which tables may be rebuilt.

    SQLite's batch mode copies a table, drops the old one and renames the copy. With foreign
    keys on, that drop would first delete every row pointing at it (ON DELETE CASCADE: a
    visit's whole programme) or fail (RESTRICT). So foreign keys are off while migrating (the
    pragma only takes effect outside a transaction) and checked before the commit instead.
    """
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection if engine.dialect.name == "sqlite" else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                yield connection
                if raw is not None:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise DatabaseProblem(
                            "db_unavailable",
                            detail=f"migration left {len(broken)} broken references",
                        )
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def integrity_problems(engine: Engine) -> list[str]:
    """SQLite's own integrity and foreign key checks; empty when all is well."""
    if engine.dialect.name != "sqlite":
        return []
    problems: list[str] = []
    with engine.connect() as connection:
        result = [r[0] for r in connection.exec_driver_sql("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            problems.extend(str(r) for r in result)
        for row in connection.execute(text("PRAGMA foreign_key_check")).fetchall():
            problems.append(f"foreign key: table {row[0]} row {row[1]} -> {row[2]}")
    return problems
