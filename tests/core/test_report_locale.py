"""The PDF decision report follows the user's locale and language: amounts, percentages and dates as the
app writes them, and whole German sentences (issue 21). English stays as the app writes it in Britain."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from german import in_german
from services import require_integration

from duediligence.operations.evaluations import InsertEvaluationDocument
from duediligence.report.writer import write_report
from duediligence.storage.database import Database

# Cheapo: 10,000 EUR, quality 5 (benefit 50). OpenLedger: 20,000 EUR, quality 8 (80): 10,000 more for
# 30 more points, 333.33 a point. BigSuite: 56,000 USD at 0.5 = 28,000 EUR, quality 7.4 (74): 8,000
# more than OpenLedger for 6 points less, so dominated by it.
ACCOUNTING = {
    "title": "Accounting",
    "budget": 12345,
    "exchange_rates": {"USD": 0.5},
    "exchange_rates_on": "2026-12-01",
    "options": [
        {"name": "Cheapo", "costs": [{"label": "Licence", "amount": 10000}]},
        {"name": "OpenLedger", "costs": [{"label": "Licence", "amount": 20000}]},
        {"name": "BigSuite", "costs": [{"label": "Licence", "amount": 56000, "currency": "USD"}]},
    ],
    "ungrouped_criteria": [{"name": "Quality", "scale": "0-10", "weight": 1}],
    "scores": [
        {"option": "Cheapo", "criterion": "Quality", "value": 5},
        {"option": "OpenLedger", "criterion": "Quality", "value": 8},
        {"option": "BigSuite", "criterion": "Quality", "value": 7.4},
    ],
}


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory):
    if shutil.which("pdftotext") is None:
        require_integration("pdftotext", "pdftotext is missing (apt-get install poppler-utils)")
    db = Database.open(Path(tmp_path_factory.mktemp("report")) / "wb.db")
    with db.transaction() as session:
        eid = InsertEvaluationDocument(ACCOUNTING).apply(session).result
    yield db, eid
    db.close()


def report_text(workbook, out: Path) -> str:
    """The PDF's text on one line, every run of spaces (the locale's no-break spaces too) as one."""
    db, eid = workbook
    write_report(db, eid, out)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(text.split())


def test_the_german_report_writes_amounts_rates_and_days_the_german_way(workbook, tmp_path: Path) -> None:
    with in_german():
        text = report_text(workbook, tmp_path / "de.pdf")
    assert "Budget 12.345 €" in text
    assert "1 USD = 0,5 EUR (Kurse angegeben am 01.12.2026)" in text
    assert "OpenLedger 80,0 20.000 250" in text  # benefit, TCO and price per point in the value table


def test_the_german_value_for_money_sentences_are_german(workbook, tmp_path: Path) -> None:
    with in_german():
        text = report_text(workbook, tmp_path / "de.pdf")
    assert "BigSuite kostet 8.000 € mehr und erzielt 6 Punkte weniger als OpenLedger." in text
    assert "Von Cheapo zu OpenLedger: 10.000 € mehr für 30,0 Punkte mehr, 333 € pro Punkt." in text


def test_the_english_report_writes_amounts_and_sentences_as_the_app_does(
    workbook, tmp_path: Path, in_locale
) -> None:
    in_locale("en_GB")
    text = report_text(workbook, tmp_path / "en.pdf")
    assert "Budget €12,345" in text
    assert "1 USD = 0.5 EUR (rates stated on 01/12/2026)" in text
    assert "OpenLedger 80.0 20,000 250" in text
    assert "BigSuite costs €8,000 more and scores 6 points lower than OpenLedger." in text
    assert "From Cheapo to OpenLedger: €10,000 more for 30.0 more points, €333 a point." in text


def test_what_to_find_out_next_in_german_writes_its_points_with_a_decimal_comma(tmp_path: Path) -> None:
    """Ease for C is not scored: between 0 and 10 it moves A's lead by up to 23.3 points (the report's
    sentence, drawn from the same words as the app)."""
    from duediligence.charts.robust import robustness

    crit = [{"name": "Fit", "weight": 2, "scale": "0-10"}, {"name": "Ease", "weight": 1, "scale": "0-10"}]
    cells = [("A", "Fit", 7), ("A", "Ease", 6), ("B", "Ease", 7), ("C", "Fit", 2)]
    doc = {
        "title": "Report",
        "missing_policy": "worst",
        "options": [{"name": "A"}, {"name": "B"}, {"name": "C"}],
        "ungrouped_criteria": crit,
        "scores": [{"option": o, "criterion": c, "value": v} for o, c, v in cells],
    }
    db = Database.open(tmp_path / "wb.db")
    with db.transaction() as session:
        eid = InsertEvaluationDocument(doc).apply(session).result
    with in_german(), db.reading() as session:
        sentences = robustness(session, eid, draws=2000).find_out_next
    db.close()
    assert any("um bis zu 23,3 Punkte" in s for s in sentences), sentences
