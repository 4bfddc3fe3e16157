"""Use cases for the cooperation programme and its measures (the annual report's skeleton)."""

from __future__ import annotations

from sqlalchemy import select

from planner.domain import rules
from planner.domain.errors import ValidationError
from planner.domain.records import Measure, Programme, ProgrammeSection
from planner.services.common import RecordKind, fetch_for_update
from planner.storage.database import Database
from planner.storage.mapping import copy_into
from planner.storage.models import DbMeasure, DbProgramme

MEASURE = RecordKind("measure", DbMeasure, Measure, rules.check_measure)


def list_programmes(db: Database) -> list[Programme]:
    """Every programme with its sections and measures, newest first."""
    query = select(DbProgramme).order_by(DbProgramme.start_year.desc(), DbProgramme.id)
    with db.reading() as session:
        return [
            Programme(
                id=p.id, version=p.version, title_uk=p.title_uk, title_en=p.title_en,
                start_year=p.start_year, end_year=p.end_year,
                sections=tuple(
                    ProgrammeSection(
                        id=s.id, number=s.number, title_uk=s.title_uk, title_en=s.title_en,
                        measures=tuple(MEASURE.to_record(m) for m in s.measures),
                    )
                    for s in p.sections
                ),
            )
            for p in session.scalars(query)
        ]  # fmt: skip


def measures_by_code(db: Database, year: int | None = None) -> dict[str, Measure]:
    """The measures of the programme in force in ``year`` (or the newest), keyed by code."""
    programmes = list_programmes(db)
    chosen = next(
        (p for p in programmes if year is None or p.start_year <= year <= p.end_year),
        programmes[0] if programmes else None,
    )
    if chosen is None:
        return {}
    return {m.code: m for s in chosen.sections for m in s.measures}


def save_measure(db: Database, measure: Measure) -> Measure:
    """Rename or renumber an existing measure of a programme."""
    rules.check_measure(measure)
    assert measure.id is not None, "new measures are added with their programme"
    with db.transaction() as session:
        row = fetch_for_update(session, MEASURE, measure.id, measure.version)
        clash = session.scalar(
            select(DbMeasure.id).where(
                DbMeasure.programme_id == row.programme_id,
                DbMeasure.code == measure.code.strip(),
                DbMeasure.id != measure.id,
            )
        )
        if clash is not None:
            raise ValidationError.single("code", "duplicate", value=measure.code)
        copy_into(row, measure)
        session.flush()
        return MEASURE.to_record(row)
