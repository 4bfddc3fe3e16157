"""Read models of printed documents for the tests, and what the tests read back from a PDF
(text through pdftotext and pypdf, two independent readers; fonts through pdffonts)."""

from __future__ import annotations

import io
import subprocess
import tempfile
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from pypdf import PdfReader

from planner.domain.enums import (
    AgendaStatus,
    Direction,
    ParticipantRole,
    TaskCategory,
    TaskStatus,
    TransportKind,
)
from planner.domain.printing import (
    Bilingual,
    PrintedItem,
    PrintedParticipant,
    PrintedPerson,
    PrintedTask,
    PrintedVenue,
    PrintedVisit,
    Signatory,
    Travel,
    programme_days,
)

KYIV = ZoneInfo("Europe/Kyiv")
TAIPEI = ZoneInfo("Asia/Taipei")
COUNCIL = Bilingual("Хмельницька міська рада", "Khmelnytskyi City Council")
HEAD = Signatory(
    Bilingual("Начальник управління міжнародного співробітництва",
              "Head of the International Cooperation Department"),
    Bilingual("Оксана МЕЛЬНИЧУК", "Oksana MELNYCHUK"),
)  # fmt: skip
CITY_DAY = (date(2027, 9, 27), date(2027, 9, 29))

GUEST = PrintedPerson(1, "Томаш Дворжак", "Tomáš Dvořák",
                      Bilingual("Староста міського району Прага 6", "Mayor of Prague 6"),
                      Bilingual("Міський район Прага 6", "Prague 6 City District"))  # fmt: skip
DEPUTY = PrintedPerson(2, "Яна Новакова", "Jana Nováková",
                       Bilingual("Заступниця старости", "Deputy Mayor"))  # fmt: skip
MEMBER = PrintedPerson(3, "Мартін Черний", "Martin Černý", Bilingual("Член Ради", ""))
HOST = PrintedPerson(4, "Ґанна Їжакевич", "",  # no Latin name stored
                     Bilingual("Заступниця міського голови", "Deputy Mayor"),
                     COUNCIL)  # fmt: skip
INTERPRETER = PrintedPerson(5, "Євгенія Ільчишин", "Yevheniia Ilchyshyn",
                            Bilingual("Перекладачка", "Interpreter"))  # fmt: skip
OFFICER = PrintedPerson(6, "Юлія Заїка", "Yuliia Zaika",
                        Bilingual("Головний спеціаліст з питань протоколу", ""))  # fmt: skip

HALL = PrintedVenue(Bilingual("Сесійна зала міської ради", "Council Session Hall"),
                    "вул. Героїв Майдану, 3, Хмельницький")  # fmt: skip
MUSEUM = PrintedVenue(Bilingual("Музей «Літературне Поділля»", ""),  # no English name
                      "вул. Проскурівська, 47, Хмельницький")  # fmt: skip

# Every letter the tests look for: Ґ Є І Ї, the apostrophe, the quotes and the number sign.
SPECIAL = "Ґудзик, Єнісей, Іванівка, Їжакевич, п’ятниця, «Поділля», № 22"


def at(day: date, hour: int, minute: int = 0, zone: ZoneInfo = KYIV) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)


def item(number: int, day: date, hour: int, title_uk: str, title_en: str = "", *,
         minutes: int = 60, zone: ZoneInfo = KYIV, abroad: bool = False,
         **fields: object) -> PrintedItem:  # fmt: skip
    starts = at(day, hour, zone=zone)
    ends = starts + timedelta(minutes=minutes)
    values: dict[str, object] = {
        "kyiv_starts_at": starts.astimezone(KYIV) if abroad else None,
        "kyiv_ends_at": ends.astimezone(KYIV) if abroad else None,
        **fields,
    }
    return PrintedItem(
        item_id=number,
        starts_at=starts,
        ends_at=ends,
        title=Bilingual(title_uk, title_en),
        **values,
    )  # type: ignore[arg-type]


PARTICIPANTS = (
    PrintedParticipant(GUEST, ParticipantRole.HEAD, 1,
                       Travel(TransportKind.TRAIN, "IC 705", at(CITY_DAY[0], 7, 55),
                              "Залізничний вокзал Хмельницький"),
                       Travel(TransportKind.TRAIN, "IC 706", at(CITY_DAY[1], 20, 15),
                              "Залізничний вокзал Хмельницький"),
                       "Готель «Поділля»"),
    PrintedParticipant(DEPUTY, ParticipantRole.DEPUTY_HEAD, 2, hotel="Готель «Поділля»"),
    PrintedParticipant(MEMBER, ParticipantRole.MEMBER, 3),
    PrintedParticipant(HOST, ParticipantRole.HOST_OFFICIAL, 4),
    PrintedParticipant(INTERPRETER, ParticipantRole.INTERPRETER, 5),
)  # fmt: skip
DELEGATION = (GUEST, DEPUTY, MEMBER)


