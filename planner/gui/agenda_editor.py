"""The agenda item editor: one item of a visit's programme, its times entered in the visit's own
time zone (with Kyiv's beside them for a visit abroad), its venue, people, dress and transport;
and the small venue editor it opens to add a venue in place."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import partial

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import AgendaStatus
from planner.domain.errors import (
    FieldProblem,
    PlannerError,
    StaleEditError,
    ValidationError,
)
from planner.domain.messages import Language, enum_label
from planner.domain.records import HOME_TIMEZONE, AgendaItem, Delegation, Person, Venue
from planner.domain.zones import at, kyiv, local
from planner.gui import forms
from planner.gui.edits import RecordOps
from planner.gui.formats import time_text, weekday_date
from planner.gui.forms import Form, choose, enum_combo, offer_reload, show_problem
from planner.gui.workbench import Workbench
from planner.services.agenda import (
    delete_agenda_item,
    get_agenda_item,
    list_agenda,
    restore_agenda_item,
    save_agenda_item,
)
from planner.services.people import get_person, list_participants
from planner.services.venues import delete_venue, list_venues, restore_venue, save_venue
from planner.services.workspace import Database

# Zones that are Kyiv time: the old spelling is still a valid name of the same zone.
KYIV_ZONES = frozenset({HOME_TIMEZONE, "Europe/Kiev"})
DEFAULT_START = QTime(10, 0)
DEFAULT_MINUTES = 60


def agenda_ops(db: Database) -> RecordOps[AgendaItem]:
    return RecordOps(partial(save_agenda_item, db), partial(delete_agenda_item, db),
                     partial(restore_agenda_item, db))  # fmt: skip


def venue_ops(db: Database) -> RecordOps[Venue]:
    return RecordOps(partial(save_venue, db), partial(delete_venue, db),
                     partial(restore_venue, db))  # fmt: skip


def is_abroad(zone: str) -> bool:
    """A visit whose clock is not Kyiv's: its times are shown with Kyiv's beside them."""
    return zone not in KYIV_ZONES


def visit_days(delegation: Delegation) -> list[date]:
    count = (delegation.end_date - delegation.start_date).days + 1
    return [delegation.start_date + timedelta(days=n) for n in range(max(count, 1))]


def time_span(starts: datetime, ends: datetime) -> str:
    """ "10:00–11:30" """
    return f"{time_text(starts)}–{time_text(ends)}"


def kyiv_span(starts: datetime, ends: datetime, zone: str) -> str:
    """ "Київ 11:00–12:30", saying so when Kyiv's clock is on another day than ``zone``'s."""
    home = kyiv(starts)
    span = time_span(home, kyiv(ends))
    shift = (home.date() - local(starts, zone).date()).days
    if shift > 0:
        text = QCoreApplication.translate("Programme", "Kyiv %1, next day")
    elif shift < 0:
        text = QCoreApplication.translate("Programme", "Kyiv %1, day before")
    else:
        text = QCoreApplication.translate("Programme", "Kyiv %1")
    return text.replace("%1", span)


def times_text(starts: datetime, ends: datetime, zone: str) -> str:
    """ "10:00–11:30" at home, "10:00–11:30 (Київ 11:00–12:30)" abroad, in ``zone``'s clock."""
    there = time_span(local(starts, zone), local(ends, zone))
    return f"{there} ({kyiv_span(starts, ends, zone)})" if is_abroad(zone) else there


def venue_text(venue: Venue) -> str:
    return f"{venue.name} ({venue.city})" if venue.city else venue.name


def person_name(person: Person, language: Language) -> str:
    """The name as the interface's language writes it (Latin in English when known)."""
    if language == "en" and person.latin_name:
        return person.latin_name
    return person.display_name or person.latin_name


def _time_edit() -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    edit.setCurrentSection(QTimeEdit.Section.HourSection)
    # A time is five characters: a short input lines the times up under one another.
    edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("00:00") + 48)
    return edit


