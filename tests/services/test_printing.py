"""The printed documents from a real database: what is read (and what never is), the files
written, unknown delegations, and no personal data in any document of the demo year."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from planner.domain.enums import AgendaStatus, ParticipantRole, TaskCategory, TransportKind
from planner.domain.errors import NotFoundError, PlannerError
from planner.domain.records import Task
from planner.domain.zones import at
from planner.services import agenda, checklists, delegations, people, settings, venues
from planner.services.demo import write_demo_year
from planner.services.printing import (
    checklist_document,
    document,
    missing_translations,
    participants_document,
    print_document,
    printed_visit,
    programme_document,
)
from planner.storage.database import Database, open_database
from tests.exports.document_samples import fonts, page_count, pdftotext
from tests.services import factories as make
from tests.services.personal_data import personal_data

KINDS = ("programme", "participants", "badges", "tent-cards", "checklist")


def words(data: bytes) -> str:
    return " ".join(pdftotext(data).split())


def flat(value: str) -> str:
    return "".join(value.split())


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder of its own for the documents (the database lives beside it)."""
    folder = tmp_path / "documents"
    folder.mkdir()
    return folder


def city_day(db: Database) -> int:
    """The Prague 6 delegation with a guest (with a phone, a passport and a diet), an official,
    a venue, three items (one cancelled, one deleted) and two tasks."""
    settings.save_settings(db, {
        settings.COUNCIL_NAME: "Хмельницька міська рада",
        settings.COUNCIL_NAME_EN: "Khmelnytskyi City Council",
        settings.DEPARTMENT_HEAD_POSITION: "Начальник управління міжнародного співробітництва",
        settings.DEPARTMENT_HEAD_NAME: "Оксана МЕЛЬНИЧУК",
    }, settings.get_settings(db))  # fmt: skip
    visit = make.delegation(db, title_en="Prague 6 delegation for City Day", place="Хмельницький")
    prague = make.partner(db, "Міський район Прага 6", name_en="Prague 6 City District")
    guest = make.person(db, "Дворжак", "Томаш", family_name_latin="Dvořák",
                        given_names_latin="Tomáš", position="Староста", position_en="Mayor",
                        organisation="Міський район Прага 6", partner_id=prague.id,
                        phone="+420 777 123 456", email="dvorak@praha6.example",
                        passport_number="CZ9988776", dietary_needs="без глютену (целіакія)",
                        accessibility_needs="крісло колісне")  # fmt: skip
    official = make.person(db, "Їжакевич", "Ґанна", position="Заступниця міського голови")
    assert visit.id is not None and guest.id is not None and official.id is not None
    make.participant(db, visit, guest, role=ParticipantRole.HEAD, precedence=1,
                     arrival_transport=TransportKind.TRAIN, arrival_number="IC 705",
                     arrival_at=at(visit.start_date, 7, 55, "Europe/Kyiv"),
                     arrival_place="Залізничний вокзал", hotel="Готель «Поділля»")  # fmt: skip
    make.participant(db, visit, official, role=ParticipantRole.HOST_OFFICIAL, precedence=2)
    hall = make.venue(db, "Сесійна зала", address="вул. Героїв Майдану, 3")
    make.agenda_item(db, visit, visit.start_date, 10, title_uk="Офіційна зустріч № 1",
                     title_en="Official meeting No. 1", venue_id=hall.id,
                     responsible_person_id=official.id,
                     attendee_person_ids=(guest.id, official.id))  # fmt: skip
    make.agenda_item(db, visit, visit.start_date, 13, title_uk="Обід скасовано",
                     status=AgendaStatus.CANCELLED)  # fmt: skip
    gone = make.agenda_item(db, visit, visit.start_date, 15, title_uk="Видалений пункт")
    assert gone.id is not None
    agenda.delete_agenda_item(db, gone.id, gone.version)
    make.agenda_item(db, visit, visit.start_date + timedelta(days=1), 11,
                     title_uk="Екскурсія «Поділля»")  # fmt: skip
    checklists.save_task(db, Task(delegation_id=visit.id, title_uk="Забронювати готель",
                                  due_on=date(2024, 9, 6), category=TaskCategory.ACCOMMODATION,
                                  assignee="Юлія Заїка"))  # fmt: skip
    return visit.id


