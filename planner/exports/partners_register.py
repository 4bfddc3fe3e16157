"""The registry of partners and cooperation agreements as PDF, and one partner's file in the
same layout: the council's heading, the title with the registry's date, a summary line, then a
block per partner (its names, country, city and kind; its agreements; its last visits both
ways; the activities with it; the gifts given and received; the people met). A block is kept
on one page where it fits; a longer one runs on. The same typography as the other documents.

The builder is fed the plain values of ``planner.domain.report`` and reads nothing itself; they
carry no personal data, so none can reach the page.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from planner.domain.countries import country_name
from planner.domain.messages import Language, enum_label
from planner.domain.printing import Bilingual, numeric_date
from planner.domain.records import Agreement
from planner.domain.report import (
    AGREEMENT_TYPE_NAMES,
    PartnerFile,
    PartnersRegister,
    PartnerVisit,
    in_force,
)
from planner.exports.pdf import (
    DocumentInfo,
    Styles,
    build_pdf,
    grid_table,
    heading,
    in_language,
    signature_block,
    styles,
    text,
)

__all__ = ["LAST_VISITS", "partners_register_pdf"]

LAST_VISITS = 10  # a partner's block lists its latest visits, and counts the earlier ones

# Column widths, 170 mm in all.
AGREEMENT_COLUMNS = tuple(w * mm for w in (23, 35, 18.5, 17, 16, 22, 19, 19.5))
VISIT_COLUMNS = tuple(w * mm for w in (40, 22, 86, 22))
ACTIVITY_COLUMNS = tuple(w * mm for w in (40, 130))
GIFT_COLUMNS = tuple(w * mm for w in (20, 26, 82, 42))
PEOPLE_COLUMNS = tuple(w * mm for w in (52, 76, 17, 25))

WORDS: dict[str, tuple[str, str]] = {
    "title": ("Реєстр партнерів та угод про співпрацю станом на {on}",
              "Register of partners and cooperation agreements as of {on}"),
    "file_title": ("Справа партнера станом на {on}", "Partner file as of {on}"),
    "summary": ("Партнерів: {partners}; угод, чинних на {on}: {agreements}; країн: {countries}.",
                "Partners: {partners}; agreements in force on {on}: {agreements}; "
                "countries: {countries}."),
    "no_partners": ("Партнерів не записано.", "No partners are recorded."),
    "country": ("Країна", "Country"),
    "city": ("місто", "city"),
    "kind": ("вид", "kind"),
    "website": ("сайт", "website"),
    "agreements": ("Угоди", "Agreements"),
    "no_agreements": ("Угод не записано.", "No agreements are recorded."),
    "type": ("Вид угоди", "Type"),
    "agreement_title": ("Назва", "Title"),
    "signed": ("Підписано", "Signed"),
    "valid_until": ("Чинна до", "Valid until"),
    "status": ("Стан", "Status"),
    "areas": ("Сфери співпраці", "Areas"),
    "reference": ("Реквізити", "Reference"),
    "facilitated": ("Сприяння", "Facilitated by"),
    "visits": ("Візити", "Visits"),
    "no_visits": ("Візитів не записано.", "No visits are recorded."),
    "dates": ("Дати", "Dates"),
    "direction": ("Напрям", "Direction"),
    "visit_title": ("Захід", "Visit"),
    "earlier": ("і ще {count} раніше", "and {count} earlier"),
    "activities": ("Інші заходи", "Other activities"),
    "date": ("Дата", "Date"),
    "what": ("Що зроблено", "What was done"),
    "gifts": ("Подарунки", "Gifts"),
    "no_gifts": ("Подарунків не записано.", "No gifts are recorded."),
    "gift_direction": ("Вручено / отримано", "Given / received"),
    "description": ("Опис", "Description"),
    "person": ("Кому / від кого", "To / from"),
    "people": ("Особи, з якими зустрічались", "People met"),
    "no_people": ("Осіб не записано.", "No people are recorded."),
    "name": ("Ім’я", "Name"),
    "position": ("Посада", "Position"),
    "visit_count": ("Візитів", "Visits"),
    "last_met": ("Остання зустріч", "Last met"),
    "document_title": ("Реєстр партнерів {on}", "Register of partners {on}"),
    "file_document_title": ("Справа партнера: {name}", "Partner file: {name}"),
}  # fmt: skip


def _w(key: str, language: Language) -> str:
    return in_language(WORDS, key, language)


def partners_register_pdf(register: PartnersRegister, language: Language, *,
                          single: bool = False) -> bytes:  # fmt: skip
    """The registry as PDF; ``single``: it holds one partner's file, and is titled so."""
    s = styles()
    on = numeric_date(register.on)
    council = register.council.get(language)
    title = _w("file_title" if single else "title", language).format(on=on)
    in_force_now = [a for f in register.files for a in f.agreements if in_force(a, register.on)]
    summary = _w("summary", language).format(
        partners=len(register.files), on=on, agreements=len(in_force_now),
        countries=len({f.partner.country for f in register.files}),
    )  # fmt: skip
    story: list[Flowable] = heading(council, title, summary, s)
    if not register.files:
        story.append(Paragraph(text(_w("no_partners", language)), s.body))
    for number, file in enumerate(register.files, start=1):
        story.append(KeepTogether(_block(file, number, len(register.files) > 1, language, s)))
    signatory = register.signatory
    if signatory:
        story.append(Spacer(1, 12 * mm))
        story.append(signature_block(signatory.position.get(language),
                                     signatory.name_in(language) or "_" * 20, s))  # fmt: skip
    if single and register.files:
        name = _partner_name(register.files[0], language)
        document_title = _w("file_document_title", language).format(name=name)
    else:
        document_title = _w("document_title", language).format(on=on)
    info = DocumentInfo(title=document_title, language=language, author=council,
                        subject=title, footer=council)  # fmt: skip
    return build_pdf(story, info)