def _text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)  # Tab goes on to the next field, as in every other input
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class _GuardedDialog(QDialog):
    """A dialog that asks before it drops unsaved changes (Cancel, Escape, closing it)."""

    _clean: object = None

    def _values(self) -> object:
        raise NotImplementedError

    def save(self) -> bool:
        raise NotImplementedError

    def _mark_clean(self) -> None:
        self._clean = self._values()

    def has_changes(self) -> bool:
        return self._values() != self._clean

    def reject(self) -> None:
        """Cancel, Escape or closing the window: asks first when something was changed."""
        if forms.may_close(self, self.has_changes(), self.save):
            super().reject()


class VenueDialog(_GuardedDialog):
    """A new venue, added from the agenda item editor; ``saved`` holds it once saved."""

    def __init__(self, workbench: Workbench, name: str = "",
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._workbench = workbench
        self.saved: Venue | None = None
        self.setWindowTitle(self.tr("New venue"))
        layout = QFormLayout()
        self.form = Form(layout)
        self.name = QLineEdit(name)
        self.form.add("name", self.tr("&Name"), self.name)
        self.name_en = QLineEdit()
        self.form.add("name_en", self.tr("Name in &English"), self.name_en)
        self.city = QLineEdit()
        self.form.add("city", self.tr("&City"), self.city)
        self.address = QLineEdit()
        self.form.add("address", self.tr("&Address"), self.address)
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 100_000)
        self.capacity.setSpecialValueText(self.tr("not known"))
        self.capacity.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.form.add("capacity", self.tr("Ca&pacity"), self.capacity)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(layout)
        outer.addWidget(buttons)
        self.setMinimumWidth(420)
        self._mark_clean()

    def _values(self) -> object:
        return (self.name.text(), self.name_en.text(), self.city.text(), self.address.text(),
                self.capacity.value())  # fmt: skip

    def save(self) -> bool:
        self.form.clear_problems()
        venue = Venue(name=self.name.text().strip(), name_en=self.name_en.text().strip(),
                      city=self.city.text().strip(), address=self.address.text().strip(),
                      capacity=self.capacity.value() or None)  # fmt: skip
        bench = self._workbench
        try:
            saved = bench.edits.create(venue_ops(bench.db),
                                       self.tr("Add venue “%1”").replace("%1", venue.name),
                                       venue)  # fmt: skip
        except ValidationError as error:
            elsewhere = self.form.show_problems(error, bench.language)
            if elsewhere:
                QMessageBox.warning(self, self.tr("Not saved"), "\n".join(elsewhere))
            return False
        except PlannerError as error:
            show_problem(self, error, bench.language)
            return False
        self.saved = saved
        self._mark_clean()
        self.accept()
        return True


