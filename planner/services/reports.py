"""Use cases for the annual report on the cooperation programme: the year's records under the
programme's measures, the officer's own wording of a record's sentence, the statistics the
ministry's monitoring asks for, and the report as a PDF or .docx file.

A record of the year is a visit that took place (not a draft, not cancelled) starting in the
year, an activity held in the year, or a purchase of souvenirs for a measure (the purchases of
one day on one document make one record). reportlab and python-docx load only when a document
is made.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from planner.domain import text
from planner.domain.countries import country_name
from planner.domain.enums import AgreementType, Direction, MovementKind, RecordSource
from planner.domain.errors import NotFoundError, StaleEditError, ValidationError
from planner.domain.messages import Language
from planner.domain.printing import EN_MONTHS, UK_MONTHS_NOMINATIVE, Bilingual
from planner.domain.records import Agreement, Programme
from planner.domain.report import (
    AGREEMENT_TYPE_NAMES,
    DIRECTION_NAMES,
    NOT_REPORTED,
    AnnualReport,
    Count,
    PurchaseLine,
    ReportMeasure,
    ReportRecord,
    ReportSection,
    ReportStatistics,
    activity_sentence,
    in_force,
    purchase_sentence,
    visit_sentence,
)
from planner.domain.zones import today_in_kyiv
from planner.services import settings
from planner.services.common import write_atomically
from planner.services.programmes import programme_for_year
from planner.storage.database import Database
from planner.storage.mapping import to_record
from planner.storage.models import (
    DbActivity,
    DbAgreement,
    DbDelegation,
    DbGiftItem,
    DbPartner,
    DbReportSentence,
    DbStockMovement,
    delegation_measure,
)

ReportFormat = Literal["pdf", "docx"]
REPORT_FORMATS: dict[str, ReportFormat] = {".pdf": "pdf", ".docx": "docx"}

# The home country is not named after a place in it: "(Київ)", not "(Київ, Україна)".
_HOME_COUNTRY = "UA"
_SOURCE_ORDER = {RecordSource.DELEGATION: 0, RecordSource.ACTIVITY: 1, RecordSource.PURCHASE: 2}
# Where the officer's wording of each kind of record is kept, and the record's name in messages.
_SENTENCE_COLUMN = {
    RecordSource.DELEGATION: ("delegation_id", "delegation"),
    RecordSource.ACTIVITY: ("activity_id", "activity"),
    RecordSource.PURCHASE: ("movement_id", "stock_movement"),
}


def _year_span(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def _report_programme(db: Database, year: int) -> Programme | None:
    """The programme the year is reported on: the one in force in it, or the last one adopted
    before it (the office reports on it until a new one is entered); none for a year before
    every programme."""
    programme = programme_for_year(db, year)
    if programme is None or programme.start_year > year:
        return None
    return programme


def _measure_codes(programme: Programme | None) -> dict[int, tuple[int, str]]:
    """Measure id -> (its place in the programme, its code)."""
    if programme is None:
        return {}
    measures = [m for s in programme.sections for m in s.measures]
    return {m.id: (index, m.code) for index, m in enumerate(measures) if m.id is not None}


def _codes(ids: Iterable[int | None], measures: dict[int, tuple[int, str]]) -> tuple[str, ...]:
    known = sorted({measures[i] for i in ids if i is not None and i in measures})
    return tuple(code for _, code in known)


# --- The year's records ---------------------------------------------------------------------


def report_records(db: Database, year: int) -> list[ReportRecord]:
    """Every record of ``year`` as the report tells it, in date order (visits, then
    activities, then purchases on the same day)."""
    measures = _measure_codes(_report_programme(db, year))
    with db.reading() as session:
        records = _records(session, year, measures)
    return records


def _records(
    session: Session, year: int, measures: dict[int, tuple[int, str]]
) -> list[ReportRecord]:
    own = _own_sentences(session)
    records = [
        *_visit_records(session, year, measures, own[RecordSource.DELEGATION]),
        *_activity_records(session, year, measures, own[RecordSource.ACTIVITY]),
        *_purchase_records(session, year, measures, own[RecordSource.PURCHASE]),
    ]
    return sorted(records, key=lambda r: (r.first, r.last, _SOURCE_ORDER[r.source], r.record_id))


@dataclass(frozen=True)
class _Own:
    text: Bilingual
    version: int


def _own_sentences(session: Session) -> dict[RecordSource, dict[int, _Own]]:
    found: dict[RecordSource, dict[int, _Own]] = {source: {} for source in RecordSource}
    for row in session.scalars(select(DbReportSentence)):
        own = _Own(Bilingual(row.text_uk, row.text_en), row.version)
        for source, (column, _) in _SENTENCE_COLUMN.items():
            record_id = getattr(row, column)
            if record_id is not None:
                found[source][record_id] = own
    return found


def _reported_visits(year: int) -> Any:
    first, last = _year_span(year)
    return select(DbDelegation).where(
        DbDelegation.deleted_at.is_(None),
        DbDelegation.start_date >= first,
        DbDelegation.start_date <= last,
        DbDelegation.status.not_in(sorted(NOT_REPORTED)),
    )


def _visit_records(
    session: Session, year: int, measures: dict[int, tuple[int, str]], own: dict[int, _Own]
) -> list[ReportRecord]:
    records = []
    for row in session.scalars(_reported_visits(year)):
        title = Bilingual(row.title_uk, row.title_en)
        country = country_name(row.country) if row.country != _HOME_COUNTRY else Bilingual()
        partners = tuple(
            Bilingual(p.name_uk, p.name_en)
            for p in sorted(row.partners, key=lambda p: text.sort_key(p.name_uk))
            if p.deleted_at is None
        )
        mine = own.get(row.id)
        records.append(ReportRecord(
            source=RecordSource.DELEGATION, record_id=row.id, first=row.start_date,
            last=row.end_date, measure_codes=_codes((m.id for m in row.measures), measures),
            summary=title,
            generated=visit_sentence(row.direction, title, place=_place(row),
                                     country_name=country, partners=partners,
                                     purpose=row.purpose),
            own=mine.text if mine else Bilingual(), own_version=mine.version if mine else 0,
        ))  # fmt: skip
    return records


def _place(row: DbDelegation) -> str:
    """The visit's place, unless its title names it already ("Саміт … (Тайбей)")."""
    place = row.place.strip()
    return "" if place and place in row.title_uk else place


