"""Reading calendar files as Outlook, Google and Thunderbird write them, and refusing broken ones
with the line that is wrong."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar, Event
from icalendar.parser import Parameters

from planner.domain.calendar_import import CalendarFileError, ImportedCalendar, ImportedEvent
from planner.domain.enums import AgendaStatus
from planner.domain.rules import is_known_timezone
from planner.domain.windows_zones import WINDOWS_ZONES, iana_zone_for_windows
from planner.exports.ics_import import read_calendar

DATA = Path(__file__).parents[1] / "data" / "ics_import"


def read(name: str) -> ImportedCalendar:
    return read_calendar((DATA / name).read_bytes())


def utc(event: ImportedEvent) -> tuple[datetime, datetime]:
    assert isinstance(event.starts, datetime) and isinstance(event.ends, datetime)
    return event.starts.astimezone(UTC), event.ends.astimezone(UTC)


def calendar_text(*lines: str, zones: str = "") -> bytes:
    """A small calendar with one event made of ``lines``, CRLF as RFC 5545 wants."""
    body = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//tests//EN", *zones.splitlines(),
        "BEGIN:VEVENT", "UID:one@example.org", "DTSTAMP:20240901T080000Z", "SUMMARY:Подія",
        *lines, "END:VEVENT", "END:VCALENDAR",
    ]  # fmt: skip
    return ("\r\n".join(body) + "\r\n").encode()


def only_event(data: bytes) -> ImportedEvent:
    (event,) = read_calendar(data).events
    return event


# Outlook


def test_outlook_windows_zone_names_are_read_as_their_iana_zones() -> None:
    calendar = read("outlook_prague6.ics")
    assert calendar.name == "Програма візиту Праги 6"
    assert calendar.method == "PUBLISH"
    assert "Outlook" in calendar.product
    meeting, video_call, concert = calendar.events
    assert (meeting.tzid, meeting.zone) == ("FLE Standard Time", "Europe/Kyiv")
    assert utc(meeting) == (datetime(2024, 9, 27, 7, 0, tzinfo=UTC),
                            datetime(2024, 9, 27, 8, 30, tzinfo=UTC))  # fmt: skip
    # 10:00 in Stuttgart is 11:00 in Kyiv.
    assert (video_call.tzid, video_call.zone) == ("W. Europe Standard Time", "Europe/Berlin")
    assert utc(video_call)[0] == datetime(2024, 9, 28, 8, 0, tzinfo=UTC)
    assert video_call.sequence == 1
    assert utc(concert)[0] == datetime(2024, 9, 29, 16, 0, tzinfo=UTC)


def test_outlook_text_is_unescaped_and_a_fold_inside_a_cyrillic_letter_is_mended() -> None:
    meeting, video_call, concert = read("outlook_prague6.ics").events
    assert meeting.summary == "Зустріч з міським головою"
    assert meeting.description == (
        "Порядок денний: співпраця у сфері освіти, культури та туризму.\n"
        "Учасники: мер Праги 6; посол Чехії.\n"
    )
    assert meeting.location == "Сесійна зала"
    assert meeting.uid.startswith("040000008200E00074C5B7101A82E008")
    assert meeting.uid.endswith("A6C3E0F0B0D6E54A9C8D9B6D2B1F3E21")  # unfolded
    assert video_call.description.endswith("/meet/prague6?ctx=a:b")
    # Outlook folded the title between the two bytes of «і».
    assert concert.summary == "Святковий концерт до Дня міста за участі ансамблю «Поділля»"


def test_outlook_alarms_inside_an_event_are_not_events() -> None:
    calendar = read("outlook_prague6.ics")
    assert len(calendar.events) == 3
    assert calendar.events[0].description != "Reminder"


@pytest.mark.parametrize(
    ("windows_name", "local", "expected_utc"),
    [
        ("FLE Standard Time", datetime(2024, 1, 26, 10, 0), datetime(2024, 1, 26, 8, 0)),
        ("W. Europe Standard Time", datetime(2024, 3, 4, 9, 0), datetime(2024, 3, 4, 8, 0)),
        # Washington, CSIS: daylight saving time in September
        ("Eastern Standard Time", datetime(2024, 9, 25, 10, 0), datetime(2024, 9, 25, 14, 0)),
        ("Taipei Standard Time", datetime(2024, 3, 19, 9, 0), datetime(2024, 3, 19, 1, 0)),
        # Egypt brought summer time back in 2024 (until the last Thursday of October)
        ("Egypt Standard Time", datetime(2024, 10, 15, 10, 0), datetime(2024, 10, 15, 7, 0)),
        ("Egypt Standard Time", datetime(2024, 11, 4, 10, 0), datetime(2024, 11, 4, 8, 0)),
        ("Central European Standard Time", datetime(2024, 11, 21, 9, 0),
         datetime(2024, 11, 21, 8, 0)),
        ("GTB Standard Time", datetime(2024, 5, 29, 9, 0), datetime(2024, 5, 29, 6, 0)),
    ],
)  # fmt: skip
def test_a_windows_zone_name_is_understood_without_a_vtimezone(
    windows_name: str, local: datetime, expected_utc: datetime
) -> None:
    stamp = f"{local:%Y%m%dT%H%M%S}"
    event = only_event(calendar_text(f'DTSTART;TZID="{windows_name}":{stamp}',
                                     f'DTEND;TZID="{windows_name}":{stamp}'))  # fmt: skip
    assert event.tzid == windows_name
    assert utc(event)[0] == expected_utc.replace(tzinfo=UTC)


def test_the_windows_table_is_cldr_s_main_territory_in_current_iana_names() -> None:
    assert len(WINDOWS_ZONES) >= 100
    assert all(is_known_timezone(zone) for zone in WINDOWS_ZONES.values())
    assert WINDOWS_ZONES["FLE Standard Time"] == "Europe/Kyiv"
    assert WINDOWS_ZONES["India Standard Time"] == "Asia/Kolkata"
    assert WINDOWS_ZONES["GMT Standard Time"] == "Europe/London"  # not UTC: a common trap
    assert "Europe/Kiev" not in WINDOWS_ZONES.values()
    assert iana_zone_for_windows("  fle  standard TIME ") == "Europe/Kyiv"
    assert iana_zone_for_windows("Europe/Kyiv") is None


def test_an_outlook_display_name_zone_is_built_from_its_vtimezone() -> None:
    tzid = "(UTC+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius"
    zone = "\n".join([
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", "DTSTART:16011028T040000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010325T030000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300", "END:DAYLIGHT", "END:VTIMEZONE",
    ])  # fmt: skip
    summer = only_event(calendar_text(f'DTSTART;TZID="{tzid}":20240927T100000', zones=zone))
    winter = only_event(calendar_text(f'DTSTART;TZID="{tzid}":20241121T100000', zones=zone))
    assert (summer.tzid, summer.zone) == (tzid, "")
    assert utc(summer)[0] == datetime(2024, 9, 27, 7, 0, tzinfo=UTC)
    assert utc(winter)[0] == datetime(2024, 11, 21, 8, 0, tzinfo=UTC)


def test_an_iana_tzid_follows_iana_rules_even_when_the_file_defines_it_wrong() -> None:
    wrong = "\n".join([
        "BEGIN:VTIMEZONE", "TZID:Africa/Cairo", "BEGIN:STANDARD", "DTSTART:19700101T000000",
        "TZOFFSETFROM:+0200", "TZOFFSETTO:+0200", "END:STANDARD", "END:VTIMEZONE",
    ])  # an old definition without Egypt's summer time of 2024  # fmt: skip
    event = only_event(calendar_text("DTSTART;TZID=Africa/Cairo:20240715T100000", zones=wrong))
    assert utc(event)[0] == datetime(2024, 7, 15, 7, 0, tzinfo=UTC)


# Google


def test_google_utc_times_all_day_events_and_statuses() -> None:
    calendar = read("google_taipei.ics")
    assert calendar.name == "Smart City Summit & Expo 2024 — Taipei"
    assert calendar.timezone == "Asia/Taipei"
    exhibition, opening, breakfast, site_visit = calendar.events
    assert exhibition.all_day
    assert (exhibition.starts, exhibition.ends) == (date(2024, 3, 19), date(2024, 3, 22))
    assert exhibition.location == (
        "Taipei Nangang Exhibition Center, Hall 1, No. 1 Jingmao 2nd Rd., Nangang District, "
        "Taipei City"
    )
    assert exhibition.description.endswith("at the North entrance.")
    assert (opening.zone, opening.tzid) == ("UTC", "")
    assert opening.starts == datetime(2024, 3, 19, 1, 0, tzinfo=UTC)
    assert opening.ends == datetime(2024, 3, 19, 2, 30, tzinfo=UTC)
    assert opening.description == (
        "Opening ceremony with the Mayor of Taipei.\n"
        "Dress code: business formal; bring the city's gift set (ceramic painting)."
    )
    assert (opening.status, opening.sequence) == (AgendaStatus.CONFIRMED, 2)
    assert breakfast.recurring and not opening.recurring
    assert site_visit.status is AgendaStatus.CANCELLED


# Thunderbird


def test_thunderbird_mozilla_prefixed_zones_durations_and_floating_times() -> None:
    calendar = read("thunderbird_cairo.ics")
    plenary, networking, press, pyramids = calendar.events
    assert plenary.tzid == "/mozilla.org/20070129_1/Africa/Cairo"
    assert plenary.zone == "Africa/Cairo"
    assert utc(plenary) == (datetime(2024, 11, 4, 8, 0, tzinfo=UTC),
                            datetime(2024, 11, 4, 10, 30, tzinfo=UTC))  # fmt: skip
    assert (plenary.status, plenary.sequence) == (AgendaStatus.PLANNED, 3)
    assert networking.status is AgendaStatus.PLANNED  # no STATUS at all
    assert press.floating
    assert (press.starts, press.ends) == (datetime(2024, 11, 6, 9, 0), datetime(2024, 11, 6, 9, 45))
    assert pyramids.all_day
    assert (pyramids.starts, pyramids.ends) == (date(2024, 11, 7), date(2024, 11, 8))


@pytest.mark.parametrize(
    "tzid",
    ["/mozilla.org/20070129_1/Europe/Kyiv", "/mozilla.org/20050126_1/Europe/Kiev",
     "/citadel.org/20190914_1/Europe/Kyiv", "/freeassociation.sourceforge.net/Europe/Kyiv"],
)  # fmt: skip
def test_a_path_prefix_before_an_iana_name_is_looked_through(tzid: str) -> None:
    event = only_event(calendar_text(f"DTSTART;TZID={tzid}:20240927T100000"))
    assert event.zone == "Europe/Kyiv"
    assert utc(event)[0] == datetime(2024, 9, 27, 7, 0, tzinfo=UTC)


# What RFC 5545 leaves to the reader


def test_an_event_without_end_or_duration_lasts_an_instant_or_one_day() -> None:
    timed = only_event(calendar_text("DTSTART:20240927T070000Z"))
    assert timed.ends == timed.starts
    whole_day = only_event(calendar_text("DTSTART;VALUE=DATE:20240927"))
    assert whole_day.ends == date(2024, 9, 28)


def test_a_duration_of_days_keeps_the_clock_across_a_change_of_summer_time() -> None:
    event = only_event(calendar_text("DTSTART;TZID=Europe/Kyiv:20241026T100000", "DURATION:P1D"))
    assert isinstance(event.ends, datetime)
    assert event.ends.astimezone(ZoneInfo("Europe/Kyiv")).hour == 10
    assert utc(event)[1] - utc(event)[0] == timedelta(hours=25)


def test_a_changed_occurrence_is_marked_and_may_share_its_series_uid() -> None:
    data = (
        calendar_text("DTSTART:20240927T070000Z", "RRULE:FREQ=DAILY;COUNT=3")
        .replace(b"END:VCALENDAR", b"BEGIN:VEVENT\r\nUID:one@example.org\r\nSUMMARY:Moved\r\n"
                 b"RECURRENCE-ID:20240928T070000Z\r\nDTSTART:20240928T090000Z\r\n"
                 b"END:VEVENT\r\nEND:VCALENDAR")
    )  # fmt: skip
    series, moved = read_calendar(data).events
    assert series.recurring and not series.recurrence_id
    assert moved.recurrence_id == "20240928T070000Z"


def test_method_cancel_cancels_every_event() -> None:
    data = calendar_text("DTSTART:20240927T070000Z", "STATUS:CONFIRMED")
    data = data.replace(b"VERSION:2.0", b"VERSION:2.0\r\nMETHOD:CANCEL")
    assert only_event(data).status is AgendaStatus.CANCELLED


def test_an_event_without_uid_gets_the_same_made_up_uid_each_time() -> None:
    data = calendar_text("DTSTART:20240927T070000Z").replace(b"UID:one@example.org\r\n", b"")
    first, again = only_event(data), only_event(data)
    assert not first.uid_written
    assert first.uid == again.uid and first.uid.startswith("imported-")


def test_lf_line_ends_and_a_byte_order_mark_are_accepted() -> None:
    data = b"\xef\xbb\xbf" + calendar_text("DTSTART:20240927T070000Z").replace(b"\r\n", b"\n")
    assert only_event(data).summary == "Подія"


# Broken files: each names its line, in Ukrainian and English

BROKEN = {
    "not_calendar.ics": ("ics_not_calendar", 1),  # a programme typed in a word processor
    "broken_line.ics": ("ics_broken_line", 9),  # a fold that lost its leading space
    "bad_dtstart.ics": ("ics_bad_datetime", 8),  # 2024-09-27T10:00:00, ISO 8601 with dashes
    "unknown_tzid.ics": ("ics_unknown_tzid", 8),  # "Kyiv Summer Time" and no VTIMEZONE
    "missing_dtstart.ics": ("ics_missing_dtstart", 4),  # the event's BEGIN:VEVENT
    "bad_duration.ics": ("ics_bad_duration", 9),  # DURATION:1:30:00
    "unclosed_event.ics": ("ics_wrong_end", 10),  # END:VCALENDAR while the event is open
    "truncated.ics": ("ics_unclosed", 1),  # cut off: the calendar never ends
    "bad_sequence.ics": ("ics_bad_number", 10),  # SEQUENCE:two
    "end_before_start.ics": ("ics_end_before_start", 9),  # the DTEND line
    "duplicate_uid.ics": ("ics_duplicate_uid", 14),  # the second event's UID line
    "not_utf8.ics": ("ics_not_utf8", 7),  # a summary in Windows-1251
}


def test_every_broken_file_is_in_the_table() -> None:
    assert {p.name for p in (DATA / "broken").glob("*.ics")} == set(BROKEN)


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_broken_file_is_refused_naming_its_line(name: str) -> None:
    code, line = BROKEN[name]
    with pytest.raises(CalendarFileError) as caught:
        read(f"broken/{name}")
    error = caught.value
    assert (error.code, error.line) == (code, line)
    assert error.message("uk").startswith(f"Рядок {line}: ")
    assert error.message("en").startswith(f"Line {line}: ")
    assert "{" not in error.message("uk") + error.message("en")


def test_the_line_named_counts_the_files_physical_lines_with_folds() -> None:
    data = calendar_text(
        "DESCRIPTION:a long description folded", " over two lines", "DTSTART:2024092710"
    )  # the DTSTART is on the 10th line of the file, the 9th after unfolding
    with pytest.raises(CalendarFileError) as caught:
        read_calendar(data)
    assert caught.value.line == 10


def test_a_broken_timezone_definition_names_its_vtimezone() -> None:
    zone = "BEGIN:VTIMEZONE\nTZID:Custom\nBEGIN:STANDARD\nTZOFFSETTO:+0200\nEND:STANDARD\nEND:VTIMEZONE"
    with pytest.raises(CalendarFileError) as caught:
        read_calendar(calendar_text("DTSTART;TZID=Custom:20240927T100000", zones=zone))
    assert (caught.value.code, caught.value.line) == ("ics_bad_timezone", 4)


def test_dtend_of_another_kind_than_dtstart_is_refused() -> None:
    with pytest.raises(CalendarFileError) as caught:
        read_calendar(calendar_text("DTSTART;VALUE=DATE:20240927", "DTEND:20240928T100000Z"))
    assert (caught.value.code, caught.value.line) == ("ics_mixed_value_types", 9)


def test_an_empty_file_is_refused() -> None:
    with pytest.raises(CalendarFileError) as caught:
        read_calendar(b"\r\n\r\n")
    assert (caught.value.code, caught.value.line) == ("ics_empty", 1)


# Text survives whatever it holds

# Pieces that broke calendar text somewhere once: escapes written out (a backslash before N
# came back as a line break), separators, quotes, line breaks, Cyrillic.
PIECES = [*",;:\\\"'\n\t Nn", *"абвгґдеєжзиіїйкнопсюяЄІЇҐ’«»", "\\N", "\\n", "\\,", "\\;",
          "a", "Z", "1", "—", "€", "Київ, вул. Хрещатик, 36"]  # fmt: skip
TRICKY = st.lists(st.sampled_from(PIECES), max_size=80).map("".join)


class EscapedText(str):
    """A TEXT value escaped by RFC 5545 § 3.3.11 alone. icalendar 7 writes a backslash
    followed by N as a line break (its escaper turns "\\N" into "\\n" first), so the
    values are escaped here and icalendar writes everything else: the calendar, the folds."""

    params = Parameters()

    def to_ical(self) -> bytes:
        return self.encode()

    @classmethod
    def of(cls, text: str) -> EscapedText:
        escaped = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
        return cls(escaped.replace("\n", "\\n"))


@settings(max_examples=200, deadline=None, database=None)
@given(summary=TRICKY, description=TRICKY, location=TRICKY)
def test_text_in_a_calendar_built_with_icalendar_comes_back_exactly(
    summary: str, description: str, location: str
) -> None:
    calendar = Calendar()
    calendar.add("prodid", "-//tests//EN")
    calendar.add("version", "2.0")
    event = Event()
    event.add("uid", "tricky@example.org")
    event.add("dtstamp", datetime(2024, 9, 1, 8, 0, tzinfo=UTC))
    event.add("dtstart", datetime(2024, 9, 27, 7, 0, tzinfo=UTC))
    event.add("summary", EscapedText.of(summary), encode=False)
    event.add("description", EscapedText.of(description), encode=False)
    event.add("location", EscapedText.of(location), encode=False)
    calendar.add_component(event)
    data = calendar.to_ical()
    assert max(len(line) for line in data.split(b"\r\n")) <= 75  # long values are folded
    (read_back,) = read_calendar(data).events
    assert (read_back.summary, read_back.description, read_back.location) == (
        summary, description, location,
    )  # fmt: skip


def test_a_backslash_before_n_stays_a_backslash_and_an_n() -> None:
    event = only_event(
        calendar_text("DTSTART:20240927T070000Z", r"DESCRIPTION:C:\\New\\nice\nnext")
    )
    assert event.description == "C:\\New\\nice\nnext"