def _partner_name(file: PartnerFile, language: Language) -> str:
    partner = file.partner
    return (partner.name_en.strip() if language == "en" else "") or partner.name_uk


def _block(file: PartnerFile, number: int, numbered: bool, language: Language,
           s: Styles) -> list[Flowable]:  # fmt: skip
    partner = file.partner
    name = _partner_name(file, language)
    other = partner.name_native.strip() or (partner.name_en.strip() if language == "uk"
                                            else partner.name_uk)  # fmt: skip
    head = f"{number}. {name}" if numbered else name
    if other and other != name:
        head += f" ({other})"
    facts = [f"{_w('country', language)}: {country_name(partner.country).get(language)}"]
    if partner.city.strip():
        facts.append(f"{_w('city', language)}: {partner.city.strip()}")
    facts.append(f"{_w('kind', language)}: {enum_label(partner.kind, language)}")
    if partner.website.strip():
        facts.append(f"{_w('website', language)}: {partner.website.strip()}")
    block: list[Flowable] = [
        Paragraph(text(head), s.heading),
        Paragraph(text("; ".join(facts)), s.body),
        Spacer(1, 2 * mm),
    ]
    block += _agreements(file.agreements, language, s)
    block += _visits(file.visits, language, s)
    if file.activities:
        block += [Spacer(1, 2 * mm), _subheading("activities", language, s)]
        rows: list[list[object]] = [[_header(k, language, s) for k in ("dates", "what")]]
        for activity in file.activities:
            dates = _dates(activity.on, activity.ends_on or activity.on)
            rows.append([Paragraph(text(dates), s.cell_small),
                         Paragraph(text(activity.text.get(language)), s.cell_small)])  # fmt: skip
        block.append(grid_table(rows, ACTIVITY_COLUMNS))
    block += _gifts(file, language, s)
    block += _people(file, language, s)
    block.append(Spacer(1, 4 * mm))
    return block


def _subheading(key: str, language: Language, s: Styles) -> Paragraph:
    return Paragraph(f"<b>{text(_w(key, language))}</b>", s.body)


def _header(key: str, language: Language, s: Styles) -> Paragraph:
    small = ParagraphStyle("header_small", parent=s.header_cell, fontSize=9, leading=10.8)
    return Paragraph(text(_w(key, language)), small)


def _cell(value: str, s: Styles) -> Paragraph:
    return Paragraph(text(value), s.cell_small)


