"""The exported workbook's "Value for money" block (Computed sheet): the app's numbers as cached values,
the dominating option named, and the exchange rates the money was converted at."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from duediligence.exchange.commands import export_command
from duediligence.operations.evaluations import InsertEvaluationDocument
from duediligence.storage.database import Database
from tests.core.test_report import SCHEDULED_ACCOUNTING


def test_the_computed_sheet_holds_benefit_money_price_per_point_and_dominance(tmp_path: Path) -> None:
    """OpenLedger 20,000 EUR, benefit 80 (250 a point); BigSuite USD 56,000 at 0.5 = 28,000, benefit 74
    (378.38 a point), dominated by OpenLedger."""
    db = Database.open(tmp_path / "w.db")
    with db.transaction() as session:
        eid = InsertEvaluationDocument(SCHEDULED_ACCOUNTING).apply(session).result
    path = export_command(db, [str(eid)], tmp_path / "v.xlsx")
    db.close()
    ws = load_workbook(path)["Computed"]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    start = next(i for i, row in enumerate(rows) if row[0] == "Value for money")
    assert rows[start + 1][:6] == [
        "Option", "Benefit score (0–100)", "TCO", "Per benefit point", "Dominated by", "On the frontier"
    ]  # fmt: skip
    open_ledger, big_suite = rows[start + 2][:6], rows[start + 3][:6]
    assert open_ledger == ["OpenLedger", 80, 20_000, 250, None, "yes"]
    assert big_suite[:3] == ["BigSuite", 74, 28_000] and big_suite[4:] == ["OpenLedger", "no"]
    assert round(big_suite[3], 2) == 378.38
    said = [row[0] for row in rows[start:] if row[0]]
    assert "Exchange rates used: 1 USD = 0.5 EUR (stated on 2026-12-01)." in said


def test_the_costs_sheet_shows_each_lines_currency_and_schedule(tmp_path: Path) -> None:
    """An amount in dollars is never shown as if it were in the evaluation's currency."""
    db = Database.open(tmp_path / "w.db")
    with db.transaction() as session:
        eid = InsertEvaluationDocument(SCHEDULED_ACCOUNTING).apply(session).result
    path = export_command(db, [str(eid)], tmp_path / "v.xlsx")
    db.close()
    rows = [[c.value for c in row] for row in load_workbook(path)["Costs"].iter_rows()]
    head = rows[0]
    big = next(
        row for row in rows if row[head.index("Item")] == "Licence" and row[head.index("Amount")] == 56000
    )
    assert (big[head.index("Currency")], big[head.index("Year (one-time)")]) == ("USD", 0)
