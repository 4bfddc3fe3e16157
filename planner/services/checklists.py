"""Use cases for protocol checklists: templates, a delegation's tasks, what is due."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from planner.domain import rules
from planner.domain.checklists import due_date
from planner.domain.enums import TaskStatus
from planner.domain.records import ChecklistTemplate, Task, TaskRow, TemplateTask
from planner.services.common import RecordKind, fetch, fetch_for_update, save_row
from planner.services.delegations import DELEGATION
from planner.storage.database import Database
from planner.storage.mapping import to_record
from planner.storage.models import DbChecklistTemplate, DbDelegation, DbTask

TASK = RecordKind("task", DbTask, Task, rules.check_task)
TEMPLATE = RecordKind(
    "checklist_template", DbChecklistTemplate, ChecklistTemplate, rules.check_checklist_template
)


def list_templates(db: Database) -> list[ChecklistTemplate]:
    with db.reading() as session:
        return [
            TEMPLATE.to_record(t, tasks=tuple(to_record(TemplateTask, x) for x in t.tasks))
            for t in session.scalars(select(DbChecklistTemplate).order_by(DbChecklistTemplate.id))
        ]


def apply_template(db: Database, delegation_id: int, template_id: int) -> list[Task]:
    """Create the template's tasks for a delegation, due relative to its arrival or departure."""
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


def save_task(db: Database, task: Task) -> Task:
    with db.transaction() as session:
        fetch(session, DELEGATION, task.delegation_id)
        return TASK.to_record(save_row(session, TASK, task))


def mark_task_done(db: Database, task_id: int, version: int, on: date) -> Task:
    with db.transaction() as session:
        row = fetch_for_update(session, TASK, task_id, version)
        row.status, row.done_on = TaskStatus.DONE, on
        session.flush()
        return TASK.to_record(row)


def reopen_task(db: Database, task_id: int, version: int) -> Task:
    with db.transaction() as session:
        row = fetch_for_update(session, TASK, task_id, version)
        row.status, row.done_on = TaskStatus.OPEN, None
        session.flush()
        return TASK.to_record(row)


def list_tasks(
    db: Database,
    delegation_id: int | None = None,
    overdue_on: date | None = None,
    assignee: str = "",
) -> list[TaskRow]:
    """Tasks by due date; ``overdue_on`` keeps the open ones due before that day."""
    query = (
        select(DbTask, DbDelegation.title_uk)
        .join(DbDelegation, DbDelegation.id == DbTask.delegation_id)
        .where(DbDelegation.deleted_at.is_(None))
        .order_by(DbTask.due_on, DbTask.id)
    )
    if delegation_id is not None:
        query = query.where(DbTask.delegation_id == delegation_id)
    if overdue_on is not None:
        query = query.where(DbTask.status == TaskStatus.OPEN, DbTask.due_on < overdue_on)
    if assignee:
        query = query.where(DbTask.assignee == assignee)
    with db.reading() as session:
        return [TaskRow(TASK.to_record(task), title) for task, title in session.execute(query)]
