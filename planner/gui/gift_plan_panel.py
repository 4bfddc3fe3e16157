"""The Gifts tab of the delegation editor: the gifts planned for each recipient (a participant,
a partner, or both), what to warn about while planning (too little stock for all still to be
handed out; the same item given to the same recipient before, with the date), and handing
them out — one click or Ctrl+Enter — which moves the stock and writes the gift register's
entry. Every change is one undoable step; undoing a hand-out takes it back whole.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.domain.gift_warnings import GiftWarning, GiftWarningCode
from planner.domain.records import Delegation, PlannedGift
from planner.gui import forms
from planner.gui.delegation_tab import DelegationTab
from planner.gui.edits import RecordOps
from planner.gui.gift_dialogs import attempt, item_name, quantity_box
from planner.gui.money import money
from planner.gui.person_editor import NO_MODIFIER, KeyActions, enter_keys, person_name
from planner.gui.table_model import Index, TextTableModel, read_only_table
from planner.gui.workbench import Workbench
from planner.services import planned_gifts
from planner.services.gift_warnings import gift_warnings
from planner.services.gifts import list_stock
from planner.services.partners import list_partners
from planner.services.people import list_participants
from planner.services.planned_gifts import PlannedGiftRow

CTRL = Qt.KeyboardModifier.ControlModifier
WARNING_COLOUR = "#b00020"

_HEADERS = (
    QT_TRANSLATE_NOOP("GiftPlanModel", "Date"),
    QT_TRANSLATE_NOOP("GiftPlanModel", "Gift"),
    QT_TRANSLATE_NOOP("GiftPlanModel", "Qty"),
    QT_TRANSLATE_NOOP("GiftPlanModel", "Recipient"),
    QT_TRANSLATE_NOOP("GiftPlanModel", "Value"),
    QT_TRANSLATE_NOOP("GiftPlanModel", "Handed out"),
    QT_TRANSLATE_NOOP("GiftPlanModel", "Warnings"),
)
DAY, GIFT, QTY, RECIPIENT, VALUE, HANDED, WARNINGS = range(7)


def planned_gift_ops(bench: Workbench) -> RecordOps[PlannedGift]:
    db = bench.db
    return RecordOps(
        save=lambda gift: planned_gifts.save_planned_gift(db, gift),
        delete=lambda i, v: planned_gifts.delete_planned_gift(db, i, v),
        restore=lambda i: planned_gifts.restore_planned_gift(db, i),
    )


def recipient_text(row: PlannedGiftRow, language: str) -> str:
    names = [row.person.get(language), row.partner.get(language)]  # type: ignore[arg-type]
    return ", ".join(name for name in names if name)


class GiftPlanModel(TextTableModel):
    """The visit's planned gifts, as ``list_planned_gifts`` gives them."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, language: str) -> None:
        super().__init__("GiftPlanModel", _HEADERS)
        self._language = language

    def cells(self, row: Any) -> tuple[str, ...]:
        planned: PlannedGiftRow = row
        gift, lang = planned.gift, self._language
        return (
            f"{gift.on:%d.%m.%Y}", planned.item.get(lang),  # type: ignore[arg-type]
            QLocale().toString(gift.quantity), recipient_text(planned, lang),
            money(planned.value), "✓" if gift.handed_out else "",
            " ".join(w.message(lang) for w in planned.warnings),  # type: ignore[arg-type]
        )  # fmt: skip

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The warnings column says each warning in short; its tooltip says them whole.
        if role == Qt.ItemDataRole.DisplayRole and index.isValid() and index.column() == WARNINGS:
            return "; ".join(self._short(w) for w in self.row(index.row()).warnings)
        return super().data(index, role)

    def _short(self, warning: GiftWarning) -> str:
        if warning.code is GiftWarningCode.LOW_STOCK:
            return "⚠ " + QCoreApplication.translate(
                "GiftPlanModel", "%1 in stock, %2 planned"
            ).replace("%1", str(warning.available)).replace("%2", str(warning.requested))
        dates = ", ".join(f"{gift.on:%d.%m.%Y}" for gift in warning.earlier)
        return "⚠ " + QCoreApplication.translate("GiftPlanModel", "given before: %1").replace(
            "%1", dates
        )

    def role_data(self, row: Any, column: int, role: int) -> Any:
        planned: PlannedGiftRow = row
        if role == self.ID_ROLE:
            return planned.gift.id
        if role == Qt.ItemDataRole.ForegroundRole and column == WARNINGS:
            return QBrush(QColor(WARNING_COLOUR))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (QTY, VALUE, HANDED):
            right = (
                Qt.AlignmentFlag.AlignRight if column != HANDED else Qt.AlignmentFlag.AlignHCenter
            )
            return int(right | Qt.AlignmentFlag.AlignVCenter)
        return None