def city_day(items: tuple[PrintedItem, ...] | None = None, **fields: object) -> PrintedVisit:
    """The Prague 6 delegation for City Day, three days in Kyiv time."""
    first, second, third = (CITY_DAY[0] + timedelta(days=n) for n in range(3))
    if items is None:
        items = (
            item(1, first, 8, "Зустріч делегації на залізничному вокзалі",
                 "Welcome at the railway station", transport="Мікроавтобус міської ради",
                 responsible=OFFICER, attendees=(*DELEGATION, INTERPRETER)),
            item(2, first, 10, "Офіційна зустріч з міським головою",
                 "Official meeting with the Mayor", venue=HALL, responsible=HOST,
                 dress_code="діловий", attendees=(*DELEGATION, HOST, INTERPRETER),
                 description=f"Обмін досвідом; {SPECIAL}."),
            item(3, first, 13, "Обід", "Lunch", status=AgendaStatus.CANCELLED),
            item(4, second, 10, "Урочисте відкриття Дня міста", "City Day opening",
                 attendees=(GUEST, HOST)),
            item(5, second, 15, "Екскурсія музеєм", venue=MUSEUM,  # no English title
                 attendees=(GUEST, DEPUTY)),
            item(6, third, 19, "Проводи делегації", "Farewell", responsible=OFFICER),
        )  # fmt: skip
    values: dict[str, object] = {
        "delegation_id": 5, "title": Bilingual(
            "Офіційний візит делегації міського району Прага 6 з нагоди Дня міста",
            "Official visit of the Prague 6 delegation for City Day"),
        "start_date": CITY_DAY[0], "end_date": CITY_DAY[1], "place": "Хмельницький",
        "council": COUNCIL, "signatory": HEAD,
        "days": programme_days(CITY_DAY[0], CITY_DAY[1], items),
        "participants": PARTICIPANTS, "tasks": TASKS, **fields,
    }  # fmt: skip
    return PrintedVisit(**values)  # type: ignore[arg-type]


TASKS = (
    PrintedTask(Bilingual("Надіслати офіційне запрошення", "Send the official invitation"),
                date(2027, 8, 13), TaskCategory.INVITATIONS, "Юлія Заїка", TaskStatus.DONE,
                date(2027, 8, 12)),
    PrintedTask(Bilingual("Забронювати готель", ""), date(2027, 9, 6),
                TaskCategory.ACCOMMODATION, "Оксана Мельничук"),
    PrintedTask(Bilingual("Подарунки № 22 «Поділля»", "Gifts"), date(2027, 9, 24),
                TaskCategory.GIFTS, status=TaskStatus.CANCELLED),
)  # fmt: skip


def taipei() -> PrintedVisit:
    """An outgoing visit abroad: the items by Taipei's clock, with Kyiv's (6 hours behind)."""
    first = date(2027, 3, 18)
    items = (
        item(1, first, 10, "Реєстрація, відкриття Саміту", "Registration and opening",
             zone=TAIPEI, abroad=True, venue=PrintedVenue(
                 Bilingual("Виставковий центр Наньган", "Nangang Exhibition Center"),
                 "No. 1 Jingmao 2nd Rd, Taipei")),
        item(2, first, 23, "Нічний переліт", "Night flight", zone=TAIPEI, abroad=True,
             minutes=120),
        item(3, first + timedelta(days=1), 3, "Сніданок", "Breakfast", zone=TAIPEI,
             abroad=True),
    )  # fmt: skip
    return city_day(items, title=Bilingual("Саміт «Розумне місто» у Тайбеї",
                                           "Smart City Summit, Taipei"),
                    start_date=first, end_date=first + timedelta(days=4), place="Тайбей",
                    timezone="Asia/Taipei", direction=Direction.OUTGOING,
                    days=programme_days(first, first + timedelta(days=4), items),
                    participants=PARTICIPANTS[:3])  # fmt: skip


def long_visit(days: int = 5, per_day: int = 16) -> PrintedVisit:
    """Five days of sixteen items each: eighty items, titles numbered in time order."""
    first = CITY_DAY[0]
    items = tuple(
        item(d * per_day + n + 1, first + timedelta(days=d), 7, f"Пункт № {d * per_day + n + 1:02d}",
             f"Item No. {d * per_day + n + 1:02d}", minutes=50, venue=HALL,
             responsible=OFFICER, attendees=(*DELEGATION, HOST),
             description="Зустріч з представниками громади: обмін досвідом, підписання "
             "протоколу про наміри, фотографування.")
        for d in range(days) for n in range(per_day)
    )  # fmt: skip
    # One an hour apart from 07:00: put them at their own hours.
    items = tuple(
        replace(i, starts_at=i.starts_at + timedelta(minutes=55 * ((i.item_id - 1) % per_day)),
                ends_at=i.ends_at + timedelta(minutes=55 * ((i.item_id - 1) % per_day)))
        for i in items
    )  # fmt: skip
    last = first + timedelta(days=days - 1)
    return city_day(items, end_date=last, days=programme_days(first, last, items))


def empty(**fields: object) -> PrintedVisit:
    """A delegation with nothing entered yet: no items, participants, tasks or settings."""
    values: dict[str, object] = {"participants": (), "tasks": (), "council": Bilingual(),
                                 "signatory": Signatory(), **fields}  # fmt: skip
    return city_day((), **values)


# --- Reading a PDF back ---------------------------------------------------------------------


def pdftotext(data: bytes, *, layout: bool = False) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "document.pdf"
        path.write_bytes(data)
        options = ["-layout"] if layout else []
        return subprocess.run(["pdftotext", *options, "-enc", "UTF-8", str(path), "-"],
                              capture_output=True, check=True, text=True).stdout  # fmt: skip


def pages_text(data: bytes) -> list[str]:
    """Each page's text as pypdf reads it."""
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def page_count(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def fonts(data: bytes) -> list[list[str]]:
    """The rows of ``pdffonts``: name, type, encoding, emb, sub, uni, object, generation."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "document.pdf"
        path.write_bytes(data)
        out = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True,
                             text=True).stdout  # fmt: skip
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    # The type may be two words ("Type 1", "CID TrueType"): count the rest from the end.
    return [[r[0], " ".join(r[1:-6]), *r[-6:]] for r in rows]


def flat(value: str) -> str:
    """Text with all whitespace taken out, to find a phrase however lines were broken."""
    return "".join(value.split())
