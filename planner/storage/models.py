"""The SQLAlchemy model of the planner's database (typed declarative, SQLAlchemy 2).

Only storage and services see these classes; everything above gets ``planner.domain.records``.
Every editable table carries ``version`` (SQLAlchemy's version counter: an UPDATE names the
version it read and fails if another officer saved first) and main records a ``deleted_at``
so that deleting can be undone and nothing is lost. ``search_text`` and ``sort_key`` hold the
Ukrainian-aware forms of the names (see ``planner.domain.text``), kept up to date on flush.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy import (
    text as sql_text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship

from planner.domain import text
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
from planner.storage.types import SORT_KEY_LENGTH, EnumText, Money, UTCDateTime, sort_key_type

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        Decimal: Money(),
        str: Text(),
    }


def _version() -> Mapped[int]:
    return mapped_column(Integer, nullable=False, default=1, server_default="1")


class Searchable:
    """A record found by folded text and sorted by a Ukrainian sort key."""

    search_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    sort_key: Mapped[str] = mapped_column(sort_key_type(), nullable=False, default="")

    def search_parts(self) -> tuple[str | None, ...]:
        raise NotImplementedError

    def sort_source(self) -> str:
        raise NotImplementedError

    def expected_search_columns(self) -> dict[str, str]:
        """What the search and sort columns should hold for the current names."""
        return {
            "search_text": text.search_text(*self.search_parts()),
            "sort_key": bounded_sort_key(self.sort_source()),
        }

    def refresh_search(self) -> None:
        for column, value in self.expected_search_columns().items():
            setattr(self, column, value)


def bounded_sort_key(name: str) -> str:
    """The key of a name longer than the column holds sorts by its first 300 letters."""
    return text.sort_key(name)[:SORT_KEY_LENGTH]


@event.listens_for(Session, "before_flush")
def _refresh_search_columns(session: Session, _context: object, _instances: object) -> None:
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Searchable):
            obj.refresh_search()


class DbSetting(Base):
    """Office-wide settings kept with the data: the council's name, the head of department."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    version: Mapped[int] = _version()
    value: Mapped[str] = mapped_column(Text, nullable=False, default="")
    __mapper_args__ = {"version_id_col": version}


class DbPartner(Searchable, Base):
    __tablename__ = "partner"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = _version()
    kind: Mapped[PartnerKind] = mapped_column(EnumText(PartnerKind))
    name_uk: Mapped[str]
    name_en: Mapped[str] = mapped_column(default="")
    name_native: Mapped[str] = mapped_column(default="")
    country: Mapped[str] = mapped_column(String(2))
    city: Mapped[str] = mapped_column(default="")
    website: Mapped[str] = mapped_column(default="")
    notes: Mapped[str] = mapped_column(default="")
    deleted_at: Mapped[datetime | None]
    agreements: Mapped[list[DbAgreement]] = relationship(back_populates="partner")
    __mapper_args__ = {"version_id_col": version}

    def search_parts(self) -> tuple[str | None, ...]:
        return (self.name_uk, self.name_en, self.name_native, self.city, self.country)

    def sort_source(self) -> str:
        return self.name_uk


class DbAgreement(Base):
    __tablename__ = "agreement"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = _version()
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="RESTRICT"))
    kind: Mapped[AgreementType] = mapped_column(EnumText(AgreementType))
    title: Mapped[str]
    signed_on: Mapped[date | None]
    valid_until: Mapped[date | None]
    areas: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[AgreementStatus] = mapped_column(EnumText(AgreementStatus))
    document_reference: Mapped[str] = mapped_column(default="")
    scan_path: Mapped[str] = mapped_column(default="")
    facilitated_by: Mapped[str] = mapped_column(default="")
    notes: Mapped[str] = mapped_column(default="")
    deleted_at: Mapped[datetime | None]
    partner: Mapped[DbPartner] = relationship(back_populates="agreements")
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("valid_until IS NULL OR signed_on IS NULL OR valid_until >= signed_on",
                        name="valid_after_signing"),
        Index("ix_agreement_partner", "partner_id"),
    )  # fmt: skip


delegation_partner = Table(
    "delegation_partner",
    Base.metadata,
    Column("delegation_id", ForeignKey("delegation.id", ondelete="CASCADE"), primary_key=True),
    Column("partner_id", ForeignKey("partner.id", ondelete="RESTRICT"), primary_key=True),
    Index("ix_delegation_partner_partner", "partner_id"),
)

