"""The editor of one delegation, a window of its own: the overview form (every field, with
each problem shown beside its field), the participants, the day-by-day programme, the
gifts planned for each recipient and the protocol checklist.

The overview is saved with Save (Ctrl+S) as one undoable change; closing with unsaved changes
asks first; a save refused because another officer changed the delegation offers to reload.
Participants and programme items are changed one action at a time, each undoable, once the
delegation has been saved.
"""

from __future__ import annotations

from dataclasses import replace
from zoneinfo import available_timezones

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.conflicts import Conflict
from planner.domain.enums import DelegationStatus, Direction
from planner.domain.errors import PlannerError, StaleEditError, ValidationError
from planner.domain.records import HOME_TIMEZONE, Delegation
from planner.domain.rules import COUNTRY_CODES
from planner.domain.zones import today_in_kyiv
from planner.gui import forms
from planner.gui.checklist_panel import ChecklistPanel
from planner.gui.formats import date_range
from planner.gui.gift_plan_panel import GiftPlanPanel
from planner.gui.participants_panel import ParticipantsPanel
from planner.gui.programme_panel import ProgrammePanel
from planner.gui.record_ops import delegation_ops
from planner.gui.workbench import Workbench
from planner.services.delegations import get_delegation
from planner.services.partners import list_partners
from planner.services.programmes import list_programmes


