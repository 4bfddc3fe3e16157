"""Driving widgets as a user does: typing text (Cyrillic included) with real key events."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from planner.domain.enums import Direction


def type_text(widget: QWidget, text: str) -> None:
    """Send key events that carry ``text``: ``qtbot.keyClicks`` aborts on Cyrillic."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


VISITS = (
    ("Делегація міського району Прага 6 на День міста", "Prague 6 delegation for City Day",
     Direction.INCOMING, date(2024, 9, 27), date(2024, 9, 29), "Прага 6", "CZ"),
    ("Євроміста: щорічна конференція", "Eurocities annual conference",
     Direction.OUTGOING, date(2024, 5, 29), date(2024, 5, 31), "", "RO"),
    ("Ґендерна рівність: онлайн-зустріч", "Gender equality online meeting",
     Direction.ONLINE, date(2024, 4, 11), date(2024, 4, 11), "", "UA"),
    ("Іноземні інвестори: зустріч із фондом UAID", "Meeting with the UAID fund",
     Direction.INCOMING, date(2024, 10, 1), date(2024, 10, 1), "", "US"),
    ("Їжа та культура: фестиваль у Сілістрі", "Food and culture festival in Silistra",
     Direction.OUTGOING, date(2024, 6, 29), date(2024, 7, 4), "", "BG"),
)  # fmt: skip


def answer_next_box(answer: QMessageBox.StandardButton | str, seen: list[str] | None = None,
                    delay_ms: int = 0) -> None:  # fmt: skip
    """Answer the next modal message box once it shows: a standard button, or the button whose
    text (mnemonic aside) is ``answer``; its text and informative text go into ``seen``."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, press)  # not shown yet
            return
        if seen is not None:
            seen.append(box.text() + ("\n" + box.informativeText() if box.informativeText()
                                      else ""))  # fmt: skip
        if isinstance(answer, str):
            button = next(b for b in box.buttons() if b.text().replace("&", "") == answer)
        else:
            button = box.button(answer)
        button.click()

    QTimer.singleShot(delay_ms, press)
