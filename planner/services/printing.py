"""Use cases for a delegation's printed documents: the visit programme, the participant list,
the checklist (and, through ``planner.services.badges``, name badges and table cards), as PDF
bytes for the preview or written to a file.

A document is read in one ``db.reading()`` into ``planner.domain.printing``'s read models.
Only names, positions, organisations, travel and hotels are read of people: passports,
phones, e-mails, dietary and health needs are never read at all, since these documents leave
the office. Deleted people and agenda items are left out; a venue deleted after an item was
planned there is still where it takes place, and is printed. reportlab loads only when a
document is made, so importing this module (e.g. for ``missing_translations``) stays cheap.
Nothing here touches the interface: safe to call from a background thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session, aliased

from planner.domain import printing
from planner.domain.messages import Language
from planner.domain.printing import (
    Bilingual,
    DocumentKind,
    DocumentLanguage,
    PrintedItem,
    PrintedParticipant,
    PrintedPerson,
    PrintedTask,
    PrintedVenue,
    PrintedVisit,
    Signatory,
    Travel,
    is_abroad,
    programme_days,
)
from planner.domain.zones import kyiv, local
from planner.services import settings
from planner.services.common import fetch, write_atomically
from planner.services.delegations import DELEGATION
from planner.storage.database import Database
from planner.storage.models import (
    DbAgendaItem,
    DbParticipation,
    DbPartner,
    DbPerson,
    DbSetting,
    DbTask,
    DbVenue,
    agenda_attendee,
)


def printed_visit(db: Database, delegation_id: int) -> PrintedVisit:
    """Everything the delegation's documents print, read at one moment; an unknown or deleted
    delegation is a ``NotFoundError``."""
    with db.reading() as session:
        return _read(session, delegation_id)


def programme_document(db: Database, delegation_id: int, language: DocumentLanguage) -> bytes:
    """The visit programme as PDF, in Ukrainian, English or both ("uk+en")."""
    from planner.exports.documents import programme_pdf

    return programme_pdf(printed_visit(db, delegation_id), language)


def participants_document(db: Database, delegation_id: int, language: DocumentLanguage) -> bytes:
    """The participant list as PDF: by role and precedence, with travel and hotels."""
    from planner.exports.documents import participants_pdf

    return participants_pdf(printed_visit(db, delegation_id), language)


def checklist_document(db: Database, delegation_id: int, language: DocumentLanguage) -> bytes:
    """The delegation's checklist as PDF: tasks, due dates, assignees, states."""
    from planner.exports.documents import checklist_pdf

    return checklist_pdf(printed_visit(db, delegation_id), language)


def missing_translations(
    db: Database,
    delegation_id: int,
    language: DocumentLanguage,
    *,
    kind: DocumentKind | None = None,
    ui: Language = "uk",
) -> list[str]:
    """What a document in ``language`` prints in the other language (or transliterated), one
    sentence each in the interface's language ``ui``, to show before printing. ``kind``
    narrows it to one document (default: programme, participant list and checklist)."""
    return printing.missing_translations(printed_visit(db, delegation_id), language,
                                         kind=kind, ui=ui)  # fmt: skip


def document(db: Database, kind: DocumentKind, delegation_id: int,
             language: DocumentLanguage) -> bytes:  # fmt: skip
    """The PDF of any kind of document; badges and table cards come from
    ``planner.services.badges``."""
    return _maker(kind)(db, delegation_id, language)


def print_document(db: Database, kind: DocumentKind, delegation_id: int,
                   language: DocumentLanguage, path: Path | str) -> Path:  # fmt: skip
    """Write the document to ``path``: whole, or not at all (it is written beside it and moved
    into place when complete). Returns the path written."""
    target = Path(path)
    write_atomically(target, document(db, kind, delegation_id, language))
    return target


Maker = Callable[[Database, int, DocumentLanguage], bytes]


def _maker(kind: DocumentKind) -> Maker:
    if kind == "programme":
        return programme_document
    if kind == "participants":
        return participants_document
    if kind == "checklist":
        return checklist_document
    from planner.services import badges  # loads reportlab: only when printing

    if kind == "badges":
        return badges.badges_document
    if kind == "tent-cards":
        return badges.tent_cards_document
    raise ValueError(f"unknown document kind {kind!r}")


# --- Reading ------------------------------------------------------------------------------------


