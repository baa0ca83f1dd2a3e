"""Charts write numbers as the user's locale does: tick labels, value labels and the data table behind
a chart (issue 21: "numbers, dates and currencies follow the locale")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from german import in_german
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from duediligence.charts.data import ScoreBreakdown, StackedOption
from duediligence.charts.draw_registers import draw_cost_curves
from duediligence.charts.draw_scores import draw_score_breakdown
from duediligence.charts.registers import CostCurves, CostLine
from duediligence.charts.table import data_table
from duediligence.formats import set_user_locale

# One option whose cumulative cost climbs to 3.5 million over three years.
COSTS = CostCurves(
    "T",
    "EUR",
    3,
    (CostLine(0, "BigSuite", False, (500_000.0, 1_500_000.0, 2_500_000.0, 3_500_000.0),
              (500_000.0,) * 4, (3_500_000.0,) * 4),),
    None,
)  # fmt: skip
BREAKDOWN = ScoreBreakdown(
    "T", ("Fit",), (StackedOption(0, "A", 72.5, 1, False, 0.25, (72.5,)),), False, None
)


@pytest.fixture
def english() -> Iterator[None]:
    set_user_locale("en_GB")
    yield
    set_user_locale(None)


def tick_labels(draw, data) -> tuple[list[str], list[str], str]:
    """(x tick labels, y tick labels, every text) of the chart's first axes, as drawn."""
    fig = Figure(figsize=(8, 5))
    FigureCanvasAgg(fig)
    draw(fig, data)
    fig.canvas.draw()
    ax = fig.axes[0]
    texts = " | ".join(t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text")))
    return [t.get_text() for t in ax.get_xticklabels()], [t.get_text() for t in ax.get_yticklabels()], texts


def test_a_cost_axis_in_german_writes_millions_with_a_decimal_comma_and_mio() -> None:
    with in_german():
        _x, y, texts = tick_labels(draw_cost_curves, COSTS)
    assert "1,5 Mio." in y and "500 Tsd." in y
    assert "BigSuite: 3,5 Mio." in texts  # the legend's total


def test_a_cost_axis_in_english_is_written_as_before(english: None) -> None:
    _x, y, texts = tick_labels(draw_cost_curves, COSTS)
    assert "1.5 M" in y and "500 k" in y
    assert "BigSuite: 3.5 M" in texts


def test_a_score_and_its_unscored_share_use_the_german_decimal_comma() -> None:
    """72.5 points with a quarter of the weight unscored; German puts a space before the percent sign."""
    with in_german():
        _x, _y, texts = tick_labels(draw_score_breakdown, BREAKDOWN)
    assert "72,5  (25\u00a0% ohne Punktzahl)" in texts.split(" | ")


def test_the_data_table_of_a_chart_follows_the_locale() -> None:
    with in_german():
        headers, rows = data_table(BREAKDOWN)
    assert headers[:3] == ["Name", "Punktzahl", "Rang"]
    assert rows == [["A", "72,5", "1", "nein", "0,25", "72,5"]]


def test_the_data_table_in_english_is_as_before(english: None) -> None:
    assert data_table(BREAKDOWN)[1] == [["A", "72.5", "1", "no", "0.25", "72.5"]]
