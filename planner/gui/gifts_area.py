"""The Gifts area: the souvenir and gift catalogue with the stock on a chosen day and its
value, the items at or below their reorder level marked, and the movements of the item
chosen (purchases, hand-outs, write-offs, stock-takes) in date order. Items are added and
changed here, and purchases, write-offs and stock-takes entered (each one undoable step);
hand-outs are planned and made in the delegation editor's Gifts tab.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import MovementKind
from planner.domain.errors import PlannerError
from planner.domain.messages import enum_label
from planner.domain.records import GiftItem, GiftStockRow, StockMovement
from planner.domain.zones import today_in_kyiv
from planner.gui import forms
from planner.gui.formats import long_date
from planner.gui.gift_dialogs import GiftItemDialog, MovementDialog, gift_item_ops, item_name
from planner.gui.money import money
from planner.gui.person_editor import NO_MODIFIER, KeyActions, enter_keys
from planner.gui.table_model import TextTableModel, read_only_table
from planner.gui.workbench import Workbench
from planner.services.delegations import list_delegations
from planner.services.gifts import list_movements, list_stock
from planner.services.partners import list_partners
from planner.services.people import list_people

_STOCK_HEADERS = (
    QT_TRANSLATE_NOOP("GiftStockModel", "Item"),
    QT_TRANSLATE_NOOP("GiftStockModel", "Category"),
    QT_TRANSLATE_NOOP("GiftStockModel", "In stock"),
    QT_TRANSLATE_NOOP("GiftStockModel", "Unit cost"),
    QT_TRANSLATE_NOOP("GiftStockModel", "Value"),
    QT_TRANSLATE_NOOP("GiftStockModel", "Reorder at"),
)
_MOVEMENT_HEADERS = (
    QT_TRANSLATE_NOOP("GiftMovementModel", "Date"),
    QT_TRANSLATE_NOOP("GiftMovementModel", "Movement"),
    QT_TRANSLATE_NOOP("GiftMovementModel", "Quantity"),
    QT_TRANSLATE_NOOP("GiftMovementModel", "Visit or recipient"),
    QT_TRANSLATE_NOOP("GiftMovementModel", "Document, supplier or reason"),
)


class GiftStockModel(TextTableModel):
    """The catalogue with the stock on a day, in the order the service lists it."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, language: str) -> None:
        super().__init__("GiftStockModel", _STOCK_HEADERS)
        self._language = language

    def cells(self, row: Any) -> tuple[str, ...]:
        stock: GiftStockRow = row
        item = stock.item
        name = item.name_en if self._language == "en" and item.name_en else item.name_uk
        category = item.category_en if self._language == "en" and item.category_en \
            else item.category  # fmt: skip
        return (name, category, str(stock.quantity), money(item.unit_cost),
                money(stock.value), str(item.reorder_level))  # fmt: skip

    def role_data(self, row: Any, column: int, role: int) -> Any:
        if role == self.ID_ROLE:
            return row.item.id
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 and row.below_reorder_level:
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class GiftMovementModel(TextTableModel):
    """One item's movements, oldest first; hand-outs name their visit and recipient."""

    def __init__(self, language: str) -> None:
        super().__init__("GiftMovementModel", _MOVEMENT_HEADERS)
        self._language = language
        self.names: dict[tuple[str, int], str] = {}

    def cells(self, row: Any) -> tuple[str, ...]:
        movement: StockMovement = row
        whom = [self.names.get(("delegation", movement.delegation_id or 0), ""),
                self.names.get(("person", movement.recipient_person_id or 0), ""),
                self.names.get(("partner", movement.recipient_partner_id or 0), "")]  # fmt: skip
        detail = [movement.document_number, movement.supplier, movement.reason]
        if movement.counted is not None:
            detail.insert(0, QLocale().toString(movement.counted))
        return (f"{movement.on:%d.%m.%Y}", enum_label(movement.kind, self._language),  # type: ignore[arg-type]
                f"{movement.quantity:+d}", " · ".join(w for w in whom if w),
                " · ".join(d for d in detail if d))  # fmt: skip

    def role_data(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class GiftsArea(QWidget):
    def __init__(self, bench: Workbench, today: date | None = None) -> None:
        super().__init__()
        self.setObjectName("gifts_area")
        self._bench = bench
        lang = bench.language
        self.search = QLineEdit()
        self.search.setObjectName("gift_search")
        self.search.setPlaceholderText(self.tr("Item or category, in Ukrainian or English…"))
        self.search.setAccessibleName(self.tr("Find a gift item"))
        self.search.textChanged.connect(lambda _text: self.refresh())
        search_label = QLabel(self.tr("&Find:"))
        search_label.setBuddy(self.search)
        self.as_of = forms.date_edit(today or today_in_kyiv())
        self.as_of.setObjectName("gift_as_of")
        self.as_of.setAccessibleName(self.tr("Stock on the day"))
        self.as_of.dateChanged.connect(lambda _day: self.refresh())
        as_of_label = QLabel(self.tr("Stock &on:"))
        as_of_label.setBuddy(self.as_of)
        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addWidget(as_of_label)
        top.addWidget(self.as_of)
        actions = QHBoxLayout()
        self.new_item_button = self._button("new_gift_item", self.tr("&New item…"),
                                            self.tr("Add an item to the catalogue (Insert)"),
                                            self.new_item)  # fmt: skip
        self.edit_item_button = self._button("edit_gift_item", self.tr("&Edit item…"),
                                             self.tr("Names, category, cost, photo (Enter)"),
                                             self.edit_item)  # fmt: skip
        self.delete_item_button = self._button("delete_gift_item", self.tr("&Delete item"),
                                               self.tr("Only an item with nothing in stock"),
                                               self.delete_item)  # fmt: skip
        self.purchase_button = self._button("gift_purchase", self.tr("&Purchase…"),
                                            self.tr("Items bought, with the invoice (Ctrl+B)"),
                                            lambda: self.enter(MovementKind.PURCHASE))  # fmt: skip
        self.write_off_button = self._button("gift_write_off", self.tr("&Write off…"),
                                             self.tr("Items lost or broken, with the reason"),
                                             lambda: self.enter(MovementKind.WRITE_OFF))  # fmt: skip
        self.stock_take_button = self._button("gift_stock_take", self.tr("Stock-&take…"),
                                              self.tr("Record the counted quantity"),
                                              lambda: self.enter(MovementKind.STOCK_TAKE))  # fmt: skip
        for button in (self.new_item_button, self.edit_item_button, self.delete_item_button):
            actions.addWidget(button)
        actions.addSpacing(16)
        for button in (self.purchase_button, self.write_off_button, self.stock_take_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.print_button = self._button("print_inventory", self.tr("Print in&ventory…"),
                                         self.tr("The inventory on the day chosen, as PDF"),
                                         self.print_inventory)  # fmt: skip
        self.export_button = self._button("export_inventory", self.tr("E&xport to Excel…"),
                                          self.tr("The inventory on the day chosen, as .xlsx"),
                                          self.export_inventory)  # fmt: skip
        actions.addWidget(self.print_button)
        actions.addWidget(self.export_button)

        self.stock_model = GiftStockModel(lang)
        self.stock = read_only_table(self.stock_model, "gift_stock", self.tr("Gift stock"))
        header = self.stock.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.stock.selectionModel().currentRowChanged.connect(lambda *_: self._show_movements())
        self.movement_model = GiftMovementModel(lang)
        self.movements = read_only_table(self.movement_model, "gift_movements",
                                self.tr("Movements of the item"))  # fmt: skip
        moves = self.movements.horizontalHeader()
        for column in range(3):
            moves.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (3, 4):
            moves.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.movements.setWordWrap(False)
        self.movements_label = QLabel(self.tr("Movements of the item chosen:"))
        self.total = QLabel()
        self.total.setObjectName("gift_total")
        self.total.setStyleSheet("font-weight: 600;")

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.movements_label)
        self.photo = QLabel()
        self.photo.setObjectName("gift_photo")
        self.photo.setFixedSize(160, 160)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.hide()
        beside = QHBoxLayout()
        beside.addWidget(self.movements, 1)
        beside.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        lower_layout.addLayout(beside)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.stock)
        splitter.addWidget(lower)
        splitter.setSizes([420, 260])
        stock_page = QWidget()
        stock_layout = QVBoxLayout(stock_page)
        stock_layout.addLayout(top)
        stock_layout.addLayout(actions)
        stock_layout.addWidget(splitter, 1)
        stock_layout.addWidget(self.total)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("gifts_tabs")
        self.tabs.addTab(stock_page, self.tr("&Stock"))
        from planner.gui.gift_register_panel import GiftRegisterPanel

        self.register = GiftRegisterPanel(bench, today)
        self.tabs.addTab(self.register, self.tr("&Register"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.stock.doubleClicked.connect(lambda _index: self.edit_item())
        KeyActions(self.stock, {
            **enter_keys(self.edit_item),
            (Qt.Key.Key_Insert, NO_MODIFIER): self.new_item,
            (Qt.Key.Key_Delete, NO_MODIFIER): self.delete_item,
        })  # fmt: skip
        QShortcut(QKeySequence("Ctrl+B"), stock_page,
                  lambda: self.enter(MovementKind.PURCHASE),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip
        self.dialog: QDialog | None = None
        bench.edits.changed.connect(self.refresh)
        self.refresh()

    def _button(self, name: str, text: str, tip: str, action: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(action)
        return button

    def refresh(self) -> None:
        chosen = self.chosen_item()
        day = forms.date_of(self.as_of) or today_in_kyiv()
        rows = list_stock(self._bench.db, day, self.search.text())
        self.stock_model.set_rows(rows)
        low = sum(1 for r in rows if r.below_reorder_level)
        value = sum((r.value for r in rows), Decimal("0"))
        self.total.setText(
            self.tr("On %1: %2 items, %3 pieces, worth %4; at or below the reorder level: %5")
            .replace("%1", long_date(day)).replace("%2", str(len(rows)))
            .replace("%3", str(sum(r.quantity for r in rows))).replace("%4", money(value))
            .replace("%5", str(low)))  # fmt: skip
        again = next((n for n, r in enumerate(rows) if r.item.id == chosen), 0 if rows else None)
        if again is not None:
            self.stock.setCurrentIndex(self.stock_model.index(again, 0))
        self._show_movements()

    def chosen_item(self) -> int | None:
        index = self.stock.currentIndex()
        return index.data(GiftStockModel.ID_ROLE) if index.isValid() else None

    def chosen_stock(self) -> GiftStockRow | None:
        index = self.stock.currentIndex()
        return self.stock_model.row(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        chosen = self.chosen_stock() is not None
        for button in (self.edit_item_button, self.delete_item_button, self.purchase_button,
                       self.write_off_button, self.stock_take_button):  # fmt: skip
            button.setEnabled(chosen)

    # Actions

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        saved = getattr(dialog, "saved", None)
        if isinstance(saved, GiftItem) and saved.id is not None:
            self.choose(saved.id)
        if self.dialog is dialog:
            self.dialog = None

    def choose(self, item_id: int) -> None:
        for number in range(self.stock_model.rowCount()):
            if self.stock_model.row(number).item.id == item_id:
                self.stock.setCurrentIndex(self.stock_model.index(number, 0))
                return

    def new_item(self) -> None:
        self._open(GiftItemDialog(self._bench, None, self))

    def edit_item(self) -> None:
        stock = self.chosen_stock()
        if stock is not None:
            self._open(GiftItemDialog(self._bench, stock.item, self))

    def delete_item(self) -> None:
        stock = self.chosen_stock()
        if stock is None:
            return
        name = item_name(stock.item, self._bench.language)
        answer = QMessageBox.question(
            self, self.tr("Delete item"),
            self.tr("Take «%1» out of the catalogue? Its movements stay on record.")
            .replace("%1", name),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._bench.edits.delete(gift_item_ops(self._bench),
                                     self.tr("Delete gift item «%1»").replace("%1", name),
                                     stock.item)  # fmt: skip
        except PlannerError as problem:
            forms.show_problem(self, problem, self._bench.language)

    def print_inventory(self) -> None:
        from planner.gui.printing import inventory_job, open_job

        day = forms.date_of(self.as_of) or today_in_kyiv()
        self.preview = open_job(self._bench, inventory_job(self._bench, day))

    def export_inventory(self, path: str | None = None) -> Path | None:
        """The inventory on the day chosen as an .xlsx workbook (whole, or not written)."""
        from planner.services.gift_documents import export_inventory

        day = forms.date_of(self.as_of) or today_in_kyiv()
        settings = self._bench.settings
        if path is None:
            folder = Path(str(settings.value("print/folder", str(Path.home()))))
            suggested = folder / self.tr("inventory-%1.xlsx").replace("%1", f"{day:%Y-%m-%d}")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the inventory"),
                                                  str(suggested),
                                                  self.tr("Excel workbooks (*.xlsx)"))  # fmt: skip
            if not path:
                return None
        target = Path(path if path.lower().endswith(".xlsx") else path + ".xlsx")
        try:
            export_inventory(self._bench.db, target, day, self._bench.language)
        except OSError as problem:
            QMessageBox.warning(self, self.tr("Export the inventory"), self.tr(
                "«%1» could not be written: %2").replace("%1", str(target)).replace(
                "%2", problem.strerror or str(problem)))  # fmt: skip
            return None
        settings.setValue("print/folder", str(target.parent))
        status = getattr(self._bench.window, "statusBar", None)
        if status is not None:
            status().showMessage(self.tr("Inventory written: %1").replace("%1", str(target)), 8000)
        return target

    def enter(self, kind: MovementKind) -> None:
        stock = self.chosen_stock()
        if stock is None:
            return
        day = forms.date_of(self.as_of)
        self._open(MovementDialog(self._bench, kind, stock.item, self, today=day))

    def _show_photo(self) -> None:
        stock = self.chosen_stock()
        path = stock.item.photo_path if stock is not None else ""
        picture = QPixmap(path) if path else QPixmap()
        if picture.isNull():
            self.photo.hide()
            return
        self.photo.setPixmap(picture.scaled(
            156, 156, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))  # fmt: skip
        self.photo.setToolTip(path)
        self.photo.show()

    def _show_movements(self) -> None:
        self._update_buttons()
        self._show_photo()
        item_id = self.chosen_item()
        if item_id is None:
            self.movement_model.set_rows([])
            return
        db, lang = self._bench.db, self._bench.language
        names: dict[tuple[str, int], str] = {}
        for visit in list_delegations(db):
            names["delegation", visit.id] = visit.title_en if lang == "en" and visit.title_en \
                else visit.title_uk  # fmt: skip
        for partner in list_partners(db):
            names["partner", partner.id] = partner.name_en if lang == "en" and partner.name_en \
                else partner.name_uk  # fmt: skip
        for person in list_people(db):
            names["person", person.id] = f"{person.family_name} {person.given_names}".strip()
        self.movement_model.names = names
        self.movement_model.set_rows(list_movements(db, item_id))
