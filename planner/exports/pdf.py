"""What every printed document shares: the bundled fonts (Liberation Serif and Sans, metric
twins of Times New Roman and Arial with the whole Ukrainian alphabet, embedded in every PDF),
A4 pages with the margins of DSTU 4163 (30 mm left, 10 mm right, 20 mm top and bottom), the
paragraph styles, "Сторінка X з Y" / "Page X of Y" in the footer, the signature block, and
deterministic output (reportlab's invariant mode) with a title and a language in the PDF's
metadata.

Builders of documents import from here; nothing here reads the database or knows Qt.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from planner.domain.messages import Language

SERIF = "PlannerSerif"
SANS = "PlannerSans"
_FONT_FILES = {
    SERIF: "LiberationSerif-Regular.ttf",
    f"{SERIF}-Bold": "LiberationSerif-Bold.ttf",
    f"{SERIF}-Italic": "LiberationSerif-Italic.ttf",
    f"{SERIF}-BoldItalic": "LiberationSerif-BoldItalic.ttf",
    SANS: "LiberationSans-Regular.ttf",
    f"{SANS}-Bold": "LiberationSans-Bold.ttf",
}

PAGE = A4
LEFT, RIGHT, TOP, BOTTOM = 30 * mm, 10 * mm, 20 * mm, 20 * mm
WIDTH = PAGE[0] - LEFT - RIGHT  # the text's width on a page
GRID = colors.HexColor("#808080")
HEADER_FILL = colors.HexColor("#e8e8e8")
# Reportlab keeps a paragraph whole inside a table cell: one taller than a page stops the
# document (LayoutError). Long texts are cut into paragraphs of at most this many characters,
# each of which fits on a page in any column the documents use.
CELL_TEXT_LIMIT = 900


def fonts_folder() -> Path:
    return Path(str(resources.files("planner.resources").joinpath("fonts")))


_fonts_lock = threading.Lock()
_fonts_ready = False


def register_fonts() -> None:
    """Register the bundled fonts with reportlab once; they are embedded (subset) in every
    PDF that uses them. Documents are made off the window's thread, two at a time when the
    preview asks for another language: the lock keeps a second one from starting while the
    first has registered the fonts but not yet their families (reportlab then cannot find
    the italic of a font it knows, and the document fails)."""
    global _fonts_ready
    with _fonts_lock:
        if _fonts_ready:
            return
        folder = fonts_folder()
        for name, file in _FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / file)))
        pdfmetrics.registerFontFamily(SERIF, normal=SERIF, bold=f"{SERIF}-Bold",
                                      italic=f"{SERIF}-Italic", boldItalic=f"{SERIF}-BoldItalic")  # fmt: skip
        pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=f"{SANS}-Bold", italic=SANS,
                                      boldItalic=f"{SANS}-Bold")  # fmt: skip
        _fonts_ready = True


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of the documents (12 pt body, as DSTU 4163 asks: 12 to 14 pt)."""

    council: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle  # figures: quantities, money
    cell_bold_right: ParagraphStyle  # totals
    cell_small: ParagraphStyle
    header_cell: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    right: ParagraphStyle


def styles() -> Styles:
    register_fonts()

    def style(name: str, size: float, font: str = SERIF, **more: Any) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.2, **more)

    return Styles(
        council=style("council", 12, f"{SERIF}-Bold", alignment=TA_CENTER, spaceAfter=2 * mm),
        title=style("title", 14, f"{SERIF}-Bold", alignment=TA_CENTER, spaceAfter=2 * mm),
        subtitle=style("subtitle", 12, alignment=TA_CENTER, spaceAfter=5 * mm),
        heading=style(
            "heading", 12, f"{SERIF}-Bold", spaceBefore=4 * mm, spaceAfter=2 * mm, keepWithNext=1
        ),
        body=style("body", 12, alignment=TA_LEFT),
        cell=style("cell", 10.5),
        cell_bold=style("cell_bold", 10.5, f"{SERIF}-Bold"),
        cell_right=style("cell_right", 10.5, alignment=TA_RIGHT),
        cell_bold_right=style("cell_bold_right", 10.5, f"{SERIF}-Bold", alignment=TA_RIGHT),
        cell_small=style("cell_small", 9),
        header_cell=style("header_cell", 10.5, f"{SERIF}-Bold", alignment=TA_CENTER),
        small=style("small", 9),
        note=style("note", 10, f"{SERIF}-Italic", textColor=colors.HexColor("#444444")),
        right=style("right", 12, alignment=TA_RIGHT),
    )


