"""The Checklists area: the tasks of every visit that are overdue and those due in the coming
days (a week, two or a month), by due date, narrowed to one assignee or the unassigned ones,
with the count per assignee; those ticked off lately below. A click on the check cell or Space
ticks a task off (one undoable step); Enter or a double click opens its visit.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.domain.messages import enum_label
from planner.domain.records import Task, TaskBoard, TaskRow
from planner.domain.zones import today_in_kyiv
from planner.gui import forms
from planner.gui.formats import date_range, short_date
from planner.gui.person_editor import NO_MODIFIER, KeyActions, enter_keys
from planner.gui.table_model import Index, TextTableModel, read_only_table
from planner.gui.workbench import Workbench
from planner.services.checklists import mark_task_done, reopen_task, task_board

PERIODS = (7, 14, 30)  # the days ahead the officer may look
CHECK_COLUMN = 0
_HEADERS = (
    QT_TRANSLATE_NOOP("TaskBoardModel", "Done"),
    QT_TRANSLATE_NOOP("TaskBoardModel", "Due"),
    QT_TRANSLATE_NOOP("TaskBoardModel", "When"),
    QT_TRANSLATE_NOOP("TaskBoardModel", "Task"),
    QT_TRANSLATE_NOOP("TaskBoardModel", "Visit"),
    QT_TRANSLATE_NOOP("TaskBoardModel", "Assignee"),
    QT_TRANSLATE_NOOP("TaskBoardModel", "Category"),
)
LATE = QColor("#b00020")


def task_title(task: Task, language: str) -> str:
    return task.title_en if language == "en" and task.title_en else task.title_uk


class TaskBoardModel(TextTableModel):
    """Tasks as the board lists them (in its order); ``today`` says how late or how soon."""

    def __init__(self, language: str, today: date) -> None:
        super().__init__("TaskBoardModel", _HEADERS)
        self._language = language
        self.today = today

    def when(self, task: Task) -> str:
        if task.done_on is not None:
            return QCoreApplication.translate("TaskBoardModel", "done %1").replace(
                "%1", short_date(task.done_on)
            )
        days = (task.due_on - self.today).days
        if days == 0:
            return QCoreApplication.translate("TaskBoardModel", "today")
        if days < 0:
            return self.tr("%n day(s) late", "", -days)
        return self.tr("in %n day(s)", "", days)

    def cells(self, row: Any) -> tuple[str, ...]:
        board_row: TaskRow = row
        task = board_row.task
        lang = self._language
        title = board_row.delegation_title_en if lang == "en" and board_row.delegation_title_en \
            else board_row.delegation_title  # fmt: skip
        start, end = board_row.delegation_start, board_row.delegation_end
        visit = f"{title} ({date_range(start, end)})" if start and end else title
        assignee = task.assignee or QCoreApplication.translate("TaskBoardModel", "(unassigned)")
        return ("", short_date(task.due_on), self.when(task), task_title(task, lang), visit,
                assignee, enum_label(task.category, lang))  # type: ignore[arg-type]  # fmt: skip

    def role_data(self, row: Any, column: int, role: int) -> Any:
        task: Task = row.task
        if column == CHECK_COLUMN and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if task.done_on is not None else Qt.CheckState.Unchecked
        if column == CHECK_COLUMN and role == Qt.ItemDataRole.AccessibleTextRole:
            return (
                QCoreApplication.translate("TaskBoardModel", "done")
                if task.done_on is not None
                else QCoreApplication.translate("TaskBoardModel", "not done")
            )
        late = task.done_on is None and task.due_on < self.today
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 and late:
            return QBrush(LATE)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == CHECK_COLUMN \
                and role == Qt.ItemDataRole.ToolTipRole:  # fmt: skip
            done = self.row(index.row()).task.done_on is not None
            return QCoreApplication.translate("TaskBoardModel", "Click or press Space to open it again") if done \
                else QCoreApplication.translate("TaskBoardModel", "Click or press Space to tick it off")  # fmt: skip
        return super().data(index, role)


class ChecklistsArea(QWidget):
    """``ChecklistsArea(bench, today)``: ``today`` stands for the day in Kyiv (tests fix it)."""

    EVERYBODY = None  # the assignee list's first entry: nobody chosen

    def __init__(self, bench: Workbench, today: date | None = None) -> None:
        super().__init__()
        self.setObjectName("checklists_area")
        self._bench = bench
        self._today = today
        self.board: TaskBoard | None = None
        lang = bench.language
        self.period = QComboBox()
        self.period.setObjectName("checklist_period")
        for days in PERIODS:
            self.period.addItem(self.tr("next %n day(s)", "", days), days)
        self.period.setCurrentIndex(PERIODS.index(14))
        self.period.setAccessibleName(self.tr("Upcoming tasks for"))
        self.period.currentIndexChanged.connect(lambda _n: self.refresh())
        period_label = QLabel(self.tr("&Upcoming:"))
        period_label.setBuddy(self.period)
        self.count = QLabel()
        self.count.setObjectName("checklist_count")
        self.count.setStyleSheet("font-weight: 600;")
        self.templates_button = QPushButton(self.tr("&Templates…"))
        self.templates_button.setObjectName("checklist_templates")
        self.templates_button.setToolTip(self.tr("The checklists each kind of visit starts from"))
        self.templates_button.clicked.connect(self.edit_templates)
        top = QHBoxLayout()
        top.addWidget(period_label)
        top.addWidget(self.period)
        top.addSpacing(16)
        top.addWidget(self.count, 1)
        top.addWidget(self.templates_button)

        self.assignees = QListWidget()
        self.assignees.setObjectName("checklist_assignees")
        self.assignees.setSpacing(2)
        self.assignees.setAlternatingRowColors(True)
        self.assignees.setAccessibleName(self.tr("By assignee"))
        self.assignees.currentItemChanged.connect(lambda *_: self._assignee_chosen())
        assignees_label = QLabel(self.tr("By &assignee:"))
        assignees_label.setBuddy(self.assignees)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(assignees_label)
        left_layout.addWidget(self.assignees, 1)

        today_ = self.today()
        self.overdue_model = TaskBoardModel(lang, today_)
        self.upcoming_model = TaskBoardModel(lang, today_)
        self.done_model = TaskBoardModel(lang, today_)
        self.overdue = self._table(self.overdue_model, "checklist_overdue", self.tr("Overdue"))
        self.upcoming = self._table(self.upcoming_model, "checklist_upcoming",
                                    self.tr("Upcoming"))  # fmt: skip
        self.done = self._table(self.done_model, "checklist_done", self.tr("Done lately"))
        self.overdue_label = QLabel()
        self.overdue_label.setStyleSheet(f"color: {LATE.name()}; font-weight: 600;")
        self.upcoming_label = QLabel()
        self.done_label = QLabel(self.tr("Ticked off lately (click to open again):"))
        right = QSplitter(Qt.Orientation.Vertical)
        for label, table in ((self.overdue_label, self.overdue),
                             (self.upcoming_label, self.upcoming),
                             (self.done_label, self.done)):  # fmt: skip
            part = QWidget()
            part_layout = QVBoxLayout(part)
            part_layout.setContentsMargins(0, 0, 0, 0)
            part_layout.addWidget(label)
            part_layout.addWidget(table, 1)
            right.addWidget(part)
        right.setSizes([260, 320, 140])
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 900])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.dialog: QDialog | None = None
        bench.edits.changed.connect(self.refresh)
        self.refresh()

    def _table(self, model: TaskBoardModel, name: str, accessible: str) -> QTableView:
        table = read_only_table(model, name, accessible)
        header = table.horizontalHeader()
        for column in range(len(_HEADERS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(False)
        table.clicked.connect(lambda index, t=table: self._clicked(t, index))
        table.doubleClicked.connect(lambda index, t=table: self._double_clicked(t, index))
        KeyActions(table, {
            **enter_keys(lambda t=table: self.open_visit(t)),
            (Qt.Key.Key_Space, NO_MODIFIER): lambda t=table: self.tick(t),
        })  # fmt: skip
        return table

    def today(self) -> date:
        return self._today or today_in_kyiv()

    def days_ahead(self) -> int:
        return int(self.period.currentData())

    def chosen_assignee(self) -> str | None:
        """None: everybody; "": the unassigned tasks; else the assignee's name."""
        item = self.assignees.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    # Showing

    def refresh(self) -> None:
        today = self.today()
        for model in (self.overdue_model, self.upcoming_model, self.done_model):
            model.today = today
        chosen = self.chosen_assignee()
        days = self.days_ahead()
        board = task_board(self._bench.db, today, days_ahead=days, assignee=chosen)
        self.board = board
        self._fill_assignees(board, chosen)
        self._show(self.overdue, self.overdue_model, list(board.overdue))
        self._show(self.upcoming, self.upcoming_model, list(board.upcoming))
        self._show(self.done, self.done_model, list(board.done_recently))
        self.overdue_label.setText(self.tr("Overdue: %1").replace("%1", str(len(board.overdue))))
        self.upcoming_label.setText(self.tr("Due in the next %n day(s): %1", "", days)
                                    .replace("%1", str(len(board.upcoming))))  # fmt: skip
        whose = self.assignees.currentItem()
        self.count.setText(
            self.tr("%1: %2 overdue, %3 due in the next %n day(s)", "", days)
            .replace("%1", whose.data(Qt.ItemDataRole.UserRole + 1) if whose else "")
            .replace("%2", str(len(board.overdue))).replace("%3", str(len(board.upcoming)))
        )  # fmt: skip
        self.count.setStyleSheet("font-weight: 600;" + (f" color: {LATE.name()};"
                                                         if board.overdue else ""))  # fmt: skip

    def _show(self, table: QTableView, model: TaskBoardModel, rows: list[TaskRow]) -> None:
        index = table.currentIndex()
        chosen = model.row(index.row()).task.id if index.isValid() else None
        column = index.column() if index.isValid() else 1
        model.set_rows(rows)
        if not rows:
            return
        # The same task again, or the one that took its place (the next in line).
        again = next((n for n, r in enumerate(rows) if r.task.id == chosen), None)
        if again is None and index.isValid():
            again = min(index.row(), len(rows) - 1)
        if again is not None:
            table.setCurrentIndex(model.index(again, column))

    def _fill_assignees(self, board: TaskBoard, chosen: str | None) -> None:
        self.assignees.blockSignals(True)
        self.assignees.clear()
        overdue = sum(c.overdue for c in board.by_assignee)
        upcoming = sum(c.upcoming for c in board.by_assignee)
        entries: list[tuple[str | None, str, int, int]] = [
            (None, self.tr("Everybody"), overdue, upcoming)
        ]
        named = [c for c in board.by_assignee if c.assignee]
        unassigned = next((c for c in board.by_assignee if not c.assignee), None)
        entries += [(c.assignee, c.assignee, c.overdue, c.upcoming) for c in named]
        entries.append(("", self.tr("(unassigned)"), unassigned.overdue if unassigned else 0,
                        unassigned.upcoming if unassigned else 0))  # fmt: skip
        if chosen and all(c.assignee != chosen for c in named):
            entries.insert(len(entries) - 1, (chosen, chosen, 0, 0))  # nothing left for them
        current = 0
        for number, (key, name, late, coming) in enumerate(entries):
            # The name on a line of its own, the counts below it: a narrow list cuts nothing.
            item = QListWidgetItem(self.tr("%1\n%2 overdue, %3 upcoming").replace("%1", name)
                                   .replace("%2", str(late)).replace("%3", str(coming)),
                                   self.assignees)  # fmt: skip
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setData(Qt.ItemDataRole.UserRole + 1, name)
            if late:
                item.setForeground(QBrush(LATE))
            if key == chosen:
                current = number
        self.assignees.setCurrentRow(current)
        self.assignees.blockSignals(False)

    def _assignee_chosen(self) -> None:
        self.refresh()

    def choose_assignee(self, assignee: str | None) -> None:
        """Narrow the tables to ``assignee`` (None: everybody, "": the unassigned)."""
        for number in range(self.assignees.count()):
            if self.assignees.item(number).data(Qt.ItemDataRole.UserRole) == assignee:
                self.assignees.setCurrentRow(number)
                return

    # Acting

    def _task_at(self, table: QTableView, index: QModelIndex | None = None) -> TaskRow | None:
        index = index if index is not None else table.currentIndex()
        if not index.isValid():
            return None
        model: TaskBoardModel = table.model()  # type: ignore[assignment]
        return model.row(index.row())  # type: ignore[no-any-return]

    def _clicked(self, table: QTableView, index: QModelIndex) -> None:
        # The row ticked leaves the table at once; the second click of a double click lands
        # on the task that took its place, but Qt makes no click of it (and the double click
        # on the check cell opens nothing).
        if index.column() == CHECK_COLUMN:
            self.tick(table, index)

    def _double_clicked(self, table: QTableView, index: QModelIndex) -> None:
        if index.column() != CHECK_COLUMN:
            self.open_visit(table, index)

    def tick(self, table: QTableView, index: QModelIndex | None = None) -> Task | None:
        """Tick the task off (done today in Kyiv), or, when it is done, open it again."""
        row = self._task_at(table, index)
        if row is None:
            return None
        task = row.task
        db = self._bench.db
        title = task_title(task, self._bench.language)
        try:
            if task.done_on is None:
                day = self.today()
                return self._bench.edits.changing(
                    self.tr("Tick off «%1»").replace("%1", title), task,
                    lambda i, v: mark_task_done(db, i, v, day),
                    lambda i, v: reopen_task(db, i, v),
                )  # fmt: skip
            done_on = task.done_on
            return self._bench.edits.changing(
                self.tr("Open «%1» again").replace("%1", title), task,
                lambda i, v: reopen_task(db, i, v),
                lambda i, v: mark_task_done(db, i, v, done_on),
            )  # fmt: skip
        except PlannerError as problem:
            forms.show_problem(self, problem, self._bench.language)
            self.refresh()
            return None

    def open_visit(self, table: QTableView, index: QModelIndex | None = None) -> None:
        row = self._task_at(table, index)
        if row is None:
            return
        task = row.task
        if self._bench.open_checklist_task is not None and task.id is not None:
            self._bench.open_checklist_task(task.delegation_id, task.id)  # at its Checklist tab
        else:
            self._bench.open_delegation(task.delegation_id)

    def edit_templates(self) -> None:
        from planner.gui.template_editor import TemplateEditor

        editor = TemplateEditor(self._bench, self)
        self.dialog = editor
        editor.finished.connect(lambda _result: self._closed(editor))
        editor.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
