"""Entering the gift stock's changes: a catalogue item (names, category in both languages,
unit cost, supplier, reorder level, photo), and its movements — a purchase, a write-off and a
stock-take. Each is one undoable step: undoing a movement takes it back (refused when the
stock would then go below zero on some day), redoing enters it again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import MovementKind
from planner.domain.errors import PlannerError, ValidationError
from planner.domain.messages import enum_label
from planner.domain.records import GiftItem, StockMovement
from planner.domain.zones import today_in_kyiv
from planner.gui import forms
from planner.gui.edits import RecordOps
from planner.gui.money import money_text, parse_money
from planner.gui.workbench import Workbench
from planner.services import gifts
from planner.services.programmes import list_programmes

MAX_QUANTITY = 1_000_000


def gift_item_ops(bench: Workbench) -> RecordOps[GiftItem]:
    db = bench.db
    return RecordOps(
        save=lambda item: gifts.save_gift_item(db, item),
        delete=lambda i, v: gifts.delete_gift_item(db, i, v),
        restore=lambda i: gifts.restore_gift_item(db, i),
    )


def item_name(item: GiftItem, language: str) -> str:
    return item.name_en if language == "en" and item.name_en else item.name_uk


def quantity_box(value: int = 1, minimum: int = 0) -> QSpinBox:
    box = QSpinBox()
    box.setRange(minimum, MAX_QUANTITY)
    box.setValue(value)
    box.setGroupSeparatorShown(True)
    return box


def attempt(dialog: QDialog, parts: Iterable[forms.Form], language: str,
            action: Callable[[], object]) -> bool:  # fmt: skip
    """Do ``action`` (one undoable change); a refusal is shown beside its fields (or in a
    message) and the dialog stays open with what was typed."""
    try:
        action()
    except ValidationError as problem:
        forms.show_problems_in(dialog, parts, problem, language)  # type: ignore[arg-type]
        return False
    except PlannerError as problem:
        forms.show_problem(dialog, problem, language)  # type: ignore[arg-type]
        return False
    return True


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class GiftItemDialog(QDialog):
    """``GiftItemDialog(bench, item)``: ``None`` makes a new item. After a save, ``saved``
    holds the item as stored."""

    def __init__(self, bench: Workbench, item: GiftItem | None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent or bench.window)
        self.setObjectName("gift_item_dialog")
        self._bench = bench
        self.loaded = item or GiftItem(name_uk="", category="")
        self.saved: GiftItem | None = None
        self.setWindowTitle(self.tr("New gift item") if item is None else self.tr("Gift item"))
        layout = QFormLayout()
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = forms.Form(layout)
        self.name_uk = QLineEdit(self.loaded.name_uk)
        self.name_en = QLineEdit(self.loaded.name_en)
        self._categories = dict(gifts.gift_categories(bench.db))
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.category.addItems(list(self._categories))
        self.category.setCurrentText(self.loaded.category)
        self.category_en = QLineEdit(self.loaded.category_en)
        self._filled_en = ""  # the English name filled in for a known category, if any
        self.category.currentTextChanged.connect(self._category_chosen)
        # A new item's cost starts empty (the placeholder shows): typed "1 234,50" must not
        # land after a "0,00" already there.
        self.unit_cost = QLineEdit(money_text(self.loaded.unit_cost) if item is not None else "")
        self.unit_cost.setPlaceholderText("0,00")
        self.supplier = QLineEdit(self.loaded.supplier)
        self.reorder_level = quantity_box(self.loaded.reorder_level)
        self.reorder_level.setToolTip(
            self.tr("The item shows in red when the stock is at or below this many")
        )
        self.photo = QLineEdit(self.loaded.photo_path)
        choose_photo = QPushButton(self.tr("C&hoose…"))
        choose_photo.setObjectName("choose_photo")
        choose_photo.clicked.connect(self._choose_photo)
        photo_row = QWidget()
        photo_layout = QHBoxLayout(photo_row)
        photo_layout.setContentsMargins(0, 0, 0, 0)
        photo_layout.addWidget(self.photo, 1)
        photo_layout.addWidget(choose_photo)
        self.preview = QLabel()
        self.preview.setObjectName("photo_preview")
        self.preview.setFixedHeight(120)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.photo.textChanged.connect(self._show_photo)
        self.notes = QPlainTextEdit(self.loaded.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        self.form.add("name_uk", self.tr("&Name (Ukrainian):"), self.name_uk)
        self.form.add("name_en", self.tr("Name (&English):"), self.name_en)
        self.form.add("category", self.tr("&Category:"), self.category)
        self.form.add("category_en", self.tr("Category (En&glish):"), self.category_en)
        self.form.add("unit_cost", self.tr("&Unit cost, UAH:"), self.unit_cost)
        self.form.add("supplier", self.tr("&Supplier:"), self.supplier)
        self.form.add("reorder_level", self.tr("&Reorder at:"), self.reorder_level)
        self.form.add("photo_path", self.tr("&Photo:"), photo_row)
        layout.addRow("", self.preview)
        self.form.add("notes", self.tr("N&otes:"), self.notes)
        outer = QVBoxLayout(self)
        outer.addLayout(layout)
        outer.addWidget(_buttons(self))
        self._show_photo(self.photo.text())
        self.resize(560, 0)

    def _category_chosen(self, category: str) -> None:
        """A known category fills its English name; typing on to another category takes
        that filled-in name away again (an English name the officer typed stays)."""
        known = self._categories.get(category.strip())
        if known:
            self.category_en.setText(known)
            self._filled_en = known
        elif self._filled_en and self.category_en.text() == self._filled_en:
            self.category_en.clear()
            self._filled_en = ""

    def _choose_photo(self) -> None:
        start = self.photo.text() or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Photo of the item"), start,
            self.tr("Pictures (*.png *.jpg *.jpeg *.webp *.bmp)"),
        )  # fmt: skip
        if path:
            self.photo.setText(path)

    def _show_photo(self, path: str) -> None:
        picture = QPixmap(path) if path.strip() else QPixmap()
        if picture.isNull():
            self.preview.setText(self.tr("(no photo)") if not path.strip()
                                 else self.tr("(the picture cannot be read)"))  # fmt: skip
        else:
            self.preview.setPixmap(picture.scaledToHeight(
                116, Qt.TransformationMode.SmoothTransformation))  # fmt: skip

    def entered(self) -> GiftItem:
        return replace(
            self.loaded,
            name_uk=self.name_uk.text().strip(), name_en=self.name_en.text().strip(),
            category=self.category.currentText().strip(),
            category_en=self.category_en.text().strip(),
            unit_cost=parse_money(self.unit_cost.text(), "unit_cost") or Decimal("0.00"),
            supplier=self.supplier.text().strip(), reorder_level=self.reorder_level.value(),
            photo_path=self.photo.text().strip(), notes=self.notes.toPlainText().strip(),
        )  # fmt: skip

    def is_changed(self) -> bool:
        try:
            return self.entered() != self.loaded
        except ValidationError:  # a sum that is not one was typed: something was changed
            return True

    def reject(self) -> None:
        """Cancel, Escape or closing the window: asks first when something was changed."""
        if forms.may_close(self, self.is_changed(), self.accept):
            super().reject()

    def accept(self) -> None:
        self.form.clear_problems()
        lang = self._bench.language

        def save() -> None:
            wanted = self.entered()
            ops, edits = gift_item_ops(self._bench), self._bench.edits
            name = item_name(wanted, lang)
            if wanted.id is None:
                self.saved = edits.create(ops, self.tr("Add gift item «%1»").replace("%1", name),
                                          wanted)  # fmt: skip
            else:
                self.saved = edits.edit(ops, self.tr("Edit gift item «%1»").replace("%1", name),
                                        self.loaded, wanted)  # fmt: skip

        if attempt(self, [self.form], lang, save):
            super().accept()


class MovementDialog(QDialog):
    """A purchase, a write-off or a stock-take of one item (``kind``). After a save,
    ``saved`` holds the movement as stored."""

    def __init__(self, bench: Workbench, kind: MovementKind, item: GiftItem,
                 parent: QWidget | None = None, today: date | None = None) -> None:  # fmt: skip
        super().__init__(parent or bench.window)
        assert kind is not MovementKind.HAND_OUT, "hand-outs are planned at the visit"
        self.setObjectName(f"movement_dialog_{kind.value}")
        self._bench = bench
        self.kind = kind
        self.item = item
        self.saved: StockMovement | None = None
        lang = bench.language
        titles = {
            MovementKind.PURCHASE: self.tr("Purchase of «%1»"),
            MovementKind.WRITE_OFF: self.tr("Write-off of «%1»"),
            MovementKind.STOCK_TAKE: self.tr("Stock-take of «%1»"),
        }
        self.setWindowTitle(titles[kind].replace("%1", item_name(item, lang)))
        layout = QFormLayout()
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = forms.Form(layout)
        self.on = forms.date_edit(today or today_in_kyiv(), optional=True)
        self.form.add("on", self.tr("&Date:"), self.on)
        self.booked = QLabel()
        self.booked.setObjectName("booked_stock")
        self.quantity = quantity_box(1 if kind is not MovementKind.STOCK_TAKE else 0)
        self.unit_cost = QLineEdit(money_text(item.unit_cost))
        self.supplier = QLineEdit(item.supplier)
        self.document_number = QLineEdit()
        self.document_number.setPlaceholderText(self.tr("invoice or act, e.g. ВН-014/24"))
        self.measure = QComboBox()
        self._measures_year: int | None = None  # the year whose measures are listed
        self.reason = QLineEdit()
        if kind is MovementKind.PURCHASE:
            self.form.add("quantity", self.tr("&Quantity:"), self.quantity)
            self.form.add("unit_cost", self.tr("&Unit cost, UAH:"), self.unit_cost)
            self.form.add("supplier", self.tr("&Supplier:"), self.supplier)
            self.form.add("document_number", self.tr("&Invoice or act No.:"),
                          self.document_number)  # fmt: skip
            self._fill_measures()
            self.form.add("measure_id", self.tr("Programme &measure:"), self.measure)
        elif kind is MovementKind.WRITE_OFF:
            self.form.add("quantity", self.tr("&Quantity:"), self.quantity)
            self.reason.setPlaceholderText(self.tr("e.g. broken in transport, act No. 3"))
            self.form.add("reason", self.tr("&Reason:"), self.reason)
        else:
            layout.addRow(self.tr("In the books:"), self.booked)
            self.form.add("counted", self.tr("&Counted:"), self.quantity)
            self.difference = QLabel()
            self.difference.setObjectName("stock_take_difference")
            layout.addRow(self.tr("Difference:"), self.difference)
            self.quantity.valueChanged.connect(lambda _value: self._show_booked())
        self.on.dateChanged.connect(lambda _day: self._show_booked())
        if kind is MovementKind.PURCHASE:
            self.on.dateChanged.connect(lambda _day: self._fill_measures())
        outer = QVBoxLayout(self)
        outer.addLayout(layout)
        outer.addWidget(_buttons(self))
        self._show_booked()
        self.resize(480, 0)

    def _fill_measures(self) -> None:
        """The measures of the programme running in the purchase's year (2.2 by default);
        filled again when the date moves to another year, keeping the measure chosen if
        that programme has it too."""
        day = forms.date_of(self.on) or today_in_kyiv()
        if self._measures_year == day.year:
            return
        self._measures_year = day.year
        listed = self.measure.count() > 1
        before = self.measure.currentData()
        self.measure.clear()
        self.measure.addItem(self.tr("(none)"), None)
        lang = self._bench.language
        for programme in list_programmes(self._bench.db):
            if not programme.start_year <= day.year <= programme.end_year:
                continue
            for section in programme.sections:
                for measure in section.measures:
                    title = measure.title_en if lang == "en" and measure.title_en \
                        else measure.title_uk  # fmt: skip
                    self.measure.addItem(f"{measure.code} {title}", measure.id)
                    if measure.code == "2.2" and self.measure.currentIndex() == 0:
                        self.measure.setCurrentIndex(self.measure.count() - 1)
        if listed and self.measure.findData(before) >= 0:
            self.measure.setCurrentIndex(self.measure.findData(before))
        self.measure.setMaximumWidth(520)

    def _show_booked(self) -> None:
        if self.kind is not MovementKind.STOCK_TAKE:
            return
        day = forms.date_of(self.on)
        if day is None:
            self.booked.setText("—")
            self.difference.setText("—")
            return
        assert self.item.id is not None
        booked = next((row.quantity for row in gifts.list_stock(self._bench.db, day)
                       if row.item.id == self.item.id), 0)  # fmt: skip
        self.booked.setText(QLocale().toString(booked))
        self.difference.setText(f"{self.quantity.value() - booked:+d}")

    def accept(self) -> None:
        self.form.clear_problems()
        lang = self._bench.language
        if not attempt(self, [self.form], lang, self._save):
            return
        super().accept()

    def _save(self) -> None:
        day = forms.date_of(self.on)
        if day is None:
            raise ValidationError.single("on", "required")
        db, item_id = self._bench.db, self.item.id
        assert item_id is not None
        quantity = self.quantity.value()
        if self.kind is MovementKind.PURCHASE:
            cost = parse_money(self.unit_cost.text(), "unit_cost")
            if cost is None:
                raise ValidationError.single("unit_cost", "required")
            supplier, number = self.supplier.text().strip(), self.document_number.text().strip()
            measure = self.measure.currentData()

            def do() -> StockMovement:
                return gifts.record_purchase(db, item_id, day, quantity, cost, supplier, number,
                                             measure)  # fmt: skip
        elif self.kind is MovementKind.WRITE_OFF:
            reason = self.reason.text().strip()

            def do() -> StockMovement:
                return gifts.write_off(db, item_id, day, quantity, reason)
        else:

            def do() -> StockMovement:
                return gifts.stock_take(db, item_id, day, quantity)

        lang = self._bench.language
        text = f"{enum_label(self.kind, lang)}: {item_name(self.item, lang)}"  # type: ignore[arg-type]
        self.saved = movement_step(self._bench, text, do)


def movement_step(bench: Workbench, text: str, do: Callable[[], StockMovement]) -> StockMovement:
    """Enter a movement as one undoable step; undo takes it back, redo enters it again."""
    db = bench.db
    current: list[StockMovement] = []

    def first() -> StockMovement:
        current[:] = [do()]
        return current[0]

    def undo() -> None:
        assert current[0].id is not None
        gifts.cancel_movement(db, current[0].id)

    def redo() -> None:
        current[:] = [gifts.repeat_movement(db, current[0])]

    return bench.edits.perform(text, first, lambda _done: (undo, redo))
