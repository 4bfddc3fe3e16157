"""The gift list of one visit made from a real database: its hand-outs and register entries,
the figures and totals equal to the database's, Cyrillic intact, the fonts embedded."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from planner.domain.enums import GiftDirection
from planner.domain.errors import NotFoundError
from planner.domain.records import Delegation, GiftRecord
from planner.exports.gift_list import list_totals
from planner.exports.inventory import money_text, quantity_text
from planner.services import gift_documents, gifts, settings
from planner.storage.database import Database
from tests.exports.document_samples import fonts, pdftotext
from tests.services import factories as make


def plain(value: str) -> str:
    return value.replace("\u00a0", " ")


@pytest.fixture
def visit(db: Database) -> Delegation:
    """At Prague 6's City Day visit: a painting to the partner (also in the register, at the
    value the register states), 20 notebooks to a guest, a towel in the register only. A
    hand-out at another visit and a gift received are not the visit's gifts given."""
    settings.save_settings(db, {settings.COUNCIL_NAME: "Хмельницька міська рада",
                                settings.DEPARTMENT_HEAD_NAME: "Олена Бондар",
                                settings.DEPARTMENT_HEAD_POSITION: "Начальник відділу"},
                           settings.get_settings(db))  # fmt: skip
    notebook = make.stocked_item(db, 120, date(2025, 1, 10), name_en="City notebook")
    painting = make.stocked_item(db, 4, date(2025, 3, 1), name_uk="Картина «Поділля»",
                                 category="кераміка", unit_cost=Decimal("4800.00"))  # fmt: skip
    assert notebook.id and painting.id
    visit = make.delegation(db, dates=(date(2025, 6, 5), date(2025, 6, 7)),
                            title_en="Prague 6 at City Day")  # fmt: skip
    other = make.delegation(db, "Візит до Любліна", (date(2025, 9, 1), date(2025, 9, 2)))
    prague = make.partner(db, name_en="Prague 6")
    guest = make.person(db)
    assert visit.id and other.id and prague.id and guest.id
    gifts.hand_out(db, painting.id, date(2025, 6, 6), 1, delegation_id=visit.id,
                   partner_id=prague.id)  # fmt: skip
    gifts.hand_out(db, notebook.id, date(2025, 6, 5), 20, delegation_id=visit.id,
                   person_id=guest.id)  # fmt: skip
    gifts.hand_out(db, notebook.id, date(2025, 9, 1), 7, delegation_id=other.id,
                   person_id=guest.id)  # fmt: skip
    gifts.save_gift_record(db, GiftRecord(
        GiftDirection.GIVEN, date(2025, 6, 6), "Картина в рамі, ручний розпис",
        occasion="День міста", delegation_id=visit.id, partner_id=prague.id,
        item_id=painting.id, value=Decimal("5200.00"),
    ))  # fmt: skip
    gifts.save_gift_record(db, GiftRecord(
        GiftDirection.GIVEN, date(2025, 6, 7), "Рушник вишитий «Їжачок»",
        delegation_id=visit.id, recipient="Їржі Новотний", value=Decimal("950.00"),
    ))  # fmt: skip
    gifts.save_gift_record(db, GiftRecord(
        GiftDirection.RECEIVED, date(2025, 6, 6), "Кришталева ваза", delegation_id=visit.id,
        partner_id=prague.id, value=Decimal("3000.00"),
    ))  # fmt: skip
    return visit


def test_the_entries_are_the_visits_gifts_given(db: Database, visit: Delegation) -> None:
    assert visit.id
    entries = gift_documents.gift_list_entries(db, visit.id)
    assert [(e.on, e.item, e.quantity, e.recipient, e.value) for e in entries] == [
        (date(2025, 6, 5), "Блокнот з символікою міста", 20, "Ґанна Коваль", Decimal("2410.00")),
        (date(2025, 6, 6), "Картина «Поділля»", 1, "Прага 6", Decimal("5200.00")),
        (date(2025, 6, 7), "Рушник вишитий «Їжачок»", 1, "Їржі Новотний", Decimal("950.00")),
    ]
    assert list_totals(entries) == (22, Decimal("8560.00"))


def test_the_printed_figures_are_the_databases(db: Database, visit: Delegation) -> None:
    assert visit.id
    data = gift_documents.gift_list_document(db, visit.id, "uk")
    text = plain(pdftotext(data, layout=True))
    assert "Хмельницька міська рада" in text
    assert "Перелік вручених подарунків" in text
    assert "Делегація Праги 6 на День міста, 5–7 червня 2025 року" in plain(pdftotext(data))
    for entry in gift_documents.gift_list_entries(db, visit.id):
        line = next(line for line in text.splitlines() if entry.item in line)
        assert entry.on.strftime("%d.%m.%Y") in line
        assert entry.value is not None
        figures = [
            plain(quantity_text(entry.quantity)),
            re.escape(entry.recipient),
            re.escape(plain(money_text(entry.value))),
        ]
        assert re.search(r"\s+".join(figures) + r"\s*$", line), line
    assert re.search(r"Усього\s+22\s+8 560,00 грн", text)
    assert "Картина в рамі, ручний розпис" in text  # the register's description, under the item
    assert "Кришталева ваза" not in text and "Візит до Любліна" not in text
    assert re.search(r"Начальник відділу\s+Олена Бондар", text)  # signed
    assert fonts(data) and all(f[3] == "yes" for f in fonts(data))


def test_in_english(db: Database, visit: Delegation) -> None:
    assert visit.id
    text = plain(pdftotext(gift_documents.gift_list_document(db, visit.id, "en"), layout=True))
    assert "List of gifts given" in text and "Prague 6 at City Day" in text
    assert re.search(r"City notebook.*20\s+Ґанна Коваль\s+UAH 2,410.00", text)
    assert re.search(r"Total\s+22\s+UAH 8,560.00", text)


def test_a_visit_without_gifts_and_an_unknown_visit(db: Database) -> None:
    quiet = make.delegation(db)
    assert quiet.id
    text = pdftotext(gift_documents.gift_list_document(db, quiet.id))
    assert "Під час цього візиту подарунків не вручено." in text
    with pytest.raises(NotFoundError):
        gift_documents.gift_list_document(db, quiet.id + 99)
