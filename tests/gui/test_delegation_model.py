"""The delegation list model on its own: pages fetched as the view scrolls, Qt's model rules."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from planner.domain.records import DelegationFilter
from planner.gui.delegation_model import DATES, TITLE, DelegationTableModel
from planner.services.delegations import count_delegations, list_delegations
from planner.services.workspace import Database
from tests.gui.helpers import VISITS

pytestmark = pytest.mark.gui


def paged_model(db: Database, calls: list[DelegationFilter]) -> DelegationTableModel:
    def load(wanted: DelegationFilter) -> list:  # type: ignore[type-arg]
        calls.append(wanted)
        return list_delegations(db, wanted)

    return DelegationTableModel(load, lambda f: count_delegations(db, f), "uk", page_size=2)


def test_rows_arrive_a_page_at_a_time(visits_db: Database, qtbot: QtBot) -> None:
    calls: list[DelegationFilter] = []
    model = paged_model(visits_db, calls)
    assert model.rowCount() == 2 and model.canFetchMore(QModelIndex())
    with qtbot.waitSignal(model.total_known) as counted:  # counted once the rows are shown
        pass
    assert counted.args == [len(VISITS)] and model.total == len(VISITS)
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == len(VISITS) and not model.canFetchMore(QModelIndex())
    assert [(c.limit, c.offset) for c in calls] == [(2, 0), (2, 2), (2, 4)]
    titles = [model.index(row, TITLE).data() for row in range(model.rowCount())]
    assert titles == [v[0] for v in sorted(VISITS, key=lambda v: v[3])]


def test_only_the_text_typed_last_is_counted(visits_db: Database, qtbot: QtBot) -> None:
    counted: list[str] = []

    def count(wanted: DelegationFilter) -> int:
        counted.append(wanted.text)
        return count_delegations(visits_db, wanted)

    model = DelegationTableModel(lambda f: list_delegations(visits_db, f), count, "uk",
                                 page_size=1)  # fmt: skip
    for text in ("д", "де", "дел"):
        model.set_filter_text(text)
    qtbot.waitUntil(lambda: model.total is not None)
    assert counted == ["дел"] and model.total == 1


def test_a_new_filter_or_sort_starts_again_from_the_first_page(visits_db: Database) -> None:
    calls: list[DelegationFilter] = []
    model = paged_model(visits_db, calls)
    model.fetchMore(QModelIndex())
    model.set_filter_text("ї")
    assert (model.rowCount(), model.total) == (1, 1)  # one row, fewer than a page: known
    model.set_filter_text("")
    model.sort(DATES, Qt.SortOrder.DescendingOrder)
    assert calls[-1].offset == 0 and calls[-1].descending
    assert model.index(0, DATES).data() == "01.10.2024"


def test_the_paged_model_keeps_qts_rules(visits_db: Database, qtmodeltester: object) -> None:
    model = paged_model(visits_db, [])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.fetchMore(QModelIndex())
    qtmodeltester.check(model)  # type: ignore[attr-defined]
