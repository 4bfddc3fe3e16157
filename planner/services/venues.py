"""Use cases for venues: halls, offices, sites where agenda items take place."""

from __future__ import annotations

from planner.domain import rules, text
from planner.domain.records import Venue
from planner.services.common import (
    RecordKind,
    delete_record,
    get_record,
    live,
    refuse_duplicate,
    restore,
    save_row,
)
from planner.storage.database import Database
from planner.storage.models import DbVenue

VENUE = RecordKind("venue", DbVenue, Venue, rules.check_venue)


def save_venue(db: Database, venue: Venue) -> Venue:
    with db.transaction() as session:
        refuse_duplicate(session, DbVenue, venue.id, "name", venue.name, DbVenue.city == venue.city)
        return VENUE.to_record(save_row(session, VENUE, venue))


def get_venue(db: Database, venue_id: int) -> Venue:
    return get_record(db, VENUE, venue_id)


def delete_venue(db: Database, venue_id: int, version: int) -> None:
    delete_record(db, VENUE, venue_id, version)


def restore_venue(db: Database, venue_id: int) -> Venue:
    """Undo a deletion, unless a venue of the same name has been added meanwhile."""
    with db.transaction() as session:
        row = restore(session, VENUE, venue_id)
        refuse_duplicate(session, DbVenue, row.id, "name", row.name, DbVenue.city == row.city)
        return VENUE.to_record(row)


def list_venues(db: Database, search: str = "") -> list[Venue]:
    query = live(DbVenue).order_by(DbVenue.sort_key, DbVenue.id)
    if search.strip():
        query = query.where(DbVenue.search_text.contains(text.fold(search), autoescape=True))
    with db.reading() as session:
        return [VENUE.to_record(row) for row in session.scalars(query)]