delegation_measure = Table(
    "delegation_measure",
    Base.metadata,
    Column("delegation_id", ForeignKey("delegation.id", ondelete="CASCADE"), primary_key=True),
    Column("measure_id", ForeignKey("measure.id", ondelete="RESTRICT"), primary_key=True),
    Index("ix_delegation_measure_measure", "measure_id"),
)


class DbDelegation(Searchable, Base):
    __tablename__ = "delegation"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = _version()
    direction: Mapped[Direction] = mapped_column(EnumText(Direction))
    title_uk: Mapped[str]
    title_en: Mapped[str] = mapped_column(default="")
    purpose: Mapped[str] = mapped_column(default="")
    start_date: Mapped[date]
    end_date: Mapped[date]
    timezone: Mapped[str] = mapped_column(String(64))
    place: Mapped[str] = mapped_column(default="")
    place_key: Mapped[str] = mapped_column(sort_key_type(), default="")
    country: Mapped[str] = mapped_column(String(2))
    status: Mapped[DelegationStatus] = mapped_column(EnumText(DelegationStatus))
    responsible_officer: Mapped[str] = mapped_column(default="")
    notes: Mapped[str] = mapped_column(default="")
    deleted_at: Mapped[datetime | None]
    # The calendar: an event's UID as another calendar gave it (empty: the planner's own,
    # made from the id), SEQUENCE raised whenever time, place or status changes, and when
    # the record last changed (LAST-MODIFIED).
    ical_uid: Mapped[str] = mapped_column(Text, default="", server_default=sql_text("''"))
    ical_sequence: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    changed_at: Mapped[datetime | None]
    partners: Mapped[list[DbPartner]] = relationship(secondary=delegation_partner)
    measures: Mapped[list[DbMeasure]] = relationship(secondary=delegation_measure)
    participations: Mapped[list[DbParticipation]] = relationship(
        back_populates="delegation", cascade="all, delete-orphan", passive_deletes=True
    )
    agenda_items: Mapped[list[DbAgendaItem]] = relationship(
        back_populates="delegation", cascade="all, delete-orphan", passive_deletes=True
    )
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="ends_after_start"),
        # The end date and deletion mark too: a period's visits are found in the index alone.
        Index("ix_delegation_start", "start_date", "end_date", "deleted_at"),
        Index("ix_delegation_sort", "sort_key"),
    )

    def search_parts(self) -> tuple[str | None, ...]:
        return (self.title_uk, self.title_en, self.place, self.purpose)

    def sort_source(self) -> str:
        return self.title_uk

    def expected_search_columns(self) -> dict[str, str]:
        return {**super().expected_search_columns(), "place_key": bounded_sort_key(self.place)}


class DbPerson(Searchable, Base):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = _version()
    family_name: Mapped[str]
    given_names: Mapped[str] = mapped_column(default="")
    family_name_latin: Mapped[str] = mapped_column(default="")
    given_names_latin: Mapped[str] = mapped_column(default="")
    honorific: Mapped[str] = mapped_column(default="")
    position: Mapped[str] = mapped_column(default="")
    position_en: Mapped[str] = mapped_column(default="")
    organisation: Mapped[str] = mapped_column(default="")
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partner.id", ondelete="SET NULL"))
    country: Mapped[str] = mapped_column(String(2), default="")
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    email: Mapped[str] = mapped_column(default="")
    phone: Mapped[str] = mapped_column(default="")
    notes: Mapped[str] = mapped_column(default="")
    dietary_needs: Mapped[str] = mapped_column(default="")
    accessibility_needs: Mapped[str] = mapped_column(default="")
    passport_name: Mapped[str] = mapped_column(default="")
    passport_number: Mapped[str] = mapped_column(default="")
    passport_country: Mapped[str] = mapped_column(String(2), default="")
    passport_expires_on: Mapped[date | None]
    birth_date: Mapped[date | None]
    deleted_at: Mapped[datetime | None]
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (Index("ix_person_sort", "sort_key"),)

    def search_parts(self) -> tuple[str | None, ...]:
        return (self.given_names, self.family_name, self.given_names_latin,
                self.family_name_latin, self.passport_name, self.organisation, self.email)  # fmt: skip

    def sort_source(self) -> str:
        return f"{self.family_name or self.family_name_latin} {self.given_names}"


