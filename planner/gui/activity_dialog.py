"""The editor of a programme activity that is not a visit (an online meeting, a publication, a
purchase, a platform update): a dialog whose Save is one undoable change.

A problem is shown beside its field and nothing is written; a save refused because another
officer changed the activity offers to reload it; Cancel or Escape with unsaved changes asks
first. After a save, ``dialog.saved`` holds the activity as stored.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import ActivityKind
from planner.domain.errors import PlannerError, StaleEditError, ValidationError
from planner.domain.records import Activity
from planner.domain.zones import today_in_kyiv
from planner.gui import forms
from planner.gui.edits import RecordOps
from planner.gui.workbench import Workbench
from planner.services.activities import (
    delete_activity,
    get_activity,
    restore_activity,
    save_activity,
)
from planner.services.partners import list_partners
from planner.services.programmes import list_programmes

TEXT_HEIGHT = 90


def activity_ops(bench: Workbench) -> RecordOps[Activity]:
    db = bench.db
    return RecordOps(
        save=lambda a: save_activity(db, a),
        delete=lambda i, v: delete_activity(db, i, v),
        restore=lambda i: restore_activity(db, i),
    )


def short_text(activity: Activity, language: str, limit: int = 60) -> str:
    """The activity's text as a step of the undo history names it."""
    text = activity.text_en if language == "en" and activity.text_en else activity.text_uk
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _text_box() -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMaximumHeight(TEXT_HEIGHT)
    return box


def _checkable(widget: QListWidget, text: str, data: int | None, checked: bool) -> None:
    item = QListWidgetItem(text, widget)
    item.setData(Qt.ItemDataRole.UserRole, data)
    item.setToolTip(text)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def checked_ids(widget: QListWidget) -> tuple[int, ...]:
    return tuple(
        widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    )  # fmt: skip


def check_ids(widget: QListWidget, ids: tuple[int, ...]) -> None:
    for i in range(widget.count()):
        item = widget.item(i)
        wanted = item.data(Qt.ItemDataRole.UserRole) in ids
        item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)