def _read(session: Session, delegation_id: int) -> PrintedVisit:
    visit = fetch(session, DELEGATION, delegation_id)
    zone = visit.timezone
    office = {
        row.key: row.value.strip()
        for row in session.scalars(select(DbSetting).where(DbSetting.key.in_(_OFFICE_KEYS)))
    }
    council = Bilingual(office.get(settings.COUNCIL_NAME, ""),
                        office.get(settings.COUNCIL_NAME_EN, ""))  # fmt: skip
    signatory = Signatory(
        position=Bilingual(office.get(settings.DEPARTMENT_HEAD_POSITION, ""),
                           office.get(settings.DEPARTMENT_HEAD_POSITION_EN, "")),
        name=Bilingual(office.get(settings.DEPARTMENT_HEAD_NAME, ""),
                       office.get(settings.DEPARTMENT_HEAD_NAME_EN, "")),
    )  # fmt: skip
    people = _People(session, council)
    participants = _participants(session, delegation_id, people, zone)
    items = _items(session, delegation_id, people, zone)
    tasks = tuple(
        PrintedTask(title=Bilingual(t.title_uk, t.title_en), due_on=t.due_on,
                    category=t.category, assignee=t.assignee, status=t.status,
                    done_on=t.done_on)
        for t in session.scalars(
            select(DbTask).where(DbTask.delegation_id == delegation_id,
                                 DbTask.deleted_at.is_(None))
            .order_by(DbTask.due_on, DbTask.id)
        )
    )  # fmt: skip
    return PrintedVisit(
        delegation_id=visit.id, title=Bilingual(visit.title_uk, visit.title_en),
        start_date=visit.start_date, end_date=visit.end_date, place=visit.place,
        timezone=zone, direction=visit.direction, status=visit.status, council=council,
        signatory=signatory, days=programme_days(visit.start_date, visit.end_date, items),
        participants=participants, tasks=tasks,
    )  # fmt: skip


_OFFICE_KEYS = (
    settings.COUNCIL_NAME, settings.COUNCIL_NAME_EN, settings.DEPARTMENT_HEAD_POSITION,
    settings.DEPARTMENT_HEAD_POSITION_EN, settings.DEPARTMENT_HEAD_NAME,
    settings.DEPARTMENT_HEAD_NAME_EN,
)  # fmt: skip


class _People:
    """People as documents name them, each read once: only names, positions and
    organisations (with the partner's English name), never personal data."""

    COLUMNS = ("id", "family_name", "given_names", "family_name_latin", "given_names_latin",
               "position", "position_en", "organisation", "partner_id")  # fmt: skip

    def __init__(self, session: Session, council: Bilingual) -> None:
        self.session = session
        self.council = council
        self.known: dict[int, PrintedPerson] = {}

    def read(self, person_ids: set[int]) -> None:
        wanted = sorted(person_ids - set(self.known))
        for start in range(0, len(wanted), 500):
            query = (
                select(*(getattr(DbPerson, name) for name in self.COLUMNS),
                       DbPartner.name_uk.label("partner_uk"),
                       DbPartner.name_en.label("partner_en"))
                .outerjoin(DbPartner, and_(DbPartner.id == DbPerson.partner_id,
                                           DbPartner.deleted_at.is_(None)))
                .where(DbPerson.id.in_(wanted[start:start + 500]),
                       DbPerson.deleted_at.is_(None))
            )  # fmt: skip
            for row in self.session.execute(query):
                self.known[row.id] = self._person(row)

    def _person(self, row: Any) -> PrintedPerson:
        native = " ".join(p for p in (row.given_names, row.family_name) if p)
        latin = " ".join(p for p in (row.given_names_latin, row.family_name_latin) if p)
        return PrintedPerson(
            person_id=row.id, name=native, name_latin=latin,
            position=Bilingual(row.position, row.position_en),
            organisation=self._organisation(row),
        )  # fmt: skip

    def _organisation(self, row: Any) -> Bilingual:
        """The organisation as written, with its English name where the planner knows one:
        the person's partner's, or the council's own."""
        written = (row.organisation or "").strip()
        for uk, en in ((row.partner_uk or "", row.partner_en or ""),
                       (self.council.uk, self.council.en)):  # fmt: skip
            if uk and en and (not written or _same(written, uk)):
                return Bilingual(written or uk, en)
        return Bilingual(written, "")

    def get(self, person_id: int | None) -> PrintedPerson | None:
        return self.known.get(person_id) if person_id is not None else None


def _same(one: str, other: str) -> bool:
    return " ".join(one.casefold().split()) == " ".join(other.casefold().split())


