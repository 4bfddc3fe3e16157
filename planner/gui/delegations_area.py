"""The Delegations area: the list of every delegation with an instant search and filters by
direction, status, period and programme measure; Enter or a double click opens the editor."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import DelegationStatus, Direction
from planner.domain.errors import PlannerError
from planner.gui import forms
from planner.gui.delegation_model import DATES, PARTNERS, TITLE, DelegationTableModel
from planner.gui.record_ops import delegation_ops
from planner.gui.workbench import Workbench
from planner.services.delegations import count_delegations, get_delegation, list_delegations
from planner.services.programmes import list_programmes


class DelegationsArea(QWidget):
    def __init__(self, bench: Workbench) -> None:
        super().__init__()
        self._bench = bench
        db, lang = bench.db, bench.language

        self.search = QLineEdit()
        self.search.setObjectName("delegation_search")
        self.search.setPlaceholderText(self.tr("Search: title, place, partner, participant…"))
        self.search.setAccessibleName(self.tr("Search delegations"))
        self.search.setClearButtonEnabled(True)

        self.direction = forms.enum_combo(Direction, lang, empty=self.tr("All directions"))
        self.direction.setAccessibleName(self.tr("Direction"))
        self.status = forms.enum_combo(DelegationStatus, lang, empty=self.tr("All statuses"))
        self.status.setAccessibleName(self.tr("Status"))
        self.measure = QComboBox()
        self.measure.setAccessibleName(self.tr("Programme measure"))
        self.measure.addItem(self.tr("All measures"), None)
        for programme in list_programmes(db):
            for section in programme.sections:
                for m in section.measures:
                    title = m.title_en if lang == "en" and m.title_en else m.title_uk
                    self.measure.addItem(f"{m.code} {title}", m.id)
                    self.measure.setItemData(self.measure.count() - 1, title,
                                             Qt.ItemDataRole.ToolTipRole)  # fmt: skip
        self.measure.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.measure.setMinimumContentsLength(14)
        self.period = QCheckBox(self.tr("&Period:"))
        self.period_from = forms.date_edit(date(date.today().year, 1, 1))
        self.period_from.setAccessibleName(self.tr("Period from"))
        self.period_until = forms.date_edit(date(date.today().year, 12, 31))
        self.period_until.setAccessibleName(self.tr("Period until"))
        for edit in (self.period_from, self.period_until):
            edit.setEnabled(False)

        self.model = DelegationTableModel(
            lambda f: list_delegations(db, f), lambda f: count_delegations(db, f), lang
        )
        self.table = QTableView()
        self.table.setObjectName("delegation_table")
        self.table.setAccessibleName(self.tr("Delegations"))
        self.table.setModel(self.model)
        # The indicator first: switching sorting on sorts by it, and the model already is.
        self.table.horizontalHeader().setSortIndicator(DATES, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        # Columns are measured once, on the first page: measuring them again on every
        # keystroke would cost more than the search itself. The title takes the room left;
        # partner lists can be long, so they get a fixed share.
        self.table.resizeColumnsToContents()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(PARTNERS, 260)

        self.new_button = QPushButton(self.tr("&New delegation"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.new_button.clicked.connect(lambda: bench.open_delegation(None))
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)

        filters = QHBoxLayout()
        filters.addWidget(self.direction)
        filters.addWidget(self.status)
        filters.addWidget(self.measure, 2)
        filters.addWidget(self.period)
        filters.addWidget(self.period_from)
        filters.addWidget(QLabel("–"))
        filters.addWidget(self.period_until)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

        self.search.textChanged.connect(self.model.set_filter_text)
        self.direction.currentIndexChanged.connect(self._filter_choices)
        self.status.currentIndexChanged.connect(self._filter_choices)
        self.measure.currentIndexChanged.connect(self._filter_choices)
        self.period.toggled.connect(self._filter_choices)
        self.period_from.dateChanged.connect(self._filter_choices)
        self.period_until.dateChanged.connect(self._filter_choices)
        self.table.activated.connect(lambda _index: self.open_selected())
        # Return opens the delegation from the search line too, as in a mail client's list.
        self.search.returnPressed.connect(self._open_first)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        bench.edits.changed.connect(self.refresh)

    def _filter_choices(self) -> None:
        direction, status = self.direction.currentData(), self.status.currentData()
        dated = self.period.isChecked()
        for edit in (self.period_from, self.period_until):
            edit.setEnabled(dated)
        self.model.narrow(
            directions=frozenset({Direction(direction)}) if direction else frozenset(),
            statuses=frozenset({DelegationStatus(status)}) if status else frozenset(),
            measure_id=self.measure.currentData(),
            starts_from=forms.date_of(self.period_from) if dated else None,
            ends_until=forms.date_of(self.period_until) if dated else None,
        )

    def refresh(self) -> None:
        self.model.refresh()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_id(rows[0].row()) if rows else None

    def open_selected(self) -> None:
        delegation_id = self.selected_id()
        if delegation_id is not None:
            self._bench.open_delegation(delegation_id)

    def _open_first(self) -> None:
        if self.model.rowCount() and self.selected_id() is None:
            self.table.selectRow(0)
        self.open_selected()

    def delete_selected(self) -> None:
        delegation_id = self.selected_id()
        if delegation_id is None:
            return
        lang = self._bench.language
        try:
            delegation = get_delegation(self._bench.db, delegation_id)
        except PlannerError as problem:
            forms.show_problem(self, problem, lang)
            return
        answer = QMessageBox.question(
            self, self.tr("Delete delegation"),
            self.tr("Delete the delegation «%1» with its participants and programme?\n"
                    "Edit > Undo brings it back.").replace("%1", delegation.title_uk),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._bench.edits.delete(delegation_ops(self._bench), self.tr(
                "Delete delegation «%1»").replace("%1", delegation.title_uk), delegation)  # fmt: skip
        except PlannerError as problem:
            forms.show_problem(self, problem, lang)
