"""The names and texts a badge or a table card prints, from a person as the office keeps them."""

from __future__ import annotations

from planner.domain.badges import in_language, printed_name, tent_card_for, transliterated_names
from planner.domain.records import Person


def test_a_ukrainian_without_a_latin_name_is_transliterated_after_resolution_55() -> None:
    names = printed_name(Person("Згорань", "Ґанна", country="UA"))
    assert (names.name, names.name_latin) == ("Ґанна Згорань", "Ganna Zghoran")
    assert names.second_name == "Ganna Zghoran"
    assert names.latin_transliterated


def test_a_stored_latin_name_wins_part_by_part() -> None:
    names = printed_name(Person("Їжакевич", "Ірина", family_name_latin="Izhakevich"))
    assert names.name_latin == "Iryna Izhakevich"  # the given name transliterated
    assert names.latin_transliterated
    whole = printed_name(Person("Їжакевич", "Ірина", family_name_latin="Izhakevich",
                                given_names_latin="Irina"))  # fmt: skip
    assert whole.name_latin == "Irina Izhakevich" and not whole.latin_transliterated


def test_a_foreigner_is_named_as_in_the_passport_with_the_cyrillic_under_it() -> None:
    names = printed_name(Person("Дворжак", "Томаш", family_name_latin="Dvořák",
                                given_names_latin="Tomáš", country="CZ"))  # fmt: skip
    assert names.name == "Tomáš Dvořák"
    assert names.second_name == "Томаш Дворжак"
    typed_in_latin = printed_name(Person("Smith", "John", country="GB"))
    assert typed_in_latin.name == "John Smith" and typed_in_latin.second_name == ""
    assert not typed_in_latin.latin_transliterated
    no_latin = printed_name(Person("Новак", "Ян", country="CZ"))
    assert no_latin.name == "Ян Новак" and no_latin.latin_transliterated


def test_texts_fall_back_to_the_other_language_and_both_print_once() -> None:
    assert in_language("Радник", "Adviser", "uk") == ("Радник",)
    assert in_language("", "Adviser", "uk") == ("Adviser",)
    assert in_language("Радник", "", "en") == ("Радник",)
    assert in_language("Радник", "Adviser", "uk+en") == ("Радник", "Adviser")
    assert in_language("UNDP", "UNDP", "uk+en") == ("UNDP",)
    assert in_language("", "", "uk+en") == ()


def test_the_names_to_check_before_printing_are_the_transliterated_ones() -> None:
    cards = [tent_card_for(Person("Коваль", "Ґанна")),
             tent_card_for(Person("Коваль", "Ґанна", family_name_latin="Koval",
                                  given_names_latin="Hanna"))]  # fmt: skip
    assert transliterated_names(cards) == ["Ґанна Коваль"]
