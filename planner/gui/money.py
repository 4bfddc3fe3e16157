"""Sums of money in hryvnias: shown as the interface's language writes them ("1 234,50 грн",
"UAH 1,234.50"), and typed into an input that takes only figures."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QLocale, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

# Digits (spaces between thousands allowed) and at most two after a comma or a point.
_MONEY_PATTERN = r"^\s*(\d[\d \x{00a0}]*([.,]\d{0,2})?)?\s*$"


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
        cleaned = "".join(self.text().split()).replace("\u00a0", "").replace(",", ".")
        if not cleaned:
            return None
        try:
            return Decimal(cleaned).quantize(Decimal("0.01"))
        except InvalidOperation:  # the validator lets only figures through
            return None

    def set_value(self, value: Decimal | None) -> None:
        self.setText("" if value is None else f"{value:.2f}".replace(".", ","))
