"""The to-do (VTODO) lines of a checklist task, from the read models alone."""

from __future__ import annotations

from datetime import UTC, date, datetime

import icalendar

from planner.domain.calendar import CalendarTask, CalendarVisit
from planner.domain.enums import TaskCategory, TaskStatus
from planner.exports.ics_export import calendar_ics, summary_of

STAMP = datetime(2026, 1, 15, 9, 0, tzinfo=UTC)


def visit(*tasks: CalendarTask, show_visit: bool = True) -> CalendarVisit:
    return CalendarVisit(uid="visit@planner", title_uk="Делегація Праги 6",
                         title_en="Prague 6", start_date=date(2025, 1, 20),
                         end_date=date(2025, 1, 22), tasks=tasks, show_visit=show_visit)  # fmt: skip


def todos(data: bytes) -> list[icalendar.Todo]:
    return list(icalendar.Calendar.from_ical(data).walk("VTODO"))


def test_done_in_winter_is_completed_at_noon_in_kyiv() -> None:
    done = CalendarTask(uid="t1@planner", title_uk="Листи", due_on=date(2025, 1, 25),
                        status=TaskStatus.DONE, done_on=date(2025, 1, 24), sequence=3)  # fmt: skip
    (todo,) = todos(calendar_ics([visit(done)], stamp=STAMP, name="К", organizer="Рада"))
    assert todo.decoded("COMPLETED") == datetime(2025, 1, 24, 10, 0, tzinfo=UTC)  # UTC+2
    assert int(todo["SEQUENCE"]) == 3 and int(todo["PERCENT-COMPLETE"]) == 100


def test_done_without_a_day_has_no_completed_and_a_bare_task_no_description() -> None:
    done = CalendarTask(uid="t2@planner", title_uk="Листи", due_on=date(2025, 1, 25),
                        status=TaskStatus.DONE)  # fmt: skip
    bare = CalendarTask(uid="t3@planner", title_uk="Преса", due_on=date(2025, 1, 26),
                        category=TaskCategory.PRESS)  # fmt: skip
    data = calendar_ics([visit(done, bare, show_visit=False)], stamp=STAMP, name="К",
                        organizer="Рада", language="en")  # fmt: skip
    first, second = todos(data)
    assert "COMPLETED" not in first and str(first["STATUS"]) == "COMPLETED"
    assert "DESCRIPTION" not in second and "RELATED-TO" not in second
    assert second["CATEGORIES"].cats == ["press"]
    assert str(second["SUMMARY"]) == "Преса — Prague 6"
    assert b"BEGIN:VEVENT" not in data
    assert summary_of([visit(done, bare, show_visit=False)]).tasks == 2


def test_a_comment_with_separators_is_escaped_and_progress_counts_tasks() -> None:
    task = CalendarTask(uid="t4@planner", title_uk="Квіти; вінок, стрічка", due_on=date(2025, 1, 20),
                        comment="Рядок 1\nРядок 2; кома, крапка")  # fmt: skip
    heard: list[tuple[int, int]] = []
    data = calendar_ics([visit(task)], stamp=STAMP, name="К", organizer="Рада",
                        progress=lambda done, total: heard.append((done, total)))  # fmt: skip
    unfolded = data.decode().replace("\r\n ", "")
    assert "SUMMARY:Квіти\\; вінок\\, стрічка — Делегація Праги 6\r\n" in unfolded
    (todo,) = todos(data)
    assert str(todo["DESCRIPTION"]) == "Рядок 1\nРядок 2; кома, крапка"
    assert heard == [(0, 2), (2, 2)]  # the visit and its task
