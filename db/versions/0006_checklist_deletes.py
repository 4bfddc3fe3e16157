"""Checklist templates and tasks can be deleted and restored (a ``deleted_at`` on each), and
the tasks done lately are found by an index (the Checklists board's "done in the last 7 days").

Revision ID: 0006_checklist_deletes
Revises: 0005_planned_gifts
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_checklist_deletes"
down_revision = "0005_planned_gifts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("checklist_template", "task"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.create_index("ix_task_done", ["status", "done_on"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.drop_index("ix_task_done")
    for table in ("task", "checklist_template"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("deleted_at")
