"""The calendar export through the services: its scopes, stable UIDs, SEQUENCE after edits,
cancelled and deleted records, personal data, and the file written whole or not at all."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from planner.domain.calendar import CalendarVisit, ExportSummary
from planner.domain.enums import AgendaStatus, DelegationStatus, ParticipantRole
from planner.domain.errors import NotFoundError, PlannerError, ValidationError
from planner.services import agenda, delegations, settings
from planner.services.calendar import calendar_export, export_ics
from planner.services.demo import write_demo_year
from planner.storage.database import Database, open_database
from tests.exports.icaljs import read_with_icaljs
from tests.services import factories as make
from tests.services.personal_data import personal_data

NOW = datetime(2024, 9, 1, 8, 0, tzinfo=UTC)


def unfolded(path: Path) -> list[str]:
    return path.read_bytes().decode().replace("\r\n ", "").split("\r\n")


def property_values(path: Path, name: str) -> list[str]:
    """The values of ``name`` (after the first ":") outside the VTIMEZONEs."""
    found, in_zone = [], False
    for line in unfolded(path):
        in_zone = {"BEGIN:VTIMEZONE": True, "END:VTIMEZONE": False}.get(line, in_zone)
        if not in_zone and line.startswith((name + ":", name + ";")):
            found.append(line.split(":", 1)[1])
    return found


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder for the exported files alone (the database lives in ``tmp_path``)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def uids(visits: list[CalendarVisit]) -> list[str]:
    return [uid for v in visits for uid in (v.uid, *(e.uid for e in v.events))]


def test_everything_in_time_order_with_uids_from_this_database(db: Database) -> None:
    home = make.delegation(db)
    taipei = make.taipei_summit(db)
    later = make.agenda_item(db, home, home.start_date, hour=15)
    first = make.agenda_item(db, home, home.start_date, hour=9)
    summit = make.agenda_item(db, taipei, date(2024, 3, 19))
    identity = settings.calendar_identity(db)
    visits = calendar_export(db)
    assert [v.uid for v in visits] == [
        f"delegation-{taipei.id}-{identity}@delegation-planner",
        f"delegation-{home.id}-{identity}@delegation-planner",
    ]
    assert [[e.uid for e in v.events] for v in visits] == [
        [f"agenda-{summit.id}-{identity}@delegation-planner"],
        [f"agenda-{first.id}-{identity}@delegation-planner",
         f"agenda-{later.id}-{identity}@delegation-planner"],
    ]  # fmt: skip
    assert visits[0].events[0].timezone == "Asia/Taipei"
    assert visits[0].events[0].starts_at == summit.starts_at
    assert all(v.show_visit for v in visits)


def test_a_uid_from_another_calendar_is_kept(db: Database) -> None:
    home = make.delegation(db, ical_uid="prague6-cityday@praha6.example")
    make.agenda_item(db, home, home.start_date, ical_uid="040000008200E00074C5B7101A82E008")
    (visit,) = calendar_export(db)
    assert visit.uid == "prague6-cityday@praha6.example"
    assert visit.events[0].uid == "040000008200E00074C5B7101A82E008"


def test_uids_are_the_same_in_two_exports(db: Database, tmp_path: Path) -> None:
    home = make.delegation(db)
    make.agenda_item(db, home, home.start_date)
    make.agenda_item(db, home, home.end_date, hour=18)
    export_ics(db, tmp_path / "one.ics", now=NOW)
    export_ics(db, tmp_path / "two.ics", now=NOW + timedelta(days=3))
    one, two = (
        property_values(tmp_path / "one.ics", "UID"),
        property_values(tmp_path / "two.ics", "UID"),
    )
    assert one == two and len(set(one)) == 3
    assert property_values(tmp_path / "two.ics", "DTSTAMP") == ["20240904T080000Z"] * 3


def test_the_sequence_rises_after_an_edit(db: Database, tmp_path: Path) -> None:
    home = make.delegation(db)
    item = make.agenda_item(db, home, home.start_date)
    export_ics(db, tmp_path / "before.ics", now=NOW)
    assert property_values(tmp_path / "before.ics", "SEQUENCE") == ["0", "0"]
    later = timedelta(hours=1)
    agenda.save_agenda_item(
        db, replace(item, starts_at=item.starts_at + later, ends_at=item.ends_at + later)
    )
    export_ics(db, tmp_path / "moved.ics", now=NOW)
    assert property_values(tmp_path / "moved.ics", "SEQUENCE") == ["0", "1"]
    assert property_values(tmp_path / "moved.ics", "DTSTART")[1] == "20240927T110000"
    # Moving the visit is a new revision of the visit and of every item in it.
    home = delegations.get_delegation(db, home.id)
    delegations.save_delegation(db, replace(home, end_date=home.end_date + timedelta(days=1)))
    export_ics(db, tmp_path / "longer.ics", now=NOW)
    assert property_values(tmp_path / "longer.ics", "SEQUENCE") == ["1", "2"]
    assert property_values(tmp_path / "longer.ics", "UID") == property_values(
        tmp_path / "before.ics", "UID"
    )


def test_cancelled_stay_as_cancelled_and_deleted_are_left_out(db: Database) -> None:
    home = make.delegation(db)
    kept = make.agenda_item(db, home, home.start_date)
    cancelled = make.agenda_item(db, home, home.start_date, hour=12)
    gone = make.agenda_item(db, home, home.start_date, hour=14)
    agenda.save_agenda_item(db, replace(cancelled, status=AgendaStatus.CANCELLED))
    agenda.delete_agenda_item(db, gone.id, gone.version)
    other = make.delegation(db, "Видалений візит", dates=(date(2024, 10, 1), date(2024, 10, 2)))
    delegations.delete_delegation(db, other.id, other.version)
    (visit,) = calendar_export(db)
    assert [(e.title_uk, e.status) for e in visit.events] == [
        (kept.title_uk, AgendaStatus.PLANNED), (cancelled.title_uk, AgendaStatus.CANCELLED),
    ]  # fmt: skip
    home = delegations.get_delegation(db, home.id)
    delegations.save_delegation(db, replace(home, status=DelegationStatus.CANCELLED))
    (visit,) = calendar_export(db)
    assert visit.status == DelegationStatus.CANCELLED
    assert {e.status for e in visit.events} == {AgendaStatus.CANCELLED}


def test_one_delegation(db: Database) -> None:
    home = make.delegation(db)
    taipei = make.taipei_summit(db)
    make.agenda_item(db, home, home.start_date)
    make.agenda_item(db, taipei, taipei.start_date)
    (visit,) = calendar_export(db, delegation_id=taipei.id)
    assert visit.title_uk == taipei.title_uk and len(visit.events) == 1


def test_a_period_takes_the_items_touching_its_days_in_the_visits_zone(db: Database) -> None:
    taipei = make.taipei_summit(db)
    # 01:00 on 20 March in Taipei is still 19 March in UTC and in Kyiv.
    early = make.agenda_item(db, taipei, date(2024, 3, 20), hour=1, title_uk="Ранковий брифінг")
    make.agenda_item(db, taipei, date(2024, 3, 19), hour=9, title_uk="Відкриття")
    home = make.delegation(db)
    (visit,) = calendar_export(db, first=date(2024, 3, 20), last=date(2024, 3, 20))
    assert [e.uid for e in visit.events] == [e.uid for e in calendar_export(db)[0].events[1:]]
    assert visit.events[0].title_uk == early.title_uk
    assert visit.show_visit
    spanning = calendar_export(db, first=date(2024, 3, 1), last=date(2024, 12, 31))
    assert [v.title_uk for v in spanning] == [taipei.title_uk, home.title_uk]
    assert calendar_export(db, first=date(2024, 4, 1), last=date(2024, 9, 26)) == []


def test_one_persons_itinerary(db: Database) -> None:
    home = make.delegation(db)
    taipei = make.taipei_summit(db)
    interpreter = make.person(db, "Петренко", "Іван")
    host = make.person(db, "Мельничук", "Оксана")
    make.participant(db, home, interpreter, role=ParticipantRole.INTERPRETER)
    make.participant(db, taipei, host)
    attended = make.agenda_item(db, home, home.start_date, attendee_person_ids=(interpreter.id,))
    make.agenda_item(db, home, home.start_date, hour=12)  # without the interpreter
    # Responsible for an item of a visit he does not take part in.
    responsible = make.agenda_item(db, taipei, date(2024, 3, 19),
                                   responsible_person_id=interpreter.id)  # fmt: skip
    visits = calendar_export(db, person_id=interpreter.id)
    assert [(v.title_uk, v.show_visit, [e.title_uk for e in v.events]) for v in visits] == [
        (taipei.title_uk, False, [responsible.title_uk]),
        (home.title_uk, True, [attended.title_uk]),
    ]
    (item,) = visits[1].events
    assert item.attendees[0].name == "Іван Петренко"
    assert item.attendees[0].role == "перекладач"
    (only_trip,) = calendar_export(db, person_id=host.id)
    assert (only_trip.title_uk, only_trip.events) == (taipei.title_uk, ())


def test_unknown_ids_and_a_reversed_period_are_refused(db: Database, out: Path) -> None:
    with pytest.raises(NotFoundError):
        calendar_export(db, delegation_id=404)
    with pytest.raises(NotFoundError):
        export_ics(db, out / "x.ics", person_id=404)
    with pytest.raises(ValidationError):
        calendar_export(db, first=date(2024, 10, 1), last=date(2024, 9, 1))
    assert not list(out.iterdir())


def test_names_places_and_contacts_in_the_chosen_language(db: Database) -> None:
    home = make.delegation(db, title_en="Prague 6 delegation")
    guest = make.person(db, "Коваль", "Ґанна", family_name_latin="Koval", given_names_latin="Hanna",
                        phone="+380 67 000 00 00", email="hanna@example.org",
                        passport_number="FA123456", dietary_needs="без глютену")  # fmt: skip
    make.participant(db, home, guest, role=ParticipantRole.HEAD)
    hall = make.venue(db, "Сесійна зала", name_en="Session hall", address="вул. Героїв Майдану, 3")
    make.agenda_item(db, home, home.start_date, venue_id=hall.id, responsible_person_id=guest.id,
                     attendee_person_ids=(guest.id,))  # fmt: skip
    (uk,) = calendar_export(db)
    (event,) = uk.events
    assert (event.venue_name, event.venue_address) == (
        "Сесійна зала", "вул. Героїв Майдану, 3, Хмельницький",
    )  # fmt: skip
    assert event.attendees[0].name == "Ґанна Коваль"
    assert event.attendees[0].role == "голова делегації"
    assert (event.attendees[0].phone, event.responsible and event.responsible.email) == ("", "")
    (en,) = calendar_export(db, language="en", with_contacts=True)
    (event,) = en.events
    assert event.venue_name == "Session hall"
    assert event.attendees[0].name == "Hanna Koval"
    assert event.attendees[0].role == "head of delegation"
    assert (event.attendees[0].phone, event.attendees[0].email) == (
        "+380 67 000 00 00", "hanna@example.org",
    )  # fmt: skip
    assert "FA123456" not in repr(en) and "глютен" not in repr(en)


def test_the_file_is_written_whole_or_not_at_all(db: Database, out: Path) -> None:
    home = make.delegation(db)
    make.agenda_item(db, home, home.start_date)
    target = out / "calendar.ics"
    target.write_bytes(b"the previous calendar")

    def fail(done: int, total: int) -> None:
        raise RuntimeError("the export was stopped")

    with pytest.raises(RuntimeError):
        export_ics(db, target, now=NOW, progress=fail)
    assert target.read_bytes() == b"the previous calendar"
    heard: list[tuple[int, int]] = []
    summary = export_ics(db, target, now=NOW, progress=lambda d, t: heard.append((d, t)))
    assert summary == ExportSummary(visits=1, events=1)
    assert heard[-1] == (2, 2)
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert [p.name for p in out.iterdir()] == ["calendar.ics"]
    with pytest.raises(PlannerError, match="Could not write"):
        export_ics(db, out / "no such folder" / "calendar.ics", now=NOW, language="en")
    assert [p.name for p in out.iterdir()] == ["calendar.ics"]


def test_the_calendar_is_named_for_its_scope(db: Database, tmp_path: Path) -> None:
    home = make.delegation(db, title_en="Prague 6 delegation")
    guest = make.person(db, "Коваль", "Ґанна", family_name_latin="Koval", given_names_latin="Hanna")
    make.participant(db, home, guest)
    path = tmp_path / "c.ics"
    names = []
    for scope in ({}, {"delegation_id": home.id}, {"person_id": guest.id},
                  {"first": date(2024, 9, 1), "last": date(2024, 9, 30)}):  # fmt: skip
        export_ics(db, path, now=NOW, language="en", **scope)  # type: ignore[arg-type]
        names.append(property_values(path, "NAME")[0])
        assert property_values(path, "X-WR-CALNAME") == [names[-1]]
    office = settings.get_settings(db).get(settings.COUNCIL_NAME_EN) or (
        "International cooperation department"
    )
    assert names == [
        f"{office}: visits and programmes", "Prague 6 delegation", "Itinerary: Hanna Koval",
        f"{office}: visits 2024-09-01 – 2024-09-30",
    ]  # fmt: skip


# The demo year: a whole office year, written once for the checks below (it takes seconds).


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(tmp_path_factory.mktemp("demo") / "planner.sqlite3")
    write_demo_year(database, 2024)
    yield database
    database.close()


def test_no_personal_data_in_a_default_export_of_the_demo_year(
    demo: Database, tmp_path: Path
) -> None:
    secrets = personal_data(demo)
    assert all(secrets.get(f) for f in ("phone", "email", "passport_number", "dietary_needs"))
    for language in ("uk", "en"):
        path = tmp_path / f"{language}.ics"
        summary = export_ics(demo, path, now=NOW, language=language)  # type: ignore[arg-type]
        assert summary.events > 100
        text = path.read_bytes().decode().replace("\r\n ", "")
        kinds = ("phone", "email", "passport_number", "dietary_needs", "accessibility_needs")
        if language == "uk":  # in English a passport name may be the Latin name itself
            kinds = (*kinds, "passport_name")
        leaks = [
            (kind, value) for kind in kinds for value in secrets.get(kind, ()) if value in text
        ]
        assert leaks == []
        assert "ATTENDEE" not in text


def test_contacts_are_in_the_demo_export_only_when_asked(demo: Database, tmp_path: Path) -> None:
    secrets = personal_data(demo)
    path = tmp_path / "contacts.ics"
    export_ics(demo, path, now=NOW, with_contacts=True)
    text = path.read_bytes().decode().replace("\r\n ", "")
    phones = [p for p in secrets["phone"] if p in text]
    emails = [e for e in secrets["email"] if e in text.replace("\\,", ",")]
    assert len(phones) > len(secrets["phone"]) // 2
    assert len(emails) > len(secrets["email"]) // 2
    never = ("passport_number", "dietary_needs", "accessibility_needs", "passport_name")
    assert [v for kind in never for v in secrets.get(kind, ()) if v in text] == []


def test_icaljs_reads_the_demo_year_at_the_right_instants(demo: Database, tmp_path: Path) -> None:
    path = tmp_path / "demo.ics"
    export_ics(demo, path, now=NOW)
    physical = path.read_bytes().split(b"\r\n")
    assert physical[-1] == b"" and max(len(line) for line in physical) <= 75
    assert not any(b"\n" in line or b"\r" in line for line in physical)
    read = {e["uid"]: (e["start"], e["end"]) for e in read_with_icaljs(path)["events"]}
    expected = {}
    for visit in calendar_export(demo):
        if visit.show_visit:
            expected[visit.uid] = (visit.start_date.isoformat(),
                                   (visit.end_date + timedelta(days=1)).isoformat())  # fmt: skip
        for event in visit.events:
            expected[event.uid] = (int(event.starts_at.timestamp()),
                                   int(event.ends_at.timestamp()))  # fmt: skip
    assert read == expected
    assert len({e.timezone for v in calendar_export(demo) for e in v.events}) >= 5
