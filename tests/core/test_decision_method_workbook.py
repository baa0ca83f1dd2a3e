"""Issue 19's whole method in one evaluation — piecewise and discrete value functions, swing weights,
a cost schedule with escalation, a year-3 one-time cost and a line in another currency, a TCO
criterion and a dominated option — exported, recalculated by LibreOffice, gives `rank --json`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from xlsx_results import libreoffice_recalculated, totals_and_ranks

from duediligence import cli
from duediligence.exchange.matrix_formulas import NO_RANK
from tests.core.test_cli_add import add, write

DOC = {
    "title": "Laptops for the team",
    "currency": "EUR",
    "horizon_years": 4,
    "discount_rate": 0.08,
    "exchange_rates": {"USD": 0.9},
    "exchange_rates_on": "2026-12-01",
    "options": [
        {"name": "T14", "costs": [
            {"label": "Laptops", "amount": 12000},
            {"label": "Support", "amount": 1000, "recurrence": "yearly", "escalation": 0.04},
            {"label": "Battery swap", "amount": 1500, "year": 3},
        ]},
        {"name": "Air", "costs": [
            {"label": "Laptops", "amount": 15000, "currency": "USD"},
            {"label": "Care", "amount": 800, "recurrence": "yearly", "from_year": 1, "to_year": 3},
        ]},
        {"name": "Book", "costs": [{"label": "Laptops", "amount": 21000}]},
    ],
    "ungrouped_criteria": [
        {"name": "Battery", "scale": "measured", "unit": "h", "weight": 100, "swing_rating": 100,
         "value_function": {"kind": "piecewise", "points": [[4, 0], [8, 90], [12, 100]]}},
        {"name": "Support", "scale": "measured", "weight": 40, "swing_rating": 40,
         "value_function": {"kind": "discrete", "levels": {"none": 0, "basic": 60, "full": 100}}},
        {"name": "Keys", "weight": 20, "swing_rating": 20},
        {"name": "Cost", "value_source": "tco", "weight": 60, "swing_rating": 60},
    ],
    "scores": [
        {"option": option, "criterion": criterion, "value": value}
        for criterion, row in {
            "Battery": {"T14": 6, "Air": 14, "Book": 9.5},
            "Support": {"T14": 3, "Air": 2, "Book": 1},
            "Keys": {"T14": 8, "Air": 6, "Book": 5},
        }.items()
        for option, value in row.items()
    ],
}  # fmt: skip


@pytest.fixture
def ranked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, dict]:
    db = str(tmp_path / "w.db")
    code, out, err = add(write(tmp_path, DOC), db, capsys)
    assert code == 0, err
    assert cli.main(["rank", out.strip(), "--db", db, "--json"]) == 0
    return db, json.loads(capsys.readouterr().out)


def test_the_schedule_gives_the_hand_worked_tco(ranked) -> None:
    """T14 over 4 years: 12,000 + 1,000·(1 + 1.04 + 1.04² + 1.04³) + 1,500 in year 3
    = 12,000 + 4,246.464 + 1,500 = 17,746.46; Air: 15,000 USD · 0.9 + 800 · 3 = 15,900."""
    _, data = ranked
    tco = {o["name"]: o["tco"] for o in data["options"]}
    assert tco["T14"] == pytest.approx(17746.46, abs=0.005)
    assert tco["Air"] == pytest.approx(15900.0, abs=0.005)


def test_book_costs_more_and_scores_lower_than_air_so_it_is_dominated(ranked) -> None:
    _, data = ranked
    assert {o["name"]: o["dominated_by"] for o in data["options"]}["Book"] == ["Air"]


def test_libreoffice_recalculates_the_rank_json_totals_and_ranks(
    ranked, soffice: str, tmp_path: Path
) -> None:
    db, data = ranked
    path = tmp_path / "laptops.xlsx"
    assert cli.main(["export", "1", "--db", db, "--out", str(path)]) == 0
    done = libreoffice_recalculated(soffice, [path], tmp_path / "out")
    got = totals_and_ranks(done["laptops"])
    for option in data["options"]:
        score, rank = got[option["name"]]
        assert score == pytest.approx(option["score"], abs=0.005), option["name"]
        assert rank == (NO_RANK if option["rank"] is None else option["rank"]), option["name"]
