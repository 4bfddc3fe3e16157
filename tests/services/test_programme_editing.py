"""Editing the cooperation programme: its titles and years, sections and measures, their order,
and the refusals (overlapping years, a duplicate code, a measure still in use) that write
nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from planner.domain.enums import ActivityKind
from planner.domain.errors import NotFoundError, PlannerError, StaleEditError, ValidationError
from planner.domain.records import Measure, Programme, ProgrammeSection
from planner.services import gifts, programmes
from planner.storage.database import Database
from planner.storage.models import DbActivity, DbMeasure
from tests.services import factories
from tests.storage.snapshots import nothing_written


def default(db: Database) -> Programme:
    (programme,) = programmes.list_programmes(db)
    return programme


def codes(db: Database, section: int = 0) -> list[str]:
    return [m.code for m in default(db).sections[section].measures]


def test_a_programme_is_renamed_and_its_years_changed(db: Database) -> None:
    programme = default(db)
    saved = programmes.save_programme(
        db, replace(programme, title_uk="Програма 2021-2026", end_year=2026)
    )
    assert (saved.title_uk, saved.start_year, saved.end_year) == ("Програма 2021-2026", 2021, 2026)
    assert saved.version == programme.version + 1
    assert [len(s.measures) for s in saved.sections] == [12, 6]  # the catalogue is kept
    assert programmes.get_programme(db, saved.id or 0) == saved
    with nothing_written(db), pytest.raises(StaleEditError):
        programmes.save_programme(db, replace(programme, title_uk="Застаріла"))


def test_a_new_programme_is_added_with_its_sections(db: Database) -> None:
    new = programmes.save_programme(db, Programme(
        title_uk="Програма 2026-2030", title_en="Programme 2026-2030", start_year=2026,
        end_year=2030, sections=(ProgrammeSection("I", "Співпраця", measures=(
            Measure("1.1", "Прийоми делегацій"), Measure("1.2", "Візити"))),),
    ))  # fmt: skip
    assert [p.start_year for p in programmes.list_programmes(db)] == [2026, 2021]
    assert [m.code for m in new.sections[0].measures] == ["1.1", "1.2"]
    assert [m.position for m in new.sections[0].measures] == [0, 1]
    assert programmes.programme_for_year(db, 2027) == new


@pytest.mark.parametrize(("fields", "field", "code"), [
    ({"start_year": 2025, "end_year": 2027}, "start_year", "programme_overlap"),
    ({"title_uk": " "}, "title_uk", "required"),
    ({"start_year": 2030, "end_year": 2029}, "end_year", "end_before_start"),
])  # fmt: skip
def test_a_bad_programme_is_refused_and_nothing_is_written(
    db: Database, fields: dict[str, object], field: str, code: str
) -> None:
    new = Programme(title_uk="Нова програма", title_en="", start_year=2026, end_year=2030)
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        programmes.save_programme(db, replace(new, **fields))  # type: ignore[arg-type]
    assert [(p.field, p.code) for p in caught.value.problems] == [(field, code)]


def test_an_overlap_is_refused_when_the_years_of_a_programme_are_changed(db: Database) -> None:
    later = programmes.save_programme(
        db, Programme(title_uk="Наступна", title_en="", start_year=2026, end_year=2030)
    )
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        programmes.save_programme(db, replace(later, start_year=2025))
    assert caught.value.problems[0].code == "programme_overlap"
    assert "перекриваються" in caught.value.message("uk")


def test_a_section_is_added_renamed_and_deleted_when_empty(db: Database) -> None:
    programme = default(db)
    section = programmes.add_section(db, programme.id or 0, "III", "Інформаційна політика",
                                     "Information")  # fmt: skip
    assert [s.number for s in default(db).sections] == ["I", "II", "III"]
    renamed = programmes.save_section(db, replace(section, title_uk="Інформація"))
    assert default(db).sections[2].title_uk == "Інформація"
    assert renamed.id == section.id
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        programmes.add_section(db, programme.id or 0, "II", "Ще один другий")
    assert caught.value.problems[0].code == "duplicate"
    with nothing_written(db), pytest.raises(ValidationError):
        programmes.save_section(db, replace(section, number="I"))
    with nothing_written(db), pytest.raises(ValidationError):
        programmes.add_section(db, programme.id or 0, "IV", "")
    programmes.delete_section(db, section.id or 0)
    assert [s.number for s in default(db).sections] == ["I", "II"]


def test_a_section_with_measures_is_not_deleted(db: Database) -> None:
    section = default(db).sections[1]
    with nothing_written(db), pytest.raises(PlannerError) as caught:
        programmes.delete_section(db, section.id or 0)
    assert caught.value.code == "section_not_empty"
    assert "6" in caught.value.message("en")


def test_a_measure_is_added_at_the_end_of_its_section(db: Database) -> None:
    section = default(db).sections[1]
    added = programmes.add_measure(db, section.id or 0, Measure("2.7", "Відеоролики", "Videos"))
    assert added.id is not None and added.position == 6
    assert codes(db, 1) == ["2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7"]
    assert programmes.measures_by_code(db, 2024)["2.7"].title_en == "Videos"


@pytest.mark.parametrize(("measure", "code"), [(Measure("1.3", "Дубль"), "duplicate"),
                                               (Measure(" ", "Без коду"), "required"),
                                               (Measure("2.9", ""), "required")])  # fmt: skip
def test_a_bad_new_measure_is_refused_and_nothing_is_written(
    db: Database, measure: Measure, code: str
) -> None:
    section = default(db).sections[1]
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        programmes.add_measure(db, section.id or 0, measure)
    assert caught.value.problems[0].code == code


def test_an_unused_measure_is_deleted(db: Database) -> None:
    measure = programmes.measures_by_code(db)["2.3"]
    with nothing_written(db), pytest.raises(StaleEditError):
        programmes.delete_measure(db, measure.id or 0, measure.version + 1)
    programmes.delete_measure(db, measure.id or 0, measure.version)
    assert "2.3" not in programmes.measures_by_code(db)
    with pytest.raises(NotFoundError):
        programmes.delete_measure(db, measure.id or 0, measure.version)


def _tag_an_activity(db: Database, measure_id: int) -> None:
    with db.transaction() as session:
        row = DbActivity(kind=ActivityKind.PUBLICATION, held_on=date(2024, 5, 1),
                         text_uk="опубліковано статтю")  # fmt: skip
        row.measures.append(session.get_one(DbMeasure, measure_id))
        session.add(row)


def _tag_a_delegation(db: Database, measure_id: int) -> None:
    factories.delegation(db, measure_ids=(measure_id,))


def _tag_a_purchase(db: Database, measure_id: int) -> None:
    item = factories.gift_item(db)
    gifts.record_purchase(db, item.id or 0, date(2024, 3, 1), 10, Decimal("5"),
                          measure_id=measure_id)  # fmt: skip


@pytest.mark.parametrize(("tag", "counts"), [(_tag_a_delegation, (1, 0, 0)),
                                             (_tag_an_activity, (0, 1, 0)),
                                             (_tag_a_purchase, (0, 0, 1))])  # fmt: skip
def test_a_measure_in_use_is_not_deleted(
    db: Database, tag: object, counts: tuple[int, ...]
) -> None:
    measure = programmes.measures_by_code(db)["2.2"]
    assert measure.id is not None
    tag(db, measure.id)  # type: ignore[operator]
    assert programmes.measure_uses(db, measure.id) == counts
    with nothing_written(db), pytest.raises(PlannerError) as caught:
        programmes.delete_measure(db, measure.id, measure.version)
    assert caught.value.code == "measure_in_use"
    assert caught.value.message("uk").startswith("Захід програми «2.2» не можна видалити")
    assert "records still use it (1:" in caught.value.message("en")
    assert "2.2" in programmes.measures_by_code(db)


def test_a_measure_moves_within_its_section(db: Database) -> None:
    measure = programmes.measures_by_code(db)["1.3"]
    moved = programmes.move_measure(db, measure.id or 0, -1)
    assert codes(db)[:4] == ["1.1", "1.3", "1.2", "1.4"]
    assert moved.position == 1
    programmes.move_measure(db, measure.id or 0, 1)
    programmes.move_measure(db, measure.id or 0, 1)
    assert codes(db)[:4] == ["1.1", "1.2", "1.4", "1.3"]
    last = programmes.measures_by_code(db)["2.6"]
    with nothing_written(db):  # already at the end: it stays
        programmes.move_measure(db, last.id or 0, 1)
    first = programmes.measures_by_code(db)["1.1"]
    with nothing_written(db):
        programmes.move_measure(db, first.id or 0, -1)
    assert codes(db, 1) == ["2.1", "2.2", "2.3", "2.4", "2.5", "2.6"]
