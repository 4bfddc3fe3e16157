"""Errors explain themselves in Ukrainian and English, naming fields and records in that language."""

from __future__ import annotations

import string
from datetime import date

import pytest

from planner.domain import rules
from planner.domain.enums import Direction
from planner.domain.errors import (
    DatabaseProblem,
    FieldProblem,
    InUseError,
    NotFoundError,
    PlannerError,
    StaleEditError,
    ValidationError,
)
from planner.domain.messages import FIELD_LABELS, MESSAGES, enum_label, field_label, message
from planner.domain.records import Delegation


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_message_exists_in_both_languages_with_the_same_placeholders(code: str) -> None:
    uk, en = MESSAGES[code]
    assert uk.strip() and en.strip()
    assert uk != en
    assert placeholders(uk) == placeholders(en)


def test_a_field_problem_names_the_field_in_the_users_language() -> None:
    problem = FieldProblem("end_date", "end_before_start")
    assert problem.message("uk") == "«Дата завершення» не може бути раніше за початок."
    assert problem.message("en") == "“End date” cannot be before the start."


def test_ukrainian_is_the_default_language() -> None:
    assert FieldProblem("family_name", "required").message() == (
        "Поле «Прізвище» не може бути порожнім."
    )


def test_a_validation_error_from_a_rule_reads_as_sentences_in_both_languages() -> None:
    bad = Delegation(direction=Direction.INCOMING, title_uk="", start_date=date(2024, 9, 27),
                     end_date=date(2024, 9, 29), timezone="Mars/Olympus")  # fmt: skip
    with pytest.raises(ValidationError) as caught:
        rules.check_delegation(bad)
    error = caught.value
    assert error.fields() == {"title_uk", "timezone"}
    assert error.message("uk") == (
        "Поле «Назва (укр.)» не може бути порожнім. "
        "Невідомий часовий пояс «Mars/Olympus». Приклад: Europe/Kyiv."
    )
    assert error.message("en") == (
        "“Title (Ukrainian)” must not be empty. "
        "Unknown time zone “Mars/Olympus”. Example: Europe/Kyiv."
    )
    assert str(error) == error.message("en")  # what a traceback or a log line shows


def test_a_long_name_gives_its_limit() -> None:
    error = ValidationError.single("name_uk", "too_long", limit=300)
    assert error.message("uk") == "Поле «Назва (укр.)» задовге: не більше 300 символів."
    assert error.message("en") == "“Name (Ukrainian)” is too long: at most 300 characters."


def test_a_validation_error_needs_a_problem() -> None:
    with pytest.raises(ValueError, match="at least one problem"):
        ValidationError([])


def test_a_stale_edit_names_the_record_and_its_number() -> None:
    error = StaleEditError("delegation", 12)
    assert error.code == "stale_edit"
    assert error.message("uk").startswith("Делегацію №12 тим часом змінив інший користувач.")
    assert error.message("en").startswith("Delegation #12 was changed by someone else meanwhile.")
    assert str(error) == error.message("en")


def test_a_stale_edit_without_a_number_still_reads_well() -> None:
    error = StaleEditError("participation", None)
    assert error.code == "stale_edit_any"
    assert error.message("uk").startswith("Участь: запис тим часом змінив інший користувач.")


@pytest.mark.parametrize(
    ("error", "uk", "en"),
    [
        (NotFoundError("venue", 3), "Місце проведення №3 не знайдено.",
         "Venue #3 was not found."),
        (InUseError("partner", 5, "2 угоди"),
         "Партнера №5 не можна видалити: на нього посилаються інші записи (2 угоди).",
         "Partner #5 cannot be deleted: other records refer to it (2 угоди)."),
        (DatabaseProblem("db_too_new", found="0099_future"),
         "Базу даних створено новішою версією планувальника (схема 0099_future). "
         "Оновіть програму, щоб її відкрити.",
         "The database was written by a newer version of the planner (schema 0099_future). "
         "Update the application to open it."),
        (DatabaseProblem("db_missing", path="/tmp/x.sqlite3"),
         "Файл бази даних «/tmp/x.sqlite3» не існує.",
         "The database file “/tmp/x.sqlite3” does not exist."),
        (DatabaseProblem("db_busy"), "База даних зайнята іншим користувачем; спробуйте ще раз.",
         "The database is busy with another user; try again."),
    ],
)  # fmt: skip
def test_planner_errors_render_in_both_languages(error: PlannerError, uk: str, en: str) -> None:
    assert error.message("uk") == uk
    assert error.message("en") == en
    assert isinstance(error, PlannerError)


def test_an_unknown_code_still_says_what_it_knows() -> None:
    assert message("no_such_code", {"value": 1}, "uk") == "no_such_code: {'value': 1}"


def test_labels_fall_back_to_the_name_they_were_given() -> None:
    assert field_label("starts_at", "uk") == "Початок"
    assert field_label("starts_at", "en") == "Start"
    assert field_label("made_up_field", "uk") == "made_up_field"
    assert enum_label(Direction.INCOMING, "uk") == "вхідна"
    assert enum_label("not_an_enum_value", "en") == "not an enum value"


def test_every_field_label_has_both_languages() -> None:
    for field, (uk, en) in FIELD_LABELS.items():
        assert uk.strip() and en.strip(), field
