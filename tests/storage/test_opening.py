"""Opening a planner database: a new one is complete, a bad one is refused and left alone."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from planner.domain.checklists import DEFAULT_TEMPLATES
from planner.domain.errors import DatabaseProblem
from planner.storage.database import (
    Database,
    current_revision,
    head_revision,
    integrity_problems,
    open_database,
    safe_url,
)
from tests.storage.snapshots import count_rows, execute, file_digest, table_rows

MEASURE_CODES = [f"1.{n}" for n in range(1, 13)] + [f"2.{n}" for n in range(1, 7)]


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def refusal(path: Path, **options: bool) -> DatabaseProblem:
    with pytest.raises(DatabaseProblem) as caught:
        open_database(path, **options)
    return caught.value


@pytest.fixture
def open_umask() -> Iterator[None]:
    """A permissive umask, so that private files are private by the planner's doing."""
    previous = os.umask(0o000)
    yield
    os.umask(previous)


# A new database


def test_a_new_sqlite_file_is_created_at_the_head_revision(sqlite_path: Path) -> None:
    db = open_database(sqlite_path)
    try:
        assert db.report.created
        assert db.report.migrated_from is None
        assert db.report.backup_path is None
        assert current_revision(db.engine) == head_revision()
        assert integrity_problems(db.engine) == []
    finally:
        db.close()


def test_a_new_database_holds_the_default_programme(db: Database) -> None:
    assert current_revision(db.engine) == head_revision()
    with db.engine.connect() as connection:
        codes = connection.execute(
            text(
                "SELECT m.code FROM measure m JOIN programme_section s ON s.id = m.section_id "
                "ORDER BY s.position, m.position"
            )
        ).scalars()
        assert list(codes) == MEASURE_CODES
        programme = connection.execute(text("SELECT start_year, end_year FROM programme")).one()
        assert tuple(programme) == (2021, 2025)
        sections = connection.execute(
            text("SELECT number, title_uk FROM programme_section ORDER BY position")
        ).all()
        assert [tuple(s) for s in sections] == [
            ("I", "Міжнародне співробітництво"),
            ("II", "Промоція міста"),
        ]


def test_a_new_database_holds_the_checklist_templates_and_gift_limits(db: Database) -> None:
    with db.engine.connect() as connection:
        templates = connection.execute(
            text(
                "SELECT t.name_uk, COUNT(x.id) FROM checklist_template t "
                "JOIN template_task x ON x.template_id = t.id GROUP BY t.id, t.name_uk ORDER BY t.id"
            )
        ).all()
    assert [tuple(t) for t in templates] == [(t.name_uk, len(t.tasks)) for t in DEFAULT_TEMPLATES]
    assert count_rows(db, "gift_limit") == 6
    assert count_rows(db, "delegation") == 0


def test_opening_again_changes_nothing(sqlite_path: Path) -> None:
    open_database(sqlite_path).close()
    digest = file_digest(sqlite_path)
    again = open_database(sqlite_path)
    try:
        assert not again.report.created
        assert again.report.migrated_from is None
        assert again.report.backup_path is None
        assert count_rows(again, "measure") == len(MEASURE_CODES)
    finally:
        again.close()
    assert file_digest(sqlite_path) == digest
    assert sorted(p.name for p in sqlite_path.parent.iterdir()) == [sqlite_path.name]


def test_an_empty_file_becomes_a_planner_database(sqlite_path: Path) -> None:
    sqlite_path.touch()
    db = open_database(sqlite_path)
    try:
        assert db.report.created
        assert current_revision(db.engine) == head_revision()
    finally:
        db.close()


# SQLite settings


