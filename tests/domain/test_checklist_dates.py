"""Protocol checklists: due dates counted from arrival or departure, and the default templates."""

from __future__ import annotations

from datetime import date

import pytest

from planner.domain.checklists import DEFAULT_TEMPLATES, due_date
from planner.domain.enums import TaskAnchor, TaskCategory, VisitKind

# The Stuttgart civic delegation of the seed report: 30 October - 2 November 2024.
ARRIVAL, DEPARTURE = date(2024, 10, 30), date(2024, 11, 2)


@pytest.mark.parametrize(
    ("anchor", "offset", "due"),
    [
        (TaskAnchor.ARRIVAL, -45, date(2024, 9, 15)),
        (TaskAnchor.ARRIVAL, -30, date(2024, 9, 30)),
        (TaskAnchor.ARRIVAL, 0, ARRIVAL),
        (TaskAnchor.DEPARTURE, 0, DEPARTURE),
        (TaskAnchor.DEPARTURE, 1, date(2024, 11, 3)),
        (TaskAnchor.DEPARTURE, 7, date(2024, 11, 9)),
        (TaskAnchor.DEPARTURE, -3, date(2024, 10, 30)),
    ],
)
def test_due_date_counts_from_its_anchor(anchor: TaskAnchor, offset: int, due: date) -> None:
    assert due_date(anchor, offset, ARRIVAL, DEPARTURE) == due


def test_due_date_crosses_years_and_leap_days() -> None:
    assert due_date(TaskAnchor.ARRIVAL, -10, date(2024, 1, 5), date(2024, 1, 6)) == date(
        2023, 12, 26
    )
    assert due_date(TaskAnchor.DEPARTURE, 1, date(2024, 2, 27), date(2024, 2, 28)) == date(
        2024, 2, 29
    )


def test_there_is_one_default_template_per_kind_of_visit() -> None:
    assert sorted(t.visit_kind for t in DEFAULT_TEMPLATES) == sorted(VisitKind)
    for template in DEFAULT_TEMPLATES:
        assert template.name_uk and template.name_en
        assert template.tasks, template.name_uk
        for task in template.tasks:
            assert task.title_uk and task.title_en


def test_default_templates_put_preparations_before_arrival_and_follow_up_after_departure() -> None:
    for template in DEFAULT_TEMPLATES:
        for task in template.tasks:
            if task.anchor is TaskAnchor.ARRIVAL:
                assert task.offset_days < 0, task.title_uk
            else:
                assert task.offset_days > 0, task.title_uk
        follow_ups = [t for t in template.tasks if t.category is TaskCategory.FOLLOW_UP]
        assert all(t.anchor is TaskAnchor.DEPARTURE for t in follow_ups)


def test_the_incoming_template_invites_forty_five_days_ahead() -> None:
    incoming = next(t for t in DEFAULT_TEMPLATES if t.visit_kind is VisitKind.INCOMING_OFFICIAL)
    first = incoming.tasks[0]
    assert first.title_uk == "Надіслати офіційне запрошення"
    assert due_date(first.anchor, first.offset_days, ARRIVAL, DEPARTURE) == date(2024, 9, 15)
