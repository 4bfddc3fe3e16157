"""The conflict rules on plain values: each rule fires when it should and keeps quiet when not."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain.conflicts import (
    DEFAULT_BUFFER_MINUTES,
    Conflict,
    ConflictRule,
    Participant,
    ScheduledItem,
    Severity,
    VisitSpan,
    buffer_from_setting,
    detect_conflicts,
    overlapping_pairs,
)
from planner.domain.enums import AgendaStatus, DelegationStatus, Direction, ParticipantRole
from planner.domain.messages import enum_label
from planner.domain.zones import at

KYIV = "Europe/Kyiv"
TAIPEI = "Asia/Taipei"
CITY_DAY = date(2024, 9, 27)

HANNA = Participant(1, "Ґанна Коваль", "Hanna Koval", ParticipantRole.HOST_OFFICIAL, ("uk", "en"))
JAN = Participant(2, "Ян Новак", "Jan Novák", ParticipantRole.HEAD, ("cs",))
PETRO = Participant(3, "Петро Стецюк", "Petro Stetsiuk", ParticipantRole.INTERPRETER, ("uk", "cs"))


def visit(
    delegation_id: int = 1,
    title: str = "Делегація Праги 6",
    direction: Direction = Direction.INCOMING,
    dates: tuple[date, date] = (CITY_DAY, CITY_DAY + timedelta(days=2)),
    zone: str = KYIV,
    **fields: object,
) -> VisitSpan:
    return VisitSpan(delegation_id, direction, title, dates[0], dates[1], zone, **fields)


PRAGUE = visit(title_en="Prague 6 delegation")


def item(
    item_id: int,
    starts: str = "10:00",
    ends: str = "11:00",
    of: VisitSpan = PRAGUE,
    day: date = CITY_DAY,
    title: str = "",
    **fields: object,
) -> ScheduledItem:
    """An item from ``starts`` to ``ends`` on ``day`` by the clock of its visit's zone."""
    (sh, sm), (eh, em) = (map(int, starts.split(":")), map(int, ends.split(":")))
    begins, finishes = at(day, sh, sm, of.timezone), at(day, eh, em, of.timezone)
    if finishes < begins:
        finishes += timedelta(days=1)
    return ScheduledItem(item_id, of, begins, finishes, title or f"Пункт {item_id}",
                         **fields)  # fmt: skip


def rules(found: list[Conflict]) -> list[ConflictRule]:
    return [c.rule for c in found]


def only(found: list[Conflict], rule: ConflictRule) -> list[Conflict]:
    return [c for c in found if c.rule is rule]


# --- One person in two items at once ----------------------------------------------------------


def test_a_person_in_two_overlapping_items_is_an_error_said_in_both_languages() -> None:
    meeting = item(1, "10:00", "11:30", title="Зустріч у міського голови", attendees=(HANNA,),
                   title_en="Meeting with the Mayor")  # fmt: skip
    tour = item(2, "11:00", "12:00", title="Екскурсія містом", attendees=(HANNA,))
    (clash,) = detect_conflicts([meeting, tour])
    assert (clash.rule, clash.severity) == (ConflictRule.PERSON_OVERLAP, Severity.ERROR)
    assert (clash.item_ids, clash.delegation_ids, clash.person_ids) == ((1, 2), (1,), (1,))
    assert clash.moment == at(CITY_DAY, 11, 0, KYIV) and clash.venue_id is None
    assert clash.message("uk") == (
        "Ґанна Коваль: водночас у двох пунктах програми — «Зустріч у міського голови» "
        "(27.09.2024 10:00–11:30; Делегація Праги 6) і «Екскурсія містом» "
        "(27.09.2024 11:00–12:00; Делегація Праги 6)."
    )
    assert clash.message("en") == (
        "Hanna Koval: in two agenda items at once — “Meeting with the Mayor” "
        "(27.09.2024 10:00–11:30; Prague 6 delegation) and “Екскурсія містом” "
        "(27.09.2024 11:00–12:00; Prague 6 delegation)."
    )


def test_touching_items_do_not_overlap() -> None:
    first = item(1, "10:00", "11:00", attendees=(HANNA,), venue_id=7, venue_name="Зала")
    second = item(2, "11:00", "12:00", attendees=(HANNA,), venue_id=7, venue_name="Зала")
    assert detect_conflicts([first, second]) == []


