"""The documents a delegation prints (visit programme, participant list, name badges, table
cards, checklist): what each is called, in which languages it comes, and the print preview
that makes it. Reached from the Print menu and from the delegation editor."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from planner.gui.print_preview import PrintJob, PrintPreview
from planner.gui.workbench import Workbench

KINDS = ("programme", "participants", "badges", "tent-cards", "checklist")


def kind_names() -> dict[str, str]:
    def tr(text: str) -> str:
        return QCoreApplication.translate("Printing", text)

    return {
        "programme": tr("Visit &programme…"),
        "participants": tr("Participant &list…"),
        "badges": tr("Name &badges…"),
        "tent-cards": tr("&Table cards…"),
        "checklist": tr("&Checklist…"),
    }


def _titles() -> dict[str, str]:
    def tr(text: str) -> str:
        return QCoreApplication.translate("Printing", text)

    return {
        "programme": tr("Visit programme: %1"),
        "participants": tr("Participant list: %1"),
        "badges": tr("Name badges: %1"),
        "tent-cards": tr("Table cards: %1"),
        "checklist": tr("Checklist: %1"),
    }


def print_job(bench: Workbench, kind: str, delegation_id: int, title: str) -> PrintJob:
    """The job that makes ``kind`` for the delegation; reportlab loads only when it runs."""
    db = bench.db

    def make(language: str) -> bytes:
        if kind in ("badges", "tent-cards"):
            from planner.services import badges

            maker = badges.badges_document if kind == "badges" else badges.tent_cards_document
            return maker(db, delegation_id, language)  # type: ignore[arg-type]
        from planner.services import printing

        makers = {"programme": printing.programme_document,
                  "participants": printing.participants_document,
                  "checklist": printing.checklist_document}  # fmt: skip
        return makers[kind](db, delegation_id, language)  # type: ignore[arg-type]

    def gaps(language: str) -> list[str]:
        if kind != "programme":
            return []
        from planner.services import printing

        return list(printing.missing_translations(db, delegation_id, language))  # type: ignore[arg-type]

    languages = ("uk", "en", "uk+en") if kind in ("programme", "badges", "tent-cards") else (
        "uk", "en")  # fmt: skip
    return PrintJob(
        title=_titles()[kind].replace("%1", title), file_name=f"{kind}-{delegation_id}",
        make=make, languages=languages, language=bench.language, gaps=gaps,
    )  # fmt: skip


def open_preview(bench: Workbench, kind: str, delegation_id: int, title: str,
                 parent: QWidget | None = None) -> PrintPreview:  # fmt: skip
    preview = PrintPreview(bench, print_job(bench, kind, delegation_id, title))
    preview.show()
    preview.raise_()
    preview.activateWindow()
    return preview
