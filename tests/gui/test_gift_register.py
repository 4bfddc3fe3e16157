"""The gift register panel and the limits dialog as the officer drives them on the demo year:
totals as the database holds them, a received gift above the limit noted and marked, each
change one undoable step, refused input told beside its field and nothing written."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from planner.domain.enums import GiftDirection
from planner.domain.errors import NotFoundError, ValidationError
from planner.domain.messages import Language
from planner.domain.records import GiftLimit, GiftRecord
from planner.gui import forms
from planner.gui.edits import Edits
from planner.gui.gift_limits_dialog import GiftLimitDialog, GiftLimitsDialog
from planner.gui.gift_register_panel import (
    ABOVE_COLUMN,
    GiftRecordDialog,
    GiftRegisterPanel,
)
from planner.gui.i18n import use_language
from planner.gui.money import MoneyEdit, money
from planner.gui.workbench import Workbench
from planner.services.demo import write_demo_year
from planner.services.gift_documents import gift_register_entries
from planner.services.gifts import (
    get_gift_record,
    list_gift_limits,
    list_gift_records,
    save_gift_limit,
    save_gift_record,
)
from planner.services.workspace import Database, open_database
from tests.gui.helpers import answer_next_box, type_text

pytestmark = pytest.mark.gui

YEAR = 2024
TODAY = date(YEAR, 11, 22)
FIRST, LAST = date(YEAR, 1, 1), date(YEAR, 12, 31)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo year written once (it takes seconds); each test gets its own copy."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = open_database(path)
    write_demo_year(db, YEAR)
    db.close()
    return path


@pytest.fixture
def demo_db(tmp_path: Path, demo_file: Path) -> Iterator[Database]:
    copy = tmp_path / "planner.sqlite3"
    shutil.copy(demo_file, copy)
    db = open_database(copy)
    yield db
    db.close()


def bench_on(qtbot: QtBot, db: Database, tmp_path: Path, language: Language) -> Workbench:
    window = QWidget()
    qtbot.addWidget(window)
    settings = QSettings(str(tmp_path / "planner.ini"), QSettings.Format.IniFormat)
    return Workbench(db, Edits(window, language), language, settings, window, lambda _id: None)


@pytest.fixture
def bench(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> Workbench:
    return bench_on(qtbot, demo_db, tmp_path, "uk")


@pytest.fixture
def panel(qtbot: QtBot, bench: Workbench) -> GiftRegisterPanel:
    register = GiftRegisterPanel(bench, today=TODAY)
    qtbot.addWidget(register)
    register.show()
    return register


def when_open(kind: type[QDialog], act: Callable[[Any], None]) -> None:
    """Do ``act(dialog)`` once a modal dialog of ``kind`` shows; a dialog left open by it is
    closed without questions, so a failing step cannot hang the test."""

    def run(tries: int = 100) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            assert tries > 0, f"no {kind.__name__} came up"
            QTimer.singleShot(20, lambda: run(tries - 1))
            return
        try:
            act(dialog)
        finally:
            if dialog.isVisible():
                dialog.done(0)

    QTimer.singleShot(0, run)


def row_of(panel: GiftRegisterPanel, record_id: int | None) -> int | None:
    return next((n for n in range(panel.model.rowCount())
                 if panel.model.row(n).record_id == record_id), None)  # fmt: skip


def cells(panel: GiftRegisterPanel, row: int) -> list[str]:
    return [panel.model.index(row, c).data() for c in range(panel.model.columnCount())]


def test_the_totals_are_what_the_database_holds_for_the_period(
    panel: GiftRegisterPanel, bench: Workbench, qtmodeltester: Any
) -> None:
    qtmodeltester.check(panel.model)
    assert panel.period() == (FIRST, LAST)  # the year of today, 1 January to 31 December
    records = list_gift_records(bench.db, FIRST, LAST)
    given = [r for r in records if r.direction is GiftDirection.GIVEN]
    received = [r for r in records if r.direction is GiftDirection.RECEIVED]
    assert given and received
    assert panel.model.rowCount() == len(records)

    def worth(rows: list[GiftRecord]) -> str:
        return money(sum((r.value or Decimal(0) for r in rows), Decimal(0)))

    above = [e for e in gift_register_entries(bench.db, FIRST, LAST) if e.limit and e.limit.above]
    assert len(above) == 1  # the Meissen vase of 9 800 грн
    total = panel.total.text()
    for figure in (str(len(records)), str(len(given)), worth(given), str(len(received)),
                   worth(received)):  # fmt: skip
        assert figure in total
    assert total.endswith(": 1")
    # The one above the limit is red and says why, with the limit of its day.
    row = row_of(panel, above[0].record_id)
    assert row is not None
    assert panel.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert money(Decimal("3028.00")) in cells(panel, row)[ABOVE_COLUMN]
    within = next(n for n in range(panel.model.rowCount()) if n != row)
    assert panel.model.index(within, 0).data(Qt.ItemDataRole.ForegroundRole) is None

    # Received only: the register narrows, the totals follow.
    panel.direction.setCurrentIndex(panel.direction.findData(GiftDirection.RECEIVED.value))
    assert panel.model.rowCount() == len(received)
    assert worth(received) in panel.total.text()
    # A shorter period: only its entries.
    panel.last.setDate(QDate(YEAR, 3, 31))
    spring = [r for r in received if r.on <= date(YEAR, 3, 31)]
    assert 0 < panel.model.rowCount() == len(spring) < len(received)


def test_a_received_gift_above_the_limit_is_noted_marked_and_undone(
    panel: GiftRegisterPanel, bench: Workbench
) -> None:
    before = len(list_gift_records(bench.db, FIRST, LAST))

    def enter(dialog: GiftRecordDialog) -> None:
        forms.choose(dialog.direction_input, GiftDirection.RECEIVED)
        dialog.on.setDate(QDate(YEAR, 10, 1))
        dialog.description.setFocus()
        type_text(dialog.description, "Кришталева ваза")
        dialog.value.setFocus()
        type_text(dialog.value, "3500")
        type_text(dialog.giver, "Посол Республіки Польща")
        dialog.save_button.click()

    when_open(GiftRecordDialog, enter)
    panel.new_button.click()
    dialog = panel.editor
    # The note said so while the officer typed, and ticked "above the limit" on its own.
    assert not dialog.limit_note.isHidden()
    assert money(Decimal("3028.00")) in dialog.limit_note.text()
    assert dialog.exceeds_limit.isChecked()
    saved = dialog.saved
    assert saved is not None and saved.id is not None
    stored = get_gift_record(bench.db, saved.id)
    assert (stored.direction, stored.description, stored.value, stored.exceeds_limit) == (
        GiftDirection.RECEIVED, "Кришталева ваза", Decimal("3500.00"), True)  # fmt: skip
    row = row_of(panel, saved.id)
    assert row is not None
    assert panel.model.index(row, ABOVE_COLUMN).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert money(Decimal("3028.00")) in cells(panel, row)[ABOVE_COLUMN]
    assert panel.total.text().endswith(": 2")

    bench.edits.stack.undo()
    assert row_of(panel, saved.id) is None
    assert len(list_gift_records(bench.db, FIRST, LAST)) == before
    assert panel.total.text().endswith(": 1")
    bench.edits.stack.redo()
    assert row_of(panel, saved.id) is not None


def test_the_officer_can_untick_above_the_limit(panel: GiftRegisterPanel) -> None:
    def enter(dialog: GiftRecordDialog) -> None:
        forms.choose(dialog.direction_input, GiftDirection.RECEIVED)
        dialog.on.setDate(QDate(YEAR, 10, 1))
        type_text(dialog.description, "Картина")
        type_text(dialog.value, "5000")
        assert dialog.exceeds_limit.isChecked()
        dialog.exceeds_limit.setChecked(False)
        type_text(dialog.value, "0")  # 50 000: still above, not ticked again
        dialog.save_button.click()

    when_open(GiftRecordDialog, enter)
    panel.new_button.click()
    saved = panel.editor.saved
    assert saved is not None and saved.value == Decimal("50000.00")
    assert not saved.exceeds_limit
    # The register measures it all the same.
    row = row_of(panel, saved.id)
    assert row is not None and money(Decimal("3028.00")) in cells(panel, row)[ABOVE_COLUMN]


def test_within_the_limit_the_note_says_so_and_nothing_is_ticked(
    panel: GiftRegisterPanel,
) -> None:
    def enter(dialog: GiftRecordDialog) -> None:
        forms.choose(dialog.direction_input, GiftDirection.RECEIVED)
        dialog.on.setDate(QDate(YEAR, 10, 1))
        type_text(dialog.value, "1000")

    when_open(GiftRecordDialog, enter)
    panel.new_button.click()
    dialog = panel.editor
    assert not dialog.limit_note.isHidden() and not dialog.exceeds_limit.isChecked()
    assert money(Decimal("3028.00")) in dialog.limit_note.text()
    assert dialog.saved is None
    # A gift the council gives is not measured.
    forms.choose(dialog.direction_input, GiftDirection.GIVEN)
    assert dialog.limit_note.isHidden()


def test_enter_edits_the_entry_chosen_and_undo_puts_it_back(
    qtbot: QtBot, panel: GiftRegisterPanel, bench: Workbench
) -> None:
    row = next(n for n in range(panel.model.rowCount())
               if panel.model.row(n).direction is GiftDirection.RECEIVED)  # fmt: skip
    record_id = panel.model.row(row).record_id
    original = get_gift_record(bench.db, record_id)
    panel.table.setCurrentIndex(panel.model.index(row, 0))
    panel.table.setFocus()

    def change(dialog: GiftRecordDialog) -> None:
        assert dialog.description.text() == original.description
        dialog.value.clear()
        type_text(dialog.value, "1234,5")
        dialog.notes.setPlainText("Оцінено комісією")
        dialog.save_button.click()

    when_open(GiftRecordDialog, change)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    changed = get_gift_record(bench.db, record_id)
    assert (changed.value, changed.notes) == (Decimal("1234.50"), "Оцінено комісією")
    assert money(Decimal("1234.50")) in cells(panel, row_of(panel, record_id) or 0)
    assert bench.edits.stack.count() == 1

    bench.edits.stack.undo()
    back = get_gift_record(bench.db, record_id)
    assert (back.value, back.notes) == (original.value, original.notes)


def test_delete_asks_first_and_is_undone(panel: GiftRegisterPanel, bench: Workbench) -> None:
    row = next(n for n in range(panel.model.rowCount())
               if panel.model.row(n).direction is GiftDirection.RECEIVED)  # fmt: skip
    record_id = panel.model.row(row).record_id
    panel.table.setCurrentIndex(panel.model.index(row, 0))
    count = panel.model.rowCount()

    seen: list[str] = []
    answer_next_box(QMessageBox.StandardButton.No, seen)
    assert not panel.delete_entry()
    assert get_gift_record(bench.db, record_id).id == record_id
    assert get_gift_record(bench.db, record_id).description in seen[0]

    answer_next_box(QMessageBox.StandardButton.Yes)
    panel.delete_button.click()
    with pytest.raises(NotFoundError):
        get_gift_record(bench.db, record_id)
    assert panel.model.rowCount() == count - 1 and row_of(panel, record_id) is None

    bench.edits.stack.undo()
    assert get_gift_record(bench.db, record_id).id == record_id
    assert row_of(panel, record_id) is not None


def test_a_refused_save_writes_nothing_and_shows_the_problem_beside_the_field(
    panel: GiftRegisterPanel, bench: Workbench
) -> None:
    before = list_gift_records(bench.db, FIRST, LAST)
    stayed_open: list[bool] = []

    def enter(dialog: GiftRecordDialog) -> None:
        type_text(dialog.value, "500")
        dialog.save_button.click()  # no description
        stayed_open.append(dialog.isVisible())

    when_open(GiftRecordDialog, enter)
    panel.new_button.click()
    dialog = panel.editor
    assert stayed_open == [True] and dialog.saved is None
    problem = dialog.findChild(QWidget, "description_problem")
    assert problem is not None and not problem.isHidden()
    with pytest.raises(ValidationError) as refused:
        save_gift_record(bench.db, dialog.current())
    assert problem.text() == refused.value.message("uk")
    assert list_gift_records(bench.db, FIRST, LAST) == before
    assert bench.edits.stack.count() == 0


def test_the_english_interface_says_why_an_entry_is_above_the_limit(
    qtbot: QtBot, qapp: QApplication, demo_db: Database, tmp_path: Path
) -> None:
    use_language(qapp, "en")
    english = bench_on(qtbot, demo_db, tmp_path, "en")
    register = GiftRegisterPanel(english, today=TODAY)
    qtbot.addWidget(register)
    texts = [cells(register, n)[ABOVE_COLUMN] for n in range(register.model.rowCount())]
    assert "over UAH 3,028.00 per gift" in texts
    assert register.total.text().endswith("above the limit: 1")


# The limits dialog


@pytest.fixture
def limits(qtbot: QtBot, bench: Workbench) -> GiftLimitsDialog:
    dialog = GiftLimitsDialog(bench)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill_limit(day: date, per_gift: str, per_year: str,
               outcome: list[str] | None = None) -> Callable[[GiftLimitDialog], None]:  # fmt: skip
    def fill(dialog: GiftLimitDialog) -> None:
        dialog.valid_from.setDate(QDate(day.year, day.month, day.day))
        for field, text in ((dialog.per_gift, per_gift), (dialog.per_year, per_year)):
            field.clear()
            type_text(field, text)
        dialog.save_button.click()
        if outcome is not None:
            for name in ("valid_from", "per_gift", "per_year_from_one_source"):
                label = dialog.findChild(QWidget, f"{name}_problem")
                if label is not None and not label.isHidden():
                    outcome.append(f"{name}: {label.text()}")

    return fill


def test_the_limits_button_opens_the_limits_table(
    panel: GiftRegisterPanel, bench: Workbench, qtmodeltester: Any
) -> None:
    shown: list[int] = []
    when_open(GiftLimitsDialog, lambda dialog: shown.append(dialog.model.rowCount()))
    panel.limits_button.click()
    assert shown == [len(list_gift_limits(bench.db))] and shown[0] > 0
    qtmodeltester.check(panel.limits_dialog.model)


def test_a_limit_row_is_added_and_undone(limits: GiftLimitsDialog, bench: Workbench) -> None:
    count = limits.model.rowCount()
    when_open(GiftLimitDialog, fill_limit(date(2027, 1, 1), "3500", "7000"))
    limits.add_button.click()
    added = next(r for r in list_gift_limits(bench.db) if r.valid_from == date(2027, 1, 1))
    assert (added.per_gift, added.per_year_from_one_source) == (Decimal("3500.00"),
                                                                Decimal("7000.00"))  # fmt: skip
    assert limits.model.rowCount() == count + 1
    assert limits.model.index(0, 1).data() == money(Decimal("3500.00"))  # the newest first
    bench.edits.stack.undo()
    assert date(2027, 1, 1) not in {r.valid_from for r in list_gift_limits(bench.db)}
    bench.edits.stack.redo()
    assert date(2027, 1, 1) in {r.valid_from for r in list_gift_limits(bench.db)}


@pytest.mark.parametrize(
    ("day", "per_gift", "per_year", "field", "code"),
    [
        (date(YEAR, 1, 1), "3500", "7000", "valid_from", "duplicate"),
        (date(2027, 1, 1), "4000", "3000", "per_year_from_one_source", "limit_year_below_gift"),
        (date(2027, 1, 1), "", "3000", "per_gift", "not_positive"),
    ],
)
def test_bad_limits_are_told_in_the_users_language_and_write_nothing(
    limits: GiftLimitsDialog, bench: Workbench, day: date, per_gift: str, per_year: str,
    field: str, code: str,
) -> None:  # fmt: skip
    before = list_gift_limits(bench.db)
    told: list[str] = []
    when_open(GiftLimitDialog, fill_limit(day, per_gift, per_year, told))
    limits.add_button.click()
    assert list_gift_limits(bench.db) == before
    assert bench.edits.stack.count() == 0
    with pytest.raises(ValidationError) as refused:
        save_gift_limit(bench.db, limits.editor.current())
    (problem,) = [p for p in refused.value.problems if p.field == field]
    assert problem.code == code
    assert f"{field}: {problem.message('uk')}" in told


def test_undo_of_a_deleted_limit_brings_it_back_with_the_same_figures(
    limits: GiftLimitsDialog, bench: Workbench
) -> None:
    def figures(rows: list[GiftLimit]) -> set[tuple[date, Decimal, Decimal]]:
        return {(r.valid_from, r.per_gift, r.per_year_from_one_source) for r in rows}

    before = figures(list_gift_limits(bench.db))
    row = next(n for n in range(limits.model.rowCount())
               if limits.model.row(n).valid_from == date(YEAR, 1, 1))  # fmt: skip
    limits.table.setCurrentIndex(limits.model.index(row, 0))
    gone = limits.chosen()
    assert gone is not None
    answer_next_box(QMessageBox.StandardButton.Yes)
    limits.delete_button.click()
    assert figures(list_gift_limits(bench.db)) == before - {
        (gone.valid_from, gone.per_gift, gone.per_year_from_one_source)}  # fmt: skip
    assert limits.model.rowCount() == len(before) - 1

    bench.edits.stack.undo()
    assert figures(list_gift_limits(bench.db)) == before
    assert limits.model.rowCount() == len(before)
    # Redo removes the row added back (under its new id), undo adds it once more.
    bench.edits.stack.redo()
    assert len(list_gift_limits(bench.db)) == len(before) - 1
    bench.edits.stack.undo()
    assert figures(list_gift_limits(bench.db)) == before


def test_a_limit_changed_then_deleted_undoes_both_in_turn(
    limits: GiftLimitsDialog, bench: Workbench
) -> None:
    row = next(n for n in range(limits.model.rowCount())
               if limits.model.row(n).valid_from == date(YEAR, 1, 1))  # fmt: skip
    limits.table.setCurrentIndex(limits.model.index(row, 0))
    original = limits.chosen()
    assert original is not None
    when_open(GiftLimitDialog, fill_limit(date(YEAR, 1, 1), "3100", "6200"))
    limits.edit_button.click()
    answer_next_box(QMessageBox.StandardButton.Yes)
    limits.delete_button.click()
    assert date(YEAR, 1, 1) not in {r.valid_from for r in list_gift_limits(bench.db)}
    bench.edits.stack.undo()  # the delete: back, as changed
    bench.edits.stack.undo()  # the change: the first figures, on the row added back
    (back,) = [r for r in list_gift_limits(bench.db) if r.valid_from == date(YEAR, 1, 1)]
    assert (back.per_gift, back.per_year_from_one_source) == (
        original.per_gift, original.per_year_from_one_source)  # fmt: skip


def click_role_in_next_box(role: QMessageBox.ButtonRole, seen: list[str]) -> None:
    def click(tries: int = 100) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            assert tries > 0, "no message box came up"
            QTimer.singleShot(20, lambda: click(tries - 1))
            return
        seen.append(box.text())
        next(b for b in box.buttons() if box.buttonRole(b) == role).click()

    QTimer.singleShot(0, click)


def test_a_save_over_another_officers_change_offers_to_reload(
    panel: GiftRegisterPanel, bench: Workbench
) -> None:
    row = next(n for n in range(panel.model.rowCount())
               if panel.model.row(n).direction is GiftDirection.RECEIVED)  # fmt: skip
    record_id = panel.model.row(row).record_id
    seen: list[str] = []
    shown_after: list[str] = []

    def clash(dialog: GiftRecordDialog) -> None:
        theirs = get_gift_record(bench.db, record_id)
        save_gift_record(bench.db, replace(theirs, notes="Записала колега"))
        dialog.notes.setPlainText("Мої зміни")
        click_role_in_next_box(QMessageBox.ButtonRole.AcceptRole, seen)  # Reload
        dialog.save_button.click()
        shown_after.append(dialog.notes.toPlainText())

    when_open(GiftRecordDialog, clash)
    panel.table.setCurrentIndex(panel.model.index(row, 0))
    panel.edit_button.click()
    assert len(seen) == 1 and shown_after == ["Записала колега"]
    assert get_gift_record(bench.db, record_id).notes == "Записала колега"
    assert bench.edits.stack.count() == 0


@pytest.mark.parametrize(
    ("typed", "value"),
    [("3028", Decimal("3028.00")), ("1 234,5", Decimal("1234.50")), ("99.99", Decimal("99.99")),
     ("", None), ("-5", Decimal("5.00")), ("abc", None), ("12,345", Decimal("12.34"))],
)  # fmt: skip
def test_the_money_input_takes_figures_only(
    qtbot: QtBot, typed: str, value: Decimal | None
) -> None:
    edit = MoneyEdit()
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, typed)  # ASCII only: keyClicks is safe here
    assert edit.value() == value
