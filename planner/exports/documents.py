"""A delegation's printed documents as PDF: the visit programme (Ukrainian, English, or both
side by side), the participant list, and the checklist.

Each builder takes a ``PrintedVisit`` (plain read models, already free of personal data) and
returns the PDF's bytes: A4 with the margins of DSTU 4163, the council's name, the document's
title, the delegation, its dates and place at the top, tables whose header repeats on every
page, "Сторінка X з Y" at the foot, the head of department's signature at the end.

In a bilingual document every cell holds the Ukrainian text with the English under it in
italics; a field with only one language prints once. Cancelled agenda items are left out of
the programme (it is what people hold during the visit). A text too long for any page never
stops the document: long texts are cut into paragraphs that the table splits across pages,
and should reportlab still give up (LayoutError) the document is made again with long texts
shortened, saying so at its top.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer
from reportlab.platypus.doctemplate import LayoutError

from planner.domain.messages import Language, enum_label
from planner.domain.printing import (
    ROLE_GROUPS,
    Bilingual,
    DocumentLanguage,
    PrintedItem,
    PrintedParticipant,
    PrintedPerson,
    PrintedTask,
    PrintedVisit,
    Travel,
    by_role,
    clock,
    date_range_text,
    day_heading,
    languages_of,
    latin_form,
    missing_translations,
    numeric_date,
    time_span,
    word,
)
from planner.exports.pdf import (
    SERIF,
    DocumentInfo,
    build_pdf,
    grid_table,
    paragraphs,
    signature_block,
    styles,
    text,
)

__all__ = ["checklist_pdf", "missing_translations", "participants_pdf", "programme_pdf"]

# Column widths of the programme (170 mm in all): time, event, venue, responsible, participants.
PROGRAMME_COLUMNS = (22 * mm, 47 * mm, 36 * mm, 30 * mm, 35 * mm)
PARTICIPANT_COLUMNS = (8 * mm, 40 * mm, 46 * mm, 28 * mm, 28 * mm, 20 * mm)
CHECKLIST_COLUMNS = (8 * mm, 66 * mm, 26 * mm, 20 * mm, 28 * mm, 22 * mm)
PROGRAMME_WIDTH = sum(PROGRAMME_COLUMNS)
GROUP_FILL = colors.HexColor("#f3f3f3")
ENGLISH_INK = colors.HexColor("#333333")
# When reportlab gives up on a document anyway: the longest text a cell keeps, first a
# little shorter, then much shorter.
SHORTENED = (600, 150)


class _Look:
    """The paragraph styles of one document and the language(s) it is printed in."""

    def __init__(self, language: DocumentLanguage, limit: int | None = None) -> None:
        self.language = language
        self.langs = languages_of(language)
        self.lead: Language = self.langs[0]
        self.limit = limit  # the longest text a cell keeps (a shortened document), or None
        self.shortened = False  # whether a text was shortened
        base = styles()
        self.base = base
        self.cell = base.cell
        self.bold = base.cell_bold
        self.header = base.header_cell
        self.english = ParagraphStyle("cell_en", parent=base.cell, fontName=f"{SERIF}-Italic",
                                      textColor=ENGLISH_INK)  # fmt: skip
        self.small = ParagraphStyle("cell_small", parent=base.cell, fontSize=9, leading=10.8,
                                    textColor=colors.HexColor("#333333"))  # fmt: skip
        self.small_english = ParagraphStyle("cell_small_en", parent=self.small,
                                            fontName=f"{SERIF}-Italic")  # fmt: skip
        self.bold_english = ParagraphStyle("cell_bold_en", parent=base.cell,
                                           fontName=f"{SERIF}-BoldItalic")  # fmt: skip
        self.group = ParagraphStyle("group", parent=base.cell_bold)
        # Kept with what follows by ``_room_for`` instead: reportlab's keepWithNext would
        # move a day's whole table, however long, to a page of its own.
        self.heading = ParagraphStyle("day", parent=base.heading, keepWithNext=0)
        self.subtitle_english = ParagraphStyle("subtitle_en", parent=base.subtitle,
                                               fontName=f"{SERIF}-Italic")  # fmt: skip

    # Words and texts in the document's language(s).

    def words(self, key: str, joiner: str = " / ") -> str:
        return joiner.join(word(key, lang) for lang in self.langs)

    def cut(self, value: str) -> str:
        if self.limit is None or len(value) <= self.limit:
            return value
        self.shortened = True
        return value[: self.limit].rstrip() + "… " + self.words("cut", " ")

    def texts(self, value: Bilingual) -> list[tuple[Language, str]]:
        """What a bilingual field prints: its text in each language, once when they agree."""
        shown: list[tuple[Language, str]] = []
        for lang in self.langs:
            chosen = value.get(lang)
            if chosen and all(chosen != seen for _, seen in shown):
                shown.append((lang, chosen))
        return shown

    def para(self, value: str, style: ParagraphStyle) -> list[Flowable]:
        return paragraphs(self.cut(value), style) if value else []

    def both(self, value: Bilingual, style: ParagraphStyle | None = None,
             english: ParagraphStyle | None = None) -> list[Flowable]:  # fmt: skip
        """The field in the lead language, and the English under it in a bilingual document."""
        style = style or self.cell
        out: list[Flowable] = []
        for n, (lang, shown) in enumerate(self.texts(value)):
            second = n > 0 and lang == "en"
            out += self.para(shown, (english or self.english) if second else style)
        return out

    def proper(self, value: str, style: ParagraphStyle | None = None,
               english: ParagraphStyle | None = None) -> list[Flowable]:  # fmt: skip
        """A proper name kept in one language (an address, a hotel): as written, and in Latin
        letters for English (in a bilingual document only when it is mostly Cyrillic: an
        address abroad with the city added in Ukrainian prints once)."""
        if self.language == "uk+en" and not _mostly_cyrillic(value):
            return self.para(value, style or self.cell)
        return self.both(Bilingual(value, latin_form(value)), style, english)

    def header_cells(self, keys: Sequence[str]) -> list[Flowable]:
        return [Paragraph(text(self.words(key, "\n")), self.header) for key in keys]

    def person(self, person: PrintedPerson, *, position: bool = False) -> list[Flowable]:
        """A person named in a table: the name in the lead language (and in Latin letters
        under it in a bilingual document), the position below in small type."""
        names = Bilingual(person.name_in("uk"), person.name_in("en"))
        out = self.both(names, self.cell, self.english)
        if position and person.position:
            out += self.both(person.position, self.small, self.small_english)
        return out


def _mostly_cyrillic(value: str) -> bool:
    letters = [char for char in value if char.isalpha()]
    cyrillic = sum(1 for char in letters if "\u0400" <= char <= "\u04ff")
    return cyrillic * 2 > len(letters)


# --- The parts every document has ---------------------------------------------------------------


def _top(visit: PrintedVisit, look: _Look, title_key: str) -> list[Flowable]:
    """The council, the document's title, the delegation, its dates and place."""
    s = look.base
    story: list[Flowable] = []
    for _lang, council in look.texts(visit.council):
        story.append(Paragraph(text(council), s.council))
    story.append(Paragraph(text(look.words(title_key)), s.title))
    for n, (_lang, title) in enumerate(look.texts(visit.title)):
        story.append(Paragraph(text(title), s.title if n == 0 else look.subtitle_english))
    for n, lang in enumerate(look.langs):
        where = visit.place_in(lang)
        when = date_range_text(visit.start_date, visit.end_date, lang)
        line = f"{when}, {where}" if where else when
        style = s.subtitle if n == len(look.langs) - 1 else _tight(s.subtitle)
        if n:
            style = ParagraphStyle("subtitle_en_last", parent=style, fontName=f"{SERIF}-Italic")
        story.append(Paragraph(text(line), style))
    notes = []
    if visit.status.value == "cancelled":
        notes.append(look.words("visit_cancelled", " "))
    if notes:
        story.append(Paragraph(text(" ".join(notes)), s.note))
    return story