class DbParticipation(Base):
    __tablename__ = "participation"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = _version()
    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegation.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    role: Mapped[ParticipantRole] = mapped_column(EnumText(ParticipantRole))
    precedence: Mapped[int] = mapped_column(default=0)
    arrival_transport: Mapped[TransportKind | None] = mapped_column(EnumText(TransportKind))
    arrival_number: Mapped[str] = mapped_column(default="")
    arrival_at: Mapped[datetime | None]
    arrival_place: Mapped[str] = mapped_column(default="")
    departure_transport: Mapped[TransportKind | None] = mapped_column(EnumText(TransportKind))
    departure_number: Mapped[str] = mapped_column(default="")
    departure_at: Mapped[datetime | None]
    departure_place: Mapped[str] = mapped_column(default="")
    hotel: Mapped[str] = mapped_column(default="")
    notes: Mapped[str] = mapped_column(default="")
    delegation: Mapped[DbDelegation] = relationship(back_populates="participations")
    person: Mapped[DbPerson] = relationship()
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        UniqueConstraint("delegation_id", "person_id", name="uq_participation_person"),
        Index("ix_participation_person", "person_id"),
    )


class DbVenue(Searchable, Base):
    __tablename__ = "venue"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = _version()
    name: Mapped[str]
    name_en: Mapped[str] = mapped_column(default="")
    address: Mapped[str] = mapped_column(default="")
    city: Mapped[str] = mapped_column(default="")
    contact: Mapped[str] = mapped_column(default="")
    phone: Mapped[str] = mapped_column(default="")
    capacity: Mapped[int | None]
    notes: Mapped[str] = mapped_column(default="")
    deleted_at: Mapped[datetime | None]
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("capacity IS NULL OR capacity > 0", name="capacity_positive"),
    )

    def search_parts(self) -> tuple[str | None, ...]:
        return (self.name, self.name_en, self.address, self.city)

    def sort_source(self) -> str:
        return self.name


agenda_attendee = Table(
    "agenda_attendee",
    Base.metadata,
    Column("agenda_item_id", ForeignKey("agenda_item.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "participation_id", ForeignKey("participation.id", ondelete="CASCADE"), primary_key=True
    ),
    Index("ix_agenda_attendee_participation", "participation_id"),
)


class DbAgendaItem(Base):
    __tablename__ = "agenda_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = _version()
    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegation.id", ondelete="CASCADE"))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    title_uk: Mapped[str]
    title_en: Mapped[str] = mapped_column(default="")
    description: Mapped[str] = mapped_column(default="")
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venue.id", ondelete="RESTRICT"))
    responsible_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL")
    )
    dress_code: Mapped[str] = mapped_column(default="")
    transport: Mapped[str] = mapped_column(default="")
    notes: Mapped[str] = mapped_column(default="")
    status: Mapped[AgendaStatus] = mapped_column(EnumText(AgendaStatus))
    deleted_at: Mapped[datetime | None]
    # The calendar: an event's UID as another calendar gave it (empty: the planner's own,
    # made from the id), SEQUENCE raised whenever time, place or status changes, and when
    # the record last changed (LAST-MODIFIED).
    ical_uid: Mapped[str] = mapped_column(Text, default="", server_default=sql_text("''"))
    ical_sequence: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    changed_at: Mapped[datetime | None]
    delegation: Mapped[DbDelegation] = relationship(back_populates="agenda_items")
    venue: Mapped[DbVenue | None] = relationship()
    attendees: Mapped[list[DbParticipation]] = relationship(secondary=agenda_attendee)
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("ends_at >= starts_at", name="ends_after_start"),
        Index("ix_agenda_item_delegation_start", "delegation_id", "starts_at"),
        Index("ix_agenda_item_start", "starts_at"),
        Index("ix_agenda_item_venue", "venue_id"),
        Index("ix_agenda_item_ical_uid", "ical_uid"),
    )


class DbProgramme(Base):
    __tablename__ = "programme"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = _version()
    title_uk: Mapped[str]
    title_en: Mapped[str] = mapped_column(default="")
    start_year: Mapped[int]
    end_year: Mapped[int]
    sections: Mapped[list[DbProgrammeSection]] = relationship(
        order_by="DbProgrammeSection.position", cascade="all, delete-orphan"
    )
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (CheckConstraint("end_year >= start_year", name="ends_after_start"),)


class DbProgrammeSection(Base):
    __tablename__ = "programme_section"
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"))
    number: Mapped[str] = mapped_column(String(10))
    title_uk: Mapped[str]
    title_en: Mapped[str] = mapped_column(default="")
    position: Mapped[int] = mapped_column(default=0)
    measures: Mapped[list[DbMeasure]] = relationship(
        order_by="DbMeasure.position", cascade="all, delete-orphan"
    )
    __table_args__ = (Index("ix_programme_section_programme", "programme_id"),)


