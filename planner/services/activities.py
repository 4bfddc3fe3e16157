"""Use cases for programme activities that are not visits: online meetings, publications,
purchases, platform updates (much of the annual report is made of them)."""

from __future__ import annotations

from datetime import date

from planner.domain import rules, text
from planner.domain.records import Activity
from planner.services.common import RecordKind, delete_record, fetch, live, restore, save_row
from planner.services.delegations import _existing
from planner.storage.database import Database
from planner.storage.models import DbActivity, DbMeasure, DbPartner

ACTIVITY = RecordKind("activity", DbActivity, Activity, rules.check_activity)


def activity_record(row: DbActivity) -> Activity:
    return ACTIVITY.to_record(
        row,
        partner_ids=tuple(sorted(p.id for p in row.partners if p.deleted_at is None)),
        measure_ids=tuple(sorted(m.id for m in row.measures)),
    )


def save_activity(db: Database, activity: Activity) -> Activity:
    """Create or change an activity with its programme measures and partners.

    A change saved by someone else since ``activity.version`` was read is refused
    (``StaleEditError``); a measure or partner that does not exist is a field problem.
    """
    with db.transaction() as session:
        partners = _existing(session, DbPartner, activity.partner_ids, "partner_ids")
        measures = _existing(session, DbMeasure, activity.measure_ids, "measure_ids")
        row = save_row(session, ACTIVITY, activity)
        # Links to partners deleted since are not shown, and are kept for when they come back.
        row.partners = partners + [p for p in row.partners if p.deleted_at is not None]
        row.measures = measures
        session.flush()
        return activity_record(row)


def get_activity(db: Database, activity_id: int) -> Activity:
    with db.reading() as session:
        return activity_record(fetch(session, ACTIVITY, activity_id))


def delete_activity(db: Database, activity_id: int, version: int) -> None:
    """Deleting hides the activity (and its report sentence); ``restore_activity`` undoes it."""
    delete_record(db, ACTIVITY, activity_id, version)


def restore_activity(db: Database, activity_id: int) -> Activity:
    with db.transaction() as session:
        return activity_record(restore(session, ACTIVITY, activity_id))


def list_activities(db: Database, year: int | None = None, search: str = "") -> list[Activity]:
    """Live activities in date order, of one year (held on a day of it, as
    the annual report counts them) when given, narrowed
    by words of their texts, link or notes (case and accents aside)."""
    query = live(DbActivity).order_by(DbActivity.held_on, DbActivity.id)
    if year is not None:
        first, last = date(year, 1, 1), date(year, 12, 31)
        query = query.where(DbActivity.held_on >= first, DbActivity.held_on <= last)
    words = text.fold(search).split()
    with db.reading() as session:
        rows = list(session.scalars(query))
        found = [
            activity_record(row) for row in rows if all(word in _searchable(row) for word in words)
        ]
    return found


def _searchable(row: DbActivity) -> str:
    return text.fold(" ".join((row.text_uk, row.text_en, row.link, row.notes)))