def test_sqlite_connections_enforce_foreign_keys_in_wal_mode_with_full_sync(
    sqlite_db: Database,
) -> None:
    expected = {"foreign_keys": 1, "journal_mode": "wal", "synchronous": 2, "busy_timeout": 10000}
    with sqlite_db.engine.connect() as connection:
        found = {p: connection.exec_driver_sql(f"PRAGMA {p}").scalar() for p in expected}
    assert found == expected
    with sqlite_db.transaction() as session:  # the engine the services write through
        found = {p: session.execute(text(f"PRAGMA {p}")).scalar() for p in expected}
    assert found == expected


def test_sqlite_refuses_a_row_pointing_at_nothing(sqlite_db: Database) -> None:
    with pytest.raises(IntegrityError, match="FOREIGN KEY"):
        execute(
            sqlite_db,
            "INSERT INTO task (version, delegation_id, title_uk, title_en, category, due_on, "
            "assignee, status, comment) VALUES (1, 999, 'Сирота', '', 'press', '2024-09-01', '', "
            "'open', '')",
        )
    assert count_rows(sqlite_db, "task") == 0


# Private files


def test_the_database_file_and_its_journal_are_readable_by_the_owner_only(
    sqlite_path: Path, open_umask: None
) -> None:
    db = open_database(sqlite_path)
    try:
        execute(db, "INSERT INTO setting (key, value) VALUES ('council_name', 'Міська рада')")
        files = [sqlite_path, *sqlite_path.parent.glob("*-wal"), *sqlite_path.parent.glob("*-shm")]
        assert len(files) == 3
        assert {f.name: mode_of(f) for f in files} == {f.name: 0o600 for f in files}
    finally:
        db.close()


def test_a_backup_is_a_private_consistent_copy(sqlite_db: Database, open_umask: None) -> None:
    execute(sqlite_db, "INSERT INTO setting (key, value) VALUES ('council_name', 'Міська рада')")
    target = sqlite_db.backup_to(sqlite_db.path.with_name("copy.sqlite3"))
    assert mode_of(target) == 0o600
    with sqlite3.connect(target) as copy:
        assert copy.execute("SELECT value FROM setting WHERE key = 'council_name'").fetchall() == [
            ("Міська рада",)
        ]
        assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    copy.close()


# Databases that are refused


def write_settings(path: Path, rows: int) -> None:
    """Enough data for a file of many pages."""
    db = open_database(path)
    try:
        for n in range(rows):
            execute(db, "INSERT INTO setting (key, value) VALUES (:k, :v)",
                    k=f"key-{n:05d}", v=f"Значення №{n} " * 20)  # fmt: skip
    finally:
        db.close()


