"""The checklist templates, one per kind of visit or more: their names, the kind of visit they
are for, and their tasks (title in Ukrainian and English, category, how many days before or
after the arrival or departure it is due, who does it by default), edited in place. Saving a
template, making a new one, duplicating and deleting one are each one undoable step; a task
without a title or due more than a year away is refused in words (the service's rules say
which task) and nothing is saved.
"""

from __future__ import annotations

import contextlib
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import TaskAnchor, TaskCategory, VisitKind
from planner.domain.errors import PlannerError, ValidationError
from planner.domain.messages import enum_label
from planner.domain.records import ChecklistTemplate, TemplateTask
from planner.gui import forms
from planner.gui.edits import RecordOps
from planner.gui.person_editor import NO_MODIFIER, KeyActions
from planner.gui.table_model import Index
from planner.gui.workbench import Workbench
from planner.services import checklists

TITLE_UK, TITLE_EN, CATEGORY, OFFSET, ANCHOR, ASSIGNEE = range(6)
_HEADERS = (
    QT_TRANSLATE_NOOP("TemplateTasksModel", "Task (Ukrainian)"),
    QT_TRANSLATE_NOOP("TemplateTasksModel", "Task (English)"),
    QT_TRANSLATE_NOOP("TemplateTasksModel", "Category"),
    QT_TRANSLATE_NOOP("TemplateTasksModel", "Days"),
    QT_TRANSLATE_NOOP("TemplateTasksModel", "From"),
    QT_TRANSLATE_NOOP("TemplateTasksModel", "Assignee"),
)
_FIELDS = ("title_uk", "title_en", "category", "offset_days", "anchor", "default_assignee")
# What a duplicate's names end with (they are the template's names, in each language).
COPY_UK, COPY_EN = " (копія)", " (copy)"


def template_ops(bench: Workbench) -> RecordOps[ChecklistTemplate]:
    db = bench.db
    return RecordOps(
        save=lambda t: checklists.save_template(db, t),
        delete=lambda i, v: checklists.delete_template(db, i, v),
        restore=lambda i: checklists.restore_template(db, i),
    )


def template_name(template: ChecklistTemplate, language: str) -> str:
    return template.name_en if language == "en" and template.name_en else template.name_uk


def offset_text(days: int) -> str:
    """ "−14", "0", "+2": the sign always shown, with a true minus."""
    return f"−{-days}" if days < 0 else f"+{days}" if days > 0 else "0"


