"""Use cases for the cooperation programme and its measures (the annual report's skeleton)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.domain import rules
from planner.domain.errors import (
    FieldProblem,
    NotFoundError,
    PlannerError,
    ProblemCollector,
    ValidationError,
)
from planner.domain.records import Measure, Programme, ProgrammeSection
from planner.services.common import RecordKind, fetch_for_update
from planner.storage.database import Database
from planner.storage.mapping import copy_into
from planner.storage.models import (
    DbMeasure,
    DbProgramme,
    DbProgrammeSection,
    DbStockMovement,
    activity_measure,
    delegation_measure,
)

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


# --- Editing the catalogue: each function is one user action (one transaction) ------------


def _check_programme(programme: Programme) -> None:
    c = ProblemCollector()
    if not programme.title_uk.strip():
        c.add("title_uk", "required")
    if programme.end_year < programme.start_year:
        c.add("end_year", "end_before_start")
    c.raise_if_any()


PROGRAMME = RecordKind("programme", DbProgramme, Programme, _check_programme)


def get_programme(db: Database, programme_id: int) -> Programme:
    """One programme with its sections and measures."""
    found = next((p for p in list_programmes(db) if p.id == programme_id), None)
    if found is None:
        raise NotFoundError("programme", programme_id)
    return found


def _refuse_overlap(session: Session, programme: Programme) -> None:
    overlap = session.scalar(
        select(DbProgramme.id).where(
            DbProgramme.start_year <= programme.end_year,
            DbProgramme.end_year >= programme.start_year,
            DbProgramme.id != (programme.id or 0),
        )
    )
    if overlap is not None:
        raise ValidationError.single("start_year", "programme_overlap")


def save_programme(db: Database, programme: Programme) -> Programme:
    """Change a programme's titles and years (its sections and measures are edited one by
    one); a programme with no id is added, with the sections and measures it carries. Years
    that overlap another programme's are refused."""
    _check_programme(programme)
    with db.transaction() as session:
        _refuse_overlap(session, programme)
        if programme.id is None:
            row = DbProgramme(title_uk=programme.title_uk.strip(),
                              title_en=programme.title_en.strip(),
                              start_year=programme.start_year, end_year=programme.end_year)  # fmt: skip
            session.add(row)
            session.flush()
            for number, section in enumerate(programme.sections):
                new_section = DbProgrammeSection(
                    programme_id=row.id, number=section.number.strip(),
                    title_uk=section.title_uk.strip(), title_en=section.title_en.strip(),
                    position=number,
                )  # fmt: skip
                row.sections.append(new_section)
                session.flush()
                for position, measure in enumerate(section.measures):
                    rules.check_measure(measure)
                    new_section.measures.append(DbMeasure(
                        programme_id=row.id, code=measure.code.strip(),
                        title_uk=measure.title_uk.strip(), title_en=measure.title_en.strip(),
                        position=position,
                    ))  # fmt: skip
        else:
            row = fetch_for_update(session, PROGRAMME, programme.id, programme.version)
            row.title_uk = programme.title_uk.strip()
            row.title_en = programme.title_en.strip()
            row.start_year = programme.start_year
            row.end_year = programme.end_year
        session.flush()
        saved_id = row.id
    return get_programme(db, saved_id)


def _check_section(number: str, title_uk: str) -> None:
    c = ProblemCollector()
    if not number.strip():
        c.add("number", "required")
    if not title_uk.strip():
        c.add("title_uk", "required")
    c.raise_if_any()


def _section_record(row: DbProgrammeSection) -> ProgrammeSection:
    return ProgrammeSection(
        id=row.id, number=row.number, title_uk=row.title_uk, title_en=row.title_en,
        measures=tuple(MEASURE.to_record(m) for m in row.measures),
    )  # fmt: skip


def _refuse_section_number(
    session: Session, programme_id: int, number: str, section_id: int | None
) -> None:
    clash = session.scalar(
        select(DbProgrammeSection.id).where(
            DbProgrammeSection.programme_id == programme_id,
            DbProgrammeSection.number == number.strip(),
            DbProgrammeSection.id != (section_id or 0),
        )
    )
    if clash is not None:
        raise ValidationError.single("number", "duplicate", value=number.strip())


def add_section(
    db: Database, programme_id: int, number: str, title_uk: str, title_en: str = ""
) -> ProgrammeSection:
    """A new section at the end of the programme ("III", "Інформаційна політика")."""
    _check_section(number, title_uk)
    with db.transaction() as session:
        programme = session.get(DbProgramme, programme_id)
        if programme is None:
            raise NotFoundError("programme", programme_id)
        _refuse_section_number(session, programme_id, number, None)
        last = max((s.position for s in programme.sections), default=-1)
        row = DbProgrammeSection(programme_id=programme_id, number=number.strip(),
                                 title_uk=title_uk.strip(), title_en=title_en.strip(),
                                 position=last + 1)  # fmt: skip
        programme.sections.append(row)
        session.flush()
        return _section_record(row)


