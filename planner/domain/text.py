"""Ukrainian-aware text rules: case folding for search, alphabetical sort keys, transliteration.

Python's ``sorted()`` and SQLite's ``lower()``/``LIKE`` know nothing of Ukrainian: they leave
Cyrillic capitals alone and put Є, І, Ї, Ґ after Я. Everything that searches or sorts people,
partners and delegations goes through the two functions here, so the database (which stores
their results in columns) and Python agree.
"""

from __future__ import annotations

import unicodedata

# The Ukrainian alphabet in its order (Правопис 2019, § 1); Russian-only letters are slotted
# next to their nearest Ukrainian neighbour so that foreign names still sort sensibly.
UKRAINIAN_ALPHABET = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"
_EXTRA_CYRILLIC = {"ё": "е", "ы": "и", "э": "є", "ъ": "ь"}
APOSTROPHES = "'’ʼ`´‘"

_CYRILLIC_BASE = 0x0200
_DIGIT_BASE = 0x0100
_LATIN_BASE = 0x0400
_OTHER_BASE = 0x1000


def _strip_latin_marks(text: str) -> str:
    """Drop accents from Latin letters only: й and ї are letters of their own, not и and і."""
    out: list[str] = []
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char) and out and "a" <= out[-1].lower() <= "z":
            continue
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


def fold(text: str | None) -> str:
    """The form in which text is compared when searching: case-free, accent-free Latin,
    one kind of apostrophe, single spaces.

    >>> fold("  Ґудзь  О’Коннор ") == fold("ґудзь о'коннор")
    True
    """
    if not text:
        return ""
    folded = unicodedata.normalize("NFC", text).casefold()
    for mark in APOSTROPHES:
        folded = folded.replace(mark, "'")
    folded = _strip_latin_marks(folded)
    return " ".join(folded.split())


def _weight(char: str) -> int | None:
    """Primary collation weight of one folded character; None for characters that are ignored."""
    if char == " ":
        return 0x0001
    if char in APOSTROPHES or char in '-.,;:!?"«»()[]/–—':
        return None
    if "0" <= char <= "9":
        return _DIGIT_BASE + ord(char) - ord("0")
    char = _EXTRA_CYRILLIC.get(char, char)
    position = UKRAINIAN_ALPHABET.find(char)
    if position >= 0:
        # Two slots per letter leave room for the Russian-only letters after their neighbours.
        return _CYRILLIC_BASE + position * 2
    if "a" <= char <= "z":
        return _LATIN_BASE + ord(char) - ord("a")
    return min(_OTHER_BASE + ord(char), 0xFFFF)


def sort_key(text: str | None) -> str:
    """An ASCII string whose plain byte order is Ukrainian alphabetical order of ``text``.

    Cyrillic comes before Latin (as in CLDR's Ukrainian collation), digits before both, case and
    Latin accents are ignored, apostrophes and punctuation do not count. The key is stored in
    a column so that SQLite and PostgreSQL sort by it without any collation of their own.
    """
    folded = fold(text)
    weights = (_weight(c) for c in folded)
    return "".join(f"{w:04x}" for w in weights if w is not None)


def ukrainian_sorted(items: list[str]) -> list[str]:
    """Sort strings in Ukrainian alphabetical order."""
    return sorted(items, key=lambda item: (sort_key(item), item))


# Official transliteration of Ukrainian into Latin, Cabinet of Ministers resolution No. 55 of
# 27 January 2010. Letters with a different form at the start of a word come in two columns.
_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
    "я": "ia",
}  # fmt: skip
_TRANSLIT_WORD_START = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def transliterate(text: str) -> str:
    """Ukrainian Cyrillic to Latin after resolution No. 55 (2010); other characters pass through.

    >>> transliterate("Згорани Їжакевич Юрій Щербухи")
    'Zghorany Yizhakevych Yurii Shcherbukhy'
    >>> transliterate("ЮРІЙ «Знам’янка» 'Ярема'")
    "YURII «Znamianka» 'Yarema'"
    """
    out: list[str] = []
    for i, char in enumerate(text):
        previous = text[i - 1] if i else ""
        following = text[i + 1] if i + 1 < len(text) else ""
        lower = char.lower()
        if lower in APOSTROPHES:
            if not (previous.isalpha() and following.isalpha()):
                out.append(char)  # a quotation mark, not the apostrophe inside a word
            continue
        if lower not in _TRANSLIT:
            out.append(char)
            continue
        inside_word = previous.isalpha() or (
            previous in APOSTROPHES and i >= 2 and text[i - 2].isalpha()
        )
        if lower == "г" and previous.lower() == "з":
            latin = "gh"
        elif not inside_word and lower in _TRANSLIT_WORD_START:
            latin = _TRANSLIT_WORD_START[lower]
        else:
            latin = _TRANSLIT[lower]
        if char.isupper() and latin:
            all_capitals = following.isupper() or (previous.isupper() and previous.isalpha())
            latin = latin.upper() if all_capitals else latin[0].upper() + latin[1:]
        out.append(latin)
    return "".join(out)


def search_text(*parts: str | None) -> str:
    """What a record is found by: its folded fields, plus their Latin transliteration, so that
    "Khmelnytskyi" finds "Хмельницький" and the reverse spelling is found by itself."""
    joined = " ".join(p for p in parts if p)
    folded = fold(joined)
    latin = fold(transliterate(joined))
    return folded if latin == folded else f"{folded} | {latin}"
