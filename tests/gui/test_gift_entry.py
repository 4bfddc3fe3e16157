"""Entering the gift stock's changes in the Gifts area as the officer does: a new catalogue item
(both names, a known category filling its English name, a sum typed the Ukrainian way), a
purchase with its invoice and the programme measure 2.2, a write-off with its reason, a
stock-take with the books' figure and the difference shown as the count is typed, and taking
an item out of the catalogue; every change undone and redone whole, every refusal shown beside
its field with nothing written. What is checked is what the database holds."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QSpinBox
from pytestqt.qtbot import QtBot

from planner.domain.enums import MovementKind
from planner.domain.records import GiftItem
from planner.gui.gift_dialogs import GiftItemDialog, MovementDialog
from planner.gui.gifts_area import GiftsArea
from planner.gui.workbench import Workbench
from planner.services import gifts
from planner.services.workspace import Database
from tests.gui.helpers import answer_next_box, type_text
from tests.services.factories import measure_id, stock_of

pytestmark = pytest.mark.gui

TODAY = date(2024, 10, 1)
PAINTING = "Керамічна картина «Хмельницький»"
NOTEBOOK = "Блокнот з символікою міста"
MUG = "Чашка з гербом"


@pytest.fixture
def catalogue(visits_db: Database) -> dict[str, GiftItem]:
    """A painting (3 bought in March), a notebook (40) and a mug never bought."""
    painting = gifts.save_gift_item(visits_db, GiftItem(
        name_uk=PAINTING, name_en="Ceramic painting", category="мистецтво", category_en="art",
        unit_cost=Decimal("1850.00"), reorder_level=2,
    ))  # fmt: skip
    notebook = gifts.save_gift_item(visits_db, GiftItem(
        name_uk=NOTEBOOK, category="канцелярія", category_en="stationery",
        unit_cost=Decimal("120.50"), reorder_level=5,
    ))  # fmt: skip
    mug = gifts.save_gift_item(visits_db, GiftItem(name_uk=MUG, category="посуд",
                                                   unit_cost=Decimal("210.00")))  # fmt: skip
    assert painting.id and notebook.id
    gifts.record_purchase(visits_db, painting.id, date(2024, 3, 1), 3, Decimal("1850.00"))
    gifts.record_purchase(visits_db, notebook.id, date(2024, 3, 1), 40, Decimal("120.50"))
    return {"painting": painting, "notebook": notebook, "mug": mug}


@pytest.fixture
def area(qtbot: QtBot, workbench: Workbench, catalogue: dict[str, GiftItem]) -> GiftsArea:
    shown = GiftsArea(workbench, today=TODAY)
    qtbot.addWidget(shown)
    shown.resize(1100, 700)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def answer_boxes(answers: Sequence[QMessageBox.StandardButton], seen: list[str]) -> None:
    """Answer the next message boxes in turn, each with its button; their texts go into
    ``seen``. A box still open after the last answer is left to the suite's watchdog."""
    pending = list(answers)
    answered: list[QMessageBox] = []
    tries = [0]

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box in answered or not box.isVisible():
            tries[0] += 1
            if tries[0] < 500:
                QTimer.singleShot(10, press)
            return
        answered.append(box)
        seen.append(box.text())
        box.button(pending.pop(0)).click()
        if pending:
            tries[0] = 0
            QTimer.singleShot(10, press)

    QTimer.singleShot(0, press)


def save_button(dialog: QDialog) -> QDialogButtonBox:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return box.button(QDialogButtonBox.StandardButton.Save)


def press_save(qtbot: QtBot, dialog: QDialog) -> None:
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)


def set_number(qtbot: QtBot, box: QSpinBox, number: int) -> None:
    """Select what the spin box shows and type the number over it."""
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, str(number))
    assert box.value() == number


