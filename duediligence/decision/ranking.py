"""The ranking of one evaluation's matrix as the app, the CLI and the export show it.

Takes the matrix (reads.ranking loads it from a workbook), derives criterion values from costs
where a criterion asks for it, takes weights directly or from pairwise comparisons, and calls the
pure functions in scoring, ahp and finance. A state that cannot be ranked (no options, no criteria,
all weights zero…) is returned as `problem`, a sentence for the user, never as an exception or a NaN.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from duediligence.decision.finance import OptionFinance
from duediligence.decision.matrix import Matrix
from duediligence.enums import Direction, Scale, ValueSource, WeightSource

if TYPE_CHECKING:
    from duediligence.decision.risks import RiskSummary


@dataclass(frozen=True)
class RankedOption:
    id: int
    name: str
    kind: str
    score: float | None
    rank: int | None
    excluded: bool
    exclusion_reason: str | None
    missing_weight: float
    must_have_failures: tuple[str, ...]
    must_have_unknown: tuple[str, ...]
    note: str | None
    finance: OptionFinance
    time_to_results_weeks: float | None


@dataclass(frozen=True)
class RankedCriterion:
    id: int
    name: str
    group: str
    weight: float  # as entered (direct) or derived (pairwise)
    share: float  # normalised, sums to 1 over criteria
    normalisation: str


@dataclass(frozen=True)
class EvaluationRanking:
    evaluation_id: int
    title: str
    currency: str
    missing_policy: str
    must_have_policy: str
    weight_source: str
    options: tuple[RankedOption, ...]  # in the evaluation's option order
    criteria: tuple[RankedCriterion, ...]
    problem: str | None = None
    consistency_ratio: float | None = None
    consistency_note: str | None = None
    # Risk exposure, checklist progress and critical failures per option (see duediligence.decision.risks).
    risks: RiskSummary | None = None

    def ranked(self) -> tuple[RankedOption, ...]:
        ranked = [o for o in self.options if o.rank is not None]
        return tuple(sorted(ranked, key=lambda o: (o.rank, self.options.index(o))))


def option_finance(matrix: Matrix) -> dict[int, OptionFinance]:
    """Each option's money; unknown (None) without costs or with a line whose amount is not entered."""
    from duediligence.decision.finance import option_money

    lines: dict[int, list] = {option.id: [] for option in matrix.options}
    for cost in matrix.costs:
        lines.setdefault(cost.option_id, []).append(cost)
    return {
        option.id: option_money(lines[option.id], matrix.horizon_years, matrix.discount_rate)
        for option in matrix.options
    }


def criterion_values(matrix: Matrix, money: dict[int, OptionFinance]) -> list[list[float]]:
    """Raw values, options × criteria, NaN where missing; derived criteria read costs and timing.

    An option whose TCO or NPV is unknown (no costs, or an amount not entered) has a missing value
    there, counted under the missing-score policy like any other gap, never as a cost of zero.
    """
    rows = []
    for option in matrix.options:
        row = []
        for criterion in matrix.criteria:
            source = criterion.value_source
            if source == ValueSource.TCO.value:
                value: float | None = money[option.id].tco
            elif source == ValueSource.NPV.value:
                value = money[option.id].npv
            elif source == ValueSource.TIME_TO_RESULTS.value:
                value = option.time_to_results_weeks
            else:
                cell = matrix.cell(option.id, criterion.id)
                value = cell.value if cell else None
            row.append(math.nan if value is None else float(value))
        rows.append(row)
    return rows


def _derived_direction(source: str) -> str:
    """TCO and time to results are better when lower; NPV when higher."""
    better_high = source == ValueSource.NPV.value
    return (Direction.HIGHER_IS_BETTER if better_high else Direction.LOWER_IS_BETTER).value


def criterion_specs(matrix: Matrix, weights: list[float]) -> list:
    from duediligence.decision.scoring import CriterionSpec

    specs = []
    for criterion, weight in zip(matrix.criteria, weights, strict=True):
        derived = criterion.value_source != ValueSource.MANUAL.value
        specs.append(
            CriterionSpec(
                id=criterion.id,
                name=criterion.name,
                weight=weight,
                # Derived values are measured: TCO and time lower-is-better, NPV higher-is-better.
                scale=Scale.MEASURED.value if derived else criterion.scale,
                scale_min=None if derived else criterion.scale_min,
                scale_max=None if derived else criterion.scale_max,
                direction=_derived_direction(criterion.value_source) if derived else criterion.direction,
                must_have=criterion.must_have,
                must_have_threshold=criterion.must_have_threshold,
                unit=matrix.currency if criterion.value_source in ("tco", "npv") else criterion.unit,
            )
        )
    return specs


