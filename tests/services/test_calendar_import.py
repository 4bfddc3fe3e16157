"""Importing a partner's calendar into a visit's programme: a preview first, then all of it in
one transaction; importing again updates by UID instead of duplicating."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.domain.calendar_import import (
    ImportAction,
    ImportedCalendar,
    ImportedEvent,
    OutsideVisitError,
)
from planner.domain.enums import AgendaStatus, Direction
from planner.domain.errors import StaleEditError, ValidationError
from planner.domain.records import AgendaItem, Delegation
from planner.exports.ics_import import read_calendar
from planner.services import agenda, delegations
from planner.services.calendar_import import (
    LOCATION_NOTE,
    import_calendar,
    preview_import,
    proposed_delegation,
    read_calendar_file,
    redo_import,
    undo_import,
)
from planner.services.settings import calendar_identity
from planner.storage.database import Database
from tests.services import factories as make
from tests.storage.snapshots import count_rows, nothing_written, table_dicts

DATA = Path(__file__).parents[1] / "data" / "ics_import"
OUTLOOK = (DATA / "outlook_prague6.ics").read_bytes()
MEETING_UID = "040000008200E00074C5B7101A82E0080000000010F6B3D1F1FCDA01000000000000000010000000A6C3E0F0B0D6E54A9C8D9B6D2B1F3E21"


def outlook(data: bytes = OUTLOOK) -> ImportedCalendar:
    return read_calendar(data)


def edited(*changes: tuple[str, str]) -> ImportedCalendar:
    """The Outlook file as the partner sends it again, with some lines changed."""
    data = OUTLOOK
    for old, new in changes:
        assert data.count(old.encode()) >= 1, old
        data = data.replace(old.encode(), new.encode(), 1)
    return read_calendar(data)


def sequence_of(db: Database, item_id: int | None) -> int:
    (row,) = [r for r in table_dicts(db, "agenda_item") if r["id"] == item_id]
    return int(row["ical_sequence"])


def one_event(**fields: object) -> ImportedCalendar:
    values: dict[str, object] = {
        "uid": "one@example.org", "summary": "Екскурсія старим містом", "line": 5,
        "starts": datetime(2024, 9, 28, 12, 0, tzinfo=UTC),
        "ends": datetime(2024, 9, 28, 14, 0, tzinfo=UTC), **fields,
    }  # fmt: skip
    return ImportedCalendar(name="Програма", events=(ImportedEvent(**values),))  # type: ignore[arg-type]


def test_an_outlook_programme_becomes_agenda_items_of_the_visit(db: Database) -> None:
    visit = make.delegation(db)  # Prague 6 for City Day, 27-29 Sep 2024, Kyiv
    hall = make.venue(db, "Сесійна зала")
    preview = preview_import(db, outlook(), delegation_id=visit.id)
    assert [p.action for p in preview.items] == [ImportAction.CREATE] * 3
    assert preview.can_import and preview.delegation == visit
    assert count_rows(db, "agenda_item") == 0  # a preview writes nothing

    result = import_calendar(db, outlook(), delegation_id=visit.id)
    assert (len(result.created), result.updated, result.unchanged) == (3, (), ())
    meeting, video_call, concert = agenda.list_agenda(db, visit.id)
    assert (meeting.title_uk, meeting.venue_name) == ("Зустріч з міським головою", hall.name)
    assert meeting.starts_at == datetime(2024, 9, 27, 7, 0, tzinfo=UTC)
    assert meeting.ends_at == datetime(2024, 9, 27, 8, 30, tzinfo=UTC)
    assert video_call.starts_at == datetime(2024, 9, 28, 8, 0, tzinfo=UTC)  # 10:00 Stuttgart
    assert concert.ends_at == datetime(2024, 9, 29, 18, 0, tzinfo=UTC)
    stored = agenda.get_agenda_item(db, meeting.id)
    assert stored.ical_uid == MEETING_UID
    assert stored.description.startswith("Порядок денний: співпраця у сфері освіти, культури")
    assert stored.notes == ""  # the venue was found
    call = agenda.get_agenda_item(db, video_call.id)
    assert (call.venue_id, call.notes) == (None, LOCATION_NOTE + "Microsoft Teams Meeting")
    assert sequence_of(db, video_call.id) == 1  # as the file has it


def test_importing_the_same_file_again_changes_nothing(db: Database) -> None:
    visit = make.delegation(db)
    import_calendar(db, outlook(), delegation_id=visit.id)
    preview = preview_import(db, outlook(), delegation_id=visit.id)
    assert [p.action for p in preview.items] == [ImportAction.UNCHANGED] * 3
    with nothing_written(db):
        result = import_calendar(db, outlook(), delegation_id=visit.id)
    assert (len(result.unchanged), result.created, result.updated) == (3, (), ())


def test_an_edited_file_updates_the_items_by_uid_instead_of_duplicating(db: Database) -> None:
    visit = make.delegation(db)
    first = import_calendar(db, outlook(), delegation_id=visit.id)
    meeting_id = first.created[0].id
    moved = edited(
        ('DTEND;TZID="FLE Standard Time":20240927T113000',
         'DTEND;TZID="FLE Standard Time":20240927T123000'),
        ('DTSTART;TZID="FLE Standard Time":20240927T100000',
         'DTSTART;TZID="FLE Standard Time":20240927T110000'),
        ("SEQUENCE:0", "SEQUENCE:1"),
        ("SUMMARY;LANGUAGE=uk:Зустріч з міським головою",
         "SUMMARY;LANGUAGE=uk:Зустріч з міським головою та секретарем ради"),
    )  # fmt: skip
    preview = preview_import(db, moved, delegation_id=visit.id)
    assert [p.action for p in preview.items] == [
        ImportAction.UPDATE, ImportAction.UNCHANGED, ImportAction.UNCHANGED,
    ]  # fmt: skip
    assert preview.items[0].changed == ("title_uk", "starts_at", "ends_at")
    assert preview.items[0].stored is not None and preview.items[0].stored.id == meeting_id

    result = import_calendar(db, moved, delegation_id=visit.id)
    assert [i.id for i in result.updated] == [meeting_id]
    assert count_rows(db, "agenda_item") == 3
    item = agenda.get_agenda_item(db, meeting_id)
    assert item.title_uk == "Зустріч з міським головою та секретарем ради"
    assert item.starts_at == datetime(2024, 9, 27, 8, 0, tzinfo=UTC)
    assert sequence_of(db, meeting_id) == 1


def test_an_older_version_of_an_event_is_left_out(db: Database) -> None:
    visit = make.delegation(db)
    import_calendar(db, outlook(), delegation_id=visit.id)  # the video call is at SEQUENCE 1
    older = edited(
        ('DTSTART;TZID="W. Europe Standard Time":20240928T100000',
         'DTSTART;TZID="W. Europe Standard Time":20240928T090000'),
        ("SEQUENCE:1", "SEQUENCE:0"),
    )  # fmt: skip
    preview = preview_import(db, older, delegation_id=visit.id)
    skipped = preview.items[1]
    assert skipped.action is ImportAction.SKIP
    assert skipped.item == skipped.stored  # left as it is
    (warning,) = preview.warnings
    assert warning.code == "ics_older_sequence"
    assert warning.message("en") == (
        "“Відеоконференція з партнерами зі Штутгарта” (line 64): the file has an older version "
        "of the event (SEQUENCE 0) than the one saved (SEQUENCE 1); left out."
    )
    with nothing_written(db):
        result = import_calendar(db, older, delegation_id=visit.id)
    assert [e.uid for e in result.skipped] == [skipped.event.uid]


def test_an_item_moved_in_the_planner_is_not_moved_back_by_the_old_file(db: Database) -> None:
    visit = make.delegation(db)
    first = import_calendar(db, outlook(), delegation_id=visit.id)
    item = first.created[0]
    later = timedelta(hours=2)
    agenda.save_agenda_item(
        db, replace(item, starts_at=item.starts_at + later, ends_at=item.ends_at + later)
    )  # the SEQUENCE rises to 1; the file still has 0
    preview = preview_import(db, outlook(), delegation_id=visit.id)
    assert preview.items[0].action is ImportAction.SKIP


def test_events_outside_the_visit_refuse_the_whole_import(db: Database) -> None:
    visit = make.delegation(db, dates=(date(2024, 9, 27), date(2024, 9, 28)))
    preview = preview_import(db, outlook(), delegation_id=visit.id)
    assert not preview.can_import
    assert [p.event.summary for p in preview.outside_visit] == [
        "Святковий концерт до Дня міста за участі ансамблю «Поділля»"
    ]
    assert any(w.code == "ics_outside_visit" for w in preview.warnings)
    with nothing_written(db), pytest.raises(OutsideVisitError) as caught:
        import_calendar(db, outlook(), delegation_id=visit.id)
    assert isinstance(caught.value, ValidationError)
    assert caught.value.message("uk") == (
        "Імпорт не виконано: поза датами візиту 2024-09-27 – 2024-09-28 опиняються події (1): "
        "«Святковий концерт до Дня міста за участі ансамблю «Поділля»» (рядок 82). Спершу "
        "змініть дати візиту."
    )
    assert "“Святковий концерт" in caught.value.message("en")


def test_without_a_delegation_a_new_one_is_made_covering_the_events(db: Database) -> None:
    calendar = read_calendar((DATA / "google_taipei.ics").read_bytes())
    proposed = proposed_delegation(calendar)
    assert (proposed.title_uk, proposed.timezone, proposed.country, proposed.direction) == (
        "Smart City Summit & Expo 2024 — Taipei", "Asia/Taipei", "TW", Direction.OUTGOING,
    )  # fmt: skip
    assert (proposed.start_date, proposed.end_date) == (date(2024, 3, 19), date(2024, 3, 21))
    preview = preview_import(db, calendar, delegation_id=None)
    assert preview.delegation.id is None
    assert len(preview.created) == 4
    result = import_calendar(db, calendar, delegation_id=None)
    assert result.delegation_created and result.delegation.id is not None
    assert delegations.get_delegation(db, result.delegation.id).title_uk == proposed.title_uk
    rows = agenda.list_agenda(db, result.delegation.id)
    assert [r.starts_at.strftime("%d %H:%M") for r in rows] == [
        "19 00:00", "19 09:00", "20 08:00", "21 14:00",
    ]  # Taipei's clock; the exhibition days from midnight  # fmt: skip
    assert rows[0].ends_at == datetime(2024, 3, 22, 0, 0, tzinfo=rows[0].starts_at.tzinfo)
    assert rows[3].status is AgendaStatus.CANCELLED


def test_a_new_delegation_given_by_the_officer_is_used_as_given(db: Database) -> None:
    calendar = outlook()
    mine = replace(proposed_delegation(calendar), title_uk="Прага 6: День міста",
                   title_en="Prague 6: City Day")  # fmt: skip
    result = import_calendar(db, calendar, delegation_id=None, new_delegation=mine)
    saved = delegations.get_delegation(db, result.delegation.id)
    assert (saved.title_uk, saved.title_en) == ("Прага 6: День міста", "Prague 6: City Day")


def test_a_refused_new_delegation_writes_nothing_at_all(db: Database) -> None:
    calendar = outlook()
    bad = replace(proposed_delegation(calendar), country="Чехія")
    with nothing_written(db), pytest.raises(ValidationError):
        import_calendar(db, calendar, delegation_id=None, new_delegation=bad)
    too_short = Delegation(direction=Direction.INCOMING, title_uk="Прага 6",
                           start_date=date(2024, 9, 27), end_date=date(2024, 9, 27))  # fmt: skip
    with nothing_written(db), pytest.raises(OutsideVisitError):
        import_calendar(db, calendar, delegation_id=None, new_delegation=too_short)


def test_floating_and_recurring_events_are_imported_with_a_warning(db: Database) -> None:
    visit = make.taipei_summit(db)  # 18-22 Mar 2024, Asia/Taipei
    calendar = ImportedCalendar(name="", events=(
        ImportedEvent(uid="f@x", summary="Breakfast", line=7,
                      starts=datetime(2024, 3, 19, 8, 0), ends=datetime(2024, 3, 19, 9, 0)),
        ImportedEvent(uid="r@x", summary="Morning run", line=20, recurring=True,
                      starts=datetime(2024, 3, 20, 22, 0, tzinfo=UTC),
                      ends=datetime(2024, 3, 20, 23, 0, tzinfo=UTC)),
    ))  # fmt: skip
    preview = preview_import(db, calendar, delegation_id=visit.id)
    assert [w.message("en") for w in preview.warnings] == [
        "“Breakfast” (line 7): a time with no time zone, read as Asia/Taipei time.",
        "“Morning run” (line 20): a recurring event; only its first occurrence "
        "(2024-03-21 06:00) is imported.",
    ]
    import_calendar(db, calendar, delegation_id=visit.id)
    breakfast, run = agenda.list_agenda(db, visit.id)
    assert breakfast.starts_at == datetime(2024, 3, 19, 0, 0, tzinfo=UTC)  # 08:00 in Taipei
    assert run.starts_at.strftime("%Y-%m-%d %H:%M") == "2024-03-21 06:00"


def test_a_changed_occurrence_and_the_visit_event_of_an_export_are_left_out(db: Database) -> None:
    visit = make.delegation(db)
    calendar = ImportedCalendar(name="", events=(
        one_event().events[0],
        replace(one_event().events[0], recurrence_id="20240929T090000Z", line=30),
        ImportedEvent(uid=f"delegation-7-{'ab' * 16}@delegation-planner", summary="Прага 6",
                      line=40, starts=date(2024, 9, 27), ends=date(2024, 9, 30)),
    ))  # fmt: skip
    preview = preview_import(db, calendar, delegation_id=visit.id)
    assert [p.action for p in preview.items] == [
        ImportAction.CREATE, ImportAction.SKIP, ImportAction.SKIP,
    ]  # fmt: skip
    assert [w.code for w in preview.warnings] == ["ics_recurrence_override", "ics_planner_visit"]
    result = import_calendar(db, calendar, delegation_id=visit.id)
    assert len(result.created) == 1 and len(result.skipped) == 2


def test_the_planners_own_uids_find_their_items(db: Database) -> None:
    """A programme the planner exported, moved by a colleague in Outlook, comes back."""
    visit = make.delegation(db)
    item = make.agenda_item(db, visit, visit.start_date, hour=10)
    identity = calendar_identity(db)
    own = one_event(uid=f"agenda-{item.id}-{identity}@delegation-planner", sequence=1,
                    summary=item.title_uk, starts=item.starts_at + timedelta(hours=1),
                    ends=item.ends_at + timedelta(hours=1))  # fmt: skip
    preview = preview_import(db, own, delegation_id=visit.id)
    assert preview.items[0].action is ImportAction.UPDATE
    assert preview.items[0].changed == ("starts_at", "ends_at")
    import_calendar(db, own, delegation_id=visit.id)
    (row,) = agenda.list_agenda(db, visit.id)
    assert row.id == item.id
    assert row.starts_at == item.starts_at + timedelta(hours=1)
    assert agenda.get_agenda_item(db, item.id).ical_uid == ""  # still the planner's own
    # Another database's UID of the same form is a stranger's: a new item.
    foreign = one_event(uid=f"agenda-{item.id}-{'0' * 32}@delegation-planner")
    assert preview_import(db, foreign, delegation_id=visit.id).items[0].action is (
        ImportAction.CREATE
    )


def test_venues_are_found_by_name_before_the_address(db: Database) -> None:
    visit = make.delegation(db)
    hall = make.venue(db, "Сесійна зала", name_en="Session Hall")
    small = make.venue(db, "Мала зала")
    found = preview_import(db, one_event(location="сесійна ЗАЛА, вул. Проскурівська, 1"),
                           delegation_id=visit.id).items[0]  # fmt: skip
    assert (found.item.venue_id, found.venue_name, found.item.notes) == (hall.id, hall.name, "")
    in_english = preview_import(db, one_event(location="Session Hall"), delegation_id=visit.id)
    assert in_english.items[0].item.venue_id == hall.id
    elsewhere = preview_import(db, one_event(location="Мала зала філармонії"),
                               delegation_id=visit.id).items[0]  # fmt: skip
    assert elsewhere.item.venue_id is None  # "Мала зала" is only the start of a longer name
    assert small.id is not None
    assert elsewhere.item.notes == LOCATION_NOTE + "Мала зала філармонії"


def test_the_officers_notes_and_venue_choice_survive_a_new_import(db: Database) -> None:
    visit = make.delegation(db)
    hall = make.venue(db, "Ратуша")
    first = import_calendar(db, one_event(location="Town Hall"), delegation_id=visit.id)
    item = first.created[0]
    assert item.notes == LOCATION_NOTE + "Town Hall"
    agenda.save_agenda_item(db, replace(item, venue_id=hall.id,
                                        notes=item.notes + "\nПрапори біля входу"))  # fmt: skip
    again = one_event(location="Town Hall, main entrance", sequence=1)
    import_calendar(db, again, delegation_id=visit.id)
    updated = agenda.get_agenda_item(db, item.id)
    assert updated.venue_id == hall.id
    assert updated.notes == "Прапори біля входу\n" + LOCATION_NOTE + "Town Hall, main entrance"
    no_place = one_event(location="", sequence=1)
    import_calendar(db, no_place, delegation_id=visit.id)
    assert agenda.get_agenda_item(db, item.id).venue_id == hall.id
    assert agenda.get_agenda_item(db, item.id).notes == "Прапори біля входу"


def test_an_unknown_delegation_is_a_clear_error(db: Database) -> None:
    from planner.domain.errors import NotFoundError

    with pytest.raises(NotFoundError):
        preview_import(db, outlook(), delegation_id=404)


PIECES = [*",;:\\\"'\n\t Nn", *"абвгґдеєжзиіїйкнопсюяЄІЇҐ’«»", "\\N", "\\n", "\\,", "\\;",
          "a", "Z", "—"]  # fmt: skip
TRICKY = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@settings(
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(title=TRICKY.filter(str.strip), description=TRICKY)
def test_tricky_text_reaches_the_database_unchanged(
    db: Database, title: str, description: str
) -> None:
    visit = make.delegation(db) if not delegations.list_delegations(db) else None
    visit_id = visit.id if visit else delegations.list_delegations(db)[0].id
    uid = f"{abs(hash((title, description)))}@example.org"
    result = import_calendar(db, one_event(uid=uid, summary=title, description=description),
                             delegation_id=visit_id)  # fmt: skip
    (item,) = result.created or result.unchanged
    stored = agenda.get_agenda_item(db, item.id)
    assert (stored.title_uk, stored.description) == (title, description)


# Export, then import: the planner's own files come back as the same items


def exported(db: Database, tmp_path: Path, delegation_id: int | None, **options: bool) -> Path:
    from planner.services.calendar import export_ics

    path = tmp_path / f"export-{delegation_id}-{len(list(tmp_path.iterdir()))}.ics"
    export_ics(db, path, delegation_id=delegation_id, **options)
    return path


def programme(db: Database, delegation_id: int | None) -> list[tuple[object, ...]]:
    """What must survive the round trip, item by item in time order."""
    rows = agenda.list_agenda(db, delegation_id)
    items = [agenda.get_agenda_item(db, r.id) for r in rows]
    return [(i.title_uk, i.description, i.starts_at.astimezone(UTC), i.ends_at.astimezone(UTC),
             i.status, i.venue_id) for i in items]  # fmt: skip


def summit_with_programme(db: Database) -> int:
    visit = make.taipei_summit(db)
    hall = make.venue(
        db, "Nangang Exhibition Center", city="Taipei", address="No. 1 Jingmao 2nd Rd."
    )
    base = datetime(2024, 3, 19, 1, 0, 15, tzinfo=UTC)  # 09:00:15 in Taipei: seconds count too
    for offset, title, status, description in [
        (0, "Відкриття саміту, «Smart City»; зала 1", AgendaStatus.CONFIRMED,
         "Дрес-код: діловий.\nВзяти подарунковий набір; кераміка, \\N і C:\\new"),
        (5, "Зустріч з мером Тайбея", AgendaStatus.PLANNED, ""),
        (26, "Візит до центру керування рухом", AgendaStatus.CANCELLED, "Скасовано: тайфун"),
        (49, "Прощальна вечеря: 22:30 – 00:45", AgendaStatus.PLANNED, "Ресторан \"Din Tai Fung\""),
    ]:  # fmt: skip
        starts = base + timedelta(hours=offset, minutes=offset, seconds=offset)
        agenda.save_agenda_item(db, AgendaItem(
            delegation_id=visit.id, starts_at=starts, ends_at=starts + timedelta(minutes=95),
            title_uk=title, description=description, status=status,
            venue_id=hall.id if offset % 2 == 0 else None,
        ))  # fmt: skip
    assert visit.id is not None
    return visit.id


@pytest.mark.parametrize("utc", [False, True], ids=["visit-zone", "utc"])
def test_an_exported_programme_imported_into_a_new_delegation_comes_back(
    db: Database, tmp_path: Path, utc: bool
) -> None:
    summit = summit_with_programme(db)
    calendar = read_calendar_file(exported(db, tmp_path, summit, utc=utc))
    result = import_calendar(db, calendar, delegation_id=None)
    assert result.delegation.id != summit
    assert (result.delegation.start_date, result.delegation.end_date) == (
        date(2024, 3, 18), date(2024, 3, 22),
    )  # the visit's own all-day event is left out, its dates are kept  # fmt: skip
    # A UTC file names no zone at all: the new visit keeps Kyiv's, and the instants are the same.
    assert result.delegation.timezone == ("Europe/Kyiv" if utc else "Asia/Taipei")
    assert len(result.created) == 4
    assert programme(db, result.delegation.id) == programme(db, summit)


def test_importing_an_export_again_changes_nothing_wherever_it_went(
    db: Database, tmp_path: Path
) -> None:
    summit = summit_with_programme(db)
    calendar = read_calendar_file(exported(db, tmp_path, summit))
    with nothing_written(db):  # back into its own visit: the planner's UIDs find the items
        again = import_calendar(db, calendar, delegation_id=summit)
    assert len(again.unchanged) == 4
    copy = import_calendar(db, calendar, delegation_id=None).delegation
    with nothing_written(db):  # into the copy: the UIDs it keeps find them
        assert len(import_calendar(db, calendar, delegation_id=copy.id).unchanged) == 4


def test_an_edit_made_in_the_planner_travels_through_the_file(db: Database, tmp_path: Path) -> None:
    summit = summit_with_programme(db)
    copy = import_calendar(db, read_calendar_file(exported(db, tmp_path, summit)),
                           delegation_id=None).delegation  # fmt: skip
    first = agenda.list_agenda(db, summit)[0]
    item = agenda.get_agenda_item(db, first.id)
    later = timedelta(minutes=45)
    agenda.save_agenda_item(db, replace(item, starts_at=item.starts_at + later,
                                        ends_at=item.ends_at + later))  # fmt: skip
    result = import_calendar(db, read_calendar_file(exported(db, tmp_path, summit)),
                             delegation_id=copy.id)  # fmt: skip
    assert [u.title_uk for u in result.updated] == [item.title_uk]
    assert programme(db, copy.id) == programme(db, summit)


@settings(max_examples=20, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(title=TRICKY.filter(str.strip), description=TRICKY)
def test_tricky_text_survives_export_and_import(
    db: Database, tmp_path_factory: pytest.TempPathFactory, title: str, description: str
) -> None:
    visit = make.delegation(db)
    assert visit.id is not None
    starts = datetime(2024, 9, 27, 7, 0, tzinfo=UTC)
    agenda.save_agenda_item(db, AgendaItem(
        delegation_id=visit.id, starts_at=starts, ends_at=starts + timedelta(hours=1),
        title_uk=title, description=description,
    ))  # fmt: skip
    path = exported(db, tmp_path_factory.mktemp("export"), visit.id)
    result = import_calendar(db, read_calendar_file(path), delegation_id=None)
    assert programme(db, result.delegation.id) == programme(db, visit.id)


def _live_programme(db: Database, delegation_id: int | None) -> list[tuple[str, datetime]]:
    return [(a.title_uk, a.starts_at) for a in agenda.list_agenda(db, delegation_id)]


def test_an_import_is_undone_and_redone_as_one_action(db: Database) -> None:
    visit = make.delegation(db)
    first = import_calendar(db, outlook(), delegation_id=visit.id)
    before = _live_programme(db, visit.id)
    moved = edited(
        ('DTEND;TZID="FLE Standard Time":20240927T113000',
         'DTEND;TZID="FLE Standard Time":20240927T123000'),
        ('DTSTART;TZID="FLE Standard Time":20240927T100000',
         'DTSTART;TZID="FLE Standard Time":20240927T110000'),
        ("SEQUENCE:0", "SEQUENCE:1"),
    )  # fmt: skip
    farewell = replace(moved.events[0], uid="new@example.org", summary="Прощальна вечеря")
    extra = (*moved.events, farewell)
    second = import_calendar(db, replace(moved, events=extra), delegation_id=visit.id)
    assert (len(second.created), len(second.updated)) == (1, 1)
    assert second.replaced[0].starts_at == first.created[0].starts_at
    after = _live_programme(db, visit.id)
    assert len(after) == 4

    undone = undo_import(db, second)
    assert _live_programme(db, visit.id) == before  # the new item gone, the moved one back
    redone = redo_import(db, undone)
    assert _live_programme(db, visit.id) == after
    undo_import(db, redone)  # and again: the versions followed every step
    assert _live_programme(db, visit.id) == before


def test_undoing_an_import_that_made_its_delegation_removes_the_delegation_too(
    db: Database,
) -> None:
    result = import_calendar(db, outlook(), delegation_id=None)
    assert result.delegation_created and result.delegation.id is not None
    undone = undo_import(db, result)
    assert delegations.count_delegations(db) == 0
    redo_import(db, undone)
    assert delegations.count_delegations(db) == 1
    assert len(agenda.list_agenda(db, result.delegation.id)) == len(result.created)


def test_undoing_an_import_refuses_when_an_officer_changed_an_item_since(db: Database) -> None:
    visit = make.delegation(db)
    result = import_calendar(db, outlook(), delegation_id=visit.id)
    item = agenda.get_agenda_item(db, result.created[0].id)
    agenda.save_agenda_item(db, replace(item, notes="прапори біля входу"))
    with nothing_written(db), pytest.raises(StaleEditError):
        undo_import(db, result)
