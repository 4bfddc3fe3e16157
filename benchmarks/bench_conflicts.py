"""How fast the conflict check runs on a large database.

Fills a SQLite file with N agenda items (default 10,000: ten years of a busy office, or one
year of a regional one) over ten years: visits of one to four days (incoming, outgoing to
five zones abroad, online), each day a programme of three to five items one after another,
sometimes back to back at another venue, now and then overlapping the item before. Each visit
has three of the council's 60 officials (who are in many visits, so they do clash) and seven
guests; six of its ten people attend each item (its interpreter always, when it has one: most
do) and an official is responsible for it; some guests share no language with the hosts.
Then it times ``find_conflicts`` as the command and the GUI call it (reading the whole
database, then checking it), the two halves apart, one delegation's conflicts, one month's,
and wording every finding: medians of five runs in milliseconds, wall clock (and its best
run) and processor time.

    .venv/bin/python benchmarks/bench_conflicts.py [--items 10000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import insert

from planner.domain import text
from planner.domain.conflicts import detect_conflicts
from planner.services.conflicts import _collector_paused, _read_schedule, find_conflicts
from planner.storage.database import open_database
from planner.storage.models import (
    DbAgendaItem,
    DbDelegation,
    DbParticipation,
    DbPerson,
    DbVenue,
    agenda_attendee,
)

ZONES = ("Europe/Berlin", "Europe/Warsaw", "Asia/Taipei", "America/New_York", "Africa/Cairo")
GUEST_LANGUAGES = (["de", "en"], ["pl"], ["pl", "en"], ["cs", "en"], ["en"], ["zh", "en"], [],
                   ["uk"], ["uk", "en"])  # fmt: skip
ROLES = ("head", "deputy_head", "member", "member", "expert", "interpreter", "host_official",
         "press", "driver", "member")  # fmt: skip
INTERPRETER = ROLES.index("interpreter")
STAFF = 60  # the council's own officials and department staff, in many visits each


def fill(path: Path, item_count: int) -> None:
    """Visits of one to four days, each day a programme of three to five items one after
    another (sometimes back to back, now and then overlapping the one before)."""
    db = open_database(path)
    rng = random.Random(11)
    people = []
    for i in range(max(item_count // 5, STAFF * 2)):
        family = f"Петренко{i}"
        languages = rng.choice((["uk"], ["uk", "en"])) if i < STAFF else rng.choice(GUEST_LANGUAGES)
        people.append({
            "id": i + 1, "version": 1, "family_name": family, "given_names": "Олена",
            "family_name_latin": f"Petrenko{i}", "given_names_latin": "Olena",
            "languages": languages,
            "search_text": text.search_text("Олена", family), "sort_key": text.sort_key(family),
        })  # fmt: skip
    venue_count = max(item_count // 50, 10)
    venues = [
        {"id": i + 1, "version": 1, "name": f"Зала {i}", "search_text": f"зала {i}",
         "sort_key": text.sort_key(f"Зала {i}")}
        for i in range(venue_count)
    ]  # fmt: skip
    home_venues = range(1, venue_count // 2 + 1)
    away_venues = range(venue_count // 2 + 1, venue_count + 1)
    delegations: list[dict[str, object]] = []
    participations: list[dict[str, object]] = []
    items: list[dict[str, object]] = []
    attendees: list[dict[str, object]] = []
    first_day = date(2015, 1, 1)
    while len(items) < item_count:
        d = len(delegations) + 1
        direction = rng.choice(("incoming", "incoming", "outgoing", "online"))
        zone = rng.choice(ZONES) if direction == "outgoing" else "Europe/Kyiv"
        start = first_day + timedelta(days=rng.randrange(10 * 365))
        end = start + timedelta(days=0 if direction == "online" else rng.randrange(4))
        title = f"Візит №{d}"
        delegations.append({
            "id": d, "version": 1, "direction": direction, "title_uk": title,
            "start_date": start, "end_date": end, "timezone": zone, "country": "UA",
            "status": "cancelled" if rng.random() < 0.05 else "confirmed",
            "search_text": text.search_text(title), "sort_key": text.sort_key(title),
        })  # fmt: skip
        cast = rng.sample(range(STAFF), 3) + rng.sample(range(STAFF, len(people)), 7)
        roles = list(ROLES)
        if rng.random() < 0.15:
            roles[INTERPRETER] = "member"  # a visit that was to manage without an interpreter
        first_participation = len(participations) + 1
        for order, person in enumerate(cast):
            participations.append({
                "id": len(participations) + 1, "version": 1, "delegation_id": d,
                "person_id": person + 1, "role": roles[order], "precedence": order,
            })  # fmt: skip
        tz = ZoneInfo(zone)
        pool = away_venues if direction == "outgoing" else home_venues
        for offset in range((end - start).days + 1):
            begins = datetime.combine(start + timedelta(days=offset), clock(9), tz)
            for _ in range(rng.randint(3, 5)):
                ends = begins + timedelta(minutes=rng.choice((45, 60, 90, 120)))
                item_id = len(items) + 1
                items.append({
                    "id": item_id, "version": 1, "delegation_id": d,
                    "title_uk": f"Захід {item_id}", "starts_at": begins.astimezone(UTC),
                    "ends_at": ends.astimezone(UTC), "venue_id": rng.choice(pool),
                    "responsible_person_id": rng.randrange(STAFF) + 1,
                    "status": "cancelled" if rng.random() < 0.03 else "planned",
                })  # fmt: skip
                # The interpreter always attends; five of the other nine do.
                chosen = [INTERPRETER, *rng.sample([i for i in range(10) if i != INTERPRETER], 5)]
                for index in chosen:
                    attendees.append({"agenda_item_id": item_id,
                                      "participation_id": first_participation + index})  # fmt: skip
                gap = rng.choice((0, 15, 15, 30, 30, 60)) if rng.random() > 0.03 else -30
                begins = ends + timedelta(minutes=gap)
    with db.transaction() as session:
        session.execute(insert(DbPerson), people)
        session.execute(insert(DbVenue), venues)
        session.execute(insert(DbDelegation), delegations)
        session.execute(insert(DbParticipation), participations)
        session.execute(insert(DbAgendaItem), items)
        session.execute(insert(agenda_attendee), attendees)
    db.close()


def timed_ms(call: Callable[[], object], runs: int = 5) -> tuple[float, float, float]:
    """Median and best wall-clock time of ``runs`` calls, and the median processor time: on a
    machine shared with others the processor time is the cost, the wall clock what one waits."""
    walls, cpus = [], []
    for _ in range(runs):
        started, cpu = time.perf_counter(), time.process_time()
        call()
        walls.append((time.perf_counter() - started) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(walls), min(walls), statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.sqlite3"
        started = time.perf_counter()
        fill(path, args.items)
        print(f"filled {args.items} agenda items in {time.perf_counter() - started:.1f} s")
        reference, _, _ = timed_ms(lambda: sum(range(10**7)))
        print(f"this machine: sum(range(10**7)) takes {reference:.0f} ms, for comparison")
        db = open_database(path)
        found = find_conflicts(db)
        counts = Counter(c.rule.value for c in found)
        print(f"{len(found)} conflicts: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        with db.reading() as session:
            items, visits, buffer = _read_schedule(session)
        live = [v for v in visits.values() if not v.cancelled]
        busiest = Counter(d for c in found for d in c.delegation_ids).most_common(1)[0][0]

        # The two halves of find_conflicts, as it runs them (with the cycle collector paused).
        def read_only() -> object:
            with _collector_paused(), db.reading() as session:
                return _read_schedule(session)

        def rules_only() -> object:
            with _collector_paused():
                return detect_conflicts(items, live, buffer_minutes=buffer)

        figures = {
            "find_conflicts (read + check)": lambda: find_conflicts(db),
            "  of which reading": read_only,
            "  of which the rules": rules_only,
            "one delegation's conflicts": lambda: find_conflicts(db, delegation_id=busiest),
            "a month's conflicts": lambda: find_conflicts(db, first=date(2020, 5, 1),
                                                          last=date(2020, 5, 31)),
            "wording every finding (uk)": lambda: [c.message("uk") for c in found],
        }  # fmt: skip
        for name, call in figures.items():
            median, best, cpu = timed_ms(call)
            print(f"{name:32} {median:7.0f} ms wall (best {best:4.0f}), {cpu:5.0f} ms processor")
        db.close()


if __name__ == "__main__":
    main()
