"""The Reports area: the annual report on the cooperation programme for a chosen year, as the
tree of its sections, measures and dated entries; the officer's own wording of an entry;
the programme activities that are not visits (entered here); the year's statistics; and
the report previewed, saved as PDF or .docx, with its statistics annex when asked.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import RecordSource
from planner.domain.errors import PlannerError, StaleEditError
from planner.domain.messages import Language, enum_label
from planner.domain.printing import Bilingual
from planner.domain.records import Activity
from planner.domain.report import NOTHING_DONE, AnnualReport, Count, ReportRecord
from planner.domain.zones import today_in_kyiv
from planner.gui import forms
from planner.gui.activity_dialog import ActivityDialog, activity_ops, short_text
from planner.gui.background import run_in_background
from planner.gui.person_editor import NO_MODIFIER, KeyActions, enter_keys
from planner.gui.table_model import TextTableModel, read_only_table
from planner.gui.workbench import Workbench
from planner.services.activities import get_activity, list_activities
from planner.services.programmes import list_programmes
from planner.services.reports import (
    annual_report,
    report_records,
    report_statistics,
    report_years,
    save_report_sentence,
    write_annual_report,
)

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
LANGUAGE_NAMES: dict[str, str] = {"uk": "Українська", "en": "English"}
GREY = QColor("#707070")

_ACTIVITY_HEADERS = (
    QT_TRANSLATE_NOOP("ActivityModel", "Date"),
    QT_TRANSLATE_NOOP("ActivityModel", "Kind"),
    QT_TRANSLATE_NOOP("ActivityModel", "Measures"),
    QT_TRANSLATE_NOOP("ActivityModel", "What was done"),
)
_COUNT_HEADERS = (
    QT_TRANSLATE_NOOP("CountModel", "What"),
    QT_TRANSLATE_NOOP("CountModel", "Count"),
)


def short_dates(record: ReportRecord) -> str:
    """ "26.01" or "29.05–31.05": the entry's dates as the tree shows them."""
    first = f"{record.first:%d.%m}"
    return first if record.last == record.first else f"{first}–{record.last:%d.%m}"


def find_record(db: Any, source: RecordSource, record_id: int, year: int) -> ReportRecord | None:
    """The record of ``year`` as the report tells it now."""
    for record in report_records(db, year):
        if record.source == source and record.record_id == record_id:
            return record
    return None


class ActivityModel(TextTableModel):
    """The activities of the year, in date order."""

    def __init__(self, language: Language) -> None:
        super().__init__("ActivityModel", _ACTIVITY_HEADERS)
        self._language = language
        self.codes: dict[int, str] = {}

    def cells(self, row: Any) -> tuple[str, ...]:
        activity: Activity = row
        when = f"{activity.held_on:%d.%m.%Y}"
        if activity.ends_on is not None and activity.ends_on != activity.held_on:
            when += f"–{activity.ends_on:%d.%m.%Y}"
        measures = ", ".join(self.codes.get(m, "?") for m in activity.measure_ids)
        text = activity.text_en if self._language == "en" and activity.text_en \
            else activity.text_uk  # fmt: skip
        return (when, enum_label(activity.kind, self._language), measures,
                " ".join(text.split()))  # fmt: skip


