"""The annual report on the programme's implementation as a Word document, for the office to
edit before it is signed: the same words as the PDF (``annual_report``) in a real Word table.

A4 with the margins of DSTU 4163 (30 mm left, 10 mm right, 20 mm top and bottom), Times New
Roman 14 pt (12 pt in the tables), the title centred in bold, a table of three columns whose
header row repeats on every page, a section as one merged row, each measure as one row with
each of its entries a paragraph of the implementation cell; the signature line with the
position on the left and NAME SURNAME on the right (a right tab stop); the statistics annex on
a page of its own when asked for.

The same report gives the same bytes: the document's dates are the report year's last day and
the archive's entries are dated the same.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph

from planner.domain.messages import Language
from planner.domain.report import AnnualReport, ReportStatistics
from planner.exports.annual_report import (
    WORDS,
    entry_lines,
    section_line,
    signatory_lines,
    statistics_tables,
    title_lines,
)
from planner.exports.pdf import in_language

__all__ = ["annual_report_docx"]

FONT = "Times New Roman"
BODY_SIZE = Pt(14)
TABLE_SIZE = Pt(12)
TEXT_WIDTH = Mm(170)  # 210 mm less 30 mm and 10 mm
COLUMNS = (Mm(13), Mm(51), Mm(106))
ANNEX_COLUMNS = (Mm(110), Mm(35))
SECTION_FILL = "F3F3F3"
HEADER_FILL = "E8E8E8"


def _set_font(style_font: object, size: Pt) -> None:
    font = style_font
    font.name = FONT  # type: ignore[attr-defined]
    font.size = size  # type: ignore[attr-defined]


def _fonts_everywhere(document: DocumentObject) -> None:
    """Times New Roman for Latin and Cyrillic alike (Word picks the font of a script from
    the rFonts attributes), 14 pt, single spacing, no space after a paragraph."""
    normal = document.styles["Normal"]
    _set_font(normal.font, BODY_SIZE)  # type: ignore[attr-defined]
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "uk-UA")
    rpr.append(lang)
    layout = normal.paragraph_format  # type: ignore[attr-defined]
    layout.space_before = Pt(0)
    layout.space_after = Pt(0)
    layout.line_spacing = 1.0


def _page(document: DocumentObject) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(30), Mm(10)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)


def _paragraph(target: DocumentObject | _Cell, value: str, *, bold: bool = False,
               size: Pt | None = None, align: WD_ALIGN_PARAGRAPH | None = None,
               first: bool = False) -> Paragraph:  # fmt: skip
    """A paragraph of ``value``; in a cell the first one reuses the cell's empty paragraph."""
    if first and isinstance(target, _Cell):
        paragraph = target.paragraphs[0]
    else:
        paragraph = target.add_paragraph()
    run = paragraph.add_run(value)
    run.bold = bold or None
    if size is not None:
        run.font.size = size
    if align is not None:
        paragraph.alignment = align
    return paragraph


def _shade(cell: _Cell, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def _repeat_as_header(row: _Row) -> None:
    """Word repeats this row at the top of every page the table runs onto."""
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _widths(table: Table, widths: tuple[int, ...]) -> None:
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def _grid(document: DocumentObject, columns: int) -> Table:
    table = document.add_table(rows=0, cols=columns)
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    return table


def _measures_table(document: DocumentObject, report: AnnualReport, language: Language) -> None:
    table = _grid(document, 3)
    header = table.add_row()
    _repeat_as_header(header)
    for cell, key in zip(header.cells, ("number", "measure", "done"), strict=True):
        _paragraph(cell, in_language(WORDS, key, language), bold=True, size=TABLE_SIZE,
                   align=WD_ALIGN_PARAGRAPH.CENTER, first=True)  # fmt: skip
        _shade(cell, HEADER_FILL)
    for section in report.sections:
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[2])
        _paragraph(merged, section_line(section, language), bold=True, size=TABLE_SIZE,
                   align=WD_ALIGN_PARAGRAPH.CENTER, first=True)  # fmt: skip
        _shade(merged, SECTION_FILL)
        for measure in section.measures:
            code, title, done = table.add_row().cells
            _paragraph(code, measure.code, size=TABLE_SIZE, align=WD_ALIGN_PARAGRAPH.CENTER,
                       first=True)  # fmt: skip
            _paragraph(title, measure.title.get(language), size=TABLE_SIZE, first=True)
            for n, line in enumerate(entry_lines(measure, language)):
                paragraph = _paragraph(done, line, size=TABLE_SIZE, first=n == 0,
                                       align=WD_ALIGN_PARAGRAPH.JUSTIFY)  # fmt: skip
                paragraph.paragraph_format.space_after = Pt(3)
    _widths(table, COLUMNS)


