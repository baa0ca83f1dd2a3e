"""Specification of the money figures: TCO, NPV, IRR, payback, cumulative cost and cost range, and what
is known about an option whose cost lines are missing or have no amount."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from duediligence.decision.cost_lines import option_money
from duediligence.decision.finance import (
    CashItem,
    cost_range,
    cumulative_cost,
    irr,
    irr_of_flows,
    npv,
    payback_years,
    tco,
)
from tests.core.cost_line import Line

# One-time cost 10,000 (range 8,000–15,000), yearly cost 2,000 (up to 2,500), yearly benefit 6,000.
LICENCE = CashItem(10_000, "one_time", low=8_000, high=15_000)
SUPPORT = CashItem(2_000, "yearly", high=2_500)
SAVINGS = CashItem(6_000, "yearly", is_benefit=True)
EXAMPLE = [LICENCE, SUPPORT, SAVINGS]


def test_tco_is_one_time_plus_yearly_costs_times_horizon_without_benefits() -> None:
    """10,000 + 2,000 × 5 = 20,000; the 6,000 a year of savings does not lower the cost of ownership."""
    assert tco(EXAMPLE, 5) == 20_000


def test_npv_discounts_net_yearly_flows_with_the_annuity_factor() -> None:
    """−10,000 + (6,000 − 2,000) × a(5, 8 %) where a = (1 − 1.08⁻⁵)/0.08 = 3.99271 (the value in any
    present-value-of-annuity table for 8 %, 5 periods) → −10,000 + 4,000 × 3.99271 = 5,970.84."""
    assert npv(EXAMPLE, 5, 0.08) == pytest.approx(5_970.84, abs=0.005)


def test_npv_at_zero_rate_is_the_plain_sum_of_net_flows() -> None:
    """−10,000 + 4,000 × 5 = 10,000."""
    assert npv(EXAMPLE, 5, 0.0) == pytest.approx(10_000)


def test_payback_is_linear_within_the_year_it_turns_positive() -> None:
    """Cumulative net: −10,000, −6,000, −2,000, +2,000 → 2 years + 2,000/4,000 = 2.5 years."""
    assert payback_years(EXAMPLE, 5) == pytest.approx(2.5)


def test_payback_exactly_at_the_end_of_the_horizon_counts() -> None:
    """−10,000 + 2,000 × 5 reaches exactly 0 in year 5."""
    items = [CashItem(10_000), CashItem(2_000, "yearly", is_benefit=True)]
    assert payback_years(items, 5) == pytest.approx(5.0)


def test_never_paying_back_within_the_horizon_is_none() -> None:
    """Net 500 a year leaves −7,500 after five years."""
    items = [CashItem(10_000), CashItem(2_000, "yearly"), CashItem(2_500, "yearly", is_benefit=True)]
    assert payback_years(items, 5) is None


def test_nothing_to_pay_back_is_zero_years() -> None:
    """Cumulative net 0, +1,000, +2,000, +3,000: never out of pocket, and money comes in."""
    assert payback_years([CashItem(1_000, "yearly", is_benefit=True)], 3) == 0.0


def test_a_shortfall_within_a_billionth_of_the_flows_counts_as_paid_back() -> None:
    """−1,000,000 then +999,999.9999 in year 1: 0.0001 short of 2,000,000 moved is rounding, not a debt."""
    items = [CashItem(1_000_000), CashItem(999_999.9999, "yearly", is_benefit=True)]
    assert payback_years(items, 1) == pytest.approx(1.0)


def test_payback_at_a_year_boundary_inside_the_horizon_is_that_year() -> None:
    """Cumulative net −1,000, −500, 0: paid back exactly at the end of year 2."""
    items = [CashItem(1_000), CashItem(500, "yearly", is_benefit=True)]
    assert payback_years(items, 5) == 2.0


def test_payback_in_the_first_year_is_the_fraction_of_it() -> None:
    """−1,000 then +4,000 a year: 1,000 / 4,000 = 0.25 years."""
    assert payback_years([CashItem(1_000), CashItem(4_000, "yearly", is_benefit=True)], 3) == 0.25


def test_no_money_moving_at_all_never_pays_back() -> None:
    """A cost typed as 0 and nothing else: cumulative net cash is 0 throughout, never positive."""
    assert payback_years([CashItem(0, "yearly")], 5) is None


def test_a_one_time_return_eaten_up_by_yearly_costs_does_not_pay_back() -> None:
    """A rebate of 500, then 200 a year: 500, 300, 100, −100, −300, −500 ends out of pocket."""
    items = [CashItem(500, is_benefit=True), CashItem(200, "yearly")]
    assert payback_years(items, 5) is None


def test_a_one_time_return_that_lasts_the_horizon_is_nothing_to_pay_back() -> None:
    """A rebate of 500, then 100 a year over five years: 500 … 0, never below zero."""
    items = [CashItem(500, is_benefit=True), CashItem(100, "yearly")]
    assert payback_years(items, 5) == 0.0


def test_a_shortfall_of_float_noise_counts_as_paid_back() -> None:
    """0.1 + 0.1 + 0.1 − 0.3 is −5.6e-17 in floating point: paid back at year 3, not "never"."""
    items = [CashItem(0.3), CashItem(0.1, "yearly", is_benefit=True)]
    assert payback_years(items, 3) == pytest.approx(3.0)


def test_cumulative_cost_per_year_from_year_zero_to_the_horizon() -> None:
    assert cumulative_cost(EXAMPLE, 5) == (10_000, 12_000, 14_000, 16_000, 18_000, 20_000)


def test_cost_range_uses_lows_and_highs_with_the_amount_for_missing_ends() -> None:
    """Low: 8,000 + 2,000 × 5 = 18,000 (support has no low); high: 15,000 + 2,500 × 5 = 27,500."""
    r = cost_range(EXAMPLE, 5)
    assert (r.low, r.expected, r.high) == (18_000, 20_000, 27_500)


def test_zero_horizon_counts_only_one_time_items() -> None:
    assert tco(EXAMPLE, 0) == 10_000
    assert npv(EXAMPLE, 0, 0.08) == -10_000
    assert cumulative_cost(EXAMPLE, 0) == (10_000,)


def test_benefit_category_becomes_a_benefit() -> None:
    assert CashItem.from_cost("benefit", "yearly", 100).is_benefit
    assert not CashItem.from_cost("licence", "yearly", 100).is_benefit


@pytest.mark.parametrize(
    "call",
    [
        lambda: tco(EXAMPLE, -1),
        lambda: npv(EXAMPLE, 5, -1.0),
        lambda: payback_years(EXAMPLE, -2),
        lambda: npv(EXAMPLE, 5, float("nan")),
    ],
)
def test_invalid_horizon_or_rate_is_refused(call: object) -> None:
    with pytest.raises(ValueError):
        call()  # type: ignore[operator]


def test_range_that_does_not_contain_the_amount_is_refused() -> None:
    with pytest.raises(ValueError, match="low ≤ amount ≤ high"):
        CashItem(1_000, low=1_500)


def test_only_yearly_costs_without_returns_never_pay_back() -> None:
    """Cumulative net cash 0, −25,000, −50,000, … −125,000 never turns positive: None, not 0.0."""
    assert payback_years([CashItem(25_000, "yearly")], 5) is None


# -- IRR ------------------------------------------------------------------------------------------------


def test_irr_of_an_investment_returning_300_a_year_for_five_years() -> None:
    """−1,000 then +300 a year for 5 years: IRR solves a(5, r) = 1,000 / 300 = 3.3333. Present-value-of-
    annuity tables give a(5, 15 %) = 3.3522 and a(5, 16 %) = 3.2743, so r ≈ 15 + 0.0189/0.0779 = 15.24 %;
    numpy.roots of 300x⁵ + 300x⁴ + 300x³ + 300x² + 300x − 1,000 gives x = 0.8677675, r = 1/x − 1 =
    0.1523824. At that rate the NPV is 0."""
    items = [CashItem(1_000), CashItem(300, "yearly", is_benefit=True)]
    rate = irr(items, 5)
    assert rate == pytest.approx(0.1523824, abs=1e-7)
    assert npv(items, 5, rate) == pytest.approx(0.0, abs=1e-9)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("flows", "rate"),
    [
        ((-1_000, 1_100), 0.10),  # 1,100 / 1.1 = 1,000
        ((-1_000, 900, 900), 0.50),  # 900 / 1.5 + 900 / 2.25 = 600 + 400
        ((1_000, -1_100), 0.10),  # the same flows the other way round (a loan) have the same rate
        ((1, -1.1), 0.10),  # small numbers too
        ((-5, 0, 0, 10), 2 ** (1 / 3) - 1),  # years without flows in between: (1 + r)³ = 2
        # Back only 900 of 1,000: a negative rate. 300 × (1/0.949115 + 1/0.949115² + 1/0.949115³)
        # = 300 × (1.05361 + 1.11010 + 1.16962) = 1,000.
        ((-1_000, 300, 300, 300), -0.0508854),
        ((0, -5, 0, 10, 0), math.sqrt(2) - 1),  # −5 at t=1, +10 at t=3: (1 + r)² = 2
        ((-100, 173, -180, 150), 0.25),  # three sign changes, one root: −100 + 138.4 − 115.2 + 76.8 = 0
        ((-1, 1e12), 1e12 - 1),  # a huge rate is found, not capped
    ],
)
def test_irr_is_the_rate_at_which_the_npv_is_zero(flows: tuple[float, ...], rate: float) -> None:
    assert irr_of_flows(flows) == pytest.approx(rate, rel=1e-6)


@pytest.mark.parametrize(
    "flows",
    [
        (-1_000, -300, -300),  # only costs: no sign change
        (1_000, 300),  # only returns
        (0, 0, 0),  # nothing moves
        (),
        (-100, 230, -132),  # two rates make the NPV 0 (10 % and 20 %): none is "the" IRR
        (-100, 100, -100),  # two sign changes and no rate at all
        (-100, 200, -100),  # −100 (1 − x)² touches 0 at r = 0 without crossing it
    ],
)
def test_irr_is_none_where_it_is_undefined(flows: tuple[float, ...]) -> None:
    assert irr_of_flows(flows) is None


def test_irr_of_only_costs_is_none() -> None:
    assert irr([CashItem(1_000), CashItem(200, "yearly")], 5) is None


def test_float_noise_in_a_net_flow_is_no_sign_change() -> None:
    """Returns of 0.1 + 0.2 a year against a 0.3 cost net to +5.6e-17, not a real inflow after −1,000."""
    items = [
        CashItem(1_000),
        CashItem(0.3, "yearly"),
        CashItem(0.1, "yearly", is_benefit=True),
        CashItem(0.2, "yearly", is_benefit=True),
    ]
    assert irr(items, 5) is None


@given(
    cost=st.floats(1, 1e9),
    ratio=st.floats(0.05, 20),
    years=st.integers(1, 50),
)
def test_a_found_irr_always_makes_the_npv_zero(cost: float, ratio: float, years: int) -> None:
    """Any one-time cost and yearly return: the NPV at the IRR is 0 (to 1e-6 of the flows)."""
    items = [CashItem(cost), CashItem(cost * ratio / years, "yearly", is_benefit=True)]
    rate = irr(items, years)
    assert rate is not None and rate > -1
    assert abs(npv(items, years, rate)) <= 1e-6 * cost * (1 + ratio)


# -- what is known about an option ----------------------------------------------------------------------


def test_an_option_without_cost_lines_has_unknown_money_not_zero() -> None:
    money = option_money([], 5, 0.08)
    assert (money.tco, money.tco_low, money.tco_high, money.npv, money.payback_years, money.irr) == (
        None,
    ) * 6
    assert (money.has_costs, money.known, money.unknown_reason()) == (False, False, "no costs entered")


def test_only_returns_and_no_cost_line_is_still_an_unknown_cost() -> None:
    money = option_money([Line("Savings", 500, "yearly", "benefit")], 5, 0.08)
    assert (money.tco, money.npv, money.has_returns, money.unknown_reason()) == (
        None,
        None,
        True,
        "no costs entered",
    )


def test_a_cost_line_without_amount_makes_every_figure_unknown_and_is_named() -> None:
    """Licence 900 is known, Support is not: the total could be anything, so no partial total is shown."""
    money = option_money([Line("Licence", 900), Line("Support", None, "yearly")], 5, 0.08)
    assert (money.tco, money.tco_low, money.tco_high, money.npv, money.payback_years, money.irr) == (
        None,
    ) * 6
    assert money.not_entered == ("Support",)
    assert money.unknown_reason() == "no amount entered for “Support”"


def test_a_return_without_amount_leaves_the_tco_known_and_the_rest_unknown() -> None:
    """Returns do not count in the TCO (900 + 5 × 100 = 1,400); NPV, IRR and payback need them."""
    lines = [Line("Licence", 900), Line("Support", 100, "yearly"), Line("Savings", None, "yearly", "benefit")]
    money = option_money(lines, 5, 0.08)
    assert (money.tco, money.npv, money.payback_years, money.irr) == (1_400, None, None, None)
    assert (money.has_costs, money.has_returns, money.known) == (True, True, False)
    assert money.unknown_reason() == "no amount entered for “Savings”"


def test_a_line_with_a_range_but_no_amount_is_still_unknown() -> None:
    money = option_money([Line("Licence", None, low=800, high=1_000)], 5, 0.08)
    assert (money.tco, money.tco_low, money.tco_high) == (None, None, None)


def test_an_option_whose_lines_all_have_amounts_gets_every_figure() -> None:
    """The example above as stored lines: TCO 20,000 (18,000–27,500), NPV 5,970.84 at 8 %, payback 2.5
    years, IRR where −10,000 + 4,000 × a(5, r) = 0: a(5, r) = 2.5, between 28 % (2.5320) and 29 % (2.4830)."""
    lines = [
        Line("Licence", 10_000, low=8_000, high=15_000),
        Line("Support", 2_000, "yearly", high=2_500),
        Line("Savings", 6_000, "yearly", "benefit"),
    ]
    money = option_money(lines, 5, 0.08)
    assert (money.tco, money.tco_low, money.tco_high) == (20_000, 18_000, 27_500)
    assert money.npv == pytest.approx(5_970.84, abs=0.005)
    assert money.payback_years == pytest.approx(2.5)
    assert 0.28 < money.irr < 0.29  # type: ignore[operator]
    assert money.irr == irr(EXAMPLE, 5)
    assert (money.known, money.has_costs, money.has_returns, money.not_entered) == (True, True, True, ())
    assert money.unknown_reason() is None


def test_a_cost_typed_as_zero_is_a_known_zero() -> None:
    """Stored as the person meant: an explicit 0 is free, unlike a line with no amount."""
    money = option_money([Line("Gift", 0)], 5, 0.08)
    assert (money.tco, money.npv, money.payback_years, money.irr, money.known) == (0, 0, None, None, True)


def test_option_money_refuses_a_negative_horizon() -> None:
    with pytest.raises(ValueError):
        option_money([], -1, 0.08)
