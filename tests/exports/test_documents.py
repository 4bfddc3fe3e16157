"""The printed documents from fixed read models: the visit programme in Ukrainian, English and
both, the participant list and the checklist. Read back with pdftotext and pypdf (two readers)
and pdffonts: the Cyrillic exactly, every item in order, headers on every page, fonts embedded,
the same bytes for the same input, and a document that always comes out."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from planner.domain.enums import AgendaStatus, DelegationStatus
from planner.domain.printing import (
    Bilingual,
    PrintedPerson,
    date_range_text,
    date_text,
    day_heading,
    missing_translations,
    programme_days,
    time_span,
)
from planner.exports import documents
from planner.exports.documents import checklist_pdf, participants_pdf, programme_pdf
from planner.exports.pdf import DocumentInfo
from tests.exports import document_samples as sample
from tests.exports.document_samples import flat, pages_text, pdftotext


def raw_text(data: bytes) -> str:
    """The text in the order it is drawn: row after row of each table."""
    import subprocess
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "d.pdf"
        path.write_bytes(data)
        return subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
                              capture_output=True, check=True, text=True).stdout  # fmt: skip


def words(data: bytes) -> str:
    """The drawn text with single spaces: a cell's lines read on in one line."""
    return " ".join(raw_text(data).split())


def in_order(text: str, parts: list[str]) -> bool:
    text = flat(text)
    positions = [text.find(flat(part)) for part in parts]
    return -1 not in positions and positions == sorted(positions)


# --- The words of the documents -------------------------------------------------------------


def test_dates_as_ukrainian_documents_write_them() -> None:
    assert date_text(date(2027, 9, 27), "uk") == "27 вересня 2027 року"
    assert date_text(date(2027, 9, 27), "en") == "27 September 2027"
    assert date_range_text(date(2027, 9, 27), date(2027, 9, 29), "uk") == "27–29 вересня 2027 року"
    assert date_range_text(date(2027, 9, 27), date(2027, 9, 29), "en") == "27–29 September 2027"
    assert (date_range_text(date(2027, 10, 30), date(2027, 11, 2), "uk")
            == "30 жовтня – 2 листопада 2027 року")  # fmt: skip
    assert (date_range_text(date(2027, 12, 30), date(2028, 1, 2), "en")
            == "30 December 2027 – 2 January 2028")  # fmt: skip
    assert date_range_text(date(2027, 3, 4), date(2027, 3, 4), "uk") == "4 березня 2027 року"
    assert day_heading(date(2027, 9, 27), "uk") == "Понеділок, 27 вересня 2027 року"
    assert day_heading(date(2027, 9, 27), "en") == "Monday, 27 September 2027"
    assert day_heading(date(2027, 10, 1), "uk") == "П’ятниця, 1 жовтня 2027 року"
    months = [date_text(date(2027, m, 1), "uk").split()[1] for m in range(1, 13)]
    assert months == ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня",
                      "серпня", "вересня", "жовтня", "листопада", "грудня"]  # fmt: skip


def test_time_spans() -> None:
    day = date(2027, 9, 27)
    assert time_span(sample.at(day, 9, 5), sample.at(day, 10, 30)) == "09:05–10:30"
    assert time_span(sample.at(day, 9), sample.at(day, 9)) == "09:00"
    assert time_span(sample.at(day, 22), sample.at(date(2027, 9, 28), 0)) == "22:00–00:00"
    assert time_span(sample.at(day, 22), sample.at(date(2027, 9, 28), 1)) == "22:00 – 28.09 01:00"


# --- The visit programme --------------------------------------------------------------------


