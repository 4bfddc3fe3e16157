"""The default catalogue every database starts with: the 2021-2025 programme and its measures,
the protocol checklist templates, and the legal limits on gifts to officials.

Revision ID: 0002_default_catalogue
Revises: 0001_first_schema
Create Date: 2026-11-22

The rows come from ``planner.domain`` (the same constants a new user sees); they are added only
where the table is still empty, so a database whose officer already edited them is left alone.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

from planner.domain.checklists import DEFAULT_TEMPLATES
from planner.domain.programme import DEFAULT_PROGRAMME

revision = "0002_default_catalogue"
down_revision = "0001_first_schema"
branch_labels = None
depends_on = None

# Subsistence minimum for able-bodied persons on 1 January (Laws on the State Budget); the Law
# "On Prevention of Corruption", art. 23: one minimum per gift, two per year from one source.
GIFT_LIMITS = (
    (date(2021, 1, 1), Decimal(2270)),
    (date(2022, 1, 1), Decimal(2481)),
    (date(2023, 1, 1), Decimal(2684)),
    (date(2024, 1, 1), Decimal(3028)),
    (date(2025, 1, 1), Decimal(3028)),
    (date(2026, 1, 1), Decimal(3328)),
)

programme = sa.table(
    "programme",
    sa.column("id", sa.Integer), sa.column("version", sa.Integer),
    sa.column("title_uk", sa.Text), sa.column("title_en", sa.Text),
    sa.column("start_year", sa.Integer), sa.column("end_year", sa.Integer),
)  # fmt: skip
section = sa.table(
    "programme_section",
    sa.column("id", sa.Integer), sa.column("programme_id", sa.Integer),
    sa.column("number", sa.String), sa.column("title_uk", sa.Text),
    sa.column("title_en", sa.Text), sa.column("position", sa.Integer),
)  # fmt: skip
measure = sa.table(
    "measure",
    sa.column("version", sa.Integer), sa.column("programme_id", sa.Integer),
    sa.column("section_id", sa.Integer), sa.column("code", sa.String),
    sa.column("title_uk", sa.Text), sa.column("title_en", sa.Text),
    sa.column("position", sa.Integer),
)  # fmt: skip
template = sa.table(
    "checklist_template",
    sa.column("id", sa.Integer), sa.column("version", sa.Integer),
    sa.column("name_uk", sa.Text), sa.column("name_en", sa.Text),
    sa.column("visit_kind", sa.String),
)  # fmt: skip
template_task = sa.table(
    "template_task",
    sa.column("template_id", sa.Integer), sa.column("position", sa.Integer),
    sa.column("title_uk", sa.Text), sa.column("title_en", sa.Text),
    sa.column("category", sa.String), sa.column("anchor", sa.String),
    sa.column("offset_days", sa.Integer), sa.column("default_assignee", sa.Text),
)  # fmt: skip
gift_limit = sa.table(
    "gift_limit",
    sa.column("valid_from", sa.Date), sa.column("per_gift", sa.BigInteger),
    sa.column("per_year_from_one_source", sa.BigInteger),
)  # fmt: skip


def _empty(connection: sa.Connection, table: sa.TableClause) -> bool:
    return connection.execute(sa.select(sa.func.count()).select_from(table)).scalar_one() == 0


def _insert(connection: sa.Connection, table: sa.TableClause, **values: object) -> int:
    """Insert one row; the new id where the table has one."""
    statement = sa.insert(table).values(**values)
    if "id" not in table.c:
        connection.execute(statement)
        return 0
    return int(connection.execute(statement.returning(table.c.id)).scalar_one())


def upgrade() -> None:
    connection = op.get_bind()
    if _empty(connection, programme):
        p = DEFAULT_PROGRAMME
        programme_id = _insert(
            connection,
            programme,
            version=1,
            title_uk=p.title_uk,
            title_en=p.title_en,
            start_year=p.start_year,
            end_year=p.end_year,
        )
        for position, s in enumerate(p.sections):
            section_id = _insert(
                connection,
                section,
                programme_id=programme_id,
                number=s.number,
                title_uk=s.title_uk,
                title_en=s.title_en,
                position=position,
            )
            for m in s.measures:
                _insert(
                    connection,
                    measure,
                    version=1,
                    programme_id=programme_id,
                    section_id=section_id,
                    code=m.code,
                    title_uk=m.title_uk,
                    title_en=m.title_en,
                    position=m.position,
                )
    if _empty(connection, template):
        for t in DEFAULT_TEMPLATES:
            template_id = _insert(
                connection,
                template,
                version=1,
                name_uk=t.name_uk,
                name_en=t.name_en,
                visit_kind=t.visit_kind.value,
            )
            for position, task in enumerate(t.tasks):
                _insert(
                    connection,
                    template_task,
                    template_id=template_id,
                    position=position,
                    title_uk=task.title_uk,
                    title_en=task.title_en,
                    category=task.category.value,
                    anchor=task.anchor.value,
                    offset_days=task.offset_days,
                    default_assignee=task.default_assignee,
                )
    if _empty(connection, gift_limit):
        for valid_from, minimum in GIFT_LIMITS:
            _insert(
                connection,
                gift_limit,
                valid_from=valid_from,
                per_gift=int(minimum * 100),
                per_year_from_one_source=int(minimum * 200),
            )


def downgrade() -> None:
    # The catalogue may have been edited and referenced since: it is kept.
    pass
