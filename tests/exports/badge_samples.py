"""Names for the badge and table card tests, and readers of the PDFs they make (poppler's
pdftotext and pdffonts, and pypdf, two independent readers)."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

from pypdf import PdfReader

from planner.domain.records import Person

# The longest names the office has met, both scripts; every letter Ukrainian has beyond
# Russian (Ґ Є І Ї) and the apostrophe.
LONG_UKRAINIAN = Person("Ковальчук-Загородня", "Олександра-Вікторія")
LONG_GERMAN = Person("Мюллер-Люденшайдт", "Ганс-Йоахім", family_name_latin="Müller-Lüdenscheidt",
                     given_names_latin="Hans-Joachim", country="DE")  # fmt: skip
# fmt: off
PEOPLE = (
    LONG_UKRAINIAN,
    LONG_GERMAN,
    Person("Ґудзь", "Євгенія", position="Перекладачка", position_en="Interpreter"),
    Person("Їжакевич", "Ірина", family_name_latin="Yizhakevych", given_names_latin="Iryna",
           position="Начальниця управління міжнародного співробітництва",
           position_en="Head of the International Cooperation Department"),
    Person("О’Коннор", "Юрій", position="Радник", position_en="Adviser"),
    Person("Дворжак", "Томаш", family_name_latin="Dvořák", given_names_latin="Tomáš",
           country="CZ", position="Староста міського району Прага 6",
           position_en="Mayor of Prague 6", organisation="Městská část Praha 6"),
)
# fmt: on


def pdftotext(pdf: bytes, *, page: int | None = None) -> str:
    """poppler's reading of the PDF (or of one page, from 1), whitespace made single spaces."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    out = subprocess.run(["pdftotext", *pages, "-", "-"], input=pdf, capture_output=True,
                         check=True).stdout.decode()  # fmt: skip
    return " ".join(out.split())


def pypdf_pages(pdf: bytes) -> list[str]:
    """pypdf's reading of each page, whitespace made single spaces."""
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def fonts(pdf: bytes, tmp_path: Path) -> list[list[str]]:
    """The rows of ``pdffonts``: name, type, encoding, emb, sub, uni, object, generation."""
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True, text=True)
    return [line.split() for line in out.stdout.splitlines()[2:] if line.strip()]