def in_language(words: Mapping[str, tuple[str, str]], key: str, language: Language) -> str:
    """The Ukrainian or English of ``words[key]`` (a document's own (uk, en) word table)."""
    uk, en = words[key]
    return en if language == "en" else uk


def text(value: str) -> str:
    """Plain text as paragraph markup: ``<``, ``&`` and line breaks are kept as written."""
    return escape(value).replace("\n", "<br/>")


def paragraphs(value: str, style: ParagraphStyle, limit: int = CELL_TEXT_LIMIT) -> list[Flowable]:
    """``value`` as paragraphs, none longer than ``limit`` characters (cut at a line break
    or a space where there is one), so that no single paragraph outgrows a page."""
    pieces: list[Flowable] = []
    for block in value.split("\n\n") if value else [""]:
        rest = block
        while len(rest) > limit:
            cut = max(rest.rfind("\n", 0, limit), rest.rfind(" ", 0, limit))
            cut = cut if cut > limit // 2 else limit
            pieces.append(Paragraph(text(rest[:cut].rstrip()), style))
            rest = rest[cut:].lstrip()
        pieces.append(Paragraph(text(rest), style))
    return pieces


class PagedTable(Table):  # type: ignore[misc]  # reportlab has no types
    """A table that splits between rows, and inside a row only when that row is taller than
    a whole page.

    Reportlab's own ``splitInRow`` also cuts a row that would fit on the next page: the rest
    of a table split between rows then starts in the little room left on the same page, and
    its repeated header is drawn in the middle of the page. Here such a row moves to the next
    page with the header instead.
    """

    page_height = PAGE[1] - TOP - BOTTOM  # the text's height on a page

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        # The rows measured here are not measured again when the table is split right after
        # (reportlab would wrap every paragraph on the page twice); the parts inherit them.
        self._argH = list(self._rowHeights)
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._calc(availWidth, availHeight)
        if self._width > availWidth:
            return []
        header = sum(self._rowHeights[: self.repeatRows])
        # The first row that does not fit: split inside it only if no page could hold it.
        after = max(self._getFirstPossibleSplitRowPosition(availHeight), self.repeatRows)
        if after < len(self._rowHeights):
            height = self._rowHeights[after]
            if height is not None and header + height > self.page_height:
                result: list[Flowable] = self._splitRows(availHeight, doInRowSplit=1)
                return result
        parts: list[Flowable] = self._splitRows(availHeight, doInRowSplit=0)
        return parts  # empty when not even one row fits: the table moves to the next page