class DelegationEditor(QWidget):
    """``DelegationEditor(bench, delegation_id)``; ``None`` opens a new delegation."""

    closed = Signal(object)  # the editor, so that the main window forgets it
    saved = Signal(object)  # the editor, after a save (a new delegation has its id now)

    def __init__(self, bench: Workbench, delegation_id: int | None) -> None:
        super().__init__(bench.window, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("delegation_editor")
        self._bench = bench
        self._deleted = False
        self._ops = delegation_ops(bench)
        self.loaded: Delegation = (
            get_delegation(bench.db, delegation_id) if delegation_id is not None
            else Delegation(direction=Direction.INCOMING, title_uk="",
                            start_date=today_in_kyiv(), end_date=today_in_kyiv())
        )  # fmt: skip

        self.tabs = QTabWidget()
        self.tabs.addTab(self._overview_tab(), self.tr("&Overview"))
        self.participants = ParticipantsPanel(bench)
        self.programme = ProgrammePanel(bench)
        self.tabs.addTab(self.participants, self.tr("&Participants"))
        self.tabs.addTab(self.programme, self.tr("P&rogramme"))
        self.gifts = GiftPlanPanel(bench)
        self.tabs.addTab(self.gifts, self.tr("&Gifts"))
        self.checklist = ChecklistPanel(bench)
        self.tabs.addTab(self.checklist, self.tr("Chec&klist"))

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save_delegation")
        self.delete_button = QPushButton(self.tr("&Delete delegation"))
        self.delete_button.setObjectName("delete_delegation")
        self.buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        # Ctrl+P opens this menu (the letters of "Print" are taken by the form's mnemonics).
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.setToolTip(self.tr("Print a document of this delegation (Ctrl+P)"))
        self.print_button.setObjectName("print_delegation")
        self.print_menu = QMenu(self.print_button)
        from planner.gui.printing import KINDS, kind_names

        names = kind_names()
        for kind in KINDS:
            action = self.print_menu.addAction(names[kind])
            action.setObjectName(f"print_{kind}")
            action.triggered.connect(lambda _checked=False, k=kind: self.print_document(k))
        self.print_button.setMenu(self.print_menu)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_button.showMenu)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("delegation_heading")
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.conflicts_note = QLabel()
        self.conflicts_note.setObjectName("delegation_conflicts")
        self.conflicts_note.setWordWrap(True)
        self.conflicts_note.setTextFormat(Qt.TextFormat.PlainText)
        self.conflicts_note.setStyleSheet(
            "color: #8a1c1c; background: #fdecea; border: 1px solid #f5c2c0; padding: 6px;"
        )
        self.conflicts_note.hide()
        layout.addWidget(self.conflicts_note)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.resize(1120, 760)
        self._show(self.loaded)
        bench.edits.changed.connect(self._database_changed)

    # The overview form

    def _overview_tab(self) -> QWidget:
        lang = self._bench.language
        page = QWidget()
        columns = QHBoxLayout(page)
        left, right = QFormLayout(), QFormLayout()
        for half in (left, right):
            half.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        right.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # long names: labels on top
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        self.form = forms.Form(left)
        side = forms.Form(right)
        self.title_uk = QLineEdit()
        self.title_en = QLineEdit()
        self.direction = forms.enum_combo(Direction, lang)
        self.status = forms.enum_combo(DelegationStatus, lang)
        self.start_date = forms.date_edit()
        self.end_date = forms.date_edit()
        self.place = QLineEdit()
        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.addItems(sorted(COUNTRY_CODES))
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(sorted(available_timezones()))
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.responsible_officer = QLineEdit()
        self.purpose = QPlainTextEdit()
        self.purpose.setTabChangesFocus(True)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        for text_box in (self.purpose, self.notes):
            text_box.setMaximumHeight(90)
        self.form.add("title_uk", self.tr("&Title (Ukrainian):"), self.title_uk)
        self.form.add("title_en", self.tr("Title (&English):"), self.title_en)
        self.form.add("direction", self.tr("D&irection:"), self.direction)
        self.form.add("status", self.tr("&Status:"), self.status)
        self.form.add("start_date", self.tr("&From:"), self.start_date)
        self.form.add("end_date", self.tr("&Until:"), self.end_date)
        self.form.add("place", self.tr("&Place:"), self.place)
        self.form.add("country", self.tr("&Country (ISO code):"), self.country)
        self.form.add("timezone", self.tr("Time &zone:"), self.timezone)
        self.form.add("responsible_officer", self.tr("&Responsible officer:"),
                      self.responsible_officer)  # fmt: skip
        self.form.add("purpose", self.tr("P&urpose:"), self.purpose)
        self.form.add("notes", self.tr("&Notes:"), self.notes)
        self.partners = QListWidget()
        self.measures = QListWidget()
        side.add("partner_ids", self.tr("Pa&rtners:"), self.partners)
        side.add("measure_ids", self.tr("Programme &measures:"), self.measures)
        self.side_form = side
        return page

    def _fill_choices(self, chosen_partners: tuple[int, ...], chosen_measures: tuple[int, ...],
                      year: int) -> None:  # fmt: skip
        lang = self._bench.language
        self.partners.clear()
        for row in list_partners(self._bench.db):
            name = row.name_uk if lang == "uk" or not row.name_en else row.name_en
            self._checkable(self.partners, name, row.id, row.id in chosen_partners)
        self.measures.clear()
        for programme in list_programmes(self._bench.db):
            if not (programme.start_year <= year <= programme.end_year) and not any(
                m.id in chosen_measures for s in programme.sections for m in s.measures
            ):
                continue
            for section in programme.sections:
                for measure in section.measures:
                    title = measure.title_uk if lang == "uk" or not measure.title_en \
                        else measure.title_en  # fmt: skip
                    self._checkable(self.measures, f"{measure.code}  {title}", measure.id,
                                    measure.id in chosen_measures)  # fmt: skip

    @staticmethod
    def _checkable(widget: QListWidget, text: str, data: int | None, checked: bool) -> None:
        item = QListWidgetItem(text, widget)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setToolTip(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    @staticmethod
    def _checked(widget: QListWidget) -> tuple[int, ...]:
        return tuple(
            widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        )  # fmt: skip

    def _show(self, delegation: Delegation) -> None:
        """Fill the form with ``delegation`` as stored; the panels follow a saved one."""
        self.loaded = delegation
        self.title_uk.setText(delegation.title_uk)
        self.title_en.setText(delegation.title_en)
        forms.choose(self.direction, delegation.direction)
        forms.choose(self.status, delegation.status)
        forms.set_date(self.start_date, delegation.start_date)
        forms.set_date(self.end_date, delegation.end_date)
        self.place.setText(delegation.place)
        self.country.setCurrentText(delegation.country)
        self.timezone.setCurrentText(delegation.timezone)
        self.responsible_officer.setText(delegation.responsible_officer)
        self.purpose.setPlainText(delegation.purpose)
        self.notes.setPlainText(delegation.notes)
        self._fill_choices(delegation.partner_ids, delegation.measure_ids,
                           delegation.start_date.year)  # fmt: skip
        self.form.clear_problems()
        self.side_form.clear_problems()
        self.form.show_beginnings()
        saved = delegation.id is not None
        for index in (1, 2, 3, 4):
            self.tabs.setTabEnabled(index, saved)
        self.delete_button.setEnabled(saved)
        self.print_button.setEnabled(saved)
        if saved:
            self.participants.show_delegation(delegation)
            self.programme.show_delegation(delegation)
            self.gifts.show_delegation(delegation)
            self.checklist.show_delegation(delegation)
        self._update_heading()
        self.show_conflicts()

    def print_document(self, kind: str) -> None:
        """Preview and print one of this delegation's documents (as it is saved)."""
        from planner.gui.printing import open_preview

        if self.loaded.id is None:
            return
        if self.has_unsaved_changes():
            QMessageBox.information(self, self.tr("Print"), self.tr(
                "The document is made from what is saved: save your changes first to see "
                "them printed."))  # fmt: skip
        self.preview = open_preview(self._bench, kind, self.loaded.id, self.windowTitle())

    def show_conflicts(self) -> None:
        """The conflicts this delegation is part of, above the tabs (hidden when none).
        They are found off the window's thread (the check reads the whole database, which
        takes a while on a large one); only the answer to the last question is shown."""
        if self.loaded.id is None:
            self.conflicts_note.hide()
            return
        from planner.gui.background import run_in_background
        from planner.services.conflicts import find_conflicts

        db, delegation_id = self._bench.db, self.loaded.id
        self._conflicts_asked = getattr(self, "_conflicts_asked", 0) + 1
        asked = self._conflicts_asked

        def done(found: list[Conflict]) -> None:
            if asked == self._conflicts_asked:
                self._show_conflicts(found)

        run_in_background(self, "", lambda: find_conflicts(db, delegation_id=delegation_id),
                          done, lambda _problem: None, quiet=True)  # fmt: skip

    @property
    def conflicts_shown(self) -> bool:
        """Whether the note answers the last change (for tests)."""
        return getattr(self, "_conflicts_answered", 0) == getattr(self, "_conflicts_asked", 0)

    def _show_conflicts(self, found: list[Conflict]) -> None:
        self._conflicts_answered = self._conflicts_asked
        if not found:
            self.conflicts_note.hide()
            return
        lang = self._bench.language
        lines = [f"⚠ {conflict.message(lang)}" for conflict in found[:3]]
        if len(found) > 3:
            lines.append(self.tr("… and %n more (View > Conflicts)", "", len(found) - 3))
        self.conflicts_note.setText("\n".join(lines))
        self.conflicts_note.show()

    def show_programme_item(self, item_id: int) -> None:
        """The Programme tab, at the agenda item ``item_id``."""
        if self.loaded.id is None:
            return
        self.tabs.setCurrentWidget(self.programme)
        self.programme.select_item(item_id)
        self.programme.tree.setFocus()

    def show_task(self, task_id: int) -> None:
        """The Checklist tab, at the task ``task_id``."""
        if self.loaded.id is None:
            return
        self.tabs.setCurrentWidget(self.checklist)
        self.checklist.select(task_id)
        self.checklist.table.setFocus()

    def _update_heading(self) -> None:
        d = self.loaded
        if d.id is None:
            self.heading.setText(self.tr("New delegation"))
            self.setWindowTitle(self.tr("New delegation"))
            self.tabs.setTabToolTip(1, self.tr("Save the delegation first"))
            return
        lang = self._bench.language
        title = d.title_en if lang == "en" and d.title_en else d.title_uk
        self.heading.setText(f"{title}\n{date_range(d.start_date, d.end_date)}")
        self.setWindowTitle(title)

    def entered(self) -> Delegation:
        """The delegation as the form shows it now."""
        start, end = forms.date_of(self.start_date), forms.date_of(self.end_date)
        assert start is not None and end is not None
        return replace(
            self.loaded,
            title_uk=self.title_uk.text().strip(), title_en=self.title_en.text().strip(),
            direction=Direction(self.direction.currentData()),
            status=DelegationStatus(self.status.currentData()),
            start_date=start, end_date=end, place=self.place.text().strip(),
            country=self.country.currentText().strip().upper(),
            timezone=self.timezone.currentText().strip() or HOME_TIMEZONE,
            responsible_officer=self.responsible_officer.text().strip(),
            purpose=self.purpose.toPlainText().strip(), notes=self.notes.toPlainText().strip(),
            partner_ids=self._checked(self.partners), measure_ids=self._checked(self.measures),
        )  # fmt: skip

    def has_unsaved_changes(self) -> bool:
        return self.entered() != self.loaded

    def save(self) -> bool:
        """Save the overview as one undoable change; True when it was saved (or unchanged)."""
        wanted = self.entered()
        if wanted == self.loaded and wanted.id is not None:
            return True
        lang = self._bench.language
        edits = self._bench.edits
        try:
            if wanted.id is None:
                saved = edits.create(self._ops, self.tr("Add delegation «%1»")
                                     .replace("%1", wanted.title_uk), wanted)  # fmt: skip
            else:
                saved = edits.edit(self._ops, self.tr("Edit delegation «%1»")
                                   .replace("%1", wanted.title_uk), self.loaded, wanted)  # fmt: skip
        except ValidationError as problem:
            forms.show_problems_in(self, (self.form, self.side_form), problem, lang)
            return False
        except StaleEditError as problem:
            if forms.offer_reload(self, problem, lang):
                self.reload()
            return False
        except PlannerError as problem:
            forms.show_problem(self, problem, lang)
            return False
        self._show(saved)
        self.saved.emit(self)
        self._bench.window.statusBar().showMessage(self.tr("Saved."), 5000)  # type: ignore[attr-defined]
        return True

    def discard_changes(self) -> None:
        """Put the form back as stored, dropping what was typed."""
        self._show(self.loaded)

    def reload(self) -> None:
        assert self.loaded.id is not None
        try:
            self._show(get_delegation(self._bench.db, self.loaded.id))
        except PlannerError as problem:
            forms.show_problem(self, problem, self._bench.language)

    def delete(self) -> None:
        d = self.loaded
        if d.id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete delegation"),
            self.tr("Delete the delegation «%1» with its participants and programme?\n"
                    "Edit > Undo brings it back.").replace("%1", d.title_uk),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._bench.edits.delete(self._ops, self.tr("Delete delegation «%1»")
                                     .replace("%1", d.title_uk), d)  # fmt: skip
        except StaleEditError as problem:
            if forms.offer_reload(self, problem, self._bench.language):
                self.reload()
            return
        except PlannerError as problem:
            forms.show_problem(self, problem, self._bench.language)
            return
        self._deleted = True  # nothing left to save: close without asking
        self.close()

    def _database_changed(self) -> None:
        """Another action (undo included) changed the database: follow it unless the officer
        is typing into the form."""
        if self.loaded.id is None or self.has_unsaved_changes():
            return
        try:
            current = get_delegation(self._bench.db, self.loaded.id)
        except PlannerError:  # deleted by an undo: the editor has nothing left to show
            self._deleted = True
            self.close()
            return
        if current != self.loaded:
            self._show(current)
        else:
            self.show_conflicts()  # a change elsewhere may make or mend a clash

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._deleted and self.has_unsaved_changes():
            answer = forms.ask_unsaved(self)
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save()
            ):
                event.ignore()
                return
        self._bench.edits.changed.disconnect(self._database_changed)
        self.closed.emit(self)
        super().closeEvent(event)
