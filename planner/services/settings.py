"""Office settings kept in the database: the council's name, the head of department."""

from __future__ import annotations

from planner.storage.database import Database
from planner.storage.models import DbSetting

COUNCIL_NAME = "council_name"
COUNCIL_NAME_EN = "council_name_en"
DEPARTMENT_HEAD_POSITION = "department_head_position"
DEPARTMENT_HEAD_NAME = "department_head_name"


def get_settings(db: Database) -> dict[str, str]:
    with db.reading() as session:
        return {row.key: row.value for row in session.query(DbSetting)}


def save_settings(db: Database, values: dict[str, str]) -> None:
    with db.transaction() as session:
        for key, value in values.items():
            session.merge(DbSetting(key=key, value=value.strip()))
