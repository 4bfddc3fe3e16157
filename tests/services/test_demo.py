"""The demo year: a realistic, deterministic year of the protocol office's work."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from planner.domain.enums import (
    AgreementStatus,
    AgreementType,
    DelegationStatus,
    Direction,
    GiftDirection,
    MovementKind,
    PartnerKind,
    TaskStatus,
)
from planner.domain.errors import DatabaseProblem
from planner.domain.records import DelegationRow, Partner
from planner.domain.stock import first_negative_day
from planner.domain.text import transliterate
from planner.services import (
    activities,
    agenda,
    checklists,
    delegations,
    gift_documents,
    gifts,
    integrity,
    partners,
    people,
    planned_gifts,
    programmes,
    settings,
    venues,
)
from planner.services.demo import DemoSummary, write_demo_year
from planner.storage.database import Database, open_database
from tests.conftest import PostgresServer
from tests.exports.document_samples import pdftotext

YEAR = 2024
TODAY = date(YEAR, 11, 22)  # the demo's default "today"


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)]
)
def demo(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Database, DemoSummary]]:
    """One demo year per engine, shared by the read-only checks below (writing it takes
    seconds); made like the ``db`` fixture: a new SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        database = open_database(tmp_path_factory.mktemp("demo") / "planner.sqlite3")
    else:
        server: PostgresServer = request.getfixturevalue("postgres_server")
        database = open_database(server.fresh())
    summary = write_demo_year(database, YEAR)
    yield database, summary
    database.close()


def _rows(db: Database) -> list[DelegationRow]:
    return delegations.list_delegations(db)


def _titled(db: Database, words: str) -> DelegationRow:
    (row,) = [r for r in _rows(db) if words in r.title_uk]
    return row


def test_the_summary_counts_what_was_written(demo: tuple[Database, DemoSummary]) -> None:
    db, summary = demo
    assert summary == DemoSummary(
        delegations=len(_rows(db)),
        agenda_items=len(agenda.list_agenda(db)),
        people=len(people.list_people(db)),
        partners=len(partners.list_partners(db)),
        agreements=len(partners.list_agreements(db)),
        gift_items=len(gifts.list_stock(db)),
        movements=len(gifts.list_movements(db)),
        tasks=len(checklists.list_tasks(db)),
        activities=len(activities.list_activities(db)),
    )
    assert summary.delegations >= 30
    assert summary.agenda_items >= 150
    assert summary.people >= 100
    assert summary.partners >= 15
    assert summary.agreements >= 10
    assert summary.gift_items >= 12


