"""The cooperation programme (the annual report's skeleton) and the office settings."""

from __future__ import annotations

from dataclasses import replace

import pytest

from planner.domain.errors import StaleEditError, ValidationError
from planner.services import checklists, programmes, settings
from planner.storage.database import Database
from tests.storage.snapshots import nothing_written


def test_the_default_programme_has_two_sections_of_measures(db: Database) -> None:
    (programme,) = programmes.list_programmes(db)
    assert (programme.start_year, programme.end_year) == (2021, 2025)
    assert [s.number for s in programme.sections] == ["I", "II"]
    assert [len(s.measures) for s in programme.sections] == [12, 6]
    first = programme.sections[0].measures[0]
    assert first.code == "1.1"
    assert first.title_uk.startswith("Організація прийомів офіційних делегацій")
    assert first.title_en.startswith("Receiving official delegations")


def test_measures_by_code_for_a_year(db: Database) -> None:
    in_2024 = programmes.measures_by_code(db, 2024)
    assert list(in_2024) == [f"1.{n}" for n in range(1, 13)] + [f"2.{n}" for n in range(1, 7)]
    assert in_2024["2.2"].title_uk == "Придбання презентаційної, сувенірної та іміджевої продукції"
    # Outside its years the newest programme is still offered.
    assert programmes.measures_by_code(db, 2030) == in_2024


def test_a_measure_is_renamed(db: Database) -> None:
    measure = programmes.measures_by_code(db)["2.5"]
    renamed = programmes.save_measure(db, replace(measure, title_uk="Новини на сайті ради"))
    assert renamed.version == measure.version + 1
    assert programmes.measures_by_code(db)["2.5"].title_uk == "Новини на сайті ради"
    with nothing_written(db), pytest.raises(StaleEditError):
        programmes.save_measure(db, replace(measure, title_uk="Застаріла назва"))


@pytest.mark.parametrize(("fields", "code"), [({"code": "1.1"}, "duplicate"),
                                              ({"code": " "}, "required"),
                                              ({"title_uk": ""}, "required")])  # fmt: skip
def test_a_bad_measure_is_refused_and_nothing_is_written(
    db: Database, fields: dict[str, str], code: str
) -> None:
    measure = programmes.measures_by_code(db)["1.2"]
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        programmes.save_measure(db, replace(measure, **fields))
    assert [p.code for p in caught.value.problems] == [code]


def test_settings_are_kept_trimmed_and_can_be_changed(db: Database) -> None:
    empty = settings.get_settings(db)
    assert empty.values == {}
    first = settings.save_settings(db, {
        settings.COUNCIL_NAME: " Хмельницька міська рада ",
        settings.DEPARTMENT_HEAD_NAME: "Ганна КОВАЛЬ",
    }, empty)  # fmt: skip
    settings.save_settings(db, {settings.DEPARTMENT_HEAD_NAME: "Олексій ЯРОШЕНКО"}, first)
    assert settings.get_settings(db).values == {
        "council_name": "Хмельницька міська рада",
        "department_head_name": "Олексій ЯРОШЕНКО",
    }


def test_a_setting_changed_meanwhile_is_not_overwritten(db: Database) -> None:
    read_by_both = settings.get_settings(db)
    settings.save_settings(db, {settings.DEPARTMENT_HEAD_NAME: "Ганна КОВАЛЬ"}, read_by_both)
    with nothing_written(db), pytest.raises(StaleEditError):
        settings.save_settings(db, {settings.DEPARTMENT_HEAD_NAME: "Олексій ЯРОШЕНКО"},
                               read_by_both)  # fmt: skip
    assert settings.get_settings(db).get(settings.DEPARTMENT_HEAD_NAME) == "Ганна КОВАЛЬ"


def test_a_new_database_starts_with_the_defaults_the_planner_ships(db: Database) -> None:
    """The first catalogue is frozen in migration 0002. When the defaults in planner.domain
    change, this fails: add a migration that brings the change to existing databases too."""
    from planner.domain.checklists import DEFAULT_TEMPLATES
    from planner.domain.programme import DEFAULT_PROGRAMME

    (stored,) = programmes.list_programmes(db)
    assert (stored.title_uk, stored.title_en, stored.start_year, stored.end_year) == (
        DEFAULT_PROGRAMME.title_uk, DEFAULT_PROGRAMME.title_en,
        DEFAULT_PROGRAMME.start_year, DEFAULT_PROGRAMME.end_year,
    )  # fmt: skip
    shipped = [(s.number, s.title_uk, s.title_en, [(m.code, m.title_uk, m.title_en)
                for m in s.measures]) for s in DEFAULT_PROGRAMME.sections]  # fmt: skip
    assert [(s.number, s.title_uk, s.title_en, [(m.code, m.title_uk, m.title_en)
             for m in s.measures]) for s in stored.sections] == shipped  # fmt: skip
    templates = checklists.list_templates(db)
    assert [(t.name_uk, t.name_en, t.visit_kind, t.tasks) for t in templates] == [
        (t.name_uk, t.name_en, t.visit_kind, t.tasks) for t in DEFAULT_TEMPLATES
    ]
