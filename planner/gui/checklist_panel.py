"""The Checklist tab of the delegation editor: the visit's protocol tasks by due date (each
with its T-offset from arrival or departure), overdue ones in red, done ones greyed; ticking a
task off is one click on its check cell or Space on the chosen row. A template's tasks are
added in one step, tasks are added, changed and deleted by hand; every change is undoable.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.checklists import due_date
from planner.domain.enums import (
    DelegationStatus,
    Direction,
    TaskAnchor,
    TaskCategory,
    TaskStatus,
    VisitKind,
)
from planner.domain.messages import Language, enum_label
from planner.domain.records import ChecklistTemplate, Delegation, Task
from planner.domain.zones import today_in_kyiv
from planner.gui import forms
from planner.gui.delegation_tab import DelegationTab
from planner.gui.edits import RecordOps
from planner.gui.gift_dialogs import attempt
from planner.gui.person_editor import NO_MODIFIER, KeyActions, enter_keys
from planner.gui.table_model import Index, TextTableModel, read_only_table
from planner.gui.workbench import Workbench
from planner.services import checklists

OVERDUE_COLOUR = "#b00020"
DONE_COLOUR = "#7a7a7a"
MINUS = "\u2212"  # "T−14" is written with a minus sign, not a hyphen

_HEADERS = (
    QT_TRANSLATE_NOOP("ChecklistModel", "Done"),
    QT_TRANSLATE_NOOP("ChecklistModel", "Task"),
    QT_TRANSLATE_NOOP("ChecklistModel", "Category"),
    QT_TRANSLATE_NOOP("ChecklistModel", "Due"),
    QT_TRANSLATE_NOOP("ChecklistModel", "Assignee"),
    QT_TRANSLATE_NOOP("ChecklistModel", "Status"),
    QT_TRANSLATE_NOOP("ChecklistModel", "Comment"),
)
DONE, TITLE, CATEGORY, DUE, ASSIGNEE, STATUS, COMMENT = range(7)

# The template offered first for each direction of a visit.
DEFAULT_KINDS = {
    Direction.INCOMING: VisitKind.INCOMING_OFFICIAL,
    Direction.OUTGOING: VisitKind.OUTGOING_VISIT,
    Direction.ONLINE: VisitKind.ONLINE_MEETING,
}


def task_ops(bench: Workbench) -> RecordOps[Task]:
    db = bench.db
    return RecordOps(
        save=lambda task: checklists.save_task(db, task),
        delete=lambda i, v: checklists.delete_task(db, i, v),
        restore=lambda i: checklists.restore_task(db, i),
    )


def task_title(task: Task, language: Language) -> str:
    """The title in the interface's language, or in the other one when it has none."""
    first, second = (task.title_en, task.title_uk) if language == "en" else (
        task.title_uk, task.title_en)  # fmt: skip
    return first or second


def t_offset(anchor: TaskAnchor | None, offset_days: int | None) -> str:
    """ "T−14" (before arrival), "T+7 after departure"; empty for a task with a fixed date."""
    if anchor is None or offset_days is None:
        return ""
    days = ("+" if offset_days >= 0 else MINUS) + str(abs(offset_days))
    if anchor is TaskAnchor.DEPARTURE:
        return QCoreApplication.translate("ChecklistModel", "T%1 after departure").replace(
            "%1", days
        )
    return QCoreApplication.translate("ChecklistModel", "T%1").replace("%1", days)


def due_text(task: Task) -> str:
    offset = t_offset(task.anchor, task.offset_days)
    return f"{task.due_on:%d.%m.%Y}" + (f" ({offset})" if offset else "")


def is_overdue(task: Task, today: date) -> bool:
    return task.status is TaskStatus.OPEN and task.due_on < today


def assignees_in_use(bench: Workbench) -> list[str]:
    """The names tasks are assigned to, for the assignee's choice list."""
    return checklists.list_assignees(bench.db)