def grid_table(rows: Sequence[Sequence[Any]], widths: Sequence[float], *, header_rows: int = 1,
               extra: Iterable[tuple[Any, ...]] = ()) -> Table:  # fmt: skip
    """A table with a grid, its header rows shaded and repeated on every page, split between
    rows when it runs over a page (and inside a row only when the row is taller than a page)."""
    table = PagedTable(
        list(rows), colWidths=list(widths), repeatRows=header_rows, splitByRow=1, splitInRow=1
    )
    commands: list[tuple[Any, ...]] = [
        # Plain-text cells (an empty one too) would set reportlab's Helvetica, unembedded.
        ("FONTNAME", (0, 0), (-1, -1), SERIF),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands += [("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
                     ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE")]  # fmt: skip
    table.setStyle(TableStyle([*commands, *extra]))
    return table


def surname_first_capitals(given_names: str, family_name: str) -> str:
    """ "Олександр СИМЧИШИН": how a Ukrainian official document signs, given name first and
    the surname in capitals."""
    return " ".join(part for part in (given_names.split(" ")[0] if given_names else "",
                                       family_name.upper()) if part)  # fmt: skip


def heading(council: str, title: str, subtitle: str, style: Styles) -> list[Flowable]:
    """The council's name (when set), the document's title and the line under it."""
    lines: list[Flowable] = []
    if council.strip():
        lines.append(Paragraph(text(council.strip()), style.council))
    lines.append(Paragraph(text(title), style.title))
    lines.append(Paragraph(text(subtitle), style.subtitle))
    return lines


def signature_block(position: str, name: str, style: Styles) -> Table:
    """The position on the left, the NAME SURNAME on the right, with room to sign between."""
    table = Table([[Paragraph(text(position), style.body), "",
                    Paragraph(text(name), style.right)]],
                  colWidths=[WIDTH * 0.5, WIDTH * 0.2, WIDTH * 0.3])  # fmt: skip
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("FONTNAME", (0, 0), (-1, -1), SERIF),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))  # fmt: skip
    return table


PAGE_OF = {"uk": "Сторінка {page} з {pages}", "en": "Page {page} of {pages}"}


def _numbered_canvas(language: Language, footer: str, page_words: str = "") -> type[Canvas]:
    """A canvas that writes "Сторінка X з Y" on every page once it knows Y."""
    words = page_words or PAGE_OF.get(language, PAGE_OF["uk"])

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no types
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(SERIF, 9)
                self.setFillColor(colors.HexColor("#444444"))
                self.drawRightString(PAGE[0] - RIGHT, BOTTOM / 2,
                                     words.format(page=self._pageNumber, pages=total))  # fmt: skip
                if footer:
                    self.drawString(LEFT, BOTTOM / 2, footer)
                super().showPage()
            super().save()

    return NumberedCanvas


@dataclass(frozen=True)
class DocumentInfo:
    """What the PDF says about itself: its title, its language (BCP 47: "uk", "en"), who made
    it, and the footer's left part (e.g. the council's name)."""

    title: str
    language: Language
    author: str = ""
    subject: str = ""
    footer: str = ""
    # The page numbers' words when not the language's own, e.g. a bilingual document's
    # "Сторінка {page} з {pages} / Page {page} of {pages}".
    page_words: str = ""


def build_pdf(story: list[Flowable], info: DocumentInfo, *,
              page_size: tuple[float, float] = PAGE,
              margins: tuple[float, float, float, float] = (LEFT, RIGHT, TOP, BOTTOM),
              numbered: bool = True,
              on_page: Callable[[Canvas, Any], None] | None = None) -> bytes:  # fmt: skip
    """The PDF of ``story``: deterministic (the same input gives the same bytes), fonts
    embedded, title and language in its metadata, pages numbered "X of Y" when ``numbered``."""
    register_fonts()
    buffer = io.BytesIO()
    left, right, top, bottom = margins
    document = BaseDocTemplate(
        buffer, pagesize=page_size, leftMargin=left, rightMargin=right, topMargin=top,
        bottomMargin=bottom, title=info.title, author=info.author, subject=info.subject,
        creator="Delegation planner", producer="Delegation planner", invariant=1,
        lang=info.language, displayDocTitle=1, initialFontName=SERIF,
    )  # fmt: skip
    frame = Frame(left, bottom, page_size[0] - left - right, page_size[1] - top - bottom,
                  id="text", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip
    document.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page or _none)])
    canvas = _numbered_canvas(info.language, info.footer, info.page_words) if numbered else Canvas
    document.build(story or [Spacer(1, 1)], canvasmaker=canvas)
    return buffer.getvalue()


def _none(_canvas: Canvas, _document: Any) -> None:
    """No drawing of its own on the page."""
