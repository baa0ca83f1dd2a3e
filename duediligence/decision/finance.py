"""Money over the horizon: total cost of ownership, NPV, IRR, payback, the cost curve and its range.

Timing convention (simple and stated, so an analyst can redo it in a spreadsheet): a one-time item
falls in its ``year`` (0 = at signing, the default); a yearly item at the end of each year from
``from_year`` (default 1) to ``to_year`` (default: the horizon's last year), its first year paying the
stated amount and each later year that times ``1 + escalation``. Money falling after the horizon is
outside it and not counted. Costs and benefits are positive amounts; ``is_benefit`` says which way
they count. TCO and the cost curve are undiscounted and leave benefits out (what the buyer will pay);
NPV and IRR use discounted net cash flow; payback uses undiscounted net cash flow.

Stored lines (with their currency and possibly no amount yet) become cash items in
`decision.cost_lines`, which decides what is known. Unknown is None, never 0.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from duediligence.enums import CostCategory, CostRecurrence
from duediligence.i18n import fill, translate

ONE_TIME = CostRecurrence.ONE_TIME.value
YEARLY = CostRecurrence.YEARLY.value


@dataclass(frozen=True)
class CashItem:
    """One cost or benefit: ``amount`` with an optional ``low``–``high`` range (missing end = amount),
    falling in ``year`` (one-time) or every year ``from_year``..``to_year`` with ``escalation`` (yearly)."""

    amount: float
    recurrence: str = ONE_TIME
    is_benefit: bool = False
    low: float | None = None
    high: float | None = None
    year: int = 0
    from_year: int = 1
    to_year: int | None = None  # None: to the end of the horizon
    escalation: float = 0.0

    def __post_init__(self) -> None:
        if self.recurrence not in (ONE_TIME, YEARLY):
            raise ValueError(f"recurrence must be 'one_time' or 'yearly', got {self.recurrence!r}")
        for name in ("year", "from_year"):
            _check_years(getattr(self, name), name)
        if self.to_year is not None:
            _check_years(self.to_year, "to_year")
            if self.to_year < self.from_year:
                raise ValueError(f"to_year {self.to_year} is before from_year {self.from_year}")
        if not math.isfinite(self.escalation) or self.escalation <= -1:
            raise ValueError(f"escalation must be greater than −100 %, got {self.escalation!r}")
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


def _check_years(years: int, name: str = "horizon") -> None:
    if isinstance(years, bool) or not isinstance(years, int) or years < 0:
        raise ValueError(f"{name} must be a whole number of years ≥ 0, got {years!r}")


def schedule(item: CashItem, years: int, pick: str = "amount") -> tuple[float, ...]:
    """The item's money in each year 0..H (positive, whichever way it counts); 0 where it pays nothing."""
    _check_years(years)
    base = getattr(item, pick)
    flows = [0.0] * (years + 1)
    if item.recurrence == ONE_TIME:
        if item.year <= years:
            flows[item.year] = base
        return tuple(flows)
    last = years if item.to_year is None else min(item.to_year, years)
    for t in range(item.from_year, last + 1):
        flows[t] = base * (1.0 + item.escalation) ** (t - item.from_year)
    return tuple(flows)


def _flows(items: Iterable[CashItem], years: int, benefit: bool, pick: str = "amount") -> tuple[float, ...]:
    """Yearly totals 0..H of the costs (or the benefits) among `items`."""
    chosen = [schedule(i, years, pick) for i in items if i.is_benefit == benefit]
    if not chosen:
        return (0.0,) * (years + 1)
    return tuple(math.fsum(column) for column in zip(*chosen, strict=True))


def cost_flows(items: Sequence[CashItem], years: int) -> tuple[float, ...]:
    """Undiscounted costs paid in each year 0..H (benefits left out)."""
    return _flows(items, years, False)


def net_cash_flows(items: Sequence[CashItem], years: int) -> tuple[float, ...]:
    """Undiscounted benefits minus costs for years 0..H."""
    _check_years(years)
    gains, costs = _flows(items, years, True), _flows(items, years, False)
    return tuple(g - c for g, c in zip(gains, costs, strict=True))


def tco(items: Sequence[CashItem], years: int) -> float:
    """Total cost of ownership: every cost falling in years 0..H, undiscounted, benefits excluded."""
    _check_years(years)
    return _tco(items, years, "amount")


def _tco(items: Sequence[CashItem], years: int, pick: str) -> float:
    return math.fsum(_flows(items, years, False, pick))


def npv(items: Sequence[CashItem], years: int, rate: float) -> float:
    """Net present value Σ_t (benefits_t − costs_t)/(1 + r)^t over the years t = 0..H."""
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
    return tuple(itertools.accumulate(_flows(items, years, False)))


def cost_range(items: Sequence[CashItem], years: int) -> CostRange:
    """TCO with all items at their low ends, at their amounts, and at their high ends."""
    _check_years(years)
    return CostRange(
        low=_tco(items, years, "low_amount"),
        expected=_tco(items, years, "amount"),
        high=_tco(items, years, "high_amount"),
    )


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
    no_rate: tuple[str, ...] = ()  # "label (USD)" of the lines in a currency without an exchange rate
    outside_horizon: tuple[str, ...] = ()  # labels of the lines falling wholly after the horizon

    @property
    def known(self) -> bool:
        """Whether TCO, NPV, IRR and payback could be worked out (all lines have amounts)."""
        return self.npv is not None

    def unknown_reason(self) -> str | None:
        """Why the money is unknown, in the user's language (the CLI's, report's and export's wording)."""
        if not self.has_costs:
            return translate("Finance", "no costs entered")
        if self.not_entered:
            labels = ", ".join(f"“{label}”" for label in self.not_entered)
            return fill(translate("Finance", "no amount entered for %1"), labels)
        if self.no_rate:
            labels = ", ".join(f"“{label}”" for label in self.no_rate)
            return fill(translate("Finance", "no exchange rate for %1"), labels)
        return None
