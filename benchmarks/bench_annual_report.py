"""How fast the annual report and its statistics are made on a national office's database
(issue 8).

Fills a SQLite file with the ministry's scale (DOMAIN.md): 487 partner communities in 64
countries with 2,108 agreements, N delegations (default 30,000) over twelve years, each with
one or two of the programme's measures and one or two partners, and 3,000 activities. Then
times, for one year: the report's records (``report_records``), the whole report
(``annual_report``), its statistics, the report as PDF and as .docx, and the partners'
register. Figures are medians of several runs, in milliseconds.

    .venv/bin/python benchmarks/bench_annual_report.py [--count 30000] [--runs 3]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from planner.domain import text
from planner.storage.database import open_database
from planner.storage.models import (
    DbActivity,
    DbAgreement,
    DbDelegation,
    DbMeasure,
    DbPartner,
    activity_measure,
    delegation_measure,
    delegation_partner,
)

YEAR = 2024
COUNTRIES = ("PL", "DE", "CZ", "SK", "LT", "LV", "EE", "RO", "BG", "HU", "FR", "IT", "ES",
             "PT", "NL", "BE", "AT", "CH", "SE", "NO", "FI", "DK", "IE", "GB", "US", "CA",
             "GE", "MD", "AZ", "TR", "IL", "JP", "KR", "TW", "CN", "IN", "KZ", "AM", "GR",
             "CY", "MT", "SI", "HR", "RS", "ME", "MK", "AL", "BA", "LU", "IS", "EG", "MA",
             "TN", "ZA", "BR", "AR", "MX", "CL", "AU", "NZ", "AE", "SA", "QA", "SG")  # fmt: skip
TYPES = ("twinning", "partnership", "memorandum", "solidarity_partnership",
         "technical_assistance")  # fmt: skip


def fill(path: Path, count: int) -> None:
    db = open_database(path)
    rng = random.Random(8)
    with db.reading() as session:
        measures = [m.id for m in session.scalars(select(DbMeasure))]
    partners, agreements, delegations, links, tags = [], [], [], [], []
    for i in range(487):
        name = f"Громада-партнер №{i}"
        partners.append({"id": i + 1, "version": 1, "kind": "city", "name_uk": name,
                         "name_en": f"Partner {i}", "name_native": "", "city": "",
                         "country": COUNTRIES[i % len(COUNTRIES)], "website": "", "notes": "",
                         "search_text": text.search_text(name),
                         "sort_key": text.sort_key(name)})  # fmt: skip
    for i in range(2108):
        signed = date(2000, 1, 1) + timedelta(days=rng.randrange(365 * 24))
        agreements.append({"version": 1, "partner_id": rng.randrange(487) + 1,
                           "kind": rng.choice(TYPES), "title": f"Угода №{i}",
                           "signed_on": signed, "areas": [], "status": "in_force",
                           "valid_until": signed + timedelta(days=365 * rng.choice((5, 10, 30))),
                           "document_reference": "", "scan_path": "", "facilitated_by": "",
                           "notes": ""})  # fmt: skip
    first = date(YEAR - 8, 1, 1)
    for i in range(count):
        start = first + timedelta(days=rng.randrange(365 * 12))
        title = f"Делегація №{i}"
        delegations.append({
            "id": i + 1, "version": 1, "direction": rng.choice(("incoming", "outgoing", "online")),
            "title_uk": title, "title_en": f"Delegation {i}", "purpose": "Співпраця громад.",
            "start_date": start, "end_date": start + timedelta(days=rng.randrange(4)),
            "timezone": "Europe/Kyiv", "place": "", "country": "UA",
            "status": rng.choice(("completed", "completed", "confirmed", "cancelled")),
            "responsible_officer": "", "notes": "", "search_text": text.search_text(title),
            "sort_key": text.sort_key(title),
        })  # fmt: skip
        for partner in rng.sample(range(1, 488), rng.randrange(1, 3)):
            links.append({"delegation_id": i + 1, "partner_id": partner})
        for measure in rng.sample(measures, rng.randrange(1, 3)):
            tags.append({"delegation_id": i + 1, "measure_id": measure})
    activities, activity_tags = [], []
    for i in range(3000):
        activities.append({"id": i + 1, "version": 1, "kind": "publication",
                           "held_on": first + timedelta(days=rng.randrange(365 * 12)),
                           "text_uk": f"опубліковано матеріал №{i} про громаду",
                           "text_en": "", "link": "", "notes": ""})  # fmt: skip
        activity_tags.append({"activity_id": i + 1, "measure_id": rng.choice(measures)})
    with db.transaction() as session:
        session.execute(insert(DbPartner), partners)
        session.execute(insert(DbAgreement), agreements)
        session.execute(insert(DbDelegation), delegations)
        session.execute(insert(delegation_partner), links)
        session.execute(insert(delegation_measure), tags)
        session.execute(insert(DbActivity), activities)
        session.execute(insert(activity_measure), activity_tags)
    db.close()


def median_ms(call: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    from planner.services import partners_register, reports

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=30_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.sqlite3"
        started = time.perf_counter()
        fill(path, args.count)
        print(f"filled {args.count} delegations, 2108 agreements, 3000 activities "
              f"in {time.perf_counter() - started:.1f} s")  # fmt: skip
        db = open_database(path)
        report = reports.annual_report(db, YEAR)
        entries = sum(len(m.records) for m in report.measures())
        print(f"{YEAR}: {len(reports.report_records(db, YEAR))} records, {entries} entries "
              f"under {len(report.measures())} measures")  # fmt: skip
        pdf = reports.annual_report_document(db, YEAR, "uk", "pdf", with_statistics=True)
        print(f"report PDF {len(pdf) // 1024} KiB")
        figures = {
            "report_records (one year)": lambda: reports.report_records(db, YEAR),
            "annual_report (one year)": lambda: reports.annual_report(db, YEAR),
            "report_statistics (one year)": lambda: reports.report_statistics(db, YEAR),
            "annual report PDF + annex": lambda: reports.annual_report_document(
                db, YEAR, "uk", "pdf", with_statistics=True),
            "annual report .docx + annex": lambda: reports.annual_report_document(
                db, YEAR, "uk", "docx", with_statistics=True),
            "partners register PDF (487)": lambda: partners_register.partners_register_document(
                db, "uk"),
        }  # fmt: skip
        for name, call in figures.items():
            print(f"{name:34} {median_ms(call, args.runs):9.1f} ms")
        db.close()


if __name__ == "__main__":
    main()
