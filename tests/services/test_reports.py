"""The annual report written from the records, on the demo year: every measure once and in
order, empty measures, every record of the year under each of its measures with its own dates
and nothing from another year, the officer's own sentences, and statistics equal to the
database's own counts."""

from __future__ import annotations

import shutil
from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from planner.domain.enums import (
    ActivityKind,
    AgreementStatus,
    DelegationStatus,
    Direction,
    RecordSource,
)
from planner.domain.errors import StaleEditError, ValidationError
from planner.domain.records import Activity, Delegation, GiftItem
from planner.domain.report import NOT_REPORTED
from planner.services import activities, delegations, gifts, programmes, reports
from planner.services.demo import write_demo_year
from planner.storage.database import Database, open_database
from planner.storage.models import DbAgreement, DbDelegation, DbPartner, DbReportSentence

YEAR = 2024


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("reports") / "demo.sqlite3"
    db = open_database(path)
    write_demo_year(db, YEAR)
    db.close()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Database:
    copy = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, copy)
    db = open_database(copy)
    yield db  # type: ignore[misc]
    db.close()


def measure_ids(db: Database, *codes: str) -> tuple[int, ...]:
    by_code = programmes.measures_by_code(db, YEAR)
    return tuple(by_code[c].id for c in codes if by_code[c].id is not None)  # type: ignore[misc]


def test_every_measure_appears_once_and_in_programme_order(demo: Database) -> None:
    report = reports.annual_report(demo, YEAR)
    programme = programmes.programme_for_year(demo, YEAR)
    assert programme is not None
    expected = [m.code for s in programme.sections for m in s.measures]
    assert [m.code for m in report.measures()] == expected
    assert len(expected) == 18 and expected[0] == "1.1" and expected[-1] == "2.6"
    assert [s.number for s in report.sections] == [s.number for s in programme.sections]
    assert report.title("uk").startswith("Звіт про стан реалізації Програми ")
    assert report.title("uk").endswith(f"за {YEAR} рік")


def test_measures_with_nothing_recorded_have_no_records(demo: Database) -> None:
    report = reports.annual_report(demo, YEAR)
    empty = {m.code for m in report.measures() if not m.records}
    assert {"1.7", "1.9"} <= empty
    assert len(empty) < 18


def test_every_record_of_the_year_is_under_each_of_its_measures_with_its_own_dates(
    demo: Database,
) -> None:
    report = reports.annual_report(demo, YEAR)
    records = reports.report_records(demo, YEAR)
    assert records and not report.untagged
    for record in records:
        assert record.first.year == YEAR
        for code in record.measure_codes:
            (measure,) = [m for m in report.measures() if m.code == code]
            assert record in measure.records
            assert record.text("uk").startswith(record.dates("uk"))
    for measure in report.measures():
        assert [r.first for r in measure.records] == sorted(r.first for r in measure.records)
    # Every reported visit of the year is there, counted independently.
    with demo.reading() as session:
        visits = {row.id for row in session.scalars(select(DbDelegation).where(
            DbDelegation.deleted_at.is_(None), DbDelegation.start_date >= date(YEAR, 1, 1),
            DbDelegation.start_date <= date(YEAR, 12, 31),
            DbDelegation.status.not_in(list(NOT_REPORTED))))}  # fmt: skip
    assert {r.record_id for r in records if r.source is RecordSource.DELEGATION} == visits
    assert sum(1 for r in records if r.source is RecordSource.ACTIVITY) == len(
        activities.list_activities(demo, YEAR)
    )


def test_nothing_from_another_year_and_no_draft_or_cancelled_visit(demo: Database) -> None:
    tag = measure_ids(demo, "1.1")
    made = []
    for day in (date(YEAR - 1, 12, 31), date(YEAR + 1, 1, 1)):
        made.append(delegations.save_delegation(demo, Delegation(
            direction=Direction.INCOMING, title_uk=f"Візит {day}", start_date=day,
            end_date=day, status=DelegationStatus.COMPLETED, measure_ids=tag)).id)  # fmt: skip
        activities.save_activity(demo, Activity(kind=ActivityKind.PUBLICATION, held_on=day,
                                                text_uk=f"публікація {day}", measure_ids=tag))  # fmt: skip
    for status in (DelegationStatus.DRAFT, DelegationStatus.CANCELLED):
        made.append(delegations.save_delegation(demo, Delegation(
            direction=Direction.INCOMING, title_uk=f"Візит {status}", start_date=date(YEAR, 5, 5),
            end_date=date(YEAR, 5, 5), status=status, measure_ids=tag)).id)  # fmt: skip
    item = gifts.save_gift_item(demo, GiftItem("Магніт", "дрібні сувеніри", Decimal("10")))
    assert item.id is not None
    gifts.record_purchase(demo, item.id, date(YEAR + 1, 1, 2), 5, Decimal("10"),
                          document_number="N-1", measure_id=measure_ids(demo, "2.2")[0])  # fmt: skip
    records = reports.report_records(demo, YEAR)
    assert not {r.record_id for r in records if r.source is RecordSource.DELEGATION} & set(made)
    texts = " ".join(r.text("uk") for r in records)
    assert "публікація" not in texts and "Магніт" not in texts
    assert all(r.first.year == YEAR for r in records)


