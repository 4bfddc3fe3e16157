"""Conflicts in the office's calendar: who and what is booked twice, and what needs a second look.

Pure rules over plain values: the services read the database once into ``ScheduledItem`` and
``VisitSpan`` values, and ``detect_conflicts`` sorts them once per person and per venue and
sweeps each list, so ten thousand agenda items are checked in a fraction of a second, not
compared two by two. Intervals are half-open: an item that ends at 11:00 and one that starts
at 11:00 do not overlap. Cancelled items and visits never conflict; the services leave deleted
records out before calling in.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache
from operator import itemgetter
from typing import TypeVar
from zoneinfo import ZoneInfo

from planner.domain.enums import AgendaStatus, DelegationStatus, Direction, ParticipantRole
from planner.domain.messages import DEFAULT_LANGUAGE, Language, message
from planner.domain.records import HOME_TIMEZONE
from planner.domain.rules import days_outside_visit, is_known_timezone

DEFAULT_BUFFER_MINUTES = 15

T = TypeVar("T")


class ConflictRule(StrEnum):
    PERSON_OVERLAP = "person_overlap"  # one person in two agenda items at once
    VENUE_OVERLAP = "venue_overlap"  # one venue booked twice at once
    OUTSIDE_VISIT = "outside_visit"  # an agenda item outside its delegation's dates
    OFFICIAL_ABROAD = "official_abroad"  # away on an outgoing visit, down for a home event
    INTERPRETER_NEEDED = "interpreter_needed"  # attendees without a common language
    TOO_LITTLE_TIME = "too_little_time"  # not enough time to get from one venue to the next


class Severity(StrEnum):
    ERROR = "error"  # cannot happen as planned
    WARNING = "warning"  # may be fine, but the officer should look


SEVERITY: dict[ConflictRule, Severity] = {
    ConflictRule.PERSON_OVERLAP: Severity.ERROR,
    ConflictRule.VENUE_OVERLAP: Severity.ERROR,
    ConflictRule.OUTSIDE_VISIT: Severity.ERROR,
    ConflictRule.OFFICIAL_ABROAD: Severity.WARNING,
    ConflictRule.INTERPRETER_NEEDED: Severity.WARNING,
    ConflictRule.TOO_LITTLE_TIME: Severity.WARNING,
}
_SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1}
_RULE_ORDER = {rule: index for index, rule in enumerate(ConflictRule)}
# The host officials of an outgoing visit are the foreigners who receive it: they stay home.
_NOT_TRAVELLING = frozenset({ParticipantRole.HOST_OFFICIAL})
_HOME_DIRECTIONS = frozenset({Direction.INCOMING, Direction.ONLINE})


@dataclass(frozen=True)
class Participant:
    """A person as the rules see them at one visit: names, role there, languages, travel."""

    person_id: int
    name: str  # as the office writes it (Cyrillic for Ukrainians)
    name_latin: str = ""
    role: ParticipantRole | None = None  # None: responsible for an item, not a participant
    languages: tuple[str, ...] = ()  # ISO 639-1 codes; empty: not known
    arrival_at: datetime | None = None  # at the visit's place (outgoing: abroad)
    departure_at: datetime | None = None
    # The languages folded (" EN" is "en"), worked out once: the interpreter rule asks often.
    spoken: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "spoken", _folded(self.languages))

    def shown_name(self, lang: Language) -> str:
        if lang == "en":
            return self.name_latin or self.name or f"#{self.person_id}"
        return self.name or self.name_latin or f"№{self.person_id}"


@lru_cache(maxsize=1024)
def _folded(languages: tuple[str, ...]) -> frozenset[str]:
    return frozenset(code.strip().lower() for code in languages if code.strip())


@dataclass(frozen=True)
class VisitSpan:
    """A delegation as the rules see it: its dates in its own zone and who takes part."""

    delegation_id: int
    direction: Direction
    title_uk: str
    start_date: date
    end_date: date
    timezone: str = HOME_TIMEZONE
    title_en: str = ""
    place: str = ""
    status: DelegationStatus = DelegationStatus.PLANNED
    participants: tuple[Participant, ...] = ()
    # The visit's days as instants: from the first day's midnight to the midnight after the
    # last day, by the clock of the visit's zone (and the same as POSIX seconds).
    bounds: tuple[datetime, datetime] = field(init=False, repr=False, compare=False)
    bound_seconds: tuple[float, float] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        zone = _zone(self.timezone)
        first = datetime.combine(self.start_date, time(), tzinfo=zone)
        after_last = datetime.combine(self.end_date + timedelta(days=1), time(), tzinfo=zone)
        object.__setattr__(self, "bounds", (first, after_last))
        object.__setattr__(self, "bound_seconds", (first.timestamp(), after_last.timestamp()))

    @property
    def cancelled(self) -> bool:
        return self.status is DelegationStatus.CANCELLED

    def title(self, lang: Language) -> str:
        return (self.title_en or self.title_uk) if lang == "en" else self.title_uk

    def abroad_from(self, traveller: Participant) -> tuple[datetime, datetime]:
        """When ``traveller`` is away: the visit's days in its zone, widened to their own
        arrival and departure there when those lie outside the days."""
        starts, ends = self.bounds
        if traveller.arrival_at is not None and traveller.arrival_at < starts:
            starts = traveller.arrival_at
        if traveller.departure_at is not None and traveller.departure_at > ends:
            ends = traveller.departure_at
        return starts, ends


@dataclass(frozen=True)
class ScheduledItem:
    """An agenda item with what the rules need: its visit, times, venue and people."""

    item_id: int
    visit: VisitSpan
    starts_at: datetime  # aware
    ends_at: datetime  # aware
    title_uk: str
    title_en: str = ""
    status: AgendaStatus = AgendaStatus.PLANNED
    venue_id: int | None = None
    venue_name: str = ""
    venue_name_en: str = ""
    attendees: tuple[Participant, ...] = ()
    responsible: Participant | None = None

    @property
    def delegation_id(self) -> int:
        return self.visit.delegation_id

    @property
    def cancelled(self) -> bool:
        return self.status is AgendaStatus.CANCELLED or self.visit.cancelled

    @property
    def local_starts_at(self) -> datetime:
        """The start by the clock of the visit's own zone."""
        return _local(self.starts_at, self.visit.timezone)

    @property
    def local_ends_at(self) -> datetime:
        return _local(self.ends_at, self.visit.timezone)

    def people(self) -> tuple[Participant, ...]:
        """Everyone who has to be there: the attendees and the responsible person, once each."""
        responsible = self.responsible
        if responsible is None:
            return self.attendees
        for attendee in self.attendees:
            if attendee.person_id == responsible.person_id:
                return self.attendees
        return (*self.attendees, responsible)

    def title(self, lang: Language) -> str:
        return (self.title_en or self.title_uk) if lang == "en" else self.title_uk

    def venue(self, lang: Language) -> str:
        if lang == "en":
            return self.venue_name_en or self.venue_name
        return self.venue_name