class ChecklistModel(TextTableModel):
    """A delegation's tasks (``Task`` records), by due date."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, language: Language) -> None:
        super().__init__("ChecklistModel", _HEADERS)
        self._language = language
        self.today = today_in_kyiv()

    def set_rows(self, rows: list[Any]) -> None:
        self.today = today_in_kyiv()
        super().set_rows(rows)

    def cells(self, row: Any) -> tuple[str, ...]:
        task: Task = row
        lang = self._language
        return (
            "✓" if task.status is TaskStatus.DONE else "", task_title(task, lang),
            enum_label(task.category, lang), due_text(task), task.assignee,
            enum_label(task.status, lang), task.comment,
        )  # fmt: skip

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The check cell says what a click does (its text is only a mark).
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == DONE:
            task: Task = self.row(index.row())
            if task.status is TaskStatus.CANCELLED:
                return QCoreApplication.translate("ChecklistModel", "Cancelled")
            if task.status is TaskStatus.DONE:
                done = f"{task.done_on:%d.%m.%Y}" if task.done_on else ""
                return QCoreApplication.translate(
                    "ChecklistModel", "Done %1: click or Space to reopen"
                ).replace("%1", done)
            return QCoreApplication.translate("ChecklistModel", "Click or Space: done today")
        return super().data(index, role)

    def role_data(self, row: Any, column: int, role: int) -> Any:
        task: Task = row
        if role == self.ID_ROLE:
            return task.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if is_overdue(task, self.today):
                return QBrush(QColor(OVERDUE_COLOUR))
            if task.status is not TaskStatus.OPEN:
                return QBrush(QColor(DONE_COLOUR))
        if role == Qt.ItemDataRole.FontRole and task.status is TaskStatus.CANCELLED:
            font = QFont()
            font.setStrikeOut(column == TITLE)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DONE:
            return int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
        return None


class ChecklistPanel(DelegationTab):
    """``ChecklistPanel(bench)``; ``show_delegation(delegation)`` shows a saved one."""

    def __init__(self, bench: Workbench) -> None:
        super().__init__(bench)
        self.setObjectName("checklist_panel")
        self.model = ChecklistModel(bench.language)
        self.table = read_only_table(self.model, "checklist_table",
                                     self.tr("The visit's checklist"))  # fmt: skip
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        for column in (DONE, CATEGORY, DUE, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(TITLE, 320)
        header.resizeSection(ASSIGNEE, 160)
        header.setSectionResizeMode(COMMENT, QHeaderView.ResizeMode.Stretch)

        self.apply_button = QPushButton(self.tr("Apply &template…"))
        self.apply_button.setObjectName("apply_checklist_template")
        self.apply_button.setToolTip(
            self.tr("Add a template's tasks, due counted from the arrival or the departure")
        )
        self.add_button = QPushButton(self.tr("&Add task…"))
        self.add_button.setObjectName("add_task")
        self.add_button.setToolTip(self.tr("A task of your own (Insert)"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("edit_task")
        self.done_button = QPushButton(self.tr("Do&ne / reopen"))
        self.done_button.setObjectName("toggle_task")
        self.done_button.setToolTip(
            self.tr("Mark the task done today, or open again (a click on ✓, or Space)")
        )
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.delete_button.setObjectName("delete_task")
        self.delete_button.setToolTip(self.tr("Delete the task (Delete); Undo brings it back"))
        self.summary = QLabel()
        self.summary.setObjectName("checklist_summary")
        buttons = QHBoxLayout()
        for button in (self.apply_button, self.add_button, self.edit_button,
                       self.done_button, self.delete_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)

        self.apply_button.clicked.connect(self.apply_template)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.done_button.clicked.connect(self._done_pressed)
        self.delete_button.clicked.connect(self.delete)
        self.table.clicked.connect(self._clicked)
        self.table.doubleClicked.connect(self._double_clicked)
        KeyActions(self.table, {
            **enter_keys(self.edit),
            (Qt.Key.Key_Space, NO_MODIFIER): self.toggle_done,
            (Qt.Key.Key_Delete, NO_MODIFIER): self.delete,
            (Qt.Key.Key_Insert, NO_MODIFIER): self.add,
        })  # fmt: skip
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self, self.add,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        bench.edits.changed.connect(self.refresh)
        self.setEnabled(False)
        self._update_buttons()

    def refresh(self) -> None:
        if self.delegation is None or self.delegation.id is None:
            return
        chosen = self.current()
        rows = [r.task for r in checklists.list_tasks(self._bench.db, self.delegation.id)]
        self.model.set_rows(rows)
        if chosen is not None:
            self.select(chosen.id)
        today = self.model.today
        counts = {status: sum(1 for t in rows if t.status is status) for status in TaskStatus}
        overdue = sum(1 for t in rows if is_overdue(t, today))
        self.summary.setText(
            self.tr("%1 open, %2 of them overdue · %3 done · %4 cancelled")
            .replace("%1", str(counts[TaskStatus.OPEN]))
            .replace("%2", str(overdue))
            .replace("%3", str(counts[TaskStatus.DONE]))
            .replace("%4", str(counts[TaskStatus.CANCELLED]))
        )  # fmt: skip
        self._update_buttons()

    def current(self) -> Task | None:
        task: Task | None = super().current()
        return task

    def _update_buttons(self) -> None:
        task = self.current()
        self.edit_button.setEnabled(task is not None)
        self.delete_button.setEnabled(task is not None)
        self.done_button.setEnabled(task is not None and (
            task.status is not TaskStatus.CANCELLED or self._may_reopen_cancelled()))  # fmt: skip

    def _may_reopen_cancelled(self) -> bool:
        """A task cancelled with its visit is opened again one by one once the visit is on."""
        return self.delegation is not None and (
            self.delegation.status is not DelegationStatus.CANCELLED)  # fmt: skip

    def _done_pressed(self) -> None:
        task = self.current()
        if task is not None and task.status is TaskStatus.CANCELLED:
            self.reopen_cancelled()
        else:
            self.toggle_done()

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == DONE:
            self.toggle_done()

    def _double_clicked(self, index: QModelIndex) -> None:
        # A quick second click on the check cell ticks again; it does not open the task.
        if index.column() != DONE:
            self.edit()

    # Actions

    def toggle_done(self) -> None:
        """Done today (in Kyiv); a done task is opened again. A cancelled one stays as is."""
        task = self.current()
        if task is None or task.status is TaskStatus.CANCELLED:
            return
        db, title = self._bench.db, task_title(task, self._bench.language)

        def done(i: int, v: int) -> Task:
            return checklists.mark_task_done(db, i, v, today_in_kyiv())

        def reopen(i: int, v: int) -> Task:
            return checklists.reopen_task(db, i, v)

        if task.status is TaskStatus.DONE:
            text, do, undo = self.tr("Reopen «%1»"), reopen, done
        else:
            text, do, undo = self.tr("Done: «%1»"), done, reopen
        self._do(task.id, lambda: self._bench.edits.changing(
            text.replace("%1", title), task, do, undo))  # fmt: skip

    def reopen_cancelled(self) -> None:
        """Open again a task cancelled with its visit (the visit is planned again); a click
        on the check cell or Space never does, so a cancelled task is not ticked by chance."""
        task = self.current()
        if task is None or task.status is not TaskStatus.CANCELLED:
            return
        if not self._may_reopen_cancelled():
            return
        title = task_title(task, self._bench.language)
        self._do(task.id, lambda: self._bench.edits.edit(
            task_ops(self._bench), self.tr("Reopen «%1»").replace("%1", title), task,
            replace(task, status=TaskStatus.OPEN, done_on=None)))  # fmt: skip

    def delete(self) -> None:
        task = self.current()
        if task is None:
            return
        title = task_title(task, self._bench.language)
        self._do(None, lambda: self._bench.edits.delete(
            task_ops(self._bench), self.tr("Delete task «%1»").replace("%1", title), task))  # fmt: skip

    def apply_template(self) -> None:
        if self.delegation is None:
            return
        self._open(ApplyTemplateDialog(self._bench, self.delegation, self))

    def add(self) -> None:
        if self.delegation is None:
            return
        self._open(TaskDialog(self._bench, self.delegation, None, self))

    def edit(self) -> None:
        task = self.current()
        if task is None or self.delegation is None:
            return
        self._open(TaskDialog(self._bench, self.delegation, task, self))


def template_name(template: ChecklistTemplate, language: Language) -> str:
    return (template.name_en if language == "en" else "") or template.name_uk


class ApplyTemplateDialog(QDialog):
    """Choose a checklist template (the one for the visit's direction comes preselected) and
    add its tasks to the visit; a template whose tasks the visit already has is asked about
    first, since its tasks would be there twice."""

    def __init__(self, bench: Workbench, delegation: Delegation,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent or bench.window)
        self.setObjectName("apply_template_dialog")
        assert delegation.id is not None
        self._bench = bench
        self.delegation = delegation
        self.created: list[Task] = []
        lang = bench.language
        self.setWindowTitle(self.tr("Apply a checklist template"))
        self.templates = checklists.list_templates(bench.db)
        self.template = QComboBox()
        self.template.setObjectName("template")
        for template in self.templates:
            shown = self.tr("%1 — %n task(s)", "", len(template.tasks)).replace(
                "%1", template_name(template, lang))  # fmt: skip
            self.template.addItem(shown, template.id)
        wanted = DEFAULT_KINDS.get(delegation.direction)
        default = next((t for t in self.templates if t.visit_kind is wanted), None)
        if default is not None:
            forms.choose(self.template, default.id)
        label = QLabel(self.tr("&Template:"))
        label.setBuddy(self.template)
        self.template.setAccessibleName(label.text().replace("&", ""))
        note = QLabel(self.tr("Due dates are counted from the visit's arrival (%1) or "
                              "departure (%2).").replace("%1", f"{delegation.start_date:%d.%m.%Y}")
                      .replace("%2", f"{delegation.end_date:%d.%m.%Y}"))  # fmt: skip
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.addButton(self.tr("&Apply"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)  # fmt: skip
        self.apply_button.setObjectName("apply_template")
        self.apply_button.setEnabled(bool(self.templates))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.template, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(note)
        layout.addWidget(buttons)
        # A wrapped label gets no height for its second line in a window sized before it is
        # shown: room for three lines, whatever the language.
        note.setMinimumHeight(note.fontMetrics().lineSpacing() * 3)
        self.resize(560, 0)

    def chosen(self) -> ChecklistTemplate | None:
        wanted = self.template.currentData()
        return next((t for t in self.templates if t.id == wanted), None)

    def accept(self) -> None:
        template, delegation_id = self.chosen(), self.delegation.id
        if template is None or template.id is None or delegation_id is None:
            return
        db, lang = self._bench.db, self._bench.language
        titles = {t.title_uk for t in template.tasks}
        there = [r.task for r in checklists.list_tasks(db, delegation_id)
                 if r.task.title_uk in titles]  # fmt: skip
        if there:
            answer = QMessageBox.question(
                self, self.tr("Apply the template again?"),
                self.tr("%n of the template's tasks are in the checklist already; applying it "
                        "adds them a second time. Apply anyway?", "", len(there)),
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return
        name, template_id = template_name(template, lang), template.id

        def apply() -> None:
            self.created = self._bench.edits.create_many(
                task_ops(self._bench), self.tr("Apply checklist «%1»").replace("%1", name),
                lambda: checklists.apply_template(db, delegation_id, template_id),
            )  # fmt: skip

        if attempt(self, [], lang, apply):
            super().accept()


class TaskDialog(QDialog):
    """Add or change one task: its titles, category, due date (a fixed day, or days from the
    arrival or the departure, which gives the day), assignee and comment. Problems show
    beside their fields and nothing is written."""

    def __init__(self, bench: Workbench, delegation: Delegation, task: Task | None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent or bench.window)
        self.setObjectName("task_dialog")
        assert delegation.id is not None
        self._bench = bench
        self.delegation = delegation
        self.loaded = task or Task(delegation_id=delegation.id, title_uk="",
                                   due_on=delegation.start_date)  # fmt: skip
        self.saved: Task | None = None
        lang = bench.language
        self.setWindowTitle(self.tr("New task") if task is None else self.tr("Task"))
        layout = QFormLayout()
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = forms.Form(layout)
        self.title_uk = QLineEdit(self.loaded.title_uk)
        self.title_en = QLineEdit(self.loaded.title_en)
        self.category = forms.enum_combo(TaskCategory, lang)
        forms.choose(self.category, self.loaded.category)
        self.anchor = QComboBox()
        self.anchor.addItem(self.tr("on a fixed date"), None)
        self.anchor.addItem(self.tr("days from the arrival (%1)")
                            .replace("%1", f"{delegation.start_date:%d.%m.%Y}"),
                            TaskAnchor.ARRIVAL.value)  # fmt: skip
        self.anchor.addItem(self.tr("days from the departure (%1)")
                            .replace("%1", f"{delegation.end_date:%d.%m.%Y}"),
                            TaskAnchor.DEPARTURE.value)  # fmt: skip
        forms.choose(self.anchor, self.loaded.anchor)
        self.offset_days = QSpinBox()
        self.offset_days.setRange(-365, 365)
        self.offset_days.setValue(self.loaded.offset_days or 0)
        self.offset_days.setToolTip(self.tr("Negative: before; e.g. −14 is T−14"))
        self.due_on = forms.date_edit(self.loaded.due_on)
        self.assignee = QComboBox()
        self.assignee.setEditable(True)
        self.assignee.addItem("")
        for name in assignees_in_use(bench):
            self.assignee.addItem(name)
        self.assignee.setCurrentText(self.loaded.assignee)
        self.comment = QPlainTextEdit(self.loaded.comment)
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(70)
        self.form.add("title_uk", self.tr("Title (&Ukrainian):"), self.title_uk)
        self.form.add("title_en", self.tr("Title (E&nglish):"), self.title_en)
        self.form.add("category", self.tr("&Category:"), self.category)
        self.form.add("anchor", self.tr("&Due:"), self.anchor)
        self.form.add("offset_days", self.tr("Da&ys:"), self.offset_days)
        self.form.add("due_on", self.tr("Due &on:"), self.due_on)
        self.form.add("assignee", self.tr("&Assignee:"), self.assignee)
        self.form.add("comment", self.tr("Co&mment:"), self.comment)
        self.form.add("status", self.tr("Status:"), QLabel(enum_label(self.loaded.status, lang)))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(layout)
        outer.addWidget(buttons)
        self.anchor.currentIndexChanged.connect(lambda _index: self._count_due())
        self.offset_days.valueChanged.connect(lambda _value: self._count_due())
        # Opened, a task shows the due date it has: a done task kept its date when the visit
        # moved, and only a change of its offset or anchor counts it again.
        self._count_due(recount=False)
        self.form.show_beginnings()
        self.resize(560, 0)

    def _anchor(self) -> TaskAnchor | None:
        value = self.anchor.currentData()
        return TaskAnchor(value) if value else None

    def _count_due(self, recount: bool = True) -> None:
        """A due date counted from the arrival or departure is shown, not typed."""
        anchor = self._anchor()
        self.offset_days.setEnabled(anchor is not None)
        self.due_on.setEnabled(anchor is None)
        if anchor is not None and recount:
            d = self.delegation
            forms.set_date(self.due_on, due_date(anchor, self.offset_days.value(),
                                                 d.start_date, d.end_date))  # fmt: skip

    def entered(self) -> Task:
        anchor = self._anchor()
        return replace(
            self.loaded, title_uk=self.title_uk.text().strip(),
            title_en=self.title_en.text().strip(),
            category=TaskCategory(self.category.currentData()), anchor=anchor,
            offset_days=self.offset_days.value() if anchor is not None else None,
            due_on=forms.date_of(self.due_on) or self.loaded.due_on,
            assignee=self.assignee.currentText().strip(),
            comment=self.comment.toPlainText().strip(),
        )  # fmt: skip

    def reject(self) -> None:
        """Cancel, Escape or closing the window: asks first when something was changed."""
        if forms.may_close(self, self.entered() != self.loaded, self.accept):
            super().reject()

    def accept(self) -> None:
        self.form.clear_problems()
        wanted = self.entered()
        if wanted == self.loaded and wanted.id is not None:
            super().accept()
            return

        def save() -> None:
            ops, edits = task_ops(self._bench), self._bench.edits
            name = task_title(wanted, self._bench.language)
            if wanted.id is None:
                self.saved = edits.create(ops, self.tr("Add task «%1»").replace("%1", name),
                                          wanted)  # fmt: skip
            else:
                self.saved = edits.edit(ops, self.tr("Change task «%1»").replace("%1", name),
                                        self.loaded, wanted)  # fmt: skip

        if attempt(self, [self.form], self._bench.language, save):
            super().accept()
