"""How fast the Calendar area draws a month, a week and a day of a busy year.

Fills a SQLite file with N agenda items over ten years (default 10,000; the same database as
bench_conflicts.py: visits of one to four days, three to five items a day), opens the Calendar
area offscreen at 1280x800 on the busiest month, and measures going to the next and previous
month, week and day: reading the period and painting it, medians of seven runs in ms. The
conflict marks are found off the window's thread after a change; their time is measured
apart, as is a bare repaint of the month for scale.

    .venv/bin/python benchmarks/bench_calendar.py [--items 10000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_conflicts import fill
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from planner.gui.calendar_area import CalendarArea, Mode
from planner.gui.edits import Edits
from planner.gui.workbench import Workbench
from planner.services.agenda import list_agenda
from planner.services.workspace import open_database


def median_ms(call: object, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()  # type: ignore[operator]
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "busy.sqlite3"
        fill(path, args.items)
        db = open_database(path)
        window = QWidget()
        settings = QSettings(str(Path(folder) / "bench.ini"), QSettings.Format.IniFormat)
        bench = Workbench(db, Edits(window, "uk"), "uk", settings, window, lambda _id: None)
        busiest_month = Counter(
            i.starts_at.date().replace(day=1) for i in list_agenda(db)
        ).most_common(1)[0][0]
        area = CalendarArea(bench, today=busiest_month)
        area.resize(1280, 760)
        area.show()
        app.processEvents()
        started = time.perf_counter()
        while not area.conflicts_found:
            app.processEvents()
        conflicts_ms = (time.perf_counter() - started) * 1000
        shown = sum(len(v) for v in area.view().period.items.values())
        print(f"{args.items} items; busiest month {busiest_month:%m.%Y}: {shown} items shown")
        print(f"conflict marks found off the window's thread: {conflicts_ms:7.1f} ms")

        def flip(mode: Mode) -> None:
            area.step(1)
            area.view().repaint()
            area.step(-1)
            area.view().repaint()

        for mode in Mode:
            area.go_to(busiest_month.replace(day=15))
            area.set_mode(mode)
            app.processEvents()
            per_step = median_ms(lambda m=mode: flip(m)) / 2
            print(f"{mode.value:5}: next/previous, read and painted: {per_step:6.1f} ms")
        area.set_mode(Mode.MONTH)
        paint = median_ms(lambda: area.month_view.repaint())
        print(f"month: a bare repaint for scale:            {paint:6.1f} ms")
        db.close()


if __name__ == "__main__":
    main()
