"""From launch to the main window showing the demo database, as a user starts the planner.

Writes the demo year into a temporary database once, then starts a fresh Python process N
times (default 7). Each child imports the planner, builds the Qt application and opens the
database as `planner --db` does, and reports how long after the parent launched it the main
window was first exposed; it also says whether reportlab or icalendar were imported (they must
load only when an export needs them). Goal (issue 3): within 1.5 s on this machine class.
For scale, the same number for a bare PySide6 window and for importing Qt with SQLAlchemy's ORM.

    .venv/bin/python benchmarks/bench_startup.py [--runs 7] [--platform offscreen|xcb]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import json, sys, time
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
launched = float(sys.argv[1])
what = sys.argv[2]
app = QApplication(sys.argv[:1])
if what == "planner":
    from planner.gui.application import Application
    from planner.gui.i18n import use_language
    use_language(app, "uk")
    planner = Application(app, "uk")
    assert planner.open(sys.argv[3])
    window = planner.window
elif what == "orm":
    import sqlalchemy.orm  # noqa: F401
    from PySide6.QtWidgets import QMainWindow
    window = QMainWindow(); window.show()
else:
    from PySide6.QtWidgets import QMainWindow
    window = QMainWindow(); window.show()
while not window.windowHandle() or not window.windowHandle().isExposed():
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
app.processEvents()  # the first paint
shown = time.time() - launched
print(json.dumps({"seconds": shown, "reportlab": "reportlab" in sys.modules,
                  "icalendar": "icalendar" in sys.modules}))
"""


def launch(what: str, database: str, env: dict[str, str]) -> dict[str, float | bool]:
    started = time.time()
    done = subprocess.run([sys.executable, "-c", CHILD, repr(started), what, database],
                          capture_output=True, text=True, env=env, check=True)  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        database = str(Path(folder) / "demo.sqlite3")
        planner = [sys.executable, "-m", "planner.app", "demo", "--db", database]
        subprocess.run(planner, check=True, capture_output=True)
        env = {**os.environ, "QT_QPA_PLATFORM": args.platform,
               "XDG_CONFIG_HOME": folder}  # fmt: skip
        for what in ("bare", "orm", "planner"):
            runs = [launch(what, database, env) for _ in range(args.runs)]
            median = statistics.median(float(r["seconds"]) for r in runs)
            extra = ""
            if what == "planner":
                loaded = [n for n in ("reportlab", "icalendar") if any(r[n] for r in runs)]
                extra = (
                    f"  (loaded at start: {', '.join(loaded) or 'neither reportlab nor icalendar'})"
                )
            print(f"{what:8} launch to window shown: median {median * 1000:6.0f} ms "
                  f"(min {min(float(r['seconds']) for r in runs) * 1000:.0f}){extra}")  # fmt: skip


if __name__ == "__main__":
    main()
