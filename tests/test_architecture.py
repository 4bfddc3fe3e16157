"""The layers point one way; this runs the import-linter contracts of pyproject.toml."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_layer_contracts_are_kept() -> None:
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint_imports, "import-linter is part of the test extras"
    result = subprocess.run(
        [lint_imports, "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 kept, 0 broken" in result.stdout


def test_nothing_outside_the_gui_imports_qt() -> None:
    """The contract above names the packages; this also catches a new top-level module."""
    allowed = {ROOT / "planner" / "app.py"}
    offenders = [
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "planner").rglob("*.py")
        if "gui" not in path.relative_to(ROOT / "planner").parts[:1]
        and path not in allowed
        and any(
            line.lstrip().startswith(("import PySide6", "from PySide6"))
            for line in path.read_text(encoding="utf-8").splitlines()
        )
    ]
    assert offenders == []
