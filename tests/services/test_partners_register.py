"""The partnership registry: a partner's file holds exactly its agreements, visits both ways,
activities, gifts given and received and the people met (deleted ones absent, no personal
data anywhere), the registry's order, the agreements ending soon (its boundaries), and the
PDF read back as text and looked at."""

from __future__ import annotations

import io
import subprocess
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from planner.domain.enums import (
    ActivityKind,
    AgreementStatus,
    AgreementType,
    DelegationStatus,
    Direction,
    GiftDirection,
    PartnerKind,
)
from planner.domain.errors import NotFoundError
from planner.domain.records import Activity, Agreement, GiftRecord
from planner.services import activities, delegations, gifts, partners, people, settings
from planner.services.partners_register import (
    agreements_ending,
    partner_file,
    partners_register,
    partners_register_document,
    write_partners_register,
)
from planner.storage.database import Database
from tests.services import factories

TODAY = date(2026, 12, 2)
PASSPORT = "FX4471920"
PHONE = "+420 602 118 774"
DIET = "без глютену, алергія на горіхи"
HEALTH = "потребує крісла колісного"


@dataclass
class Seeded:
    prague: int
    lublin: int
    deleted_partner: int
    twinning: int
    memorandum: int
    visits: dict[str, int]
    people: dict[str, int]
    activity: int


def _agreement(db: Database, partner_id: int, title: str, **fields: object) -> int:
    values: dict[str, object] = {"kind": AgreementType.MEMORANDUM, **fields}
    saved = partners.save_agreement(db, Agreement(partner_id=partner_id, title=title,
                                                  **values))  # type: ignore[arg-type]  # fmt: skip
    assert saved.id is not None
    return saved.id


