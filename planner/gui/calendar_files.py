"""Calendar files: File > Export calendar… (everything, a period, one delegation or one
person's itinerary, as an iCalendar file every colleague's calendar reads) and File > Import
calendar… (a partner's programme or an invitation, shown first, then added to a delegation).

Both run their work off the window's thread; the export shows how far it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.calendar import ExportSummary
from planner.domain.calendar_import import (
    ImportAction,
    ImportedCalendar,
    ImportPreview,
    ImportResult,
    PlannedItem,
)
from planner.domain.errors import PlannerError
from planner.domain.messages import Language, enum_label, field_label
from planner.domain.records import Delegation
from planner.domain.text import sort_key
from planner.domain.zones import today_in_kyiv
from planner.gui import forms
from planner.gui.background import Report, run_in_background
from planner.gui.formats import date_range
from planner.gui.table_model import TextTableModel
from planner.gui.workbench import Workbench
from planner.services.calendar import export_ics
from planner.services.calendar_import import (
    import_calendar,
    preview_import,
    proposed_delegation,
    redo_import,
    undo_import,
)
from planner.services.delegations import list_delegations
from planner.services.people import list_people


def _searchable(combo: QComboBox) -> None:
    """A long list found by typing any part of a name."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)


class ExportCalendarDialog(QDialog):
    """What to export, in which language, and whether contacts go along; Export asks where."""

    SCOPES = ("everything", "period", "delegation", "person")

    def __init__(self, bench: Workbench, parent: QWidget | None = None,
                 delegation_id: int | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("export_calendar")
        self.setWindowTitle(self.tr("Export calendar"))
        self._bench = bench
        self.written: Path | None = None
        self.summary: ExportSummary | None = None
        lang = bench.language

        scope_box = QGroupBox(self.tr("What goes into the file"))
        grid = QGridLayout(scope_box)
        self.scope_group = QButtonGroup(self)
        texts = {
            "everything": self.tr("&Everything: every visit and its programme"),
            "period": self.tr("A &period:"),
            "delegation": self.tr("One &delegation:"),
            "person": self.tr("One person's &itinerary:"),
        }  # fmt: skip
        self.scopes: dict[str, QRadioButton] = {}
        for row, key in enumerate(self.SCOPES):
            button = QRadioButton(texts[key])
            button.setObjectName(f"scope_{key}")
            self.scope_group.addButton(button, row)
            self.scopes[key] = button
            grid.addWidget(button, row, 0)
        today = today_in_kyiv()
        month = today.replace(day=1)
        next_month = (month + timedelta(days=32)).replace(day=1)
        self.first = forms.date_edit(month)
        self.last = forms.date_edit(next_month - timedelta(days=1))
        self.first.setAccessibleName(self.tr("From"))
        self.last.setAccessibleName(self.tr("Until"))
        period = QHBoxLayout()
        period.addWidget(self.first)
        period.addWidget(QLabel("–"))
        period.addWidget(self.last)
        period.addStretch()
        grid.addLayout(period, 1, 1)
        self.delegation = QComboBox()
        self.delegation.setObjectName("export_delegation")
        self.delegation.setAccessibleName(self.tr("Delegation"))
        _searchable(self.delegation)
        for row in sorted(list_delegations(bench.db), key=lambda r: r.start_date, reverse=True):
            title = row.title_en if lang == "en" and row.title_en else row.title_uk
            self.delegation.addItem(f"{row.start_date:%d.%m.%Y}  {title}", row.id)
        grid.addWidget(self.delegation, 2, 1)
        self.person = QComboBox()
        self.person.setObjectName("export_person")
        self.person.setAccessibleName(self.tr("Person"))
        _searchable(self.person)
        people = sorted(list_people(bench.db), key=lambda p: sort_key(
            f"{p.family_name} {p.given_names}"))  # fmt: skip
        for person in people:
            name = f"{person.family_name} {person.given_names}".strip()
            if person.position:
                name += f" — {person.position}"
            self.person.addItem(name, person.id)
        grid.addWidget(self.person, 3, 1)
        grid.setColumnStretch(1, 1)

        options = QGroupBox(self.tr("How"))
        form = QFormLayout(options)
        self.language = QComboBox()
        self.language.setObjectName("export_language")
        self.language.addItem("Українська", "uk")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if lang == "uk" else 1)
        language_label = QLabel(self.tr("&Language of the titles:"))
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        self.with_tasks = QCheckBox(self.tr("Checklist &tasks (as to-dos)"))
        self.with_tasks.setObjectName("export_tasks")
        self.with_tasks.setToolTip(self.tr(
            "Each checklist task as a to-do due on its day, for the task list of Thunderbird, "
            "Outlook or Apple Reminders. Not in a person's itinerary."))  # fmt: skip
        self.with_tasks.setChecked(True)
        form.addRow(self.with_tasks)
        self.utc = QCheckBox(self.tr("All times in &UTC (for old calendar programs)"))
        self.utc.setObjectName("export_utc")
        form.addRow(self.utc)
        self.with_contacts = QCheckBox(self.tr("Include &phone numbers and e-mail addresses"))
        self.with_contacts.setObjectName("export_contacts")
        self.contacts_note = QLabel(self.tr(
            "Phones and e-mails are personal data: include them only in a file that stays in "
            "the office. Passports, health and dietary needs never go into a calendar."))  # fmt: skip
        self.contacts_note.setWordWrap(True)
        self.contacts_note.setStyleSheet("color: #8a5a00;")
        form.addRow(self.with_contacts)
        form.addRow(self.contacts_note)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("export_button")
        self.buttons.accepted.connect(self.choose_file)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scope_box)
        layout.addWidget(options)
        layout.addWidget(self.buttons)

        self.scope_group.idToggled.connect(lambda _id, _on: self._follow_scope())
        chosen = "everything"
        if delegation_id is not None:
            index = self.delegation.findData(delegation_id)
            if index >= 0:
                self.delegation.setCurrentIndex(index)
                chosen = "delegation"
        self.scopes[chosen].setChecked(True)
        self._follow_scope()
        self.resize(640, self.sizeHint().height())

    def scope(self) -> str:
        return next(key for key, button in self.scopes.items() if button.isChecked())

    def _follow_scope(self) -> None:
        scope = self.scope()
        for widget, wanted in ((self.first, "period"), (self.last, "period"),
                               (self.delegation, "delegation"), (self.person, "person")):  # fmt: skip
            widget.setEnabled(scope == wanted)
        self.with_tasks.setEnabled(scope != "person")  # an itinerary has no tasks

    def chosen_language(self) -> Language:
        return self.language.currentData()  # type: ignore[no-any-return]

    def export_arguments(self) -> dict[str, object]:
        """The service's keyword arguments for what the dialog shows."""
        scope = self.scope()
        arguments: dict[str, object] = {
            "language": self.chosen_language(), "utc": self.utc.isChecked(),
            "with_contacts": self.with_contacts.isChecked(),
            "with_tasks": self.with_tasks.isChecked() and scope != "person",
        }  # fmt: skip
        if scope == "period":
            arguments["first"] = forms.date_of(self.first)
            arguments["last"] = forms.date_of(self.last)
        elif scope == "delegation":
            arguments["delegation_id"] = self.delegation.currentData()
        elif scope == "person":
            arguments["person_id"] = self.person.currentData()
        return arguments

    def problem(self) -> str | None:
        """What stops the export as the dialog is filled in, in the officer's words."""
        scope = self.scope()
        if scope == "period":
            first, last = forms.date_of(self.first), forms.date_of(self.last)
            if first is not None and last is not None and last < first:
                return self.tr("The period ends before it begins.")
        if scope == "delegation" and self.delegation.currentData() is None:
            return self.tr("Choose the delegation.")
        if scope == "person" and self.person.currentData() is None:
            return self.tr("Choose the person.")
        return None

    def suggested_name(self) -> str:
        scope = self.scope()
        if scope == "period":
            first, last = forms.date_of(self.first), forms.date_of(self.last)
            return f"calendar-{first:%Y-%m-%d}-{last:%Y-%m-%d}.ics"
        if scope == "delegation":
            return f"delegation-{self.delegation.currentData()}.ics"
        if scope == "person":
            return f"itinerary-{self.person.currentData()}.ics"
        return f"calendar-{date.today():%Y-%m-%d}.ics"

    def choose_file(self) -> None:
        problem = self.problem()
        if problem is not None:
            QMessageBox.warning(self, self.tr("Export calendar"), problem)
            return
        folder = self._bench.settings.value("calendar/folder", str(Path.home()))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export calendar"), str(Path(str(folder)) / self.suggested_name()),
            self.tr("Calendar files (*.ics)"))  # fmt: skip
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Write the file in the background; the dialog closes when it is there."""
        if not Path(path).suffix:
            path += ".ics"
        target = Path(path)
        self._bench.settings.setValue("calendar/folder", str(target.parent))
        arguments = self.export_arguments()
        db = self._bench.db

        def work(report: Report) -> ExportSummary:
            return export_ics(db, target, progress=report, **arguments)  # type: ignore[arg-type]

        def done(summary: ExportSummary) -> None:
            self.written, self.summary = target, summary
            self.accept()

        def failed(problem: PlannerError) -> None:
            forms.show_problem(self, problem, self._bench.language)

        run_in_background(self, self.tr("Writing the calendar…"), work, done, failed,
                          reports=True)  # fmt: skip


_PREVIEW_HEADERS = (
    QT_TRANSLATE_NOOP("ImportPreviewModel", "What happens"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "When"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Title"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Venue"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Changes"),
)


class ImportPreviewModel(TextTableModel):
    """The events of a calendar file and what importing does with each."""

    def __init__(self, language: Language) -> None:
        super().__init__("ImportPreviewModel", _PREVIEW_HEADERS)
        self._language = language
        self._zone: ZoneInfo | None = None

    def set_preview(self, preview: ImportPreview | None) -> None:
        self._zone = ZoneInfo(preview.delegation.timezone) if preview is not None else None
        self.set_rows(list(preview.items) if preview is not None else [])

    def cells(self, row: Any) -> tuple[str, ...]:
        planned: PlannedItem = row
        lang = self._language
        item, event = planned.item, planned.event
        if event.all_day and isinstance(event.starts, date) and isinstance(event.ends, date):
            last = event.ends - timedelta(days=1)  # an all-day DTEND is the day after
            when = f"{event.starts:%d.%m.%Y}" + (f"–{last:%d.%m.%Y}" if last > event.starts
                                                 else "")  # fmt: skip
        else:
            starts, ends = (
                item.starts_at.astimezone(self._zone),
                item.ends_at.astimezone(self._zone),
            )
            when = f"{starts:%d.%m.%Y %H:%M}–{ends:%H:%M}"
        if planned.outside_visit:
            changes = QCoreApplication.translate("ImportPreviewModel", "outside the visit's dates")
        elif planned.action is ImportAction.UPDATE:
            changes = ", ".join(field_label(name, lang) for name in planned.changed)
        else:
            changes = ""
        return (enum_label(planned.action, lang), when, item.title_uk, planned.venue_name,
                changes)  # fmt: skip

    def planned(self, row: int) -> PlannedItem:
        return self.row(row)  # type: ignore[no-any-return]

    def role_data(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.outside_visit:
                return QBrush(QColor("#b00020"))
            if row.action in (ImportAction.UNCHANGED, ImportAction.SKIP):
                return QBrush(QColor("#777777"))
        return None


class ImportCalendarDialog(QDialog):
    """A calendar file's events shown before they are added to a delegation's programme
    (or to a new delegation made for them); Import is one undoable change."""

    def __init__(self, bench: Workbench, calendar: ImportedCalendar, source: str,
                 parent: QWidget | None = None, delegation_id: int | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("import_calendar")
        self.setWindowTitle(self.tr("Import calendar"))
        self._bench = bench
        self.calendar = calendar
        self.result: ImportResult | None = None
        self.preview: ImportPreview | None = None
        lang = bench.language
        name = calendar.name or Path(source).name
        heading = QLabel(self.tr("«%1»: %n event(s)", "", len(calendar.events)).replace(
            "%1", name))  # fmt: skip
        heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        heading.setObjectName("import_heading")
        origin = QLabel(source if not calendar.product else f"{source}  ·  {calendar.product}")
        origin.setStyleSheet("color: #555555;")
        origin.setWordWrap(True)

        target = QGroupBox(self.tr("Where the events go"))
        grid = QGridLayout(target)
        self.into_existing = QRadioButton(self.tr("Into the programme of &delegation:"))
        self.into_existing.setObjectName("import_into_existing")
        self.into_new = QRadioButton(self.tr("Into a &new delegation titled:"))
        self.into_new.setObjectName("import_into_new")
        self.delegation = QComboBox()
        self.delegation.setObjectName("import_delegation")
        self.delegation.setAccessibleName(self.tr("Delegation"))
        _searchable(self.delegation)
        for row in sorted(list_delegations(bench.db), key=lambda r: r.start_date, reverse=True):
            title = row.title_en if lang == "en" and row.title_en else row.title_uk
            self.delegation.addItem(f"{row.start_date:%d.%m.%Y}  {title}", row.id)
        self.proposed = proposed_delegation(calendar)
        self.new_title = QLineEdit(self.proposed.title_uk)
        self.new_title.setObjectName("import_new_title")
        self.new_title.setAccessibleName(self.tr("Title of the new delegation"))
        self.new_dates = QLabel(date_range(self.proposed.start_date, self.proposed.end_date)
                                + f"  ·  {self.proposed.timezone}")  # fmt: skip
        grid.addWidget(self.into_existing, 0, 0)
        grid.addWidget(self.delegation, 0, 1)
        grid.addWidget(self.into_new, 1, 0)
        grid.addWidget(self.new_title, 1, 1)
        grid.addWidget(self.new_dates, 2, 1)
        grid.setColumnStretch(1, 1)

        self.model = ImportPreviewModel(lang)
        self.table = QTableView()
        self.table.setObjectName("import_preview")
        self.table.setAccessibleName(self.tr("What the import does"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setObjectName("import_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setStyleSheet("color: #8a5a00;")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("import_button")
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(origin)
        layout.addWidget(target)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.warnings)
        layout.addWidget(self.buttons)

        chosen = self.delegation.findData(delegation_id) if delegation_id is not None else -1
        if chosen >= 0:
            self.delegation.setCurrentIndex(chosen)
            self.into_existing.setChecked(True)
        else:
            self.into_new.setChecked(True)
        for signal in (self.into_existing.toggled, self.delegation.currentIndexChanged):
            signal.connect(lambda *_: self.refresh())
        self.new_title.editingFinished.connect(self.refresh)
        self.resize(980, 620)
        self.refresh()

    def target(self) -> tuple[int | None, Delegation | None]:
        """The delegation chosen, or the new one to make (title as typed)."""
        if self.into_existing.isChecked():
            return self.delegation.currentData(), None
        title = self.new_title.text().strip() or self.proposed.title_uk
        return None, replace(self.proposed, title_uk=title)

    def refresh(self) -> None:
        """The preview again, for the target as chosen now."""
        self.delegation.setEnabled(self.into_existing.isChecked())
        self.new_title.setEnabled(self.into_new.isChecked())
        delegation_id, new = self.target()
        lang = self._bench.language
        if self.into_existing.isChecked() and delegation_id is None:
            self.preview = None
            self.model.set_preview(None)
            self.summary.setText(self.tr("Choose the delegation."))
            self.import_button.setEnabled(False)
            return
        try:
            self.preview = preview_import(self._bench.db, self.calendar,
                                          delegation_id=delegation_id, new_delegation=new)  # fmt: skip
        except PlannerError as problem:
            self.preview = None
            self.model.set_preview(None)
            self.summary.setText(problem.message(lang))
            self.import_button.setEnabled(False)
            return
        preview = self.preview
        self.model.set_preview(preview)
        self.table.resizeRowsToContents()
        text = self.tr("Will add %1, change %2, leave %3 as they are and skip %4.")
        for number, part in enumerate((preview.created, preview.updated, preview.unchanged,
                                       preview.skipped), start=1):  # fmt: skip
            text = text.replace(f"%{number}", str(len(part)))
        if not preview.can_import:
            text += "\n" + self.tr(
                "Some events fall outside the visit's dates (%1): change the visit's dates "
                "first, or import into another delegation."
            ).replace("%1", date_range(preview.delegation.start_date,
                                       preview.delegation.end_date))  # fmt: skip
        self.summary.setText(text)
        self.summary.setStyleSheet("" if preview.can_import else "color: #b00020;")
        self.warnings.setText("\n".join("⚠ " + w.message(lang) for w in preview.warnings))
        self.warnings.setVisible(bool(preview.warnings))
        changes = preview.created or preview.updated or (new is not None and preview.items)
        self.import_button.setEnabled(preview.can_import and bool(changes))

    def do_import(self) -> None:
        """Import as one undoable change; the dialog closes when it is done."""
        if self.preview is None or not self.import_button.isEnabled():
            return
        delegation_id, new = self.target()
        db, calendar = self._bench.db, self.calendar
        last: list[ImportResult] = []

        def steps(done: ImportResult) -> tuple[Callable[[], object], Callable[[], object]]:
            last.append(done)

            def undo() -> None:
                last.append(undo_import(db, last[-1]))

            def redo() -> None:
                last.append(redo_import(db, last[-1]))

            return undo, redo

        def do() -> ImportResult:
            return import_calendar(db, calendar, delegation_id=delegation_id, new_delegation=new)

        name = calendar.name or self.tr("a calendar file")
        try:
            text = self.tr("import of «%1»").replace("%1", name)
            self.result = self._bench.edits.perform(text, do, steps)
        except PlannerError as problem:
            forms.show_problem(self, problem, self._bench.language)
            self.refresh()
            return
        self.accept()
