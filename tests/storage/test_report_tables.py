"""Migration 0007's tables: an activity's links, and the officer's own report sentence, which
belongs to exactly one record and goes with it."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from planner.domain.enums import ActivityKind, Direction
from planner.domain.errors import DatabaseProblem
from planner.storage.database import Database, alembic_config, migrating
from planner.storage.models import DbActivity, DbDelegation, DbMeasure, DbReportSentence


def a_delegation() -> DbDelegation:
    return DbDelegation(direction=Direction.INCOMING, title_uk="Візит Праги 6",
                        start_date=date(2024, 9, 27), end_date=date(2024, 9, 29),
                        timezone="Europe/Kyiv", country="CZ", status="completed")  # fmt: skip


def test_a_report_sentence_belongs_to_exactly_one_record(db: Database) -> None:
    with db.transaction() as session:
        visit = a_delegation()
        activity = DbActivity(kind=ActivityKind.PUBLICATION, held_on=date(2024, 5, 1),
                              text_uk="опубліковано статтю")  # fmt: skip
        session.add_all([visit, activity])
        session.flush()
        ids = visit.id, activity.id
    for values in ({}, {"delegation_id": ids[0], "activity_id": ids[1]}):
        with pytest.raises(DatabaseProblem), db.transaction() as session:
            session.add(DbReportSentence(text_uk="власне формулювання", **values))
    with db.reading() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(DbReportSentence)) == 0


def test_one_record_has_one_sentence_and_it_goes_with_the_record(db: Database) -> None:
    with db.transaction() as session:
        visit = a_delegation()
        session.add(visit)
        session.flush()
        visit_id = visit.id
        session.add(DbReportSentence(delegation_id=visit_id, text_uk="перше"))
    with pytest.raises(DatabaseProblem), db.transaction() as session:
        session.add(DbReportSentence(delegation_id=visit_id, text_uk="друге"))
    with db.transaction() as session:
        session.delete(session.get(DbDelegation, visit_id))
    with db.reading() as session:
        assert session.scalars(sa.select(DbReportSentence)).all() == []


def test_a_measure_used_by_an_activity_cannot_be_deleted_under_it(db: Database) -> None:
    with db.transaction() as session:
        measure = session.scalars(sa.select(DbMeasure).where(DbMeasure.code == "2.5")).first()
        assert measure is not None
        session.add(DbActivity(kind=ActivityKind.PUBLICATION, held_on=date(2024, 5, 1),
                               text_uk="новини на сайті", measures=[measure]))  # fmt: skip
        measure_id = measure.id
    with pytest.raises(DatabaseProblem), db.transaction() as session:
        session.execute(sa.delete(DbMeasure).where(DbMeasure.id == measure_id))


def test_the_activities_migration_goes_down_and_up_again(db: Database) -> None:
    from alembic import command

    config = alembic_config()
    with migrating(db.engine) as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0006_checklist_deletes")
    tables = set(sa.inspect(db.engine).get_table_names())
    assert not tables & {"activity", "activity_measure", "activity_partner", "report_sentence"}
    with migrating(db.engine) as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    tables = set(sa.inspect(db.engine).get_table_names())
    assert {"activity", "activity_measure", "activity_partner", "report_sentence"} <= tables
