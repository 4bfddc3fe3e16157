"""The freedesktop entry that puts the planner in a Linux desktop's menu."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ENTRY = ROOT / "resources" / "delegation-planner.desktop"


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(ENTRY, encoding="utf-8")
    return parser["Desktop Entry"]


def test_names_the_planner_in_both_languages_and_starts_the_gui() -> None:
    entry = _entry()
    assert entry["Type"] == "Application"
    assert entry["Name[uk]"] == "Планувальник делегацій"
    assert entry["Exec"].split()[0] == "planner-gui"
    assert entry["Icon"] == "delegation-planner"
    assert "Office" in entry["Categories"].split(";")
    assert (ROOT / "resources" / "icons" / "planner.svg").exists()


def test_passes_the_freedesktop_validator() -> None:
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        if os.environ.get("CI"):
            pytest.fail("desktop-file-validate is missing: scripts/install-system-packages "
                        "--for-tests installs desktop-file-utils")  # fmt: skip
        pytest.skip("desktop-file-utils is not installed")
    done = subprocess.run([validator, str(ENTRY)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_install_script_points_the_entry_at_this_checkout(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    subprocess.run([str(ROOT / "scripts" / "install-desktop-entry")], env=env, check=True,
                   capture_output=True)  # fmt: skip
    installed = (tmp_path / "applications" / "delegation-planner.desktop").read_text("utf-8")
    assert f"Exec={ROOT}/.venv/bin/planner-gui %f" in installed
    assert (tmp_path / "icons/hicolor/scalable/apps/delegation-planner.svg").exists()