class AgendaItemDialog(_GuardedDialog):
    """Adds (``item`` None) or changes one agenda item of ``delegation``; after a save
    ``saved`` holds the item as stored."""

    def __init__(self, workbench: Workbench, delegation: Delegation, item: AgendaItem | None,
                 day: date | None = None, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        assert delegation.id is not None, "agenda items belong to a saved delegation"
        self._workbench = workbench
        self._delegation = delegation
        self._zone = delegation.timezone
        self._item = item
        self._last_start = DEFAULT_START
        self.saved: AgendaItem | None = None
        self.venue_dialog: VenueDialog | None = None
        self._participants = list_participants(workbench.db, delegation.id)
        self.setWindowTitle(self.tr("Agenda item") if item else self.tr("New agenda item"))
        language = workbench.language

        layout = QFormLayout()
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form = Form(layout)
        self.day = QComboBox()
        self.form.add("day", self.tr("&Day"), self.day)
        self.starts = _time_edit()
        self.form.add("starts_at", self.tr("&Start"), self.starts)
        self.ends = _time_edit()
        self.next_day = QCheckBox(self.tr("ne&xt day"))
        self.next_day.setToolTip(self.tr("The item ends after midnight"))
        self.next_day.toggled.connect(self._update_zone_note)
        end_row = QWidget()
        end_layout = QHBoxLayout(end_row)
        end_layout.setContentsMargins(0, 0, 0, 0)
        end_layout.addWidget(self.ends)
        end_layout.addWidget(self.next_day)
        end_layout.addStretch(1)
        end_row.setFocusProxy(self.ends)
        self.form.add("ends_at", self.tr("&End"), end_row)
        self.ends.setAccessibleName(self.tr("End"))
        self.zone_note = QLabel()
        self.zone_note.setObjectName("zone_note")
        self.zone_note.setWordWrap(True)
        layout.addRow("", self.zone_note)
        self.title_uk = QLineEdit()
        self.form.add("title_uk", self.tr("&Title (Ukrainian)"), self.title_uk)
        self.title_en = QLineEdit()
        self.form.add("title_en", self.tr("Title (En&glish)"), self.title_en)
        self.description = _text_box(3)
        self.form.add("description", self.tr("Desc&ription"), self.description)
        self.form.add("venue_id", self.tr("&Venue"), self._venue_picker())
        self.status = enum_combo(AgendaStatus, language)
        self.form.add("status", self.tr("Stat&us"), self.status)
        self.responsible = QComboBox()
        self.form.add("responsible_person_id", self.tr("Res&ponsible"), self.responsible)
        self.attendees = QListWidget()
        self.form.add("attendees", self.tr("&Attendees"), self.attendees)
        self.dress_code = QLineEdit()
        self.form.add("dress_code", self.tr("Dress &code"), self.dress_code)
        self.transport = QLineEdit()
        self.form.add("transport", self.tr("Transp&ort"), self.transport)
        self.notes = _text_box(3)
        self.form.add("notes", self.tr("&Notes"), self.notes)
        self.venue.setAccessibleName(self.tr("Venue"))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(layout)
        outer.addWidget(buttons)
        self.setMinimumWidth(680)

        self._fill_days(item, day)
        self._fill_people(item)
        self._load(item, day)
        self.starts.timeChanged.connect(self._keep_duration)
        for edit in (self.starts, self.ends):
            edit.timeChanged.connect(self._update_zone_note)
        self.day.currentIndexChanged.connect(self._update_zone_note)
        self._mark_clean()

    # --- building the inputs -------------------------------------------------------------

    def _venue_picker(self) -> QWidget:
        """A venue combo that searches as one types (the service's search, which also finds
        Cyrillic names by their Latin spelling), with a button to add a venue in place."""
        self.venue = QComboBox()
        self.venue.setEditable(True)
        self.venue.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.venue.setMinimumContentsLength(28)
        line = self.venue.lineEdit()
        line.setPlaceholderText(self.tr("No venue: type to search"))
        self._venue_matches = QStringListModel(self)
        completer = QCompleter(self._venue_matches, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.venue.setCompleter(completer)
        line.textEdited.connect(self._search_venues)
        line.editingFinished.connect(self._settle_venue)
        self.new_venue_button = QPushButton(self.tr("Ne&w venue…"))
        self.new_venue_button.clicked.connect(self.add_venue)
        picker = QWidget()
        row = QHBoxLayout(picker)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.venue, 1)
        row.addWidget(self.new_venue_button)
        picker.setFocusProxy(self.venue)
        return picker

    def _fill_days(self, item: AgendaItem | None, day: date | None) -> None:
        days = visit_days(self._delegation)
        # A day outside the visit (its dates changed meanwhile) is still offered, so that
        # saving says what is wrong instead of silently moving the item.
        for extra in (day, local(item.starts_at, self._zone).date() if item else None):
            if extra is not None and extra not in days:
                days.append(extra)
        for each in sorted(days):
            self.day.addItem(weekday_date(each), each.isoformat())

    def _fill_people(self, item: AgendaItem | None) -> None:
        language = self._workbench.language
        self.responsible.addItem(self.tr("— nobody named —"), None)
        attending = set(item.attendee_person_ids) if item else None
        for row in self._participants:
            person, role = row.person, enum_label(row.participation.role, language)
            name = person_name(person, language)
            self.responsible.addItem(f"{name} ({role})", person.id)
            entry = QListWidgetItem(f"{name} — {role}")
            entry.setData(Qt.ItemDataRole.UserRole, person.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            # A new item: the whole delegation attends until told otherwise.
            checked = attending is None or person.id in attending
            entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.attendees.addItem(entry)
        responsible = item.responsible_person_id if item else None
        if responsible is not None and self.responsible.findData(responsible) < 0:
            # Someone from outside the delegation (a host official, say) stays as chosen.
            try:
                name = person_name(get_person(self._workbench.db, responsible), language)
            except PlannerError:
                name = f"#{responsible}"
            self.responsible.addItem(name, responsible)
        rows = min(max(self.attendees.count(), 3), 8)
        line = self.attendees.fontMetrics().height() + 4
        self.attendees.setMinimumHeight(line * rows + 2 * self.attendees.frameWidth())

    def _fill_venues(self, chosen: int | None) -> None:
        self.venue.clear()
        for venue in list_venues(self._workbench.db):
            self.venue.addItem(venue_text(venue), venue.id)
        if chosen is not None and self.venue.findData(chosen) < 0:
            # A venue deleted since the item was planned stays until another is chosen.
            name = self._stored_venue_name() or f"#{chosen}"
            self.venue.addItem(self.tr("%1 (deleted)").replace("%1", name), chosen)
        self.venue.setCurrentIndex(self.venue.findData(chosen) if chosen is not None else -1)
        self.venue.lineEdit().setCursorPosition(0)  # a long name shows its beginning
        self._venue_matches.setStringList(
            [self.venue.itemText(i) for i in range(self.venue.count())]
        )

    def _stored_venue_name(self) -> str:
        if self._item is None:
            return ""
        rows = list_agenda(self._workbench.db, self._delegation.id)
        return next((row.venue_name for row in rows if row.id == self._item.id), "")

    def _load(self, item: AgendaItem | None, day: date | None) -> None:
        """Show ``item`` (or a new item on ``day``) in the inputs."""
        if item is None:
            start_day = day or self._delegation.start_date
            starts = self._default_start(start_day)
            ends = starts.addSecs(DEFAULT_MINUTES * 60)
            if ends < starts:
                ends = QTime(0, 0)  # until midnight
            self.day.setCurrentIndex(max(self.day.findData(start_day.isoformat()), 0))
            self.next_day.setChecked(False)
            self._set_times(starts, ends)
            for box in (self.title_uk, self.title_en, self.dress_code, self.transport):
                box.clear()
            self.description.clear()
            self.notes.clear()
            choose(self.status, AgendaStatus.PLANNED)
            choose(self.responsible, None)
            self._fill_venues(None)
            return
        starts, ends = local(item.starts_at, self._zone), local(item.ends_at, self._zone)
        self.day.setCurrentIndex(max(self.day.findData(starts.date().isoformat()), 0))
        # An end at midnight needs no tick: 00:00 is the midnight that closes the day.
        days_later = (ends.date() - starts.date()).days
        midnight = days_later == 1 and (ends.hour, ends.minute) == (0, 0)
        self.next_day.setChecked(days_later > 0 and not midnight)
        self._set_times(QTime(starts.hour, starts.minute), QTime(ends.hour, ends.minute))
        self.title_uk.setText(item.title_uk)
        self.title_en.setText(item.title_en)
        self.description.setPlainText(item.description)
        self.dress_code.setText(item.dress_code)
        self.transport.setText(item.transport)
        self.notes.setPlainText(item.notes)
        choose(self.status, item.status)
        choose(self.responsible, item.responsible_person_id)
        for row in range(self.attendees.count()):
            entry = self.attendees.item(row)
            present = entry.data(Qt.ItemDataRole.UserRole) in item.attendee_person_ids
            entry.setCheckState(Qt.CheckState.Checked if present else Qt.CheckState.Unchecked)
        self._fill_venues(item.venue_id)

    def _set_times(self, starts: QTime, ends: QTime) -> None:
        self.starts.blockSignals(True)  # keep the end given, not one shifted with the start
        self.starts.setTime(starts)
        self.starts.blockSignals(False)
        self._last_start = starts
        self.ends.setTime(ends)
        self._update_zone_note()

    def _default_start(self, day: date) -> QTime:
        """A new item starts when the day's last item ends (or at ten on an empty day)."""
        rows = list_agenda(self._workbench.db, self._delegation.id, day, day)
        ends = [row.ends_at for row in rows if row.starts_at.date() == day]  # in the visit's zone
        if not ends:
            return DEFAULT_START
        last = max(ends)
        if last.date() != day or last.hour >= 23:
            return DEFAULT_START
        return QTime(last.hour, last.minute)

    # --- reacting to input ---------------------------------------------------------------

    def _keep_duration(self, new_start: QTime) -> None:
        """Moving the start moves the end with it, as a calendar does."""
        shift = self._last_start.secsTo(new_start)
        self._last_start = new_start
        self.ends.setTime(self.ends.time().addSecs(shift))

    def _times(self) -> tuple[datetime, datetime]:
        """The start and end as entered, in the visit's zone. An end at 00:00 is the
        midnight that closes the day (a dinner from 20:00 to 00:00); a later end on the next
        day is ticked as such (a reception until 01:00)."""
        day = date.fromisoformat(self.day.currentData())
        start, end = self.starts.time(), self.ends.time()
        midnight = end == QTime(0, 0) and start != end
        end_day = day + timedelta(days=1) if self.next_day.isChecked() or midnight else day
        return (at(day, start.hour(), start.minute(), self._zone),
                at(end_day, end.hour(), end.minute(), self._zone))  # fmt: skip

    def _update_zone_note(self) -> None:
        if not is_abroad(self._zone):
            note = self.tr("Kyiv time (%1).").replace("%1", self._zone)
        else:
            starts, ends = self._times()
            note = self.tr("Local time of the visit (%1); %2.").replace("%1", self._zone)
            note = note.replace("%2", kyiv_span(starts, ends, self._zone))
        self.zone_note.setText(note)
        for edit in (self.starts, self.ends):
            edit.setToolTip(note)

    def _search_venues(self, text: str) -> None:
        venues = list_venues(self._workbench.db, text)  # all of them for an empty text
        self._venue_matches.setStringList([venue_text(v) for v in venues])
        if venues:
            self.venue.completer().complete()

    def _settle_venue(self) -> None:
        """Typed text that names one venue chooses it; anything else goes back to the venue
        chosen before (an empty text: no venue)."""
        text = self.venue.currentText().strip()
        current = self.venue.currentIndex()
        if not text:
            self.venue.setCurrentIndex(-1)
            return
        if current >= 0 and text == self.venue.itemText(current):
            return
        index = self.venue.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            found = list_venues(self._workbench.db, text)
            if len(found) == 1:
                index = self.venue.findData(found[0].id)
        if index >= 0:
            self.venue.setCurrentIndex(index)
        else:
            self.venue.setEditText(self.venue.itemText(current) if current >= 0 else "")

    def add_venue(self) -> None:
        """Open the venue editor; the new venue is chosen once saved."""
        typed = self.venue.currentText().strip()
        current = self.venue.currentIndex()
        known = current >= 0 and typed == self.venue.itemText(current)
        dialog = VenueDialog(self._workbench, "" if known else typed, self)
        self.venue_dialog = dialog
        dialog.finished.connect(lambda _result: self._venue_added(dialog))
        dialog.open()

    def _venue_added(self, dialog: VenueDialog) -> None:
        self.venue_dialog = None
        if dialog.saved is not None:
            self._fill_venues(dialog.saved.id)
        self.venue.setFocus(Qt.FocusReason.OtherFocusReason)
        dialog.deleteLater()

    # --- saving --------------------------------------------------------------------------

    def _chosen_attendees(self) -> tuple[int, ...]:
        chosen = []
        for row in range(self.attendees.count()):
            entry = self.attendees.item(row)
            if entry.checkState() == Qt.CheckState.Checked:
                chosen.append(int(entry.data(Qt.ItemDataRole.UserRole)))
        return tuple(sorted(chosen))

    def _values(self) -> object:
        return (self.day.currentData(), self.starts.time().toString(), self.ends.time().toString(),
                self.next_day.isChecked(),
                self.title_uk.text(), self.title_en.text(), self.description.toPlainText(),
                self.venue.currentData(), self.venue.currentText(), self.status.currentData(),
                self.responsible.currentData(), self._chosen_attendees(), self.dress_code.text(),
                self.transport.text(), self.notes.toPlainText())  # fmt: skip

    def record(self) -> AgendaItem:
        """The item as the inputs now say."""
        self._settle_venue()
        starts, ends = self._times()
        assert self._delegation.id is not None
        base = self._item or AgendaItem(delegation_id=self._delegation.id, starts_at=starts,
                                        ends_at=ends, title_uk="")  # fmt: skip
        return replace(
            base,
            starts_at=starts,
            ends_at=ends,
            title_uk=self.title_uk.text().strip(),
            title_en=self.title_en.text().strip(),
            description=self.description.toPlainText().strip(),
            venue_id=self.venue.currentData() if self.venue.currentIndex() >= 0 else None,
            status=AgendaStatus(self.status.currentData()),
            responsible_person_id=self.responsible.currentData(),
            attendee_person_ids=self._chosen_attendees(),
            dress_code=self.dress_code.text().strip(),
            transport=self.transport.text().strip(),
            notes=self.notes.toPlainText().strip(),
        )

    def save(self) -> bool:
        """Save through the undo history; problems are shown beside their fields and nothing
        is written. True when saved (the dialog then closes)."""
        self.form.clear_problems()
        bench = self._workbench
        item = self.record()
        if item == self._item:  # nothing changed: no write, no empty undo step
            self.saved = item
            self.accept()
            return True
        ops = agenda_ops(bench.db)
        try:
            if self._item is None:
                text = self.tr("Add agenda item “%1”").replace("%1", item.title_uk)
                saved = bench.edits.create(ops, text, item)
            else:
                text = self.tr("Change agenda item “%1”").replace("%1", item.title_uk)
                saved = bench.edits.edit(ops, text, self._item, item)
        except ValidationError as error:
            self._show_problems(error)
            return False
        except StaleEditError as error:
            if offer_reload(self, error, bench.language):
                self.reload()
            return False
        except PlannerError as error:
            show_problem(self, error, bench.language)
            return False
        self.saved = saved
        self._mark_clean()
        self.accept()
        return True

    def _show_problems(self, error: ValidationError) -> None:
        # The service names the start for an item outside the visit; here it is the day.
        problems = [FieldProblem("day", p.code, p.params) if p.code == "outside_delegation"
                    else p for p in error.problems]  # fmt: skip
        elsewhere = self.form.show_problems(ValidationError(problems), self._workbench.language)
        if elsewhere:
            QMessageBox.warning(self, self.tr("Not saved"), "\n".join(elsewhere))

    def reload(self) -> None:
        """Show the item as it is stored now (what this window changed is dropped)."""
        if self._item is None or self._item.id is None:
            return
        try:
            fresh = get_agenda_item(self._workbench.db, self._item.id)
        except PlannerError as error:
            show_problem(self, error, self._workbench.language)
            return
        self._item = fresh
        self.form.clear_problems()
        self._load(fresh, None)
        self._mark_clean()
