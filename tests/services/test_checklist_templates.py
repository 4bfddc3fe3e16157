"""Checklist templates edited by the officer: made, replaced in order, refused, deleted and
restored, and applied with their new offsets."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from planner.domain.enums import TaskAnchor, TaskCategory, VisitKind
from planner.domain.errors import NotFoundError, StaleEditError, ValidationError
from planner.domain.records import ChecklistTemplate, Delegation, Task, TemplateTask
from planner.services import checklists
from planner.storage.database import Database
from tests.services import factories as make
from tests.storage.snapshots import count_rows, nothing_written

A = TaskAnchor
C = TaskCategory

EXCHANGE = ChecklistTemplate(
    "Обмін школярів", VisitKind.YOUTH_OR_SPORTS, "School exchange",
    (
        TemplateTask("Списки учнів", C.INVITATIONS, -30, title_en="Pupil lists",
                     default_assignee="Ярема О."),
        TemplateTask("Автобус для групи", C.TRANSPORT, -10, default_assignee="Іванчук П."),
        TemplateTask("Фотозвіт", C.PRESS, 2, A.DEPARTURE, title_en="Photo report"),
    ),
)  # fmt: skip


def saved(db: Database, template: ChecklistTemplate = EXCHANGE) -> ChecklistTemplate:
    made = checklists.save_template(db, template)
    assert made.id is not None
    return made


def test_a_new_template_keeps_its_tasks_in_the_order_given(db: Database) -> None:
    made = saved(db)
    assert made.version == 1
    assert replace(made, id=None, version=0) == EXCHANGE
    assert checklists.get_template(db, made.id) == made
    assert checklists.list_templates(db)[-1] == made
    assert count_rows(db, "checklist_template") == 6  # the five shipped ones and this one


def test_saving_replaces_the_names_kind_and_the_whole_task_list(db: Database) -> None:
    made = saved(db)
    first, second, third = made.tasks
    moved = TemplateTask("Страхування групи", C.SECURITY, -20, default_assignee="Бойко Н.")
    edited = replace(made, name_uk="Обмін учнів", name_en="Pupil exchange",
                     visit_kind=VisitKind.INCOMING_OFFICIAL,
                     tasks=(third, moved, first))  # fmt: skip
    again = checklists.save_template(db, edited)
    assert again.version == made.version + 1
    assert again == replace(edited, version=made.version + 1)
    assert checklists.get_template(db, made.id) == again
    assert count_rows(db, "template_task") == sum(
        len(t.tasks) for t in checklists.list_templates(db)
    )
    # Only the order changed: still a new version, and the order is kept.
    swapped = checklists.save_template(db, replace(again, tasks=(first, third, moved)))
    assert swapped.version == again.version + 1
    assert [t.title_uk for t in checklists.get_template(db, made.id).tasks] == [
        "Списки учнів", "Фотозвіт", "Страхування групи"
    ]  # fmt: skip
    assert second not in swapped.tasks


def test_a_template_may_have_no_tasks_and_offsets_of_a_whole_year(db: Database) -> None:
    year = saved(db, replace(EXCHANGE, tasks=(
        TemplateTask("Запросити на наступний рік", C.FOLLOW_UP, 365, A.DEPARTURE),
        TemplateTask("Почати листування", C.INVITATIONS, -365),
    )))  # fmt: skip
    assert [t.offset_days for t in year.tasks] == [365, -365]
    empty = checklists.save_template(db, replace(year, tasks=()))
    assert empty.tasks == ()


@pytest.mark.parametrize(("change", "field", "code"), [
    ({"name_uk": "  "}, "name_uk", "required"),
    ({"tasks": (TemplateTask(" ", C.PRESS, 1),)}, "title_uk", "template_task_required"),
    ({"tasks": (TemplateTask("Рано", C.PRESS, -366),)}, "offset_days", "offset_out_of_range"),
    ({"tasks": (TemplateTask("Пізно", C.PRESS, 366, A.DEPARTURE),)}, "offset_days",
     "offset_out_of_range"),
])  # fmt: skip
def test_a_bad_template_names_the_field_and_writes_nothing(
    db: Database, change: dict[str, object], field: str, code: str
) -> None:
    made = saved(db)
    for attempt in (replace(EXCHANGE, **change), replace(made, **change)):  # type: ignore[arg-type]
        with nothing_written(db), pytest.raises(ValidationError) as refused:
            checklists.save_template(db, attempt)
        assert [(p.field, p.code) for p in refused.value.problems] == [(field, code)]
    assert checklists.get_template(db, made.id) == made


def test_every_problem_of_a_template_is_reported_with_its_row(db: Database) -> None:
    bad = replace(EXCHANGE, name_uk="", tasks=(
        TemplateTask("Добре", C.PRESS, 1), TemplateTask("", C.GIFTS, 400),
    ))  # fmt: skip
    with nothing_written(db), pytest.raises(ValidationError) as refused:
        checklists.save_template(db, bad)
    problems = [(p.field, p.code, p.params.get("row")) for p in refused.value.problems]
    assert problems == [("name_uk", "required", None),
                        ("title_uk", "template_task_required", 2),
                        ("offset_days", "offset_out_of_range", 2)]  # fmt: skip
    assert "Task 2" in refused.value.message("en")
    assert "Завдання №2" in refused.value.message("uk")


def test_a_stale_template_is_refused(db: Database) -> None:
    made = saved(db)
    checklists.save_template(db, replace(made, name_en="Exchange of pupils"))
    with nothing_written(db):
        with pytest.raises(StaleEditError):
            checklists.save_template(db, replace(made, name_uk="Чужа правка"))
        with pytest.raises(StaleEditError):
            checklists.delete_template(db, made.id, made.version)
    assert checklists.get_template(db, made.id).name_en == "Exchange of pupils"


def test_a_deleted_template_is_hidden_refused_and_restored(db: Database) -> None:
    made = saved(db)
    visit = make.delegation(db)
    checklists.delete_template(db, made.id, made.version)
    assert made.id not in [t.id for t in checklists.list_templates(db)]
    with pytest.raises(NotFoundError):
        checklists.get_template(db, made.id)
    with nothing_written(db):
        with pytest.raises(NotFoundError):
            checklists.apply_template(db, visit.id, made.id)
        with pytest.raises(NotFoundError):
            checklists.save_template(db, made)
        with pytest.raises(NotFoundError):
            checklists.delete_template(db, made.id, made.version)
    back = checklists.restore_template(db, made.id)
    assert replace(back, version=0) == replace(made, version=0)
    assert checklists.list_templates(db)[-1] == back
    assert len(checklists.apply_template(db, visit.id, made.id)) == 3
    with pytest.raises(NotFoundError):
        checklists.restore_template(db, 404)


def test_tasks_made_from_a_template_stay_when_it_is_deleted(db: Database) -> None:
    made = saved(db)
    visit = make.delegation(db)
    tasks = checklists.apply_template(db, visit.id, made.id)
    checklists.delete_template(db, made.id, made.version)
    assert [r.task for r in checklists.list_tasks(db, visit.id)] == sorted(
        tasks, key=lambda t: t.due_on
    )


def test_an_edited_template_applies_its_new_offsets_on_both_anchors(db: Database) -> None:
    made = saved(db)
    visit: Delegation = make.delegation(db)  # 27–29 September 2024
    edited = checklists.save_template(db, replace(made, tasks=(
        replace(made.tasks[0], offset_days=-60),
        replace(made.tasks[2], offset_days=14),
        TemplateTask("Зустріч у день прибуття", C.PROGRAMME, 0),
        TemplateTask("Проводи в день від'їзду", C.PROTOCOL, 0, A.DEPARTURE),
    )))  # fmt: skip
    tasks = checklists.apply_template(db, visit.id, edited.id)
    assert [(t.title_uk, t.anchor, t.offset_days, t.due_on, t.assignee) for t in tasks] == [
        ("Списки учнів", A.ARRIVAL, -60, date(2024, 7, 29), "Ярема О."),
        ("Фотозвіт", A.DEPARTURE, 14, date(2024, 10, 13), ""),
        ("Зустріч у день прибуття", A.ARRIVAL, 0, date(2024, 9, 27), ""),
        ("Проводи в день від'їзду", A.DEPARTURE, 0, date(2024, 9, 29), ""),
    ]


def test_the_assignees_in_use_in_ukrainian_order(db: Database) -> None:
    made = saved(db)  # Ярема О., Іванчук П.
    visit = make.delegation(db)
    for name in ("Єрмак С.", "Гнатюк А.", "Ґудзь Є.", "Ярема О.", ""):
        checklists.save_task(db, Task(visit.id, "Дзвінок", date(2024, 9, 1), assignee=name))
    gone = checklists.save_task(db, Task(visit.id, "Стерте", date(2024, 9, 1), assignee="Абрам"))
    checklists.delete_task(db, gone.id, gone.version)
    assert checklists.list_assignees(db) == [
        "Гнатюк А.", "Ґудзь Є.", "Єрмак С.", "Іванчук П.", "Ярема О."
    ]  # fmt: skip
    checklists.delete_template(db, made.id, made.version)
    assert checklists.list_assignees(db) == ["Гнатюк А.", "Ґудзь Є.", "Єрмак С.", "Ярема О."]
