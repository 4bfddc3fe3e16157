"""Name badges and folded table cards as PDF: an A4 sheet of ten 90 × 55 mm badge inserts with
cut marks, and one A4 landscape table card per page, folded along its middle, whose upper half
is printed upside down so that the name reads right from both sides of the table.

Names are never cut: they shrink until they fit the width on one line, or on two when that
gives clearly larger type. Fonts are the bundled Liberation Sans (embedded); the output is
deterministic (reportlab's invariant mode) with a title and a language in its metadata.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from planner.domain.badges import Badge, PrintLanguage, TentCard, in_language
from planner.domain.messages import Language, enum_label
from planner.exports.pdf import SANS, register_fonts

BOLD = f"{SANS}-Bold"
LEADING = 1.15  # line height as a multiple of the type size
INK = colors.black
GREY_INK = colors.HexColor("#404040")
RULE = colors.HexColor("#808080")
BAND = colors.HexColor("#e0e0e0")
OUTLINE = colors.HexColor("#c8c8c8")

# The common insert size of badge holders, ten to an A4 sheet, centred on the page.
BADGE_WIDTH, BADGE_HEIGHT = 90 * mm, 55 * mm
COLUMNS, ROWS = 2, 5
BADGES_PER_PAGE = COLUMNS * ROWS
BADGE_PADDING = 4 * mm
BADGE_TEXT_WIDTH = BADGE_WIDTH - 2 * BADGE_PADDING
BADGE_NAME_SIZE = 20.0
_SHEET_LEFT = (A4[0] - COLUMNS * BADGE_WIDTH) / 2
_SHEET_BOTTOM = (A4[1] - ROWS * BADGE_HEIGHT) / 2
_MARK_GAP, _MARK_LENGTH = 2 * mm, 5 * mm
_HEADER_TOP, _HEADER_BOTTOM = 2.5 * mm, 11 * mm  # from the badge's top
_RULE_AT = 12 * mm  # from the badge's top
_BAND_HEIGHT = 7 * mm  # the role's band at the badge's foot

CARD_PAGE = landscape(A4)
CARD_SIDE_MARGIN = 15 * mm
CARD_TEXT_WIDTH = CARD_PAGE[0] - 2 * CARD_SIDE_MARGIN
CARD_NAME_SIZE = 60.0
# The lower face's text keeps 12 mm from the table's edge and from the fold.
CARD_FACE_TOP, CARD_FACE_BOTTOM = CARD_PAGE[1] / 2 - 12 * mm, 12 * mm

_WORDS = {
    "badges": ("Бейджі", "Name badges"),
    "tent_cards": ("Настільні картки", "Table cards"),
    "nobody": ("Учасників немає.", "No participants."),
}


@dataclass(frozen=True)
class FittedText:
    """A text broken into lines at a type size chosen so that every line fits."""

    lines: tuple[str, ...]
    font: str
    size: float

    @property
    def height(self) -> float:
        return len(self.lines) * self.size * LEADING

    def widest(self) -> float:
        return max((stringWidth(line, self.font, self.size) for line in self.lines), default=0.0)


def _round_down(size: float) -> float:
    return math.floor(size * 10) / 10


def name_splits(name: str) -> list[tuple[str, ...]]:
    """The ways a name may be printed: on one line, or on two broken at a space (at a hyphen,
    kept on the first line, only when the name has no space)."""
    words = name.split(" ")
    splits: list[tuple[str, ...]] = [(name,)]
    if len(words) > 1:
        splits += [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    else:
        splits += [(name[: i + 1], name[i + 1 :]) for i, c in enumerate(name[:-1]) if c == "-"]
    return splits


def fit_name(name: str, font: str, width: float, height: float, max_size: float) -> FittedText:
    """The name at the largest size up to ``max_size`` at which it fits ``width`` and
    ``height``, on one line, or on two when two give type at least a fifth larger. It is never
    cut: a very long name only gets smaller."""
    best: FittedText | None = None
    one_line_size = 0.0
    for lines in name_splits(name):
        widest = max(stringWidth(line, font, 1.0) for line in lines) or 1.0
        size = _round_down(min(max_size, width / widest, height / (len(lines) * LEADING)))
        if len(lines) == 1:
            one_line_size = size
            best = FittedText(lines, font, size)
        elif size > one_line_size * 1.2 and (best is None or size > best.size):
            best = FittedText(lines, font, size)
    assert best is not None
    return best


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap; a word wider than the line is broken between letters."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if stringWidth(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while stringWidth(current, font, size) > width and len(current) > 1:
            cut = len(current) - 1
            while cut > 1 and stringWidth(current[:cut], font, size) > width:
                cut -= 1
            lines.append(current[:cut])
            current = current[cut:]
    if current:
        lines.append(current)
    return lines


def fit_text(text: str, font: str, width: float, max_size: float, min_size: float,
             max_lines: int) -> FittedText:  # fmt: skip
    """``text`` in at most ``max_lines`` lines of ``width``, at the largest size from
    ``max_size`` down to ``min_size``; what still does not fit at ``min_size`` ends in "…"."""
    size = max_size
    while True:
        lines = _wrap(text, font, size, width)
        if len(lines) <= max_lines or size <= min_size:
            break
        size = max(min_size, size - 0.25)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1].rstrip(" ,;")
        while last and stringWidth(last + "…", font, size) > width:
            last = last[:-1].rstrip(" ,;")
        lines[-1] = last + "…"
    return FittedText(tuple(lines), font, size)


def fit_line(text: str, font: str, width: float, max_size: float) -> FittedText:
    """``text`` whole on one line, as large as ``width`` allows up to ``max_size``."""
    widest = stringWidth(text, font, 1.0) or 1.0
    return FittedText((text,), font, _round_down(min(max_size, width / widest)))


def fit_block(texts: Sequence[tuple[str, str]], width: float, height: float, max_size: float,
              min_size: float) -> list[FittedText]:  # fmt: skip
    """Several (text, font) at one size, the largest from ``max_size`` down to ``min_size`` at
    which they fit ``width`` × ``height`` together; at ``min_size`` each keeps an equal share
    of the lines and ends in "…" beyond it."""
    size = max_size
    while True:
        wrapped = [_wrap(text, font, size, width) for text, font in texts]
        if sum(len(lines) for lines in wrapped) * size * LEADING <= height or size <= min_size:
            break
        size = max(min_size, size - 0.25)
    share = max(1, int(height // (size * LEADING)) // max(1, len(texts)))
    return [fit_text(text, font, width, size, size, share) for text, font in texts]


@dataclass(frozen=True)
class _Wanted:
    """A text of a badge or a card below the name, with the sizes it may take."""

    text: str
    font: str
    max_size: float
    min_size: float
    max_lines: int
    color: colors.Color
    gap_before: float  # space above it, as a multiple of its size
    whole: bool = False  # a name: on one line, never cut, only shrunk (no ``min_size``)


@dataclass(frozen=True)
class _Placed:
    fitted: FittedText
    color: colors.Color
    gap_before: float  # points


@dataclass(frozen=True)
class PrintedLine:
    """One line as it is drawn: centred on ``centre_x``, its line box from ``bottom`` up by
    ``size`` × LEADING (the baseline a little above ``bottom``, for the descenders)."""

    text: str
    font: str
    size: float
    centre_x: float
    bottom: float
    color: colors.Color

    @property
    def top(self) -> float:
        return self.bottom + self.size * LEADING

    @property
    def baseline(self) -> float:
        return self.bottom + self.size * 0.22

    @property
    def width(self) -> float:
        return float(stringWidth(self.text, self.font, self.size))


def _fitted(wanted: Sequence[_Wanted], width: float) -> list[_Placed]:
    placed = []
    for want in wanted:
        if not want.text:
            continue
        if want.whole:
            fitted = fit_line(want.text, want.font, width, want.max_size)
        else:
            fitted = fit_text(want.text, want.font, width, want.max_size, want.min_size,
                              want.max_lines)  # fmt: skip
        placed.append(_Placed(fitted, want.color, want.gap_before * fitted.size))
    return placed


def _stack(name: str, wanted: Sequence[_Wanted], width: float, height: float,
           name_max: float) -> list[_Placed]:  # fmt: skip
    """The name (as large as the room the texts under it leave, up to ``name_max``) and the
    texts under it. Their sizes and line counts are bounded so that, at their smallest, the
    name keeps room for two lines of legible type (the tests hold the layouts to it)."""
    below = _fitted(wanted, width)
    room = height - sum(p.fitted.height + p.gap_before for p in below)
    return [_Placed(fit_name(name, BOLD, width, room, name_max), INK, 0.0), *below]


def _lines(placed: Sequence[_Placed], centre_x: float, top: float,
           height: float) -> list[PrintedLine]:  # fmt: skip
    """The lines of ``placed`` centred on ``centre_x``, the whole stack centred vertically in
    ``height`` below ``top``."""
    total = sum(p.fitted.height + p.gap_before for p in placed)
    y = top - max(0.0, (height - total) / 2)
    lines = []
    for part in placed:
        y -= part.gap_before
        for line in part.fitted.lines:
            y -= part.fitted.size * LEADING
            lines.append(PrintedLine(line, part.fitted.font, part.fitted.size, centre_x, y,
                                     part.color))  # fmt: skip
    return lines


def _draw(canvas: Canvas, lines: Sequence[PrintedLine]) -> None:
    for line in lines:
        canvas.setFillColor(line.color)
        canvas.setFont(line.font, line.size)
        canvas.drawCentredString(line.centre_x, line.baseline, line.text)


def _pdf_language(language: PrintLanguage) -> Language:
    return "en" if language == "en" else "uk"


def _title(kind: str, subject: str, language: PrintLanguage) -> str:
    uk, en = _WORDS[kind]
    words = {"uk": uk, "en": en, "uk+en": f"{uk} / {en}"}[language]
    return f"{words}: {subject}" if subject else words


def _canvas(buffer: io.BytesIO, page_size: tuple[float, float], title: str,
            language: PrintLanguage) -> Canvas:  # fmt: skip
    """A canvas with what build_pdf gives every document: invariant output, the title and
    the language in the metadata, the title shown by viewers."""
    register_fonts()
    canvas = Canvas(buffer, pagesize=page_size, invariant=1, lang=_pdf_language(language),
                    initialFontName=SANS, pageCompression=1)  # fmt: skip
    canvas.setTitle(title)
    canvas.setAuthor("")
    canvas.setCreator("Delegation planner")
    canvas.setProducer("Delegation planner")
    canvas.setViewerPreference("DisplayDocTitle", "true")
    return canvas


def _role_words(badge: Badge, language: PrintLanguage) -> str:
    uk, en = enum_label(badge.role, "uk"), enum_label(badge.role, "en")
    return " · ".join(in_language(uk, en, language))


def _nobody(canvas: Canvas, page_size: tuple[float, float], language: PrintLanguage) -> None:
    uk, en = _WORDS["nobody"]
    canvas.setFont(SANS, 14)
    canvas.setFillColor(GREY_INK)
    canvas.drawCentredString(page_size[0] / 2, page_size[1] / 2,
                             " / ".join(in_language(uk, en, language)))  # fmt: skip
    canvas.showPage()


# Badges


@dataclass(frozen=True)
class BadgeLayout:
    """Where everything on one badge goes, in points from the badge's lower left corner."""

    header: tuple[PrintedLine, ...]  # the delegation, above the rule
    body: tuple[PrintedLine, ...]  # the name, its other spelling, position, organisation
    role: PrintedLine  # in the band at the foot
    body_top: float  # the room the body may take: from body_top down to body_bottom
    body_bottom: float


