"""The delegation editor's Gifts tab driven as the officer does: planning a gift for a
participant or a partner, the warnings shown while planning and in the list (too little in
stock; the same item given to the same partner at an earlier visit), handing out with the
button or Ctrl+Enter (the stock moves, the gift register gets its entry), taking a hand-out
back, removing a plan; each step undone and redone whole, and what the database holds checked
through the services. A second officer taking the last item meanwhile is refused clearly."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QSpinBox
from pytestqt.qtbot import QtBot

from planner.domain.enums import GiftDirection, MovementKind
from planner.domain.records import (
    GiftItem,
    GiftRecord,
    Participation,
    Partner,
    Person,
    PlannedGift,
)
from planner.gui.delegation_editor import DelegationEditor
from planner.gui.gift_plan_panel import (
    GIFT,
    HANDED,
    QTY,
    RECIPIENT,
    VALUE,
    WARNINGS,
    GiftPlanPanel,
    PlannedGiftDialog,
)
from planner.gui.workbench import Workbench
from planner.services import gifts, people, planned_gifts
from planner.services.delegations import list_delegations
from planner.services.partners import list_partners
from planner.services.workspace import Database
from tests.gui.helpers import answer_next_box, type_text

pytestmark = pytest.mark.gui

PAINTING = "Керамічна картина «Хмельницький»"
NOTEBOOK = "Блокнот з символікою міста"
VISIT_DAY = date(2024, 9, 27)  # the Prague 6 delegation's first day
CTRL = Qt.KeyboardModifier.ControlModifier


class Scene:
    """The Prague 6 visit with Ян Новак among its participants, an earlier visit (Eurocities,
    May 2024), the partner Прага 6, and the stock: 3 paintings and 40 notebooks."""

    def __init__(self, db: Database) -> None:
        visits = {v.title_uk: v for v in list_delegations(db)}
        self.prague = next(v for t, v in visits.items() if t.startswith("Делегація"))
        self.eurocities = next(v for t, v in visits.items() if t.startswith("Євроміста"))
        self.partner: Partner = next(p for p in list_partners(db) if p.name_uk == "Прага 6")
        self.novak: Person = people.save_person(db, Person(
            family_name="Новак", given_names="Ян", family_name_latin="Novák",
            given_names_latin="Jan", position="староста району"))  # fmt: skip
        assert self.prague.id and self.novak.id
        self.participation = people.save_participation(db, Participation(
            delegation_id=self.prague.id, person_id=self.novak.id))  # fmt: skip
        self.painting = gifts.save_gift_item(db, GiftItem(
            name_uk=PAINTING, name_en="Ceramic painting", category="мистецтво",
            unit_cost=Decimal("1850.00"), reorder_level=1))  # fmt: skip
        self.notebook = gifts.save_gift_item(db, GiftItem(
            name_uk=NOTEBOOK, category="канцелярія", unit_cost=Decimal("120.50")))  # fmt: skip
        assert self.painting.id and self.notebook.id
        gifts.record_purchase(db, self.painting.id, date(2024, 3, 1), 3, Decimal("1850.00"))
        gifts.record_purchase(db, self.notebook.id, date(2024, 3, 1), 40, Decimal("120.50"))
        self.db = db

    def plan(self, item: GiftItem, quantity: int = 1, *, person: bool = True,
             partner: bool = False) -> PlannedGift:  # fmt: skip
        assert self.prague.id and item.id
        return planned_gifts.save_planned_gift(self.db, PlannedGift(
            delegation_id=self.prague.id, item_id=item.id, quantity=quantity, on=VISIT_DAY,
            recipient_person_id=self.novak.id if person else None,
            recipient_partner_id=self.partner.id if partner else None,
        ))  # fmt: skip

    def stock(self, item: GiftItem, as_of: date | None = None) -> int:
        (row,) = [r for r in gifts.list_stock(self.db, as_of) if r.item.id == item.id]
        return row.quantity

    def planned(self) -> list[planned_gifts.PlannedGiftRow]:
        assert self.prague.id
        return planned_gifts.list_planned_gifts(self.db, self.prague.id)

    def given(self) -> list[GiftRecord]:
        return [r for r in gifts.list_gift_records(self.db) if r.direction is GiftDirection.GIVEN]


@pytest.fixture
def scene(visits_db: Database) -> Scene:
    return Scene(visits_db)


@pytest.fixture
def editor(qtbot: QtBot, workbench: Workbench, scene: Scene) -> DelegationEditor:
    shown = DelegationEditor(workbench, scene.prague.id)
    qtbot.addWidget(shown, before_close_func=lambda e: e.discard_changes())
    shown.resize(1200, 700)
    shown.show()
    qtbot.waitExposed(shown)
    shown.tabs.setCurrentWidget(shown.gifts)
    return shown


@pytest.fixture
def panel(editor: DelegationEditor) -> GiftPlanPanel:
    assert editor.gifts.isEnabled() and editor.gifts.isVisible()
    return editor.gifts


def cell(panel: GiftPlanPanel, row: int, column: int) -> str:
    return str(panel.model.index(row, column).data())


def warning_tip(panel: GiftPlanPanel, row: int) -> str:
    """The warnings of a row said whole (the column says them in short)."""
    return str(panel.model.index(row, WARNINGS).data(Qt.ItemDataRole.ToolTipRole))


def click_row(qtbot: QtBot, panel: GiftPlanPanel, row: int) -> None:
    rect = panel.table.visualRect(panel.model.index(row, GIFT))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.current() is panel.model.row(row)


def set_number(qtbot: QtBot, box: QSpinBox, number: int) -> None:
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, str(number))
    assert box.value() == number


def open_plan(qtbot: QtBot, panel: GiftPlanPanel) -> PlannedGiftDialog:
    qtbot.mouseClick(panel.plan_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, PlannedGiftDialog) and dialog.isVisible()
    qtbot.addWidget(dialog)
    return dialog


def fill(qtbot: QtBot, dialog: PlannedGiftDialog, item: GiftItem, quantity: int = 1,
         person: Person | None = None, partner: Partner | None = None) -> None:  # fmt: skip
    dialog.item.setCurrentIndex(dialog.item.findData(item.id))
    set_number(qtbot, dialog.quantity, quantity)
    dialog.person.setCurrentIndex(dialog.person.findData(person.id if person else None))
    dialog.partner.setCurrentIndex(dialog.partner.findData(partner.id if partner else None))


def press_save(qtbot: QtBot, dialog: PlannedGiftDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def numbers(text: str) -> list[str]:
    return re.findall(r"\d[\d\xa0,.]*\d|\d", text)


# Planning


def test_a_gift_planned_for_a_participant_shows_in_the_list_with_the_summary(
    qtbot: QtBot, panel: GiftPlanPanel, workbench: Workbench, scene: Scene
) -> None:
    dialog = open_plan(qtbot, panel)
    offered = dialog.item.itemText(dialog.item.findData(scene.painting.id))
    assert offered.startswith(f"{PAINTING} — ") and numbers(offered) == ["3"]  # the stock
    fill(qtbot, dialog, scene.painting, 1, person=scene.novak)
    type_text(dialog.occasion, "офіційна зустріч з мером")
    assert dialog.warnings.text() == ""
    press_save(qtbot, dialog)

    assert not dialog.isVisible()
    (row,) = scene.planned()
    gift = row.gift
    assert (gift.item_id, gift.quantity, gift.on) == (scene.painting.id, 1, VISIT_DAY)
    assert (gift.recipient_person_id, gift.recipient_partner_id) == (scene.novak.id, None)
    assert gift.occasion == "офіційна зустріч з мером" and not gift.handed_out
    assert panel.model.rowCount() == 1
    assert cell(panel, 0, GIFT) == PAINTING and cell(panel, 0, RECIPIENT) == "Ян Новак"
    assert cell(panel, 0, VALUE) == "1\xa0850,00 грн"
    assert cell(panel, 0, HANDED) == "" and cell(panel, 0, WARNINGS) == ""
    summary = panel.summary.text()
    assert numbers(summary)[:3] == ["1", "0", "1\xa0850,00"] and "грн" in summary
    assert panel.current() is not None and panel.current().gift.id == gift.id  # type: ignore[union-attr]
    # Nothing in stock moved by planning alone.
    assert scene.stock(scene.painting) == 3 and scene.given() == []

    workbench.edits.stack.undo()
    assert scene.planned() == [] and panel.model.rowCount() == 0
    workbench.edits.stack.redo()
    assert [r.gift.id for r in scene.planned()] == [gift.id] and panel.model.rowCount() == 1


def test_a_plan_above_the_stock_is_warned_about_in_the_dialog_and_in_the_list(
    qtbot: QtBot, panel: GiftPlanPanel, scene: Scene
) -> None:
    scene.plan(scene.painting, 2)  # for Ян Новак: within the 3 in stock
    panel.refresh()
    assert cell(panel, 0, WARNINGS) == ""
    dialog = open_plan(qtbot, panel)
    fill(qtbot, dialog, scene.painting, 1, partner=scene.partner)
    assert dialog.warnings.text() == ""  # 2 + 1 = 3: just enough
    set_number(qtbot, dialog.quantity, 2)
    shown = dialog.warnings.text()
    assert "Замало на складі на 27.09.2024" in shown and "є 3 шт., заплановано 4" in shown
    press_save(qtbot, dialog)

    assert not dialog.isVisible()
    assert len(scene.planned()) == 2
    assert all(r.warnings for r in scene.planned())
    for row in range(panel.model.rowCount()):
        # In short in the column ("3 in stock, 4 planned"), whole in its tooltip.
        assert numbers(cell(panel, row, WARNINGS)) == ["3", "4"]
        assert "Замало на складі на 27.09.2024" in warning_tip(panel, row)
        assert panel.model.index(row, WARNINGS).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert numbers(panel.summary.text())[-1] == "2"  # two plans warned about
    assert scene.stock(scene.painting) == 3


def test_the_same_item_given_to_the_partner_at_an_earlier_visit_is_warned_about_with_its_date(
    qtbot: QtBot, panel: GiftPlanPanel, scene: Scene
) -> None:
    assert scene.painting.id
    gifts.hand_out(scene.db, scene.painting.id, date(2024, 5, 30), 1,
                   delegation_id=scene.eurocities.id, partner_id=scene.partner.id)  # fmt: skip
    dialog = open_plan(qtbot, panel)
    fill(qtbot, dialog, scene.notebook, 1, partner=scene.partner)
    assert dialog.warnings.text() == ""  # notebooks were never given to Прага 6
    dialog.item.setCurrentIndex(dialog.item.findData(scene.painting.id))
    shown = dialog.warnings.text()
    assert "уже дарували отримувачу «Прага 6»: 30.05.2024" in shown
    assert "Євроміста" in shown  # the earlier visit is named
    press_save(qtbot, dialog)

    (row,) = scene.planned()
    assert row.gift.recipient_partner_id == scene.partner.id
    assert numbers(cell(panel, 0, WARNINGS)) == ["30.05.2024"]
    assert "уже дарували отримувачу «Прага 6»: 30.05.2024" in warning_tip(panel, 0)


def test_a_plan_without_a_recipient_is_refused_beside_the_person(
    qtbot: QtBot, panel: GiftPlanPanel, workbench: Workbench, scene: Scene
) -> None:
    dialog = open_plan(qtbot, panel)
    fill(qtbot, dialog, scene.notebook, 2)
    press_save(qtbot, dialog)

    assert dialog.isVisible()
    assert "Вкажіть отримувача" in dialog.form.problem_text("recipient")
    assert scene.planned() == [] and workbench.edits.stack.count() == 0
    assert panel.model.rowCount() == 0


# Handing out and taking back


def test_hand_out_moves_the_stock_and_writes_the_register_and_undo_takes_it_back_whole(
    qtbot: QtBot, panel: GiftPlanPanel, workbench: Workbench, scene: Scene
) -> None:
    planned = scene.plan(scene.painting, 1)
    panel.refresh()
    click_row(qtbot, panel, 0)
    assert panel.hand_out_button.isEnabled() and not panel.take_back_button.isEnabled()
    qtbot.mouseClick(panel.hand_out_button, Qt.MouseButton.LeftButton)

    assert scene.stock(scene.painting) == 2 and scene.stock(scene.painting, VISIT_DAY) == 2
    (entry,) = scene.given()
    assert (entry.on, entry.person_id, entry.item_id, entry.delegation_id) == (
        VISIT_DAY, scene.novak.id, scene.painting.id, scene.prague.id,
    )  # fmt: skip
    assert entry.value == Decimal("1850.00") and entry.occasion == scene.prague.title_uk
    (row,) = scene.planned()
    assert row.gift.handed_out and row.gift.gift_record_id == entry.id
    movement = gifts.list_movements(scene.db, scene.painting.id)[-1]
    assert (movement.kind, movement.quantity, movement.id) == (
        MovementKind.HAND_OUT, -1, row.gift.movement_id,
    )  # fmt: skip
    assert cell(panel, 0, HANDED) == "✓"
    assert not panel.remove_button.isEnabled() and not panel.hand_out_button.isEnabled()
    assert panel.take_back_button.isEnabled()

    workbench.edits.stack.undo()
    assert scene.stock(scene.painting) == 3 and scene.given() == []
    (row,) = scene.planned()
    assert not row.gift.handed_out and row.gift.id == planned.id
    assert len(gifts.list_movements(scene.db, scene.painting.id)) == 1  # the purchase only
    assert cell(panel, 0, HANDED) == ""
    workbench.edits.stack.redo()
    assert scene.stock(scene.painting) == 2 and len(scene.given()) == 1
    assert scene.planned()[0].gift.handed_out and cell(panel, 0, HANDED) == "✓"


def test_ctrl_enter_on_the_list_hands_the_gift_out(
    qtbot: QtBot, panel: GiftPlanPanel, scene: Scene
) -> None:
    scene.plan(scene.notebook, 5, person=False, partner=True)
    panel.refresh()
    click_row(qtbot, panel, 0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return, CTRL)
    assert scene.stock(scene.notebook) == 35
    (entry,) = scene.given()
    assert entry.partner_id == scene.partner.id and entry.value == Decimal("602.50")
    assert "× 5" in entry.description
    assert scene.planned()[0].gift.handed_out


def test_take_back_answered_yes_puts_the_stock_and_the_register_back(
    qtbot: QtBot, panel: GiftPlanPanel, workbench: Workbench, scene: Scene
) -> None:
    planned = scene.plan(scene.painting, 1)
    assert planned.id
    planned_gifts.hand_out_planned(scene.db, planned.id, planned.version)
    panel.refresh()
    click_row(qtbot, panel, 0)
    assert scene.stock(scene.painting) == 2 and len(scene.given()) == 1

    seen: list[str] = []
    answer_next_box(QMessageBox.StandardButton.No, seen)
    qtbot.mouseClick(panel.take_back_button, Qt.MouseButton.LeftButton)
    assert seen and PAINTING in seen[0]
    assert scene.stock(scene.painting) == 2 and len(scene.given()) == 1  # "No": nothing done

    answer_next_box(QMessageBox.StandardButton.Yes, seen)
    qtbot.mouseClick(panel.take_back_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 2
    assert scene.stock(scene.painting) == 3 and scene.given() == []
    assert not scene.planned()[0].gift.handed_out and cell(panel, 0, HANDED) == ""
    assert panel.hand_out_button.isEnabled() and panel.remove_button.isEnabled()

    workbench.edits.stack.undo()  # handed out again
    assert scene.stock(scene.painting) == 2 and len(scene.given()) == 1
    workbench.edits.stack.redo()
    assert scene.stock(scene.painting) == 3 and scene.given() == []


def test_a_handed_out_gift_cannot_be_removed_and_only_its_words_change(
    qtbot: QtBot, panel: GiftPlanPanel, workbench: Workbench, scene: Scene
) -> None:
    planned = scene.plan(scene.painting, 1)
    assert planned.id
    planned_gifts.hand_out_planned(scene.db, planned.id, planned.version)
    panel.refresh()
    click_row(qtbot, panel, 0)
    assert not panel.remove_button.isEnabled()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)  # nothing happens, nothing asked
    assert len(scene.planned()) == 1

    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    dialog = panel.dialog
    assert isinstance(dialog, PlannedGiftDialog) and dialog.isVisible()
    qtbot.addWidget(dialog)
    for fixed in (dialog.item, dialog.quantity, dialog.on, dialog.person, dialog.partner):
        assert not fixed.isEnabled()
    assert dialog.occasion.isEnabled() and dialog.notes.isEnabled()
    assert dialog.warnings.text() == ""
    type_text(dialog.occasion, "зустріч у мерії")
    dialog.notes.setFocus()
    type_text(dialog.notes, "вручив міський голова")
    press_save(qtbot, dialog)

    assert not dialog.isVisible()
    (row,) = scene.planned()
    assert row.gift.occasion == "зустріч у мерії" and row.gift.handed_out
    (entry,) = scene.given()
    assert (entry.occasion, entry.notes) == ("зустріч у мерії", "вручив міський голова")
    assert scene.stock(scene.painting) == 2
    workbench.edits.stack.undo()
    assert scene.planned()[0].gift.occasion == "" and scene.given()[0].occasion == (
        scene.prague.title_uk
    )  # fmt: skip


def test_a_planned_gift_is_removed_with_delete_and_undo_restores_it(
    qtbot: QtBot, panel: GiftPlanPanel, workbench: Workbench, scene: Scene
) -> None:
    planned = scene.plan(scene.notebook, 3)
    panel.refresh()
    click_row(qtbot, panel, 0)
    assert panel.remove_button.isEnabled()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)  # a plan only: removed without a question
    assert scene.planned() == [] and panel.model.rowCount() == 0
    assert scene.stock(scene.notebook) == 40

    workbench.edits.stack.undo()
    (row,) = scene.planned()
    assert row.gift.id == planned.id and row.gift.quantity == 3
    assert panel.model.rowCount() == 1
    workbench.edits.stack.redo()
    assert scene.planned() == []


def test_another_officer_took_the_last_item_meanwhile_the_hand_out_is_refused_clearly(
    qtbot: QtBot, panel: GiftPlanPanel, workbench: Workbench, scene: Scene
) -> None:
    scene.plan(scene.painting, 1)
    panel.refresh()
    click_row(qtbot, panel, 0)
    assert cell(panel, 0, WARNINGS) == ""
    # Another officer, on the same database, hands out all three paintings at another visit.
    assert scene.painting.id
    gifts.hand_out(scene.db, scene.painting.id, date(2024, 9, 1), 3,
                   delegation_id=scene.eurocities.id, partner_id=scene.partner.id)  # fmt: skip
    movements = gifts.list_movements(scene.db)

    seen: list[str] = []
    answer_next_box(QMessageBox.StandardButton.Ok, seen)
    qtbot.mouseClick(panel.hand_out_button, Qt.MouseButton.LeftButton)

    assert len(seen) == 1
    assert "Недостатньо на складі" in seen[0] and "є 0 шт., потрібно 1" in seen[0]
    assert gifts.list_movements(scene.db) == movements
    assert scene.given() == [] and not scene.planned()[0].gift.handed_out
    assert scene.stock(scene.painting) == 0
    assert workbench.edits.stack.count() == 0
    # The list was read again: the plan is now warned about, and still the one chosen.
    assert numbers(cell(panel, 0, WARNINGS)) == ["0", "1"]
    assert "Замало на складі" in warning_tip(panel, 0)
    assert panel.current() is not None and panel.hand_out_button.isEnabled()


def test_a_plan_for_someone_no_longer_among_the_participants_keeps_its_recipient(
    qtbot: QtBot, panel: GiftPlanPanel, scene: Scene
) -> None:
    """Ян Новак was dropped from the visit after his gift was planned: changing the plan's
    occasion must neither lose him nor be refused for want of a recipient."""
    planned = scene.plan(scene.notebook, 2)
    assert scene.participation.id
    people.remove_participation(scene.db, scene.participation.id, scene.participation.version)
    panel.refresh()
    assert cell(panel, 0, RECIPIENT) == "Ян Новак"
    click_row(qtbot, panel, 0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    dialog = panel.dialog
    assert isinstance(dialog, PlannedGiftDialog)
    qtbot.addWidget(dialog)
    assert dialog.person.currentData() == scene.novak.id
    assert "Новак" in dialog.person.currentText()
    type_text(dialog.occasion, "прощальна вечеря")
    press_save(qtbot, dialog)

    assert not dialog.isVisible()
    (row,) = scene.planned()
    assert row.gift.id == planned.id and row.gift.occasion == "прощальна вечеря"
    assert row.gift.recipient_person_id == scene.novak.id


def test_a_plan_of_an_item_taken_out_of_the_catalogue_is_not_switched_to_another_item(
    qtbot: QtBot, panel: GiftPlanPanel, scene: Scene
) -> None:
    """The painting was written off and taken out of the catalogue after it was planned: the
    plan's dialog still names it, and saving never puts another item in its place."""
    planned = scene.plan(scene.painting, 1)
    assert scene.painting.id
    gifts.write_off(scene.db, scene.painting.id, date(2024, 9, 2), 3, "розбито, акт № 7")
    item = gifts.get_gift_item(scene.db, scene.painting.id)
    gifts.delete_gift_item(scene.db, scene.painting.id, item.version)
    panel.refresh()
    assert cell(panel, 0, GIFT) == PAINTING
    click_row(qtbot, panel, 0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    dialog = panel.dialog
    assert isinstance(dialog, PlannedGiftDialog)
    qtbot.addWidget(dialog)
    assert dialog.item.currentData() == scene.painting.id
    assert PAINTING in dialog.item.currentText()
    type_text(dialog.occasion, "прощальна вечеря")
    seen: list[str] = []
    answer_next_box(QMessageBox.StandardButton.Ok, seen)
    press_save(qtbot, dialog)

    # The catalogue no longer has it: the save is refused with a message, the plan kept.
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert "не знайдено" in seen[0]
    assert dialog.isVisible()
    (row,) = scene.planned()
    assert row.gift.id == planned.id and row.gift.occasion == ""
    assert row.gift.item_id == scene.painting.id  # never the notebook


def test_a_plan_being_changed_is_not_counted_twice_against_the_stock(
    qtbot: QtBot, panel: GiftPlanPanel, workbench: Workbench, scene: Scene
) -> None:
    scene.plan(scene.painting, 3)  # all three paintings
    panel.refresh()
    click_row(qtbot, panel, 0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    dialog = panel.dialog
    assert isinstance(dialog, PlannedGiftDialog)
    qtbot.addWidget(dialog)
    assert dialog.warnings.text() == ""
    set_number(qtbot, dialog.quantity, 4)
    assert "є 3 шт., заплановано 4" in dialog.warnings.text()
    press_save(qtbot, dialog)
    assert scene.planned()[0].gift.quantity == 4
    assert "є 3 шт., заплановано 4" in warning_tip(panel, 0)
    workbench.edits.stack.undo()
    assert scene.planned()[0].gift.quantity == 3 and cell(panel, 0, WARNINGS) == ""


def test_a_hand_out_whose_words_were_changed_since_is_still_undone_whole(
    qtbot: QtBot, panel: GiftPlanPanel, workbench: Workbench, scene: Scene
) -> None:
    scene.plan(scene.painting, 1)
    panel.refresh()
    click_row(qtbot, panel, 0)
    qtbot.mouseClick(panel.hand_out_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, PlannedGiftDialog)
    qtbot.addWidget(dialog)
    type_text(dialog.occasion, "вечеря")
    press_save(qtbot, dialog)
    assert scene.given()[0].occasion == "вечеря"

    workbench.edits.stack.undo()  # the words
    workbench.edits.stack.undo()  # the hand-out
    assert scene.stock(scene.painting) == 3 and scene.given() == []
    assert not scene.planned()[0].gift.handed_out
    workbench.edits.stack.redo()
    workbench.edits.stack.redo()
    assert scene.stock(scene.painting) == 2
    assert [e.occasion for e in scene.given()] == ["вечеря"]


def test_insert_on_the_list_opens_one_plan_dialog(
    qtbot: QtBot, panel: GiftPlanPanel, scene: Scene
) -> None:
    scene.plan(scene.notebook, 1)
    panel.refresh()
    click_row(qtbot, panel, 0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Insert)
    dialogs = [w for w in panel.window().findChildren(PlannedGiftDialog) if w.isVisible()]
    assert len(dialogs) == 1 and dialogs[0] is panel.dialog
    qtbot.addWidget(dialogs[0])
    assert dialogs[0].loaded.id is None  # a new plan, not the one chosen


def test_a_plan_changed_by_another_officer_meanwhile_is_not_handed_out_as_it_was(
    qtbot: QtBot, panel: GiftPlanPanel, workbench: Workbench, scene: Scene
) -> None:
    planned = scene.plan(scene.notebook, 1)
    panel.refresh()
    click_row(qtbot, panel, 0)
    planned_gifts.save_planned_gift(scene.db, replace(planned, quantity=4))  # someone else

    seen: list[str] = []
    answer_next_box(QMessageBox.StandardButton.Ok, seen)
    qtbot.mouseClick(panel.hand_out_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1 and "змінив інший користувач" in seen[0]
    assert scene.given() == [] and scene.stock(scene.notebook) == 40
    assert workbench.edits.stack.count() == 0
    assert cell(panel, 0, QTY) == "4"  # read again: what the other officer saved
    qtbot.mouseClick(panel.hand_out_button, Qt.MouseButton.LeftButton)  # now it goes
    assert scene.stock(scene.notebook) == 36 and len(scene.given()) == 1
