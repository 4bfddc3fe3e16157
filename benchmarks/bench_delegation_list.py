"""How fast the delegation list answers on a large shared database.

Fills a SQLite file with N delegations (default 50,000, the size of a national office's shared
database), each with a partner and two participants, then times the service calls the
delegation list makes: the first page, a text search as the officer types it, a Latin search,
and sorting by title in Ukrainian order. Figures are medians of several runs, in milliseconds.

    .venv/bin/python benchmarks/bench_delegation_list.py [--count 50000]
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
from planner.domain.records import DelegationFilter
from planner.services.delegations import count_delegations, list_delegations
from planner.storage.database import open_database
from planner.storage.models import (
    DbDelegation,
    DbParticipation,
    DbPartner,
    DbPerson,
    delegation_partner,
)

CITIES = ("Прага", "Штутгарт", "Дрезден", "Сілістра", "Чеханів", "Люблін", "Вроцлав", "Клуж",
          "Єрусалим", "Ізмір", "Їнін", "Ґданськ", "Тайбей", "Вашингтон", "Каїр", "Варшава")  # fmt: skip
SURNAMES = ("Коваленко", "Шевчук", "Ґудзь", "Євтушенко", "Іваненко", "Їжак", "Novák", "Müller",
            "Kowalski", "Popescu", "Ivanova", "Chen")  # fmt: skip


def fill(path: Path, count: int) -> None:
    db = open_database(path)
    rng = random.Random(7)
    partners = [
        {"id": i + 1, "version": 1, "kind": "city", "name_uk": f"{city} {i}", "name_en": "",
         "name_native": "", "country": "PL", "city": city, "website": "", "notes": "",
         "search_text": text.search_text(f"{city} {i}"), "sort_key": text.sort_key(f"{city} {i}")}
        for i, city in enumerate(CITIES * 20)
    ]  # fmt: skip
    people = []
    for i in range(count // 5):
        surname = f"{rng.choice(SURNAMES)}{i}"
        people.append({"id": i + 1, "version": 1, "family_name": surname, "given_names": "Олена",
                       "search_text": text.search_text("Олена", surname),
                       "sort_key": text.sort_key(surname)})  # fmt: skip
    delegations, links, participations = [], [], []
    for i in range(count):
        city = rng.choice(CITIES)
        title = f"{rng.choice(('Делегація', 'Візит', 'Онлайн-зустріч', 'Форум'))} {city} №{i}"
        start = date(2015, 1, 1) + timedelta(days=rng.randrange(4000))
        delegations.append({
            "id": i + 1, "version": 1, "direction": rng.choice(("incoming", "outgoing", "online")),
            "title_uk": title, "title_en": "", "purpose": "", "start_date": start,
            "end_date": start + timedelta(days=rng.randrange(4)), "timezone": "Europe/Kyiv",
            "place": city, "country": "UA", "status": "completed", "responsible_officer": "",
            "notes": "", "search_text": text.search_text(title, city),
            "sort_key": text.sort_key(title),
        })  # fmt: skip
        links.append({"delegation_id": i + 1, "partner_id": rng.randrange(len(partners)) + 1})
        for person in rng.sample(range(len(people)), 2):
            participations.append({"delegation_id": i + 1, "person_id": person + 1,
                                   "role": "member", "version": 1})  # fmt: skip
    with db.transaction() as session:
        session.execute(insert(DbPartner), partners)
        session.execute(insert(DbPerson), people)
        session.execute(insert(DbDelegation), delegations)
        session.execute(insert(delegation_partner), links)
        session.execute(insert(DbParticipation), participations)
    db.close()


def median_ms(call: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=50_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.sqlite3"
        started = time.perf_counter()
        fill(path, args.count)
        print(f"filled {args.count} delegations in {time.perf_counter() - started:.1f} s")
        db = open_database(path)
        page = DelegationFilter(limit=200)
        figures = {
            "count all": lambda: count_delegations(db),
            "first page (200 rows)": lambda: list_delegations(db, page),
            "search 'прага' (page)": lambda: list_delegations(db, DelegationFilter(text="прага", limit=200)),
            "search 'ґданськ' whole list": lambda: list_delegations(db, DelegationFilter(text="ґданськ")),
            "search 'praha' (Latin)": lambda: list_delegations(db, DelegationFilter(text="praha", limit=200)),
            "search a participant": lambda: list_delegations(db, DelegationFilter(text="ґудзь1", limit=200)),
            "sort by title (page)": lambda: list_delegations(db, DelegationFilter(sort="title", limit=200)),
            "whole list, no filter": lambda: list_delegations(db),
        }  # fmt: skip
        for name, call in figures.items():
            print(f"{name:32} {median_ms(call):8.1f} ms")
        db.close()


if __name__ == "__main__":
    main()