def ranking_weights(matrix: Matrix) -> tuple[list[float], float | None, str | None]:
    """Direct weights, or AHP priorities from the pairwise comparisons (with CR and a note)."""
    if matrix.weight_source != WeightSource.PAIRWISE.value:
        return [c.weight for c in matrix.criteria], None, None
    from duediligence.decision.ahp import CONSISTENCY_THRESHOLD, ahp_weights

    index = {c.id: i for i, c in enumerate(matrix.criteria)}
    pairs = {(index[a], index[b]): v for (a, b), v in matrix.comparisons.items() if a in index and b in index}
    result = ahp_weights(len(matrix.criteria), pairs)
    note = None
    if result.cr is not None and result.cr > CONSISTENCY_THRESHOLD:
        note = (
            f"The pairwise comparisons are inconsistent (CR {result.cr:.2f} > {CONSISTENCY_THRESHOLD:.2f}); "
            "revisit the judgements that contradict each other."
        )
    return list(result.weights), result.cr, note


def rank_matrix(matrix: Matrix) -> EvaluationRanking:
    from duediligence.decision.scoring import rank

    money = option_finance(matrix)
    base = dict(
        evaluation_id=matrix.evaluation_id,
        title=matrix.title,
        currency=matrix.currency,
        missing_policy=matrix.missing_policy,
        must_have_policy=matrix.must_have_policy,
        weight_source=matrix.weight_source,
    )

    def unranked(problem: str) -> EvaluationRanking:
        options = tuple(
            RankedOption(
                o.id, o.name, o.kind, None, None, o.excluded, o.exclusion_reason or None, 0.0, (), (), None,
                money[o.id], o.time_to_results_weeks,
            )
            for o in matrix.options
        )  # fmt: skip
        return EvaluationRanking(**base, options=options, criteria=(), problem=problem)  # type: ignore[arg-type]

    if not matrix.options:
        return unranked("Add the options you are choosing between (including doing nothing).")
    if not matrix.criteria:
        return unranked("Add the criteria that matter, with their weights, to rank the options.")
    try:
        weights, cr, cr_note = ranking_weights(matrix)
        specs = criterion_specs(matrix, weights)
        result = rank(
            criterion_values(matrix, money),
            specs,
            policy=matrix.missing_policy,
            excluded=[o.excluded for o in matrix.options],
            must_have=matrix.must_have_policy,  # type: ignore[arg-type]
        )
    except ValueError as exc:
        return unranked(f"The options cannot be ranked: {exc}.")
    names = {c.id: c.name for c in matrix.criteria}
    options = []
    for option, outcome in zip(matrix.options, result.options, strict=True):
        reason = outcome.exclusion_reason
        if option.excluded and option.exclusion_reason:
            reason = (reason or "").replace("excluded by the user", f"excluded: {option.exclusion_reason}")
        options.append(
            RankedOption(
                id=option.id,
                name=option.name,
                kind=option.kind,
                score=outcome.score,
                rank=outcome.rank,
                excluded=outcome.excluded,
                exclusion_reason=reason,
                missing_weight=outcome.missing_weight,
                must_have_failures=tuple(names[i] for i in outcome.must_have_failures),  # type: ignore[index]
                must_have_unknown=tuple(names[i] for i in outcome.must_have_unknown),  # type: ignore[index]
                note=outcome.score_note,
                finance=money[option.id],
                time_to_results_weeks=option.time_to_results_weeks,
            )
        )
    criteria = tuple(
        RankedCriterion(c.id, c.name, c.group, w, share, n.method)
        for c, w, share, n in zip(
            matrix.criteria, weights, result.weights, result.normalisations, strict=True
        )
    )
    return EvaluationRanking(
        **base,  # type: ignore[arg-type]
        options=tuple(options),
        criteria=criteria,
        consistency_ratio=cr,
        consistency_note=cr_note,
    )
