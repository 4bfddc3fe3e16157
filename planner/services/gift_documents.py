"""Use cases for the gift stock's documents: the inventory on a date (PDF and .xlsx) and the
gift register for a period (PDF).

The figures are those of ``planner.services.gifts`` (stock on a date is the sum of the
movements up to that day); the council's name and the signatory come from the office
settings. reportlab and openpyxl load only when a document is made.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from planner.domain.messages import Language
from planner.domain.printing import Bilingual, Signatory
from planner.domain.zones import today_in_kyiv
from planner.services import gifts, settings
from planner.services.common import write_atomically
from planner.storage.database import Database


def _office(db: Database, language: Language) -> tuple[str, Signatory]:
    office = settings.get_settings(db)

    def both(uk_key: str, en_key: str) -> Bilingual:
        return Bilingual(office.get(uk_key).strip(), office.get(en_key).strip())

    council = both(settings.COUNCIL_NAME, settings.COUNCIL_NAME_EN).get(language)
    signatory = Signatory(
        position=both(settings.DEPARTMENT_HEAD_POSITION, settings.DEPARTMENT_HEAD_POSITION_EN),
        name=both(settings.DEPARTMENT_HEAD_NAME, settings.DEPARTMENT_HEAD_NAME_EN),
    )
    return council, signatory


def inventory_document(db: Database, as_of: date | None = None,
                       language: Language = "uk") -> bytes:  # fmt: skip
    """The inventory on ``as_of`` (today in Kyiv when not given) as PDF."""
    from planner.exports.inventory import inventory_pdf

    day = as_of or today_in_kyiv()
    council, signatory = _office(db, language)
    return inventory_pdf(gifts.list_stock(db, day), day, council, language, signatory)


def print_inventory(db: Database, path: Path | str, as_of: date | None = None,
                    language: Language = "uk") -> Path:  # fmt: skip
    """Write the inventory PDF to ``path``, whole or not at all."""
    target = Path(path)
    write_atomically(target, inventory_document(db, as_of, language))
    return target


def inventory_workbook(db: Database, as_of: date | None = None,
                       language: Language = "uk") -> bytes:  # fmt: skip
    """The inventory on ``as_of`` (today in Kyiv when not given) as an .xlsx workbook."""
    from planner.exports.inventory_xlsx import inventory_xlsx

    day = as_of or today_in_kyiv()
    return inventory_xlsx(gifts.list_stock(db, day), day, language)


def export_inventory(db: Database, path: Path | str, as_of: date | None = None,
                     language: Language = "uk") -> Path:  # fmt: skip
    """Write the inventory workbook to ``path``, whole or not at all."""
    target = Path(path)
    write_atomically(target, inventory_workbook(db, as_of, language))
    return target
