"""How fast the main window's delegation list paints and filters on a large database.

Fills a SQLite file with N delegations (default 50,000; see bench_delegation_list.py), then
measures, offscreen, the time from creating the main window to its first painted list, and the
time for one keystroke in the search field (the filter runs, the view repaints), for several
typed words. Figures are medians in milliseconds. Goals (issue 3): first paint within 150 ms,
a filter keystroke within 100 ms.

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
            window.table.viewport().repaint()
            paints.append((time.perf_counter() - started) * 1000)
            window.close()
        print(f"first paint, {args.count} delegations: {statistics.median(paints):7.1f} ms")
        window = MainWindow(db, "uk", settings)
        window.show()
        app.processEvents()
        for word in WORDS:
            times, found = [], 0
            for _ in range(5):
                window.search.setText("x")  # a different text, so the next setText filters
                app.processEvents()
                started = time.perf_counter()
                window.search.setText(word)
                app.processEvents()
                window.table.viewport().repaint()
                times.append((time.perf_counter() - started) * 1000)
                found = window.model.total
            shown = f"'{word}'" if word else "(cleared)"
            print(f"keystroke {shown:12} {statistics.median(times):7.1f} ms, {found} found")
        window.close()
        db.close()


if __name__ == "__main__":
    main()
