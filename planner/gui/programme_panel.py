"""A visit's programme day by day: every day of the visit with its agenda items under it, times
in the visit's own zone (Kyiv's beside them abroad). Items are added, edited, duplicated, moved
to another day and deleted here, each change undoable."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QGuiApplication,
    QKeySequence,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import AgendaStatus
from planner.domain.errors import PlannerError
from planner.domain.messages import Language, enum_label
from planner.domain.records import AgendaItem, Delegation, ParticipantRow
from planner.domain.zones import at, local, today_in_kyiv
from planner.gui.agenda_editor import (
    AgendaItemDialog,
    agenda_ops,
    is_abroad,
    person_name,
    times_text,
    visit_days,
)
from planner.gui.formats import time_text, weekday_date
from planner.gui.forms import show_problem
from planner.gui.workbench import Workbench
from planner.services.agenda import get_agenda_item, list_agenda
from planner.services.delegations import get_delegation
from planner.services.people import list_participants
from planner.services.workspace import Database

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")

TIME, TITLE, VENUE, ATTENDEES, DRESS, STATUS = range(6)
_HEADERS = (
    QT_TRANSLATE_NOOP("ProgrammeModel", "Time"),
    QT_TRANSLATE_NOOP("ProgrammeModel", "Title"),
    QT_TRANSLATE_NOOP("ProgrammeModel", "Venue"),
    QT_TRANSLATE_NOOP("ProgrammeModel", "Attendees"),
    QT_TRANSLATE_NOOP("ProgrammeModel", "Dress code"),
    QT_TRANSLATE_NOOP("ProgrammeModel", "Status"),
)
_DAY = 0  # the internal id of a day heading; an item's is its day's row + 1


@dataclass(frozen=True)
class ProgrammeEntry:
    """One agenda item with what the programme shows of it."""

    item: AgendaItem
    venue: str
    attendees: tuple[str, ...]  # names, in the delegation's order of precedence


@dataclass(frozen=True)
class ProgrammeDay:
    day: date
    entries: tuple[ProgrammeEntry, ...]
    in_visit: bool = True


def load_programme(db: Database, delegation: Delegation, participants: list[ParticipantRow],
                   language: Language) -> list[ProgrammeDay]:  # fmt: skip
    """Every day of the visit, empty ones too, with the items that start on it (in the visit's
    zone). An item left outside the visit's dates gets a day of its own, marked as such."""
    assert delegation.id is not None
    zone = delegation.timezone
    names = {row.person.id: person_name(row.person, language) for row in participants}
    by_day: dict[date, list[ProgrammeEntry]] = {day: [] for day in visit_days(delegation)}
    for row in list_agenda(db, delegation.id):
        item = get_agenda_item(db, row.id)  # the attendees and dress code too
        attending = tuple(names[p] for p in names if p in item.attendee_person_ids)
        entry = ProgrammeEntry(item, row.venue_name, attending)
        by_day.setdefault(local(item.starts_at, zone).date(), []).append(entry)
    first, last = delegation.start_date, delegation.end_date
    return [ProgrammeDay(day, tuple(entries), first <= day <= last)
            for day, entries in sorted(by_day.items())]  # fmt: skip


def moved_to(item: AgendaItem, day: date, zone: str) -> AgendaItem:
    """The item on another day at the same times of day (in the visit's zone)."""
    starts, ends = local(item.starts_at, zone), local(item.ends_at, zone)
    shift = timedelta(days=(day - starts.date()).days)
    end_day = ends.date() + shift
    return replace(item, starts_at=at(day, starts.hour, starts.minute, zone),
                   ends_at=at(end_day, ends.hour, ends.minute, zone))  # fmt: skip


def _translate(text: str) -> str:
    return QCoreApplication.translate("ProgrammeModel", text)