def test_the_programme_in_ukrainian() -> None:
    data = programme_pdf(sample.city_day(), "uk")
    text = words(data)
    for phrase in ("Хмельницька міська рада", "ПРОГРАМА ПЕРЕБУВАННЯ",
                  "Офіційний візит делегації міського району Прага 6 з нагоди Дня міста",
                  "27–29 вересня 2027 року, Хмельницький", "Понеділок, 27 вересня 2027 року",
                  "Вівторок, 28 вересня 2027 року", "Середа, 29 вересня 2027 року",
                  "Сесійна зала міської ради", "Форма одягу: діловий",
                  "Транспорт: Мікроавтобус міської ради", "Делегація в повному складі",
                  "Ґанна Їжакевич", "Начальник управління міжнародного", "Оксана МЕЛЬНИЧУК"):  # fmt: skip
        assert phrase in text, phrase
    # Ґ Є І Ї ’ « » № exactly as written, in both readers.
    assert sample.SPECIAL in text
    assert flat(sample.SPECIAL) in flat("".join(pages_text(data)))
    titles = ["Зустріч делегації на залізничному вокзалі", "Офіційна зустріч з міським головою",
              "Урочисте відкриття Дня міста", "Екскурсія музеєм", "Проводи делегації"]  # fmt: skip
    assert in_order(raw_text(data), titles)
    assert "Обід" not in text  # cancelled: left out
    assert "Київ" not in text.replace("Хмельницький", "")  # at home: no Kyiv times
    assert "Сторінка 1 з 1" in text
    assert sample.page_count(data) == 1


def test_the_programme_in_english_falls_back_to_ukrainian() -> None:
    text = words(programme_pdf(sample.city_day(), "en"))
    for phrase in ("Khmelnytskyi City Council", "VISIT PROGRAMME",
                  "Official visit of the Prague 6 delegation for City Day",
                  "27–29 September 2027, Khmelnytskyi", "Monday, 27 September 2027",
                  "Welcome at the railway station", "Council Session Hall", "The whole delegation",
                  "Head of the International Cooperation Department", "Oksana MELNYCHUK",
                  "Page 1 of 1", "Dress code: діловий"):  # fmt: skip
        assert phrase in text, phrase
    # No English title or venue name: the Ukrainian one; no Latin name: transliterated.
    assert "Екскурсія музеєм" in text
    assert "Музей «Літературне Поділля»" in text
    assert "Ganna Yizhakevych" in text
    assert "vul. Heroiv Maidanu, 3, Khmelnytskyi" in text  # the address in Latin letters
    assert "Понеділок" not in text


def test_the_bilingual_programme_has_both_languages_in_every_row() -> None:
    data = programme_pdf(sample.city_day(), "uk+en")
    text = words(data)
    for phrase in ("Хмельницька міська рада", "Khmelnytskyi City Council",
                  "ПРОГРАМА ПЕРЕБУВАННЯ / VISIT PROGRAMME",
                  "Понеділок, 27 вересня 2027 року / Monday, 27 September 2027",
                  "27–29 вересня 2027 року, Хмельницький", "27–29 September 2027, Khmelnytskyi",
                  "Час Time", "Зустріч делегації на залізничному вокзалі",
                  "Welcome at the railway station", "Сесійна зала міської ради",
                  "Council Session Hall", "Делегація в повному складі The whole delegation",
                  "Оксана МЕЛЬНИЧУК Oksana MELNYCHUK"):  # fmt: skip
        assert phrase in text, phrase
    assert re.search(r"Сторінка 1 з \d / Page 1 of \d", text)
    assert text.count("Екскурсія музеєм") == 1  # no English: printed once, not twice
    raw = raw_text(data)
    assert in_order(raw, ["Офіційна зустріч з міським головою", "Official meeting with the Mayor",
                          "Урочисте відкриття Дня міста", "City Day opening"])  # fmt: skip


def test_kyiv_time_beside_the_local_time_abroad() -> None:
    text = words(programme_pdf(sample.taipei(), "uk"))
    assert "Час зазначено місцевий (Тайбей, UTC+8); під ним — київський." in text
    assert "10:00–11:00 Київ 04:00–05:00" in text
    assert "23:00–01:00" not in text  # ends on the next day, not at midnight
    assert "23:00 – 19.03 01:00 Київ 17:00–19:00" in text
    assert "03:00–04:00 Київ 21:00–22:00, попереднього дня" in text
    assert "Четвер, 18 березня 2027 року" in text
    assert "Заходів не заплановано." in text  # the visit's days with nothing planned
    english = words(programme_pdf(sample.taipei(), "en"))
    assert "Times are local (Taibei, UTC+8), with Kyiv time below." in english
    assert "Kyiv 21:00–22:00, day before" in english