@pytest.fixture(scope="module")
def healthy_file(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The bytes of a real planner database of about a hundred pages."""
    path = tmp_path_factory.mktemp("healthy") / "planner.sqlite3"
    write_settings(path, 400)
    return path.read_bytes()


PAGE_SIZE = 4096  # SQLite's default, which the planner keeps


@pytest.mark.parametrize(
    "where", [0.25, 0.5, 0.75], ids=["a quarter in", "half way", "near the end"]
)
def test_a_damaged_file_is_refused_as_damaged(
    sqlite_path: Path, healthy_file: bytes, where: float
) -> None:
    # SQLite reports some damage as rows of PRAGMA quick_check and some as an error
    # ("database disk image is malformed"); either way it is damage, not a foreign file.
    data = bytearray(healthy_file)
    assert len(data) >= 50 * PAGE_SIZE
    start = int(len(data) * where) // PAGE_SIZE * PAGE_SIZE
    data[start : start + PAGE_SIZE] = b"\xa5" * PAGE_SIZE  # one whole page of rubbish
    sqlite_path.write_bytes(bytes(data))
    digest = file_digest(sqlite_path)

    problem = refusal(sqlite_path)

    assert problem.code == "db_damaged"
    assert problem.message("uk").startswith("База даних пошкоджена (")
    assert problem.message("en").endswith("Restore it from a backup.")
    assert file_digest(sqlite_path) == digest


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(sqlite_path: Path) -> None:
    sqlite_path.write_text("Звіт про стан реалізації програми за 2024 рік\n" * 200)
    digest = file_digest(sqlite_path)

    problem = refusal(sqlite_path)

    assert problem.code == "db_not_planner"
    assert problem.params["path"] == str(sqlite_path)
    assert file_digest(sqlite_path) == digest
    assert sorted(p.name for p in sqlite_path.parent.iterdir()) == [sqlite_path.name]


def test_someone_elses_sqlite_database_is_refused_and_left_alone(sqlite_path: Path) -> None:
    with sqlite3.connect(sqlite_path) as foreign:
        foreign.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY, total REAL)")
        foreign.execute("INSERT INTO invoice (total) VALUES (99.5)")
    foreign.close()
    digest = file_digest(sqlite_path)

    problem = refusal(sqlite_path)

    assert problem.code == "db_not_planner"
    assert problem.message("en") == f"“{sqlite_path}” is not a planner database."
    assert file_digest(sqlite_path) == digest
    assert sorted(p.name for p in sqlite_path.parent.iterdir()) == [sqlite_path.name]
    with sqlite3.connect(sqlite_path) as foreign:
        assert foreign.execute("SELECT total FROM invoice").fetchall() == [(99.5,)]
        assert foreign.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    foreign.close()


def test_another_programs_alembic_database_is_refused_and_left_alone(sqlite_path: Path) -> None:
    """It has an alembic_version table too, at a revision we do not know: not "too new"."""
    with sqlite3.connect(sqlite_path) as foreign:
        foreign.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        foreign.execute("INSERT INTO alembic_version VALUES ('ae1027a6acf')")
        foreign.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY)")
    foreign.close()
    digest = file_digest(sqlite_path)

    assert refusal(sqlite_path).code == "db_not_planner"
    assert file_digest(sqlite_path) == digest
    assert sorted(p.name for p in sqlite_path.parent.iterdir()) == [sqlite_path.name]


def test_a_folder_is_refused(tmp_path: Path) -> None:
    assert refusal(tmp_path).code == "db_not_planner"


def test_a_missing_file_is_refused_when_creating_is_not_wanted(sqlite_path: Path) -> None:
    problem = refusal(sqlite_path, create=False)
    assert problem.code == "db_missing"
    assert problem.params["path"] == str(sqlite_path)
    assert not sqlite_path.exists()


def test_a_database_from_a_newer_planner_is_refused_and_left_alone(sqlite_path: Path) -> None:
    open_database(sqlite_path).close()
    with sqlite3.connect(sqlite_path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    raw.close()
    digest = file_digest(sqlite_path)

    problem = refusal(sqlite_path)

    assert problem.code == "db_too_new"
    assert problem.params["found"] == "0099_from_the_future"
    assert "0099_from_the_future" in problem.message("uk")
    assert file_digest(sqlite_path) == digest
    assert not list(sqlite_path.parent.glob("*.before-*"))  # not even a backup was made


def test_a_database_from_a_newer_planner_is_refused_on_every_engine(db: Database) -> None:
    execute(db, "UPDATE alembic_version SET version_num = '0099_from_the_future'")
    with pytest.raises(DatabaseProblem) as caught:
        open_database(db.url)
    assert caught.value.code == "db_too_new"
    assert table_rows(db, "measure")  # the catalogue is still there
    assert current_revision(db.engine) == "0099_from_the_future"


def test_an_unreachable_server_is_reported_as_unavailable() -> None:
    with pytest.raises(DatabaseProblem) as caught:
        open_database("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")
    assert caught.value.code == "db_unavailable"


def test_a_server_password_is_never_shown_or_remembered() -> None:
    url = "postgresql+psycopg://protocol:s3cret@db.council.local:5432/planner"
    assert safe_url(url) == "postgresql+psycopg://protocol:***@db.council.local:5432/planner"
    assert "s3cret" not in safe_url(url)