class TemplateTasksModel(QAbstractTableModel):
    """A template's tasks, edited in place: texts as typed, the category and the anchor as
    their enum values (named in the interface's language), the offset as a number."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self._language = language
        self.tasks: list[TemplateTask] = []

    def set_tasks(self, tasks: tuple[TemplateTask, ...]) -> None:
        self.beginResetModel()
        self.tasks = list(tasks)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.tasks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("TemplateTasksModel", _HEADERS[section])
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.tasks):
            return None
        value = getattr(self.tasks[index.row()], _FIELDS[index.column()])
        if role == Qt.ItemDataRole.EditRole:
            return value.value if index.column() in (CATEGORY, ANCHOR) else value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() in (CATEGORY, ANCHOR):
                return enum_label(value, self._language)  # type: ignore[arg-type]
            if index.column() == OFFSET:
                return offset_text(value)
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == OFFSET:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = index.column()
        if column == CATEGORY:
            value = TaskCategory(value)
        elif column == ANCHOR:
            value = TaskAnchor(value)
        elif column == OFFSET:
            value = int(value)
        else:
            value = str(value).strip()
        row = index.row()
        self.tasks[row] = replace(self.tasks[row], **{_FIELDS[column]: value})
        self.dataChanged.emit(index, index)
        return True

    def add(self, at: int) -> int:
        """A new task at row ``at`` (a week before the arrival, as most preparations are)."""
        at = max(0, min(at, len(self.tasks)))
        self.beginInsertRows(QModelIndex(), at, at)
        self.tasks.insert(at, TemplateTask(title_uk="", category=TaskCategory.PROGRAMME,
                                           offset_days=-7, anchor=TaskAnchor.ARRIVAL))  # fmt: skip
        self.endInsertRows()
        return at

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.tasks):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.tasks[row]
            self.endRemoveRows()

    def move(self, row: int, by: int) -> int:
        """Move row ``row`` up (``by`` −1) or down (+1); returns where it is now."""
        target = row + by
        if not (0 <= row < len(self.tasks) and 0 <= target < len(self.tasks)):
            return row
        # Qt counts a move down as "before the row after the target".
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target + (1 if by > 0 else 0))
        self.tasks.insert(target, self.tasks.pop(row))
        self.endMoveRows()
        return target


class _TaskDelegate(QStyledItemDelegate):
    """Choice lists for the category and the anchor, a bounded number for the offset, the
    names already known offered for the assignee."""

    def __init__(self, language: str, assignees: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        self._language = language
        self.assignees = assignees

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:  # fmt: skip
        if index.column() in (CATEGORY, ANCHOR):
            values = TaskCategory if index.column() == CATEGORY else TaskAnchor
            combo = forms.enum_combo(values, self._language)  # type: ignore[arg-type]
            combo.setParent(parent)
            return combo
        if index.column() == OFFSET:
            box = QSpinBox(parent)
            # Wider than allowed, so that a mistyped 400 is said in words, not swallowed.
            box.setRange(-9999, 9999)
            return box
        editor = super().createEditor(parent, option, index)
        if index.column() == ASSIGNEE and isinstance(editor, QLineEdit):
            completer = QCompleter(self.assignees, editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            editor.setCompleter(completer)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            forms.choose(editor, index.data(Qt.ItemDataRole.EditRole))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class TemplateEditor(QDialog):
    """``TemplateEditor(bench, parent)``: the templates on the left, the one chosen on the
    right. ``current`` is the template as last loaded or saved (id None: not saved yet)."""

    def __init__(self, bench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent or bench.window)
        self.setObjectName("template_editor")
        self.setWindowTitle(self.tr("Checklist templates"))
        self._bench = bench
        lang = bench.language
        self.current = ChecklistTemplate(name_uk="", visit_kind=VisitKind.INCOMING_OFFICIAL)

        self.templates = QListWidget()
        self.templates.setObjectName("template_list")
        self.templates.setAccessibleName(self.tr("Templates"))
        self.templates.currentItemChanged.connect(self._template_chosen)
        self.new_button = self._button(
            "template_new", self.tr("&New"), self.tr("A new, empty template"), self.new_template
        )
        self.duplicate_button = self._button("template_duplicate", self.tr("D&uplicate"),
                                             self.tr("A copy of the template chosen, saved now"),
                                             self.duplicate_template)  # fmt: skip
        self.delete_button = self._button("template_delete", self.tr("De&lete"),
                                          self.tr("Delete the template chosen (can be undone)"),
                                          self.delete_template)  # fmt: skip
        list_buttons = QHBoxLayout()
        for button in (self.new_button, self.duplicate_button, self.delete_button):
            list_buttons.addWidget(button)
        left = QVBoxLayout()
        templates_label = QLabel(self.tr("T&emplates:"))
        templates_label.setBuddy(self.templates)
        left.addWidget(templates_label)
        left.addWidget(self.templates, 1)
        left.addLayout(list_buttons)

        form_layout = QFormLayout()
        self.form = forms.Form(form_layout)
        self.name_uk = QLineEdit()
        self.name_en = QLineEdit()
        self.visit_kind = forms.enum_combo(VisitKind, lang)
        self.form.add("name_uk", self.tr("&Name (Ukrainian):"), self.name_uk)
        self.form.add("name_en", self.tr("Name (En&glish):"), self.name_en)
        self.form.add("visit_kind", self.tr("&Kind of visit:"), self.visit_kind)
        self.name_uk.setObjectName("template_name_uk")
        self.name_en.setObjectName("template_name_en")
        self.visit_kind.setObjectName("template_visit_kind")

        self.model = TemplateTasksModel(lang)
        self.tasks = QTableView()
        self.tasks.setObjectName("template_tasks")
        self.tasks.setAccessibleName(self.tr("Tasks of the template"))
        self.tasks.setModel(self.model)
        self.delegate = _TaskDelegate(lang, [], self.tasks)  # the names: when filled
        self.tasks.setItemDelegate(self.delegate)
        self.tasks.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.tasks.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tasks.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)  # fmt: skip
        header = self.tasks.horizontalHeader()
        for column in range(len(_HEADERS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE_UK, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TITLE_EN, QHeaderView.ResizeMode.Stretch)
        self.tasks.setToolTip(
            self.tr(
                "Days: how many before (−) or after (+) the arrival or "
                "departure the task is due. F2 or typing edits a cell."
            )
        )
        self.add_button = self._button("template_add_task", self.tr("&Add task"),
                                       self.tr("A new task below the one chosen (Insert)"),
                                       self.add_task)  # fmt: skip
        self.remove_button = self._button("template_remove_task", self.tr("&Remove task"),
                                          self.tr("Take the chosen task out (Delete)"),
                                          self.remove_task)  # fmt: skip
        self.up_button = self._button(
            "template_move_up", self.tr("Move &up"), self.tr("Ctrl+Up"), lambda: self.move_task(-1)
        )
        self.down_button = self._button(
            "template_move_down",
            self.tr("Move &down"),
            self.tr("Ctrl+Down"),
            lambda: self.move_task(1),
        )
        KeyActions(self.tasks, {
            (Qt.Key.Key_Insert, NO_MODIFIER): self.add_task,
            (Qt.Key.Key_Delete, NO_MODIFIER): self.remove_task,
            (Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier): lambda: self.move_task(-1),
            (Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier): lambda: self.move_task(1),
        })  # fmt: skip
        task_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            task_buttons.addWidget(button)
        task_buttons.addStretch(1)
        self.problem = QLabel()
        self.problem.setObjectName("template_problem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        right = QVBoxLayout()
        right.addLayout(form_layout)
        tasks_label = QLabel(self.tr("&Tasks:"))
        tasks_label.setBuddy(self.tasks)
        right.addWidget(tasks_label)
        right.addWidget(self.tasks, 1)
        right.addLayout(task_buttons)
        right.addWidget(self.problem)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("template_save")
        # Enter finishes the cell being typed in; it must not save the template half-typed.
        self.save_button.setAutoDefault(False)
        self.save_button.setDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 3)
        outer = QVBoxLayout(self)
        outer.addLayout(columns, 1)
        outer.addWidget(self.buttons)
        self._choosing = False
        bench.edits.changed.connect(self._database_changed)
        self._fill_templates(None)
        self.resize(1100, 620)

    def _button(self, name: str, text: str, tip: str, action: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.clicked.connect(action)
        return button

    # The list of templates

    def _fill_templates(self, chosen: int | None) -> None:
        """List the templates and load ``chosen`` (or the first; a new draft when none)."""
        lang = self._bench.language
        self.delegate.assignees = checklists.list_assignees(self._bench.db)
        self._choosing = True
        self.templates.clear()
        found: QListWidgetItem | None = None
        for template in checklists.list_templates(self._bench.db):
            item = QListWidgetItem(template_name(template, lang), self.templates)
            item.setData(Qt.ItemDataRole.UserRole, template.id)
            item.setToolTip(enum_label(template.visit_kind, lang))  # type: ignore[arg-type]
            if template.id == chosen:
                found = item
        if found is None and self.templates.count():
            found = self.templates.item(0)  # none chosen, or the one chosen is gone
        if found is not None:
            self.templates.setCurrentItem(found)
        self._choosing = False
        if found is not None:
            self._load(checklists.get_template(self._bench.db,
                                               found.data(Qt.ItemDataRole.UserRole)))  # fmt: skip
        else:
            self._load(ChecklistTemplate(name_uk="", visit_kind=VisitKind.INCOMING_OFFICIAL))
        self._update_buttons()

    def _template_chosen(self, item: QListWidgetItem | None,
                         _previous: QListWidgetItem | None) -> None:  # fmt: skip
        if self._choosing or item is None:
            return
        wanted = item.data(Qt.ItemDataRole.UserRole)
        if not self._may_leave():
            self._select(self.current.id)  # stay on the template being edited
            return
        self._select(wanted)
        self._load(checklists.get_template(self._bench.db, wanted))
        self._update_buttons()

    def _select(self, template_id: int | None) -> None:
        self._choosing = True
        self.templates.setCurrentRow(-1)
        for number in range(self.templates.count()):
            if self.templates.item(number).data(Qt.ItemDataRole.UserRole) == template_id:
                self.templates.setCurrentRow(number)
        self._choosing = False

    def _may_leave(self) -> bool:
        """Nothing unsaved, or the officer discarded it, or chose to save it and it saved."""
        saved: list[ChecklistTemplate | None] = []
        if forms.may_close(self, self.changed(), lambda: saved.append(self.save())):
            return True
        return bool(saved) and saved[0] is not None

    def _database_changed(self) -> None:
        """An undo or another window changed the templates: show them as stored now (what is
        being typed here stays when it is unsaved)."""
        if not self.changed():
            self._fill_templates(self.current.id)

    def chosen_id(self) -> int | None:
        return self.current.id

    def _update_buttons(self) -> None:
        saved = self.current.id is not None
        self.duplicate_button.setEnabled(saved)
        self.delete_button.setEnabled(saved)

    # The template shown

    def _load(self, template: ChecklistTemplate) -> None:
        self.current = template
        self.name_uk.setText(template.name_uk)
        self.name_en.setText(template.name_en)
        forms.choose(self.visit_kind, template.visit_kind)
        self.model.set_tasks(template.tasks)
        self.form.clear_problems()
        self.problem.hide()
        self.form.show_beginnings()

    def entered(self) -> ChecklistTemplate:
        return replace(self.current, name_uk=self.name_uk.text().strip(),
                       name_en=self.name_en.text().strip(),
                       visit_kind=VisitKind(self.visit_kind.currentData()),
                       tasks=tuple(self.model.tasks))  # fmt: skip

    def changed(self) -> bool:
        return self.entered() != self.current

    def _say(self, lines: list[str]) -> None:
        self.problem.setText("\n".join(lines))
        self.problem.setVisible(bool(lines))

    def save(self) -> ChecklistTemplate | None:
        """Save the template shown as one undoable step; None when refused (nothing saved)."""
        entered = self.entered()
        self.form.clear_problems()
        name = template_name(entered, self._bench.language)
        try:
            if entered.id is None:
                saved = self._bench.edits.create(
                    template_ops(self._bench),
                    self.tr("New checklist template «%1»").replace("%1", name),
                    entered,
                )
            else:
                saved = self._bench.edits.edit(
                    template_ops(self._bench),
                    self.tr("Edit checklist template «%1»").replace("%1", name),
                    self.current, entered)  # fmt: skip
        except ValidationError as problem:
            self._say(self.form.show_problems(problem, self._bench.language))
            return None
        except PlannerError as problem:
            self._say([problem.message(self._bench.language)])
            return None
        self._say([])
        self._fill_templates(saved.id)
        return saved

    # Templates made, copied, deleted

    def new_template(self) -> None:
        if not self._may_leave():
            return
        self._select(None)
        self._load(ChecklistTemplate(name_uk="", visit_kind=VisitKind.INCOMING_OFFICIAL))
        self._update_buttons()
        self.name_uk.setFocus()

    def duplicate_template(self) -> ChecklistTemplate | None:
        if self.current.id is None or not self._may_leave():
            return None
        source = self.current
        copy = replace(source, id=None, version=0, name_uk=source.name_uk + COPY_UK,
                       name_en=source.name_en + COPY_EN if source.name_en else "")  # fmt: skip
        try:
            saved = self._bench.edits.create(
                template_ops(self._bench),
                self.tr("Duplicate checklist template «%1»").replace(
                    "%1", template_name(source, self._bench.language)), copy)  # fmt: skip
        except PlannerError as problem:
            self._say([problem.message(self._bench.language)])
            return None
        self._fill_templates(saved.id)
        return saved

    def delete_template(self) -> None:
        template = self.current
        if template.id is None:
            return
        name = template_name(template, self._bench.language)
        answer = QMessageBox.question(
            self, self.tr("Delete template"),
            self.tr("Delete the template «%1»? Checklists already made from it stay; "
                    "Undo brings it back.").replace("%1", name))  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._bench.edits.delete(
                template_ops(self._bench),
                self.tr("Delete checklist template «%1»").replace("%1", name),
                template,
            )
        except PlannerError as problem:
            self._say([problem.message(self._bench.language)])
            return
        self._fill_templates(None)

    # Tasks

    def add_task(self) -> int:
        """A new task below the chosen one; its Ukrainian title is being edited."""
        index = self.tasks.currentIndex()
        row = self.model.add(index.row() + 1 if index.isValid() else self.model.rowCount())
        new = self.model.index(row, TITLE_UK)
        self.tasks.setCurrentIndex(new)
        self.tasks.setFocus()
        self.tasks.edit(new)
        return row

    def remove_task(self) -> None:
        index = self.tasks.currentIndex()
        if not index.isValid():
            return
        self.model.remove(index.row())
        if self.model.rowCount():
            row = min(index.row(), self.model.rowCount() - 1)
            self.tasks.setCurrentIndex(self.model.index(row, index.column()))

    def move_task(self, by: int) -> None:
        index = self.tasks.currentIndex()
        if not index.isValid():
            return
        row = self.model.move(index.row(), by)
        self.tasks.setCurrentIndex(self.model.index(row, index.column()))

    # Closing

    def reject(self) -> None:
        if self._may_leave():
            super().reject()

    def done(self, result: int) -> None:
        with contextlib.suppress(RuntimeError, TypeError):  # already disconnected
            self._bench.edits.changed.disconnect(self._database_changed)
        super().done(result)
