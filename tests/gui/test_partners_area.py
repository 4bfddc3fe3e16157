"""The Partners area as the officer drives it: finding partners by any of their names, adding,
changing and deleting partners and their agreements, each change undoable."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QTableView
from pytestqt.qtbot import QtBot

from planner.domain.enums import AgreementStatus, AgreementType, PartnerKind
from planner.domain.records import Agreement, Partner
from planner.gui.partner_editor import AgreementDialog, PartnerDialog, partner_ops
from planner.gui.partners_area import (
    AGREEMENTS,
    COUNTRY,
    KIND,
    NAME,
    SIGNED,
    SPLITTER_KEY,
    STATUS,
    TITLE,
    TYPE,
    VALID_UNTIL,
    PartnersArea,
)
from planner.gui.workbench import Workbench
from planner.services.partners import (
    get_partner,
    list_agreements,
    list_partners,
    save_agreement,
    save_partner,
)
from tests.gui.helpers import type_text
from tests.gui.test_partner_editor import answer_next_box

pytestmark = pytest.mark.gui

TWINNING = "Угода про побратимство між містом Хмельницький та міським районом Прага 6"


@pytest.fixture
def area(qtbot: QtBot, workbench: Workbench) -> PartnersArea:
    """The area over partners of the seed year: Prague 6 (from ``visits_db``) with a twinning
    agreement, Silistra with a memorandum, Stuttgart and a foundation without any."""
    db = workbench.db
    (prague,) = list_partners(db, "Прага 6")
    silistra = save_partner(db, Partner(name_uk="Сілістра", name_en="Silistra", country="BG"))
    save_partner(db, Partner(name_uk="Штутгарт", name_en="Stuttgart", country="DE"))
    save_partner(db, Partner(name_uk="Фонд Роберта Боша", name_en="Robert Bosch Foundation",
                             kind=PartnerKind.NGO, country="DE"))  # fmt: skip
    save_agreement(db, Agreement(partner_id=prague.id, kind=AgreementType.TWINNING,
                                 title=TWINNING, signed_on=date(2017, 6, 12)))  # fmt: skip
    assert silistra.id is not None
    save_agreement(db, Agreement(
        partner_id=silistra.id, kind=AgreementType.MEMORANDUM,
        title="Меморандум про співпрацю у сфері культури", signed_on=date(2024, 5, 14),
        valid_until=date(2029, 5, 14), areas=("культура",),
    ))  # fmt: skip
    widget = PartnersArea(workbench)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def names(area: PartnersArea) -> list[str]:
    model = area.partner_model
    return [model.index(row, NAME).data() for row in range(model.rowCount())]


def agreement_titles(area: PartnersArea) -> list[str]:
    model = area.agreement_model
    return [model.index(row, TITLE).data() for row in range(model.rowCount())]


def choose(qtbot: QtBot, area: PartnersArea, name: str) -> None:
    """Click the partner's row."""
    row = names(area).index(name)
    rect = area.partner_table.visualRect(area.partner_model.index(row, NAME))
    qtbot.mouseClick(area.partner_table.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())  # fmt: skip
    assert area.current_partner() is not None and area.current_partner().name_uk == name  # type: ignore[union-attr]


def double_click(qtbot: QtBot, table: QTableView, where: QPoint) -> None:
    """A double click is a click, then a second press that Qt reports as the double click."""
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)


def editor(qtbot: QtBot, area: PartnersArea) -> PartnerDialog | AgreementDialog:
    qtbot.waitUntil(lambda: area.editor is not None and area.editor.isVisible())
    dialog = area.editor
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return dialog


# The lists


def test_partners_are_listed_in_ukrainian_order_with_their_agreement_counts(
    area: PartnersArea,
) -> None:
    model = area.partner_model
    assert names(area) == ["Прага 6", "Сілістра", "Фонд Роберта Боша", "Штутгарт"]
    assert [model.index(1, c).data() for c in (NAME, KIND, COUNTRY, AGREEMENTS)] == [
        "Сілістра", "місто", "BG", "1"]  # fmt: skip
    assert model.index(2, KIND).data() == "громадська організація"
    assert model.index(0, NAME).data(Qt.ItemDataRole.ToolTipRole) == "Prague 6"
    # The first partner is chosen, and its agreements are shown beside it.
    assert area.current_partner().name_uk == "Прага 6"  # type: ignore[union-attr]
    assert agreement_titles(area) == [TWINNING]
    assert "Прага 6" in area.agreements_label.text()


