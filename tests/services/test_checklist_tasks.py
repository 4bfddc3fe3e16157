"""Protocol checklists of a delegation: tasks from a template, done and reopened, what is overdue."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import text

from planner.domain.enums import DelegationStatus, TaskCategory, TaskStatus, VisitKind
from planner.domain.errors import NotFoundError, PlannerError, StaleEditError, ValidationError
from planner.domain.records import (
    AssigneeCount,
    ChecklistTemplate,
    Delegation,
    Task,
    TaskBoard,
    TaskRow,
)
from planner.services import checklists, delegations, printing
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


# --- deleting and restoring tasks; done, cancelled, reopened ---------------------------------


def raw_task(db: Database, task_id: int) -> tuple[str, date]:
    """A task's status and due date as stored, deleted or not."""
    with db.engine.connect() as connection:
        status, due = connection.execute(
            text("SELECT status, due_on FROM task WHERE id = :id"), {"id": task_id}
        ).one()
    return str(status), date.fromisoformat(str(due)[:10])


def test_a_deleted_task_is_hidden_everywhere_and_restored(db: Database, visit: Delegation) -> None:
    tasks = checklists.apply_template(db, visit.id, template(db, VisitKind.ONLINE_MEETING).id)
    gone = tasks[0]  # due 22 September
    checklists.delete_task(db, gone.id, gone.version)
    today = date(2024, 9, 23)
    assert gone.id not in [r.task.id for r in checklists.list_tasks(db)]
    assert checklists.list_tasks(db, overdue_on=today) == []
    assert gone.title_uk not in [t.title.uk for t in printing.printed_visit(db, visit.id).tasks]
    board = checklists.task_board(db, today)
    assert gone.id not in [r.task.id for r in board.overdue + board.upcoming]
    with pytest.raises(NotFoundError):
        checklists.get_task(db, gone.id)
    with nothing_written(db):
        with pytest.raises(NotFoundError):
            checklists.save_task(db, replace(gone, title_uk="Правка стертого"))
        with pytest.raises(NotFoundError):
            checklists.mark_task_done(db, gone.id, gone.version, today)
        with pytest.raises(NotFoundError):
            checklists.delete_task(db, gone.id, gone.version)
    back = checklists.restore_task(db, gone.id)
    assert replace(back, version=0) == replace(gone, version=0)
    assert checklists.get_task(db, gone.id) == back
    assert [r.task.id for r in checklists.list_tasks(db, overdue_on=today)] == [gone.id]
    assert gone.title_uk in [t.title.uk for t in printing.printed_visit(db, visit.id).tasks]
    with pytest.raises(NotFoundError):
        checklists.restore_task(db, 404)


def test_a_stale_delete_of_a_task_is_refused(db: Database, visit: Delegation) -> None:
    task = checklists.save_task(db, Task(visit.id, "Прапори", date(2024, 9, 24)))
    newer = checklists.save_task(db, replace(task, assignee="Коваль Г."))
    with nothing_written(db), pytest.raises(StaleEditError):
        checklists.delete_task(db, task.id, task.version)
    checklists.delete_task(db, newer.id, newer.version)
    assert checklists.list_tasks(db) == []


def test_moves_pass_a_deleted_task_by_and_it_catches_up_when_restored(
    db: Database, visit: Delegation
) -> None:
    tasks = checklists.apply_template(db, visit.id, template(db, VisitKind.ONLINE_MEETING).id)
    kept, gone = tasks[0], tasks[1]  # T-5 and T-1: 22 and 26 September
    checklists.delete_task(db, gone.id, gone.version)
    moved = delegations.save_delegation(
        db, replace(visit, start_date=date(2024, 10, 4), end_date=date(2024, 10, 6))
    )
    assert checklists.get_task(db, kept.id).due_on == date(2024, 9, 29)
    assert raw_task(db, gone.id) == ("open", date(2024, 9, 26))
    assert checklists.restore_task(db, gone.id).due_on == date(2024, 10, 3)
    # Cancelled while a task was deleted: restored, it is cancelled like the others.
    again = checklists.get_task(db, gone.id)
    checklists.delete_task(db, again.id, again.version)
    delegations.save_delegation(db, replace(moved, status=DelegationStatus.CANCELLED))
    assert checklists.get_task(db, kept.id).status is TaskStatus.CANCELLED
    assert raw_task(db, gone.id)[0] == "open"
    assert checklists.restore_task(db, gone.id).status is TaskStatus.CANCELLED


