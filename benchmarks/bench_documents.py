"""A 100-page visit programme: the planner's builder against bare reportlab.

Builds the read model of a long visit (ten days of agenda items with Cyrillic titles,
descriptions, venues, a responsible person and attendees), then times in one run, best of N
(default 3):
- the planner: ``planner.exports.documents.programme_pdf`` (the council's header, day headings,
  the tables with their repeated header, Kyiv time, page X of Y, the signature);
- bare reportlab: the same cells as Paragraphs in the same embedded Liberation Serif, each
  day's rows in page-sized Tables (as many rows as the planner's pages hold on average) with
  a repeated header, built by a plain ``SimpleDocTemplate``.
Goal (issue 5): the planner within 1.2 times bare reportlab.

    .venv/bin/python benchmarks/bench_documents.py [--days 10] [--items 42] [--runs 3]
"""

from __future__ import annotations

import argparse
import io
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from planner.domain.enums import ParticipantRole
from planner.domain.printing import (
    Bilingual,
    PrintedItem,
    PrintedParticipant,
    PrintedPerson,
    PrintedVenue,
    PrintedVisit,
    Signatory,
    programme_days,
    time_span,
)
from planner.exports.documents import PROGRAMME_COLUMNS, programme_pdf
from planner.exports.pdf import SERIF, register_fonts

ZONE = "Asia/Taipei"
PEOPLE = tuple(
    PrintedPerson(n, f"{given} {family}", position=Bilingual(position, ""))
    for n, (given, family, position) in enumerate((
        ("Оксана", "Мельничук", "начальник управління міжнародного співробітництва"),
        ("Юлія", "Зайка", "головний спеціаліст з питань протоколу"),
        ("Ґанна", "Коваль", "голова делегації"),
        ("Їржі", "Новак", "член делегації"),
        ("Єва", "Свобода", "перекладач"),
    ), start=1)
)  # fmt: skip
DESCRIPTION = (
    "Обмін досвідом щодо цифрових послуг міста, розумного транспорту та енергоефективності "
    "громадських будівель; презентація проєктів, обговорення спільної заявки до програми "
    "Interreg, підписання протоколу про наміри. Учасники отримують матеріали українською "
    "та англійською мовами, перекладач — Єва Свобода. "
)


def visit(days: int, per_day: int) -> PrintedVisit:
    start = date(2027, 3, 15)
    zone = ZoneInfo(ZONE)
    items = []
    for day in range(days):
        for index in range(per_day):
            starts = datetime(2027, 3, 15 + day, 7, 0, tzinfo=zone) + timedelta(minutes=20 * index)
            ends = starts + timedelta(minutes=20)
            items.append(PrintedItem(
                item_id=day * per_day + index, starts_at=starts, ends_at=ends,
                title=Bilingual(f"Зустріч з партнерами, пункт {index + 1}",
                                f"Meeting with the partners, item {index + 1}"),
                description=DESCRIPTION[: 120 + 40 * (index % 5)],
                venue=PrintedVenue(Bilingual("Сесійна зала міської ради", "Council Hall"),
                                   "вул. Героїв Майдану, 3, Хмельницький"),
                responsible=PEOPLE[index % 2], attendees=PEOPLE[2 : 3 + index % 3],
                dress_code="діловий" if index % 3 == 0 else "",
                kyiv_starts_at=starts.astimezone(ZoneInfo("Europe/Kyiv")),
                kyiv_ends_at=ends.astimezone(ZoneInfo("Europe/Kyiv")),
            ))  # fmt: skip
    return PrintedVisit(
        delegation_id=1, title=Bilingual("Саміт «Розумне місто» у Тайбеї", "Smart City Summit"),
        start_date=start, end_date=start + timedelta(days=days - 1), place="Тайбей",
        timezone=ZONE, council=Bilingual("Хмельницька міська рада", "Khmelnytskyi City Council"),
        signatory=Signatory(Bilingual("Начальник управління", "Head of Department"),
                            Bilingual("Оксана МЕЛЬНИЧУК", "")),
        days=programme_days(start, start + timedelta(days=days - 1), items),
        participants=tuple(PrintedParticipant(p, ParticipantRole.MEMBER) for p in PEOPLE[2:]),
    )  # fmt: skip


