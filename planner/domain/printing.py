"""What the printed documents of a visit say: plain read models of a delegation, its programme
day by day, its participants and its checklist, with the words, dates and times a Ukrainian
city council's documents use ("Понеділок, 27 вересня 2027 року", "27–29 вересня 2027 року").

These documents leave the office: nothing here carries personal data (no passport, phone,
e-mail, dietary or health needs), and the services never read them into these models.
Texts kept in both languages are ``Bilingual``; each falls back to the other language when
empty, and ``missing_translations`` names every such fallback for the officer to see before
printing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal, Protocol

from planner.domain.enums import (
    AgendaStatus,
    DelegationStatus,
    Direction,
    ParticipantRole,
    TaskCategory,
    TaskStatus,
    TransportKind,
)
from planner.domain.messages import Language, message
from planner.domain.records import HOME_TIMEZONE
from planner.domain.text import transliterate

# The languages a document is printed in: Ukrainian, English, or both side by side.
DocumentLanguage = Literal["uk", "en", "uk+en"]
DOCUMENT_LANGUAGES: tuple[DocumentLanguage, ...] = ("uk", "en", "uk+en")
DocumentKind = Literal["programme", "participants", "badges", "tent-cards", "checklist"]
DOCUMENT_KINDS: tuple[DocumentKind, ...] = (
    "programme", "participants", "badges", "tent-cards", "checklist",
)  # fmt: skip
# The delegation itself, as opposed to the hosts, interpreters, drivers and others with it.
DELEGATION_ROLES = frozenset(
    {ParticipantRole.HEAD, ParticipantRole.DEPUTY_HEAD, ParticipantRole.MEMBER}
)
# Zones that are Kyiv time: the old spelling is still a valid name of the same zone.
KYIV_ZONES = frozenset({HOME_TIMEZONE, "Europe/Kiev"})


def languages_of(language: DocumentLanguage) -> tuple[Language, ...]:
    """The languages a document shows, the first one leading."""
    return ("uk", "en") if language == "uk+en" else (language,)


def is_abroad(zone: str) -> bool:
    """A visit whose clock is not Kyiv's: its times are printed with Kyiv's beside them."""
    return zone not in KYIV_ZONES


def has_cyrillic(value: str) -> bool:
    return any("\u0400" <= char <= "\u04ff" for char in value)


def latin_form(value: str) -> str:
    """A proper name (a place, an address, a hotel) as an English document prints it: as
    written when it is Latin already, else transliterated after resolution No. 55 (2010)."""
    return transliterate(value) if has_cyrillic(value) else value


# --- Dates and times ----------------------------------------------------------------------------

UK_MONTHS_GENITIVE = ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня",
                      "серпня", "вересня", "жовтня", "листопада", "грудня")  # fmt: skip
UK_MONTHS_NOMINATIVE = ("січень", "лютий", "березень", "квітень", "травень", "червень", "липень",
                        "серпень", "вересень", "жовтень", "листопад", "грудень")  # fmt: skip
UK_WEEKDAYS = ("понеділок", "вівторок", "середа", "четвер", "п’ятниця", "субота", "неділя")
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")  # fmt: skip
EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _day_month(day: date, language: Language) -> str:
    if language == "uk":
        return f"{day.day} {UK_MONTHS_GENITIVE[day.month - 1]}"
    return f"{day.day} {EN_MONTHS[day.month - 1]}"


def _year(year: int, language: Language) -> str:
    return f"{year} року" if language == "uk" else str(year)


def date_text(day: date, language: Language) -> str:
    """ "27 вересня 2027 року" / "27 September 2027" """
    return f"{_day_month(day, language)} {_year(day.year, language)}"


def date_range_text(first: date, last: date, language: Language) -> str:
    """ "27–29 вересня 2027 року", "30 жовтня – 2 листопада 2027 року",
    "30 грудня 2027 року – 2 січня 2028 року" (and the same in English)."""
    if last <= first:
        return date_text(first, language)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{date_text(last, language)}"
    if first.year == last.year:
        return f"{_day_month(first, language)} – {date_text(last, language)}"
    return f"{date_text(first, language)} – {date_text(last, language)}"


def day_heading(day: date, language: Language) -> str:
    """ "Понеділок, 27 вересня 2027 року" / "Monday, 27 September 2027" """
    if language == "uk":
        return f"{UK_WEEKDAYS[day.weekday()].capitalize()}, {date_text(day, language)}"
    return f"{EN_WEEKDAYS[day.weekday()]}, {date_text(day, language)}"


def numeric_date(day: date) -> str:
    """ "27.09.2027", as Ukrainian documents write a date in a table."""
    return f"{day:%d.%m.%Y}"


def short_date(day: date) -> str:
    """ "27.09" """
    return f"{day:%d.%m}"


def clock(moment: datetime) -> str:
    """ "09:30", the 24-hour clock."""
    return f"{moment:%H:%M}"


def time_span(starts: datetime, ends: datetime) -> str:
    """ "10:00–11:30"; "10:00" for a moment; "22:00 – 28.09 01:00" when it ends days later
    (an item that ends at the next midnight is still "22:00–00:00")."""
    if ends <= starts:
        return clock(starts)
    days = (ends.date() - starts.date()).days
    if days == 0 or (days == 1 and ends.time().hour == ends.time().minute == 0):
        return f"{clock(starts)}–{clock(ends)}"
    return f"{clock(starts)} – {short_date(ends.date())} {clock(ends)}"


# --- The read models ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Bilingual:
    """A text kept in Ukrainian and English; either may be empty."""

    uk: str = ""
    en: str = ""

    def has(self, language: Language) -> bool:
        return bool((self.uk if language == "uk" else self.en).strip())

    def get(self, language: Language) -> str:
        """The text in ``language``, else in the other one."""
        mine, other = (self.uk, self.en) if language == "uk" else (self.en, self.uk)
        return mine.strip() or other.strip()

    def __bool__(self) -> bool:
        return bool(self.uk.strip() or self.en.strip())


@dataclass(frozen=True)
class PrintedPerson:
    """Someone named in a document: names and position only, never contacts or passports."""

    person_id: int
    name: str  # as written in the planner: Cyrillic for Ukrainians (given names, surname)
    name_latin: str = ""  # as stored; empty when none was entered
    position: Bilingual = Bilingual()
    organisation: Bilingual = Bilingual()

    @property
    def latin(self) -> str:
        """The Latin name: the stored one, else the official transliteration."""
        return self.name_latin or latin_form(self.name)

    def name_in(self, language: Language) -> str:
        return self.latin if language == "en" else self.name or self.name_latin


@dataclass(frozen=True)
class PrintedVenue:
    name: Bilingual
    address: str = ""  # street and city, as written


@dataclass(frozen=True)
class PrintedItem:
    """One agenda item. ``starts_at``/``ends_at`` are by the visit's clock; the Kyiv times are
    set for a visit abroad only."""

    item_id: int
    starts_at: datetime
    ends_at: datetime
    title: Bilingual
    description: str = ""
    venue: PrintedVenue | None = None
    responsible: PrintedPerson | None = None
    attendees: tuple[PrintedPerson, ...] = ()
    dress_code: str = ""
    transport: str = ""
    status: AgendaStatus = AgendaStatus.PLANNED
    kyiv_starts_at: datetime | None = None
    kyiv_ends_at: datetime | None = None

    @property
    def day(self) -> date:
        return self.starts_at.date()

    @property
    def cancelled(self) -> bool:
        return self.status is AgendaStatus.CANCELLED


@dataclass(frozen=True)
class PrintedDay:
    day: date
    items: tuple[PrintedItem, ...] = ()


@dataclass(frozen=True)
class Travel:
    """An arrival or a departure: how, which flight or train, when (by the visit's clock), where."""

    transport: TransportKind | None = None
    number: str = ""
    at: datetime | None = None
    place: str = ""

    def __bool__(self) -> bool:
        return bool(self.transport or self.number or self.at or self.place)


@dataclass(frozen=True)
class PrintedParticipant:
    person: PrintedPerson
    role: ParticipantRole = ParticipantRole.MEMBER
    precedence: int = 0
    arrival: Travel = Travel()
    departure: Travel = Travel()
    hotel: str = ""


@dataclass(frozen=True)
class PrintedTask:
    title: Bilingual
    due_on: date
    category: TaskCategory = TaskCategory.PROGRAMME
    assignee: str = ""
    status: TaskStatus = TaskStatus.OPEN
    done_on: date | None = None


@dataclass(frozen=True)
class Signatory:
    """Who signs: the head of department's position and NAME SURNAME, from the office settings."""

    position: Bilingual = Bilingual()
    name: Bilingual = Bilingual()

    def __bool__(self) -> bool:
        return bool(self.position or self.name)

    def name_in(self, language: Language) -> str:
        if language == "en" and not self.name.has("en"):
            return latin_form(self.name.uk)
        return self.name.get(language)


@dataclass(frozen=True)
class PrintedVisit:
    """A delegation as its documents print it."""

    delegation_id: int
    title: Bilingual
    start_date: date
    end_date: date
    place: str = ""
    timezone: str = HOME_TIMEZONE
    direction: Direction = Direction.INCOMING
    status: DelegationStatus = DelegationStatus.PLANNED
    council: Bilingual = Bilingual()
    signatory: Signatory = Signatory()
    days: tuple[PrintedDay, ...] = ()
    participants: tuple[PrintedParticipant, ...] = ()
    tasks: tuple[PrintedTask, ...] = ()

    @property
    def abroad(self) -> bool:
        return is_abroad(self.timezone)

    @property
    def items(self) -> tuple[PrintedItem, ...]:
        return tuple(item for day in self.days for item in day.items)

    def printed_items(self) -> tuple[PrintedItem, ...]:
        """The items a programme prints: cancelled ones are left out."""
        return tuple(item for item in self.items if not item.cancelled)

    def place_in(self, language: Language) -> str:
        return latin_form(self.place) if language == "en" else self.place

    def attendance(
        self, attendees: Sequence[PrintedPerson]
    ) -> tuple[bool, tuple[PrintedPerson, ...]]:
        """Whether the whole delegation (its head, deputy and members, two or more) attends,
        and the other attendees to name: a programme says "the whole delegation" rather than
        naming every member in every row."""
        members = {p.person.person_id for p in self.participants if p.role in DELEGATION_ROLES}
        present = {person.person_id for person in attendees}
        if len(members) < 2 or not members <= present:
            return False, tuple(attendees)
        return True, tuple(person for person in attendees if person.person_id not in members)


def programme_days(first: date, last: date, items: Iterable[PrintedItem]) -> tuple[PrintedDay, ...]:
    """Every day of the visit, with its items in time order; an item on a day outside the
    visit's dates gets a day of its own, so nothing planned is left out of the programme."""
    by_day: dict[date, list[PrintedItem]] = {}
    for item in items:
        by_day.setdefault(item.day, []).append(item)
    days = {first + timedelta(days=n) for n in range(max((last - first).days + 1, 1))}
    days |= set(by_day)
    return tuple(
        PrintedDay(day, tuple(sorted(by_day.get(day, ()), key=lambda i: (i.starts_at, i.item_id))))
        for day in sorted(days)
    )


# --- The words of the documents -----------------------------------------------------------------

# key: (Ukrainian, English)
WORDS: dict[str, tuple[str, str]] = {
    "programme_title": ("ПРОГРАМА ПЕРЕБУВАННЯ", "VISIT PROGRAMME"),
    "participants_title": ("СПИСОК УЧАСНИКІВ", "LIST OF PARTICIPANTS"),
    "checklist_title": ("ЧЕК-ЛИСТ ПІДГОТОВКИ ВІЗИТУ", "VISIT PREPARATION CHECKLIST"),
    "time": ("Час", "Time"),
    "event": ("Захід", "Event"),
    "venue": ("Місце проведення, адреса", "Venue and address"),
    "responsible": ("Відповідальний", "Responsible"),
    "attendees": ("Учасники", "Participants"),
    "number": ("№", "No."),
    "name": ("Прізвище, ім’я", "Name"),
    "position": ("Посада, організація", "Position, organisation"),
    "arrival": ("Прибуття", "Arrival"),
    "departure": ("Відбуття", "Departure"),
    "hotel": ("Готель", "Hotel"),
    "task": ("Завдання", "Task"),
    "category": ("Розділ", "Area"),
    "due": ("Термін", "Due"),
    "assignee": ("Виконавець", "Assignee"),
    "state": ("Стан", "State"),
    "dress_code": ("Форма одягу", "Dress code"),
    "transport": ("Транспорт", "Transport"),
    "kyiv": ("Київ", "Kyiv"),
    "next_day": ("наступного дня", "next day"),
    "day_before": ("попереднього дня", "day before"),
    "whole_delegation": ("Делегація в повному складі", "The whole delegation"),
    "no_programme": ("Програму ще не складено.", "The programme has not been drawn up yet."),
    "nothing_that_day": ("Заходів не заплановано.", "Nothing is planned."),
    "no_participants": ("Учасників ще не внесено.", "No participants have been entered yet."),
    "no_tasks": ("Завдань ще немає.", "There are no tasks yet."),
    "local_times": (
        "Час зазначено місцевий ({offset}); під ним — київський.",
        "Times are local ({offset}), with Kyiv time below.",
    ),
    "visit_cancelled": ("Візит скасовано.", "The visit has been cancelled."),
    "shortened": (
        "Деякі описи скорочено, щоб документ вмістився на сторінках.",
        "Some descriptions have been shortened to fit the pages.",
    ),
    "cut": ("(скорочено)", "(shortened)"),
    "done_on": ("виконано {day}", "done {day}"),
}

ROLE_GROUPS: dict[ParticipantRole, tuple[str, str]] = {
    ParticipantRole.HEAD: ("Голова делегації", "Head of the delegation"),
    ParticipantRole.DEPUTY_HEAD: ("Заступник голови делегації", "Deputy head of the delegation"),
    ParticipantRole.MEMBER: ("Члени делегації", "Members of the delegation"),
    ParticipantRole.HOST_OFFICIAL: ("Посадові особи сторони, що приймає", "Host officials"),
    ParticipantRole.EXPERT: ("Експерти", "Experts"),
    ParticipantRole.INTERPRETER: ("Перекладачі", "Interpreters"),
    ParticipantRole.PROTOCOL_OFFICER: ("Протокольна служба", "Protocol"),
    ParticipantRole.PRESS: ("Преса", "Press"),
    ParticipantRole.SECURITY: ("Охорона", "Security"),
    ParticipantRole.DRIVER: ("Водії", "Drivers"),
}


def word(key: str, language: Language) -> str:
    uk, en = WORDS[key]
    return uk if language == "uk" else en


def by_role(
    participants: Iterable[PrintedParticipant],
) -> list[tuple[ParticipantRole, list[PrintedParticipant]]]:
    """Participants grouped by role in the order of precedence of the roles, each group in the
    officer's order of precedence."""
    order = {role: n for n, role in enumerate(ParticipantRole)}
    groups: dict[ParticipantRole, list[PrintedParticipant]] = {}
    for participant in participants:
        groups.setdefault(participant.role, []).append(participant)
    return [
        (role, sorted(groups[role], key=lambda p: p.precedence))
        for role in sorted(groups, key=order.__getitem__)
    ]


# --- What falls back ----------------------------------------------------------------------------


def missing_translations(
    visit: PrintedVisit,
    language: DocumentLanguage,
    *,
    kind: DocumentKind | None = None,
    ui: Language = "uk",
) -> list[str]:
    """Each field a document in ``language`` prints in the other language (or makes up, as a
    transliterated name) because it was left empty, in words for the officer (in ``ui``):
    "Пункт «Екскурсія», 28.09: немає англійської назви." ``kind`` narrows it to one document
    (default: the programme, the participant list and the checklist together). Cancelled
    items are not printed, so they are not named."""
    wanted = languages_of(language)
    gaps: list[str] = []

    def say(code: str, /, **params: object) -> None:
        text = message(code, params, ui)
        if text not in gaps:
            gaps.append(text)

    for lang in wanted:
        other: Language = "en" if lang == "uk" else "uk"
        if visit.council.has(other) and not visit.council.has(lang):
            say(f"print_gap_council_{lang}")
        elif not visit.council:
            say("print_gap_council")
        if not visit.title.has(lang):
            say(f"print_gap_title_{lang}", title=visit.title.get(lang))
    kinds = (kind,) if kind is not None else ("programme", "participants", "checklist")
    if "programme" in kinds:
        for item in visit.printed_items():
            when = f"{short_date(item.day)} {clock(item.starts_at)}"
            for lang in wanted:
                if not item.title.has(lang):
                    say(f"print_gap_item_{lang}", title=item.title.get(lang), day=when)
            if item.venue is not None:
                for lang in wanted:
                    if not item.venue.name.has(lang):
                        say(f"print_gap_venue_{lang}", name=item.venue.name.get(lang))
            people = (item.responsible,) if item.responsible is not None else ()
            for person in people + visit.attendance(item.attendees)[1]:
                _person_gaps(person, wanted, say, position=person is item.responsible)
    if {"participants", "badges", "tent-cards"} & set(kinds):
        for participant in visit.participants:
            _person_gaps(participant.person, wanted, say, position=True)
    if "checklist" in kinds:
        for task in visit.tasks:
            for lang in wanted:
                if not task.title.has(lang):
                    say(f"print_gap_task_{lang}", title=task.title.get(lang),
                        day=short_date(task.due_on))  # fmt: skip
    if {"programme", "participants"} & set(kinds):  # the documents that are signed
        signatory = visit.signatory
        if not signatory:
            say("print_gap_signatory")
        else:
            for lang in wanted:
                if signatory.position and not signatory.position.has(lang):
                    say(f"print_gap_head_position_{lang}")
                if lang == "en" and signatory.name and not signatory.name.has("en"):
                    say("print_gap_head_name_en", latin=signatory.name_in("en"))
    return gaps


def _person_gaps(person: PrintedPerson, wanted: tuple[Language, ...], say: _Say,
                 *, position: bool) -> None:  # fmt: skip
    if "en" in wanted and not person.name_latin:
        say("print_gap_latin_name", name=person.name, latin=person.latin)
    if position and person.position:
        for lang in wanted:
            if not person.position.has(lang):
                say(f"print_gap_position_{lang}", name=person.name)  # as the planner has it


class _Say(Protocol):
    def __call__(self, code: str, /, **params: object) -> None: ...