def test_the_read_model_has_what_the_documents_print(db: Database) -> None:
    visit = printed_visit(db, city_day(db))
    assert visit.council.uk == "Хмельницька міська рада"
    assert visit.signatory.name.uk == "Оксана МЕЛЬНИЧУК"
    assert [d.day for d in visit.days] == [date(2024, 9, 27), date(2024, 9, 28),
                                           date(2024, 9, 29)]  # fmt: skip
    titles = [i.title.uk for i in visit.items]
    assert titles == ["Офіційна зустріч № 1", "Обід скасовано", "Екскурсія «Поділля»"]
    assert [i.title.uk for i in visit.printed_items()] == ["Офіційна зустріч № 1",
                                                           "Екскурсія «Поділля»"]  # fmt: skip
    first = visit.items[0]
    assert first.starts_at.utcoffset() == timedelta(hours=3) and first.kyiv_starts_at is None
    assert first.venue is not None and first.venue.address == "вул. Героїв Майдану, 3, Хмельницький"
    assert first.responsible is not None and first.responsible.name == "Ґанна Їжакевич"
    assert [p.name for p in first.attendees] == ["Томаш Дворжак", "Ґанна Їжакевич"]
    head = visit.participants[0]
    assert head.role is ParticipantRole.HEAD and head.arrival.number == "IC 705"
    assert head.person.organisation.en == "Prague 6 City District"
    assert head.arrival.at is not None and head.arrival.at.hour == 7
    assert [t.title.uk for t in visit.tasks] == ["Забронювати готель"]
    # Personal data is never read into the documents' models.
    assert "CZ9988776" not in repr(visit) and "глютену" not in repr(visit)
    assert "+420" not in repr(visit) and "praha6.example" not in repr(visit)


def test_each_document_in_each_language(db: Database) -> None:
    delegation_id = city_day(db)
    for make_document in (programme_document, participants_document, checklist_document):
        for language in ("uk", "en", "uk+en"):
            data = make_document(db, delegation_id, language)  # type: ignore[arg-type]
            assert data.startswith(b"%PDF") and page_count(data) >= 1
            assert all(row[3] == "yes" for row in fonts(data))
            text = words(data)
            for secret in ("+420", "CZ9988776", "глютену", "dvorak@", "крісло"):
                assert secret not in text
    programme = words(programme_document(db, delegation_id, "uk"))
    assert "Офіційна зустріч № 1" in programme and "Екскурсія «Поділля»" in programme
    assert "Обід скасовано" not in programme and "Видалений пункт" not in programme
    assert "Оксана МЕЛЬНИЧУК" in programme and "27–29 вересня 2024 року" in programme
    english = words(programme_document(db, delegation_id, "en"))
    assert "Official meeting No. 1" in english and "Ganna Yizhakevych" in english


def test_a_venue_deleted_since_still_prints_a_deleted_person_does_not(db: Database) -> None:
    delegation_id = city_day(db)
    visit = printed_visit(db, delegation_id)
    first = visit.items[0]
    assert first.venue is not None and first.responsible is not None
    hall = next(v for v in venues.list_venues(db) if v.name == "Сесійна зала")
    assert hall.id is not None
    venues.delete_venue(db, hall.id, hall.version)
    official = people.get_person(db, first.responsible.person_id)
    assert official.id is not None
    people.delete_person(db, official.id, official.version)
    again = printed_visit(db, delegation_id)
    assert again.items[0].venue is not None and again.items[0].venue.name.uk == "Сесійна зала"
    assert again.items[0].responsible is None
    assert [p.person.name for p in again.participants] == ["Томаш Дворжак"]
    assert "Ґанна" not in words(programme_document(db, delegation_id, "uk"))


