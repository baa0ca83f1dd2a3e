"""What each option gives for its money: the benefit score, dominance, the efficient frontier.

The benefit score is the weighted score (0–100) over the criteria that are not fed by costs (TCO or
NPV), so money is not counted twice when set against it. The money side is the TCO, or the NPV where
the evaluation scores by NPV (then the net cost is −NPV: a higher NPV costs less). An option is
dominated when another costs no more and scores no lower, and is better on at least one: a buyer
never needs to pick it. The efficient frontier is the options nobody dominates, cheapest first; each
step up it says how much more each extra point costs. Options excluded from the ranking, and options
whose money or benefit is unknown, take no part (unknown is never a cost of 0).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise
from typing import Any

import numpy as np

from duediligence.enums import ValueSource
from duediligence.i18n import PLURAL, translate

# Two figures this close count as equal: float noise is no better option.
TOLERANCE = 1e-9


@dataclass(frozen=True)
class Point:
    """One option on the value-for-money chart; `money` is its TCO or NPV as the evaluation shows it."""

    id: int
    name: str
    benefit: float | None
    money: float | None
    dominated_by: tuple[int, ...] = ()
    on_frontier: bool = False
    price_per_point: float | None = None  # net cost per benefit point; None when not meaningful

    @property
    def takes_part(self) -> bool:
        return self.benefit is not None and self.money is not None


@dataclass(frozen=True)
class Step:
    """One step up the frontier: from the cheaper option to the next, what the extra points cost."""

    from_id: int
    to_id: int
    extra_cost: float
    extra_points: float

    @property
    def cost_per_point(self) -> float:
        return self.extra_cost / self.extra_points


@dataclass(frozen=True)
class ValueForMoney:
    measure: str  # "tco" or "npv"
    points: tuple[Point, ...]  # in the evaluation's option order
    steps: tuple[Step, ...]  # up the frontier, cheapest first

    def point(self, option_id: int) -> Point | None:
        return self._by_id.get(option_id)

    @cached_property
    def _by_id(self) -> dict[int, Point]:
        """The points by option id (the first where an id repeats), made once: the ranking panel asks
        for every option's point on every change."""
        found: dict[int, Point] = {}
        for p in self.points:
            found.setdefault(p.id, p)
        return found

    def frontier(self) -> list[Point]:
        """The options nobody dominates, cheapest first (then the higher benefit)."""
        on = [p for p in self.points if p.on_frontier]
        return sorted(on, key=lambda p: (net_cost(self.measure, p.money), -p.benefit))  # type: ignore[arg-type,operator]

    def names(self, ids: Sequence[int]) -> list[str]:
        by_id = {p.id: p.name for p in self.points}
        return [by_id[i] for i in ids]

    def cheapest_dominator(self, point: Point) -> Point | None:
        """Of the options that dominate `point`, the one with the lowest net cost (then the highest
        benefit, then the first in the evaluation's order); None when none dominates it."""
        if not point.dominated_by:
            return None
        return self._by_id[min(point.dominated_by, key=self._cheapness.__getitem__)]

    @cached_property
    def _cheapness(self) -> dict[int, tuple[float, float]]:
        """(net cost, −benefit) by option id, of the options that take part (dominators always do)."""
        return {
            p.id: (net_cost(self.measure, p.money), -(p.benefit or 0))  # type: ignore[arg-type]
            for p in reversed(self.points)
            if p.takes_part
        }


def money_measure(sources: Sequence[str]) -> str:
    """NPV where the evaluation scores by NPV (and not by TCO); otherwise TCO."""
    npv, tco = ValueSource.NPV.value, ValueSource.TCO.value
    return "npv" if npv in sources and tco not in sources else "tco"


def cost_fed(sources: Sequence[str]) -> list[bool]:
    """Per criterion: whether its values come from the costs (TCO or NPV)."""
    return [s in (ValueSource.TCO.value, ValueSource.NPV.value) for s in sources]


def net_cost(measure: str, money: float) -> float:
    return money if measure == "tco" else -money


