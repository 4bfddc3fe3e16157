"""Delegations: the central record, with partners, programme measures, tasks and agenda."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from planner.domain.enums import DelegationStatus, Direction, TaskStatus, VisitKind
from planner.domain.errors import NotFoundError, StaleEditError, ValidationError
from planner.domain.records import Delegation, Task
from planner.services import checklists, delegations, partners
from planner.storage.database import Database
from tests.services import factories as make
from tests.storage.snapshots import nothing_written


def test_a_delegation_is_saved_with_its_partners_and_measures(db: Database) -> None:
    prague, bosch = make.partner(db, "Прага 6"), make.partner(db, "Фонд Роберта Боша", country="DE")
    measures = (make.measure_id(db, "1.11"), make.measure_id(db, "1.4"))

    saved = make.delegation(db, partner_ids=(bosch.id, prague.id), measure_ids=measures,
                            purpose="День міста", place="Хмельницький")  # fmt: skip

    assert saved.id is not None and saved.version == 1
    assert saved.partner_ids == tuple(sorted((prague.id, bosch.id)))
    assert saved.measure_ids == tuple(sorted(measures))
    assert delegations.get_delegation(db, saved.id) == saved
    (row,) = delegations.list_delegations(db)
    assert sorted(row.partner_names.split(", ")) == ["Прага 6", "Фонд Роберта Боша"]
    assert sorted(row.measure_codes.split(", ")) == ["1.11", "1.4"]


def test_partners_and_measures_can_be_changed(db: Database) -> None:
    prague, dresden = make.partner(db, "Прага 6"), make.partner(db, "Дрезден", country="DE")
    saved = make.delegation(db, partner_ids=(prague.id,), measure_ids=(make.measure_id(db, "1.1"),))
    changed = delegations.save_delegation(db, replace(saved, partner_ids=(dresden.id,),
                                                      measure_ids=()))  # fmt: skip
    assert (changed.partner_ids, changed.measure_ids) == ((dresden.id,), ())
    assert delegations.get_delegation(db, saved.id) == changed


def test_a_stale_save_that_only_changes_partners_is_refused(db: Database) -> None:
    """Links live in their own table; the delegation's version must still go up."""
    prague, dresden = make.partner(db, "Прага 6"), make.partner(db, "Дрезден", country="DE")
    read_by_both = make.delegation(db)
    first = delegations.save_delegation(db, replace(read_by_both, partner_ids=(prague.id,)))
    assert first.version == read_by_both.version + 1
    with nothing_written(db), pytest.raises(StaleEditError):
        delegations.save_delegation(db, replace(read_by_both, partner_ids=(dresden.id,)))
    assert delegations.get_delegation(db, read_by_both.id).partner_ids == (prague.id,)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"title_uk": ""}, {"title_uk"}),
        ({"end_date": date(2024, 9, 26)}, {"end_date"}),
        ({"timezone": "Europe/Kyyiv"}, {"timezone"}),
        ({"country": "XX"}, {"country"}),
        ({"partner_ids": (404,)}, {"partner_ids"}),
        ({"measure_ids": (404,)}, {"measure_ids"}),
    ],
)
def test_a_bad_delegation_is_refused_and_nothing_is_written(
    db: Database, fields: dict[str, object], expected: set[str]
) -> None:
    visit = Delegation(direction=Direction.INCOMING, title_uk="Делегація Праги 6",
                       start_date=date(2024, 9, 27), end_date=date(2024, 9, 29))  # fmt: skip
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        delegations.save_delegation(db, replace(visit, **fields))
    assert caught.value.fields() == expected


def test_a_deleted_partner_cannot_be_added_to_a_delegation(db: Database) -> None:
    gone = make.partner(db, "Прага 6")
    make.partner(db, "Дрезден", country="DE")
    partners.delete_partner(db, gone.id, gone.version)
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        make.delegation(db, partner_ids=(gone.id,))
    assert caught.value.problems[0].params["value"] == [gone.id]


def test_a_failed_change_leaves_the_delegation_as_it_was(db: Database) -> None:
    saved = make.delegation(db, partner_ids=(make.partner(db).id,))
    with nothing_written(db), pytest.raises(ValidationError):
        delegations.save_delegation(db, replace(saved, partner_ids=(), title_uk=""))
    assert delegations.get_delegation(db, saved.id) == saved


def test_a_deleted_delegation_is_hidden_until_restored(db: Database) -> None:
    saved = make.delegation(db)
    delegations.delete_delegation(db, saved.id, saved.version)
    with pytest.raises(NotFoundError):
        delegations.get_delegation(db, saved.id)
    assert delegations.list_delegations(db) == []
    with nothing_written(db), pytest.raises(NotFoundError):
        delegations.save_delegation(db, replace(saved, version=saved.version + 1))
    restored = delegations.restore_delegation(db, saved.id)
    assert restored.title_uk == saved.title_uk
    assert delegations.count_delegations(db) == 1


