"""The People area: everyone the office deals with (guests, officials, interpreters, drivers),
found as one types in Cyrillic or Latin, in Ukrainian alphabetical order. Enter or a double
click opens a person's card; Delete deletes (after asking; Ctrl+Z brings them back). Phones
and other personal data are not shown in the list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from planner.domain.errors import PlannerError, StaleEditError
from planner.domain.records import Person, PersonRow
from planner.gui import forms
from planner.gui.person_editor import (
    NO_MODIFIER,
    KeyActions,
    PersonDialog,
    enter_keys,
    person_name,
    person_ops,
    tab_chain,
)
from planner.gui.table_model import TextTableModel
from planner.gui.workbench import Workbench
from planner.services.people import get_person, list_people

Index = QModelIndex | QPersistentModelIndex

NAME, LATIN_NAME, POSITION, ORGANISATION, COUNTRY, EMAIL = range(6)
_HEADERS = (
    QT_TRANSLATE_NOOP("PeopleTableModel", "Name"),
    QT_TRANSLATE_NOOP("PeopleTableModel", "Name in Latin"),
    QT_TRANSLATE_NOOP("PeopleTableModel", "Position"),
    QT_TRANSLATE_NOOP("PeopleTableModel", "Organisation"),
    QT_TRANSLATE_NOOP("PeopleTableModel", "Country"),
    QT_TRANSLATE_NOOP("PeopleTableModel", "E-mail"),
)


def _joined(*parts: str) -> str:
    return " ".join(p for p in parts if p)


class PeopleTableModel(TextTableModel):
    """People as the service lists them (already in Ukrainian order): surname first, as the
    list is sorted. No personal data is shown."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self) -> None:
        super().__init__("PeopleTableModel", _HEADERS)

    def cells(self, row: Any) -> tuple[str, ...]:
        person: PersonRow = row
        latin = _joined(person.family_name_latin, person.given_names_latin)
        return (
            _joined(person.family_name, person.given_names) or latin,
            latin,
            person.position,
            person.organisation,
            person.country,
            person.email,
        )

    def role_data(self, row: Any, column: int, role: int) -> Any:
        return row.id if role == self.ID_ROLE else None

    def row_id(self, row: int) -> int:
        return int(self.row(row).id)

    def row_of(self, person_id: int) -> int | None:
        for number in range(self.rowCount()):
            if self.row(number).id == person_id:
                return number
        return None


class PeopleArea(QWidget):
    """``PeopleArea(bench)``: the list of people with its search and New, Edit, Delete."""

    def __init__(self, bench: Workbench) -> None:
        super().__init__()
        self.setObjectName("people_area")
        self._bench = bench
        self._ops = person_ops(bench)
        self.dialog: PersonDialog | None = None  # the person card open now, if any

        self.search = QLineEdit()
        self.search.setObjectName("people_search")
        self.search.setPlaceholderText(
            self.tr("Surname or name, in Cyrillic or Latin, organisation, e-mail…")
        )
        self.search.setAccessibleName(self.tr("Search people"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)

        self.new_button = QPushButton(self.tr("&New person…"))
        self.new_button.setObjectName("new_person")
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("edit_person")
        self.edit_button.setToolTip(self.tr("Open the person's card (Enter)"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setObjectName("delete_person")
        self.delete_button.setToolTip(self.tr("Delete the person (Delete); Ctrl+Z undoes it"))

        self.model = PeopleTableModel()
        self.table = QTableView()
        self.table.setObjectName("people_table")
        self.table.setAccessibleName(self.tr("People"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("people_count")

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addSpacing(12)
        for button in (self.new_button, self.edit_button, self.delete_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        tab_chain([self.search, self.new_button, self.edit_button, self.delete_button,
                   self.table])  # fmt: skip

        self.search.textChanged.connect(self.refresh)
        self.search.returnPressed.connect(self._focus_table)
        self.new_button.clicked.connect(self.new_person)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        KeyActions(self.table, {**enter_keys(self.edit),
                                (Qt.Key.Key_Delete, NO_MODIFIER): self.delete})  # fmt: skip
        bench.edits.changed.connect(self.refresh)
        self.refresh()
        self.table.resizeColumnsToContents()
        for column, widest in ((NAME, 260), (LATIN_NAME, 220), (POSITION, 240),
                               (ORGANISATION, 240)):  # fmt: skip
            header.resizeSection(column, min(max(header.sectionSize(column), 140), widest))

    def refresh(self) -> None:
        """Show the people matching the search as stored now; the chosen one stays chosen."""
        chosen = self.current_id()
        try:
            rows = list_people(self._bench.db, self.search.text())
        except PlannerError as problem:
            forms.show_problem(self, problem, self._bench.language)
            return
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("People: %1").replace("%1", str(len(rows))))
        if chosen is not None:
            self.select(chosen)
        self._update_buttons()

    def current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_id(rows[0].row()) if rows else None

    def select(self, person_id: int) -> None:
        row = self.model.row_of(person_id)
        if row is None:
            self.table.clearSelection()
        else:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, NAME))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _focus_table(self) -> None:
        if self.model.rowCount() == 0:
            return
        if self.current_id() is None:
            self.table.selectRow(0)
            self._update_buttons()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # Actions

    def new_person(self) -> None:
        self._open(None)

    def edit(self) -> None:
        person_id = self.current_id()
        if person_id is None:
            return
        try:
            person = get_person(self._bench.db, person_id)
        except PlannerError as problem:  # deleted meanwhile
            forms.show_problem(self, problem, self._bench.language)
            self.refresh()
            return
        self._open(person)

    def _open(self, person: Person | None) -> None:
        dialog = PersonDialog(self._bench, person, self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._after_save(dialog))
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.open()

    def _after_save(self, dialog: PersonDialog) -> None:
        if dialog.saved is not None and dialog.saved.id is not None:
            self.refresh()
            self.select(dialog.saved.id)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _forget(self, dialog: PersonDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def delete(self) -> None:
        """Delete the chosen person after asking; Ctrl+Z brings them back."""
        person_id = self.current_id()
        if person_id is None:
            return
        lang = self._bench.language
        try:
            person = get_person(self._bench.db, person_id)
        except PlannerError as problem:
            forms.show_problem(self, problem, lang)
            self.refresh()
            return
        name = person_name(person)
        answer = QMessageBox.question(
            self, self.tr("Delete person"),
            self.tr("Delete «%1»?\nEdit > Undo (Ctrl+Z) brings them back.").replace("%1", name),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        row = self.model.row_of(person_id) or 0
        try:
            self._bench.edits.delete(self._ops, self.tr("Delete person «%1»").replace("%1", name),
                                     person)  # fmt: skip
        except StaleEditError as problem:
            if forms.offer_reload(self, problem, lang):
                self.refresh()
            return
        except PlannerError as problem:
            forms.show_problem(self, problem, lang)
            return
        # The next person in the list is chosen, so that Delete can go on.
        if self.model.rowCount():
            self.select(self.model.row_id(min(row, self.model.rowCount() - 1)))
