"""The annual programme report as PDF and as Word, from hand-made report values: the title,
every measure in order with its entries (60 in one of them, over several pages, the header on
each), "Заходи не здійснювались." for a measure with none, the signature, the English version,
the statistics annex only when asked for, the same bytes for the same report. Read back with
pdftotext and pypdf (PDF) and python-docx (Word)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm
from pypdf import PdfReader

from planner.domain.enums import RecordSource
from planner.domain.printing import Bilingual, Signatory
from planner.domain.report import (
    NOTHING_DONE,
    AnnualReport,
    Count,
    ReportMeasure,
    ReportRecord,
    ReportSection,
    ReportStatistics,
)
from planner.exports.annual_report import annual_report_pdf, entry_lines, title_lines
from planner.exports.annual_report_docx import annual_report_docx
from tests.exports.document_samples import flat, pages_text

PROGRAMME = Bilingual(
    "Програми міжнародного співробітництва та промоції Хмельницької міської територіальної "
    "громади на 2021-2025 роки",
    "Programme of International Cooperation and Promotion of the Khmelnytskyi City Territorial "
    "Community for 2021-2025",
)
COUNCIL = Bilingual("Хмельницька міська рада", "Khmelnytskyi City Council")
SIGNATORY = Signatory(Bilingual("В.о. начальника управління", "Acting Head of Department"),
                      Bilingual("Наталія САХАРОВА", "Nataliia SAKHAROVA"))  # fmt: skip


def record(n: int, first: date, uk: str, en: str = "", last: date | None = None,
           codes: tuple[str, ...] = ("1.1",)) -> ReportRecord:  # fmt: skip
    return ReportRecord(RecordSource.DELEGATION, n, first, last or first, codes,
                        Bilingual(uk[:30], en[:30]), Bilingual(uk, en))  # fmt: skip


RECEPTIONS = (
    record(1, date(2024, 1, 26),
           "відбулася зустріч з старшими радниками Конгресу США та американськими експертами "
           "з метою підготовки політики США стосовно України.",
           "a meeting with senior advisers of the US Congress took place."),
    record(2, date(2024, 3, 13),
           "відбулася зустріч з чеським політиком, колишнім старостою міського району Праги 6; "
           "обговорили питання співпраці м. Хмельницького та надання гуманітарної допомоги.",
           "a meeting with a Czech politician, former mayor of Prague 6."),
    record(3, date(2024, 6, 21),
           "відбулася зустріч з представниками Представництва ЄС в Україні та Північної "
           "екологічної фінансової корпорації (НЕФКО) щодо проєкту «Житло для ВПО».",
           "a meeting with the EU Delegation and NEFCO on the project “Housing for IDPs”."),
)  # fmt: skip
OWN_WORDING = replace(
    record(4, date(2024, 9, 20), "згенероване речення.", "generated sentence.",
           last=date(2024, 9, 22), codes=("1.2",)),
    own=Bilingual("керівництво міської ради взяло участь у Форумі міст-побратимів у Ґданську "
                  "(Польща), п’ять робочих зустрічей.", ""),
)  # fmt: skip
PROMOTION = record(5, date(2024, 11, 4),
                   "опубліковано презентаційні матеріали громади: буклет «Поділля» № 22.",
                   "the community's booklet was published.", codes=("2.1",))  # fmt: skip


def long_measure(count: int = 60) -> ReportMeasure:
    start = date(2024, 1, 1)
    records = tuple(
        record(100 + n, start + timedelta(days=5 * n),
               f"проведено онлайн-зустріч № {n + 1} з партнерами з Їжевська, Ґданська та "
               f"Єнакієвого щодо спільних проєктів, обміну досвідом і підготовки візиту.",
               f"online meeting No. {n + 1} with partners on joint projects.",
               codes=("1.3",))
        for n in range(count)
    )  # fmt: skip
    return ReportMeasure("1.3", Bilingual("Проведення онлайн-зустрічей з партнерами",
                                          "Online meetings with partners"), records)  # fmt: skip


def report(*, long: bool = False) -> AnnualReport:
    measures = [
        ReportMeasure("1.1", Bilingual(
            "Організація прийомів офіційних делегацій, представників міжнародних організацій, "
            "фінансових інституцій з питань налагодження співпраці",
            "Receiving official delegations and representatives of international organisations"),
            RECEPTIONS),
        ReportMeasure("1.2", Bilingual("Проведення виїзних робочих зустрічей з представниками "
                                       "міст-партнерів", "Working visits to partner cities"),
                      (OWN_WORDING,)),
        ReportMeasure("1.4", Bilingual("Участь у міжнародних виставках за кордоном",
                                       "Taking part in international exhibitions abroad")),
    ]  # fmt: skip
    if long:
        measures.insert(2, long_measure())
    sections = (
        ReportSection("І", Bilingual("Міжнародне співробітництво", "International cooperation"),
                      tuple(measures)),
        ReportSection("ІІ", Bilingual("Промоція громади", "Promotion of the community"), (
            ReportMeasure("2.1", Bilingual("Видання презентаційних матеріалів",
                                           "Publishing presentation materials"), (PROMOTION,)),
            ReportMeasure("2.2", Bilingual("Створення відеороликів", "Making videos")),
        )),
    )  # fmt: skip
    return AnnualReport(2024, PROGRAMME, sections, COUNCIL, SIGNATORY)


def statistics() -> ReportStatistics:
    months = ("січень", "лютий", "березень", "квітень", "травень", "червень", "липень",
              "серпень", "вересень", "жовтень", "листопад", "грудень")  # fmt: skip
    return ReportStatistics(
        year=2024, on=date(2024, 12, 31), agreements_in_force=14, partner_communities=12,
        partner_countries=9,
        agreements_by_country=(Count("PL", Bilingual("Польща", "Poland"), 4),
                               Count("CZ", Bilingual("Чехія", "Czechia"), 2)),
        agreements_by_type=(Count("twinning", Bilingual("Угода про побратимство",
                                                        "Twinning agreement"), 9),),
        delegations=7,
        delegations_by_direction=(Count("incoming", Bilingual("Вхідні", "Incoming"), 5),
                                  Count("outgoing", Bilingual("Вихідні", "Outgoing"), 2)),
        delegations_by_measure=(Count("1.1", Bilingual("1.1 Організація прийомів", "1.1"), 5),),
        delegations_by_month=tuple(Count(str(n + 1), Bilingual(m, m), 1 if n < 7 else 0)
                                   for n, m in enumerate(months)),
        activities=23,
    )  # fmt: skip


CODES = ("1.1", "1.2", "1.4", "2.1", "2.2")
LONG_CODES = ("1.1", "1.2", "1.3", "1.4", "2.1", "2.2")


# --- Reading the PDF back -------------------------------------------------------------------


def raw_text(data: bytes) -> str:
    """The text in the order it is drawn: row after row, cell after cell."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "d.pdf"
        path.write_bytes(data)
        return subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
                              capture_output=True, check=True, text=True).stdout  # fmt: skip