def _signature(document: DocumentObject, report: AnnualReport, language: Language) -> None:
    position, name = signatory_lines(report, language)
    document.add_paragraph()
    document.add_paragraph()
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
    paragraph.paragraph_format.keep_together = True
    paragraph.add_run(f"{position}\t{name}")


def _annex(document: DocumentObject, statistics: ReportStatistics, language: Language) -> None:
    title, parts = statistics_tables(statistics, language)
    opening = document.add_paragraph()
    opening.add_run().add_break(WD_BREAK.PAGE)
    heading = _paragraph(document, title, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    heading.paragraph_format.space_after = Pt(6)
    for part in parts:
        if isinstance(part, str):
            line = _paragraph(document, part)
            line.paragraph_format.space_before = Pt(10)
            continue
        line = _paragraph(document, part.heading, bold=True)
        line.paragraph_format.space_before = Pt(10)
        line.paragraph_format.space_after = Pt(3)
        line.paragraph_format.keep_with_next = True
        table = _grid(document, 2)
        header = table.add_row()
        _repeat_as_header(header)
        for cell, value in zip(header.cells, part.headers, strict=True):
            _paragraph(cell, value, bold=True, size=TABLE_SIZE, first=True,
                       align=WD_ALIGN_PARAGRAPH.CENTER)  # fmt: skip
            _shade(cell, HEADER_FILL)
        for label, value in part.lines or ((in_language(WORDS, "none", language), ""),):
            left, right = table.add_row().cells
            _paragraph(left, label, size=TABLE_SIZE, first=True)
            _paragraph(right, value, size=TABLE_SIZE, first=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
        _widths(table, ANNEX_COLUMNS)


def _fixed_zip(data: bytes, stamp: tuple[int, int, int, int, int, int]) -> bytes:
    """The same archive with every entry dated ``stamp``: python-docx dates them now."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:  # fmt: skip
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


def annual_report_docx(report: AnnualReport, language: Language,
                       statistics: ReportStatistics | None = None) -> bytes:  # fmt: skip
    """The report in ``language`` as a .docx, the statistics annex on a new page after the
    signature when ``statistics`` is given. The same report gives the same bytes."""
    document = Document()
    _page(document)
    _fonts_everywhere(document)
    council = report.council.get(language)
    if council:
        _paragraph(document, council, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for line in title_lines(report, language):
        _paragraph(document, line, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    document.add_paragraph()
    _measures_table(document, report, language)
    _signature(document, report, language)
    if statistics is not None:
        _annex(document, statistics, language)

    stamp = datetime(report.year, 12, 31)
    core = document.core_properties
    core.author = council
    core.last_modified_by = council
    core.title = report.title(language)
    core.subject = report.programme.get(language)
    core.language = "uk-UA" if language == "uk" else "en-GB"
    core.created = core.modified = stamp
    core.last_printed = stamp
    core.revision = 1
    core.comments = ""
    core.keywords = ""
    core.category = ""
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip(buffer.getvalue(), (report.year, 12, 31, 0, 0, 0))
