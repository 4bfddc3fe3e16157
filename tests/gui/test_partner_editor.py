"""The partner and agreement editors as the officer drives them: typing, saving, cancelling,
problems beside the fields, a save refused because someone else changed the record."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDateEdit,
    QDialog,
    QLabel,
    QMessageBox,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from planner.domain.enums import AgreementStatus, AgreementType, PartnerKind
from planner.domain.records import Agreement, Partner
from planner.gui import partner_editor
from planner.gui.forms import date_of
from planner.gui.partner_editor import AgreementDialog, PartnerDialog
from planner.gui.workbench import Workbench
from planner.services.partners import (
    get_agreement,
    get_partner,
    list_agreements,
    list_partners,
    save_agreement,
    save_partner,
)
from tests.gui.helpers import type_text

pytestmark = pytest.mark.gui

Answer = QMessageBox.StandardButton | QMessageBox.ButtonRole


def answer_next_box(answer: Answer, seen: list[str] | None = None) -> None:
    """Click ``answer`` (a standard button, or the button of that role) in the next modal
    message box; its text is added to ``seen``."""

    def click(tries: int = 50) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            assert tries > 0, "no message box came up"
            QTimer.singleShot(20, lambda: click(tries - 1))
            return
        if seen is not None:
            seen.append(box.text())
        button: QAbstractButton | None
        if isinstance(answer, QMessageBox.StandardButton):
            button = box.button(answer)
        else:
            button = next(b for b in box.buttons() if box.buttonRole(b) == answer)
        assert button is not None
        button.click()

    QTimer.singleShot(0, click)


def prague(workbench: Workbench) -> Partner:
    (row,) = list_partners(workbench.db, "Прага 6")
    return get_partner(workbench.db, row.id)


def shown(qtbot: QtBot, dialog: QDialog) -> None:
    # Left open with changes, a dialog would ask about them when the test closes it.
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def replace_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Select what the input holds and type over it, as a user does."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(widget, text)


def type_date(qtbot: QtBot, edit: QDateEdit, digits: str) -> None:
    """Type a date as DDMMYYYY: the date input moves from day to month to year by itself."""
    edit.setFocus()
    for digit in digits:
        qtbot.keyClick(edit, digit)


def undo_steps(workbench: Workbench) -> int:
    return workbench.edits.stack.count()


# A partner


def test_a_new_partner_typed_in_cyrillic_is_saved_and_undoable(
    qtbot: QtBot, workbench: Workbench
) -> None:
    dialog = PartnerDialog(workbench, None)
    shown(qtbot, dialog)
    assert dialog.name_uk.hasFocus()

    type_text(dialog.name_uk, "Сілістра")
    type_text(dialog.name_en, "Silistra")
    type_text(dialog.name_native, "Силистра")
    dialog.kind.setFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Home)  # місто, the first kind
    replace_text(qtbot, dialog.country.lineEdit(), "bg")
    type_text(dialog.city, "Сілістра")
    type_text(dialog.website, "https://www.silistra.bg")
    type_text(dialog.notes, "Культурний меморандум 2024 року")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert dialog.saved is not None and dialog.saved.id is not None
    stored = get_partner(workbench.db, dialog.saved.id)
    assert stored == dialog.saved
    assert (stored.name_uk, stored.name_en, stored.name_native, stored.kind, stored.country,
            stored.city, stored.website, stored.notes) == (
        "Сілістра", "Silistra", "Силистра", PartnerKind.CITY, "BG", "Сілістра",
        "https://www.silistra.bg", "Культурний меморандум 2024 року")  # fmt: skip
    assert "Сілістра" in workbench.edits.stack.undoText()

    workbench.edits.stack.undo()
    assert [p.name_uk for p in list_partners(workbench.db)] == ["Прага 6"]
    workbench.edits.stack.redo()
    assert [p.name_uk for p in list_partners(workbench.db)] == ["Прага 6", "Сілістра"]


def test_enter_saves_a_changed_partner_and_undo_puts_it_back(
    qtbot: QtBot, workbench: Workbench
) -> None:
    before = prague(workbench)
    dialog = PartnerDialog(workbench, before)
    shown(qtbot, dialog)
    assert dialog.name_en.text() == "Prague 6" and dialog.country.currentText() == "CZ"

    dialog.kind.setFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_End)  # орган влади, the last kind
    type_text(dialog.website, "https://www.praha6.cz")
    qtbot.keyClick(dialog.website, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    after = get_partner(workbench.db, before.id)  # type: ignore[arg-type]
    assert (after.website, after.kind, after.version) == (
        "https://www.praha6.cz", PartnerKind.GOVERNMENT, before.version + 1)  # fmt: skip
    workbench.edits.stack.undo()
    assert replace(get_partner(workbench.db, before.id), version=0) == replace(before, version=0)  # type: ignore[arg-type]


def test_an_empty_name_is_shown_beside_the_field_and_nothing_is_written(
    qtbot: QtBot, workbench: Workbench
) -> None:
    dialog = PartnerDialog(workbench, None)
    shown(qtbot, dialog)
    type_text(dialog.name_en, "Lublin")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    message = "Поле «Назва (укр.)» не може бути порожнім."
    assert dialog.form.problem_text("name_uk") == message
    problem = dialog.findChild(QLabel, "name_uk_problem")
    assert problem is not None and problem.isVisible()
    assert dialog.name_uk.hasFocus()
    assert dialog.name_uk.accessibleDescription() == message
    assert [p.name_uk for p in list_partners(workbench.db)] == ["Прага 6"]
    assert undo_steps(workbench) == 0

    type_text(dialog.name_uk, "Люблін")
    replace_text(qtbot, dialog.country.lineEdit(), "PL")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert [p.name_uk for p in list_partners(workbench.db)] == ["Люблін", "Прага 6"]


def test_an_unknown_country_and_a_namesake_are_shown_beside_their_fields(
    qtbot: QtBot, workbench: Workbench
) -> None:
    dialog = PartnerDialog(workbench, None)
    shown(qtbot, dialog)
    type_text(dialog.name_uk, "прага 6")
    replace_text(qtbot, dialog.country.lineEdit(), "XX")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "XX" in dialog.form.problem_text("country")

    replace_text(qtbot, dialog.country.lineEdit(), "CZ")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.form.problem_text("country") == ""
    assert dialog.form.problem_text("name_uk") == "Запис «прага 6» уже існує (Назва (укр.))."
    assert len(list_partners(workbench.db)) == 1 and undo_steps(workbench) == 0


def test_escape_closes_an_unchanged_dialog_without_asking(
    qtbot: QtBot, workbench: Workbench
) -> None:
    dialog = PartnerDialog(workbench, prague(workbench))
    shown(qtbot, dialog)
    qtbot.keyClick(dialog.name_uk, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.saved is None


def test_cancel_with_changes_asks_and_can_keep_editing_or_discard(
    qtbot: QtBot, workbench: Workbench
) -> None:
    before = prague(workbench)
    dialog = PartnerDialog(workbench, before)
    shown(qtbot, dialog)
    type_text(dialog.city, "Прага")

    asked: list[str] = []
    answer_next_box(QMessageBox.StandardButton.Cancel, asked)
    qtbot.keyClick(dialog.city, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dialog.isVisible()
    assert dialog.city.text() == "Прага"

    answer_next_box(QMessageBox.StandardButton.Discard, asked)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2 and not dialog.isVisible()
    assert get_partner(workbench.db, before.id) == before  # type: ignore[arg-type]
    assert undo_steps(workbench) == 0


def test_cancel_with_changes_can_save_them(qtbot: QtBot, workbench: Workbench) -> None:
    before = prague(workbench)
    dialog = PartnerDialog(workbench, before)
    shown(qtbot, dialog)
    type_text(dialog.city, "Прага")
    answer_next_box(QMessageBox.StandardButton.Save)
    qtbot.keyClick(dialog.city, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert get_partner(workbench.db, before.id).city == "Прага"  # type: ignore[arg-type]


def test_a_stale_save_offers_a_reload_and_writes_nothing(
    qtbot: QtBot, workbench: Workbench
) -> None:
    before = prague(workbench)
    dialog = PartnerDialog(workbench, before)
    shown(qtbot, dialog)
    # Another officer saves the partner meanwhile.
    theirs = save_partner(workbench.db, replace(before, city="Прага", notes="від колеги"))

    type_text(dialog.website, "https://www.praha6.cz")
    offered: list[str] = []
    answer_next_box(QMessageBox.ButtonRole.RejectRole, offered)  # keep editing
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert offered == [f"Партнера №{before.id} тим часом змінив інший користувач. "
                       "Оновіть запис і внесіть зміни знову."]  # fmt: skip
    assert dialog.isVisible() and dialog.website.text() == "https://www.praha6.cz"
    assert get_partner(workbench.db, before.id) == theirs  # type: ignore[arg-type]
    assert undo_steps(workbench) == 0

    answer_next_box(QMessageBox.ButtonRole.AcceptRole)  # reload
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert get_partner(workbench.db, before.id) == theirs  # type: ignore[arg-type]
    assert (dialog.city.text(), dialog.notes.toPlainText(), dialog.website.text()) == (
        "Прага", "від колеги", "")  # fmt: skip

    # Saving after the reload is based on their version.
    type_text(dialog.website, "https://www.praha6.cz")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    stored = get_partner(workbench.db, before.id)  # type: ignore[arg-type]
    assert (stored.city, stored.website) == ("Прага", "https://www.praha6.cz")


def test_every_input_has_a_label_with_a_mnemonic_and_tab_follows_the_form(
    qtbot: QtBot, workbench: Workbench
) -> None:
    dialog = PartnerDialog(workbench, None)
    shown(qtbot, dialog)
    labels = {label.buddy(): label for label in dialog.findChildren(QLabel) if label.buddy()}
    order = [dialog.name_uk, dialog.name_en, dialog.name_native, dialog.kind, dialog.country,
             dialog.city, dialog.website, dialog.notes]  # fmt: skip
    for widget in order:
        assert widget in labels, widget.objectName()
        assert "&" in labels[widget].text()
        assert widget.accessibleName() == labels[widget].text().replace("&", "")
    mnemonics = [labels[w].text().split("&")[1][0].lower() for w in order]
    assert len(set(mnemonics)) == len(mnemonics)

    focused = []
    for _widget in order:
        focus = QApplication.focusWidget()
        focused.append(focus.parent() if focus is dialog.country.lineEdit() else focus)
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    assert focused == order


# An agreement


def test_a_new_agreement_is_saved_with_its_dates_and_areas(
    qtbot: QtBot, workbench: Workbench, monkeypatch: pytest.MonkeyPatch
) -> None:
    partner = prague(workbench)
    dialog = AgreementDialog(workbench, partner, None)
    shown(qtbot, dialog)
    assert dialog.title.hasFocus()
    assert date_of(dialog.signed_on) is None and date_of(dialog.valid_until) is None

    type_text(dialog.title, "Меморандум про шкільне партнерство")
    type_date(qtbot, dialog.signed_on, "06032024")
    type_date(qtbot, dialog.valid_until, "06032029")
    type_text(dialog.areas, "освіта,  молодь , ")
    type_text(dialog.document_reference, "№ 12-03/45 від 06.03.2024")
    monkeypatch.setattr(
        partner_editor.QFileDialog, "getOpenFileName",
        staticmethod(lambda *args: ("/docs/memorandum-praha6.pdf", "")),
    )  # fmt: skip
    qtbot.mouseClick(dialog.choose_scan_button, Qt.MouseButton.LeftButton)
    assert dialog.scan_path.hasFocus()
    type_text(dialog.facilitated_by, "Посольство України в Чеській Республіці")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    (stored,) = list_agreements(workbench.db, partner.id)
    assert stored == dialog.saved
    assert (stored.title, stored.kind, stored.signed_on, stored.valid_until, stored.areas,
            stored.status, stored.document_reference, stored.scan_path,
            stored.facilitated_by) == (
        "Меморандум про шкільне партнерство", AgreementType.MEMORANDUM, date(2024, 3, 6),
        date(2029, 3, 6), ("освіта", "молодь"), AgreementStatus.IN_FORCE,
        "№ 12-03/45 від 06.03.2024", "/docs/memorandum-praha6.pdf",
        "Посольство України в Чеській Республіці")  # fmt: skip
    assert "Меморандум про шкільне партнерство" in workbench.edits.stack.undoText()
    workbench.edits.stack.undo()
    assert list_agreements(workbench.db, partner.id) == []
    workbench.edits.stack.redo()
    assert [a.id for a in list_agreements(workbench.db, partner.id)] == [stored.id]


def test_valid_until_before_signing_is_shown_beside_the_field_and_nothing_is_written(
    qtbot: QtBot, workbench: Workbench
) -> None:
    partner = prague(workbench)
    dialog = AgreementDialog(workbench, partner, None)
    shown(qtbot, dialog)
    type_text(dialog.title, "Угода про побратимство")
    type_date(qtbot, dialog.signed_on, "12062017")
    type_date(qtbot, dialog.valid_until, "11062017")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.form.problem_text("valid_until") == "«Чинна до» не може бути раніше за початок."
    assert dialog.valid_until.hasFocus()
    assert list_agreements(workbench.db) == [] and undo_steps(workbench) == 0

    # Emptying "valid until" (an agreement with no end) saves it.
    dialog.valid_until.setFocus()
    qtbot.keyClick(dialog.valid_until, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.valid_until, Qt.Key.Key_Delete)
    assert date_of(dialog.valid_until) is None
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    (stored,) = list_agreements(workbench.db)
    assert (stored.signed_on, stored.valid_until) == (date(2017, 6, 12), None)


def test_an_empty_title_is_shown_beside_the_title(qtbot: QtBot, workbench: Workbench) -> None:
    dialog = AgreementDialog(workbench, prague(workbench), None)
    shown(qtbot, dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.form.problem_text("name") == "Поле «Назва» не може бути порожнім."
    assert dialog.title.hasFocus() and list_agreements(workbench.db) == []


def test_changing_an_agreement_and_a_stale_save_of_it(qtbot: QtBot, workbench: Workbench) -> None:
    partner = prague(workbench)
    assert partner.id is not None
    before = save_agreement(workbench.db, Agreement(
        partner_id=partner.id, kind=AgreementType.TWINNING, title="Угода про побратимство",
        signed_on=date(2017, 6, 12), areas=("культура",),
    ))  # fmt: skip
    dialog = AgreementDialog(workbench, partner, before)
    shown(qtbot, dialog)
    assert (dialog.title.text(), dialog.areas.text(), date_of(dialog.signed_on)) == (
        "Угода про побратимство", "культура", date(2017, 6, 12))  # fmt: skip
    dialog.areas.setFocus()
    qtbot.keyClick(dialog.areas, Qt.Key.Key_End)  # to add after what is there
    type_text(dialog.areas, ", спорт")
    dialog.status.setFocus()
    qtbot.keyClick(dialog.status, Qt.Key.Key_End)  # розірвана
    qtbot.keyClick(dialog.status, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    changed = get_agreement(workbench.db, before.id)  # type: ignore[arg-type]
    assert (changed.areas, changed.status) == (("культура", "спорт"), AgreementStatus.TERMINATED)

    # A second dialog on the old version: its save is refused, nothing is written.
    stale = AgreementDialog(workbench, partner, before)
    shown(qtbot, stale)
    type_text(stale.notes, "застаріле")
    offered: list[str] = []
    answer_next_box(QMessageBox.ButtonRole.AcceptRole, offered)  # reload
    qtbot.mouseClick(stale.save_button, Qt.MouseButton.LeftButton)
    assert len(offered) == 1 and stale.isVisible()
    assert get_agreement(workbench.db, before.id) == changed  # type: ignore[arg-type]
    assert (stale.areas.text(), stale.notes.toPlainText()) == ("культура, спорт", "")
    assert undo_steps(workbench) == 1


def test_an_agreement_of_a_partner_deleted_meanwhile_is_refused(
    qtbot: QtBot, workbench: Workbench
) -> None:
    partner = prague(workbench)
    dialog = AgreementDialog(workbench, partner, None)
    shown(qtbot, dialog)
    from planner.services.partners import delete_partner

    delete_partner(workbench.db, partner.id, partner.version)  # type: ignore[arg-type]
    type_text(dialog.title, "Меморандум")
    told: list[str] = []
    answer_next_box(QMessageBox.StandardButton.Ok, told)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert told == [f"Партнера №{partner.id} не знайдено."]
    assert dialog.isVisible() and list_agreements(workbench.db) == []


def test_agreement_inputs_are_labelled(qtbot: QtBot, workbench: Workbench) -> None:
    dialog = AgreementDialog(workbench, prague(workbench), None)
    shown(qtbot, dialog)
    labels = {label.buddy(): label for label in dialog.findChildren(QLabel) if label.buddy()}
    inputs: list[Callable[[], QWidget]] = [
        lambda: dialog.title, lambda: dialog.kind, lambda: dialog.signed_on,
        lambda: dialog.valid_until, lambda: dialog.status, lambda: dialog.areas,
        lambda: dialog.document_reference, lambda: dialog.facilitated_by, lambda: dialog.notes,
    ]  # fmt: skip
    mnemonics = set()
    for get in inputs:
        widget = get()
        assert widget in labels and widget.accessibleName()
        mnemonics.add(labels[widget].text().split("&")[1][0].lower())
    scan_label = next(label for label in labels.values()
                      if label.buddy().focusProxy() is dialog.scan_path)  # fmt: skip
    mnemonics.add(scan_label.text().split("&")[1][0].lower())
    assert dialog.scan_path.accessibleName()
    assert len(mnemonics) == len(inputs) + 1


@pytest.mark.qt_log_ignore("This plugin does not support")  # popups, offscreen
def test_the_calendar_of_an_empty_date_opens_on_today(qtbot: QtBot, workbench: Workbench) -> None:
    dialog = AgreementDialog(workbench, prague(workbench), None)
    shown(qtbot, dialog)
    edit = dialog.signed_on
    arrow = QPoint(edit.width() - 8, edit.height() // 2)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=arrow)
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    assert calendar.selectedDate() == QDate.currentDate()
    days = calendar.findChild(QTableView, "qt_calendar_calendarview")
    qtbot.keyClick(days, Qt.Key.Key_Right)
    qtbot.keyClick(days, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert date_of(dialog.signed_on) == date.today() + timedelta(days=1)
