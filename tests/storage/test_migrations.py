"""Upgrading a database made by the first revision: the data survives, a backup is kept, and the
schema ends up exactly what the ORM model describes."""

from __future__ import annotations

import sqlite3
import stat
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext

from planner.domain import text
from planner.storage.database import (
    Database,
    _install_sqlite_pragmas,
    current_revision,
    head_revision,
    integrity_problems,
    migrating,
    open_database,
    upgrade,
)
from planner.storage.models import Base
from planner.storage.types import UTCDateTime
from tests.storage.snapshots import count_rows, table_dicts

FIRST = "0001_first_schema"
CITY_DAY_RECEPTION = datetime(2024, 9, 27, 7, 0, tzinfo=UTC)  # 10:00 in Kyiv


def column_type(value: object) -> Any:
    if isinstance(value, datetime):
        return UTCDateTime()
    if isinstance(value, date):
        return sa.Date()
    if isinstance(value, list):
        return sa.JSON()
    return None


def insert(connection: sa.Connection, table: str, **values: object) -> None:
    """INSERT one row by column name only: nothing of today's model is involved."""
    target = sa.table(table, *(sa.column(name, column_type(v)) for name, v in values.items()))
    connection.execute(sa.insert(target).values(**values))


def searchable(name: str, *parts: str) -> dict[str, str]:
    return {"search_text": text.search_text(name, *parts), "sort_key": text.sort_key(name)}


def fill_first_schema(connection: sa.Connection) -> None:
    """A year's worth of records in miniature, written as the first release would have."""
    insert(
        connection,
        "partner",
        id=1,
        version=3,
        kind="city",
        name_uk="Прага 6",
        name_en="Prague 6",
        name_native="Praha 6",
        country="CZ",
        city="Прага",
        website="",
        notes="",
        **searchable("Прага 6", "Prague 6", "Praha 6", "Прага", "CZ"),
    )
    insert(
        connection,
        "delegation",
        id=1,
        version=2,
        direction="incoming",
        title_uk="Делегація Праги 6 на День міста",
        title_en="Prague 6 at City Day",
        purpose="",
        start_date=date(2024, 9, 27),
        end_date=date(2024, 9, 29),
        timezone="Europe/Kyiv",
        place="",
        place_key="",
        country="UA",
        status="confirmed",
        responsible_officer="",
        notes="",
        **searchable("Делегація Праги 6 на День міста", "Prague 6 at City Day", "", ""),
    )
    insert(connection, "delegation_partner", delegation_id=1, partner_id=1)
    insert(
        connection,
        "person",
        id=1,
        version=1,
        family_name="Коваль",
        given_names="Ґанна",
        family_name_latin="Koval",
        given_names_latin="Hanna",
        honorific="",
        position="",
        position_en="",
        organisation="",
        country="UA",
        languages=["uk", "en"],
        email="",
        phone="",
        notes="",
        dietary_needs="",
        accessibility_needs="",
        passport_name="",
        passport_number="",
        passport_country="",
        search_text=text.search_text("Ґанна", "Коваль", "Hanna", "Koval", "", "", ""),
        sort_key=text.sort_key("Коваль Ґанна"),
    )
    insert(
        connection,
        "participation",
        id=1,
        version=1,
        delegation_id=1,
        person_id=1,
        role="head",
        precedence=1,
        arrival_number="",
        arrival_place="",
        departure_number="",
        departure_place="",
        hotel="",
        notes="",
    )
    insert(
        connection,
        "agenda_item",
        id=1,
        version=1,
        delegation_id=1,
        starts_at=CITY_DAY_RECEPTION,
        ends_at=CITY_DAY_RECEPTION.replace(hour=8),
        title_uk="Прийом у міського голови",
        title_en="",
        description="",
        dress_code="",
        transport="",
        notes="",
        status="planned",
    )
    insert(
        connection,
        "gift_item",
        id=1,
        version=1,
        name_uk="Вишиванка",
        name_en="",
        category="одяг",
        unit_cost=150050,
        supplier="",
        reorder_level=0,
        photo_path="",
        notes="",
        quantity_on_hand=4,
        **searchable("Вишиванка", "", "одяг", ""),
    )
    insert(
        connection,
        "stock_movement",
        id=1,
        item_id=1,
        kind="purchase",
        on=date(2024, 3, 1),
        quantity=4,
        unit_cost=150050,
        supplier="",
        document_number="",
        reason="",
        recorded_at=datetime(2024, 3, 1, 9, 0, tzinfo=UTC),
    )
    # An office that wrote its own checklist before the catalogue existed keeps it alone.
    insert(
        connection,
        "checklist_template",
        id=1,
        version=1,
        name_uk="Наш власний чек-лист",
        name_en="",
        visit_kind="incoming_official",
    )
    insert(connection, "setting", key="council_name", value="Хмельницька міська рада")  # fmt: skip