def test_different_people_at_the_same_time_are_no_clash() -> None:
    assert detect_conflicts([item(1, attendees=(HANNA,)), item(2, attendees=(JAN,))]) == []


def test_the_responsible_person_counts_and_everyone_shared_is_named_once() -> None:
    first = item(1, "10:00", "12:00", attendees=(HANNA, JAN))
    second = item(2, "11:00", "12:30", attendees=(JAN,), responsible=HANNA)
    (clash,) = only(detect_conflicts([first, second]), ConflictRule.PERSON_OVERLAP)
    assert clash.person_ids == (1, 2)
    assert clash.message("uk").startswith("Ґанна Коваль і Ян Новак: водночас")
    assert clash.message("en").startswith("Hanna Koval and Jan Novák: in two")


def test_a_clash_across_delegations_and_time_zones() -> None:
    """The mayor at a Taipei session (Taipei time) and at a Kyiv meeting at the same instant."""
    taipei = visit(2, "Саміт «Розумне місто» у Тайбеї", Direction.OUTGOING,
                   (date(2024, 3, 18), date(2024, 3, 22)), TAIPEI)  # fmt: skip
    home = visit(3, "Нарада з питань бюджету", Direction.ONLINE,
                 (date(2024, 3, 19), date(2024, 3, 19)))  # fmt: skip
    session = item(1, "15:00", "17:00", of=taipei, day=date(2024, 3, 19), attendees=(HANNA,))
    call = item(2, "10:00", "10:30", of=home, day=date(2024, 3, 19), attendees=(HANNA,))
    (clash,) = only(detect_conflicts([session, call]), ConflictRule.PERSON_OVERLAP)
    assert clash.delegation_ids == (2, 3) and clash.item_ids == (1, 2)
    assert clash.moment == at(date(2024, 3, 19), 10, 0, KYIV)  # by the clock of the later one
    assert "19.03.2024 15:00–17:00 Asia/Taipei; Саміт «Розумне місто» у Тайбеї" in clash.message()
    # An hour later in Kyiv the Taipei session has ended.
    later = item(3, "11:00", "11:30", of=home, day=date(2024, 3, 19), attendees=(HANNA,))
    assert only(detect_conflicts([session, later]), ConflictRule.PERSON_OVERLAP) == []


def test_cancelled_items_and_cancelled_visits_never_conflict() -> None:
    cancelled = visit(2, status=DelegationStatus.CANCELLED)
    first = item(1, attendees=(HANNA,), venue_id=7)
    assert detect_conflicts([first, item(2, attendees=(HANNA,), venue_id=7,
                                         status=AgendaStatus.CANCELLED)]) == []  # fmt: skip
    assert detect_conflicts([first, item(3, of=cancelled, attendees=(HANNA,), venue_id=7)]) == []
    # Done items still count: a clash in the past is a clash in the record.
    done = item(4, attendees=(HANNA,), status=AgendaStatus.DONE)
    assert rules(detect_conflicts([first, done])) == [ConflictRule.PERSON_OVERLAP]


# --- One venue twice ---------------------------------------------------------------------------


def test_a_venue_booked_twice_is_an_error() -> None:
    hall = {"venue_id": 7, "venue_name": "Сесійна зала", "venue_name_en": "Session Hall"}
    other = visit(2, "Візит НЕФКО", title_en="NEFCO visit")
    found = detect_conflicts([item(1, "10:00", "12:00", **hall),
                              item(2, "11:30", "13:00", of=other, **hall)])  # fmt: skip
    (clash,) = found
    assert (clash.rule, clash.severity, clash.venue_id) == (
        ConflictRule.VENUE_OVERLAP, Severity.ERROR, 7,
    )  # fmt: skip
    assert clash.delegation_ids == (1, 2) and clash.person_ids == ()
    assert clash.message("en") == (
        "“Session Hall” is booked twice at once: “Пункт 1” (27.09.2024 10:00–12:00; "
        "Prague 6 delegation) and “Пункт 2” (27.09.2024 11:30–13:00; NEFCO visit)."
    )