def shown_names(area: GiftsArea) -> list[str]:
    model = area.stock_model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def click_item(qtbot: QtBot, area: GiftsArea, name: str) -> None:
    """Click the item's row (``name`` as the table shows it)."""
    row = shown_names(area).index(name)
    rect = area.stock.visualRect(area.stock_model.index(row, 0))
    qtbot.mouseClick(area.stock.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert area.chosen_stock() is area.stock_model.row(row)


def stored(db: Database, name: str) -> GiftItem | None:
    return next((r.item for r in gifts.list_stock(db) if r.item.name_uk == name), None)


def open_movement(qtbot: QtBot, area: GiftsArea, name: str, kind: MovementKind) -> MovementDialog:
    click_item(qtbot, area, name)
    button = {MovementKind.PURCHASE: area.purchase_button,
              MovementKind.WRITE_OFF: area.write_off_button,
              MovementKind.STOCK_TAKE: area.stock_take_button}[kind]  # fmt: skip
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = area.dialog
    assert isinstance(dialog, MovementDialog) and dialog.isVisible() and dialog.kind is kind
    qtbot.addWidget(dialog)
    return dialog


# A new item


def test_a_new_item_is_saved_with_both_names_a_known_category_and_a_ukrainian_sum(
    qtbot: QtBot, area: GiftsArea, workbench: Workbench, visits_db: Database
) -> None:
    qtbot.mouseClick(area.new_item_button, Qt.MouseButton.LeftButton)
    dialog = area.dialog
    assert isinstance(dialog, GiftItemDialog) and dialog.isVisible()
    qtbot.addWidget(dialog)
    type_text(dialog.name_uk, "Вишиванка-сувенір")
    type_text(dialog.name_en, "Souvenir embroidered shirt")
    dialog.category.setFocus()
    type_text(dialog.category.lineEdit(), "мистецтво")
    assert dialog.category.currentText() == "мистецтво"
    assert dialog.category_en.text() == "art"  # the known category's English name
    type_text(dialog.unit_cost, "1 234,50")
    type_text(dialog.supplier, "ФОП Мельник")
    set_number(qtbot, dialog.reorder_level, 4)
    press_save(qtbot, dialog)

    assert not dialog.isVisible()
    item = stored(visits_db, "Вишиванка-сувенір")
    assert item is not None
    assert (item.name_en, item.category, item.category_en) == (
        "Souvenir embroidered shirt", "мистецтво", "art",
    )  # fmt: skip
    assert item.unit_cost == Decimal("1234.50")
    assert (item.supplier, item.reorder_level) == ("ФОП Мельник", 4)
    assert "Вишиванка-сувенір" in shown_names(area)
    assert area.chosen_item() == item.id  # the new item is the one chosen

    workbench.edits.stack.undo()
    assert stored(visits_db, "Вишиванка-сувенір") is None
    assert "Вишиванка-сувенір" not in shown_names(area)
    workbench.edits.stack.redo()
    again = stored(visits_db, "Вишиванка-сувенір")
    assert again is not None and again.id == item.id and again.unit_cost == Decimal("1234.50")
    assert "Вишиванка-сувенір" in shown_names(area)


def test_the_english_category_filled_for_a_known_one_goes_when_another_is_typed(
    qtbot: QtBot, area: GiftsArea, visits_db: Database
) -> None:
    qtbot.mouseClick(area.new_item_button, Qt.MouseButton.LeftButton)
    dialog = area.dialog
    assert isinstance(dialog, GiftItemDialog)
    qtbot.addWidget(dialog)
    type_text(dialog.name_uk, "Тарілка розписна")
    type_text(dialog.category.lineEdit(), "посуд")
    assert dialog.category_en.text() == ""  # «посуд» has no English name yet
    dialog.category.lineEdit().clear()
    type_text(dialog.category.lineEdit(), "мистецтво")
    assert dialog.category_en.text() == "art"
    type_text(dialog.category.lineEdit(), " народне")  # a category of its own
    assert dialog.category.currentText() == "мистецтво народне"
    assert dialog.category_en.text() == ""  # not the English of «мистецтво»
    type_text(dialog.category_en, "folk art")
    type_text(dialog.category.lineEdit(), "е")
    assert dialog.category_en.text() == "folk art"  # typed by the officer: kept
    press_save(qtbot, dialog)
    item = stored(visits_db, "Тарілка розписна")
    assert item is not None
    assert (item.category, item.category_en) == ("мистецтво народнее", "folk art")


def test_a_new_item_without_a_name_is_refused_beside_the_name(
    qtbot: QtBot, area: GiftsArea, visits_db: Database
) -> None:
    before = gifts.list_stock(visits_db)
    qtbot.keyClick(area.stock, Qt.Key.Key_Insert)
    dialog = area.dialog
    assert isinstance(dialog, GiftItemDialog) and dialog.isVisible()
    qtbot.addWidget(dialog)
    type_text(dialog.category.lineEdit(), "посуд")
    type_text(dialog.unit_cost, "99,90")
    press_save(qtbot, dialog)

    assert dialog.isVisible()
    assert "не може бути порожнім" in dialog.form.problem_text("name_uk")
    assert gifts.list_stock(visits_db) == before


# "1,234" and "1.234,50" would otherwise be read as 1,23: a thousand times too little.
@pytest.mark.parametrize("typed", ["12,3,4", "abc", "1,234", "1.234,50", "1e5"])
def test_a_sum_that_is_not_money_is_refused_beside_the_cost(
    qtbot: QtBot, area: GiftsArea, workbench: Workbench, visits_db: Database, typed: str
) -> None:
    before = gifts.list_stock(visits_db)
    qtbot.mouseClick(area.new_item_button, Qt.MouseButton.LeftButton)
    dialog = area.dialog
    assert isinstance(dialog, GiftItemDialog)
    qtbot.addWidget(dialog)
    type_text(dialog.name_uk, "Магніт")
    type_text(dialog.category.lineEdit(), "сувеніри")
    type_text(dialog.unit_cost, typed)
    press_save(qtbot, dialog)

    assert dialog.isVisible()
    assert f"«{typed}» не є сумою" in dialog.form.problem_text("unit_cost")
    assert gifts.list_stock(visits_db) == before
    assert workbench.edits.stack.count() == 0


def test_an_item_is_changed_with_enter_and_the_change_undone(
    qtbot: QtBot, area: GiftsArea, workbench: Workbench, visits_db: Database,
    catalogue: dict[str, GiftItem],
) -> None:  # fmt: skip
    click_item(qtbot, area, NOTEBOOK)
    qtbot.keyClick(area.stock, Qt.Key.Key_Return)
    dialog = area.dialog
    assert isinstance(dialog, GiftItemDialog) and dialog.name_uk.text() == NOTEBOOK
    qtbot.addWidget(dialog)
    assert dialog.unit_cost.text() == "120,50"
    dialog.unit_cost.selectAll()
    type_text(dialog.unit_cost, "135")
    press_save(qtbot, dialog)
    assert stored(visits_db, NOTEBOOK).unit_cost == Decimal("135.00")  # type: ignore[union-attr]
    workbench.edits.stack.undo()
    assert stored(visits_db, NOTEBOOK).unit_cost == Decimal("120.50")  # type: ignore[union-attr]


# A purchase


def test_a_purchase_raises_the_stock_with_its_invoice_and_measure_2_2_and_is_undone(
    qtbot: QtBot, area: GiftsArea, workbench: Workbench, visits_db: Database,
    catalogue: dict[str, GiftItem],
) -> None:  # fmt: skip
    painting = catalogue["painting"]
    day = date(2024, 9, 2)
    before = stock_of(visits_db, painting, day), stock_of(visits_db, painting)
    dialog = open_movement(qtbot, area, PAINTING, MovementKind.PURCHASE)
    assert dialog.measure.currentText().startswith("2.2 ")
    assert dialog.measure.currentData() == measure_id(visits_db, "2.2")
    assert dialog.unit_cost.text() == "1\xa0850,00"  # the catalogue's cost
    dialog.on.setDate(QDate(day.year, day.month, day.day))
    set_number(qtbot, dialog.quantity, 10)
    type_text(dialog.supplier, "ТОВ «Кераміка Поділля»")
    type_text(dialog.document_number, "ВН-014/24")
    press_save(qtbot, dialog)

    assert not dialog.isVisible()
    assert stock_of(visits_db, painting, day) == before[0] + 10
    assert stock_of(visits_db, painting) == before[1] + 10
    movement = gifts.list_movements(visits_db, painting.id)[-1]
    assert (movement.kind, movement.on, movement.quantity) == (MovementKind.PURCHASE, day, 10)
    assert (movement.supplier, movement.document_number) == ("ТОВ «Кераміка Поділля»",
                                                             "ВН-014/24")  # fmt: skip
    assert movement.measure_id == measure_id(visits_db, "2.2")
    assert movement.unit_cost == Decimal("1850.00")
    assert area.stock_model.index(shown_names(area).index(PAINTING), 2).data() == "13"

    workbench.edits.stack.undo()
    assert (stock_of(visits_db, painting, day), stock_of(visits_db, painting)) == before
    assert all(m.document_number != "ВН-014/24" for m in gifts.list_movements(visits_db))
    workbench.edits.stack.redo()
    assert stock_of(visits_db, painting, day) == before[0] + 10
    (again,) = [m for m in gifts.list_movements(visits_db) if m.document_number == "ВН-014/24"]
    assert again.measure_id == measure_id(visits_db, "2.2") and again.quantity == 10


def test_ctrl_b_opens_the_purchase_of_the_item_chosen(
    qtbot: QtBot, area: GiftsArea, visits_db: Database
) -> None:
    click_item(qtbot, area, NOTEBOOK)
    area.stock.setFocus()
    qtbot.keyClick(area.stock, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dialog = area.dialog
    assert isinstance(dialog, MovementDialog) and dialog.kind is MovementKind.PURCHASE
    qtbot.addWidget(dialog)
    assert dialog.item.name_uk == NOTEBOOK
    assert dialog.on.date() == QDate(2024, 10, 1)  # the day the area shows the stock on


def test_a_purchase_dated_into_another_year_lists_that_years_programme_measures(
    qtbot: QtBot, area: GiftsArea, visits_db: Database, catalogue: dict[str, GiftItem]
) -> None:
    """The default programme runs 2021-2025: an invoice of December 2025 entered in January
    2026 gets measure 2.2 once its date is typed, without closing the dialog."""
    area.as_of.setDate(QDate(2026, 1, 15))
    dialog = open_movement(qtbot, area, NOTEBOOK, MovementKind.PURCHASE)
    assert dialog.measure.count() == 1 and dialog.measure.currentData() is None  # none in 2026
    dialog.on.setDate(QDate(2025, 12, 20))
    assert dialog.measure.currentData() == measure_id(visits_db, "2.2")
    dialog.measure.setCurrentIndex(dialog.measure.findData(measure_id(visits_db, "2.1")))
    dialog.on.setDate(QDate(2025, 12, 22))  # the same year: the choice stays
    assert dialog.measure.currentData() == measure_id(visits_db, "2.1")
    set_number(qtbot, dialog.quantity, 5)
    press_save(qtbot, dialog)

    assert not dialog.isVisible()
    movement = gifts.list_movements(visits_db, catalogue["notebook"].id)[-1]
    assert (movement.on, movement.quantity) == (date(2025, 12, 22), 5)
    assert movement.measure_id == measure_id(visits_db, "2.1")


def test_undoing_a_purchase_whose_items_were_handed_out_since_is_refused(
    qtbot: QtBot, area: GiftsArea, workbench: Workbench, visits_db: Database,
    catalogue: dict[str, GiftItem],
) -> None:  # fmt: skip
    painting = catalogue["painting"]
    assert painting.id
    dialog = open_movement(qtbot, area, PAINTING, MovementKind.PURCHASE)
    set_number(qtbot, dialog.quantity, 10)
    press_save(qtbot, dialog)
    assert stock_of(visits_db, painting) == 13
    # Another officer gives 12 of the 13 to the city museum meanwhile.
    gifts.write_off(visits_db, painting.id, TODAY, 12, "передано до музею, акт № 9")
    movements = gifts.list_movements(visits_db)

    seen: list[str] = []
    answer_next_box(QMessageBox.StandardButton.Ok, seen)
    workbench.edits.stack.undo()
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert "Недостатньо на складі" in seen[0]
    assert gifts.list_movements(visits_db) == movements
    assert stock_of(visits_db, painting) == 1
    assert workbench.edits.stack.count() == 0  # the history no longer matched: cleared


def test_a_purchase_with_the_date_cleared_is_refused_beside_the_date(
    qtbot: QtBot, area: GiftsArea, workbench: Workbench, visits_db: Database
) -> None:
    before = gifts.list_movements(visits_db)
    dialog = open_movement(qtbot, area, NOTEBOOK, MovementKind.PURCHASE)
    dialog.on.setFocus()
    dialog.on.lineEdit().selectAll()
    qtbot.keyClick(dialog.on, Qt.Key.Key_Delete)
    assert dialog.on.text().strip() == ""
    set_number(qtbot, dialog.quantity, 10)
    press_save(qtbot, dialog)

    assert dialog.isVisible()
    assert "не може бути порожнім" in dialog.form.problem_text("on")
    assert gifts.list_movements(visits_db) == before
    assert workbench.edits.stack.count() == 0


def test_a_purchase_of_nothing_is_refused_beside_the_quantity(
    qtbot: QtBot, area: GiftsArea, workbench: Workbench, visits_db: Database
) -> None:
    before = gifts.list_movements(visits_db)
    dialog = open_movement(qtbot, area, NOTEBOOK, MovementKind.PURCHASE)
    set_number(qtbot, dialog.quantity, 0)
    press_save(qtbot, dialog)

    assert dialog.isVisible()
    assert "більше нуля" in dialog.form.problem_text("quantity")
    assert gifts.list_movements(visits_db) == before
    assert workbench.edits.stack.count() == 0


# A write-off


def test_a_write_off_needs_a_reason_and_then_lowers_the_stock(
    qtbot: QtBot, area: GiftsArea, workbench: Workbench, visits_db: Database,
    catalogue: dict[str, GiftItem],
) -> None:  # fmt: skip
    notebook = catalogue["notebook"]
    before = gifts.list_movements(visits_db)
    dialog = open_movement(qtbot, area, NOTEBOOK, MovementKind.WRITE_OFF)
    set_number(qtbot, dialog.quantity, 3)
    press_save(qtbot, dialog)
    assert dialog.isVisible()
    assert "не може бути порожнім" in dialog.form.problem_text("reason")
    assert gifts.list_movements(visits_db) == before

    type_text(dialog.reason, "пошкоджено під час перевезення, акт № 3")
    press_save(qtbot, dialog)
    assert not dialog.isVisible()
    assert stock_of(visits_db, notebook, TODAY) == 37
    movement = gifts.list_movements(visits_db, notebook.id)[-1]
    assert (movement.kind, movement.quantity, movement.reason) == (
        MovementKind.WRITE_OFF, -3, "пошкоджено під час перевезення, акт № 3",
    )  # fmt: skip
    workbench.edits.stack.undo()
    assert stock_of(visits_db, notebook, TODAY) == 40


def test_a_write_off_above_the_stock_is_refused_with_nothing_written(
    qtbot: QtBot, area: GiftsArea, workbench: Workbench, visits_db: Database
) -> None:
    before = gifts.list_movements(visits_db)
    dialog = open_movement(qtbot, area, PAINTING, MovementKind.WRITE_OFF)
    set_number(qtbot, dialog.quantity, 5)
    type_text(dialog.reason, "розбито")
    press_save(qtbot, dialog)

    assert dialog.isVisible()
    problem = dialog.form.problem_text("quantity")
    assert "Недостатньо на складі" in problem and "є 3 шт., потрібно 5" in problem
    assert gifts.list_movements(visits_db) == before
    assert workbench.edits.stack.count() == 0


# A stock-take


def test_a_stock_take_shows_the_books_and_the_difference_and_records_the_count(
    qtbot: QtBot, area: GiftsArea, workbench: Workbench, visits_db: Database,
    catalogue: dict[str, GiftItem],
) -> None:  # fmt: skip
    notebook = catalogue["notebook"]
    dialog = open_movement(qtbot, area, NOTEBOOK, MovementKind.STOCK_TAKE)
    assert dialog.booked.text() == "40"
    set_number(qtbot, dialog.quantity, 37)
    assert dialog.difference.text() == "-3"
    dialog.on.setDate(QDate(2024, 2, 1))  # before the purchase: nothing in the books
    assert dialog.booked.text() == "0" and dialog.difference.text() == "+37"
    dialog.on.setDate(QDate(2024, 9, 30))
    assert dialog.booked.text() == "40"
    set_number(qtbot, dialog.quantity, 38)
    assert dialog.difference.text() == "-2"
    press_save(qtbot, dialog)

    assert not dialog.isVisible()
    movement = gifts.list_movements(visits_db, notebook.id)[-1]
    assert (movement.kind, movement.on, movement.counted, movement.quantity) == (
        MovementKind.STOCK_TAKE, date(2024, 9, 30), 38, -2,
    )  # fmt: skip
    assert stock_of(visits_db, notebook, date(2024, 9, 30)) == 38
    workbench.edits.stack.undo()
    assert stock_of(visits_db, notebook, date(2024, 9, 30)) == 40
    workbench.edits.stack.redo()
    assert stock_of(visits_db, notebook, date(2024, 9, 30)) == 38


# Taking an item out of the catalogue


def test_an_item_still_in_stock_is_not_deleted(
    qtbot: QtBot, area: GiftsArea, workbench: Workbench, visits_db: Database
) -> None:
    click_item(qtbot, area, PAINTING)
    seen: list[str] = []
    answer_boxes([QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok], seen)
    qtbot.mouseClick(area.delete_item_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 2)

    assert PAINTING in seen[0]
    assert "ще є на складі (3 шт.): спершу спишіть залишок" in seen[1]
    assert stored(visits_db, PAINTING) is not None
    assert PAINTING in shown_names(area)
    assert workbench.edits.stack.count() == 0


def test_an_item_with_nothing_in_stock_is_deleted_when_asked_and_undo_brings_it_back(
    qtbot: QtBot, area: GiftsArea, workbench: Workbench, visits_db: Database
) -> None:
    click_item(qtbot, area, MUG)
    seen: list[str] = []
    answer_boxes([QMessageBox.StandardButton.Yes], seen)
    qtbot.keyClick(area.stock, Qt.Key.Key_Delete)
    assert seen and MUG in seen[0]
    assert stored(visits_db, MUG) is None
    assert MUG not in shown_names(area)

    workbench.edits.stack.undo()
    assert stored(visits_db, MUG) is not None
    assert MUG in shown_names(area)
    workbench.edits.stack.redo()
    assert stored(visits_db, MUG) is None


def test_an_item_is_kept_when_the_question_is_answered_no(
    qtbot: QtBot, area: GiftsArea, workbench: Workbench, visits_db: Database
) -> None:
    click_item(qtbot, area, MUG)
    seen: list[str] = []
    answer_boxes([QMessageBox.StandardButton.No], seen)
    qtbot.mouseClick(area.delete_item_button, Qt.MouseButton.LeftButton)
    assert seen
    assert stored(visits_db, MUG) is not None and workbench.edits.stack.count() == 0


def test_in_english_the_cost_is_shown_and_typed_the_english_way(
    qtbot: QtBot, qapp: QApplication, workbench: Workbench, visits_db: Database,
    catalogue: dict[str, GiftItem],
) -> None:  # fmt: skip
    from planner.gui.i18n import use_language

    use_language(qapp, "en")
    workbench.language = "en"
    shown = GiftsArea(workbench, today=TODAY)
    qtbot.addWidget(shown)
    shown.show()
    assert "Ceramic painting" in shown_names(shown)
    click_item(qtbot, shown, "Ceramic painting")
    qtbot.keyClick(shown.stock, Qt.Key.Key_Return)
    dialog = shown.dialog
    assert isinstance(dialog, GiftItemDialog)
    qtbot.addWidget(dialog)
    assert dialog.unit_cost.text() == "1,850.00"
    dialog.unit_cost.selectAll()
    type_text(dialog.unit_cost, "2,045.50")
    press_save(qtbot, dialog)
    assert stored(visits_db, PAINTING).unit_cost == Decimal("2045.50")  # type: ignore[union-attr]


def test_cancelling_a_changed_item_asks_first_and_keeps_it_open_or_drops_it(
    qtbot: QtBot, area: GiftsArea, visits_db: Database
) -> None:
    before = gifts.list_stock(visits_db)
    qtbot.keyClick(area.stock, Qt.Key.Key_Insert)
    dialog = area.dialog
    assert isinstance(dialog, GiftItemDialog)
    qtbot.addWidget(dialog)
    type_text(dialog.name_uk, "Тарілка розписна")
    seen: list[str] = []
    answer_next_box(QMessageBox.StandardButton.Cancel, seen)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.name_uk.text() == "Тарілка розписна"
    assert seen == ["У цьому вікні є незбережені зміни. Зберегти їх?"]
    answer_next_box(QMessageBox.StandardButton.Discard)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert gifts.list_stock(visits_db) == before


def test_cancelling_an_unchanged_item_asks_nothing(qtbot: QtBot, area: GiftsArea) -> None:
    qtbot.keyClick(area.stock, Qt.Key.Key_Insert)
    dialog = area.dialog
    assert isinstance(dialog, GiftItemDialog)
    qtbot.addWidget(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # a question here would fail the test
    assert not dialog.isVisible()
