"""Warnings while planning a visit's gifts, against a real database: the stock on the day and
the same item given to the same partner or person before (hand-outs and register entries)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from planner.domain.enums import GiftDirection
from planner.domain.errors import NotFoundError, ValidationError
from planner.domain.gift_warnings import GiftWarningCode
from planner.domain.records import GiftRecord
from planner.services import gifts
from planner.services.gift_warnings import gift_warnings
from planner.storage.database import Database
from tests.services import factories as make


@pytest.fixture
def painting(db: Database) -> int:
    item = make.stocked_item(db, 3, date(2025, 1, 10), name_uk="Картина «Поділля»",
                             name_en="Painting “Podillia”", category="кераміка",
                             unit_cost=Decimal("4800.00"))  # fmt: skip
    assert item.id is not None
    return item.id


def test_enough_stock_and_a_new_recipient_is_quiet(db: Database, painting: int) -> None:
    visit = make.delegation(db, dates=(date(2025, 6, 5), date(2025, 6, 7)))
    prague = make.partner(db)
    assert visit.id and prague.id
    assert gift_warnings(db, visit.id, painting, 3, recipient_partner_id=prague.id) == []


def test_too_little_stock_on_the_day_with_how_many_there_are(db: Database, painting: int) -> None:
    visit = make.delegation(db, dates=(date(2025, 6, 5), date(2025, 6, 7)))
    assert visit.id
    (warning,) = gift_warnings(db, visit.id, painting, 4)
    assert (warning.code, warning.available, warning.requested) == (
        GiftWarningCode.LOW_STOCK, 3, 4)  # fmt: skip
    assert "є 3 шт., заплановано 4" in warning.message("uk")
    assert "05.06.2025" in warning.message("uk")
    # Before the purchase there is nothing; a later hand-out also leaves less for an earlier day.
    (before,) = gift_warnings(db, visit.id, painting, 1, on=date(2025, 1, 9))
    assert before.available == 0
    guest = make.person(db)
    gifts.hand_out(db, painting, date(2025, 9, 1), 2, person_id=guest.id)
    (later,) = gift_warnings(db, visit.id, painting, 2)
    assert later.available == 1
    assert gift_warnings(db, visit.id, painting, 1) == []


def test_the_same_painting_to_the_twin_city_twice(db: Database, painting: int) -> None:
    first = make.delegation(db, "Делегація Праги 6 на День міста",
                            (date(2025, 6, 5), date(2025, 6, 7)), title_en="Prague 6 at City Day")  # fmt: skip
    second = make.delegation(db, "Візит мера Праги 6", (date(2026, 4, 2), date(2026, 4, 3)))
    prague = make.partner(db, name_en="Prague 6")
    lublin = make.partner(db, "Люблін", country="PL")
    assert first.id and second.id and prague.id and lublin.id
    gifts.hand_out(db, painting, date(2025, 6, 6), 1, delegation_id=first.id,
                   partner_id=prague.id)  # fmt: skip
    (warning,) = gift_warnings(db, second.id, painting, 1, recipient_partner_id=prague.id)
    assert warning.code is GiftWarningCode.GIVEN_BEFORE
    assert warning.message("uk") == (
        "«Картина «Поділля»» уже дарували отримувачу «Прага 6»: "
        "06.06.2025 (Делегація Праги 6 на День міста)."
    )
    assert warning.message("en") == (
        "“Painting “Podillia”” was already given to Prague 6: 06.06.2025 (Prague 6 at City Day)."
    )
    # A different partner, and the visit the painting was given at: quiet.
    assert gift_warnings(db, second.id, painting, 1, recipient_partner_id=lublin.id) == []
    assert gift_warnings(db, first.id, painting, 1, recipient_partner_id=prague.id) == []


def test_the_register_counts_too_and_the_same_gift_is_said_once(
    db: Database, painting: int
) -> None:
    first = make.delegation(db, dates=(date(2025, 6, 5), date(2025, 6, 7)))
    second = make.delegation(db, "Візит мера Праги 6", (date(2026, 4, 2), date(2026, 4, 3)))
    mayor = make.person(db, "Новак", "Ян")
    other = make.person(db, "Шевчук", "Ірина")
    assert first.id and second.id and mayor.id and other.id
    gifts.hand_out(db, painting, date(2025, 6, 6), 1, delegation_id=first.id,
                   person_id=mayor.id)  # fmt: skip
    gifts.save_gift_record(db, GiftRecord(
        GiftDirection.GIVEN, date(2025, 6, 6), "Картина", occasion="День міста",
        delegation_id=first.id, person_id=mayor.id, item_id=painting, value=Decimal("4800"),
    ))  # fmt: skip
    gifts.save_gift_record(db, GiftRecord(
        GiftDirection.GIVEN, date(2024, 12, 20), "Картина", occasion="Різдвяний ярмарок",
        person_id=mayor.id, item_id=painting,
    ))  # fmt: skip
    (warning,) = gift_warnings(db, second.id, painting, 1, recipient_person_id=mayor.id)
    assert warning.message("uk") == (
        "«Картина «Поділля»» уже дарували отримувачу «Ян Новак»: 20.12.2024 (Різдвяний "
        "ярмарок); 06.06.2025 (День міста, Делегація Праги 6 на День міста)."
    )
    # The same item to another recipient at the same visit: quiet.
    assert gift_warnings(db, second.id, painting, 1, recipient_person_id=other.id) == []
    # A gift received from the mayor is not one given to him.
    gifts.save_gift_record(db, GiftRecord(GiftDirection.RECEIVED, date(2025, 6, 6), "Картина",
                                          person_id=other.id, item_id=painting))  # fmt: skip
    assert gift_warnings(db, second.id, painting, 1, recipient_person_id=other.id) == []


def test_bad_input_is_refused(db: Database, painting: int) -> None:
    visit = make.delegation(db)
    assert visit.id
    with pytest.raises(ValidationError):
        gift_warnings(db, visit.id, painting, 0)
    with pytest.raises(NotFoundError):
        gift_warnings(db, visit.id, painting + 99, 1)
    with pytest.raises(NotFoundError):
        gift_warnings(db, visit.id, painting, 1, recipient_partner_id=999)