@pytest.fixture
def seeded(db: Database) -> Seeded:
    settings.save_settings(db, {settings.COUNCIL_NAME: "Хмельницька міська рада",
                                settings.COUNCIL_NAME_EN: "Khmelnytskyi City Council"},
                           settings.get_settings(db))  # fmt: skip
    prague = factories.partner(db, "Прага 6", name_en="Prague 6", name_native="Praha 6",
                               city="Прага")  # fmt: skip
    lublin = factories.partner(db, "Люблін", name_en="Lublin", country="PL")
    gone = factories.partner(db, "Старе партнерство", country="DE")
    assert prague.id and lublin.id and gone.id
    twinning = _agreement(db, prague.id, "Угода про побратимство з Прагою 6",
                          kind=AgreementType.TWINNING, signed_on=date(2017, 6, 12),
                          areas=("культура", "освіта"), document_reference="№ 17/2017",
                          facilitated_by="Посольство Чехії")  # fmt: skip
    memorandum = _agreement(db, prague.id, "Меморандум про цифрову співпрацю",
                            signed_on=date(2023, 3, 1), valid_until=date(2027, 3, 1))  # fmt: skip
    dropped = _agreement(db, prague.id, "Скасований проєкт угоди", status=AgreementStatus.DRAFT)
    partners.delete_agreement(db, dropped, 1)

    city_day = factories.delegation(db, partner_ids=(prague.id,),
                                    status=DelegationStatus.COMPLETED)  # fmt: skip
    forum = factories.delegation(db, "Форум громад у Празі", (date(2025, 5, 12), date(2025, 5, 14)),
                                 direction=Direction.OUTGOING, country="CZ", place="Прага",
                                 partner_ids=(prague.id,), status=DelegationStatus.COMPLETED)  # fmt: skip
    cancelled = factories.delegation(db, "Скасований візит", (date(2026, 2, 2), date(2026, 2, 3)),
                                     partner_ids=(prague.id, lublin.id),
                                     status=DelegationStatus.CANCELLED)  # fmt: skip
    deleted = factories.delegation(db, "Видалений візит", (date(2026, 4, 1), date(2026, 4, 2)),
                                   partner_ids=(prague.id,))  # fmt: skip
    other = factories.delegation(db, "Візит Любліна", (date(2025, 9, 1), date(2025, 9, 2)),
                                 partner_ids=(lublin.id,), status=DelegationStatus.CONFIRMED)  # fmt: skip
    assert city_day.id and forum.id and cancelled.id and deleted.id and other.id
    delegations.delete_delegation(db, deleted.id, deleted.version)

    mayor = factories.person(db, "Новотний", "Ян", family_name_latin="Novotný",
                             given_names_latin="Jan", position="Староста району",
                             position_en="Mayor of the district", partner_id=prague.id,
                             phone=PHONE, passport_number=PASSPORT, dietary_needs=DIET,
                             accessibility_needs=HEALTH, birth_date=date(1970, 4, 5))  # fmt: skip
    adviser = factories.person(db, "Дворжакова", "Ева", partner_id=prague.id,
                               position="Радниця з міжнародних питань")  # fmt: skip
    ours = factories.person(db, "Коваль", "Ґанна", position="Начальниця відділу")
    gone_person = factories.person(db, "Видалена", "Особа", partner_id=prague.id)
    assert mayor.id and adviser.id and ours.id and gone_person.id
    for visit in (city_day, forum, cancelled):
        factories.participant(db, visit, mayor)
    factories.participant(db, city_day, ours)
    people.delete_person(db, gone_person.id, gone_person.version)

    gifts.save_gift_record(db, GiftRecord(direction=GiftDirection.GIVEN, on=date(2024, 9, 28),
                                          description="Картина з видом Хмельницького",
                                          partner_id=prague.id, delegation_id=city_day.id,
                                          value=Decimal("1200.00")))  # fmt: skip
    gifts.save_gift_record(db, GiftRecord(direction=GiftDirection.RECEIVED, on=date(2025, 5, 13),
                                          description="Богемський кришталевий келих",
                                          person_id=mayor.id, giver="Ян Новотний"))  # fmt: skip
    removed = gifts.save_gift_record(db, GiftRecord(
        direction=GiftDirection.GIVEN, on=date(2025, 5, 13), description="Видалений подарунок",
        partner_id=prague.id))  # fmt: skip
    assert removed.id is not None
    gifts.delete_gift_record(db, removed.id, removed.version)
    gifts.save_gift_record(db, GiftRecord(direction=GiftDirection.GIVEN, on=date(2025, 9, 1),
                                          description="Вишиванка", partner_id=lublin.id))  # fmt: skip

    activity = activities.save_activity(db, Activity(
        kind=ActivityKind.ONLINE_MEETING, held_on=date(2025, 11, 4),
        text_uk="онлайн-зустріч з освітянами Праги 6", partner_ids=(prague.id,)))  # fmt: skip
    hidden = activities.save_activity(db, Activity(
        kind=ActivityKind.PUBLICATION, held_on=date(2025, 12, 1), text_uk="видалена публікація",
        partner_ids=(prague.id,)))  # fmt: skip
    assert activity.id and hidden.id
    activities.delete_activity(db, hidden.id, hidden.version)
    partners.delete_partner(db, gone.id, gone.version)
    return Seeded(
        prague=prague.id, lublin=lublin.id, deleted_partner=gone.id, twinning=twinning,
        memorandum=memorandum,
        visits={"city_day": city_day.id, "forum": forum.id, "cancelled": cancelled.id,
                "deleted": deleted.id, "other": other.id},
        people={"mayor": mayor.id, "adviser": adviser.id, "ours": ours.id,
                "gone": gone_person.id},
        activity=activity.id,
    )  # fmt: skip