def _with_link(value: str, link: str) -> str:
    value = value.strip()
    if not value or not link or link in value:
        return value
    return f"{value.rstrip('.')} ({link})"


def _activity_records(
    session: Session, year: int, measures: dict[int, tuple[int, str]], own: dict[int, _Own]
) -> list[ReportRecord]:
    first, last = _year_span(year)
    query = select(DbActivity).where(
        DbActivity.deleted_at.is_(None), DbActivity.held_on >= first, DbActivity.held_on <= last
    )
    records = []
    for row in session.scalars(query):
        link = row.link.strip()
        mine = own.get(row.id)
        records.append(ReportRecord(
            source=RecordSource.ACTIVITY, record_id=row.id, first=row.held_on,
            last=row.ends_on or row.held_on,
            measure_codes=_codes((m.id for m in row.measures), measures),
            summary=Bilingual(row.text_uk, row.text_en),
            generated=activity_sentence(row.kind, Bilingual(_with_link(row.text_uk, link),
                                                            _with_link(row.text_en, link))),
            own=mine.text if mine else Bilingual(), own_version=mine.version if mine else 0,
        ))  # fmt: skip
    return records


def _purchase_records(
    session: Session, year: int, measures: dict[int, tuple[int, str]], own: dict[int, _Own]
) -> list[ReportRecord]:
    """The purchases for a measure: those of one day on one document (for one measure) are
    one record, known by its first movement's id."""
    first, last = _year_span(year)
    query = (
        select(DbStockMovement, DbGiftItem)
        .join(DbGiftItem, DbGiftItem.id == DbStockMovement.item_id)
        .where(
            DbStockMovement.kind == MovementKind.PURCHASE,
            DbStockMovement.measure_id.is_not(None),
            DbStockMovement.on >= first,
            DbStockMovement.on <= last,
        )
        .order_by(DbStockMovement.on, DbStockMovement.id)
    )
    groups: dict[tuple[date, str, int], list[tuple[DbStockMovement, DbGiftItem]]] = {}
    for movement, item in session.execute(query):
        assert movement.measure_id is not None
        key = (movement.on, movement.document_number.strip(), movement.measure_id)
        groups.setdefault(key, []).append((movement, item))
    records = []
    for (day, document, measure_id), rows in groups.items():
        record_id = min(movement.id for movement, _ in rows)
        lines = _purchase_lines(rows)
        items = Bilingual(", ".join(line.item.get("uk") for line in lines),
                          ", ".join(line.item.get("en") for line in lines))  # fmt: skip
        mine = own.get(record_id)
        records.append(ReportRecord(
            source=RecordSource.PURCHASE, record_id=record_id, first=day, last=day,
            measure_codes=_codes((measure_id,), measures),
            summary=Bilingual(f"Придбання: {items.uk}", f"Purchase: {items.en}"),
            generated=purchase_sentence(lines, document),
            own=mine.text if mine else Bilingual(), own_version=mine.version if mine else 0,
        ))  # fmt: skip
    return records


