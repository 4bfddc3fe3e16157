"""The print preview: a document (visit programme, participant list, badges, table cards,
checklist) made off the window's thread, shown page by page inside the planner (QtPdf), then
saved as PDF or printed through the system's print dialog.

Before printing, the preview says which fields had no translation in the language chosen
(the document falls back to the other language there) and which names have no Latin spelling
stored (printed transliterated).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QCloseEvent, QImage, QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.gui.background import run_in_background
from planner.gui.printing import PrintJob
from planner.gui.workbench import Workbench

LANGUAGE_NAMES = {"uk": "Українська", "en": "English", "uk+en": "Українська + English"}


class PrintPreview(QWidget):
    """A window of its own: the pages, the language, Save as PDF and Print."""

    def __init__(self, bench: Workbench, job: PrintJob) -> None:
        super().__init__(bench.window, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("print_preview")
        self.setWindowTitle(job.title)
        self._bench = bench
        self.job = job
        self.data: bytes = b""
        self.shown_language = ""  # the language of the document shown
        self._asked = 0  # documents asked for: only the last one asked is shown
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setAccessibleName(self.tr("Pages"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.language = QComboBox()
        self.language.setObjectName("print_language")
        for code in job.languages:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(job.language)))
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)
        self.language.currentIndexChanged.connect(lambda _i: self.make())
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setObjectName("save_pdf")
        self.save_button.clicked.connect(self.choose_file)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("print")
        self.print_button.clicked.connect(self.choose_printer)
        self.pages = QLabel()
        self.pages.setObjectName("page_count")
        self.gaps = QLabel()
        self.gaps.setObjectName("missing_translations")
        self.gaps.setWordWrap(True)
        self.gaps.setTextFormat(Qt.TextFormat.PlainText)
        self.gaps.setStyleSheet("color: #8a5a00;")
        self.gaps.hide()

        top = QHBoxLayout()
        if len(job.languages) > 1:
            top.addWidget(language_label)
            top.addWidget(self.language)
        else:
            language_label.hide()
            self.language.hide()
        top.addWidget(self.pages, 1)
        top.addWidget(self.save_button)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.gaps)
        layout.addWidget(self.view, 1)
        QShortcut(QKeySequence.StandardKey.Print, self, self.choose_printer)
        QShortcut(QKeySequence.StandardKey.Save, self, self.choose_file)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.resize(900, 860)
        self.make()

    def chosen_language(self) -> str:
        return str(self.language.currentData() or self.job.language)

    def make(self) -> None:
        """Make the document in the language chosen, off the window's thread."""
        language = self.chosen_language()
        self._asked += 1
        asked = self._asked
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(False)
        self.pages.setText(self.tr("Making the document…"))
        job = self.job

        def work() -> tuple[bytes, list[str]]:
            gaps = job.gaps(language) if job.gaps is not None else []
            return job.make(language), gaps

        def done(made: tuple[bytes, list[str]]) -> None:
            if asked == self._asked:  # a language chosen meanwhile is being made: wait for it
                self._show(made, language)

        def failed(problem: PlannerError) -> None:
            if asked != self._asked:
                return
            self.pages.setText(problem.message(self._bench.language))
            QMessageBox.warning(self, self.job.title, problem.message(self._bench.language))

        # No busy dialog: the preview says it is making the document, and stays usable.
        run_in_background(self, "", work, done, failed, quiet=True)

    def _show(self, made: tuple[bytes, list[str]], language: str) -> None:
        data, gaps = made
        self.data, self.shown_language = data, language
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer  # QPdfDocument reads from it while it is shown
        count = self.document.pageCount()
        self.pages.setText(self.tr("%n page(s)", "", count))
        if gaps:
            shown = gaps[:8]
            more = len(gaps) - len(shown)
            text = self.tr("Before printing, look at these:") + "\n"
            text += "\n".join(f"• {gap}" for gap in shown)
            if more:
                text += "\n" + self.tr("… and %n more", "", more)
            self.gaps.setText(text)
        self.gaps.setVisible(bool(gaps))
        self.save_button.setEnabled(count > 0)
        self.print_button.setEnabled(count > 0)

    def suggested_path(self) -> Path:
        folder = Path(str(self._bench.settings.value("print/folder", str(Path.home()))))
        suffix = self.chosen_language().replace("+", "-")
        return folder / f"{self.job.file_name}-{suffix}.pdf"

    def choose_file(self) -> None:
        if not self.data:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"),
                                              str(self.suggested_path()),
                                              self.tr("PDF documents (*.pdf)"))  # fmt: skip
        if path:
            self.save_to(Path(path if path.lower().endswith(".pdf") else path + ".pdf"))

    def save_to(self, path: Path) -> None:
        """Write the document shown; a place that cannot be written is said, not hidden."""
        partial = path.with_name(f".{path.name}.partial")
        try:
            partial.write_bytes(self.data)
            partial.replace(path)
        except OSError as problem:
            partial.unlink(missing_ok=True)
            QMessageBox.warning(self, self.tr("Save as PDF"), self.tr(
                "«%1» could not be written: %2").replace("%1", str(path)).replace(
                "%2", problem.strerror or str(problem)))  # fmt: skip
            return
        self._bench.settings.setValue("print/folder", str(path.parent))
        self.saved_to = path

    def choose_printer(self) -> None:
        if not self.data:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.job.title)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Each page drawn on the printer's page at its resolution, keeping its proportions."""
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Print"), self.tr("The printer could not be used."))
            return
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                target = painter.viewport()
                size = self.document.pagePointSize(page)
                scale = min(target.width() / size.width(), target.height() / size.height())
                pixels = QSize(round(size.width() * scale), round(size.height() * scale))
                image: QImage = self.document.render(page, pixels, QPdfDocumentRenderOptions())
                painter.drawImage(QRect(target.topLeft(), pixels), image)
        finally:
            painter.end()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.document.close()
        super().closeEvent(event)
