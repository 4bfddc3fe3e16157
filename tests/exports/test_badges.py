"""Name badges and table cards as PDF: every name in both scripts exactly, ten badges to a
sheet, names that shrink but are never cut, both faces of a table card, embedded fonts,
the same bytes every time, and no personal data."""

from __future__ import annotations

import io
import itertools
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from planner.domain.badges import (
    PRINT_LANGUAGES,
    Badge,
    PrintLanguage,
    TentCard,
    badge_for,
    in_language,
    printed_name,
    tent_card_for,
)
from planner.domain.enums import Direction, ParticipantRole
from planner.domain.records import Delegation, Participation, Person
from planner.exports.badges import (
    BADGE_HEIGHT,
    BADGE_NAME_SIZE,
    BADGE_TEXT_WIDTH,
    BADGE_WIDTH,
    BADGES_PER_PAGE,
    CARD_FACE_BOTTOM,
    CARD_FACE_TOP,
    CARD_PAGE,
    CARD_TEXT_WIDTH,
    PrintedLine,
    badge_layout,
    badges_pdf,
    fit_name,
    tent_card_layout,
    tent_cards_pdf,
)
from planner.exports.pdf import register_fonts
from tests.exports.badge_samples import (
    LONG_GERMAN,
    LONG_UKRAINIAN,
    PEOPLE,
    fonts,
    page_count,
    pdftotext,
    pypdf_pages,
)

VISIT = Delegation(
    direction=Direction.INCOMING, title_uk="Делегація Праги 6 на День міста",
    title_en="Prague 6 delegation at the City Day", start_date=date(2024, 9, 27),
    end_date=date(2024, 9, 29), id=7,
)  # fmt: skip


def badge(person: Person, role: ParticipantRole = ParticipantRole.MEMBER) -> Badge:
    return badge_for(person, Participation(delegation_id=7, person_id=1, role=role), VISIT)


def numbered(index: int) -> Person:
    """One of the sample people, the surname numbered to tell the badges apart."""
    person = PEOPLE[index % len(PEOPLE)]
    return replace(person, family_name=f"{person.family_name}{index}")


def many_badges(count: int) -> list[Badge]:
    return [badge(numbered(index)) for index in range(count)]


def cards() -> list[TentCard]:
    return [tent_card_for(person) for person in PEOPLE]


@pytest.mark.parametrize("language", PRINT_LANGUAGES)
def test_every_name_is_printed_in_cyrillic_and_latin_exactly(language: PrintLanguage) -> None:
    badges = [badge(person) for person in PEOPLE]
    pdf = badges_pdf(badges, language)
    for text in (pdftotext(pdf), " ".join(pypdf_pages(pdf))):
        for person in PEOPLE:
            names = printed_name(person)
            assert names.name_cyrillic in text
            assert names.name_latin in text
    assert "Ґудзь" in text and "Євгенія" in text and "Їжакевич" in text and "О’Коннор" in text
    assert "Yevheniia Gudz" in text  # resolution No. 55: Ґ is g, the apostrophe is dropped
    assert "Yurii OKonnor" in text


def test_a_ukrainian_is_named_in_cyrillic_first_and_a_foreigner_as_in_the_passport() -> None:
    ukrainian, german = badge(LONG_UKRAINIAN), badge(LONG_GERMAN)
    assert ukrainian.name == "Олександра-Вікторія Ковальчук-Загородня"
    assert ukrainian.names.second_name == "Oleksandra-Viktoriia Kovalchuk-Zahorodnia"
    assert german.name == "Hans-Joachim Müller-Lüdenscheidt"
    assert german.names.second_name == "Ганс-Йоахім Мюллер-Люденшайдт"
    body = [line.text for line in badge_layout(german, "uk").body]
    assert body[:3] == ["Hans-Joachim", "Müller-Lüdenscheidt", "Ганс-Йоахім Мюллер-Люденшайдт"]


@pytest.mark.parametrize(("count", "pages"), [(0, 1), (1, 1), (10, 1), (11, 2), (23, 3), (200, 20)])
def test_ten_badges_to_a_sheet(count: int, pages: int) -> None:
    pdf = badges_pdf(many_badges(count), "uk")
    assert page_count(pdf) == pages
    reader = PdfReader(io.BytesIO(pdf))
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [595, 842]  # A4
    if count == 23:  # each badge on its sheet, in the order given
        texts = pypdf_pages(pdf)
        for sheet, text in enumerate(texts):
            indexes = range(sheet * BADGES_PER_PAGE, min(count, (sheet + 1) * BADGES_PER_PAGE))
            found = [text.find(numbered(index).family_name) for index in indexes]
            assert -1 not in found
            assert found == sorted(found)


def test_a_sheet_with_nobody_says_so() -> None:
    assert "Учасників немає." in pdftotext(badges_pdf([], "uk"))
    assert "No participants." in pdftotext(tent_cards_pdf([], "en"))


