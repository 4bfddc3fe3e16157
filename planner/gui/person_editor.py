"""The card of one person: names in Cyrillic and Latin, position, organisation, contacts and, set
apart and shaded, the personal data that never leaves the office unasked (phone, dietary and
accessibility needs, passport, birth date); for a person already known, the delegations they
took part in. Saving is one undoable change; closing with unsaved changes asks first."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError, StaleEditError, ValidationError
from planner.domain.records import Person
from planner.domain.rules import COUNTRY_CODES
from planner.gui import forms
from planner.gui.edits import RecordOps
from planner.gui.workbench import Workbench
from planner.services.partners import list_partners
from planner.services.people import (
    delegations_of_person,
    delete_person,
    get_person,
    restore_person,
    save_person,
)

Key = tuple[Qt.Key, Qt.KeyboardModifier]
NO_MODIFIER = Qt.KeyboardModifier.NoModifier

# The fields of a person typed on one line, each shown by the dialog's attribute of that name.
LINE_FIELDS = ("family_name", "given_names", "family_name_latin", "given_names_latin",
               "honorific", "position", "position_en", "organisation", "email", "phone",
               "dietary_needs", "accessibility_needs", "passport_name", "passport_number")  # fmt: skip


def person_ops(bench: Workbench) -> RecordOps[Person]:
    db = bench.db
    return RecordOps(
        save=lambda p: save_person(db, p),
        delete=lambda i, v: delete_person(db, i, v),
        restore=lambda i: restore_person(db, i),
    )


def person_name(person: Person) -> str:
    """The name the officer knows the person by: Cyrillic first, else Latin."""
    return person.display_name or person.latin_name or person.family_name_latin


def is_latin(text: str) -> bool:
    """True when ``text`` has letters and none of them Cyrillic (a guest's own spelling)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and not any("\u0400" <= c <= "\u04ff" for c in letters)


class KeyActions(QObject):
    """Keys a list or table answers itself (Enter opens, Delete deletes, Ctrl+Up moves up…),
    before the window's shortcuts or a dialog's default button can take them."""

    def __init__(self, view: QWidget, actions: Mapping[Key, Callable[[], object]]) -> None:
        super().__init__(view)
        self._actions = dict(actions)
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        assert isinstance(event, QKeyEvent)
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        action = self._actions.get((Qt.Key(event.key()), Qt.KeyboardModifier(modifiers)))
        if action is None:
            return False
        event.accept()
        if kind == QEvent.Type.KeyPress:
            action()
        return True


def enter_keys(action: Callable[[], object]) -> dict[Key, Callable[[], object]]:
    """Return and the keypad's Enter, both doing ``action``."""
    return {(Qt.Key.Key_Return, NO_MODIFIER): action, (Qt.Key.Key_Enter, NO_MODIFIER): action}


def tab_chain(widgets: Iterable[QWidget]) -> None:
    """Tab moves through ``widgets`` in this order (the order the form reads in)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def country_combo(empty: bool) -> QComboBox:
    """A country typed or chosen by its ISO code; ``empty`` allows "none"."""
    combo = QComboBox()
    combo.setEditable(True)
    if empty:
        combo.addItem("")
    combo.addItems(sorted(COUNTRY_CODES))
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMaximumWidth(120)
    return combo


class PersonDialog(QDialog):
    """``PersonDialog(bench, person)``: ``None`` (or a person without id, e.g. with the surname
    typed elsewhere) makes a new one. After a save, ``saved`` holds the person as stored."""

    def __init__(self, bench: Workbench, person: Person | None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("person_dialog")
        self._bench = bench
        self._ops = person_ops(bench)
        self.loaded: Person = person if person is not None else Person(family_name="")
        self.saved: Person | None = None

        columns = QHBoxLayout()
        columns.addLayout(self._main_form(), 4)
        side = QVBoxLayout()
        side.addWidget(self._personal_group())
        side.addLayout(self._delegations_part(), 1)
        columns.addLayout(side, 3)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save_person")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel_person")
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.buttons)
        self._set_tab_order()
        self._show(self.loaded)
        self.resize(1120, 640)

    # Building the form

    def _main_form(self) -> QFormLayout:
        layout = QFormLayout()
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = forms.Form(layout)
        self.family_name = QLineEdit()
        self.given_names = QLineEdit()
        self.family_name_latin = QLineEdit()
        self.given_names_latin = QLineEdit()
        self.honorific = QLineEdit()
        self.honorific.setPlaceholderText(self.tr("e.g. Mr, Ms, Dr"))
        self.position = QLineEdit()
        self.position_en = QLineEdit()
        self.organisation = QLineEdit()
        self.partner = QComboBox()
        self.country = country_combo(empty=True)
        self.languages = QLineEdit()
        self.languages.setPlaceholderText(self.tr("comma separated, e.g. uk, en, de"))
        self.email = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        add = self.form.add
        add("family_name", self.tr("Sur&name:"), self.family_name)
        add("given_names", self.tr("&Given names:"), self.given_names)
        add("family_name_latin", self.tr("Surname (&Latin):"), self.family_name_latin)
        add("given_names_latin", self.tr("Given names (Lat&in):"), self.given_names_latin)
        add("honorific", self.tr("Hono&rific:"), self.honorific)
        add("position", self.tr("&Position (Ukrainian):"), self.position)
        add("position_en", self.tr("Position (&English):"), self.position_en)
        add("organisation", self.tr("&Organisation:"), self.organisation)
        add("partner_id", self.tr("P&artner:"), self.partner)
        add("country", self.tr("&Country (ISO code):"), self.country)
        add("languages", self.tr("Lang&uages:"), self.languages)
        add("email", self.tr("E-&mail:"), self.email)
        add("notes", self.tr("No&tes:"), self.notes)
        return layout

    def _personal_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Personal data"))
        group.setObjectName("personal_data")
        outer = QVBoxLayout(group)
        explanation = QLabel(self.tr(
            "The shaded fields are personal data protected by law: they stay in the office "
            "and are left out of lists and exports that leave it unless you ask for them."
        ))  # fmt: skip
        explanation.setObjectName("personal_data_explanation")
        explanation.setWordWrap(True)
        outer.addWidget(explanation)
        layout = QFormLayout()
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(layout)
        self.personal = forms.Form(layout)
        self.phone = QLineEdit()
        self.dietary_needs = QLineEdit()
        self.accessibility_needs = QLineEdit()
        self.passport_name = QLineEdit()
        self.passport_number = QLineEdit()
        self.passport_country = country_combo(empty=True)
        self.passport_expires_on = forms.date_edit(optional=True)
        self.birth_date = forms.date_edit(optional=True)
        add = self.personal.add
        add("phone", self.tr("P&hone:"), self.phone, personal=True)
        add("dietary_needs", self.tr("&Dietary needs:"), self.dietary_needs, personal=True)
        add("accessibility_needs", self.tr("Accessi&bility needs:"), self.accessibility_needs,
            personal=True)  # fmt: skip
        add("passport_name", self.tr("&Full name in passport:"), self.passport_name,
            personal=True)  # fmt: skip
        add("passport_number", self.tr("Passport numbe&r:"), self.passport_number,
            personal=True)  # fmt: skip
        add("passport_country", self.tr("Passport countr&y:"), self.passport_country,
            personal=True)  # fmt: skip
        add("passport_expires_on", self.tr("Passport &valid until:"), self.passport_expires_on,
            personal=True)  # fmt: skip
        add("birth_date", self.tr("Date of birt&h:"), self.birth_date, personal=True)
        return group

    def _delegations_part(self) -> QVBoxLayout:
        layout = QVBoxLayout()
        self.delegations_label = QLabel(self.tr("Dele&gations of this person:"))
        self.delegations = QListWidget()
        self.delegations.setObjectName("person_delegations")
        self.delegations.setAccessibleName(self.tr("Delegations of this person"))
        self.delegations.setToolTip(self.tr("Enter or a double click opens the delegation"))
        self.delegations_label.setBuddy(self.delegations)
        self.delegations.itemDoubleClicked.connect(self._open_delegation)
        KeyActions(self.delegations, enter_keys(
            lambda: self._open_delegation(self.delegations.currentItem())
        ))  # fmt: skip
        layout.addWidget(self.delegations_label)
        layout.addWidget(self.delegations, 1)
        return layout

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [*self.form.inputs.values(), *self.personal.inputs.values(),
                                self.delegations, self.save_button, self.cancel_button]  # fmt: skip
        tab_chain(chain)

    # Showing and reading a person

    def _fill_partners(self, chosen: int | None) -> None:
        lang = self._bench.language
        self.partner.clear()
        self.partner.addItem(self.tr("(none)"), None)
        for row in list_partners(self._bench.db):
            self.partner.addItem(row.name_en if lang == "en" and row.name_en else row.name_uk,
                                 row.id)  # fmt: skip
        if chosen is not None and self.partner.findData(chosen) < 0:
            # A partner deleted since stays the person's until the officer chooses another.
            self.partner.addItem(self.tr("(deleted partner)"), chosen)
        forms.choose(self.partner, chosen)

    def _show(self, person: Person) -> None:
        self.loaded = person
        for field in LINE_FIELDS:
            self._line(field).setText(getattr(person, field))
        self._fill_partners(person.partner_id)
        self.country.setCurrentText(person.country)
        self.passport_country.setCurrentText(person.passport_country)
        self.languages.setText(", ".join(person.languages))
        self.notes.setPlainText(person.notes)
        forms.set_date(self.passport_expires_on, person.passport_expires_on)
        forms.set_date(self.birth_date, person.birth_date)
        self.form.clear_problems()
        self.personal.clear_problems()
        self.form.show_beginnings()
        self.personal.show_beginnings()
        self._fill_delegations(person)
        if person.id is None:
            self.setWindowTitle(self.tr("New person"))
        else:
            self.setWindowTitle(self.tr("Person «%1»").replace("%1", person_name(person)))

    def _fill_delegations(self, person: Person) -> None:
        known = person.id is not None
        self.delegations_label.setVisible(known)
        self.delegations.setVisible(known)
        self.delegations.clear()
        if person.id is None:
            return
        found = delegations_of_person(self._bench.db, person.id)
        for delegation_id, title in found:
            item = QListWidgetItem(title, self.delegations)
            item.setData(Qt.ItemDataRole.UserRole, delegation_id)
            item.setToolTip(title)
        if not found:
            empty = QListWidgetItem(self.tr("No delegations yet"), self.delegations)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
        else:
            self.delegations.setCurrentRow(0)

    def entered(self) -> Person:
        """The person as the form shows it now."""
        text = {field: self._line(field).text().strip() for field in LINE_FIELDS}
        languages = tuple(part.strip() for part in self.languages.text().split(",") if part.strip())
        return replace(
            self.loaded, **text, partner_id=self.partner.currentData(),
            country=self.country.currentText().strip().upper(),
            passport_country=self.passport_country.currentText().strip().upper(),
            languages=languages, notes=self.notes.toPlainText().strip(),
            passport_expires_on=forms.date_of(self.passport_expires_on),
            birth_date=forms.date_of(self.birth_date),
        )  # fmt: skip

    def _line(self, field: str) -> QLineEdit:
        widget = getattr(self, field)
        assert isinstance(widget, QLineEdit)
        return widget

    def has_unsaved_changes(self) -> bool:
        return self.entered() != self.loaded

    # Actions

    def save(self) -> bool:
        """Save as one undoable change and close; False (the dialog stays) when refused."""
        wanted = self.entered()
        if wanted == self.loaded and wanted.id is not None:
            self.saved = self.loaded
            self.accept()
            return True
        lang = self._bench.language
        edits = self._bench.edits
        name = person_name(wanted)
        try:
            if wanted.id is None:
                saved = edits.create(self._ops, self.tr("Add person «%1»").replace("%1", name),
                                     wanted)  # fmt: skip
            else:
                saved = edits.edit(self._ops, self.tr("Edit person «%1»").replace("%1", name),
                                   self.loaded, wanted)  # fmt: skip
        except ValidationError as problem:
            forms.show_problems_in(self, (self.form, self.personal), problem, lang)
            return False
        except StaleEditError as problem:
            if forms.offer_reload(self, problem, lang):
                self.reload()
            return False
        except PlannerError as problem:
            forms.show_problem(self, problem, lang)
            return False
        self.saved = saved
        self.accept()
        return True

    def reload(self) -> None:
        """Show the person as stored now (the officer's changes here are dropped)."""
        if self.loaded.id is None:
            return
        try:
            self._show(get_person(self._bench.db, self.loaded.id))
        except PlannerError as problem:  # deleted meanwhile: nothing left to edit
            forms.show_problem(self, problem, self._bench.language)
            super().reject()

    def reject(self) -> None:
        """Cancel, Escape and closing the window: ask first when something was changed."""
        if forms.may_close(self, self.has_unsaved_changes(), self.save):
            super().reject()

    def _open_delegation(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        delegation_id = item.data(Qt.ItemDataRole.UserRole)
        if delegation_id is not None:
            self._bench.open_delegation(int(delegation_id))
