"""What every area and editor of the main window works with: the open database, the undo
history, the interface's language, the remembered settings, and a way to open a delegation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from planner.domain.messages import Language
from planner.gui.edits import Edits
from planner.services.workspace import Database


@dataclass
class Workbench:
    db: Database
    edits: Edits
    language: Language
    settings: QSettings
    window: QWidget
    # Opens the delegation editor on a delegation (None: a new one).
    open_delegation: Callable[[int | None], None]
    # Opens the delegation editor on one of its agenda items: (delegation id, item id).
    open_agenda_item: Callable[[int, int], None] | None = None
    # Opens the delegation editor on its checklist, at one task: (delegation id, task id).
    open_checklist_task: Callable[[int, int], None] | None = None