def in_order(value: str, parts: list[str]) -> bool:
    value = flat(value)
    at = 0
    for part in parts:
        found = value.find(flat(part), at)
        if found < 0:
            return False
        at = found + len(flat(part))
    return True


def cell_codes(raw: str) -> list[str]:
    """The measure codes as the table's first column prints them, one a line."""
    return re.findall(r"^(\d\.\d+)(?= )", raw, flags=re.MULTILINE)


def words(value: str) -> Counter[str]:
    return Counter(re.findall(r"[\w’]+", value))


def render(data: bytes, folder: Path) -> list[Path]:
    pdf = folder / "report.pdf"
    pdf.write_bytes(data)
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(folder / "page")], check=True)
    return sorted(folder.glob("page-*.png"))


def test_the_ukrainian_report() -> None:
    data = annual_report_pdf(report(), "uk")
    raw = raw_text(data)
    assert in_order(raw, ["Хмельницька міська рада", *title_lines(report(), "uk")])
    assert flat(report().title("uk")) in flat(raw)
    assert in_order(raw, ["№", "Зміст заходу", "Виконання заходів",
                          "І. Міжнародне співробітництво", "1.1", "Організація прийомів",
                          "– 26 січня 2024 року відбулася зустріч", "– 13 березня 2024 року",
                          "– 21 червня 2024 року", "1.2", "20–22 вересня 2024 року "
                          "керівництво міської ради взяло участь у Форумі", "1.4",
                          "Заходи не здійснювались.", "ІІ. Промоція громади", "2.1",
                          "4 листопада 2024 року опубліковано", "2.2", "Заходи не здійснювались.",
                          "В.о. начальника управління", "Наталія САХАРОВА"])  # fmt: skip
    assert cell_codes(raw) == list(CODES)
    for line in (line for m in report().measures() for line in entry_lines(m, "uk")):
        assert flat(line) in flat(raw), line
    assert flat(raw).count(flat(NOTHING_DONE.uk)) == 2
    assert "згенероване" not in raw  # the officer's own wording replaces the generated one
    # Cyrillic intact in pypdf's reading too: every word of the entries, none lost or boxed.
    extracted = words("\n".join(pages_text(data)))
    expected = words(" ".join(r.text("uk") for m in report().measures() for r in m.records))
    assert not expected - extracted
    assert "\ufffd" not in raw and "■" not in raw
    assert PdfReader(io.BytesIO(data)).metadata.title == report().title("uk")


