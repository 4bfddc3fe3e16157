"""The main window: for now the list of delegations with an instant search (the GUI issue adds
the editors, the other areas and the calendar)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner import __version__
from planner.domain.messages import Language
from planner.gui.delegation_model import DATES, PARTNERS, TITLE, DelegationTableModel
from planner.services.delegations import count_delegations, list_delegations
from planner.services.workspace import Database


class MainWindow(QMainWindow):
    open_database_requested = Signal(str)
    language_requested = Signal(str)

    def __init__(self, db: Database, language: Language, settings: QSettings) -> None:
        super().__init__()
        self._db = db
        self._language = language
        self._settings = settings
        self.setWindowTitle(self.tr("Delegation planner — %1").replace("%1", db.display_name))

        self.search = QLineEdit()
        self.search.setObjectName("delegation_search")
        self.search.setPlaceholderText(self.tr("Search: title, place, partner, participant…"))
        self.search.setAccessibleName(self.tr("Search delegations"))
        self.search.setClearButtonEnabled(True)

        self.model = DelegationTableModel(
            lambda f: list_delegations(db, f), lambda f: count_delegations(db, f), language
        )
        self.table = QTableView()
        self.table.setObjectName("delegation_table")
        self.table.setModel(self.model)
        # The indicator first: switching sorting on sorts by it, and the model already is.
        self.table.horizontalHeader().setSortIndicator(DATES, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        # Columns are measured once, on the first page: measuring them again on every
        # keystroke would cost more than the search itself. The title takes the room left;
        # partner lists can be long, so they get a fixed share.
        self.table.resizeColumnsToContents()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(PARTNERS, 300)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        self.setCentralWidget(central)

        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.search.textChanged.connect(self._on_search)
        self.model.total_known.connect(self._show_count)
        self._build_menus()
        self._update_count()
        self._restore_geometry()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        open_action = QAction(self.tr("&Open database…"), self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self._choose_database)
        file_menu.addAction(open_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        # Qt gives no Quit shortcut without a desktop theme: set it explicitly.
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        find_action = QAction(self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self.search.setFocus)
        self.addAction(find_action)

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        languages = QActionGroup(self)
        # Each language is named in itself, so that it can be found whatever is shown now.
        for code, name in (("uk", "Українська"), ("en", "English")):
            action = QAction(name, languages, checkable=True)
            action.setObjectName(f"language_{code}")
            action.setChecked(code == self._language)
            action.triggered.connect(lambda _checked=False, c=code: self.language_requested.emit(c))
            language_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _on_search(self, text: str) -> None:
        self.model.set_filter_text(text)
        self._update_count()

    def _update_count(self) -> None:
        total = self.model.total
        if total is None:
            self.count_label.setText("…")  # counted just after the rows are shown
        else:
            self._show_count(total)

    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("Delegations: %1").replace("%1", str(total)))

    def _choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), "",
            self.tr("Planner databases (*.sqlite3 *.db);;All files (*)"),
        )  # fmt: skip
        if path:
            self.open_database_requested.emit(path)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("Delegation planner"), self.tr(
            "Delegation planner %1\nInternational cooperation department."
        ).replace("%1", __version__))  # fmt: skip

    def _restore_geometry(self) -> None:
        geometry = self._settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)  # type: ignore[arg-type]
        else:
            self.resize(1100, 700)

    def closeEvent(self, event: object) -> None:
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)  # type: ignore[arg-type]
