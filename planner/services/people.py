"""Use cases for people (guests, officials, interpreters, drivers) and their participation in
delegations."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, select

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
from planner.storage.models import DbDelegation, DbParticipation, DbPerson

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


def save_participation(db: Database, participation: Participation) -> Participation:
    """Add a person to a delegation (no id) or change their role, travel and hotel."""
    with db.transaction() as session:
        person = fetch(session, PERSON, participation.person_id)
        if participation.id is not None:
            stored = session.get(DbParticipation, participation.id)
            if stored is not None and stored.delegation_id != participation.delegation_id:
                # Moving a participant would take their agenda places along: add them anew.
                raise ValidationError.single("delegation", "bad_choice",
                                             value=participation.delegation_id)  # fmt: skip
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


def remove_participation(db: Database, participation_id: int, version: int) -> None:
    """Take a person out of a delegation (they leave its agenda items' attendees too)."""
    with db.transaction() as session:
        row = fetch_for_update(session, PARTICIPATION, participation_id, version)
        session.delete(row)


def reorder_participants(db: Database, delegation_id: int, participation_ids: list[int]) -> None:
    """Set the order of precedence: the first id is the head of the list."""
    with db.transaction() as session:
        rows = {
            row.id: row
            for row in session.scalars(
                select(DbParticipation).where(DbParticipation.delegation_id == delegation_id)
            )
        }
        if set(participation_ids) != set(rows):
            raise ValidationError.single("precedence", "bad_choice", value=participation_ids)
        for position, participation_id in enumerate(participation_ids, start=1):
            rows[participation_id].precedence = position


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
