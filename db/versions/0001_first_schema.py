"""The planner's first schema: every table of the foundation (issue 2).

Revision ID: 0001_first_schema
Revises:
Create Date: 2026-11-22 03:59:11.579809
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_first_schema"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "checklist_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("name_uk", sa.Text(), nullable=False),
        sa.Column("name_en", sa.Text(), nullable=False),
        sa.Column("visit_kind", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_template")),
    )
    op.create_table(
        "delegation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("direction", sa.String(length=40), nullable=False),
        sa.Column("title_uk", sa.Text(), nullable=False),
        sa.Column("title_en", sa.Text(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column(
            "place_key",
            sa.String(length=1200).with_variant(
                sa.String(length=1200, collation="C"), "postgresql"
            ),
            nullable=False,
        ),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("responsible_officer", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column(
            "sort_key",
            sa.String(length=1200).with_variant(
                sa.String(length=1200, collation="C"), "postgresql"
            ),
            nullable=False,
        ),
        sa.CheckConstraint("end_date >= start_date", name=op.f("ck_delegation_ends_after_start")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delegation")),
    )
    with op.batch_alter_table("delegation", schema=None) as batch_op:
        batch_op.create_index("ix_delegation_sort", ["sort_key"], unique=False)
        batch_op.create_index("ix_delegation_start", ["start_date"], unique=False)

    op.create_table(
        "gift_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("name_uk", sa.Text(), nullable=False),
        sa.Column("name_en", sa.Text(), nullable=False),
        sa.Column("category", sa.Text(), nullable=False),
        sa.Column("unit_cost", sa.BigInteger(), nullable=False),
        sa.Column("supplier", sa.Text(), nullable=False),
        sa.Column("reorder_level", sa.Integer(), nullable=False),
        sa.Column("photo_path", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("quantity_on_hand", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column(
            "sort_key",
            sa.String(length=1200).with_variant(
                sa.String(length=1200, collation="C"), "postgresql"
            ),
            nullable=False,
        ),
        sa.CheckConstraint("quantity_on_hand >= 0", name=op.f("ck_gift_item_stock_not_negative")),
        sa.CheckConstraint(
            "reorder_level >= 0", name=op.f("ck_gift_item_reorder_level_not_negative")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gift_item")),
    )
    op.create_table(
        "gift_limit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("per_gift", sa.BigInteger(), nullable=False),
        sa.Column("per_year_from_one_source", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gift_limit")),
        sa.UniqueConstraint("valid_from", name=op.f("uq_gift_limit_valid_from")),
    )
    op.create_table(
        "partner",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("name_uk", sa.Text(), nullable=False),
        sa.Column("name_en", sa.Text(), nullable=False),
        sa.Column("name_native", sa.Text(), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("city", sa.Text(), nullable=False),
        sa.Column("website", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column(
            "sort_key",
            sa.String(length=1200).with_variant(
                sa.String(length=1200, collation="C"), "postgresql"
            ),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner")),
    )
    op.create_table(
        "programme",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("title_uk", sa.Text(), nullable=False),
        sa.Column("title_en", sa.Text(), nullable=False),
        sa.Column("start_year", sa.Integer(), nullable=False),
        sa.Column("end_year", sa.Integer(), nullable=False),
        sa.CheckConstraint("end_year >= start_year", name=op.f("ck_programme_ends_after_start")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "venue",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("name_en", sa.Text(), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("city", sa.Text(), nullable=False),
        sa.Column("contact", sa.Text(), nullable=False),
        sa.Column("phone", sa.Text(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column(
            "sort_key",
            sa.String(length=1200).with_variant(
                sa.String(length=1200, collation="C"), "postgresql"
            ),
            nullable=False,
        ),
        sa.CheckConstraint(
            "capacity IS NULL OR capacity > 0", name=op.f("ck_venue_capacity_positive")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_venue")),
    )
    op.create_table(
        "agreement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("areas", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("document_reference", sa.Text(), nullable=False),
        sa.Column("scan_path", sa.Text(), nullable=False),
        sa.Column("facilitated_by", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "valid_until IS NULL OR signed_on IS NULL OR valid_until >= signed_on",
            name=op.f("ck_agreement_valid_after_signing"),
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partner.id"],
            name=op.f("fk_agreement_partner_id_partner"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement")),
    )
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.create_index("ix_agreement_partner", ["partner_id"], unique=False)

    op.create_table(
        "delegation_partner",
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f("fk_delegation_partner_delegation_id_delegation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partner.id"],
            name=op.f("fk_delegation_partner_partner_id_partner"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("delegation_id", "partner_id", name=op.f("pk_delegation_partner")),
    )
    with op.batch_alter_table("delegation_partner", schema=None) as batch_op:
        batch_op.create_index("ix_delegation_partner_partner", ["partner_id"], unique=False)

    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("family_name", sa.Text(), nullable=False),
        sa.Column("given_names", sa.Text(), nullable=False),
        sa.Column("family_name_latin", sa.Text(), nullable=False),
        sa.Column("given_names_latin", sa.Text(), nullable=False),
        sa.Column("honorific", sa.Text(), nullable=False),
        sa.Column("position", sa.Text(), nullable=False),
        sa.Column("position_en", sa.Text(), nullable=False),
        sa.Column("organisation", sa.Text(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("email", sa.Text(), nullable=False),
        sa.Column("phone", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("dietary_needs", sa.Text(), nullable=False),
        sa.Column("accessibility_needs", sa.Text(), nullable=False),
        sa.Column("passport_name", sa.Text(), nullable=False),
        sa.Column("passport_number", sa.Text(), nullable=False),
        sa.Column("passport_country", sa.String(length=2), nullable=False),
        sa.Column("passport_expires_on", sa.Date(), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column(
            "sort_key",
            sa.String(length=1200).with_variant(
                sa.String(length=1200, collation="C"), "postgresql"
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partner.id"],
            name=op.f("fk_person_partner_id_partner"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index("ix_person_sort", ["sort_key"], unique=False)

    op.create_table(
        "programme_section",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=10), nullable=False),
        sa.Column("title_uk", sa.Text(), nullable=False),
        sa.Column("title_en", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programme.id"],
            name=op.f("fk_programme_section_programme_id_programme"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_section")),
    )
    with op.batch_alter_table("programme_section", schema=None) as batch_op:
        batch_op.create_index("ix_programme_section_programme", ["programme_id"], unique=False)

    op.create_table(
        "task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("title_uk", sa.Text(), nullable=False),
        sa.Column("title_en", sa.Text(), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("anchor", sa.String(length=40), nullable=True),
        sa.Column("offset_days", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("assignee", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "done_on IS NULL OR status = 'done'", name=op.f("ck_task_done_date_only_when_done")
        ),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f("fk_task_delegation_id_delegation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task")),
    )
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.create_index("ix_task_delegation", ["delegation_id"], unique=False)
        batch_op.create_index("ix_task_due", ["status", "due_on"], unique=False)

    op.create_table(
        "template_task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title_uk", sa.Text(), nullable=False),
        sa.Column("title_en", sa.Text(), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("anchor", sa.String(length=40), nullable=False),
        sa.Column("offset_days", sa.Integer(), nullable=False),
        sa.Column("default_assignee", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["checklist_template.id"],
            name=op.f("fk_template_task_template_id_checklist_template"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_template_task")),
    )
    with op.batch_alter_table("template_task", schema=None) as batch_op:
        batch_op.create_index("ix_template_task_template", ["template_id"], unique=False)

    op.create_table(
        "agenda_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("title_uk", sa.Text(), nullable=False),
        sa.Column("title_en", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("venue_id", sa.Integer(), nullable=True),
        sa.Column("responsible_person_id", sa.Integer(), nullable=True),
        sa.Column("dress_code", sa.Text(), nullable=False),
        sa.Column("transport", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("ends_at >= starts_at", name=op.f("ck_agenda_item_ends_after_start")),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f("fk_agenda_item_delegation_id_delegation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["responsible_person_id"],
            ["person.id"],
            name=op.f("fk_agenda_item_responsible_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["venue_id"],
            ["venue.id"],
            name=op.f("fk_agenda_item_venue_id_venue"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
    )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.create_index(
            "ix_agenda_item_delegation_start", ["delegation_id", "starts_at"], unique=False
        )
        batch_op.create_index("ix_agenda_item_start", ["starts_at"], unique=False)
        batch_op.create_index("ix_agenda_item_venue", ["venue_id"], unique=False)

    op.create_table(
        "gift_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("direction", sa.String(length=40), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("occasion", sa.Text(), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=True),
        sa.Column("giver", sa.Text(), nullable=False),
        sa.Column("recipient", sa.Text(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("partner_id", sa.Integer(), nullable=True),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=True),
        sa.Column("exceeds_limit", sa.Boolean(), nullable=False),
        sa.Column("handed_over", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f("fk_gift_record_delegation_id_delegation"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["gift_item.id"],
            name=op.f("fk_gift_record_item_id_gift_item"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partner.id"],
            name=op.f("fk_gift_record_partner_id_partner"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_gift_record_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gift_record")),
    )
    with op.batch_alter_table("gift_record", schema=None) as batch_op:
        batch_op.create_index("ix_gift_record_on", ["on"], unique=False)

    op.create_table(
        "measure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("section_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("title_uk", sa.Text(), nullable=False),
        sa.Column("title_en", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programme.id"],
            name=op.f("fk_measure_programme_id_programme"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["section_id"],
            ["programme_section.id"],
            name=op.f("fk_measure_section_id_programme_section"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measure")),
        sa.UniqueConstraint("programme_id", "code", name="uq_measure_code"),
    )
    with op.batch_alter_table("measure", schema=None) as batch_op:
        batch_op.create_index("ix_measure_section", ["section_id"], unique=False)

    op.create_table(
        "participation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.Column("precedence", sa.Integer(), nullable=False),
        sa.Column("arrival_transport", sa.String(length=40), nullable=True),
        sa.Column("arrival_number", sa.Text(), nullable=False),
        sa.Column("arrival_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("arrival_place", sa.Text(), nullable=False),
        sa.Column("departure_transport", sa.String(length=40), nullable=True),
        sa.Column("departure_number", sa.Text(), nullable=False),
        sa.Column("departure_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("departure_place", sa.Text(), nullable=False),
        sa.Column("hotel", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f("fk_participation_delegation_id_delegation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_participation_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participation")),
        sa.UniqueConstraint("delegation_id", "person_id", name="uq_participation_person"),
    )
    with op.batch_alter_table("participation", schema=None) as batch_op:
        batch_op.create_index("ix_participation_person", ["person_id"], unique=False)

    op.create_table(
        "agenda_attendee",
        sa.Column("agenda_item_id", sa.Integer(), nullable=False),
        sa.Column("participation_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_agenda_attendee_agenda_item_id_agenda_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participation_id"],
            ["participation.id"],
            name=op.f("fk_agenda_attendee_participation_id_participation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "agenda_item_id", "participation_id", name=op.f("pk_agenda_attendee")
        ),
    )
    with op.batch_alter_table("agenda_attendee", schema=None) as batch_op:
        batch_op.create_index(
            "ix_agenda_attendee_participation", ["participation_id"], unique=False
        )

    op.create_table(
        "delegation_measure",
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f("fk_delegation_measure_delegation_id_delegation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["measure_id"],
            ["measure.id"],
            name=op.f("fk_delegation_measure_measure_id_measure"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("delegation_id", "measure_id", name=op.f("pk_delegation_measure")),
    )
    with op.batch_alter_table("delegation_measure", schema=None) as batch_op:
        batch_op.create_index("ix_delegation_measure_measure", ["measure_id"], unique=False)

    op.create_table(
        "stock_movement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_cost", sa.BigInteger(), nullable=True),
        sa.Column("supplier", sa.Text(), nullable=False),
        sa.Column("document_number", sa.Text(), nullable=False),
        sa.Column("measure_id", sa.Integer(), nullable=True),
        sa.Column("delegation_id", sa.Integer(), nullable=True),
        sa.Column("recipient_person_id", sa.Integer(), nullable=True),
        sa.Column("recipient_partner_id", sa.Integer(), nullable=True),
        sa.Column("counted", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "counted IS NULL OR counted >= 0", name=op.f("ck_stock_movement_counted_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f("fk_stock_movement_delegation_id_delegation"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["gift_item.id"],
            name=op.f("fk_stock_movement_item_id_gift_item"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["measure_id"],
            ["measure.id"],
            name=op.f("fk_stock_movement_measure_id_measure"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["recipient_partner_id"],
            ["partner.id"],
            name=op.f("fk_stock_movement_recipient_partner_id_partner"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["recipient_person_id"],
            ["person.id"],
            name=op.f("fk_stock_movement_recipient_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_movement")),
    )
    with op.batch_alter_table("stock_movement", schema=None) as batch_op:
        batch_op.create_index("ix_stock_movement_delegation", ["delegation_id"], unique=False)
        batch_op.create_index("ix_stock_movement_item_on", ["item_id", "on"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("stock_movement", schema=None) as batch_op:
        batch_op.drop_index("ix_stock_movement_item_on")
        batch_op.drop_index("ix_stock_movement_delegation")

    op.drop_table("stock_movement")
    with op.batch_alter_table("delegation_measure", schema=None) as batch_op:
        batch_op.drop_index("ix_delegation_measure_measure")

    op.drop_table("delegation_measure")
    with op.batch_alter_table("agenda_attendee", schema=None) as batch_op:
        batch_op.drop_index("ix_agenda_attendee_participation")

    op.drop_table("agenda_attendee")
    with op.batch_alter_table("participation", schema=None) as batch_op:
        batch_op.drop_index("ix_participation_person")

    op.drop_table("participation")
    with op.batch_alter_table("measure", schema=None) as batch_op:
        batch_op.drop_index("ix_measure_section")

    op.drop_table("measure")
    with op.batch_alter_table("gift_record", schema=None) as batch_op:
        batch_op.drop_index("ix_gift_record_on")

    op.drop_table("gift_record")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index("ix_agenda_item_venue")
        batch_op.drop_index("ix_agenda_item_start")
        batch_op.drop_index("ix_agenda_item_delegation_start")

    op.drop_table("agenda_item")
    with op.batch_alter_table("template_task", schema=None) as batch_op:
        batch_op.drop_index("ix_template_task_template")

    op.drop_table("template_task")
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.drop_index("ix_task_due")
        batch_op.drop_index("ix_task_delegation")

    op.drop_table("task")
    with op.batch_alter_table("programme_section", schema=None) as batch_op:
        batch_op.drop_index("ix_programme_section_programme")

    op.drop_table("programme_section")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index("ix_person_sort")

    op.drop_table("person")
    with op.batch_alter_table("delegation_partner", schema=None) as batch_op:
        batch_op.drop_index("ix_delegation_partner_partner")

    op.drop_table("delegation_partner")
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.drop_index("ix_agreement_partner")

    op.drop_table("agreement")
    op.drop_table("venue")
    op.drop_table("setting")
    op.drop_table("programme")
    op.drop_table("partner")
    op.drop_table("gift_limit")
    op.drop_table("gift_item")
    with op.batch_alter_table("delegation", schema=None) as batch_op:
        batch_op.drop_index("ix_delegation_start")
        batch_op.drop_index("ix_delegation_sort")

    op.drop_table("delegation")
    op.drop_table("checklist_template")
