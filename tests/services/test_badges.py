"""A delegation's name badges and table cards printed from the database: its participants in
their order of precedence, both scripts of every name, no personal data, unknown delegations
refused."""

from __future__ import annotations

import pytest

from planner.domain.enums import ParticipantRole
from planner.domain.errors import NotFoundError
from planner.domain.records import Delegation, Person
from planner.services import badges, delegations, people
from planner.storage.database import Database
from tests.exports.badge_samples import PEOPLE, page_count, pdftotext, pypdf_pages
from tests.services import factories as make


@pytest.fixture
def visit(db: Database) -> Delegation:
    return make.delegation(db, title_en="Prague 6 delegation at the City Day")


def join(db: Database, visit: Delegation, count: int) -> list[Person]:
    """``count`` people in the delegation, in this order of precedence, the samples first."""
    joined = []
    for index in range(count):
        if index < len(PEOPLE):
            who = people.save_person(db, PEOPLE[index])
        else:
            who = make.person(db, f"Учасник{index}", "Євген", position="член делегації")
        make.participant(db, visit, who, role=ParticipantRole.MEMBER)
        joined.append(who)
    return joined


def test_twenty_three_participants_make_three_sheets_in_order_of_precedence(
    db: Database, visit: Delegation
) -> None:
    joined = join(db, visit, 23)
    assert visit.id is not None
    pdf = badges.badges_document(db, visit.id, "uk+en")
    assert page_count(pdf) == 3
    text = " ".join(pypdf_pages(pdf))
    order = [text.find(person.family_name_latin or person.family_name) for person in joined]
    assert -1 not in order
    assert order == sorted(order)
    assert "Prague 6 delegation at the City Day" in text
    for person in PEOPLE:
        assert person.family_name in pdftotext(pdf)


def test_the_badges_follow_a_new_order_of_precedence(db: Database, visit: Delegation) -> None:
    join(db, visit, 3)
    assert visit.id is not None
    rows = people.list_participants(db, visit.id)
    people.reorder_participants(db, visit.id, [rows[2].participation.id or 0,
                                               rows[0].participation.id or 0,
                                               rows[1].participation.id or 0])  # fmt: skip
    _, made = badges.delegation_badges(db, visit.id)
    assert [b.names.name_cyrillic for b in made] == [
        "Євгенія Ґудзь", "Олександра-Вікторія Ковальчук-Загородня", "Ганс-Йоахім Мюллер-Люденшайдт",
    ]  # fmt: skip
    assert made[0].delegation_uk == "Делегація Праги 6 на День міста"


def test_table_cards_one_to_a_page_with_every_name_twice(db: Database, visit: Delegation) -> None:
    join(db, visit, len(PEOPLE))
    assert visit.id is not None
    pdf = badges.tent_cards_document(db, visit.id, "uk")
    assert page_count(pdf) == len(PEOPLE)
    for page, person in zip(pypdf_pages(pdf), PEOPLE, strict=True):
        assert page.count(person.family_name) == 2
    assert "Ковальчук-Загородня" in pdftotext(pdf, page=1)


def test_a_delegation_with_nobody_still_prints(db: Database, visit: Delegation) -> None:
    assert visit.id is not None
    assert "Учасників немає." in pdftotext(badges.badges_document(db, visit.id, "uk"))
    assert "No participants." in pdftotext(badges.tent_cards_document(db, visit.id, "en"))


def test_an_unknown_or_deleted_delegation_is_refused(db: Database, visit: Delegation) -> None:
    assert visit.id is not None
    with pytest.raises(NotFoundError):
        badges.badges_document(db, visit.id + 100, "uk")
    delegations.delete_delegation(db, visit.id, visit.version)
    with pytest.raises(NotFoundError):
        badges.tent_cards_document(db, visit.id, "uk")
    with pytest.raises(NotFoundError):
        badges.badges_document(db, visit.id, "uk+en")


def test_no_personal_data_is_printed(db: Database, visit: Delegation) -> None:
    who = make.person(db, "Коваль", "Ґанна", email="hanna@example.org",
                      phone="+380 67 765 43 21", dietary_needs="без глютену",
                      passport_number="FB654321", notes="для службового користування")  # fmt: skip
    make.participant(db, visit, who, hotel="Готель «Поділля»", notes="зустріти на вокзалі")
    assert visit.id is not None
    for pdf in (badges.badges_document(db, visit.id, "uk+en"),
                badges.tent_cards_document(db, visit.id, "uk+en")):  # fmt: skip
        text = pdftotext(pdf)
        assert "Ґанна Коваль" in text and "Ganna Koval" in text
        for private in ("hanna@", "765 43 21", "глютену", "FB654321", "службового",
                        "Поділля", "вокзалі"):  # fmt: skip
            assert private not in text


def test_names_printed_transliterated_are_named_before_printing(
    db: Database, visit: Delegation
) -> None:
    join(db, visit, 3)
    assert visit.id is not None
    # The Ukrainian samples keep no Latin name; the German one keeps his passport's.
    assert badges.names_without_latin(db, visit.id) == [
        "Олександра-Вікторія Ковальчук-Загородня", "Євгенія Ґудзь",
    ]  # fmt: skip
