"""Ukrainian text rules: case folding for search, alphabetical sort keys, KMU 55 transliteration."""

from __future__ import annotations

import random

import pytest

from planner.domain.text import fold, search_text, sort_key, transliterate, ukrainian_sorted

# Surnames in Ukrainian alphabetical order (а б в г ґ д е є ж з и і ї й к ... ю я), then Latin.
# Each neighbouring pair is a case that code-point order gets wrong or that needs a rule:
# Ґ after Г, Є after Е, І and Ї after И, Й after Ї, a space before any letter.
ALPHABETICAL = [
    "Абрамович",
    "Гончар",
    "Ґудзь",
    "Дмитренко",
    "Емець",
    "Євтушенко",
    "Єрмак",
    "Жук",
    "Иваничук",
    "Іван Франко",
    "Іваненко",
    "Їжак",
    "Йосипенко",
    "Марченко",
    "Мар’яненко",  # the apostrophe does not count: "маряненко"
    "Марянович",
    "Ярема",
    "Adams",
    "Zimmermann",
]


# fold


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("ҐУДЗЬ", "Ґудзь"),
        ("ґудзь", "Ґудзь"),
        ("ЄРМАК", "Єрмак"),
        ("ІВАНЕНКО", "іваненко"),
        ("ЇЖАК", "Їжак"),
        ("ЙОСИПЕНКО", "йосипенко"),
        ("Знам'янка", "Знам’янка"),  # typewriter apostrophe and the typographic one
        ("Знамʼянка", "Знам’янка"),  # the modifier letter apostrophe (U+02BC)
        ("Знам`янка", "Знам’янка"),
        ("Kraków", "krakow"),
        ("Müller", "MULLER"),
        ("Ciechanów", "ciechanow"),
        ("  Прага \t 6  ", "прага 6"),
    ],
)
def test_fold_makes_spellings_that_mean_the_same_compare_equal(typed: str, stored: str) -> None:
    assert fold(typed) == fold(stored)


def test_fold_gives_lower_case_with_one_apostrophe_and_single_spaces() -> None:
    assert fold("  ҐАНДЗЯ  Мар’ЯНА ") == "ґандзя мар'яна"
    assert fold("Île-de-France") == "ile-de-france"


@pytest.mark.parametrize(
    ("one", "other"),
    [("Йосип", "Иосип"), ("Їжак", "Іжак"), ("Гончар", "Ґончар"), ("Єва", "Ева"), ("Іван", "Иван")],
)
def test_fold_keeps_ukrainian_letters_apart(one: str, other: str) -> None:
    # й and ї look like и and і with a mark, but they are letters of their own.
    assert fold(one) != fold(other)


def test_fold_keeps_й_and_ї_when_typed_decomposed() -> None:
    decomposed = "И\u0306осип Ї".replace("Ї", "І\u0308")
    assert fold(decomposed) == "йосип ї"


@pytest.mark.parametrize("empty", [None, "", "   "])
def test_fold_of_nothing_is_empty(empty: str | None) -> None:
    assert fold(empty) == ""


# sort_key and ukrainian_sorted


def test_ukrainian_sorted_puts_names_in_alphabetical_order() -> None:
    shuffled = ALPHABETICAL[:]
    random.Random(2024).shuffle(shuffled)
    assert shuffled != ALPHABETICAL
    assert ukrainian_sorted(shuffled) == ALPHABETICAL


def test_plain_python_sort_gets_ukrainian_order_wrong() -> None:
    # Code points put Є, І, Ї (U+0404-0407) before А and Ґ (U+0490) after я: the reason the
    # planner has its own sort key.
    plain = sorted(ALPHABETICAL)
    assert plain != ALPHABETICAL
    assert plain.index("Євтушенко") < plain.index("Абрамович")
    assert plain.index("Іваненко") < plain.index("Гончар")
    assert plain.index("Ґудзь") > plain.index("Ярема")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Гончар", "Ґудзь"),
        ("Ємець", "Єрмак"),
        ("Емець", "Євтушенко"),
        ("Иваничук", "Іваненко"),
        ("Іваненко", "Їжак"),
        ("Їжак", "Йосипенко"),
        ("Ярема", "Adams"),  # Cyrillic before Latin
        ("2024", "Абрамович"),  # digits before letters
        ("Прага 6", "Прагаєв"),  # a word ends before a longer one begins
    ],
)
def test_sort_key_orders_each_pair(first: str, second: str) -> None:
    assert sort_key(first) < sort_key(second)


@pytest.mark.parametrize(
    "spellings",
    [
        ("ЄРМАК", "Єрмак", "єрмак"),
        ("Мар’яненко", "Марʼяненко", "Мар'яненко", "Маряненко"),
        ("Éva", "Eva", "EVA"),
        ("Ґудзь-Коваль", "ґудзь коваль".replace(" ", "")),
    ],
)
def test_sort_key_ignores_case_apostrophes_accents_and_hyphens(spellings: tuple[str, ...]) -> None:
    assert len({sort_key(s) for s in spellings}) == 1


