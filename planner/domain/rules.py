"""Validation rules for every record, as pure functions that raise ``ValidationError``.

All problems of one form are reported together, each naming its field, so the GUI can show
them beside the fields and the command line can print them in one line.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from planner.domain.errors import ProblemCollector, ValidationError
from planner.domain.records import (
    Activity,
    AgendaItem,
    Agreement,
    ChecklistTemplate,
    Delegation,
    GiftItem,
    GiftLimit,
    GiftRecord,
    Measure,
    Participation,
    Partner,
    Person,
    PlannedGift,
    Task,
    Venue,
)
from planner.domain.zones import local_days

# ISO 3166-1 alpha-2, officially assigned codes (2024), plus XK (Kosovo, user-assigned but
# used by the EU and many embassies).
COUNTRY_CODES = frozenset(
    """AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
    BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO
    DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU
    GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW
    KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU
    MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW
    PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF
    TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT
    ZA ZM ZW""".split()  # noqa: SIM905 - a block of codes reads better than 250 lines
)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
NAME_LIMIT = 300
TEXT_LIMIT = 20_000


def is_known_timezone(name: str) -> bool:
    if not name or name != name.strip():
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _required(c: ProblemCollector, field: str, value: str) -> None:
    if not value or not value.strip():
        c.add(field, "required")
    elif len(value) > NAME_LIMIT:
        c.add(field, "too_long", limit=NAME_LIMIT)


def _optional_name(c: ProblemCollector, field: str, value: str) -> None:
    if len(value) > NAME_LIMIT:
        c.add(field, "too_long", limit=NAME_LIMIT)


def _country(c: ProblemCollector, field: str, value: str, required: bool = True) -> None:
    if not value and not required:
        return
    if value not in COUNTRY_CODES:
        c.add(field, "unknown_country", value=value)


def _aware(c: ProblemCollector, field: str, value: datetime | None) -> bool:
    if value is None:
        return False
    if value.tzinfo is None or value.utcoffset() is None:
        c.add(field, "naive_datetime")
        return False
    return True


def check_partner(partner: Partner) -> None:
    c = ProblemCollector()
    _required(c, "name_uk", partner.name_uk)
    _optional_name(c, "name_en", partner.name_en)
    _optional_name(c, "name_native", partner.name_native)
    _country(c, "country", partner.country)
    c.raise_if_any()


def check_agreement(agreement: Agreement) -> None:
    c = ProblemCollector()
    _required(c, "name", agreement.title)
    if (
        agreement.signed_on is not None
        and agreement.valid_until is not None
        and agreement.valid_until < agreement.signed_on
    ):
        c.add("valid_until", "end_before_start")
    c.raise_if_any()


def check_delegation(delegation: Delegation) -> None:
    c = ProblemCollector()
    _required(c, "title_uk", delegation.title_uk)
    _optional_name(c, "title_en", delegation.title_en)
    if delegation.end_date < delegation.start_date:
        c.add("end_date", "end_before_start")
    if not is_known_timezone(delegation.timezone):
        c.add("timezone", "unknown_timezone", value=delegation.timezone)
    _country(c, "country", delegation.country)
    c.raise_if_any()


def check_person(person: Person) -> None:
    c = ProblemCollector()
    if not person.family_name.strip() and not person.family_name_latin.strip():
        c.add("family_name", "required")
    for name in ("family_name", "given_names", "family_name_latin", "given_names_latin"):
        _optional_name(c, name, getattr(person, name))
    _country(c, "country", person.country, required=False)
    if person.passport_country:
        _country(c, "passport_country", person.passport_country)
    if person.email and not _EMAIL.match(person.email):
        c.add("email", "bad_email", value=person.email)
    c.raise_if_any()


def check_participation(participation: Participation) -> None:
    c = ProblemCollector()
    arrival_ok = _aware(c, "arrival_at", participation.arrival_at)
    departure_ok = _aware(c, "departure_at", participation.departure_at)
    if arrival_ok and departure_ok:
        assert participation.arrival_at is not None and participation.departure_at is not None
        if participation.departure_at < participation.arrival_at:
            c.add("departure_at", "end_before_start")
    c.raise_if_any()


def check_venue(venue: Venue) -> None:
    c = ProblemCollector()
    _required(c, "name", venue.name)
    if venue.capacity is not None and venue.capacity <= 0:
        c.add("capacity", "not_positive")
    c.raise_if_any()


def check_agenda_item(item: AgendaItem, delegation: Delegation) -> None:
    """An agenda item must lie, in its delegation's own time zone, within the delegation's dates."""
    c = ProblemCollector()
    _required(c, "title_uk", item.title_uk)
    start_ok = _aware(c, "starts_at", item.starts_at)
    end_ok = _aware(c, "ends_at", item.ends_at)
    if start_ok and end_ok:
        if item.ends_at < item.starts_at:
            c.add("ends_at", "end_before_start")
        elif is_known_timezone(delegation.timezone):
            outside = days_outside_visit(item.starts_at, item.ends_at, delegation.timezone,
                                         delegation.start_date, delegation.end_date)  # fmt: skip
            if outside is not None:
                first, last = outside
                c.add(
                    "starts_at",
                    "outside_delegation",
                    value=f"{first.isoformat()} – {last.isoformat()}",
                    start=delegation.start_date.isoformat(),
                    end=delegation.end_date.isoformat(),
                )
    c.raise_if_any()


def days_outside_visit(
    starts_at: datetime, ends_at: datetime, zone: str, start_date: date, end_date: date
) -> tuple[date, date] | None:
    """The local days an item touches, when they do not all lie within the visit's dates."""
    first, last = local_days(starts_at, ends_at, zone)
    return (first, last) if first < start_date or last > end_date else None


