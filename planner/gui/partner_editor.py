"""The editors of a partner (a twin city, an organisation, an embassy) and of one of its
agreements (a twinning agreement, a memorandum): dialogs whose Save is one undoable change.

A problem is shown beside its field and nothing is written; a save refused because another
officer changed the record offers to reload it; Cancel or Escape with unsaved changes asks
first. After a save, ``dialog.saved`` holds the record as stored.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import AgreementStatus, AgreementType, PartnerKind
from planner.domain.errors import PlannerError, StaleEditError, ValidationError
from planner.domain.messages import Language
from planner.domain.records import Agreement, Partner, PartnerRow
from planner.domain.rules import COUNTRY_CODES
from planner.gui import forms
from planner.gui.edits import RecordOps
from planner.gui.workbench import Workbench
from planner.services.partners import (
    delete_agreement,
    delete_partner,
    get_agreement,
    get_partner,
    restore_agreement,
    restore_partner,
    save_agreement,
    save_partner,
)

NOTES_HEIGHT = 90


def partner_ops(bench: Workbench) -> RecordOps[Partner]:
    db = bench.db
    return RecordOps(
        save=lambda p: save_partner(db, p),
        delete=lambda i, v: delete_partner(db, i, v),
        restore=lambda i: restore_partner(db, i),
    )


def agreement_ops(bench: Workbench) -> RecordOps[Agreement]:
    db = bench.db
    return RecordOps(
        save=lambda a: save_agreement(db, a),
        delete=lambda i, v: delete_agreement(db, i, v),
        restore=lambda i: restore_agreement(db, i),
    )


def partner_name(partner: Partner | PartnerRow, language: Language) -> str:
    """The name the officer reads: Ukrainian, or English in the English interface when known."""
    return partner.name_en if language == "en" and partner.name_en else partner.name_uk


def areas_of(text: str) -> tuple[str, ...]:
    """ "культура, освіта , спорт" as the areas of cooperation it names."""
    return tuple(part.strip() for part in text.split(",") if part.strip())


def _notes_box() -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)  # Tab goes on to the next input, as everywhere else
    box.setMaximumHeight(NOTES_HEIGHT)
    return box


class _RecordDialog(QDialog):
    """What both editors share: Save and Cancel, the unsaved-changes question, and showing
    every refusal where it belongs. Subclasses fill the form and build the record from it."""

    def __init__(self, bench: Workbench, parent: QWidget | None) -> None:
        super().__init__(parent if parent is not None else bench.window)
        self._bench = bench
        self._language = bench.language
        self.saved: Any = None
        self._initial: Any = None

        self.form_layout = QFormLayout()
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form = forms.Form(self.form_layout)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _finish_layout(self, heading: QWidget | None = None) -> None:
        layout = QVBoxLayout(self)
        if heading is not None:
            layout.addWidget(heading)
        layout.addLayout(self.form_layout)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self.save_button.setDefault(True)  # Enter saves (set once the button is in the dialog)
        self.setMinimumWidth(640)

    # What a subclass provides

    def _current(self) -> Any:
        """The record as the form shows it now."""
        raise NotImplementedError

    def _store(self, record: Any) -> Any:
        """Save ``record`` through the undo history; raises what the service raises."""
        raise NotImplementedError

    def _fetch_again(self) -> Any:
        """The record as stored now (for a reload)."""
        raise NotImplementedError

    def _show(self, record: Any) -> None:
        """Put ``record`` into the inputs and remember it as the unchanged state."""
        raise NotImplementedError

    # Shared behaviour

    def _remember_unchanged(self) -> None:
        self._initial = self._current()

    def is_changed(self) -> bool:
        return self._current() != self._initial

    def save(self) -> bool:
        """Save what the form shows; True when it was stored (the dialog then closes)."""
        try:
            self.saved = self._store(self._current())
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
        """Show the record as stored now; the changes made in this dialog are dropped."""
        try:
            record = self._fetch_again()
        except PlannerError as problem:
            forms.show_problem(self, problem, self._language)
            return
        self.form.clear_problems()
        self._show(record)

    def reject(self) -> None:
        """Cancel, Escape or closing the window: asks first when something was changed."""
        if forms.may_close(self, self.is_changed(), self.save):
            super().reject()


class PartnerDialog(_RecordDialog):
    """``PartnerDialog(bench, partner)``: edits every field of ``partner``; None adds one."""

    def __init__(self, bench: Workbench, partner: Partner | None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(bench, parent)
        self.setObjectName("partner_dialog")
        self.partner = partner
        lang = self._language

        self.name_uk = QLineEdit()
        self.name_en = QLineEdit()
        self.name_native = QLineEdit()
        self.kind = forms.enum_combo(PartnerKind, lang)
        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.addItems(sorted(COUNTRY_CODES))  # codes, not names: plain order is right
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.city = QLineEdit()
        self.website = QLineEdit()
        self.website.setPlaceholderText("https://")
        self.notes = _notes_box()

        self.form.add("name_uk", self.tr("&Name (Ukrainian):"), self.name_uk)
        self.form.add("name_en", self.tr("Name (&English):"), self.name_en)
        self.form.add("name_native", self.tr("Name in its own lan&guage:"), self.name_native)
        self.form.add("kind", self.tr("&Kind:"), self.kind)
        self.form.add("country", self.tr("&Country (ISO code):"), self.country)
        self.form.add("city", self.tr("C&ity:"), self.city)
        self.form.add("website", self.tr("&Website:"), self.website)
        self.form.add("notes", self.tr("N&otes:"), self.notes)
        self._finish_layout()

        if partner is None or partner.id is None:
            self.setWindowTitle(self.tr("New partner"))
        else:
            self.setWindowTitle(self.tr("Partner «%1»").replace("%1", partner.name_uk))
        self._show(partner or Partner(name_uk=""))
        self.form.show_beginnings()
        self.name_uk.setFocus()

    def _show(self, record: Partner) -> None:
        if record.id is not None:
            self.partner = record
        self.name_uk.setText(record.name_uk)
        self.name_en.setText(record.name_en)
        self.name_native.setText(record.name_native)
        forms.choose(self.kind, record.kind)
        self.country.setCurrentText(record.country)
        self.city.setText(record.city)
        self.website.setText(record.website)
        self.notes.setPlainText(record.notes)
        self._remember_unchanged()

    def _current(self) -> Partner:
        base = self.partner or Partner(name_uk="")
        return replace(
            base,
            name_uk=self.name_uk.text().strip(),
            name_en=self.name_en.text().strip(),
            name_native=self.name_native.text().strip(),
            kind=PartnerKind(self.kind.currentData()),
            country=self.country.currentText().strip().upper(),
            city=self.city.text().strip(),
            website=self.website.text().strip(),
            notes=self.notes.toPlainText().strip(),
        )

    def _store(self, record: Partner) -> Partner:
        ops = partner_ops(self._bench)
        edits = self._bench.edits
        if self.partner is None or self.partner.id is None:
            text = self.tr("Add partner «%1»").replace("%1", record.name_uk)
            return edits.create(ops, text, record)
        text = self.tr("Change partner «%1»").replace("%1", record.name_uk)
        return edits.edit(ops, text, self.partner, record)

    def _fetch_again(self) -> Partner:
        assert self.partner is not None and self.partner.id is not None
        return get_partner(self._bench.db, self.partner.id)


class AgreementDialog(_RecordDialog):
    """``AgreementDialog(bench, partner, agreement)``: an agreement with ``partner`` (which
    does not change here); None adds a new one."""

    def __init__(self, bench: Workbench, partner: Partner, agreement: Agreement | None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(bench, parent)
        assert partner.id is not None
        self.setObjectName("agreement_dialog")
        self.partner = partner
        self.agreement = agreement
        lang = self._language

        heading = QLabel(self.tr("Partner: %1").replace("%1", partner_name(partner, lang)))
        heading.setObjectName("agreement_partner")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setStyleSheet("font-weight: 600;")
        heading.setWordWrap(True)

        self.title = QLineEdit()
        self.kind = forms.enum_combo(AgreementType, lang)
        self.signed_on = forms.date_edit(optional=True)
        self.valid_until = forms.date_edit(optional=True)
        self.status = forms.enum_combo(AgreementStatus, lang)
        self.areas = QLineEdit()
        self.areas.setPlaceholderText(self.tr("culture, education, sport"))
        self.document_reference = QLineEdit()
        self.scan_path = QLineEdit()
        self.choose_scan_button = QPushButton(self.tr("C&hoose…"))
        self.choose_scan_button.setObjectName("choose_scan")
        self.choose_scan_button.setAutoDefault(False)  # Enter saves, it never picks a file
        self.choose_scan_button.setAccessibleName(self.tr("Choose the scanned document"))
        self.choose_scan_button.clicked.connect(self.choose_scan)
        scan = QWidget()
        scan_row = QHBoxLayout(scan)
        scan_row.setContentsMargins(0, 0, 0, 0)
        scan_row.addWidget(self.scan_path)
        scan_row.addWidget(self.choose_scan_button)
        scan.setFocusProxy(self.scan_path)
        self.facilitated_by = QLineEdit()
        self.notes = _notes_box()

        # check_agreement names the title "name": the problem shows beside the title.
        self.form.add("name", self.tr("&Title:"), self.title)
        self.form.add("kind", self.tr("&Kind:"), self.kind)
        self.form.add("signed_on", self.tr("&Signed on:"), self.signed_on)
        self.form.add("valid_until", self.tr("&Valid until:"), self.valid_until)
        self.form.add("status", self.tr("Stat&us:"), self.status)
        self.form.add("areas", self.tr("Areas of coo&peration (comma separated):"), self.areas)
        self.form.add("document_reference", self.tr("&Document reference:"),
                      self.document_reference)  # fmt: skip
        self.form.add("scan_path", self.tr("Sc&an of the document:"), scan)
        self.scan_path.setAccessibleName(self.tr("Scan of the document"))
        self.form.add("facilitated_by", self.tr("&Facilitated by:"), self.facilitated_by)
        self.form.add("notes", self.tr("N&otes:"), self.notes)
        self._finish_layout(heading)

        if agreement is None or agreement.id is None:
            self.setWindowTitle(self.tr("New agreement"))
        else:
            self.setWindowTitle(self.tr("Agreement «%1»").replace("%1", agreement.title))
        self._show(agreement or Agreement(partner_id=partner.id, kind=AgreementType.MEMORANDUM,
                                          title=""))  # fmt: skip
        self.form.show_beginnings()
        self.title.setFocus()

    def _show(self, record: Agreement) -> None:
        if record.id is not None:
            self.agreement = record
        self.title.setText(record.title)
        forms.choose(self.kind, record.kind)
        forms.set_date(self.signed_on, record.signed_on)
        forms.set_date(self.valid_until, record.valid_until)
        forms.choose(self.status, record.status)
        self.areas.setText(", ".join(record.areas))
        self.document_reference.setText(record.document_reference)
        self.scan_path.setText(record.scan_path)
        self.facilitated_by.setText(record.facilitated_by)
        self.notes.setPlainText(record.notes)
        self._remember_unchanged()

    def _current(self) -> Agreement:
        assert self.partner.id is not None
        base = self.agreement or Agreement(partner_id=self.partner.id,
                                           kind=AgreementType.MEMORANDUM, title="")  # fmt: skip
        return replace(
            base,
            title=self.title.text().strip(),
            kind=AgreementType(self.kind.currentData()),
            signed_on=forms.date_of(self.signed_on),
            valid_until=forms.date_of(self.valid_until),
            status=AgreementStatus(self.status.currentData()),
            areas=areas_of(self.areas.text()),
            document_reference=self.document_reference.text().strip(),
            scan_path=self.scan_path.text().strip(),
            facilitated_by=self.facilitated_by.text().strip(),
            notes=self.notes.toPlainText().strip(),
        )

    def _store(self, record: Agreement) -> Agreement:
        ops = agreement_ops(self._bench)
        edits = self._bench.edits
        if self.agreement is None or self.agreement.id is None:
            text = self.tr("Add agreement «%1»").replace("%1", record.title)
            return edits.create(ops, text, record)
        text = self.tr("Change agreement «%1»").replace("%1", record.title)
        return edits.edit(ops, text, self.agreement, record)

    def _fetch_again(self) -> Agreement:
        assert self.agreement is not None and self.agreement.id is not None
        return get_agreement(self._bench.db, self.agreement.id)

    def choose_scan(self) -> None:
        """Pick the scanned document's file; its path is kept, the file stays where it is."""
        current = self.scan_path.text().strip()
        start = str(Path(current).parent) if current else str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Scan of the document"), start,
            self.tr("Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"),
        )  # fmt: skip
        if path:
            self.scan_path.setText(path)
        self.scan_path.setFocus()