def test_the_file_holds_exactly_the_partners_records(db: Database, seeded: Seeded) -> None:
    file = partner_file(db, seeded.prague)
    assert file.partner.name_uk == "Прага 6"
    assert [a.id for a in file.agreements] == [seeded.memorandum, seeded.twinning]
    v = seeded.visits
    assert [x.delegation_id for x in file.visits] == [v["cancelled"], v["forum"], v["city_day"]]
    forum = file.visits[1]
    assert (forum.direction, forum.first, forum.last, forum.status, forum.place) == (
        Direction.OUTGOING, date(2025, 5, 12), date(2025, 5, 14), DelegationStatus.COMPLETED,
        "Прага")  # fmt: skip
    assert [(a.activity_id, a.kind, a.text.uk) for a in file.activities] == [
        (seeded.activity, ActivityKind.ONLINE_MEETING, "онлайн-зустріч з освітянами Праги 6")
    ]
    assert [(g.on, g.direction, g.description, g.person) for g in file.gifts] == [
        (date(2025, 5, 13), GiftDirection.RECEIVED, "Богемський кришталевий келих", "Ян Новотний"),
        (date(2024, 9, 28), GiftDirection.GIVEN, "Картина з видом Хмельницького", ""),
    ]  # fmt: skip
    # Its people, in Ukrainian order; the cancelled visit met nobody; our own officer and the
    # deleted person are not among them.
    assert [(p.person_id, p.name.uk, p.name.en, p.visits, p.last_met) for p in file.people] == [
        (seeded.people["adviser"], "Ева Дворжакова", "", 0, None),
        (seeded.people["mayor"], "Ян Новотний", "Jan Novotný", 2, date(2025, 5, 14)),
    ]  # fmt: skip
    assert file.people[1].position.en == "Mayor of the district"


def test_another_partners_file_holds_only_its_own(db: Database, seeded: Seeded) -> None:
    file = partner_file(db, seeded.lublin)
    assert file.agreements == ()
    assert [x.delegation_id for x in file.visits] == [seeded.visits["cancelled"],
                                                      seeded.visits["other"]]  # fmt: skip
    assert [g.description for g in file.gifts] == ["Вишиванка"]
    assert file.people == () and file.activities == ()


def test_a_deleted_partner_has_no_file(db: Database, seeded: Seeded) -> None:
    with pytest.raises(NotFoundError):
        partner_file(db, seeded.deleted_partner)
    names = [f.partner.name_uk for f in partners_register(db, TODAY).files]
    assert "Старе партнерство" not in names


def test_no_personal_data_in_the_values(db: Database, seeded: Seeded) -> None:
    shown = repr(partners_register(db, TODAY))
    for secret in (PASSPORT, PHONE, DIET, HEALTH, "05.04.1970", "1970-04-05", "1970, 4, 5"):
        assert secret not in shown


def test_the_register_is_ordered_by_country_name_then_name(db: Database) -> None:
    for name, country in (("Штутгарт", "DE"), ("Єдинець", "MD"), ("Ґданськ", "PL"),
                          ("Аахен", "DE"), ("Люблін", "PL"), ("Прага 6", "CZ")):  # fmt: skip
        factories.partner(db, name, country=country)
    files = partners_register(db, TODAY).files
    # Молдова, Німеччина, Польща, Чехія; inside Poland "Ґ" sorts after "Г", before "Л".
    assert [f.partner.name_uk for f in files] == ["Єдинець", "Аахен", "Штутгарт", "Ґданськ",
                                                  "Люблін", "Прага 6"]  # fmt: skip


def _ending(db: Database, partner_id: int, title: str, until: date | None,
            status: AgreementStatus = AgreementStatus.IN_FORCE) -> int:  # fmt: skip
    return _agreement(db, partner_id, title, signed_on=date(2020, 1, 1), valid_until=until,
                      status=status)  # fmt: skip