def test_sixty_entries_run_over_pages_with_the_header_on_each() -> None:
    long = report(long=True)
    data = annual_report_pdf(long, "uk")
    pages = pages_text(data)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert "Зміст заходу" in page and "Виконання заходів" in page, number
        assert f"Сторінка {number} з {len(pages)}" in page
    raw = raw_text(data)
    # Each code once in its column; a page that goes on with a measure names it "continued".
    assert [c for c in cell_codes(raw)] == [*LONG_CODES[:3],
                                            *["1.3"] * raw.count("(продовження)"),
                                            *LONG_CODES[3:]]  # fmt: skip
    assert raw.count("(продовження)") == len(pages) - 1
    for page in pages[1:]:
        assert "1.3" in page and "(продовження)" in page
    assert in_order(raw, [f"онлайн-зустріч № {n} " for n in range(1, 61)])
    assert in_order(raw, ["1.2", "1.3", "Проведення онлайн-зустрічей", "1 січня 2024 року",
                          "6 січня 2024 року", "1.4", "ІІ. Промоція громади"])  # fmt: skip
    assert "Наталія САХАРОВА" in pages[-1]


def test_the_english_report_with_the_annex() -> None:
    data = annual_report_pdf(report(), "en", statistics())
    raw = raw_text(data)
    assert flat(report().title("en")) in flat(raw)
    assert in_order(raw, ["Khmelnytskyi City Council", "No.", "Measure", "Implementation",
                          "І. International cooperation", "1.1", "– 26 January 2024 a meeting",
                          "1.4", "No activities were carried out.", "Acting Head of Department",
                          "Nataliia SAKHAROVA", "Annex. Statistics for 2024",
                          "Agreements in force on 31 December 2024", "Agreements in force 14",
                          "Partner communities 12", "Partner countries 9", "Poland 4",
                          "Twinning agreement 9", "Delegation visits in 2024: 7", "Incoming 5",
                          "Visits by month", "грудень 0", "purchases): 23"])  # fmt: skip
    # No English wording of the officer's: the generated English sentence shows.
    assert "20–22 September 2024 generated sentence." in " ".join(raw.split())
    pages = pages_text(data)
    annex = next(n for n, page in enumerate(pages) if "Annex. Statistics" in page)
    assert annex > 0 and "SAKHAROVA" in pages[annex - 1] and "SAKHAROVA" not in pages[annex]
    assert PdfReader(io.BytesIO(data)).metadata.title == report().title("en")


def test_no_annex_without_statistics_and_the_same_bytes_each_time() -> None:
    first = annual_report_pdf(report(long=True), "uk")
    assert first == annual_report_pdf(report(long=True), "uk")
    assert "Статистика" not in raw_text(first)
    with_annex = annual_report_pdf(report(), "uk", statistics())
    assert with_annex == annual_report_pdf(report(), "uk", statistics())
    assert "Додаток. Статистика за 2024 рік" in raw_text(with_annex)


def test_a_report_with_no_signatory_and_no_council_still_prints() -> None:
    bare = AnnualReport(2024, PROGRAMME, (ReportSection("І", Bilingual("Розділ", "")),))
    raw = raw_text(annual_report_pdf(bare, "uk"))
    assert flat(bare.title("uk")) in flat(raw) and "____" in raw


def test_the_pages_render(tmp_path: Path) -> None:
    data = annual_report_pdf(report(long=True), "uk", statistics())
    pngs = render(data, tmp_path)
    assert len(pngs) == len(pages_text(data)) >= 4
    assert all(p.stat().st_size > 2000 for p in pngs)


# --- The Word document ----------------------------------------------------------------------


def table_of(document: object) -> object:
    return document.tables[0]  # type: ignore[attr-defined]


def cell_paragraphs(cell: object) -> list[str]:
    return [p.text for p in cell.paragraphs]  # type: ignore[attr-defined]


def body_text(document: object) -> str:
    return "\n".join(p.text for p in document.paragraphs)  # type: ignore[attr-defined]


