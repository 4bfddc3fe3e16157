"""An area whose work is still being built: it says what will be there, never an empty page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ComingArea(QWidget):
    def __init__(self, title: str, promise: str) -> None:
        super().__init__()
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        text = QLabel(promise)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setObjectName("coming_text")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addStretch()
        self.promise = text

    def refresh(self) -> None:
        """Nothing to refresh yet."""