def badge_layout(badge: Badge, language: PrintLanguage) -> BadgeLayout:
    register_fonts()  # the fitting measures the texts in them
    width, height = BADGE_WIDTH, BADGE_HEIGHT
    titles = in_language(badge.delegation_uk, badge.delegation_en, language)
    header_room = _HEADER_BOTTOM - _HEADER_TOP
    fitted = fit_block([(title, SANS if i else BOLD) for i, title in enumerate(titles)],
                       BADGE_TEXT_WIDTH, header_room, 7.5, 5.0)  # fmt: skip
    header = [_Placed(f, INK if i == 0 else GREY_INK, 0.0) for i, f in enumerate(fitted)]
    header_lines = _lines(header, width / 2, height - _HEADER_TOP, header_room)
    positions = in_language(badge.position_uk, badge.position_en, language)
    wanted = [_Wanted(badge.names.second_name, SANS, 10.0, 0.0, 1, GREY_INK, 0.15, whole=True)]
    wanted += [
        _Wanted(position, SANS, 8.5, 6.0, 2, INK if i == 0 else GREY_INK, 0.5 if i == 0 else 0.1)
        for i, position in enumerate(positions)
    ]  # fmt: skip
    wanted.append(_Wanted(badge.organisation, SANS, 7.5, 5.5, 2, GREY_INK, 0.3))
    top, bottom = height - _RULE_AT - 1 * mm, _BAND_HEIGHT + 1 * mm
    stack = _stack(badge.names.name, wanted, BADGE_TEXT_WIDTH, top - bottom, BADGE_NAME_SIZE)
    role = fit_text(_role_words(badge, language).upper(), BOLD, BADGE_TEXT_WIDTH, 7.0, 5.0, 1)
    role_line = PrintedLine(role.lines[0], role.font, role.size, width / 2,
                            (_BAND_HEIGHT - role.size * LEADING) / 2, INK)  # fmt: skip
    return BadgeLayout(tuple(header_lines), tuple(_lines(stack, width / 2, top, top - bottom)),
                       role_line, top, bottom)  # fmt: skip


