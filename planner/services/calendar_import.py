"""Importing a calendar file into a visit's programme: a preview first, then one transaction.

Events are matched by UID: against the UIDs stored on the delegation's agenda items (an earlier
import), and against the planner's own UIDs (``agenda-<id>-<identity>@delegation-planner``)
when the file came from this database's export and went round a colleague's calendar. An
event whose SEQUENCE is lower than the stored one is older than what the planner has: it is
left out. The import owns an item's title (SUMMARY), description, times, status and the
venue when LOCATION names one; attendees, the responsible person, the English title and the
officer's notes stay as they are.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain import rules, text
from planner.domain.calendar import ITEM_UID_KIND, VISIT_UID_KIND
from planner.domain.calendar_import import (
    ImportAction,
    ImportedCalendar,
    ImportedEvent,
    ImportPreview,
    ImportResult,
    ImportWarning,
    OutsideVisitError,
    PlannedItem,
    planner_uid,
)
from planner.domain.enums import Direction
from planner.domain.errors import PlannerError
from planner.domain.records import HOME_TIMEZONE, AgendaItem, Delegation
from planner.domain.zones import local_days, today_in_kyiv
from planner.exports.ics_import import read_calendar
from planner.services.agenda import AGENDA_ITEM, agenda_record, write_agenda_item
from planner.services.common import fetch, live, restore, soft_delete
from planner.services.delegations import DELEGATION, delegation_record, write_delegation
from planner.services.settings import CALENDAR_IDENTITY
from planner.storage.database import Database
from planner.storage.models import DbAgendaItem, DbDelegation, DbSetting, DbVenue

# The line of an item's notes that keeps a LOCATION no venue was found for; a re-import
# replaces this line and leaves the officer's own notes alone.
LOCATION_NOTE = "Місце за календарем: "
UNTITLED = "Подія без назви"
_COMPARED = ("title_uk", "description", "starts_at", "ends_at", "venue_id", "status", "notes")


def read_calendar_file(path: Path) -> ImportedCalendar:
    """The calendar in the file at ``path``; a file that cannot be opened or read is a
    ``PlannerError`` (``CalendarFileError`` naming the line when its content is wrong)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PlannerError("import_file_unreadable", path=str(path),
                           detail=exc.strerror or type(exc).__name__) from exc  # fmt: skip
    return read_calendar(data)


def preview_import(
    db: Database,
    calendar: ImportedCalendar,
    *,
    delegation_id: int | None,
    new_delegation: Delegation | None = None,
) -> ImportPreview:
    """What importing ``calendar`` would create, update and leave alone in the programme of
    delegation ``delegation_id`` (or of a new delegation: ``new_delegation``, or one proposed
    from the calendar). Nothing is written."""
    with db.reading() as session:
        return _plan(session, calendar, delegation_id, new_delegation)


def import_calendar(
    db: Database,
    calendar: ImportedCalendar,
    *,
    delegation_id: int | None,
    new_delegation: Delegation | None = None,
) -> ImportResult:
    """Apply the preview as one action: all of it, or nothing when an event falls outside
    the visit's dates (``OutsideVisitError``, a ``ValidationError``) or any rule refuses."""
    with db.transaction() as session:
        plan = _plan(session, calendar, delegation_id, new_delegation)
        if not plan.can_import:
            raise OutsideVisitError(plan.outside_visit, plan.delegation)
        target = plan.delegation
        if target.id is None:
            target = delegation_record(write_delegation(session, target))
        assert target.id is not None
        created: list[DbAgendaItem] = []
        updated: list[DbAgendaItem] = []
        replaced: list[AgendaItem] = []
        for planned in plan.items:
            if planned.action is ImportAction.CREATE:
                row = write_agenda_item(session, replace(planned.item, delegation_id=target.id))
                row.ical_sequence = max(planned.event.sequence, 0)
                created.append(row)
            elif planned.action is ImportAction.UPDATE:
                assert planned.stored is not None
                replaced.append(planned.stored)
                row = write_agenda_item(session, planned.item)
                row.ical_sequence = max(row.ical_sequence, planned.event.sequence)
                updated.append(row)
        session.flush()  # the records below carry the versions as written
        return ImportResult(
            delegation=target,
            created=tuple(agenda_record(row) for row in created),
            updated=tuple(agenda_record(row) for row in updated),
            unchanged=tuple(p.item for p in plan.unchanged),
            skipped=tuple(p.event for p in plan.skipped),
            warnings=plan.warnings,
            delegation_created=delegation_id is None,
            replaced=tuple(replaced),
        )