def test_a_stale_delete_is_refused(db: Database) -> None:
    saved = make.delegation(db)
    delegations.save_delegation(db, replace(saved, status=DelegationStatus.CONFIRMED))
    with nothing_written(db), pytest.raises(StaleEditError):
        delegations.delete_delegation(db, saved.id, saved.version)


# Checklist tasks follow the dates and the status


def with_checklist(db: Database) -> tuple[Delegation, list[Task]]:
    visit = make.delegation(db)
    template = next(t for t in checklists.list_templates(db)
                    if t.visit_kind is VisitKind.INCOMING_OFFICIAL)  # fmt: skip
    tasks = checklists.apply_template(db, visit.id, template.id)
    return visit, tasks


def tasks_by_title(db: Database, visit: Delegation) -> dict[str, Task]:
    return {row.task.title_uk: row.task for row in checklists.list_tasks(db, visit.id)}


def test_moving_the_dates_moves_the_open_tasks_but_not_the_done_ones(db: Database) -> None:
    visit, tasks = with_checklist(db)
    invitation = tasks[0]
    assert invitation.due_on == date(2024, 8, 13)  # 45 days before 27 September
    done = checklists.mark_task_done(db, invitation.id, invitation.version, date(2024, 8, 10))

    delegations.save_delegation(db, replace(visit, start_date=date(2024, 10, 4),
                                            end_date=date(2024, 10, 6)))  # fmt: skip

    after = tasks_by_title(db, visit)
    assert after[invitation.title_uk].due_on == done.due_on == date(2024, 8, 13)
    assert after[invitation.title_uk].status is TaskStatus.DONE
    week = timedelta(days=7)
    for task in tasks[1:]:
        assert after[task.title_uk].due_on == task.due_on + week, task.title_uk
        assert after[task.title_uk].status is TaskStatus.OPEN
    # Follow-up tasks count from the departure.
    assert after["Листи подяки"].due_on == date(2024, 10, 13)


def test_cancelling_closes_the_open_tasks_as_cancelled(db: Database) -> None:
    visit, tasks = with_checklist(db)
    done = checklists.mark_task_done(db, tasks[0].id, tasks[0].version, date(2024, 8, 10))

    delegations.save_delegation(db, replace(visit, status=DelegationStatus.CANCELLED))

    after = tasks_by_title(db, visit)
    assert after[done.title_uk].status is TaskStatus.DONE
    assert {after[t.title_uk].status for t in tasks[1:]} == {TaskStatus.CANCELLED}
    assert checklists.list_tasks(db, overdue_on=date(2025, 1, 1)) == []


def test_dates_that_would_strand_agenda_items_are_refused(db: Database) -> None:
    visit, _ = with_checklist(db)
    make.agenda_item(db, visit, date(2024, 9, 29), 18, title_uk="Концерт до Дня міста")
    make.agenda_item(db, visit, date(2024, 9, 28), 12, title_uk="Обід")

    with nothing_written(db), pytest.raises(ValidationError) as caught:
        delegations.save_delegation(db, replace(visit, end_date=date(2024, 9, 27)))

    (problem,) = caught.value.problems
    assert problem.code == "agenda_outside_new_dates"
    assert problem.params["count"] == 2
    assert problem.params["first"] in {"Концерт до Дня міста", "Обід"}
    assert "Спершу перенесіть їх" in caught.value.message("uk")
    assert delegations.get_delegation(db, visit.id).end_date == date(2024, 9, 29)


def test_a_new_time_zone_that_would_strand_agenda_items_is_refused(db: Database) -> None:
    summit = make.taipei_summit(db)
    make.agenda_item(db, summit, summit.start_date, 1, title_uk="Ранкова реєстрація")
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        delegations.save_delegation(db, replace(summit, timezone="Europe/Kyiv"))
    assert caught.value.problems[0].code == "agenda_outside_new_dates"


def test_dates_that_keep_every_agenda_item_inside_are_accepted(db: Database) -> None:
    visit = make.delegation(db)
    make.agenda_item(db, visit, date(2024, 9, 28), 12)
    longer = delegations.save_delegation(db, replace(visit, start_date=date(2024, 9, 28),
                                                     end_date=date(2024, 9, 30)))  # fmt: skip
    assert (longer.start_date, longer.end_date, longer.version) == (
        date(2024, 9, 28), date(2024, 9, 30), 2,
    )  # fmt: skip
