"""The annual report on the programme's implementation as PDF, as the office writes it by hand:
the council, "Звіт про стан реалізації" / "Програми … за 2024 рік", then a table of three
columns (№ | Зміст заходу | Виконання заходів) with a row spanning the table for each section
and the measures under it: the measure's code, its title, and its entries, each a dated
sentence in a paragraph of its own (a dash list when there are several), or "Заходи не
здійснювались." when there are none. The head of department's signature closes it; the year's
statistics, when asked for, follow on a page of their own.

Each entry is a row of its own, the measure's code and title in its first: a measure with many
entries runs over pages like the office's Word table does, and the page it continues on says
whose entries they are ("1.1 (продовження)"). The table's header repeats on every page.

The builder is fed an ``AnnualReport`` (made by the service) and reads nothing itself. The
words and lines here are shared with the Word version (``annual_report_docx``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    TableStyle,
)

from planner.domain.messages import Language
from planner.domain.printing import date_text
from planner.domain.report import (
    NOTHING_DONE,
    AnnualReport,
    Count,
    ReportMeasure,
    ReportSection,
    ReportStatistics,
)
from planner.exports.pdf import (
    GRID,
    HEADER_FILL,
    SERIF,
    WIDTH,
    DocumentInfo,
    PagedTable,
    build_pdf,
    grid_table,
    heading,
    in_language,
    paragraphs,
    signature_block,
    styles,
    text,
)

__all__ = [
    "WORDS",
    "StatisticsTable",
    "annual_report_pdf",
    "entry_lines",
    "section_line",
    "signatory_lines",
    "statistics_tables",
    "title_lines",
]

# Column widths (170 mm in all): the measure's code, its title (30 %), what was done.
COLUMNS = (13 * mm, 51 * mm, WIDTH - 64 * mm)
SECTION_FILL = colors.HexColor("#f3f3f3")
DASH = "–"

WORDS: dict[str, tuple[str, str]] = {
    "title": ("Звіт про стан реалізації", "Report on the implementation of the"),
    "programme_year": ("{programme} за {year} рік", "{programme} in {year}"),
    "number": ("№", "No."),
    "measure": ("Зміст заходу", "Measure"),
    "done": ("Виконання заходів", "Implementation"),
    "continued": ("(продовження)", "(continued)"),
    "annex": ("Додаток. Статистика за {year} рік", "Annex. Statistics for {year}"),
    "agreements_on": ("Угоди, чинні на {on}", "Agreements in force on {on}"),
    "agreements": ("Угод чинних", "Agreements in force"),
    "communities": ("Громад-партнерів", "Partner communities"),
    "countries": ("Країн-партнерів", "Partner countries"),
    "by_country": ("Угоди за країнами", "Agreements by country"),
    "by_type": ("Угоди за видами", "Agreements by type"),
    "country": ("Країна", "Country"),
    "type": ("Вид угоди", "Type of agreement"),
    "delegations": ("Візити делегацій за {year} рік: {count}",
                    "Delegation visits in {year}: {count}"),
    "by_direction": ("Візити за напрямом", "Visits by direction"),
    "direction": ("Напрям", "Direction"),
    "by_measure": ("Візити за заходами Програми", "Visits by measure of the programme"),
    "measure_code": ("Захід", "Measure"),
    "by_month": ("Візити за місяцями", "Visits by month"),
    "month": ("Місяць", "Month"),
    "count": ("Кількість", "Number"),
    "activities": ("Інші заходи (онлайн-зустрічі, публікації, закупівлі): {count}",
                   "Other activities (online meetings, publications, purchases): {count}"),
    "total": ("Усього", "Total"),
    "none": ("—", "—"),
}  # fmt: skip


def _w(key: str, language: Language) -> str:
    return in_language(WORDS, key, language)


# --- What both the PDF and the Word document say --------------------------------------------


def title_lines(report: AnnualReport, language: Language) -> tuple[str, str]:
    """The title in its two lines; read on, they are ``report.title(language)``."""
    programme = report.programme.get(language)
    second = _w("programme_year", language).format(programme=programme, year=report.year)
    return _w("title", language), second


def section_line(section: ReportSection, language: Language) -> str:
    """ "І. Міжнародне співробітництво" """
    number = section.number.strip().rstrip(".")
    title = section.title.get(language)
    return f"{number}. {title}" if number else title


def entry_lines(measure: ReportMeasure, language: Language) -> list[str]:
    """The measure's entries as the report prints them, one paragraph each: the dated
    sentence, led by a dash when there are several; "Заходи не здійснювались." for none."""
    records = measure.records
    if not records:
        return [NOTHING_DONE.get(language)]
    if len(records) == 1:
        return [records[0].text(language)]
    return [f"{DASH} {record.text(language)}" for record in records]


def signatory_lines(report: AnnualReport, language: Language) -> tuple[str, str]:
    """The position (left) and NAME SURNAME (right); a line to sign on when none is set."""
    signatory = report.signatory
    position = signatory.position.get(language)
    name = signatory.name_in(language) if signatory.name else ""
    return position, name or "_" * 20


@dataclass(frozen=True)
class StatisticsTable:
    """One small table of the annex: its heading, its two column headers and its lines."""

    heading: str
    headers: tuple[str, str]
    lines: tuple[tuple[str, str], ...]


def _counts(counts: tuple[Count, ...], language: Language) -> tuple[tuple[str, str], ...]:
    return tuple((c.label.get(language) or c.key, str(c.count)) for c in counts)


def statistics_tables(statistics: ReportStatistics, language: Language
                      ) -> tuple[str, tuple[StatisticsTable | str, ...]]:  # fmt: skip
    """The annex's heading, and its parts in order: tables and lines of text."""
    w = _w
    count = w("count", language)
    agreements = StatisticsTable(
        w("agreements_on", language).format(on=date_text(statistics.on, language)),
        ("", count),
        ((w("agreements", language), str(statistics.agreements_in_force)),
         (w("communities", language), str(statistics.partner_communities)),
         (w("countries", language), str(statistics.partner_countries))),
    )  # fmt: skip
    parts: list[StatisticsTable | str] = [
        agreements,
        StatisticsTable(w("by_country", language), (w("country", language), count),
                        _counts(statistics.agreements_by_country, language)),
        StatisticsTable(w("by_type", language), (w("type", language), count),
                        _counts(statistics.agreements_by_type, language)),
        w("delegations", language).format(year=statistics.year, count=statistics.delegations),
        StatisticsTable(w("by_direction", language), (w("direction", language), count),
                        _counts(statistics.delegations_by_direction, language)),
        StatisticsTable(w("by_measure", language), (w("measure_code", language), count),
                        _counts(statistics.delegations_by_measure, language)),
        StatisticsTable(w("by_month", language), (w("month", language), count),
                        _counts(statistics.delegations_by_month, language)),
        w("activities", language).format(count=statistics.activities),
    ]  # fmt: skip
    return w("annex", language).format(year=statistics.year), tuple(parts)


