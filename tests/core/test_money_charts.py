"""The value-for-money chart and the discount-rate / horizon chart: what they show, drawn from the same
ranking as `rank --json`."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from matplotlib.figure import Figure

from duediligence import charts
from duediligence.storage.database import Database
from tests.core.test_cli_add import add, write

DOC: dict[str, Any] = {
    "title": "Accounting",
    "options": [
        {"name": "OpenLedger", "costs": [{"label": "Licence", "amount": 20000}]},
        {"name": "BigSuite", "costs": [{"label": "Licence", "amount": 28000}]},
        {"name": "Cheapo", "costs": [{"label": "Licence", "amount": 12000}]},
    ],
    "ungrouped_criteria": [{"name": "Quality", "scale": "1-5", "weight": 3}],
    "scores": [
        {"option": "OpenLedger", "criterion": "Quality", "value": 4},
        {"option": "BigSuite", "criterion": "Quality", "value": 3},
        {"option": "Cheapo", "criterion": "Quality", "value": 2},
    ],
}


def _load(tmp_path: Path, capsys: pytest.CaptureFixture[str], key: str, doc: dict[str, Any]) -> Any:
    path = tmp_path / "w.db"
    _, out, _ = add(write(tmp_path, doc), str(path), capsys)
    db = Database.open(path)
    try:
        with db.reading() as session:
            return charts.CHART[key].load(session, int(out))
    finally:
        db.close()


def _texts(data: Any, key: str) -> str:
    fig = Figure(figsize=(8, 5))
    charts.CHART[key].draw(fig, data, charts.LIGHT)
    fig.savefig(io.BytesIO(), format="png")
    return " ".join(t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text")))


def test_the_value_chart_joins_the_frontier_cheapest_first_and_names_the_dominated_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Cheapo 12,000 / 25 points, OpenLedger 20,000 / 75, BigSuite 28,000 / 50: BigSuite is dominated."""
    data = _load(tmp_path, capsys, "value", DOC)
    assert [(p.name, p.money, p.benefit, p.dominated_by) for p in data.points] == [
        ("OpenLedger", 20_000, 75, ()),
        ("BigSuite", 28_000, 50, ("OpenLedger",)),
        ("Cheapo", 12_000, 25, ()),
    ]
    assert [data.points[i].name for i in data.frontier] == ["Cheapo", "OpenLedger"]
    assert "BigSuite\n(dominated)" in _texts(data, "value")  # said in words, not by colour alone


def test_the_money_chart_says_why_nothing_moves_when_no_criterion_uses_the_costs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _load(tmp_path, capsys, "money", DOC)
    assert [r.down_winner or r.up_winner for r in data.rows] == [None, None]
    assert "No criterion is scored by TCO or NPV" in _texts(data, "money").replace("\n", " ")


def test_the_money_chart_shows_the_horizon_in_years_and_who_takes_over(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Quality (1–5, weight 1) and TCO (min–max, weight 1). OpenLedger: quality 4 (utility 0.75), 20,000
    once; Cheapo: quality 2 (0.25), 12,000 + 3,000 a year. At 2 years Cheapo costs 18,000, the cheaper:
    Cheapo (0.25 + 1)/2 = 62.5 beats OpenLedger 0.75/2 = 37.5. From 3 years (21,000) OpenLedger is
    cheaper too. Today 5 years: OpenLedger holds down to 3; Cheapo takes over at 2."""
    doc = {
        **DOC,
        "options": [
            DOC["options"][0],
            {"name": "Cheapo", "costs": [{"label": "Licence", "amount": 12000},
                                         {"label": "Support", "amount": 3000, "recurrence": "yearly"}]},
        ],
        "ungrouped_criteria": [{"name": "Quality", "scale": "1-5", "weight": 1},
                               {"name": "Cost", "value_source": "tco", "weight": 1}],
        "scores": DOC["scores"][:1] + DOC["scores"][2:],
    }  # fmt: skip
    data = _load(tmp_path, capsys, "money", doc)
    (row,) = data.rows
    assert (row.label, row.unit, row.current, row.tried_from, row.tried_to) == ("Horizon", "years", 5, 1, 10)
    assert data.names[data.winner] == "OpenLedger"
    assert (row.low, row.down_at, data.names[row.down_winner], row.up_winner) == (3, 2, "Cheapo", None)
    assert "OpenLedger stays first" in _texts(data, "money")
