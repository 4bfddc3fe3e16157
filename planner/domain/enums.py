"""The fixed vocabularies of the protocol office: directions, statuses, roles, kinds.

Values are stored in the database as the enum's ``value`` (plain lowercase strings), so they
read well in SQL and never depend on Python names. Labels in Ukrainian and English live in
``planner.domain.messages``.
"""

from __future__ import annotations

from enum import StrEnum


class Direction(StrEnum):
    INCOMING = "incoming"
    OUTGOING = "outgoing"
    ONLINE = "online"


class DelegationStatus(StrEnum):
    DRAFT = "draft"
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class PartnerKind(StrEnum):
    CITY = "city"
    INTERNATIONAL_ORGANISATION = "international_organisation"
    FINANCIAL_INSTITUTION = "financial_institution"
    EMBASSY = "embassy"
    COMPANY = "company"
    NGO = "ngo"
    EDUCATION = "education"
    GOVERNMENT = "government"


class AgreementType(StrEnum):
    TWINNING = "twinning"
    PARTNERSHIP = "partnership"
    MEMORANDUM = "memorandum"
    SOLIDARITY_PARTNERSHIP = "solidarity_partnership"
    TECHNICAL_ASSISTANCE = "technical_assistance"
    OTHER = "other"


class AgreementStatus(StrEnum):
    DRAFT = "draft"
    IN_FORCE = "in_force"
    EXPIRED = "expired"
    TERMINATED = "terminated"


class ParticipantRole(StrEnum):
    """Roles in the order of precedence a programme or participant list uses by default."""

    HEAD = "head"
    DEPUTY_HEAD = "deputy_head"
    MEMBER = "member"
    HOST_OFFICIAL = "host_official"
    EXPERT = "expert"
    INTERPRETER = "interpreter"
    PROTOCOL_OFFICER = "protocol_officer"
    PRESS = "press"
    SECURITY = "security"
    DRIVER = "driver"


class AgendaStatus(StrEnum):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    DONE = "done"
    CANCELLED = "cancelled"


class TransportKind(StrEnum):
    PLANE = "plane"
    TRAIN = "train"
    BUS = "bus"
    CAR = "car"
    OTHER = "other"


class TaskCategory(StrEnum):
    INVITATIONS = "invitations"
    ACCOMMODATION = "accommodation"
    TRANSPORT = "transport"
    INTERPRETING = "interpreting"
    PROGRAMME = "programme"
    PROTOCOL = "protocol"
    GIFTS = "gifts"
    PRESS = "press"
    SECURITY = "security"
    FOLLOW_UP = "follow_up"


class TaskAnchor(StrEnum):
    """What a checklist task's due offset counts from."""

    ARRIVAL = "arrival"
    DEPARTURE = "departure"


class TaskStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class VisitKind(StrEnum):
    """The kinds of visit a checklist template is made for."""

    INCOMING_OFFICIAL = "incoming_official"
    OUTGOING_VISIT = "outgoing_visit"
    ONLINE_MEETING = "online_meeting"
    YOUTH_OR_SPORTS = "youth_or_sports"
    CITY_DAY = "city_day"


class MovementKind(StrEnum):
    PURCHASE = "purchase"
    HAND_OUT = "hand_out"
    WRITE_OFF = "write_off"
    STOCK_TAKE = "stock_take"


class GiftDirection(StrEnum):
    GIVEN = "given"
    RECEIVED = "received"


class ActivityKind(StrEnum):
    """Work of the programme that is not a visit: much of the annual report is made of it."""

    ONLINE_MEETING = "online_meeting"
    PUBLICATION = "publication"
    PURCHASE = "purchase"
    PLATFORM_UPDATE = "platform_update"
    EVENT = "event"
    OTHER = "other"


class RecordSource(StrEnum):
    """The kinds of record the annual report is written from."""

    DELEGATION = "delegation"
    ACTIVITY = "activity"
    PURCHASE = "purchase"
