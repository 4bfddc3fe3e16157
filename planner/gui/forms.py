"""Building blocks of the planner's forms: labelled inputs with their problems shown right
beside them, date inputs whose weeks start on Monday, choice lists of the planner's
vocabularies, and the questions every editor asks (unsaved changes, a stale save)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from planner.domain.errors import PlannerError, StaleEditError, ValidationError
from planner.domain.messages import Language, enum_label
from planner.gui.formats import pydate, qdate

NO_DATE = QDate(1900, 1, 1)  # an optional date input shows nothing at its minimum
PERSONAL_DATA_STYLE = "background-color: #fff4e5;"


class Form:
    """A QFormLayout whose inputs are known by the record's field names, so that a
    ``ValidationError`` is shown beside each field it names."""

    def __init__(self, layout: QFormLayout) -> None:
        self.layout = layout
        self.inputs: dict[str, QWidget] = {}
        self._problems: dict[str, QLabel] = {}
        # What screen readers say of each input when it has no problem (personal data notes).
        self._descriptions: dict[str, str] = {}

    def add(self, field: str, label: str, widget: QWidget, personal: bool = False) -> QWidget:
        """A row ``label: widget``; the label's mnemonic (&) focuses the input. A personal
        data field is shaded and says so to screen readers."""
        caption = QLabel(label)
        caption.setBuddy(widget)
        plain = label.replace("&", "")
        widget.setAccessibleName(plain)
        widget.setObjectName(field)
        self._descriptions[field] = ""
        if personal:
            widget.setStyleSheet(PERSONAL_DATA_STYLE)
            widget.setToolTip(
                QCoreApplication.translate(
                    "Form",
                    "Personal data: it is left out of anything that "
                    "leaves the office unless you ask for it.",
                )
            )
            widget.setAccessibleDescription(widget.toolTip())
            self._descriptions[field] = widget.toolTip()
        problem = QLabel()
        problem.setObjectName(f"{field}_problem")
        problem.setStyleSheet("color: #b00020;")
        problem.setWordWrap(True)
        problem.hide()
        self.layout.addRow(caption, widget)
        self.layout.addRow("", problem)
        self.inputs[field] = widget
        self._problems[field] = problem
        return widget

    def show_problems(self, error: ValidationError, language: Language) -> list[str]:
        """Show each problem beside its field and focus the first; returns the messages of
        problems that name no field of this form (the caller shows them elsewhere)."""
        self.clear_problems()
        elsewhere: list[str] = []
        first: QWidget | None = None
        for problem in error.problems:
            label = self._problems.get(problem.field)
            if label is None:
                elsewhere.append(problem.message(language))
                continue
            shown = (label.text() + "\n" if label.isVisible() else "") + problem.message(language)
            label.setText(shown)
            label.show()
            note = self._descriptions[problem.field]
            self.inputs[problem.field].setAccessibleDescription(f"{shown} {note}".strip())
            first = first or self.inputs[problem.field]
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return elsewhere

    def clear_problems(self) -> None:
        for field, label in self._problems.items():
            label.clear()
            label.hide()
            self.inputs[field].setAccessibleDescription(self._descriptions[field])

    def show_beginnings(self) -> None:
        """Each line input shows the start of its text (Qt leaves the cursor at the end, so
        a long title filled in would show only its last words)."""
        for widget in self.inputs.values():
            if isinstance(widget, QLineEdit):
                widget.setCursorPosition(0)

    def problem_text(self, field: str) -> str:
        return self._problems[field].text()


class _EmptiableDates(QObject):
    """Makes an optional date input (``forms.date_edit(optional=True)``) usable from the
    keyboard: typing digits into an empty one starts from today's date (Qt would refuse them),
    Delete or Backspace over the selected date empties it again, and the calendar of an empty
    one opens on this month rather than on the "no date" of 1900."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._calendars: dict[QObject, QDateEdit] = {}

    def watch(self, edit: QDateEdit) -> None:
        edit.installEventFilter(self)
        edit.calendarWidget().installEventFilter(self)
        self._calendars[edit.calendarWidget()] = edit
        edit.setToolTip(
            QCoreApplication.translate(
                "Form", "Empty means no date: select the date and press Delete."
            )
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QDateEdit) and isinstance(event, QKeyEvent):
            if event.type() != QEvent.Type.KeyPress:
                return False
            line = watched.lineEdit()
            if date_of(watched) is None:
                if event.text().isdigit():
                    watched.setDate(QDate.currentDate())
                    watched.setSelectedSection(QDateEdit.Section.DaySection)
            elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
                line.selectedText() == line.text()
            ):
                set_date(watched, None)
                return True
        elif event.type() == QEvent.Type.Show and watched in self._calendars:
            edit = self._calendars[watched]
            if date_of(edit) is None:
                edit.calendarWidget().setSelectedDate(QDate.currentDate())
        return False