def undo_import(db: Database, done: ImportResult) -> ImportResult:
    """Take an import back as one action: the items it created (and the delegation it made
    for them) are deleted, the items it changed are put back as they were. Refused as a stale
    save when another officer changed one of them since. Returns what ``redo_import`` needs."""
    with db.transaction() as session:
        for item in done.created:
            assert item.id is not None
            soft_delete(session, AGENDA_ITEM, item.id, item.version)
        put_back = [
            agenda_record(write_agenda_item(session, replace(before, version=after.version)))
            for before, after in zip(done.replaced, done.updated, strict=True)
        ]
        delegation = done.delegation
        if done.delegation_created:
            assert delegation.id is not None
            soft_delete(session, DELEGATION, delegation.id, delegation.version)
            row = session.get(DbDelegation, delegation.id)
            assert row is not None
            delegation = delegation_record(row)
        session.flush()
        created = tuple(_as_stored(session, item) for item in done.created)
        return replace(done, delegation=delegation, created=created,
                       replaced=tuple(put_back))  # fmt: skip


def redo_import(db: Database, undone: ImportResult) -> ImportResult:
    """Do an import again after ``undo_import``: the delegation and items it created come
    back, the items it changed take the imported values again."""
    with db.transaction() as session:
        delegation = undone.delegation
        if undone.delegation_created:
            assert delegation.id is not None
            delegation = delegation_record(restore(session, DELEGATION, delegation.id))
        created = []
        for item in undone.created:
            assert item.id is not None
            created.append(agenda_record(restore(session, AGENDA_ITEM, item.id)))
        updated = [
            agenda_record(write_agenda_item(session, replace(after, version=before.version)))
            for after, before in zip(undone.updated, undone.replaced, strict=True)
        ]
        session.flush()
        # ``replaced`` keeps the values from before the import; undo takes versions from
        # ``updated``.
        return replace(undone, delegation=delegation, created=tuple(created),
                       updated=tuple(updated))  # fmt: skip


def _as_stored(session: Session, item: AgendaItem) -> AgendaItem:
    """``item`` as its row now is (a deleted one too): its version moved on."""
    row = session.get(DbAgendaItem, item.id)
    assert row is not None
    return agenda_record(row)


def proposed_delegation(calendar: ImportedCalendar, title_uk: str = "") -> Delegation:
    """A new delegation for the calendar's events: titled from the calendar's name, in the
    zone most of its events are written in, its dates covering them all."""
    zone = _main_zone(calendar)
    days = [d for e in calendar.events if not e.recurrence_id for d in _event_days(e, zone)]
    visit_titles = [e.summary for e in calendar.events if _is_visit_event(e)]
    title = title_uk.strip() or calendar.name or next(iter(visit_titles), "") or UNTITLED
    start = min(days, default=today_in_kyiv())
    return Delegation(
        direction=Direction.INCOMING if zone == HOME_TIMEZONE else Direction.OUTGOING,
        title_uk=title[: rules.NAME_LIMIT],
        start_date=start,
        end_date=max(days, default=start),
        timezone=zone,
        country=_country_of(zone),
    )


@dataclass(frozen=True)
class _Stored:
    item: AgendaItem
    sequence: int


def _plan(
    session: Session,
    calendar: ImportedCalendar,
    delegation_id: int | None,
    new_delegation: Delegation | None,
) -> ImportPreview:
    if delegation_id is not None:
        target = delegation_record(fetch(session, DELEGATION, delegation_id))
    else:
        target = new_delegation or proposed_delegation(calendar)
        target = replace(target, id=None, version=0)
    zone = target.timezone if rules.is_known_timezone(target.timezone) else HOME_TIMEZONE
    stored = _stored_items(session, delegation_id)
    by_uid = {s.item.ical_uid: s for s in stored.values() if s.item.ical_uid}
    identity = _identity(session)
    venues = _venues(session)
    items: list[PlannedItem] = []
    warnings: list[ImportWarning] = []
    for event in calendar.events:
        planned, notes = _plan_event(event, target, zone, stored, by_uid, identity, venues)
        items.append(planned)
        warnings.extend(notes)
    return ImportPreview(delegation=target, items=tuple(items), warnings=tuple(warnings))