def test_no_task_can_be_added_to_a_deleted_delegation(db: Database, visit: Delegation) -> None:
    delegations.delete_delegation(db, visit.id, visit.version)
    with nothing_written(db), pytest.raises(NotFoundError):
        checklists.save_task(db, Task(visit.id, "Прапори", date(2024, 9, 24)))


def test_a_cancelled_task_is_not_checked_off_until_reopened(
    db: Database, visit: Delegation
) -> None:
    task = checklists.apply_template(db, visit.id, template(db, VisitKind.ONLINE_MEETING).id)[0]
    cancelled_visit = delegations.save_delegation(
        db, replace(visit, status=DelegationStatus.CANCELLED)
    )
    cancelled = checklists.get_task(db, task.id)
    assert cancelled.status is TaskStatus.CANCELLED
    with nothing_written(db), pytest.raises(PlannerError) as refused:
        checklists.mark_task_done(db, task.id, cancelled.version, date(2024, 9, 20))
    assert refused.value.code == "task_cancelled"
    assert cancelled.title_uk in refused.value.message("uk")
    # The visit is planned again: its tasks are reopened one by one, then done as usual.
    delegations.save_delegation(db, replace(cancelled_visit, status=DelegationStatus.PLANNED))
    reopened = checklists.reopen_task(db, task.id, cancelled.version)
    assert (reopened.status, reopened.done_on) == (TaskStatus.OPEN, None)
    done = checklists.mark_task_done(db, task.id, reopened.version, date(2024, 9, 1))
    assert (done.status, done.done_on) == (TaskStatus.DONE, date(2024, 9, 1))
    # Done again on another day (after a reopen): the day given is the day kept.
    later = checklists.mark_task_done(db, task.id, done.version, date(2024, 9, 3))
    assert later.done_on == date(2024, 9, 3)


# --- the board ----------------------------------------------------------------------------

PEOPLE = ("Коваль Г.", "Єрмак С.", "Іванчук П.", "Гнатюк А.", "Ґудзь Є.", "")


