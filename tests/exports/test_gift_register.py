"""The gift register PDF from read models: the limit checks and what the flag cell says."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from planner.domain.enums import GiftDirection
from planner.exports.gift_register import LimitCheck, RegisterEntry, gift_register_pdf, limit_text
from tests.exports.document_samples import fonts, pdftotext

D = Decimal


@pytest.mark.parametrize(("check", "above", "said"), [
    (LimitCheck(D(3028), D(6056), D("3028.00"), D("3028.00")), False, "ні"),
    (LimitCheck(D(3028), D(6056), D("3028.01"), D("3028.01")), True,
     "ТАК: понад 3 028,00 грн за подарунок"),
    (LimitCheck(D(3028), D(6056), D(100), D("6056.01")), True,
     "ТАК: понад 6 056,00 грн на рік від одного джерела"),
    (LimitCheck(D(3028), D(6056), D(100), D(100), marked=True), True, "ТАК (позначено)"),
    (LimitCheck(None, None, D(99999), D(99999)), False, "ліміт не задано"),
    (LimitCheck(D(3028), D(6056), None, D(0)), False, "вартість невідома"),
])  # fmt: skip
def test_what_the_limit_cell_says(check: LimitCheck, above: bool, said: str) -> None:
    assert check.above is above
    assert limit_text(check, check.value, "uk").replace("\u00a0", " ") == said


def test_a_flagged_gift_handed_over_in_english() -> None:
    entry = RegisterEntry(date(2026, 3, 2), GiftDirection.RECEIVED, "Порцеляновий сервіз",
                          giver="Мер міста Ґданськ", recipient="Міський голова",
                          value=D("4100"), handed_over=True,
                          limit=LimitCheck(D(3328), D(6656), D("4100"), D("4100")))  # fmt: skip
    data = gift_register_pdf([entry], date(2026, 3, 1), date(2026, 3, 31), "", "en")
    flat = " ".join(pdftotext(data).replace("\u00a0", " ").split())
    assert "for the period 1–31 March 2026" in flat
    assert {"Порцеляновий", "сервіз", "Ґданськ", "→"} <= set(flat.split())
    assert "YES: over UAH 3,328.00 per gift" in flat and "handed over to the community" in flat
    assert "Of which above the legal limit: 1" in flat
    assert all(f[3] == "yes" for f in fonts(data))
