"""PySide6 6.12.0 aborts CPython 3.11 ("Fatal Python error: none_dealloc") after a few thousand
item-model calls. The pin keeps us below it; this test makes many such calls and would crash
the run on a broken build."""

from __future__ import annotations

import PySide6
import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from planner.gui.main_window import MainWindow
from planner.services.workspace import Database

pytestmark = pytest.mark.gui


def test_pyside_is_below_the_broken_release() -> None:
    major, minor = (int(part) for part in PySide6.__version__.split(".")[:2])
    assert (major, minor) < (6, 12)


def test_many_item_model_calls_do_not_crash(qtbot: QtBot, visits_db: Database,
                                            gui_settings: QSettings) -> None:  # fmt: skip
    window = MainWindow(visits_db, "uk", gui_settings)
    qtbot.addWidget(window)
    model = window.delegations.model
    seen = 0
    for _ in range(1500):
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                if model.data(index, Qt.ItemDataRole.DisplayRole) is not None:
                    seen += 1
                model.data(index, Qt.ItemDataRole.ToolTipRole)  # None for most cells
    assert seen == 1500 * model.rowCount() * model.columnCount()
