"""The service calls that change each kind of record, as the undo history takes them."""

from __future__ import annotations

from planner.domain.records import Delegation
from planner.gui.edits import RecordOps
from planner.gui.workbench import Workbench
from planner.services.delegations import delete_delegation, restore_delegation, save_delegation


def delegation_ops(bench: Workbench) -> RecordOps[Delegation]:
    db = bench.db
    return RecordOps(
        save=lambda d: save_delegation(db, d),
        delete=lambda i, v: delete_delegation(db, i, v),
        restore=lambda i: restore_delegation(db, i),
    )
