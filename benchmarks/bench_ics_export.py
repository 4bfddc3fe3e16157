"""The calendar export against icalendar's own serialisation of the same events.

Builds 10,000 agenda items (in 250 visits over 2022-2027, in Kyiv, Taipei, New York and Cairo,
with Cyrillic titles, venues, a responsible person and attendees) and checklist tasks (12 per
visit by default, a third of them done) as the export's read models, then times in one run,
best of N (default 5):
- the planner: ``planner.exports.ics_export.calendar_ics`` (VTIMEZONEs included);
- icalendar: building the same VEVENTs and VTODOs (same properties and texts) with ``icalendar`` and
  ``Calendar.to_ical()``, with no VTIMEZONE at all, and again with ``add_missing_timezones()``.
Goal (issue 4): the planner within 1.2 times icalendar's own serialisation.

    .venv/bin/python benchmarks/bench_ics_export.py [--events 10000] [--tasks-per-visit 12]
        [--runs 5]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar

from planner.domain.calendar import CalendarEvent, CalendarPerson, CalendarTask, CalendarVisit
from planner.domain.enums import AgendaStatus, TaskCategory, TaskStatus
from planner.domain.messages import enum_label
from planner.exports import ics_export
from planner.exports.ics_export import (
    calendar_ics,
    event_description,
    event_location,
    task_description,
    task_summary,
)

ZONES = ("Europe/Kyiv", "Asia/Taipei", "America/New_York", "Africa/Cairo")
STAMP = datetime(2026, 1, 15, 9, 0, tzinfo=UTC)
OFFICE = "Хмельницька міська рада"


def checklist(number: int, start: date, count: int) -> tuple[CalendarTask, ...]:
    categories = list(TaskCategory)
    tasks = []
    for index in range(count):
        status = (TaskStatus.DONE, TaskStatus.OPEN, TaskStatus.OPEN)[index % 3]
        due = start + timedelta(days=index * 4 - 30)
        tasks.append(CalendarTask(
            uid=f"task-{number * count + index}-0f3a@delegation-planner",
            title_uk=f"Підготувати матеріали для делегації, крок {index}",
            title_en=f"Prepare the delegation's materials, step {index}", due_on=due,
            category=categories[index % len(categories)], status=status,
            done_on=due - timedelta(days=1) if status == TaskStatus.DONE else None,
            assignee="Оксана Мельничук", comment="Погодити з управлінням; надіслати до п’ятниці.",
            sequence=index % 2,
        ))  # fmt: skip
    return tuple(tasks)


def read_models(events: int, tasks_per_visit: int = 0) -> list[CalendarVisit]:
    per_visit = 40
    visits = []
    for number in range(max(1, events // per_visit)):
        zone = ZONES[number % len(ZONES)]
        start = date(2022, 1, 3) + timedelta(days=(number * 2190) // max(1, events // per_visit))
        end = start + timedelta(days=4)
        items = []
        for index in range(per_visit):
            day = start + timedelta(days=index % 5)
            starts = datetime(
                day.year, day.month, day.day, 8 + index % 10, 30, tzinfo=ZoneInfo(zone)
            )
            items.append(CalendarEvent(
                uid=f"agenda-{number * per_visit + index}-0f3a@delegation-planner",
                starts_at=starts, ends_at=starts + timedelta(minutes=90), timezone=zone,
                title_uk=f"Зустріч з делегацією партнерів, пункт {index}",
                title_en=f"Meeting with the partners' delegation, item {index}",
                sequence=index % 3, changed_at=STAMP - timedelta(days=index),
                status=AgendaStatus.CANCELLED if index % 17 == 0 else AgendaStatus.CONFIRMED,
                description="Обмін досвідом щодо розумного міста; підписання меморандуму.",
                venue_name="Сесійна зала міської ради",
                venue_address="вул. Героїв Майдану, 3, Хмельницький",
                responsible=CalendarPerson("Оксана Мельничук"),
                attendees=(CalendarPerson("Ґанна Коваль", "голова делегації"),
                           CalendarPerson("Іван Петренко", "перекладач")),
                dress_code="діловий", transport="автобус від готелю",
            ))  # fmt: skip
        visits.append(CalendarVisit(
            uid=f"delegation-{number}-0f3a@delegation-planner", title_uk=f"Візит {number}",
            start_date=start, end_date=end, timezone=zone, place="Тайбей",
            changed_at=STAMP, events=tuple(items),
            tasks=checklist(number, start, tasks_per_visit),
        ))  # fmt: skip
    return visits


def planner_export(visits: list[CalendarVisit]) -> bytes:
    ics_export.vtimezone.cache_clear()  # every run works its time zones out again
    return calendar_ics(visits, stamp=STAMP, name="Календар", organizer=OFFICE)


def icalendar_export(visits: list[CalendarVisit], with_timezones: bool) -> bytes:
    """The same VEVENTs built with icalendar, as a caller of that library would."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Delegation planner//NONSGML Delegation planner//UK")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", "Календар")
    calendar.add("x-wr-calname", "Календар")
    organizer = icalendar.vCalAddress("mailto:noreply@delegation-planner.invalid")
    organizer.params["cn"] = OFFICE
    for visit in visits:
        whole = icalendar.Event()
        whole.add("uid", visit.uid)
        whole.add("sequence", visit.sequence)
        whole.add("dtstamp", STAMP)
        whole.add("last-modified", visit.changed_at)
        whole.add("dtstart", visit.start_date)
        whole.add("dtend", visit.end_date + timedelta(days=1))
        whole.add("summary", visit.title_uk)
        whole.add("location", visit.place)
        whole.add("status", "TENTATIVE")
        whole.add("transp", "TRANSPARENT")
        whole.add("organizer", organizer)
        calendar.add_component(whole)
        for item in visit.events:
            event = icalendar.Event()
            event.add("uid", item.uid)
            event.add("sequence", item.sequence)
            event.add("dtstamp", STAMP)
            event.add("last-modified", item.changed_at)
            event.add("dtstart", item.starts_at)
            event.add("dtend", item.ends_at)
            event.add("summary", item.title_uk)
            event.add("location", event_location(item))
            event.add("description", event_description(item, "uk", False))
            event.add(
                "status", "CANCELLED" if item.status == AgendaStatus.CANCELLED else "CONFIRMED"
            )
            event.add("organizer", organizer)
            event.add("related-to", visit.uid, parameters={"RELTYPE": "PARENT"})
            calendar.add_component(event)
        for task in visit.tasks:
            todo = icalendar.Todo()
            todo.add("uid", task.uid)
            todo.add("sequence", task.sequence)
            todo.add("dtstamp", STAMP)
            todo.add("due", task.due_on)
            todo.add("summary", task_summary(task, visit, "uk"))
            todo.add("description", task_description(task, "uk"))
            todo.add("categories", [enum_label(task.category, "uk")])
            todo.add("status", "COMPLETED" if task.status == TaskStatus.DONE else "NEEDS-ACTION")
            if task.done_on is not None:
                todo.add("completed", datetime(task.done_on.year, task.done_on.month,
                                               task.done_on.day, 9, tzinfo=UTC))  # fmt: skip
                todo.add("percent-complete", 100)
            todo.add("organizer", organizer)
            todo.add("related-to", visit.uid, parameters={"RELTYPE": "PARENT"})
            calendar.add_component(todo)
    if with_timezones:
        calendar.add_missing_timezones()
    return calendar.to_ical()  # type: ignore[no-any-return]


