"""An option without costs has an unknown cost everywhere the app shows money: never "0", never free."""

from __future__ import annotations

import pytest
from option_data import insert, stored_matrix
from PySide6.QtCore import Qt

from duediligence.ranking import rank_matrix
from ui.models.costs import Col, FinanceCol, money
from ui.models.matrix import ScoreMatrixModel
from ui.models.ranking import ranking_line

PRICES = {
    "title": "Prices",
    "currency": "EUR",
    "options": [{"name": "Priced", "costs": [{"label": "Licence", "amount": 900}]}, {"name": "Unpriced"}],
    "ungrouped_criteria": [{"name": "Quality", "weight": 3}, {"name": "TCO", "weight": 1, "value_source": "tco"}],
    "scores": [
        {"option": "Priced", "criterion": "Quality", "value": 6},
        {"option": "Unpriced", "criterion": "Quality", "value": 8},
    ],
}  # fmt: skip
ONLY_COST = {
    "title": "Only cost",
    "options": [{"name": "First"}, {"name": "Second"}],
    "ungrouped_criteria": [{"name": "TCO", "value_source": "tco"}],
}


@pytest.fixture
def prices(tmp_path):
    path = tmp_path / "p.db"
    (evaluation_id,) = insert(path, PRICES)
    matrix = stored_matrix(path, evaluation_id)
    return matrix, rank_matrix(matrix)


def test_the_matrix_cost_row_shows_a_dash_for_an_option_without_costs(qtbot, prices):
    matrix, ranking = prices
    model = ScoreMatrixModel()
    model.set_matrix(matrix, ranking)
    row = [c.name for c in model.criteria].index("TCO")
    assert [model.index(row, col).data() for col in range(2)] == ["900 EUR", "—"]


def test_the_ranking_panel_says_no_costs_entered_instead_of_zero(qtbot, prices):
    _matrix, ranking = prices
    line = ranking_line(ranking.options[1], ranking)
    assert money(0, "EUR") not in " ".join(line.details)
    assert "no costs entered" in line.details[0].lower()


def open_costs(window, evaluation_id, option_name):
    window.evaluations.select(evaluation_id)
    view = window.evaluation_view
    view.setCurrentWidget(view.comparison)
    view.comparison.pages.setCurrentWidget(view.comparison.options)
    options = view.comparison.options
    options.select_option(next(r.id for r in options.model.rows() if r.name == option_name))
    return options


def test_add_cost_creates_a_line_without_amount_that_ranks_nobody(make_window, tmp_path):
    """The defect: Add cost stored 0, which made that option the only one ranked, at 100."""
    path = tmp_path / "c.db"
    (evaluation_id,) = insert(path, ONLY_COST)
    window = make_window(path)
    options = open_costs(window, evaluation_id, "First")
    cost_id = options.costs.add_cost("other")
    assert [c.amount for c in stored_matrix(path, evaluation_id).costs if c.id == cost_id] == [None]
    row = options.costs.model.row_of(cost_id)
    assert options.costs.model.index(row, Col.AMOUNT).data() == "not entered"
    ranking = window.evaluation_view.comparison.ranking.ranked.model_.lines()
    assert [line.rank for line in ranking] == []
    finance = options.finance.model
    first = next(r for r in range(finance.rowCount()) if finance.index(r, 0).data() == "First")
    assert finance.index(first, FinanceCol.TCO).data() == "—"
    assert finance.index(
        first,
        FinanceCol.TCO,
    ).data(Qt.ItemDataRole.ToolTipRole)
