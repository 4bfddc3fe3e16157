"""The Reports area on a demo year: the report's tree of measures and entries, the officer's
own wording of an entry (undoable), activities entered here, the statistics, and the report
previewed and saved as PDF and .docx."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from planner.domain.enums import ActivityKind, DelegationStatus, Direction, RecordSource
from planner.domain.records import Delegation
from planner.domain.report import NOTHING_DONE, ReportRecord
from planner.gui.activity_dialog import ActivityDialog
from planner.gui.edits import Edits
from planner.gui.reports_area import RECORD_ROLE, ReportsArea, SentenceDialog
from planner.gui.workbench import Workbench
from planner.services.activities import list_activities
from planner.services.delegations import save_delegation
from planner.services.demo import write_demo_year
from planner.services.programmes import measures_by_code, programme_for_year
from planner.services.reports import annual_report, report_records, report_statistics
from planner.services.workspace import Database, open_database
from tests.gui.helpers import answer_next_box, type_text

YEAR = 2024


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo year written once; each test works on a copy of it."""
    path = tmp_path_factory.mktemp("reports") / "demo.sqlite3"
    db = open_database(path)
    write_demo_year(db, YEAR)
    db.close()
    return path


@pytest.fixture
def demo_db(tmp_path: Path, demo_file: Path) -> Iterator[Database]:
    copy = tmp_path / "planner.sqlite3"
    shutil.copyfile(demo_file, copy)
    db = open_database(copy)
    yield db
    db.close()


@pytest.fixture
def bench(qtbot: QtBot, demo_db: Database, gui_settings: QSettings) -> Workbench:
    window = QWidget()
    qtbot.addWidget(window)
    opened: list[int | None] = []
    bench = Workbench(demo_db, Edits(window, "uk"), "uk", gui_settings, window, opened.append)
    bench.opened = opened  # type: ignore[attr-defined]
    return bench


@pytest.fixture
def area(qtbot: QtBot, bench: Workbench) -> ReportsArea:
    area = ReportsArea(bench, year=YEAR)
    qtbot.addWidget(area)
    area.show()
    return area


def entries(area: ReportsArea) -> dict[str, list[str]]:
    """Each measure's code with the texts of the entries under it, as the tree shows them."""
    shown: dict[str, list[str]] = {}
    for item in area.measure_items():
        code = item.data(0, Qt.ItemDataRole.UserRole)
        shown[code] = [item.child(i).text(0) for i in range(item.childCount())]
    return shown


def entry_of(area: ReportsArea, source: RecordSource, record_id: int) -> str:
    texts = [
        item.text(0)
        for item in area.record_items()
        if (item.data(0, RECORD_ROLE).source, item.data(0, RECORD_ROLE).record_id)
        == (source, record_id)
    ]
    assert texts, (source, record_id)
    return texts[0]


def test_the_tree_shows_every_measure_once_and_in_order(
    area: ReportsArea, bench: Workbench
) -> None:
    programme = programme_for_year(bench.db, YEAR)
    assert programme is not None
    codes = [m.code for s in programme.sections for m in s.measures]
    shown = entries(area)
    assert list(shown) == codes
    report = annual_report(bench.db, YEAR)
    for measure, item in zip(report.measures(), area.measure_items(), strict=True):
        assert item.text(0).startswith(f"{measure.code}  ")
        assert item.text(1) == str(len(measure.records))
        if measure.records:
            assert shown[measure.code] == [
                f"{r.first:%d.%m}{'' if r.last == r.first else f'–{r.last:%d.%m}'} — {r.text('uk')}"
                for r in measure.records
            ]
        else:
            assert shown[measure.code] == [NOTHING_DONE.uk]
    assert any(not m.records for m in report.measures())  # the demo leaves some measures empty
    assert any(m.records for m in report.measures())
    assert str(YEAR) in area.report_title.text()


def test_choosing_another_year_or_language_changes_the_tree(area: ReportsArea) -> None:
    in_2024 = entries(area)
    area.year.setValue(YEAR - 1)
    before = entries(area)
    assert before != in_2024
    assert all(texts == [NOTHING_DONE.uk] for texts in before.values())
    assert str(YEAR - 1) in area.report_title.text()
    area.year.setValue(YEAR)
    assert entries(area) == in_2024
    area.language.setCurrentIndex(area.language.findData("en"))
    english = entries(area)
    assert list(english) == list(in_2024)
    empty = next(code for code, texts in in_2024.items() if texts == [NOTHING_DONE.uk])
    assert english[empty] == [NOTHING_DONE.en]
    assert area.report_title.text().startswith("Report on the implementation")


