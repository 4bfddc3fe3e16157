"""The conflict check on real databases made through the services, the demo year included."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from itertools import combinations

import pytest

from planner.domain.conflicts import Conflict, ConflictRule, Severity
from planner.domain.enums import AgendaStatus, DelegationStatus, Direction, ParticipantRole
from planner.domain.errors import NotFoundError, ValidationError
from planner.domain.records import AgendaItem, Delegation, Person, Venue
from planner.services import agenda, delegations, people, settings, venues
from planner.services.conflicts import find_conflicts
from planner.services.demo import write_demo_year
from planner.storage.database import Database, open_database
from tests.services import factories as make
from tests.storage.snapshots import execute

DAY = make.CITY_DAY[0]


def item_at(db: Database, of: Delegation, day: date, starts: tuple[int, int],
            ends: tuple[int, int], **fields: object) -> AgendaItem:  # fmt: skip
    """An item from ``starts`` to ``ends`` (hour, minute) by the clock of its visit's zone."""
    assert of.id is not None
    return agenda.save_agenda_item(db, AgendaItem(
        delegation_id=of.id, starts_at=make.moment(day, *starts, zone=of.timezone),
        ends_at=make.moment(day, *ends, zone=of.timezone),
        title_uk=str(fields.pop("title_uk", "Зустріч")), **fields,  # type: ignore[arg-type]
    ))  # fmt: skip


