"""The iCalendar export from fixed read models: golden files compared byte for byte, and the
rules every calendar client relies on (CRLF, folding, escaping, a published calendar, time
zones, all-day dates, personal data).

Regenerate the golden files after a deliberate change with
``PLANNER_REGENERATE_GOLDEN=1 .venv/bin/pytest tests/exports/test_ics_export.py`` and read
the diff before committing it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from planner.domain.calendar import CalendarEvent, CalendarVisit
from planner.domain.enums import AgendaStatus, DelegationStatus
from planner.exports.ics_export import calendar_ics, escape_text, fold, summary_of, vtimezone
from tests.exports import calendar_samples as sample

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "ics"

Build = Callable[[], list[CalendarVisit]]
CASES: dict[str, tuple[Build, dict[str, Any]]] = {
    "kyiv_visit.ics": (lambda: [sample.kyiv_visit()], {}),
    "taipei_and_kyiv.ics": (lambda: [sample.taipei_visit(), sample.kyiv_visit()], {}),
    "all_day_visit.ics": (lambda: [sample.all_day_visit()], {}),
    "cancelled_item.ics": (lambda: [sample.cancelled_item_visit()], {}),
    "utc.ics": (lambda: [sample.taipei_visit(), sample.kyiv_visit()], {"utc": True}),
    "kyiv_visit_en_contacts.ics": (
        lambda: [sample.kyiv_visit()],
        {"language": "en", "with_contacts": True},
    ),
}


def export(visits: list[CalendarVisit], **options: Any) -> bytes:
    values: dict[str, Any] = {"stamp": sample.STAMP, "name": "Програма візитів",
                              "organizer": sample.OFFICE, **options}  # fmt: skip
    return calendar_ics(visits, **values)


def golden_bytes(name: str) -> bytes:
    build, options = CASES[name]
    return export(build(), **options)


def unfolded(data: bytes) -> list[str]:
    """The content lines of a file, unfolded (RFC 5545 3.1)."""
    return data.decode().replace("\r\n ", "").split("\r\n")[:-1]


def values(data: bytes, name: str) -> list[str]:
    """Every value of the property ``name`` outside VTIMEZONEs, with its parameters (the part
    from the first ";" or ":" on)."""
    found, in_zone = [], False
    for line in unfolded(data):
        in_zone = {"BEGIN:VTIMEZONE": True, "END:VTIMEZONE": False}.get(line, in_zone)
        if not in_zone and line.startswith(name) and line[len(name)] in ":;":
            found.append(line[len(name) :])
    return found


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden_file(name: str) -> None:
    written = golden_bytes(name)
    path = GOLDEN / name
    if os.environ.get("PLANNER_REGENERATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(written)
        pytest.skip(f"{name} written again: read the diff before committing it")
    assert written == path.read_bytes()


@pytest.mark.parametrize("name", sorted(CASES))
def test_crlf_everywhere_and_no_line_longer_than_75_octets(name: str) -> None:
    data = golden_bytes(name)
    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode()  # every physical line is whole UTF-8 on its own


def test_a_long_cyrillic_line_folds_between_letters() -> None:
    line = "SUMMARY:" + "Зустріч з міським головою та підписання меморандуму про партнерство " * 3
    folded = fold(line)
    physical = folded.split(b"\r\n")
    assert len(physical) > 3
    assert all(len(p) <= 75 for p in physical)
    assert all(p.startswith(b" ") for p in physical[1:])
    assert [p.decode() for p in physical]  # a cut inside a two-octet letter would not decode
    assert len(physical[0]) in (74, 75)  # as full as whole letters allow
    assert folded.replace(b"\r\n ", b"") == line.encode()


def test_folding_keeps_four_octet_letters_and_escape_pairs_whole() -> None:
    for line in ("DESCRIPTION:" + "🇺🇦" * 40, "DESCRIPTION:" + "ab\\n" * 60, "X:" + "\\\\" * 80):
        physical = fold(line).split(b"\r\n")
        for chunk in physical[:-1]:
            chunk.decode()
            trailing = len(chunk) - len(chunk.rstrip(b"\\"))
            assert trailing % 2 == 0, chunk  # "\" and "n" never on two lines
        assert fold(line).replace(b"\r\n ", b"") == line.encode()


def test_a_line_of_exactly_75_octets_is_not_folded() -> None:
    assert fold("X" * 75) == b"X" * 75
    assert fold("X" * 76) == b"X" * 75 + b"\r\n X"
    assert fold("Ї" * 37 + "X") == ("Ї" * 37 + "X").encode()  # 75 octets
    assert fold("Ї" * 38).split(b"\r\n")[0] == ("Ї" * 37).encode()


def test_text_is_escaped_as_rfc_5545_says() -> None:
    assert escape_text("Обід, вечеря; \\n — не перенесення\nа це\r\nі це\rтеж") == (
        "Обід\\, вечеря\\; \\\\n — не перенесення\\nа це\\nі це\\nтеж"
    )
    assert escape_text("дзвінок\x07 і\tтаб\x00") == "дзвінок і\tтаб"


def test_a_published_calendar_with_an_organizer_and_no_attendees() -> None:
    data = golden_bytes("taipei_and_kyiv.ics")
    lines = unfolded(data)
    assert lines[:5] == ["BEGIN:VCALENDAR", "VERSION:2.0",
                         "PRODID:-//Delegation planner//NONSGML Delegation planner//UK",
                         "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]  # fmt: skip
    assert values(data, "NAME") == [":Програма візитів"]
    assert values(data, "X-WR-CALNAME") == [":Програма візитів"]
    assert values(data, "REFRESH-INTERVAL") == [";VALUE=DURATION:PT4H"]
    assert values(data, "X-PUBLISHED-TTL") == [":PT4H"]
    assert not values(data, "ATTENDEE")
    organizers = values(data, "ORGANIZER")
    assert len(organizers) == lines.count("BEGIN:VEVENT") == 7
    assert set(organizers) == {
        ';CN="Хмельницька міська рада":mailto:noreply@delegation-planner.invalid'
    }
    office_mail = export([sample.kyiv_visit()], organizer_email="ums@khm.gov.ua")
    assert set(values(office_mail, "ORGANIZER")) == {
        ';CN="Хмельницька міська рада":mailto:ums@khm.gov.ua'
    }


def test_every_tzid_has_a_vtimezone_and_no_time_floats() -> None:
    data = golden_bytes("taipei_and_kyiv.ics")
    lines = unfolded(data)
    defined = {line[5:] for line in lines if line.startswith("TZID:")}
    used = set(re.findall(r";TZID=([^:;]+)", "\n".join(lines)))
    assert used == defined == {"Europe/Kyiv", "Asia/Taipei"}
    inside_event = False
    for line in lines:
        inside_event = {"BEGIN:VEVENT": True, "END:VEVENT": False}.get(line, inside_event)
        if inside_event and line.startswith(("DTSTART", "DTEND")):
            assert ";TZID=" in line or ";VALUE=DATE:" in line or line.endswith("Z"), line
    assert not values(data, "RDATE")  # comma-joined RDATE lists are misread by ical.js


def test_utc_writes_every_time_in_utc_and_no_vtimezone() -> None:
    data = golden_bytes("utc.ics")
    text = "\n".join(unfolded(data))
    assert "VTIMEZONE" not in text and "TZID" not in text
    # 09:00 in Taipei is 01:00 UTC; 10:00 in Kyiv (summer time) is 07:00 UTC.
    assert ":20240319T010000Z" in values(data, "DTSTART")
    assert ":20240927T070000Z" in values(data, "DTSTART")


def test_a_visit_is_an_all_day_event_ending_the_day_after_its_last_day() -> None:
    data = golden_bytes("all_day_visit.ics")  # 30 October - 2 November
    assert values(data, "DTSTART") == [";VALUE=DATE:20241030"]
    assert values(data, "DTEND") == [";VALUE=DATE:20241103"]
    assert values(data, "TRANSP") == [":TRANSPARENT"]
    assert "VTIMEZONE" not in data.decode()  # dates only: no zone is used
    one_day = golden_bytes("cancelled_item.ics")
    assert values(one_day, "DTSTART")[0] == ";VALUE=DATE:20241212"
    assert values(one_day, "DTEND")[0] == ";VALUE=DATE:20241213"


def test_cancelled_items_and_visits_stay_as_cancelled() -> None:
    data = golden_bytes("cancelled_item.ics")
    assert values(data, "STATUS") == [":CONFIRMED", ":CONFIRMED", ":CANCELLED"]
    assert "SUMMARY:Огляд об’єкта NEFCO: котельня на вул. Заводській" in unfolded(data)
    cancelled = export([sample.kyiv_visit(DelegationStatus.CANCELLED)])
    assert values(cancelled, "STATUS")[0] == ":CANCELLED"


def test_uids_sequences_stamps_and_changes() -> None:
    data = golden_bytes("kyiv_visit.ics")
    assert values(data, "UID") == [
        ":delegation-1-5eed@delegation-planner", ":agenda-1-5eed@delegation-planner",
        ":agenda-2-5eed@delegation-planner", ":C0FFEE-42@calendar.partner.example",
    ]  # fmt: skip
    assert values(data, "SEQUENCE") == [":1", ":2", ":0", ":5"]
    assert set(values(data, "DTSTAMP")) == {":20240901T080000Z"}
    assert set(values(data, "LAST-MODIFIED")) == {":20240820T140530Z"}
    assert (
        values(data, "RELATED-TO") == [";RELTYPE=PARENT:delegation-1-5eed@delegation-planner"] * 3
    )
    kyiv_stamp = datetime(2024, 9, 1, 11, 0, tzinfo=ZoneInfo("Europe/Kyiv"))
    assert values(export([sample.kyiv_visit()], stamp=kyiv_stamp), "DTSTAMP")[0] == (
        ":20240901T080000Z"
    )


def test_location_and_description_carry_the_programme_details() -> None:
    data = golden_bytes("kyiv_visit.ics")
    assert values(data, "LOCATION")[1] == (
        ":Сесійна зала\\, вул. Героїв Майдану\\, 3\\, Хмельницький"
    )
    description = values(data, "DESCRIPTION")[1]
    assert description == (
        ":Відповідальна особа: Оксана Мельничук\\n"
        "Присутні: Ґанна Коваль (голова делегації)\\; Іван Петренко (перекладач)\\n"
        "Дрес-код: діловий\\nТранспорт: пішки від готелю «Поділля»\\n\\n"
        "Обмін подарунками\\; підписання меморандуму про співпрацю шкіл\\, культури та "
        "спорту.\\nПреса: 10 хв наприкінці."
    )


def test_contacts_only_when_asked_and_never_other_personal_data() -> None:
    plain = golden_bytes("kyiv_visit.ics").decode()
    with_contacts = golden_bytes("kyiv_visit_en_contacts.ics").decode().replace("\r\n ", "")
    for contact in ("+380 67 000 00 00", "hanna@example.org", "ivan@example.org",
                    "+380 382 65 00 00", "oksana@example.org"):  # fmt: skip
        assert contact not in plain.replace("\r\n ", "")
        assert contact in with_contacts
    assert "Oksana" not in with_contacts  # names are as the read model gives them
    assert "Оксана Мельничук\\, tel. +380 382 65 00 00\\, oksana@example.org" in with_contacts


def test_titles_in_english_fall_back_to_ukrainian() -> None:
    data = golden_bytes("kyiv_visit_en_contacts.ics")
    assert values(data, "SUMMARY") == [":Prague 6 delegation for City Day",
                                       ":Meeting with the mayor", ":Обід", ":City Day concert"]  # fmt: skip
    assert unfolded(data)[2] == "PRODID:-//Delegation planner//NONSGML Delegation planner//EN"


def test_the_second_of_two_equal_local_times_is_written_in_utc() -> None:
    """On 27 October 2024 Kyiv's clocks went from 04:00 back to 03:00: 03:30 came twice. A
    TZID time names the first; the second can only be written in UTC."""
    first = datetime(2024, 10, 27, 0, 30, tzinfo=UTC)  # 03:30 summer time
    second = datetime(2024, 10, 27, 1, 30, tzinfo=UTC)  # 03:30 winter time
    events = tuple(
        CalendarEvent(
            uid=f"dst-{n}",
            starts_at=moment,
            ends_at=moment + timedelta(hours=1),
            title_uk="Нічний переліт",
        )
        for n, moment in enumerate((first, second))
    )
    visit = CalendarVisit(uid="v", title_uk="Візит", start_date=date(2024, 10, 26),
                          end_date=date(2024, 10, 28), events=events, show_visit=False)  # fmt: skip
    data = export([visit])
    assert values(data, "DTSTART") == [";TZID=Europe/Kyiv:20241027T033000", ":20241027T013000Z"]
    # The first item ends at 01:30 UTC, the second 03:30: in UTC too.
    assert values(data, "DTEND") == [":20241027T013000Z", ";TZID=Europe/Kyiv:20241027T043000"]


def test_cairo_gets_one_component_per_period_where_its_rules_change() -> None:
    earliest = int(datetime(2022, 1, 10, tzinfo=UTC).timestamp())
    lines = vtimezone("Africa/Cairo", 2022, 2027, earliest)
    starts = [line for line in lines if line.startswith(("DTSTART", "RRULE"))]
    assert starts == [
        "DTSTART:20210101T000000",  # no DST until 2023: the offset in force leads
        "DTSTART:20230428T000000",
        "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=-1FR",
        "DTSTART:20231027T000000",
        "DTSTART:20241101T000000",  # the last Thursday of October 2024, 24:00, is 1 November
        "DTSTART:20251031T000000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1FR",
    ]
    assert not any(line.startswith("RDATE") for line in lines)


def test_a_rule_that_ends_inside_the_file_is_counted() -> None:
    """Kyiv in 1990s changed rules several times; a run that ends gets a COUNT."""
    lines = vtimezone("Europe/Kyiv", 1993, 1997, int(datetime(1993, 1, 1, tzinfo=UTC).timestamp()))
    rules = [line for line in lines if line.startswith("RRULE")]
    assert any(";COUNT=" in rule for rule in rules)
    assert not any(line.startswith("RDATE") for line in lines)


def test_progress_is_reported_from_nothing_to_everything() -> None:
    heard: list[tuple[int, int]] = []
    day = date(2024, 9, 27)
    many = tuple(
        replace(sample.kyiv_visit().events[1], uid=f"item-{n}",
                starts_at=sample.at(day, 8, n % 60, sample.KYIV),
                ends_at=sample.at(day, 9, n % 60, sample.KYIV))
        for n in range(1200)
    )  # fmt: skip
    visit = replace(sample.kyiv_visit(), events=many)
    export([visit], progress=lambda done, total: heard.append((done, total)))
    assert heard[0] == (0, 1201) and heard[-1] == (1201, 1201)
    assert [done for done, _ in heard] == sorted(done for done, _ in heard)
    assert len(heard) >= 4
    assert summary_of([visit]) == summary_of([visit])
    assert (summary_of([visit]).visits, summary_of([visit]).events) == (1, 1200)


def test_planned_items_and_draft_visits_are_tentative_done_ones_confirmed() -> None:
    data = golden_bytes("kyiv_visit.ics")
    assert values(data, "STATUS") == [":CONFIRMED", ":CONFIRMED", ":TENTATIVE", ":CONFIRMED"]
    draft = replace(sample.all_day_visit(), status=DelegationStatus.DRAFT)
    assert values(export([draft]), "STATUS") == [":TENTATIVE"]
    visit = sample.cancelled_item_visit()
    done = replace(visit, events=(replace(visit.events[0], status=AgendaStatus.DONE),))
    assert values(export([done]), "STATUS") == [":CONFIRMED", ":CONFIRMED"]