def test_agreements_ending_within_180_days_and_past_ones(db: Database) -> None:
    partner = factories.partner(db, "Сілістра", country="BG")
    other = factories.partner(db, "Видалений партнер", country="BG")
    assert partner.id and other.id
    today = _ending(db, partner.id, "Закінчується сьогодні", TODAY)
    last_day = _ending(db, partner.id, "День 180", TODAY + timedelta(days=180))
    _ending(db, partner.id, "День 181", TODAY + timedelta(days=181))
    past = _ending(db, partner.id, "Закінчилась 3 дні тому", TODAY - timedelta(days=3))
    _ending(db, partner.id, "Без кінцевої дати", None)
    for status in (AgreementStatus.EXPIRED, AgreementStatus.TERMINATED, AgreementStatus.DRAFT):
        _ending(db, partner.id, f"Стан {status}", TODAY + timedelta(days=10), status)
    deleted = _ending(db, partner.id, "Видалена угода", TODAY + timedelta(days=5))
    partners.delete_agreement(db, deleted, 1)
    _ending(db, other.id, "Угода видаленого партнера", TODAY + timedelta(days=5))
    partners.delete_partner(db, other.id, other.version)

    ending = agreements_ending(db, TODAY)
    assert [(e.agreement.id, e.days_left) for e in ending] == [(past, -3), (today, 0),
                                                               (last_day, 180)]  # fmt: skip
    assert ending[0].partner_name.uk == "Сілістра" and ending[0].country == "BG"
    assert [e.days_left for e in agreements_ending(db, TODAY, within_days=30)] == [-3, 0]


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_the_register_pdf_names_partners_agreements_and_dates(db: Database, seeded: Seeded,
                                                             tmp_path: Path) -> None:  # fmt: skip
    target = write_partners_register(db, tmp_path / "partners.pdf")
    data = target.read_bytes()
    shown = " ".join(_pdf_text(data).split())
    assert "Хмельницька міська рада" in shown
    assert "Реєстр партнерів та угод про співпрацю станом на" in shown
    for expected in ("Прага 6", "Praha 6", "Люблін", "Угода про побратимство з Прагою 6",
                     "Меморандум про цифрову співпрацю", "12.06.2017", "01.03.2027",
                     "№ 17/2017", "Посольство Чехії", "Форум громад у Празі",
                     "12.05.2025–14.05.2025", "Богемський кришталевий келих", "Ян Новотний",
                     "Староста району", "Чехія", "Польща", "онлайн-зустріч з освітянами"):  # fmt: skip
        assert expected in shown, expected
    for absent in ("Скасований проєкт угоди", "Видалений візит", "Видалений подарунок",
                   "Старе партнерство", "видалена публікація", "Видалена Особа",
                   PASSPORT, PHONE, DIET, HEALTH, "05.04.1970"):  # fmt: skip
        assert absent not in shown, absent
    assert data == partners_register_document(db, "uk", on=None)  # deterministic


def test_one_partners_file_in_english(db: Database, seeded: Seeded) -> None:
    data = partners_register_document(db, "en", seeded.prague)
    shown = " ".join(_pdf_text(data).split())
    assert "Partner file as of" in shown
    assert "Prague 6" in shown and "Jan Novotný" in shown and "Mayor of the district" in shown
    assert "Lublin" not in shown
    assert PdfReader(io.BytesIO(data)).metadata.title == "Partner file: Prague 6"


def test_a_long_history_lists_the_last_ten_visits(db: Database, tmp_path: Path) -> None:
    partner = factories.partner(db, "Сілістра", name_en="Silistra", country="BG",
                                kind=PartnerKind.CITY)  # fmt: skip
    assert partner.id is not None
    for n in range(13):
        start = date(2014 + n, 6, 10)
        factories.delegation(db, f"Візит делегації Сілістри № {n + 1}", (start, start),
                             partner_ids=(partner.id,), status=DelegationStatus.COMPLETED)  # fmt: skip
    data = partners_register_document(db, "uk", partner.id)
    shown = " ".join(_pdf_text(data).split())
    assert "№ 13" in shown and "№ 4" in shown and "№ 3 " not in shown
    assert "і ще 3 раніше" in shown
    (tmp_path / "one.pdf").write_bytes(data)
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(tmp_path / "one.pdf"),
                    str(tmp_path / "page")], check=True)  # fmt: skip
    assert list(tmp_path.glob("page*.png"))


def test_partner_with_nothing_yet(db: Database) -> None:
    partner = factories.partner(db, "Фонд Роберта Боша", kind=PartnerKind.NGO, country="DE")
    assert partner.id is not None
    shown = " ".join(_pdf_text(partners_register_document(db, "uk", partner.id)).split())
    assert "Угод не записано." in shown and "Візитів не записано." in shown
    assert "Подарунків не записано." in shown and "Осіб не записано." in shown


def test_an_empty_registry(db: Database) -> None:
    shown = _pdf_text(partners_register_document(db, "uk", on=TODAY))
    assert "Партнерів не записано." in shown
    assert "02.12.2026" in shown
    assert partners_register(db, TODAY).files == ()