class DbMeasure(Base):
    __tablename__ = "measure"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = _version()
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"))
    section_id: Mapped[int] = mapped_column(ForeignKey("programme_section.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(20))
    title_uk: Mapped[str]
    title_en: Mapped[str] = mapped_column(default="")
    position: Mapped[int] = mapped_column(default=0)
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        UniqueConstraint("programme_id", "code", name="uq_measure_code"),
        Index("ix_measure_section", "section_id"),
    )


class DbChecklistTemplate(Base):
    __tablename__ = "checklist_template"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = _version()
    name_uk: Mapped[str]
    name_en: Mapped[str] = mapped_column(default="")
    visit_kind: Mapped[VisitKind] = mapped_column(EnumText(VisitKind))
    deleted_at: Mapped[datetime | None]
    tasks: Mapped[list[DbTemplateTask]] = relationship(
        order_by="DbTemplateTask.position", cascade="all, delete-orphan"
    )
    __mapper_args__ = {"version_id_col": version}


class DbTemplateTask(Base):
    __tablename__ = "template_task"
    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(
        ForeignKey("checklist_template.id", ondelete="CASCADE")
    )
    position: Mapped[int] = mapped_column(default=0)
    title_uk: Mapped[str]
    title_en: Mapped[str] = mapped_column(default="")
    category: Mapped[TaskCategory] = mapped_column(EnumText(TaskCategory))
    anchor: Mapped[TaskAnchor] = mapped_column(EnumText(TaskAnchor))
    offset_days: Mapped[int]
    default_assignee: Mapped[str] = mapped_column(default="")
    __table_args__ = (Index("ix_template_task_template", "template_id"),)


class DbTask(Base):
    __tablename__ = "task"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = _version()
    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegation.id", ondelete="CASCADE"))
    title_uk: Mapped[str]
    title_en: Mapped[str] = mapped_column(default="")
    category: Mapped[TaskCategory] = mapped_column(EnumText(TaskCategory))
    anchor: Mapped[TaskAnchor | None] = mapped_column(EnumText(TaskAnchor))
    offset_days: Mapped[int | None]
    due_on: Mapped[date]
    assignee: Mapped[str] = mapped_column(default="")
    status: Mapped[TaskStatus] = mapped_column(EnumText(TaskStatus))
    done_on: Mapped[date | None]
    comment: Mapped[str] = mapped_column(default="")
    deleted_at: Mapped[datetime | None]
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("done_on IS NULL OR status = 'done'", name="done_date_only_when_done"),
        Index("ix_task_delegation", "delegation_id"),
        Index("ix_task_due", "status", "due_on"),
        Index("ix_task_done", "status", "done_on"),
    )


class DbGiftItem(Searchable, Base):
    __tablename__ = "gift_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = _version()
    name_uk: Mapped[str]
    name_en: Mapped[str] = mapped_column(default="")
    category: Mapped[str]
    category_en: Mapped[str] = mapped_column(Text, default="", server_default=sql_text("''"))
    unit_cost: Mapped[Decimal]
    supplier: Mapped[str] = mapped_column(default="")
    reorder_level: Mapped[int] = mapped_column(default=0)
    photo_path: Mapped[str] = mapped_column(default="")
    notes: Mapped[str] = mapped_column(default="")
    # The running total of all movements, changed only by a guarded UPDATE in the same
    # transaction as the movement; ``planner check`` proves it equals the sum.
    quantity_on_hand: Mapped[int] = mapped_column(default=0)
    deleted_at: Mapped[datetime | None]
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("quantity_on_hand >= 0", name="stock_not_negative"),
        CheckConstraint("reorder_level >= 0", name="reorder_level_not_negative"),
    )

    def search_parts(self) -> tuple[str | None, ...]:
        return (self.name_uk, self.name_en, self.category, self.category_en, self.supplier)

    def sort_source(self) -> str:
        return self.name_uk


class DbStockMovement(Base):
    __tablename__ = "stock_movement"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("gift_item.id", ondelete="RESTRICT"))
    kind: Mapped[MovementKind] = mapped_column(EnumText(MovementKind))
    on: Mapped[date]
    quantity: Mapped[int]
    unit_cost: Mapped[Decimal | None]
    supplier: Mapped[str] = mapped_column(default="")
    document_number: Mapped[str] = mapped_column(default="")
    measure_id: Mapped[int | None] = mapped_column(ForeignKey("measure.id", ondelete="SET NULL"))
    delegation_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegation.id", ondelete="SET NULL")
    )
    recipient_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL")
    )
    recipient_partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("partner.id", ondelete="SET NULL")
    )
    counted: Mapped[int | None]
    reason: Mapped[str] = mapped_column(default="")
    recorded_at: Mapped[datetime]
    __table_args__ = (
        Index("ix_stock_movement_item_on", "item_id", "on"),
        Index("ix_stock_movement_delegation", "delegation_id"),
        CheckConstraint("counted IS NULL OR counted >= 0", name="counted_not_negative"),
    )