@dataclass(frozen=True)
class Conflict:
    """One finding: which rule, how serious, when, and which records it concerns.

    ``moment`` is when the conflict begins, by the clock of the visit concerned. ``items``,
    ``people`` and ``trip`` hold what ``message`` needs to say it in words; they take no
    part in comparing two findings.
    """

    rule: ConflictRule
    severity: Severity
    moment: datetime
    item_ids: tuple[int, ...]
    delegation_ids: tuple[int, ...]
    person_ids: tuple[int, ...] = ()
    venue_id: int | None = None
    items: tuple[ScheduledItem, ...] = field(default=(), compare=False, repr=False)
    people: tuple[Participant, ...] = field(default=(), compare=False, repr=False)
    trip: VisitSpan | None = field(default=None, compare=False, repr=False)
    buffer_minutes: int = field(default=0, compare=False, repr=False)

    def involves_delegation(self, delegation_id: int) -> bool:
        return delegation_id in self.delegation_ids

    def message(self, lang: Language = DEFAULT_LANGUAGE) -> str:
        return _explain(self, lang)


def buffer_from_setting(value: str | None) -> int:
    """The buffer between items at different venues, from the office setting's text: a whole
    number of minutes, zero or more; anything else (or nothing) means the default."""
    text = (value or "").strip()
    if not text.isdigit():
        return DEFAULT_BUFFER_MINUTES
    return int(text)


