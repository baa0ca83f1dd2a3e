"""Costs and returns of an option: typed in the locale, refused when wrong, reflected in the money at once."""

from __future__ import annotations

import pytest
from option_data import CRM, insert, stored_matrix
from PySide6.QtCore import QLocale, Qt

from ui.models.costs import Col, FinanceCol, money


@pytest.fixture
def crm(make_window, tmp_path):
    """(window, workbook path, evaluation id), Options & costs open with Northwind selected."""
    path = tmp_path / "c.db"
    (evaluation_id,) = insert(path, CRM)
    window = make_window(path)
    window.evaluations.select(evaluation_id)
    view = window.evaluation_view
    view.setCurrentWidget(view.comparison)
    view.comparison.pages.setCurrentWidget(view.comparison.options)
    options = view.comparison.options
    options.select_option(options.model.rows()[0].id)
    return window, path, evaluation_id


@pytest.fixture
def german():
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(QLocale.system())


def costs_of(window):
    return window.evaluation_view.comparison.options.costs


def shown_tco(window, name="Northwind"):
    finance = window.evaluation_view.comparison.options.finance.model
    row = next(r for r in range(finance.rowCount()) if finance.index(r, 0).data() == name)
    return finance.index(row, FinanceCol.TCO).data()


def ranking_details(window, name="Northwind"):
    lines = window.evaluation_view.comparison.ranking.ranked.model_.lines()
    return next(line.details for line in lines if line.name == name)


def type_into_cell(qtbot, table, row, col, text):
    table.setCurrentIndex(table.model().index(row, col))
    table.edit(table.currentIndex())
    editor = table.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits Enter through a queued call: wait until the editor has closed.
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)


def test_the_money_table_shows_tco_over_the_horizon(crm):
    window, _path, _eid = crm
    assert shown_tco(window) == money(2000 + 5 * 1000, "EUR")


def test_adding_a_cost_updates_the_money_table_and_the_ranking_panel(crm):
    window, path, eid = crm
    costs = costs_of(window)
    cost_id = costs.add_cost("other")
    costs.model.setData(costs.model.index(costs.model.row_of(cost_id), Col.AMOUNT), "500")
    assert [c.amount for c in stored_matrix(path, eid).costs if c.id == cost_id] == [500]
    assert shown_tco(window) == money(7500, "EUR")
    assert ranking_details(window)[0].startswith("TCO " + money(7500, "EUR"))


def test_text_in_an_amount_cell_is_refused_and_stores_nothing(qtbot, crm, asked):
    window, path, eid = crm
    before = stored_matrix(path, eid).costs
    type_into_cell(qtbot, costs_of(window).table, 0, Col.AMOUNT, "a lot")
    qtbot.waitUntil(lambda: len(asked.warnings) == 1)
    assert "amount" in asked.warnings[0][1] and "a lot" in asked.warnings[0][1]
    assert stored_matrix(path, eid).costs == before
    assert window.context.undo_stack.count() == 0


def test_a_low_estimate_above_the_high_one_is_refused(qtbot, crm, asked):
    window, path, eid = crm
    costs = costs_of(window)
    row = next(r for r in range(costs.model.rowCount()) if costs.model.cost_at(r).label == "Set-up")
    costs.model.setData(costs.model.index(row, Col.LOW), "4000")
    qtbot.waitUntil(lambda: len(asked.warnings) == 1)
    assert "low ≤ amount ≤ high" in asked.warnings[0][1]
    assert [c.low for c in stored_matrix(path, eid).costs if c.label == "Set-up"] == [1500]


def test_amounts_are_read_in_the_users_locale(qtbot, crm, german):
    window, path, eid = crm
    type_into_cell(qtbot, costs_of(window).table, 0, Col.AMOUNT, "1.250,5")
    assert [c.amount for c in stored_matrix(path, eid).costs if c.label == "Subscription"] == [1250.5]


def test_removing_a_cost_is_undoable(crm):
    window, path, eid = crm
    costs = costs_of(window)
    costs.table.selectRow(0)
    costs.remove_selected()
    assert [c.label for c in stored_matrix(path, eid).costs] == ["Set-up"]
    window.context.undo_stack.undo()
    assert [c.label for c in stored_matrix(path, eid).costs] == ["Subscription", "Set-up"]


def test_changing_the_horizon_updates_the_tco(crm):
    window, path, eid = crm
    window.evaluation_view.comparison.options.finance.horizon.setValue(10)
    assert stored_matrix(path, eid).horizon_years == 10
    assert shown_tco(window) == money(2000 + 10 * 1000, "EUR")


def test_the_discount_rate_is_stored_as_a_fraction(crm):
    window, path, eid = crm
    window.evaluation_view.comparison.options.finance.rate.setValue(5.0)
    assert stored_matrix(path, eid).discount_rate == pytest.approx(0.05)
