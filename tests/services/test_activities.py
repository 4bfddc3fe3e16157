"""Programme activities that are not visits: saved with their measures and partners, refused
with a clear message when wrong (nothing written), stale saves refused, deleted and restored."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from planner.domain.enums import ActivityKind
from planner.domain.errors import NotFoundError, StaleEditError, ValidationError
from planner.domain.records import Activity, Partner
from planner.services import activities, partners, programmes
from planner.storage.database import Database


def an_activity(db: Database, **changes: object) -> Activity:
    measures = programmes.measures_by_code(db, 2024)
    values: dict[str, object] = {
        "kind": ActivityKind.PUBLICATION, "held_on": date(2024, 3, 1),
        "text_uk": "«Укрінформ» опублікував статтю про громаду",
        "measure_ids": (measures["2.6"].id,),
    }  # fmt: skip
    values.update(changes)
    return Activity(**values)  # type: ignore[arg-type]


def test_an_activity_is_saved_with_its_measures_and_partners(db: Database) -> None:
    partner = partners.save_partner(db, Partner(name_uk="Дрезден", country="DE"))
    saved = activities.save_activity(db, an_activity(db, partner_ids=(partner.id,),
                                                     link="http://surl.li/sjeos"))  # fmt: skip
    assert saved.id is not None
    again = activities.get_activity(db, saved.id)
    assert again == saved
    assert again.partner_ids == (partner.id,) and len(again.measure_ids) == 1


def test_an_empty_text_or_an_end_before_the_start_is_refused_and_nothing_written(
    db: Database,
) -> None:
    with pytest.raises(ValidationError) as refused:
        activities.save_activity(db, an_activity(db, text_uk="  ", ends_on=date(2024, 2, 1)))
    fields = {p.field for p in refused.value.problems}
    assert fields == {"text_uk", "ends_on"}
    assert all(p.message("uk") and p.message("en") for p in refused.value.problems)
    assert activities.list_activities(db) == []


def test_a_stale_save_is_refused(db: Database) -> None:
    saved = activities.save_activity(db, an_activity(db))
    activities.save_activity(db, replace(saved, text_uk="оновлений текст"))
    with pytest.raises(StaleEditError):
        activities.save_activity(db, replace(saved, text_uk="старий примірник"))
    assert saved.id is not None
    assert activities.get_activity(db, saved.id).text_uk == "оновлений текст"


def test_delete_and_restore(db: Database) -> None:
    saved = activities.save_activity(db, an_activity(db))
    assert saved.id is not None
    activities.delete_activity(db, saved.id, saved.version)
    assert activities.list_activities(db) == []
    with pytest.raises(NotFoundError):
        activities.get_activity(db, saved.id)
    restored = activities.restore_activity(db, saved.id)
    assert activities.list_activities(db) == [restored]


def test_the_list_of_a_year_is_in_date_order_and_searches_ukrainian(db: Database) -> None:
    for day, text in ((date(2024, 9, 1), "Оновлено онлайн-платформу"),
                      (date(2024, 2, 1), "Профіль міста на сайті Eurocities"),
                      (date(2023, 12, 31), "Стаття минулого року")):  # fmt: skip
        activities.save_activity(db, an_activity(db, held_on=day, text_uk=text))
    assert [a.held_on for a in activities.list_activities(db, 2024)] == [
        date(2024, 2, 1), date(2024, 9, 1)
    ]  # fmt: skip
    assert [a.text_uk for a in activities.list_activities(db, search="ПЛАТФОРМ")] == [
        "Оновлено онлайн-платформу"
    ]
