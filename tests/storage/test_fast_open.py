"""Opening a database already at the newest schema is quick: no Alembic, and the GUI's start
leaves reportlab and icalendar unloaded until an export needs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from planner.storage.database import HEAD_REVISION, head_revision, open_database


def test_head_revision_is_the_newest_migration() -> None:
    assert head_revision() == HEAD_REVISION, (
        "a migration was added: set planner.storage.database.HEAD_REVISION to its revision"
    )


def _modules_after(code: str, database: Path) -> dict[str, bool]:
    probe = (
        f"{code}\nimport json, sys\n"
        "print(json.dumps({m: m in sys.modules for m in ('alembic', 'reportlab', 'icalendar')}))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PLANNER_DB": str(database)}
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True,
                          text=True, check=True)  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_a_current_database_opens_without_alembic(tmp_path: Path) -> None:
    database = tmp_path / "current.sqlite3"
    open_database(database).close()  # created and migrated (this process loads Alembic)
    loaded = _modules_after(
        "import os\nfrom planner.storage.database import open_database\n"
        "open_database(os.environ['PLANNER_DB']).close()",
        database,
    )
    assert loaded == {"alembic": False, "reportlab": False, "icalendar": False}


def test_the_main_window_starts_without_the_exporters(tmp_path: Path) -> None:
    database = tmp_path / "window.sqlite3"
    open_database(database).close()
    loaded = _modules_after(
        "import os\nfrom PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\napp = QApplication([])\n"
        "from planner.gui.main_window import MainWindow\n"
        "from planner.storage.database import open_database\n"
        "db = open_database(os.environ['PLANNER_DB'])\n"
        f"w = MainWindow(db, 'uk', QSettings({str(tmp_path / 's.ini')!r}, "
        "QSettings.Format.IniFormat))\nw.show()\napp.processEvents()",
        database,
    )
    assert loaded == {"alembic": False, "reportlab": False, "icalendar": False}