class DbGiftRecord(Base):
    __tablename__ = "gift_record"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = _version()
    direction: Mapped[GiftDirection] = mapped_column(EnumText(GiftDirection))
    on: Mapped[date]
    occasion: Mapped[str] = mapped_column(default="")
    delegation_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegation.id", ondelete="SET NULL")
    )
    giver: Mapped[str] = mapped_column(default="")
    recipient: Mapped[str] = mapped_column(default="")
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partner.id", ondelete="SET NULL"))
    item_id: Mapped[int | None] = mapped_column(ForeignKey("gift_item.id", ondelete="SET NULL"))
    description: Mapped[str]
    value: Mapped[Decimal | None]
    exceeds_limit: Mapped[bool] = mapped_column(Boolean, default=False)
    handed_over: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(default="")
    deleted_at: Mapped[datetime | None]
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (Index("ix_gift_record_on", "on"),)


class DbPlannedGift(Base):
    """A gift planned for one recipient at a visit; handing it out writes its stock movement
    and its register entry (both linked here) in the same transaction."""

    __tablename__ = "planned_gift"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = _version()
    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegation.id", ondelete="CASCADE"))
    item_id: Mapped[int] = mapped_column(ForeignKey("gift_item.id", ondelete="RESTRICT"))
    quantity: Mapped[int]
    on: Mapped[date]
    recipient_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL")
    )
    recipient_partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("partner.id", ondelete="SET NULL")
    )
    occasion: Mapped[str] = mapped_column(default="")
    notes: Mapped[str] = mapped_column(default="")
    movement_id: Mapped[int | None] = mapped_column(
        ForeignKey("stock_movement.id", ondelete="SET NULL")
    )
    gift_record_id: Mapped[int | None] = mapped_column(
        ForeignKey("gift_record.id", ondelete="SET NULL")
    )
    deleted_at: Mapped[datetime | None]
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("quantity > 0", name="planned_quantity_positive"),
        Index("ix_planned_gift_delegation", "delegation_id"),
    )


class DbGiftLimit(Base):
    __tablename__ = "gift_limit"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = _version()
    valid_from: Mapped[date] = mapped_column(unique=True)
    per_gift: Mapped[Decimal]
    per_year_from_one_source: Mapped[Decimal]
    __mapper_args__ = {"version_id_col": version}


activity_measure = Table(
    "activity_measure",
    Base.metadata,
    Column("activity_id", ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True),
    Column("measure_id", ForeignKey("measure.id", ondelete="RESTRICT"), primary_key=True),
    Index("ix_activity_measure_measure", "measure_id"),
)

activity_partner = Table(
    "activity_partner",
    Base.metadata,
    Column("activity_id", ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True),
    Column("partner_id", ForeignKey("partner.id", ondelete="RESTRICT"), primary_key=True),
    Index("ix_activity_partner_partner", "partner_id"),
)


class DbActivity(Base):
    """A programme activity that is not a visit (see ``planner.domain.records.Activity``)."""

    __tablename__ = "activity"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = _version()
    kind: Mapped[ActivityKind] = mapped_column(EnumText(ActivityKind))
    held_on: Mapped[date]
    ends_on: Mapped[date | None]
    text_uk: Mapped[str] = mapped_column(Text)
    text_en: Mapped[str] = mapped_column(Text, default="")
    link: Mapped[str] = mapped_column(default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    deleted_at: Mapped[datetime | None]
    measures: Mapped[list[DbMeasure]] = relationship(secondary=activity_measure)
    partners: Mapped[list[DbPartner]] = relationship(secondary=activity_partner)
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("ends_on IS NULL OR ends_on >= held_on", name="ends_after_start"),
        Index("ix_activity_held_on", "held_on", "deleted_at"),
    )


class DbReportSentence(Base):
    """The officer's own wording of one record's sentence in the annual report (the date before
    it is always the record's own). Exactly one of the three records it belongs to is set."""

    __tablename__ = "report_sentence"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = _version()
    delegation_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegation.id", ondelete="CASCADE"), unique=True
    )
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), unique=True
    )
    movement_id: Mapped[int | None] = mapped_column(
        ForeignKey("stock_movement.id", ondelete="CASCADE"), unique=True
    )
    text_uk: Mapped[str] = mapped_column(Text, default="")
    text_en: Mapped[str] = mapped_column(Text, default="")
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint(
            "(CASE WHEN delegation_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN activity_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN movement_id IS NULL THEN 0 ELSE 1 END) = 1",
            name="one_record",
        ),
    )