def show_problems_in(
    parent: QWidget, parts: Iterable[Form], problem: ValidationError, language: Language
) -> None:
    """Show each problem beside its field in whichever form has it (the first form's first
    problem gets the focus); those that name no field are said in a message box."""
    parts = list(parts)
    known = {field for form in parts for field in form.inputs}
    for form in reversed(parts):
        form.show_problems(problem, language)
    rest = [p.message(language) for p in problem.problems if p.field not in known]
    if rest:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Form", "Not saved"), "\n".join(rest)
        )


def date_edit(day: date | None = None, optional: bool = False) -> QDateEdit:
    """A date input with a calendar whose weeks start on Monday. An ``optional`` one shows
    an empty field at its minimum, which means "no date"."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    if optional:
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(" ")
        _EmptiableDates(edit).watch(edit)
    set_date(edit, day)
    return edit


def set_date(edit: QDateEdit, day: date | None) -> None:
    if day is None:
        edit.setDate(NO_DATE if edit.minimumDate() == NO_DATE else QDate.currentDate())
    else:
        edit.setDate(qdate(day))


def date_of(edit: QDateEdit) -> date | None:
    value = edit.date()
    if edit.minimumDate() == NO_DATE and value == NO_DATE:
        return None
    return pydate(value)


def enum_combo(values: type[StrEnum], language: Language, empty: str | None = None) -> QComboBox:
    """A choice among an enum's values, each named in the interface's language; ``empty``
    (when given) adds a first choice that means "none" (its data is None)."""
    combo = QComboBox()
    if empty is not None:
        combo.addItem(empty, None)
    for value in values:
        combo.addItem(enum_label(value, language), value.value)
    return combo


def choose(combo: QComboBox, data: object) -> None:
    """Select the entry whose data is ``data`` (an enum value or an id)."""
    wanted = data.value if isinstance(data, StrEnum) else data
    index = combo.findData(wanted)
    combo.setCurrentIndex(max(index, 0))


def show_problem(parent: QWidget | None, problem: PlannerError, language: Language) -> None:
    QMessageBox.warning(
        parent, QCoreApplication.translate("Form", "Not saved"), problem.message(language)
    )


def offer_reload(parent: QWidget | None, problem: StaleEditError, language: Language) -> bool:
    """Say that another officer saved the record meanwhile; True when the user wants to
    reload it (their own changes are then dropped), False to keep editing."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Form", "Changed meanwhile"),
        problem.message(language),
        parent=parent,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Form",
            "Reload it to see the other changes (yours in this window are dropped), or keep "
            "editing and copy your changes aside first.",
        )
    )
    reload = box.addButton(
        QCoreApplication.translate("Form", "&Reload"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QCoreApplication.translate("Form", "&Keep editing"), QMessageBox.ButtonRole.RejectRole
    )
    box.setObjectName("stale_question")
    box.exec()
    return box.clickedButton() is reload


def may_close(dialog: QWidget, changed: bool, save: Callable[[], object]) -> bool:
    """Whether a dialog being cancelled (Cancel, Escape, its window closed) may close now:
    nothing was changed, or the officer chose to discard the changes. Choosing Save saves
    (the save closes the dialog when it works) and keeps it open for now."""
    if not changed:
        return True
    answer = ask_unsaved(dialog)
    if answer == QMessageBox.StandardButton.Save:
        save()
        return False
    return answer == QMessageBox.StandardButton.Discard


def ask_unsaved(parent: QWidget) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel, asked when a window with unsaved changes is closed."""
    return QMessageBox.question(
        parent,
        QCoreApplication.translate("Form", "Unsaved changes"),
        QCoreApplication.translate(
            "Form", "This window has changes that are not saved. Save them?"
        ),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