def _plan_event(
    event: ImportedEvent,
    target: Delegation,
    zone: str,
    stored: dict[int, _Stored],
    by_uid: dict[str, _Stored],
    identity: str,
    venues: list[tuple[str, int, str]],
) -> tuple[PlannedItem, list[ImportWarning]]:
    notes: list[ImportWarning] = []

    def warn(code: str, **params: object) -> None:
        notes.append(ImportWarning(code, event.line, event.summary, params))

    starts_at, ends_at = _times(event, zone)
    if event.floating:
        warn("ics_floating_time", zone=zone)
    if event.recurring and not event.recurrence_id:
        warn("ics_recurring", start=_shown_time(starts_at, zone))
    if not event.uid_written:
        warn("ics_no_uid")
    match = _match(event, stored, by_uid, identity)
    venue_id, venue_name = _venue_for(event.location, venues)
    if match is not None:
        before = match.item
        if not event.location:
            venue_id = before.venue_id  # the file says nothing of the place: keep it
        elif venue_id is None:
            venue_id = before.venue_id  # the officer's choice stays; LOCATION goes to notes
        item = replace(
            before, title_uk=_title(event), description=event.description, starts_at=starts_at,
            ends_at=ends_at, status=event.status, venue_id=venue_id,
            notes=_notes(before.notes, event.location if venue_name == "" else ""),
        )  # fmt: skip
    else:
        before = None
        item = AgendaItem(
            delegation_id=target.id or 0, starts_at=starts_at, ends_at=ends_at,
            title_uk=_title(event), description=event.description, venue_id=venue_id,
            notes=_notes("", event.location if venue_id is None else ""), status=event.status,
            ical_uid=event.uid,
        )  # fmt: skip
    changed = _changed(before, item) if before is not None else ()
    if _is_visit_event(event):
        warn("ics_planner_visit")
        action = ImportAction.SKIP
    elif event.recurrence_id:
        warn("ics_recurrence_override")
        action = ImportAction.SKIP
    elif match is None:
        action = ImportAction.CREATE
    elif not changed:
        action = ImportAction.UNCHANGED
    elif event.sequence < match.sequence:
        warn("ics_older_sequence", found=event.sequence, stored=match.sequence)
        action = ImportAction.SKIP
    else:
        action = ImportAction.UPDATE
    outside = None
    if action in (ImportAction.CREATE, ImportAction.UPDATE):
        outside = rules.days_outside_visit(
            starts_at, ends_at, zone, target.start_date, target.end_date
        )
    if outside is not None:
        warn("ics_outside_visit", first=outside[0].isoformat(), last=outside[1].isoformat(),
             start=target.start_date.isoformat(), end=target.end_date.isoformat())  # fmt: skip
    if action is ImportAction.SKIP and before is not None:
        item = before  # left as it is
    planned = PlannedItem(
        action=action, event=event, item=item, stored=before,
        changed=changed if action is ImportAction.UPDATE else (),
        venue_name=venue_name, outside_visit=outside is not None,
    )  # fmt: skip
    return planned, notes


def _times(event: ImportedEvent, zone: str) -> tuple[datetime, datetime]:
    """The event's start and end as aware datetimes in the visit's zone."""
    tz = ZoneInfo(zone)

    def one(value: datetime | date) -> datetime:
        if not isinstance(value, datetime):  # all-day: from midnight to midnight, visit's clock
            return datetime.combine(value, time(0), tzinfo=tz)
        if value.tzinfo is None:  # floating: the visit's clock
            return value.replace(tzinfo=tz)
        return value.astimezone(tz)

    return one(event.starts), one(event.ends)


def _event_days(event: ImportedEvent, zone: str) -> tuple[date, date]:
    starts, ends = _times(event, zone)
    return local_days(starts, ends, zone)