def test_a_year_before_every_programme_says_there_is_no_report(area: ReportsArea) -> None:
    area.year.setValue(2019)
    assert area.tree.topLevelItemCount() == 0
    assert area.report_title.text().startswith("На 2019 рік немає програми")
    assert not area.preview_button.isEnabled() and not area.save_button.isEnabled()
    area.year.setValue(YEAR)
    assert area.tree.topLevelItemCount() == 2
    assert area.preview_button.isEnabled() and area.save_button.isEnabled()


def _first_activity_entry(area: ReportsArea) -> ReportRecord:
    """Choose an activity's entry (else the first entry) in the tree."""
    items = area.record_items()
    assert items, "the demo year has entries"
    chosen = next((i for i in items if i.data(0, RECORD_ROLE).source is RecordSource.ACTIVITY),
                  items[0])  # fmt: skip
    area.tree.setCurrentItem(chosen)
    record: ReportRecord = chosen.data(0, RECORD_ROLE)
    return record


def test_an_edited_sentence_shows_in_the_report_and_undo_puts_it_back(
    area: ReportsArea, bench: Workbench, qtbot: QtBot
) -> None:
    record = _first_activity_entry(area)
    generated = record.sentence("uk")
    area.edit_sentence_button.click()
    dialog = area.dialog
    assert isinstance(dialog, SentenceDialog)
    assert dialog.generated_uk.isReadOnly() and dialog.generated_uk.toPlainText() == generated
    assert dialog.text_uk.toPlainText() == generated  # prefilled with the generated wording
    dialog.text_uk.clear()
    type_text(dialog.text_uk, "відбулася власна зустріч у форматі онлайн.")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    shown = entry_of(area, record.source, record.record_id)
    assert shown.endswith("відбулася власна зустріч у форматі онлайн.")
    (stored,) = [r for r in report_records(bench.db, YEAR) if r.record_id == record.record_id
                 and r.source is record.source]  # fmt: skip
    assert stored.sentence("uk") == "відбулася власна зустріч у форматі онлайн."
    assert stored.own_version > 0

    bench.edits.stack.undo()
    assert entry_of(area, record.source, record.record_id).endswith(generated)
    (back,) = [r for r in report_records(bench.db, YEAR) if r.record_id == record.record_id
               and r.source is record.source]  # fmt: skip
    assert not back.own and back.sentence("uk") == generated
    bench.edits.stack.redo()
    assert entry_of(area, record.source, record.record_id).endswith("у форматі онлайн.")


def test_use_the_generated_text_goes_back_to_the_generated_sentence(
    area: ReportsArea, bench: Workbench
) -> None:
    record = _first_activity_entry(area)
    area.edit_sentence()
    dialog = area.dialog
    assert isinstance(dialog, SentenceDialog)
    dialog.text_uk.setPlainText("Інше формулювання.")
    dialog.ok_button.click()
    area.tree.setCurrentItem(next(i for i in area.record_items()
                                  if i.data(0, RECORD_ROLE).record_id == record.record_id
                                  and i.data(0, RECORD_ROLE).source is record.source))  # fmt: skip
    area.edit_sentence()
    dialog = area.dialog
    assert isinstance(dialog, SentenceDialog)
    assert dialog.text_uk.toPlainText() == "Інше формулювання."
    dialog.generated_button.click()
    dialog.ok_button.click()
    (stored,) = [r for r in report_records(bench.db, YEAR) if r.record_id == record.record_id
                 and r.source is record.source]  # fmt: skip
    assert not stored.own


def test_a_new_activity_appears_under_its_measure(
    area: ReportsArea, bench: Workbench, qtbot: QtBot
) -> None:
    before = len(list_activities(bench.db, year=YEAR))
    area.tabs.setCurrentIndex(1)
    qtbot.keyClick(area.activities, Qt.Key.Key_Insert)
    dialog = area.dialog
    assert isinstance(dialog, ActivityDialog)
    dialog.held_on.setDate(dialog.held_on.date().fromString("2024-03-14", "yyyy-MM-dd"))
    dialog.kind.setCurrentIndex(dialog.kind.findData(ActivityKind.PUBLICATION.value))
    measure = measures_by_code(bench.db, YEAR)["2.6"]
    for i in range(dialog.measures.count()):
        if dialog.measures.item(i).data(Qt.ItemDataRole.UserRole) == measure.id:
            dialog.measures.item(i).setCheckState(Qt.CheckState.Checked)
    type_text(dialog.text_uk, "опубліковано статтю про інвестиційний потенціал громади")
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert len(list_activities(bench.db, year=YEAR)) == before + 1
    assert any(t.startswith("14.03 — 14 березня 2024") and "інвестиційний потенціал" in t
               for t in entries(area)["2.6"])  # fmt: skip
    chosen = area.chosen_activity()
    assert chosen is not None and chosen.text_uk.startswith("опубліковано статтю")

    answer_next_box(QMessageBox.StandardButton.Yes)
    qtbot.keyClick(area.activities, Qt.Key.Key_Delete)
    assert len(list_activities(bench.db, year=YEAR)) == before
    assert not any("інвестиційний потенціал громади" in t for t in entries(area)["2.6"])
    bench.edits.stack.undo()
    assert len(list_activities(bench.db, year=YEAR)) == before + 1
    assert any("інвестиційний потенціал громади" in t for t in entries(area)["2.6"])


