"""The planner's records as plain, immutable values: what services return and accept.

A record with ``id=None`` is new; one with an id carries the ``version`` it was read at, and a
save based on an older version is refused (two officers on one database never silently lose an
edit). The GUI edits copies with ``dataclasses.replace`` and hands them back to a service.
Datetimes are always time-zone aware; dates are plain ``date`` values.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from planner.domain.enums import (
    ActivityKind,
    AgendaStatus,
    AgreementStatus,
    AgreementType,
    DelegationStatus,
    Direction,
    GiftDirection,
    MovementKind,
    ParticipantRole,
    PartnerKind,
    TaskAnchor,
    TaskCategory,
    TaskStatus,
    TransportKind,
    VisitKind,
)

HOME_TIMEZONE = "Europe/Kyiv"


@dataclass(frozen=True)
class Partner:
    name_uk: str
    kind: PartnerKind = PartnerKind.CITY
    name_en: str = ""
    name_native: str = ""
    country: str = "UA"
    city: str = ""
    website: str = ""
    notes: str = ""
    id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class Agreement:
    partner_id: int
    kind: AgreementType
    title: str
    signed_on: date | None = None
    valid_until: date | None = None
    areas: tuple[str, ...] = ()
    status: AgreementStatus = AgreementStatus.IN_FORCE
    document_reference: str = ""
    scan_path: str = ""
    facilitated_by: str = ""
    notes: str = ""
    id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class Delegation:
    direction: Direction
    title_uk: str
    start_date: date
    end_date: date
    title_en: str = ""
    purpose: str = ""
    timezone: str = HOME_TIMEZONE
    place: str = ""
    country: str = "UA"
    status: DelegationStatus = DelegationStatus.DRAFT
    responsible_officer: str = ""
    notes: str = ""
    partner_ids: tuple[int, ...] = ()
    measure_ids: tuple[int, ...] = ()
    ical_uid: str = ""  # the UID another calendar gave it; empty for the planner's own
    id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class Person:
    family_name: str
    given_names: str = ""
    family_name_latin: str = ""
    given_names_latin: str = ""
    honorific: str = ""
    position: str = ""
    position_en: str = ""
    organisation: str = ""
    partner_id: int | None = None
    country: str = "UA"
    languages: tuple[str, ...] = ()
    email: str = ""
    phone: str = ""
    notes: str = ""
    # Personal data under Ukraine's data protection law: never leaves the office unasked.
    dietary_needs: str = ""
    accessibility_needs: str = ""
    passport_name: str = ""
    passport_number: str = ""
    passport_country: str = ""
    passport_expires_on: date | None = None
    birth_date: date | None = None
    id: int | None = None
    version: int = 0

    SENSITIVE_FIELDS = (
        "phone",
        "dietary_needs",
        "accessibility_needs",
        "passport_name",
        "passport_number",
        "passport_country",
        "passport_expires_on",
        "birth_date",
    )

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.given_names, self.family_name) if p)

    @property
    def latin_name(self) -> str:
        return " ".join(p for p in (self.given_names_latin, self.family_name_latin) if p)


@dataclass(frozen=True)
class Participation:
    delegation_id: int
    person_id: int
    role: ParticipantRole = ParticipantRole.MEMBER
    precedence: int = 0
    arrival_transport: TransportKind | None = None
    arrival_number: str = ""
    arrival_at: datetime | None = None
    arrival_place: str = ""
    departure_transport: TransportKind | None = None
    departure_number: str = ""
    departure_at: datetime | None = None
    departure_place: str = ""
    hotel: str = ""
    notes: str = ""
    id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class Venue:
    name: str
    name_en: str = ""
    address: str = ""
    city: str = ""
    contact: str = ""
    phone: str = ""
    capacity: int | None = None
    notes: str = ""
    id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class AgendaItem:
    delegation_id: int
    starts_at: datetime
    ends_at: datetime
    title_uk: str
    title_en: str = ""
    description: str = ""
    venue_id: int | None = None
    responsible_person_id: int | None = None
    attendee_person_ids: tuple[int, ...] = ()
    dress_code: str = ""
    transport: str = ""
    notes: str = ""
    status: AgendaStatus = AgendaStatus.PLANNED
    ical_uid: str = ""  # the UID another calendar gave it; empty for the planner's own
    id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class Measure:
    code: str
    title_uk: str
    title_en: str = ""
    position: int = 0
    id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class ProgrammeSection:
    number: str
    title_uk: str
    title_en: str = ""
    measures: tuple[Measure, ...] = ()
    id: int | None = None


@dataclass(frozen=True)
class Programme:
    title_uk: str
    title_en: str
    start_year: int
    end_year: int
    sections: tuple[ProgrammeSection, ...] = ()
    id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class TemplateTask:
    title_uk: str
    category: TaskCategory
    offset_days: int
    anchor: TaskAnchor = TaskAnchor.ARRIVAL
    title_en: str = ""
    default_assignee: str = ""


@dataclass(frozen=True)
class ChecklistTemplate:
    name_uk: str
    visit_kind: VisitKind
    name_en: str = ""
    tasks: tuple[TemplateTask, ...] = ()
    id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class Task:
    delegation_id: int
    title_uk: str
    due_on: date
    category: TaskCategory = TaskCategory.PROGRAMME
    title_en: str = ""
    anchor: TaskAnchor | None = None
    offset_days: int | None = None
    assignee: str = ""
    status: TaskStatus = TaskStatus.OPEN
    done_on: date | None = None
    comment: str = ""
    id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class GiftItem:
    name_uk: str
    category: str
    unit_cost: Decimal = Decimal("0.00")
    name_en: str = ""
    category_en: str = ""
    supplier: str = ""
    reorder_level: int = 0
    photo_path: str = ""
    notes: str = ""
    id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class StockMovement:
    """One change of a gift item's stock; ``quantity`` is signed (hand-outs are negative)."""

    item_id: int
    kind: MovementKind
    on: date
    quantity: int
    unit_cost: Decimal | None = None
    supplier: str = ""
    document_number: str = ""
    measure_id: int | None = None
    delegation_id: int | None = None
    recipient_person_id: int | None = None
    recipient_partner_id: int | None = None
    counted: int | None = None
    reason: str = ""
    id: int | None = None


