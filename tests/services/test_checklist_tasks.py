"""Protocol checklists of a delegation: tasks from a template, done and reopened, what is overdue."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from planner.domain.enums import TaskCategory, TaskStatus, VisitKind
from planner.domain.errors import NotFoundError, StaleEditError, ValidationError
from planner.domain.records import ChecklistTemplate, Delegation, Task
from planner.services import checklists, delegations
from planner.storage.database import Database
from tests.services import factories as make
from tests.storage.snapshots import count_rows, nothing_written


def template(db: Database, kind: VisitKind) -> ChecklistTemplate:
    return next(t for t in checklists.list_templates(db) if t.visit_kind is kind)


@pytest.fixture
def visit(db: Database) -> Delegation:
    return make.delegation(db)


def test_the_default_templates_are_in_the_database(db: Database) -> None:
    templates = checklists.list_templates(db)
    assert {t.visit_kind for t in templates} == set(VisitKind)
    outgoing = template(db, VisitKind.OUTGOING_VISIT)
    assert outgoing.tasks[0].title_uk == "Розпорядження про відрядження"
    assert outgoing.tasks[0].offset_days == -21


def test_applying_a_template_dates_each_task_from_arrival_or_departure(
    db: Database, visit: Delegation
) -> None:
    chosen = template(db, VisitKind.INCOMING_OFFICIAL)
    tasks = checklists.apply_template(db, visit.id, chosen.id)
    assert [t.title_uk for t in tasks] == [t.title_uk for t in chosen.tasks]
    by_title = {t.title_uk: t for t in tasks}
    assert by_title["Надіслати офіційне запрошення"].due_on == date(2024, 8, 13)  # T-45
    assert by_title["Підготувати подарунки"].due_on == date(2024, 9, 24)  # T-3
    assert by_title["Прес-реліз за підсумками"].due_on == date(2024, 9, 30)  # departure + 1
    assert {t.status for t in tasks} == {TaskStatus.OPEN}
    assert [row.task.due_on for row in checklists.list_tasks(db, visit.id)] == sorted(
        t.due_on for t in tasks
    )


def test_applying_to_a_missing_delegation_or_template_writes_nothing(
    db: Database, visit: Delegation
) -> None:
    chosen = template(db, VisitKind.ONLINE_MEETING)
    with nothing_written(db):
        with pytest.raises(NotFoundError):
            checklists.apply_template(db, 404, chosen.id)
        with pytest.raises(NotFoundError):
            checklists.apply_template(db, visit.id, 404)


def test_a_task_is_done_then_reopened(db: Database, visit: Delegation) -> None:
    task = checklists.apply_template(db, visit.id, template(db, VisitKind.ONLINE_MEETING).id)[0]
    done = checklists.mark_task_done(db, task.id, task.version, date(2024, 9, 20))
    assert (done.status, done.done_on, done.version) == (TaskStatus.DONE, date(2024, 9, 20), 2)
    with nothing_written(db), pytest.raises(StaleEditError):
        checklists.mark_task_done(db, task.id, task.version, date(2024, 9, 21))
    reopened = checklists.reopen_task(db, done.id, done.version)
    assert (reopened.status, reopened.done_on) == (TaskStatus.OPEN, None)


def test_overdue_tasks_are_the_open_ones_due_before_the_day(
    db: Database, visit: Delegation
) -> None:
    tasks = checklists.apply_template(db, visit.id, template(db, VisitKind.INCOMING_OFFICIAL).id)
    checklists.mark_task_done(db, tasks[0].id, tasks[0].version, date(2024, 8, 12))
    overdue = checklists.list_tasks(db, overdue_on=date(2024, 9, 1))
    assert [row.task.title_uk for row in overdue] == ["Листи візової підтримки"]  # due 28 August
    assert overdue[0].delegation_title == visit.title_uk


def test_a_manual_task_and_its_assignee(db: Database, visit: Delegation) -> None:
    saved = checklists.save_task(db, Task(
        delegation_id=visit.id, title_uk="Замовити вишиванки для гостей",
        due_on=date(2024, 9, 1), category=TaskCategory.GIFTS, assignee="Коваль Г.",
    ))  # fmt: skip
    assert saved.anchor is None
    assert [r.task for r in checklists.list_tasks(db, assignee="Коваль Г.")] == [saved]
    assert checklists.list_tasks(db, assignee="Хтось інший") == []
    # A task without an anchor stays where it was put when the visit moves.
    delegations.save_delegation(db, replace(visit, start_date=date(2024, 10, 4),
                                            end_date=date(2024, 10, 6)))  # fmt: skip
    assert checklists.list_tasks(db, visit.id)[0].task.due_on == date(2024, 9, 1)


def test_a_bad_task_writes_nothing(db: Database, visit: Delegation) -> None:
    good = Task(delegation_id=visit.id, title_uk="Анонс для преси", due_on=date(2024, 9, 25))
    with nothing_written(db):
        with pytest.raises(ValidationError):
            checklists.save_task(db, replace(good, title_uk=""))
        with pytest.raises(ValidationError):
            checklists.save_task(db, replace(good, done_on=date(2024, 9, 24)))
        with pytest.raises(NotFoundError):
            checklists.save_task(db, replace(good, delegation_id=404))
    assert count_rows(db, "task") == 0


def test_tasks_of_a_deleted_delegation_leave_the_list(db: Database, visit: Delegation) -> None:
    checklists.apply_template(db, visit.id, template(db, VisitKind.CITY_DAY).id)
    delegations.delete_delegation(db, visit.id, visit.version)
    assert checklists.list_tasks(db) == []
