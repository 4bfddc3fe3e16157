"""Mozilla's ical.js (the parser in Thunderbird) under node, as an independent reader of the
files the planner writes: tests/icaljs holds the pinned package and the script."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

ICALJS = Path(__file__).resolve().parents[1] / "icaljs"
SCRIPT = ICALJS / "read_events.mjs"


def icaljs_missing() -> str | None:
    """Why ical.js cannot run here, or None when it can."""
    if shutil.which("node") is None:
        return "node is not installed (scripts/install-system-packages --for-tests)"
    if not (ICALJS / "node_modules" / "ical.js" / "package.json").exists():
        return "ical.js is not installed: cd tests/icaljs && npm ci"
    return None


def require_icaljs() -> None:
    """Skips the test (or fails it in CI, where it must run) when node or ical.js is missing."""
    missing = icaljs_missing()
    if missing and os.environ.get("CI") == "true":
        pytest.fail(f"CI must read the calendar exports with ical.js: {missing}")
    if missing:
        pytest.skip(missing)


def read_with_icaljs(path: Path) -> dict[str, Any]:
    """The calendar as ical.js reads it: name, method, VTIMEZONE ids, every event (times in
    UTC seconds, all-day dates as YYYY-MM-DD) and every to-do (``todos``: due, status,
    summary, completed, ...)."""
    require_icaljs()
    done = subprocess.run(
        ["node", str(SCRIPT), str(path)], capture_output=True, text=True, check=False,
        timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, f"ical.js could not read {path.name}: {done.stderr}"
    result: dict[str, Any] = json.loads(done.stdout)
    return result
