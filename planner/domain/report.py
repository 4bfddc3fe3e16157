"""The annual programme report and the partnership registry as plain values, and the sentences
the report is written in.

A report entry is its record's dates followed by a sentence. The date always comes from the
record (a generated report cannot date a 2024 conference "2014"); the sentence is generated
from the record's data unless the officer wrote one of their own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from planner.domain.enums import (
    ActivityKind,
    AgreementStatus,
    AgreementType,
    DelegationStatus,
    Direction,
    GiftDirection,
    RecordSource,
)
from planner.domain.messages import Language
from planner.domain.printing import Bilingual, Signatory, date_range_text
from planner.domain.records import Agreement, Partner

NOTHING_DONE = Bilingual("Заходи не здійснювались.", "No activities were carried out.")

# Visits in these states are not in the report: a draft was never agreed, a cancelled one
# did not take place.
NOT_REPORTED = frozenset({DelegationStatus.DRAFT, DelegationStatus.CANCELLED})


@dataclass(frozen=True)
class ReportRecord:
    """One record of the year as the report tells it.

    ``generated`` is the sentence made from the record's data, ``own`` the officer's wording
    (empty where there is none); ``own_version`` is the stored wording's version for the
    stale-save check (0 when there is none).
    """

    source: RecordSource
    record_id: int
    first: date
    last: date
    measure_codes: tuple[str, ...]
    summary: Bilingual  # what the record is, for a list: the visit's title, the activity's text
    generated: Bilingual
    own: Bilingual = Bilingual()
    own_version: int = 0

    def sentence(self, language: Language) -> str:
        """The sentence after the date: the officer's wording, else the generated one."""
        own = self.own.uk if language == "uk" else self.own.en
        if own.strip():
            return own.strip()
        return (self.generated.uk if language == "uk" else self.generated.en).strip() or (
            self.own.get(language) or self.generated.get(language)
        )

    def dates(self, language: Language) -> str:
        return date_range_text(self.first, self.last, language)

    def text(self, language: Language) -> str:
        """The whole dated entry: "26 січня 2024 року відбулася зустріч …"."""
        return f"{self.dates(language)} {self.sentence(language)}"


@dataclass(frozen=True)
class ReportMeasure:
    code: str
    title: Bilingual
    records: tuple[ReportRecord, ...] = ()


@dataclass(frozen=True)
class ReportSection:
    number: str  # "I", "II"
    title: Bilingual
    measures: tuple[ReportMeasure, ...] = ()


@dataclass(frozen=True)
class AnnualReport:
    year: int
    programme: Bilingual  # "Програми міжнародного співробітництва … на 2021-2025 роки"
    sections: tuple[ReportSection, ...]
    council: Bilingual = Bilingual()
    signatory: Signatory = Signatory()
    # Records of the year with no measure of this programme: not in the report, but the
    # officer is told about them before it is signed.
    untagged: tuple[ReportRecord, ...] = ()

    def title(self, language: Language) -> str:
        if language == "uk":
            return f"Звіт про стан реалізації {self.programme.get('uk')} за {self.year} рік"
        return f"Report on the implementation of the {self.programme.get('en')} in {self.year}"

    def measures(self) -> tuple[ReportMeasure, ...]:
        return tuple(m for s in self.sections for m in s.measures)


# --- Statistics -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Count:
    """One line of a statistics table: ``key`` is a country code, an enum value, a measure
    code or a month number as text; ``label`` its name for people."""

    key: str
    label: Bilingual
    count: int


@dataclass(frozen=True)
class ReportStatistics:
    """What the ministry's monitoring asks for, and the year's work in numbers.

    Agreements count those in force on ``on`` (31 December of the year, or today within it).
    """

    year: int
    on: date
    agreements_in_force: int
    partner_communities: int  # partners with an agreement in force
    partner_countries: int
    agreements_by_country: tuple[Count, ...]
    agreements_by_type: tuple[Count, ...]
    delegations: int  # visits of the year that are reported (not drafts, not cancelled)
    delegations_by_direction: tuple[Count, ...]
    delegations_by_measure: tuple[Count, ...]
    delegations_by_month: tuple[Count, ...]  # twelve lines, January first
    activities: int


# --- The partnership registry ---------------------------------------------------------------


@dataclass(frozen=True)
class PartnerVisit:
    delegation_id: int
    direction: Direction
    first: date
    last: date
    title: Bilingual
    status: DelegationStatus
    place: str = ""


@dataclass(frozen=True)
class PartnerGift:
    on: date
    direction: GiftDirection
    description: str
    person: str = ""  # who gave or received it on the partner's side
    value: Decimal | None = None


@dataclass(frozen=True)
class PartnerPerson:
    person_id: int
    name: Bilingual  # "Іван Петренко" / "Ivan Petrenko"
    position: Bilingual
    visits: int  # how many of the partner's visits the person took part in
    last_met: date | None


@dataclass(frozen=True)
class PartnerActivity:
    """An activity that is not a visit (an online meeting, a publication) linked to a partner."""

    activity_id: int
    on: date
    kind: ActivityKind
    text: Bilingual
    ends_on: date | None = None


@dataclass(frozen=True)
class PartnerFile:
    """Everything the office has with one partner."""

    partner: Partner
    agreements: tuple[Agreement, ...] = ()
    visits: tuple[PartnerVisit, ...] = ()  # both ways, newest first
    activities: tuple[PartnerActivity, ...] = ()  # newest first
    gifts: tuple[PartnerGift, ...] = ()  # given and received, newest first
    people: tuple[PartnerPerson, ...] = ()  # in Ukrainian alphabetical order


