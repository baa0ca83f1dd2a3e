"""The decision report: a complete multi-page PDF for a full and an empty evaluation, written atomically."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from services import require_integration

from duediligence.operations.evaluations import CreateEvaluation, InsertEvaluationDocument
from duediligence.report import writer as report
from duediligence.report.data import collect
from duediligence.storage.database import Database
from duediligence.templates.samples import add_samples


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory):
    db = Database.open(Path(tmp_path_factory.mktemp("report")) / "wb.db")
    with db.transaction() as session:
        crm, _laptop = add_samples().apply(session).result
        empty = CreateEvaluation("Nothing in it yet", {}).apply(session).result
    yield db, {"crm": crm, "empty": empty}
    db.close()


def pages(pdf: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))


@pytest.mark.parametrize("case", ["crm", "empty"])
def test_an_evaluation_becomes_a_multi_page_pdf(workbook, tmp_path: Path, case: str) -> None:
    db, ids = workbook
    out = report.write_report(db, ids[case], tmp_path / f"{case}.pdf")
    assert out == tmp_path / f"{case}.pdf"
    assert out.read_bytes().startswith(b"%PDF")
    assert pages(out) >= (6 if case == "crm" else 3)
    assert [p.name for p in tmp_path.iterdir()] == [f"{case}.pdf"], "no temporary file left behind"


def test_the_report_can_be_written_inside_the_callers_session(workbook, tmp_path: Path) -> None:
    db, ids = workbook
    with db.reading() as session:
        out = report.write_report(session, ids["crm"], tmp_path / "r.pdf")
    assert pages(out) >= 6


def test_a_failure_while_writing_leaves_the_previous_report_untouched(
    workbook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, ids = workbook
    out = tmp_path / "r.pdf"
    out.write_bytes(b"%PDF the previous report")

    def broken(pages, data) -> None:
        pages.new_page()
        raise RuntimeError("disk full")

    import duediligence.report.sections as sections

    monkeypatch.setattr(sections, "SECTIONS", (sections.title_page, broken))
    with pytest.raises(RuntimeError):
        report.write_report(db, ids["crm"], out)
    assert out.read_bytes() == b"%PDF the previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]


def test_the_text_names_the_evaluation_and_the_winner(workbook, tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        require_integration("pdftotext", "pdftotext is missing (apt-get install poppler-utils)")
    db, ids = workbook
    out = report.write_report(db, ids["crm"], tmp_path / "r.pdf")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    assert "CRM for sales and customer service" in flat
    assert "leads with Northwind CRM Cloud" in flat
    assert "What to find out next" in flat


class _TextOfPages:
    """Stands in for PdfPages: keeps every text drawn on each saved page (charts included)."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def savefig(self, fig) -> None:
        from matplotlib.text import Text

        self.texts += [t.get_text() for t in fig.findobj(Text) if t.get_text()]


def report_text(db: Database, evaluation_id: int) -> str:
    """Every text the report draws, in order, joined by " | " (so a table row stays readable)."""
    from duediligence.report.pages import Pages
    from duediligence.report.sections import SECTIONS

    with db.reading() as session:
        data = collect(session, evaluation_id)
    pdf = _TextOfPages()
    pages = Pages(pdf, "footer")
    for section in SECTIONS:
        section(pages, data)
    pages.finish()
    return " | ".join(pdf.texts)


QUICK_LAPTOP = {
    "title": "Laptop",
    "kind": "consumer_electronics",
    "quick_mode": True,
    "options": [
        {"name": "Priced", "costs": [{"label": "Laptop", "amount": 1200}]},
        {"name": "Unpriced"},
    ],
    "ungrouped_criteria": [
        {"name": "Battery", "weight": 2},
        {"name": "Price", "weight": 1, "value_source": "tco"},
    ],
    "scores": [
        {"option": "Priced", "criterion": "Battery", "value": 6},
        {"option": "Unpriced", "criterion": "Battery", "value": 8},
    ],
    "risks": [{"kind": "risk", "title": "Battery wears", "option": "Priced", "likelihood": 2, "impact": 3}],
}  # fmt: skip


@pytest.fixture(scope="module")
def quick(workbook) -> int:
    db, _ids = workbook
    with db.transaction() as session:
        return InsertEvaluationDocument(QUICK_LAPTOP).apply(session).result


def test_a_report_without_requested_approvals_does_not_say_they_are_all_in(workbook, quick: int) -> None:
    text = report_text(workbook[0], quick)
    assert "All approvals are in" not in text
    assert "No approvals were requested." in text


def test_the_printed_report_gives_no_on_screen_instructions(workbook, quick: int) -> None:
    text = report_text(workbook[0], quick).lower()
    for instruction in ("click", "right-click", "drag", " tab.", "▸", "to see this"):
        assert instruction not in text, instruction


def test_an_option_without_costs_has_unknown_money_in_the_report_not_zero(workbook, quick: int) -> None:
    """The ranking row of Unpriced: rank, name, score, unscored share, then TCO, NPV, IRR and payback,
    each "—" (unknown), never 0 or "0.0 y"."""
    text = report_text(workbook[0], quick)
    cells = text[text.index("| Payback |") :].split(" | ")
    at = cells.index("Unpriced")
    assert cells[at + 3 : at + 7] == ["—", "—", "—", "—"]


SCHEDULED_ACCOUNTING = {
    "title": "Accounting",
    "exchange_rates": {"USD": 0.5},
    "exchange_rates_on": "2026-12-01",
    "options": [
        {"name": "OpenLedger", "costs": [{"label": "Licence", "amount": 20000}]},
        {"name": "BigSuite", "costs": [{"label": "Licence", "amount": 56000, "currency": "USD"}]},
    ],
    "ungrouped_criteria": [{"name": "Quality", "scale": "0-10", "weight": 1}],
    "scores": [
        {"option": "OpenLedger", "criterion": "Quality", "value": 8},
        {"option": "BigSuite", "criterion": "Quality", "value": 7.4},
    ],
}


def test_the_report_says_which_option_is_dominated_and_the_rate_it_converted_at(workbook, in_locale) -> None:
    """BigSuite: USD 56,000 at 0.5 = EUR 28,000, 8,000 more than OpenLedger, and 74 points against 80;
    amounts and dates as the app writes them in British English."""
    in_locale("en_GB")
    db, _ids = workbook
    with db.transaction() as session:
        eid = InsertEvaluationDocument(SCHEDULED_ACCOUNTING).apply(session).result
    text = report_text(db, eid)
    assert "Value for money" in text
    assert "BigSuite costs €8,000 more and scores 6 points lower than OpenLedger." in text
    assert "converted at 1 USD = 0.5 EUR (rates stated on 01/12/2026)." in text