def dominators(costs: Sequence[float | None], benefits: Sequence[float | None]) -> list[tuple[int, ...]]:
    """Per option, the indices of the options that dominate it (cost no more, score no lower, better on
    one); an option with an unknown cost or benefit neither dominates nor is dominated."""
    n = len(costs)
    if len(benefits) != n:
        raise ValueError("costs and benefits differ in length")
    known = np.array([c is not None and b is not None for c, b in zip(costs, benefits, strict=True)], bool)
    c = np.array([x if x is not None else np.nan for x in costs], float)
    b = np.array([x if x is not None else np.nan for x in benefits], float)
    # beats[j, i]: option j dominates option i (the same comparisons, with the same tolerance, as one
    # pair at a time; all options at once: 100 options in well under a millisecond)
    no_worse = (c[:, None] <= c[None, :] + TOLERANCE) & (b[:, None] >= b[None, :] - TOLERANCE)
    better = (c[:, None] < c[None, :] - TOLERANCE) | (b[:, None] > b[None, :] + TOLERANCE)
    beats = no_worse & better & known[:, None] & known[None, :]
    np.fill_diagonal(beats, False)
    return [tuple(int(j) for j in np.flatnonzero(beats[:, i])) for i in range(n)]


def value_for_money(
    ids: Sequence[int],
    names: Sequence[str],
    benefits: Sequence[float | None],
    money: Sequence[float | None],
    measure: str,
) -> ValueForMoney:
    """Dominance, the frontier and its steps from each option's benefit score and money."""
    costs = [None if m is None else net_cost(measure, m) for m in money]
    beaten = dominators(costs, benefits)
    frontier = sorted(
        (i for i, b in enumerate(beaten) if not b and costs[i] is not None and benefits[i] is not None),
        key=lambda i: (costs[i], -benefits[i], i),  # type: ignore[operator]
    )
    # Equal cost and benefit: both stay undominated, but one step between them would divide by zero.
    steps = []
    for a, b in pairwise(frontier):
        extra_points = benefits[b] - benefits[a]  # type: ignore[operator]
        if extra_points > TOLERANCE:
            steps.append(Step(ids[a], ids[b], costs[b] - costs[a], extra_points))  # type: ignore[operator]
    on_frontier = set(frontier)
    points = []
    for i, option_id in enumerate(ids):
        cost, benefit = costs[i], benefits[i]
        price = cost / benefit if cost is not None and benefit and benefit > 0 and cost >= 0 else None
        points.append(
            Point(
                option_id,
                names[i],
                benefit,
                money[i],
                tuple(ids[j] for j in beaten[i]),
                i in on_frontier,
                price,
            )
        )
    return ValueForMoney(measure, tuple(points), tuple(steps))


def benefit_scores(
    values: Any, specs: Sequence[Any], fed: Sequence[bool], **rank_options: Any
) -> list[float | None]:
    """The weighted score (0–100) over the criteria not fed by costs, per option; None where the
    ranking gives none (excluded, nothing scored) or no such criterion carries weight."""
    from duediligence.decision.scoring import rank

    keep = [j for j, is_cost in enumerate(fed) if not is_cost]
    if not keep or sum(specs[j].weight for j in keep) <= 0:
        return [None] * len(values)
    try:
        result = rank(values[:, keep], [specs[j] for j in keep], **rank_options)
    except ValueError:
        return [None] * len(values)
    return [o.score if o.rank is not None else None for o in result.options]


def dominance_sentence(
    point: Point, other: Point, money_text: Callable[[float], str], measure: str = "tco"
) -> str:
    """Why `point` is dominated by `other`: "costs €8,000 more and scores 6 points lower than
    OpenLedger" (money through `money_text`, so the caller's locale formats it)."""
    assert point.money is not None and other.money is not None
    assert point.benefit is not None and other.benefit is not None
    extra = net_cost(measure, point.money) - net_cost(measure, other.money)
    lower = point.benefit - other.benefit
    more = extra > TOLERANCE
    points = round(-lower) if lower < -TOLERANCE else None
    name = other.name
    if points:  # each case one whole sentence: the word order differs between languages
        text = (
            translate(
                "ValueForMoney",
                "costs %1 more and scores %n point(s) lower than %2",
                None,
                PLURAL,
                int(points),
            )
            if more
            else translate(
                "ValueForMoney",
                "costs the same and scores %n point(s) lower than %2",
                None,
                PLURAL,
                int(points),
            )
        )
    elif points == 0:
        text = (
            translate("ValueForMoney", "costs %1 more and scores lower than %2")
            if more
            else translate("ValueForMoney", "costs the same and scores lower than %2")
        )
    else:
        text = (
            translate("ValueForMoney", "costs %1 more and scores the same as %2")
            if more
            else translate("ValueForMoney", "costs the same and scores the same as %2")
        )
    return text.replace("%1", money_text(extra) if more else "").replace("%2", name)