def test_other_venues_no_venue_and_touching_bookings_are_fine() -> None:
    assert detect_conflicts([item(1, venue_id=7), item(2, venue_id=8)]) == []
    assert detect_conflicts([item(1), item(2)]) == []
    assert detect_conflicts([item(1, "09:00", "10:00", venue_id=7), item(2, venue_id=7)]) == []


# --- Outside the visit's dates -----------------------------------------------------------------


def test_an_item_outside_its_visits_dates_is_an_error() -> None:
    early = item(1, "18:00", "19:00", day=CITY_DAY - timedelta(days=1))
    (clash,) = detect_conflicts([early])
    assert (clash.rule, clash.severity, clash.item_ids) == (
        ConflictRule.OUTSIDE_VISIT, Severity.ERROR, (1,),
    )  # fmt: skip
    assert clash.message("uk") == (
        "Пункт програми «Пункт 1» (26.09.2024 18:00–19:00) поза датами візиту "
        "27.09.2024 – 29.09.2024 (Делегація Праги 6)."
    )


def test_the_visits_dates_are_counted_in_its_own_zone() -> None:
    taipei = visit(2, "Саміт у Тайбеї", Direction.OUTGOING, (date(2024, 3, 18), date(2024, 3, 22)),
                   TAIPEI)  # fmt: skip
    last = date(2024, 3, 22)
    # 23:00-00:00 in Taipei on the last day: inside (it is 17:00 in Kyiv, and midnight ends it).
    assert detect_conflicts([item(1, "23:00", "00:00", of=taipei, day=last)]) == []
    # 01:00 in Taipei the day after: outside, though in Kyiv it is still 22 March.
    after = item(2, "01:00", "02:00", of=taipei, day=last + timedelta(days=1))
    (clash,) = detect_conflicts([after])
    assert clash.rule is ConflictRule.OUTSIDE_VISIT
    assert clash.moment.isoformat() == "2024-03-23T01:00:00+08:00"
    assert "23.03.2024 01:00–02:00 Asia/Taipei" in clash.message("en")


# --- An official abroad at a home event --------------------------------------------------------


MAYOR = Participant(9, "Олександр Симчишин", "Oleksandr Symchyshyn", ParticipantRole.HEAD,
                    ("uk",))  # fmt: skip
TAIPEI_TRIP = visit(5, "Саміт «Розумне місто» у Тайбеї", Direction.OUTGOING,
                    (date(2024, 3, 18), date(2024, 3, 22)), TAIPEI, participants=(MAYOR,),
                    title_en="Smart City Summit in Taipei")  # fmt: skip
HOME = visit(6, "Візит НЕФКО", dates=(date(2024, 3, 15), date(2024, 3, 25)), title_en="NEFCO")


def home_item(item_id: int, day: date, starts: str, ends: str, **fields: object) -> ScheduledItem:
    return item(item_id, starts, ends, of=HOME, day=day, **fields)


def test_an_official_abroad_while_down_for_a_home_event_is_a_warning() -> None:
    # 17 March 19:00 in Kyiv is 18 March 01:00 in Taipei: the visit's first day has begun.
    evening = home_item(1, date(2024, 3, 17), "19:00", "20:00", responsible=MAYOR,
                        title_en="Dinner")  # fmt: skip
    (warning,) = detect_conflicts([evening], [TAIPEI_TRIP])
    assert (warning.rule, warning.severity) == (ConflictRule.OFFICIAL_ABROAD, Severity.WARNING)
    assert (warning.item_ids, warning.delegation_ids, warning.person_ids) == ((1,), (6, 5), (9,))
    assert warning.moment == at(date(2024, 3, 17), 19, 0, KYIV)
    assert warning.message("uk") == (
        "Олександр Симчишин у цей час за кордоном (Саміт «Розумне місто» у Тайбеї, "
        "18.03.2024 – 22.03.2024), але значиться на «Пункт 1» (17.03.2024 19:00–20:00; "
        "Візит НЕФКО) як відповідальна особа."
    )
    assert warning.message("en") == (
        "Oleksandr Symchyshyn is abroad then (Smart City Summit in Taipei, "
        "18.03.2024 – 22.03.2024) but is down for “Dinner” (17.03.2024 19:00–20:00; NEFCO) "
        "as the responsible person."
    )


