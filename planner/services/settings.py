"""Office settings kept in the database: the council's name, the head of department."""

from __future__ import annotations

from collections.abc import Mapping

from planner.domain.errors import StaleEditError
from planner.domain.printing import Bilingual, Signatory
from planner.domain.records import OfficeSettings
from planner.storage.database import Database
from planner.storage.models import DbSetting

COUNCIL_NAME = "council_name"
COUNCIL_NAME_EN = "council_name_en"
DEPARTMENT_HEAD_POSITION = "department_head_position"
DEPARTMENT_HEAD_NAME = "department_head_name"
# The same in English for documents printed in English (the signature block); when unset the
# position falls back to the Ukrainian one and the name is transliterated.
DEPARTMENT_HEAD_POSITION_EN = "department_head_position_en"
DEPARTMENT_HEAD_NAME_EN = "department_head_name_en"
# Minutes needed to get from one venue to another between agenda items (the conflict check);
# 15 when unset or not a whole number (planner.domain.conflicts.buffer_from_setting).
CONFLICT_BUFFER_MINUTES = "conflict_buffer_minutes"
# Written once by migration 0003 and never edited: the end of every calendar UID this
# database makes. Not an office setting, so not among them.
CALENDAR_IDENTITY = "calendar_identity"
_INTERNAL = frozenset({CALENDAR_IDENTITY})


def get_settings(db: Database) -> OfficeSettings:
    with db.reading() as session:
        rows = session.query(DbSetting).filter(DbSetting.key.not_in(_INTERNAL)).all()
        return OfficeSettings(
            values={row.key: row.value for row in rows},
            versions={row.key: row.version for row in rows},
        )


def office_heading(db: Database) -> tuple[Bilingual, Signatory]:
    """The council's name and the head of department who signs the office's documents, in
    Ukrainian and English, as the settings give them."""
    office = get_settings(db)

    def both(uk_key: str, en_key: str) -> Bilingual:
        return Bilingual(office.get(uk_key).strip(), office.get(en_key).strip())

    council = both(COUNCIL_NAME, COUNCIL_NAME_EN)
    signatory = Signatory(
        position=both(DEPARTMENT_HEAD_POSITION, DEPARTMENT_HEAD_POSITION_EN),
        name=both(DEPARTMENT_HEAD_NAME, DEPARTMENT_HEAD_NAME_EN),
    )
    return council, signatory


def calendar_identity(db: Database) -> str:
    """This database's own identity, which the UIDs of its calendar events carry."""
    with db.reading() as session:
        row = session.get(DbSetting, CALENDAR_IDENTITY)
        return row.value if row is not None else "planner"


def save_settings(db: Database, changes: Mapping[str, str], read: OfficeSettings) -> OfficeSettings:
    """Change settings as they were ``read``; a setting someone changed since is not overwritten."""
    with db.transaction() as session:
        for key, value in changes.items():
            if key in _INTERNAL:
                raise ValueError(f"{key} is not an office setting")
            row = session.get(DbSetting, key)
            if row is None:
                if key in read.versions:  # it was there when read, and is gone now
                    raise StaleEditError("setting", None)
                session.add(DbSetting(key=key, value=value.strip()))
            elif read.versions.get(key) != row.version:
                raise StaleEditError("setting", None)
            else:
                row.value = value.strip()
    return get_settings(db)