@pytest.mark.parametrize("language", ["uk", "en"])
def test_the_word_document(language: str) -> None:
    long = report(long=True)
    document = Document(io.BytesIO(annual_report_docx(long, language)))  # type: ignore[arg-type]
    section = document.sections[0]
    sizes = [
        section.page_width,
        section.page_height,
        section.left_margin,
        section.right_margin,
        section.top_margin,
        section.bottom_margin,
    ]
    # Word keeps twentieths of a point: a millimetre to within a twip.
    assert all(abs(got - Mm(mm)) < 1000 for got, mm in zip(sizes, (210, 297, 30, 10, 20, 20),
                                                           strict=True))  # fmt: skip
    normal = document.styles["Normal"].font
    assert normal.name == "Times New Roman" and normal.size.pt == 14
    first, second = title_lines(long, language)  # type: ignore[arg-type]
    titles = [p for p in document.paragraphs if p.text in (first, second)]
    assert len(titles) == 2 and all(p.alignment == 1 for p in titles)  # centred
    assert all(run.bold for p in titles for run in p.runs)

    table = table_of(document)
    assert len(table.columns) == 3
    header = table.rows[0]
    expected_header = (["№", "Зміст заходу", "Виконання заходів"] if language == "uk"
                       else ["No.", "Measure", "Implementation"])  # fmt: skip
    assert [c.text for c in header.cells] == expected_header
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None
    rows = table.rows[1:]
    assert len(rows) == len(long.sections) + len(long.measures())
    at = 0
    for part in long.sections:
        cells = rows[at].cells
        assert cells[0]._tc is cells[2]._tc  # merged across the table
        assert cells[0].text.endswith(part.title.get(language))  # type: ignore[arg-type]
        at += 1
        for measure in part.measures:
            cells = rows[at].cells
            assert cells[0].text == measure.code
            assert cells[1].text == measure.title.get(language)  # type: ignore[arg-type]
            assert cell_paragraphs(cells[2]) == entry_lines(measure, language)  # type: ignore[arg-type]
            at += 1
    sixty = cell_paragraphs(rows[3].cells[2])
    assert len(sixty) == 60 and all(p.startswith("– ") for p in sixty)
    text = body_text(document)
    name = "Наталія САХАРОВА" if language == "uk" else "Nataliia SAKHAROVA"
    position = SIGNATORY.position.get(language)  # type: ignore[arg-type]
    assert f"{position}\t{name}" in text
    assert "Статистика" not in text and "Statistics" not in text
    assert len(document.tables) == 1


def test_the_word_document_with_the_annex_and_the_same_bytes() -> None:
    data = annual_report_docx(report(), "uk", statistics())
    assert data == annual_report_docx(report(), "uk", statistics())
    document = Document(io.BytesIO(data))
    text = body_text(document)
    assert in_order(text, ["В.о. начальника управління\tНаталія САХАРОВА",
                           "Додаток. Статистика за 2024 рік",
                           "Угоди, чинні на 31 грудня 2024 року",
                           "Візити делегацій за 2024 рік: 7", "закупівлі): 23"])  # fmt: skip
    annex = document.tables[1:]
    assert len(annex) == 6
    assert [c.text for c in annex[0].rows[1].cells] == ["Угод чинних", "14"]
    assert [c.text for c in annex[1].rows[1].cells] == ["Польща", "4"]
    assert len(annex[5].rows) == 13  # a header and the twelve months
    # The annex starts a page of its own.
    body = document.element.body
    breaks = [br for br in body.iter(qn("w:br")) if br.get(qn("w:type")) == "page"]
    assert len(breaks) == 1
    core = document.core_properties
    assert core.author == "Хмельницька міська рада" and core.title == report().title("uk")
    assert core.created is not None and core.created.year == 2024
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(2024, 12, 31, 0, 0, 0)}


@pytest.mark.skipif(shutil.which("libreoffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_the_word_document(tmp_path: Path) -> None:
    source = tmp_path / "report.docx"
    source.write_bytes(annual_report_docx(report(long=True), "uk", statistics()))
    subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--outdir",
                    str(tmp_path), str(source)], check=True, capture_output=True, timeout=180)  # fmt: skip
    data = (tmp_path / "report.pdf").read_bytes()
    raw = raw_text(data)
    assert in_order(raw, ["Звіт про стан реалізації", "Зміст заходу", "1.1", "1.3", "2.2",
                          "Наталія САХАРОВА", "Додаток. Статистика за 2024 рік"])  # fmt: skip
    assert "Зміст заходу" in pages_text(data)[1]  # the header repeats on the next page