# --- The PDF --------------------------------------------------------------------------------


class _Continuation(Spacer):  # type: ignore[misc]  # reportlab has no types
    """The empty code cell of a measure's second and later entries. Should the table go on
    to a new page at such a row, that page's row says the measure's code and "(continued)"."""

    def __init__(self, code: str, words: str, style: ParagraphStyle, note: ParagraphStyle):
        super().__init__(1, 1)
        self.code = code
        self.words = words
        self.style = style
        self.note = note


class ReportTable(PagedTable):  # type: ignore[misc]  # reportlab has no types
    """The report's table: when the rest of a measure starts a page, its first row is
    labelled with the measure's code and "(продовження)"."""

    def onSplit(self, T: Any, byRow: int = 1) -> None:
        # Each part ends a page or the table: close it with a line (reportlab keeps its
        # "splitlast" line for the first part of a table only).
        T.setStyle(TableStyle([("LINEBELOW", (0, -1), (-1, -1), 0.5, GRID)]))
        rows = T._cellvalues
        first = T.repeatRows
        if len(rows) <= first:
            return
        cell = rows[first][0]
        if isinstance(cell, list | tuple) and len(cell) == 1:
            cell = cell[0]
        if isinstance(cell, _Continuation):
            rows[first] = [Paragraph(text(cell.code), cell.style),
                           Paragraph(text(cell.words), cell.note), *rows[first][2:]]  # fmt: skip


def _height(flowables: list[Flowable], width: float) -> float:
    return sum(f.wrap(width, 10_000)[1] for f in flowables)