@pytest.mark.parametrize("person", [LONG_UKRAINIAN, LONG_GERMAN], ids=["uk", "de"])
@pytest.mark.parametrize("language", PRINT_LANGUAGES)
def test_the_longest_names_fit_the_badge_on_two_lines_of_large_type(
    person: Person, language: PrintLanguage
) -> None:
    layout = badge_layout(badge(person, ParticipantRole.HOST_OFFICIAL), language)
    name_lines = [line for line in layout.body if line.size == layout.body[0].size]
    assert " ".join(line.text for line in name_lines) == badge(person).name
    assert len(name_lines) == 2
    assert layout.body[0].size >= 14  # legible across a table, not shrunk to a whisper
    for line in (*layout.header, *layout.body, layout.role):
        assert stringWidth(line.text, line.font, line.size) <= BADGE_TEXT_WIDTH
    assert_stacked(layout.body, layout.body_top, layout.body_bottom)


def assert_stacked(lines: tuple[PrintedLine, ...], top: float, bottom: float) -> None:
    """Every line inside ``top``..``bottom``, each wholly below the one before it."""
    assert lines[0].top <= top + 0.01
    assert lines[-1].bottom >= bottom - 0.01
    for upper, lower in itertools.pairwise(lines):
        assert lower.top <= upper.bottom + 0.01


def test_a_short_name_stays_on_one_line_at_full_size() -> None:
    layout = badge_layout(badge(Person("Лі", "Ян")), "uk")
    assert layout.body[0].text == "Ян Лі"
    assert layout.body[0].size == BADGE_NAME_SIZE
    assert layout.body[1].text == "Yan Li"


def test_nothing_ever_leaves_the_badge_however_long_the_texts() -> None:
    """The worst a form can hold: a 70-letter name without a space, and positions,
    organisation and delegation titles of hundreds of characters."""
    word = "Щедрівкопіснярівнянськовишиванськогрушевськохмельницькопідгорянська"
    wordy = "заступник начальника відділу міжнародного співробітництва та інвестицій " * 5
    huge = Badge(printed_name(Person(word, "")), wordy, wordy.upper(), wordy, wordy, wordy,
                 ParticipantRole.HOST_OFFICIAL)  # fmt: skip
    for language in PRINT_LANGUAGES:
        layout = badge_layout(huge, language)
        assert layout.body[0].text == word  # shrunk, never cut
        for line in (*layout.header, *layout.body, layout.role):
            assert line.width <= BADGE_TEXT_WIDTH
            assert line.bottom >= 0 and line.top <= BADGE_HEIGHT
        assert_stacked(layout.body, layout.body_top, layout.body_bottom)
        assert_stacked(layout.header, BADGE_HEIGHT, layout.body_top)
        assert layout.body[-1].text.endswith("…")  # the organisation: two lines, then "…"
    assert 90 * mm == BADGE_WIDTH and 55 * mm == BADGE_HEIGHT


@pytest.mark.parametrize(
    "name", ["Олександра-Вікторія Ковальчук-Загородня", "Hans-Joachim Müller-Lüdenscheidt",
             "Ковальчук-Загородня", "Ян Лі", "Х" * 90],
)  # fmt: skip
def test_a_fitted_name_fits_its_width_and_height(name: str) -> None:
    register_fonts()
    for width, height in ((BADGE_TEXT_WIDTH, 60.0), (CARD_TEXT_WIDTH, 150.0), (50.0, 10.0)):
        fitted = fit_name(name, "PlannerSans-Bold", width, height, 60.0)
        assert "".join(fitted.lines).replace(" ", "") == name.replace(" ", "")
        assert fitted.widest() <= width
        assert fitted.height <= height + 0.01


@pytest.mark.parametrize("language", PRINT_LANGUAGES)
def test_a_table_card_says_it_all_twice_on_its_page(language: PrintLanguage) -> None:
    pdf = tent_cards_pdf(cards(), language)
    assert page_count(pdf) == len(PEOPLE)
    reader = PdfReader(io.BytesIO(pdf))
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [842, 595]  # landscape
    for number, (person, text) in enumerate(zip(PEOPLE, pypdf_pages(pdf), strict=True), 1):
        names = printed_name(person)
        for words in (names.name, names.second_name):
            assert text.count(words) == 2
            assert pdftotext(pdf, page=number).count(words) == 2
        shown = in_language(person.position, person.position_en, language)
        for position in shown:
            assert text.count(position) == 2
        for position in {person.position, person.position_en} - {"", *shown}:
            assert position not in text