def test_an_activity_with_no_text_is_refused_and_nothing_is_saved(
    area: ReportsArea, bench: Workbench
) -> None:
    before = list_activities(bench.db, year=YEAR)
    area.new_activity()
    dialog = area.dialog
    assert isinstance(dialog, ActivityDialog)
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.form.problem_text("text_uk") == "Поле «Текст (укр.)» не може бути порожнім."
    assert list_activities(bench.db, year=YEAR) == before
    assert bench.edits.stack.count() == 0
    answer_next_box(QMessageBox.StandardButton.Discard)
    dialog.text_en.setPlainText("something")
    dialog.cancel_button.click()
    assert not dialog.isVisible()
    assert list_activities(bench.db, year=YEAR) == before


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_save_as_writes_a_report_that_opens_again(
    area: ReportsArea, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    target = tmp_path / "звіт"
    chosen = "Word (*.docx)" if suffix == ".docx" else "PDF (*.pdf)"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), chosen))
    with qtbot.waitSignal(area.report_written, timeout=60_000) as written:
        area.save_button.click()
    path = Path(written.args[0])
    assert path == target.with_name("звіт" + suffix)
    if suffix == ".docx":
        import docx

        document = docx.Document(str(path))
        text = "\n".join(p.text for p in document.paragraphs)
        cells = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    else:
        from pypdf import PdfReader

        text = cells = "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
    assert "Звіт про стан реалізації" in " ".join(text.split())
    assert "Заходи не здійснювались." in cells


def test_preview_opens_the_print_preview(area: ReportsArea, qtbot: QtBot) -> None:
    from planner.gui.print_preview import PrintPreview

    area.statistics_annex.setChecked(True)
    area.preview_button.click()
    preview = area.preview
    assert isinstance(preview, PrintPreview)
    assert preview.isVisible()
    assert str(YEAR) in preview.windowTitle()
    qtbot.waitUntil(lambda: preview.document.pageCount() >= 2, timeout=60_000)
    preview.close()


def test_the_statistics_tab_shows_the_year_in_numbers(area: ReportsArea, bench: Workbench) -> None:
    stats = report_statistics(bench.db, YEAR)
    summary = area.count_models["summary"]
    shown = [summary.index(r, 1).data() for r in range(summary.rowCount())]
    assert shown == [str(n) for n in (stats.agreements_in_force, stats.partner_communities,
                                      stats.partner_countries, stats.delegations,
                                      stats.activities)]  # fmt: skip
    for key, counts in (("by_country", stats.agreements_by_country),
                        ("by_type", stats.agreements_by_type),
                        ("by_direction", stats.delegations_by_direction),
                        ("by_measure", stats.delegations_by_measure),
                        ("by_month", stats.delegations_by_month)):  # fmt: skip
        model = area.count_models[key]
        assert [model.index(r, 1).data() for r in range(model.rowCount())] == [
            str(c.count) for c in counts], key  # fmt: skip
    assert area.count_models["by_month"].rowCount() == 12
    assert stats.delegations > 0 and stats.activities > 0


def test_open_record_opens_the_visit_an_entry_is_made_from(
    area: ReportsArea, bench: Workbench
) -> None:
    item = next(i for i in area.record_items()
                if i.data(0, RECORD_ROLE).source is RecordSource.DELEGATION)  # fmt: skip
    area.tree.setCurrentItem(item)
    area.open_record_button.click()
    assert bench.opened == [item.data(0, RECORD_ROLE).record_id]  # type: ignore[attr-defined]


def test_records_with_no_measure_are_pointed_out(
    area: ReportsArea, bench: Workbench, qtbot: QtBot
) -> None:
    assert not area.untagged_label.isVisible()
    save_delegation(bench.db, Delegation(
        direction=Direction.INCOMING, title_uk="Візит без заходу програми", start_date=date(2024, 2, 7),
        end_date=date(2024, 2, 7), status=DelegationStatus.COMPLETED, country="PL",
    ))  # fmt: skip
    bench.edits.changed.emit()  # what any change made in the window does
    assert area.untagged_label.isVisible()
    assert "1" in area.untagged_label.text()
    area.untagged_button.click()
    box = area.dialog
    assert isinstance(box, QMessageBox)
    assert "Візит без заходу програми" in box.informativeText()
    box.close()
