"""People: guests, officials, interpreters; found in Cyrillic and Latin, sorted in Ukrainian."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from planner.domain.errors import NotFoundError, ValidationError
from planner.domain.records import Person
from planner.services import people
from planner.storage.database import Database
from tests.services import factories as make
from tests.storage.snapshots import nothing_written


def test_a_person_keeps_every_field_including_personal_data(db: Database) -> None:
    saved = make.person(
        db, "Їжакевич", "Юрій", family_name_latin="Yizhakevych", given_names_latin="Yurii",
        position="заступник міського голови", languages=("uk", "en", "de"),
        email="y.yizhakevych@example.org", phone="+380 67 000 00 00",
        dietary_needs="без глютену", passport_number="FA000000", passport_country="UA",
        passport_expires_on=date(2030, 1, 31), birth_date=date(1980, 2, 29),
    )  # fmt: skip
    assert people.get_person(db, saved.id) == saved
    assert saved.languages == ("uk", "en", "de")
    assert saved.display_name == "Юрій Їжакевич"
    assert saved.latin_name == "Yurii Yizhakevych"


def test_a_foreign_guest_may_have_a_latin_name_only(db: Database) -> None:
    saved = make.person(db, "", "", family_name_latin="Novák", given_names_latin="Jan",
                        country="CZ")  # fmt: skip
    assert [p.family_name_latin for p in people.list_people(db, "novak")] == ["Novák"]
    assert saved.id is not None


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"family_name": "", "family_name_latin": ""}, "family_name"),
        ({"email": "koval@rada"}, "email"),
        ({"country": "UKR"}, "country"),
        ({"passport_country": "XX"}, "passport_country"),
    ],
)
def test_a_bad_person_is_refused_and_nothing_is_written(
    db: Database, fields: dict[str, str], field: str
) -> None:
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        people.save_person(db, replace(Person(family_name="Коваль"), **fields))
    assert caught.value.fields() == {field}


def test_a_deleted_person_is_hidden_until_restored(db: Database) -> None:
    saved = make.person(db)
    people.delete_person(db, saved.id, saved.version)
    with pytest.raises(NotFoundError):
        people.get_person(db, saved.id)
    assert people.list_people(db) == []
    people.restore_person(db, saved.id)
    assert [p.id for p in people.list_people(db)] == [saved.id]


SURNAMES = [("Гончар", "Hanna"), ("Ґудзь", "Petro"), ("Євтушенко", "Olena"),
            ("Іваненко", "Ivan"), ("Їжак", "Taras"), ("Йосипенко", "Iryna")]  # fmt: skip


@pytest.fixture
def office(db: Database) -> Database:
    """Six people whose surnames code-point order would put in the wrong order."""
    for family_name, given_latin in reversed(SURNAMES):
        make.person(db, family_name, "", given_names_latin=given_latin,
                    family_name_latin="", organisation="Міська рада")  # fmt: skip
    return db


def found(db: Database, search: str) -> list[str]:
    return [p.family_name for p in people.list_people(db, search)]


def test_people_are_listed_by_surname_in_ukrainian_order(office: Database) -> None:
    assert found(office, "") == [surname for surname, _ in SURNAMES]


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("ґудзь", ["Ґудзь"]),
        ("ҐУДЗЬ", ["Ґудзь"]),
        ("Євтушенко", ["Євтушенко"]),
        ("ЄВТУШ", ["Євтушенко"]),
        ("їжак", ["Їжак"]),
        ("ІВАНЕНКО", ["Іваненко"]),
        ("gudz", ["Ґудзь"]),  # the Latin spelling of a Cyrillic surname
        ("Yevtushenko", ["Євтушенко"]),
        ("yizhak", ["Їжак"]),
        ("IRYNA", ["Йосипенко"]),  # a Latin given name typed by the officer
        ("енко", ["Євтушенко", "Іваненко", "Йосипенко"]),
        ("міська рада", [s for s, _ in SURNAMES]),  # every word must match, in any field
        ("рада гончар", ["Гончар"]),
        ("Ivanenko Taras", []),
    ],
)
def test_people_are_found_in_cyrillic_of_any_case_and_in_latin(
    office: Database, search: str, expected: list[str]
) -> None:
    assert found(office, search) == expected


def test_й_and_и_are_different_letters_in_search(db: Database) -> None:
    make.person(db, "Йосипенко", "")
    make.person(db, "Иосипенко", "")
    assert found(db, "йосип") == ["Йосипенко"]
    assert found(db, "иосип") == ["Иосипенко"]


def test_the_list_can_be_limited(office: Database) -> None:
    assert found(office, "")[:2] == [p.family_name for p in people.list_people(office, limit=2)]
    assert len(people.list_people(office, limit=2)) == 2


def test_the_delegations_of_a_person_newest_first(db: Database) -> None:
    koval = make.person(db)
    taipei = make.taipei_summit(db)
    prague = make.delegation(db)
    make.delegation(db, "Без Коваль", (date(2024, 12, 9), date(2024, 12, 9)))
    for visit in (taipei, prague):
        make.participant(db, visit, koval)
    assert people.delegations_of_person(db, koval.id) == [
        (prague.id, prague.title_uk), (taipei.id, taipei.title_uk),
    ]  # fmt: skip