def test_before_and_after_the_trip_by_the_host_citys_clock_is_no_warning() -> None:
    before = home_item(1, date(2024, 3, 17), "17:00", "18:00", attendees=(MAYOR,))  # Taipei 23-24
    after = home_item(2, date(2024, 3, 22), "18:00", "19:00", attendees=(MAYOR,))  # 23 Mar, Taipei
    assert detect_conflicts([before, after], [TAIPEI_TRIP]) == []
    inside = home_item(3, date(2024, 3, 22), "17:30", "18:30", attendees=(MAYOR,))
    (warning,) = detect_conflicts([inside], [TAIPEI_TRIP])
    assert "як учасник" in warning.message("uk") and "as an attendee" in warning.message("en")


def test_an_early_arrival_abroad_widens_the_time_away() -> None:
    early = Participant(9, "Олександр Симчишин", role=ParticipantRole.HEAD,
                        arrival_at=at(date(2024, 3, 17), 8, 0, TAIPEI))  # fmt: skip
    trip = visit(5, "Саміт у Тайбеї", Direction.OUTGOING, (date(2024, 3, 18), date(2024, 3, 22)),
                 TAIPEI, participants=(early,))  # fmt: skip
    morning = home_item(1, date(2024, 3, 17), "09:00", "10:00", attendees=(MAYOR,))
    assert rules(detect_conflicts([morning], [trip])) == [ConflictRule.OFFICIAL_ABROAD]
    assert detect_conflicts([morning], [TAIPEI_TRIP]) == []


def test_hosts_cancelled_trips_and_other_visits_abroad_are_not_home_events() -> None:
    inside = home_item(1, date(2024, 3, 19), "10:00", "11:00", attendees=(MAYOR,))
    host = Participant(9, "Олександр Симчишин", role=ParticipantRole.HOST_OFFICIAL)
    hosted = visit(5, "Саміт", Direction.OUTGOING, (date(2024, 3, 18), date(2024, 3, 22)), TAIPEI,
                   participants=(host,))  # fmt: skip
    cancelled = visit(5, "Саміт", Direction.OUTGOING, (date(2024, 3, 18), date(2024, 3, 22)),
                      TAIPEI, participants=(MAYOR,), status=DelegationStatus.CANCELLED)  # fmt: skip
    assert detect_conflicts([inside], [hosted]) == []
    assert detect_conflicts([inside], [cancelled]) == []
    # The trip's own programme is not a home event; an online meeting is.
    own = item(2, "10:00", "11:00", of=TAIPEI_TRIP, day=date(2024, 3, 19), attendees=(MAYOR,))
    assert detect_conflicts([own], [TAIPEI_TRIP]) == []
    online = visit(7, "Онлайн-зустріч", Direction.ONLINE, (date(2024, 3, 20), date(2024, 3, 20)))
    call = item(3, "09:00", "10:00", of=online, day=date(2024, 3, 20), attendees=(MAYOR,))
    assert rules(detect_conflicts([call], [TAIPEI_TRIP])) == [ConflictRule.OFFICIAL_ABROAD]


# --- Languages and interpreters ----------------------------------------------------------------


def test_attendees_without_a_common_language_need_an_interpreter() -> None:
    uk_only = Participant(4, "Олексій Дудар", "Oleksii Dudar", ParticipantRole.MEMBER, ("uk",))
    german = Participant(5, "Флоріан Майєр", "Florian Maier", ParticipantRole.HOST_OFFICIAL,
                         ("de", "en"))  # fmt: skip
    (warning,) = detect_conflicts([item(1, attendees=(uk_only, german, HANNA))])
    assert (warning.rule, warning.severity) == (ConflictRule.INTERPRETER_NEEDED, Severity.WARNING)
    assert warning.person_ids == (4, 5)  # Hanna speaks with both
    assert warning.message("uk") == (
        "«Пункт 1» (27.09.2024 10:00–11:00; Делегація Праги 6): не всі присутні мають спільну "
        "мову (Олексій Дудар (uk), Флоріан Майєр (de, en)), а перекладача не призначено."
    )
    assert "some attendees share no language (Oleksii Dudar (uk), Florian Maier (de, en))" in (
        warning.message("en")
    )