class GiftPlanPanel(DelegationTab):
    """``GiftPlanPanel(bench)``; ``show_delegation(delegation)`` shows a saved one."""

    def __init__(self, bench: Workbench) -> None:
        super().__init__(bench)
        self.setObjectName("gift_plan_panel")
        self.model = GiftPlanModel(bench.language)
        self.table = read_only_table(self.model, "gift_plan_table",
                                     self.tr("Gifts planned at the visit"))  # fmt: skip
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        for column in (DAY, QTY, VALUE, HANDED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(GIFT, 300)
        header.resizeSection(RECIPIENT, 240)
        header.setSectionResizeMode(WARNINGS, QHeaderView.ResizeMode.Stretch)

        self.plan_button = QPushButton(self.tr("&Plan a gift…"))
        self.plan_button.setObjectName("plan_gift")
        self.plan_button.setToolTip(self.tr("A gift for a participant or a partner (Insert)"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("edit_planned_gift")
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.setObjectName("remove_planned_gift")
        self.remove_button.setToolTip(self.tr("Drop the plan (Delete)"))
        self.hand_out_button = QPushButton(self.tr("&Hand out"))
        self.hand_out_button.setObjectName("hand_out_gift")
        self.hand_out_button.setToolTip(
            self.tr("Mark handed out: the stock goes down and the gift register gets the "
                    "entry (Ctrl+Enter)")
        )  # fmt: skip
        self.take_back_button = QPushButton(self.tr("&Take back"))
        self.take_back_button.setObjectName("take_back_gift")
        self.take_back_button.setToolTip(
            self.tr("Not handed out after all: the stock and the register are put back")
        )
        self.summary = QLabel()
        self.summary.setObjectName("gift_plan_summary")
        buttons = QHBoxLayout()
        for button in (self.plan_button, self.edit_button, self.remove_button,
                       self.hand_out_button, self.take_back_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)

        self.plan_button.clicked.connect(self.plan)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.hand_out_button.clicked.connect(self.hand_out)
        self.take_back_button.clicked.connect(self.take_back)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        KeyActions(self.table, {
            **enter_keys(self.edit),
            (Qt.Key.Key_Delete, NO_MODIFIER): self.remove,
            (Qt.Key.Key_Insert, NO_MODIFIER): self.plan,
            (Qt.Key.Key_Return, CTRL): self.hand_out,
            (Qt.Key.Key_Enter, CTRL): self.hand_out,
        })  # fmt: skip
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self, self.plan,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        bench.edits.changed.connect(self.refresh)
        self.setEnabled(False)
        self._update_buttons()

    def refresh(self) -> None:
        if self.delegation is None or self.delegation.id is None:
            return
        chosen = self.current()
        try:
            rows = planned_gifts.list_planned_gifts(self._bench.db, self.delegation.id)
        except PlannerError:  # the delegation is gone (an undo): the editor closes itself
            return
        self.model.set_rows(rows)
        if chosen is not None:
            self.select(chosen.gift.id)
        handed = [r for r in rows if r.gift.handed_out]
        warned = sum(1 for r in rows if r.warnings)
        total = sum((r.value for r in rows), Decimal(0))
        text = (
            self.tr("%1 planned, %2 handed out, worth %3 in all")
            .replace("%1", str(len(rows)))
            .replace("%2", str(len(handed)))
            .replace("%3", money(total))
        )
        if warned:
            text += " · " + self.tr("warnings: %1").replace("%1", str(warned))
        self.summary.setText(text)
        self._update_buttons()

    def record_id(self, row: Any) -> int | None:
        planned: PlannedGiftRow = row
        return planned.gift.id

    def current(self) -> PlannedGiftRow | None:
        row: PlannedGiftRow | None = super().current()
        return row

    def _update_buttons(self) -> None:
        row = self.current()
        self.edit_button.setEnabled(row is not None)
        self.remove_button.setEnabled(row is not None and not row.gift.handed_out)
        self.hand_out_button.setEnabled(row is not None and not row.gift.handed_out)
        self.take_back_button.setEnabled(row is not None and row.gift.handed_out)

    # Actions

    def plan(self) -> None:
        if self.delegation is None:
            return
        self._open(PlannedGiftDialog(self._bench, self.delegation, None, self))

    def edit(self) -> None:
        row = self.current()
        if row is None or self.delegation is None:
            return
        self._open(PlannedGiftDialog(self._bench, self.delegation, row.gift, self))

    def remove(self) -> None:
        row = self.current()
        if row is None or row.gift.handed_out:
            return
        name = row.item.get(self._bench.language)  # type: ignore[arg-type]
        self._do(row.gift.id, lambda: self._bench.edits.delete(
            planned_gift_ops(self._bench), self.tr("Remove planned gift «%1»").replace("%1", name),
            row.gift))  # fmt: skip

    def hand_out(self) -> None:
        row = self.current()
        if row is None or row.gift.handed_out:
            return
        db, lang = self._bench.db, self._bench.language
        name = row.item.get(lang)  # type: ignore[arg-type]
        self._do(row.gift.id, lambda: self._bench.edits.changing(
            self.tr("Hand out «%1»").replace("%1", name), row.gift,
            lambda i, v: planned_gifts.hand_out_planned(db, i, v),
            lambda i, v: planned_gifts.take_back_planned(db, i, v)))  # fmt: skip

    def take_back(self) -> None:
        row = self.current()
        if row is None or not row.gift.handed_out:
            return
        answer = QMessageBox.question(
            self, self.tr("Take back"),
            self.tr("«%1» was not handed out after all? Its stock movement and register entry "
                    "are removed.").replace("%1", row.item.get(self._bench.language)),  # type: ignore[arg-type]
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, lang = self._bench.db, self._bench.language
        name = row.item.get(lang)  # type: ignore[arg-type]
        self._do(row.gift.id, lambda: self._bench.edits.changing(
            self.tr("Take back «%1»").replace("%1", name), row.gift,
            lambda i, v: planned_gifts.take_back_planned(db, i, v),
            lambda i, v: planned_gifts.hand_out_planned(db, i, v)))  # fmt: skip


def _keep_choice(combo: QComboBox, data: int | None, name: str, why: str) -> None:
    """Add the planned choice ``data`` (named ``name``, with ``why`` it is not listed) when
    the list does not offer it any more."""
    if data and combo.findData(data) < 0:
        combo.addItem(f"{name or '#' + str(data)} — {why}", data)


class PlannedGiftDialog(QDialog):
    """Plan (or change) one gift: the item with its stock, how many, the day, the recipient
    among the participants and partners, the occasion; the warnings show as it is filled."""

    def __init__(self, bench: Workbench, delegation: Delegation, gift: PlannedGift | None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent or bench.window)
        self.setObjectName("planned_gift_dialog")
        assert delegation.id is not None
        self._bench = bench
        self.delegation = delegation
        self.loaded = gift or PlannedGift(delegation_id=delegation.id, item_id=0, quantity=1,
                                          on=delegation.start_date)  # fmt: skip
        self.saved: PlannedGift | None = None
        lang = bench.language
        self.setWindowTitle(self.tr("Plan a gift") if gift is None else self.tr("Planned gift"))
        layout = QFormLayout()
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = forms.Form(layout)
        self.item = QComboBox()
        for stock in list_stock(bench.db):
            shown = self.tr("%1 — %2 in stock").replace("%1", item_name(stock.item, lang)) \
                .replace("%2", QLocale().toString(stock.quantity))  # fmt: skip
            self.item.addItem(shown, stock.item.id)
        # A plan made before its item left the catalogue (or its recipient the visit or the
        # address book) still names them as planned: a save must never put the first item
        # of the list, or nobody, in their place.
        planned = next((row for row in planned_gifts.list_planned_gifts(bench.db, delegation.id)
                        if gift is not None and row.gift.id == gift.id), None)  # fmt: skip
        if planned is not None:
            _keep_choice(self.item, self.loaded.item_id, planned.item.get(lang),  # type: ignore[arg-type]
                         self.tr("no longer in the catalogue"))  # fmt: skip
        forms.choose(self.item, self.loaded.item_id)
        self.quantity = quantity_box(self.loaded.quantity, minimum=1)
        self.on = forms.date_edit(self.loaded.on)
        self.person = QComboBox()
        self.person.addItem(self.tr("(nobody)"), None)
        for row in list_participants(bench.db, delegation.id):
            person = row.person
            name = (person.latin_name if lang == "en" else "") or person_name(person)
            about = person.position or person.organisation
            self.person.addItem(name + (f" — {about}" if about else ""), person.id)
        if planned is not None:
            _keep_choice(self.person, self.loaded.recipient_person_id,
                         planned.person.get(lang), self.tr("not a participant now"))  # type: ignore[arg-type]  # fmt: skip
        forms.choose(self.person, self.loaded.recipient_person_id)
        self.partner = QComboBox()
        self.partner.addItem(self.tr("(none)"), None)
        ours = set(delegation.partner_ids)
        partners = list_partners(bench.db)
        for row in [p for p in partners if p.id in ours] + [
            p for p in partners if p.id not in ours
        ]:
            self.partner.addItem(row.name_en if lang == "en" and row.name_en else row.name_uk,
                                 row.id)  # fmt: skip
        if planned is not None:
            _keep_choice(self.partner, self.loaded.recipient_partner_id,
                         planned.partner.get(lang), self.tr("deleted"))  # type: ignore[arg-type]  # fmt: skip
        forms.choose(self.partner, self.loaded.recipient_partner_id)
        for combo in (self.item, self.person, self.partner):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(40)
        self.occasion = QLineEdit(self.loaded.occasion)
        self.occasion.setPlaceholderText(self.tr("e.g. official meeting with the mayor"))
        self.notes = QPlainTextEdit(self.loaded.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(60)
        self.form.add("item_id", self.tr("&Gift:"), self.item)
        self.form.add("quantity", self.tr("&Quantity:"), self.quantity)
        self.form.add("on", self.tr("&Day:"), self.on)
        self.form.add("recipient", self.tr("To &person:"), self.person)
        self.form.add("recipient_partner_id", self.tr("To pa&rtner:"), self.partner)
        self.form.add("occasion", self.tr("&Occasion:"), self.occasion)
        self.form.add("notes", self.tr("N&otes:"), self.notes)
        self.warnings = QLabel()
        self.warnings.setObjectName("planned_gift_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(f"color: {WARNING_COLOUR};")
        handed = self.loaded.handed_out
        for fixed in (self.item, self.quantity, self.on, self.person, self.partner):
            fixed.setEnabled(not handed)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        if handed:
            note = QLabel(self.tr("Handed out: only the occasion and the notes can change."))
            note.setWordWrap(True)
            outer.addWidget(note)
        outer.addLayout(layout)
        outer.addWidget(self.warnings)
        outer.addWidget(buttons)
        for combo in (self.item, self.person, self.partner):
            combo.currentIndexChanged.connect(lambda _index: self._warn())
        self.quantity.valueChanged.connect(lambda _value: self._warn())
        self.on.dateChanged.connect(lambda _day: self._warn())
        self._warn()
        self.resize(620, 0)

    def entered(self) -> PlannedGift:
        return replace(
            self.loaded, item_id=self.item.currentData() or 0, quantity=self.quantity.value(),
            on=forms.date_of(self.on) or self.delegation.start_date,
            recipient_person_id=self.person.currentData(),
            recipient_partner_id=self.partner.currentData(),
            occasion=self.occasion.text().strip(), notes=self.notes.toPlainText().strip(),
        )  # fmt: skip

    def _warn(self) -> None:
        """The warnings of the gift as typed (nothing to say of one already handed out)."""
        gift = self.entered()
        assert self.delegation.id is not None
        if gift.handed_out or not gift.item_id:
            self.warnings.setText("")
            return
        others = sum(
            row.gift.quantity
            for row in planned_gifts.list_planned_gifts(self._bench.db, self.delegation.id)
            if row.gift.item_id == gift.item_id
            and not row.gift.handed_out
            and row.gift.id != gift.id
        )
        try:
            found = gift_warnings(
                self._bench.db, self.delegation.id, gift.item_id, gift.quantity + others,
                recipient_partner_id=gift.recipient_partner_id,
                recipient_person_id=gift.recipient_person_id, on=gift.on,
            )  # fmt: skip
        except PlannerError as problem:
            self.warnings.setText(problem.message(self._bench.language))
            return
        self.warnings.setText("\n".join(
            "⚠ " + w.message(self._bench.language) for w in found))  # fmt: skip

    def reject(self) -> None:
        """Cancel, Escape or closing the window: asks first when something was changed."""
        if forms.may_close(self, self.entered() != self.loaded, self.accept):
            super().reject()

    def accept(self) -> None:
        self.form.clear_problems()
        lang = self._bench.language
        wanted = self.entered()
        if wanted == self.loaded and wanted.id is not None:
            super().accept()
            return

        def save() -> None:
            ops, edits = planned_gift_ops(self._bench), self._bench.edits
            name = self.item.currentText().split(" — ")[0]
            if wanted.id is None:
                self.saved = edits.create(ops, self.tr("Plan gift «%1»").replace("%1", name),
                                          wanted)  # fmt: skip
            else:
                self.saved = edits.edit(ops, self.tr("Change planned gift «%1»")
                                        .replace("%1", name), self.loaded, wanted)  # fmt: skip

        if attempt(self, [self.form], lang, save):
            super().accept()
