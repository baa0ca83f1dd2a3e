"""Money over the horizon: total cost of ownership, NPV, payback, the cost curve and its range.

Timing convention (simple and stated, so an analyst can redo it in a spreadsheet): one-time items fall in
year 0, yearly items at the end of each year 1..H. Costs and benefits are positive amounts; ``is_benefit``
says which way they count. TCO and the cost curve are undiscounted and leave benefits out (what the
buyer will pay); NPV discounts net cash flow; payback uses undiscounted net cash flow.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from duediligence.enums import CostCategory, CostRecurrence

ONE_TIME = CostRecurrence.ONE_TIME.value
YEARLY = CostRecurrence.YEARLY.value


@dataclass(frozen=True)
class CashItem:
    """One cost or benefit: ``amount`` with an optional ``low``–``high`` range (missing end = amount)."""

    amount: float
    recurrence: str = ONE_TIME
    is_benefit: bool = False
    low: float | None = None
    high: float | None = None

    def __post_init__(self) -> None:
        if self.recurrence not in (ONE_TIME, YEARLY):
            raise ValueError(f"recurrence must be 'one_time' or 'yearly', got {self.recurrence!r}")
        for name in ("amount", "low", "high"):
            value = getattr(self, name)
            if value is not None and not math.isfinite(value):
                raise ValueError(f"{name} must be a finite number, got {value!r}")
        if not self.low_amount <= self.amount <= self.high_amount:
            raise ValueError(
                f"range must satisfy low ≤ amount ≤ high, got {self.low_amount:g} ≤ {self.amount:g} ≤ "
                f"{self.high_amount:g}"
            )

    @classmethod
    def from_cost(
        cls,
        category: str,
        recurrence: str,
        amount: float,
        low: float | None = None,
        high: float | None = None,
    ) -> CashItem:
        """From a stored cost row: category "benefit" is a return, every other category a cost."""
        return cls(amount, recurrence, category == CostCategory.BENEFIT.value, low, high)

    @property
    def low_amount(self) -> float:
        return self.amount if self.low is None else self.low

    @property
    def high_amount(self) -> float:
        return self.amount if self.high is None else self.high


@dataclass(frozen=True)
class CostRange:
    """TCO with every item at its low end, its amount, and its high end."""

    low: float
    expected: float
    high: float


def _check_years(years: int) -> None:
    if isinstance(years, bool) or not isinstance(years, int) or years < 0:
        raise ValueError(f"horizon must be a whole number of years ≥ 0, got {years!r}")


def _sum(items: Iterable[CashItem], recurrence: str, benefit: bool, pick: str = "amount") -> float:
    chosen = (i for i in items if i.recurrence == recurrence and i.is_benefit == benefit)
    return math.fsum(getattr(i, pick) for i in chosen)


def net_cash_flows(items: Sequence[CashItem], years: int) -> tuple[float, ...]:
    """Undiscounted benefits minus costs for years 0..H (year 0 = one-time items)."""
    _check_years(years)
    year0 = _sum(items, ONE_TIME, True) - _sum(items, ONE_TIME, False)
    yearly = _sum(items, YEARLY, True) - _sum(items, YEARLY, False)
    return (year0, *([yearly] * years))


def tco(items: Sequence[CashItem], years: int) -> float:
    """Total cost of ownership: one-time costs + yearly costs × H, undiscounted, benefits excluded."""
    _check_years(years)
    return _tco(items, years, "amount")


def _tco(items: Sequence[CashItem], years: int, pick: str) -> float:
    return _sum(items, ONE_TIME, False, pick) + years * _sum(items, YEARLY, False, pick)


def npv(items: Sequence[CashItem], years: int, rate: float) -> float:
    """Net present value Σ_t (benefits_t − costs_t)/(1 + r)^t, t = 0 for one-time items, 1..H for yearly."""
    if not math.isfinite(rate) or rate <= -1:
        raise ValueError(f"discount rate must be greater than −100 %, got {rate!r}")
    flows = net_cash_flows(items, years)
    return math.fsum(flow / (1.0 + rate) ** t for t, flow in enumerate(flows))


def payback_years(items: Sequence[CashItem], years: int) -> float | None:
    """First time (years, linear within a year) cumulative undiscounted net cash flow reaches ≥ 0.

    0.0 when year 0 is already not negative (nothing to pay back); None when it never pays back within
    the horizon. A shortfall of float noise (1e-9 of the flows) counts as paid back.
    """
    flows = net_cash_flows(items, years)
    tolerance = 1e-9 * max(1.0, math.fsum(abs(f) for f in flows))
    cumulative = flows[0]
    if cumulative >= -tolerance:
        return 0.0
    for t, flow in enumerate(flows[1:], start=1):
        after = cumulative + flow
        if after >= -tolerance:
            return min(float(t), (t - 1) + (-cumulative) / flow)
        cumulative = after
    return None


def cumulative_cost(items: Sequence[CashItem], years: int) -> tuple[float, ...]:
    """Cumulative undiscounted cost at the end of years 0..H (benefits excluded), for the cost chart."""
    _check_years(years)
    one_time = _sum(items, ONE_TIME, False)
    yearly = _sum(items, YEARLY, False)
    return tuple(one_time + t * yearly for t in range(years + 1))


def cost_range(items: Sequence[CashItem], years: int) -> CostRange:
    """TCO with all items at their low ends, at their amounts, and at their high ends."""
    _check_years(years)
    return CostRange(
        low=_tco(items, years, "low_amount"),
        expected=_tco(items, years, "amount"),
        high=_tco(items, years, "high_amount"),
    )
