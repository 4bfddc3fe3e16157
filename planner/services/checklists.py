"""Use cases for protocol checklists: templates, a delegation's tasks, what is due.

Templates and tasks are deleted softly (``deleted_at``) and can be restored. A deleted task,
and every task of a deleted or cancelled visit, is left out of the lists, the board, the
Overview's counts, the printed checklist, and the move and cancel rules.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from planner.domain import rules
from planner.domain.checklists import due_date
from planner.domain.enums import DelegationStatus, TaskStatus
from planner.domain.errors import PlannerError, ValidationError
from planner.domain.records import (
    AssigneeCount,
    ChecklistTemplate,
    Task,
    TaskBoard,
    TaskRow,
    TemplateTask,
)
from planner.domain.text import sort_key
from planner.services.common import (
    RecordKind,
    delete_record,
    fetch,
    fetch_for_update,
    restore,
    save_row,
)
from planner.services.delegations import DELEGATION
from planner.storage.database import Database
from planner.storage.mapping import to_record
from planner.storage.models import DbChecklistTemplate, DbDelegation, DbTask, DbTemplateTask

TASK = RecordKind("task", DbTask, Task, rules.check_task)
TEMPLATE = RecordKind(
    "checklist_template", DbChecklistTemplate, ChecklistTemplate, rules.check_checklist_template
)
# How many days back "done recently" reaches on the board: today and the six days before.
DONE_RECENTLY_DAYS = 7


# --- templates ------------------------------------------------------------------------------


def _template_record(row: DbChecklistTemplate) -> ChecklistTemplate:
    return TEMPLATE.to_record(row, tasks=tuple(to_record(TemplateTask, x) for x in row.tasks))


def list_templates(db: Database) -> list[ChecklistTemplate]:
    """The templates not deleted, in the order they were made."""
    query = (
        select(DbChecklistTemplate)
        .where(DbChecklistTemplate.deleted_at.is_(None))
        .order_by(DbChecklistTemplate.id)
    )
    with db.reading() as session:
        return [_template_record(t) for t in session.scalars(query)]


def get_template(db: Database, template_id: int) -> ChecklistTemplate:
    """One template with its tasks in order; ``NotFoundError`` also for a deleted one."""
    with db.reading() as session:
        return _template_record(fetch(session, TEMPLATE, template_id))


def save_template(db: Database, template: ChecklistTemplate) -> ChecklistTemplate:
    """Make a new template (``id`` None) or replace a template's names, kind and whole task
    list, in the order given. Checked first (nothing is written when it is refused); a save
    based on an older version is refused with ``StaleEditError``."""
    rules.check_checklist_template(template)
    with db.transaction() as session:
        if template.id is None:
            row = DbChecklistTemplate()
            session.add(row)
        else:
            row = fetch_for_update(session, TEMPLATE, template.id, template.version)
            row.tasks  # noqa: B018 - loaded now, so the edit below is flushed once: one version
        row.name_uk, row.name_en = template.name_uk, template.name_en
        row.visit_kind = template.visit_kind
        row.tasks = [
            DbTemplateTask(
                position=position,
                title_uk=t.title_uk,
                title_en=t.title_en,
                category=t.category,
                anchor=t.anchor,
                offset_days=t.offset_days,
                default_assignee=t.default_assignee,
            )
            for position, t in enumerate(template.tasks)
        ]
        # Also a save that changes only the task list is a new version of the template.
        flag_modified(row, "name_uk")
        session.flush()
        return _template_record(row)


def delete_template(db: Database, template_id: int, version: int) -> None:
    """Hide the template (it can no longer be applied); ``restore_template`` undoes it.
    Tasks already made from it stay."""
    delete_record(db, TEMPLATE, template_id, version)


def restore_template(db: Database, template_id: int) -> ChecklistTemplate:
    with db.transaction() as session:
        return _template_record(restore(session, TEMPLATE, template_id))


def apply_template(db: Database, delegation_id: int, template_id: int) -> list[Task]:
    """Create the template's tasks for a delegation, due relative to its arrival or departure.
    A deleted template or delegation is refused with ``NotFoundError``."""
    with db.transaction() as session:
        delegation = fetch(session, DELEGATION, delegation_id)
        template = fetch(session, TEMPLATE, template_id)
        created: list[DbTask] = []
        for t in template.tasks:
            row = DbTask(
                delegation_id=delegation_id, title_uk=t.title_uk, title_en=t.title_en,
                category=t.category, anchor=t.anchor, offset_days=t.offset_days,
                due_on=due_date(t.anchor, t.offset_days, delegation.start_date,
                                delegation.end_date),
                assignee=t.default_assignee, status=TaskStatus.OPEN, comment="",
            )  # fmt: skip
            session.add(row)
            created.append(row)
        session.flush()
        return [TASK.to_record(row) for row in created]


# --- tasks ----------------------------------------------------------------------------------


def get_task(db: Database, task_id: int) -> Task:
    """One task; ``NotFoundError`` also for a deleted one."""
    with db.reading() as session:
        return TASK.to_record(fetch(session, TASK, task_id))


def save_task(db: Database, task: Task) -> Task:
    """Add a task by hand or save an edit; refused for a deleted delegation or task."""
    with db.transaction() as session:
        fetch(session, DELEGATION, task.delegation_id)
        return TASK.to_record(save_row(session, TASK, task))


def delete_task(db: Database, task_id: int, version: int) -> None:
    """Hide the task everywhere; ``restore_task`` brings it back."""
    delete_record(db, TASK, task_id, version)


def restore_task(db: Database, task_id: int) -> Task:
    """Bring a deleted task back. While it was deleted the visit's moves and cancellation
    passed it by, so an open task catches up now: it is due by the visit's present dates
    (when it has an offset), or cancelled when the visit is cancelled."""
    with db.transaction() as session:
        row = restore(session, TASK, task_id)
        visit = session.get(DbDelegation, row.delegation_id)
        if visit is not None and row.status == TaskStatus.OPEN:
            if visit.status == DelegationStatus.CANCELLED:
                row.status = TaskStatus.CANCELLED
            elif row.anchor is not None and row.offset_days is not None:
                row.due_on = due_date(row.anchor, row.offset_days, visit.start_date,
                                      visit.end_date)  # fmt: skip
        flag_modified(row, "title_uk")
        session.flush()
        return TASK.to_record(row)


def mark_task_done(db: Database, task_id: int, version: int, on: date) -> Task:
    """Check the task off on the day ``on`` (kept as given, also for a task done before).
    A task cancelled with its visit is refused (``task_cancelled``): reopen it first."""
    with db.transaction() as session:
        row = fetch_for_update(session, TASK, task_id, version)
        if row.status == TaskStatus.CANCELLED:
            raise PlannerError("task_cancelled", title=row.title_uk)
        row.status, row.done_on = TaskStatus.DONE, on
        session.flush()
        return TASK.to_record(row)


def reopen_task(db: Database, task_id: int, version: int) -> Task:
    """Make a done task open again (its done date is cleared). A cancelled task is made open
    too: when a cancelled visit is planned again, its tasks are reopened one by one."""
    with db.transaction() as session:
        row = fetch_for_update(session, TASK, task_id, version)
        row.status, row.done_on = TaskStatus.OPEN, None
        session.flush()
        return TASK.to_record(row)


# --- lists and the board --------------------------------------------------------------------

_ROW_COLUMNS = (
    DbTask.id, DbTask.version, DbTask.delegation_id, DbTask.title_uk, DbTask.title_en,
    DbTask.category, DbTask.anchor, DbTask.offset_days, DbTask.due_on, DbTask.assignee,
    DbTask.status, DbTask.done_on, DbTask.comment,
    DbDelegation.title_uk, DbDelegation.title_en, DbDelegation.start_date,
    DbDelegation.end_date, DbDelegation.status,
)  # fmt: skip


def _rows_query() -> Any:
    """Live tasks of live visits with what a row shows of the visit (plain columns: a board
    of thousands of rows is read without building ORM objects)."""
    return (
        select(*_ROW_COLUMNS)
        .join(DbDelegation, DbDelegation.id == DbTask.delegation_id)
        .where(DbTask.deleted_at.is_(None), DbDelegation.deleted_at.is_(None))
    )


def _task_rows(session: Session, query: Any) -> tuple[TaskRow, ...]:
    return tuple(
        TaskRow(
            Task(
                id=r[0],
                version=r[1],
                delegation_id=r[2],
                title_uk=r[3],
                title_en=r[4],
                category=r[5],
                anchor=r[6],
                offset_days=r[7],
                due_on=r[8],
                assignee=r[9],
                status=r[10],
                done_on=r[11],
                comment=r[12],
            ),
            r[13],
            delegation_title_en=r[14],
            delegation_start=r[15],
            delegation_end=r[16],
            delegation_status=r[17],
        )
        for r in session.connection().execute(query)  # Core rows: no ORM bookkeeping
    )


def _not_cancelled() -> Any:
    return DbDelegation.status != DelegationStatus.CANCELLED


def list_tasks(
    db: Database,
    delegation_id: int | None = None,
    overdue_on: date | None = None,
    assignee: str = "",
    *,
    due_between: tuple[date, date] | None = None,
) -> list[TaskRow]:
    """Tasks by due date, deleted ones left out. ``overdue_on`` keeps the open ones due before
    that day, ``due_between`` the open ones due from its first to its last day (both kept);
    either leaves out the tasks of cancelled visits. ``assignee`` "" means everybody's."""
    query = _rows_query().order_by(DbTask.due_on, DbTask.id)
    if delegation_id is not None:
        query = query.where(DbTask.delegation_id == delegation_id)
    if overdue_on is not None:
        query = query.where(DbTask.status == TaskStatus.OPEN, DbTask.due_on < overdue_on,
                            _not_cancelled())  # fmt: skip
    if due_between is not None:
        first, last = due_between
        query = query.where(DbTask.status == TaskStatus.OPEN, DbTask.due_on >= first,
                            DbTask.due_on <= last, _not_cancelled())  # fmt: skip
    if assignee:
        query = query.where(DbTask.assignee == assignee)
    with db.reading() as session:
        return list(_task_rows(session, query))