@dataclass(frozen=True)
class GiftRecord:
    direction: GiftDirection
    on: date
    description: str
    occasion: str = ""
    delegation_id: int | None = None
    giver: str = ""
    recipient: str = ""
    person_id: int | None = None
    partner_id: int | None = None
    item_id: int | None = None
    value: Decimal | None = None
    exceeds_limit: bool = False
    handed_over: bool = False
    notes: str = ""
    id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class PlannedGift:
    """A gift planned for one recipient (a person or a partner) at a visit; once handed out
    it names its stock movement and its gift register entry."""

    delegation_id: int
    item_id: int
    quantity: int
    on: date
    recipient_person_id: int | None = None
    recipient_partner_id: int | None = None
    occasion: str = ""
    notes: str = ""
    movement_id: int | None = None
    gift_record_id: int | None = None
    id: int | None = None
    version: int = 0

    @property
    def handed_out(self) -> bool:
        return self.movement_id is not None


@dataclass(frozen=True)
class GiftLimit:
    """The legal limits on gifts to officials from ``valid_from`` on (hryvnias)."""

    valid_from: date
    per_gift: Decimal
    per_year_from_one_source: Decimal
    id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class OfficeSettings:
    """Office-wide settings as read, with the version of each, for a safe save."""

    values: Mapping[str, str]
    versions: Mapping[str, int]

    def get(self, key: str, default: str = "") -> str:
        return self.values.get(key, default)


# Read models for lists: what a table row shows, gathered in one query.


@dataclass(frozen=True)
class DelegationRow:
    id: int
    version: int
    direction: Direction
    status: DelegationStatus
    title_uk: str
    title_en: str
    start_date: date
    end_date: date
    timezone: str
    place: str
    country: str
    partner_names: str = ""
    partner_names_en: str = ""
    participant_count: int = 0
    agenda_count: int = 0
    measure_codes: str = ""


@dataclass(frozen=True)
class AgendaRow:
    id: int
    delegation_id: int
    delegation_title: str
    starts_at: datetime
    ends_at: datetime
    title_uk: str
    title_en: str
    venue_name: str
    status: AgendaStatus


@dataclass(frozen=True)
class PersonRow:
    id: int
    family_name: str
    given_names: str
    family_name_latin: str
    given_names_latin: str
    position: str
    organisation: str
    country: str
    email: str
    phone: str


@dataclass(frozen=True)
class PartnerRow:
    id: int
    kind: PartnerKind
    name_uk: str
    name_en: str
    country: str
    agreement_count: int = 0


@dataclass(frozen=True)
class ParticipantRow:
    """A participant of one delegation with the person's names, in precedence order."""

    participation: Participation
    person: Person


@dataclass(frozen=True)
class GiftStockRow:
    item: GiftItem
    quantity: int
    value: Decimal

    @property
    def below_reorder_level(self) -> bool:
        return self.quantity <= self.item.reorder_level


@dataclass(frozen=True)
class TaskRow:
    """A task with what a list across delegations shows of its visit."""

    task: Task
    delegation_title: str
    delegation_title_en: str = ""
    delegation_start: date | None = None
    delegation_end: date | None = None
    delegation_status: DelegationStatus | None = None


@dataclass(frozen=True)
class AssigneeCount:
    """One person's open tasks on the board; ``assignee`` is "" for tasks nobody has."""

    assignee: str
    overdue: int
    upcoming: int


@dataclass(frozen=True)
class TaskBoard:
    """The Checklists area: what is late, what is coming, what was just done, and by whom.

    Tasks of cancelled or deleted visits and deleted tasks never appear here."""

    overdue: tuple[TaskRow, ...]
    upcoming: tuple[TaskRow, ...]
    done_recently: tuple[TaskRow, ...]
    by_assignee: tuple[AssigneeCount, ...]


@dataclass(frozen=True)
class DelegationFilter:
    """What the delegation list is narrowed to; every part is optional."""

    text: str = ""
    directions: frozenset[Direction] = frozenset()
    statuses: frozenset[DelegationStatus] = frozenset()
    starts_from: date | None = None
    ends_until: date | None = None
    measure_id: int | None = None
    partner_id: int | None = None
    sort: str = "start_date"
    descending: bool = False
    limit: int | None = None
    offset: int = 0


@dataclass(frozen=True)
class Activity:
    """A programme activity that is not a visit: an online meeting, a publication, a purchase,
    a platform update, an event with no delegation. ``text_uk`` is what was done, written as
    the report's sentence after its date ("взяв онлайн участь у 5-му Міжнародному саміті мерів")."""

    kind: ActivityKind
    held_on: date
    text_uk: str
    ends_on: date | None = None
    text_en: str = ""
    link: str = ""
    notes: str = ""
    measure_ids: tuple[int, ...] = ()
    partner_ids: tuple[int, ...] = ()
    id: int | None = None
    version: int = 0
