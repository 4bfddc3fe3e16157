"""Ukrainian search and sort end to end: what the domain's rules promise, every list delivers,
on SQLite (whose lower() and LIKE know no Cyrillic) and on PostgreSQL alike."""

from __future__ import annotations

import random
from datetime import date

import pytest

from planner.domain.records import DelegationFilter
from planner.domain.text import ukrainian_sorted
from planner.services import delegations, gifts, partners, people, venues
from planner.storage.database import Database
from tests.services import factories as make

# Names whose Ukrainian order differs from code-point order at every step.
NAMES = ["Гончар", "Ґудзь", "Дмитренко", "Емець", "Євтушенко", "Єрмак", "Иваничук", "Іваненко",
         "Їжак", "Йосипенко", "Мар’яненко", "Ярема", "Adams"]  # fmt: skip


def shuffled() -> list[str]:
    names = NAMES[:]
    random.Random(55).shuffle(names)
    return names


def test_the_expected_order_is_the_domains_order_and_not_pythons() -> None:
    assert ukrainian_sorted(shuffled()) == NAMES
    assert sorted(NAMES) != NAMES


def test_every_list_sorts_in_ukrainian_order(db: Database) -> None:
    for n, name in enumerate(shuffled(), start=1):
        make.person(db, name, "")
        make.partner(db, name, country="UA")
        make.venue(db, name)
        make.gift_item(db, name)
        make.delegation(db, name, (date(2024, 1, n), date(2024, 1, n)))

    assert [p.family_name for p in people.list_people(db)] == NAMES
    assert [p.name_uk for p in partners.list_partners(db)] == NAMES
    assert [v.name for v in venues.list_venues(db)] == NAMES
    assert [r.item.name_uk for r in gifts.list_stock(db)] == NAMES
    by_title = delegations.list_delegations(db, DelegationFilter(sort="title"))
    assert [r.title_uk for r in by_title] == NAMES


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("ҐУДЗЬ", "Ґудзь"),
        ("ґудзь", "Ґудзь"),
        ("ЄРМАК", "Єрмак"),
        ("їжак", "Їжак"),
        ("ЇЖАК", "Їжак"),
        ("ІВАНЕНКО", "Іваненко"),
        ("мар'яненко", "Мар’яненко"),
        ("МАРʼЯНЕНКО", "Мар’яненко"),
        ("Yermak", "Єрмак"),
        ("YIZHAK", "Їжак"),
        ("Gudz", "Ґудзь"),
        ("marianenko", "Мар’яненко"),
        ("yosypenko", "Йосипенко"),
    ],
)
def test_every_list_finds_a_name_typed_in_any_case_or_in_latin(
    db: Database, typed: str, expected: str
) -> None:
    for n, name in enumerate(NAMES, start=1):
        make.person(db, name, "")
        make.partner(db, name, country="UA")
        make.venue(db, name)
        make.delegation(db, name, (date(2024, 1, n), date(2024, 1, n)))

    assert [p.family_name for p in people.list_people(db, typed)] == [expected]
    assert [p.name_uk for p in partners.list_partners(db, typed)] == [expected]
    assert [v.name for v in venues.list_venues(db, typed)] == [expected]
    found = delegations.list_delegations(db, DelegationFilter(text=typed))
    assert [r.title_uk for r in found] == [expected]


def test_a_search_does_not_confuse_й_with_и_or_ї_with_і(db: Database) -> None:
    for name in ("Йосипенко", "Иосипенко", "Їжак", "Іжак"):
        make.person(db, name, "")
    assert [p.family_name for p in people.list_people(db, "ЙОСИП")] == ["Йосипенко"]
    assert [p.family_name for p in people.list_people(db, "ИОСИП")] == ["Иосипенко"]
    assert [p.family_name for p in people.list_people(db, "ЇЖАК")] == ["Їжак"]
    assert [p.family_name for p in people.list_people(db, "ІЖАК")] == ["Іжак"]
