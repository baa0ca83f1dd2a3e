"""Money over the horizon: total cost of ownership, NPV, IRR, payback, the cost curve and its range.

Timing convention (simple and stated, so an analyst can redo it in a spreadsheet): one-time items fall in
year 0, yearly items at the end of each year 1..H. Costs and benefits are positive amounts; ``is_benefit``
says which way they count. TCO and the cost curve are undiscounted and leave benefits out (what the
buyer will pay); NPV and IRR use discounted net cash flow; payback uses undiscounted net cash flow.

An option's stored cost lines may lack an amount (not typed yet). `option_money` decides what is then
known: nothing without a single cost line, no TCO while a cost line has no amount, and no NPV, IRR or
payback while any line (a return included) has none. Unknown is None, never 0.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Protocol

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
    """When cumulative undiscounted net cash is back at ≥ 0 for good (years, linear within a year).

    0.0 when it is never negative and some money comes in (nothing to pay back). None when it is still
    negative at the end of the horizon, or when no money moves at all: it never turns positive. A
    shortfall of float noise (1e-9 of the flows) counts as paid back.
    """
    flows = net_cash_flows(items, years)
    tolerance = 1e-9 * max(1.0, math.fsum(abs(f) for f in flows))
    cumulative = [math.fsum(flows[: t + 1]) for t in range(len(flows))]
    if cumulative[-1] < -tolerance or all(abs(c) <= tolerance for c in cumulative):
        return None
    behind = [t for t, c in enumerate(cumulative) if c < -tolerance]
    if not behind:
        return 0.0
    t = behind[-1]  # the last year still out of pocket; the next year's flow closes the gap
    return min(t + 1.0, t + -cumulative[t] / flows[t + 1])


def irr(items: Sequence[CashItem], years: int) -> float | None:
    """Internal rate of return of the net cash flows (a fraction: 0.15 = 15 %); None where undefined."""
    return irr_of_flows(net_cash_flows(items, years))


def irr_of_flows(flows: Sequence[float]) -> float | None:
    """The rate r > −100 % at which Σ flow_t / (1 + r)^t = 0, for flows at t = 0, 1, 2, …

    With x = 1/(1 + r) this is the polynomial Σ flow_t x^t, and each root x > 0 is one IRR. Descartes'
    rule of signs: with one sign change in the flows there is exactly one such root, found by bisection
    (never fails, never leaves the bracket). No sign change: no IRR. Several sign changes: the roots are
    counted with numpy, and the IRR is given only when exactly one real root x > 0 exists where the
    polynomial crosses zero; several (or none) make it undefined.
    """
    scale = max((abs(f) for f in flows), default=0.0)
    coefficients = [f if abs(f) > 1e-14 * scale else 0.0 for f in flows]  # float noise is no flow
    while coefficients and coefficients[-1] == 0.0:
        coefficients.pop()  # trailing zeros add no root
    first = next((t for t, f in enumerate(coefficients) if f != 0.0), len(coefficients))
    coefficients = coefficients[first:]  # leading zeros only add the root x = 0 (r = ∞)
    signs = [f > 0 for f in coefficients if f != 0.0]
    changes = sum(a != b for a, b in pairwise(signs))
    if changes == 0:
        return None
    if changes == 1:
        bound = 1.0 + max(abs(f / coefficients[-1]) for f in coefficients)  # Cauchy: every root below it
        return 1.0 / _bisect(coefficients, 0.0, bound) - 1.0
    return _unique_root(coefficients)


def _polynomial(coefficients: Sequence[float], x: float) -> float:
    """Σ c_t x^t by Horner's rule."""
    total = 0.0
    for c in reversed(coefficients):
        total = total * x + c
    return total


def _bisect(coefficients: Sequence[float], low: float, high: float) -> float:
    """The root of the polynomial between `low` and `high`, where it has opposite signs at the ends."""
    low_sign = _polynomial(coefficients, low) > 0
    for _ in range(2000):
        middle = (low + high) / 2
        if middle in (low, high):
            break  # adjacent floats: as close as a float gets
        if (_polynomial(coefficients, middle) > 0) == low_sign:
            low = middle
        else:
            high = middle
    return (low + high) / 2