def check_activity(activity: Activity) -> None:
    c = ProblemCollector()
    # An activity's text is the report's paragraph, as long as it needs to be.
    if not activity.text_uk.strip():
        c.add("text_uk", "required")
    if activity.ends_on is not None and activity.ends_on < activity.held_on:
        c.add("ends_on", "end_before_start")
    c.raise_if_any()


def check_measure(measure: Measure) -> None:
    c = ProblemCollector()
    _required(c, "code", measure.code)
    _required(c, "title_uk", measure.title_uk)
    c.raise_if_any()


# How far from the arrival or departure a template's task may be due.
TEMPLATE_OFFSET_LIMIT = 365


def check_checklist_template(template: ChecklistTemplate) -> None:
    """A name; every task a Ukrainian title and an offset within a year of the visit.

    A task's problem names its field and carries ``row``, the task's place in the list from 1.
    """
    c = ProblemCollector()
    _required(c, "name_uk", template.name_uk)
    _optional_name(c, "name_en", template.name_en)
    for row, task in enumerate(template.tasks, start=1):
        if not task.title_uk.strip():
            c.add("title_uk", "template_task_required", row=row)
        elif len(task.title_uk) > NAME_LIMIT:
            c.add("title_uk", "too_long", limit=NAME_LIMIT, row=row)
        if len(task.title_en) > NAME_LIMIT:
            c.add("title_en", "too_long", limit=NAME_LIMIT, row=row)
        if abs(task.offset_days) > TEMPLATE_OFFSET_LIMIT:
            c.add("offset_days", "offset_out_of_range", row=row, value=task.offset_days,
                  limit=TEMPLATE_OFFSET_LIMIT)  # fmt: skip
    c.raise_if_any()


def check_task(task: Task) -> None:
    c = ProblemCollector()
    _required(c, "title_uk", task.title_uk)
    if task.done_on is not None and task.status.value != "done":
        c.add("status", "bad_choice", value=task.status.value)
    c.raise_if_any()


def check_gift_item(item: GiftItem) -> None:
    c = ProblemCollector()
    _required(c, "name_uk", item.name_uk)
    _required(c, "category", item.category)
    if item.unit_cost < Decimal(0):
        c.add("unit_cost", "negative")
    if item.reorder_level < 0:
        c.add("reorder_level", "negative")
    c.raise_if_any()


def check_gift_record(record: GiftRecord) -> None:
    c = ProblemCollector()
    _required(c, "description", record.description)
    if record.value is not None and record.value < Decimal(0):
        c.add("value", "negative")
    c.raise_if_any()


def check_planned_gift(gift: PlannedGift) -> None:
    c = ProblemCollector()
    if not gift.item_id:
        c.add("item_id", "required")
    if gift.quantity <= 0:
        c.add("quantity", "not_positive")
    if gift.recipient_person_id is None and gift.recipient_partner_id is None:
        c.add("recipient", "recipient_required")
    c.raise_if_any()


def check_gift_limit(limit: GiftLimit) -> None:
    c = ProblemCollector()
    if limit.per_gift <= 0:
        c.add("per_gift", "not_positive")
    if limit.per_year_from_one_source <= 0:
        c.add("per_year_from_one_source", "not_positive")
    elif limit.per_year_from_one_source < limit.per_gift:
        c.add("per_year_from_one_source", "limit_year_below_gift")
    c.raise_if_any()


def parse_date(text: str, field: str = "on") -> date:
    """A date typed by a user as YYYY-MM-DD (or DD.MM.YYYY, as Ukrainian forms write it)."""
    cleaned = text.strip()
    for parse in (date.fromisoformat, _parse_dotted):
        try:
            return parse(cleaned)
        except (ValueError, OverflowError):
            continue
    raise ValidationError.single(field, "bad_date", value=text)


def _parse_dotted(text: str) -> date:
    day, month, year = text.split(".")
    return date(int(year), int(month), int(day))
