"""What a name badge and a folded table card say about a participant: plain read models for the
PDF builders, made from a person, their place in a delegation and the delegation.

Names follow the office's convention: a Ukrainian's name in Cyrillic with its Latin form
(the stored one, else the Cabinet of Ministers' transliteration No. 55 of 2010); a foreigner's
as written in their passport (the Latin fields), with the Cyrillic spelling the hosts read.
Nothing here carries personal data: no passport, phone, e-mail, dietary or health needs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from planner.domain.enums import ParticipantRole
from planner.domain.records import Delegation, Participation, Person
from planner.domain.text import transliterate

# The languages a printed document comes in: Ukrainian, English, or both ("uk+en").
PrintLanguage = Literal["uk", "en", "uk+en"]
PRINT_LANGUAGES: tuple[PrintLanguage, ...] = ("uk", "en", "uk+en")


@dataclass(frozen=True)
class PrintedName:
    """A person's name as badges and table cards print it."""

    name: str  # the big line: native script (Cyrillic for Ukrainians, the passport's otherwise)
    name_latin: str  # Latin: as stored, else transliterated
    name_cyrillic: str  # Cyrillic, as stored (may be Latin when no Cyrillic spelling is kept)
    latin_transliterated: bool = False  # no Latin name was stored: the Latin is made up here

    @property
    def second_name(self) -> str:
        """The line under the big name: the Latin for a Ukrainian, the Cyrillic spelling for a
        foreigner whose big name is already Latin; empty when there is no other spelling."""
        for other in (self.name_latin, self.name_cyrillic):
            if other and other != self.name:
                return other
        return ""


@dataclass(frozen=True)
class Badge:
    """One name badge of a delegation's participant."""

    names: PrintedName
    position_uk: str = ""
    position_en: str = ""
    organisation: str = ""
    delegation_uk: str = ""
    delegation_en: str = ""
    role: ParticipantRole = ParticipantRole.MEMBER

    @property
    def name(self) -> str:
        return self.names.name

    @property
    def name_latin(self) -> str:
        return self.names.name_latin


@dataclass(frozen=True)
class TentCard:
    """One folded table card: the name in both scripts and the position, on both halves."""

    names: PrintedName
    position_uk: str = ""
    position_en: str = ""

    @property
    def name(self) -> str:
        return self.names.name

    @property
    def name_latin(self) -> str:
        return self.names.name_latin


def printed_name(person: Person) -> PrintedName:
    """The names of ``person`` for a badge or a table card; each Latin part the stored one,
    else the transliteration of its Cyrillic."""
    cyrillic = _joined(person.given_names, person.family_name)
    given_latin = person.given_names_latin.strip() or transliterate(person.given_names.strip())
    family_latin = person.family_name_latin.strip() or transliterate(person.family_name.strip())
    latin = _joined(given_latin, family_latin)
    pairs = ((person.given_names, person.given_names_latin),
             (person.family_name, person.family_name_latin))  # fmt: skip
    unstored = any(part.strip() and not latin_part.strip() for part, latin_part in pairs)
    made_up = unstored and latin != cyrillic  # a name typed in Latin needs no Latin of its own
    foreign_passport = person.country != "UA" and bool(person.latin_name.strip())
    native = latin if foreign_passport else cyrillic or latin
    return PrintedName(native, latin, cyrillic, made_up)


def _joined(*parts: str) -> str:
    return " ".join(" ".join(part.split()) for part in parts if part.strip())


def badge_for(person: Person, participation: Participation, delegation: Delegation) -> Badge:
    return Badge(
        names=printed_name(person),
        position_uk=person.position.strip(),
        position_en=person.position_en.strip(),
        organisation=person.organisation.strip(),
        delegation_uk=delegation.title_uk.strip(),
        delegation_en=delegation.title_en.strip(),
        role=participation.role,
    )


def tent_card_for(person: Person) -> TentCard:
    return TentCard(
        names=printed_name(person),
        position_uk=person.position.strip(),
        position_en=person.position_en.strip(),
    )


def in_language(uk: str, en: str, language: PrintLanguage) -> tuple[str, ...]:
    """The texts a document in ``language`` prints of a field kept in two languages: one
    falls back to the other when empty; both (Ukrainian first) for "uk+en", once if equal."""
    if language == "uk":
        return tuple(t for t in (uk or en,) if t)
    if language == "en":
        return tuple(t for t in (en or uk,) if t)
    return tuple(dict.fromkeys(t for t in (uk, en) if t))


def transliterated_names(cards: Sequence[Badge | TentCard]) -> list[str]:
    """The names printed with a transliterated Latin form because none is stored: what the
    user may want to check (a foreigner's passport spelling) before printing."""
    return [card.names.name for card in cards if card.names.latin_transliterated]