def test_sort_key_is_ascii_so_databases_compare_it_byte_by_byte() -> None:
    key = sort_key("Ґудзь Їжак O’Brien 2024 «Київ»")
    assert key.isascii()
    assert len(key) % 4 == 0
    assert sort_key("") == ""


def test_ukrainian_sorted_is_stable_between_spellings_of_one_key() -> None:
    # Equal keys fall back on the text itself, so the order never depends on the input order.
    assert ukrainian_sorted(["єрмак", "Єрмак"]) == ukrainian_sorted(["Єрмак", "єрмак"])


# transliterate: the examples of the official table (Cabinet of Ministers resolution No. 55, 2010)


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Алушта", "Alushta"),
        ("Андрій", "Andrii"),
        ("Борщагівка", "Borshchahivka"),
        ("Вишгород", "Vyshhorod"),
        ("Гадяч", "Hadiach"),
        ("Згорани", "Zghorany"),
        ("Розгон", "Rozghon"),
        ("Ґалаґан", "Galagan"),
        ("Дон", "Don"),
        ("Рівне", "Rivne"),
        ("Єнакієве", "Yenakiieve"),
        ("Гаєвич", "Haievych"),
        ("Житомир", "Zhytomyr"),
        ("Закарпаття", "Zakarpattia"),
        ("Медвин", "Medvyn"),
        ("Іршава", "Irshava"),
        ("Їжакевич", "Yizhakevych"),
        ("Кадиївка", "Kadyivka"),
        ("Йосипівка", "Yosypivka"),
        ("Стрий", "Stryi"),
        ("Олексій", "Oleksii"),
        ("Київ", "Kyiv"),
        ("Миколаїв", "Mykolaiv"),
        ("Ніжин", "Nizhyn"),
        ("Одеса", "Odesa"),
        ("Полтава", "Poltava"),
        ("Ромни", "Romny"),
        ("Суми", "Sumy"),
        ("Тетерів", "Teteriv"),
        ("Ужгород", "Uzhhorod"),
        ("Фастів", "Fastiv"),
        ("Хотин", "Khotyn"),
        ("Біла Церква", "Bila Tserkva"),
        ("Чернівці", "Chernivtsi"),
        ("Шостка", "Shostka"),
        ("Гоща", "Hoshcha"),
        ("Щербухи", "Shcherbukhy"),
        ("Русь", "Rus"),
        ("Юрій", "Yurii"),
        ("Корюківка", "Koriukivka"),
        ("Яготин", "Yahotyn"),
        ("Ярошенко", "Yaroshenko"),
        ("Костянтин", "Kostiantyn"),
        ("Знам’янка", "Znamianka"),
        ("Знам'янка", "Znamianka"),
        ("Феодосія", "Feodosiia"),
        ("Хмельницький", "Khmelnytskyi"),
    ],
)
def test_transliterate_follows_kmu_55(cyrillic: str, latin: str) -> None:
    assert transliterate(cyrillic) == latin


def test_transliterate_uses_word_start_forms_for_each_word() -> None:
    assert transliterate("Юлія Єрмак, Яготин") == "Yuliia Yermak, Yahotyn"
    assert transliterate("вул. Їжакевича") == "vul. Yizhakevycha"


def test_transliterate_keeps_capitals_of_words_written_in_capitals() -> None:
    """Surnames in capitals (NAME SURNAME in signatures) stay in capitals."""
    assert transliterate("Оксана МЕЛЬНИЧУК") == "Oksana MELNYCHUK"
    assert transliterate("ЩЕРБУХИ, ЗГОРАНИ, ЮРІЙ") == "SHCHERBUKHY, ZGHORANY, YURII"
    assert transliterate("О. Щ. Петренко") == "O. Shch. Petrenko"


def test_transliterate_tells_quotation_marks_from_apostrophes() -> None:
    assert transliterate("'Ярема' і ‘Юрій’") == "'Yarema' i ‘Yurii’"
    assert transliterate("Знам'янка, В’ячеслав") == "Znamianka, Viacheslav"


def test_transliterate_leaves_latin_digits_and_punctuation_alone() -> None:
    assert transliterate("Прага 6 (Praha 6), CZ-160 00") == "Praha 6 (Praha 6), CZ-160 00"
    assert transliterate("") == ""


# search_text


def test_search_text_holds_the_folded_name_and_its_transliteration() -> None:
    found_by = search_text("Хмельницький", None, "Ґанна")
    assert "хмельницький" in found_by
    assert "khmelnytskyi" in found_by
    assert "ґанна" in found_by
    assert "ganna" in found_by


def test_search_text_of_latin_only_text_is_not_doubled() -> None:
    assert search_text("Prague", "CZ") == "prague cz"
