"""Use cases for people (guests, officials, interpreters, drivers) and their participation in
delegations."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy import Table, func, insert, select, update

from planner.domain import rules, text
from planner.domain.errors import ValidationError
from planner.domain.records import ParticipantRow, Participation, Person, PersonRow
from planner.services.common import (
    RecordKind,
    delete_record,
    fetch,
    fetch_for_update,
    get_record,
    live,
    restore,
    save_row,
)
from planner.services.partners import PARTNER
from planner.storage.database import Database
from planner.storage.mapping import to_record
from planner.storage.models import (
    DbAgendaItem,
    DbDelegation,
    DbParticipation,
    DbPerson,
    agenda_attendee,
)

PERSON = RecordKind("person", DbPerson, Person, rules.check_person)
PARTICIPATION = RecordKind(
    "participation", DbParticipation, Participation, rules.check_participation
)


def save_person(db: Database, person: Person) -> Person:
    with db.transaction() as session:
        if person.partner_id is not None:
            fetch(session, PARTNER, person.partner_id)
        return PERSON.to_record(save_row(session, PERSON, person))


def get_person(db: Database, person_id: int) -> Person:
    return get_record(db, PERSON, person_id)


def delete_person(db: Database, person_id: int, version: int) -> None:
    delete_record(db, PERSON, person_id, version)


def restore_person(db: Database, person_id: int) -> Person:
    with db.transaction() as session:
        return PERSON.to_record(restore(session, PERSON, person_id))


def list_people(db: Database, search: str = "", limit: int | None = None) -> list[PersonRow]:
    """People by surname in Ukrainian alphabetical order; the search matches Cyrillic and Latin
    spellings of any name, the organisation and the e-mail, whatever the case."""
    query = live(DbPerson).order_by(DbPerson.sort_key, DbPerson.id)
    if search.strip():
        for word in text.fold(search).split():
            query = query.where(DbPerson.search_text.contains(word, autoescape=True))
    if limit is not None:
        query = query.limit(limit)
    with db.reading() as session:
        return [to_record(PersonRow, p) for p in session.scalars(query)]


@dataclass(frozen=True)
class RemovedParticipation:
    """What ``remove_participation`` took away, as it was: ``put_back_participation`` undoes
    it with these."""

    participation: Participation
    agenda_item_ids: tuple[int, ...]


_PARTICIPATION_TABLE: Table = DbParticipation.__table__  # type: ignore[assignment]


def get_participation(db: Database, participation_id: int) -> Participation:
    return get_record(db, PARTICIPATION, participation_id)


def save_participation(db: Database, participation: Participation) -> Participation:
    """Add a person to a delegation (no id) or change their role, travel and hotel. A change
    keeps the participant's place: the order of precedence is set by ``reorder_participants``
    alone, so an editor opened before a reordering cannot undo it."""
    with db.transaction() as session:
        person = fetch(session, PERSON, participation.person_id)
        if participation.id is not None:
            stored = session.get(DbParticipation, participation.id)
            if stored is not None and stored.delegation_id != participation.delegation_id:
                # Moving a participant would take their agenda places along: add them anew.
                raise ValidationError.single("delegation", "bad_choice",
                                             value=participation.delegation_id)  # fmt: skip
            if stored is not None:
                participation = replace(participation, precedence=stored.precedence)
        delegation = session.get(DbDelegation, participation.delegation_id)
        if delegation is None or delegation.deleted_at is not None:
            raise ValidationError.single("delegation", "bad_choice",
                                         value=participation.delegation_id)  # fmt: skip
        # Also when a participation is changed to another person: one person, one place.
        already = session.scalar(
            select(DbParticipation.id).where(
                DbParticipation.delegation_id == participation.delegation_id,
                DbParticipation.person_id == participation.person_id,
                DbParticipation.id != (participation.id or 0),
            )
        )
        if already is not None:
            name = f"{person.given_names} {person.family_name}".strip()
            raise ValidationError.single("person", "duplicate", value=name)
        if participation.id is None and participation.precedence == 0:
            # A newcomer joins at the end of the list.
            last = session.scalar(
                select(func.max(DbParticipation.precedence)).where(
                    DbParticipation.delegation_id == participation.delegation_id
                )
            )
            participation = replace(participation, precedence=(last or 0) + 1)
        return PARTICIPATION.to_record(save_row(session, PARTICIPATION, participation))


def remove_participation(db: Database, participation_id: int, version: int) -> RemovedParticipation:
    """Take a person out of a delegation (they leave its agenda items' attendees too); returns
    what was removed, the agenda items they attended included, for an undo."""
    with db.transaction() as session:
        row = fetch_for_update(session, PARTICIPATION, participation_id, version)
        removed = PARTICIPATION.to_record(row)
        attended = tuple(
            session.scalars(
                select(agenda_attendee.c.agenda_item_id)
                .where(agenda_attendee.c.participation_id == participation_id)
                .order_by(agenda_attendee.c.agenda_item_id)
            )
        )
        session.delete(row)
        return RemovedParticipation(removed, attended)


def put_back_participation(
    db: Database, participation: Participation, agenda_item_ids: Iterable[int] = ()
) -> Participation:
    """Undo ``remove_participation``: the participation comes back with every field as it was,
    at its old place in the order of precedence (those from there on move down one), under
    its old id and version when nobody has taken that id meanwhile, and among the attendees
    of the agenda items it attended (those still there). Refused like a new participation
    when the person or the delegation is gone, or the person has been added again."""
    with db.transaction() as session:
        fetch(session, PERSON, participation.person_id)
        delegation = session.get(DbDelegation, participation.delegation_id)
        if delegation is None or delegation.deleted_at is not None:
            raise ValidationError.single("delegation", "bad_choice",
                                         value=participation.delegation_id)  # fmt: skip
        already = session.scalar(
            select(DbParticipation.id).where(
                DbParticipation.delegation_id == participation.delegation_id,
                DbParticipation.person_id == participation.person_id,
            )
        )
        if already is not None:
            person = fetch(session, PERSON, participation.person_id)
            name = f"{person.given_names} {person.family_name}".strip()
            raise ValidationError.single("person", "duplicate", value=name)
        rules.check_participation(participation)
        same_place = session.scalar(
            select(DbParticipation.id).where(
                DbParticipation.delegation_id == participation.delegation_id,
                DbParticipation.precedence == participation.precedence,
            )
        )
        if same_place is not None:
            # The order itself changes, not the participants: their versions stay.
            session.execute(
                update(_PARTICIPATION_TABLE)
                .where(
                    _PARTICIPATION_TABLE.c.delegation_id == participation.delegation_id,
                    _PARTICIPATION_TABLE.c.precedence >= participation.precedence,
                )
                .values(precedence=_PARTICIPATION_TABLE.c.precedence + 1)
            )
        values = {
            column.name: getattr(participation, column.name)
            for column in _PARTICIPATION_TABLE.columns
            if hasattr(participation, column.name)
        }
        if participation.id is None or session.get(DbParticipation, participation.id) is not None:
            values.pop("id", None)
            values["version"] = 1
        participation_id: int = session.execute(
            insert(_PARTICIPATION_TABLE).values(**values).returning(_PARTICIPATION_TABLE.c.id)
        ).scalar_one()
        wanted = set(agenda_item_ids)
        if wanted:
            items = session.scalars(
                select(DbAgendaItem.id).where(
                    DbAgendaItem.id.in_(wanted),
                    DbAgendaItem.delegation_id == participation.delegation_id,
                )
            ).all()
            if items:
                session.execute(
                    insert(agenda_attendee),
                    [{"agenda_item_id": item, "participation_id": participation_id}
                     for item in sorted(items)],
                )  # fmt: skip
        return PARTICIPATION.to_record(fetch(session, PARTICIPATION, participation_id))


def reorder_participants(db: Database, delegation_id: int, participation_ids: list[int]) -> None:
    """Set the order of precedence: the first id is the head of the list. The order is the
    list's, not a change of each participant: their versions stay, so an edit of a participant
    made before a reordering can still be undone after it."""
    with db.transaction() as session:
        current = set(
            session.scalars(
                select(DbParticipation.id).where(DbParticipation.delegation_id == delegation_id)
            )
        )
        if len(participation_ids) != len(current) or set(participation_ids) != current:
            raise ValidationError.single("precedence", "bad_choice", value=participation_ids)
        for position, participation_id in enumerate(participation_ids, start=1):
            session.execute(
                update(_PARTICIPATION_TABLE)
                .where(_PARTICIPATION_TABLE.c.id == participation_id)
                .values(precedence=position)
            )


def list_participants(db: Database, delegation_id: int) -> list[ParticipantRow]:
    """A delegation's participants in order of precedence, with their people."""
    query = (
        select(DbParticipation, DbPerson)
        .join(DbPerson, DbPerson.id == DbParticipation.person_id)
        .where(DbParticipation.delegation_id == delegation_id)
        .order_by(DbParticipation.precedence, DbPerson.sort_key, DbParticipation.id)
    )
    with db.reading() as session:
        return [
            ParticipantRow(PARTICIPATION.to_record(part), PERSON.to_record(person))
            for part, person in session.execute(query)
        ]


def delegations_of_person(db: Database, person_id: int) -> list[tuple[int, str]]:
    """(delegation id, title) of every delegation the person took part in, newest first."""
    query = (
        select(DbDelegation.id, DbDelegation.title_uk)
        .join(DbParticipation, DbParticipation.delegation_id == DbDelegation.id)
        .where(DbParticipation.person_id == person_id, DbDelegation.deleted_at.is_(None))
        .order_by(DbDelegation.start_date.desc())
    )
    with db.reading() as session:
        return [(row.id, row.title_uk) for row in session.execute(query)]