class Office:
    """Two visits on City Day with the same host official, the mayor off to Taipei."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.prague = make.delegation(db, title_en="Prague 6 delegation")
        self.nefco = make.delegation(db, "Візит НЕФКО", title_en="NEFCO visit")
        self.host = make.person(db, "Коваль", "Ґанна", family_name_latin="Koval",
                                given_names_latin="Hanna", languages=("uk", "en"))  # fmt: skip
        self.guest = make.person(db, "Новак", "Ян", family_name_latin="Novák",
                                 given_names_latin="Jan", languages=("cs",))  # fmt: skip
        for visit in (self.prague, self.nefco):
            make.participant(db, visit, self.host, role=ParticipantRole.HOST_OFFICIAL)
        make.participant(db, self.prague, self.guest, role=ParticipantRole.HEAD)
        self.hall = make.venue(db, "Сесійна зала", name_en="Session Hall")
        self.school = make.venue(db, "Ліцей № 17")


@pytest.fixture
def office(db: Database) -> Office:
    return Office(db)


def test_a_new_database_has_no_conflicts(db: Database) -> None:
    assert find_conflicts(db) == []


def test_one_official_in_two_visits_at_once(office: Office) -> None:
    db = office.db
    first = item_at(db, office.prague, DAY, (10, 0), (11, 30), title_uk="Зустріч у міського голови",
                    attendee_person_ids=(office.host.id,))  # fmt: skip
    second = item_at(db, office.nefco, DAY, (11, 0), (12, 0), title_uk="Презентація проєктів",
                     responsible_person_id=office.host.id)  # fmt: skip
    (clash,) = find_conflicts(db)
    assert (clash.rule, clash.severity) == (ConflictRule.PERSON_OVERLAP, Severity.ERROR)
    assert clash.item_ids == (first.id, second.id)
    assert clash.delegation_ids == (office.prague.id, office.nefco.id)
    assert clash.person_ids == (office.host.id,)
    assert clash.moment.isoformat() == "2024-09-27T11:00:00+03:00"
    assert clash.message("uk") == (
        "Ґанна Коваль: водночас у двох пунктах програми — «Зустріч у міського голови» "
        "(27.09.2024 10:00–11:30; Делегація Праги 6 на День міста) і «Презентація проєктів» "
        "(27.09.2024 11:00–12:00; Візит НЕФКО)."
    )
    assert "Hanna Koval: in two agenda items at once" in clash.message("en")
    # Each delegation sees the clash with the other; a third one does not.
    assert find_conflicts(db, delegation_id=office.prague.id) == [clash]
    assert find_conflicts(db, delegation_id=office.nefco.id) == [clash]
    third = make.delegation(db, "Онлайн-зустріч", direction=Direction.ONLINE)
    assert find_conflicts(db, delegation_id=third.id) == []


def test_touching_items_and_a_cancelled_one_are_no_clash(office: Office) -> None:
    db = office.db
    item_at(db, office.prague, DAY, (10, 0), (11, 0), attendee_person_ids=(office.host.id,),
            venue_id=office.hall.id)  # fmt: skip
    item_at(db, office.nefco, DAY, (11, 0), (12, 0), attendee_person_ids=(office.host.id,),
            venue_id=office.hall.id)  # fmt: skip
    item_at(db, office.nefco, DAY, (10, 30), (11, 30), attendee_person_ids=(office.host.id,),
            venue_id=office.hall.id, status=AgendaStatus.CANCELLED)  # fmt: skip
    assert find_conflicts(db) == []


def test_deleted_items_people_and_venues_and_cancelled_visits_never_conflict(
    office: Office,
) -> None:
    db = office.db
    first = item_at(db, office.prague, DAY, (10, 0), (11, 0), venue_id=office.hall.id,
                    attendee_person_ids=(office.host.id,))  # fmt: skip
    second = item_at(db, office.nefco, DAY, (10, 30), (11, 30), venue_id=office.hall.id,
                     attendee_person_ids=(office.host.id,))  # fmt: skip
    assert [c.rule for c in find_conflicts(db)] == [
        ConflictRule.PERSON_OVERLAP, ConflictRule.VENUE_OVERLAP,
    ]  # fmt: skip

    hall = venues.get_venue(db, office.hall.id)  # type: ignore[arg-type]
    venues.delete_venue(db, hall.id, hall.version)  # type: ignore[arg-type]
    assert [c.rule for c in find_conflicts(db)] == [ConflictRule.PERSON_OVERLAP]
    host = people.get_person(db, office.host.id)  # type: ignore[arg-type]
    people.delete_person(db, host.id, host.version)  # type: ignore[arg-type]
    assert find_conflicts(db) == []
    people.restore_person(db, host.id)  # type: ignore[arg-type]
    venues.restore_venue(db, hall.id)  # type: ignore[arg-type]
    assert len(find_conflicts(db)) == 2

    agenda.delete_agenda_item(db, second.id, agenda.get_agenda_item(db, second.id).version)  # type: ignore[arg-type]
    assert find_conflicts(db) == []
    agenda.restore_agenda_item(db, second.id)  # type: ignore[arg-type]
    nefco = delegations.get_delegation(db, office.nefco.id)  # type: ignore[arg-type]
    delegations.save_delegation(db, replace(nefco, status=DelegationStatus.CANCELLED))
    assert find_conflicts(db) == []
    assert first.id is not None


def test_a_venue_booked_twice(office: Office) -> None:
    db = office.db
    item_at(db, office.prague, DAY, (10, 0), (12, 0), venue_id=office.hall.id)
    item_at(db, office.nefco, DAY, (11, 30), (13, 0), venue_id=office.hall.id)
    (clash,) = find_conflicts(db)
    assert (clash.rule, clash.venue_id) == (ConflictRule.VENUE_OVERLAP, office.hall.id)
    assert clash.message("en").startswith("“Session Hall” is booked twice at once: ")


def test_an_item_left_outside_its_visits_dates(office: Office) -> None:
    """The services never save one; a file changed elsewhere (or an import) can hold one."""
    db = office.db
    last_day = item_at(db, office.prague, DAY + timedelta(days=2), (10, 0), (11, 0))
    assert find_conflicts(db) == []
    execute(
        db, "UPDATE delegation SET end_date = :day WHERE id = :id", day=DAY, id=office.prague.id
    )
    (clash,) = find_conflicts(db)
    assert (clash.rule, clash.item_ids) == (ConflictRule.OUTSIDE_VISIT, (last_day.id,))
    assert "поза датами візиту 27.09.2024 (Делегація Праги 6 на День міста)" in clash.message()


def test_the_mayor_in_taipei_while_down_for_a_home_event(db: Database) -> None:
    mayor = make.person(db, "Симчишин", "Олександр", languages=("uk",))
    summit = make.taipei_summit(db)
    make.participant(db, summit, mayor, role=ParticipantRole.HEAD)
    home = make.delegation(db, "Візит НЕФКО", (date(2024, 3, 15), date(2024, 3, 25)))
    # 17 March 19:00 in Kyiv is 18 March 01:00 in Taipei; 17:00 is still 17 March there.
    evening = item_at(db, home, date(2024, 3, 17), (19, 0), (20, 0),
                      responsible_person_id=mayor.id)  # fmt: skip
    item_at(db, home, date(2024, 3, 17), (16, 0), (17, 0), responsible_person_id=mayor.id)
    (warning,) = find_conflicts(db)
    assert (warning.rule, warning.severity) == (ConflictRule.OFFICIAL_ABROAD, Severity.WARNING)
    assert (warning.item_ids, warning.person_ids) == ((evening.id,), (mayor.id,))
    assert warning.delegation_ids == (home.id, summit.id)
    assert warning.message("uk").startswith(
        "Олександр Симчишин у цей час за кордоном (Саміт «Розумне місто» у Тайбеї, "
        "18.03.2024 – 22.03.2024), але значиться на «Зустріч»"
    )
    assert find_conflicts(db, delegation_id=summit.id) == [warning]


def test_an_early_flight_abroad_counts_from_the_arrival(db: Database) -> None:
    deputy = make.person(db, "Ткачук", "Микола")
    summit = make.taipei_summit(db)
    home = make.delegation(db, "Візит НЕФКО", (date(2024, 3, 15), date(2024, 3, 25)))
    morning = item_at(db, home, date(2024, 3, 17), (9, 0), (10, 0), responsible_person_id=deputy.id)
    make.participant(db, summit, deputy, role=ParticipantRole.DEPUTY_HEAD)
    assert find_conflicts(db) == []  # 17 March 09:00 in Kyiv: before the summit's first day
    (taking_part,) = people.list_participants(db, summit.id)  # type: ignore[arg-type]
    people.save_participation(db, replace(
        taking_part.participation, arrival_at=make.moment(date(2024, 3, 17), 8, 0, zone=make.TAIPEI),
    ))  # fmt: skip
    (warning,) = find_conflicts(db)
    assert (warning.rule, warning.item_ids) == (ConflictRule.OFFICIAL_ABROAD, (morning.id,))


def test_languages_without_an_interpreter(office: Office) -> None:
    db = office.db
    talk = item_at(db, office.prague, DAY, (10, 0), (11, 0),
                   attendee_person_ids=(office.host.id, office.guest.id))  # fmt: skip
    (warning,) = find_conflicts(db)
    assert (warning.rule, warning.item_ids) == (ConflictRule.INTERPRETER_NEEDED, (talk.id,))
    assert "(Ґанна Коваль (en, uk), Ян Новак (cs))" in warning.message()
    interpreter = make.person(db, "Стецюк", "Петро", languages=("uk", "cs"))
    make.participant(db, office.prague, interpreter, role=ParticipantRole.INTERPRETER)
    agenda.save_agenda_item(db, replace(
        agenda.get_agenda_item(db, talk.id),  # type: ignore[arg-type]
        attendee_person_ids=(office.host.id, office.guest.id, interpreter.id),
    ))  # fmt: skip
    assert find_conflicts(db) == []


def test_the_buffer_between_venues_is_an_office_setting(office: Office) -> None:
    db = office.db
    item_at(db, office.prague, DAY, (10, 0), (11, 0), venue_id=office.hall.id,
            attendee_person_ids=(office.host.id,))  # fmt: skip
    item_at(db, office.prague, DAY, (11, 20), (12, 0), venue_id=office.school.id,
            attendee_person_ids=(office.host.id,))  # fmt: skip
    assert find_conflicts(db) == []  # 20 minutes: enough with the default 15

    def buffer(text: str) -> list[ConflictRule]:
        settings.save_settings(db, {settings.CONFLICT_BUFFER_MINUTES: text},
                               settings.get_settings(db))  # fmt: skip
        return [c.rule for c in find_conflicts(db)]

    assert buffer("30") == [ConflictRule.TOO_LITTLE_TIME]
    assert buffer("20") == []
    assert buffer("пів години") == []  # not a number: the default
    assert buffer("45") == [ConflictRule.TOO_LITTLE_TIME]
    (warning,) = find_conflicts(db)
    assert "щонайменше 45 хв" in warning.message() and "лише 20 хв" in warning.message()


def test_a_period_and_mistakes(office: Office) -> None:
    db = office.db
    item_at(db, office.prague, DAY, (10, 0), (11, 0), venue_id=office.hall.id)
    item_at(db, office.nefco, DAY, (10, 0), (11, 0), venue_id=office.hall.id)
    assert len(find_conflicts(db, first=DAY, last=DAY)) == 1
    assert find_conflicts(db, first=DAY + timedelta(days=1)) == []
    assert find_conflicts(db, last=DAY - timedelta(days=1)) == []
    with pytest.raises(ValidationError):
        find_conflicts(db, first=DAY, last=DAY - timedelta(days=1))
    with pytest.raises(NotFoundError):
        find_conflicts(db, delegation_id=999)
    third = make.delegation(db, "Видалена делегація")
    delegations.delete_delegation(db, third.id, third.version)  # type: ignore[arg-type]
    with pytest.raises(NotFoundError):
        find_conflicts(db, delegation_id=third.id)


# --- The demo year -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The demo year 2024 as ``planner demo`` writes it, once for this module (SQLite)."""
    database = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    write_demo_year(database, 2024)
    yield database
    database.close()