def best(runs: int, work: Callable[[], bytes]) -> tuple[float, int]:
    times, size = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        size = len(work())
        times.append(time.perf_counter() - started)
    return min(times), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--tasks-per-visit", dest="tasks", type=int, default=12)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    visits = read_models(args.events, args.tasks)
    count = sum(len(v.events) for v in visits)
    tasks = sum(len(v.tasks) for v in visits)
    planner, planner_size = best(args.runs, lambda: planner_export(visits))
    bare, bare_size = best(args.runs, lambda: icalendar_export(visits, False))
    zoned, zoned_size = best(args.runs, lambda: icalendar_export(visits, True))
    print(f"{count} agenda items and {tasks} tasks in {len(visits)} visits, best of {args.runs}:")
    print(f"  planner export (with VTIMEZONEs)       {planner:7.3f} s  {planner_size:>10,} bytes")
    print(f"  icalendar to_ical, no VTIMEZONE        {bare:7.3f} s  {bare_size:>10,} bytes")
    print(f"  icalendar add_missing_timezones+to_ical {zoned:6.3f} s  {zoned_size:>10,} bytes")
    print(f"  ratio planner / icalendar (no zones)   {planner / bare:7.2f}  (goal: at most 1.20)")


if __name__ == "__main__":
    main()
