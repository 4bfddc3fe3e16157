"""The print preview driven as the officer drives it: the document made off the window's
thread and shown page by page, another language chosen, saved as PDF, printed."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from reportlab.platypus import PageBreak, Paragraph

from planner.exports.pdf import DocumentInfo, build_pdf, styles, text
from planner.gui.print_preview import PrintPreview
from planner.gui.printing import PrintJob
from planner.gui.workbench import Workbench
from tests.gui.helpers import answer_next_box

pytestmark = pytest.mark.gui

WORDS = {"uk": "Програма перебування делегації Праги 6 «Ґудзик» №1", "en": "Visit programme"}


def _pdf(language: str, pages: int = 2) -> bytes:
    s = styles()
    story = []
    for page in range(pages):
        if page:
            story.append(PageBreak())
        story.append(Paragraph(text(f"{WORDS[language]} — {page + 1}"), s.title))
    return build_pdf(story, DocumentInfo(WORDS[language], language))  # type: ignore[arg-type]


@pytest.fixture
def made() -> list[str]:
    return []


@pytest.fixture
def preview(qtbot: QtBot, workbench: Workbench, made: list[str]) -> PrintPreview:
    def make(language: str) -> bytes:
        made.append(language)
        return _pdf(language, 2 if language == "uk" else 3)

    job = PrintJob("Програма перебування: Прага 6", "programme-1", make, ("uk", "en"), "uk",
                   gaps=lambda language: ["Пункт «Екскурсія», 28.09: немає англійської назви"]
                   if language == "en" else [])  # fmt: skip
    window = PrintPreview(workbench, job)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.document.pageCount() == 2, timeout=10_000)
    return window


def test_the_document_is_shown_page_by_page(preview: PrintPreview, made: list[str]) -> None:
    assert made == ["uk"]
    assert preview.pages.text() == "2 сторінки"
    assert preview.save_button.isEnabled() and preview.print_button.isEnabled()
    assert not preview.gaps.isVisible()


def test_another_language_makes_it_again_and_names_the_missing_translations(
    qtbot: QtBot, preview: PrintPreview, made: list[str]
) -> None:
    preview.language.setCurrentIndex(preview.language.findData("en"))
    qtbot.waitUntil(lambda: preview.document.pageCount() == 3, timeout=10_000)
    assert made == ["uk", "en"]
    assert preview.gaps.isVisible()
    assert "немає англійської назви" in preview.gaps.text()


def test_save_as_pdf_writes_the_document_shown(preview: PrintPreview, tmp_path: Path) -> None:
    target = tmp_path / "programme.pdf"
    preview.save_to(target)
    assert target.read_bytes() == preview.data
    shown = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                           check=True).stdout  # fmt: skip
    assert WORDS["uk"] in shown


def test_a_place_that_cannot_be_written_is_said_and_nothing_is_left(
    preview: PrintPreview, tmp_path: Path
) -> None:
    seen: list[str] = []
    answer_next_box(QMessageBox.StandardButton.Ok, seen)
    before = set(tmp_path.iterdir())
    preview.save_to(tmp_path / "missing-folder" / "programme.pdf")
    assert len(seen) == 1 and "Не вдалося записати" in seen[0]
    assert set(tmp_path.iterdir()) == before


def test_printing_draws_every_page_on_the_printer(preview: PrintPreview, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    preview.print_to(printer)
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    assert "Pages:           2" in info
    # The pages were drawn, not left blank: a rendered page has dark pixels where the text is.
    subprocess.run(["pdftoppm", "-png", "-r", "30", "-f", "1", "-l", "1", str(target),
                    str(tmp_path / "page")], check=True)  # fmt: skip
    from PySide6.QtGui import QImage

    (png,) = tmp_path.glob("page*.png")
    image = QImage(str(png))
    dark = sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
               if image.pixelColor(x, y).lightness() < 128)  # fmt: skip
    assert dark > 20


@pytest.mark.parametrize("kind", ["programme", "participants", "badges", "tent-cards",
                                  "checklist"])  # fmt: skip
def test_each_document_of_a_delegation_opens_from_its_editor(
    qtbot: QtBot, workbench: Workbench, kind: str
) -> None:
    from planner.gui.delegation_editor import DelegationEditor
    from planner.services.delegations import list_delegations

    prague = next(r.id for r in list_delegations(workbench.db) if r.title_uk.startswith("Деле"))
    editor = DelegationEditor(workbench, prague)
    qtbot.addWidget(editor)
    editor.show()
    (action,) = [a for a in editor.print_menu.actions() if a.objectName() == f"print_{kind}"]
    action.trigger()
    preview = editor.preview
    qtbot.waitUntil(lambda: preview.document.pageCount() >= 1, timeout=20_000)
    shown = subprocess.run(["pdftotext", "-", "-"], input=preview.data, capture_output=True,
                           check=True).stdout.decode()  # fmt: skip
    if kind in ("programme", "participants", "checklist"):
        assert "Прага 6" in shown
    preview.close()


def test_the_programme_in_english_names_what_has_no_english(
    qtbot: QtBot, workbench: Workbench
) -> None:
    from datetime import date, timedelta

    from planner.domain.records import AgendaItem
    from planner.domain.zones import at
    from planner.gui.printing import open_preview
    from planner.services.agenda import save_agenda_item
    from planner.services.delegations import list_delegations

    prague = next(r.id for r in list_delegations(workbench.db) if r.title_uk.startswith("Деле"))
    starts = at(date(2024, 9, 28), 11, 0, "Europe/Kyiv")
    save_agenda_item(workbench.db, AgendaItem(
        delegation_id=prague, starts_at=starts, ends_at=starts + timedelta(hours=1),
        title_uk="Екскурсія «Ґудзиковий квартал»"))  # fmt: skip
    preview = open_preview(workbench, "programme", prague, "Прага 6")
    qtbot.addWidget(preview)
    preview.language.setCurrentIndex(preview.language.findData("en"))
    qtbot.waitUntil(lambda: preview.gaps.isVisible(), timeout=20_000)
    assert "Ґудзиковий" in preview.gaps.text()


def test_a_language_chosen_while_the_first_is_made_is_the_one_shown(
    qtbot: QtBot, workbench: Workbench
) -> None:
    import time

    def make(language: str) -> bytes:
        if language == "uk":
            time.sleep(0.5)  # the first document takes longer than the second
        return _pdf(language, 2 if language == "uk" else 3)

    window = PrintPreview(workbench, PrintJob("Програма", "programme-1", make, ("uk", "en")))
    qtbot.addWidget(window)
    window.language.setCurrentIndex(window.language.findData("en"))  # before "uk" is ready
    qtbot.waitUntil(lambda: window.shown_language == "en", timeout=10_000)
    qtbot.wait(800)  # the Ukrainian one has come back meanwhile, and is not shown
    assert window.shown_language == "en" and window.document.pageCount() == 3