def _participants(session: Session, delegation_id: int, people: _People,
                  zone: str) -> tuple[PrintedParticipant, ...]:  # fmt: skip
    rows = session.execute(
        select(DbParticipation.person_id, DbParticipation.role, DbParticipation.precedence,
               DbParticipation.arrival_transport, DbParticipation.arrival_number,
               DbParticipation.arrival_at, DbParticipation.arrival_place,
               DbParticipation.departure_transport, DbParticipation.departure_number,
               DbParticipation.departure_at, DbParticipation.departure_place,
               DbParticipation.hotel)
        .where(DbParticipation.delegation_id == delegation_id)
        .order_by(DbParticipation.precedence, DbParticipation.id)
    ).all()  # fmt: skip
    people.read({row.person_id for row in rows})
    found = []
    for row in rows:
        person = people.get(row.person_id)
        if person is None:  # a deleted person
            continue
        found.append(PrintedParticipant(
            person=person, role=row.role, precedence=row.precedence,
            arrival=Travel(row.arrival_transport, row.arrival_number,
                           _local(row.arrival_at, zone), row.arrival_place),
            departure=Travel(row.departure_transport, row.departure_number,
                             _local(row.departure_at, zone), row.departure_place),
            hotel=row.hotel,
        ))  # fmt: skip
    return tuple(found)


def _local(moment: Any, zone: str) -> Any:
    return local(moment, zone) if moment is not None else None


def _items(session: Session, delegation_id: int, people: _People,
           zone: str) -> list[PrintedItem]:  # fmt: skip
    venue = aliased(DbVenue)
    rows = session.execute(
        select(DbAgendaItem.id, DbAgendaItem.starts_at, DbAgendaItem.ends_at,
               DbAgendaItem.title_uk, DbAgendaItem.title_en, DbAgendaItem.description,
               DbAgendaItem.dress_code, DbAgendaItem.transport, DbAgendaItem.status,
               DbAgendaItem.responsible_person_id, DbAgendaItem.venue_id,
               venue.name.label("venue_name"), venue.name_en.label("venue_name_en"),
               venue.address.label("venue_address"), venue.city.label("venue_city"))
        .outerjoin(venue, venue.id == DbAgendaItem.venue_id)  # deleted since: still the place
        .where(DbAgendaItem.delegation_id == delegation_id, DbAgendaItem.deleted_at.is_(None))
        .order_by(DbAgendaItem.starts_at, DbAgendaItem.id)
    ).all()  # fmt: skip
    attending: dict[int, list[int]] = {}
    for row in session.execute(
        select(agenda_attendee.c.agenda_item_id, DbParticipation.person_id)
        .join(DbParticipation, DbParticipation.id == agenda_attendee.c.participation_id)
        .join(DbAgendaItem, DbAgendaItem.id == agenda_attendee.c.agenda_item_id)
        .where(DbAgendaItem.delegation_id == delegation_id)
        .order_by(agenda_attendee.c.agenda_item_id, DbParticipation.precedence,
                  DbParticipation.id)
    ):  # fmt: skip
        attending.setdefault(row.agenda_item_id, []).append(row.person_id)
    wanted = {p for ids in attending.values() for p in ids}
    wanted |= {row.responsible_person_id for row in rows if row.responsible_person_id}
    people.read(wanted)
    abroad = is_abroad(zone)
    items = []
    for row in rows:
        place = None
        if row.venue_name is not None:
            place = PrintedVenue(Bilingual(row.venue_name, row.venue_name_en),
                                 _address(row.venue_address, row.venue_city))  # fmt: skip
        attendees = tuple(p for p in map(people.get, attending.get(row.id, ())) if p)
        items.append(PrintedItem(
            item_id=row.id, starts_at=local(row.starts_at, zone),
            ends_at=local(row.ends_at, zone), title=Bilingual(row.title_uk, row.title_en),
            description=row.description, venue=place,
            responsible=people.get(row.responsible_person_id), attendees=attendees,
            dress_code=row.dress_code, transport=row.transport, status=row.status,
            kyiv_starts_at=kyiv(row.starts_at) if abroad else None,
            kyiv_ends_at=kyiv(row.ends_at) if abroad else None,
        ))  # fmt: skip
    return items


def _address(address: str | None, city: str | None) -> str:
    address, city = (address or "").strip(), (city or "").strip()
    if city and city.casefold() not in address.casefold():
        return f"{address}, {city}" if address else city
    return address
