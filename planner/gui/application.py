"""Builds the Qt application: settings, language, the database, the main window."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from planner.domain.errors import PlannerError
from planner.domain.messages import LANGUAGES, Language, default_language
from planner.gui import crash
from planner.gui.background import run_in_background
from planner.gui.i18n import use_language
from planner.gui.main_window import MainWindow
from planner.services.workspace import Database, open_workspace, safe_url, sqlite_file

ORGANISATION = "delegation-planner"
APPLICATION = "planner"
ICON = Path(str(resources.files("planner.resources").joinpath("icons/planner.svg")))


def settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION,
                     APPLICATION)  # fmt: skip


def choose_language(asked: str | None, stored: object) -> Language:
    for candidate in (asked, stored):
        if candidate in LANGUAGES:
            return candidate  # type: ignore[return-value]
    return default_language()


class Application:
    """Holds the open database and the window; reopens both when another database is chosen."""

    def __init__(self, qt_app: QApplication, language: Language) -> None:
        self.qt_app = qt_app
        self.language = language
        self.settings = settings()
        self.db: Database | None = None
        self.window: MainWindow | None = None

    def open(self, database: str | None) -> bool:
        """Open ``database`` (None: the remembered or the per-user default) before any window
        is shown; True when it could be opened."""
        try:
            db, demo_written = open_workspace(database)
        except PlannerError as problem:
            self._refused(problem)
            return False
        self._use(db, demo_written)
        return True

    def open_from_window(self, database: str) -> None:
        """Open another database chosen in the window: the window's editors are closed first
        (asking about unsaved changes), and the opening runs in the background, since a large
        database takes a while to check and upgrade."""
        if self.window is not None and not self.window.close_editors():
            return
        run_in_background(
            self.window,
            QCoreApplication.translate("Application", "Opening %1…").replace("%1", database),
            lambda: open_workspace(database), lambda opened: self._use(*opened), self._refused,
        )  # fmt: skip

    def _refused(self, problem: PlannerError) -> None:
        QMessageBox.critical(
            self.window,
            QCoreApplication.translate("Application", "Could not open the database"),
            problem.message(self.language),
        )

    def _use(self, db: Database, demo_written: bool) -> None:
        if self.db is not None:
            self.db.close()
        self.db = db
        # Remembered without its password: the settings file is no place for secrets.
        self.settings.setValue("database/last", safe_url(db.url))
        self._show_window()
        assert self.window is not None
        self.window.remember_database(safe_url(db.url))
        if demo_written:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "Application", "A demo database was created: %1"
                ).replace("%1", db.display_name),
                10_000,
            )

    def switch_language(self, language: str) -> None:
        """Show the interface in ``language`` from now on, and remember the choice."""
        if language not in LANGUAGES or language == self.language:
            return
        if self.window is not None and not self.window.close_editors():
            return  # the officer kept an editor with unsaved changes open
        self.language = language  # type: ignore[assignment]
        self.settings.setValue("language", language)
        use_language(self.qt_app, self.language)
        if self.db is not None:
            self._show_window()  # widgets take their words when they are made

    def _show_window(self) -> None:
        assert self.db is not None
        replaced = self.window
        if replaced is not None and replaced.close():
            # Deleted, not only hidden: the lambdas its actions are connected to refer to it,
            # and that keeps every replaced window (areas, models, editors) alive otherwise.
            replaced.deleteLater()
        self.window = MainWindow(self.db, self.language, self.settings)
        self.window.open_database_requested.connect(self.open_from_window)
        self.window.new_database_requested.connect(self.open_from_window)
        self.window.language_requested.connect(self.switch_language)
        self.window.show()


def run_application(database: str | None = None, language: str | None = None) -> int:
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QGuiApplication.setDesktopFileName("delegation-planner")  # the .desktop entry under resources
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt_app, QApplication)
    crash.install()  # a defect is logged and told, never a silent failure
    if ICON.exists():
        qt_app.setWindowIcon(QIcon(str(ICON)))
    store = settings()
    lang = choose_language(language, store.value("language"))
    store.setValue("language", lang)
    use_language(qt_app, lang)
    app = Application(qt_app, lang)
    last = store.value("database/last")
    chosen = database or (str(last) if last and _still_there(str(last)) else None)
    if not app.open(chosen):
        return 2
    return qt_app.exec()


def _still_there(url: str) -> bool:
    """A remembered file may have been moved away; a server is tried when opened."""
    path = sqlite_file(url)
    return path is None or path.exists()