# An item as the sweeps see it: start and end as POSIX seconds, and the item.
Entry = tuple[float, float, ScheduledItem]
_BY_TIME = itemgetter(0, 1)
_START = itemgetter(0)


def detect_conflicts(
    items: Iterable[ScheduledItem],
    visits: Iterable[VisitSpan] = (),
    *,
    buffer_minutes: int = DEFAULT_BUFFER_MINUTES,
    delegation_id: int | None = None,
    first: date | None = None,
    last: date | None = None,
) -> list[Conflict]:
    """Every conflict among ``items`` and with the outgoing ``visits`` that take people
    abroad, ordered by moment, errors before warnings at the same moment.

    ``delegation_id`` keeps the conflicts that involve that delegation (its clashes with
    other delegations included); ``first`` and ``last`` keep those whose moment falls on those
    days by the clock of the visit concerned. Either way only the items that can take part
    in such a conflict are swept, and the answer is the same as filtering the whole list."""
    live_visits = [v for v in visits if not v.cancelled]
    entries: list[Entry] = [
        (item.starts_at.timestamp(), item.ends_at.timestamp(), item)
        for item in items
        if not item.cancelled
    ]
    if first is not None or last is not None:
        entries = _near_period(entries, first, last, buffer_minutes)
    entries.sort(key=_BY_TIME)
    # With a delegation, only its people, its venues and its own items can be concerned.
    people: set[int] | None = None
    venues: set[int] | None = None
    own = entries
    if delegation_id is not None:
        own = [e for e in entries if e[2].delegation_id == delegation_id]
        people, venues = _concerned(own, live_visits, delegation_id)
    # Each person's items in time order, made once for the three rules about people.
    by_person: dict[int, list[Entry]] = {}
    names: dict[int, Participant] = {}
    for entry in entries:
        for person in entry[2].people():
            if people is not None and person.person_id not in people:
                continue
            mine = by_person.get(person.person_id)
            if mine is None:
                by_person[person.person_id] = mine = []
                names[person.person_id] = person
            elif mine[-1] is entry:
                continue  # named twice at one item
            mine.append(entry)
    found: list[Conflict] = []
    found.extend(_person_overlaps(by_person, names))
    found.extend(_venue_overlaps(entries, venues))
    found.extend(_outside_visits(own))
    longest = max((ends - starts for starts, ends, _ in entries), default=0.0)
    found.extend(_officials_abroad(by_person, live_visits, longest))
    found.extend(_interpreters_needed(own))
    found.extend(_too_little_time(by_person, names, buffer_minutes))
    if delegation_id is not None or first is not None or last is not None:
        found = [
            c
            for c in found
            if (delegation_id is None or delegation_id in c.delegation_ids)
            and (first is None or c.moment.date() >= first)
            and (last is None or c.moment.date() <= last)
        ]
    found.sort(key=_order)
    return found


def _near_period(
    entries: list[Entry], first: date | None, last: date | None, buffer_minutes: int
) -> list[Entry]:
    """The items that can take part in a conflict whose moment falls on ``first`` to ``last``
    in some visit's zone: those that reach into the days around them (a day on each side
    covers every zone), and into the buffer before."""
    after = float("-inf")
    before = float("inf")
    if first is not None:
        after = _utc_midnight(first - timedelta(days=1)) - max(buffer_minutes, 0) * 60.0
    if last is not None:
        before = _utc_midnight(last + timedelta(days=2))
    return [e for e in entries if e[1] >= after and e[0] < before]