class ProgrammeModel(QAbstractItemModel):
    """Day headings at the top level, each with its agenda items as children."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the agenda item's id (None on a day heading)
    DAY_ROLE = Qt.ItemDataRole.UserRole + 2  # the day, on a heading and on its items

    def __init__(self, language: Language) -> None:
        super().__init__()
        self._language = language
        self._zone = ""
        self._days: list[ProgrammeDay] = []
        self._cells: list[list[tuple[str, ...]]] = []  # what each item shows, per column
        self._everyone = 0
        self._bold = QFont()
        self._bold.setBold(True)
        self._struck = QFont()
        self._struck.setStrikeOut(True)

    def set_programme(self, zone: str, days: list[ProgrammeDay], participants: int) -> None:
        self.beginResetModel()
        self._zone = zone
        self._days = days
        self._everyone = participants
        self._cells = [[self._display(entry) for entry in day.entries] for day in days]
        self.endResetModel()

    def clear(self) -> None:
        self.set_programme("", [], 0)

    @property
    def zone(self) -> str:
        return self._zone

    def days(self) -> list[date]:
        return [day.day for day in self._days]

    # --- the tree ------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _DAY)
        if parent.internalId() != _DAY:
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _DAY:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _DAY)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._days)
        if parent.internalId() == _DAY and parent.column() == 0:
            return len(self._days[parent.row()].entries)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(_HEADERS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _translate(_HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _DAY:
            return self._day_data(self._days[index.row()], index.column(), role)
        day_row = index.internalId() - 1
        day = self._days[day_row]
        entry = day.entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[day_row][index.row()][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role == self.ID_ROLE:
            return entry.item.id
        if role == self.DAY_ROLE:
            return day.day
        if role == Qt.ItemDataRole.FontRole and entry.item.status == AgendaStatus.CANCELLED:
            return self._struck
        if role == Qt.ItemDataRole.ForegroundRole and entry.item.status == AgendaStatus.CANCELLED:
            return QGuiApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                   QPalette.ColorRole.Text)  # fmt: skip
        return None

    def _day_data(self, day: ProgrammeDay, column: int, role: int) -> Any:
        if role == self.DAY_ROLE:
            return day.day
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            heading = weekday_date(day.day)
            if not day.in_visit:
                heading += " — " + QCoreApplication.translate(
                    "ProgrammeModel", "outside the visit's dates"
                )
            return heading
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and not day.in_visit:
            return QColor("#b00020")
        if role == Qt.ItemDataRole.ToolTipRole and not day.entries:
            return QCoreApplication.translate("ProgrammeModel", "Nothing planned for this day yet")
        return None

    def _display(self, entry: ProgrammeEntry) -> tuple[str, ...]:
        item, lang = entry.item, self._language
        title = item.title_en if lang == "en" and item.title_en else item.title_uk
        return (
            times_text(item.starts_at, item.ends_at, self._zone),
            title,
            entry.venue,
            self._attendees_text(entry.attendees),
            item.dress_code,
            enum_label(item.status, lang),
        )

    def _attendees_text(self, names: tuple[str, ...]) -> str:
        if not names:
            return ""
        if len(names) == self._everyone and len(names) > 1:
            return QCoreApplication.translate("ProgrammeModel", "everyone (%1)").replace(
                "%1", str(len(names))
            )
        return f"{len(names)}: {', '.join(names)}"

    def _tooltip(self, entry: ProgrammeEntry, column: int) -> str | None:
        item = entry.item
        if column == ATTENDEES and entry.attendees:
            return "\n".join(entry.attendees)
        if column == TITLE:
            other = item.title_uk if self._language == "en" else item.title_en
            return "\n\n".join(t for t in (other, item.description) if t) or None
        if column == TIME and is_abroad(self._zone):
            return QCoreApplication.translate(
                "ProgrammeModel", "Local time (%1); Kyiv time in brackets"
            ).replace("%1", self._zone)
        return None

    # --- finding rows --------------------------------------------------------------------

    def index_of_item(self, item_id: int) -> QModelIndex:
        for day_row, day in enumerate(self._days):
            for row, entry in enumerate(day.entries):
                if entry.item.id == item_id:
                    return self.createIndex(row, 0, day_row + 1)
        return QModelIndex()

    def index_of_day(self, day: date) -> QModelIndex:
        for row, each in enumerate(self._days):
            if each.day == day:
                return self.createIndex(row, 0, _DAY)
        return QModelIndex()

    def entry(self, index: Index) -> ProgrammeEntry | None:
        if not index.isValid() or index.internalId() == _DAY:
            return None
        return self._days[index.internalId() - 1].entries[index.row()]


class MoveDialog(QDialog):
    """Chooses the day of the visit an agenda item moves to."""

    def __init__(self, days: list[date], current: date, title: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move to another day"))
        self.day = QComboBox()
        self.day.setAccessibleName(self.tr("Day"))
        for day in days:
            self.day.addItem(weekday_date(day), day.isoformat())
        later = [d for d in days if d > current]
        wanted = later[0] if later else current
        self.day.setCurrentIndex(max(self.day.findData(wanted.isoformat()), 0))
        question = QLabel(self.tr("Move “%1” to another day; its times stay the same.")
                          .replace("%1", title))  # fmt: skip
        question.setWordWrap(True)
        caption = QLabel(self.tr("&Day"))
        caption.setBuddy(self.day)
        form = QFormLayout()
        form.addRow(caption, self.day)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def chosen_day(self) -> date:
        return date.fromisoformat(self.day.currentData())


class ProgrammePanel(QWidget):
    """The programme of one delegation (``show_delegation``); follows every change made through
    the undo history."""

    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workbench = workbench
        self._delegation: Delegation | None = None
        self.editor: AgendaItemDialog | None = None  # the item editor while it is open
        self.mover: MoveDialog | None = None  # the day chooser while it is open

        self.heading = QLabel()
        self.heading.setObjectName("programme_heading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.zone_note = QLabel()
        self.zone_note.setObjectName("programme_zone_note")
        self.zone_note.setWordWrap(True)

        self.add_action = self._action(self.tr("&Add item…"), self.add_item,
                                       QKeySequence(Qt.Key.Key_Insert))  # fmt: skip
        self.edit_action = self._action(self.tr("&Edit…"), self.edit_item,
                                        QKeySequence(Qt.Key.Key_F2))  # fmt: skip
        self.duplicate_action = self._action(self.tr("D&uplicate"), self.duplicate_item,
                                             QKeySequence("Ctrl+D"))  # fmt: skip
        self.move_action = self._action(self.tr("&Move to another day…"), self.move_item,
                                        QKeySequence("Ctrl+M"))  # fmt: skip
        self.delete_action = self._action(self.tr("De&lete"), self.delete_item,
                                          QKeySequence(QKeySequence.StandardKey.Delete))  # fmt: skip
        self._item_actions = (self.edit_action, self.duplicate_action, self.move_action,
                              self.delete_action)  # fmt: skip

        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, action in (("add", self.add_action), ("edit", self.edit_action),
                             ("duplicate", self.duplicate_action), ("move", self.move_action),
                             ("delete", self.delete_action)):  # fmt: skip
            button = self._button(action)
            button.setObjectName(f"programme_{name}")
            self.buttons[name] = button
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.model = ProgrammeModel(workbench.language)
        self.tree = QTreeView()
        self.tree.setObjectName("programme_tree")
        self.tree.setAccessibleName(self.tr("Programme of the visit"))
        self.tree.setModel(self.model)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(12)
        self.tree.setItemsExpandable(False)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.activated.connect(self._activated)
        self.tree.selectionModel().currentChanged.connect(self._update_actions)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((VENUE, 170), (ATTENDEES, 150), (DRESS, 110)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.ResizeToContents)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.zone_note)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        self.setFocusProxy(self.tree)

        self._stale = False  # changed while hidden: read again when shown
        workbench.edits.changed.connect(self._database_changed)
        self._update_actions()

    def _action(self, text: str, slot: Callable[[], object], keys: QKeySequence) -> QAction:
        action = QAction(text, self)
        action.setShortcut(keys)
        # The keys act while the programme has the focus, not anywhere in the window.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text())
        button.setToolTip(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        return button

    # --- showing -------------------------------------------------------------------------

    def show_delegation(self, delegation: Delegation) -> None:
        assert delegation.id is not None, "only a saved delegation has a programme"
        self._delegation = delegation
        self.refresh()
        first = self.model.index(0, 0)
        if first.isValid():
            self.tree.setCurrentIndex(self._day_to_start_on())

    def _day_to_start_on(self) -> QModelIndex:
        today = self.model.index_of_day(today_in_kyiv())
        return today if today.isValid() else self.model.index(0, 0)

    def _database_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # a hidden tab does not read the programme on every change

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    @property
    def delegation(self) -> Delegation | None:
        return self._delegation

    def refresh(self) -> None:
        """Read the delegation and its programme again, keeping the row the officer was on."""
        bench = self._workbench
        self._stale = False
        if self._delegation is None or self._delegation.id is None:
            self.model.clear()
            self._update_actions()
            return
        try:
            delegation = get_delegation(bench.db, self._delegation.id)
        except PlannerError:
            delegation = None
        if delegation is None:  # deleted meanwhile
            self.model.clear()
            self.heading.setText(self.tr("This delegation has been deleted."))
            self.zone_note.clear()
            self._update_actions()
            return
        self._delegation = delegation
        current = self.tree.currentIndex()
        item_id = current.data(ProgrammeModel.ID_ROLE) if current.isValid() else None
        day = current.data(ProgrammeModel.DAY_ROLE) if current.isValid() else None
        participants = list_participants(bench.db, delegation.id)
        days = load_programme(bench.db, delegation, participants, bench.language)
        self.model.set_programme(delegation.timezone, days, len(participants))
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()
        if item_id is not None and self.model.index_of_item(item_id).isValid():
            self.tree.setCurrentIndex(self.model.index_of_item(item_id))
        elif day is not None and self.model.index_of_day(day).isValid():
            self.tree.setCurrentIndex(self.model.index_of_day(day))
        self._show_heading(delegation)
        self._update_actions()

    def _show_heading(self, delegation: Delegation) -> None:
        language = self._workbench.language
        title = delegation.title_en if language == "en" and delegation.title_en else (
            delegation.title_uk)  # fmt: skip
        self.heading.setText(title)
        if is_abroad(delegation.timezone):
            note = self.tr("Times are local to the visit (%1); Kyiv time is in brackets.")
        else:
            note = self.tr("Times are Kyiv time (%1).")
        self.zone_note.setText(note.replace("%1", delegation.timezone))

    def select_item(self, item_id: int) -> None:
        index = self.model.index_of_item(item_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _update_actions(self) -> None:
        self.add_action.setEnabled(self._delegation is not None and self.model.rowCount() > 0)
        on_item = self.current_entry() is not None
        for action in self._item_actions:
            action.setEnabled(on_item)

    def current_entry(self) -> ProgrammeEntry | None:
        return self.model.entry(self.tree.currentIndex())

    def current_day(self) -> date | None:
        current = self.tree.currentIndex()
        day = current.data(ProgrammeModel.DAY_ROLE) if current.isValid() else None
        if day is not None:
            return day  # type: ignore[no-any-return]
        return self._delegation.start_date if self._delegation else None

    def _context_menu(self, where: QPoint) -> None:
        index = self.tree.indexAt(where)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.add_action)
        menu.addSeparator()
        for action in self._item_actions:
            menu.addAction(action)
        menu.exec(self.tree.viewport().mapToGlobal(where))

    def _activated(self, index: QModelIndex) -> None:
        """Enter or a double click: edit an item, or add one on a day."""
        if self.model.entry(index) is not None:
            self.edit_item()
        else:
            self.add_item()

    # --- changing ------------------------------------------------------------------------

    def _attempt(self, change: Callable[[], T]) -> T | None:
        """Run a change; a refusal is said, and a change someone made meanwhile is shown."""
        try:
            return change()
        except PlannerError as problem:
            show_problem(self, problem, self._workbench.language)
            self.refresh()
            return None

    def _fresh_current(self) -> AgendaItem | None:
        """The selected item as stored now (another officer may have changed it)."""
        entry = self.current_entry()
        if entry is None or entry.item.id is None:
            return None
        item_id = entry.item.id
        return self._attempt(lambda: get_agenda_item(self._workbench.db, item_id))

    def add_item(self) -> None:
        if self._delegation is None:
            return
        dialog = AgendaItemDialog(self._workbench, self._delegation, None, self.current_day(),
                                  self)  # fmt: skip
        self._open_editor(dialog)

    def edit_item(self) -> None:
        item = self._fresh_current()
        if item is None or self._delegation is None:
            return
        self._open_editor(AgendaItemDialog(self._workbench, self._delegation, item, None, self))

    def _open_editor(self, dialog: AgendaItemDialog) -> None:
        self.editor = dialog
        dialog.finished.connect(lambda _result: self._editor_closed(dialog))
        dialog.open()

    def _editor_closed(self, dialog: AgendaItemDialog) -> None:
        if self.editor is dialog:
            self.editor = None
        if dialog.saved is not None and dialog.saved.id is not None:
            self.select_item(dialog.saved.id)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        dialog.deleteLater()

    def duplicate_item(self) -> None:
        item = self._fresh_current()
        if item is None:
            return
        copy = replace(item, id=None, version=0)
        text = self.tr("Duplicate “%1”").replace("%1", item.title_uk)
        saved = self._attempt(
            lambda: self._workbench.edits.create(agenda_ops(self._workbench.db), text, copy)
        )
        if saved is not None and saved.id is not None:
            self.select_item(saved.id)

    def move_item(self) -> None:
        item = self._fresh_current()
        if item is None or self._delegation is None:
            return
        zone = self._delegation.timezone
        current = local(item.starts_at, zone).date()
        dialog = MoveDialog(visit_days(self._delegation), current, item.title_uk, self)
        self.mover = dialog
        dialog.finished.connect(lambda result: self._move_chosen(dialog, item, result))
        dialog.open()

    def _move_chosen(self, dialog: MoveDialog, item: AgendaItem, result: int) -> None:
        self.mover = None
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted or self._delegation is None:
            return
        day = dialog.chosen_day()
        after = moved_to(item, day, self._delegation.timezone)
        if after == item:
            return
        text = (self.tr("Move “%1” to %2").replace("%1", item.title_uk)
                .replace("%2", weekday_date(day)))  # fmt: skip
        saved = self._attempt(lambda: self._workbench.edits.edit(
            agenda_ops(self._workbench.db), text, item, after))  # fmt: skip
        if saved is not None and saved.id is not None:
            self.select_item(saved.id)

    def delete_item(self) -> None:
        entry = self.current_entry()
        if entry is None or self._delegation is None:
            return
        item = entry.item
        when = local(item.starts_at, self._delegation.timezone)
        question = self.tr("Delete “%1” (%2, %3)? Undo brings it back.")
        question = (question.replace("%1", item.title_uk).replace("%2", weekday_date(when.date()))
                    .replace("%3", time_text(when)))  # fmt: skip
        answer = QMessageBox.question(
            self, self.tr("Delete agenda item"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        text = self.tr("Delete “%1”").replace("%1", item.title_uk)
        self._attempt(
            lambda: self._workbench.edits.delete(agenda_ops(self._workbench.db), text, item)
        )
