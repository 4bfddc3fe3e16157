"""Databases as the officer handles them from the window: a backup that can be opened, a backup
onto the database itself refused, the Recent databases menu, a new database, a damaged file
refused with the current database kept, and unsaved changes asked about before switching."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from planner.domain.errors import DatabaseProblem
from planner.domain.records import DelegationFilter
from planner.gui import background
from planner.gui.application import Application
from planner.gui.background import run_in_background
from planner.gui.main_window import MainWindow
from planner.services.delegations import count_delegations, get_delegation, list_delegations
from planner.services.programmes import list_programmes
from planner.services.workspace import Database, open_database
from tests.gui.helpers import VISITS, answer_next_box, type_text

pytestmark = pytest.mark.gui


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _title_of(path: Path) -> str:
    return _tr("MainWindow", "Delegation planner — %1").replace("%1", str(path))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _no_work_left(qtbot: QtBot) -> None:
    """Background work finished, its thread and busy dialog gone."""
    qtbot.waitUntil(lambda: not background._running)


def _prague_id(db: Database) -> int:
    [row] = list_delegations(db, DelegationFilter(text="Прага"))
    return row.id


@pytest.fixture
def window(qtbot: QtBot, visits_db: Database, gui_settings: QSettings) -> Iterator[MainWindow]:
    window = MainWindow(visits_db, "uk", gui_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    _no_work_left(qtbot)


@pytest.fixture
def app(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> Iterator[Application]:
    """The application with its settings in a file of the test's own. Its windows are not
    given to qtbot: the application deletes each window it replaces, and closes the last one
    here."""
    app = Application(qapp, "uk")
    app.settings = QSettings(str(tmp_path / "application.ini"), QSettings.Format.IniFormat)
    yield app
    _no_work_left(qtbot)
    if app.window is not None:
        _discard_typing(app.window)
        app.window.close()
    if app.db is not None:
        app.db.close()


def _discard_typing(window: MainWindow) -> None:
    """No question left open when the test's windows are closed."""
    for editor in list(window.editors.values()):
        editor.discard_changes()


def _open_first(app: Application, qtbot: QtBot, path: Path) -> MainWindow:
    assert app.open(str(path))
    assert app.window is not None
    qtbot.waitExposed(app.window)
    return app.window


def _switched_to(app: Application, qtbot: QtBot, path: Path) -> MainWindow:
    """Wait for the database opened in the background to be shown in a window of its own."""
    qtbot.waitUntil(lambda: app.window is not None and app.window.windowTitle() == _title_of(path))
    assert app.window is not None
    qtbot.waitExposed(app.window)
    _no_work_left(qtbot)
    return app.window


def _second_database(tmp_path: Path) -> Path:
    path = tmp_path / "second.sqlite3"
    open_database(path).close()
    return path


# Backups


