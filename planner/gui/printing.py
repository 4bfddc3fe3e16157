"""The documents a delegation prints (visit programme, participant list, name badges, table
cards, checklist, gift list) and the gift stock's (inventory, gift register): what each is
called, in which languages it comes, and the print preview that makes it. Reached from the
Print menu, the delegation editor and the Gifts area."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from planner.gui.workbench import Workbench

if TYPE_CHECKING:  # the preview (QtPdf) loads when a document is first previewed
    from planner.gui.print_preview import PrintPreview

KINDS = ("programme", "participants", "badges", "tent-cards", "checklist", "gift-list")


@dataclass(frozen=True)
class PrintJob:
    """One document to preview: how to make it in a language, and what it is called."""

    title: str  # the window's title, e.g. "Програма перебування: …"
    file_name: str  # suggested when saving, without the language
    make: Callable[[str], bytes]  # language → the PDF's bytes (runs off the window's thread)
    languages: tuple[str, ...] = ("uk", "en", "uk+en")
    language: str = "uk"
    gaps: Callable[[str], list[str]] | None = None  # language → missing translations


def kind_names() -> dict[str, str]:
    return {
        "programme": QCoreApplication.translate("Printing", "Visit &programme…"),
        "participants": QCoreApplication.translate("Printing", "Participant &list…"),
        "badges": QCoreApplication.translate("Printing", "Name &badges…"),
        "tent-cards": QCoreApplication.translate("Printing", "&Table cards…"),
        "checklist": QCoreApplication.translate("Printing", "&Checklist…"),
        "gift-list": QCoreApplication.translate("Printing", "&Gift list…"),
    }


def _titles() -> dict[str, str]:
    return {
        "programme": QCoreApplication.translate("Printing", "Visit programme: %1"),
        "participants": QCoreApplication.translate("Printing", "Participant list: %1"),
        "badges": QCoreApplication.translate("Printing", "Name badges: %1"),
        "tent-cards": QCoreApplication.translate("Printing", "Table cards: %1"),
        "checklist": QCoreApplication.translate("Printing", "Checklist: %1"),
        "gift-list": QCoreApplication.translate("Printing", "Gift list: %1"),
    }


def print_job(bench: Workbench, kind: str, delegation_id: int, title: str) -> PrintJob:
    """The job that makes ``kind`` for the delegation; reportlab loads only when it runs."""
    db = bench.db
    if kind == "gift-list":
        return gift_list_job(bench, delegation_id, title)

    def make(language: str) -> bytes:
        from planner.services import printing

        return printing.document(db, kind, delegation_id, language)  # type: ignore[arg-type]

    def gaps(language: str) -> list[str]:
        """What the officer should know before printing: fields with no translation, names
        with no Latin spelling stored (printed transliterated)."""
        from planner.services import printing

        return printing.missing_translations(db, delegation_id, language, kind=kind,  # type: ignore[arg-type]
                                             ui=bench.language)  # fmt: skip

    languages = ("uk", "en", "uk+en") if kind in ("programme", "badges", "tent-cards") else (
        "uk", "en")  # fmt: skip
    return PrintJob(
        title=_titles()[kind].replace("%1", title), file_name=f"{kind}-{delegation_id}",
        make=make, languages=languages, language=bench.language, gaps=gaps,
    )  # fmt: skip


def gift_list_job(bench: Workbench, delegation_id: int, title: str) -> PrintJob:
    db = bench.db

    def make(language: str) -> bytes:
        from planner.services.gift_documents import gift_list_document

        return gift_list_document(db, delegation_id, language)  # type: ignore[arg-type]

    return PrintJob(title=_titles()["gift-list"].replace("%1", title),
                    file_name=f"gift-list-{delegation_id}", make=make, languages=("uk", "en"),
                    language=bench.language)  # fmt: skip


def inventory_job(bench: Workbench, as_of: date) -> PrintJob:
    """The inventory of the gift stock on ``as_of``."""
    db = bench.db

    def make(language: str) -> bytes:
        from planner.services.gift_documents import inventory_document

        return inventory_document(db, as_of, language)  # type: ignore[arg-type]

    title = QCoreApplication.translate("Printing", "Gift inventory on %1")
    return PrintJob(title=title.replace("%1", f"{as_of:%d.%m.%Y}"),
                    file_name=f"inventory-{as_of:%Y-%m-%d}", make=make, languages=("uk", "en"),
                    language=bench.language)  # fmt: skip


def gift_register_job(bench: Workbench, first: date, last: date) -> PrintJob:
    """The gift register of a period."""
    db = bench.db

    def make(language: str) -> bytes:
        from planner.services.gift_documents import gift_register_document

        return gift_register_document(db, first, last, language)  # type: ignore[arg-type]

    title = QCoreApplication.translate("Printing", "Gift register %1")
    period = f"{first:%d.%m.%Y}–{last:%d.%m.%Y}"
    return PrintJob(title=title.replace("%1", period),
                    file_name=f"gift-register-{first:%Y-%m-%d}-{last:%Y-%m-%d}", make=make,
                    languages=("uk", "en"), language=bench.language)  # fmt: skip


def open_job(bench: Workbench, job: PrintJob) -> PrintPreview:
    from planner.gui.print_preview import PrintPreview

    preview = PrintPreview(bench, job)
    preview.show()
    preview.raise_()
    preview.activateWindow()
    return preview


def open_preview(bench: Workbench, kind: str, delegation_id: int, title: str,
                 parent: QWidget | None = None) -> PrintPreview:  # fmt: skip
    return open_job(bench, print_job(bench, kind, delegation_id, title))


def annual_report_job(bench: Workbench, year: int, language: str = "uk",
                      with_statistics: bool = False) -> PrintJob:  # fmt: skip
    """The annual report on the cooperation programme for ``year`` (with its statistics annex
    when asked)."""
    db = bench.db

    def make(chosen: str) -> bytes:
        from planner.services.reports import annual_report_document

        return annual_report_document(db, year, chosen, "pdf",  # type: ignore[arg-type]
                                      with_statistics=with_statistics)  # fmt: skip

    title = QCoreApplication.translate("Printing", "Annual programme report %1")
    return PrintJob(title=title.replace("%1", str(year)), file_name=f"annual-report-{year}",
                    make=make, languages=("uk", "en"), language=language)  # fmt: skip


def partners_register_job(bench: Workbench, partner_id: int | None = None,
                          name: str = "") -> PrintJob:  # fmt: skip
    """The registry of partners and agreements; with ``partner_id``, that partner's file
    (``name`` is the partner's, for the window's title)."""
    db = bench.db

    def make(language: str) -> bytes:
        from planner.services.partners_register import partners_register_document

        return partners_register_document(db, language, partner_id)  # type: ignore[arg-type]

    if partner_id is None:
        title = QCoreApplication.translate("Printing", "Register of partners and agreements")
        file_name = "partners-register"
    else:
        title = QCoreApplication.translate("Printing", "Partner file: %1").replace("%1", name)
        file_name = f"partner-file-{partner_id}"
    return PrintJob(title=title, file_name=file_name, make=make, languages=("uk", "en"),
                    language=bench.language)  # fmt: skip


def partner_file_job(bench: Workbench, partner_id: int, name: str) -> PrintJob:
    """One partner's file: its agreements, visits, gifts and the people met."""
    return partners_register_job(bench, partner_id, name)
