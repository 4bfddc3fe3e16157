"""Gifts planned at a visit per recipient (handing one out writes its stock movement and its
register entry, linked here), gift register entries that can be deleted and restored, and the
English name of a gift item's category.

Revision ID: 0005_planned_gifts
Revises: 0004_visit_dates_index
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_planned_gifts"
down_revision = "0004_visit_dates_index"
branch_labels = None
depends_on = None

# The English names of the categories the demo and the first offices used.
CATEGORIES_EN = {
    "канцелярія": "stationery",
    "мистецтво": "art",
    "подарункові набори": "gift sets",
    "дрібні сувеніри": "small souvenirs",
    "текстиль": "textiles",
    "продукти": "food",
}


def upgrade() -> None:
    with op.batch_alter_table("gift_item", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("category_en", sa.Text(), server_default=sa.text("''"), nullable=False)
        )
    gift_item = sa.table("gift_item", sa.column("category", sa.Text),
                         sa.column("category_en", sa.Text))  # fmt: skip
    for uk, en in CATEGORIES_EN.items():
        op.execute(gift_item.update().where(gift_item.c.category == uk).values(category_en=en))
    with op.batch_alter_table("gift_record", schema=None) as batch_op:
        batch_op.add_column(sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        "planned_gift",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("recipient_person_id", sa.Integer(), nullable=True),
        sa.Column("recipient_partner_id", sa.Integer(), nullable=True),
        sa.Column("occasion", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("movement_id", sa.Integer(), nullable=True),
        sa.Column("gift_record_id", sa.Integer(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_planned_gift_planned_quantity_positive")),
        sa.ForeignKeyConstraint(["delegation_id"], ["delegation.id"],
                                name=op.f("fk_planned_gift_delegation_id_delegation"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["item_id"], ["gift_item.id"],
                                name=op.f("fk_planned_gift_item_id_gift_item"), ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["recipient_person_id"], ["person.id"],
                                name=op.f("fk_planned_gift_recipient_person_id_person"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["recipient_partner_id"], ["partner.id"],
                                name=op.f("fk_planned_gift_recipient_partner_id_partner"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["movement_id"], ["stock_movement.id"],
                                name=op.f("fk_planned_gift_movement_id_stock_movement"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["gift_record_id"], ["gift_record.id"],
                                name=op.f("fk_planned_gift_gift_record_id_gift_record"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_planned_gift")),
    )  # fmt: skip
    with op.batch_alter_table("planned_gift", schema=None) as batch_op:
        batch_op.create_index("ix_planned_gift_delegation", ["delegation_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("planned_gift", schema=None) as batch_op:
        batch_op.drop_index("ix_planned_gift_delegation")
    op.drop_table("planned_gift")
    with op.batch_alter_table("gift_record", schema=None) as batch_op:
        batch_op.drop_column("deleted_at")
    with op.batch_alter_table("gift_item", schema=None) as batch_op:
        batch_op.drop_column("category_en")
