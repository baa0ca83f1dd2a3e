"""The cost schedule in the costs editor: years, change a year (in percent, the locale's way), a quote's
currency, and the evaluation's exchange rates with their day; converted amounts name the rate used; every
edit is one undoable step."""

from __future__ import annotations

from datetime import date

import pytest
from option_data import CRM, insert, stored_matrix
from PySide6.QtCore import QLocale, Qt
from test_options_costs import costs_of, shown_tco, type_into_cell

from ui.models.costs import Col, money


@pytest.fixture
def crm(make_window, tmp_path):
    """(window, workbook path, evaluation id), Options & costs open with Northwind selected: set-up
    2,000 one-time, subscription 1,000 a year, horizon 5 years."""
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


def _row(costs, label):
    return next(r for r in range(costs.model.rowCount()) if costs.model.cost_at(r).label == label)


def _stored(path, eid, label):
    return next(c for c in stored_matrix(path, eid).costs if c.label == label)


def test_change_a_year_typed_in_percent_the_locales_way_is_stored_as_a_fraction_and_undone(
    qtbot, crm, german
):
    """Subscription 1,000 a year +2.5 %: 1,000 + 1,025 + 1,050.625 + 1,076.890625 + 1,103.812890625
    = 5,256.33; with the set-up 2,000 the TCO is 7,256.33 (shown rounded, €7.256)."""
    window, path, eid = crm
    costs = costs_of(window)
    type_into_cell(qtbot, costs.table, _row(costs, "Subscription"), Col.ESCALATION, "2,5")
    assert _stored(path, eid, "Subscription").escalation == 0.025
    assert shown_tco(window) == money(7256.33, "EUR")
    window.context.undo_stack.undo()
    assert _stored(path, eid, "Subscription").escalation == 0.0


def test_a_one_time_cost_moved_past_the_horizon_no_longer_counts(qtbot, crm):
    window, path, eid = crm
    costs = costs_of(window)
    type_into_cell(qtbot, costs.table, _row(costs, "Set-up"), Col.YEAR, "6")
    assert _stored(path, eid, "Set-up").year == 6
    assert shown_tco(window) == money(5 * 1000, "EUR")
    finance = window.evaluation_view.comparison.options.finance.model
    tip = finance.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Not counted: “Set-up” falls after the horizon."


def test_a_yearly_cost_has_no_single_year_and_a_one_time_cost_no_last_year(crm):
    window, _path, _eid = crm
    model = costs_of(window).model
    yearly, once = _row(costs_of(window), "Subscription"), _row(costs_of(window), "Set-up")
    editable = Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(yearly, Col.YEAR)) & editable
    assert not model.flags(model.index(once, Col.UNTIL)) & editable
    assert model.index(yearly, Col.UNTIL).data() == "end"


def test_a_quote_in_dollars_without_a_rate_leaves_the_money_unknown_until_the_rate_is_stated(
    qtbot, crm, german
):
    """Set-up USD 2,000 at 0.92 = €1,840; TCO 1,840 + 5 × 1,000 = €6,840."""
    window, path, eid = crm
    costs = costs_of(window)
    type_into_cell(qtbot, costs.table, _row(costs, "Set-up"), Col.CURRENCY, "usd")
    assert _stored(path, eid, "Set-up").currency == "USD"
    assert shown_tco(window) == "—"
    tip = costs.model.index(_row(costs, "Set-up"), Col.AMOUNT).data(Qt.ItemDataRole.ToolTipRole)
    assert "No exchange rate for USD" in tip
    rates = window.evaluation_view.comparison.options.finance.exchange_rates
    rates.rates.setFocus()
    rates.rates.setText("USD 0,92")
    rates.rates.editingFinished.emit()
    matrix = stored_matrix(path, eid)
    assert (matrix.rates, matrix.exchange_rates_on) == ({"USD": 0.92}, date.today())
    assert shown_tco(window) == money(6840, "EUR")
    tip = costs.model.index(_row(costs, "Set-up"), Col.AMOUNT).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("USD 2.000 = " + money(1840, "EUR") + " at 1 USD = 0,92 EUR")
    window.context.undo_stack.undo()
    assert stored_matrix(path, eid).rates == {}


def test_a_wrong_rate_is_refused_naming_the_currency_and_nothing_is_stored(qtbot, crm, asked):
    window, path, eid = crm
    rates = window.evaluation_view.comparison.options.finance.exchange_rates
    rates.rates.setText("USD nothing")
    rates.rates.editingFinished.emit()
    qtbot.waitUntil(lambda: len(asked.warnings) == 1)
    assert asked.warnings[0][1] == (
        "The list of exchange rates was not changed (you entered “nothing”): "
        "expected a rate above 0 for USD, e.g. 0.92."
    )
    assert stored_matrix(path, eid).rates == {}
