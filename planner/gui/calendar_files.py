"""Calendar files: File > Export calendar… (everything, a period, one delegation or one
person's itinerary, as an iCalendar file every colleague's calendar reads) and File > Import
calendar… (a partner's programme or an invitation, shown first, then added to a delegation).

Both run their work off the window's thread; the export shows how far it is.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
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
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.calendar import ExportSummary
from planner.domain.errors import PlannerError
from planner.domain.messages import Language
from planner.domain.text import sort_key
from planner.domain.zones import today_in_kyiv
from planner.gui import forms
from planner.gui.background import Report, run_in_background
from planner.gui.workbench import Workbench
from planner.services.calendar import export_ics
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

    def chosen_language(self) -> Language:
        return self.language.currentData()  # type: ignore[no-any-return]

    def export_arguments(self) -> dict[str, object]:
        """The service's keyword arguments for what the dialog shows."""
        scope = self.scope()
        arguments: dict[str, object] = {
            "language": self.chosen_language(), "utc": self.utc.isChecked(),
            "with_contacts": self.with_contacts.isChecked(),
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
