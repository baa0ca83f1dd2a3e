"""A chart's data as a table: the text alternative holds the numbers the figure draws (issue 21)."""

from __future__ import annotations

from duediligence.charts.data import ScoreBreakdown, StackedOption, Tornado, TornadoRow
from duediligence.charts.table import data_table, data_text

BREAKDOWN = ScoreBreakdown(
    title="T",
    groups=("Fit", "Cost"),
    options=(
        StackedOption(0, "A", 70.0, 1, False, 0.0, (50.0, 20.0)),
        StackedOption(1, "B", None, None, True, 0.25, (0.0, 0.0)),
    ),
    risk_adjusted=False,
    problem=None,
)


def test_a_stacked_score_spreads_its_contributions_over_the_group_columns() -> None:
    headers, rows = data_table(BREAKDOWN)
    assert headers == [
        "Name", "Score", "Rank", "Excluded", "Missing weight", "Contributions: Fit", "Contributions: Cost",
    ]  # fmt: skip
    assert rows == [["A", "70", "1", "no", "0", "50", "20"], ["B", "—", "—", "yes", "0.25", "0", "0"]]


def test_the_tornado_names_the_option_that_would_win() -> None:
    tornado = Tornado("T", 0, ("A", "B"), (TornadoRow("Price", 0.4, 0.1, 1, None, None),), None)
    assert data_table(tornado)[1] == [["Price", "0.4", "0.1", "B", "—", "—"]]


def test_the_description_pairs_each_value_with_its_heading() -> None:
    assert data_text(BREAKDOWN).splitlines()[0].startswith("Name: A; Score: 70; Rank: 1")


def test_a_chart_without_data_has_an_empty_table() -> None:
    assert data_table(None) == ([], [])