def a_year_of_tasks(db: Database) -> None:
    """Two visits a month through 2024 with their checklists, assigned round the office; the
    past ones mostly done; one visit cancelled, one deleted, a few tasks deleted."""
    kinds = list(VisitKind)
    templates = {t.visit_kind: t for t in checklists.list_templates(db)}
    number = 0
    for month in range(1, 13):
        for day in (6, 20):
            start = date(2024, month, day)
            visit = make.delegation(db, f"Візит {month}.{day}",
                                    (start, start + timedelta(days=2)))  # fmt: skip
            kind = kinds[(month + day) % len(kinds)]
            for task in checklists.apply_template(db, visit.id, templates[kind].id):
                number += 1
                task = checklists.save_task(
                    db, replace(task, assignee=PEOPLE[number // 3 % len(PEOPLE)])
                )
                if number % 11 == 0:
                    checklists.delete_task(db, task.id, task.version)
                elif number % 3 != 0 and task.due_on < date(2024, 12, 1):
                    late = timedelta(days=number % 9 - 4)  # done up to four days early or late
                    checklists.mark_task_done(db, task.id, task.version, task.due_on + late)
            if (month, day) == (5, 20):
                delegations.save_delegation(db, replace(visit, status=DelegationStatus.CANCELLED))
            if (month, day) == (10, 6):
                delegations.delete_delegation(db, visit.id, visit.version)
    cancelled = next(r for r in delegations.list_delegations(db) if r.title_uk == "Візит 5.20")
    # Added by hand after the cancellation: open, yet never on the board.
    checklists.save_task(db, Task(cancelled.id, "Повернути квитки", date(2024, 5, 25),
                                  assignee="Коваль Г."))  # fmt: skip


def oracle(db: Database, today: date, days_ahead: int, assignee: str | None) -> dict[str, object]:
    """The board worked out in Python from the tables as stored."""
    with db.engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT t.id, t.status, t.due_on, t.done_on, t.assignee FROM task t "
            "JOIN delegation d ON d.id = t.delegation_id "
            "WHERE t.deleted_at IS NULL AND d.deleted_at IS NULL AND d.status <> 'cancelled'"
        )).all()  # fmt: skip

    def day(value: object) -> date | None:
        return None if value is None else date.fromisoformat(str(value)[:10])

    tasks = [(r[0], str(r[1]), day(r[2]), day(r[3]), str(r[4])) for r in rows]
    horizon = today + timedelta(days=days_ahead)
    late = sorted((due, i, who) for i, status, due, _, who in tasks
                  if status == "open" and due < today)  # fmt: skip
    coming = sorted((due, i, who) for i, status, due, _, who in tasks
                    if status == "open" and today <= due <= horizon)  # fmt: skip
    done = sorted(((done_on, i, who) for i, status, _, done_on, who in tasks
                   if status == "done" and today - timedelta(days=6) <= done_on <= today),
                  reverse=True)  # fmt: skip
    counts: dict[str, list[int]] = {}
    for _, _, who in late:
        counts.setdefault(who, [0, 0])[0] += 1
    for _, _, who in coming:
        counts.setdefault(who, [0, 0])[1] += 1

    def mine(found: list[tuple[date, int, str]]) -> list[int]:
        return [i for _, i, who in found if assignee is None or who == assignee]

    return {"overdue": mine(late), "upcoming": mine(coming), "done_recently": mine(done),
            "by_assignee": {who: tuple(n) for who, n in counts.items()}}  # fmt: skip


def figures(board: TaskBoard) -> dict[str, object]:
    return {
        "overdue": [r.task.id for r in board.overdue],
        "upcoming": [r.task.id for r in board.upcoming],
        "done_recently": [r.task.id for r in board.done_recently],
        "by_assignee": {c.assignee: (c.overdue, c.upcoming) for c in board.by_assignee},
    }


def test_the_board_agrees_with_the_database_through_a_year(db: Database) -> None:
    a_year_of_tasks(db)
    seen = 0
    for today in (date(2024, 1, 1), date(2024, 3, 15), date(2024, 5, 21), date(2024, 9, 26),
                  date(2024, 12, 31)):  # fmt: skip
        for days_ahead in (0, 14, 60):
            for assignee in (None, "", "Коваль Г.", "Нікого"):
                board = checklists.task_board(db, today, days_ahead, assignee)
                assert figures(board) == oracle(db, today, days_ahead, assignee)
                seen += len(board.overdue) + len(board.upcoming) + len(board.done_recently)
                assert all(r.delegation_status is not DelegationStatus.CANCELLED
                           for r in board.overdue + board.upcoming)  # fmt: skip
    assert seen > 500  # the figures are not empty ones