def task_board(
    db: Database, today: date, days_ahead: int = 14, assignee: str | None = None
) -> TaskBoard:
    """The Checklists area's figures on ``today``.

    - overdue: open tasks due before today (oldest first);
    - upcoming: open tasks due from today to ``today + days_ahead`` (both days kept);
    - done_recently: tasks done today or in the six days before (latest first);
    - by_assignee: everybody's overdue and upcoming counts, whatever ``assignee`` says, in
      Ukrainian alphabetical order with the unassigned ("") last.

    ``assignee`` narrows the three lists: None is everybody, "" the tasks nobody has.
    Deleted tasks and the tasks of cancelled or deleted visits never count."""
    if days_ahead < 0:
        raise ValidationError.single("days_ahead", "negative")
    horizon = today + timedelta(days=days_ahead)
    done_since = today - timedelta(days=DONE_RECENTLY_DAYS - 1)
    is_open = DbTask.status == TaskStatus.OPEN
    base = _rows_query().where(_not_cancelled())
    if assignee is not None:
        base = base.where(DbTask.assignee == assignee)
    overdue = base.where(is_open, DbTask.due_on < today).order_by(DbTask.due_on, DbTask.id)
    upcoming = base.where(is_open, DbTask.due_on >= today, DbTask.due_on <= horizon).order_by(
        DbTask.due_on, DbTask.id
    )
    done = base.where(
        DbTask.status == TaskStatus.DONE, DbTask.done_on >= done_since, DbTask.done_on <= today
    ).order_by(DbTask.done_on.desc(), DbTask.id.desc())
    late = func.sum(case((DbTask.due_on < today, 1), else_=0))
    coming = func.sum(case((DbTask.due_on >= today, 1), else_=0))
    counts = (
        select(DbTask.assignee, late, coming)
        .join(DbDelegation, DbDelegation.id == DbTask.delegation_id)
        .where(
            DbTask.deleted_at.is_(None),
            DbDelegation.deleted_at.is_(None),
            _not_cancelled(),
            is_open,
            DbTask.due_on <= horizon,
        )
        .group_by(DbTask.assignee)
    )
    with db.reading() as session:
        by_assignee = [
            AssigneeCount(name, int(o), int(u)) for name, o, u in session.execute(counts)
        ]
        return TaskBoard(
            overdue=_task_rows(session, overdue),
            upcoming=_task_rows(session, upcoming),
            done_recently=_task_rows(session, done),
            by_assignee=tuple(sorted(by_assignee, key=lambda c: _assignee_order(c.assignee))),
        )


def _assignee_order(name: str) -> tuple[bool, str, str]:
    return (name == "", sort_key(name), name)


def list_assignees(db: Database) -> list[str]:
    """Everyone named on a task or as a template's default assignee (deleted tasks and
    templates and the tasks of deleted visits aside), in Ukrainian alphabetical order."""
    on_tasks = (
        select(DbTask.assignee)
        .join(DbDelegation, DbDelegation.id == DbTask.delegation_id)
        .where(
            DbTask.deleted_at.is_(None), DbDelegation.deleted_at.is_(None), DbTask.assignee != ""
        )
        .distinct()
    )
    on_templates = (
        select(DbTemplateTask.default_assignee)
        .join(DbChecklistTemplate, DbChecklistTemplate.id == DbTemplateTask.template_id)
        .where(DbChecklistTemplate.deleted_at.is_(None), DbTemplateTask.default_assignee != "")
        .distinct()
    )
    with db.reading() as session:
        names: set[str] = set(session.scalars(on_tasks)) | set(session.scalars(on_templates))
    return sorted(names, key=_assignee_order)
