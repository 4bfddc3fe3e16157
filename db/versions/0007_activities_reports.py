"""Programme activities that are not visits (with their measures and partners), and the
officer's own wording of a record's sentence in the annual report.

Revision ID: 0007_activities_reports
Revises: 0006_checklist_deletes
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_activities_reports"
down_revision = "0006_checklist_deletes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("text_uk", sa.Text(), nullable=False),
        sa.Column("text_en", sa.Text(), nullable=False),
        sa.Column("link", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("ends_on IS NULL OR ends_on >= held_on",
                           name=op.f("ck_activity_ends_after_start")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity")),
    )  # fmt: skip
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.create_index("ix_activity_held_on", ["held_on", "deleted_at"], unique=False)
    for other, target in (("measure", "measure"), ("partner", "partner")):
        table = f"activity_{other}"
        op.create_table(
            table,
            sa.Column("activity_id", sa.Integer(), nullable=False),
            sa.Column(f"{other}_id", sa.Integer(), nullable=False),
            sa.ForeignKeyConstraint(["activity_id"], ["activity.id"],
                                    name=op.f(f"fk_{table}_activity_id_activity"),
                                    ondelete="CASCADE"),
            sa.ForeignKeyConstraint([f"{other}_id"], [f"{target}.id"],
                                    name=op.f(f"fk_{table}_{other}_id_{target}"),
                                    ondelete="RESTRICT"),
            sa.PrimaryKeyConstraint("activity_id", f"{other}_id", name=op.f(f"pk_{table}")),
        )  # fmt: skip
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(f"ix_{table}_{other}", [f"{other}_id"], unique=False)
    op.create_table(
        "report_sentence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=True),
        sa.Column("activity_id", sa.Integer(), nullable=True),
        sa.Column("movement_id", sa.Integer(), nullable=True),
        sa.Column("text_uk", sa.Text(), nullable=False),
        sa.Column("text_en", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "(CASE WHEN delegation_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN activity_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN movement_id IS NULL THEN 0 ELSE 1 END) = 1",
            name=op.f("ck_report_sentence_one_record"),
        ),
        sa.ForeignKeyConstraint(["delegation_id"], ["delegation.id"],
                                name=op.f("fk_report_sentence_delegation_id_delegation"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["activity_id"], ["activity.id"],
                                name=op.f("fk_report_sentence_activity_id_activity"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["movement_id"], ["stock_movement.id"],
                                name=op.f("fk_report_sentence_movement_id_stock_movement"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_sentence")),
        sa.UniqueConstraint("delegation_id", name=op.f("uq_report_sentence_delegation_id")),
        sa.UniqueConstraint("activity_id", name=op.f("uq_report_sentence_activity_id")),
        sa.UniqueConstraint("movement_id", name=op.f("uq_report_sentence_movement_id")),
    )  # fmt: skip


def downgrade() -> None:
    op.drop_table("report_sentence")
    for table in ("activity_partner", "activity_measure"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(f"ix_{table}_{table.split('_')[1]}")
        op.drop_table(table)
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index("ix_activity_held_on")
    op.drop_table("activity")