def _dates(first: date, last: date) -> str:
    if first == last:
        return numeric_date(first)
    return f"{numeric_date(first)}–{numeric_date(last)}"


def _agreements(agreements: tuple[Agreement, ...], language: Language,
                s: Styles) -> list[Flowable]:  # fmt: skip
    out: list[Flowable] = [_subheading("agreements", language, s)]
    if not agreements:
        out.append(Paragraph(text(_w("no_agreements", language)), s.small))
        return out
    keys = ("type", "agreement_title", "signed", "valid_until", "status", "areas", "reference",
            "facilitated")  # fmt: skip
    rows: list[list[object]] = [[_header(k, language, s) for k in keys]]
    for agreement in agreements:
        kind = AGREEMENT_TYPE_NAMES.get(agreement.kind, Bilingual(str(agreement.kind)))
        rows.append([
            _cell(kind.get(language), s), _cell(agreement.title, s),
            _cell(numeric_date(agreement.signed_on) if agreement.signed_on else "—", s),
            _cell(numeric_date(agreement.valid_until) if agreement.valid_until else "—", s),
            _cell(enum_label(agreement.status, language), s),
            _cell(", ".join(agreement.areas), s),
            _cell(agreement.document_reference, s), _cell(agreement.facilitated_by, s),
        ])  # fmt: skip
    out.append(grid_table(rows, AGREEMENT_COLUMNS))
    return out


def _visits(visits: tuple[PartnerVisit, ...], language: Language, s: Styles) -> list[Flowable]:
    out: list[Flowable] = [Spacer(1, 2 * mm), _subheading("visits", language, s)]
    if not visits:
        out.append(Paragraph(text(_w("no_visits", language)), s.small))
        return out
    keys = ("dates", "direction", "visit_title", "status")
    rows: list[list[object]] = [[_header(k, language, s) for k in keys]]
    for visit in visits[:LAST_VISITS]:
        title = visit.title.get(language)
        if visit.place.strip():
            title += f" ({visit.place.strip()})"
        rows.append([_cell(_dates(visit.first, visit.last), s),
                     _cell(enum_label(visit.direction, language), s), _cell(title, s),
                     _cell(enum_label(visit.status, language), s)])  # fmt: skip
    out.append(grid_table(rows, VISIT_COLUMNS))
    if len(visits) > LAST_VISITS:
        earlier = _w("earlier", language).format(count=len(visits) - LAST_VISITS)
        out.append(Paragraph(text(earlier), s.small))
    return out


def _gifts(file: PartnerFile, language: Language, s: Styles) -> list[Flowable]:
    out: list[Flowable] = [Spacer(1, 2 * mm), _subheading("gifts", language, s)]
    if not file.gifts:
        out.append(Paragraph(text(_w("no_gifts", language)), s.small))
        return out
    keys = ("date", "gift_direction", "description", "person")
    rows: list[list[object]] = [[_header(k, language, s) for k in keys]]
    for gift in file.gifts:
        rows.append([_cell(numeric_date(gift.on), s),
                     _cell(enum_label(gift.direction, language), s),
                     _cell(gift.description, s), _cell(gift.person, s)])  # fmt: skip
    out.append(grid_table(rows, GIFT_COLUMNS))
    return out


def _people(file: PartnerFile, language: Language, s: Styles) -> list[Flowable]:
    out: list[Flowable] = [Spacer(1, 2 * mm), _subheading("people", language, s)]
    if not file.people:
        out.append(Paragraph(text(_w("no_people", language)), s.small))
        return out
    keys = ("name", "position", "visit_count", "last_met")
    rows: list[list[object]] = [[_header(k, language, s) for k in keys]]
    for person in file.people:
        name = person.name.uk if language == "uk" else (person.name.en or person.name.uk)
        rows.append([_cell(name, s), _cell(person.position.get(language), s),
                     Paragraph(str(person.visits), ParagraphStyle("right_small", parent=s.cell_right, fontSize=9, leading=10.8)),
                     _cell(numeric_date(person.last_met) if person.last_met else "—", s)])  # fmt: skip
    out.append(grid_table(rows, PEOPLE_COLUMNS))
    return out
