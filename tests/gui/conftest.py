"""GUI fixtures: a database with visits in it, settings in a temporary file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from planner.domain.enums import DelegationStatus
from planner.domain.records import Delegation, Partner
from planner.gui.edits import Edits
from planner.gui.i18n import use_language
from planner.gui.workbench import Workbench
from planner.services.delegations import save_delegation
from planner.services.partners import save_partner
from planner.services.workspace import Database, open_database
from tests.gui.helpers import VISITS


@pytest.fixture
def visits_db(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "gui.sqlite3")
    prague = save_partner(db, Partner(name_uk="Прага 6", name_en="Prague 6", country="CZ"))
    for title_uk, title_en, direction, start, end, partner, country in VISITS:
        save_delegation(db, Delegation(
            direction=direction, title_uk=title_uk, title_en=title_en, start_date=start,
            end_date=end, country=country, status=DelegationStatus.PLANNED,
            partner_ids=(prague.id,) if partner and prague.id else (),
        ))  # fmt: skip
    yield db
    db.close()


@pytest.fixture(autouse=True)
def ukrainian_interface(qapp: QApplication) -> Iterator[None]:
    """Each GUI test starts in Ukrainian, as a new user's planner does."""
    use_language(qapp, "uk")
    yield
    use_language(qapp, "uk")


@pytest.fixture
def gui_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "planner.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def workbench(qtbot: QtBot, visits_db: Database, gui_settings: QSettings) -> Workbench:
    """What an area or editor gets from the main window, around a bare parent window; the
    delegations it is asked to open are recorded in ``opened``."""
    window = QWidget()
    qtbot.addWidget(window)
    opened: list[int | None] = []
    bench = Workbench(visits_db, Edits(window, "uk"), "uk", gui_settings, window, opened.append)
    bench.opened = opened  # type: ignore[attr-defined]
    return bench


@pytest.fixture(autouse=True)
def no_unanswered_question(qapp: QApplication) -> Iterator[None]:
    """A message box nobody answers would hang the suite: one left open for a few seconds is
    closed, and the test fails with its text."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    stuck: list[str] = []
    seen: dict[int, int] = {}

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen[id(box)] = seen.get(id(box), 0) + 1
            if seen[id(box)] >= 3:
                stuck.append(f"{box.windowTitle()}: {box.text()} {box.informativeText()}")
                box.reject()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(1000)
    yield
    timer.stop()
    assert not stuck, f"a message box was left unanswered: {stuck}"


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """A dialog a test leaves open with changes in it (a refused save, say) is dropped
    without its "unsaved changes?" question before pytest-qt closes the test's widgets, when
    no one is there to answer. QDialog's own reject hides it; a hidden dialog asks nothing."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    app = QApplication.instance()
    if isinstance(app, QApplication):
        for widget in app.topLevelWidgets():
            if isinstance(widget, QDialog) and not isinstance(widget, QMessageBox) \
                    and widget.isVisible():  # fmt: skip
                QDialog.reject(widget)
    return (yield)