def test_the_agreements_of_the_chosen_partner_read_as_the_officer_writes_dates(
    qtbot: QtBot, area: PartnersArea
) -> None:
    choose(qtbot, area, "Сілістра")
    model = area.agreement_model
    assert [model.index(0, c).data() for c in (TITLE, TYPE, SIGNED, VALID_UNTIL, STATUS)] == [
        "Меморандум про співпрацю у сфері культури", "меморандум", "14 травня 2024",
        "14 травня 2029", "чинна"]  # fmt: skip
    choose(qtbot, area, "Штутгарт")
    assert agreement_titles(area) == []
    assert area.new_agreement_button.isEnabled()
    assert not area.edit_agreement_button.isEnabled()
    assert not area.delete_agreement_button.isEnabled()


@pytest.mark.parametrize(
    ("typed", "found"),
    [("prague", ["Прага 6"]), ("ПРАГА", ["Прага 6"]), ("shtut", ["Штутгарт"]),
     ("bosch", ["Фонд Роберта Боша"]), ("de", ["Фонд Роберта Боша", "Штутгарт"]),
     ("нема такого", [])],
)  # fmt: skip
def test_the_search_filters_as_the_officer_types_in_latin_or_cyrillic(
    area: PartnersArea, typed: str, found: list[str]
) -> None:
    area.search.setFocus()
    type_text(area.search, typed)
    assert names(area) == found
    if found:
        assert area.current_partner().name_uk == found[0]  # type: ignore[union-attr]
    else:
        assert area.current_partner() is None and agreement_titles(area) == []
        assert not area.edit_partner_button.isEnabled()
        assert not area.new_agreement_button.isEnabled()


def test_models_pass_the_model_tester(qtmodeltester, area: PartnersArea) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(area.partner_model)
    qtmodeltester.check(area.agreement_model)


