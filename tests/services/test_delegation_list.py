"""The delegation list: filtered and sorted in SQL, by text, direction, status, period, measure."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

import pytest

from planner.domain.enums import DelegationStatus, Direction
from planner.domain.records import Delegation, DelegationFilter
from planner.services import delegations
from planner.storage.database import Database
from tests.services import factories as make


@dataclass(frozen=True)
class Year:
    """Part of the seed report's 2024, as the list sees it."""

    db: Database
    prague: Delegation
    stuttgart: Delegation
    dresden: Delegation
    taipei: Delegation
    online: Delegation


@pytest.fixture
def year(db: Database) -> Year:
    prague6 = make.partner(db, "Прага 6", name_en="Prague 6", name_native="Praha 6")
    bosch = make.partner(db, "Фонд Роберта Боша", name_en="Robert Bosch Stiftung", country="DE")
    dresden_city = make.partner(db, "Дрезден", name_en="Dresden", country="DE")
    city_day = make.measure_id(db, "1.11")
    abroad = make.measure_id(db, "1.2")

    prague = make.delegation(db, "Делегація Праги 6 на День міста", (date(2024, 9, 27), date(2024, 9, 29)),
                             partner_ids=(prague6.id,), measure_ids=(city_day,),
                             status=DelegationStatus.COMPLETED, place="Хмельницький")  # fmt: skip
    stuttgart = make.delegation(db, "Громадська делегація Штутгарта", (date(2024, 10, 30), date(2024, 11, 2)),
                                partner_ids=(bosch.id,), status=DelegationStatus.CONFIRMED)  # fmt: skip
    dresden = make.delegation(db, "Робочий візит до Дрездена", (date(2024, 3, 4), date(2024, 3, 5)),
                              direction=Direction.OUTGOING, partner_ids=(dresden_city.id,),
                              measure_ids=(abroad,), timezone="Europe/Berlin", country="DE",
                              status=DelegationStatus.COMPLETED)  # fmt: skip
    taipei = make.taipei_summit(db, measure_ids=(abroad,), status=DelegationStatus.COMPLETED)
    online = make.delegation(db, "Онлайн-засідання ради Праги 6", (date(2024, 12, 16), date(2024, 12, 16)),
                             direction=Direction.ONLINE, partner_ids=(prague6.id,))  # fmt: skip

    head = make.person(db, "Ярошенко", "Олексій", family_name_latin="Yaroshenko")
    make.participant(db, taipei, head)
    make.participant(db, dresden, make.person(db, "Шмідт", "Анна", family_name_latin="Schmidt"))
    return Year(db, prague, stuttgart, dresden, taipei, online)


def titles(year: Year, **wanted: object) -> list[str]:
    """The titles listed for a filter; the count of the same filter must agree with them."""
    chosen = DelegationFilter(**wanted)
    rows = delegations.list_delegations(year.db, chosen)
    unpaged = delegations.list_delegations(year.db, replace(chosen, limit=None, offset=0))
    assert delegations.count_delegations(year.db, chosen) == len(unpaged)
    return [row.title_uk for row in rows]


def test_the_list_runs_by_start_date_by_default(year: Year) -> None:
    assert titles(year) == [
        year.dresden.title_uk, year.taipei.title_uk, year.prague.title_uk,
        year.stuttgart.title_uk, year.online.title_uk,
    ]  # fmt: skip
    assert titles(year, descending=True)[0] == year.online.title_uk


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("штутгарт", ["stuttgart"]),  # title, lower case
        ("ШТУТГАРТА", ["stuttgart"]),  # title, upper case
        ("bosch", ["stuttgart"]),  # a partner's English name
        ("фонд роберта", ["stuttgart"]),  # a partner's name, two words
        ("praha", ["prague", "online"]),  # a partner's native name
        ("ярошенко", ["taipei"]),  # a participant's surname
        ("YAROSHENKO", ["taipei"]),  # ... in Latin capitals
        ("Oleksii", ["taipei"]),  # a participant's name by its transliteration
        ("schmidt", ["dresden"]),
        ("khmelnytskyi", ["prague"]),  # the place, in the official Latin spelling
        ("розумне", ["taipei"]),
        ("тайбей саміт", ["taipei"]),  # words in any order
        ("київ", []),
    ],
)
def test_text_finds_titles_partners_and_participants(
    year: Year, text: str, expected: list[str]
) -> None:
    assert titles(year, text=text) == [getattr(year, name).title_uk for name in expected]


def test_direction_status_and_period_narrow_the_list(year: Year) -> None:
    assert titles(year, directions=frozenset({Direction.OUTGOING})) == [
        year.dresden.title_uk, year.taipei.title_uk,
    ]  # fmt: skip
    assert titles(year, directions=frozenset({Direction.ONLINE, Direction.INCOMING}),
                  statuses=frozenset({DelegationStatus.CONFIRMED})) == [year.stuttgart.title_uk]  # fmt: skip
    # A visit counts for a period when any of its days falls in it.
    assert titles(year, starts_from=date(2024, 9, 29), ends_until=date(2024, 10, 30)) == [
        year.prague.title_uk, year.stuttgart.title_uk,
    ]  # fmt: skip
    assert titles(year, starts_from=date(2024, 3, 6), ends_until=date(2024, 3, 17)) == []


