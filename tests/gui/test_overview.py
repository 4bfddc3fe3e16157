"""The Overview as the officer reads it in the morning, on a fixed day: the visit in progress,
those of the coming weeks (not later ones, not past ones) with their dates in Ukrainian, Enter
opening a visit, and the counters of overdue checklist tasks and souvenirs running low."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from planner.domain.enums import (
    AgreementStatus,
    AgreementType,
    DelegationStatus,
    Direction,
    TaskStatus,
)
from planner.domain.messages import enum_label
from planner.domain.records import Agreement, Delegation, GiftItem, Partner, Task
from planner.gui.overview_area import COMING_WEEKS, OverviewArea
from planner.gui.workbench import Workbench
from planner.services.checklists import save_task
from planner.services.delegations import save_delegation
from planner.services.gifts import record_purchase, save_gift_item
from planner.services.partners import save_agreement, save_partner
from planner.services.workspace import Database

pytestmark = pytest.mark.gui

TODAY = date(2027, 1, 27)  # a Wednesday; the fixture's own visits are all in 2024


def _tr(text: str) -> str:
    return QCoreApplication.translate("OverviewArea", text)


def _visit(db: Database, title: str, start: date, end: date,
           direction: Direction = Direction.INCOMING) -> int:  # fmt: skip
    saved = save_delegation(db, Delegation(
        direction=direction, title_uk=title, start_date=start, end_date=end,
        status=DelegationStatus.CONFIRMED,
    ))  # fmt: skip
    assert saved.id is not None
    return saved.id


def _texts(widget: QListWidget) -> list[str]:
    return [widget.item(row).text() for row in range(widget.count())]


def _overview(qtbot: QtBot, workbench: Workbench, today: date = TODAY) -> OverviewArea:
    area = OverviewArea(workbench, today=today)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    return area


@pytest.fixture
def visits(workbench: Workbench) -> dict[str, int]:
    db = workbench.db
    soon, later = TODAY + timedelta(days=10), TODAY + timedelta(weeks=10)
    return {
        "now": _visit(db, "Делегація Любліна: візит мера", date(2027, 1, 26), date(2027, 1, 28)),
        "soon": _visit(
            db, "Форум побратимів у Кракові", soon, soon + timedelta(days=2), Direction.OUTGOING
        ),
        "later": _visit(db, "Літня школа в Гданську", later, later + timedelta(days=2)),
        "past": _visit(db, "Новорічний прийом консулів", date(2027, 1, 20), date(2027, 1, 26)),
    }


def test_a_visit_in_progress_today_is_listed_with_its_dates_in_ukrainian(
    qtbot: QtBot, workbench: Workbench, visits: dict[str, int]
) -> None:
    area = _overview(qtbot, workbench)
    [shown] = _texts(area.in_progress)
    assert shown.startswith("26–28 січня 2027")
    assert enum_label(Direction.INCOMING, "uk") in shown
    assert "Делегація Любліна: візит мера" in shown
    assert area.in_progress.item(0).data(Qt.ItemDataRole.UserRole) == visits["now"]
    assert "2027" in area.heading.text() and "січня" in area.heading.text()


def test_the_coming_weeks_hold_only_the_visits_starting_soon(
    qtbot: QtBot, workbench: Workbench, visits: dict[str, int]
) -> None:
    area = _overview(qtbot, workbench)
    [shown] = _texts(area.coming)
    assert shown.startswith("6–8 лютого 2027")
    assert enum_label(Direction.OUTGOING, "uk") in shown
    assert "Форум побратимів у Кракові" in shown
    everything = " ".join(_texts(area.in_progress) + _texts(area.coming))
    assert "Гданську" not in everything  # ten weeks away: beyond the coming weeks
    assert "Новорічний" not in everything  # it ended yesterday
    assert "Прага 6" not in everything  # the 2024 visits
    assert area.findChild(type(area.coming), "coming") is area.coming
    box_titles = [box.title() for box in area.findChildren(type(area.coming.parentWidget()))]
    assert QCoreApplication.translate("OverviewArea", "Coming %n week(s)", "",
                                      COMING_WEEKS) in box_titles  # fmt: skip


def test_a_visit_ending_yesterday_and_one_starting_tomorrow(
    qtbot: QtBot, workbench: Workbench
) -> None:
    db = workbench.db
    _visit(db, "Учора закінчився", TODAY - timedelta(days=3), TODAY - timedelta(days=1))
    _visit(db, "Завтра почнеться", TODAY + timedelta(days=1), TODAY + timedelta(days=1))
    _visit(db, "Саме сьогодні", TODAY, TODAY, Direction.ONLINE)
    area = _overview(qtbot, workbench)
    assert [t.split("  ·  ")[-1] for t in _texts(area.in_progress)] == ["Саме сьогодні"]
    assert _texts(area.in_progress)[0].startswith("27 січня 2027")
    assert [t.split("  ·  ")[-1] for t in _texts(area.coming)] == ["Завтра почнеться"]


def test_enter_on_a_visit_opens_it(
    qtbot: QtBot, workbench: Workbench, visits: dict[str, int]
) -> None:
    area = _overview(qtbot, workbench)
    area.coming.setFocus()
    area.coming.setCurrentRow(0)
    qtbot.keyClick(area.coming, Qt.Key.Key_Return)
    area.in_progress.setFocus()
    area.in_progress.setCurrentRow(0)
    qtbot.keyClick(area.in_progress, Qt.Key.Key_Enter)
    assert workbench.opened == [visits["soon"], visits["now"]]  # type: ignore[attr-defined]


def test_a_double_click_opens_a_visit_too(
    qtbot: QtBot, workbench: Workbench, visits: dict[str, int]
) -> None:
    area = _overview(qtbot, workbench)
    rect = area.in_progress.visualItemRect(area.in_progress.item(0))
    # A double click is a press and release, then a second press that is the double click.
    qtbot.mouseClick(area.in_progress.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(area.in_progress.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert workbench.opened == [visits["now"]]  # type: ignore[attr-defined]


def test_overdue_tasks_are_counted_when_open_and_due_before_today(
    qtbot: QtBot, workbench: Workbench, visits: dict[str, int]
) -> None:
    db = workbench.db
    save_task(db, Task(delegation_id=visits["now"], title_uk="Замовити трансфер",
                       due_on=TODAY - timedelta(days=2)))  # fmt: skip
    save_task(db, Task(delegation_id=visits["now"], title_uk="Забронювати готель",
                       due_on=TODAY - timedelta(days=5), status=TaskStatus.DONE,
                       done_on=TODAY - timedelta(days=6)))  # fmt: skip
    save_task(db, Task(delegation_id=visits["now"], title_uk="Надрукувати бейджі", due_on=TODAY))
    save_task(db, Task(delegation_id=visits["soon"], title_uk="Квитки",
                       due_on=TODAY + timedelta(days=3)))  # fmt: skip
    area = _overview(qtbot, workbench)
    assert area.overdue.text() == _tr("Overdue checklist tasks: %1").replace("%1", "1")
    assert "color" in area.overdue.styleSheet()  # shown in red: it needs attention


def test_souvenirs_at_or_below_their_reorder_level_are_counted(
    qtbot: QtBot, workbench: Workbench
) -> None:
    db = workbench.db
    stocked = {"Магніт": (10, 40), "Блокнот": (10, 10), "Чашка": (5, 2)}  # level, bought
    for name, (level, bought) in stocked.items():
        item = save_gift_item(db, GiftItem(name_uk=name, category="сувенір", reorder_level=level,
                                           unit_cost=Decimal("50.00")))  # fmt: skip
        assert item.id is not None
        record_purchase(db, item.id, TODAY - timedelta(days=30), bought, Decimal("50.00"))
    area = _overview(qtbot, workbench)
    assert area.low_stock.text() == _tr("Souvenirs running low: %1").replace("%1", "2")
    assert area.overdue.text() == _tr("Overdue checklist tasks: %1").replace("%1", "0")


def test_the_overview_follows_a_change_made_elsewhere(
    qtbot: QtBot, workbench: Workbench, visits: dict[str, int]
) -> None:
    area = _overview(qtbot, workbench)
    _visit(workbench.db, "Ще один візит", TODAY + timedelta(days=20), TODAY + timedelta(days=21))
    workbench.edits.changed.emit()  # what every change through the undo history announces
    assert any("Ще один візит" in text for text in _texts(area.coming))


def test_empty_lists_say_so(qtbot: QtBot, workbench: Workbench) -> None:
    area = _overview(qtbot, workbench, today=date(2031, 3, 3))
    assert _texts(area.in_progress) == [_tr("No visit is in progress today.")]
    assert _texts(area.coming) == [_tr("Nothing planned for the coming weeks.")]
    for widget in (area.in_progress, area.coming):
        assert not widget.item(0).flags() & Qt.ItemFlag.ItemIsEnabled
        # Tabbing into the list and pressing Enter, or double-clicking the words, opens nothing.
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        assert widget.currentItem() is None
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        qtbot.keyClick(widget, Qt.Key.Key_Down)
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        rect = widget.visualItemRect(widget.item(0))
        qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert workbench.opened == []  # type: ignore[attr-defined]
    assert area.overdue.text() == _tr("Overdue checklist tasks: %1").replace("%1", "0")
    assert area.low_stock.text() == _tr("Souvenirs running low: %1").replace("%1", "0")


def _agreement(db: Database, partner_id: int, title: str, until: date,
               status: AgreementStatus = AgreementStatus.IN_FORCE) -> None:  # fmt: skip
    save_agreement(db, Agreement(partner_id=partner_id, kind=AgreementType.MEMORANDUM,
                                 title=title, signed_on=date(2020, 1, 1), valid_until=until,
                                 status=status))  # fmt: skip


def test_agreements_ending_within_half_a_year_are_listed_soonest_first(
    qtbot: QtBot, workbench: Workbench
) -> None:
    db = workbench.db
    partner = save_partner(db, Partner(name_uk="Сілістра", country="BG"))
    assert partner.id is not None
    _agreement(db, partner.id, "Меморандум про культуру", TODAY + timedelta(days=30))
    _agreement(db, partner.id, "Угода про школи", TODAY + timedelta(days=400))
    _agreement(db, partner.id, "Меморандум про спорт", TODAY - timedelta(days=3))
    _agreement(db, partner.id, "Розірвана угода", TODAY + timedelta(days=10),
               AgreementStatus.TERMINATED)  # fmt: skip
    area = _overview(qtbot, workbench)
    texts = _texts(area.ending)
    assert len(texts) == 2
    assert texts[0].startswith("Сілістра — Меморандум про спорт")
    assert TODAY.replace(day=24).strftime("%d.%m.%Y") in texts[0]
    assert texts[1].startswith("Сілістра — Меморандум про культуру")
    assert (TODAY + timedelta(days=30)).strftime("%d.%m.%Y") in texts[1]
    ended, coming = area.ending.item(0), area.ending.item(1)
    assert ended.foreground().color().name() == "#b00020"
    assert coming.foreground().color().name() != "#b00020"
    assert ended.data(Qt.ItemDataRole.UserRole) == partner.id


def test_no_agreement_ending_says_so(qtbot: QtBot, workbench: Workbench) -> None:
    area = _overview(qtbot, workbench)
    assert _texts(area.ending) == [_tr("No agreement ends in the coming months.")]