def _draw_badge(canvas: Canvas, badge: Badge, language: PrintLanguage) -> None:
    """One badge with its lower left corner at the canvas's origin."""
    layout = badge_layout(badge, language)
    width, height, pad = BADGE_WIDTH, BADGE_HEIGHT, BADGE_PADDING
    canvas.setStrokeColor(OUTLINE)
    canvas.setLineWidth(0.3)
    canvas.rect(0, 0, width, height, stroke=1, fill=0)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(pad, height - _RULE_AT, width - pad, height - _RULE_AT)
    canvas.setFillColor(BAND)
    canvas.rect(0, 0, width, _BAND_HEIGHT, stroke=0, fill=1)
    _draw(canvas, [*layout.header, *layout.body, layout.role])


def _cut_marks(canvas: Canvas) -> None:
    """Short lines in the margins along every cut, clear of the badges themselves."""
    left, bottom = _SHEET_LEFT, _SHEET_BOTTOM
    right, top = left + COLUMNS * BADGE_WIDTH, bottom + ROWS * BADGE_HEIGHT
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.4)
    for column in range(COLUMNS + 1):
        x = left + column * BADGE_WIDTH
        canvas.line(x, top + _MARK_GAP, x, top + _MARK_GAP + _MARK_LENGTH)
        canvas.line(x, bottom - _MARK_GAP, x, bottom - _MARK_GAP - _MARK_LENGTH)
    for row in range(ROWS + 1):
        y = bottom + row * BADGE_HEIGHT
        canvas.line(left - _MARK_GAP, y, left - _MARK_GAP - _MARK_LENGTH, y)
        canvas.line(right + _MARK_GAP, y, right + _MARK_GAP + _MARK_LENGTH, y)


