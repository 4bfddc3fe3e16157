"""Use cases for the cooperation programme and its measures (the annual report's skeleton)."""

from __future__ import annotations

from sqlalchemy import select

from planner.domain import rules
from planner.domain.errors import FieldProblem, NotFoundError, ValidationError
from planner.domain.records import Measure, Programme, ProgrammeSection
from planner.services.common import RecordKind, fetch_for_update
from planner.storage.database import Database
from planner.storage.mapping import copy_into
from planner.storage.models import DbMeasure, DbProgramme, DbProgrammeSection

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


def programme_for_year(db: Database, year: int | None = None) -> Programme | None:
    """The programme in force in ``year``; else the newest that began before it (the office
    reports on the last adopted programme until a new one is entered); else the newest."""
    programmes = list_programmes(db)  # newest first
    if year is None:
        return programmes[0] if programmes else None
    return next(
        (p for p in programmes if p.start_year <= year <= p.end_year),
        next(
            (p for p in programmes if p.start_year <= year), programmes[0] if programmes else None
        ),
    )


def measures_by_code(db: Database, year: int | None = None) -> dict[str, Measure]:
    """The measures of the programme in force in ``year`` (or the newest), keyed by code."""
    chosen = programme_for_year(db, year)
    if chosen is None:
        return {}
    return {m.code: m for s in chosen.sections for m in s.measures}


def copy_programme(
    db: Database, source_id: int, title_uk: str, title_en: str, start_year: int, end_year: int
) -> Programme:
    """A new programme with the sections and measures of ``source_id`` (a new programme period
    mostly continues the measures of the last one; the officer edits what changed)."""
    problems = []
    if not title_uk.strip():
        problems.append(FieldProblem("title_uk", "required", {}))
    if end_year < start_year:
        problems.append(FieldProblem("end_year", "end_before_start", {}))
    if problems:
        raise ValidationError(problems)
    with db.transaction() as session:
        source = session.get(DbProgramme, source_id)
        if source is None:
            raise NotFoundError("programme", source_id)
        overlap = session.scalar(
            select(DbProgramme.id).where(
                DbProgramme.start_year <= end_year, DbProgramme.end_year >= start_year
            )
        )
        if overlap is not None:
            raise ValidationError.single("start_year", "programme_overlap")
        copy = DbProgramme(title_uk=title_uk.strip(), title_en=title_en.strip(),
                           start_year=start_year, end_year=end_year)  # fmt: skip
        session.add(copy)
        session.flush()
        for section in source.sections:
            new_section = DbProgrammeSection(
                programme_id=copy.id, number=section.number, title_uk=section.title_uk,
                title_en=section.title_en, position=section.position,
            )  # fmt: skip
            copy.sections.append(new_section)
            session.flush()
            for measure in section.measures:
                new_section.measures.append(DbMeasure(
                    programme_id=copy.id, code=measure.code, title_uk=measure.title_uk,
                    title_en=measure.title_en, position=measure.position,
                ))  # fmt: skip
        session.flush()
        new_id = copy.id
    return next(p for p in list_programmes(db) if p.id == new_id)


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