def test_five_days_of_eighty_items_every_item_in_order_with_the_header_on_each_page() -> None:
    visit = sample.long_visit()
    assert len(visit.items) == 80
    data = programme_pdf(visit, "uk")
    pages = pages_text(data)
    assert len(pages) >= 5
    raw = raw_text(data)
    assert in_order(raw, [f"Пункт № {n:02d}" for n in range(1, 81)])
    for number, page in enumerate(pages, start=1):
        assert "Час" in page and "Місце проведення" in page, number  # the table's header
        assert f"Сторінка {number} з {len(pages)}" in page
    days = [day_heading(date(2027, 9, 27) + timedelta(days=n), "uk") for n in range(5)]
    assert [raw.count(day) for day in days] == [1] * 5 and in_order(raw, days)


def test_a_description_longer_than_a_page_splits_across_pages() -> None:
    sentence = "Ґрунтовна розповідь про «Поділля» № 7, її п’ять частин і Єдиний квиток. "
    description = "\n\n".join(sentence * 12 for _ in range(14))  # ~12,000 characters
    visit = sample.city_day()
    items = [*visit.items, sample.item(9, date(2027, 9, 28), 12, "Довга екскурсія",
                                       description=description)]  # fmt: skip
    long = replace(visit, days=programme_days(visit.start_date, visit.end_date, items))
    data = programme_pdf(long, "uk")
    pages = pages_text(data)
    assert len(pages) >= 4
    for page in pages:
        if "Довга" in page or "Ґрунтовна" in page:
            assert "Час" in page and "Учасники" in page
    # Every word of it, in order, once the header and footer of each page are taken out.
    text = flat(raw_text(data))
    text = re.sub(r"Сторінка\d+з\d+", "", text)
    for repeated in ("ЧасЗахідМісцепроведення,адресаВідповідальнийУчасники",
                     flat(long.title.uk)):  # fmt: skip
        text = text.replace(repeated, "")
    assert flat(description) in text
    assert "скорочено" not in text
    assert in_order(raw_text(data), ["Офіційна зустріч з міським головою", "Довга екскурсія",
                                     "Проводи делегації"])  # fmt: skip


def test_a_repeated_header_never_stands_in_the_middle_of_a_page() -> None:
    """A row that fits on a page is moved whole to the next page with the header; only a row
    taller than a page is split (reportlab alone would start the rest of the table in the
    room left on the page, under a second header)."""
    day = date(2027, 9, 27)
    items = tuple(
        sample.item(n, day, 8 + n, f"Пункт {n}", attendees=sample.DELEGATION,
                    description="Довгий опис пункту програми. " * (300 if n == 2 else 20))
        for n in range(1, 9)
    )  # fmt: skip
    one_day = sample.city_day(items, end_date=day, days=programme_days(day, day, items))
    pages = pages_text(programme_pdf(one_day, "uk"))
    assert len(pages) >= 3
    for page in pages:
        assert page.count("Відповідальний") == 1


def test_every_font_is_embedded_and_the_metadata_says_title_and_language() -> None:
    for build, language in ((programme_pdf, "uk"), (programme_pdf, "uk+en"),
                            (participants_pdf, "en"), (checklist_pdf, "uk")):  # fmt: skip
        data = build(sample.city_day(), language)  # type: ignore[operator]
        rows = sample.fonts(data)
        assert rows and all(row[3] == "yes" for row in rows), rows
        assert all("Liberation" in row[0] for row in rows)
        reader = PdfReader(io.BytesIO(data))
        assert reader.trailer["/Root"]["/Lang"] == ("en" if language == "en" else "uk")
        assert reader.metadata is not None and reader.metadata.title
    title = PdfReader(io.BytesIO(programme_pdf(sample.city_day(), "uk"))).metadata
    assert title is not None
    assert title.title == ("Програма перебування: Офіційний візит делегації міського району "
                           "Прага 6 з нагоди Дня міста")  # fmt: skip


