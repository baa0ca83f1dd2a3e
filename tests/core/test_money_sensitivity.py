"""Specification of the winner's sensitivity to the discount rate and the horizon."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from duediligence.reads.matrix import load_matrix
from duediligence.robustness.money_sensitivity import money_sensitivity
from duediligence.storage.database import Database
from tests.core.test_cli_add import add, write


def _matrix(tmp_path: Path, capsys: pytest.CaptureFixture[str], source: str, rate: float, years: int) -> Any:
    """Lean: 1,000 now + 300 a year; Heavy: 1,800 now + 100 a year. Quality (weight 0.1) breaks ties
    for Lean (5 against 4); the money criterion (weight 1) is scored by `source`."""
    doc = {
        "title": "Printers",
        "discount_rate": rate,
        "horizon_years": years,
        "options": [
            {"name": "Lean", "costs": [{"label": "Buy", "amount": 1000},
                                       {"label": "Ink", "amount": 300, "recurrence": "yearly"}]},
            {"name": "Heavy", "costs": [{"label": "Buy", "amount": 1800},
                                        {"label": "Ink", "amount": 100, "recurrence": "yearly"}]},
        ],
        "ungrouped_criteria": [
            {"name": "Quality", "scale": "1-5", "weight": 0.1},
            {"name": "Money", "value_source": source, "weight": 1},
        ],
        "scores": [
            {"option": "Lean", "criterion": "Quality", "value": 5},
            {"option": "Heavy", "criterion": "Quality", "value": 4},
        ],
    }  # fmt: skip
    db_path = tmp_path / "w.db"
    _, out, _ = add(write(tmp_path, doc), str(db_path), capsys)
    db = Database.open(db_path)
    try:
        with db.reading() as session:
            return load_matrix(session, int(out))
    finally:
        db.close()


def test_the_horizon_row_says_where_the_cheaper_start_stops_winning_on_tco(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """TCO Lean 1,000 + 300 H, Heavy 1,800 + 100 H: equal at H = 4 (Lean first on quality), Heavy
    cheaper from H = 5. Today H = 3: Lean holds from 1 to 4 years; Heavy takes over at 5."""
    result = money_sensitivity(_matrix(tmp_path, capsys, "tco", 0.08, 3))
    names = result.names
    (row,) = result.rows  # TCO does not depend on the discount rate: no rate row
    assert names[result.winner] == "Lean"  # type: ignore[index]
    assert (row.setting, row.low, row.high, row.up_at, names[row.up_winner]) == (  # type: ignore[index]
        "horizon_years",
        1,
        4,
        5,
        "Heavy",
    )
    assert (row.down_winner, row.tried_from, row.tried_to) == (None, 1, 10)


def test_the_rate_row_finds_where_discounting_favours_the_cheaper_start(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """NPV over 5 years: Lean −1,000 − 300 a, Heavy −1,800 − 100 a, a = (1 − (1 + r)⁻⁵)/r; equal at a = 4,
    r ≈ 7.93 %. a(8 %) = 3.9927 < 4: Lean still first; a(7.5 %) = 4.0459 > 4: Heavy first. Today 10 %:
    Lean holds from 8 % up to the end of the tried range (20 %)."""
    result = money_sensitivity(_matrix(tmp_path, capsys, "npv", 0.10, 5))
    rate = next(r for r in result.rows if r.setting == "discount_rate")
    assert (rate.low, rate.high, rate.down_at, result.names[rate.down_winner]) == pytest.approx(  # type: ignore[index]
        (0.08, 0.20, 0.075, "Heavy")
    )
    assert (rate.up_winner, rate.tried_to) == (None, 0.20)


def test_the_horizon_row_under_npv_turns_at_six_years(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """At 10 %: a(5) = 3.7908 < 4 (Lean), a(6) = 4.3553 > 4 (Heavy)."""
    result = money_sensitivity(_matrix(tmp_path, capsys, "npv", 0.10, 5))
    years = next(r for r in result.rows if r.setting == "horizon_years")
    assert (years.low, years.high, years.up_at, result.names[years.up_winner]) == (1, 5, 6, "Heavy")  # type: ignore[index]


def test_without_a_money_criterion_the_winner_holds_everywhere_and_it_says_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    matrix = _matrix(tmp_path, capsys, "manual", 0.08, 5)
    result = money_sensitivity(matrix)
    assert [(r.setting, r.holds, r.low, r.high) for r in result.rows] == [
        ("discount_rate", True, 0.0, 0.2),
        ("horizon_years", True, 1, 10),
    ]
    assert "No criterion is scored by TCO or NPV" in (result.note or "")


def test_rank_json_gives_the_rate_and_horizon_rows_with_who_takes_over(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The NPV case above, read by a script: Lean holds from 8 % to 20 % (Heavy first at 7.5 %) and
    from 1 to 5 years (Heavy first at 6)."""
    import json

    from duediligence.cli import main

    _matrix(tmp_path, capsys, "npv", 0.10, 5)
    assert main(["rank", "--db", str(tmp_path / "w.db"), "Printers", "--json", "--draws", "200"]) == 0
    money = json.loads(capsys.readouterr().out)["money_sensitivity"]
    assert money == {
        "winner": "Lean",
        "problem": None,
        "note": None,
        "settings": [
            {"setting": "discount_rate", "current": 0.1, "tried_from": 0.0, "tried_to": 0.2, "low": 0.08,
             "high": 0.2, "down": {"at": 0.075, "winner": "Heavy"}, "up": None},
            {"setting": "horizon_years", "current": 5, "tried_from": 1, "tried_to": 10, "low": 1, "high": 5,
             "down": None, "up": {"at": 6, "winner": "Heavy"}},
        ],
    }  # fmt: skip
