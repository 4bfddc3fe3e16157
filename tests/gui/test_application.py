"""Start-up as the user meets it: the database chosen, a bad file refused with a message."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from planner.gui.application import Application, choose_language
from planner.services.workspace import Database

pytestmark = pytest.mark.gui


def test_opens_the_chosen_database(qtbot: QtBot, qapp: QApplication, visits_db: Database) -> None:
    app = Application(qapp, "uk")
    assert visits_db.path is not None
    assert app.open(str(visits_db.path))
    assert app.window is not None
    qtbot.addWidget(app.window)
    assert app.window.isVisible()
    assert str(visits_db.path) in app.window.windowTitle()
    assert app.window.delegations.model.rowCount() == 5
    assert app.settings.value("database/last") == f"sqlite:///{visits_db.path}"


def test_a_foreign_file_is_refused_with_a_message(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    foreign = tmp_path / "letter.sqlite3"
    foreign.write_bytes(b"%PDF-1.7 not a database" * 100)
    app = Application(qapp, "en")
    assert not app.open(str(foreign))
    assert app.window is None
    assert shown == [f"“{foreign}” is not a planner database."]
    assert foreign.read_bytes().startswith(b"%PDF-1.7")


def test_language_choice() -> None:
    assert choose_language("en", "uk") == "en"
    assert choose_language(None, "en") == "en"
    assert choose_language("fr", None) in ("uk", "en")


def test_switching_the_language_from_the_menu(
    qtbot: QtBot, qapp: QApplication, visits_db: Database
) -> None:
    app = Application(qapp, "uk")
    assert visits_db.path is not None and app.open(str(visits_db.path))
    first = app.window
    assert first is not None
    qtbot.addWidget(first)
    assert first.menuBar().actions()[0].text() == "&Файл"

    first.findChild(QAction, "language_en").trigger()

    second = app.window
    assert second is not None and second is not first and not first.isVisible()
    qtbot.addWidget(second)
    assert second.menuBar().actions()[0].text() == "&File"
    assert second.delegations.model.headerData(0, Qt.Orientation.Horizontal) == "Dates"
    assert second.delegations.model.index(0, 2).data() == "online"  # the records' words follow too
    assert second.findChild(QAction, "language_en").isChecked()
    assert app.settings.value("language") == "en"

    second.findChild(QAction, "language_uk").trigger()
    assert app.window is not None
    qtbot.addWidget(app.window)
    assert app.window.delegations.model.headerData(0, Qt.Orientation.Horizontal) == "Дати"