def test_the_same_input_gives_the_same_bytes() -> None:
    for build in (programme_pdf, participants_pdf, checklist_pdf):
        for language in ("uk", "en", "uk+en"):
            first = build(sample.city_day(), language)  # type: ignore[arg-type]
            assert first == build(sample.city_day(), language)  # type: ignore[arg-type]
            assert first.startswith(b"%PDF")


def test_a_delegation_with_nothing_entered_still_prints() -> None:
    visit = sample.empty()
    uk = pdftotext(programme_pdf(visit, "uk"))
    assert "Програму ще не складено." in uk
    assert "ПРОГРАМА ПЕРЕБУВАННЯ" in uk and "27–29 вересня 2027 року" in uk
    en = pdftotext(programme_pdf(visit, "en"))
    assert "The programme has not been drawn up yet." in en
    both = words(programme_pdf(visit, "uk+en"))
    assert "Програму ще не складено. The programme has not been drawn up yet." in both
    assert "Учасників ще не внесено." in pdftotext(participants_pdf(visit, "uk"))
    assert "There are no tasks yet." in pdftotext(checklist_pdf(visit, "en"))
    # Only cancelled items: nothing to print either.
    cancelled = sample.city_day((sample.item(1, date(2027, 9, 27), 9, "Обід",
                                             status=AgendaStatus.CANCELLED),))  # fmt: skip
    assert "Програму ще не складено." in pdftotext(programme_pdf(cancelled, "uk"))


def test_an_item_with_no_venue_no_people_and_a_person_with_no_latin_name() -> None:
    nobody = PrintedPerson(9, "Ірина Щербак")  # no Latin name, no position
    visit = sample.city_day((sample.item(1, date(2027, 9, 27), 9, "Нарада", responsible=nobody),))
    text = pdftotext(programme_pdf(visit, "en"))
    assert "Iryna Shcherbak" in text and "Нарада" in text
    assert "Ірина Щербак" in pdftotext(programme_pdf(visit, "uk"))


def test_a_cancelled_visit_says_so() -> None:
    visit = sample.city_day(status=DelegationStatus.CANCELLED)
    assert "Візит скасовано." in pdftotext(programme_pdf(visit, "uk"))


def test_when_reportlab_gives_up_the_document_is_made_again_shortened() -> None:
    """The last resort: a story reportlab cannot lay out (here a block taller than any page
    while texts are whole) is built again with long texts shortened, and says so."""
    long = "Опис " * 400

    def make(look: documents._Look) -> tuple[list[object], DocumentInfo]:
        story: list[object] = [documents.Paragraph(look.cut(long), look.cell)]
        if look.limit is None:
            story.append(Spacer(1, 400 * mm))  # no page holds it: LayoutError
        return story, DocumentInfo("Т", "uk")

    data = documents._build(make, "uk")  # type: ignore[arg-type]
    text = words(data)
    assert text.startswith("Деякі описи скорочено, щоб документ вмістився на сторінках.")
    assert "(скорочено)" in text
    assert text.count("Опис") < 400


# --- The participant list and the checklist -------------------------------------------------