def make_first_schema_database(url: str) -> None:
    """What the first release left on a user's disk (or server): its schema, then data."""
    engine = sa.create_engine(url)
    if engine.dialect.name == "sqlite":
        _install_sqlite_pragmas(engine)  # as the first release opened its files: WAL and all
    try:
        upgrade(engine, FIRST)
        with engine.begin() as connection:
            fill_first_schema(connection)
    finally:
        engine.dispose()


def assert_first_schema_data(db: Database) -> None:
    def only(table: str, *columns: str) -> tuple[object, ...]:
        (row,) = table_dicts(db, table)
        return tuple(row[c] for c in columns)

    assert only("partner", "name_uk", "name_en", "version") == ("Прага 6", "Prague 6", 3)
    assert only("delegation", "title_uk", "start_date", "status", "version") == (
        "Делегація Праги 6 на День міста", date(2024, 9, 27), "confirmed", 2,
    )  # fmt: skip
    assert only("delegation_partner", "delegation_id", "partner_id") == (1, 1)
    assert only("person", "family_name", "given_names", "languages") == (
        "Коваль", "Ґанна", ["uk", "en"],
    )  # fmt: skip
    assert only("participation", "person_id", "role") == (1, "head")
    assert only("agenda_item", "starts_at", "title_uk") == (
        CITY_DAY_RECEPTION, "Прийом у міського голови",
    )  # fmt: skip
    assert only("gift_item", "unit_cost", "quantity_on_hand") == (Decimal("1500.50"), 4)
    assert only("stock_movement", "quantity", "on") == (4, date(2024, 3, 1))
    assert only("checklist_template", "name_uk") == ("Наш власний чек-лист",)
    settings = {row["key"]: row["value"] for row in table_dicts(db, "setting")}
    assert settings["council_name"] == "Хмельницька міська рада"
    # 0003: the calendar's fields start empty, and the database has an identity of its own.
    assert only("delegation", "ical_uid", "ical_sequence", "changed_at") == ("", 0, None)
    assert only("agenda_item", "ical_uid", "ical_sequence", "changed_at") == ("", 0, None)
    assert len(settings["calendar_identity"]) == 32
    int(settings["calendar_identity"], 16)


def schema_differences(db: Database) -> list[Any]:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "compare_server_default": True}
        )
        return list(compare_metadata(context, Base.metadata))


def test_a_first_schema_database_is_upgraded_with_its_data(empty_url: str) -> None:
    make_first_schema_database(empty_url)

    db = open_database(empty_url)
    try:
        assert db.report.migrated_from == FIRST
        assert not db.report.created
        assert current_revision(db.engine) == head_revision()
        assert_first_schema_data(db)
        # The catalogue arrived where the tables were empty, and only there.
        assert count_rows(db, "measure") == 18
        assert count_rows(db, "gift_limit") == 6
        assert count_rows(db, "checklist_template") == 1
    finally:
        db.close()


def test_the_upgraded_schema_matches_the_model(empty_url: str) -> None:
    make_first_schema_database(empty_url)
    db = open_database(empty_url)
    try:
        assert schema_differences(db) == []
        assert integrity_problems(db.engine) == []
    finally:
        db.close()


def test_a_new_database_schema_matches_the_model(db: Database) -> None:
    assert schema_differences(db) == []


def test_before_upgrading_a_sqlite_file_a_private_backup_of_the_old_revision_is_kept(
    tmp_path: Path,
) -> None:
    path = tmp_path / "planner.sqlite3"
    make_first_schema_database(f"sqlite:///{path}")

    db = open_database(path)
    try:
        backup = db.report.backup_path
        assert backup is not None
        assert backup.parent == path.parent
        assert backup.name.startswith(f"planner.before-{FIRST}.")
    finally:
        db.close()

    assert backup.is_file()
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    with sqlite3.connect(backup) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchall() == [(FIRST,)]
        assert old.execute("SELECT name_uk, quantity_on_hand FROM gift_item").fetchall() == [
            ("Вишиванка", 4)
        ]
        assert old.execute("SELECT title_uk FROM delegation").fetchall() == [
            ("Делегація Праги 6 на День міста",)
        ]
        assert old.execute("SELECT COUNT(*) FROM measure").fetchone() == (0,)
        assert old.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    old.close()


def test_only_a_sqlite_upgrade_copies_the_file_first(empty_url: str) -> None:
    # A PostgreSQL server is backed up by its administrator, not by one user's planner.
    make_first_schema_database(empty_url)
    db = open_database(empty_url)
    try:
        assert (db.report.backup_path is not None) == db.is_sqlite
    finally:
        db.close()