def bare_reportlab(model: PrintedVisit, rows_per_page: int) -> bytes:
    """The same tables with nothing of the planner: page-sized chunks, one embedded font."""
    register_fonts()
    cell = ParagraphStyle("cell", fontName=SERIF, fontSize=10.5, leading=12.6)
    bold = ParagraphStyle("bold", parent=cell, fontName=f"{SERIF}-Bold")
    small = ParagraphStyle("small", parent=cell, fontSize=9, leading=10.8)
    heading = ParagraphStyle("heading", parent=bold, fontSize=12, leading=14.4)
    header = [Paragraph(t, bold) for t in ("Час", "Захід", "Місце", "Відповідальний", "Учасники")]
    style = TableStyle([("FONTNAME", (0, 0), (-1, -1), SERIF), ("GRID", (0, 0), (-1, -1), 0.5,
                        "#808080"), ("VALIGN", (0, 0), (-1, -1), "TOP")])  # fmt: skip
    story = []
    for day in model.days:
        story.append(Paragraph(f"{day.day:%A, %d %B %Y}", heading))
        rows = []
        for item in day.items:
            assert item.kyiv_starts_at is not None and item.kyiv_ends_at is not None
            assert item.venue is not None and item.responsible is not None
            rows.append([
                [Paragraph(time_span(item.starts_at, item.ends_at), cell),
                 Paragraph("Київ " + time_span(item.kyiv_starts_at, item.kyiv_ends_at), small)],
                [Paragraph(item.title.uk, bold), Paragraph(item.description, cell)]
                + ([Paragraph("Форма одягу: " + item.dress_code, small)] if item.dress_code
                   else []),
                [Paragraph(item.venue.name.uk, cell), Paragraph(item.venue.address, small)],
                [Paragraph(item.responsible.name, cell),
                 Paragraph(item.responsible.position.uk, small)],
                [Paragraph(", ".join(p.name for p in item.attendees), small)],
            ])  # fmt: skip
        for start in range(0, len(rows), rows_per_page):
            story.append(Table([header, *rows[start : start + rows_per_page]],
                               colWidths=list(PROGRAMME_COLUMNS), repeatRows=1, style=style))  # fmt: skip
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=30 * mm, rightMargin=10 * mm,
                      topMargin=20 * mm, bottomMargin=20 * mm, invariant=1).build(story)  # fmt: skip
    return buffer.getvalue()


def best(runs: int, work: Callable[[], bytes]) -> tuple[float, bytes]:
    times, data = [], b""
    for _ in range(runs):
        started = time.perf_counter()
        data = work()
        times.append(time.perf_counter() - started)
    return min(times), data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--days", type=int, default=10)
    parser.add_argument("--items", type=int, default=42, help="agenda items a day")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    model = visit(args.days, args.items)
    programme_pdf(model, "uk")  # fonts registered, modules warm
    planner_time, planner_pdf = best(args.runs, lambda: programme_pdf(model, "uk"))
    pages = len(PdfReader(io.BytesIO(planner_pdf)).pages)
    print(f"{len(model.items)} agenda items over {args.days} days, best of {args.runs}")
    print(f"planner (programme_pdf):            {planner_time:6.3f} s  {pages} pages")
    # Tables of about a page each: as many rows as a page holds on average, one fewer and
    # one more; the fastest of them is the one compared with.
    per_page = max(2, round(len(model.items) / pages))
    fastest = float("inf")
    for rows in (per_page - 1, per_page, per_page + 1):
        bare_time, bare_pdf = best(args.runs, lambda rows=rows: bare_reportlab(model, rows))
        bare_pages = len(PdfReader(io.BytesIO(bare_pdf)).pages)
        print(f"bare reportlab, {rows:2d} rows a table:     {bare_time:6.3f} s  {bare_pages} pages")
        fastest = min(fastest, bare_time)
    print(f"ratio to the fastest bare reportlab: {planner_time / fastest:.2f} (goal ≤ 1.2)")


if __name__ == "__main__":
    main()
