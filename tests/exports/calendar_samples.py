"""Fixed read models for the calendar export tests and golden files: the seed report's year.

Everything here is constant (UIDs, change times, the export's moment), so the same models
always give the same bytes.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from planner.domain.calendar import CalendarEvent, CalendarPerson, CalendarVisit
from planner.domain.enums import AgendaStatus, DelegationStatus

STAMP = datetime(2024, 9, 1, 8, 0, tzinfo=UTC)
CHANGED = datetime(2024, 8, 20, 14, 5, 30, tzinfo=UTC)
OFFICE = "Хмельницька міська рада"
KYIV, TAIPEI = "Europe/Kyiv", "Asia/Taipei"

HANNA = CalendarPerson("Ґанна Коваль", "голова делегації", "+380 67 000 00 00", "hanna@example.org")
IVAN = CalendarPerson("Іван Петренко", "перекладач", "+380 50 111 22 33", "ivan@example.org")
OKSANA = CalendarPerson("Оксана Мельничук", phone="+380 382 65 00 00", email="oksana@example.org")


def at(day: date, hour: int, minute: int, zone: str) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZoneInfo(zone))


def kyiv_visit(status: DelegationStatus = DelegationStatus.CONFIRMED) -> CalendarVisit:
    """The Prague 6 delegation for City Day, 27-29 September 2024, with three items."""
    day = date(2024, 9, 27)
    meeting = CalendarEvent(
        uid="agenda-1-5eed@delegation-planner",
        starts_at=at(day, 10, 0, KYIV), ends_at=at(day, 11, 30, KYIV), timezone=KYIV,
        title_uk="Зустріч з міським головою", title_en="Meeting with the mayor",
        sequence=2, changed_at=CHANGED, status=AgendaStatus.CONFIRMED,
        description="Обмін подарунками; підписання меморандуму про співпрацю шкіл, "
        "культури та спорту.\nПреса: 10 хв наприкінці.",
        venue_name="Сесійна зала", venue_address="вул. Героїв Майдану, 3, Хмельницький",
        responsible=OKSANA, attendees=(HANNA, IVAN), dress_code="діловий",
        transport="пішки від готелю «Поділля»",
    )  # fmt: skip
    lunch = CalendarEvent(
        uid="agenda-2-5eed@delegation-planner",
        starts_at=at(day, 12, 0, KYIV), ends_at=at(day, 13, 30, KYIV), timezone=KYIV,
        title_uk="Обід", sequence=0, changed_at=CHANGED, status=AgendaStatus.PLANNED,
        venue_name="Ресторан «Енеїда»", attendees=(HANNA,),
    )  # fmt: skip
    concert = CalendarEvent(
        uid="C0FFEE-42@calendar.partner.example",  # imported from the partner's calendar
        starts_at=at(day + timedelta(days=1), 19, 0, KYIV),
        ends_at=at(day + timedelta(days=1), 21, 0, KYIV), timezone=KYIV,
        title_uk="Святковий концерт до Дня міста", title_en="City Day concert",
        sequence=5, changed_at=CHANGED, status=AgendaStatus.CONFIRMED,
        venue_name="Майдан Незалежності",
    )  # fmt: skip
    return CalendarVisit(
        uid="delegation-1-5eed@delegation-planner", title_uk="Делегація Праги 6 на День міста",
        title_en="Prague 6 delegation for City Day", start_date=day,
        end_date=date(2024, 9, 29), timezone=KYIV, place="Хмельницький",
        description="День міста; 20 років партнерства.", sequence=1, changed_at=CHANGED,
        status=status, events=(meeting, lunch, concert),
    )  # fmt: skip


def taipei_visit() -> CalendarVisit:
    """The Smart City Summit in Taipei, 18-22 March 2024, in Taipei's own zone."""
    day = date(2024, 3, 19)
    opening = CalendarEvent(
        uid="agenda-3-5eed@delegation-planner",
        starts_at=at(day, 9, 0, TAIPEI), ends_at=at(day, 10, 30, TAIPEI), timezone=TAIPEI,
        title_uk="Відкриття саміту «Розумне місто»", title_en="Smart City Summit opening",
        sequence=0, changed_at=CHANGED, status=AgendaStatus.CONFIRMED,
        venue_name="Taipei Nangang Exhibition Center",
        venue_address="No. 1, Jingmao 2nd Rd, Nangang District, Taipei",
        attendees=(HANNA, IVAN), dress_code="діловий",
    )  # fmt: skip
    night = CalendarEvent(  # after midnight in Taipei: still the evening before in Kyiv
        uid="agenda-4-5eed@delegation-planner",
        starts_at=at(day + timedelta(days=1), 1, 0, TAIPEI),
        ends_at=at(day + timedelta(days=1), 2, 0, TAIPEI), timezone=TAIPEI,
        title_uk="Онлайн-звіт міському голові", sequence=1, changed_at=CHANGED,
        status=AgendaStatus.PLANNED, responsible=HANNA,
    )  # fmt: skip
    return CalendarVisit(
        uid="delegation-2-5eed@delegation-planner", title_uk="Саміт «Розумне місто» у Тайбеї",
        title_en="Smart City Summit in Taipei", start_date=date(2024, 3, 18),
        end_date=date(2024, 3, 22), timezone=TAIPEI, place="Тайбей", changed_at=CHANGED,
        status=DelegationStatus.COMPLETED, events=(opening, night),
    )  # fmt: skip


def all_day_visit() -> CalendarVisit:
    """Stuttgart, 30 October - 2 November 2024, over a month's end, with no items yet."""
    return CalendarVisit(
        uid="delegation-3-5eed@delegation-planner",
        title_uk="Громадська делегація Штутгарта з Фондом Роберта Боша",
        start_date=date(2024, 10, 30), end_date=date(2024, 11, 2), timezone=KYIV,
        place="Хмельницький", status=DelegationStatus.PLANNED,
    )  # fmt: skip


def cancelled_item_visit() -> CalendarVisit:
    """A one-day visit of the EU Delegation whose site visit was cancelled."""
    day = date(2024, 12, 12)
    visit = CalendarEvent(
        uid="agenda-5-5eed@delegation-planner",
        starts_at=at(day, 14, 0, KYIV), ends_at=at(day, 15, 0, KYIV), timezone=KYIV,
        title_uk="Огляд об’єкта NEFCO: котельня на вул. Заводській",
        sequence=3, changed_at=CHANGED, status=AgendaStatus.CANCELLED,
        transport="мікроавтобус управління",
    )  # fmt: skip
    talks = CalendarEvent(
        uid="agenda-6-5eed@delegation-planner",
        starts_at=at(day, 10, 0, KYIV), ends_at=at(day, 12, 0, KYIV), timezone=KYIV,
        title_uk="Переговори з Представництвом ЄС", sequence=0, changed_at=CHANGED,
        status=AgendaStatus.CONFIRMED,
    )  # fmt: skip
    return CalendarVisit(
        uid="delegation-4-5eed@delegation-planner", title_uk="Представництво ЄС та NEFCO",
        start_date=day, end_date=day, timezone=KYIV, status=DelegationStatus.CONFIRMED,
        changed_at=CHANGED, events=(talks, visit),
    )  # fmt: skip
