"""An option without costs has an unknown cost everywhere the app shows money: never "0", never free."""

from __future__ import annotations

import pytest
from option_data import insert, stored_matrix
from PySide6.QtCore import QLocale, Qt

from duediligence.decision.ranking import rank_matrix
from ui.models.costs import Col, FinanceCol, money
from ui.models.matrix import ScoreMatrixModel
from ui.models.ranking import ranking_line

PRICES = {
    "title": "Prices",
    "currency": "EUR",
    "options": [{"name": "Priced", "costs": [{"label": "Licence", "amount": 900}]}, {"name": "Unpriced"}],
    "ungrouped_criteria": [
        {"name": "Quality", "weight": 3},
        {"name": "TCO", "weight": 1, "value_source": "tco"},
    ],
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


@pytest.fixture
def added(make_window, tmp_path):
    """(window, path, evaluation id, cost id): Add cost clicked for "First" of an evaluation ranked by TCO."""
    path = tmp_path / "c.db"
    (evaluation_id,) = insert(path, ONLY_COST)
    window = make_window(path)
    options = open_costs(window, evaluation_id, "First")
    options.costs.add_button.click()
    (cost,) = stored_matrix(path, evaluation_id).costs
    return window, path, evaluation_id, cost.id


def test_add_cost_stores_a_line_without_amount_shown_as_not_entered(added):
    window, path, evaluation_id, cost_id = added
    assert [c.amount for c in stored_matrix(path, evaluation_id).costs] == [None]
    costs = window.evaluation_view.comparison.options.costs.model
    assert costs.index(costs.row_of(cost_id), Col.AMOUNT).data() == "not entered"


def test_a_cost_line_without_amount_ranks_nobody(added):
    """The defect: Add cost stored 0, which made that option "the only option ranked, 100.0"."""
    window = added[0]
    panel = window.evaluation_view.comparison.ranking
    assert [line.name for line in panel.ranked.model_.lines()] == []
    assert "only option ranked" not in panel.lead.text()


def test_the_money_table_shows_an_unknown_tco_with_the_reason(added):
    finance = added[0].evaluation_view.comparison.options.finance.model
    first = next(r for r in range(finance.rowCount()) if finance.index(r, 0).data() == "First")
    assert finance.index(first, FinanceCol.TCO).data() == "—"
    assert "No amount entered for “New cost”" in finance.index(first, FinanceCol.TCO).data(
        Qt.ItemDataRole.ToolTipRole
    )


def test_an_npv_cell_of_the_matrix_names_the_irr_beside_it(qtbot, tmp_path):
    """−1,000 then +300 a year for 5 years: IRR 15.2 % (see the finance tests)."""
    doc = {
        "title": "Returns",
        "options": [{"name": "Paying", "costs": [
            {"label": "Licence", "amount": 1000},
            {"label": "Savings", "category": "benefit", "recurrence": "yearly", "amount": 300},
        ]}],
        "ungrouped_criteria": [{"name": "NPV", "value_source": "npv"}],
    }  # fmt: skip
    path = tmp_path / "n.db"
    (evaluation_id,) = insert(path, doc)
    matrix = stored_matrix(path, evaluation_id)
    model = ScoreMatrixModel()
    model.set_matrix(matrix, rank_matrix(matrix))
    irr = QLocale().toString(15.2, "f", 1)
    assert f"IRR: {irr} %" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