class CountModel(TextTableModel):
    """One statistics table: a name and its count on each line."""

    def __init__(self, language: Language) -> None:
        super().__init__("CountModel", _COUNT_HEADERS)
        self._language = language

    def cells(self, row: Any) -> tuple[str, ...]:
        label, count = row
        return (label, str(count))

    def role_data(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def set_counts(self, counts: tuple[Count, ...], with_key: bool = False) -> None:
        """``with_key``: each name after its key ("1.1  Організація прийомів…")."""
        self.set_rows([
            (f"{c.key}  {c.label.get(self._language)}".strip() if with_key
             else c.label.get(self._language) or c.key, c.count)
            for c in counts
        ])  # fmt: skip


class SentenceDialog(QDialog):
    """The officer's own wording of one entry of the report, in both languages. Saving both
    boxes as the generated text (or empty) goes back to the generated sentence."""

    def __init__(self, bench: Workbench, record: ReportRecord, parent: QWidget | None = None,
                 language: Language = "uk") -> None:  # fmt: skip
        super().__init__(parent if parent is not None else bench.window)
        self.setObjectName("sentence_dialog")
        self.setWindowTitle(self.tr("Sentence of the report"))
        self._bench = bench
        self.record = record
        self.saved = False
        layout = QFormLayout()
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.dates = QLabel()
        self.dates.setObjectName("sentence_dates")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.generated_uk = self._box(read_only=True)
        self.generated_uk.setObjectName("generated_uk")
        self.generated_en = self._box(read_only=True)
        self.generated_en.setObjectName("generated_en")
        self.text_uk = self._box()
        self.text_uk.setObjectName("text_uk")
        self.text_en = self._box()
        self.text_en.setObjectName("text_en")
        for label, widget in ((self.tr("Dates:"), self.dates), (self.tr("Record:"), self.summary),
                              (self.tr("Generated (Ukrainian):"), self.generated_uk),
                              (self.tr("Generated (English):"), self.generated_en),
                              (self.tr("&Ukrainian:"), self.text_uk),
                              (self.tr("&English:"), self.text_en)):  # fmt: skip
            caption = QLabel(label)
            caption.setBuddy(widget)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            layout.addRow(caption, widget)
        self.generated_button = QPushButton(self.tr("Use the &generated text"))
        self.generated_button.setObjectName("use_generated")
        self.generated_button.setToolTip(self.tr("The report then follows the record's data"))
        self.generated_button.clicked.connect(self.use_generated)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("ok")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        below = QHBoxLayout()
        below.addWidget(self.generated_button)
        below.addStretch(1)
        below.addWidget(self.buttons)
        outer = QVBoxLayout(self)
        outer.addLayout(layout)
        outer.addLayout(below)
        self.setMinimumWidth(680)
        self._language = language
        self._show(record)
        self.text_uk.setFocus()

    @staticmethod
    def _box(read_only: bool = False) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setTabChangesFocus(True)
        box.setMaximumHeight(80 if read_only else 110)
        box.setReadOnly(read_only)
        if read_only:
            box.setStyleSheet("background: palette(window);")
        return box

    def _show(self, record: ReportRecord) -> None:
        self.record = record
        self.dates.setText(f"{record.dates('uk')} / {record.dates('en')}")
        self.summary.setText(record.summary.get(self._language))
        self.generated_uk.setPlainText(record.generated.uk)
        self.generated_en.setPlainText(record.generated.en)
        self.text_uk.setPlainText(record.own.uk.strip() or record.generated.uk)
        self.text_en.setPlainText(record.own.en.strip() or record.generated.en)
        self._initial = self.entered()

    def entered(self) -> Bilingual:
        return Bilingual(self.text_uk.toPlainText().strip(), self.text_en.toPlainText().strip())

    def is_changed(self) -> bool:
        return self.entered() != self._initial

    def use_generated(self) -> None:
        self.text_uk.setPlainText(self.record.generated.uk)
        self.text_en.setPlainText(self.record.generated.en)

    def wording(self) -> Bilingual:
        """What to store: nothing where the box says what the generated sentence says."""
        typed = self.entered()
        generated = self.record.generated
        if typed.uk == generated.uk.strip() and typed.en == generated.en.strip():
            return Bilingual()
        return typed

    def save(self) -> bool:
        """Store the wording as one undoable step; True when stored (the dialog closes)."""
        if not self.is_changed():
            self.accept()
            return True
        try:
            change_sentence(self._bench, self.record, self.wording())
        except StaleEditError as problem:
            if forms.offer_reload(self, problem, self._bench.language):
                self.reload()
            return False
        except PlannerError as problem:
            forms.show_problem(self, problem, self._bench.language)
            return False
        self.saved = True
        self.accept()
        return True

    def reload(self) -> None:
        found = find_record(self._bench.db, self.record.source, self.record.record_id,
                            self.record.first.year)  # fmt: skip
        if found is not None:
            self._show(found)

    def reject(self) -> None:
        if forms.may_close(self, self.is_changed(), self.save):
            super().reject()


def change_sentence(bench: Workbench, record: ReportRecord, wording: Bilingual) -> None:
    """Store the officer's wording of ``record`` (empty: back to the generated sentence) as
    one step of the undo history; undo puts the wording before it back."""
    db = bench.db
    source, record_id, year = record.source, record.record_id, record.first.year
    before = record.own
    version = [record.own_version]  # the stored wording's version as the last step left it

    def put(text: Bilingual) -> None:
        save_report_sentence(db, source, record_id, version[0], text.uk, text.en)
        now = find_record(db, source, record_id, year)
        version[0] = now.own_version if now is not None else 0

    def steps(_none: None) -> tuple[Callable[[], object], Callable[[], object]]:
        return (lambda: put(before)), (lambda: put(wording))

    summary = record.summary.get("uk")
    text = QCoreApplication.translate("ReportsArea", "Edit report sentence «%1»").replace(
        "%1", summary[:60])  # fmt: skip
    bench.edits.perform(text, lambda: put(wording), steps)


class ReportsArea(QWidget):
    """The year's report, activities and statistics; preview and save the report."""

    report_written = Signal(str)  # the path of a report saved

    def __init__(self, bench: Workbench, year: int | None = None) -> None:
        super().__init__()
        self.setObjectName("reports_area")
        self._bench = bench
        self.report: AnnualReport | None = None
        self.dialog: QDialog | None = None
        self.preview: QWidget | None = None
        self.programme_editor: QDialog | None = None

        self.year = QSpinBox()
        self.year.setObjectName("report_year")
        self.year.setRange(1990, 2100)
        self.year.setAccessibleName(self.tr("Year of the report"))
        self.year.setValue(year or today_in_kyiv().year)
        self.year.setToolTip(self._years_tip())
        self.year.valueChanged.connect(lambda _year: self.refresh())
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year)
        self.language = QComboBox()
        self.language.setObjectName("report_language")
        self.language.setAccessibleName(self.tr("Language of the report"))
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        forms.choose(self.language, bench.language)
        self.language.currentIndexChanged.connect(lambda _index: self.refresh())
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)
        self.statistics_annex = QCheckBox(self.tr("S&tatistics annex"))
        self.statistics_annex.setObjectName("statistics_annex")
        self.statistics_annex.setToolTip(self.tr("Add the year's statistics after the report"))
        self.preview_button = self._button("report_preview", self.tr("&Preview…"),
                                           self.tr("The report as it prints, in the print preview"),
                                           self.open_preview)  # fmt: skip
        self.save_button = self._button("report_save", self.tr("&Save as…"),
                                        self.tr("The report as PDF or as Word (.docx) to edit"),
                                        self.save_as)  # fmt: skip
        self.programme_button = self._button("programme_editor", self.tr("P&rogramme…"),
                                             self.tr("The programmes, their sections and "
                                                     "measures"), self.open_programme)  # fmt: skip
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addWidget(language_label)
        top.addWidget(self.language)
        top.addWidget(self.statistics_annex)
        top.addStretch(1)
        for button in (self.preview_button, self.save_button, self.programme_button):
            top.addWidget(button)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("reports_tabs")
        self.tabs.addTab(self._report_page(), self.tr("R&eport"))
        self.tabs.addTab(self._activities_page(), self.tr("&Activities"))
        self.tabs.addTab(self._statistics_page(), self.tr("Stat&istics"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        bench.edits.changed.connect(self.refresh)
        self.refresh()

    def _button(self, name: str, text: str, tip: str, action: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: action())
        return button

    def _years_tip(self) -> str:
        years = report_years(self._bench.db)
        if not years:
            return self.tr("No records yet")
        return self.tr("Years with records: %1").replace("%1", ", ".join(map(str, years)))

    # Pages

    def _report_page(self) -> QWidget:
        page = QWidget()
        self.untagged_label = QLabel()
        self.untagged_label.setObjectName("untagged_warning")
        self.untagged_label.setStyleSheet("color: #8a4b00;")
        self.untagged_button = self._button("show_untagged", self.tr("S&how"),
                                            self.tr("The records with no measure"),
                                            self.show_untagged)  # fmt: skip
        warning = QHBoxLayout()
        warning.addWidget(self.untagged_label, 1)
        warning.addWidget(self.untagged_button)
        self.tree = QTreeWidget()
        self.tree.setObjectName("report_tree")
        self.tree.setAccessibleName(self.tr("The report: measures and their entries"))
        self.tree.setHeaderLabels([self.tr("Measure or entry"), self.tr("Entries")])
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemDoubleClicked.connect(lambda _item, _column: self.edit_sentence())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        KeyActions(self.tree, enter_keys(self.edit_sentence))
        self.edit_sentence_button = self._button(
            "edit_sentence", self.tr("Edit &sentence…"),
            self.tr("The entry's wording in the report (Enter)"), self.edit_sentence)  # fmt: skip
        self.open_record_button = self._button(
            "open_record", self.tr("&Open record"),
            self.tr("The visit or activity the entry is made from"), self.open_record)  # fmt: skip
        actions = QHBoxLayout()
        actions.addWidget(self.edit_sentence_button)
        actions.addWidget(self.open_record_button)
        actions.addStretch(1)
        self.report_title = QLabel()
        self.report_title.setObjectName("report_title")
        self.report_title.setWordWrap(True)
        self.report_title.setStyleSheet("font-weight: 600;")
        layout = QVBoxLayout(page)
        layout.addWidget(self.report_title)
        layout.addLayout(warning)
        layout.addLayout(actions)
        layout.addWidget(self.tree, 1)
        return page

    def _activities_page(self) -> QWidget:
        page = QWidget()
        self.activity_model = ActivityModel(self._bench.language)
        self.activities = read_only_table(self.activity_model, "activities",
                                          self.tr("Activities of the year"))  # fmt: skip
        header = self.activities.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.activities.doubleClicked.connect(lambda _index: self.edit_activity())
        self.activities.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_buttons()
        )
        KeyActions(self.activities, {
            **enter_keys(self.edit_activity),
            (Qt.Key.Key_Insert, NO_MODIFIER): self.new_activity,
            (Qt.Key.Key_Delete, NO_MODIFIER): self.delete_activity,
        })  # fmt: skip
        self.new_activity_button = self._button("new_activity", self.tr("&New…"),
                                                self.tr("An activity that is not a visit "
                                                        "(Insert)"), self.new_activity)  # fmt: skip
        self.edit_activity_button = self._button("edit_activity", self.tr("&Edit…"),
                                                 self.tr("Change the activity (Enter)"),
                                                 self.edit_activity)  # fmt: skip
        self.delete_activity_button = self._button("delete_activity", self.tr("&Delete"),
                                                   self.tr("Delete the activity (Del); "
                                                           "Edit > Undo brings it back"),
                                                   self.delete_activity)  # fmt: skip
        actions = QHBoxLayout()
        for button in (self.new_activity_button, self.edit_activity_button,
                       self.delete_activity_button):  # fmt: skip
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(actions)
        layout.addWidget(self.activities, 1)
        return page

    def _statistics_page(self) -> QWidget:
        page = QWidget()
        lang = self._bench.language
        self.statistics_on = QLabel()
        self.statistics_on.setObjectName("statistics_on")
        self.summary_model = CountModel(lang)
        self.count_models: dict[str, CountModel] = {"summary": self.summary_model}
        grid = QGridLayout()
        titles = (("summary", self.tr("The year in numbers")),
                  ("by_country", self.tr("Agreements in force by country")),
                  ("by_type", self.tr("Agreements in force by type")),
                  ("by_direction", self.tr("Delegations by direction")),
                  ("by_measure", self.tr("Delegations by measure")),
                  ("by_month", self.tr("Delegations by month")))  # fmt: skip
        self.statistics_tables: dict[str, QWidget] = {}
        for number, (key, title) in enumerate(titles):
            model = self.count_models.get(key) or CountModel(lang)
            self.count_models[key] = model
            table = read_only_table(model, f"stats_{key}", title)
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            table.horizontalHeader().setSectionResizeMode(
                1, QHeaderView.ResizeMode.ResizeToContents
            )
            self.statistics_tables[key] = table
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            inner.addWidget(table)
            grid.addWidget(box, number // 3, number % 3)
        layout = QVBoxLayout(page)
        layout.addWidget(self.statistics_on)
        layout.addLayout(grid, 1)
        return page

    # Showing the year

    def chosen_year(self) -> int:
        return self.year.value()

    def chosen_language(self) -> Language:
        return "en" if self.language.currentData() == "en" else "uk"

    def refresh(self) -> None:
        db, year = self._bench.db, self.chosen_year()
        try:
            report: AnnualReport | None = annual_report(db, year)
        except PlannerError as problem:  # a year before every programme: no report to make
            report = None
            self._show_no_report(problem.message(self._bench.language))
        if report is not None:
            self._show_report(report)
        for button in (self.preview_button, self.save_button):
            button.setEnabled(report is not None)
        self._show_activities(year)
        self._show_statistics(year)
        self._update_buttons()

    def _show_report(self, report: AnnualReport) -> None:
        lang = self.chosen_language()
        chosen = self.chosen_record()
        wanted = (chosen.source, chosen.record_id) if chosen is not None else None
        self.report = report
        self.report_title.setText(report.title(lang))
        self.tree.clear()
        again: QTreeWidgetItem | None = None
        for section in report.sections:
            top = QTreeWidgetItem([f"{section.number}.  {section.title.get(lang)}", ""])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFirstColumnSpanned(False)
            self.tree.addTopLevelItem(top)
            for measure in section.measures:
                item = QTreeWidgetItem(top, [f"{measure.code}  {measure.title.get(lang)}",
                                             str(len(measure.records))])  # fmt: skip
                item.setToolTip(0, measure.title.get(lang))
                item.setData(0, Qt.ItemDataRole.UserRole, measure.code)
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
                if not measure.records:
                    empty = QTreeWidgetItem(item, [NOTHING_DONE.get(lang), ""])
                    empty.setForeground(0, QBrush(GREY))
                    empty.setFlags(empty.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                for record in measure.records:
                    entry = QTreeWidgetItem(item, [f"{short_dates(record)} — {record.text(lang)}",
                                                   ""])  # fmt: skip
                    entry.setData(0, RECORD_ROLE, record)
                    entry.setToolTip(0, record.text(lang))
                    if record.own:
                        entry.setToolTip(0, record.text(lang) + "\n" + self.tr(
                            "(the officer's own wording)"))  # fmt: skip
                    if again is None and wanted == (record.source, record.record_id):
                        again = entry
            top.setExpanded(True)
            for index in range(top.childCount()):
                top.child(index).setExpanded(True)
        if again is not None:
            self.tree.setCurrentItem(again)
        untagged = len(report.untagged)
        self.untagged_label.setText(
            self.tr(
                "%n record(s) of the year have no measure and are not in the report", "", untagged
            )
        )
        self.untagged_label.setVisible(untagged > 0)
        self.untagged_button.setVisible(untagged > 0)

    def _show_no_report(self, why: str) -> None:
        self.report = None
        self.tree.clear()
        self.report_title.setText(why)
        self.untagged_label.hide()
        self.untagged_button.hide()

    def _show_activities(self, year: int) -> None:
        chosen = self.chosen_activity()
        codes: dict[int, str] = {}
        for programme in list_programmes(self._bench.db):
            for section in programme.sections:
                for measure in section.measures:
                    if measure.id is not None:
                        codes[measure.id] = measure.code
        self.activity_model.codes = codes
        rows = list_activities(self._bench.db, year=year)
        self.activity_model.set_rows(rows)
        if chosen is not None:
            self.choose_activity(chosen.id or 0)

    def _show_statistics(self, year: int) -> None:
        stats = report_statistics(self._bench.db, year)
        self.statistics_on.setText(self.tr("Agreements counted in force on %1").replace(
            "%1", f"{stats.on:%d.%m.%Y}"))  # fmt: skip
        self.summary_model.set_rows([
            (self.tr("Agreements in force"), stats.agreements_in_force),
            (self.tr("Partner communities"), stats.partner_communities),
            (self.tr("Partner countries"), stats.partner_countries),
            (self.tr("Delegations"), stats.delegations),
            (self.tr("Activities"), stats.activities),
        ])  # fmt: skip
        self.count_models["by_country"].set_counts(stats.agreements_by_country)
        self.count_models["by_type"].set_counts(stats.agreements_by_type)
        self.count_models["by_direction"].set_counts(stats.delegations_by_direction)
        self.count_models["by_measure"].set_counts(stats.delegations_by_measure, with_key=True)
        self.count_models["by_month"].set_counts(stats.delegations_by_month)

    def _update_buttons(self) -> None:
        record = self.chosen_record()
        self.edit_sentence_button.setEnabled(record is not None)
        self.open_record_button.setEnabled(
            record is not None and record.source in (RecordSource.DELEGATION,
                                                     RecordSource.ACTIVITY))  # fmt: skip
        chosen = self.chosen_activity() is not None
        self.edit_activity_button.setEnabled(chosen)
        self.delete_activity_button.setEnabled(chosen)

    # The report's entries

    def chosen_record(self) -> ReportRecord | None:
        item = self.tree.currentItem()
        record = item.data(0, RECORD_ROLE) if item is not None else None
        return record if isinstance(record, ReportRecord) else None

    def record_items(self) -> list[QTreeWidgetItem]:
        """Every entry of the tree, in its order."""
        found = []
        for top in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(top)
            for m in range(section.childCount()):
                measure = section.child(m)
                for r in range(measure.childCount()):
                    if isinstance(measure.child(r).data(0, RECORD_ROLE), ReportRecord):
                        found.append(measure.child(r))
        return found

    def measure_items(self) -> list[QTreeWidgetItem]:
        return [self.tree.topLevelItem(t).child(m) for t in range(self.tree.topLevelItemCount())
                for m in range(self.tree.topLevelItem(t).childCount())]  # fmt: skip

    def edit_sentence(self) -> None:
        record = self.chosen_record()
        if record is None:
            return
        self._open(SentenceDialog(self._bench, record, self, self.chosen_language()))

    def open_record(self) -> None:
        record = self.chosen_record()
        if record is None:
            return
        if record.source is RecordSource.DELEGATION:
            self._bench.open_delegation(record.record_id)
        elif record.source is RecordSource.ACTIVITY:
            try:
                activity = get_activity(self._bench.db, record.record_id)
            except PlannerError as problem:
                forms.show_problem(self, problem, self._bench.language)
                return
            self._open(ActivityDialog(self._bench, activity, self))

    def show_untagged(self) -> None:
        if self.report is None or not self.report.untagged:
            return
        lang = self.chosen_language()
        lines = [f"• {r.text(lang)}" for r in self.report.untagged]
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Records with no measure"),
                          self.tr("Tag these records with a measure of the programme to put "
                                  "them in the report:"), parent=self)  # fmt: skip
        box.setObjectName("untagged_list")
        box.setInformativeText("\n".join(lines))
        box.open()
        self.dialog = box

    # Activities

    def chosen_activity(self) -> Activity | None:
        index = self.activities.currentIndex()
        if not index.isValid():
            return None
        row: Activity = self.activity_model.row(index.row())
        return row

    def choose_activity(self, activity_id: int) -> None:
        for number in range(self.activity_model.rowCount()):
            if self.activity_model.row(number).id == activity_id:
                self.activities.setCurrentIndex(self.activity_model.index(number, 0))
                return

    def new_activity(self) -> None:
        year = self.chosen_year()
        today = today_in_kyiv()
        day = today if today.year == year else today.replace(year=year, month=1, day=1)
        self._open(ActivityDialog(self._bench, None, self, day=day))

    def edit_activity(self) -> None:
        chosen = self.chosen_activity()
        if chosen is None or chosen.id is None:
            return
        try:
            activity = get_activity(self._bench.db, chosen.id)
        except PlannerError as problem:
            forms.show_problem(self, problem, self._bench.language)
            return
        self._open(ActivityDialog(self._bench, activity, self))

    def delete_activity(self) -> None:
        chosen = self.chosen_activity()
        if chosen is None or chosen.id is None:
            return
        name = short_text(chosen, self._bench.language)
        answer = QMessageBox.question(
            self, self.tr("Delete activity"),
            self.tr("Delete the activity «%1»?\nEdit > Undo brings it back.").replace("%1", name),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            activity = get_activity(self._bench.db, chosen.id)
            self._bench.edits.delete(activity_ops(self._bench),
                                     self.tr("Delete activity «%1»").replace("%1", name),
                                     activity)  # fmt: skip
        except PlannerError as problem:
            forms.show_problem(self, problem, self._bench.language)

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        saved = getattr(dialog, "saved", None)
        if isinstance(saved, Activity) and saved.id is not None:
            self.choose_activity(saved.id)
        if self.dialog is dialog:
            self.dialog = None

    # The document

    def open_preview(self) -> None:
        from planner.gui.printing import annual_report_job, open_job

        job = annual_report_job(self._bench, self.chosen_year(), self.chosen_language(),
                                self.statistics_annex.isChecked())  # fmt: skip
        self.preview = open_job(self._bench, job)

    def save_as(self, path: str | None = None) -> None:
        """Ask where (PDF or Word), then write the report there off the window's thread;
        ``report_written`` says when it is there."""
        settings = self._bench.settings
        year = self.chosen_year()
        pdf, word = self.tr("PDF (*.pdf)"), self.tr("Word (*.docx)")
        chosen_filter = pdf
        if path is None:
            folder = Path(str(settings.value("print/folder", str(Path.home()))))
            suggested = folder / self.tr("annual-report-%1.pdf").replace("%1", str(year))
            path, chosen_filter = QFileDialog.getSaveFileName(
                self, self.tr("Save the annual report"), str(suggested), f"{pdf};;{word}"
            )
            if not path:
                return
        target = Path(path)
        if target.suffix.lower() not in (".pdf", ".docx"):
            target = target.with_name(target.name + (".docx" if chosen_filter == word
                                                     else ".pdf"))  # fmt: skip
        db, language = self._bench.db, self.chosen_language()
        statistics = self.statistics_annex.isChecked()

        def work() -> Path | OSError:
            try:
                return write_annual_report(db, year, target, language=language,
                                           with_statistics=statistics)  # fmt: skip
            except OSError as problem:
                return problem

        def done(result: Path | OSError) -> None:
            if isinstance(result, OSError):
                QMessageBox.warning(self, self.tr("Save the annual report"), self.tr(
                    "«%1» could not be written: %2").replace("%1", str(target)).replace(
                    "%2", result.strerror or str(result)))  # fmt: skip
                return
            settings.setValue("print/folder", str(target.parent))
            status = getattr(self._bench.window, "statusBar", None)
            if status is not None:
                status().showMessage(self.tr("Report written: %1").replace("%1", str(result)),
                                     8000)  # fmt: skip
            self.report_written.emit(str(result))

        def failed(problem: PlannerError) -> None:
            forms.show_problem(self, problem, self._bench.language)

        run_in_background(self, self.tr("Writing the report…"), work, done, failed)

    # The programme

    def open_programme(self) -> None:
        from planner.gui.programme_editor import ProgrammeEditor

        editor = ProgrammeEditor(self._bench, self, year=self.chosen_year())
        self.programme_editor = editor
        editor.finished.connect(lambda _result: self.refresh())
        editor.open()