def badges_pdf(badges: Sequence[Badge], language: PrintLanguage, *, subject: str = "") -> bytes:
    """Badges ten to an A4 sheet (2 columns × 5 rows of 90 × 55 mm, in the order given, row
    by row), with cut marks; a sheet saying there is nobody when ``badges`` is empty.
    ``subject`` (by default the first badge's delegation) goes into the PDF's title."""
    buffer = io.BytesIO()
    if not subject and badges:
        head = badges[0]
        titles = in_language(head.delegation_uk, head.delegation_en, _pdf_language(language))
        subject = titles[0] if titles else ""
    canvas = _canvas(buffer, A4, _title("badges", subject, language), language)
    if not badges:
        _nobody(canvas, A4, language)
    for first in range(0, len(badges), BADGES_PER_PAGE):
        for index, badge in enumerate(badges[first : first + BADGES_PER_PAGE]):
            row, column = divmod(index, COLUMNS)
            canvas.saveState()
            canvas.translate(_SHEET_LEFT + column * BADGE_WIDTH,
                             _SHEET_BOTTOM + (ROWS - 1 - row) * BADGE_HEIGHT)  # fmt: skip
            _draw_badge(canvas, badge, language)
            canvas.restoreState()
        _cut_marks(canvas)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# Table cards


def tent_card_layout(card: TentCard, language: PrintLanguage) -> tuple[PrintedLine, ...]:
    """The lines of the card's lower face, in points on the landscape page; the upper face
    is the same turned half a turn about the page's centre."""
    register_fonts()  # the fitting measures the texts in them
    positions = in_language(card.position_uk, card.position_en, language)
    wanted = [_Wanted(card.names.second_name, SANS, 30.0, 0.0, 1, GREY_INK, 0.2, whole=True)]
    wanted += [
        _Wanted(position, SANS, 20.0 if i == 0 else 17.0, 12.0, 2, INK if i == 0 else GREY_INK,
                0.7 if i == 0 else 0.2)
        for i, position in enumerate(positions)
    ]  # fmt: skip
    top, bottom = CARD_FACE_TOP, CARD_FACE_BOTTOM
    stack = _stack(card.names.name, wanted, CARD_TEXT_WIDTH, top - bottom, CARD_NAME_SIZE)
    return tuple(_lines(stack, CARD_PAGE[0] / 2, top, top - bottom))


def tent_cards_pdf(cards: Sequence[TentCard], language: PrintLanguage, *,
                   subject: str = "") -> bytes:  # fmt: skip
    """One table card per A4 landscape page, to be folded along the dashed middle line: the
    same face on both halves, the upper one turned upside down. ``subject`` (the delegation's
    title) goes into the PDF's title."""
    buffer = io.BytesIO()
    canvas = _canvas(buffer, CARD_PAGE, _title("tent_cards", subject, language), language)
    if not cards:
        _nobody(canvas, CARD_PAGE, language)
    width, height = CARD_PAGE
    for card in cards:
        face = tent_card_layout(card, language)
        _draw(canvas, face)
        canvas.saveState()
        canvas.translate(width, height)
        canvas.rotate(180)
        _draw(canvas, face)
        canvas.restoreState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.setDash(3, 3)
        canvas.line(0, height / 2, width, height / 2)
        canvas.setDash()
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
