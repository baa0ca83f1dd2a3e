"""The options, costs, money and ranking models are sound Qt models over real workbook data."""

from __future__ import annotations

import pytest
from option_data import CRM, insert, stored_matrix
from PySide6.QtCore import Qt

from duediligence.decision.ranking import option_finance, rank_matrix
from ui.models.costs import CostsModel, FinanceLine, FinanceModel, money
from ui.models.options import OptionsModel, unique_name
from ui.models.ranking import RankingModel, ranking_line


@pytest.fixture
def matrix(tmp_path):
    path = tmp_path / "m.db"
    (crm,) = insert(path, CRM)
    return stored_matrix(path, crm)


def test_options_model_passes_the_model_tester(qtmodeltester, matrix):
    model = OptionsModel()
    model.set_rows(matrix.options)
    qtmodeltester.check(model, force_py=True)


def test_costs_model_passes_the_model_tester(qtmodeltester, matrix):
    model = CostsModel()
    model.set_rows(matrix.costs)
    qtmodeltester.check(model, force_py=True)


def test_finance_model_passes_the_model_tester(qtmodeltester, matrix):
    money_by_option = option_finance(matrix)
    model = FinanceModel()
    model.set_lines([FinanceLine(o, money_by_option[o.id], False) for o in matrix.options], "EUR", 5)
    qtmodeltester.check(model, force_py=True)


def test_ranking_model_passes_the_model_tester(qtmodeltester, matrix):
    ranking = rank_matrix(matrix)
    model = RankingModel()
    model.set_lines([ranking_line(o, ranking) for o in ranking.options])
    qtmodeltester.check(model, force_py=True)


def test_excluded_option_reads_dimmed_with_its_reason_as_tooltip(matrix):
    model = OptionsModel()
    model.set_rows(matrix.options)
    row = model.row_of(next(o.id for o in matrix.options if o.name == "Brightpath"))
    assert "No EU data centre" in model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_unique_name_counts_up_past_names_already_taken():
    assert unique_name("New option", ["New option", "New option 2"]) == "New option 3"


def test_negative_money_reads_with_a_minus_sign_not_brackets():
    assert money(-1200, "EUR").startswith("-") or money(-1200, "EUR").startswith("−")
