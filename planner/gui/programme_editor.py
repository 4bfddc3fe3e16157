"""The programme editor: the cooperation programmes, each with its titles and years, its
sections and their measures (the annual report's skeleton). Each change is saved at once as
one transaction; a refusal (overlapping years, a code already used, a measure that records
are still tagged with) is told in the officer's language and changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
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
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError, ValidationError
from planner.domain.records import Measure, Programme, ProgrammeSection
from planner.gui import forms
from planner.gui.person_editor import NO_MODIFIER, KeyActions, enter_keys
from planner.gui.workbench import Workbench
from planner.services.programmes import (
    add_measure,
    add_section,
    copy_programme,
    delete_measure,
    delete_section,
    list_programmes,
    move_measure,
    programme_for_year,
    save_measure,
    save_programme,
    save_section,
)

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "section" or "measure"
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2  # the ProgrammeSection or Measure


def next_period(programme: Programme) -> tuple[str, str, int, int]:
    """The titles and years a programme after ``programme`` is offered: as long as it, the
    years in its titles moved on ("… на 2021-2025 роки" → "… на 2026-2030 роки")."""
    length = programme.end_year - programme.start_year
    start = programme.end_year + 1
    end = start + length

    def moved(title: str) -> str:
        years = f"{programme.start_year}-{programme.end_year}"
        if years in title:
            return title.replace(years, f"{start}-{end}")
        return re.sub(rf"\b{programme.start_year}\b", str(start), title)

    return moved(programme.title_uk), moved(programme.title_en), start, end


class _FieldsDialog(QDialog):
    """A small form (a section, a measure, a new programme) whose OK runs ``store``; a
    refusal is shown beside its field and the dialog stays open."""

    def __init__(self, parent: QWidget, title: str, language: str,
                 store: Callable[[_FieldsDialog], object]) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(title)
        self._language = language
        self._store = store
        self.layout_ = QFormLayout()
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = forms.Form(self.layout_)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("ok")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(self.layout_)
        outer.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.result_record: object = None

    def line(self, field: str, label: str, text: str = "") -> QLineEdit:
        edit = QLineEdit(text)
        self.form.add(field, label, edit)
        return edit

    def year(self, field: str, label: str, value: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(1990, 2100)
        box.setValue(value)
        self.form.add(field, label, box)
        return box

    def save(self) -> bool:
        try:
            self.result_record = self._store(self)
        except ValidationError as problem:
            forms.show_problems_in(self, (self.form,), problem, self._language)  # type: ignore[arg-type]
            return False
        except PlannerError as problem:
            forms.show_problem(self, problem, self._language)  # type: ignore[arg-type]
            return False
        self.accept()
        return True


class ProgrammeEditor(QDialog):
    """``ProgrammeEditor(bench)``: every programme, the one in force in ``year`` shown first."""

    def __init__(self, bench: Workbench, parent: QWidget | None = None,
                 year: int | None = None) -> None:  # fmt: skip
        super().__init__(parent if parent is not None else bench.window)
        self.setObjectName("programme_editor")
        self.setWindowTitle(self.tr("Programmes and measures"))
        self._bench = bench
        self._language = bench.language
        self.programme: Programme | None = None
        self.dialog: _FieldsDialog | None = None

        self.choice = QComboBox()
        self.choice.setObjectName("programme_choice")
        self.choice.setAccessibleName(self.tr("Programme"))
        self.choice.currentIndexChanged.connect(lambda _index: self._show_chosen())
        choice_label = QLabel(self.tr("&Programme:"))
        choice_label.setBuddy(self.choice)
        self.copy_button = self._button("copy_programme", self.tr("&New programme from this one…"),
                                        self.tr("A new period with these sections and measures"),
                                        self.copy_programme)  # fmt: skip
        top = QHBoxLayout()
        top.addWidget(choice_label)
        top.addWidget(self.choice, 1)
        top.addWidget(self.copy_button)

        form_layout = QFormLayout()
        form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = forms.Form(form_layout)
        self.title_uk = QLineEdit()
        self.title_en = QLineEdit()
        self.start_year = QSpinBox()
        self.end_year = QSpinBox()
        for box in (self.start_year, self.end_year):
            box.setRange(1990, 2100)
        self.form.add("title_uk", self.tr("&Title (Ukrainian):"), self.title_uk)
        self.form.add("title_en", self.tr("Title (&English):"), self.title_en)
        self.form.add("start_year", self.tr("&From year:"), self.start_year)
        self.form.add("end_year", self.tr("&Until year:"), self.end_year)
        self.save_programme_button = self._button("save_programme", self.tr("&Save programme"),
                                                  self.tr("Save the titles and years"),
                                                  self.save_programme)  # fmt: skip

        self.tree = QTreeWidget()
        self.tree.setObjectName("programme_tree")
        self.tree.setAccessibleName(self.tr("Sections and measures"))
        self.tree.setHeaderLabels([self.tr("Code"), self.tr("Title")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.itemDoubleClicked.connect(lambda _item, _column: self.edit_item())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        KeyActions(self.tree, {
            **enter_keys(self.edit_item),
            (Qt.Key.Key_Insert, NO_MODIFIER): self.add_measure,
            (Qt.Key.Key_Delete, NO_MODIFIER): self.delete_item,
            (Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier): lambda: self.move(-1),
            (Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier): lambda: self.move(1),
        })  # fmt: skip
        self.add_section_button = self._button("add_section", self.tr("Add se&ction…"),
                                               self.tr("A new section at the end"),
                                               self.add_section)  # fmt: skip
        self.add_measure_button = self._button("add_measure", self.tr("Add &measure…"),
                                               self.tr("A new measure at the end of the section "
                                                       "chosen (Insert)"),
                                               self.add_measure)  # fmt: skip
        self.edit_button = self._button("edit_item", self.tr("E&dit…"),
                                        self.tr("Number, code or title (Enter)"),
                                        self.edit_item)  # fmt: skip
        self.delete_button = self._button("delete_item", self.tr("De&lete"),
                                          self.tr("Only a measure nothing is tagged with, or an "
                                                  "empty section (Del)"),
                                          self.delete_item)  # fmt: skip
        self.up_button = self._button("move_up", self.tr("Move &up"), self.tr("Ctrl+Up"),
                                      lambda: self.move(-1))  # fmt: skip
        self.down_button = self._button("move_down", self.tr("Move do&wn"), self.tr("Ctrl+Down"),
                                        lambda: self.move(1))  # fmt: skip
        side = QVBoxLayout()
        for button in (self.add_section_button, self.add_measure_button, self.edit_button,
                       self.delete_button, self.up_button, self.down_button):  # fmt: skip
            side.addWidget(button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.tree, 1)
        middle.addLayout(side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)  # every change is saved already
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addLayout(form_layout)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_programme_button)
        outer.addLayout(save_row)
        outer.addLayout(middle, 1)
        outer.addWidget(close)
        self.resize(900, 640)
        chosen = programme_for_year(bench.db, year)
        self.refresh(chosen.id if chosen is not None else None)

    def _button(self, name: str, text: str, tip: str, action: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: action())
        return button

    # Showing

    def refresh(self, programme_id: int | None = None, keep: tuple[str, int] | None = None) -> None:
        """Read the programmes again; show ``programme_id`` (else the one shown) with the item
        ``keep`` (kind, id) chosen (else the one chosen)."""
        if programme_id is None and self.programme is not None:
            programme_id = self.programme.id
        keep = keep or self._chosen_key()
        programmes = list_programmes(self._bench.db)
        self.choice.blockSignals(True)
        self.choice.clear()
        for programme in programmes:
            title = programme.title_en if self._language == "en" and programme.title_en \
                else programme.title_uk  # fmt: skip
            self.choice.addItem(f"{programme.start_year}–{programme.end_year}  {title}",
                                programme.id)  # fmt: skip
        forms.choose(self.choice, programme_id)
        self.choice.blockSignals(False)
        self._show_chosen(keep)

    def _programmes(self) -> dict[int, Programme]:
        return {p.id: p for p in list_programmes(self._bench.db) if p.id is not None}

    def _show_chosen(self, keep: tuple[str, int] | None = None) -> None:
        programme = self._programmes().get(self.choice.currentData())
        self.programme = programme
        self.form.clear_problems()
        self.tree.clear()
        if programme is None:
            self._update_buttons()
            return
        self.title_uk.setText(programme.title_uk)
        self.title_en.setText(programme.title_en)
        self.start_year.setValue(programme.start_year)
        self.end_year.setValue(programme.end_year)
        self.form.show_beginnings()
        again: QTreeWidgetItem | None = None
        for section in programme.sections:
            top = QTreeWidgetItem([section.number, self._title(section)])
            top.setData(0, KIND_ROLE, "section")
            top.setData(0, RECORD_ROLE, section)
            font = top.font(1)
            font.setBold(True)
            top.setFont(1, font)
            self.tree.addTopLevelItem(top)
            if keep == ("section", section.id):
                again = top
            for measure in section.measures:
                item = QTreeWidgetItem(top, [measure.code, self._title(measure)])
                item.setToolTip(1, self._title(measure))
                item.setData(0, KIND_ROLE, "measure")
                item.setData(0, RECORD_ROLE, measure)
                if keep == ("measure", measure.id):
                    again = item
            top.setExpanded(True)
        if again is not None:
            self.tree.setCurrentItem(again)
        self._update_buttons()

    def _title(self, record: Measure | ProgrammeSection) -> str:
        return record.title_en if self._language == "en" and record.title_en else record.title_uk

    def _chosen_key(self) -> tuple[str, int] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        record = item.data(0, RECORD_ROLE)
        return (item.data(0, KIND_ROLE), record.id)

    def chosen(self) -> tuple[str, Measure | ProgrammeSection] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        return item.data(0, KIND_ROLE), item.data(0, RECORD_ROLE)

    def chosen_section(self) -> ProgrammeSection | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        if item.parent() is not None:
            item = item.parent()
        section = item.data(0, RECORD_ROLE)
        return section if isinstance(section, ProgrammeSection) else None

    def select(self, kind: str, record_id: int) -> None:
        """Choose the section or measure with ``record_id``."""
        for top in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(top)
            items = [section] + [section.child(i) for i in range(section.childCount())]
            for item in items:
                if item.data(0, KIND_ROLE) == kind and item.data(0, RECORD_ROLE).id == record_id:
                    self.tree.setCurrentItem(item)
                    return

    def codes(self, section: int | None = None) -> list[str]:
        """The measure codes as the tree shows them (of one section, by its place)."""
        tops = range(self.tree.topLevelItemCount()) if section is None else [section]
        return [self.tree.topLevelItem(t).child(i).text(0) for t in tops
                for i in range(self.tree.topLevelItem(t).childCount())]  # fmt: skip

    def _update_buttons(self) -> None:
        chosen = self.chosen()
        has = self.programme is not None
        for button in (self.save_programme_button, self.copy_button, self.add_section_button):
            button.setEnabled(has)
        self.add_measure_button.setEnabled(self.chosen_section() is not None)
        self.edit_button.setEnabled(chosen is not None)
        self.delete_button.setEnabled(chosen is not None)
        is_measure = chosen is not None and chosen[0] == "measure"
        self.up_button.setEnabled(is_measure)
        self.down_button.setEnabled(is_measure)

    def _changed(self, programme_id: int | None = None,
                 keep: tuple[str, int] | None = None) -> None:  # fmt: skip
        """After a change: show it, and tell the other views (the report follows)."""
        self.refresh(programme_id, keep)
        self._bench.edits.changed.emit()

    def _refused(self, problem: PlannerError) -> None:
        forms.show_problem(self, problem, self._language)

    # The programme

    def entered(self) -> Programme | None:
        if self.programme is None:
            return None
        return replace(self.programme, title_uk=self.title_uk.text().strip(),
                       title_en=self.title_en.text().strip(),
                       start_year=self.start_year.value(),
                       end_year=self.end_year.value())  # fmt: skip

    def save_programme(self) -> bool:
        wanted = self.entered()
        if wanted is None:
            return False
        try:
            saved = save_programme(self._bench.db, wanted)
        except ValidationError as problem:
            forms.show_problems_in(self, (self.form,), problem, self._language)
            return False
        except PlannerError as problem:
            self._refused(problem)
            return False
        self._changed(saved.id)
        return True

    def copy_programme(self) -> None:
        source = self.programme
        if source is None or source.id is None:
            return
        title_uk, title_en, start, end = next_period(source)
        db = self._bench.db

        def store(d: _FieldsDialog) -> Programme:
            return copy_programme(db, source.id or 0, d.title_uk.text(), d.title_en.text(),  # type: ignore[attr-defined]
                                  d.start_year.value(), d.end_year.value())  # type: ignore[attr-defined]  # fmt: skip

        dialog = _FieldsDialog(self, self.tr("New programme from «%1»").replace(
            "%1", source.title_uk), self._language, store)  # fmt: skip
        dialog.setObjectName("copy_programme_dialog")
        dialog.title_uk = dialog.line("title_uk", self.tr("&Title (Ukrainian):"), title_uk)  # type: ignore[attr-defined]
        dialog.title_en = dialog.line("title_en", self.tr("Title (&English):"), title_en)  # type: ignore[attr-defined]
        dialog.start_year = dialog.year("start_year", self.tr("&From year:"), start)  # type: ignore[attr-defined]
        dialog.end_year = dialog.year("end_year", self.tr("&Until year:"), end)  # type: ignore[attr-defined]
        self._open(dialog, lambda made: self._changed(made.id))

    # Sections and measures

    def _open(self, dialog: _FieldsDialog, done: Callable[[object], None]) -> None:
        self.dialog = dialog

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and dialog.result_record is not None:
                done(dialog.result_record)
            if self.dialog is dialog:
                self.dialog = None

        dialog.finished.connect(finished)
        dialog.open()

    def _section_dialog(self, title: str, section: ProgrammeSection | None,
                        store: Callable[[_FieldsDialog], object]) -> _FieldsDialog:  # fmt: skip
        dialog = _FieldsDialog(self, title, self._language, store)
        dialog.setObjectName("section_dialog")
        dialog.number = dialog.line("number", self.tr("&Number:"),  # type: ignore[attr-defined]
                                    section.number if section else "")  # fmt: skip
        dialog.title_uk = dialog.line("title_uk", self.tr("&Title (Ukrainian):"),  # type: ignore[attr-defined]
                                      section.title_uk if section else "")  # fmt: skip
        dialog.title_en = dialog.line("title_en", self.tr("Title (&English):"),  # type: ignore[attr-defined]
                                      section.title_en if section else "")  # fmt: skip
        return dialog

    def _measure_dialog(self, title: str, measure: Measure | None,
                        store: Callable[[_FieldsDialog], object]) -> _FieldsDialog:  # fmt: skip
        dialog = _FieldsDialog(self, title, self._language, store)
        dialog.setObjectName("measure_dialog")
        dialog.code = dialog.line("code", self.tr("&Code:"), measure.code if measure else "")  # type: ignore[attr-defined]
        dialog.title_uk = dialog.line("title_uk", self.tr("&Title (Ukrainian):"),  # type: ignore[attr-defined]
                                      measure.title_uk if measure else "")  # fmt: skip
        dialog.title_en = dialog.line("title_en", self.tr("Title (&English):"),  # type: ignore[attr-defined]
                                      measure.title_en if measure else "")  # fmt: skip
        return dialog

    def add_section(self) -> None:
        programme = self.programme
        if programme is None or programme.id is None:
            return
        db = self._bench.db
        numbers = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
        suggested = numbers[len(programme.sections)] if len(programme.sections) < 10 else ""

        def store(d: _FieldsDialog) -> ProgrammeSection:
            return add_section(db, programme.id or 0, d.number.text(), d.title_uk.text(),  # type: ignore[attr-defined]
                               d.title_en.text())  # type: ignore[attr-defined]  # fmt: skip

        dialog = self._section_dialog(self.tr("New section"), None, store)
        dialog.number.setText(suggested)  # type: ignore[attr-defined]
        self._open(dialog, lambda made: self._changed(keep=("section", made.id)))  # type: ignore[attr-defined]

    def add_measure(self) -> None:
        section = self.chosen_section()
        if section is None or section.id is None:
            return
        db = self._bench.db
        number = self.tree.indexOfTopLevelItem(self._section_item(section.id)) + 1
        suggested = f"{number}.{len(section.measures) + 1}"

        def store(d: _FieldsDialog) -> Measure:
            return add_measure(db, section.id or 0, Measure(
                code=d.code.text().strip(), title_uk=d.title_uk.text().strip(),  # type: ignore[attr-defined]
                title_en=d.title_en.text().strip()))  # type: ignore[attr-defined]  # fmt: skip

        dialog = self._measure_dialog(self.tr("New measure in section %1").replace(
            "%1", section.number), None, store)  # fmt: skip
        dialog.code.setText(suggested)  # type: ignore[attr-defined]
        self._open(dialog, lambda made: self._changed(keep=("measure", made.id)))  # type: ignore[attr-defined]

    def _section_item(self, section_id: int) -> QTreeWidgetItem | None:
        for top in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(top)
            if item.data(0, RECORD_ROLE).id == section_id:
                return item
        return None

    def edit_item(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        _kind, record = chosen
        db = self._bench.db
        if isinstance(record, Measure):
            measure = record

            def store_measure(d: _FieldsDialog) -> Measure:
                return save_measure(db, replace(
                    measure, code=d.code.text().strip(), title_uk=d.title_uk.text().strip(),  # type: ignore[attr-defined]
                    title_en=d.title_en.text().strip()))  # type: ignore[attr-defined]  # fmt: skip

            dialog = self._measure_dialog(self.tr("Measure %1").replace("%1", measure.code),
                                          measure, store_measure)  # fmt: skip
            self._open(dialog, lambda made: self._changed(keep=("measure", made.id)))  # type: ignore[attr-defined]
            return
        section = record
        assert isinstance(section, ProgrammeSection)

        def store_section(d: _FieldsDialog) -> ProgrammeSection:
            return save_section(db, replace(
                section, number=d.number.text().strip(), title_uk=d.title_uk.text().strip(),  # type: ignore[attr-defined]
                title_en=d.title_en.text().strip()))  # type: ignore[attr-defined]  # fmt: skip

        dialog = self._section_dialog(self.tr("Section %1").replace("%1", section.number),
                                      section, store_section)  # fmt: skip
        self._open(dialog, lambda made: self._changed(keep=("section", made.id)))  # type: ignore[attr-defined]

    def delete_item(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        _kind, record = chosen
        if isinstance(record, Measure):
            question = self.tr("Delete the measure %1 «%2»?").replace("%1", record.code)
        else:
            question = self.tr("Delete the section %1 «%2»?").replace("%1", record.number)
        answer = QMessageBox.question(self, self.tr("Delete"),
                                      question.replace("%2", self._title(record)))  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            if isinstance(record, Measure):
                delete_measure(self._bench.db, record.id or 0, record.version)
            else:
                delete_section(self._bench.db, record.id or 0)
        except PlannerError as problem:
            self._refused(problem)
            return
        self._changed()

    def move(self, step: int) -> None:
        chosen = self.chosen()
        if chosen is None or not isinstance(chosen[1], Measure):
            return
        try:
            moved = move_measure(self._bench.db, chosen[1].id or 0, step)
        except PlannerError as problem:
            self._refused(problem)
            return
        self._changed(keep=("measure", moved.id or 0))
