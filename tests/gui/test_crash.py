"""A defect in the planner is written to the error log and told in plain words, never left as
a traceback on a terminal nobody sees."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from planner.gui import crash
from tests.gui.helpers import answer_next_box

pytestmark = pytest.mark.gui


def _defect() -> tuple[type[BaseException], BaseException, object]:
    try:
        {}["немає такого ключа"]
    except KeyError:
        return sys.exc_info()  # type: ignore[return-value]
    raise AssertionError("no defect")


def test_a_defect_is_logged_and_told_in_ukrainian(qtbot: QtBot) -> None:
    seen: list[str] = []
    answer_next_box(QMessageBox.StandardButton.Ok, seen)
    written = crash.report_defect(*_defect())  # type: ignore[arg-type]
    assert written is not None and written == crash.log_file()
    log = written.read_text(encoding="utf-8")
    assert "KeyError" in log and "немає такого ключа" in log
    (message,) = seen
    assert "Те, що збережено, у безпеці" in message
    assert str(written) in message


def test_a_second_defect_is_appended_to_the_log(qtbot: QtBot) -> None:
    for _ in range(2):
        answer_next_box(QMessageBox.StandardButton.Ok)
        written = crash.report_defect(*_defect())  # type: ignore[arg-type]
    assert written is not None
    assert written.read_text(encoding="utf-8").count("KeyError") == 2


def test_install_makes_it_the_excepthook(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    crash.install()
    assert sys.excepthook is crash.report_defect