def _table(report: AnnualReport, language: Language) -> ReportTable:
    s = styles()
    cell = s.cell
    code_style = ParagraphStyle("report_code", parent=s.cell, alignment=1)
    note = ParagraphStyle("report_continued", parent=s.cell_small, fontName=f"{SERIF}-Italic",
                          textColor=colors.HexColor("#444444"))  # fmt: skip
    entry = ParagraphStyle("report_entry", parent=s.cell, spaceAfter=3)
    section_style = ParagraphStyle("report_section", parent=s.cell_bold, alignment=1)
    header = [Paragraph(text(_w(key, language)), s.header_cell)
              for key in ("number", "measure", "done")]  # fmt: skip
    rows: list[list[Any]] = [header]
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), SERIF),
        ("BOX", (0, 0), (-1, -1), 0.5, GRID),
        ("LINEAFTER", (0, 0), (1, -1), 0.5, GRID),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        # A page that ends inside a measure closes its table with a line.
        ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), 0.5, GRID),
    ]
    continued = _w("continued", language)
    for section in report.sections:
        at = len(rows)
        rows.append([Paragraph(text(section_line(section, language)), section_style), "", ""])
        commands += [("SPAN", (0, at), (-1, at)), ("BACKGROUND", (0, at), (-1, at), SECTION_FILL),
                     ("LINEBELOW", (0, at), (-1, at), 0.5, GRID)]  # fmt: skip
        if section.measures:
            commands.append(("NOSPLIT", (0, at), (-1, at + 1)))  # a section row never ends a page
        for measure in section.measures:
            first = len(rows)
            title = paragraphs(measure.title.get(language), cell)
            done = [paragraphs(line, entry) for line in entry_lines(measure, language)]
            # The first row holds as many entries as the title is tall (no gap under the
            # first entry); every further entry is a row of its own.
            room = _height(title, COLUMNS[1] - 6)
            take = 1
            while take < len(done) and _height([f for d in done[:take] for f in d],
                                               COLUMNS[2] - 6) < room:  # fmt: skip
                take += 1
            rows.append([Paragraph(text(measure.code), code_style), title,
                         [f for d in done[:take] for f in d]])  # fmt: skip
            for more in done[take:]:
                rows.append([_Continuation(measure.code, continued, code_style, note), "",
                             more])  # fmt: skip
                at = len(rows) - 1
                commands += [("TOPPADDING", (0, at), (-1, at), 0),
                             ("BOTTOMPADDING", (0, at - 1), (-1, at - 1), 0)]  # fmt: skip
            last = len(rows) - 1
            commands.append(("LINEBELOW", (0, last), (-1, last), 0.5, GRID))
            if last > first:
                # Two entries at least with the measure's title before the page ends.
                commands.append(("NOSPLIT", (0, first), (-1, first + 1)))
    table = ReportTable(rows, colWidths=list(COLUMNS), repeatRows=1, splitByRow=1, splitInRow=1)
    table.setStyle(TableStyle(commands))
    return table


def _annex(statistics: ReportStatistics, language: Language) -> list[Flowable]:
    s = styles()
    title, parts = statistics_tables(statistics, language)
    story: list[Flowable] = [PageBreak(), Paragraph(text(title), s.title), Spacer(1, 3 * mm)]
    right = s.cell_right
    for part in parts:
        if isinstance(part, str):
            story += [CondPageBreak(12 * mm), Paragraph(text(part), s.heading)]
            continue
        story += [CondPageBreak(30 * mm), Paragraph(text(part.heading), s.heading)]
        rows: list[list[Any]] = [[Paragraph(text(h), s.header_cell) for h in part.headers]]
        lines = part.lines or ((_w("none", language), ""),)
        rows += [[Paragraph(text(label), s.cell), Paragraph(text(value), right)]
                 for label, value in lines]  # fmt: skip
        story.append(
            grid_table(rows, (95 * mm, 30 * mm), extra=[("ALIGN", (0, 0), (-1, -1), "LEFT")])
        )
    return story


def annual_report_pdf(report: AnnualReport, language: Language,
                      statistics: ReportStatistics | None = None) -> bytes:  # fmt: skip
    """The report in ``language`` as PDF (A4 portrait), the statistics annex after the
    signature when ``statistics`` is given. The same report gives the same bytes."""
    s = styles()
    council = report.council.get(language)
    first, second = title_lines(report, language)
    look = replace(s, subtitle=ParagraphStyle("report_subtitle", parent=s.title, spaceAfter=5 * mm))
    story: list[Flowable] = heading(council, first, second, look)
    story.append(_table(report, language))
    position, name = signatory_lines(report, language)
    story += [Spacer(1, 12 * mm), signature_block(position, name, s)]
    if statistics is not None:
        story += _annex(statistics, language)
    info = DocumentInfo(
        title=report.title(language), language=language, author=council,
        subject=report.programme.get(language), footer=council,
    )  # fmt: skip
    return build_pdf(story, info)