def test_the_splitter_is_remembered(
    qtbot: QtBot, area: PartnersArea, workbench: Workbench, gui_settings: QSettings
) -> None:
    before = area.splitter.sizes()
    handle = area.splitter.handle(1)
    start = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(handle, start + type(start)(-150, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start + type(start)(-150, 0))
    sizes = area.splitter.sizes()
    assert sizes[0] < before[0]
    assert gui_settings.value(SPLITTER_KEY) is not None

    again = PartnersArea(workbench)
    qtbot.addWidget(again)
    again.resize(area.size())
    again.show()
    qtbot.waitExposed(again)
    assert again.splitter.sizes() == sizes


# Partners


def test_a_new_partner_typed_in_cyrillic_is_listed_and_chosen(
    qtbot: QtBot, area: PartnersArea, workbench: Workbench
) -> None:
    qtbot.mouseClick(area.new_partner_button, Qt.MouseButton.LeftButton)
    dialog = editor(qtbot, area)
    assert isinstance(dialog, PartnerDialog)
    type_text(dialog.name_uk, "Ченстохова")
    type_text(dialog.name_en, "Częstochowa")
    dialog.country.lineEdit().selectAll()
    type_text(dialog.country.lineEdit(), "PL")
    qtbot.keyClick(dialog.name_uk, Qt.Key.Key_Return)

    assert area.editor is None
    assert names(area) == ["Прага 6", "Сілістра", "Фонд Роберта Боша", "Ченстохова", "Штутгарт"]
    assert area.current_partner().name_uk == "Ченстохова"  # type: ignore[union-attr]
    assert area.partner_table.hasFocus()
    (stored,) = list_partners(workbench.db, "Częstochowa")
    assert (stored.name_uk, stored.country) == ("Ченстохова", "PL")


def test_a_new_partner_outside_the_search_clears_it_so_that_it_shows(
    qtbot: QtBot, area: PartnersArea
) -> None:
    type_text(area.search, "прага")
    area.partner_table.setFocus()
    qtbot.keyClick(area.partner_table, Qt.Key.Key_Insert)
    dialog = editor(qtbot, area)
    type_text(dialog.name_uk, "Люблін")  # type: ignore[union-attr]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert area.search.text() == ""
    assert area.current_partner().name_uk == "Люблін"  # type: ignore[union-attr]


def test_enter_edits_the_chosen_partner(
    qtbot: QtBot, area: PartnersArea, workbench: Workbench
) -> None:
    choose(qtbot, area, "Штутгарт")
    qtbot.keyClick(area.partner_table, Qt.Key.Key_Return)
    dialog = editor(qtbot, area)
    assert isinstance(dialog, PartnerDialog) and dialog.name_uk.text() == "Штутгарт"
    type_text(dialog.city, "Штутгарт")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    (row,) = list_partners(workbench.db, "Stuttgart")
    assert get_partner(workbench.db, row.id).city == "Штутгарт"
    assert area.current_partner().id == row.id  # type: ignore[union-attr]
    workbench.edits.stack.undo()
    assert get_partner(workbench.db, row.id).city == ""


def test_a_double_click_edits_the_partner(qtbot: QtBot, area: PartnersArea) -> None:
    row = names(area).index("Сілістра")
    rect = area.partner_table.visualRect(area.partner_model.index(row, KIND))
    double_click(qtbot, area.partner_table, rect.center())
    dialog = editor(qtbot, area)
    assert isinstance(dialog, PartnerDialog) and dialog.name_uk.text() == "Сілістра"
    qtbot.keyClick(dialog.name_uk, Qt.Key.Key_Escape)
    assert area.editor is None


def test_delete_asks_naming_the_partner_and_undo_and_redo_follow(
    qtbot: QtBot, area: PartnersArea, workbench: Workbench
) -> None:
    choose(qtbot, area, "Сілістра")
    asked: list[str] = []
    answer_next_box(QMessageBox.StandardButton.Cancel, asked)
    qtbot.keyClick(area.partner_table, Qt.Key.Key_Delete)
    assert len(asked) == 1 and "«Сілістра»" in asked[0]
    assert "Сілістра" in names(area)

    answer_next_box(QMessageBox.ButtonRole.DestructiveRole)
    qtbot.mouseClick(area.delete_partner_button, Qt.MouseButton.LeftButton)
    assert names(area) == ["Прага 6", "Фонд Роберта Боша", "Штутгарт"]
    assert [p.name_uk for p in list_partners(workbench.db)] == names(area)
    assert "Сілістра" in workbench.edits.stack.undoText()

    workbench.edits.stack.undo()
    assert names(area) == ["Прага 6", "Сілістра", "Фонд Роберта Боша", "Штутгарт"]
    choose(qtbot, area, "Сілістра")
    assert agreement_titles(area) == ["Меморандум про співпрацю у сфері культури"]
    workbench.edits.stack.redo()
    assert "Сілістра" not in names(area)
    assert [p.name_uk for p in list_partners(workbench.db)] == names(area)


# Agreements


def test_add_edit_and_delete_an_agreement_each_undoable(
    qtbot: QtBot, area: PartnersArea, workbench: Workbench
) -> None:
    choose(qtbot, area, "Штутгарт")
    stuttgart = area.current_partner()
    assert stuttgart is not None

    # Add
    qtbot.mouseClick(area.new_agreement_button, Qt.MouseButton.LeftButton)
    dialog = editor(qtbot, area)
    assert isinstance(dialog, AgreementDialog)
    type_text(dialog.title, "Меморандум про солідарне партнерство")
    dialog.kind.setFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # from memorandum to solidarity partnership
    dialog.signed_on.setFocus()
    for digit in "30102024":
        qtbot.keyClick(dialog.signed_on, digit)
    type_text(dialog.areas, "енергетика, освіта")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)

    assert agreement_titles(area) == ["Меморандум про солідарне партнерство"]
    assert area.agreement_model.index(0, SIGNED).data() == "30 жовтня 2024"
    assert area.current_agreement().title == "Меморандум про солідарне партнерство"  # type: ignore[union-attr]
    assert area.agreement_table.hasFocus()
    (stored,) = list_agreements(workbench.db, stuttgart.id)
    assert (stored.kind, stored.areas) == (AgreementType.SOLIDARITY_PARTNERSHIP,
                                           ("енергетика", "освіта"))  # fmt: skip
    assert area.partner_model.index(names(area).index("Штутгарт"), AGREEMENTS).data() == "1"

    # Edit, with Enter on the row
    qtbot.keyClick(area.agreement_table, Qt.Key.Key_Return)
    dialog = editor(qtbot, area)
    assert isinstance(dialog, AgreementDialog)
    assert dialog.title.text() == "Меморандум про солідарне партнерство"
    dialog.status.setFocus()
    qtbot.keyClick(dialog.status, Qt.Key.Key_Home)  # чернетка
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert area.agreement_model.index(0, STATUS).data() == "чернетка"
    (changed,) = list_agreements(workbench.db, stuttgart.id)
    assert changed.status == AgreementStatus.DRAFT

    # Delete, with the Delete key
    asked: list[str] = []
    answer_next_box(QMessageBox.ButtonRole.DestructiveRole, asked)
    area.agreement_table.setFocus()
    qtbot.keyClick(area.agreement_table, Qt.Key.Key_Delete)
    assert "«Меморандум про солідарне партнерство»" in asked[0]
    assert agreement_titles(area) == [] and list_agreements(workbench.db, stuttgart.id) == []

    # Undo each step, newest first
    stack = workbench.edits.stack
    stack.undo()
    assert [a.status for a in list_agreements(workbench.db, stuttgart.id)] == [
        AgreementStatus.DRAFT]  # fmt: skip
    assert agreement_titles(area) == ["Меморандум про солідарне партнерство"]
    stack.undo()
    assert list_agreements(workbench.db, stuttgart.id)[0].status == AgreementStatus.IN_FORCE
    assert area.agreement_model.index(0, STATUS).data() == "чинна"
    stack.undo()
    assert list_agreements(workbench.db, stuttgart.id) == [] and agreement_titles(area) == []
    stack.redo()
    assert agreement_titles(area) == ["Меморандум про солідарне партнерство"]