def test_a_measure_or_a_partner_narrows_the_list(year: Year) -> None:
    abroad = make.measure_id(year.db, "1.2")
    assert titles(year, measure_id=abroad) == [year.dresden.title_uk, year.taipei.title_uk]
    prague6 = year.prague.partner_ids[0]
    assert titles(year, partner_id=prague6) == [year.prague.title_uk, year.online.title_uk]


def test_rows_count_participants_agenda_items_and_name_partners(year: Year) -> None:
    make.agenda_item(year.db, year.taipei, date(2024, 3, 18), 9)
    make.agenda_item(year.db, year.taipei, date(2024, 3, 19), 9)
    (row,) = delegations.list_delegations(year.db, DelegationFilter(text="тайбей"))
    assert (row.participant_count, row.agenda_count, row.measure_codes) == (1, 2, "1.2")
    assert (row.timezone, row.direction, row.partner_names) == (
        "Asia/Taipei",
        Direction.OUTGOING,
        "",
    )
    (row,) = delegations.list_delegations(year.db, DelegationFilter(text="bosch"))
    assert row.partner_names == "Фонд Роберта Боша"


def test_deleted_delegations_are_left_out(year: Year) -> None:
    delegations.delete_delegation(year.db, year.prague.id, year.prague.version)
    assert year.prague.title_uk not in titles(year)
    assert titles(year, text="праги") == [year.online.title_uk]


def test_pages_of_the_list(year: Year) -> None:
    everything = titles(year)
    assert titles(year, limit=2) == everything[:2]
    assert titles(year, limit=2, offset=2) == everything[2:4]
    assert titles(year, limit=2, offset=4) == everything[4:]
    assert delegations.count_delegations(year.db, DelegationFilter(limit=2)) == 5


# Sorting by title in Ukrainian order

UKRAINIAN_TITLES = ["Гданськ: форум", "Ґрац: фестиваль", "Едмонтон: діаспора", "Єлгава: побратими",
                    "Иршава: обмін", "Івано-Франківськ: досвід", "Їзмір: ярмарок", "Йорк: виставка",
                    "Яготин: спорт", "Zagreb: Eurocities"]  # fmt: skip


def test_sorting_by_title_follows_the_ukrainian_alphabet(db: Database) -> None:
    for day, title in enumerate(reversed(UKRAINIAN_TITLES), start=1):
        make.delegation(db, title, (date(2024, 5, day), date(2024, 5, day)))
    by_title = delegations.list_delegations(db, DelegationFilter(sort="title"))
    assert [row.title_uk for row in by_title] == UKRAINIAN_TITLES
    assert sorted(UKRAINIAN_TITLES) != UKRAINIAN_TITLES  # what a plain sort would give
    backwards = delegations.list_delegations(db, DelegationFilter(sort="title", descending=True))
    assert [row.title_uk for row in backwards] == UKRAINIAN_TITLES[::-1]


def test_a_renamed_delegation_moves_in_the_sorted_list(db: Database) -> None:
    first = make.delegation(db, "Абу-Дабі: форум")
    make.delegation(db, "Вроцлав: марафон")
    delegations.save_delegation(db, replace(first, title_uk="Ялта: ніколи"))
    by_title = delegations.list_delegations(db, DelegationFilter(sort="title"))
    assert [row.title_uk for row in by_title] == ["Вроцлав: марафон", "Ялта: ніколи"]


def test_sorting_by_place_follows_the_ukrainian_alphabet(db: Database) -> None:
    places = ["Авдіївка", "Ґданськ", "Єрусалим", "Івано-Франківськ", "Їжевськ", "Яворів"]
    for day, place in enumerate(reversed(places), start=1):
        make.delegation(db, f"Візит {day}", (date(2024, 6, day), date(2024, 6, day)), place=place)
    by_place = delegations.list_delegations(db, DelegationFilter(sort="place"))
    assert [row.place for row in by_place] == places
    assert sorted(places) != places


def test_direction_and_status_sort_in_the_order_of_their_vocabulary(db: Database) -> None:
    for day, (direction, status) in enumerate([
        (Direction.ONLINE, DelegationStatus.CANCELLED),
        (Direction.OUTGOING, DelegationStatus.DRAFT),
        (Direction.INCOMING, DelegationStatus.CONFIRMED),
    ], start=1):  # fmt: skip
        make.delegation(db, f"Візит {day}", (date(2024, 6, day), date(2024, 6, day)),
                        direction=direction, status=status)  # fmt: skip
    by_direction = delegations.list_delegations(db, DelegationFilter(sort="direction"))
    assert [r.direction for r in by_direction] == [Direction.INCOMING, Direction.OUTGOING,
                                                   Direction.ONLINE]  # fmt: skip
    by_status = delegations.list_delegations(db, DelegationFilter(sort="status"))
    assert [r.status for r in by_status] == [DelegationStatus.DRAFT, DelegationStatus.CONFIRMED,
                                             DelegationStatus.CANCELLED]  # fmt: skip