def test_an_interpreter_attending_or_a_common_language_is_enough() -> None:
    assert detect_conflicts([item(1, attendees=(HANNA, JAN, PETRO))]) == []  # Petro interprets
    assert detect_conflicts([item(1, attendees=(HANNA, PETRO))]) == []
    english = Participant(6, "John Smith", role=ParticipantRole.MEMBER, languages=(" EN",))
    assert detect_conflicts([item(1, attendees=(HANNA, english))]) == []  # codes are folded
    # Each pair shares a language, though none is common to all three: they manage.
    polish_uk = Participant(
        7, "Володимир Гайдук", role=ParticipantRole.HEAD, languages=("pl", "uk")
    )
    english_uk = Participant(8, "Назар Прокопчук", role=ParticipantRole.MEMBER,
                             languages=("en", "uk"))  # fmt: skip
    polish_en = Participant(10, "Marta Zielińska", role=ParticipantRole.HOST_OFFICIAL,
                            languages=("en", "pl"))  # fmt: skip
    assert detect_conflicts([item(1, attendees=(polish_uk, english_uk, polish_en))]) == []


def test_people_whose_languages_are_unknown_are_left_out() -> None:
    unknown = Participant(4, "Марія Бойко", role=ParticipantRole.MEMBER)
    assert detect_conflicts([item(1, attendees=(JAN, unknown))]) == []
    assert detect_conflicts([item(1, attendees=(unknown, unknown))]) == []
    # Jan (cs) and Hanna (uk, en) meet without Petro: now it fires, Maria still left out.
    (warning,) = detect_conflicts([item(1, attendees=(JAN, unknown, HANNA))])
    assert warning.person_ids == (1, 2)


# --- Time to get from one venue to the next ----------------------------------------------------


def hall(venue_id: int, name: str) -> dict[str, object]:
    return {"venue_id": venue_id, "venue_name": name}


def test_too_little_time_between_venues_is_a_warning() -> None:
    meeting = item(1, "10:00", "11:00", attendees=(HANNA,), **hall(7, "Сесійна зала"))
    visit_school = item(2, "11:10", "12:00", attendees=(HANNA,), **hall(8, "Ліцей № 17"))
    (warning,) = detect_conflicts([meeting, visit_school])
    assert (warning.rule, warning.severity) == (ConflictRule.TOO_LITTLE_TIME, Severity.WARNING)
    assert (warning.item_ids, warning.person_ids, warning.venue_id) == ((1, 2), (1,), None)
    assert warning.moment == at(CITY_DAY, 11, 10, KYIV)
    assert warning.message("uk") == (
        "Ґанна Коваль: лише 10 хв між «Пункт 1» (Сесійна зала, до 27.09.2024 11:00) і "
        "«Пункт 2» (Ліцей № 17, з 27.09.2024 11:10); на переїзд потрібно щонайменше 15 хв."
    )


def test_back_to_back_at_another_venue_is_said_so() -> None:
    meeting = item(1, "10:00", "11:00", attendees=(HANNA,), **hall(7, "Сесійна зала"))
    tour = item(2, "11:00", "12:00", attendees=(HANNA,), **hall(8, "Ліцей № 17"))
    (warning,) = detect_conflicts([meeting, tour])
    assert warning.message("en") == (
        "Hanna Koval: “Пункт 2” (Ліцей № 17) starts 27.09.2024 11:00, just as “Пункт 1” "
        "(Сесійна зала) ends; getting there takes at least 15 min."
    )


def test_the_buffer_is_configurable_and_the_same_venue_needs_none() -> None:
    meeting = item(1, "10:00", "11:00", attendees=(HANNA,), **hall(7, "Сесійна зала"))
    soon = item(2, "11:20", "12:00", attendees=(HANNA,), **hall(8, "Ліцей № 17"))
    assert detect_conflicts([meeting, soon]) == []  # 20 minutes: enough by default
    just_enough = item(6, "11:15", "12:00", attendees=(HANNA,), **hall(8, "Ліцей № 17"))
    assert detect_conflicts([meeting, just_enough]) == []  # exactly the buffer will do
    assert rules(detect_conflicts([meeting, soon], buffer_minutes=30)) == [
        ConflictRule.TOO_LITTLE_TIME
    ]
    assert detect_conflicts([meeting, soon], buffer_minutes=0) == []
    same_hall = item(3, "11:00", "12:00", attendees=(HANNA,), **hall(7, "Сесійна зала"))
    assert detect_conflicts([meeting, same_hall], buffer_minutes=60) == []
    nowhere = item(4, "11:00", "12:00", attendees=(HANNA,))
    assert detect_conflicts([meeting, nowhere], buffer_minutes=60) == []
    someone_else = item(5, "11:00", "12:00", attendees=(JAN,), **hall(8, "Ліцей № 17"))
    assert detect_conflicts([meeting, someone_else], buffer_minutes=60) == []