def test_a_double_click_edits_an_agreement(qtbot: QtBot, area: PartnersArea) -> None:
    rect = area.agreement_table.visualRect(area.agreement_model.index(0, TITLE))
    double_click(qtbot, area.agreement_table, rect.center())
    dialog = editor(qtbot, area)
    assert isinstance(dialog, AgreementDialog) and dialog.title.text() == TWINNING
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert area.editor is None


def test_deleting_a_partner_hides_its_agreements_until_undone(
    qtbot: QtBot, area: PartnersArea, workbench: Workbench
) -> None:
    asked: list[str] = []
    answer_next_box(QMessageBox.ButtonRole.DestructiveRole, asked)
    qtbot.mouseClick(area.delete_partner_button, Qt.MouseButton.LeftButton)
    assert "«Прага 6»" in asked[0]
    assert "Прага 6" not in names(area)
    assert [a.title for a in list_agreements(workbench.db)] == [
        TWINNING, "Меморандум про співпрацю у сфері культури"]  # fmt: skip
    workbench.edits.stack.undo()
    choose(qtbot, area, "Прага 6")
    assert agreement_titles(area) == [TWINNING]


def test_a_change_made_elsewhere_refreshes_the_lists(
    area: PartnersArea, workbench: Workbench
) -> None:
    (prague,) = list_partners(workbench.db, "Прага 6")
    before = get_partner(workbench.db, prague.id)
    workbench.edits.edit(partner_ops(workbench), "Rename", before,
                         replace(before, name_uk="Прага 6 (Бубенеч)"))  # fmt: skip
    assert names(area)[0] == "Прага 6 (Бубенеч)"
    assert area.current_partner().id == prague.id  # type: ignore[union-attr]


def test_tab_follows_the_layout_and_every_list_has_a_label(
    qtbot: QtBot, area: PartnersArea
) -> None:
    rect = area.agreement_table.visualRect(area.agreement_model.index(0, TITLE))
    qtbot.mouseClick(area.agreement_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    order = [area.search, area.partner_table, area.new_partner_button,
             area.edit_partner_button, area.delete_partner_button, area.agreement_table,
             area.new_agreement_button, area.edit_agreement_button,
             area.delete_agreement_button]  # fmt: skip
    area.search.setFocus()
    visited = []
    for _widget in order:
        focused = QApplication.focusWidget()
        visited.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert visited == order

    labels = {label.buddy(): label.text() for label in area.findChildren(QLabel)}
    for widget in (area.search, area.partner_table, area.agreement_table):
        assert "&" in labels[widget] and widget.accessibleName()
