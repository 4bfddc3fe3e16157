"""The demo year's personal data, for the checks that no export or document lets it out."""

from __future__ import annotations

from collections.abc import Callable

from planner.services import people
from planner.storage.database import Database

FIELDS = ("phone", "email", "passport_number", "passport_name", "dietary_needs",
          "accessibility_needs")  # fmt: skip


def personal_data(db: Database, shown: Callable[[str], str] = str.strip,
                  shortest: int = 4) -> dict[str, set[str]]:  # fmt: skip
    """Each personal field's values (as ``shown`` writes them, at least ``shortest`` letters
    long so that they cannot match by chance), and the birth dates as printed."""
    found: dict[str, set[str]] = {}
    for row in people.list_people(db):
        person = people.get_person(db, row.id)
        for field in FIELDS:
            value = shown(getattr(person, field))
            if len(value) >= shortest:
                found.setdefault(field, set()).add(value)
        if person.birth_date is not None:
            found.setdefault("birth_date", set()).add(f"{person.birth_date:%d.%m.%Y}")
    return found
