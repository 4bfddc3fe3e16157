"""Name badges and table cards: how long 200 of them take to build (issue 5: 200 badges within
2 s).

Times the first build in the process (the fonts loaded and registered), then the median of
N runs (default 7) of:
- ``badges_pdf`` of 200 badges (20 A4 sheets) in Ukrainian and English, the longest names
  and positions of the office among them;
- ``tent_cards_pdf`` of the same 200 people (200 landscape pages);
- ``badges_document``: the same from a SQLite database of 200 participants (reading
  included), as the GUI's preview and ``planner print badges`` call it.

    .venv/bin/python benchmarks/bench_badges.py [--badges 200] [--runs 7]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from planner.domain.badges import Badge, TentCard, badge_for, tent_card_for
from planner.domain.enums import Direction, ParticipantRole
from planner.domain.records import Delegation, Participation, Person
from planner.exports.badges import badges_pdf, tent_cards_pdf
from planner.services import badges, delegations, people
from planner.storage.database import open_database

NAMES = (
    ("Ковальчук-Загородня", "Олександра-Вікторія", "", "", "UA"),
    ("Мюллер-Люденшайдт", "Ганс-Йоахім", "Müller-Lüdenscheidt", "Hans-Joachim", "DE"),
    ("Ґудзь", "Євгенія", "", "", "UA"),
    ("Дворжак", "Томаш", "Dvořák", "Tomáš", "CZ"),
    ("О’Коннор", "Юрій", "", "", "UA"),
    ("Їжакевич", "Ірина", "Yizhakevych", "Iryna", "UA"),
)
POSITIONS = (
    ("Заступниця міського голови з питань діяльності виконавчих органів ради",
     "Deputy Mayor for the Executive Bodies of the Council"),
    ("Староста міського району Прага 6", "Mayor of Prague 6"),
    ("Перекладачка", "Interpreter"),
)  # fmt: skip
VISIT = Delegation(
    direction=Direction.INCOMING, title_uk="Делегація міського району Прага 6 на День міста",
    title_en="Prague 6 delegation at the City Day", start_date=date(2024, 9, 27),
    end_date=date(2024, 9, 29),
)  # fmt: skip


def sample_people(count: int) -> list[Person]:
    made = []
    for index in range(count):
        family, given, family_latin, given_latin, country = NAMES[index % len(NAMES)]
        position, position_en = POSITIONS[index % len(POSITIONS)]
        made.append(Person(
            f"{family}{index}", given, family_name_latin=family_latin and f"{family_latin}{index}",
            given_names_latin=given_latin, country=country, position=position,
            position_en=position_en, organisation="Хмельницька міська рада",
        ))  # fmt: skip
    return made


def median(runs: int, work: Callable[[], bytes]) -> tuple[float, int]:
    work()  # the fonts are registered and parsed once per process, as in the application
    times, size = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        size = len(work())
        times.append(time.perf_counter() - started)
    return statistics.median(times), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--badges", type=int, default=200)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    persons = sample_people(args.badges)
    roles = list(ParticipantRole)
    made: list[Badge] = [
        badge_for(p, Participation(delegation_id=1, person_id=1, role=roles[i % len(roles)]),
                  VISIT)
        for i, p in enumerate(persons)
    ]  # fmt: skip
    cards: list[TentCard] = [tent_card_for(p) for p in persons]
    started = time.perf_counter()
    badges_pdf(made, "uk")
    first = time.perf_counter() - started
    print(f"{args.badges} badges, the first build in the process: {first:.3f} s")
    print(f"{args.badges} participants, median of {args.runs} runs:")
    for language in ("uk", "uk+en"):
        seconds, size = median(args.runs, lambda: badges_pdf(made, language))  # noqa: B023
        print(f"  badges_pdf ({language:5})          {seconds:6.3f} s  {size:>9,} bytes"
              "  (goal: within 2 s)")  # fmt: skip
    seconds, size = median(args.runs, lambda: tent_cards_pdf(cards, "uk+en"))
    print(f"  tent_cards_pdf (uk+en)      {seconds:6.3f} s  {size:>9,} bytes")
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite3")
        try:
            visit = delegations.save_delegation(db, VISIT)
            assert visit.id is not None
            for person in persons:
                saved = people.save_person(db, person)
                assert saved.id is not None
                people.save_participation(db, Participation(delegation_id=visit.id,
                                                            person_id=saved.id))  # fmt: skip
            visit_id = visit.id
            seconds, size = median(args.runs,
                                   lambda: badges.badges_document(db, visit_id, "uk+en"))  # fmt: skip
            print(f"  badges_document (database)  {seconds:6.3f} s  {size:>9,} bytes"
                  "  (goal: within 2 s)")  # fmt: skip
        finally:
            db.close()


if __name__ == "__main__":
    main()