def test_an_activity_is_reported_under_each_of_its_measures(demo: Database) -> None:
    saved = activities.save_activity(demo, Activity(
        kind=ActivityKind.ONLINE_MEETING, held_on=date(YEAR, 4, 11),
        text_uk="міський голова взяв онлайн участь у 5-му Міжнародному саміті мерів",
        measure_ids=measure_ids(demo, "1.2", "2.4")))  # fmt: skip
    report = reports.annual_report(demo, YEAR)
    for code in ("1.2", "2.4"):
        (measure,) = [m for m in report.measures() if m.code == code]
        (entry,) = [r for r in measure.records if r.record_id == saved.id
                    and r.source is RecordSource.ACTIVITY]  # fmt: skip
        assert entry.text("uk") == (
            "11 квітня 2024 року міський голова взяв онлайн участь у 5-му Міжнародному саміті "
            "мерів."
        )


def test_the_officers_own_sentence_replaces_the_generated_one_and_can_be_reset(
    demo: Database,
) -> None:
    record = next(r for r in reports.report_records(demo, YEAR)
                  if r.source is RecordSource.DELEGATION)  # fmt: skip
    reports.save_report_sentence(demo, record.source, record.record_id, 0,
                                 "відбулася робоча зустріч керівництва міської ради.", "")  # fmt: skip
    changed = next(r for r in reports.report_records(demo, YEAR)
                   if (r.source, r.record_id) == (record.source, record.record_id))  # fmt: skip
    assert changed.text("uk") == (
        f"{record.dates('uk')} відбулася робоча зустріч керівництва міської ради."
    )
    assert changed.sentence("en") == record.generated.en  # English still generated
    with pytest.raises(StaleEditError):  # a colleague's older copy
        reports.save_report_sentence(demo, record.source, record.record_id, 0, "інше", "")
    with demo.reading() as session:
        (stored,) = session.scalars(select(DbReportSentence)).all()
        assert stored.text_uk.startswith("відбулася робоча")
    reports.save_report_sentence(demo, record.source, record.record_id,
                                 changed.own_version, "", "")  # fmt: skip
    again = next(r for r in reports.report_records(demo, YEAR)
                 if (r.source, r.record_id) == (record.source, record.record_id))  # fmt: skip
    assert again.text("uk") == record.text("uk") and again.own_version == 0


def test_the_statistics_equal_the_databases_counts(demo: Database) -> None:
    figures = reports.report_statistics(demo, YEAR)
    on = date(YEAR, 12, 31)
    with demo.reading() as session:
        rows = session.execute(
            select(DbAgreement.partner_id, DbAgreement.kind, DbPartner.country)
            .join(DbPartner, DbPartner.id == DbAgreement.partner_id)
            .where(DbAgreement.deleted_at.is_(None), DbPartner.deleted_at.is_(None),
                   DbAgreement.status == AgreementStatus.IN_FORCE,
                   (DbAgreement.signed_on.is_(None)) | (DbAgreement.signed_on <= on),
                   (DbAgreement.valid_until.is_(None)) | (DbAgreement.valid_until >= on))
        ).all()  # fmt: skip
        visits = session.scalars(select(DbDelegation).where(
            DbDelegation.deleted_at.is_(None), DbDelegation.start_date >= date(YEAR, 1, 1),
            DbDelegation.start_date <= on,
            DbDelegation.status.not_in(list(NOT_REPORTED)))).all()  # fmt: skip
        by_direction = Counter(str(v.direction) for v in visits)
        by_month = Counter(v.start_date.month for v in visits)
        by_measure = Counter(m.code for v in visits for m in v.measures)
    assert figures.agreements_in_force == len(rows) > 0
    assert figures.partner_communities == len({r.partner_id for r in rows})
    assert figures.partner_countries == len({r.country for r in rows})
    assert {c.key: c.count for c in figures.agreements_by_country} == Counter(
        r.country for r in rows
    )
    assert {c.key: c.count for c in figures.agreements_by_type} == Counter(
        str(r.kind) for r in rows
    )
    assert figures.delegations == len(visits)
    assert {c.key: c.count for c in figures.delegations_by_direction if c.count} == by_direction
    assert [c.count for c in figures.delegations_by_month] == [by_month[m] for m in range(1, 13)]
    assert {c.key: c.count for c in figures.delegations_by_measure if c.count} == by_measure
    assert figures.activities == len(activities.list_activities(demo, YEAR))


def test_a_year_before_every_programme_is_refused(demo: Database) -> None:
    with pytest.raises(ValidationError) as refused:
        reports.annual_report(demo, 2015)
    assert "програм" in refused.value.message("uk").lower()
