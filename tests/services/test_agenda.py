"""The visit programme: agenda items inside the visit, in the visit's own time zone."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from planner.domain.enums import AgendaStatus
from planner.domain.errors import NotFoundError, StaleEditError, ValidationError
from planner.domain.records import AgendaItem, Delegation
from planner.services import agenda, delegations, people, venues
from planner.storage.database import Database
from tests.services import factories as make
from tests.storage.snapshots import nothing_written


@pytest.fixture
def visit(db: Database) -> Delegation:
    return make.delegation(db)


def draft(visit: Delegation, day: date, hour: int, **fields: object) -> AgendaItem:
    starts_at = make.moment(day, hour, zone=visit.timezone)
    values: dict[str, object] = {"title_uk": "Екскурсія містом", **fields}
    return AgendaItem(delegation_id=visit.id, starts_at=starts_at,
                      ends_at=starts_at + timedelta(hours=2), **values)  # fmt: skip


def test_an_agenda_item_is_saved_with_venue_responsible_person_and_attendees(
    db: Database, visit: Delegation
) -> None:
    hall = make.venue(db)
    guest, host = make.person(db, "Новак", "Ян"), make.person(db, "Коваль", "Ґанна")
    make.participant(db, visit, guest)
    saved = agenda.save_agenda_item(db, draft(
        visit, visit.start_date, 10, venue_id=hall.id, responsible_person_id=host.id,
        attendee_person_ids=(guest.id,), dress_code="діловий",
    ))  # fmt: skip
    assert saved.id is not None and saved.version == 1
    assert agenda.get_agenda_item(db, saved.id) == saved
    assert saved.attendee_person_ids == (guest.id,)
    (row,) = agenda.list_agenda(db, visit.id)
    assert (row.title_uk, row.venue_name, row.delegation_title) == (
        "Екскурсія містом", "Сесійна зала", visit.title_uk,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("day", "hour"),
    [(date(2024, 9, 26), 10), (date(2024, 9, 29), 23), (date(2024, 9, 30), 9)],
    ids=["the day before", "into the night after", "the day after"],
)
def test_an_item_outside_the_visit_is_refused(
    db: Database, visit: Delegation, day: date, hour: int
) -> None:
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        agenda.save_agenda_item(db, draft(visit, day, hour))
    assert [(p.field, p.code) for p in caught.value.problems] == [
        ("starts_at", "outside_delegation")
    ]
    assert "2024-09-27 – 2024-09-29" in caught.value.message("en")


def test_moving_an_item_outside_the_visit_leaves_it_where_it_was(
    db: Database, visit: Delegation
) -> None:
    saved = agenda.save_agenda_item(db, draft(visit, date(2024, 9, 28), 10))
    later = saved.starts_at + timedelta(days=5)
    with nothing_written(db), pytest.raises(ValidationError):
        agenda.save_agenda_item(db, replace(saved, starts_at=later, ends_at=later))
    assert agenda.get_agenda_item(db, saved.id) == saved


def test_naive_or_backwards_times_are_refused(db: Database, visit: Delegation) -> None:
    naive = datetime(2024, 9, 28, 10, 0)
    good = draft(visit, date(2024, 9, 28), 10)
    with nothing_written(db):
        with pytest.raises(ValidationError) as caught:
            agenda.save_agenda_item(db, replace(good, starts_at=naive, ends_at=naive))
        assert caught.value.fields() == {"starts_at", "ends_at"}
        with pytest.raises(ValidationError) as caught:
            agenda.save_agenda_item(db, replace(good, ends_at=good.starts_at - timedelta(hours=1)))
        assert caught.value.fields() == {"ends_at"}


def test_an_attendee_who_is_not_a_participant_is_refused(db: Database, visit: Delegation) -> None:
    member, outsider = make.person(db, "Новак", "Ян"), make.person(db, "Сторонній", "Петро")
    make.participant(db, visit, member)
    # A participant of another delegation is an outsider here too.
    make.participant(db, make.delegation(db, "Інший візит"), outsider)
    with nothing_written(db), pytest.raises(ValidationError) as caught:
        agenda.save_agenda_item(db, draft(visit, date(2024, 9, 28), 10,
                                          attendee_person_ids=(member.id, outsider.id)))  # fmt: skip
    ((field, code, value),) = [(p.field, p.code, p.params["value"]) for p in caught.value.problems]
    assert (field, code, value) == ("attendees", "not_a_participant", outsider.id)


def test_a_deleted_venue_or_person_is_not_found(db: Database, visit: Delegation) -> None:
    hall, host = make.venue(db), make.person(db)
    venues.delete_venue(db, hall.id, hall.version)
    people.delete_person(db, host.id, host.version)
    with nothing_written(db):
        with pytest.raises(NotFoundError) as caught:
            agenda.save_agenda_item(db, draft(visit, date(2024, 9, 28), 10, venue_id=hall.id))
        assert caught.value.params["record"] == "venue"
        with pytest.raises(NotFoundError) as caught:
            agenda.save_agenda_item(db, draft(visit, date(2024, 9, 28), 10,
                                              responsible_person_id=host.id))  # fmt: skip
        assert caught.value.params["record"] == "person"


def test_an_item_of_a_deleted_delegation_is_not_found(db: Database, visit: Delegation) -> None:
    delegations.delete_delegation(db, visit.id, visit.version)
    with nothing_written(db), pytest.raises(NotFoundError):
        agenda.save_agenda_item(db, draft(visit, date(2024, 9, 28), 10))


def test_deleting_restoring_and_stale_edits(db: Database, visit: Delegation) -> None:
    saved = agenda.save_agenda_item(db, draft(visit, date(2024, 9, 28), 10))
    confirmed = agenda.save_agenda_item(db, replace(saved, status=AgendaStatus.CONFIRMED))
    with nothing_written(db), pytest.raises(StaleEditError):
        agenda.save_agenda_item(db, replace(saved, title_uk="Застаріла зміна"))
    agenda.delete_agenda_item(db, confirmed.id, confirmed.version)
    assert agenda.list_agenda(db, visit.id) == []
    with pytest.raises(NotFoundError):
        agenda.get_agenda_item(db, saved.id)
    assert agenda.restore_agenda_item(db, saved.id).status is AgendaStatus.CONFIRMED
    assert len(agenda.list_agenda(db, visit.id)) == 1


# A visit abroad: Taipei, UTC+8


def test_a_taipei_programme_is_listed_in_taipei_time(db: Database) -> None:
    summit = make.taipei_summit(db)
    registration = make.agenda_item(db, summit, date(2024, 3, 18), 1, title_uk="Реєстрація")
    make.agenda_item(db, summit, date(2024, 3, 22), 22, title_uk="Прощальна вечеря")

    first, last = agenda.list_agenda(db, summit.id)

    assert registration.starts_at.astimezone(UTC).date() == date(2024, 3, 17)
    assert (first.title_uk, first.starts_at.date(), first.starts_at.hour) == (
        "Реєстрація", date(2024, 3, 18), 1,
    )  # fmt: skip
    assert str(first.starts_at.tzinfo) == "Asia/Taipei"
    assert first.starts_at == registration.starts_at
    assert (last.starts_at.date(), last.starts_at.hour, last.ends_at.hour) == (
        date(2024, 3, 22), 22, 23,
    )  # fmt: skip


def test_a_window_of_days_is_cut_on_the_visits_own_dates(db: Database) -> None:
    summit = make.taipei_summit(db)
    home = make.delegation(db, "Делегація Праги 6", (date(2024, 3, 17), date(2024, 3, 19)))
    make.agenda_item(db, summit, date(2024, 3, 18), 1, title_uk="Тайбей, 18-го о 01:00")
    make.agenda_item(db, summit, date(2024, 3, 19), 23, title_uk="Тайбей, 19-го о 23:00")
    make.agenda_item(db, home, date(2024, 3, 17), 22, title_uk="Київський час, 17-го о 22:00")
    make.agenda_item(db, home, date(2024, 3, 19), 9, title_uk="Київський час, 19-го о 09:00")

    def window(first: date | None, last: date | None) -> list[str]:
        return [row.title_uk for row in agenda.list_agenda(db, first=first, last=last)]

    # 01:00 on the 18th in Taipei is 19:00 on the 17th in Kyiv; it still belongs to the 18th.
    assert window(date(2024, 3, 18), date(2024, 3, 18)) == ["Тайбей, 18-го о 01:00"]
    assert window(date(2024, 3, 17), date(2024, 3, 17)) == ["Київський час, 17-го о 22:00"]
    assert window(date(2024, 3, 19), None) == ["Київський час, 19-го о 09:00",
                                               "Тайбей, 19-го о 23:00"]  # fmt: skip
    assert window(None, date(2024, 3, 18)) == ["Тайбей, 18-го о 01:00",
                                               "Київський час, 17-го о 22:00"]  # fmt: skip
    assert len(window(None, None)) == 4


def test_a_stale_save_that_only_changes_attendees_is_refused(
    db: Database, visit: Delegation
) -> None:
    guest, host = make.person(db, "Новак", "Ян"), make.person(db, "Коваль", "Ґанна")
    make.participant(db, visit, guest)
    make.participant(db, visit, host)
    read_by_both = agenda.save_agenda_item(db, draft(visit, visit.start_date, 10))
    agenda.save_agenda_item(db, replace(read_by_both, attendee_person_ids=(guest.id,)))
    with nothing_written(db), pytest.raises(StaleEditError):
        agenda.save_agenda_item(db, replace(read_by_both, attendee_person_ids=(host.id,)))
    assert agenda.get_agenda_item(db, read_by_both.id).attendee_person_ids == (guest.id,)


def test_an_item_that_ends_at_midnight_stays_on_its_own_day(db: Database) -> None:
    visit = make.delegation(db, "Делегація Праги 6", (date(2024, 9, 27), date(2024, 9, 29)))
    evening = make.moment(date(2024, 9, 27), 21, zone=visit.timezone)
    agenda.save_agenda_item(db, AgendaItem(
        delegation_id=visit.id, title_uk="Вечеря", starts_at=evening,
        ends_at=evening + timedelta(hours=3),
    ))  # fmt: skip
    assert [r.title_uk for r in agenda.list_agenda(db, first=date(2024, 9, 27),
                                                   last=date(2024, 9, 27))] == ["Вечеря"]  # fmt: skip
    assert agenda.list_agenda(db, first=date(2024, 9, 28), last=date(2024, 9, 28)) == []


def test_items_of_a_deleted_delegation_leave_the_agenda(db: Database, visit: Delegation) -> None:
    make.agenda_item(db, visit, date(2024, 9, 28))
    delegations.delete_delegation(db, visit.id, visit.version)
    assert agenda.list_agenda(db) == []