def _utc_midnight(day: date) -> float:
    return datetime.combine(day, time(), tzinfo=ZoneInfo("UTC")).timestamp()


def _concerned(
    own: list[Entry], visits: list[VisitSpan], delegation_id: int
) -> tuple[set[int], set[int]]:
    """Who and where a delegation's conflicts can concern: everyone at its items or taking
    part in it (travellers abroad too), and every venue its items use."""
    people: set[int] = set()
    venues: set[int] = set()
    for _, _, item in own:
        people.update(p.person_id for p in item.people())
        if item.venue_id is not None:
            venues.add(item.venue_id)
    for visit in visits:
        if visit.delegation_id == delegation_id:
            people.update(p.person_id for p in visit.participants)
    return people, venues


def _order(c: Conflict) -> tuple[float, int, int, tuple[int, ...], tuple[int, ...]]:
    return (c.moment.timestamp(), _SEVERITY_ORDER[c.severity], _RULE_ORDER[c.rule],
            c.item_ids, c.person_ids)  # fmt: skip


# --- The sweeps -----------------------------------------------------------------------------------


def overlapping_pairs(entries: list[tuple[float, float, T]]) -> Iterator[tuple[T, T]]:
    """Pairs of entries ``(start, end, what)`` whose half-open intervals share time, each pair
    once, the one that starts first (or, starting together, ends first) first.

    One pass in order of start, keeping the few entries still running: n log n for the sort
    (one pass for input already in order, as ``detect_conflicts`` passes it) plus the pairs
    found, never n squared for a programme whose items follow one another."""
    running: list[tuple[float, T]] = []
    latest_end = float("-inf")
    for start, end, what in sorted(entries, key=_BY_TIME):
        if start >= latest_end:
            running = [(end, what)]  # everything before has ended: the usual case
            latest_end = end
            continue
        running = [r for r in running if r[0] > start]
        for _, other in running:
            yield other, what
        running.append((end, what))
        latest_end = max(latest_end, end)


def _local(moment: datetime, zone: str) -> datetime:
    return moment.astimezone(_zone(zone))


@lru_cache(maxsize=256)
def _zone(name: str) -> ZoneInfo:
    # A delegation with an unknown zone (``planner check`` reports it) is shown in UTC.
    return ZoneInfo(name) if is_known_timezone(name) else ZoneInfo("UTC")


def _unique(*ids: int) -> tuple[int, ...]:
    return tuple(dict.fromkeys(ids))


# --- The rules ------------------------------------------------------------------------------------


def _person_overlaps(
    by_person: dict[int, list[Entry]], names: dict[int, Participant]
) -> Iterator[Conflict]:
    """One finding per pair of overlapping items, naming everyone who is in both."""
    pairs: dict[tuple[int, int], tuple[ScheduledItem, ScheduledItem, list[int]]] = {}
    for person_id, entries in by_person.items():
        if len(entries) < 2:
            continue
        for a, b in overlapping_pairs(entries):
            key = (a.item_id, b.item_id)
            pair = pairs.get(key)
            if pair is None:
                pairs[key] = (a, b, [person_id])
            else:
                pair[2].append(person_id)
    for a, b, person_ids in pairs.values():
        ids = tuple(sorted(person_ids))
        yield Conflict(
            ConflictRule.PERSON_OVERLAP, SEVERITY[ConflictRule.PERSON_OVERLAP],
            _local(b.starts_at, b.visit.timezone), item_ids=(a.item_id, b.item_id),
            delegation_ids=_unique(a.delegation_id, b.delegation_id), person_ids=ids,
            items=(a, b), people=tuple(names[p] for p in ids),
        )  # fmt: skip


