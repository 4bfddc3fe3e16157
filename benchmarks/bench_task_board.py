"""How fast the Checklists area's board answers on a large shared database (issue 7).

Fills a SQLite file with N delegations (default 10,000) over twelve years, ten checklist
tasks each (100,000 tasks): the past ones nearly all done, a few left open (overdue), one
visit in twenty cancelled, one task in a hundred deleted, nine assignees and nobody. Then
times ``task_board`` on one day (everybody, and narrowed to one assignee), the Overview's
count of overdue tasks (``list_tasks`` with ``overdue_on``) and ``list_assignees``. Figures
are medians of several runs, in milliseconds.

    .venv/bin/python benchmarks/bench_task_board.py [--count 10000] [--runs 5]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert

from planner.domain import text
from planner.services.checklists import list_assignees, list_tasks, task_board
from planner.services.common import now
from planner.storage.database import open_database
from planner.storage.models import DbDelegation, DbTask

TODAY = date(2026, 12, 1)
PEOPLE = ("Коваль Г.", "Єрмак С.", "Іванчук П.", "Гнатюк А.", "Ґудзь Є.", "Бойко Н.",
          "Ярема О.", "Шевчук Л.", "Мельник Т.", "")  # fmt: skip
OFFSETS = ((-45, "arrival"), (-30, "arrival"), (-21, "arrival"), (-14, "arrival"),
           (-10, "arrival"), (-3, "arrival"), (-2, "arrival"), (1, "departure"),
           (5, "departure"), (7, "departure"))  # fmt: skip


def fill(path: Path, count: int) -> int:
    db = open_database(path)
    rng = random.Random(7)
    first = TODAY - timedelta(days=365 * 11)
    delegations, tasks = [], []
    for i in range(count):
        start = first + timedelta(days=rng.randrange(365 * 12))
        end = start + timedelta(days=rng.randrange(4))
        cancelled = rng.random() < 0.05
        title = f"Делегація №{i}"
        delegations.append({
            "id": i + 1, "version": 1, "direction": "incoming", "title_uk": title,
            "title_en": f"Delegation {i}", "purpose": "", "start_date": start, "end_date": end,
            "timezone": "Europe/Kyiv", "place": "Хмельницький", "country": "UA",
            "status": "cancelled" if cancelled else ("completed" if end < TODAY else "planned"),
            "responsible_officer": "", "notes": "", "search_text": text.search_text(title),
            "sort_key": text.sort_key(title),
        })  # fmt: skip
        for n, (offset, anchor) in enumerate(OFFSETS):
            due = (start if anchor == "arrival" else end) + timedelta(days=offset)
            done = due < TODAY and not cancelled and rng.random() < 0.97
            status = "cancelled" if cancelled else ("done" if done else "open")
            tasks.append({
                "version": 1, "delegation_id": i + 1, "title_uk": f"Завдання {n}",
                "title_en": f"Task {n}", "category": "programme", "anchor": anchor,
                "offset_days": offset, "due_on": due, "assignee": rng.choice(PEOPLE),
                "status": status, "done_on": due + timedelta(days=rng.randrange(-3, 2))
                if done else None, "comment": "",
                "deleted_at": now() if rng.random() < 0.01 else None,
            })  # fmt: skip
    with db.transaction() as session:
        session.execute(insert(DbDelegation), delegations)
        session.execute(insert(DbTask), tasks)
    db.close()
    return len(tasks)


def median_ms(call: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.sqlite3"
        started = time.perf_counter()
        made = fill(path, args.count)
        print(f"filled {args.count} delegations, {made} tasks "
              f"in {time.perf_counter() - started:.1f} s")  # fmt: skip
        db = open_database(path)
        board = task_board(db, TODAY)
        print(f"board on {TODAY}: {len(board.overdue)} overdue, {len(board.upcoming)} upcoming "
              f"(14 days), {len(board.done_recently)} done in 7 days, "
              f"{len(board.by_assignee)} assignees")  # fmt: skip
        figures = {
            "task_board (everybody, 14 days)": lambda: task_board(db, TODAY),
            "task_board (one assignee)": lambda: task_board(db, TODAY, assignee="Ґудзь Є."),
            "task_board (everybody, 60 days)": lambda: task_board(db, TODAY, 60),
            "Overview: overdue count": lambda: len(list_tasks(db, overdue_on=TODAY)),
            "list_assignees": lambda: list_assignees(db),
        }  # fmt: skip
        for name, call in figures.items():
            print(f"{name:34} {median_ms(call, args.runs):8.1f} ms")
        db.close()


if __name__ == "__main__":
    main()
