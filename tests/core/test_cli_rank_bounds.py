"""`rank --draws N --seed S` are bounded like the evaluation's own settings (1–100,000 draws, seeds
0–2,147,483,647): anything else is a one-line usage error (exit 2), never an hour of simulation, an
out-of-memory traceback or a usage line of 5,000 digits. The largest values the workbook accepts
(weights of a million beside weights of 1–3, amounts of a trillion) rank without a crash."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from duediligence import cli

EXTREME: dict[str, Any] = {
    "title": "Extremes",
    "currency": "EUR",
    "horizon_years": 50,
    "discount_rate": -0.5,
    "options": [
        {"name": "A", "costs": [{"label": "x", "amount": 1e12, "recurrence": "yearly"},
                                {"label": "y", "amount": -1e12}]},
        {"name": "B", "costs": [{"label": "x", "amount": 1e12, "low": -1e12, "high": 1e12,
                                 "recurrence": "yearly"}]},
        {"name": "C", "costs": [{"label": "x", "amount": 1e-300}]},
        {"name": "D"},
    ],
    "ungrouped_criteria": [
        {"name": "Huge", "weight": 1e6, "scale": "measured", "scale_min": -1e12, "scale_max": 1e12},
        {"name": "Also huge", "weight": 1e6, "scale": "measured", "direction": "lower"},
        {"name": "Small", "weight": 1},
        {"name": "Three", "weight": 3},
        {"name": "Tiny", "weight": 1e-300},
        {"name": "Cost", "weight": 1e6, "value_source": "tco"},
    ],
    "scores": [
        {"option": "A", "criterion": "Huge", "value": 1e12, "low": -1e12, "high": 1e12},
        {"option": "B", "criterion": "Huge", "value": -1e12},
        {"option": "C", "criterion": "Huge", "value": 0, "low": -1e12, "high": 1e12},
        {"option": "A", "criterion": "Also huge", "value": 1e12},
        {"option": "B", "criterion": "Also huge", "value": -1e12},
        {"option": "A", "criterion": "Small", "value": 10},
        {"option": "B", "criterion": "Three", "value": 0},
        {"option": "C", "criterion": "Tiny", "value": 5, "low": 0, "high": 10},
    ],
}  # fmt: skip


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    return subprocess.run(
        [sys.executable, "-m", "duediligence", *args], capture_output=True, text=True, timeout=120, env=env
    )


@pytest.fixture(scope="module")
def extreme(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("extreme")
    path = folder / "extreme.json"
    path.write_text(json.dumps(EXTREME))
    db = str(folder / "w.db")
    assert cli.main(["add", str(path), "--db", db]) == 0
    return db


@pytest.mark.parametrize(
    "flags",
    [
        ["--draws", "100001"],
        ["--draws", "10000000000"],
        ["--draws", "0"],
        ["--draws", "1e400"],
        ["--draws", "nan"],
        ["--draws", "1" + "0" * 5000],
        ["--seed", "2147483648"],
        ["--seed", "-1"],
        ["--seed", "9" * 5000],
        ["--seed", "1.5"],
        ["--seed", "\u200f7"],
    ],
)
def test_a_flag_out_of_its_range_is_a_one_line_usage_error(extreme: str, flags: list[str]) -> None:
    result = run_cli("rank", "1", "--db", extreme, "--json", *flags)
    last = result.stderr.strip().splitlines()[-1]
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert last.startswith(f"duediligence rank: error: argument {flags[0]}: ") and len(last) < 200


def test_the_largest_draws_and_seed_are_accepted(extreme: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["rank", "1", "--db", extreme, "--json", "--draws", "100", "--seed", "2147483647"]) == 0
    assert json.loads(capsys.readouterr().out)["evaluation"]["title"] == "Extremes"


def test_rank_json_says_how_many_draws_the_simulation_made(
    extreme: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # 100 draws cannot settle anything (even 100 firsts of 100 is ±1 point), so all 100 are made
    assert cli.main(["rank", "1", "--db", extreme, "--json", "--draws", "100", "--seed", "3"]) == 0
    assert json.loads(capsys.readouterr().out)["draws_used"] == 100


def test_rank_json_with_the_largest_accepted_values_gives_finite_numbers(
    extreme: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["rank", "1", "--db", extreme, "--json", "--draws", "2000", "--seed", "7"]) == 0
    data = json.loads(capsys.readouterr().out)
    ranked = [o for o in data["options"] if o["rank"] is not None]
    assert len(ranked) >= 2
    assert all(0 <= o["score"] <= 100 for o in ranked)
    assert sum(o["p_first"] for o in data["options"]) == pytest.approx(1, abs=1e-6)
    assert sum(c["share"] for c in data["criteria"]) == pytest.approx(1, abs=1e-6)
    text = json.dumps(data)
    assert "NaN" not in text and "Infinity" not in text


def test_rank_and_show_print_the_largest_accepted_values(
    extreme: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["rank", "1", "--db", extreme]) == 0
    assert cli.main(["show", "1", "--db", extreme]) == 0
    out = capsys.readouterr().out
    assert "Extremes" in out and "nan" not in out.lower()


def test_a_report_with_the_largest_accepted_values_is_written(extreme: str, tmp_path: Path) -> None:
    assert cli.main(["report", "1", "--db", extreme, "--out", str(tmp_path / "r.pdf")]) == 0
    assert (tmp_path / "r.pdf").stat().st_size > 1000