def _venue_overlaps(entries: list[Entry], only: set[int] | None) -> Iterator[Conflict]:
    """Items at one venue that overlap (``only``: at these venues)."""
    by_venue: dict[int, list[Entry]] = {}
    for entry in entries:
        venue_id = entry[2].venue_id
        if venue_id is not None and (only is None or venue_id in only):
            by_venue.setdefault(venue_id, []).append(entry)
    for venue_id, booked in by_venue.items():
        if len(booked) < 2:
            continue
        for a, b in overlapping_pairs(booked):
            yield Conflict(
                ConflictRule.VENUE_OVERLAP, SEVERITY[ConflictRule.VENUE_OVERLAP],
                _local(b.starts_at, b.visit.timezone), item_ids=(a.item_id, b.item_id),
                delegation_ids=_unique(a.delegation_id, b.delegation_id), venue_id=venue_id,
                items=(a, b),
            )  # fmt: skip


def _outside_visits(entries: list[Entry]) -> Iterator[Conflict]:
    for starts, ends, item in entries:
        visit = item.visit
        if not is_known_timezone(visit.timezone):
            continue
        first, after_last = visit.bound_seconds
        if first <= starts < ends <= after_last:
            continue  # well inside: no need to count its days
        outside = days_outside_visit(
            item.starts_at, item.ends_at, visit.timezone, visit.start_date, visit.end_date
        )
        if outside is not None:
            yield Conflict(
                ConflictRule.OUTSIDE_VISIT, SEVERITY[ConflictRule.OUTSIDE_VISIT],
                _local(item.starts_at, visit.timezone), item_ids=(item.item_id,),
                delegation_ids=(item.delegation_id,), venue_id=item.venue_id, items=(item,),
            )  # fmt: skip


def _officials_abroad(
    by_person: dict[int, list[Entry]], visits: list[VisitSpan], longest: float
) -> Iterator[Conflict]:
    """People away on an outgoing visit while down for an item of an incoming or online one.

    Away means the outgoing visit's whole days in the host city's zone (Taipei's 18-22 March
    is 17 March 18:00 to 22 March 18:00 in Kyiv), widened to the traveller's own arrival and
    departure there when they lie outside those days; a home item that shares any of that
    time is a finding. Foreign hosts of our visits (host officials) do not travel.
    ``longest`` is the longest item's length: how far back an item can start and still
    reach into a trip."""
    trips: dict[int, list[tuple[VisitSpan, Participant]]] = {}
    for visit in visits:
        if visit.direction is Direction.OUTGOING:
            for traveller in visit.participants:
                if traveller.role not in _NOT_TRAVELLING:
                    trips.setdefault(traveller.person_id, []).append((visit, traveller))
    for person_id, away in trips.items():
        entries = by_person.get(person_id)
        if not entries:
            continue
        # The person's items are in time order: each trip looks only at those near it.
        for visit, traveller in away:
            away_from, back_at = visit.abroad_from(traveller)
            leaves, returns = away_from.timestamp(), back_at.timestamp()
            first = bisect_left(entries, leaves - longest, key=_START)
            last = bisect_left(entries, returns, lo=first, key=_START)
            for _, ends, item in entries[first:last]:
                if ends <= leaves or item.visit.direction not in _HOME_DIRECTIONS:
                    continue
                yield Conflict(
                    ConflictRule.OFFICIAL_ABROAD, SEVERITY[ConflictRule.OFFICIAL_ABROAD],
                    _local(max(item.starts_at, away_from), item.visit.timezone),
                    item_ids=(item.item_id,),
                    delegation_ids=_unique(item.delegation_id, visit.delegation_id),
                    person_ids=(person_id,), venue_id=item.venue_id, items=(item,),
                    people=(_as_at(item, person_id),), trip=visit,
                )  # fmt: skip


def _as_at(item: ScheduledItem, person_id: int) -> Participant:
    """The person as they are down for ``item``: as an attendee, else as its responsible."""
    for person in item.people():
        if person.person_id == person_id:
            return person
    raise ValueError(f"person {person_id} is not at item {item.item_id}")


