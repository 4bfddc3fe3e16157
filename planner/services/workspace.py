"""Opening a planner database for the application and the command line: the handle that every
use case takes, and the first-run experience (a new user sees the demo year first)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from planner.domain.errors import DatabaseProblem
from planner.storage.database import (
    Database,
    OpenReport,
    database_url,
    default_database_path,
    open_database,
    safe_url,
    sqlite_file,
)

__all__ = [
    "Database",
    "OpenReport",
    "back_up",
    "database_url",
    "default_database_path",
    "open_database",
    "open_workspace",
    "safe_url",
    "sqlite_file",
    "suggested_backup_name",
]


def open_workspace(
    database: str | os.PathLike[str] | None, *, first_run_year: int | None = None
) -> tuple[Database, bool]:
    """Open ``database`` (or the per-user default). When the default does not exist yet it is
    created with the demo year in it, so that a new user sees a working year first.

    Returns the database and whether the demo year was just written.
    """
    if database is not None:
        return open_database(database), False
    path: Path = default_database_path()
    if path.exists():
        return open_database(path), False
    from planner.services.demo import write_demo_year  # only needed on the first run

    db = open_database(path)
    write_demo_year(db, first_run_year or date.today().year, today=date.today())
    return db, True


def suggested_backup_name(db: Database, today: date) -> str:
    """ "visits-backup-2026-11-22.sqlite3" for a database file called visits.sqlite3."""
    stem = db.path.stem if db.path is not None else "planner"
    return f"{stem}-backup-{today:%Y-%m-%d}.sqlite3"


def back_up(db: Database, target: str | os.PathLike[str]) -> Path:
    """A consistent copy of the open database at ``target`` (taken while others may write)."""
    target_path = Path(target)
    if db.path is not None and target_path.resolve() == db.path.resolve():
        raise DatabaseProblem("backup_onto_itself")
    return db.backup_to(target_path)
