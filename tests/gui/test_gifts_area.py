"""The Gifts area: the catalogue with the stock on a day and its value, low stock marked,
the movements of the item chosen, all figures as the database holds them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from planner.domain.records import GiftItem
from planner.gui.gifts_area import GiftsArea, GiftStockModel
from planner.gui.workbench import Workbench
from planner.services.delegations import list_delegations
from planner.services.gifts import hand_out, list_stock, record_purchase, save_gift_item
from planner.services.partners import list_partners
from tests.gui.helpers import type_text

pytestmark = pytest.mark.gui


@pytest.fixture
def stock(workbench: Workbench) -> dict[str, GiftItem]:
    db = workbench.db
    painting = save_gift_item(db, GiftItem(name_uk="Керамічна картина «Хмельницький»",
                                           name_en="Ceramic painting", category="мистецтво",
                                           unit_cost=Decimal("1850.00"), reorder_level=2))  # fmt: skip
    notebook = save_gift_item(db, GiftItem(name_uk="Блокнот з символікою міста",
                                           category="канцелярія", unit_cost=Decimal("120.50"),
                                           reorder_level=5))  # fmt: skip
    assert painting.id is not None and notebook.id is not None
    record_purchase(db, painting.id, date(2024, 3, 1), 3, Decimal("1850.00"), "ТОВ «Кераміка»",
                    "№ 17")  # fmt: skip
    record_purchase(db, notebook.id, date(2024, 3, 1), 40, Decimal("120.50"))
    prague = next(r for r in list_delegations(db) if r.title_uk.startswith("Делегація"))
    partner = list_partners(db)[0]
    hand_out(db, painting.id, date(2024, 9, 27), 2, delegation_id=prague.id,
             partner_id=partner.id)  # fmt: skip
    return {"painting": painting, "notebook": notebook}


@pytest.fixture
def area(qtbot: QtBot, workbench: Workbench, stock: dict[str, GiftItem]) -> GiftsArea:
    gifts = GiftsArea(workbench, today=date(2024, 10, 1))
    qtbot.addWidget(gifts)
    gifts.show()
    return gifts


def _rows(area: GiftsArea) -> list[list[str]]:
    model = area.stock_model
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]  # fmt: skip


def test_the_stock_on_a_day_with_its_value_as_the_database_holds_it(
    area: GiftsArea, workbench: Workbench, qtmodeltester: object
) -> None:
    qtmodeltester.check(area.stock_model)  # type: ignore[attr-defined]
    rows = {r[0]: r for r in _rows(area)}
    painting = rows["Керамічна картина «Хмельницький»"]
    # Thousands apart by a no-break space: a figure never splits across lines.
    assert painting[2] == "1" and painting[4] == "1\xa0850,00 грн"
    assert rows["Блокнот з символікою міста"][4] == "4\xa0820,00 грн"
    stored = {r.item.name_uk: (r.quantity, r.value) for r in list_stock(workbench.db,
                                                                        date(2024, 10, 1))}  # fmt: skip
    assert stored["Керамічна картина «Хмельницький»"] == (1, Decimal("1850.00"))
    assert area.total.text() == (
        "На 1 жовтня 2024: найменувань — 2, одиниць — 41, вартість 6\xa0670,00 грн; "
        "на рівні дозамовлення або нижче: 1"
    )
    # One painting left, its reorder level 2: marked.
    index = next(area.stock_model.index(r, 2) for r in range(area.stock_model.rowCount())
                 if area.stock_model.index(r, 0).data().startswith("Керамічна"))  # fmt: skip
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None


def test_an_earlier_day_shows_the_stock_of_that_day(area: GiftsArea) -> None:
    area.as_of.setDate(QDate(2024, 9, 1))
    rows = {r[0]: r for r in _rows(area)}
    assert rows["Керамічна картина «Хмельницький»"][2] == "3"


def test_the_movements_of_the_item_chosen_name_the_visit_and_recipient(
    area: GiftsArea, qtmodeltester: object
) -> None:
    row = next(r for r in range(area.stock_model.rowCount())
               if area.stock_model.index(r, 0).data().startswith("Керамічна"))  # fmt: skip
    area.stock.setCurrentIndex(area.stock_model.index(row, 0))
    qtmodeltester.check(area.movement_model)  # type: ignore[attr-defined]
    model = area.movement_model
    cells = [[model.index(r, c).data() for c in range(5)] for r in range(model.rowCount())]
    assert cells[0][:3] == ["01.03.2024", "закупівля", "+3"]
    assert "№ 17" in cells[0][4] and "ТОВ «Кераміка»" in cells[0][4]
    assert cells[1][:3] == ["27.09.2024", "видача", "-2"]
    assert "Прага 6" in cells[1][3]


def test_typing_finds_an_item(area: GiftsArea) -> None:
    type_text(area.search, "блокнот")
    assert [r[0] for r in _rows(area)] == ["Блокнот з символікою міста"]
    assert area.stock_model.rowCount() == 1
    assert isinstance(area.stock_model, GiftStockModel)
