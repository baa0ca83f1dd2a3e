"""The ranking panel marks a dominated option with a sentence, money in the user's locale, and gives the
benefit score and the price per benefit point in the option's tooltip."""

from __future__ import annotations

import pytest
from option_data import insert
from PySide6.QtCore import QLocale

from ui.models.costs import money

ACCOUNTING = {
    "title": "Accounting",
    "currency": "EUR",
    "options": [
        {"name": "OpenLedger", "costs": [{"label": "Licence", "amount": 20000}]},
        {"name": "BigSuite", "costs": [{"label": "Licence", "amount": 28000}]},
    ],
    "ungrouped_criteria": [{"name": "Quality", "scale": "0-10", "weight": 1}],
    "scores": [
        {"option": "OpenLedger", "criterion": "Quality", "value": 8},
        {"option": "BigSuite", "criterion": "Quality", "value": 7.4},
    ],
}


@pytest.fixture
def lines(make_window, tmp_path):
    path = tmp_path / "v.db"
    (evaluation_id,) = insert(path, ACCOUNTING)
    window = make_window(path)
    window.evaluations.select(evaluation_id)
    view = window.evaluation_view
    view.setCurrentWidget(view.comparison)
    return {line.name: line for line in view.comparison.ranking.ranked.model_.lines()}


@pytest.fixture
def german():
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(QLocale.system())


def test_a_dominated_option_says_what_it_costs_more_and_scores_less_than_the_option_beating_it(german, lines):
    """BigSuite: 28,000 against 20,000 (8,000 more), score 74 against 80 (6 points lower)."""
    assert "Dominated: costs " + money(8000, "EUR") + " more and scores 6 points lower than OpenLedger" in (
        lines["BigSuite"].details
    )
    assert money(8000, "EUR") == "8.000\xa0€"  # the locale's way
    assert not any(d.startswith("Dominated") for d in lines["OpenLedger"].details)


def test_the_tooltip_gives_the_benefit_score_and_the_price_per_point(lines):
    """OpenLedger: 20,000 / 80 points = 250 a point."""
    tip = lines["OpenLedger"].tooltip
    assert "Benefit score 80.0 of 100 (the score without the criteria fed by costs)" in tip
    assert money(250, "EUR") + " per benefit point" in tip
