"""The gift register: the gifts the council gave and received in a period, each received one
measured against the limits in force on its day (per gift, and per year from one source),
with its totals; entries are added, changed and deleted here as undoable steps, and the
limits table is kept from here too.

The figures and the limit checks are those the printed register shows
(``planner.services.gift_documents.gift_register_entries``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
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

from planner.domain.enums import GiftDirection
from planner.domain.errors import PlannerError, StaleEditError, ValidationError
from planner.domain.messages import enum_label
from planner.domain.records import GiftLimit, GiftRecord
from planner.domain.zones import today_in_kyiv
from planner.gui import forms
from planner.gui.edits import RecordOps
from planner.gui.formats import short_date
from planner.gui.gift_limits_dialog import GiftLimitsDialog
from planner.gui.money import MoneyEdit, money
from planner.gui.table_model import TextTableModel, read_only_table
from planner.gui.workbench import Workbench
from planner.services.delegations import list_delegations
from planner.services.gift_documents import gift_register_entries
from planner.services.gifts import (
    delete_gift_record,
    get_gift_record,
    gift_limit_on,
    list_stock,
    restore_gift_record,
    save_gift_record,
)
from planner.services.partners import list_partners
from planner.services.people import list_people

if TYPE_CHECKING:
    from planner.exports.gift_register import RegisterEntry

RED = "#b00020"
NOTES_HEIGHT = 80

_HEADERS = (
    QT_TRANSLATE_NOOP("GiftRegisterModel", "Date"),
    QT_TRANSLATE_NOOP("GiftRegisterModel", "Given/received"),
    QT_TRANSLATE_NOOP("GiftRegisterModel", "Occasion, delegation"),
    QT_TRANSLATE_NOOP("GiftRegisterModel", "Giver → recipient"),
    QT_TRANSLATE_NOOP("GiftRegisterModel", "Gift"),
    QT_TRANSLATE_NOOP("GiftRegisterModel", "Value"),
    QT_TRANSLATE_NOOP("GiftRegisterModel", "Above the limit"),
    QT_TRANSLATE_NOOP("GiftRegisterModel", "Handed over"),
)
VALUE_COLUMN, ABOVE_COLUMN = 5, 6


def gift_record_ops(bench: Workbench) -> RecordOps[GiftRecord]:
    db = bench.db
    return RecordOps(
        save=lambda r: save_gift_record(db, r),
        delete=lambda i, v: delete_gift_record(db, i, v),
        restore=lambda i: restore_gift_record(db, i),
    )


def is_above(entry: RegisterEntry) -> bool:
    return entry.limit is not None and entry.limit.above


def above_text(entry: RegisterEntry) -> str:
    """Why a received gift is above the limit ("over 3 028,00 грн per gift"), or that it is not;
    empty for a gift the council gave."""

    check = entry.limit
    if check is None:
        return ""
    if check.above_per_gift and check.per_gift is not None:
        return QCoreApplication.translate(
            "GiftRegisterModel", "over %1 per gift").replace("%1", money(check.per_gift))  # fmt: skip
    if check.above_per_year and check.per_year is not None:
        return QCoreApplication.translate(
            "GiftRegisterModel", "over %1 a year from one source"
        ).replace("%1", money(check.per_year))
    if check.marked:
        return QCoreApplication.translate("GiftRegisterModel", "yes (marked by the officer)")
    if check.per_gift is None:
        return QCoreApplication.translate("GiftRegisterModel", "no limit set for the day")
    if check.value is None:
        return QCoreApplication.translate("GiftRegisterModel", "no (value unknown)")
    return QCoreApplication.translate("GiftRegisterModel", "no")


class GiftRegisterModel(TextTableModel):
    """The register's entries in date order; an entry above the limit is in red."""

    RECORD_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, language: str) -> None:
        super().__init__("GiftRegisterModel", _HEADERS)
        self._language = language

    def cells(self, row: Any) -> tuple[str, ...]:
        entry: RegisterEntry = row
        occasion = [entry.occasion]
        if entry.delegation and entry.delegation != entry.occasion:
            occasion.append(entry.delegation)
        gift = entry.description
        if entry.item and entry.item != entry.description:
            gift = f"{gift} ({entry.item})"
        if entry.direction is GiftDirection.RECEIVED or entry.handed_over:
            handed = (QCoreApplication.translate("GiftRegisterModel", "yes") if entry.handed_over
                      else QCoreApplication.translate("GiftRegisterModel", "no"))  # fmt: skip
        else:
            handed = ""
        return (short_date(entry.on), enum_label(entry.direction, self._language),  # type: ignore[arg-type]
                " · ".join(o for o in occasion if o), f"{entry.giver} → {entry.recipient}",
                gift, money(entry.value) if entry.value is not None else "—",
                above_text(entry), handed)  # fmt: skip

    def role_data(self, row: Any, column: int, role: int) -> Any:
        if role == self.RECORD_ROLE:
            return row.record_id
        if role == Qt.ItemDataRole.ForegroundRole and is_above(row):
            return QBrush(QColor(RED))
        if role == Qt.ItemDataRole.FontRole and column == ABOVE_COLUMN and is_above(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == VALUE_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class GiftRegisterPanel(QWidget):
    """``GiftRegisterPanel(bench, today=None)``: the register of the year of ``today`` (Kyiv's
    today when not given), narrowed to a period and a direction."""

    def __init__(self, bench: Workbench, today: date | None = None) -> None:
        super().__init__()
        self.setObjectName("gift_register")
        self._bench = bench
        self._today = today or today_in_kyiv()
        year = self._today.year
        self.first = forms.date_edit(date(year, 1, 1))
        self.first.setObjectName("gift_register_from")
        self.first.setAccessibleName(self.tr("Period from"))
        self.last = forms.date_edit(date(year, 12, 31))
        self.last.setObjectName("gift_register_to")
        self.last.setAccessibleName(self.tr("Period to"))
        self.direction = QComboBox()
        self.direction.setObjectName("gift_register_direction")
        self.direction.setAccessibleName(self.tr("Given or received"))
        self.direction.addItem(self.tr("Given and received"), None)
        for value in GiftDirection:
            self.direction.addItem(enum_label(value, bench.language), value.value)
        first_label = QLabel(self.tr("&From:"))
        first_label.setBuddy(self.first)
        last_label = QLabel(self.tr("&To:"))
        last_label.setBuddy(self.last)
        direction_label = QLabel(self.tr("&Show:"))
        direction_label.setBuddy(self.direction)
        for signal in (self.first.dateChanged, self.last.dateChanged):
            signal.connect(lambda _day: self.refresh())
        self.direction.currentIndexChanged.connect(lambda _index: self.refresh())
        top = QHBoxLayout()
        for widget in (first_label, self.first, last_label, self.last, direction_label,
                       self.direction):  # fmt: skip
            top.addWidget(widget)
        top.addStretch()

        self.model = GiftRegisterModel(bench.language)
        self.table = read_only_table(self.model, "gift_register_table", self.tr("Gift register"))
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.edit_entry())  # Enter, double-click
        self.total = QLabel()
        self.total.setObjectName("gift_register_total")
        self.total.setStyleSheet("font-weight: 600;")
        self.total.setWordWrap(True)

        self.new_button = QPushButton(self.tr("&New entry…"))
        self.new_button.setObjectName("new_gift_record")
        self.new_button.clicked.connect(self.new_entry)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("edit_gift_record")
        self.edit_button.clicked.connect(self.edit_entry)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setObjectName("delete_gift_record")
        self.delete_button.clicked.connect(self.delete_entry)
        self.limits_button = QPushButton(self.tr("&Limits…"))
        self.limits_button.setObjectName("gift_limits")
        self.limits_button.setToolTip(self.tr("The legal limits on gifts to officials"))
        self.limits_button.clicked.connect(self.open_limits)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch()
        self.print_button = QPushButton(self.tr("&Print register…"))
        self.print_button.setObjectName("print_gift_register")
        self.print_button.setToolTip(self.tr("The register of the period chosen, as PDF"))
        self.print_button.clicked.connect(self.print_register)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.limits_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        layout.addLayout(buttons)
        bench.edits.changed.connect(self.refresh)
        self.refresh()

    def print_register(self) -> None:
        from planner.gui.printing import gift_register_job, open_job

        first, last = self.period()
        if last < first:
            return  # the total line already says the period ends before it starts
        self.preview = open_job(self._bench, gift_register_job(self._bench, first, last))

    def period(self) -> tuple[date, date]:
        return (forms.date_of(self.first) or self._today, forms.date_of(self.last) or self._today)

    def refresh(self) -> None:
        chosen = self.chosen_record()
        first, last = self.period()
        try:
            entries = gift_register_entries(self._bench.db, first, last)
        except ValidationError as problem:
            self.model.set_rows([])
            self.total.setStyleSheet(f"font-weight: 600; color: {RED};")
            self.total.setText(problem.message(self._bench.language))
            self._enable()
            return
        wanted = self.direction.currentData()
        if wanted is not None:
            entries = [e for e in entries if e.direction.value == wanted]
        self.model.set_rows(entries)
        given = [e for e in entries if e.direction is GiftDirection.GIVEN]
        received = [e for e in entries if e.direction is GiftDirection.RECEIVED]

        def worth(rows: list[RegisterEntry]) -> str:
            return money(sum((e.value or Decimal(0) for e in rows), Decimal(0)))

        self.total.setStyleSheet("font-weight: 600;")
        self.total.setText(
            self.tr("Entries: %1; given: %2, worth %3; received: %4, worth %5; "
                    "above the limit: %6")
            .replace("%1", str(len(entries))).replace("%2", str(len(given)))
            .replace("%3", worth(given)).replace("%4", str(len(received)))
            .replace("%5", worth(received)).replace("%6", str(sum(map(is_above, entries)))))  # fmt: skip
        again = next((n for n, e in enumerate(entries) if e.record_id == chosen),
                     0 if entries else None)  # fmt: skip
        if again is not None:
            self.table.setCurrentIndex(self.model.index(again, 0))
        self._enable()

    def _enable(self) -> None:
        has = self.model.rowCount() > 0
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def chosen_record(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(GiftRegisterModel.RECORD_ROLE) if index.isValid() else None

    def new_entry(self) -> GiftRecordDialog:
        """Open the dialog of a new entry dated today (``exec``: returns when it is closed)."""
        day = min(max(self._today, self.period()[0]), self.period()[1]) \
            if self.period()[0] <= self.period()[1] else self._today  # fmt: skip
        return self._open(GiftRecordDialog(self._bench, None, self, day=day))

    def edit_entry(self) -> GiftRecordDialog | None:
        record_id = self.chosen_record()
        if record_id is None:
            return None
        try:
            record = get_gift_record(self._bench.db, record_id)
        except PlannerError as problem:
            forms.show_problem(self, problem, self._bench.language)
            self.refresh()
            return None
        return self._open(GiftRecordDialog(self._bench, record, self))

    def _open(self, dialog: GiftRecordDialog) -> GiftRecordDialog:
        self.editor = dialog  # for a test to reach the dialog while it is open
        dialog.exec()
        if dialog.saved is not None and dialog.saved.id is not None:
            row = next((n for n in range(self.model.rowCount())
                        if self.model.row(n).record_id == dialog.saved.id), None)  # fmt: skip
            if row is not None:
                self.table.setCurrentIndex(self.model.index(row, 0))
        return dialog

    def delete_entry(self) -> bool:
        """Delete the chosen entry after asking; True when deleted (one undoable step)."""
        record_id = self.chosen_record()
        if record_id is None:
            return False
        lang = self._bench.language
        try:
            record = get_gift_record(self._bench.db, record_id)
        except PlannerError as problem:
            forms.show_problem(self, problem, lang)
            self.refresh()
            return False
        answer = QMessageBox.question(
            self, self.tr("Delete the entry"),
            self.tr("Delete the entry «%1» of %2 from the gift register?")
            .replace("%1", record.description).replace("%2", short_date(record.on)),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return False
        text = self.tr("Delete gift register entry «%1»").replace("%1", record.description)
        try:
            self._bench.edits.delete(gift_record_ops(self._bench), text, record)
        except PlannerError as problem:
            forms.show_problem(self, problem, lang)
            self.refresh()
            return False
        return True

    def open_limits(self) -> GiftLimitsDialog:
        dialog = GiftLimitsDialog(self._bench, self)
        self.limits_dialog = dialog  # for a test to reach the dialog while it is open
        dialog.exec()
        return dialog

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.table.hasFocus():
            self.delete_entry()
            return
        super().keyPressEvent(event)


def _combo(empty: str, choices: list[tuple[str, int]]) -> QComboBox:
    """A choice of a record by name; the first choice ``empty`` means none (data None)."""
    combo = QComboBox()
    combo.addItem(empty, None)
    for name, record_id in choices:
        combo.addItem(name, record_id)
    return combo


class GiftRecordDialog(QDialog):
    """``GiftRecordDialog(bench, record, parent=None, day=None)``: every field of one register
    entry; None adds one (dated ``day``, today when not given). Save is one undoable step; a
    refused one shows its problems beside the fields and writes nothing; a save refused
    because another officer changed the entry offers to reload it. After a save,
    ``dialog.saved`` holds the entry as stored."""

    def __init__(self, bench: Workbench, record: GiftRecord | None,
                 parent: QWidget | None = None, day: date | None = None) -> None:  # fmt: skip
        super().__init__(parent if parent is not None else bench.window)
        self.setObjectName("gift_record_dialog")
        self._bench = bench
        self._language = lang = bench.language
        self.record = record
        self.saved: GiftRecord | None = None
        self._limits: dict[date, GiftLimit | None] = {}
        self._was_above = False
        db = bench.db

        self.direction_input = forms.enum_combo(GiftDirection, lang)
        self.on = forms.date_edit(day or today_in_kyiv())
        self.occasion = QLineEdit()
        visits = [((v.title_en if lang == "en" and v.title_en else v.title_uk)
                   + f" ({short_date(v.start_date)})", v.id) for v in list_delegations(db)]  # fmt: skip
        self.delegation = _combo(self.tr("(no delegation)"), visits)
        self.giver = QLineEdit()
        self.recipient = QLineEdit()
        partners = [(p.name_en if lang == "en" and p.name_en else p.name_uk, p.id)
                    for p in list_partners(db)]  # fmt: skip
        self.partner = _combo(self.tr("(no partner)"), partners)
        people = [(" ".join(n for n in (p.family_name, p.given_names) if n), p.id)
                  for p in list_people(db)]  # fmt: skip
        self.person = _combo(self.tr("(no person)"), people)
        items = [(s.item.name_en if lang == "en" and s.item.name_en else s.item.name_uk,
                  s.item.id) for s in list_stock(db) if s.item.id is not None]  # fmt: skip
        self.item = _combo(self.tr("(not from the stock)"), items)
        self.description = QLineEdit()
        self.value = MoneyEdit()
        self.limit_note = QLabel()
        self.limit_note.setObjectName("limit_note")
        self.limit_note.setWordWrap(True)
        self.limit_note.setTextFormat(Qt.TextFormat.PlainText)
        self.exceeds_limit = QCheckBox(self.tr("Above the legal limit"))
        self.handed_over = QCheckBox(self.tr("Handed over to the community's property"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(NOTES_HEIGHT)
        for combo in (self.delegation, self.partner, self.person, self.item):
            combo.setMaximumWidth(520)

        layout = QFormLayout()
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = forms.Form(layout)
        add = self.form.add
        add("direction", self.tr("Given or &received:"), self.direction_input)
        add("on", self.tr("&Date:"), self.on)
        add("description", self.tr("&Gift:"), self.description)
        add("item_id", self.tr("From the &stock:"), self.item)
        add("value", self.tr("&Value:"), self.value)
        layout.addRow("", self.limit_note)
        add("exceeds_limit", "", self.exceeds_limit)
        self.exceeds_limit.setAccessibleName(self.exceeds_limit.text())
        add("handed_over", "", self.handed_over)
        self.handed_over.setAccessibleName(self.handed_over.text())
        add("occasion", self.tr("&Occasion:"), self.occasion)
        add("delegation_id", self.tr("De&legation:"), self.delegation)
        add("giver", self.tr("Gi&ver:"), self.giver)
        add("recipient", self.tr("Re&cipient:"), self.recipient)
        add("partner_id", self.tr("&Partner:"), self.partner)
        add("person_id", self.tr("P&erson:"), self.person)
        add("notes", self.tr("&Notes:"), self.notes)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save")
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(layout)
        outer.addStretch()
        outer.addWidget(buttons)
        self.save_button.setDefault(True)
        self.setMinimumWidth(640)

        if record is None or record.id is None:
            self.setWindowTitle(self.tr("New gift register entry"))
        else:
            self.setWindowTitle(self.tr("Gift register entry «%1»")
                                .replace("%1", record.description))  # fmt: skip
        self._show(record or GiftRecord(direction=GiftDirection.GIVEN, on=self._day(),
                                        description=""))  # fmt: skip
        self.direction_input.currentIndexChanged.connect(lambda _index: self._check_limit())
        self.on.dateChanged.connect(lambda _day: self._check_limit())
        self.value.textChanged.connect(lambda _text: self._check_limit())
        self.form.show_beginnings()
        self.description.setFocus()

    def _day(self) -> date:
        return forms.date_of(self.on) or today_in_kyiv()

    def _show(self, record: GiftRecord) -> None:
        if record.id is not None:
            self.record = record
        forms.choose(self.direction_input, record.direction)
        forms.set_date(self.on, record.on)
        self.occasion.setText(record.occasion)
        forms.choose(self.delegation, record.delegation_id)
        self.giver.setText(record.giver)
        self.recipient.setText(record.recipient)
        forms.choose(self.partner, record.partner_id)
        forms.choose(self.person, record.person_id)
        forms.choose(self.item, record.item_id)
        self.description.setText(record.description)
        self.value.set_value(record.value)
        self.exceeds_limit.setChecked(record.exceeds_limit)
        self.handed_over.setChecked(record.handed_over)
        self.notes.setPlainText(record.notes)
        # An entry already above the limit is not ticked again if the officer unticked it.
        self._was_above = self._measure()[0]
        self._check_limit()
        self._initial = self.current()

    def current(self) -> GiftRecord:
        """The entry as the form shows it now."""
        base = self.record or GiftRecord(direction=GiftDirection.GIVEN, on=self._day(),
                                         description="")  # fmt: skip
        return replace(
            base,
            direction=GiftDirection(self.direction_input.currentData()),
            on=self._day(),
            occasion=self.occasion.text().strip(),
            delegation_id=self.delegation.currentData(),
            giver=self.giver.text().strip(),
            recipient=self.recipient.text().strip(),
            partner_id=self.partner.currentData(),
            person_id=self.person.currentData(),
            item_id=self.item.currentData(),
            description=self.description.text().strip(),
            value=self.value.value(),
            exceeds_limit=self.exceeds_limit.isChecked(),
            handed_over=self.handed_over.isChecked(),
            notes=self.notes.toPlainText().strip(),
        )

    def is_changed(self) -> bool:
        return self.current() != self._initial

    def _limit_on(self, day: date) -> GiftLimit | None:
        if day not in self._limits:
            self._limits[day] = gift_limit_on(self._bench.db, day)
        return self._limits[day]

    def _measure(self) -> tuple[bool, str]:
        """Whether a received gift of this value is above the per-gift limit in force on its
        day, and the note that says so (empty when there is nothing to say)."""
        received = self.direction_input.currentData() == GiftDirection.RECEIVED.value
        value = self.value.value()
        if not received or value is None:
            return False, ""
        day = self._day()
        limit = self._limit_on(day)
        if limit is None:
            return False, self.tr("No limit on gifts is set for %1.").replace("%1", short_date(day))
        if value > limit.per_gift:
            return True, self.tr(
                "Above the limit in force on %1: %2 per gift. Tick “above the legal limit” and "
                "hand the gift over to the community's property."
            ).replace("%1", short_date(day)).replace("%2", money(limit.per_gift))
        return False, self.tr(
            "Within the limit in force on %1: %2 per gift (and %3 a year from one source)."
        ).replace("%1", short_date(day)).replace("%2", money(limit.per_gift)).replace(
            "%3", money(limit.per_year_from_one_source)
        )

    def _check_limit(self) -> None:
        above, note = self._measure()
        self.limit_note.setText(note)
        self.limit_note.setVisible(bool(note))
        self.limit_note.setStyleSheet(f"color: {RED}; font-weight: 600;" if above else "")
        if above and not self._was_above:
            self.exceeds_limit.setChecked(True)  # the officer can untick it
        self._was_above = above

    def save(self) -> bool:
        """Save what the form shows; True when stored (the dialog then closes)."""
        record = self.current()
        ops, edits = gift_record_ops(self._bench), self._bench.edits
        try:
            if self.record is None or self.record.id is None:
                text = self.tr("Add gift register entry «%1»").replace("%1", record.description)
                self.saved = edits.create(ops, text, record)
            else:
                text = self.tr("Change gift register entry «%1»").replace(
                    "%1", record.description)  # fmt: skip
                self.saved = edits.edit(ops, text, self.record, record)
        except ValidationError as problem:
            forms.show_problems_in(self, [self.form], problem, self._language)
            return False
        except StaleEditError as problem:
            if forms.offer_reload(self, problem, self._language):
                self.reload()
            return False
        except PlannerError as problem:
            forms.show_problem(self, problem, self._language)
            return False
        self.accept()
        return True

    def reload(self) -> None:
        """Show the entry as stored now; the changes made in this dialog are dropped."""
        assert self.record is not None and self.record.id is not None
        try:
            record = get_gift_record(self._bench.db, self.record.id)
        except PlannerError as problem:
            forms.show_problem(self, problem, self._language)
            return
        self.form.clear_problems()
        self._show(record)

    def reject(self) -> None:
        """Cancel, Escape or closing the window: asks first when something was changed."""
        if forms.may_close(self, self.is_changed(), self.save):
            super().reject()