@dataclass(frozen=True)
class EndingAgreement:
    """An agreement in force whose end date is near (or already past): the Overview's list."""

    agreement: Agreement
    partner_name: Bilingual
    country: str
    days_left: int  # negative: ended that many days ago and still marked in force


@dataclass(frozen=True)
class PartnersRegister:
    on: date
    council: Bilingual
    files: tuple[PartnerFile, ...] = field(default_factory=tuple)
    signatory: Signatory = Signatory()


# --- The generated sentences ----------------------------------------------------------------


def _names(names: Iterable[str]) -> str:
    return ", ".join(n for n in names if n)


def _with_purpose(text: str, purpose: str, language: Language) -> str:
    purpose = purpose.strip().rstrip(".")
    if not purpose:
        return f"{text}."
    lead = "Мета" if language == "uk" else "Purpose"
    return f"{text}. {lead}: {purpose[:1].lower() + purpose[1:] if language == 'uk' else purpose}."


def visit_sentence(
    direction: Direction,
    title: Bilingual,
    *,
    place: str = "",
    country_name: Bilingual = Bilingual(),
    partners: tuple[Bilingual, ...] = (),
    purpose: str = "",
) -> Bilingual:
    """The sentence a visit is reported by, after its dates, in both languages.

    Incoming: "відбувся візит до громади: <title> (<partners>)."; outgoing: "керівництво
    міської ради взяло участь у заході: <title> (<place>, <country>)."; online: "…взяло онлайн
    участь…". The purpose, where there is one, follows (in Ukrainian; English shows it as
    typed, which is Ukrainian in most records: the officer edits the English wording).
    """
    out: dict[Language, str] = {}
    for language in ("uk", "en"):
        name = title.get(language)
        who = _names(p.get(language) for p in partners)
        where = _names((place, country_name.get(language)))
        if direction is Direction.INCOMING:
            text = (f"відбувся візит до громади: {name}" if language == "uk"
                    else f"the community received a visit: {name}")  # fmt: skip
            if who:
                text += f" ({who})"
        elif direction is Direction.OUTGOING:
            text = (f"керівництво міської ради взяло участь у заході: {name}" if language == "uk"
                    else f"the council's leadership took part in {name}")  # fmt: skip
            if where:
                text += f" ({where})"
        else:
            text = (
                f"керівництво міської ради взяло онлайн участь у заході: {name}"
                if language == "uk"
                else f"the council's leadership took part online in {name}"
            )
        out[language] = _with_purpose(text, purpose if language == "uk" else "", language)
    return Bilingual(out["uk"], out["en"])


def activity_sentence(kind: ActivityKind, text: Bilingual) -> Bilingual:
    """An activity's sentence is its own text, ending with a full stop."""
    del kind  # every kind reads as its text; kept for kinds that may one day read otherwise

    def finish(value: str) -> str:
        value = value.strip()
        return value if not value or value[-1] in ".!?…" else f"{value}."

    return Bilingual(finish(text.uk), finish(text.en))


@dataclass(frozen=True)
class PurchaseLine:
    item: Bilingual
    quantity: int
    total: Decimal | None = None


def purchase_sentence(lines: tuple[PurchaseLine, ...], document_number: str = "") -> Bilingual:
    """ "придбано: брендовані блокноти (50 шт.), брелоки (100 шт.) на суму 12 345,00 грн
    (накладна № 17)." """
    total = sum((line.total for line in lines if line.total is not None), Decimal(0))
    out: dict[Language, str] = {}
    for language in ("uk", "en"):
        unit = "шт." if language == "uk" else "pcs"
        items = ", ".join(f"{line.item.get(language)} ({line.quantity} {unit})" for line in lines)
        text = f"придбано: {items}" if language == "uk" else f"bought: {items}"
        if total:
            amount = f"{total:,.2f}".replace(",", "\u00a0").replace(".", ",")
            text += f" на суму {amount} грн" if language == "uk" else f" for UAH {amount}"
        if document_number:
            text += (f" (документ № {document_number})" if language == "uk"
                     else f" (document No. {document_number})")  # fmt: skip
        out[language] = f"{text}."
    return Bilingual(out["uk"], out["en"])


def in_force(agreement: Agreement, on: date) -> bool:
    """In force on ``on``: marked in force, signed by then (or undated), not yet ended."""
    return (
        agreement.status is AgreementStatus.IN_FORCE
        and (agreement.signed_on is None or agreement.signed_on <= on)
        and (agreement.valid_until is None or agreement.valid_until >= on)
    )


AGREEMENT_TYPE_NAMES: dict[AgreementType, Bilingual] = {
    AgreementType.TWINNING: Bilingual("Угода про побратимство", "Twinning agreement"),
    AgreementType.PARTNERSHIP: Bilingual("Угода про партнерство", "Partnership agreement"),
    AgreementType.MEMORANDUM: Bilingual("Меморандум про співпрацю",
                                        "Memorandum of cooperation"),
    AgreementType.SOLIDARITY_PARTNERSHIP: Bilingual("Угода про солідарне партнерство",
                                                    "Solidarity partnership"),
    AgreementType.TECHNICAL_ASSISTANCE: Bilingual("Угода про технічну допомогу",
                                                  "Technical assistance agreement"),
    AgreementType.OTHER: Bilingual("Інша угода", "Other agreement"),
}  # fmt: skip

DIRECTION_NAMES: dict[Direction, Bilingual] = {
    Direction.INCOMING: Bilingual("Вхідні", "Incoming"),
    Direction.OUTGOING: Bilingual("Вихідні", "Outgoing"),
    Direction.ONLINE: Bilingual("Онлайн", "Online"),
}