def test_back_up_now_writes_a_copy_that_opens(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    target = tmp_path / "copies" / "gui-backup.sqlite3"
    target.parent.mkdir()
    window.back_up_to(str(target))
    message = _tr("MainWindow", "Backed up to %1").replace("%1", str(target))
    qtbot.waitUntil(lambda: target.exists() and window.statusBar().currentMessage() == message)
    _no_work_left(qtbot)
    qtbot.waitUntil(lambda: not window.findChildren(QProgressDialog, "busy"))

    copy = open_database(target, create=False)
    try:
        assert count_delegations(copy) == len(VISITS)
        assert get_delegation(copy, _prague_id(copy)).title_uk.startswith("Делегація")
    finally:
        copy.close()


def test_the_backup_action_is_in_the_file_menu_with_its_shortcut(window: MainWindow) -> None:
    file_menu = next(a.menu() for a in window.menuBar().actions()
                     if a.text() == _tr("MainWindow", "&File"))  # fmt: skip
    assert window.backup_action in file_menu.actions()
    assert window.backup_action.shortcut().toString() == "Ctrl+B"
    assert window.backup_action.text() == _tr("MainWindow", "&Back up now…")


def test_a_backup_onto_the_database_itself_is_refused(
    window: MainWindow, qtbot: QtBot, visits_db: Database
) -> None:
    assert visits_db.path is not None
    before = _digest(visits_db.path)
    seen: list[str] = []
    answer_next_box(QMessageBox.StandardButton.Ok, seen)
    window.back_up_to(str(visits_db.path))
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [DatabaseProblem("backup_onto_itself").message("uk")]
    _no_work_left(qtbot)
    assert _digest(visits_db.path) == before  # nothing overwritten
    assert count_delegations(visits_db) == len(VISITS)
    assert window.statusBar().currentMessage() == ""


def test_a_backup_where_no_file_can_be_made_is_refused_with_a_message(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    (tmp_path / "minutes.txt").write_text("not a folder")
    target = tmp_path / "minutes.txt" / "copy.sqlite3"
    seen: list[str] = []
    answer_next_box(QMessageBox.StandardButton.Ok, seen)
    window.back_up_to(str(target))
    qtbot.waitUntil(lambda: bool(seen))
    assert str(target) in seen[0]
    assert not target.exists()
    _no_work_left(qtbot)
    assert not any(dialog.isVisible() for dialog in window.findChildren(QProgressDialog))


def test_a_backup_that_fails_unexpectedly_does_not_leave_the_window_busy(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """Overwriting a file that is not a database fails inside SQLite; whatever the error, the
    busy dialog closes and the work ends (it used to stay up, blocking the window, for ever)."""
    target = tmp_path / "shopping.sqlite3"
    target.write_text("milk, bread, stamps " * 300)
    with qtbot.capture_exceptions() as raised:
        window.back_up_to(str(target))
        _no_work_left(qtbot)
        qtbot.waitUntil(lambda: bool(raised))
    assert "not a database" in str(raised[0][1])  # raised on the window's thread, as a defect
    assert not any(dialog.isVisible() for dialog in window.findChildren(QProgressDialog))
    assert window.statusBar().currentMessage() == ""


def test_long_work_shows_the_busy_dialog_after_a_moment(window: MainWindow, qtbot: QtBot) -> None:
    release = threading.Event()
    results: list[object] = []
    run_in_background(window, "Checking…", lambda: release.wait(10) and "done", results.append,
                      results.append)  # fmt: skip
    try:
        [busy] = window.findChildren(QProgressDialog, "busy")
        assert not busy.isVisible()  # not for a quick job
        started = time.monotonic()
        qtbot.waitUntil(busy.isVisible, timeout=3000)
        assert time.monotonic() - started < 2  # "a moment": 0.4 s, not Qt's default 4 s
        assert busy.labelText() == "Checking…"
    finally:
        release.set()
    qtbot.waitUntil(lambda: results == ["done"])
    assert not isValid(busy) or not busy.isVisible()


# Switching databases


# The offscreen platform cannot grab the keyboard for a menu; a desktop can.
@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")
def test_recent_databases_lists_those_opened_before_and_reopens_one(
    app: Application, qtbot: QtBot, visits_db: Database, tmp_path: Path
) -> None:
    assert visits_db.path is not None
    first = visits_db.path
    second = _second_database(tmp_path)
    window = _open_first(app, qtbot, first)
    assert window.windowTitle() == _title_of(first)

    app.open_from_window(str(second))
    window = _switched_to(app, qtbot, second)
    assert window.delegations.model.rowCount() == 0
    assert app.settings.value("database/last") == f"sqlite:///{second}"

    menu = window.recent_menu
    assert menu.title() == _tr("MainWindow", "&Recent databases")
    menu.popup(window.mapToGlobal(QPoint(40, 40)))
    qtbot.waitUntil(menu.isVisible)
    texts = [a.text() for a in menu.actions()]
    assert texts == [f"&1 sqlite:///{first}"]  # the one shown now is not offered again
    qtbot.keyClick(menu, Qt.Key.Key_1)  # its mnemonic, as from the keyboard

    window = _switched_to(app, qtbot, first)
    assert window.delegations.model.rowCount() == len(VISITS)
    assert app.db is not None and app.db.path == first
    assert window.recent_databases() == [f"sqlite:///{first}", f"sqlite:///{second}"]


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")
def test_recent_databases_says_when_there_is_no_other(
    app: Application, qtbot: QtBot, visits_db: Database
) -> None:
    assert visits_db.path is not None
    window = _open_first(app, qtbot, visits_db.path)
    menu = window.recent_menu
    menu.popup(window.mapToGlobal(QPoint(40, 40)))
    qtbot.waitUntil(menu.isVisible)
    [only] = menu.actions()
    assert only.text() == _tr("MainWindow", "No other database yet")
    assert not only.isEnabled()
    menu.hide()


def test_a_new_database_is_created_migrated_and_shown(
    app: Application, qtbot: QtBot, visits_db: Database, tmp_path: Path
) -> None:
    assert visits_db.path is not None
    window = _open_first(app, qtbot, visits_db.path)
    window.show_area("delegations")
    new = tmp_path / "new year" / "2027.sqlite3"
    new.parent.mkdir()

    window.new_database_requested.emit(str(new))

    window = _switched_to(app, qtbot, new)
    assert new.exists()
    assert window.current_area() == "delegations"  # the area shown before is kept
    assert window.delegations.model.rowCount() == 0
    assert window.count_label.text() == _tr("MainWindow", "Delegations: %1").replace("%1", "0")
    assert app.db is not None and app.db.path == new
    check = open_database(new, create=False, migrate=False)  # already at the newest schema
    try:
        assert count_delegations(check) == 0
        assert list_programmes(check)  # the migrations' own programme is there
    finally:
        check.close()
    assert count_delegations(visits_db) == len(VISITS)  # the other one is untouched


def test_a_damaged_file_is_refused_and_the_current_database_stays_usable(
    app: Application, qtbot: QtBot, visits_db: Database, tmp_path: Path
) -> None:
    assert visits_db.path is not None
    window = _open_first(app, qtbot, visits_db.path)
    current = app.db
    damaged = tmp_path / "damaged.sqlite3"
    open_database(damaged).close()
    data = bytearray(damaged.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(page * 2, len(data) - page, page * 3):
        data[offset : offset + page // 2] = b"\xde\xad\xbe\xef" * (page // 8)
    damaged.write_bytes(bytes(data))
    before = _digest(damaged)

    seen: list[str] = []
    answer_next_box(QMessageBox.StandardButton.Ok, seen)
    app.open_from_window(str(damaged))
    qtbot.waitUntil(lambda: bool(seen))
    _no_work_left(qtbot)

    assert seen[0].startswith("База даних пошкоджена")
    assert app.window is window and window.isVisible()
    assert window.windowTitle() == _title_of(visits_db.path)
    assert app.db is current
    assert app.settings.value("database/last") == f"sqlite:///{visits_db.path}"
    assert _digest(damaged) == before
    # Still usable: a search, and a change saved from an editor.
    window.show_area("delegations")
    type_text(window.delegations.search, "Прага")
    assert window.delegations.model.rowCount() == 1
    editor = window.open_delegation(_prague_id(visits_db))
    assert editor is not None
    editor.place.clear()
    type_text(editor.place, "Зал урочистих подій")
    assert editor.save()
    assert get_delegation(visits_db, _prague_id(visits_db)).place == "Зал урочистих подій"


def test_switching_with_unsaved_changes_asks_and_cancel_keeps_everything(
    app: Application, qtbot: QtBot, visits_db: Database, tmp_path: Path
) -> None:
    assert visits_db.path is not None
    window = _open_first(app, qtbot, visits_db.path)
    current = app.db
    editor = window.open_delegation(_prague_id(visits_db))
    assert editor is not None
    editor.place.clear()
    type_text(editor.place, "Ще не збережено")
    elsewhere = tmp_path / "elsewhere.sqlite3"

    seen: list[str] = []
    answer_next_box(QMessageBox.StandardButton.Cancel, seen)
    app.open_from_window(str(elsewhere))
    qtbot.wait(300)  # time enough for an opening that should not happen

    assert seen == [_tr("Form", "This window has changes that are not saved. Save them?")]
    assert not elsewhere.exists()
    assert not background._running
    assert app.window is window and window.isVisible()
    assert window.windowTitle() == _title_of(visits_db.path)
    assert app.db is current
    assert window.editors == {_prague_id(visits_db): editor}
    assert editor.isVisible() and editor.place.text() == "Ще не збережено"
    assert editor.has_unsaved_changes()
    assert get_delegation(visits_db, _prague_id(visits_db)).place != "Ще не збережено"
    assert window.recent_databases() == [f"sqlite:///{visits_db.path}"]


def test_switching_after_discarding_the_changes_opens_the_other_database(
    app: Application, qtbot: QtBot, visits_db: Database, tmp_path: Path
) -> None:
    assert visits_db.path is not None
    window = _open_first(app, qtbot, visits_db.path)
    editor = window.open_delegation(_prague_id(visits_db))
    assert editor is not None
    type_text(editor.place, " (змінено)")
    second = _second_database(tmp_path)

    answer_next_box(QMessageBox.StandardButton.Discard)
    app.open_from_window(str(second))

    window = _switched_to(app, qtbot, second)
    assert window.editors == {}
    assert not isValid(editor) or not editor.isVisible()  # closed (and deleted)
    assert "(змінено)" not in get_delegation(visits_db, _prague_id(visits_db)).place


def test_a_replaced_window_is_deleted_not_kept_hidden(
    app: Application, qtbot: QtBot, qapp: QApplication, visits_db: Database, tmp_path: Path
) -> None:
    """Each switch used to leave the previous window (its areas, models and editors) alive."""
    assert visits_db.path is not None
    second = _second_database(tmp_path)
    first_window = _open_first(app, qtbot, visits_db.path)
    windows_before = len(qapp.topLevelWidgets())
    for path in (second, visits_db.path, second):
        replaced = app.window
        app.open_from_window(str(path))
        _switched_to(app, qtbot, path)
        qtbot.waitUntil(lambda replaced=replaced: not isValid(replaced))
    assert not isValid(first_window)
    assert len(qapp.topLevelWidgets()) == windows_before
    assert app.window is not None and app.window.delegations.model.rowCount() == 0
