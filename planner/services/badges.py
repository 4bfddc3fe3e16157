"""Printing a delegation's name badges and table cards: its participants in their order of
precedence, made into badges and cards and laid out as PDF.

Both calls only read, and may run off the window's thread (the GUI's preview does)."""

from __future__ import annotations

from planner.domain.badges import (
    Badge,
    PrintLanguage,
    TentCard,
    badge_for,
    tent_card_for,
    transliterated_names,
)
from planner.domain.records import Delegation
from planner.exports.badges import badges_pdf, tent_cards_pdf
from planner.services.delegations import get_delegation
from planner.services.people import list_participants
from planner.storage.database import Database


def delegation_badges(db: Database, delegation_id: int) -> tuple[Delegation, list[Badge]]:
    """The delegation and a badge for each of its participants, in order of precedence;
    ``NotFoundError`` for an unknown or deleted delegation."""
    delegation = get_delegation(db, delegation_id)
    rows = list_participants(db, delegation_id)
    return delegation, [badge_for(row.person, row.participation, delegation) for row in rows]


def delegation_tent_cards(db: Database, delegation_id: int) -> tuple[Delegation, list[TentCard]]:
    """The delegation and a table card for each of its participants, in order of precedence;
    ``NotFoundError`` for an unknown or deleted delegation."""
    delegation = get_delegation(db, delegation_id)
    return delegation, [tent_card_for(row.person) for row in list_participants(db, delegation_id)]


def badges_document(db: Database, delegation_id: int, language: PrintLanguage) -> bytes:
    """The PDF of the delegation's name badges, ten to an A4 sheet."""
    delegation, badges = delegation_badges(db, delegation_id)
    return badges_pdf(badges, language, subject=_subject(delegation, language))


def tent_cards_document(db: Database, delegation_id: int, language: PrintLanguage) -> bytes:
    """The PDF of the delegation's table cards, one to an A4 landscape page."""
    delegation, cards = delegation_tent_cards(db, delegation_id)
    return tent_cards_pdf(cards, language, subject=_subject(delegation, language))


def names_without_latin(db: Database, delegation_id: int) -> list[str]:
    """The participants whose Latin name is not stored and would be printed transliterated
    (resolution No. 55): what to show the user before printing."""
    return transliterated_names(delegation_badges(db, delegation_id)[1])


def _subject(delegation: Delegation, language: PrintLanguage) -> str:
    if language == "en":
        return delegation.title_en or delegation.title_uk
    return delegation.title_uk or delegation.title_en
