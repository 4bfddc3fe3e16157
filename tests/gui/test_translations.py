"""The Ukrainian interface is complete: every visible string of the GUI is translated, with the
same placeholders and mnemonics, and the shipped catalogue is compiled from its source."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from planner.gui.i18n import use_language

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "resources" / "translations" / "planner_uk.ts"
TOOLS = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message in a catalogue."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source") or "", translation))
    return found


def _texts(translation: ET.Element) -> list[str]:
    """The translation's words; a plural entry keeps each form in a <numerusform> child."""
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


ENGLISH_PLURALS = ROOT / "resources" / "translations" / "planner_en.ts"


@pytest.mark.parametrize("catalogue", [SOURCE, ENGLISH_PLURALS], ids=["uk", "en-plurals"])
def test_every_message_is_translated(catalogue: Path) -> None:
    untranslated = [
        f"{context}: {source!r}"
        for context, source, translation in messages(catalogue)
        if translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not all(text.strip() for text in _texts(translation))
    ]
    assert untranslated == []


def test_every_message_has_the_context_the_code_looks_it_up_in() -> None:
    """A string marked through a helper of one's own (``tr = …``) lands in an empty context,
    where ``QCoreApplication.translate("Ctx", …)`` never finds it: shown untranslated."""
    nameless = [source for context, source, _ in messages(SOURCE) if not context]
    assert nameless == []


def test_translations_keep_placeholders_and_mnemonics() -> None:
    wrong = []
    for context, source, translation in messages(SOURCE):
        for text in _texts(translation):
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                wrong.append(f"{context}: {source!r} has other placeholders than {text!r}")
            if source.replace("&&", "").count("&") != text.replace("&&", "").count("&"):
                wrong.append(f"{context}: {source!r} and {text!r} differ in their mnemonic")
    assert wrong == []


def test_no_visible_string_of_the_code_is_missing_from_the_catalogue(tmp_path: Path) -> None:
    """lupdate over today's sources finds nothing that the catalogue does not translate."""
    copy = tmp_path / "planner_uk.ts"
    shutil.copy(SOURCE, copy)
    sources = sorted(str(p) for p in (ROOT / "planner" / "gui").glob("*.py"))
    subprocess.run([str(TOOLS / "pyside6-lupdate"), "-no-obsolete", "-locations", "none",
                    *sources, "-ts", str(copy)], check=True, capture_output=True)  # fmt: skip
    fresh = {(c, s) for c, s, t in messages(copy) if t.get("type") != "unfinished"}
    missing = {(c, s) for c, s, t in messages(copy)} - fresh
    assert missing == set()


@pytest.mark.parametrize("catalogue", [SOURCE, ENGLISH_PLURALS], ids=["uk", "en-plurals"])
def test_the_shipped_catalogue_is_compiled_from_its_source(catalogue: Path, tmp_path: Path) -> None:
    compiled = tmp_path / catalogue.with_suffix(".qm").name
    subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent", str(catalogue), "-qm",
                    str(compiled)], check=True)  # fmt: skip
    assert compiled.read_bytes() == catalogue.with_suffix(".qm").read_bytes(), (
        "run scripts/update-translations"
    )


def test_qt_own_words_are_ukrainian_too(qapp: QApplication) -> None:
    use_language(qapp, "uk")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Скасувати"
    assert QCoreApplication.translate("MainWindow", "&File") == "&Файл"
    use_language(qapp, "en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_english_plurals_read_as_english(qapp: QApplication) -> None:
    use_language(qapp, "en")
    assert QCoreApplication.translate("PrintPreview", "%n page(s)", "", 2) == "2 pages"
    assert QCoreApplication.translate("PrintPreview", "%n page(s)", "", 1) == "1 page"
    use_language(qapp, "uk")
    assert QCoreApplication.translate("PrintPreview", "%n page(s)", "", 2) == "2 сторінки"


def _wrappers(tree: ast.Module) -> set[str]:
    """Functions that pass one of their own parameters as the text to ``translate``/``tr``."""
    found = set()
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        params = {a.arg for a in function.args.args}
        for call in ast.walk(function):
            if not isinstance(call, ast.Call) or not isinstance(
                call.func, ast.Attribute | ast.Name
            ):
                continue
            name = call.func.attr if isinstance(call.func, ast.Attribute) else call.func.id
            index = {"translate": 1, "tr": 0}.get(name)
            if index is None or len(call.args) <= index:
                continue
            text = call.args[index]
            if isinstance(text, ast.Name) and text.id in params:
                found.add(function.name)
    return found


def test_no_string_is_hidden_from_lupdate_behind_a_helper_of_ones_own() -> None:
    """``_tr("today")`` through ``def _tr(text): return translate("Ctx", text)`` is never
    extracted by lupdate, so the Ukrainian interface shows it in English."""
    hidden = []
    for path in sorted((ROOT / "planner" / "gui").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        wrappers = _wrappers(tree)
        for call in ast.walk(tree):
            if (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                    and call.func.id in wrappers and call.args
                    and isinstance(call.args[0], ast.Constant)):  # fmt: skip
                hidden.append(f"{path.name}:{call.lineno} {call.func.id}({call.args[0].value!r})")
    assert hidden == []