def test_the_participant_list_by_role_and_precedence() -> None:
    data = participants_pdf(sample.city_day(), "uk")
    text = words(data)
    raw = raw_text(data)
    assert in_order(raw, ["Голова делегації", "Томаш Дворжак", "Заступник голови делегації",
                          "Яна Новакова", "Члени делегації", "Мартін Черний",
                          "Посадові особи сторони, що приймає", "Ґанна Їжакевич",
                          "Перекладачі", "Євгенія Ільчишин"])  # fmt: skip
    for phrase in ("СПИСОК УЧАСНИКІВ", "Tomáš Dvořák", "Староста міського району Прага 6",
                  "Міський район Прага 6", "27.09.2027 07:55", "поїзд IC 705",
                  "29.09.2027 20:15", "поїзд IC 706", "Готель «Поділля»",
                  "Ganna Yizhakevych", "Оксана МЕЛЬНИЧУК"):  # fmt: skip
        assert phrase in text, phrase
    assert [int(n) for n in re.findall(r"^(\d)\. ", raw, re.M)] == [1, 2, 3, 4, 5]
    english = words(participants_pdf(sample.city_day(), "en"))
    for phrase in ("LIST OF PARTICIPANTS", "Head of the delegation", "Mayor of Prague 6",
                  "Prague 6 City District", "train IC 705", "Hotel «Podillia»",
                  "Khmelnytskyi City Council"):  # fmt: skip
        assert phrase in english, phrase


def test_the_checklist() -> None:
    text = words(checklist_pdf(sample.city_day(), "uk"))
    for phrase in ("ЧЕК-ЛИСТ ПІДГОТОВКИ ВІЗИТУ", "Надіслати офіційне запрошення", "Запрошення",
                  "13.08.2027", "Виконано 12.08.2027", "Забронювати готель", "Проживання",
                  "Оксана Мельничук", "Відкрито", "Подарунки № 22 «Поділля»", "Скасовано"):  # fmt: skip
        assert phrase in text, phrase
    assert in_order(text, ["Надіслати офіційне запрошення", "Забронювати готель",
                           "Подарунки № 22"])  # fmt: skip
    english = words(checklist_pdf(sample.city_day(), "en"))
    assert "Send the official invitation" in english and "Done 12.08.2027" in english
    assert "Забронювати готель" in english  # no English title: the Ukrainian one


# --- What falls back ------------------------------------------------------------------------


def test_missing_translations_name_each_fallback() -> None:
    visit = sample.city_day()
    assert missing_translations(visit, "uk") == []
    english = missing_translations(visit, "en")
    assert "Пункт «Екскурсія музеєм», 28.09 15:00: немає англійської назви." in english
    assert "Місце проведення «Музей «Літературне Поділля»»: немає англійської назви." in english
    assert ("Ґанна Їжакевич: немає імені латиницею, буде транслітерація «Ganna Yizhakevych»."
            in english)  # fmt: skip
    assert "Мартін Черний: немає посади англійською, буде українська." in english
    assert "Завдання «Забронювати готель», 06.09: немає англійської назви." in english
    assert not any("Обід" in gap for gap in english)  # cancelled: not printed
    assert len(english) == len(set(english))  # each once
    assert missing_translations(visit, "uk+en") == english
    assert missing_translations(visit, "en", kind="checklist") == [
        "Завдання «Забронювати готель», 06.09: немає англійської назви."
    ]
    assert "Item “Екскурсія музеєм”, 28.09 15:00: no English title." in missing_translations(
        visit, "en", ui="en"
    )
    unset = missing_translations(sample.empty(), "uk")
    assert unset == [
        "Налаштування: не вказано назву ради — у шапці її не буде.",
        "Налаштування: не вказано посаду й ім’я керівника управління — підпису не буде.",
    ]
    only_uk = replace(visit, council=Bilingual("Хмельницька міська рада", ""),
                      signatory=replace(visit.signatory, name=Bilingual("Оксана МЕЛЬНИЧУК")))  # fmt: skip
    gaps = missing_translations(only_uk, "en", kind="programme")
    assert "Налаштування: немає англійської назви ради, буде українська." in gaps
    assert ("Налаштування: немає імені керівника латиницею, буде транслітерація "
            "«Oksana MELNYCHUK»." in gaps)  # fmt: skip


@pytest.mark.parametrize("language", ["uk", "en", "uk+en"])
def test_the_abroad_programme_renders_in_every_language(language: str) -> None:
    data = programme_pdf(sample.taipei(), language)  # type: ignore[arg-type]
    assert sample.page_count(data) <= 2
    assert all(row[3] == "yes" for row in sample.fonts(data))