def test_the_board_narrowed_to_an_assignee_and_counted_for_everybody(db: Database) -> None:
    a_year_of_tasks(db)
    today = date(2024, 9, 26)
    everybody = checklists.task_board(db, today)
    assert [c.assignee for c in everybody.by_assignee] == [
        "Гнатюк А.", "Ґудзь Є.", "Єрмак С.", "Іванчук П.", "Коваль Г.", ""
    ]  # fmt: skip
    for who in PEOPLE:
        narrowed = checklists.task_board(db, today, assignee=who)
        assert narrowed.by_assignee == everybody.by_assignee
        assert narrowed.overdue == tuple(r for r in everybody.overdue if r.task.assignee == who)
        assert narrowed.upcoming == tuple(r for r in everybody.upcoming if r.task.assignee == who)
        assert narrowed.done_recently == tuple(
            r for r in everybody.done_recently if r.task.assignee == who
        )
        count = next(c for c in everybody.by_assignee if c.assignee == who)
        assert (count.overdue, count.upcoming) == (len(narrowed.overdue), len(narrowed.upcoming))
    assert sum(c.overdue for c in everybody.by_assignee) == len(everybody.overdue)
    assert len(checklists.list_tasks(db, overdue_on=today)) == len(everybody.overdue)


def test_the_board_rows_carry_the_visit(db: Database, visit: Delegation) -> None:
    visit = delegations.save_delegation(db, replace(visit, title_en="Prague 6 at the City Day",
                                                    status=DelegationStatus.CONFIRMED))  # fmt: skip
    task = checklists.save_task(db, Task(visit.id, "Прапори", date(2024, 9, 24)))
    (row,) = checklists.task_board(db, date(2024, 9, 20)).upcoming
    assert row == TaskRow(task, visit.title_uk, "Prague 6 at the City Day", date(2024, 9, 27),
                          date(2024, 9, 29), DelegationStatus.CONFIRMED)  # fmt: skip


def test_the_edges_of_the_board(db: Database, visit: Delegation) -> None:
    today = date(2024, 9, 20)

    def task(title: str, due: date, done_on: date | None = None) -> int:
        made = checklists.save_task(db, Task(visit.id, title, due))
        assert made.id is not None
        if done_on is not None:
            checklists.mark_task_done(db, made.id, made.version, done_on)
        return made.id

    yesterday = task("вчора", date(2024, 9, 19))
    on_the_day = task("сьогодні", today)
    last_day = task("за 14 днів", date(2024, 10, 4))
    task("за 15 днів", date(2024, 10, 5))
    done_today = task("зроблено сьогодні", date(2024, 9, 1), today)
    done_six_ago = task("зроблено 6 днів тому", date(2024, 9, 1), date(2024, 9, 14))
    task("зроблено 7 днів тому", date(2024, 9, 1), date(2024, 9, 13))
    task("зроблено завтра (помилково)", date(2024, 9, 1), date(2024, 9, 21))
    board = checklists.task_board(db, today)
    assert [r.task.id for r in board.overdue] == [yesterday]
    assert [r.task.id for r in board.upcoming] == [on_the_day, last_day]
    assert [r.task.id for r in board.done_recently] == [done_today, done_six_ago]
    assert [r.task.id for r in checklists.task_board(db, today, 0).upcoming] == [on_the_day]
    assert len(checklists.task_board(db, today, 15).upcoming) == 3
    assert board.by_assignee == (AssigneeCount("", 1, 2),)
    with pytest.raises(ValidationError):
        checklists.task_board(db, today, -1)


def test_a_cancelled_visit_leaves_the_board(db: Database, visit: Delegation) -> None:
    today = date(2024, 9, 20)
    checklists.apply_template(db, visit.id, template(db, VisitKind.INCOMING_OFFICIAL).id)
    other = make.delegation(db, "Візит до Тайбея", (date(2024, 9, 30), date(2024, 10, 2)))
    kept = checklists.save_task(db, Task(other.id, "Квитки", date(2024, 9, 25)))
    assert len(checklists.task_board(db, today).overdue) > 0
    delegations.save_delegation(db, replace(visit, status=DelegationStatus.CANCELLED))
    checklists.save_task(db, Task(visit.id, "Повернути квитки", date(2024, 9, 19)))
    board = checklists.task_board(db, today)
    assert (board.overdue, [r.task for r in board.upcoming]) == ((), [kept])
    assert board.by_assignee == (AssigneeCount("", 0, 1),)
    assert checklists.list_tasks(db, overdue_on=today) == []
