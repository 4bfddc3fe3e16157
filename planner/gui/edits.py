"""The window's undo history: every change the officer makes goes through ``Edits``.

Each change is done at once, as one service call (one transaction), and only then recorded
as an undo step; a refused change leaves no step behind and raises its ``PlannerError`` to the
caller, which shows it. Undo and redo are service calls too, and they carry the version the
step last saw, so undoing never overwrites what another officer saved meanwhile: such an undo
is refused, said so, and the history (which no longer matches the database) is cleared.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from planner.domain.errors import PlannerError
from planner.domain.messages import Language


class Versioned(Protocol):
    @property
    def id(self) -> int | None: ...
    @property
    def version(self) -> int: ...


R = TypeVar("R", bound=Versioned)
T = TypeVar("T")


@dataclass(frozen=True)
class RecordOps(Generic[R]):
    """The service calls that change one kind of record (partially applied to the database)."""

    save: Callable[[R], R]
    delete: Callable[[int, int], None]
    restore: Callable[[int], R]


class _Step(QUndoCommand):
    """One change already done; ``undo`` and ``redo`` do it again through services."""

    def __init__(self, edits: Edits, text: str, undo: Callable[[], object],
                 redo: Callable[[], object]) -> None:  # fmt: skip
        super().__init__(text)
        self._edits = edits
        self._undo = undo
        self._redo = redo
        self._done = True  # pushing a step calls redo(): the change is already made

    def redo(self) -> None:
        if self._done:
            return
        self._edits._replay(self._redo, undoing=False)
        self._done = True

    def undo(self) -> None:
        self._edits._replay(self._undo, undoing=True)
        self._done = False


class Edits(QObject):
    """Makes changes, keeps them undoable, and tells the views that the database changed."""

    changed = Signal()

    def __init__(self, window: QWidget, language: Language) -> None:
        super().__init__(window)
        self._window = window
        self.language = language
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(200)
        # The version each record was left at by the last step on it (whichever step that
        # was): undoing an edit after its record was deleted and restored must start there.
        self._versions: dict[tuple[str, int], int] = {}

    def perform(
        self,
        text: str,
        do: Callable[[], T],
        steps: Callable[[T], tuple[Callable[[], object], Callable[[], object]]],
    ) -> T:
        """Do a change; ``steps(result)`` gives its (undo, redo). Raises what ``do`` raises."""
        result = do()
        undo, redo = steps(result)
        self.stack.push(_Step(self, text, undo, redo))
        self.changed.emit()
        return result

    def create(self, ops: RecordOps[R], text: str, record: R) -> R:
        """Save a new record; undo deletes it, redo brings it back."""

        def steps(saved: R) -> tuple[Callable[[], object], Callable[[], object]]:
            key = self._seen(saved)

            def undo() -> None:
                ops.delete(key[1], self._versions[key])

            def redo() -> None:
                self._seen(ops.restore(key[1]))

            return undo, redo

        return self.perform(text, lambda: ops.save(record), steps)

    def create_many(self, ops: RecordOps[R], text: str, do: Callable[[], list[R]]) -> list[R]:
        """Records made by one service call (a template's tasks) as ONE step: undo deletes
        them all, redo brings them back; each one's version is kept like any other's, so a
        later step on one of them and this one start from the version the other left."""

        def steps(created: list[R]) -> tuple[Callable[[], object], Callable[[], object]]:
            keys = [self._seen(record) for record in created]

            def undo() -> None:
                for key in reversed(keys):
                    ops.delete(key[1], self._versions[key])

            def redo() -> None:
                for key in keys:
                    self._seen(ops.restore(key[1]))

            return undo, redo

        return self.perform(text, do, steps)

    def edit(self, ops: RecordOps[R], text: str, before: R, after: R) -> R:
        """Save ``after`` over ``before``; undo puts ``before`` back, unless someone else has
        changed the record since (then the undo is refused as a stale save)."""

        def steps(saved: R) -> tuple[Callable[[], object], Callable[[], object]]:
            key = self._seen(saved)

            def put(values: R) -> None:
                self._seen(ops.save(replace(values, version=self._versions[key])))  # type: ignore[type-var]

            return (lambda: put(before)), (lambda: put(saved))

        return self.perform(text, lambda: ops.save(after), steps)

    def delete(self, ops: RecordOps[R], text: str, record: R) -> None:
        """Delete (softly); undo restores the record, redo deletes it again."""
        key = self._key(record)

        def undo() -> None:
            self._seen(ops.restore(key[1]))

        def redo() -> None:
            ops.delete(key[1], self._versions[key])

        self.perform(text, lambda: ops.delete(key[1], record.version),
                     lambda _none: (undo, redo))  # fmt: skip

    @staticmethod
    def _key(record: Versioned) -> tuple[str, int]:
        assert record.id is not None
        return type(record).__name__, record.id

    def _seen(self, record: Versioned) -> tuple[str, int]:
        """Note the version a step left ``record`` at: the next step on it starts from there."""
        key = self._key(record)
        self._versions[key] = record.version
        return key

    def changing(self, text: str, record: R, do: Callable[[int, int], R],
                 undo: Callable[[int, int], R]) -> R:  # fmt: skip
        """A change of one record that is not a save (e.g. handing a planned gift out):
        ``do(id, version)`` makes it, ``undo(id, version)`` takes it back; both return the
        record as they left it, and each step starts from the version the last one left."""
        key = self._key(record)

        def steps(done: R) -> tuple[Callable[[], object], Callable[[], object]]:
            self._seen(done)
            return ((lambda: self._seen(undo(key[1], self._versions[key]))),
                    (lambda: self._seen(do(key[1], self._versions[key]))))  # fmt: skip

        return self.perform(text, lambda: do(key[1], record.version), steps)

    def _replay(self, action: Callable[[], Any], undoing: bool) -> None:
        try:
            action()
        except PlannerError as problem:
            # The history no longer matches the database: keeping it would undo the wrong
            # thing next time. It is cleared (and the officer told) once the stack has
            # finished this step: clearing it now would delete the step that is running.
            QTimer.singleShot(0, lambda p=problem: self._refused(p, undoing))
        self.changed.emit()

    def _refused(self, problem: PlannerError, undoing: bool) -> None:
        self.stack.clear()
        title = self.tr("Could not undo") if undoing else self.tr("Could not redo")
        QMessageBox.warning(self._window, title, problem.message(self.language) + "\n\n"
                            + self.tr("The undo history has been cleared."))  # fmt: skip
