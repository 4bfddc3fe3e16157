"""The participants of one delegation, in order of precedence: who they are, their role, how
they arrive and leave (by the clock of the visit's own time zone) and where they stay.

A person is added by typing part of a name, in Cyrillic or Latin, and choosing from the matches;
someone not known yet is created on the spot. Every change (add, edit, remove, move up or
down) is one undoable step; undoing a removal brings the participant back whole, with their
place in the order and in the programme items they attended.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimeZone,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import ParticipantRole, TransportKind
from planner.domain.errors import PlannerError, StaleEditError, ValidationError
from planner.domain.messages import Language, enum_label
from planner.domain.records import Delegation, ParticipantRow, Participation, Person
from planner.domain.zones import at, local
from planner.gui import forms
from planner.gui.edits import Edits
from planner.gui.formats import pydate, short_date, time_text
from planner.gui.person_editor import (
    NO_MODIFIER,
    KeyActions,
    PersonDialog,
    enter_keys,
    is_latin,
    person_name,
    tab_chain,
)
from planner.gui.workbench import Workbench
from planner.services.people import (
    RemovedParticipation,
    get_participation,
    list_participants,
    list_people,
    put_back_participation,
    remove_participation,
    reorder_participants,
    save_participation,
)

Index = QModelIndex | QPersistentModelIndex
CTRL = Qt.KeyboardModifier.ControlModifier

NUMBER, NAME, ROLE, ARRIVAL, DEPARTURE, HOTEL = range(6)
_HEADERS = (
    QT_TRANSLATE_NOOP("ParticipantsTableModel", "No."),
    QT_TRANSLATE_NOOP("ParticipantsTableModel", "Name"),
    QT_TRANSLATE_NOOP("ParticipantsTableModel", "Role"),
    QT_TRANSLATE_NOOP("ParticipantsTableModel", "Arrival"),
    QT_TRANSLATE_NOOP("ParticipantsTableModel", "Departure"),
    QT_TRANSLATE_NOOP("ParticipantsTableModel", "Hotel"),
)


def participant_name(person: Person) -> str:
    return person_name(person)


def moment_text(moment: datetime | None, zone: str) -> str:
    """ "26.09.2024 18:30" by the clock of ``zone``."""
    if moment is None:
        return ""
    wall = local(moment, zone)
    return f"{short_date(wall.date())} {time_text(wall)}"


def travel_text(transport: TransportKind | None, number: str, moment: datetime | None,
                place: str, zone: str, language: Language) -> str:  # fmt: skip
    """ "26.09.2024 18:30, plane PS 101, Boryspil": what is known of one journey, the time
    first (it is what the officer looks for, and what stays when the column is narrow)."""
    how = " ".join(p for p in (enum_label(transport, language) if transport else "", number) if p)
    return ", ".join(p for p in (moment_text(moment, zone), how, place) if p)


class ParticipantsTableModel(QAbstractTableModel):
    """A delegation's participants as ``list_participants`` gives them, in precedence order;
    times are shown by the clock of the visit's own zone."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, language: Language) -> None:
        super().__init__()
        self._language = language
        self._rows: list[ParticipantRow] = []
        self._cells: list[tuple[str, ...]] = []

    def set_rows(self, rows: list[ParticipantRow], zone: str) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._cells = [self._display(number, row, zone) for number, row in enumerate(rows, 1)]
        self.endResetModel()

    def _display(self, number: int, row: ParticipantRow, zone: str) -> tuple[str, ...]:
        lang, p = self._language, row.participation
        arrival = (p.arrival_transport, p.arrival_number, p.arrival_at, p.arrival_place)
        departure = (p.departure_transport, p.departure_number, p.departure_at, p.departure_place)
        return (
            str(number),
            " ".join(part for part in (row.person.honorific, participant_name(row.person)) if part),
            enum_label(p.role, lang),
            travel_text(*arrival, zone, lang),
            travel_text(*departure, zone, lang),
            p.hotel,
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("ParticipantsTableModel", _HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells[index.row()][index.column()]
        if role == self.ID_ROLE:
            return self._rows[index.row()].participation.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def row(self, number: int) -> ParticipantRow:
        return self._rows[number]

    def rows(self) -> list[ParticipantRow]:
        return list(self._rows)

    def row_of(self, participation_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.participation.id == participation_id:
                return number
        return None


class ParticipationLedger(QObject):
    """What the undo steps of one window last saw of each participation: its version, and its
    id (one put back after someone took its old id meanwhile gets a new one). Steps of the
    same participation follow one another, so each undo names the version the one before it
    left behind, and a change by another officer still makes it a refused, stale one."""

    def __init__(self, edits: Edits) -> None:
        super().__init__(edits)
        self.setObjectName("participation_ledger")
        self._moved: dict[int, int] = {}
        self._versions: dict[int, int] = {}

    @classmethod
    def of(cls, edits: Edits) -> ParticipationLedger:
        found = edits.findChild(cls, "participation_ledger")
        return found if isinstance(found, cls) else cls(edits)

    def current_id(self, participation_id: int) -> int:
        while participation_id in self._moved:
            participation_id = self._moved[participation_id]
        return participation_id

    def version(self, participation_id: int, fallback: int) -> int:
        return self._versions.get(self.current_id(participation_id), fallback)

    def saw(self, participation_id: int, record: Participation) -> Participation:
        assert record.id is not None
        current = self.current_id(participation_id)
        if record.id != current:
            self._moved[current] = record.id
        self._versions[record.id] = record.version
        return record


class ParticipationSteps:
    """The undoable changes of participants, as ``Edits.perform`` takes them."""

    def __init__(self, bench: Workbench) -> None:
        self._db = bench.db
        self._edits = bench.edits
        self._ledger = ParticipationLedger.of(bench.edits)

    def add(self, text: str, participation: Participation) -> Participation:
        db, ledger = self._db, self._ledger

        def do() -> Participation:
            saved = save_participation(db, participation)
            assert saved.id is not None
            return ledger.saw(saved.id, saved)

        def steps(saved: Participation) -> tuple[Callable[[], object], Callable[[], object]]:
            assert saved.id is not None
            first_id = saved.id
            taken: list[RemovedParticipation] = []

            def undo() -> None:
                taken[:] = [remove_participation(db, ledger.current_id(first_id),
                                                 ledger.version(first_id, saved.version))]  # fmt: skip

            def redo() -> None:
                removed = taken[0]
                back = put_back_participation(db, removed.participation, removed.agenda_item_ids)
                ledger.saw(first_id, back)

            return undo, redo

        return self._edits.perform(text, do, steps)

    def edit(self, text: str, before: Participation, after: Participation) -> Participation:
        db, ledger = self._db, self._ledger
        assert before.id is not None
        first_id = before.id

        def put(values: Participation) -> Participation:
            current = ledger.current_id(first_id)
            wanted = replace(values, id=current, version=ledger.version(first_id, values.version))
            return ledger.saw(first_id, save_participation(db, wanted))

        def steps(saved: Participation) -> tuple[Callable[[], object], Callable[[], object]]:
            return (lambda: put(before)), (lambda: put(saved))

        return self._edits.perform(text, lambda: put(after), steps)

    def remove(self, text: str, participation: Participation) -> None:
        db, ledger = self._db, self._ledger
        assert participation.id is not None
        first_id = participation.id
        taken: list[RemovedParticipation] = []

        def do() -> None:
            taken[:] = [remove_participation(db, first_id, participation.version)]

        def undo() -> None:
            removed = taken[0]
            back = put_back_participation(db, removed.participation, removed.agenda_item_ids)
            ledger.saw(first_id, back)

        def redo() -> None:
            taken[:] = [remove_participation(db, ledger.current_id(first_id),
                                             ledger.version(first_id, participation.version))]  # fmt: skip

        self._edits.perform(text, do, lambda _none: (undo, redo))

    def reorder(self, text: str, delegation_id: int, before: list[int], after: list[int]) -> None:
        db, ledger = self._db, self._ledger

        def put(order: list[int]) -> None:
            reorder_participants(db, delegation_id, [ledger.current_id(i) for i in order])

        self._edits.perform(text, lambda: put(after),
                            lambda _none: ((lambda: put(before)), (lambda: put(after))))  # fmt: skip


class MomentInput(QWidget):
    """An optional date and time by the clock of the visit's zone: the check box says whether
    it is known; a time not known yet starts at noon of the visit's first day."""

    def __init__(self, zone: str, first_day: date, what: str) -> None:
        super().__init__()
        self._zone = zone
        self._first_day = first_day
        self._shown: datetime | None = None
        self.known = QCheckBox(self.tr("Known"))
        self.known.setAccessibleName(self.tr("%1 known").replace("%1", what))
        self.edit = QDateTimeEdit()
        self.edit.setAccessibleName(what)
        self.edit.setTimeZone(QTimeZone.utc())  # a wall-clock time: no zone of this computer
        self.edit.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.edit.setCalendarPopup(True)
        self.edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.edit.setEnabled(False)
        self.known.toggled.connect(self.edit.setEnabled)
        self.known.clicked.connect(self._ticked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.known)
        QWidget.setTabOrder(self.known, self.edit)

    def _ticked(self, known: bool) -> None:
        """Ticked by the officer: the day is ready to be typed over."""
        if known:
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.edit.setSelectedSection(QDateTimeEdit.Section.DaySection)

    def _wall(self, day: date, hour: int, minute: int) -> QDateTime:
        return QDateTime(QDate(day.year, day.month, day.day), QTime(hour, minute), QTimeZone.utc())

    def set_moment(self, moment: datetime | None) -> None:
        self._shown = moment
        if moment is None:
            self.edit.setDateTime(self._wall(self._first_day, 12, 0))
        else:
            wall = local(moment, self._zone)
            self.edit.setDateTime(self._wall(wall.date(), wall.hour, wall.minute))
        self.known.setChecked(moment is not None)

    def moment(self) -> datetime | None:
        if not self.known.isChecked():
            return None
        shown = self.edit.dateTime()
        day, clock = pydate(shown.date()), shown.time()
        if self._shown is not None and self._wall_of(self._shown) == (day, clock.hour(),
                                                                      clock.minute()):  # fmt: skip
            return self._shown  # unchanged: the stored moment as it is, seconds included
        return at(day, clock.hour(), clock.minute(), self._zone)

    def _wall_of(self, moment: datetime) -> tuple[date, int, int]:
        wall = local(moment, self._zone)
        return wall.date(), wall.hour, wall.minute


class Journey:
    """The inputs of one journey (arrival or departure) in a group box of their own; their
    fields are the participation's ``{prefix}_transport``, ``_number``, ``_at``, ``_place``."""

    def __init__(self, title: str, prefix: str, delegation: Delegation, language: Language,
                 labels: tuple[str, str, str, str]) -> None:  # fmt: skip
        self.prefix = prefix
        self.group = QGroupBox(title)
        self.group.setObjectName(prefix)
        layout = QFormLayout(self.group)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = forms.Form(layout)
        self.transport = forms.enum_combo(
            TransportKind, language, empty=QCoreApplication.translate("Journey", "(not known)")
        )
        self.number = QLineEdit()
        self.number.setPlaceholderText(QCoreApplication.translate("Journey", "e.g. PS 101"))
        self.moment = MomentInput(delegation.timezone, delegation.start_date, title)
        self.place = QLineEdit()
        self.form.add(f"{prefix}_transport", labels[0], self.transport)
        self.form.add(f"{prefix}_number", labels[1], self.number)
        self.form.add(f"{prefix}_at", labels[2], self.moment)
        self.form.add(f"{prefix}_place", labels[3], self.place)

    def inputs(self) -> list[QWidget]:
        return [self.transport, self.number, self.moment.known, self.moment.edit, self.place]

    def show(self, transport: TransportKind | None, number: str, moment: datetime | None,
             place: str) -> None:  # fmt: skip
        forms.choose(self.transport, transport)
        self.number.setText(number)
        self.moment.set_moment(moment)
        self.place.setText(place)

    def entered(self) -> dict[str, Any]:
        value = self.transport.currentData()
        return {
            f"{self.prefix}_transport": None if value is None else TransportKind(value),
            f"{self.prefix}_number": self.number.text().strip(),
            f"{self.prefix}_at": self.moment.moment(),
            f"{self.prefix}_place": self.place.text().strip(),
        }


class ParticipationDialog(QDialog):
    """One participant's role, arrival, departure, hotel and notes. After a save, ``saved``
    holds the participation as stored."""

    def __init__(self, bench: Workbench, row: ParticipantRow, delegation: Delegation,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("participation_dialog")
        self._bench = bench
        self._steps = ParticipationSteps(bench)
        self.person = row.person
        self.loaded = row.participation
        self.saved: Participation | None = None
        lang = bench.language
        zone = delegation.timezone
        name = participant_name(row.person)
        self.setWindowTitle(self.tr("Participant «%1»").replace("%1", name))

        heading = QLabel(name)
        heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        zone_note = QLabel(self.tr("Times are by the clock of the visit: %1.").replace("%1", zone))
        zone_note.setObjectName("zone_note")
        zone_note.setWordWrap(True)

        main = QFormLayout()
        main.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = forms.Form(main)
        self.role = forms.enum_combo(ParticipantRole, lang)
        self.form.add("role", self.tr("&Role:"), self.role)

        self.arrival = Journey(self.tr("Arrival"), "arrival", delegation, lang, (
            self.tr("&Transport:"), self.tr("Flight or train &number:"),
            self.tr("&Date and time:"), self.tr("&Place:"),
        ))  # fmt: skip
        self.departure = Journey(self.tr("Departure"), "departure", delegation, lang, (
            self.tr("Tr&ansport:"), self.tr("Flight or train n&umber:"),
            self.tr("Date and ti&me:"), self.tr("P&lace:"),
        ))  # fmt: skip

        rest = QFormLayout()
        rest.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rest_form = forms.Form(rest)
        self.hotel = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        self.rest_form.add("hotel", self.tr("&Hotel:"), self.hotel)
        self.rest_form.add("notes", self.tr("N&otes:"), self.notes)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save_participation")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

        journeys = QHBoxLayout()
        journeys.addWidget(self.arrival.group)
        journeys.addWidget(self.departure.group)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(zone_note)
        layout.addLayout(main)
        layout.addLayout(journeys)
        layout.addLayout(rest)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        tab_chain([self.role, *self.arrival.inputs(), *self.departure.inputs(), self.hotel,
                   self.notes, self.save_button, self.cancel_button])  # fmt: skip
        self._show(self.loaded)
        self.resize(860, 480)

    def _forms(self) -> tuple[forms.Form, ...]:
        return (self.form, self.arrival.form, self.departure.form, self.rest_form)

    def _show(self, participation: Participation) -> None:
        self.loaded = participation
        p = participation
        forms.choose(self.role, p.role)
        self.arrival.show(p.arrival_transport, p.arrival_number, p.arrival_at, p.arrival_place)
        self.departure.show(p.departure_transport, p.departure_number, p.departure_at,
                            p.departure_place)  # fmt: skip
        self.hotel.setText(p.hotel)
        self.notes.setPlainText(p.notes)
        for form in self._forms():
            form.clear_problems()

    def entered(self) -> Participation:
        return replace(
            self.loaded, role=ParticipantRole(self.role.currentData()),
            **self.arrival.entered(), **self.departure.entered(),
            hotel=self.hotel.text().strip(), notes=self.notes.toPlainText().strip(),
        )  # fmt: skip

    def has_unsaved_changes(self) -> bool:
        return self.entered() != self.loaded

    def save(self) -> bool:
        wanted = self.entered()
        if wanted == self.loaded:
            self.saved = self.loaded
            self.accept()
            return True
        lang = self._bench.language
        text = self.tr("Edit participant «%1»").replace("%1", participant_name(self.person))
        try:
            saved = self._steps.edit(text, self.loaded, wanted)
        except ValidationError as problem:
            forms.show_problems_in(self, self._forms(), problem, lang)
            return False
        except StaleEditError as problem:
            if forms.offer_reload(self, problem, lang):
                self.reload()
            return False
        except PlannerError as problem:
            forms.show_problem(self, problem, lang)
            return False
        self.saved = saved
        self.accept()
        return True

    def reload(self) -> None:
        assert self.loaded.id is not None
        try:
            self._show(get_participation(self._bench.db, self.loaded.id))
        except PlannerError as problem:  # removed meanwhile
            forms.show_problem(self, problem, self._bench.language)
            super().reject()

    def reject(self) -> None:
        """Cancel, Escape or closing the window: asks first when something was changed."""
        if forms.may_close(self, self.has_unsaved_changes(), self.save):
            super().reject()


CREATE_ROLE = Qt.ItemDataRole.UserRole + 2  # a match entry that creates a person
NAME_ROLE = Qt.ItemDataRole.UserRole + 3  # the name of the person a match entry adds


class ParticipantsPanel(QWidget):
    """``ParticipantsPanel(bench)``; ``show_delegation(delegation)`` shows a saved one."""

    def __init__(self, bench: Workbench) -> None:
        super().__init__()
        self.setObjectName("participants_panel")
        self._bench = bench
        self._steps = ParticipationSteps(bench)
        self.delegation: Delegation | None = None
        self.dialog: QDialog | None = None  # the participant or person dialog open now

        self.add_search = QLineEdit()
        self.add_search.setObjectName("participant_search")
        self.add_search.setPlaceholderText(
            self.tr("Type a name in Cyrillic or Latin, then choose with ↓ and Enter")
        )
        self.add_search.setAccessibleName(self.tr("Add participant: search people"))
        self.add_search.setClearButtonEnabled(True)
        add_label = QLabel(self.tr("&Add participant:"))
        add_label.setBuddy(self.add_search)
        self.matches = QListWidget()
        self.matches.setObjectName("participant_matches")
        self.matches.setAccessibleName(self.tr("People found"))
        self.matches.hide()

        self.model = ParticipantsTableModel(bench.language)
        self.table = QTableView()
        self.table.setObjectName("participants_table")
        self.table.setAccessibleName(self.tr("Participants in order of precedence"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Names and roles keep their width; the journeys and the hotel share what is left.
        for column, width in ((NUMBER, 44), (NAME, 200), (ROLE, 160)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(NUMBER, QHeaderView.ResizeMode.Fixed)
        for column in (ARRIVAL, DEPARTURE, HOTEL):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("edit_participant")
        self.edit_button.setToolTip(self.tr("Role, arrival, departure, hotel (Enter)"))
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.setObjectName("remove_participant")
        self.remove_button.setToolTip(self.tr("Remove from the delegation (Delete)"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setObjectName("move_participant_up")
        self.up_button.setToolTip(self.tr("Earlier in the order of precedence (Ctrl+Up)"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.down_button.setObjectName("move_participant_down")
        self.down_button.setToolTip(self.tr("Later in the order of precedence (Ctrl+Down)"))

        add_row = QHBoxLayout()
        add_row.addWidget(add_label)
        add_row.addWidget(self.add_search, 1)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(add_row)
        layout.addWidget(self.matches)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        tab_chain([self.add_search, self.matches, self.table, self.edit_button,
                   self.remove_button, self.up_button, self.down_button])  # fmt: skip

        self.add_search.textChanged.connect(self._find)
        KeyActions(self.add_search, {
            **enter_keys(self._choose_current),
            (Qt.Key.Key_Down, NO_MODIFIER): self._into_matches,
        })  # fmt: skip
        self.matches.itemDoubleClicked.connect(self._choose)
        KeyActions(self.matches, enter_keys(self._choose_current))
        self.table.doubleClicked.connect(lambda _index: self.edit())
        KeyActions(self.table, {
            **enter_keys(self.edit),
            (Qt.Key.Key_Delete, NO_MODIFIER): self.remove,
            (Qt.Key.Key_Up, CTRL): self.move_up,
            (Qt.Key.Key_Down, CTRL): self.move_down,
        })  # fmt: skip
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(self.move_up)
        self.down_button.clicked.connect(self.move_down)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        bench.edits.changed.connect(self.refresh)
        self.setEnabled(False)
        self._update_buttons()

    # Showing

    def show_delegation(self, delegation: Delegation) -> None:
        """Show the participants of ``delegation`` (a saved one) as stored now."""
        assert delegation.id is not None, "only a saved delegation has participants"
        changed = self.delegation is None or self.delegation.id != delegation.id
        self.delegation = delegation
        self.setEnabled(True)
        if changed:
            self.add_search.clear()
            self.table.clearSelection()
        self.refresh()

    def refresh(self) -> None:
        """The participants as stored now; the chosen one stays chosen."""
        if self.delegation is None or self.delegation.id is None:
            return
        chosen = self.current_row()
        try:
            rows = list_participants(self._bench.db, self.delegation.id)
        except PlannerError as problem:
            forms.show_problem(self, problem, self._bench.language)
            return
        self.model.set_rows(rows, self.delegation.timezone)
        if chosen is not None and chosen.participation.id is not None:
            self.select(chosen.participation.id)
        self._find(self.add_search.text())
        self._update_buttons()

    def current_row(self) -> ParticipantRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select(self, participation_id: int) -> None:
        number = self.model.row_of(participation_id)
        if number is None:
            self.table.clearSelection()
        else:
            self.table.selectRow(number)
            self.table.scrollTo(self.model.index(number, NAME))
        self._update_buttons()

    def _update_buttons(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        number = rows[0].row() if rows else None
        self.edit_button.setEnabled(number is not None)
        self.remove_button.setEnabled(number is not None)
        self.up_button.setEnabled(number is not None and number > 0)
        self.down_button.setEnabled(number is not None and number < self.model.rowCount() - 1)

    # Adding

    def _find(self, text: str) -> None:
        """The people matching what is typed (at most 20), and a way to create one."""
        self.matches.clear()
        typed = text.strip()
        if not typed or self.delegation is None:
            self.matches.hide()
            return
        taken = {row.person.id for row in self.model.rows()}
        try:
            found = list_people(self._bench.db, typed, limit=20)
        except PlannerError as problem:
            forms.show_problem(self, problem, self._bench.language)
            return
        for person in found:
            name = " ".join(p for p in (person.family_name, person.given_names) if p)
            latin = " ".join(p for p in (person.family_name_latin, person.given_names_latin) if p)
            shown = name or latin
            if name and latin:
                shown += f" ({latin})"
            about = ", ".join(p for p in (person.position, person.organisation) if p)
            if about:
                shown += f" — {about}"
            item = QListWidgetItem(shown, self.matches)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setData(NAME_ROLE, " ".join(p for p in (person.given_names, person.family_name)
                                             if p) or latin)  # fmt: skip
            if person.id in taken:
                item.setText(shown + "  " + self.tr("(already a participant)"))
                item.setFlags(Qt.ItemFlag.NoItemFlags)
        create = QListWidgetItem(self.tr("Create person «%1»…").replace("%1", typed), self.matches)
        create.setData(CREATE_ROLE, typed)
        # As tall as its entries, up to seven of them.
        shown_rows = min(self.matches.count(), 7)
        self.matches.setFixedHeight(
            self.matches.sizeHintForRow(0) * shown_rows + 2 * self.matches.frameWidth() + 2
        )
        self.matches.show()
        first = next(
            (i for i in range(self.matches.count())
             if self.matches.item(i).flags() & Qt.ItemFlag.ItemIsEnabled),
            None,
        )  # fmt: skip
        if first is not None:
            self.matches.setCurrentRow(first)

    def _into_matches(self) -> None:
        if self.matches.isVisible():
            self.matches.setFocus(Qt.FocusReason.OtherFocusReason)

    def _choose_current(self) -> None:
        self._choose(self.matches.currentItem() if self.matches.isVisible() else None)

    def _choose(self, item: QListWidgetItem | None) -> None:
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        typed = item.data(CREATE_ROLE)
        if typed is not None:
            self.create_person(str(typed))
        else:
            self.add_person(int(item.data(Qt.ItemDataRole.UserRole)), str(item.data(NAME_ROLE)))

    def add_person(self, person_id: int, name: str) -> Participation | None:
        """Add the person to the delegation as a member, at the end of the order."""
        if self.delegation is None or self.delegation.id is None:
            return None
        text = self.tr("Add participant «%1»").replace("%1", name)
        try:
            saved = self._steps.add(
                text, Participation(delegation_id=self.delegation.id, person_id=person_id)
            )
        except PlannerError as problem:
            forms.show_problem(self, problem, self._bench.language)
            return None
        self.add_search.clear()
        assert saved.id is not None
        self.select(saved.id)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return saved

    def create_person(self, typed: str) -> None:
        """A person nobody knows yet: their card, with the typed surname, then added."""
        surname = typed.strip()
        person = (Person(family_name="", family_name_latin=surname) if is_latin(surname)
                  else Person(family_name=surname))  # fmt: skip
        dialog = PersonDialog(self._bench, person, self)
        self._open(dialog)
        dialog.accepted.connect(lambda: self._created(dialog))

    def _created(self, dialog: PersonDialog) -> None:
        person = dialog.saved
        if person is not None and person.id is not None:
            self.add_person(person.id, person_name(person))

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    # Changing participants

    def edit(self) -> None:
        row = self.current_row()
        if row is None or self.delegation is None:
            return
        dialog = ParticipationDialog(self._bench, row, self.delegation, self)
        self._open(dialog)

    def remove(self) -> None:
        """Take the chosen participant out, after asking; Ctrl+Z brings them back whole."""
        row = self.current_row()
        if row is None:
            return
        name = participant_name(row.person)
        answer = QMessageBox.question(
            self, self.tr("Remove participant"),
            self.tr("Remove «%1» from the delegation? They also leave the programme items "
                    "they attend.\nEdit > Undo (Ctrl+Z) brings them back.").replace("%1", name),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        number = self.model.row_of(row.participation.id or 0) or 0
        lang = self._bench.language
        try:
            self._steps.remove(self.tr("Remove participant «%1»").replace("%1", name),
                               row.participation)  # fmt: skip
        except StaleEditError as problem:
            if forms.offer_reload(self, problem, lang):
                self.refresh()
            return
        except PlannerError as problem:
            forms.show_problem(self, problem, lang)
            return
        if self.model.rowCount():
            following = self.model.row(min(number, self.model.rowCount() - 1))
            if following.participation.id is not None:
                self.select(following.participation.id)

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(1)

    def _move(self, step: int) -> None:
        row = self.current_row()
        if row is None or self.delegation is None or self.delegation.id is None:
            return
        before = [r.participation.id for r in self.model.rows() if r.participation.id]
        number = before.index(row.participation.id)
        other = number + step
        if not 0 <= other < len(before):
            return
        after = list(before)
        after[number], after[other] = after[other], after[number]
        name = participant_name(row.person)
        text = (self.tr("Move «%1» up") if step < 0 else self.tr("Move «%1» down")).replace(
            "%1", name
        )
        try:
            self._steps.reorder(text, self.delegation.id, before, after)
        except PlannerError as problem:  # someone added or removed a participant meanwhile
            forms.show_problem(self, problem, self._bench.language)
            self.refresh()
            return
        assert row.participation.id is not None
        self.select(row.participation.id)
