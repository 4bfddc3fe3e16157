"""The main window: a navigation bar of the officer's areas (Overview, Delegations, Calendar,
People, Partners, Gifts, Checklists, Reports), menus with the standard shortcuts, a toolbar, a
status bar, and the editors of delegations as windows of their own."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QWidget,
)

from planner import __version__
from planner.domain.errors import PlannerError
from planner.domain.messages import Language
from planner.domain.zones import today_in_kyiv
from planner.gui import forms
from planner.gui.background import run_in_background
from planner.gui.edits import Edits
from planner.gui.workbench import Workbench
from planner.services.workspace import Database, back_up, suggested_backup_name

if TYPE_CHECKING:  # the areas and editors are imported when first shown: a quicker start
    from planner.gui.calendar_area import CalendarArea
    from planner.gui.delegation_editor import DelegationEditor
    from planner.gui.delegations_area import DelegationsArea
    from planner.gui.overview_area import OverviewArea
    from planner.gui.partners_area import PartnersArea
    from planner.gui.people_area import PeopleArea

RECENT_LIMIT = 8
AREAS = ("overview", "delegations", "calendar", "people", "partners", "gifts", "checklists",
         "reports")  # fmt: skip


class MainWindow(QMainWindow):
    open_database_requested = Signal(str)
    new_database_requested = Signal(str)
    language_requested = Signal(str)

    def __init__(self, db: Database, language: Language, settings: QSettings) -> None:
        super().__init__()
        self._db = db
        self._language = language
        self._settings = settings
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("Delegation planner — %1").replace("%1", db.display_name))
        self.edits = Edits(self, language)
        self.bench = Workbench(db, self.edits, language, settings, self, self.open_delegation,
                               self.open_agenda_item, self.open_checklist_task)  # fmt: skip
        self.editors: dict[int | None, DelegationEditor] = {}

        # Areas are made when first shown: the window opens with only the one it shows.
        self._made: dict[str, QWidget] = {}
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Areas"))
        self.navigation.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        names = self._area_names()
        icons = self._area_icons()
        for key in AREAS:
            item = QListWidgetItem(icons[key], names[key], self.navigation)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, 34))
            self.stack.addWidget(QWidget())  # a stand-in until the area is first shown
        self.navigation.setMinimumWidth(self.navigation.sizeHintForColumn(0) + 16)
        self.navigation.currentRowChanged.connect(self._show_area)
        self.splitter = QSplitter()
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([190, 1090])
        self.setCentralWidget(self.splitter)

        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._restore_state()

    def area(self, key: str) -> QWidget:
        """The area ``key``, made now if it has not been shown yet."""
        made = self._made.get(key)
        if made is None:
            made = self._make_area(key)
            index = AREAS.index(key)
            stand_in = self.stack.widget(index)
            current = self.stack.currentIndex()
            self.stack.insertWidget(index, made)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self.stack.setCurrentIndex(current)
            self._made[key] = made
        return made

    def _make_area(self, key: str) -> QWidget:
        bench = self.bench
        if key == "overview":
            from planner.gui.overview_area import OverviewArea

            return OverviewArea(bench)
        if key == "delegations":
            from planner.gui.delegations_area import DelegationsArea

            area = DelegationsArea(bench)
            area.model.total_known.connect(self._show_count)
            if area.model.total is not None:  # counted while it was being made
                self._show_count(area.model.total)
            return area
        if key == "calendar":
            from planner.gui.calendar_area import CalendarArea

            return CalendarArea(bench)
        if key == "gifts":
            from planner.gui.gifts_area import GiftsArea

            return GiftsArea(bench)
        if key == "checklists":
            from planner.gui.checklists_area import ChecklistsArea

            return ChecklistsArea(bench)
        if key == "people":
            from planner.gui.people_area import PeopleArea

            return PeopleArea(bench)
        if key == "partners":
            from planner.gui.partners_area import PartnersArea

            return PartnersArea(bench)
        if key == "reports":
            from planner.gui.reports_area import ReportsArea

            return ReportsArea(bench)
        raise KeyError(key)

    @property
    def overview(self) -> OverviewArea:
        return self.area("overview")  # type: ignore[return-value]

    @property
    def delegations(self) -> DelegationsArea:
        return self.area("delegations")  # type: ignore[return-value]

    @property
    def calendar(self) -> CalendarArea:
        return self.area("calendar")  # type: ignore[return-value]

    @property
    def people(self) -> PeopleArea:
        return self.area("people")  # type: ignore[return-value]

    @property
    def partners(self) -> PartnersArea:
        return self.area("partners")  # type: ignore[return-value]

    def _area_names(self) -> dict[str, str]:
        return {
            "overview": self.tr("Overview"), "delegations": self.tr("Delegations"),
            "calendar": self.tr("Calendar"), "people": self.tr("People"),
            "partners": self.tr("Partners"), "gifts": self.tr("Gifts"),
            "checklists": self.tr("Checklists"), "reports": self.tr("Reports"),
        }  # fmt: skip

    def _area_icons(self) -> dict[str, QIcon]:
        pixmap = QStyle.StandardPixmap
        standard = {
            "overview": pixmap.SP_ComputerIcon, "delegations": pixmap.SP_FileDialogDetailedView,
            "calendar": pixmap.SP_FileDialogInfoView, "people": pixmap.SP_DirHomeIcon,
            "partners": pixmap.SP_DriveNetIcon, "gifts": pixmap.SP_DialogSaveButton,
            "checklists": pixmap.SP_DialogApplyButton, "reports": pixmap.SP_FileIcon,
        }  # fmt: skip
        return {key: self.style().standardIcon(value) for key, value in standard.items()}

    # Actions, menus, toolbar

    def _action(self, text: str, slot: Callable[[], object], shortcut: QKeySequence | str |
                None = None, icon: QStyle.StandardPixmap | None = None,
                name: str = "") -> QAction:  # fmt: skip
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        pixmap = QStyle.StandardPixmap
        self.new_delegation_action = self._action(
            self.tr("&New delegation…"), lambda: self.open_delegation(None),
            QKeySequence.StandardKey.New, pixmap.SP_FileIcon, "new_delegation")  # fmt: skip
        self.new_database_action = self._action(
            self.tr("New &database…"), self._choose_new_database, None, None, "new_database"
        )
        self.open_action = self._action(
            self.tr("&Open database…"), self._choose_database, QKeySequence.StandardKey.Open,
            pixmap.SP_DialogOpenButton, "open_database")  # fmt: skip
        self.export_calendar_action = self._action(
            self.tr("&Export calendar…"), self.export_calendar, "Ctrl+E", None, "export_calendar"
        )
        self.import_calendar_action = self._action(
            self.tr("&Import calendar…"), self.import_calendar, "Ctrl+I", None, "import_calendar"
        )
        self.backup_action = self._action(
            self.tr("&Back up now…"), self.back_up_now, "Ctrl+B", pixmap.SP_DriveHDIcon,
            "back_up")  # fmt: skip
        # Qt gives no Quit shortcut without a desktop theme: set it explicitly.
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q", None, "quit")
        self.undo_action = self.edits.stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.setIcon(self.style().standardIcon(pixmap.SP_ArrowBack))
        self.redo_action = self.edits.stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setIcon(self.style().standardIcon(pixmap.SP_ArrowForward))
        for action in (self.undo_action, self.redo_action):
            # Editor windows are windows of their own: Ctrl+Z must reach the history there too.
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            self.addAction(action)
        self.find_action = self._action(self.tr("&Find"), self._find,
                                        QKeySequence.StandardKey.Find, None, "find")  # fmt: skip

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.new_delegation_action)
        file_menu.addSeparator()
        file_menu.addAction(self.new_database_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(self.tr("&Recent databases"))
        self.recent_menu.setObjectName("recent_databases")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addAction(self.backup_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_calendar_action)
        file_menu.addAction(self.import_calendar_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        names = self._area_names()
        for number, key in enumerate(AREAS, start=1):
            view_menu.addAction(self._action(
                names[key], lambda k=key: self.show_area(k), f"Ctrl+{number}", None,
                f"area_{key}"))  # fmt: skip
        view_menu.addSeparator()
        self.conflicts_action = self._action(self.tr("&Conflicts…"), self.show_conflicts,
                                             "Ctrl+K", None, "conflicts")  # fmt: skip
        view_menu.addAction(self.conflicts_action)

        print_menu = self.menuBar().addMenu(self.tr("&Print"))
        print_menu.setObjectName("print_menu")
        from planner.gui.printing import KINDS, kind_names

        names = kind_names()
        self.print_actions: dict[str, QAction] = {}
        for kind in KINDS:
            action = self._action(names[kind], lambda k=kind: self.print_document(k), None,
                                  None, f"print_{kind}")  # fmt: skip
            self.print_actions[kind] = action
            print_menu.addAction(action)
        print_menu.addSeparator()
        for name, text, action_of in (
            ("print_inventory", self.tr("Gift &inventory…"), self.print_inventory),
            ("print_gift_register", self.tr("Gift r&egister…"), self.print_gift_register),
        ):
            action = self._action(text, action_of, None, None, name)
            self.print_actions[name.removeprefix("print_")] = action
            print_menu.addAction(action)

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

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        for action in (self.new_delegation_action, self.undo_action, self.redo_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.backup_action)
        self.addToolBar(toolbar)

    # Areas

    def show_area(self, key: str) -> None:
        self.navigation.setCurrentRow(AREAS.index(key))

    def current_area(self) -> str:
        return AREAS[self.stack.currentIndex()]

    def _show_area(self, row: int) -> None:
        if row < 0:
            return
        key = AREAS[row]
        fresh = key not in self._made
        area = self.area(key)
        self.stack.setCurrentIndex(row)
        if not fresh:  # filled when made; since then others may have changed the database
            area.refresh()  # type: ignore[attr-defined]
        self.count_label.setVisible(key == "delegations")
        if key == "delegations":
            self._update_count()

    def _find(self) -> None:
        """Ctrl+F: the search of the area shown, or the delegation search."""
        area = self.stack.currentWidget()
        search = getattr(area, "search", None)
        if search is None:
            self.show_area("delegations")
            search = self.delegations.search
        search.setFocus()
        search.selectAll()

    def _update_count(self) -> None:
        total = self.delegations.model.total
        if total is None:
            self.count_label.setText("…")  # counted just after the rows are shown
        else:
            self._show_count(total)

    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("Delegations: %1").replace("%1", str(total)))

    # Delegation editors

    def open_delegation(self, delegation_id: int | None) -> DelegationEditor | None:
        """Show the editor of ``delegation_id`` (one window per delegation; None: new)."""
        editor = self.editors.get(delegation_id) if delegation_id is not None else None
        if editor is None:
            from planner.gui.delegation_editor import DelegationEditor

            try:
                editor = DelegationEditor(self.bench, delegation_id)
            except PlannerError as problem:
                forms.show_problem(self, problem, self._language)
                return None
            self.editors[delegation_id] = editor
            editor.closed.connect(self._editor_closed)
            editor.saved.connect(self._editor_saved)
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def open_agenda_item(self, delegation_id: int, item_id: int) -> None:
        """Show the editor of ``delegation_id`` on its programme, at the item ``item_id``."""
        editor = self.open_delegation(delegation_id)
        if editor is not None:
            editor.show_programme_item(item_id)

    def open_checklist_task(self, delegation_id: int, task_id: int) -> None:
        """Show the editor of ``delegation_id`` on its checklist, at the task ``task_id``."""
        editor = self.open_delegation(delegation_id)
        if editor is not None:
            editor.show_task(task_id)

    def _editor_saved(self, editor: DelegationEditor) -> None:
        """A new delegation got its id: file its editor under it."""
        for key, known in list(self.editors.items()):
            if known is editor:
                del self.editors[key]
        self.editors[editor.loaded.id] = editor

    def _editor_closed(self, editor: DelegationEditor) -> None:
        for key, known in list(self.editors.items()):
            if known is editor:
                del self.editors[key]

    # Databases

    def _choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), self._folder(),
            self.tr("Planner databases (*.sqlite3 *.db);;All files (*)"),
        )  # fmt: skip
        if path:
            self.open_database_requested.emit(path)

    def _choose_new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New database"), self._folder(),
            self.tr("Planner databases (*.sqlite3 *.db)"),
        )  # fmt: skip
        if not path:
            return
        if not Path(path).suffix:
            path += ".sqlite3"
        if Path(path).exists():
            QMessageBox.warning(self, self.tr("New database"), self.tr(
                "«%1» already exists. Choose another name, or open it with File > Open "
                "database.").replace("%1", path))  # fmt: skip
            return
        self.new_database_requested.emit(path)

    def _folder(self) -> str:
        return str(self._db.path.parent) if self._db.path is not None else ""

    def remember_database(self, url: str) -> None:
        recent = [u for u in self.recent_databases() if u != url]
        self._settings.setValue("database/recent", [url, *recent][:RECENT_LIMIT])

    def recent_databases(self) -> list[str]:
        value = self._settings.value("database/recent") or []
        return [str(v) for v in (value if isinstance(value, list) else [value])]

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        shown = [u for u in self.recent_databases() if u != self._settings.value("database/last")]
        for number, url in enumerate(shown, start=1):
            action = self.recent_menu.addAction(f"&{number} {url}")
            action.triggered.connect(lambda _c=False, u=url: self.open_database_requested.emit(u))
        if not shown:
            self.recent_menu.addAction(self.tr("No other database yet")).setEnabled(False)

    def back_up_now(self) -> None:
        if self._db.path is None:
            QMessageBox.information(self, self.tr("Back up now"), self.tr(
                "A shared database on a server is backed up by the server's administrator."))  # fmt: skip
            return
        suggested = self._db.path.parent / suggested_backup_name(self._db, today_in_kyiv())
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up now"), str(suggested),
            self.tr("Planner databases (*.sqlite3 *.db)"))  # fmt: skip
        if path:
            self.back_up_to(path)

    def back_up_to(self, path: str) -> None:
        def done(target: Path) -> None:
            self.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", str(target)),
                                         10_000)  # fmt: skip

        run_in_background(self, self.tr("Backing up…"), lambda: back_up(self._db, path), done,
                          lambda problem: forms.show_problem(self, problem, self._language))  # fmt: skip

    def show_conflicts(self) -> None:
        """View > Conflicts…: every clash in the database, in a window of its own."""
        from planner.gui.conflicts_view import ConflictsWindow

        window = getattr(self, "conflicts_window", None)
        if window is None:
            window = ConflictsWindow(self.bench)
            self.conflicts_window = window
        window.show()
        window.raise_()
        window.activateWindow()

    def current_delegation(self) -> tuple[int, str] | None:
        """The delegation the officer is working on: the editor in front, else the one chosen
        in the Delegations list; its id and title."""
        from PySide6.QtWidgets import QApplication

        front = QApplication.activeWindow()
        for editor in self.editors.values():
            if editor is front and editor.loaded.id is not None:
                return editor.loaded.id, editor.windowTitle()
        if "delegations" in self._made:
            chosen = self.delegations.selected_id()
            if chosen is not None:
                from planner.services.delegations import get_delegation

                delegation = get_delegation(self._db, chosen)
                lang = self._language
                title = delegation.title_en if lang == "en" and delegation.title_en else (
                    delegation.title_uk)  # fmt: skip
                return chosen, title
        return None

    def print_document(self, kind: str, delegation: tuple[int, str] | None = None) -> None:
        """Print > …: the document of the current delegation, previewed first."""
        from planner.gui.printing import open_preview

        delegation = delegation or self.current_delegation()
        if delegation is None:
            QMessageBox.information(self, self.tr("Print"), self.tr(
                "Choose a delegation first: open it, or select it in the Delegations list."))  # fmt: skip
            return
        self.preview = open_preview(self.bench, kind, *delegation)

    def print_inventory(self) -> None:
        """Print > Gift inventory…: the stock today (another day: from the Gifts area)."""
        from planner.gui.printing import inventory_job, open_job

        self.preview = open_job(self.bench, inventory_job(self.bench, today_in_kyiv()))

    def print_gift_register(self) -> None:
        """Print > Gift register…: this year's (another period: from the Gifts area)."""
        from planner.gui.printing import gift_register_job, open_job

        year = today_in_kyiv().year
        self.preview = open_job(self.bench, gift_register_job(
            self.bench, date(year, 1, 1), date(year, 12, 31)))  # fmt: skip

    def export_calendar(self, delegation_id: int | None = None) -> None:
        """File > Export calendar…: the scope is chosen in the dialog (one delegation when
        asked from its editor)."""
        from planner.gui.calendar_files import ExportCalendarDialog

        dialog = ExportCalendarDialog(self.bench, self, delegation_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._exported(dialog))
        dialog.open()
        self.export_dialog = dialog

    def import_calendar(self, path: str | None = None, delegation_id: int | None = None) -> None:
        """File > Import calendar…: a partner's programme or an invitation (.ics) is shown
        first, then added to a delegation's programme as one undoable change."""
        from planner.gui.calendar_files import ImportCalendarDialog
        from planner.services.calendar_import import read_calendar_file

        if path is None:
            folder = str(self._settings.value("calendar/folder", str(Path.home())))
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import calendar"), folder,
                self.tr("Calendar files (*.ics);;All files (*)"))  # fmt: skip
            if not path:
                return
        try:
            calendar = read_calendar_file(Path(path))
        except PlannerError as problem:  # nothing was read, nothing is written
            QMessageBox.warning(self, self.tr("Could not read the calendar file"),
                                problem.message(self._language))  # fmt: skip
            return
        dialog = ImportCalendarDialog(self.bench, calendar, path, self, delegation_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._imported(dialog))
        dialog.open()
        self.import_dialog = dialog

    def _imported(self, dialog: object) -> None:
        result = getattr(dialog, "result", None)
        if result is None or result.delegation.id is None:
            return
        self.statusBar().showMessage(
            self.tr("Imported: %1 items added, %2 changed (Edit > Undo takes it back)")
            .replace("%1", str(len(result.created))).replace("%2", str(len(result.updated))),
            15_000)  # fmt: skip
        editor = self.open_delegation(result.delegation.id)
        if editor is not None:
            editor.tabs.setCurrentWidget(editor.programme)

    def _exported(self, dialog: object) -> None:
        summary, written = getattr(dialog, "summary", None), getattr(dialog, "written", None)
        if summary is None or written is None:
            return
        self.statusBar().showMessage(
            self.tr("Calendar written: %1 visits and %2 programme items in %3")
            .replace("%1", str(summary.visits)).replace("%2", str(summary.events))
            .replace("%3", str(written)), 15_000)  # fmt: skip

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("Delegation planner"), self.tr(
            "Delegation planner %1\nInternational cooperation department."
        ).replace("%1", __version__))  # fmt: skip

    # Remembered between runs

    def _restore_state(self) -> None:
        geometry = self._settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)  # type: ignore[arg-type]
        else:
            self.resize(1280, 780)
        splitter = self._settings.value("main_window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)  # type: ignore[arg-type]
        area = str(self._settings.value("main_window/area", "overview"))
        self.show_area(area if area in AREAS else "overview")

    def close_editors(self) -> bool:
        """Close every editor window; False when the officer chose to keep one open."""
        return all(editor.close() for editor in list(self.editors.values()))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_editors():
            event.ignore()
            return
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        self._settings.setValue("main_window/splitter", self.splitter.saveState())
        self._settings.setValue("main_window/area", self.current_area())
        super().closeEvent(event)
