"""Long work off the window's thread: opening a large database, a backup, an export later.

The work runs in a QThread; while it lasts, a busy dialog (shown only if the work takes more
than a moment) keeps the window painted and says what is happening. The result, or the
``PlannerError`` the work raised, comes back on the window's thread; any other exception (a
defect) closes the busy dialog too and is raised again there, with its traceback. Work that
can tell how far it is (an export) gets a ``report(done, total)`` to call, and the dialog
shows a bar instead of the busy sign.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from planner.domain.errors import PlannerError

Report = Callable[[int, int], None]


class _Worker(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    crashed = Signal(object)
    advanced = Signal(int, int)

    def __init__(self, work: Callable[..., Any], reports: bool) -> None:
        super().__init__()
        self._work = work
        self._reports = reports

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self.advanced.emit) if self._reports else self._work()
        except PlannerError as problem:
            self.failed.emit(problem)
        except Exception as defect:  # a bug: it must not leave the busy dialog up for ever
            self.crashed.emit(defect)
        else:
            self.succeeded.emit(result)


class _Receiver(QObject):
    """Lives on the window's thread, so that the callbacks run there."""

    def __init__(self, done: Callable[[Any], None], failed: Callable[[PlannerError], None],
                 progress: QProgressDialog | None, owner: QObject | None) -> None:  # fmt: skip
        super().__init__(progress if progress is not None else owner)
        self._done = done
        self._failed = failed
        self._progress = progress

    def _close(self) -> None:
        if self._progress is not None:
            self._progress.close()

    @Slot(object)
    def succeeded(self, result: object) -> None:
        self._close()
        self._done(result)

    @Slot(int, int)
    def advanced(self, done: int, total: int) -> None:
        if total > 0 and self._progress is not None:
            self._progress.setMaximum(total)
            self._progress.setValue(min(done, total))

    @Slot(object)
    def failed(self, problem: object) -> None:
        self._close()
        assert isinstance(problem, PlannerError)
        self._failed(problem)

    @Slot(object)
    def crashed(self, defect: object) -> None:
        """A defect, not a user's problem: the window is usable again, and the error is raised
        here, on the window's thread, with its traceback (as any other bug's would be)."""
        self._close()
        assert isinstance(defect, BaseException)
        raise defect


_running: set[QThread] = set()  # kept alive until they finish


def run_in_background(parent: QWidget | None, label: str, work: Callable[..., Any],
                      done: Callable[[Any], None], failed: Callable[[PlannerError], None],
                      *, reports: bool = False, quiet: bool = False) -> QThread:  # fmt: skip
    """Run ``work()`` (``work(report)`` when it ``reports`` its progress) off the window's
    thread; ``done(result)`` or ``failed(problem)`` then run on the window's thread. Work done
    ``quiet``ly (a view filling in details) shows no busy dialog and blocks nothing."""
    progress: QProgressDialog | None = None
    if not quiet:
        progress = QProgressDialog(label, "", 0, 0, parent)
        progress.setCancelButton(None)  # type: ignore[arg-type]
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        # The bar starts below its minimum, so the duration above is not counted until a value
        # is set: without this the dialog would wait Qt's default four seconds to show.
        progress.setValue(0)
        progress.setObjectName("busy")
    receiver = _Receiver(done, failed, progress, parent)
    thread = QThread()
    worker = _Worker(work, reports)
    worker.moveToThread(thread)
    worker.advanced.connect(receiver.advanced)
    thread.started.connect(worker.run)
    worker.succeeded.connect(receiver.succeeded)
    worker.failed.connect(receiver.failed)
    worker.crashed.connect(receiver.crashed)
    for finished in (worker.succeeded, worker.failed, worker.crashed):
        finished.connect(thread.quit)
    thread.finished.connect(worker.deleteLater)
    thread.finished.connect(lambda: _running.discard(thread))
    if progress is not None:
        thread.finished.connect(progress.deleteLater)
    else:
        thread.finished.connect(receiver.deleteLater)
    thread.worker = worker  # type: ignore[attr-defined]
    _running.add(thread)
    thread.start()
    return thread
