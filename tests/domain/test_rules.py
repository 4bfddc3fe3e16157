"""Validation rules: each check_* function accepts a good record and names every bad field."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from planner.domain import rules
from planner.domain.checklists import DEFAULT_TEMPLATES
from planner.domain.enums import (
    AgreementType,
    Direction,
    GiftDirection,
    TaskCategory,
    TaskStatus,
    VisitKind,
)
from planner.domain.errors import ValidationError
from planner.domain.programme import DEFAULT_PROGRAMME
from planner.domain.records import (
    AgendaItem,
    Agreement,
    ChecklistTemplate,
    Delegation,
    GiftItem,
    GiftRecord,
    Measure,
    Participation,
    Partner,
    Person,
    Task,
    TemplateTask,
    Venue,
)

KYIV = ZoneInfo("Europe/Kyiv")
TAIPEI = ZoneInfo("Asia/Taipei")

PRAGUE_6_VISIT = Delegation(
    direction=Direction.INCOMING,
    title_uk="Делегація Праги 6 на День міста",
    start_date=date(2024, 9, 27),
    end_date=date(2024, 9, 29),
    country="UA",
)
TAIPEI_SUMMIT = Delegation(
    direction=Direction.OUTGOING,
    title_uk="Саміт «Розумне місто», Тайбей",
    start_date=date(2024, 3, 18),
    end_date=date(2024, 3, 22),
    timezone="Asia/Taipei",
    country="TW",
)


def problems(check: Callable[[Any], None], record: object) -> dict[str, str]:
    """{field: code} of what ``check`` refuses in ``record``."""
    with pytest.raises(ValidationError) as caught:
        check(record)
    return {p.field: p.code for p in caught.value.problems}


def item(starts_at: datetime, ends_at: datetime, title: str = "Зустріч з мером") -> AgendaItem:
    return AgendaItem(delegation_id=1, starts_at=starts_at, ends_at=ends_at, title_uk=title)


GOOD_RECORDS: list[tuple[Callable[[Any], None], object]] = [
    (rules.check_partner, Partner(name_uk="Прага 6", name_en="Prague 6", country="CZ")),
    (rules.check_agreement, Agreement(1, AgreementType.MEMORANDUM, "Меморандум про культуру",
                                      date(2024, 5, 1), date(2029, 5, 1))),
    (rules.check_delegation, PRAGUE_6_VISIT),
    (rules.check_delegation, TAIPEI_SUMMIT),
    (rules.check_person, Person(family_name="Коваль", given_names="Ґанна",
                                email="g.koval@example.org", passport_country="UA")),
    (rules.check_person, Person(family_name="", family_name_latin="Novák", country="CZ")),
    (rules.check_participation, Participation(1, 1, arrival_at=datetime(2024, 9, 27, 9, tzinfo=KYIV),
                                              departure_at=datetime(2024, 9, 29, 18, tzinfo=KYIV))),
    (rules.check_venue, Venue(name="Сесійна зала", capacity=120)),
    (rules.check_gift_item, GiftItem(name_uk="Блокнот з символікою", category="канцелярія",
                                     unit_cost=Decimal("120.50"))),
    (rules.check_gift_record, GiftRecord(direction=GiftDirection.GIVEN, on=date(2024, 9, 28),
                                         description="Вишиванка", value=Decimal("1500.00"))),
    (rules.check_task, Task(1, "Листи подяки", date(2024, 10, 6), status=TaskStatus.DONE,
                            done_on=date(2024, 10, 5))),
    (rules.check_measure, Measure(code="1.1", title_uk="Прийом офіційних делегацій")),
]  # fmt: skip


@pytest.mark.parametrize(("check", "record"), GOOD_RECORDS)
def test_a_good_record_passes(check: Callable[[Any], None], record: object) -> None:
    check(record)


def test_the_default_catalogue_passes_its_own_rules() -> None:
    for template in DEFAULT_TEMPLATES:
        rules.check_checklist_template(template)
    for section in DEFAULT_PROGRAMME.sections:
        for measure in section.measures:
            rules.check_measure(measure)


# Required names


@pytest.mark.parametrize("blank", ["", "   ", "\t\n"])
def test_an_empty_required_name_is_refused(blank: str) -> None:
    assert problems(rules.check_partner, Partner(name_uk=blank)) == {"name_uk": "required"}
    assert problems(rules.check_delegation, replace(PRAGUE_6_VISIT, title_uk=blank)) == {
        "title_uk": "required"
    }
    assert problems(rules.check_venue, Venue(name=blank)) == {"name": "required"}
    assert problems(rules.check_person, Person(family_name=blank)) == {"family_name": "required"}
    assert problems(rules.check_measure, Measure(code=blank, title_uk=blank)) == {
        "code": "required",
        "title_uk": "required",
    }


def test_a_name_over_the_limit_is_refused() -> None:
    long_name = "Я" * (rules.NAME_LIMIT + 1)
    assert problems(rules.check_partner, Partner(name_uk=long_name)) == {"name_uk": "too_long"}
    rules.check_partner(Partner(name_uk="Я" * rules.NAME_LIMIT))


def test_a_checklist_template_names_its_empty_task_titles() -> None:
    template = ChecklistTemplate(
        "Візит", VisitKind.INCOMING_OFFICIAL, tasks=(TemplateTask("", TaskCategory.PROTOCOL, -3),)
    )
    # The code names the row, so that the officer finds the task among a template's dozen.
    assert problems(rules.check_checklist_template, template) == {
        "title_uk": "template_task_required"
    }
    with pytest.raises(ValidationError) as caught:
        rules.check_checklist_template(template)
    assert caught.value.problems[0].params["row"] == 1
    assert "Завдання №1" in caught.value.message("uk")


# Dates in order


def test_a_delegation_ending_before_it_starts_is_refused() -> None:
    backwards = replace(PRAGUE_6_VISIT, end_date=date(2024, 9, 26))
    assert problems(rules.check_delegation, backwards) == {"end_date": "end_before_start"}
    rules.check_delegation(replace(PRAGUE_6_VISIT, end_date=PRAGUE_6_VISIT.start_date))


def test_an_agreement_valid_until_before_signing_is_refused() -> None:
    agreement = Agreement(1, AgreementType.TWINNING, "Угода про побратимство",
                          signed_on=date(2024, 5, 1), valid_until=date(2024, 4, 30))  # fmt: skip
    assert problems(rules.check_agreement, agreement) == {"valid_until": "end_before_start"}


def test_a_departure_before_the_arrival_is_refused() -> None:
    participation = Participation(1, 1, arrival_at=datetime(2024, 9, 27, 9, tzinfo=KYIV),
                                  departure_at=datetime(2024, 9, 27, 8, tzinfo=KYIV))  # fmt: skip
    assert problems(rules.check_participation, participation) == {
        "departure_at": "end_before_start"
    }


def test_an_agenda_item_ending_before_it_starts_is_refused() -> None:
    backwards = item(datetime(2024, 9, 27, 11, tzinfo=KYIV), datetime(2024, 9, 27, 10, tzinfo=KYIV))
    assert problems(lambda i: rules.check_agenda_item(i, PRAGUE_6_VISIT), backwards) == {
        "ends_at": "end_before_start"
    }


# Time zones, countries, e-mail


@pytest.mark.parametrize("zone", ["Europe/Kyyiv", "Mars/Olympus", " Europe/Kyiv", "", "UTC+2"])
def test_an_unknown_time_zone_is_refused(zone: str) -> None:
    assert not rules.is_known_timezone(zone)
    assert problems(rules.check_delegation, replace(PRAGUE_6_VISIT, timezone=zone)) == {
        "timezone": "unknown_timezone"
    }


@pytest.mark.parametrize("zone", ["Europe/Kyiv", "Asia/Taipei", "America/New_York", "UTC"])
def test_known_time_zones_are_accepted(zone: str) -> None:
    assert rules.is_known_timezone(zone)


@pytest.mark.parametrize("country", ["XX", "cz", "CZE", "", "Чехія"])
def test_an_unknown_country_is_refused(country: str) -> None:
    assert problems(rules.check_partner, Partner(name_uk="Прага 6", country=country)) == {
        "country": "unknown_country"
    }


def test_a_person_may_have_no_country_but_not_a_wrong_passport_country() -> None:
    rules.check_person(Person(family_name="Коваль", country=""))
    assert problems(rules.check_person, Person(family_name="Коваль", passport_country="UKR")) == {
        "passport_country": "unknown_country"
    }


@pytest.mark.parametrize(
    "email", ["koval", "koval@", "@rada.gov.ua", "koval@rada", "ko val@rada.gov.ua", "a@b@c.ua"]
)
def test_a_bad_email_is_refused(email: str) -> None:
    assert problems(rules.check_person, Person(family_name="Коваль", email=email)) == {
        "email": "bad_email"
    }


def test_all_problems_of_one_form_are_reported_together() -> None:
    everything_wrong = replace(PRAGUE_6_VISIT, title_uk="", end_date=date(2024, 9, 1),
                               timezone="Kyiv", country="UKR")  # fmt: skip
    assert problems(rules.check_delegation, everything_wrong) == {
        "title_uk": "required",
        "end_date": "end_before_start",
        "timezone": "unknown_timezone",
        "country": "unknown_country",
    }


# Naive datetimes


def test_a_naive_datetime_is_refused() -> None:
    naive = item(datetime(2024, 9, 27, 10), datetime(2024, 9, 27, 11))
    assert problems(lambda i: rules.check_agenda_item(i, PRAGUE_6_VISIT), naive) == {
        "starts_at": "naive_datetime",
        "ends_at": "naive_datetime",
    }
    participation = Participation(1, 1, arrival_at=datetime(2024, 9, 27, 9))
    assert problems(rules.check_participation, participation) == {"arrival_at": "naive_datetime"}


# Agenda items inside their delegation's dates, in the delegation's own zone


def check_item_of(delegation: Delegation) -> Callable[[AgendaItem], None]:
    return lambda agenda_item: rules.check_agenda_item(agenda_item, delegation)


def test_an_agenda_item_inside_the_visit_is_accepted_at_both_ends() -> None:
    check = check_item_of(PRAGUE_6_VISIT)
    check(item(datetime(2024, 9, 27, 0, 0, tzinfo=KYIV), datetime(2024, 9, 27, 1, tzinfo=KYIV)))
    check(item(datetime(2024, 9, 29, 22, tzinfo=KYIV), datetime(2024, 9, 29, 23, 59, tzinfo=KYIV)))
    # A farewell dinner that ends at midnight of the last day is still on that day.
    check(item(datetime(2024, 9, 29, 22, tzinfo=KYIV), datetime(2024, 9, 30, 0, 0, tzinfo=KYIV)))


@pytest.mark.parametrize(
    ("starts_at", "ends_at"),
    [
        (datetime(2024, 9, 26, 18, tzinfo=KYIV), datetime(2024, 9, 26, 20, tzinfo=KYIV)),
        (datetime(2024, 9, 29, 22, tzinfo=KYIV), datetime(2024, 9, 30, 0, 30, tzinfo=KYIV)),
        (datetime(2024, 9, 30, 10, tzinfo=KYIV), datetime(2024, 9, 30, 11, tzinfo=KYIV)),
    ],
)
def test_an_agenda_item_outside_the_visit_is_refused(
    starts_at: datetime, ends_at: datetime
) -> None:
    with pytest.raises(ValidationError) as caught:
        check_item_of(PRAGUE_6_VISIT)(item(starts_at, ends_at))
    (problem,) = caught.value.problems
    assert (problem.field, problem.code) == ("starts_at", "outside_delegation")
    assert problem.params["start"] == "2024-09-27"
    assert problem.params["end"] == "2024-09-29"


def test_a_taipei_morning_on_the_first_day_is_inside_although_it_is_the_day_before_in_utc() -> None:
    starts_at = datetime(2024, 3, 18, 1, 0, tzinfo=TAIPEI)
    assert starts_at.astimezone(ZoneInfo("UTC")).date() == date(2024, 3, 17)
    check_item_of(TAIPEI_SUMMIT)(item(starts_at, starts_at + timedelta(hours=1), "Сніданок"))


def test_a_taipei_evening_after_the_last_day_is_outside_although_it_is_still_that_day_in_kyiv() -> (
    None
):
    starts_at = datetime(2024, 3, 23, 0, 30, tzinfo=TAIPEI)
    assert starts_at.astimezone(KYIV).date() == date(2024, 3, 22)
    assert problems(
        check_item_of(TAIPEI_SUMMIT), item(starts_at, starts_at + timedelta(hours=1))
    ) == {"starts_at": "outside_delegation"}


def test_an_agenda_item_given_in_kyiv_time_is_judged_in_the_visits_zone() -> None:
    # 19:30 in Kyiv on 17 March is 01:30 on 18 March in Taipei: the first day of the summit.
    starts_at = datetime(2024, 3, 17, 19, 30, tzinfo=KYIV)
    check_item_of(TAIPEI_SUMMIT)(item(starts_at, starts_at + timedelta(hours=1)))


# Money and counts


def test_a_negative_cost_is_refused() -> None:
    item_ = GiftItem(name_uk="Брошка", category="сувенір", unit_cost=Decimal("-0.01"))
    assert problems(rules.check_gift_item, item_) == {"unit_cost": "negative"}
    record = GiftRecord(direction=GiftDirection.RECEIVED, on=date(2024, 3, 20),
                        description="Чайний набір", value=Decimal("-1"))  # fmt: skip
    assert problems(rules.check_gift_record, record) == {"value": "negative"}


def test_a_negative_reorder_level_and_a_gift_item_without_category_are_refused() -> None:
    item_ = GiftItem(name_uk="Брошка", category=" ", reorder_level=-1)
    assert problems(rules.check_gift_item, item_) == {
        "category": "required",
        "reorder_level": "negative",
    }


@pytest.mark.parametrize("capacity", [0, -5])
def test_a_venue_without_room_is_refused(capacity: int) -> None:
    assert problems(rules.check_venue, Venue(name="Сесійна зала", capacity=capacity)) == {
        "capacity": "not_positive"
    }


def test_a_done_date_on_an_open_task_is_refused() -> None:
    task = Task(1, "Листи подяки", date(2024, 10, 6), done_on=date(2024, 10, 5))
    assert problems(rules.check_task, task) == {"status": "bad_choice"}


# parse_date


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2024-09-27", date(2024, 9, 27)),
        ("27.09.2024", date(2024, 9, 27)),
        (" 04.03.2024 ", date(2024, 3, 4)),
        ("4.3.2024", date(2024, 3, 4)),
        ("29.02.2024", date(2024, 2, 29)),
    ],
)
def test_parse_date_reads_iso_and_ukrainian_forms(typed: str, expected: date) -> None:
    assert rules.parse_date(typed) == expected


@pytest.mark.parametrize(
    "typed", ["", "вчора", "27/09/2024", "31.02.2024", "29.02.2023", "2024-13-01", "27.09"]
)
def test_parse_date_refuses_anything_else(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        rules.parse_date(typed, field="start_date")
    (problem,) = caught.value.problems
    assert (problem.field, problem.code) == ("start_date", "bad_date")
    assert problem.params["value"] == typed
