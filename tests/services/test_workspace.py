"""The first run: a new user's planner opens on the demo year in their own data folder."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from planner.services.delegations import count_delegations
from planner.services.workspace import default_database_path, open_workspace


def test_the_first_run_writes_the_demo_year_into_the_default_database() -> None:
    path = default_database_path()
    assert str(path).startswith(os.environ["XDG_DATA_HOME"])  # never the developer's own
    assert not path.exists()

    db, demo_written = open_workspace(None, first_run_year=2024)
    try:
        assert demo_written and db.path == path
        assert count_delegations(db) >= 30
    finally:
        db.close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600

    again, demo_written = open_workspace(None)
    try:
        assert not demo_written
        assert count_delegations(again) == count_delegations(db)
    finally:
        again.close()


def test_a_named_database_is_opened_as_it_is(tmp_path: Path) -> None:
    db, demo_written = open_workspace(tmp_path / "office.sqlite3")
    try:
        assert not demo_written
        assert count_delegations(db) == 0
    finally:
        db.close()
    assert not default_database_path().exists()
