"""The calendar: each delegation and agenda item keeps the UID another calendar gave it, a
SEQUENCE that rises when its time, place or status changes, and when it last changed; every
database gets an identity of its own for the UIDs it makes.

Revision ID: 0003_calendar
Revises: 0002_default_catalogue
Create Date: 2026-12-01
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0003_calendar"
down_revision = "0002_default_catalogue"
branch_labels = None
depends_on = None

TABLES = ("delegation", "agenda_item")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("ical_uid", sa.Text(), server_default=sa.text("''"), nullable=False)
            )
            batch_op.add_column(
                sa.Column("ical_sequence", sa.Integer(), server_default="0", nullable=False)
            )
            batch_op.add_column(sa.Column("changed_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.create_index("ix_agenda_item_ical_uid", ["ical_uid"], unique=False)
    # The UIDs of this database's events end in its identity, so that two offices' delegation
    # number 7 never become one event in a colleague's calendar.
    setting = sa.table("setting", sa.column("key", sa.String), sa.column("value", sa.Text))
    op.bulk_insert(setting, [{"key": "calendar_identity", "value": uuid.uuid4().hex}])


def downgrade() -> None:
    op.execute("DELETE FROM setting WHERE key = 'calendar_identity'")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index("ix_agenda_item_ical_uid")
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("changed_at")
            batch_op.drop_column("ical_sequence")
            batch_op.drop_column("ical_uid")