def _tight(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_tight", parent=style, spaceAfter=0)


def _signature(visit: PrintedVisit, look: _Look) -> list[Flowable]:
    signatory = visit.signatory
    if not signatory:
        return []
    positions = [shown for _, shown in look.texts(signatory.position)]
    names: list[str] = []
    for lang in look.langs:
        name = signatory.name_in(lang)
        if name and name not in names:
            names.append(name)
    return [Spacer(1, 12 * mm),
            signature_block("\n".join(positions), "\n".join(names), look.base)]  # fmt: skip


def _info(visit: PrintedVisit, look: _Look, title_key: str) -> DocumentInfo:
    lead = look.lead
    title = f"{word(title_key, lead).capitalize()}: {visit.title.get(lead)}"
    council = visit.council.get(lead)
    pages = " / ".join(
        ("Сторінка {page} з {pages}" if lang == "uk" else "Page {page} of {pages}")
        for lang in look.langs
    )
    return DocumentInfo(
        title=title, language=lead, author=council, subject=visit.title.get(lead),
        footer=_fit(visit.title.get(lead), 112 * mm, 9), page_words=pages,
    )  # fmt: skip


def _fit(value: str, width: float, size: float) -> str:
    """``value`` cut with an ellipsis to fit ``width`` on one line (the footer)."""
    if stringWidth(value, SERIF, size) <= width:
        return value
    while value and stringWidth(value + "…", SERIF, size) > width:
        value = value[:-1]
    return value.rstrip() + "…"


def _build(make: Callable[[_Look], tuple[list[Flowable], DocumentInfo]],
           language: DocumentLanguage) -> bytes:  # fmt: skip
    """Build the document; should reportlab give up on a text too big for a page, build it
    again with long texts shortened, and say so at its top."""
    look = _Look(language)
    story, info = make(look)
    try:
        return build_pdf(story, info)
    except LayoutError:
        pass
    for limit in SHORTENED:
        look = _Look(language, limit)
        story, info = make(look)
        if look.shortened:
            story.insert(0, Paragraph(text(look.words("shortened", " ")), look.base.note))
        try:
            return build_pdf(story, info)
        except LayoutError:
            continue
    raise LayoutError("the document does not fit on its pages even with texts shortened")


# --- The visit programme ------------------------------------------------------------------------


def programme_pdf(visit: PrintedVisit, language: DocumentLanguage) -> bytes:
    """The visit programme: per day a heading and a table Time | Event | Venue and address |
    Responsible | Participants, by the visit's clock with Kyiv's under it for a visit abroad."""
    return _build(lambda look: _programme(visit, look), language)


def _programme(visit: PrintedVisit, look: _Look) -> tuple[list[Flowable], DocumentInfo]:
    s = look.base
    story = _top(visit, look, "programme_title")
    printed = visit.printed_items()
    if visit.abroad and printed:
        offsets = []
        for lang in look.langs:
            offset = _utc_offset(visit.timezone, printed[0].starts_at)
            where = visit.place_in(lang)
            line = word("local_times", lang).format(
                offset=f"{where}, {offset}" if where else offset
            )
            offsets.append(line)
        story.append(Paragraph(text(" / ".join(offsets)), s.note))
    if not printed:
        story.append(Spacer(1, 4 * mm))
        story.append(Paragraph(text(look.words("no_programme", "\n")), s.body))
    else:
        header = look.header_cells(("time", "event", "venue", "responsible", "attendees"))
        for day in visit.days:
            heading = Paragraph(
                text(" / ".join(day_heading(day.day, lang) for lang in look.langs)), look.heading
            )
            items = [item for item in day.items if not item.cancelled]
            if not items:
                story += [heading, Paragraph(text(look.words("nothing_that_day")), s.note)]
                continue
            rows: list[list[Any]] = [header]
            rows += [_item_row(visit, item, look) for item in items]
            story += [_room_for(heading, rows), heading, grid_table(rows, PROGRAMME_COLUMNS)]
    story += _signature(visit, look)
    return story, _info(visit, look, "programme_title")


def _room_for(heading: Paragraph, rows: list[list[Any]]) -> Flowable:
    """A page break unless the day's heading, the table's header and its first row fit on
    what is left of the page (a heading never ends a page alone; a long day's table still
    starts right under its heading, not on a page of its own)."""
    _, first = grid_table(rows[:2], PROGRAMME_COLUMNS).wrap(PROGRAMME_WIDTH, 10_000 * mm)
    _, title = heading.wrap(PROGRAMME_WIDTH, 10_000 * mm)
    style = heading.style
    return CondPageBreak(min(first, 90 * mm) + title + style.spaceBefore + style.spaceAfter)


def _utc_offset(zone: str, moment: datetime) -> str:
    """ "UTC+8", "UTC+5:30", "UTC−3" for ``zone`` at ``moment``."""
    offset = moment.astimezone(ZoneInfo(zone)).utcoffset() or timedelta()
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def _item_row(visit: PrintedVisit, item: PrintedItem, look: _Look) -> list[Any]:
    time_cell: list[Flowable] = [Paragraph(time_span(item.starts_at, item.ends_at), look.cell)]
    if item.kyiv_starts_at is not None and item.kyiv_ends_at is not None:
        shift = (item.kyiv_starts_at.date() - item.starts_at.date()).days
        kyiv = f"{look.words('kyiv')} {time_span(item.kyiv_starts_at, item.kyiv_ends_at)}"
        if shift:
            kyiv += ", " + look.words("next_day" if shift > 0 else "day_before")
        time_cell.append(Paragraph(text(kyiv), look.small))

    event = look.both(item.title, look.bold, look.bold_english)
    event += look.para(item.description, look.cell)
    for key, value in (("dress_code", item.dress_code), ("transport", item.transport)):
        if value:
            event += look.para(f"{look.words(key)}: {value}", look.small)

    venue: list[Flowable] = []
    if item.venue is not None:
        venue = look.both(item.venue.name)
        venue += look.proper(item.venue.address, look.small, look.small_english)

    responsible = look.person(item.responsible, position=True) if item.responsible else []

    whole, others = visit.attendance(item.attendees)
    attending: list[Flowable] = []
    if whole:
        attending = look.both(Bilingual(word("whole_delegation", "uk"),
                                        word("whole_delegation", "en")))  # fmt: skip
    if others:
        # A name is never broken between lines: the breaks fall between people.
        names = ", ".join(p.name_in(look.lead).replace(" ", "\u00a0") for p in others)
        attending += look.para(names, look.small)
    return [time_cell, event, venue, responsible, attending]


# --- The participant list -----------------------------------------------------------------------


def participants_pdf(visit: PrintedVisit, language: DocumentLanguage) -> bytes:
    """The delegation's participants by role and precedence: name in Cyrillic and Latin,
    position and organisation, arrival and departure, hotel."""
    return _build(lambda look: _participants(visit, look), language)


def _participants(visit: PrintedVisit, look: _Look) -> tuple[list[Flowable], DocumentInfo]:
    s = look.base
    story = _top(visit, look, "participants_title")
    if not visit.participants:
        story.append(Spacer(1, 4 * mm))
        story.append(Paragraph(text(look.words("no_participants", "\n")), s.body))
    else:
        rows: list[list[Any]] = [
            look.header_cells(("number", "name", "position", "arrival", "departure", "hotel"))
        ]
        extra: list[tuple[Any, ...]] = []
        number = 0
        for role, group in by_role(visit.participants):
            at = len(rows)
            uk, en = ROLE_GROUPS[role]
            rows.append([Paragraph(text(" / ".join(uk if lang == "uk" else en
                                                   for lang in look.langs)), look.group),
                         "", "", "", "", ""])  # fmt: skip
            extra += [("SPAN", (0, at), (-1, at)), ("BACKGROUND", (0, at), (-1, at), GROUP_FILL),
                      ("NOSPLIT", (0, at), (-1, at + 1))]  # fmt: skip
            for participant in group:
                number += 1
                rows.append(_participant_row(number, participant, visit, look))
        story.append(grid_table(rows, PARTICIPANT_COLUMNS, extra=extra))
    story += _signature(visit, look)
    return story, _info(visit, look, "participants_title")


def _participant_row(number: int, participant: PrintedParticipant, visit: PrintedVisit,
                     look: _Look) -> list[Any]:  # fmt: skip
    person = participant.person
    lead_name = person.name_in(look.lead)
    name = look.para(lead_name, look.bold)
    other = person.name if look.lead == "en" else person.latin
    if other and other != lead_name:
        name += look.para(other, look.small_english if look.lead == "uk" else look.small)
    position = look.both(person.position)
    position += look.both(person.organisation, look.small, look.small_english)
    return [
        Paragraph(f"{number}.", look.cell),
        name,
        position,
        _travel(participant.arrival, look),
        _travel(participant.departure, look),
        look.proper(participant.hotel),
    ]


def _travel(travel: Travel, look: _Look) -> list[Flowable]:
    if not travel:
        return []
    out: list[Flowable] = []
    if travel.at is not None:
        out.append(Paragraph(f"{numeric_date(travel.at.date())} {clock(travel.at)}", look.cell))
    how = " / ".join(dict.fromkeys(enum_label(travel.transport, lang) for lang in look.langs)) \
        if travel.transport is not None else ""  # fmt: skip
    means = " ".join(part for part in (how, travel.number) if part)
    if means:
        out += look.para(means, look.small)
    if travel.place:
        out += look.proper(travel.place, look.small, look.small_english)
    return out


# --- The checklist ------------------------------------------------------------------------------


def checklist_pdf(visit: PrintedVisit, language: DocumentLanguage) -> bytes:
    """The delegation's checklist: each task with its area, due date, assignee and state."""
    return _build(lambda look: _checklist(visit, look), language)


def _checklist(visit: PrintedVisit, look: _Look) -> tuple[list[Flowable], DocumentInfo]:
    s = look.base
    story = _top(visit, look, "checklist_title")
    if not visit.tasks:
        story.append(Spacer(1, 4 * mm))
        story.append(Paragraph(text(look.words("no_tasks", "\n")), s.body))
    else:
        rows: list[list[Any]] = [
            look.header_cells(("number", "task", "category", "due", "assignee", "state"))
        ]
        tasks = sorted(visit.tasks, key=lambda t: (t.due_on, t.category.value, t.title.uk))
        rows += [_task_row(n, task, look) for n, task in enumerate(tasks, start=1)]
        story.append(grid_table(rows, CHECKLIST_COLUMNS))
    return story, _info(visit, look, "checklist_title")


def _task_row(number: int, task: PrintedTask, look: _Look) -> list[Any]:
    if task.status.value == "done" and task.done_on is not None:
        done = numeric_date(task.done_on)
        state = "\n".join(word("done_on", lang).format(day=done).capitalize()
                          for lang in look.langs)  # fmt: skip
    else:
        state = "\n".join(dict.fromkeys(_label(task.status, lang) for lang in look.langs))
    category = "\n".join(dict.fromkeys(_label(task.category, lang) for lang in look.langs))
    return [
        Paragraph(f"{number}.", look.cell),
        look.both(task.title),
        look.para(category, look.cell),
        Paragraph(numeric_date(task.due_on), look.cell),
        look.proper(task.assignee),
        look.para(state, look.cell),
    ]


def _label(value: Any, language: Language) -> str:
    """A vocabulary's label as a table cell starts it: with a capital."""
    label = enum_label(value, language)
    return label[:1].upper() + label[1:]