def _shown_time(moment: datetime, zone: str) -> str:
    return moment.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M")


def _title(event: ImportedEvent) -> str:
    title = next((t for t in (event.summary, event.location) if t.strip()), UNTITLED)
    return title if len(title) <= rules.NAME_LIMIT else title[: rules.NAME_LIMIT - 1] + "…"


def _notes(notes: str, location: str) -> str:
    """The item's notes with the calendar's LOCATION line replaced (or taken out)."""
    kept = [line for line in notes.split("\n") if not line.startswith(LOCATION_NOTE)]
    if location:
        kept.append(LOCATION_NOTE + " ".join(location.split()))
    return "\n".join(kept).strip("\n")


def _changed(before: AgendaItem, after: AgendaItem) -> tuple[str, ...]:
    def same(name: str) -> bool:
        old, new = getattr(before, name), getattr(after, name)
        if isinstance(old, datetime) and isinstance(new, datetime):
            return old.astimezone(UTC) == new.astimezone(UTC)
        return bool(old == new)

    return tuple(name for name in _COMPARED if not same(name))


def _is_visit_event(event: ImportedEvent) -> bool:
    """The all-day event of a whole visit in a planner's export: the visit, not its item."""
    found = planner_uid(event.uid)
    return found is not None and found.kind == VISIT_UID_KIND


def _match(
    event: ImportedEvent,
    stored: dict[int, _Stored],
    by_uid: dict[str, _Stored],
    identity: str,
) -> _Stored | None:
    own = planner_uid(event.uid)
    if own is not None and own.kind == ITEM_UID_KIND and own.identity == identity:
        found = stored.get(own.record_id)
        if found is not None:
            return found
    return by_uid.get(event.uid)


def _stored_items(session: Session, delegation_id: int | None) -> dict[int, _Stored]:
    if delegation_id is None:
        return {}
    rows = session.scalars(
        live(DbAgendaItem).where(DbAgendaItem.delegation_id == delegation_id)
    ).all()
    return {row.id: _Stored(agenda_record(row), row.ical_sequence or 0) for row in rows}


def _identity(session: Session) -> str:
    row = session.get(DbSetting, CALENDAR_IDENTITY)
    return row.value if row is not None else "planner"


def _venues(session: Session) -> list[tuple[str, int, str]]:
    """(folded name, id, name) of every live venue, by its Ukrainian and English names."""
    query = select(DbVenue.id, DbVenue.name, DbVenue.name_en).where(DbVenue.deleted_at.is_(None))
    found: list[tuple[str, int, str]] = []
    for venue_id, name, name_en in session.execute(query.order_by(DbVenue.id)):
        for written in (name, name_en):
            if written and written.strip():
                found.append((text.fold(written), venue_id, name))
    # Longest names first: "Сесійна зала міської ради" before "Сесійна зала".
    return sorted(found, key=lambda v: -len(v[0]))


def _venue_for(location: str, venues: list[tuple[str, int, str]]) -> tuple[int | None, str]:
    """The venue LOCATION names: the whole text, or its start before a comma (the planner's
    export and most calendars write "name, address")."""
    folded = text.fold(location)
    if not folded:
        return None, ""
    for name, venue_id, shown in venues:
        if folded == name or folded.startswith(name + ","):
            return venue_id, shown
    return None, ""


def _main_zone(calendar: ImportedCalendar) -> str:
    zones = Counter(
        e.zone for e in calendar.events if e.zone and e.zone != "UTC" and not e.recurrence_id
    )
    if zones:
        return zones.most_common(1)[0][0]
    return calendar.timezone if calendar.timezone not in ("", "UTC") else HOME_TIMEZONE


def _country_of(zone: str) -> str:
    """The country of an IANA zone, from the zone table tzdata ships (UA when unknown)."""
    try:
        table = resources.files("tzdata.zoneinfo").joinpath("zone.tab").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return "UA"
    for line in table.splitlines():
        parts = line.split("\t")
        if len(parts) >= 3 and not line.startswith("#") and parts[2] == zone:
            return parts[0] if parts[0] in rules.COUNTRY_CODES else "UA"
    return "UA"