def test_the_integrity_check_finds_nothing(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    assert integrity.check_database(db) == []


def test_delegations_go_all_three_ways_across_most_measures(
    demo: tuple[Database, DemoSummary],
) -> None:
    db, _ = demo
    rows = _rows(db)
    directions = Counter(r.direction for r in rows)
    assert set(directions) == set(Direction)
    assert min(directions.values()) >= 5
    codes = {code for r in rows for code in r.measure_codes.split(", ") if code}
    assert len(codes) >= 12
    assert codes <= set(programmes.measures_by_code(db, YEAR))
    assert all(r.measure_codes for r in rows)


def test_statuses_follow_the_demo_s_today(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    rows = _rows(db)
    statuses = Counter(r.status for r in rows)
    assert statuses[DelegationStatus.DRAFT] == 1
    assert 1 <= statuses[DelegationStatus.CANCELLED] <= 2
    assert statuses[DelegationStatus.CONFIRMED] and statuses[DelegationStatus.PLANNED]
    for r in rows:
        if r.status is DelegationStatus.COMPLETED:
            assert r.end_date < TODAY
        elif r.status is DelegationStatus.CONFIRMED:
            assert r.end_date >= TODAY and (r.start_date - TODAY).days <= 14
        elif r.status is DelegationStatus.PLANNED:
            assert (r.start_date - TODAY).days > 14


@pytest.mark.parametrize(
    ("words", "start", "end", "zone", "country", "code"),
    [
        ("Прага 6 з нагоди Дня міста", date(YEAR, 9, 27), date(YEAR, 9, 29), "Europe/Kyiv", "UA",
         "1.11"),
        ("Фонду Роберта Боша", date(YEAR, 10, 30), date(YEAR, 11, 2), "Europe/Kyiv", "UA", "1.4"),
        ("Представництва ЄС та НЕФКО", date(YEAR, 6, 21), date(YEAR, 6, 21), "Europe/Kyiv", "UA",
         "1.3"),
        ("UAID", date(YEAR, 10, 1), date(YEAR, 10, 1), "Europe/Kyiv", "UA", "1.10"),
        ("Тайбей", date(YEAR, 3, 18), date(YEAR, 3, 22), "Asia/Taipei", "TW", "1.2"),
        ("Клуж-Напока", date(YEAR, 5, 29), date(YEAR, 5, 31), "Europe/Bucharest", "RO", "1.2"),
        ("CSIS", date(YEAR, 9, 25), date(YEAR, 9, 25), "America/New_York", "US", "1.10"),
        ("WUF12", date(YEAR, 11, 4), date(YEAR, 11, 8), "Africa/Cairo", "EG", "1.2"),
        ("Ради Праги 6 (онлайн)", date(YEAR, 12, 16), date(YEAR, 12, 16), "Europe/Kyiv", "UA",
         "1.2"),
    ],
)  # fmt: skip
def test_the_seed_report_s_visits_keep_their_dates_and_zones(
    demo: tuple[Database, DemoSummary],
    words: str, start: date, end: date, zone: str, country: str, code: str,
) -> None:  # fmt: skip
    row = _titled(demo[0], words)
    assert (row.start_date, row.end_date, row.timezone, row.country) == (start, end, zone, country)
    assert code in row.measure_codes.split(", ")
    assert row.participant_count and row.agenda_count


def test_visits_abroad_use_the_host_zone_and_the_rest_kyiv(
    demo: tuple[Database, DemoSummary],
) -> None:
    rows = _rows(demo[0])
    for row in rows:
        if row.direction is not Direction.OUTGOING:
            assert (row.timezone, row.country) == ("Europe/Kyiv", "UA")
    abroad = {r.timezone for r in rows if r.direction is Direction.OUTGOING and r.country != "UA"}
    assert {"Asia/Taipei", "America/New_York", "Africa/Cairo", "Europe/Berlin"} <= abroad


def test_agenda_items_lie_within_their_visit_in_its_own_zone(
    demo: tuple[Database, DemoSummary],
) -> None:
    db, _ = demo
    visits = {r.id: r for r in _rows(db)}
    venue_names = {v.name for v in venues.list_venues(db)}
    for row in agenda.list_agenda(db):
        visit = visits[row.delegation_id]
        assert str(row.starts_at.tzinfo) == visit.timezone  # shown in the visit's own zone
        assert visit.start_date <= row.starts_at.date() <= row.ends_at.date() <= visit.end_date
        assert row.starts_at.minute in (0, 30) and row.ends_at.minute in (0, 30)
        assert row.venue_name in venue_names
        if visit.direction is Direction.INCOMING and visit.partner_names:
            assert row.title_en  # foreign guests get the programme in English too


def test_attendees_are_participants_and_some_items_say_how_to_dress_and_travel(
    demo: tuple[Database, DemoSummary],
) -> None:
    db, _ = demo
    city_day = _titled(db, "Прага 6 з нагоди Дня міста")
    participants = {p.person.id for p in people.list_participants(db, city_day.id)}
    items = [agenda.get_agenda_item(db, r.id) for r in agenda.list_agenda(db, city_day.id)]
    assert len(items) >= 12
    for item in items:
        assert item.attendee_person_ids and set(item.attendee_person_ids) <= participants
    assert any(i.dress_code for i in items) and any(i.transport for i in items)
    assert any(i.responsible_person_id for i in items)


def test_people_have_roles_names_in_both_scripts_and_needs(
    demo: tuple[Database, DemoSummary],
) -> None:
    db, _ = demo
    everyone = [people.get_person(db, row.id) for row in people.list_people(db)]
    assert len(everyone) >= 100
    ukrainians = [p for p in everyone if p.country == "UA"]
    assert all(p.family_name_latin == transliterate(p.family_name) for p in ukrainians)
    foreign = {p.family_name_latin for p in everyone if p.country != "UA"}
    assert {"Dvořák", "Nováková", "Wiśniewska", "Petrauskienė"} <= foreign  # as in passports
    assert {p.country for p in everyone} >= {"CZ", "DE", "PL", "BG", "RO", "TW", "US", "EG", "FI"}
    assert all(p.languages and all(len(code) == 2 for code in p.languages) for p in everyone)
    assert sum(bool(p.dietary_needs) for p in everyone) >= 5
    assert any(p.accessibility_needs for p in everyone)
    assert sum(bool(p.passport_number) for p in everyone) >= 5
    assert all("@" in p.email for p in everyone if p.email)
    assert any(p.position == "Хмельницький міський голова" for p in everyone)

    city_day = _titled(db, "Прага 6 з нагоди Дня міста")
    cast = people.list_participants(db, city_day.id)
    assert {p.participation.role.value for p in cast} >= {
        "head", "member", "host_official", "interpreter", "driver", "press",
    }  # fmt: skip
    guests = [p.participation for p in cast if p.person.country == "CZ"]
    assert all(g.hotel and g.arrival_at and g.departure_at for g in guests)
    assert all(g.arrival_at is not None and g.arrival_at.tzinfo for g in guests)


def test_partners_and_agreements(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    partner_rows = partners.list_partners(db)
    kinds = Counter(p.kind for p in partner_rows)
    assert kinds[PartnerKind.CITY] >= 10
    assert {PartnerKind.FINANCIAL_INSTITUTION, PartnerKind.EMBASSY, PartnerKind.NGO,
            PartnerKind.COMPANY, PartnerKind.INTERNATIONAL_ORGANISATION} <= set(kinds)  # fmt: skip
    agreements = partners.list_agreements(db)
    assert all(a.areas for a in agreements)
    assert {AgreementType.TWINNING, AgreementType.SOLIDARITY_PARTNERSHIP, AgreementType.MEMORANDUM,
            AgreementType.TECHNICAL_ASSISTANCE} <= {a.kind for a in agreements}  # fmt: skip
    (expired,) = [a for a in agreements if a.status is AgreementStatus.EXPIRED]
    assert expired.valid_until is not None and expired.valid_until < TODAY
    signed = {a.signed_on for a in agreements}
    assert {date(YEAR, 9, 14), date(YEAR, 6, 10), date(YEAR, 5, 30)} <= signed
    # Signed after the demo's today: still a draft, with the planned date in its notes.
    (integrity_memo,) = [a for a in agreements if "Pro-Integrity" in a.title]
    assert integrity_memo.status is AgreementStatus.DRAFT and integrity_memo.signed_on is None


def test_stock_never_goes_below_zero_and_adds_up(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    movements = gifts.list_movements(db)
    kinds = Counter(m.kind for m in movements)
    assert set(kinds) == set(MovementKind)
    assert kinds[MovementKind.WRITE_OFF] == 1 and kinds[MovementKind.STOCK_TAKE] == 1
    for row in gifts.list_stock(db):
        own = [m for m in movements if m.item_id == row.item.id]
        assert row.quantity >= 0
        assert row.quantity == sum(m.quantity for m in own)
        assert first_negative_day(own) is None
    assert all(m.on.year == YEAR and m.on <= TODAY for m in movements)
    measure_22 = programmes.measures_by_code(db, YEAR)["2.2"].id
    purchases = [m for m in movements if m.kind is MovementKind.PURCHASE]
    assert all(m.measure_id == measure_22 and m.document_number for m in purchases)
    hand_outs = [m for m in movements if m.kind is MovementKind.HAND_OUT]
    assert all(m.delegation_id for m in hand_outs)
    assert any(m.recipient_person_id for m in hand_outs)
    assert any(m.recipient_partner_id for m in hand_outs)
    (count,) = [m for m in movements if m.kind is MovementKind.STOCK_TAKE]
    assert count.quantity != 0 and abs(count.quantity) <= 5


def test_every_visit_s_gifts_are_planned_and_those_of_visits_made_are_handed_out(
    demo: tuple[Database, DemoSummary],
) -> None:
    db, _ = demo
    council = settings.get_settings(db).values[settings.COUNCIL_NAME]
    hand_outs = {m.id: m for m in gifts.list_movements(db) if m.kind is MovementKind.HAND_OUT}
    linked: set[int | None] = set()
    entries: set[int | None] = set()
    waiting, in_person, with_gifts = 0, 0, 0
    for visit in _rows(db):
        planned = planned_gifts.list_planned_gifts(db, visit.id)
        if visit.direction is Direction.ONLINE or visit.status in (
            DelegationStatus.CANCELLED, DelegationStatus.DRAFT,
        ):  # fmt: skip
            assert planned == [], visit.title_uk
            continue
        in_person += 1
        with_gifts += bool(planned)  # a conference with nobody of ours to thank has none
        for row in planned:
            gift = row.gift
            assert visit.start_date <= gift.on <= visit.end_date
            if visit.start_date > TODAY:
                assert not gift.handed_out and gift.gift_record_id is None, visit.title_uk
                waiting += 1
                continue
            assert gift.handed_out and row.warnings == (), visit.title_uk
            movement = hand_outs[gift.movement_id]
            assert (movement.delegation_id, -movement.quantity, movement.on) == (
                visit.id, gift.quantity, gift.on,
            )  # fmt: skip
            assert gift.gift_record_id is not None
            record = gifts.get_gift_record(db, gift.gift_record_id)
            assert (record.direction, record.giver, record.delegation_id) == (
                GiftDirection.GIVEN, council, visit.id,
            )  # fmt: skip
            assert record.value == row.value
            linked.add(gift.movement_id)
            entries.add(gift.gift_record_id)
    assert with_gifts >= 0.8 * in_person
    assert linked == set(hand_outs)  # no hand-out outside a planned gift
    given = [r for r in gifts.list_gift_records(db) if r.direction is GiftDirection.GIVEN]
    assert {r.id for r in given if r.item_id is not None} == entries
    assert waiting >= 5  # the visits still to come have their gifts waiting


def test_the_english_inventory_names_the_demo_s_categories_in_english(
    demo: tuple[Database, DemoSummary],
) -> None:
    db, _ = demo
    assert all(en for _, en in gifts.gift_categories(db))
    english = pdftotext(gift_documents.inventory_document(db, TODAY, "en"))
    assert "textiles" in english and "stationery" in english
    assert "текстиль" not in english
    ukrainian = pdftotext(gift_documents.inventory_document(db, TODAY, "uk"))
    assert "текстиль" in ukrainian and "textiles" not in ukrainian


def test_the_gift_register_has_a_gift_over_the_limit_handed_over(
    demo: tuple[Database, DemoSummary],
) -> None:
    db, _ = demo
    records = gifts.list_gift_records(db)
    assert {r.direction for r in records} == set(GiftDirection)
    over = [r for r in records if r.exceeds_limit]
    assert len(over) == 1 and over[0].handed_over
    assert over[0].direction is GiftDirection.RECEIVED
    limit = gifts.gift_limit_on(db, over[0].on)
    assert limit is not None and over[0].value is not None and over[0].value > limit.per_gift


def test_checklists_are_in_various_states(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    tasks = [row.task for row in checklists.list_tasks(db)]
    statuses = Counter(t.status for t in tasks)
    assert (
        statuses[TaskStatus.OPEN] and statuses[TaskStatus.DONE] and statuses[TaskStatus.CANCELLED]
    )
    assert checklists.list_tasks(db, overdue_on=TODAY)  # some open tasks are late
    done = [t for t in tasks if t.status is TaskStatus.DONE]
    assert all(t.done_on is not None and t.done_on <= TODAY for t in done)
    on_time = sum(t.done_on is not None and t.done_on <= t.due_on for t in done)
    assert on_time >= 0.8 * len(done)
    assert any(t.anchor is not None and t.assignee for t in tasks)  # made by hand
    visits = {r.id: r for r in _rows(db)}
    with_tasks = {t.delegation_id for t in tasks}
    live = [v for v in visits.values() if v.status is not DelegationStatus.CANCELLED]
    assert sum(v.id in with_tasks for v in live) >= 0.7 * len(live)


def test_settings_name_the_council_and_the_head_of_department(
    demo: tuple[Database, DemoSummary],
) -> None:
    values = settings.get_settings(demo[0]).values
    assert values[settings.COUNCIL_NAME] == "Хмельницька міська рада"
    assert values[settings.COUNCIL_NAME_EN] == "Khmelnytskyi City Council"
    assert values[settings.DEPARTMENT_HEAD_POSITION].startswith("Начальник управління")
    name, surname = values[settings.DEPARTMENT_HEAD_NAME].split()
    assert surname.isupper() and not name.isupper()


def _snapshot(db: Database) -> dict[str, Any]:
    """Everything the demo wrote, as plain records in a stable order."""
    rows = _rows(db)
    return {
        "delegations": rows,
        "participants": [people.list_participants(db, r.id) for r in rows],
        "agenda": [agenda.get_agenda_item(db, a.id) for a in agenda.list_agenda(db)],
        "people": [people.get_person(db, p.id) for p in people.list_people(db)],
        "partners": partners.list_partners(db),
        "agreements": partners.list_agreements(db),
        "venues": venues.list_venues(db),
        "stock": gifts.list_stock(db),
        "movements": gifts.list_movements(db),
        "gift_records": gifts.list_gift_records(db),
        "tasks": checklists.list_tasks(db),
        "settings": settings.get_settings(db),
    }


def test_the_same_year_twice_gives_the_same_records(
    db: Database, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """Also moved to another year and another today: the dates follow, nothing is done later."""
    year, today = 2025, date(2025, 5, 1)
    first = write_demo_year(db, year, today)
    if db.engine.dialect.name == "postgresql":  # the same engine: list orders are its own
        server: PostgresServer = request.getfixturevalue("postgres_server")
        other = open_database(server.fresh())
    else:
        other = open_database(tmp_path / "second.sqlite3")
    try:
        assert write_demo_year(other, year, today) == first
        assert _snapshot(other) == _snapshot(db)
    finally:
        other.close()
    rows = _rows(db)
    assert all(r.start_date.year == year == r.end_date.year for r in rows)
    assert all(r.status is not DelegationStatus.COMPLETED or r.end_date < today for r in rows)
    assert all(m.on <= today for m in gifts.list_movements(db))
    assert all(t.task.done_on is None or t.task.done_on <= today for t in checklists.list_tasks(db))
    assert integrity.check_database(db) == []


def test_a_database_that_holds_records_is_refused(db: Database) -> None:
    partners.save_partner(db, Partner(name_uk="Прага 6", country="CZ"))
    with pytest.raises(DatabaseProblem) as refused:
        write_demo_year(db, YEAR)
    assert refused.value.message("uk") == "Демонстраційний рік пишеться лише в порожню базу даних."
    assert len(partners.list_partners(db)) == 1
