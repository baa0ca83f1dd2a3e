"""Specification of the money figures: TCO, NPV, payback, cumulative cost and cost range."""

from __future__ import annotations

import pytest

from duediligence.finance import CashItem, cost_range, cumulative_cost, npv, payback_years, tco

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
    assert payback_years([CashItem(1_000, "yearly", is_benefit=True)], 3) == 0.0


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