def test_the_next_item_follows_the_one_that_ends_last() -> None:
    """A long session with a short overlapping item inside it: the next item is measured from
    the end of the long one."""
    long_session = item(1, "09:00", "12:00", attendees=(HANNA,), **hall(7, "Сесійна зала"))
    press = item(2, "10:00", "10:30", attendees=(HANNA,), **hall(9, "Прес-центр"))
    lunch = item(3, "12:05", "13:00", attendees=(HANNA,), **hall(8, "Ресторан"))
    found = detect_conflicts([long_session, press, lunch])
    assert [(c.rule, c.item_ids) for c in found] == [
        (ConflictRule.PERSON_OVERLAP, (1, 2)),
        (ConflictRule.TOO_LITTLE_TIME, (1, 3)),
    ]


@pytest.mark.parametrize(
    ("text", "minutes"),
    [(None, 15), ("", 15), ("abc", 15), ("-5", 15), ("1.5", 15), ("20", 20), (" 30 ", 30),
     ("0", 0)],
)  # fmt: skip
def test_the_buffer_setting(text: str | None, minutes: int) -> None:
    assert DEFAULT_BUFFER_MINUTES == 15
    assert buffer_from_setting(text) == minutes


# --- The whole list ----------------------------------------------------------------------------


def test_findings_come_in_time_order_errors_first() -> None:
    late = item(1, "15:00", "16:00", attendees=(HANNA,), **hall(7, "Сесійна зала"))
    overlapping = item(2, "15:30", "16:30", attendees=(HANNA,), **hall(8, "Ліцей"))
    languages = item(3, "15:30", "16:00", attendees=(JAN, HANNA))
    early = item(4, "09:00", "10:00", attendees=(JAN, HANNA))
    found = detect_conflicts([late, overlapping, languages, early])
    assert [(c.moment.hour, c.severity, c.rule) for c in found] == [
        (9, Severity.WARNING, ConflictRule.INTERPRETER_NEEDED),
        (15, Severity.ERROR, ConflictRule.PERSON_OVERLAP),  # items 1 and 2
        (15, Severity.ERROR, ConflictRule.PERSON_OVERLAP),  # items 1 and 3
        (15, Severity.ERROR, ConflictRule.PERSON_OVERLAP),  # items 2 and 3
        (15, Severity.WARNING, ConflictRule.INTERPRETER_NEEDED),
    ]


def test_a_long_list_of_names_is_shortened() -> None:
    crowd = tuple(Participant(100 + i, f"Особа {i}", f"Person {i}") for i in range(7))
    (clash,) = detect_conflicts([item(1, attendees=crowd), item(2, attendees=crowd)])
    assert clash.message("uk").startswith("Особа 0, Особа 1, Особа 2, Особа 3 та ще 3: ")
    assert clash.message("en").startswith("Person 0, Person 1, Person 2, Person 3 and 3 more: ")


def test_rules_and_severities_have_labels_in_both_languages() -> None:
    for value in (*ConflictRule, *Severity):
        uk, en = enum_label(value, "uk"), enum_label(value, "en")
        assert uk != en and "_" not in en, value


# --- The sweep against comparing every pair ----------------------------------------------------

spans = st.lists(
    st.tuples(st.integers(0, 40), st.integers(0, 6)), min_size=0, max_size=40
).map(lambda pairs: [(float(s), float(s + length), index) for index, (s, length) in
                     enumerate(pairs)])  # fmt: skip


@given(spans)
def test_overlapping_pairs_finds_exactly_the_overlapping_pairs(
    entries: list[tuple[float, float, int]],
) -> None:
    found = {frozenset(p) for p in overlapping_pairs(entries)}
    expected = {
        frozenset((a[2], b[2])) for a, b in combinations(entries, 2) if a[0] < b[1] and b[0] < a[1]
    }
    assert found == expected
    assert len(found) == len(list(overlapping_pairs(entries)))  # each pair once