def everything(db: Database) -> tuple[dict[int, AgendaItem], dict[int, Delegation]]:
    """Every live item (of visits not cancelled) and visit, read through the public services."""
    visits = {
        row.id: delegations.get_delegation(db, row.id) for row in delegations.list_delegations(db)
    }
    items = {
        row.id: agenda.get_agenda_item(db, row.id)
        for row in agenda.list_agenda(db)
        if row.status is not AgendaStatus.CANCELLED
        and visits[row.delegation_id].status is not DelegationStatus.CANCELLED
    }
    return items, visits


def test_the_demo_year_shows_plausible_conflicts(demo: Database) -> None:
    found = find_conflicts(demo)
    rules = {c.rule for c in found}
    assert found, "a year of fifty visits has something to look at"
    # The services keep items within their visit and the demo books no hall twice.
    assert rules <= {ConflictRule.PERSON_OVERLAP, ConflictRule.INTERPRETER_NEEDED,
                     ConflictRule.TOO_LITTLE_TIME, ConflictRule.OFFICIAL_ABROAD}  # fmt: skip
    items, visits = everything(demo)
    for conflict in found:
        assert conflict.moment.year == 2024
        assert set(conflict.item_ids) <= set(items)
        assert set(conflict.delegation_ids) == {
            items[i].delegation_id for i in conflict.item_ids
        } | ({conflict.trip.delegation_id} if conflict.trip else set())
        for lang in ("uk", "en"):
            text = conflict.message(lang)  # type: ignore[arg-type]
            assert text.endswith(".") and "{" not in text
            assert all(i.title(lang) in text for i in conflict.items)  # type: ignore[arg-type]
        if conflict.rule is ConflictRule.INTERPRETER_NEEDED:
            # Incoming visits always have their interpreter at the table; some trips do not.
            (item_id,) = conflict.item_ids
            assert visits[items[item_id].delegation_id].direction is Direction.OUTGOING
        if conflict.rule is ConflictRule.TOO_LITTLE_TIME:
            first, second = (items[i] for i in conflict.item_ids)
            assert first.venue_id != second.venue_id
            assert timedelta(0) <= second.starts_at - first.ends_at < timedelta(minutes=15)


