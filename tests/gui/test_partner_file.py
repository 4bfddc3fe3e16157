"""A partner's file in the Partners area: choosing a partner shows its visits both ways, the
gifts given and received and the people met; Enter on a visit opens it; the file prints."""

# ruff: noqa: F811 - the tests take the imported `area` fixture by its name

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner.domain.enums import GiftDirection
from planner.domain.records import GiftRecord, Partner
from planner.gui.partners_area import PartnersArea
from planner.gui.workbench import Workbench
from planner.services import gifts, partners
from tests.gui.test_partners_area import area  # noqa: F401 - the area over the seed partners

pytestmark = pytest.mark.gui


def _texts(shown: PartnersArea, table: str) -> list[str]:
    model = getattr(shown, table)
    return [" | ".join(str(model.index(r, c).data() or "") for c in range(model.columnCount()))
            for r in range(model.rowCount())]  # fmt: skip


def test_the_chosen_partners_visits_and_gifts_are_shown(
    area: PartnersArea,
    workbench: Workbench,
    qtbot: QtBot,
) -> None:
    (prague,) = partners.list_partners(workbench.db, "Прага 6")
    gifts.save_gift_record(workbench.db, GiftRecord(
        direction=GiftDirection.RECEIVED, on=date(2024, 9, 27),
        description="Кришталева ваза з гербом Праги 6", partner_id=prague.id))  # fmt: skip
    workbench.edits.changed.emit()
    area.select_partner(prague.id)
    qtbot.waitUntil(lambda: area.visit_model.rowCount() > 0)
    visits = _texts(area, "visit_model")
    assert any("Прага 6" in row for row in visits)
    assert any("Кришталева ваза" in row for row in _texts(area, "gift_model"))

    silistra = next(p for p in partners.list_partners(workbench.db, "Сілістра"))
    area.select_partner(silistra.id)
    qtbot.waitUntil(lambda: area.visit_model.rowCount() == 0)
    assert area.gift_model.rowCount() == 0


def test_enter_on_a_visit_opens_it(
    area: PartnersArea,
    workbench: Workbench,
    qtbot: QtBot,
) -> None:
    (prague,) = partners.list_partners(workbench.db, "Прага 6")
    area.select_partner(prague.id)
    qtbot.waitUntil(lambda: area.visit_model.rowCount() > 0)
    area.file_tabs.setCurrentWidget(area.visit_table.parentWidget() or area.visit_table)
    area.visit_table.setFocus()
    area.visit_table.selectRow(0)
    chosen = area.current_visit()
    assert chosen is not None
    qtbot.keyClick(area.visit_table, Qt.Key.Key_Return)
    assert workbench.opened == [chosen]  # type: ignore[attr-defined]


def test_printing_the_partners_file_opens_its_preview(
    area: PartnersArea,
    workbench: Workbench,
    qtbot: QtBot,
) -> None:
    partners.save_partner(workbench.db, Partner(name_uk="Люблін", country="PL"))
    (prague,) = partners.list_partners(workbench.db, "Прага 6")
    area.select_partner(prague.id)
    area.print_file_button.click()
    qtbot.waitUntil(lambda: area.preview is not None and area.preview.isVisible())
    preview = area.preview
    assert preview is not None and "Прага 6" in preview.windowTitle()
    # The document is made in the background: shown, its pages counted.
    qtbot.waitUntil(lambda: preview.document.pageCount() > 0, timeout=20_000)  # type: ignore[attr-defined]
    preview.close()
