"""What the robustness analysis works on, as plain arrays (so a worker thread needs no session).

The values and specs are exactly those `ranking.rank_matrix` ranks (`criterion_values`,
`criterion_specs`, `ranking_weights`). Ranges: a typed score's low–high; a TCO criterion's range is
the option's TCO with every cost item at its low end and at its high end (`finance.cost_range`); an
NPV criterion's range is the NPV with costs high and benefits low (pessimistic) and the reverse
(optimistic); time to results has no range. A stakeholder's perspective is their own weights; a
criterion they have not weighted takes the weight the ranking uses (as typed, or derived from
pairwise comparisons), which the profile editor shows.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from duediligence.decision.matrix import Matrix
from duediligence.decision.scoring import CriterionSpec
from duediligence.enums import ValueSource
from duediligence.i18n import fill, translate

Floats = NDArray[np.float64]


@dataclass(frozen=True)
class Profile:
    """One stakeholder's weights, one per criterion (their own, or the ranking's where they gave none)."""

    stakeholder_id: int
    name: str
    weights: tuple[float, ...]
    own: tuple[bool, ...]  # whether each weight is the stakeholder's own


@dataclass(frozen=True, eq=False)
class RobustnessInput:
    """Everything `robustness.compute` needs; ``problem`` is set when the options cannot be ranked at all."""

    evaluation_id: int
    title: str
    currency: str
    option_ids: tuple[int, ...]
    option_names: tuple[str, ...]
    criteria: tuple[CriterionSpec, ...]  # ids are criterion ids; weights as the ranking uses them
    derived: tuple[str, ...]  # the criterion's value source ("manual", "tco", ...)
    values: Floats  # options × criteria, NaN = missing
    low: Floats
    high: Floats
    policy: str
    must_have: str
    excluded: tuple[bool, ...]
    draws: int
    seed: int
    weight_band: float
    risk_adjusted: bool
    profiles: tuple[Profile, ...]
    problem: str | None = None


def _npv_range(matrix: Matrix, option_id: int) -> tuple[float, float]:
    """NPV with costs at their high ends and benefits at their low ends, and the reverse."""
    from duediligence.decision import cost_lines, finance

    lines = [c for c in matrix.costs if c.option_id == option_id]
    items = cost_lines.known_items(lines, matrix.rates, matrix.currency)

    def at(bad: bool) -> float:
        picked = [
            dataclasses.replace(
                i, amount=i.low_amount if i.is_benefit == bad else i.high_amount, low=None, high=None
            )
            for i in items
        ]
        return finance.npv(picked, matrix.horizon_years, matrix.discount_rate)

    return at(True), at(False)


def value_ranges(matrix: Matrix) -> tuple[Floats, Floats]:
    """(low, high) per option × criterion as described in the module docstring; NaN = no range."""
    from duediligence.decision.ranking import option_finance

    money = option_finance(matrix)
    n, m = len(matrix.options), len(matrix.criteria)
    low, high = np.full((n, m), np.nan), np.full((n, m), np.nan)
    for i, option in enumerate(matrix.options):
        npv: tuple[float, float] | None = None
        for j, criterion in enumerate(matrix.criteria):
            source = criterion.value_source
            if source == ValueSource.TCO.value:
                lo, hi = money[option.id].tco_low, money[option.id].tco_high
            elif source == ValueSource.NPV.value and money[option.id].npv is not None:
                npv = npv or _npv_range(matrix, option.id)
                lo, hi = npv
            elif source == ValueSource.MANUAL.value:
                cell = matrix.cell(option.id, criterion.id)
                lo, hi = (cell.low, cell.high) if cell else (None, None)
            else:
                lo = hi = None
            if lo is not None and hi is not None and math.isclose(lo, hi) and source != "manual":
                lo = hi = None  # a cost-derived value with no spread has no range
            low[i, j] = math.nan if lo is None else float(lo)
            high[i, j] = math.nan if hi is None else float(hi)
    return low, high


def _profiles(
    matrix: Matrix,
    weights: list[float],
    stakeholders: Sequence[tuple[int, str]],
    own_weights: Mapping[tuple[int, int], float],
) -> tuple[Profile, ...]:
    index = {c.id: j for j, c in enumerate(matrix.criteria)}
    out = []
    for stakeholder_id, name in stakeholders:
        given = {index[c]: w for (s, c), w in own_weights.items() if s == stakeholder_id and c in index}
        if given:
            own = tuple(j in given for j in range(len(weights)))
            out.append(
                Profile(stakeholder_id, name, tuple(given.get(j, w) for j, w in enumerate(weights)), own)
            )
    return tuple(out)


@dataclass(frozen=True)
class Settings:
    """The evaluation's own simulation settings (reads.robustness reads them)."""

    draws: int
    seed: int
    weight_band: float
    risk_adjusted: bool


def build_input(
    matrix: Matrix,
    settings: Settings,
    stakeholders: Sequence[tuple[int, str]] = (),
    own_weights: Mapping[tuple[int, int], float] | None = None,
) -> RobustnessInput:
    """The analysis input for `matrix`: the stakeholders' own weights by (stakeholder, criterion) id."""
    from duediligence.decision.ranking import (
        criterion_specs,
        criterion_values,
        option_finance,
        ranking_weights,
    )

    n, m = len(matrix.options), len(matrix.criteria)
    problem = None
    specs: list[CriterionSpec] = []
    weights: list[float] = []
    if not matrix.options:
        problem = translate("Ranking", "Add the options you are choosing between (including doing nothing).")
    elif not matrix.criteria:
        problem = translate(
            "Ranking", "Add the criteria that matter, with their weights, to rank the options."
        )
    else:
        try:
            weights = ranking_weights(matrix)[0]
            specs = criterion_specs(matrix, weights)
            if not sum(weights) > 0:
                raise ValueError(translate("Ranking", "all weights are zero: nothing to rank by"))
        except ValueError as exc:
            problem = fill(translate("Ranking", "The options cannot be ranked: %1."), str(exc))
    if problem is None:
        values = np.array(criterion_values(matrix, option_finance(matrix)), dtype=float).reshape(n, m)
        low, high = value_ranges(matrix)
        profiles = _profiles(matrix, weights, stakeholders, own_weights or {})
    else:
        values, low, high, profiles, specs = np.zeros((n, 0)), np.zeros((n, 0)), np.zeros((n, 0)), (), []
    return RobustnessInput(
        evaluation_id=matrix.evaluation_id,
        title=matrix.title,
        currency=matrix.currency,
        option_ids=tuple(o.id for o in matrix.options),
        option_names=tuple(o.name for o in matrix.options),
        criteria=tuple(specs),
        derived=tuple(c.value_source for c in matrix.criteria) if specs else (),
        values=values,
        low=low,
        high=high,
        policy=matrix.missing_policy,
        must_have=matrix.must_have_policy,
        excluded=tuple(o.excluded for o in matrix.options),
        draws=settings.draws,
        seed=settings.seed,
        weight_band=settings.weight_band,
        risk_adjusted=settings.risk_adjusted,
        profiles=profiles,
        problem=problem,
    )