def _purchase_lines(rows: list[tuple[DbStockMovement, DbGiftItem]]) -> tuple[PurchaseLine, ...]:
    """One line per item (two movements of one item on one document add up)."""
    quantities: dict[int, int] = {}
    totals: dict[int, Decimal | None] = {}
    names: dict[int, Bilingual] = {}
    for movement, item in rows:
        names.setdefault(item.id, Bilingual(item.name_uk, item.name_en))
        quantities[item.id] = quantities.get(item.id, 0) + movement.quantity
        cost = movement.unit_cost if movement.unit_cost is not None else item.unit_cost
        line_total = cost * movement.quantity if cost is not None else None
        before = totals.get(item.id, Decimal(0))
        totals[item.id] = None if before is None or line_total is None else before + line_total
    return tuple(
        PurchaseLine(item=names[item_id], quantity=quantities[item_id], total=totals[item_id])
        for item_id in names
    )


# --- The report -----------------------------------------------------------------------------


def _genitive(title: str) -> str:
    """The programme's title as the report's title sentence needs it: "Програма …" becomes
    "Програми …" ("Звіт про стан реалізації Програми … за 2024 рік")."""
    title = title.strip()
    for nominative, genitive in (("Програма ", "Програми "), ("програма ", "програми ")):
        if title.startswith(nominative):
            return genitive + title[len(nominative) :]
    return title


def annual_report(db: Database, year: int) -> AnnualReport:
    """The year's report: the programme's sections and measures in order, each with its
    records in date order (a record of two measures appears under both), and the records of
    no measure of the programme apart (``untagged``). A year before every programme is
    refused (``no_programme``)."""
    programme = _report_programme(db, year)
    if programme is None:
        raise ValidationError.single("year", "no_programme", year=year)
    measures = _measure_codes(programme)
    with db.reading() as session:
        records = _records(session, year, measures)
    council, signatory = settings.office_heading(db)
    sections = tuple(
        ReportSection(
            number=section.number,
            title=Bilingual(section.title_uk, section.title_en),
            measures=tuple(
                ReportMeasure(
                    code=measure.code,
                    title=Bilingual(measure.title_uk, measure.title_en),
                    records=tuple(r for r in records if measure.code in r.measure_codes),
                )
                for measure in section.measures
            ),
        )
        for section in programme.sections
    )
    return AnnualReport(
        year=year,
        programme=Bilingual(_genitive(programme.title_uk), programme.title_en.strip()),
        sections=sections,
        council=council,
        signatory=signatory,
        untagged=tuple(r for r in records if not r.measure_codes),
    )


def save_report_sentence(
    db: Database, source: RecordSource, record_id: int, version: int, text_uk: str, text_en: str
) -> None:
    """Keep the officer's own wording of a record's sentence; both texts blank go back to the
    generated one. ``version`` is the stored wording's version as read (0: none was stored);
    a wording saved by someone else since is not overwritten (``StaleEditError``)."""
    column, record_name = _SENTENCE_COLUMN[source]
    text_uk, text_en = text_uk.strip(), text_en.strip()
    with db.transaction() as session:
        _refuse_unknown_record(session, source, record_id, record_name)
        row = session.scalar(
            select(DbReportSentence).where(getattr(DbReportSentence, column) == record_id)
        )
        if row is None:
            if version != 0:  # it was there when read, and is gone now
                raise StaleEditError("report_sentence", record_id)
            if text_uk or text_en:
                session.add(DbReportSentence(**{column: record_id},
                                             text_uk=text_uk, text_en=text_en))  # fmt: skip
            return
        if row.version != version:
            raise StaleEditError("report_sentence", record_id)
        if text_uk or text_en:
            row.text_uk, row.text_en = text_uk, text_en
        else:
            session.delete(row)
        session.flush()


def _refuse_unknown_record(
    session: Session, source: RecordSource, record_id: int, record_name: str
) -> None:
    if source is RecordSource.PURCHASE:
        movement = session.get(DbStockMovement, record_id)
        known = movement is not None and movement.kind == MovementKind.PURCHASE
    else:
        row_class: Any = DbDelegation if source is RecordSource.DELEGATION else DbActivity
        row = session.get(row_class, record_id)
        known = row is not None and row.deleted_at is None
    if not known:
        raise NotFoundError(record_name, record_id)


# --- Statistics -----------------------------------------------------------------------------


def _ranked(counter: Counter[str], label: Any) -> tuple[Count, ...]:
    """Count lines, the largest first, equal counts in Ukrainian alphabetical order."""
    lines = [Count(key, label(key), n) for key, n in counter.items()]
    return tuple(sorted(lines, key=lambda c: (-c.count, text.sort_key(c.label.uk), c.key)))


def _month_name(month: int) -> Bilingual:
    return Bilingual(UK_MONTHS_NOMINATIVE[month - 1], EN_MONTHS[month - 1])