def _interpreters_needed(entries: list[Entry]) -> Iterator[Conflict]:
    """Items where two attendees share no language and no interpreter attends.

    Two by two, not all at once: a head of delegation who speaks Polish and Ukrainian, a host
    who speaks Polish and English and a student who speaks English and Ukrainian can each
    talk to everyone else, though no one language is common to all three. People whose
    languages are not known are left out."""
    for _, _, item in entries:
        if _understood(item.attendees):
            continue
        speakers: dict[int, Participant] = {}
        for attendee in item.attendees:
            if attendee.spoken:
                speakers.setdefault(attendee.person_id, attendee)
        groups: dict[frozenset[str], list[Participant]] = {}
        for person in speakers.values():
            groups.setdefault(person.spoken, []).append(person)
        unheard: set[frozenset[str]] = set()
        kinds = list(groups)
        for index, one in enumerate(kinds):
            for other in kinds[index + 1 :]:
                if one.isdisjoint(other):
                    unheard.update((one, other))
        if not unheard:
            continue
        people = [p for p in speakers.values() if p.spoken in unheard]
        yield Conflict(
            ConflictRule.INTERPRETER_NEEDED, SEVERITY[ConflictRule.INTERPRETER_NEEDED],
            _local(item.starts_at, item.visit.timezone), item_ids=(item.item_id,),
            delegation_ids=(item.delegation_id,),
            person_ids=tuple(sorted(p.person_id for p in people)), venue_id=item.venue_id,
            items=(item,), people=tuple(people),
        )  # fmt: skip


def _understood(attendees: tuple[Participant, ...]) -> bool:
    """The quick answer for most items: an interpreter attends, or one language is spoken by
    everyone whose languages are known (or nobody's are)."""
    common: frozenset[str] | None = None
    for attendee in attendees:
        if attendee.role is ParticipantRole.INTERPRETER:
            return True
        if attendee.spoken:
            common = attendee.spoken if common is None else common & attendee.spoken
    return common is None or bool(common)


def _too_little_time(
    by_person: dict[int, list[Entry]], names: dict[int, Participant], buffer_minutes: int
) -> Iterator[Conflict]:
    """For each person, an item that starts less than the buffer after the one before it ends,
    at another venue. Items that overlap are the person-overlap rule's finding, not this one;
    an item without a venue is not known to be elsewhere."""
    if buffer_minutes <= 0:
        return
    buffer = buffer_minutes * 60.0
    pairs: dict[tuple[int, int], tuple[ScheduledItem, ScheduledItem, list[int]]] = {}
    for person_id, entries in by_person.items():
        if len(entries) < 2:
            continue
        _, latest_end, latest = entries[0]
        for starts, ends, item in entries[1:]:
            if (
                latest_end <= starts < latest_end + buffer
                and item.venue_id is not None
                and latest.venue_id is not None
                and item.venue_id != latest.venue_id
            ):
                key = (latest.item_id, item.item_id)
                pair = pairs.get(key)
                if pair is None:
                    pairs[key] = (latest, item, [person_id])
                else:
                    pair[2].append(person_id)
            if ends > latest_end:
                latest_end, latest = ends, item
    for before, after, person_ids in pairs.values():
        ids = tuple(sorted(person_ids))
        yield Conflict(
            ConflictRule.TOO_LITTLE_TIME, SEVERITY[ConflictRule.TOO_LITTLE_TIME],
            _local(after.starts_at, after.visit.timezone),
            item_ids=(before.item_id, after.item_id),
            delegation_ids=_unique(before.delegation_id, after.delegation_id), person_ids=ids,
            items=(before, after), people=tuple(names[p] for p in ids),
            buffer_minutes=buffer_minutes,
        )  # fmt: skip


# --- In words -------------------------------------------------------------------------------------