def test_an_upgraded_database_opens_again_without_another_upgrade(empty_url: str) -> None:
    make_first_schema_database(empty_url)
    open_database(empty_url).close()
    again = open_database(empty_url)
    try:
        assert again.report.migrated_from is None
        assert again.report.backup_path is None
        assert count_rows(again, "measure") == 18
    finally:
        again.close()


@pytest.mark.parametrize("revision", [FIRST, "head"])
def test_upgrading_an_empty_database_step_by_step_ends_at_the_same_head(
    empty_url: str, revision: str
) -> None:
    engine = sa.create_engine(empty_url)
    try:
        upgrade(engine, revision)
        assert current_revision(engine) == (FIRST if revision == FIRST else head_revision())
    finally:
        engine.dispose()
    db = open_database(empty_url)
    try:
        assert current_revision(db.engine) == head_revision()
        assert count_rows(db, "measure") == 18
        assert count_rows(db, "checklist_template") == 5
    finally:
        db.close()


def rebuild_delegation_table(connection: sa.Connection) -> None:
    """What a later migration does to change a column on SQLite: copy, drop, rename."""
    context = MigrationContext.configure(connection, opts={"render_as_batch": True})
    operations = Operations(context)
    with operations.batch_alter_table("delegation", recreate="always") as batch:
        batch.add_column(sa.Column("venue_note", sa.Text(), nullable=True))


def test_rebuilding_a_parent_table_keeps_its_children(sqlite_path: Path) -> None:
    make_first_schema_database(f"sqlite:///{sqlite_path}")
    engine = sa.create_engine(f"sqlite:///{sqlite_path}")
    _install_sqlite_pragmas(engine)
    try:
        with migrating(engine) as connection:
            rebuild_delegation_table(connection)
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            counts = {
                table: connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()
                for table in ("agenda_item", "participation", "delegation_partner")
            }
    finally:
        engine.dispose()
    assert counts == {"agenda_item": 1, "participation": 1, "delegation_partner": 1}


def test_with_foreign_keys_on_the_same_rebuild_would_wipe_the_programme(sqlite_path: Path) -> None:
    """Why ``migrating`` exists: the plain way loses every agenda item of the visit."""
    make_first_schema_database(f"sqlite:///{sqlite_path}")
    engine = sa.create_engine(f"sqlite:///{sqlite_path}")
    _install_sqlite_pragmas(engine)
    try:
        with engine.begin() as connection:
            rebuild_delegation_table(connection)
        with engine.connect() as connection:
            left = connection.exec_driver_sql("SELECT count(*) FROM agenda_item").scalar()
    finally:
        engine.dispose()
    assert left == 0


BEFORE_PLANNED_GIFTS = "0004_visit_dates_index"


def gift_item_row(item_id: int, name: str, category: str) -> dict[str, object]:
    return {"id": item_id, "version": 1, "name_uk": name, "name_en": "", "category": category,
            "unit_cost": 15000, "supplier": "", "reorder_level": 0, "photo_path": "",
            "notes": "", "quantity_on_hand": 0, **searchable(name, "", category, "")}  # fmt: skip


def test_gift_categories_get_their_english_names_on_the_way_to_planned_gifts(
    empty_url: str,
) -> None:
    engine = sa.create_engine(empty_url)
    if engine.dialect.name == "sqlite":
        _install_sqlite_pragmas(engine)
    try:
        upgrade(engine, BEFORE_PLANNED_GIFTS)
        with engine.begin() as connection:
            insert(connection, "gift_item", **gift_item_row(1, "Рушник вишитий", "текстиль"))
            insert(connection, "gift_item", **gift_item_row(2, "Вишиванка", "одяг"))
            insert(connection, "gift_item", **gift_item_row(3, "Магніт", "дрібні сувеніри"))
            insert(connection, "gift_record", id=1, version=1, direction="given",
                   on=date(2024, 9, 28), description="Рушник", occasion="", giver="",
                   recipient="Прага 6", exceeds_limit=False, handed_over=True,
                   notes="")  # fmt: skip
    finally:
        engine.dispose()

    db = open_database(empty_url)
    try:
        assert db.report.migrated_from == BEFORE_PLANNED_GIFTS
        english = {row["name_uk"]: row["category_en"] for row in table_dicts(db, "gift_item")}
        assert english == {"Рушник вишитий": "textiles", "Вишиванка": "",
                           "Магніт": "small souvenirs"}  # fmt: skip
        (record,) = table_dicts(db, "gift_record")
        assert (record["description"], record["deleted_at"]) == ("Рушник", None)
        assert count_rows(db, "planned_gift") == 0
        assert schema_differences(db) == []
    finally:
        db.close()