def test_an_unknown_or_deleted_delegation_is_not_found(db: Database, out: Path) -> None:
    with pytest.raises(NotFoundError):
        programme_document(db, 999, "uk")
    with pytest.raises(NotFoundError):
        missing_translations(db, 999, "en")
    with pytest.raises(NotFoundError):
        print_document(db, "programme", 999, "uk", out / "p.pdf")
    with pytest.raises(NotFoundError):
        document(db, "badges", 999, "uk")
    visit = make.delegation(db)
    assert visit.id is not None
    delegations.delete_delegation(db, visit.id, visit.version)
    with pytest.raises(NotFoundError):
        participants_document(db, visit.id, "uk")
    assert not list(out.iterdir())


def test_a_delegation_with_nothing_in_it_prints(db: Database) -> None:
    visit = make.delegation(db)
    assert visit.id is not None
    assert "Програму ще не складено." in words(programme_document(db, visit.id, "uk"))
    gaps = missing_translations(db, visit.id, "uk")
    assert "Налаштування: не вказано назву ради — у шапці її не буде." in gaps


def test_print_document_writes_the_whole_file_or_nothing(db: Database, out: Path) -> None:
    delegation_id = city_day(db)
    for kind in KINDS:
        target = out / f"{kind}.pdf"
        written = print_document(db, kind, delegation_id, "uk+en", target)  # type: ignore[arg-type]
        assert written == target and target.read_bytes().startswith(b"%PDF")
        assert target.read_bytes() == document(db, kind, delegation_id, "uk+en")  # type: ignore[arg-type]
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{k}.pdf" for k in KINDS)
    with pytest.raises(PlannerError, match="Could not write"):
        print_document(db, "programme", delegation_id, "uk", out / "no folder" / "p.pdf")
    assert len(list(out.iterdir())) == len(KINDS)


def test_missing_translations_of_a_delegation(db: Database) -> None:
    delegation_id = city_day(db)
    assert missing_translations(db, delegation_id, "uk") == []
    gaps = missing_translations(db, delegation_id, "en")
    assert "Пункт «Екскурсія «Поділля»», 28.09 11:00: немає англійської назви." in gaps
    assert "Місце проведення «Сесійна зала»: немає англійської назви." in gaps
    assert ("Ґанна Їжакевич: немає імені латиницею, буде транслітерація «Ganna Yizhakevych»."
            in gaps)  # fmt: skip
    assert not any("Обід" in gap or "Видалений" in gap for gap in gaps)
    assert missing_translations(db, delegation_id, "en", kind="checklist") == [
        "Завдання «Забронювати готель», 06.09: немає англійської назви."
    ]
    english = missing_translations(db, delegation_id, "en", kind="badges", ui="en")
    assert english[0] == ("Ґанна Їжакевич: no name in Latin letters; printed transliterated as "
                          "“Ganna Yizhakevych”.")  # fmt: skip


def test_importing_the_printing_services_does_not_load_reportlab() -> None:
    """The GUI may import the services at start-up: reportlab loads when a document is made."""
    code = ("import sys, planner.services.printing, planner.cli; "
            "print(any(m.startswith('reportlab') for m in sys.modules))")  # fmt: skip
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout  # fmt: skip
    assert out.strip() == "False"


# The demo year: every document of every delegation, and no personal data in any of them.


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(tmp_path_factory.mktemp("demo") / "planner.sqlite3")
    write_demo_year(database, 2027)
    yield database
    database.close()


def test_no_personal_data_in_any_document_of_the_demo_year(demo: Database) -> None:
    secrets = personal_data(demo, flat, 5)
    assert all(secrets.get(f) for f in ("phone", "email", "passport_number", "dietary_needs",
                                        "accessibility_needs"))  # fmt: skip
    rows = delegations.list_delegations(demo)
    assert len(rows) > 40
    printed = 0
    for row in rows:
        for kind in KINDS:
            text = flat(pdftotext(document(demo, kind, row.id, "uk+en")))  # type: ignore[arg-type]
            printed += 1
            for field, values in secrets.items():
                leaked = [value for value in values if value in text]
                assert not leaked, (row.title_uk, kind, field, leaked)
    assert printed == len(rows) * len(KINDS)
