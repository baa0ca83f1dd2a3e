"""From an option's stored cost lines to its money: currency conversion, unknown amounts, schedules.

A line may lack an amount (not typed yet) or be in a currency the evaluation states no exchange rate
for; either way its amount in the evaluation's currency is unknown, and so is every total it feeds:
nothing is known without a single cost line, no TCO while a cost line is unknown, no NPV, IRR or
payback while any line (a return included) is. Unknown is None, never 0.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from duediligence.decision import finance
from duediligence.decision.finance import CashItem, OptionFinance
from duediligence.enums import CostCategory, CostRecurrence


class CostLine(Protocol):
    """A stored cost or return line (`matrix.CostRow` is one); `amount` is None until typed.

    The schedule fields (`year`, `from_year`, `to_year`, `escalation`, `currency`) are read with
    defaults, so a line from an older export (without them) still counts as one-time in year 0 or
    yearly from year 1, in the evaluation's currency.
    """

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


def parse_rates(stored: str | Mapping[str, float] | None) -> dict[str, float]:
    """Exchange rates as stored (canonical JSON text) or given (a mapping); none = {}."""
    if not stored:
        return {}
    if isinstance(stored, str):
        loaded: dict[str, float] = json.loads(stored)
        return loaded
    return dict(stored)


def rate_of(line: object, rates: Mapping[str, float], home: str | None) -> float | None:
    """How many units of the evaluation's currency one unit of the line's currency is; None = no rate."""
    currency = getattr(line, "currency", None)
    if not currency or home is None or currency == home:
        return 1.0
    return rates.get(currency)


def cash_item(line: CostLine, factor: float = 1.0) -> CashItem:
    """One line with an amount, its amounts times `factor` (its exchange rate)."""
    assert line.amount is not None

    def scaled(x: float | None) -> float | None:
        return None if x is None else x * factor

    from_year = getattr(line, "from_year", None)
    return CashItem(
        line.amount * factor,
        line.recurrence,
        line.category == CostCategory.BENEFIT.value,
        scaled(line.low),
        scaled(line.high),
        year=getattr(line, "year", None) or 0,
        from_year=1 if from_year is None else from_year,
        to_year=getattr(line, "to_year", None),
        escalation=getattr(line, "escalation", None) or 0.0,
    )


def known_items(
    lines: Iterable[CostLine], rates: Mapping[str, float] | None = None, home: str | None = None
) -> list[CashItem]:
    """The lines whose amount is known in the evaluation's currency, as cash items."""
    items = []
    for line in lines:
        factor = rate_of(line, rates or {}, home)
        if line.amount is not None and factor is not None:
            items.append(cash_item(line, factor))
    return items


def _outside(line: CostLine, years: int) -> bool:
    """Whether the line's money falls wholly after the horizon (so no total counts it)."""
    if line.recurrence == CostRecurrence.ONE_TIME.value:
        return (getattr(line, "year", None) or 0) > years
    from_year = getattr(line, "from_year", None)
    return (1 if from_year is None else from_year) > years


def option_money(
    lines: Sequence[CostLine],
    years: int,
    rate: float,
    rates: Mapping[str, float] | None = None,
    home: str | None = None,
) -> OptionFinance:
    """The money of one option from its stored lines, unknown where the lines do not tell.

    `rates` maps a currency code to the value of one unit in `home`, the evaluation's currency (a
    line in `home`, or without a currency, needs none). No cost line at all: nothing is known (an
    option nobody priced is not free). A cost line unknown (no amount, or no rate for its currency):
    TCO, NPV, IRR and payback unknown. A return unknown: TCO known (returns do not count in it), NPV,
    IRR and payback unknown.
    """
    finance._check_years(years)
    rates = rates or {}
    costs = [line for line in lines if line.category != CostCategory.BENEFIT.value]
    missing = tuple(line.label for line in lines if line.amount is None)
    no_rate = tuple(
        f"{line.label} ({getattr(line, 'currency', '')})"
        for line in lines
        if line.amount is not None and rate_of(line, rates, home) is None
    )

    def unknown(line: CostLine) -> bool:
        return line.amount is None or rate_of(line, rates, home) is None

    items = known_items(lines, rates, home)
    spread = finance.cost_range(items, years) if costs and not any(map(unknown, costs)) else None
    known = spread is not None and not any(map(unknown, lines))
    return OptionFinance(
        tco=spread.expected if spread else None,
        tco_low=spread.low if spread else None,
        tco_high=spread.high if spread else None,
        npv=finance.npv(items, years, rate) if known else None,
        payback_years=finance.payback_years(items, years) if known else None,
        irr=finance.irr(items, years) if known else None,
        has_costs=bool(costs),
        has_returns=len(costs) < len(lines),
        not_entered=missing,
        no_rate=no_rate,
        outside_horizon=tuple(line.label for line in lines if _outside(line, years)),
    )
