"""Partners (twin cities, organisations) and their agreements."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from planner.domain.enums import AgreementStatus, AgreementType, PartnerKind
from planner.domain.errors import NotFoundError, StaleEditError, ValidationError
from planner.domain.records import Agreement, Partner
from planner.services import partners
from planner.storage.database import Database
from tests.services import factories as make
from tests.storage.snapshots import count_rows, nothing_written


def memorandum(partner: Partner, **fields: object) -> Agreement:
    assert partner.id is not None
    values: dict[str, object] = {
        "kind": AgreementType.MEMORANDUM,
        "title": "Меморандум про співпрацю у сфері культури",
        "signed_on": date(2024, 5, 14),
        **fields,
    }
    return Agreement(partner_id=partner.id, **values)


# Saving and reading


def test_a_saved_partner_reads_back_with_an_id_and_a_first_version(db: Database) -> None:
    saved = make.partner(db, "Прага 6", name_en="Prague 6", name_native="Praha 6", city="Прага")
    assert saved.id is not None and saved.version == 1
    assert partners.get_partner(db, saved.id) == saved
    assert (saved.name_en, saved.name_native, saved.kind) == ("Prague 6", "Praha 6",
                                                               PartnerKind.CITY)  # fmt: skip


def test_changing_a_partner_raises_its_version(db: Database) -> None:
    saved = make.partner(db)
    changed = partners.save_partner(db, replace(saved, website="https://www.praha6.cz"))
    assert changed.version == saved.version + 1
    assert partners.get_partner(db, saved.id).website == "https://www.praha6.cz"


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"name_uk": " "}, ("name_uk", "required")),
        ({"country": "XX"}, ("country", "unknown_country")),
        ({"name_en": "P" * 301}, ("name_en", "too_long")),
    ],
)
def test_a_bad_partner_is_refused_and_nothing_is_written(
    db: Database, fields: dict[str, str], problem: tuple[str, str]
) -> None:
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        partners.save_partner(db, replace(Partner(name_uk="Прага 6", country="CZ"), **fields))
    assert [(p.field, p.code) for p in caught.value.problems] == [problem]


def test_a_bad_change_leaves_the_stored_partner_as_it_was(db: Database) -> None:
    saved = make.partner(db)
    with nothing_written(db), pytest.raises(ValidationError):
        partners.save_partner(db, replace(saved, name_uk="", country="??"))
    assert partners.get_partner(db, saved.id) == saved


# Duplicates


@pytest.mark.parametrize(
    "again", ["КАМ’ЯНЕЦЬ-ПОДІЛЬСЬКИЙ", "кам'янець-подільський", "Камʼянець-Подільський"]
)
def test_the_same_partner_in_the_same_country_is_refused_in_any_spelling(
    db: Database, again: str
) -> None:
    make.partner(db, "Кам’янець-Подільський", country="UA")
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        make.partner(db, again, country="UA")
    ((field, code),) = [(p.field, p.code) for p in caught.value.problems]
    assert (field, code) == ("name_uk", "duplicate")
    assert again in caught.value.message("uk")


def test_the_same_name_in_another_country_is_another_partner(db: Database) -> None:
    make.partner(db, "Одеса", country="UA")
    texas = make.partner(db, "Одеса", country="US")
    assert texas.id is not None
    assert [p.country for p in partners.list_partners(db)] == ["UA", "US"]


def test_saving_a_partner_again_is_not_a_duplicate_of_itself(db: Database) -> None:
    saved = make.partner(db)
    assert partners.save_partner(db, replace(saved, name_uk="ПРАГА 6")).name_uk == "ПРАГА 6"


def test_a_deleted_partner_does_not_block_its_name(db: Database) -> None:
    old = make.partner(db)
    partners.delete_partner(db, old.id, old.version)
    assert make.partner(db).id != old.id


# Deleting and restoring


def test_a_deleted_partner_is_hidden_until_restored(db: Database) -> None:
    saved = make.partner(db)
    partners.delete_partner(db, saved.id, saved.version)

    with pytest.raises(NotFoundError) as caught:
        partners.get_partner(db, saved.id)
    assert caught.value.message("en") == f"Partner #{saved.id} was not found."
    assert partners.list_partners(db) == []
    assert count_rows(db, "partner") == 1  # kept, so that deleting can be undone

    restored = partners.restore_partner(db, saved.id)
    assert restored.name_uk == saved.name_uk
    assert [p.id for p in partners.list_partners(db)] == [saved.id]


def test_restoring_is_refused_when_a_namesake_was_added_meanwhile(db: Database) -> None:
    gone = make.partner(db)
    partners.delete_partner(db, gone.id, gone.version)
    partners.save_partner(db, Partner(name_uk=gone.name_uk.upper(), country=gone.country))
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        partners.restore_partner(db, gone.id)
    assert [p.code for p in caught.value.problems] == ["duplicate"]
    with pytest.raises(NotFoundError):
        partners.get_partner(db, gone.id)


def test_deleting_with_an_old_version_is_refused(db: Database) -> None:
    saved = make.partner(db)
    partners.save_partner(db, replace(saved, notes="оновлено"))
    with nothing_written(db), pytest.raises(StaleEditError):
        partners.delete_partner(db, saved.id, saved.version)


def test_a_partner_that_never_existed_cannot_be_read_deleted_or_restored(db: Database) -> None:
    with nothing_written(db):
        with pytest.raises(NotFoundError):
            partners.get_partner(db, 404)
        with pytest.raises(NotFoundError):
            partners.delete_partner(db, 404, 1)
        with pytest.raises(NotFoundError):
            partners.restore_partner(db, 404)


# The list


def test_partners_are_listed_in_ukrainian_order_and_found_by_any_name(db: Database) -> None:
    for name, english, country in [("Штутгарт", "Stuttgart", "DE"), ("Ґданськ", "Gdańsk", "PL"),
                                   ("Гуанчжоу", "Guangzhou", "CN"), ("Єлгава", "Jelgava", "LV"),
                                   ("Ченстохова", "Częstochowa", "PL")]:  # fmt: skip
        make.partner(db, name, name_en=english, country=country)

    assert [p.name_uk for p in partners.list_partners(db)] == [
        "Гуанчжоу", "Ґданськ", "Єлгава", "Ченстохова", "Штутгарт",
    ]  # fmt: skip
    assert [p.name_uk for p in partners.list_partners(db, "GDANSK")] == ["Ґданськ"]
    assert [p.name_uk for p in partners.list_partners(db, "ґДАНСЬК")] == ["Ґданськ"]
    assert [p.name_uk for p in partners.list_partners(db, "czestochowa")] == ["Ченстохова"]
    assert [p.name_uk for p in partners.list_partners(db, "shtuthart")] == ["Штутгарт"]
    assert partners.list_partners(db, "100%_") == []  # LIKE wildcards are plain text here


# Agreements


def test_an_agreement_reads_back_with_its_areas(db: Database) -> None:
    silistra = make.partner(db, "Сілістра", country="BG")
    saved = partners.save_agreement(
        db, memorandum(silistra, areas=("культура", "освіта"), valid_until=date(2029, 5, 14))
    )
    assert saved.id is not None
    assert partners.list_agreements(db, silistra.id) == [saved]
    assert saved.areas == ("культура", "освіта")
    assert partners.list_partners(db)[0].agreement_count == 1


def test_an_agreement_ending_before_it_was_signed_is_refused(db: Database) -> None:
    silistra = make.partner(db, "Сілістра", country="BG")
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        partners.save_agreement(db, memorandum(silistra, valid_until=date(2024, 5, 13)))
    assert caught.value.fields() == {"valid_until"}


def test_an_agreement_with_a_missing_or_deleted_partner_is_refused(db: Database) -> None:
    gone = make.partner(db, "Сілістра", country="BG")
    partners.delete_partner(db, gone.id, gone.version)
    with nothing_written(db):
        with pytest.raises(NotFoundError):
            partners.save_agreement(db, memorandum(gone))
        with pytest.raises(NotFoundError):
            partners.save_agreement(db, replace(memorandum(gone), partner_id=404))


def test_agreements_in_force_on_a_day(db: Database) -> None:
    lublin = make.partner(db, "Люблін", country="PL")
    in_force = partners.save_agreement(db, memorandum(lublin, title="Угода про партнерство"))
    partners.save_agreement(db, memorandum(lublin, title="Ще не підписана",
                                           signed_on=date(2025, 1, 1)))  # fmt: skip
    partners.save_agreement(db, memorandum(lublin, title="Закінчилась",
                                           signed_on=date(2019, 1, 1),
                                           valid_until=date(2023, 12, 31)))  # fmt: skip
    partners.save_agreement(db, memorandum(lublin, title="Розірвана",
                                           status=AgreementStatus.TERMINATED))  # fmt: skip

    assert partners.agreements_in_force(db, date(2024, 6, 1)) == [in_force]


def test_a_deleted_agreement_leaves_the_list(db: Database) -> None:
    lublin = make.partner(db, "Люблін", country="PL")
    saved = partners.save_agreement(db, memorandum(lublin))
    partners.delete_agreement(db, saved.id, saved.version)
    assert partners.list_agreements(db) == []
    assert partners.list_partners(db)[0].agreement_count == 0
