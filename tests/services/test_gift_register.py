"""The gift register made from a real database: every gift of the period with its figures,
and received gifts above the legal limit of their day flagged, per gift and per year from one
source (counting that source's gifts since January, also those before the period)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from planner.domain.enums import GiftDirection
from planner.domain.errors import ValidationError
from planner.domain.records import GiftRecord
from planner.services import gift_documents, gifts
from planner.storage.database import Database
from tests.exports.document_samples import fonts, pdftotext
from tests.services import factories as make


@pytest.fixture
def register(db: Database) -> Database:
    visit = make.delegation(db)  # «Делегація Праги 6» unless the factory says otherwise
    prague = make.partner(db)
    guest = make.person(db, "Дворжак", "Томаш")
    notebook = make.stocked_item(db, 10, date(2025, 1, 5))
    assert visit.id and prague.id and guest.id and notebook.id

    def save(on: date, direction: GiftDirection, description: str, value: str | None,
             **fields: object) -> None:  # fmt: skip
        gifts.save_gift_record(db, GiftRecord(direction=direction, on=on, description=description,
                                              value=None if value is None else Decimal(value),
                                              **fields))  # type: ignore[arg-type]  # fmt: skip

    received = GiftDirection.RECEIVED
    # Before the period: counts towards Prague 6's yearly total (6 056 грн in 2025).
    save(date(2025, 2, 10), received, "Келих богемського скла", "2000.00", partner_id=prague.id,
         giver="Староста Праги 6", recipient="Міський голова")  # fmt: skip
    save(date(2025, 5, 20), GiftDirection.GIVEN, "Блокнот з символікою міста", "120.50",
         occasion="День міста", delegation_id=visit.id, giver="Міський голова",
         person_id=guest.id, item_id=notebook.id)  # fmt: skip
    save(date(2025, 5, 21), received, "Порцелянова ваза", "3000.00", partner_id=prague.id,
         occasion="День міста", delegation_id=visit.id, giver="Староста Праги 6",
         recipient="Міський голова")  # fmt: skip
    save(
        date(2025, 5, 22),
        received,
        "Картина «Влтава»",
        "1500.00",
        partner_id=prague.id,
        giver="Староста Праги 6",
        recipient="Секретар ради",
    )  # 6 500 > 6 056 this year
    save(
        date(2025, 6, 3),
        received,
        "Годинник настінний",
        "3500.00",
        person_id=guest.id,
        recipient="Заступниця міського голови",
    )  # 3 500 > 3 028 for one gift
    save(date(2025, 6, 4), received, "Книга про Прагу", None, giver="Гість",
         recipient="Міський голова")  # fmt: skip
    return db


def text_of(data: bytes) -> str:
    """The text a row to a line (pdftotext -layout)."""
    return pdftotext(data, layout=True).replace("\u00a0", " ")


def cell_below(text: str, day: str, start: str) -> str:
    """The text of the cell that begins with ``start`` on the row of ``day``, read down the
    same column of the -layout text until the next row."""
    lines = text.splitlines()
    (at,) = [n for n, line in enumerate(lines) if day in line]
    column = lines[at].index(start)
    parts = []
    for line in lines[at:]:
        if line is not lines[at] and re.match(r"\s*\d+\.\s", line):
            break  # the next row
        parts.append(line[column:].strip())
    return " ".join(" ".join(parts).split())


def flat_of(data: bytes) -> str:
    """The text cell by cell, on one line (pdftotext without -layout)."""
    return " ".join(pdftotext(data).replace("\u00a0", " ").split())


def test_the_register_measures_each_received_gift_against_that_days_limits(
    register: Database,
) -> None:
    entries = gift_documents.gift_register_entries(register, date(2025, 5, 1), date(2025, 6, 30))
    assert [e.description for e in entries] == [
        "Блокнот з символікою міста", "Порцелянова ваза", "Картина «Влтава»",
        "Годинник настінний", "Книга про Прагу",
    ]  # fmt: skip
    given, vase, painting, clock, book = entries
    assert given.limit is None and given.recipient == "Томаш Дворжак"
    assert given.delegation == "Делегація Праги 6" or given.delegation
    assert given.item == "Блокнот з символікою міста"
    assert vase.limit is not None and vase.limit.per_gift == gifts.gift_limit_on(
        register, date(2025, 5, 21)).per_gift  # type: ignore[union-attr]  # fmt: skip
    assert vase.limit.from_source_this_year == Decimal("5000.00") and not vase.limit.above
    assert painting.limit is not None and painting.limit.above_per_year
    assert not painting.limit.above_per_gift
    assert clock.limit is not None and clock.limit.above_per_gift
    assert clock.giver == "Томаш Дворжак"  # not written: the person's name
    assert book.limit is not None and not book.limit.above


def test_the_printed_register(register: Database) -> None:
    data = gift_documents.gift_register_document(register, date(2025, 5, 1), date(2025, 6, 30))
    text = text_of(data)
    flat = flat_of(data)
    assert "Реєстр подарунків" in text and "за період: 1 травня – 30 червня 2025 року" in text
    assert "Келих богемського скла" not in text  # before the period
    for day in ("20.05.2025", "21.05.2025", "22.05.2025", "03.06.2025", "04.06.2025"):
        assert day in text
    (vase,) = [line for line in text.splitlines() if "21.05.2025" in line]
    assert re.search(r"Порцелянова\s+3 000,00 грн\s+ні$", vase)
    (clock,) = [line for line in text.splitlines() if "03.06.2025" in line]
    assert re.search(r"Годинник\s+3 500,00 грн\s+ТАК: понад$", clock)
    assert cell_below(text, "22.05.2025", "ТАК").startswith(
        "ТАК: понад 6 056,00 грн на рік від одного джерела"
    )
    assert cell_below(text, "03.06.2025", "ТАК").startswith("ТАК: понад 3 028,00 грн за подарунок")
    assert "вартість невідома" in flat
    assert "Міський голова → Томаш Дворжак" in flat
    assert "Подаровано: 1, на суму 120,50 грн" in flat
    assert "Отримано: 4, на суму 8 000,00 грн" in flat
    assert "З них понад законодавчий ліміт: 2" in flat
    assert all(f[3] == "yes" for f in fonts(data))


def test_the_register_in_english_and_to_a_file(register: Database, tmp_path: Path) -> None:
    target = gift_documents.print_gift_register(register, tmp_path / "register.pdf",
                                                date(2025, 1, 1), date(2025, 12, 31), "en")  # fmt: skip
    flat = flat_of(target.read_bytes())
    assert "Gift register" in flat and "for the period 1 January – 31 December 2025" in flat
    assert "10.02.2025" in flat and "Received: 5, worth UAH 10,000.00" in flat
    assert cell_below(text_of(target.read_bytes()), "22.05.2025", "YES").startswith(
        "YES: over UAH 6,056.00 a year from one source"
    )


def test_an_empty_period_and_a_reversed_one(register: Database) -> None:
    flat = flat_of(gift_documents.gift_register_document(
        register, date(2024, 1, 1), date(2024, 1, 31)))  # fmt: skip
    assert "За цей період подарунків не записано." in flat
    with pytest.raises(ValidationError):
        gift_documents.gift_register_document(register, date(2025, 6, 30), date(2025, 5, 1))