def report_statistics(db: Database, year: int, today: date | None = None) -> ReportStatistics:
    """The year in numbers: agreements in force on 31 December (on ``today`` within the year)
    by country and type, partner communities and countries; the year's reported visits by
    direction, measure and month; the year's activities."""
    today = today or today_in_kyiv()
    first, last = _year_span(year)
    on = today if first <= today <= last else last
    programme = _report_programme(db, year)
    with db.reading() as session:
        agreements = [
            (to_record(Agreement, row), country)
            for row, country in session.execute(
                select(DbAgreement, DbPartner.country)
                .join(DbPartner, DbPartner.id == DbAgreement.partner_id)
                .where(DbAgreement.deleted_at.is_(None), DbPartner.deleted_at.is_(None))
            )
        ]
        visits = session.execute(
            _reported_visits(year).with_only_columns(
                DbDelegation.id, DbDelegation.direction, DbDelegation.start_date
            )
        ).all()
        tagged = Counter(
            measure_id
            for (measure_id,) in session.execute(
                select(delegation_measure.c.measure_id).where(
                    delegation_measure.c.delegation_id.in_(
                        _reported_visits(year).with_only_columns(DbDelegation.id)
                    )
                )
            )
        )
        activities = session.scalar(
            select(func.count(DbActivity.id)).where(
                DbActivity.deleted_at.is_(None),
                DbActivity.held_on >= first,
                DbActivity.held_on <= last,
            )
        )
    valid = [(a, country) for a, country in agreements if in_force(a, on)]
    by_direction = Counter(direction for _, direction, _ in visits)
    by_month = Counter(start.month for _, _, start in visits)
    measures = [m for s in programme.sections for m in s.measures] if programme else []
    return ReportStatistics(
        year=year,
        on=on,
        agreements_in_force=len(valid),
        partner_communities=len({a.partner_id for a, _ in valid}),
        partner_countries=len({country for _, country in valid}),
        agreements_by_country=_ranked(Counter(country for _, country in valid), country_name),
        agreements_by_type=_ranked(
            Counter(a.kind.value for a, _ in valid),
            lambda key: AGREEMENT_TYPE_NAMES[AgreementType(key)],
        ),
        delegations=len(visits),
        delegations_by_direction=tuple(
            Count(d.value, DIRECTION_NAMES[d], by_direction.get(d, 0)) for d in Direction
        ),
        delegations_by_measure=tuple(
            Count(m.code, Bilingual(m.title_uk, m.title_en), tagged.get(m.id, 0)) for m in measures
        ),
        delegations_by_month=tuple(
            Count(str(month), _month_name(month), by_month.get(month, 0)) for month in range(1, 13)
        ),
        activities=int(activities or 0),
    )


def report_years(db: Database) -> list[int]:
    """The years that have records for the report, and the current one, newest first."""
    with db.reading() as session:
        years = {today_in_kyiv().year}
        for query in (
            select(extract("year", DbDelegation.start_date)).where(
                DbDelegation.deleted_at.is_(None),
                DbDelegation.status.not_in(sorted(NOT_REPORTED)),
            ),
            select(extract("year", DbActivity.held_on)).where(DbActivity.deleted_at.is_(None)),
            select(extract("year", DbStockMovement.on)).where(
                DbStockMovement.kind == MovementKind.PURCHASE,
                DbStockMovement.measure_id.is_not(None),
            ),
        ):
            years.update(int(y) for y in session.scalars(query.distinct()) if y is not None)
    return sorted(years, reverse=True)


# --- The documents --------------------------------------------------------------------------


def annual_report_document(
    db: Database, year: int, language: Language, fmt: ReportFormat,
    with_statistics: bool = False,
) -> bytes:  # fmt: skip
    """The year's report as PDF or .docx bytes, with the statistics after it if asked."""
    report = annual_report(db, year)
    statistics = report_statistics(db, year) if with_statistics else None
    if fmt == "pdf":
        from planner.exports.annual_report import annual_report_pdf

        return annual_report_pdf(report, language, statistics)
    if fmt == "docx":
        from planner.exports.annual_report_docx import annual_report_docx

        return annual_report_docx(report, language, statistics)
    raise ValidationError.single("path", "bad_report_format", value=fmt)


def report_format(path: Path) -> ReportFormat:
    """The document's format from the file's suffix: .pdf or .docx, else ``bad_report_format``."""
    chosen = REPORT_FORMATS.get(path.suffix.lower())
    if chosen is None:
        raise ValidationError.single("path", "bad_report_format", value=path.suffix or path.name)
    return chosen


def write_annual_report(
    db: Database, year: int, path: Path | str, language: Language = "uk",
    with_statistics: bool = False,
) -> Path:  # fmt: skip
    """Write the year's report to ``path`` (.pdf or .docx), whole or not at all."""
    target = Path(path)
    fmt = report_format(target)
    write_atomically(target, annual_report_document(db, year, language, fmt, with_statistics))
    return target
