"""The programme editor: measures added, renamed, deleted and moved; a measure still in use
is not deleted and the officer is told why; a new programme period made from the last one."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from planner.gui.programme_editor import ProgrammeEditor, next_period
from planner.gui.workbench import Workbench
from planner.services.delegations import get_delegation, list_delegations, save_delegation
from planner.services.programmes import list_programmes, measures_by_code
from tests.gui.helpers import answer_next_box, type_text


@pytest.fixture
def editor(qtbot: QtBot, workbench: Workbench) -> ProgrammeEditor:
    editor = ProgrammeEditor(workbench, year=2024)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def yes_to_questions(monkeypatch: pytest.MonkeyPatch, asked: list[str]) -> None:
    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)


def test_it_shows_the_programme_of_the_year(editor: ProgrammeEditor) -> None:
    assert editor.title_uk.text().startswith("Програма міжнародного співробітництва")
    assert (editor.start_year.value(), editor.end_year.value()) == (2021, 2025)
    assert editor.codes(0) == [f"1.{n}" for n in range(1, 13)]
    assert editor.codes(1) == [f"2.{n}" for n in range(1, 7)]


def test_a_measure_is_added_renamed_and_deleted(
    editor: ProgrammeEditor, workbench: Workbench, monkeypatch: pytest.MonkeyPatch
) -> None:
    section = editor.tree.topLevelItem(1)
    editor.tree.setCurrentItem(section)
    editor.add_measure_button.click()
    dialog = editor.dialog
    assert dialog is not None
    assert dialog.code.text() == "2.7"  # type: ignore[attr-defined]  # suggested: the next code
    type_text(dialog.title_uk, "Відеоролики про громаду")  # type: ignore[attr-defined]
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert editor.codes(1)[-1] == "2.7"
    assert measures_by_code(workbench.db, 2024)["2.7"].title_uk == "Відеоролики про громаду"

    editor.edit_button.click()  # the new measure is the one chosen
    dialog = editor.dialog
    assert dialog is not None
    dialog.title_uk.clear()  # type: ignore[attr-defined]
    type_text(dialog.title_uk, "Відео")  # type: ignore[attr-defined]
    dialog.ok_button.click()
    assert measures_by_code(workbench.db, 2024)["2.7"].title_uk == "Відео"
    assert editor.tree.currentItem().text(1) == "Відео"

    asked: list[str] = []
    yes_to_questions(monkeypatch, asked)
    editor.delete_button.click()
    assert "2.7" in asked[0]
    assert "2.7" not in measures_by_code(workbench.db, 2024)
    assert editor.codes(1) == [f"2.{n}" for n in range(1, 7)]


def test_a_bad_measure_is_told_beside_its_field(
    editor: ProgrammeEditor, workbench: Workbench
) -> None:
    editor.tree.setCurrentItem(editor.tree.topLevelItem(0))
    editor.add_measure()
    dialog = editor.dialog
    assert dialog is not None
    dialog.code.setText("1.3")  # type: ignore[attr-defined]
    type_text(dialog.title_uk, "Дубль")  # type: ignore[attr-defined]
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.form.problem_text("code") == "Запис «1.3» уже існує (Код)."
    assert len(measures_by_code(workbench.db, 2024)) == 18
    dialog.reject()


def test_a_measure_in_use_is_not_deleted_and_the_officer_is_told(
    editor: ProgrammeEditor, workbench: Workbench, monkeypatch: pytest.MonkeyPatch
) -> None:
    measure = measures_by_code(workbench.db, 2024)["1.4"]
    visit = get_delegation(workbench.db, list_delegations(workbench.db)[0].id)
    save_delegation(workbench.db, replace(visit, measure_ids=(measure.id or 0,)))
    editor.refresh()
    editor.select("measure", measure.id or 0)
    asked: list[str] = []
    yes_to_questions(monkeypatch, asked)
    told: list[str] = []
    answer_next_box(QMessageBox.StandardButton.Ok, told)
    editor.delete_button.click()
    assert told == ["Захід програми «1.4» не можна видалити: його ще використовують записи "
                    "(1: візитів — 1, інших заходів — 0, рухів складу — 0). "
                    "Спершу зніміть із них цей захід."]  # fmt: skip
    assert "1.4" in measures_by_code(workbench.db, 2024)
    assert "1.4" in editor.codes(0)


def test_measures_move_up_and_down(editor: ProgrammeEditor, workbench: Workbench) -> None:
    editor.select("measure", measures_by_code(workbench.db, 2024)["1.3"].id or 0)
    editor.up_button.click()
    assert editor.codes(0)[:3] == ["1.1", "1.3", "1.2"]
    assert editor.tree.currentItem().text(0) == "1.3"  # it stays chosen
    editor.up_button.click()
    editor.up_button.click()  # already first: it stays
    assert editor.codes(0)[:3] == ["1.3", "1.1", "1.2"]
    editor.down_button.click()
    assert editor.codes(0)[:3] == ["1.1", "1.3", "1.2"]
    (programme,) = list_programmes(workbench.db)
    assert [m.code for m in programme.sections[0].measures][:3] == ["1.1", "1.3", "1.2"]


def test_a_section_is_added(editor: ProgrammeEditor, workbench: Workbench) -> None:
    editor.add_section_button.click()
    dialog = editor.dialog
    assert dialog is not None
    assert dialog.number.text() == "III"  # type: ignore[attr-defined]
    type_text(dialog.title_uk, "Інформаційна політика")  # type: ignore[attr-defined]
    dialog.ok_button.click()
    (programme,) = list_programmes(workbench.db)
    assert [s.number for s in programme.sections] == ["I", "II", "III"]
    assert editor.tree.topLevelItemCount() == 3


def test_the_programme_titles_and_overlapping_years(
    editor: ProgrammeEditor, workbench: Workbench
) -> None:
    editor.title_en.setText("Cooperation programme 2021-2025")
    editor.save_programme_button.click()
    (programme,) = list_programmes(workbench.db)
    assert programme.title_en == "Cooperation programme 2021-2025"
    editor.end_year.setValue(2020)
    editor.save_programme_button.click()
    assert "не може бути раніше за початок" in editor.form.problem_text("end_year")
    assert list_programmes(workbench.db)[0].end_year == 2025


def test_a_new_programme_from_this_one(editor: ProgrammeEditor, workbench: Workbench) -> None:
    (old,) = list_programmes(workbench.db)
    editor.copy_button.click()
    dialog = editor.dialog
    assert dialog is not None
    assert dialog.start_year.value() == 2026 and dialog.end_year.value() == 2030  # type: ignore[attr-defined]
    assert dialog.title_uk.text().endswith("на 2026-2030 роки")  # type: ignore[attr-defined]
    assert dialog.title_uk.text() == next_period(old)[0]  # type: ignore[attr-defined]
    dialog.ok_button.click()
    new, _old = list_programmes(workbench.db)
    assert (new.start_year, new.end_year) == (2026, 2030)
    assert editor.choice.count() == 2
    assert editor.choice.currentData() == new.id
    assert editor.codes() == [m.code for s in old.sections for m in s.measures]


def test_a_new_programme_over_the_same_years_is_refused(
    editor: ProgrammeEditor, workbench: Workbench
) -> None:
    editor.copy_programme()
    dialog = editor.dialog
    assert dialog is not None
    dialog.start_year.setValue(2025)  # type: ignore[attr-defined]
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert "перекриваються" in dialog.form.problem_text("start_year")
    assert len(list_programmes(workbench.db)) == 1
    dialog.reject()