class ActivityDialog(QDialog):
    """``ActivityDialog(bench, activity)``: edits every field of ``activity``; None adds one
    (on ``day``, tagged with ``measure_ids``, when given)."""

    def __init__(self, bench: Workbench, activity: Activity | None,
                 parent: QWidget | None = None, day: date | None = None,
                 measure_ids: tuple[int, ...] = ()) -> None:  # fmt: skip
        super().__init__(parent if parent is not None else bench.window)
        self.setObjectName("activity_dialog")
        self._bench = bench
        self._language = bench.language
        self.saved: Activity | None = None
        lang = self._language
        self.loaded = activity or Activity(
            kind=ActivityKind.ONLINE_MEETING, held_on=day or today_in_kyiv(), text_uk="",
            measure_ids=measure_ids,
        )  # fmt: skip

        layout = QFormLayout()
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = forms.Form(layout)
        self.kind = forms.enum_combo(ActivityKind, lang)
        self.held_on = forms.date_edit()
        self.ends_on = forms.date_edit(optional=True)
        self.measures = QListWidget()
        self.measures.setMinimumHeight(140)
        self.partner_search = QLineEdit()
        self.partner_search.setObjectName("partner_search")
        self.partner_search.setPlaceholderText(self.tr("Find a partner…"))
        self.partner_search.setAccessibleName(self.tr("Find a partner"))
        self.partner_search.textChanged.connect(self._filter_partners)
        self.partners = QListWidget()
        self.partners.setMaximumHeight(120)
        self.text_uk = _text_box()
        self.text_en = _text_box()
        self.link = QLineEdit()
        self.link.setPlaceholderText("https://")
        self.notes = _text_box()
        self.form.add("kind", self.tr("&Kind:"), self.kind)
        self.form.add("held_on", self.tr("&Date:"), self.held_on)
        self.form.add("ends_on", self.tr("&Until (optional):"), self.ends_on)
        self.form.add("measure_ids", self.tr("Programme &measures:"), self.measures)
        layout.addRow("", self.partner_search)
        self.form.add("partner_ids", self.tr("&Partners:"), self.partners)
        self.form.add("text_uk", self.tr("What was done (&Ukrainian):"), self.text_uk)
        self.form.add("text_en", self.tr("What was done (&English):"), self.text_en)
        self.form.add("link", self.tr("&Link:"), self.link)
        self.form.add("notes", self.tr("N&otes:"), self.notes)
        self.text_uk.setToolTip(self.tr(
            "Written as the report's sentence after the date, e.g. «взяв онлайн участь у "
            "5-му Міжнародному саміті мерів»"))  # fmt: skip

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(layout)
        outer.addWidget(self.buttons)
        self.setMinimumWidth(640)
        self._measure_year: int | None = None
        self.held_on.dateChanged.connect(lambda _day: self._year_changed())
        if self.loaded.id is None:
            self.setWindowTitle(self.tr("New activity"))
        else:
            self.setWindowTitle(self.tr("Activity of %1").replace(
                "%1", f"{self.loaded.held_on:%d.%m.%Y}"))  # fmt: skip
        self._show(self.loaded)
        self.text_uk.setFocus()

    # The form

    def _fill_measures(self, year: int, chosen: tuple[int, ...]) -> None:
        """The measures of the programme in force in ``year`` (and any chosen from another)."""
        lang = self._language
        self._measure_year = year
        self.measures.clear()
        for programme in list_programmes(self._bench.db):
            if not (programme.start_year <= year <= programme.end_year) and not any(
                m.id in chosen for s in programme.sections for m in s.measures
            ):
                continue
            for section in programme.sections:
                for measure in section.measures:
                    title = measure.title_en if lang == "en" and measure.title_en \
                        else measure.title_uk  # fmt: skip
                    _checkable(self.measures, f"{measure.code}  {title}", measure.id,
                               measure.id in chosen)  # fmt: skip

    def _fill_partners(self, chosen: tuple[int, ...]) -> None:
        lang = self._language
        self.partners.clear()
        for row in list_partners(self._bench.db):
            name = row.name_en if lang == "en" and row.name_en else row.name_uk
            _checkable(self.partners, name, row.id, row.id in chosen)

    def _filter_partners(self, text: str) -> None:
        wanted = text.strip().casefold()
        for i in range(self.partners.count()):
            item = self.partners.item(i)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def _year_changed(self) -> None:
        day = forms.date_of(self.held_on)
        if day is not None and day.year != self._measure_year:
            self._fill_measures(day.year, checked_ids(self.measures))

    def _show(self, activity: Activity) -> None:
        self.loaded = activity
        forms.choose(self.kind, activity.kind)
        self._measure_year = activity.held_on.year  # filled below, not by the date's signal
        forms.set_date(self.held_on, activity.held_on)
        forms.set_date(self.ends_on, activity.ends_on)
        self._fill_measures(activity.held_on.year, activity.measure_ids)
        self._fill_partners(activity.partner_ids)
        self.text_uk.setPlainText(activity.text_uk)
        self.text_en.setPlainText(activity.text_en)
        self.link.setText(activity.link)
        self.notes.setPlainText(activity.notes)
        self.form.clear_problems()
        self._initial = self.entered()

    def entered(self) -> Activity:
        """The activity as the form shows it now."""
        held_on = forms.date_of(self.held_on) or self.loaded.held_on
        return replace(
            self.loaded,
            kind=ActivityKind(self.kind.currentData()), held_on=held_on,
            ends_on=forms.date_of(self.ends_on), text_uk=self.text_uk.toPlainText().strip(),
            text_en=self.text_en.toPlainText().strip(), link=self.link.text().strip(),
            notes=self.notes.toPlainText().strip(), measure_ids=checked_ids(self.measures),
            partner_ids=checked_ids(self.partners),
        )  # fmt: skip

    def is_changed(self) -> bool:
        return self.entered() != self._initial

    # Saving and closing

    def save(self) -> bool:
        """Save what the form shows as one undoable change; True when stored (it closes)."""
        wanted = self.entered()
        if wanted.id is not None and not self.is_changed():
            self.saved = wanted
            self.accept()
            return True
        ops = activity_ops(self._bench)
        edits = self._bench.edits
        try:
            if wanted.id is None:
                self.saved = edits.create(ops, self.tr("Add activity «%1»").replace(
                    "%1", short_text(wanted, "uk")), wanted)  # fmt: skip
            else:
                self.saved = edits.edit(ops, self.tr("Edit activity «%1»").replace(
                    "%1", short_text(wanted, "uk")), self.loaded, wanted)  # fmt: skip
        except ValidationError as problem:
            elsewhere = self.form.show_problems(problem, self._language)
            if elsewhere:
                QMessageBox.warning(
                    self, QCoreApplication.translate("Form", "Not saved"), "\n".join(elsewhere)
                )
            return False
        except StaleEditError as problem:
            if forms.offer_reload(self, problem, self._language):
                self.reload()
            return False
        except PlannerError as problem:
            forms.show_problem(self, problem, self._language)
            return False
        self.accept()
        return True

    def reload(self) -> None:
        """Show the activity as stored now; the changes made in this dialog are dropped."""
        if self.loaded.id is None:
            return
        try:
            self._show(get_activity(self._bench.db, self.loaded.id))
        except PlannerError as problem:
            forms.show_problem(self, problem, self._language)

    def reject(self) -> None:
        """Cancel, Escape or closing the window: asks first when something was changed."""
        if forms.may_close(self, self.is_changed(), self.save):
            super().reject()
