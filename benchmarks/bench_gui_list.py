"""How fast the main window's delegation list paints and filters on a large database.

Fills a SQLite file with N delegations (default 50,000; see bench_delegation_list.py), then
measures, offscreen, the time from creating the main window to its first painted list, and for
one keystroke in the search field: until the filtered rows are painted, and until the count of
all matches is shown too (it runs just after the rows). Figures are medians in milliseconds.
Goals (issue 3): first paint within 150 ms, a filter keystroke within 100 ms.

    .venv/bin/python benchmarks/bench_gui_list.py [--count 50000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_delegation_list import fill
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from planner.gui.main_window import MainWindow
from planner.services.workspace import open_database

WORDS = ("п", "пр", "пра", "прага", "praha", "ґудзь1", "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=50_000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.sqlite3"
        fill(path, args.count)
        db = open_database(path)
        settings = QSettings(str(Path(folder) / "bench.ini"), QSettings.Format.IniFormat)
        paints = []
        for _ in range(5):
            started = time.perf_counter()
            window = MainWindow(db, "uk", settings)
            window.show()
            app.processEvents()
            window.delegations.table.viewport().repaint()
            paints.append((time.perf_counter() - started) * 1000)
            window.close()
        print(f"first paint, {args.count} delegations: {statistics.median(paints):7.1f} ms")
        window = MainWindow(db, "uk", settings)
        window.show()
        app.processEvents()
        for word in WORDS:
            shown_ms, counted_ms, found = [], [], 0
            for _ in range(5):
                window.delegations.search.setText(
                    "x"
                )  # a different text, so the next setText filters
                app.processEvents()
                started = time.perf_counter()
                window.delegations.search.setText(word)  # the filter runs, the first page arrives
                window.delegations.table.viewport().repaint()  # and is painted
                shown_ms.append((time.perf_counter() - started) * 1000)
                app.processEvents()  # the count of all matches, shown in the status bar
                counted_ms.append((time.perf_counter() - started) * 1000)
                found = window.delegations.model.total or 0
            label = f"'{word}'" if word else "(cleared)"
            print(
                f"keystroke {label:10} rows shown {statistics.median(shown_ms):6.1f} ms, "
                f"count shown {statistics.median(counted_ms):6.1f} ms, {found} found"
            )
        window.close()
        db.close()


if __name__ == "__main__":
    main()