def test_the_upper_face_of_a_table_card_is_upside_down() -> None:
    """The name is drawn twice: upright on the lower half, turned half a turn on the upper."""
    pdf = tent_cards_pdf([tent_card_for(LONG_GERMAN)], "uk+en")
    seen: list[tuple[float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip() == "Hans-Joachim":
            # The text's direction (a) and where it stands on the page (f), through both matrices.
            a = tm[0] * cm[0] + tm[1] * cm[2]
            f = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            seen.append((a, f))

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    assert len(seen) == 2
    upright, turned = sorted(seen)[::-1]
    assert upright[0] > 0 and upright[1] < CARD_PAGE[1] / 2
    assert turned[0] < 0 and turned[1] > CARD_PAGE[1] / 2


@pytest.mark.parametrize("language", PRINT_LANGUAGES)
def test_a_table_card_face_keeps_clear_of_the_fold_and_the_table(language: PrintLanguage) -> None:
    endless = TentCard(printed_name(Person("Ж" * 80, "Ї" * 40)), "п" * 400, "e" * 400)
    for card in (*cards(), endless):
        face = tent_card_layout(card, language)
        assert_stacked(face, CARD_FACE_TOP, CARD_FACE_BOTTOM)
        assert CARD_PAGE[1] / 2 > CARD_FACE_TOP and CARD_FACE_BOTTOM > 0
        assert all(line.width <= CARD_TEXT_WIDTH for line in face)
    long_face = tent_card_layout(tent_card_for(LONG_UKRAINIAN), language)
    assert [line.text for line in long_face[:2]] == ["Олександра-Вікторія", "Ковальчук-Загородня"]
    assert long_face[0].size >= 40


def test_positions_follow_the_language_and_fall_back_when_one_is_missing() -> None:
    interpreter = badge(PEOPLE[2])
    assert "Перекладачка" in pdftotext(badges_pdf([interpreter], "uk"))
    english = pdftotext(badges_pdf([interpreter], "en"))
    assert "Interpreter" in english and "Перекладачка" not in english
    assert "INTERPRETER" not in english and "MEMBER" in english  # the role, in its band
    both = pdftotext(badges_pdf([interpreter], "uk+en"))
    assert "Перекладачка" in both and "Interpreter" in both
    assert "ЧЛЕН ДЕЛЕГАЦІЇ · MEMBER" in both
    assert "Prague 6 delegation at the City Day" in both and "Делегація Праги 6" in both
    only_uk = badge(replace(PEOPLE[2], position_en=""))
    assert "Перекладачка" in pdftotext(badges_pdf([only_uk], "en"))


def test_every_font_is_embedded(tmp_path: Path) -> None:
    for pdf in (badges_pdf(many_badges(12), "uk+en"), tent_cards_pdf(cards(), "uk+en")):
        rows = fonts(pdf, tmp_path)
        assert rows
        assert {row[0].split("+")[-1] for row in rows} <= {"LiberationSans",
                                                             "LiberationSans-Bold"}  # fmt: skip
        assert all(row[-5] == "yes" for row in rows)  # the "emb" column


def test_the_same_badges_make_the_same_bytes_and_say_what_they_are() -> None:
    badges = many_badges(23)
    assert badges_pdf(badges, "uk") == badges_pdf(list(badges), "uk")
    assert tent_cards_pdf(cards(), "en") == tent_cards_pdf(cards(), "en")
    assert badges_pdf(badges, "uk") != badges_pdf(badges, "en")
    reader = PdfReader(io.BytesIO(badges_pdf(badges, "en")))
    assert reader.metadata is not None
    assert reader.metadata.title == "Name badges: Prague 6 delegation at the City Day"
    assert reader.trailer["/Root"]["/Lang"] == "en"
    reader = PdfReader(io.BytesIO(tent_cards_pdf(cards(), "uk+en", subject="Візит")))
    assert reader.metadata is not None
    assert reader.metadata.title == "Настільні картки / Table cards: Візит"
    assert reader.trailer["/Root"]["/Lang"] == "uk"


def test_no_personal_data_reaches_a_badge_or_a_card() -> None:
    secret = replace(
        PEOPLE[3], email="iryna@example.org", phone="+380 67 123 45 67", dietary_needs="халяль",
        accessibility_needs="інвалідний візок", passport_name="IRYNA YIZHAKEVYCH",
        passport_number="FA123456", passport_country="UA", notes="нотатки офісу",
    )  # fmt: skip
    texts = [pdftotext(badges_pdf([badge(secret)], "uk+en")),
             pdftotext(tent_cards_pdf([tent_card_for(secret)], "uk+en"))]  # fmt: skip
    for text in texts:
        assert "Iryna Yizhakevych" in text
        for private in ("iryna@example.org", "123 45 67", "халяль", "візок", "FA123456",
                        "IRYNA YIZHAKEVYCH", "нотатки"):  # fmt: skip
            assert private not in text
    fields = {*Badge.__dataclass_fields__, *TentCard.__dataclass_fields__}
    assert not fields & {*Person.SENSITIVE_FIELDS, "email", "notes"}