def save_section(db: Database, section: ProgrammeSection) -> ProgrammeSection:
    """Renumber or rename a section (its measures are left as they are)."""
    assert section.id is not None, "new sections are added with add_section"
    _check_section(section.number, section.title_uk)
    with db.transaction() as session:
        row = session.get(DbProgrammeSection, section.id)
        if row is None:
            raise NotFoundError("programme_section", section.id)
        _refuse_section_number(session, row.programme_id, section.number, section.id)
        row.number = section.number.strip()
        row.title_uk = section.title_uk.strip()
        row.title_en = section.title_en.strip()
        session.flush()
        return _section_record(row)


def delete_section(db: Database, section_id: int) -> None:
    """Delete an empty section; one that still has measures is refused."""
    with db.transaction() as session:
        row = session.get(DbProgrammeSection, section_id)
        if row is None:
            raise NotFoundError("programme_section", section_id)
        if row.measures:
            raise PlannerError("section_not_empty", section=row.number, count=len(row.measures))
        session.delete(row)
        session.flush()


def add_measure(db: Database, section_id: int, measure: Measure) -> Measure:
    """A new measure at the end of a section; its code must be new in the programme."""
    rules.check_measure(measure)
    with db.transaction() as session:
        section = session.get(DbProgrammeSection, section_id)
        if section is None:
            raise NotFoundError("programme_section", section_id)
        clash = session.scalar(
            select(DbMeasure.id).where(
                DbMeasure.programme_id == section.programme_id,
                DbMeasure.code == measure.code.strip(),
            )
        )
        if clash is not None:
            raise ValidationError.single("code", "duplicate", value=measure.code.strip())
        last = max((m.position for m in section.measures), default=-1)
        row = DbMeasure(programme_id=section.programme_id, code=measure.code.strip(),
                        title_uk=measure.title_uk.strip(), title_en=measure.title_en.strip(),
                        position=last + 1)  # fmt: skip
        section.measures.append(row)
        session.flush()
        return MEASURE.to_record(row)


def measure_uses(db: Database, measure_id: int) -> tuple[int, int, int]:
    """How many delegations, activities and stock movements are tagged with the measure."""
    with db.reading() as session:
        return _uses(session, measure_id)


def _uses(session: Session, measure_id: int) -> tuple[int, int, int]:
    def count(query: object) -> int:
        return int(session.scalar(query) or 0)  # type: ignore[call-overload]

    return (
        count(select(func.count()).select_from(delegation_measure)
              .where(delegation_measure.c.measure_id == measure_id)),
        count(select(func.count()).select_from(activity_measure)
              .where(activity_measure.c.measure_id == measure_id)),
        count(select(func.count()).select_from(DbStockMovement)
              .where(DbStockMovement.measure_id == measure_id)),
    )  # fmt: skip


def delete_measure(db: Database, measure_id: int, version: int) -> None:
    """Delete a measure nothing is tagged with; one that a visit, an activity or a stock
    movement uses is refused (the report would lose their entries)."""
    with db.transaction() as session:
        row = fetch_for_update(session, MEASURE, measure_id, version)
        delegations, activities, movements = _uses(session, measure_id)
        total = delegations + activities + movements
        if total:
            raise PlannerError("measure_in_use", measure=row.code, count=total,
                               delegations=delegations, activities=activities,
                               movements=movements)  # fmt: skip
        session.delete(row)
        session.flush()


def move_measure(db: Database, measure_id: int, step: int) -> Measure:
    """Move a measure ``step`` places within its section (-1: up, 1: down); at either end it
    stays where it is. The section's measures are numbered 0, 1, 2… again."""
    with db.transaction() as session:
        row = session.get(DbMeasure, measure_id)
        if row is None:
            raise NotFoundError("measure", measure_id)
        section = session.get(DbProgrammeSection, row.section_id)
        assert section is not None
        ordered = sorted(section.measures, key=lambda m: (m.position, m.id))
        index = ordered.index(row)
        target = max(0, min(len(ordered) - 1, index + step))
        if target != index:
            ordered.insert(target, ordered.pop(index))
            for position, measure in enumerate(ordered):
                if measure.position != position:
                    measure.position = position
        session.flush()
        return MEASURE.to_record(row)
