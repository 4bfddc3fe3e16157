"""Screenshots of every area and editor of the planner, in Ukrainian and in English.

Run by ``scripts/screenshots`` inside Xvfb (1280x800) on a fresh demo database:

    .venv/bin/python scripts/take_screenshots.py --db FILE --out FOLDER [--lang uk --lang en]

For each language the application is built as ``planner.gui.application`` builds it, the main
window fills the screen, and the whole X screen is captured with ImageMagick's ``import`` for
each area (``<lang>-area-<key>.png``) and each editor shown over the window (``<lang>-<view>.png``).
Nothing is saved to the database: every editor is closed without saving.

A view that cannot be opened, and any message box that pops up unasked (an error, a question
about unsaved changes), is reported and makes the exit status 1; such a box is captured as
``<lang>-<view>-unexpected-<n>.png`` and then dismissed, so that the run never hangs.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from planner.domain.enums import Direction
from planner.domain.records import HOME_TIMEZONE, Person
from planner.gui import forms
from planner.gui.agenda_editor import AgendaItemDialog
from planner.gui.application import APPLICATION, ICON, ORGANISATION, Application
from planner.gui.delegation_editor import DelegationEditor
from planner.gui.i18n import use_language
from planner.gui.main_window import AREAS, MainWindow
from planner.gui.participants_panel import ParticipationDialog
from planner.gui.partner_editor import AgreementDialog, PartnerDialog
from planner.gui.person_editor import PersonDialog
from planner.services.agenda import get_agenda_item, list_agenda
from planner.services.delegations import list_delegations
from planner.services.partners import get_partner, list_agreements, list_partners
from planner.services.people import get_person, list_participants, list_people
from planner.services.workspace import Database

SETTLE_MS = 300
LANGUAGES = ("uk", "en")


class Failed(Exception):
    """A view could not be shown as asked."""


def settle(ms: int = SETTLE_MS) -> None:
    """Let Qt lay out and paint for ``ms`` milliseconds."""
    deadline = time.monotonic() + ms / 1000
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)
    QCoreApplication.processEvents()


def capture(path: Path) -> None:
    """The whole X screen into ``path``."""
    QGuiApplication.sync()  # everything Qt asked the X server for is drawn
    result = subprocess.run(["import", "-window", "root", str(path)], capture_output=True,
                            text=True, timeout=60)  # fmt: skip
    if result.returncode != 0 or not path.exists() or path.stat().st_size == 0:
        raise Failed(f"import could not capture {path.name}: {result.stderr.strip()}")


def centre(widget: QWidget) -> None:
    """Without a window manager nothing places a new window: put it in the middle."""
    screen = QGuiApplication.primaryScreen().availableGeometry()
    frame = widget.frameGeometry()
    frame.moveCenter(screen.center())
    widget.move(max(frame.left(), 0), max(frame.top(), 0))


class Recorder:
    """Names the files, runs each view, and watches for message boxes nobody asked for."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.lang = ""
        self.view = ""
        self.written: list[Path] = []
        self.failures: list[str] = []
        self._unexpected = 0
        self._watchdog = QTimer()
        self._watchdog.setInterval(250)
        self._watchdog.timeout.connect(self._dismiss_unexpected)
        self._watchdog.start()

    def shot(self, name: str) -> None:
        path = self.out / f"{self.lang}-{name}.png"
        capture(path)
        self.written.append(path)

    @contextmanager
    def running(self, view: str) -> Iterator[None]:
        outer, self.view = self.view, view
        before = len(self.failures)
        try:
            yield
        except Exception as problem:  # one broken view must not stop the rest
            details = "".join(traceback.format_exception(problem)).rstrip()
            self.failures.append(f"{self.lang}-{view}: {problem!r}\n{details}")
        finally:
            if len(self.failures) > before:
                print(f"FAILED {self.lang}-{view}", file=sys.stderr)
            self.view = outer

    def _dismiss_unexpected(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or not modal.isVisible():
            return
        self._unexpected += 1
        text = modal.text() if isinstance(modal, QMessageBox) else modal.windowTitle()
        where = f"{self.lang}-{self.view or 'between-views'}"
        name = f"{where}-unexpected-{self._unexpected}.png"
        try:
            capture(self.out / name)
            self.written.append(self.out / name)
        except Failed as problem:
            name = str(problem)
        self.failures.append(f"{where}: unexpected {type(modal).__name__} «{text}» ({name})")
        if isinstance(modal, QMessageBox):
            discard = modal.button(QMessageBox.StandardButton.Discard)
            if discard is not None:  # "unsaved changes?": drop them, never save
                discard.click()
                return
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()


def fill_screen(window: QWidget) -> None:
    window.showMaximized()
    # Without a window manager "maximised" is only a wish: set the geometry as well.
    window.setGeometry(QGuiApplication.primaryScreen().availableGeometry())
    settle()


def show_dialog(dialog: QDialog) -> None:
    dialog.show()
    centre(dialog)
    dialog.raise_()
    dialog.activateWindow()
    settle()


def close_dialog(dialog: QDialog) -> None:
    dialog.reject()  # nothing was changed: no question asked (the watchdog answers one)
    settle(50)
    if dialog.isVisible():
        raise Failed(f"{type(dialog).__name__} stayed open after Cancel")
    dialog.deleteLater()


def close_editor(editor: DelegationEditor) -> None:
    if editor.has_unsaved_changes():
        raise Failed("the delegation editor says it has unsaved changes though nothing was typed")
    if not editor.close():
        raise Failed("the delegation editor refused to close")
    settle(50)


# Choosing the demo records


def rich_incoming_delegation(db: Database) -> int:
    rows = [r for r in list_delegations(db) if r.direction == Direction.INCOMING]
    if not rows:
        raise Failed("the demo database has no incoming delegation")
    return max(rows, key=lambda r: (r.participant_count + r.agenda_count, -r.id)).id


def delegation_abroad(db: Database) -> int:
    rows = [
        r for r in list_delegations(db)
        if r.direction == Direction.OUTGOING and r.timezone != HOME_TIMEZONE and r.agenda_count
    ]  # fmt: skip
    if not rows:
        raise Failed("the demo database has no visit abroad with a programme")
    return max(rows, key=lambda r: (r.agenda_count, r.participant_count, -r.id)).id


def person_with_personal_data(db: Database) -> Person:
    best: tuple[int, int, Person] | None = None
    for row in list_people(db):
        person = get_person(db, row.id)
        filled = sum(bool(getattr(person, f)) for f in Person.SENSITIVE_FIELDS)
        if best is None or filled > best[0]:
            best = (filled, -row.id, person)
    if best is None or best[0] == 0:
        raise Failed("the demo database has nobody with personal data")
    return best[2]


# The views


def select_behind(area: QWidget, method: str, record_id: int) -> None:
    """Choose the record in the area behind its dialog, as when it is opened from there (a
    nicety: an area without that method is left as it is)."""
    choose = getattr(area, method, None)
    if choose is not None:
        choose(record_id)
        settle(50)


def take_areas(rec: Recorder, window: MainWindow) -> None:
    for key in AREAS:
        with rec.running(f"area-{key}"):
            window.show_area(key)
            settle()
            if window.current_area() != key:
                raise Failed(f"show_area({key!r}) shows {window.current_area()!r}")
            rec.shot(f"area-{key}")


def take_calendar(rec: Recorder, window: MainWindow) -> None:
    """Month, week and day at the busiest day of the demo year (most agenda items), and the
    week of a visit abroad (its own times with Kyiv's beside them)."""
    from collections import Counter

    from planner.gui.calendar_area import Mode

    db = window.bench.db
    items = list_agenda(db)
    if not items:
        raise Failed("the demo database has no agenda items")
    busiest = Counter(i.starts_at.date() for i in items).most_common(1)[0][0]
    window.show_area("calendar")
    area = window.calendar
    for mode in Mode:
        with rec.running(f"calendar-{mode.value}"):
            area.go_to(busiest)
            area.set_mode(mode)
            settle()
            rec.shot(f"calendar-{mode.value}")
    with rec.running("calendar-week-abroad"):
        abroad = delegation_abroad(db)
        first = min(i.starts_at.date() for i in items if i.delegation_id == abroad)
        area.go_to(first)
        area.set_mode(Mode.WEEK)
        settle()
        rec.shot("calendar-week-abroad")
    area.set_mode(Mode.MONTH)


def take_calendar_files(rec: Recorder, window: MainWindow, work: Path) -> None:
    """The export dialog, the conflicts list, and the import preview of a visit's exported
    programme (as a colleague would send it back)."""
    from planner.gui.calendar_files import ExportCalendarDialog, ImportCalendarDialog
    from planner.services.calendar import export_ics
    from planner.services.calendar_import import read_calendar_file

    db = window.bench.db
    abroad = delegation_abroad(db)
    with rec.running("export-calendar-dialog"):
        # Made here as File > Export calendar… makes it, but not window-modal: the watchdog
        # takes a modal dialog nobody asked for as unexpected.
        dialog = ExportCalendarDialog(window.bench, window, abroad)
        show_dialog(dialog)
        rec.shot("export-calendar-dialog")
        close_dialog(dialog)
    with rec.running("conflicts-window"):
        window.show_conflicts()
        conflicts = window.conflicts_window
        conflicts.resize(1100, 600)
        centre(conflicts)
        settle()
        rec.shot("conflicts-window")
        conflicts.close()
        settle(50)
    with rec.running("import-calendar-dialog"):
        path = work / f"programme-{rec.lang}.ics"
        export_ics(db, path, delegation_id=abroad)
        importing = ImportCalendarDialog(window.bench, read_calendar_file(path), str(path), window)
        show_dialog(importing)
        rec.shot("import-calendar-dialog")
        close_dialog(importing)


def take_print_preview(rec: Recorder, window: MainWindow) -> None:
    """The print preview of a visit abroad's programme, in both languages side by side."""
    from planner.gui.printing import open_preview

    with rec.running("print-preview"):
        abroad = delegation_abroad(window.bench.db)
        preview = open_preview(window.bench, "programme", abroad, "programme")
        preview.language.setCurrentIndex(preview.language.findData("uk+en"))
        deadline = time.monotonic() + 30
        while preview.shown_language != "uk+en" or not preview.save_button.isEnabled():
            if time.monotonic() > deadline:
                raise Failed("the programme was not made within 30 s")
            settle(100)
        preview.resize(1000, 780)
        centre(preview)
        settle(600)
        rec.shot("print-preview")
        preview.close()
        settle(50)


def take_delegation_editors(rec: Recorder, window: MainWindow) -> None:
    db = window.bench.db
    window.show_area("delegations")
    settle()
    with rec.running("delegation-rich"):
        rich = rich_incoming_delegation(db)
        editor = window.open_delegation(rich)
        if editor is None:
            raise Failed(f"delegation {rich} did not open")
        centre(editor)
        try:
            for index, name in enumerate(
                ("overview", "participants", "programme", "gifts", "checklist")
            ):
                editor.tabs.setCurrentIndex(index)
                settle()
                if editor.tabs.currentIndex() != index:
                    raise Failed(f"tab {index} ({name}) could not be chosen")
                rec.shot(f"delegation-{name}")

            # The participation and agenda item dialogs open from this editor, as in use.
            editor.tabs.setCurrentIndex(1)
            settle(50)
            with rec.running("participation-dialog"):
                rows = list_participants(db, rich)
                if not rows:
                    raise Failed("the rich delegation has no participants")
                row = max(rows, key=lambda r: (
                    sum(bool(v) for v in (r.participation.arrival_at, r.participation.hotel,
                                          r.participation.departure_at, r.participation.notes)),
                    -(r.participation.id or 0),
                ))  # fmt: skip
                dialog = ParticipationDialog(window.bench, row, editor.loaded, editor.participants)
                show_dialog(dialog)
                rec.shot("participation-dialog")
                close_dialog(dialog)
            editor.tabs.setCurrentIndex(2)
            settle(50)
            with rec.running("agenda-item-dialog"):
                items = list_agenda(db, rich)
                if not items:
                    raise Failed("the rich delegation has no agenda items")
                item = get_agenda_item(db, items[0].id)
                agenda = AgendaItemDialog(window.bench, editor.loaded, item, None,
                                          editor.programme)  # fmt: skip
                show_dialog(agenda)
                rec.shot("agenda-item-dialog")
                close_dialog(agenda)
        finally:
            close_editor(editor)

    with rec.running("delegation-abroad-programme"):
        abroad = delegation_abroad(db)
        editor = window.open_delegation(abroad)
        if editor is None:
            raise Failed(f"delegation {abroad} did not open")
        centre(editor)
        try:
            editor.tabs.setCurrentIndex(2)
            settle()
            rec.shot("delegation-abroad-programme")
        finally:
            close_editor(editor)

    with rec.running("delegation-new-problems"):
        editor = window.open_delegation(None)
        if editor is None:
            raise Failed("the new delegation editor did not open")
        centre(editor)
        try:
            settle()
            rec.shot("delegation-new")
            start = forms.date_of(editor.start_date)
            assert start is not None
            editor.title_uk.clear()
            forms.set_date(editor.end_date, start - timedelta(days=3))
            editor.save_button.click()
            settle()
            if editor.loaded.id is not None:
                raise Failed("a delegation without a title, ending before it starts, was saved")
            rec.shot("delegation-new-problems")
        finally:
            editor.discard_changes()
            close_editor(editor)


def take_record_dialogs(rec: Recorder, window: MainWindow) -> None:
    db = window.bench.db
    with rec.running("person-dialog"):
        window.show_area("people")
        settle()
        person = person_with_personal_data(db)
        assert person.id is not None
        select_behind(window.people, "select", person.id)
        dialog = PersonDialog(window.bench, person, window)
        show_dialog(dialog)
        rec.shot("person-dialog")
        close_dialog(dialog)

    window.show_area("partners")
    settle()
    with rec.running("partner-dialog"):
        rows = sorted(list_partners(db), key=lambda r: (-r.agreement_count, r.id))
        if not rows:
            raise Failed("the demo database has no partners")
        select_behind(window.partners, "select_partner", rows[0].id)
        dialog = PartnerDialog(window.bench, get_partner(db, rows[0].id), window)
        show_dialog(dialog)
        rec.shot("partner-dialog")
        close_dialog(dialog)

    with rec.running("agreement-dialog"):
        agreements = list_agreements(db)
        if not agreements:
            raise Failed("the demo database has no agreements")
        agreement = max(agreements, key=lambda a: (
            sum(bool(getattr(a, f.name)) for f in fields(a)), -(a.id or 0)))  # fmt: skip
        partner = get_partner(db, agreement.partner_id)
        select_behind(window.partners, "select_partner", agreement.partner_id)
        select_behind(window.partners, "select_agreement", agreement.id)
        dialog = AgreementDialog(window.bench, partner, agreement, window)
        show_dialog(dialog)
        rec.shot("agreement-dialog")
        close_dialog(dialog)


def take_gifts(rec: Recorder, window: MainWindow) -> None:
    """The Gifts area's dialogs, and the Gifts tab of a coming visit (planned, with warnings)."""
    from planner.domain.enums import MovementKind
    from planner.gui.gift_dialogs import GiftItemDialog, MovementDialog
    from planner.gui.gift_plan_panel import PlannedGiftDialog
    from planner.services.gifts import list_stock
    from planner.services.planned_gifts import list_planned_gifts

    db = window.bench.db
    window.show_area("gifts")
    settle()
    stock = list_stock(db)
    if not stock:
        raise Failed("the demo database has no gift items")
    item = max(stock, key=lambda r: (r.quantity, -(r.item.id or 0))).item
    with rec.running("gift-item-dialog"):
        dialog = GiftItemDialog(window.bench, item, window)
        show_dialog(dialog)
        rec.shot("gift-item-dialog")
        close_dialog(dialog)
    for kind in (MovementKind.PURCHASE, MovementKind.STOCK_TAKE):
        with rec.running(f"gift-{kind.value}-dialog"):
            movement = MovementDialog(window.bench, kind, item, window)
            show_dialog(movement)
            rec.shot(f"gift-{kind.value}-dialog")
            close_dialog(movement)
    with rec.running("gift-register"):
        from planner.domain.enums import GiftDirection
        from planner.gui.gift_limits_dialog import GiftLimitsDialog
        from planner.gui.gift_register_panel import GiftRecordDialog
        from planner.services.gifts import list_gift_records

        area = window.area("gifts")
        area.tabs.setCurrentWidget(area.register)
        settle()
        rec.shot("gift-register")
        received = [r for r in list_gift_records(db) if r.direction is GiftDirection.RECEIVED]
        if not received:
            raise Failed("the demo database has no gift received")
        record = max(received, key=lambda r: (r.value or 0, -(r.id or 0)))
        entry = GiftRecordDialog(window.bench, record, window)
        show_dialog(entry)
        rec.shot("gift-record-dialog")
        close_dialog(entry)
        limits = GiftLimitsDialog(window.bench, window)
        show_dialog(limits)
        rec.shot("gift-limits-dialog")
        close_dialog(limits)
        area.tabs.setCurrentIndex(0)
    coming = [r for r in list_delegations(db) if list_planned_gifts(db, r.id)
              and not any(g.gift.handed_out for g in list_planned_gifts(db, r.id))]  # fmt: skip
    with rec.running("delegation-coming-gifts"):
        if not coming:
            raise Failed("the demo database has no coming visit with planned gifts")
        # The coming visit with the most to warn about, so that the warnings are seen.
        visit = max(
            coming,
            key=lambda r: (sum(len(g.warnings) for g in list_planned_gifts(db, r.id)), -r.id),
        ).id
        editor = window.open_delegation(visit)
        if editor is None:
            raise Failed(f"delegation {visit} did not open")
        centre(editor)
        try:
            editor.tabs.setCurrentWidget(editor.gifts)
            settle()
            rec.shot("delegation-coming-gifts")
            planned = max(list_planned_gifts(db, visit), key=lambda g: len(g.warnings)).gift
            with rec.running("planned-gift-dialog"):
                plan = PlannedGiftDialog(window.bench, editor.loaded, planned, editor.gifts)
                show_dialog(plan)
                rec.shot("planned-gift-dialog")
                close_dialog(plan)
        finally:
            close_editor(editor)


def take_checklists(rec: Recorder, window: MainWindow) -> None:
    """The template editor, and the task and apply-template dialogs of a visit's checklist."""
    from planner.gui.checklist_panel import ApplyTemplateDialog, TaskDialog
    from planner.gui.template_editor import TemplateEditor
    from planner.services.checklists import list_tasks

    db = window.bench.db
    window.show_area("checklists")
    settle()
    with rec.running("template-editor"):
        editor = TemplateEditor(window.bench, window)
        show_dialog(editor)
        rec.shot("template-editor")
        close_dialog(editor)
    with rec.running("task-dialogs"):
        rich = rich_incoming_delegation(db)
        delegation_editor = window.open_delegation(rich)
        if delegation_editor is None:
            raise Failed(f"delegation {rich} did not open")
        centre(delegation_editor)
        try:
            delegation_editor.tabs.setCurrentWidget(delegation_editor.checklist)
            settle(50)
            tasks = list_tasks(db, rich)
            if not tasks:
                raise Failed("the rich delegation has no checklist tasks")
            task = max(tasks, key=lambda r: (bool(r.task.comment), r.task.offset_days is not None,
                                             -(r.task.id or 0))).task  # fmt: skip
            dialog = TaskDialog(window.bench, delegation_editor.loaded, task,
                                delegation_editor.checklist)  # fmt: skip
            show_dialog(dialog)
            rec.shot("task-dialog")
            close_dialog(dialog)
            apply = ApplyTemplateDialog(window.bench, delegation_editor.loaded,
                                        delegation_editor.checklist)  # fmt: skip
            show_dialog(apply)
            rec.shot("apply-template-dialog")
            close_dialog(apply)
        finally:
            close_editor(delegation_editor)


def take_language(rec: Recorder, qt_app: QApplication, lang: str, db_file: str) -> None:
    rec.lang = lang
    use_language(qt_app, lang)  # type: ignore[arg-type]
    app = Application(qt_app, lang)  # type: ignore[arg-type]
    with rec.running("open"):
        if not app.open(db_file):
            raise Failed(f"the application could not open {db_file}")
    window = app.window
    if window is None:
        rec.failures.append(f"{lang}: no main window, nothing captured")
        return
    try:
        fill_screen(window)
        take_areas(rec, window)
        take_calendar(rec, window)
        take_calendar_files(rec, window, Path(db_file).parent)
        take_print_preview(rec, window)
        take_delegation_editors(rec, window)
        take_record_dialogs(rec, window)
        take_gifts(rec, window)
        take_checklists(rec, window)
    finally:
        window.close()
        settle(50)
        if app.db is not None:
            app.db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="a demo database (planner demo --db FILE)")
    parser.add_argument("--out", required=True, type=Path, help="folder for the PNG files")
    parser.add_argument("--lang", action="append", choices=LANGUAGES,
                        help="only this language (may be repeated; default: uk and en)")  # fmt: skip
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        print("No DISPLAY: run this under an X server (scripts/screenshots uses xvfb-run).",
              file=sys.stderr)  # fmt: skip
        return 2
    if "://" not in args.db and not Path(args.db).is_file():
        # Opening a missing file would make a new, empty database: nothing to show.
        print(f"No database at {args.db}: write one with planner demo --db FILE.",
              file=sys.stderr)  # fmt: skip
        return 2
    args.out.mkdir(parents=True, exist_ok=True)

    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QGuiApplication.setDesktopFileName("delegation-planner")
    qt_app = QApplication(sys.argv[:1])
    if ICON.exists():
        qt_app.setWindowIcon(QIcon(str(ICON)))
    if qt_app.platformName() != "xcb":
        print(f"Qt runs on «{qt_app.platformName()}», not xcb: import would capture nothing "
              "of it. Set QT_QPA_PLATFORM=xcb.", file=sys.stderr)  # fmt: skip
        return 2
    rec = Recorder(args.out)
    for lang in args.lang or LANGUAGES:
        try:
            take_language(rec, qt_app, lang, args.db)
        except Exception as problem:  # still report what was written
            rec.failures.append(f"{lang}: {''.join(traceback.format_exception(problem))}")

    print(f"Files written to {args.out}:")
    for path in rec.written:
        print(f"  {path}")
    if rec.failures:
        print(f"\n{len(rec.failures)} view(s) failed:", file=sys.stderr)
        for failure in rec.failures:
            print(f"- {failure}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
