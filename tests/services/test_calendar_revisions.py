"""A colleague's calendar takes an event as changed when its SEQUENCE rises: it rises when an
item's or a visit's time, place or status changes, and only then."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from planner.domain.enums import AgendaStatus, DelegationStatus
from planner.services import agenda, delegations
from planner.storage.database import Database
from tests.services import factories as make
from tests.storage.snapshots import table_dicts


def calendar_fields(db: Database, table: str, record_id: int) -> tuple[int, object]:
    (row,) = [r for r in table_dicts(db, table) if r["id"] == record_id]
    return row["ical_sequence"], row["changed_at"]


def test_an_item_starts_at_sequence_zero_with_its_change_time(db: Database) -> None:
    visit = make.delegation(db)
    item = make.agenda_item(db, visit, visit.start_date)
    sequence, changed_at = calendar_fields(db, "agenda_item", item.id)
    assert sequence == 0
    assert changed_at is not None


def test_new_time_place_or_status_raises_the_sequence_and_a_new_note_does_not(
    db: Database,
) -> None:
    visit = make.delegation(db)
    hall = make.venue(db)
    item = make.agenda_item(db, visit, visit.start_date)
    item = agenda.save_agenda_item(db, replace(item, notes="прапори біля входу"))
    assert calendar_fields(db, "agenda_item", item.id)[0] == 0
    later = timedelta(minutes=30)
    item = agenda.save_agenda_item(
        db, replace(item, starts_at=item.starts_at + later, ends_at=item.ends_at + later)
    )
    assert calendar_fields(db, "agenda_item", item.id)[0] == 1
    item = agenda.save_agenda_item(db, replace(item, venue_id=hall.id))
    assert calendar_fields(db, "agenda_item", item.id)[0] == 2
    item = agenda.save_agenda_item(db, replace(item, status=AgendaStatus.CANCELLED))
    assert calendar_fields(db, "agenda_item", item.id)[0] == 3
    item = agenda.save_agenda_item(db, replace(item, title_en="Meeting with the mayor"))
    assert calendar_fields(db, "agenda_item", item.id)[0] == 3


def test_deleting_and_restoring_are_new_revisions_too(db: Database) -> None:
    visit = make.delegation(db)
    item = make.agenda_item(db, visit, visit.start_date)
    agenda.delete_agenda_item(db, item.id, item.version)
    assert calendar_fields(db, "agenda_item", item.id)[0] == 1
    agenda.restore_agenda_item(db, item.id)
    assert calendar_fields(db, "agenda_item", item.id)[0] == 2


def test_a_visit_moved_or_cancelled_is_a_new_revision_and_a_new_purpose_is_not(
    db: Database,
) -> None:
    visit = make.delegation(db)
    visit = delegations.save_delegation(db, replace(visit, purpose="День міста"))
    assert calendar_fields(db, "delegation", visit.id)[0] == 0
    visit = delegations.save_delegation(
        db, replace(visit, end_date=visit.end_date + timedelta(days=1))
    )
    assert calendar_fields(db, "delegation", visit.id)[0] == 1
    visit = delegations.save_delegation(db, replace(visit, place="Хмельницький"))
    assert calendar_fields(db, "delegation", visit.id)[0] == 2
    visit = delegations.save_delegation(db, replace(visit, status=DelegationStatus.CANCELLED))
    assert calendar_fields(db, "delegation", visit.id)[0] == 3