def _unique_root(coefficients: Sequence[float]) -> float | None:
    """1/x − 1 for the one real root x > 0 where the polynomial changes sign; None unless exactly one."""
    import numpy as np

    roots = np.roots(list(reversed(coefficients)))
    real = sorted(
        {round(float(z.real), 9) for z in roots if abs(z.imag) <= 1e-9 * max(1.0, abs(z)) and z.real > 0}
    )
    crossing = []
    for x in real:
        low, high = x * (1 - 1e-6), x * (1 + 1e-6)
        if (_polynomial(coefficients, low) > 0) != (_polynomial(coefficients, high) > 0):
            crossing.append(_bisect(coefficients, low, high))
    return 1.0 / crossing[0] - 1.0 if len(crossing) == 1 else None


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


class CostLine(Protocol):
    """A stored cost or return line (`matrix.CostRow` is one); `amount` is None until typed."""

    @property
    def label(self) -> str: ...
    @property
    def category(self) -> str: ...
    @property
    def recurrence(self) -> str: ...
    @property
    def amount(self) -> float | None: ...
    @property
    def low(self) -> float | None: ...
    @property
    def high(self) -> float | None: ...


@dataclass(frozen=True)
class OptionFinance:
    """Every money figure of one option over the horizon; None where unknown, never 0 standing in."""

    tco: float | None
    tco_low: float | None
    tco_high: float | None
    npv: float | None
    payback_years: float | None  # also None when it does not pay back within the horizon
    irr: float | None = None  # also None where undefined (no sign change, no unique root)
    has_costs: bool = True  # at least one cost line (not a return), typed or not
    has_returns: bool = False  # at least one expected-return line
    not_entered: tuple[str, ...] = ()  # labels of the lines without an amount

    @property
    def known(self) -> bool:
        """Whether TCO, NPV, IRR and payback could be worked out (all lines have amounts)."""
        return self.npv is not None

    def unknown_reason(self) -> str | None:
        """Why the money is unknown, in plain English (the CLI's, report's and export's wording)."""
        if not self.has_costs:
            return "no costs entered"
        if self.not_entered:
            return "no amount entered for " + ", ".join(f"“{label}”" for label in self.not_entered)
        return None


def option_money(lines: Sequence[CostLine], years: int, rate: float) -> OptionFinance:
    """The money of one option from its stored lines, unknown where the lines do not tell.

    No cost line at all: nothing is known (an option nobody priced is not free). A cost line without
    an amount: TCO, NPV, IRR and payback unknown (the total could be anything). A return without an
    amount: TCO known (returns do not count in it), NPV, IRR and payback unknown.
    """
    _check_years(years)
    costs = [line for line in lines if line.category != CostCategory.BENEFIT.value]
    missing = tuple(line.label for line in lines if line.amount is None)
    cost_missing = any(line.amount is None for line in costs)
    has_returns = len(costs) < len(lines)
    items = known_items(lines)
    spread = cost_range(items, years) if costs and not cost_missing else None
    known = spread is not None and not missing
    return OptionFinance(
        tco=spread.expected if spread else None,
        tco_low=spread.low if spread else None,
        tco_high=spread.high if spread else None,
        npv=npv(items, years, rate) if known else None,
        payback_years=payback_years(items, years) if known else None,
        irr=irr(items, years) if known else None,
        has_costs=bool(costs),
        has_returns=has_returns,
        not_entered=missing,
    )


def known_items(lines: Iterable[CostLine]) -> list[CashItem]:
    """The lines that have an amount, as cash items (check `option_money(...).known` first)."""
    return [
        CashItem.from_cost(x.category, x.recurrence, x.amount, x.low, x.high)
        for x in lines
        if x.amount is not None
    ]
