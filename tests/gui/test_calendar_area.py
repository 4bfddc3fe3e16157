"""The Calendar area driven as the officer drives it: months, weeks and days, today and the
arrows, the date picker, the keyboard, and clicks that open what was clicked."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.domain.enums import AgendaStatus, Direction
from planner.domain.records import AgendaItem, Delegation
from planner.domain.zones import at
from planner.gui.calendar_area import (
    CalendarArea,
    Hit,
    ItemEntry,
    Mode,
    MonthView,
    TimelineView,
    bar_lanes,
    item_columns,
)
from planner.gui.i18n import use_language
from planner.gui.main_window import MainWindow
from planner.gui.workbench import Workbench
from planner.services.agenda import save_agenda_item
from planner.services.delegations import list_delegations, save_delegation

pytestmark = pytest.mark.gui

CITY_DAY = date(2024, 9, 27)  # the Prague 6 delegation, 27-29 September (tests/gui/helpers)


def _prague(bench: Workbench) -> int:
    return next(r.id for r in list_delegations(bench.db) if r.title_uk.startswith("Делегація"))


def _item(bench: Workbench, delegation_id: int, day: date, hour: int, title: str,
          zone: str = "Europe/Kyiv", hours: int = 1, **fields: object) -> AgendaItem:  # fmt: skip
    starts = at(day, hour, 0, zone)
    return save_agenda_item(bench.db, AgendaItem(
        delegation_id=delegation_id, starts_at=starts, ends_at=starts + timedelta(hours=hours),
        title_uk=title, **fields))  # type: ignore[arg-type]  # fmt: skip


@pytest.fixture
def programme(workbench: Workbench) -> dict[str, AgendaItem]:
    prague = _prague(workbench)
    return {
        "reception": _item(workbench, prague, CITY_DAY, 10, "Прийом у міського голови"),
        "tour": _item(workbench, prague, CITY_DAY, 10, "Екскурсія «Ґудзиковий квартал»", hours=2),
        "concert": _item(
            workbench,
            prague,
            date(2024, 9, 28),
            19,
            "Святковий концерт",
            status=AgendaStatus.CANCELLED,
        ),
    }


@pytest.fixture
def area(qtbot: QtBot, workbench: Workbench, programme: dict[str, AgendaItem]) -> CalendarArea:
    opened_items: list[tuple[int, int]] = []
    workbench.open_agenda_item = lambda d, i: opened_items.append((d, i))
    workbench.opened_items = opened_items  # type: ignore[attr-defined]
    calendar = CalendarArea(workbench, today=date(2024, 9, 26))
    qtbot.addWidget(calendar)
    calendar.resize(1200, 800)
    calendar.show()
    qtbot.waitExposed(calendar)
    calendar.go_to(CITY_DAY)
    return calendar


def _entries(area: CalendarArea) -> list[Hit]:
    view = area.view()
    # Drawn now, as on the screen: grab() paints the widget (repaint() may wait for exposure).
    if isinstance(view, TimelineView):
        view.header.grab()
        view.hours.grab()
    else:
        view.grab()
    return view.entries()


def _titles(area: CalendarArea) -> list[str]:
    return [h.item.title if h.item else h.bar.title for h in _entries(area)]  # type: ignore[union-attr]


def _click(qtbot: QtBot, area: CalendarArea, hit: Hit) -> None:
    view = area.view()
    target = view if isinstance(view, MonthView) else (
        view.header if hit.bar is not None else view.hours)  # fmt: skip
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=hit.rect.center())


def test_the_month_shows_visits_across_their_days_and_items_by_their_time(
    area: CalendarArea,
) -> None:
    assert area.mode is Mode.MONTH
    assert area.title.text() == "Вересень 2024"
    hits = _entries(area)
    bars = [h for h in hits if h.bar is not None]
    prague = next(h for h in bars if h.bar.title.startswith("Делегація"))  # type: ignore[union-attr]
    assert (prague.bar.first, prague.bar.last) == (date(2024, 9, 27), date(2024, 9, 29))  # type: ignore[union-attr]
    # The bar spans the three day cells it covers (Friday to Sunday in one week row).
    month = area.month_view
    assert prague.rect.left() < month.cell(date(2024, 9, 27)).center().x()
    assert prague.rect.right() > month.cell(date(2024, 9, 29)).center().x()
    items = [h.item for h in hits if h.item is not None]
    assert [(i.title, i.starts_at.hour) for i in items] == [
        ("Прийом у міського голови", 10), ("Екскурсія «Ґудзиковий квартал»", 10),
        ("Святковий концерт", 19),
    ]  # fmt: skip
    assert next(i for i in items if i.title == "Святковий концерт").cancelled


def test_previous_next_and_today_move_by_the_view(area: CalendarArea, qtbot: QtBot) -> None:
    qtbot.mouseClick(area.next_button, Qt.MouseButton.LeftButton)
    assert area.title.text() == "Жовтень 2024"
    assert "Іноземні інвестори: зустріч із фондом UAID" in _titles(area)
    qtbot.mouseClick(area.previous_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(area.previous_button, Qt.MouseButton.LeftButton)
    assert area.title.text() == "Серпень 2024"
    qtbot.mouseClick(area.today_button, Qt.MouseButton.LeftButton)
    assert area.chosen == date(2024, 9, 26)
    area.set_mode(Mode.WEEK)
    assert area.title.text() == "23–29 вересня 2024"
    qtbot.mouseClick(area.next_button, Qt.MouseButton.LeftButton)
    assert area.title.text() == "30 вересня – 6 жовтня 2024"
    area.set_mode(Mode.DAY)
    qtbot.mouseClick(area.previous_button, Qt.MouseButton.LeftButton)
    assert area.title.text() == "вівторок, 2 жовтня 2024" or area.chosen == date(2024, 10, 2)


def test_a_month_step_from_the_31st_lands_on_the_last_day_of_a_shorter_month(
    area: CalendarArea,
) -> None:
    area.go_to(date(2024, 1, 31))
    area.step(1)
    assert area.chosen == date(2024, 2, 29)
    area.go_to(date(2024, 12, 15))
    area.step(1)
    assert area.chosen == date(2025, 1, 15)


def test_the_date_picker_goes_to_the_date(area: CalendarArea) -> None:
    area.picker.setDate(QDate(2024, 5, 30))
    assert area.chosen == date(2024, 5, 30)
    assert area.title.text() == "Травень 2024"
    assert "Євроміста: щорічна конференція" in _titles(area)


def test_week_and_day_show_items_at_their_hours_side_by_side(
    area: CalendarArea, qtbot: QtBot
) -> None:
    qtbot.mouseClick(area.findChild(type(area.today_button), "calendar_week"),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    assert area.mode is Mode.WEEK
    hits = [h for h in _entries(area) if h.item is not None]
    reception = next(h for h in hits if h.item.title == "Прийом у міського голови")  # type: ignore[union-attr]
    tour = next(h for h in hits if h.item.title.startswith("Екскурсія"))  # type: ignore[union-attr]
    assert reception.rect.top() == tour.rect.top()  # both at 10:00
    assert reception.rect.right() < tour.rect.left()  # overlapping: side by side
    assert tour.rect.height() > reception.rect.height() * 1.8  # two hours against one
    hours = area.week_view.hours
    assert reception.rect.top() == pytest.approx(hours.y_of(reception.item.starts_at, CITY_DAY),  # type: ignore[union-attr]
                                                 abs=2)  # fmt: skip
    area.set_mode(Mode.DAY)
    assert area.title.text() == "пʼятниця, 27 вересня 2024".replace("ʼ", "'") or (
        "27 вересня 2024" in area.title.text())  # fmt: skip
    titles = _titles(area)
    assert "Прийом у міського голови" in titles and "Святковий концерт" not in titles


def test_the_mode_is_remembered(area: CalendarArea, workbench: Workbench) -> None:
    area.set_mode(Mode.WEEK)
    again = CalendarArea(workbench)
    assert again.mode is Mode.WEEK
    again.deleteLater()


def test_clicking_a_visit_opens_its_editor_and_an_item_opens_it_there(
    area: CalendarArea, qtbot: QtBot, workbench: Workbench, programme: dict[str, AgendaItem]
) -> None:
    hits = _entries(area)
    bar = next(h for h in hits if h.bar is not None and h.bar.delegation_id == _prague(workbench))
    _click(qtbot, area, bar)
    assert workbench.opened == [_prague(workbench)]  # type: ignore[attr-defined]
    item = next(h for h in hits if h.item is not None and h.item.title == "Святковий концерт")
    _click(qtbot, area, item)
    assert workbench.opened_items == [(_prague(workbench), programme["concert"].id)]  # type: ignore[attr-defined]


def test_the_keyboard_moves_the_day_and_opens_entries(
    area: CalendarArea, qtbot: QtBot, workbench: Workbench
) -> None:
    view = area.month_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert area.chosen == CITY_DAY + timedelta(days=1)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert area.chosen == CITY_DAY + timedelta(days=8)
    assert area.title.text() == "Жовтень 2024"  # 5 October: the next month is shown
    qtbot.keyClick(area, Qt.Key.Key_PageUp)
    assert area.title.text() == "Вересень 2024"
    # Tab reaches the entries one by one; Enter opens the one with the focus.
    view.setFocus()
    first = _entries(area)[0]
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.focused_hit() == first
    qtbot.keyClick(view, Qt.Key.Key_Return)
    if first.item is not None:
        assert workbench.opened_items[-1][1] == first.item.item_id  # type: ignore[attr-defined]
    else:
        assert workbench.opened[-1] == first.bar.delegation_id  # type: ignore[attr-defined, union-attr]
    # Enter with no entry focused opens the chosen day.
    view.focused = None
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert area.mode is Mode.DAY


def test_a_double_click_on_a_day_opens_that_day(area: CalendarArea, qtbot: QtBot) -> None:
    cell = area.month_view.cell(date(2024, 9, 18))
    qtbot.mouseDClick(area.month_view, Qt.MouseButton.LeftButton,
                      pos=QPoint(cell.center().x(), cell.bottom() - 5))  # fmt: skip
    assert area.mode is Mode.DAY and area.chosen == date(2024, 9, 18)


def test_a_visit_abroad_shows_its_own_time_with_kyiv_time_beside_it(
    area: CalendarArea, workbench: Workbench
) -> None:
    summit = save_delegation(workbench.db, Delegation(
        direction=Direction.OUTGOING, title_uk="Саміт «Розумне місто» у Тайбеї",
        start_date=date(2024, 3, 18), end_date=date(2024, 3, 22), timezone="Asia/Taipei",
        country="TW"))  # fmt: skip
    assert summit.id is not None
    _item(workbench, summit.id, date(2024, 3, 19), 10, "Форум мерів", zone="Asia/Taipei")
    area.go_to(date(2024, 3, 19))
    area.set_mode(Mode.WEEK)
    (hit,) = [h for h in _entries(area) if h.item is not None]
    assert hit.item is not None
    assert hit.item.times() == "10:00–11:00 (Київ 04:00–05:00)"
    assert "10:00–11:00 (Київ 04:00–05:00)" in hit.tooltip("uk")


def test_the_calendar_follows_a_change_made_elsewhere(
    area: CalendarArea, workbench: Workbench
) -> None:
    before = len(_entries(area))
    _item(workbench, _prague(workbench), date(2024, 9, 29), 12, "Прощальний обід")
    workbench.edits.changed.emit()
    assert len(_entries(area)) == before + 1


def test_the_lanes_and_columns_never_overlap() -> None:
    day = date(2024, 9, 27)

    def entry(item_id: int, hour: int, hours: int) -> ItemEntry:
        starts = at(day, hour, 0, "Europe/Kyiv")
        return ItemEntry(item_id, 1, "x", "v", starts, starts + timedelta(hours=hours), "",
                         AgendaStatus.PLANNED)  # fmt: skip

    placed = item_columns([entry(1, 9, 2), entry(2, 10, 1), entry(3, 11, 1), entry(4, 13, 1)])
    columns = {e.item_id: (column, width) for e, column, width in placed}
    # 11:00-12:00 only touches the 9-11 item: it starts a cluster of its own.
    assert columns == {1: (0, 2), 2: (1, 2), 3: (0, 1), 4: (0, 1)}
    placed = item_columns([entry(1, 9, 3), entry(2, 10, 1), entry(3, 11, 1)])
    assert {e.item_id: (column, width) for e, column, width in placed} == {
        1: (0, 2), 2: (1, 2), 3: (1, 2)}  # fmt: skip
    assert bar_lanes([], day, day) == []


def test_english_names_and_dates(
    qtbot: QtBot, qapp: QApplication, workbench: Workbench, programme: dict[str, AgendaItem]
) -> None:
    use_language(qapp, "en")
    workbench.language = "en"
    calendar = CalendarArea(workbench, today=date(2024, 9, 26))
    qtbot.addWidget(calendar)
    calendar.resize(1200, 800)
    calendar.show()
    qtbot.waitExposed(calendar)
    calendar.go_to(CITY_DAY)
    assert calendar.title.text() == "September 2024"
    assert "Prague 6 delegation for City Day" in _titles(calendar)


def test_the_calendar_is_an_area_of_the_main_window_and_opens_an_item_in_its_editor(
    qtbot: QtBot, workbench: Workbench, programme: dict[str, AgendaItem]
) -> None:
    window = MainWindow(workbench.db, "uk", workbench.settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_area("calendar")
    calendar = window.calendar
    calendar.go_to(CITY_DAY)
    calendar.set_mode(Mode.DAY)
    hit = next(h for h in _entries(calendar) if h.item is not None
               and h.item.item_id == programme["reception"].id)  # fmt: skip
    _click(qtbot, calendar, hit)
    editor = window.editors[_prague(workbench)]
    assert editor.tabs.currentWidget() is editor.programme
    current = editor.programme.current_entry()
    assert current is not None and current.item.id == programme["reception"].id
    editor.close()