PEOPLE = [HANNA, JAN, PETRO, MAYOR, Participant(11, "Ірина Мельник", languages=("uk",)),
          Participant(12, "Klaus Brenner", languages=("de",))]  # fmt: skip
VISITS = [PRAGUE, HOME, TAIPEI_TRIP, visit(8, "Онлайн", Direction.ONLINE)]

random_items = st.lists(
    st.tuples(
        st.sampled_from(VISITS),
        st.integers(0, 12),  # days after 15 March or 27 September
        st.integers(8 * 4, 20 * 4),  # start, in quarter hours
        st.integers(0, 12),  # length, in quarter hours
        st.sets(st.sampled_from(PEOPLE), max_size=4),
        st.one_of(st.none(), st.sampled_from(PEOPLE)),
        st.one_of(st.none(), st.integers(1, 3)),
        st.sampled_from(list(AgendaStatus)),
    ),
    max_size=25,
)


def build(rows: list[tuple[object, ...]]) -> list[ScheduledItem]:
    made = []
    for number, (of, days, start, length, who, responsible, venue, status) in enumerate(rows):
        assert isinstance(of, VisitSpan) and isinstance(days, int)
        assert isinstance(start, int) and isinstance(length, int)
        base = date(2024, 3, 15) if of.start_date.month == 3 else CITY_DAY
        begins = at(base + timedelta(days=days), start // 4, start % 4 * 15, of.timezone)
        made.append(ScheduledItem(
            number + 1, of, begins, begins + timedelta(minutes=15 * length), f"Пункт {number}",
            status=status, venue_id=venue, venue_name=f"Зала {venue}",
            attendees=tuple(sorted(who, key=lambda p: p.person_id)),
            responsible=responsible,
        ))  # fmt: skip
    return made


@settings(max_examples=150, deadline=None)
@given(random_items, st.integers(0, 45))
def test_a_delegation_or_a_period_gives_what_filtering_the_whole_list_gives(
    rows: list[tuple[object, ...]], buffer: int
) -> None:
    items = build(rows)
    whole = detect_conflicts(items, VISITS, buffer_minutes=buffer)
    for delegation in VISITS:
        wanted = [c for c in whole if delegation.delegation_id in c.delegation_ids]
        assert detect_conflicts(items, VISITS, buffer_minutes=buffer,
                                delegation_id=delegation.delegation_id) == wanted  # fmt: skip
    first, last = date(2024, 3, 18), date(2024, 3, 20)
    wanted = [c for c in whole if first <= c.moment.date() <= last]
    assert detect_conflicts(items, VISITS, buffer_minutes=buffer, first=first, last=last) == wanted


@settings(max_examples=150, deadline=None)
@given(random_items)
def test_people_and_venues_clash_exactly_when_two_of_their_items_overlap(
    rows: list[tuple[object, ...]],
) -> None:
    items = [i for i in build(rows) if not i.cancelled]
    found = detect_conflicts(items, VISITS)
    expected_people: dict[tuple[int, int], set[int]] = {}
    expected_venues = set()
    for a, b in combinations(items, 2):
        if not (a.starts_at < b.ends_at and b.starts_at < a.ends_at):
            continue
        shared = {p.person_id for p in a.people()} & {p.person_id for p in b.people()}
        if shared:
            expected_people[tuple(sorted((a.item_id, b.item_id)))] = shared
        if a.venue_id is not None and a.venue_id == b.venue_id:
            expected_venues.add(tuple(sorted((a.item_id, b.item_id))))
    people = {
        tuple(sorted(c.item_ids)): set(c.person_ids)
        for c in found
        if c.rule is ConflictRule.PERSON_OVERLAP
    }
    venues = {tuple(sorted(c.item_ids)) for c in found if c.rule is ConflictRule.VENUE_OVERLAP}
    assert people == expected_people
    assert venues == expected_venues
    for c in found:  # every finding reads as a sentence in both languages
        assert c.message("uk").endswith(".") and c.message("en").endswith(".")
    assert all(isinstance(c.moment, datetime) and c.moment.utcoffset() is not None for c in found)
