"""Specification of costs over time: a one-time cost in any year, yearly costs between two years with
escalation, lines in other currencies at the evaluation's exchange rates, and what stays unknown."""

from __future__ import annotations

import pytest

from duediligence.decision.cost_lines import option_money
from duediligence.decision.finance import (
    CashItem,
    cost_flows,
    cost_range,
    cumulative_cost,
    npv,
    payback_years,
    schedule,
    tco,
)
from tests.core.cost_line import Line

LICENCE = Line("Licence", 10_000)
SUBSCRIPTION = Line("Subscription", 1_000, "yearly", "subscription", escalation=0.05)
MIGRATION = Line("Migration in year 3", 2_000, "one_time", "implementation", year=3)


def test_schedule_with_escalation_and_a_year_3_cost_gives_tco_and_npv_to_the_cent() -> None:
    """Horizon 5 years, discount rate 10 %.

    Year 0: licence 10,000.
    Subscription 1,000 from year 1, +5 % a year: 1,000.00; 1,050.00; 1,102.50; 1,157.625; 1,215.50625
    (sum 5,525.63125). Migration 2,000 in year 3.
    TCO = 10,000 + 5,525.63125 + 2,000 = 17,525.63.
    NPV = −(10,000 + 1,000/1.1 + 1,050/1.21 + 3,102.50/1.331 + 1,157.625/1.4641 + 1,215.50625/1.61051)
        = −(10,000 + 909.0909 + 867.7686 + 2,330.9542 + 790.6735 + 754.7337) = −15,653.22.
    """
    money = option_money([LICENCE, SUBSCRIPTION, MIGRATION], 5, 0.10)
    assert round(money.tco, 2) == 17_525.63  # type: ignore[arg-type]
    assert round(money.npv, 2) == -15_653.22  # type: ignore[arg-type]


def test_yearly_line_pays_the_stated_amount_first_and_escalates_after() -> None:
    item = CashItem(1_000, "yearly", escalation=0.05, from_year=2, to_year=4)
    assert schedule(item, 5) == pytest.approx((0, 0, 1_000, 1_050, 1_102.5, 0))


def test_one_time_cost_falls_in_its_year_and_the_cumulative_cost_steps_there() -> None:
    items = [CashItem(10_000), CashItem(2_000, year=3), CashItem(500, "yearly")]
    assert cost_flows(items, 4) == (10_000, 500, 500, 2_500, 500)
    assert cumulative_cost(items, 4) == (10_000, 10_500, 11_000, 13_500, 14_000)


def test_money_after_the_horizon_is_not_counted_and_the_line_is_named() -> None:
    """An exit cost in year 7 of a 5-year horizon lies outside it: TCO 10,000, the line named."""
    money = option_money([LICENCE, Line("Exit", 3_000, year=7)], 5, 0.08)
    assert money.tco == 10_000
    assert money.outside_horizon == ("Exit",)


def test_yearly_line_from_year_0_pays_in_advance_each_year() -> None:
    """Paid at signing and at each anniversary: 6 payments over a 5-year horizon."""
    assert tco([CashItem(100, "yearly", from_year=0)], 5) == 600


def test_ranges_follow_the_same_schedule() -> None:
    """Low 800 and high 1,500 escalate like the amount: 800 + 840 = 1,640; 1,500 + 1,575 = 3,075."""
    item = CashItem(1_000, "yearly", low=800, high=1_500, escalation=0.05)
    spread = cost_range([item], 2)
    assert (spread.low, spread.expected, spread.high) == pytest.approx((1_640, 2_050, 3_075))


def test_a_line_in_another_currency_is_converted_at_the_stated_rate() -> None:
    """USD 1,000 at 0.92 EUR per USD = EUR 920, its range too (low USD 900 → EUR 828)."""
    usd = Line("US support", 1_000, low=900, currency="USD")
    money = option_money([LICENCE, usd], 5, 0.0, {"USD": 0.92}, "EUR")
    assert (money.tco, money.tco_low) == pytest.approx((10_920, 10_828))


def test_a_line_in_the_evaluations_own_currency_needs_no_rate() -> None:
    money = option_money([Line("Licence", 1_000, currency="EUR")], 5, 0.0, {}, "EUR")
    assert money.tco == 1_000


def test_a_line_in_a_currency_without_a_rate_is_unknown_and_named_never_zero() -> None:
    usd = Line("US support", 1_000, currency="USD")
    money = option_money([LICENCE, usd], 5, 0.08, {"GBP": 1.17}, "EUR")
    assert (money.tco, money.npv, money.known) == (None, None, False)
    assert money.unknown_reason() == "no exchange rate for “US support (USD)”"


def test_payback_follows_the_schedule() -> None:
    """Pay 1,000 now; save 300 in year 1, doubling each year (600, 1,200): after year 2 still 100 out
    (1,000 − 300 − 600), and year 3's 1,200 closes it 100/1,200 of the way in → 2.0833 years."""
    items = [CashItem(1_000), CashItem(300, "yearly", is_benefit=True, escalation=1.0)]
    assert payback_years(items, 3) == pytest.approx(2 + 100 / 1_200)


def test_escalation_of_minus_100_percent_or_less_is_refused() -> None:
    with pytest.raises(ValueError, match="escalation"):
        CashItem(1_000, "yearly", escalation=-1.0)


def test_to_year_before_from_year_is_refused() -> None:
    with pytest.raises(ValueError, match="to_year"):
        CashItem(1_000, "yearly", from_year=3, to_year=2)


def test_npv_of_a_schedule_discounts_each_year_by_its_own_factor() -> None:
    """2,000 in year 3 at 10 %: 2,000 / 1.331 = 1,502.63 (cost, so −1,502.63)."""
    assert round(npv([CashItem(2_000, year=3)], 5, 0.10), 2) == -1_502.63
