"""What the officer sees when the planner itself fails (a defect, not their mistake): a plain
message that their saved work is safe, the details written to a log file beside the data,
and the window still usable. Installed as ``sys.excepthook`` when the application starts."""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

_showing = False


def log_file() -> Path:
    """The error log in the per-user log folder (~/.local/state/delegation-planner/log)."""
    return Path(platformdirs.user_log_dir("delegation-planner", appauthor=False)) / "errors.log"


def report_defect(kind: type[BaseException], value: BaseException,
                  trace: TracebackType | None) -> Path | None:  # fmt: skip
    """Log the defect and tell the officer; returns the log file written (None if none)."""
    global _showing
    details = "".join(traceback.format_exception(kind, value, trace))
    if sys.__stderr__ is not None:
        sys.__stderr__.write(details)
    written: Path | None = log_file()
    try:
        assert written is not None
        written.parent.mkdir(parents=True, exist_ok=True)
        with written.open("a", encoding="utf-8") as log:
            log.write(f"--- {datetime.now().astimezone():%Y-%m-%d %H:%M:%S %z}\n{details}\n")
    except OSError:
        written = None
    if _showing or QApplication.instance() is None:
        return written  # one message at a time: a defect inside the message itself is logged
    _showing = True
    try:
        # No parent: the window in front may be the one whose defect this is, on its way out,
        # and a message box dies with its parent.
        box = QMessageBox()
        box.setWindowModality(Qt.WindowModality.ApplicationModal)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("Crash", "The planner ran into a problem"))
        box.setText(QCoreApplication.translate(
            "Crash", "Something went wrong inside the planner. What was saved is safe: every "
            "change is saved whole or not at all. Please try again; if it happens again, send "
            "the details to whoever looks after the planner."))  # fmt: skip
        if written is not None:
            box.setInformativeText(
                QCoreApplication.translate("Crash", "The details were written to %1.").replace(
                    "%1", str(written)
                )
            )
        box.setDetailedText(details)
        box.setObjectName("defect_message")
        box.exec()
    finally:
        _showing = False

    return written


def install() -> None:
    sys.excepthook = report_defect