def clock(moment: datetime, zone: str) -> str:
    """``27.09.2024 10:00``: the wall-clock time in ``zone``."""
    return f"{_local(moment, zone):%d.%m.%Y %H:%M}"


def item_time(item: ScheduledItem) -> str:
    """``27.09.2024 10:00–11:30`` in the visit's zone; the zone is named for visits abroad."""
    zone = item.visit.timezone
    starts, ends = _local(item.starts_at, zone), _local(item.ends_at, zone)
    if starts.date() == ends.date():
        shown = f"{starts:%d.%m.%Y %H:%M}–{ends:%H:%M}"
    else:
        shown = f"{starts:%d.%m.%Y %H:%M} – {ends:%d.%m.%Y %H:%M}"
    return shown if zone == HOME_TIMEZONE else f"{shown} {zone}"


def visit_dates(visit: VisitSpan) -> str:
    if visit.start_date == visit.end_date:
        return f"{visit.start_date:%d.%m.%Y}"
    return f"{visit.start_date:%d.%m.%Y} – {visit.end_date:%d.%m.%Y}"


NAMES_SHOWN = 4  # a long list of names reads as "… and 8 more"


def _names(people: Iterable[Participant], lang: Language) -> str:
    """«Ґанна Коваль, Ян Новак і Петро Стецюк»; more than a few end "та ще 8" / "and 8 more"."""
    shown = [p.shown_name(lang) for p in people]
    if len(shown) > NAMES_SHOWN + 1:
        more = len(shown) - NAMES_SHOWN
        return ", ".join(shown[:NAMES_SHOWN]) + (
            f" та ще {more}" if lang == "uk" else f" and {more} more"
        )
    if len(shown) <= 1:
        return "".join(shown)
    return ", ".join(shown[:-1]) + (" і " if lang == "uk" else " and ") + shown[-1]


def _item_words(item: ScheduledItem, lang: Language) -> dict[str, str]:
    return {"title": item.title(lang), "time": item_time(item),
            "delegation": item.visit.title(lang)}  # fmt: skip


def _explain(c: Conflict, lang: Language) -> str:
    params: dict[str, object] = {"people": _names(c.people, lang)}
    for prefix, item in zip(("first", "second"), c.items, strict=False):
        for key, value in _item_words(item, lang).items():
            params[f"{prefix}_{key}"] = value
    first = c.items[0] if c.items else None
    if first is not None:
        params["venue"] = first.venue(lang)
    if c.rule is ConflictRule.OUTSIDE_VISIT and first is not None:
        params["dates"] = visit_dates(first.visit)
    elif c.rule is ConflictRule.OFFICIAL_ABROAD and c.trip is not None and first is not None:
        person = c.people[0]
        attends = any(a.person_id == person.person_id for a in first.attendees)
        capacity = "attendee" if attends else "responsible"
        params.update(trip=c.trip.title(lang), trip_dates=visit_dates(c.trip),
                      capacity=message(f"conflict_as_{capacity}", {}, lang))  # fmt: skip
    elif c.rule is ConflictRule.INTERPRETER_NEEDED:
        params["speakers"] = ", ".join(
            f"{p.shown_name(lang)} ({', '.join(sorted({x.lower() for x in p.languages if x}))})"
            for p in c.people
        )
    elif c.rule is ConflictRule.TOO_LITTLE_TIME and len(c.items) == 2:
        before, after = c.items
        params.update(
            gap=int((after.starts_at - before.ends_at).total_seconds() // 60),
            buffer=c.buffer_minutes,
            first_venue=before.venue(lang), second_venue=after.venue(lang),
            first_end=clock(before.ends_at, before.visit.timezone),
            second_start=clock(after.starts_at, after.visit.timezone),
        )  # fmt: skip
    code = f"conflict_{c.rule.value}"
    if c.rule is ConflictRule.TOO_LITTLE_TIME and params.get("gap") == 0:
        code = "conflict_too_little_time_none"
    return message(code, params, lang)