def test_the_demo_years_clashes_are_exactly_those_of_comparing_every_pair(demo: Database) -> None:
    items, _ = everything(demo)
    found = find_conflicts(demo)
    clashes: dict[tuple[int, int], set[int]] = {}
    double_booked = set()
    for a, b in combinations(items.values(), 2):
        if not (a.starts_at < b.ends_at and b.starts_at < a.ends_at):
            continue
        pair = (min(a.id, b.id), max(a.id, b.id))  # type: ignore[type-var]
        together = {*a.attendee_person_ids, a.responsible_person_id} & {
            *b.attendee_person_ids, b.responsible_person_id}  # fmt: skip
        if together - {None}:
            clashes[pair] = together - {None}  # type: ignore[assignment]
        if a.venue_id is not None and a.venue_id == b.venue_id:
            double_booked.add(pair)
    assert {tuple(sorted(c.item_ids)): set(c.person_ids) for c in found
            if c.rule is ConflictRule.PERSON_OVERLAP} == clashes  # fmt: skip
    assert {tuple(sorted(c.item_ids)) for c in found
            if c.rule is ConflictRule.VENUE_OVERLAP} == double_booked  # fmt: skip


def test_each_demo_visit_sees_its_own_part_of_the_list(demo: Database) -> None:
    found = find_conflicts(demo)
    for row in delegations.list_delegations(demo):
        assert find_conflicts(demo, delegation_id=row.id) == [
            c for c in found if row.id in c.delegation_ids
        ]
    july = [c for c in found if c.moment.month == 7]
    assert find_conflicts(demo, first=date(2024, 7, 1), last=date(2024, 7, 31)) == july


def conflicts_of(found: list[Conflict], rule: ConflictRule) -> list[Conflict]:
    return [c for c in found if c.rule is rule]


def test_the_demo_findings_name_people_and_venues_as_their_records_do(demo: Database) -> None:
    """Names come from the people's own records, in Cyrillic and in Latin letters."""
    found = find_conflicts(demo)
    for conflict in conflicts_of(found, ConflictRule.PERSON_OVERLAP):
        for person_id in conflict.person_ids:
            person: Person = people.get_person(demo, person_id)
            assert person.display_name in conflict.message("uk")
            assert person.latin_name in conflict.message("en")
    for conflict in conflicts_of(found, ConflictRule.TOO_LITTLE_TIME):
        before, after = (agenda.get_agenda_item(demo, i) for i in conflict.item_ids)
        venue: Venue = venues.get_venue(demo, after.venue_id)  # type: ignore[arg-type]
        assert venue.name in conflict.message("uk")
        assert before.ends_at <= after.starts_at
