"""What the robustness analysis reads from a workbook, as plain arrays (so a worker thread needs no session).

The values and specs are exactly those `ranking.rank_matrix` ranks (`criterion_values`, `_specs`,
`_weights`). Ranges: a typed score's low–high; a TCO criterion's range is the option's TCO with every cost
item at its low end and at its high end (`finance.cost_range`); an NPV criterion's range is the NPV with
costs high and benefits low (pessimistic) and the reverse (optimistic); time to results has no range.
A stakeholder's perspective is their `WeightProfile` rows; a criterion they have not weighted takes the
weight the ranking uses (as typed, or derived from pairwise comparisons), which the profile editor shows.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import select
from sqlmodel import Session

from duediligence.decision.scoring import CriterionSpec
from duediligence.enums import ValueSource
from duediligence.errors import NotFoundError
from duediligence.reads.matrix import Matrix, load_matrix
from duediligence.storage.models import Evaluation, Stakeholder, WeightProfile

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
    from duediligence.decision import finance

    items = [
        finance.CashItem.from_cost(c.category, c.recurrence, c.amount, c.low, c.high)
        for c in matrix.costs
        if c.option_id == option_id
    ]

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
    session: Session, evaluation_id: int, matrix: Matrix, weights: list[float]
) -> tuple[Profile, ...]:
    index = {c.id: j for j, c in enumerate(matrix.criteria)}
    table = profile_table(session, evaluation_id)
    out = []
    for stakeholder_id, name in table.stakeholders:
        given = {index[c]: w for (s, c), w in table.weights.items() if s == stakeholder_id and c in index}
        if given:
            own = tuple(j in given for j in range(len(weights)))
            out.append(
                Profile(stakeholder_id, name, tuple(given.get(j, w) for j, w in enumerate(weights)), own)
            )
    return tuple(out)


def prepare(
    session: Session,
    evaluation_id: int,
    *,
    matrix: Matrix | None = None,
    draws: int | None = None,
    seed: int | None = None,
) -> RobustnessInput:
    """Read the evaluation (or use the given, already loaded `matrix`) into a `RobustnessInput`."""
    from duediligence.decision.ranking import _specs, _weights, criterion_values, option_finance

    evaluation = session.get(Evaluation, evaluation_id)
    if evaluation is None:
        raise NotFoundError("evaluation", evaluation_id)
    matrix = matrix or load_matrix(session, evaluation_id)
    n, m = len(matrix.options), len(matrix.criteria)
    problem = None
    specs: list[CriterionSpec] = []
    weights: list[float] = []
    if not matrix.options:
        problem = "Add the options you are choosing between (including doing nothing)."
    elif not matrix.criteria:
        problem = "Add the criteria that matter, with their weights, to rank the options."
    else:
        try:
            weights = _weights(matrix)[0]
            specs = _specs(matrix, weights)
            if not sum(weights) > 0:
                raise ValueError("all weights are zero: nothing to rank by")
        except ValueError as exc:
            problem = f"The options cannot be ranked: {exc}."
    if problem is None:
        values = np.array(criterion_values(matrix, option_finance(matrix)), dtype=float).reshape(n, m)
        low, high = value_ranges(matrix)
        profiles = _profiles(session, evaluation_id, matrix, weights)
    else:
        values, low, high, profiles, specs = np.zeros((n, 0)), np.zeros((n, 0)), np.zeros((n, 0)), (), []
    return RobustnessInput(
        evaluation_id=evaluation_id,
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
        draws=int(evaluation.simulation_draws if draws is None else draws),
        seed=int(evaluation.simulation_seed if seed is None else seed),
        weight_band=float(evaluation.weight_band),
        risk_adjusted=bool(evaluation.risk_adjusted),
        profiles=profiles,
        problem=problem,
    )


@dataclass(frozen=True)
class InquiryRow:
    id: int
    option_id: int | None
    criterion_id: int | None
    question: str
    resolved: bool
    resolved_on: object  # date | None
    note: str


def inquiries(session: Session, evaluation_id: int) -> list[InquiryRow]:
    """The evaluation's due-diligence to-do items, oldest first."""
    from duediligence.storage.models import Inquiry

    query = select(
        Inquiry.id, Inquiry.option_id, Inquiry.criterion_id, Inquiry.question, Inquiry.resolved,
        Inquiry.resolved_on, Inquiry.note,
    ).where(Inquiry.evaluation_id == evaluation_id).order_by(Inquiry.id)  # type: ignore[arg-type]  # fmt: skip
    return [InquiryRow(*row) for row in session.execute(query)]


@dataclass(frozen=True)
class ProfileTable:
    """Stakeholders (id, name) in their order and their own weights by (stakeholder id, criterion id)."""

    stakeholders: tuple[tuple[int, str], ...]
    weights: dict[tuple[int, int], float]


def profile_table(session: Session, evaluation_id: int) -> ProfileTable:
    people = session.execute(
        select(Stakeholder.id, Stakeholder.name)
        .where(Stakeholder.evaluation_id == evaluation_id)
        .order_by(Stakeholder.position, Stakeholder.id)  # type: ignore[arg-type]
    ).all()
    rows = session.execute(
        select(WeightProfile.stakeholder_id, WeightProfile.criterion_id, WeightProfile.weight).where(
            WeightProfile.evaluation_id == evaluation_id
        )
    ).all()
    return ProfileTable(tuple((i, n) for i, n in people), {(s, c): float(w) for s, c, w in rows})
