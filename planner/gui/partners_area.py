"""The Partners area: the twin cities, organisations, embassies and companies the council works
with, found as the officer types any of their names (in Cyrillic or Latin letters), and beside
the chosen partner its agreements: twinning agreements, memoranda, partnership agreements.

Enter or a double click edits, Delete deletes (after asking, naming the record), Insert adds;
every change is one step of the undo history. Rows arrive sorted from the services (Ukrainian
alphabetical order for partners, by signing date for agreements).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.domain.messages import Language, enum_label
from planner.domain.records import Agreement, PartnerRow
from planner.domain.report import PartnerFile
from planner.gui import forms
from planner.gui.formats import date_range, long_date
from planner.gui.partner_editor import (
    AgreementDialog,
    PartnerDialog,
    agreement_ops,
    partner_name,
    partner_ops,
)
from planner.gui.workbench import Workbench
from planner.services.partners import get_agreement, get_partner, list_agreements, list_partners
from planner.services.partners_register import partner_file

Index = QModelIndex | QPersistentModelIndex
SPLITTER_KEY = "partners/splitter"

NAME, KIND, COUNTRY, AGREEMENTS = range(4)
_PARTNER_HEADERS = (
    QT_TRANSLATE_NOOP("PartnerTableModel", "Name"),
    QT_TRANSLATE_NOOP("PartnerTableModel", "Kind"),
    QT_TRANSLATE_NOOP("PartnerTableModel", "Country"),
    QT_TRANSLATE_NOOP("PartnerTableModel", "Agreements"),
)

TITLE, TYPE, SIGNED, VALID_UNTIL, STATUS = range(5)
_AGREEMENT_HEADERS = (
    QT_TRANSLATE_NOOP("AgreementTableModel", "Title"),
    QT_TRANSLATE_NOOP("AgreementTableModel", "Kind"),
    QT_TRANSLATE_NOOP("AgreementTableModel", "Signed"),
    QT_TRANSLATE_NOOP("AgreementTableModel", "Valid until"),
    QT_TRANSLATE_NOOP("AgreementTableModel", "Status"),
)

# The partner's file beside its agreements: its visits both ways, gifts, the people met.
_VISIT_HEADERS = (
    QT_TRANSLATE_NOOP("PartnersArea", "Dates"),
    QT_TRANSLATE_NOOP("PartnersArea", "Direction"),
    QT_TRANSLATE_NOOP("PartnersArea", "Visit"),
    QT_TRANSLATE_NOOP("PartnersArea", "Status"),
)
_GIFT_HEADERS = (
    QT_TRANSLATE_NOOP("PartnersArea", "Date"),
    QT_TRANSLATE_NOOP("PartnersArea", "Given or received"),
    QT_TRANSLATE_NOOP("PartnersArea", "Gift"),
    QT_TRANSLATE_NOOP("PartnersArea", "To or from"),
)
_PEOPLE_HEADERS = (
    QT_TRANSLATE_NOOP("PartnersArea", "Name"),
    QT_TRANSLATE_NOOP("PartnersArea", "Position"),
    QT_TRANSLATE_NOOP("PartnersArea", "Visits"),
    QT_TRANSLATE_NOOP("PartnersArea", "Last met"),
)
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # a visit's delegation id, a person's id

_DISPLAY = Qt.ItemDataRole.DisplayRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class PartnerTableModel(QAbstractTableModel):
    """The partners as the services list them; ``ID_ROLE`` gives a row's partner id."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, language: Language) -> None:
        super().__init__()
        self._language = language
        self._rows: list[PartnerRow] = []

    def set_rows(self, rows: list[PartnerRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def partner(self, row: int) -> PartnerRow:
        return self._rows[row]

    def row_of(self, partner_id: int) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.id == partner_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_PARTNER_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == _DISPLAY and horizontal and 0 <= section < len(_PARTNER_HEADERS):
            return QCoreApplication.translate("PartnerTableModel", _PARTNER_HEADERS[section])
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == _DISPLAY:
            if column == NAME:
                return partner_name(row, self._language)
            if column == KIND:
                return enum_label(row.kind, self._language)
            if column == COUNTRY:
                return row.country
            if column == AGREEMENTS:
                return str(row.agreement_count)
        if role == self.ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            other = row.name_uk if self._language == "en" else row.name_en
            return other or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == AGREEMENTS:
            return _RIGHT
        return None


class AgreementTableModel(QAbstractTableModel):
    """One partner's agreements, in the order the services give (by signing date)."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, language: Language) -> None:
        super().__init__()
        self._language = language
        self._rows: list[Agreement] = []

    def set_rows(self, rows: list[Agreement]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def agreement(self, row: int) -> Agreement:
        return self._rows[row]

    def row_of(self, agreement_id: int) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.id == agreement_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_AGREEMENT_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == _DISPLAY and horizontal and 0 <= section < len(_AGREEMENT_HEADERS):
            return QCoreApplication.translate("AgreementTableModel", _AGREEMENT_HEADERS[section])
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        agreement = self._rows[index.row()]
        column = index.column()
        if role == _DISPLAY:
            if column == TITLE:
                return agreement.title
            if column == TYPE:
                return enum_label(agreement.kind, self._language)
            if column == SIGNED:
                return long_date(agreement.signed_on) if agreement.signed_on else ""
            if column == VALID_UNTIL:
                return long_date(agreement.valid_until) if agreement.valid_until else ""
            if column == STATUS:
                return enum_label(agreement.status, self._language)
        if role == self.ID_ROLE:
            return agreement.id
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return "\n".join(part for part in (agreement.title, ", ".join(agreement.areas)) if part)
        return None


class RecordTable(QTableView):
    """A list of records driven by the keyboard: Enter opens the current row, Delete deletes
    it, Insert adds a new one."""

    open_requested = Signal()
    delete_requested = Signal()
    new_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table, to the buttons below it
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        self.doubleClicked.connect(lambda _index: self.open_requested.emit())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier)  # fmt: skip
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.currentIndex().isValid():
                self.open_requested.emit()
            event.accept()
        elif plain and key == Qt.Key.Key_Delete:
            if self.currentIndex().isValid():
                self.delete_requested.emit()
            event.accept()
        elif plain and key == Qt.Key.Key_Insert:
            self.new_requested.emit()
            event.accept()
        else:
            super().keyPressEvent(event)


def _file_model(headers: tuple[object, ...]) -> QStandardItemModel:
    model = QStandardItemModel(0, len(headers))
    model.setHorizontalHeaderLabels(
        [QCoreApplication.translate("PartnersArea", str(header)) for header in headers]
    )
    return model


def _file_table(name: str, model: QStandardItemModel, accessible: str) -> RecordTable:
    table = RecordTable()
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setModel(model)
    header = table.horizontalHeader()
    for column in range(model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(2 if model.columnCount() > 2 else 0,
                                QHeaderView.ResizeMode.Stretch)  # fmt: skip
    return table


def _fill(model: QStandardItemModel, rows: list[tuple[list[str], int | None]]) -> None:
    """The rows of a file tab; ``ID_ROLE`` of a row's first cell is its record's id."""
    model.removeRows(0, model.rowCount())
    for values, record_id in rows:
        items = [QStandardItem(value) for value in values]
        for item in items:
            item.setEditable(False)
        items[0].setData(record_id, ID_ROLE)
        model.appendRow(items)


def _escape_mnemonic(text: str) -> str:
    return text.replace("&", "&&")


class PartnersArea(QWidget):
    """``PartnersArea(bench)``: partners on the left, the chosen partner's agreements on the
    right; ``refresh()`` reads both again (it runs after every change of the database)."""

    def __init__(self, bench: Workbench) -> None:
        super().__init__()
        self.setObjectName("partners_area")
        self._bench = bench
        self._language = bench.language
        self.editor: PartnerDialog | AgreementDialog | None = None

        # Partners: search, list, buttons.
        self.search = QLineEdit()
        self.search.setObjectName("partner_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Name in Ukrainian, English or its own language…"))
        self.search.setAccessibleName(self.tr("Find partners"))
        search_label = QLabel(self.tr("Fin&d:"))
        search_label.setBuddy(self.search)

        self.partner_model = PartnerTableModel(self._language)
        self.partner_table = RecordTable()
        self.partner_table.setObjectName("partner_table")
        self.partner_table.setAccessibleName(self.tr("Partners"))
        self.partner_table.setModel(self.partner_model)
        header = self.partner_table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (KIND, COUNTRY, AGREEMENTS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        partners_label = QLabel(self.tr("&Partners:"))
        partners_label.setBuddy(self.partner_table)

        self.new_partner_button = QPushButton(self.tr("&New partner…"))
        self.edit_partner_button = QPushButton(self.tr("Ed&it partner…"))
        self.delete_partner_button = QPushButton(self.tr("Dele&te partner"))
        for button, name in ((self.new_partner_button, "new_partner"),
                             (self.edit_partner_button, "edit_partner"),
                             (self.delete_partner_button, "delete_partner")):  # fmt: skip
            button.setObjectName(name)

        # Agreements of the chosen partner.
        self.agreements_label = QLabel()
        self.agreements_label.setWordWrap(True)
        self.agreement_model = AgreementTableModel(self._language)
        self.agreement_table = RecordTable()
        self.agreement_table.setObjectName("agreement_table")
        self.agreement_table.setAccessibleName(self.tr("Agreements of the chosen partner"))
        self.agreement_table.setModel(self.agreement_model)
        header = self.agreement_table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (TYPE, SIGNED, VALID_UNTIL, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.agreements_label.setBuddy(self.agreement_table)

        self.new_agreement_button = QPushButton(self.tr("Ne&w agreement…"))
        self.edit_agreement_button = QPushButton(self.tr("Edit a&greement…"))
        self.delete_agreement_button = QPushButton(self.tr("De&lete agreement"))
        for button, name in ((self.new_agreement_button, "new_agreement"),
                             (self.edit_agreement_button, "edit_agreement"),
                             (self.delete_agreement_button, "delete_agreement")):  # fmt: skip
            button.setObjectName(name)

        # The chosen partner's file beside its agreements: visits, gifts, the people met.
        self.file: PartnerFile | None = None
        self.preview: QWidget | None = None
        self.visit_model = _file_model(_VISIT_HEADERS)
        self.visit_table = _file_table("partner_visits", self.visit_model,
                                       self.tr("Visits of the chosen partner"))  # fmt: skip
        self.gift_model = _file_model(_GIFT_HEADERS)
        self.gift_table = _file_table("partner_gifts", self.gift_model,
                                      self.tr("Gifts given to and received from the chosen partner"))  # fmt: skip
        self.people_model = _file_model(_PEOPLE_HEADERS)
        self.people_table = _file_table("partner_people", self.people_model,
                                        self.tr("People of the chosen partner"))  # fmt: skip
        self.file_tabs = QTabWidget()
        # Ctrl+Tab switches the tabs; the tab bar is not a stop of its own in the Tab order.
        self.file_tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.file_tabs.setObjectName("partner_file_tabs")
        self.print_file_button = QPushButton(self.tr("P&rint partner's file…"))
        self.print_file_button.setObjectName("print_partner_file")
        self.print_register_button = QPushButton(self.tr("Print the regi&ster…"))
        self.print_register_button.setObjectName("print_partners_register")
        self.print_register_button.setToolTip(
            self.tr("Every partner with its agreements, visits, gifts and people met")
        )

        self._lay_out(search_label, partners_label)
        self._connect()
        self.refresh()

    def _lay_out(self, search_label: QLabel, partners_label: QLabel) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(partners_label)
        left_layout.addWidget(self.partner_table)
        partner_buttons = (self.new_partner_button, self.edit_partner_button,
                           self.delete_partner_button)  # fmt: skip
        left_layout.addLayout(self._button_row(*partner_buttons))

        agreements = QWidget()
        agreements_layout = QVBoxLayout(agreements)
        agreements_layout.setContentsMargins(0, 0, 0, 0)
        agreements_layout.addWidget(self.agreement_table)
        agreement_buttons = (self.new_agreement_button, self.edit_agreement_button,
                             self.delete_agreement_button)  # fmt: skip
        agreements_layout.addLayout(self._button_row(*agreement_buttons))
        self.file_tabs.addTab(agreements, "")
        for table in (self.visit_table, self.gift_table, self.people_table):
            self.file_tabs.addTab(table, "")
        self._name_tabs()

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.agreements_label)
        right_layout.addWidget(self.file_tabs)
        right_layout.addLayout(self._button_row(self.print_file_button,
                                                self.print_register_button))  # fmt: skip

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("partners_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        # Partner names need the room first; agreement titles wrap in their tooltip.
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        state = self._bench.settings.value(SPLITTER_KEY)
        if state is not None:
            self.splitter.restoreState(state)  # type: ignore[arg-type]
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(self.splitter)

    @staticmethod
    def _button_row(*buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch()
        return row

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _text: self.refresh())
        # Enter in the search line goes on to the list it narrowed.
        self.search.returnPressed.connect(self.partner_table.setFocus)
        self.partner_table.selectionModel().selectionChanged.connect(self._partner_chosen)
        self.agreement_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.partner_table.open_requested.connect(self.edit_partner)
        self.partner_table.delete_requested.connect(self.delete_partner)
        self.partner_table.new_requested.connect(self.new_partner)
        self.agreement_table.open_requested.connect(self.edit_agreement)
        self.agreement_table.delete_requested.connect(self.delete_agreement)
        self.agreement_table.new_requested.connect(self.new_agreement)
        self.new_partner_button.clicked.connect(self.new_partner)
        self.edit_partner_button.clicked.connect(self.edit_partner)
        self.delete_partner_button.clicked.connect(self.delete_partner)
        self.new_agreement_button.clicked.connect(self.new_agreement)
        self.edit_agreement_button.clicked.connect(self.edit_agreement)
        self.delete_agreement_button.clicked.connect(self.delete_agreement)
        self.visit_table.open_requested.connect(self.open_visit)
        self.print_file_button.clicked.connect(self.print_partner_file)
        self.print_register_button.clicked.connect(self.print_register)
        self.splitter.splitterMoved.connect(self._remember_splitter)
        self._bench.edits.changed.connect(self.refresh)

    def _remember_splitter(self) -> None:
        self._bench.settings.setValue(SPLITTER_KEY, self.splitter.saveState())

    # What is chosen

    def current_partner(self) -> PartnerRow | None:
        rows = self.partner_table.selectionModel().selectedRows()
        return self.partner_model.partner(rows[0].row()) if rows else None

    def current_agreement(self) -> Agreement | None:
        rows = self.agreement_table.selectionModel().selectedRows()
        return self.agreement_model.agreement(rows[0].row()) if rows else None

    def select_partner(self, partner_id: int | None) -> None:
        """Choose the partner (or, when it is not listed, the first one listed)."""
        row = self.partner_model.row_of(partner_id) if partner_id is not None else None
        if row is None and self.partner_model.rowCount() > 0:
            row = 0
        if row is None:
            self._partner_chosen()
        else:
            self.partner_table.selectRow(row)
            self.partner_table.scrollTo(self.partner_model.index(row, NAME))

    def select_agreement(self, agreement_id: int | None) -> None:
        row = self.agreement_model.row_of(agreement_id) if agreement_id is not None else None
        if row is not None:
            self.agreement_table.selectRow(row)
        self._update_buttons()

    # Reading the database again

    def refresh(self) -> None:
        partner = self.current_partner()
        agreement = self.current_agreement()
        self.partner_model.set_rows(list_partners(self._bench.db, self.search.text()))
        self.select_partner(partner.id if partner else None)
        self._show_agreements()
        self.select_agreement(agreement.id if agreement else None)

    def _partner_chosen(self) -> None:
        self._show_agreements()
        self._update_buttons()

    def _show_agreements(self) -> None:
        partner = self.current_partner()
        if partner is None:
            self.agreements_label.setText(self.tr("&Agreements (choose a partner):"))
            self.agreement_model.set_rows([])
        else:
            name = _escape_mnemonic(partner_name(partner, self._language))
            self.agreements_label.setText(self.tr("&Agreements with «%1»:").replace("%1", name))
            self.agreement_model.set_rows(list_agreements(self._bench.db, partner.id))
        self._show_file(partner)
        self._update_buttons()

    def _show_file(self, partner: PartnerRow | None) -> None:
        """The chosen partner's visits, gifts and people, as its file gives them."""
        self.file = None
        if partner is not None:
            try:
                self.file = partner_file(self._bench.db, partner.id)
            except PlannerError:
                self.file = None  # deleted meanwhile: the next refresh drops it from the list
        lang = self._language
        visits = self.file.visits if self.file else ()
        gifts = self.file.gifts if self.file else ()
        people = self.file.people if self.file else ()
        _fill(self.visit_model, [
            ([date_range(v.first, v.last), enum_label(v.direction, lang),
              v.title.get(lang) + (f" ({v.place})" if v.place.strip() else ""),
              enum_label(v.status, lang)], v.delegation_id)
            for v in visits
        ])  # fmt: skip
        _fill(self.gift_model, [
            ([long_date(g.on), enum_label(g.direction, lang), g.description, g.person], None)
            for g in gifts
        ])  # fmt: skip
        _fill(self.people_model, [
            ([p.name.en or p.name.uk if lang == "en" else p.name.uk, p.position.get(lang),
              str(p.visits), long_date(p.last_met) if p.last_met else ""], p.person_id)
            for p in people
        ])  # fmt: skip
        self._name_tabs()

    def _name_tabs(self) -> None:
        file = self.file
        counts = (len(file.agreements), len(file.visits), len(file.gifts),
                  len(file.people)) if file else None  # fmt: skip
        names = (self.tr("Agreements"), self.tr("Visits"), self.tr("Gifts"), self.tr("People"))
        for tab, name in enumerate(names):
            shown = f"{name} ({counts[tab]})" if counts is not None else name
            self.file_tabs.setTabText(tab, shown)

    def _update_buttons(self) -> None:
        has_partner = self.current_partner() is not None
        has_agreement = self.current_agreement() is not None
        self.edit_partner_button.setEnabled(has_partner)
        self.delete_partner_button.setEnabled(has_partner)
        self.new_agreement_button.setEnabled(has_partner)
        self.edit_agreement_button.setEnabled(has_agreement)
        self.delete_agreement_button.setEnabled(has_agreement)
        self.print_file_button.setEnabled(has_partner)
        self.print_register_button.setEnabled(self.partner_model.rowCount() > 0)

    # Partners

    def new_partner(self) -> None:
        self._open(PartnerDialog(self._bench, None, self))

    def edit_partner(self) -> None:
        row = self.current_partner()
        if row is None:
            return
        try:
            partner = get_partner(self._bench.db, row.id)
        except PlannerError as problem:
            self._problem(problem)
            return
        self._open(PartnerDialog(self._bench, partner, self))

    def delete_partner(self) -> None:
        row = self.current_partner()
        if row is None:
            return
        try:
            partner = get_partner(self._bench.db, row.id)
        except PlannerError as problem:
            self._problem(problem)
            return
        name = partner_name(partner, self._language)
        detail = (self.tr("Its %n agreement(s) are hidden with it.", "", row.agreement_count)
                  if row.agreement_count else "")  # fmt: skip
        question = self.tr("Delete partner «%1»?").replace("%1", name)
        if not self._confirm(self.tr("Delete partner"), question, detail):
            return
        try:
            self._bench.edits.delete(partner_ops(self._bench),
                                     self.tr("Delete partner «%1»").replace("%1", name),
                                     partner)  # fmt: skip
        except PlannerError as problem:
            self._problem(problem)

    # Agreements

    def new_agreement(self) -> None:
        row = self.current_partner()
        if row is None:
            return
        try:
            partner = get_partner(self._bench.db, row.id)
        except PlannerError as problem:
            self._problem(problem)
            return
        self._open(AgreementDialog(self._bench, partner, None, self))

    def edit_agreement(self) -> None:
        chosen = self.current_agreement()
        if chosen is None or chosen.id is None:
            return
        try:
            agreement = get_agreement(self._bench.db, chosen.id)
            partner = get_partner(self._bench.db, agreement.partner_id)
        except PlannerError as problem:
            self._problem(problem)
            return
        self._open(AgreementDialog(self._bench, partner, agreement, self))

    def delete_agreement(self) -> None:
        chosen = self.current_agreement()
        if chosen is None or chosen.id is None:
            return
        try:
            agreement = get_agreement(self._bench.db, chosen.id)
        except PlannerError as problem:
            self._problem(problem)
            return
        question = self.tr("Delete agreement «%1»?").replace("%1", agreement.title)
        if not self._confirm(self.tr("Delete agreement"), question, ""):
            return
        try:
            self._bench.edits.delete(agreement_ops(self._bench),
                                     self.tr("Delete agreement «%1»").replace("%1",
                                                                             agreement.title),
                                     agreement)  # fmt: skip
        except PlannerError as problem:
            self._problem(problem)

    # The partner's file

    def current_visit(self) -> int | None:
        """The delegation id of the visit chosen in the Visits tab."""
        rows = self.visit_table.selectionModel().selectedRows()
        if not rows:
            return None
        value = self.visit_model.item(rows[0].row(), 0).data(ID_ROLE)
        return int(value) if value is not None else None

    def open_visit(self) -> None:
        """Open the chosen visit in the delegation editor."""
        delegation_id = self.current_visit()
        if delegation_id is not None:
            self._bench.open_delegation(delegation_id)

    def print_partner_file(self) -> None:
        """The print preview of the chosen partner's file."""
        from planner.gui.printing import open_job, partner_file_job

        partner = self.current_partner()
        if partner is None:
            return
        name = partner_name(partner, self._language)
        self.preview = open_job(self._bench, partner_file_job(self._bench, partner.id, name))

    def print_register(self) -> None:
        """The print preview of the registry of every partner and its agreements."""
        from planner.gui.printing import open_job, partners_register_job

        self.preview = open_job(self._bench, partners_register_job(self._bench))

    # Shared

    def _open(self, dialog: PartnerDialog | AgreementDialog) -> None:
        """Open an editor over this window; once saved, its record is the chosen one."""
        self.editor = dialog
        dialog.finished.connect(lambda _result: self._editor_closed(dialog))
        dialog.open()

    def _editor_closed(self, dialog: PartnerDialog | AgreementDialog) -> None:
        if self.editor is dialog:
            self.editor = None
        saved = dialog.saved
        dialog.deleteLater()
        if saved is None:
            return
        if isinstance(dialog, PartnerDialog):
            if self.partner_model.row_of(saved.id) is None and self.search.text():
                self.search.clear()  # the new name may not match the search: show it
            self.select_partner(saved.id)
            self.partner_table.setFocus()
        else:
            self.select_agreement(saved.id)
            self.agreement_table.setFocus()

    def _confirm(self, title: str, question: str, detail: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=self)
        box.setObjectName("delete_question")
        box.setTextFormat(Qt.TextFormat.PlainText)
        if detail:
            box.setInformativeText(detail + " " + self.tr("Ctrl+Z undoes the deletion."))
        else:
            box.setInformativeText(self.tr("Ctrl+Z undoes the deletion."))
        delete = box.addButton(self.tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(delete)
        box.exec()
        return box.clickedButton() is delete

    def _problem(self, problem: PlannerError) -> None:
        forms.show_problem(self, problem, self._language)
        self.refresh()
