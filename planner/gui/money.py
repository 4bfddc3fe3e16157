"""Sums of money in hryvnias: shown as the interface's language writes them ("1 234,50 грн",
"UAH 1,234.50"), and typed into an input that takes only figures."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QLocale, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from planner.domain.errors import ValidationError

# Digits (spaces between thousands allowed) and at most two after a comma or a point.
_MONEY_PATTERN = r"^\s*(\d[\d \x{00a0}]*([.,]\d{0,2})?)?\s*$"


def money_text(value: Decimal | None) -> str:
    """A sum as the officer types it: "1 234,50" in Ukrainian, "1,234.50" in English."""
    return "" if value is None else QLocale().toString(float(value), "f", 2)


def parse_money(text: str, field: str) -> Decimal | None:
    """A sum typed either way ("1 234,50", "1234.50", "1,234.50"); empty is None."""
    cleaned = "".join(text.split()).replace("\u00a0", "").replace("грн", "").replace("UAH", "")
    if not cleaned:
        return None
    if "," in cleaned and "." in cleaned:
        cleaned = cleaned.replace(",", "")  # 1,234.50
    cleaned = cleaned.replace(",", ".")
    # Hryvnias and at most two figures of kopecks: "1,234" or "1.234,50" is refused rather
    # than read as 1,23 (a sum a thousand times too small), and so is "1e5".
    if not re.fullmatch(r"-?\d+(\.\d{1,2})?|-?\.\d{1,2}", cleaned):
        raise ValidationError.single(field, "bad_money", value=text)
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError.single(field, "bad_money", value=text) from None
    return value.quantize(Decimal("0.01"))


def money(value: Decimal) -> str:
    """ "1 234,50 грн" in Ukrainian, "UAH 1,234.50" in English."""
    locale = QLocale()
    figure = locale.toString(float(value), "f", 2)
    return f"UAH {figure}" if locale.language() == QLocale.Language.English else f"{figure} грн"


class MoneyEdit(QLineEdit):
    """A sum in hryvnias: "3028,00" or "3 028.5"; empty means no sum (``value()`` is None).
    Only digits, spaces and one decimal comma or point can be typed, so it is never negative."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(_MONEY_PATTERN), self))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("0,00")

    def value(self) -> Decimal | None:
        try:
            return parse_money(self.text(), "value")
        except ValidationError:  # the validator lets only figures through
            return None

    def set_value(self, value: Decimal | None) -> None:
        # No group separators: the input takes spaces between thousands, not commas.
        self.setText("" if value is None else f"{value:.2f}".replace(".", ","))
