"""The ranking of one evaluation's matrix as the app, the CLI and the export show it.

Takes the matrix (reads.ranking loads it from a workbook), derives criterion values from costs
where a criterion asks for it, takes weights directly or from pairwise comparisons, and calls the
pure functions in scoring, ahp and finance. A state that cannot be ranked (no options, no criteria,
all weights zero…) is returned as `problem`, a sentence for the user, never as an exception or a NaN.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from duediligence.decision.finance import OptionFinance
from duediligence.decision.matrix import Matrix
from duediligence.enums import Direction, MustHavePolicy, Scale, ValueSource, WeightSource
from duediligence.i18n import translate

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from duediligence.decision.risks import RiskSummary
    from duediligence.decision.value_for_money import ValueForMoney


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
    # Benefit score, dominance and the efficient frontier (see duediligence.decision.value_for_money).
    value_for_money: ValueForMoney | None = None

    def ranked(self) -> tuple[RankedOption, ...]:
        """Ranked options, best first; ties keep the evaluation's option order."""
        ranked = [(o.rank, i, o) for i, o in enumerate(self.options) if o.rank is not None]
        return tuple(o for _rank, _i, o in sorted(ranked, key=lambda t: (t[0], t[1])))


def option_finance(matrix: Matrix) -> dict[int, OptionFinance]:
    """Each option's money; unknown (None) without costs or with a line whose amount is not entered."""
    from duediligence.decision.cost_lines import option_money, parse_rates

    lines: dict[int, list] = {option.id: [] for option in matrix.options}
    for cost in matrix.costs:
        lines.setdefault(cost.option_id, []).append(cost)
    rates = parse_rates(matrix.exchange_rates)
    return {
        option.id: option_money(
            lines[option.id], matrix.horizon_years, matrix.discount_rate, rates, matrix.currency
        )
        for option in matrix.options
    }


def criterion_values(matrix: Matrix, money: dict[int, OptionFinance]) -> list[list[float]]:
    """Raw values, options × criteria, NaN where missing; derived criteria read costs and timing.

    An option whose TCO or NPV is unknown (no costs, or an amount not entered) has a missing value
    there, counted under the missing-score policy like any other gap, never as a cost of zero.
    """
    rows: list[list[float]] = value_array(matrix, money).tolist()
    return rows


def value_array(matrix: Matrix, money: dict[int, OptionFinance]) -> NDArray[Any]:
    """`criterion_values` as a float array: one pass over the stored cells, not a lookup per cell."""
    import numpy as np

    values = np.full((len(matrix.options), len(matrix.criteria)), np.nan)
    manual = _manual_columns(matrix)
    rows = {option.id: i for i, option in enumerate(matrix.options)}
    at_row, at_column, typed = [], [], []  # ints and floats: nothing for the cycle collector to track
    for (option_id, criterion_id), cell in matrix.cells.items():
        i, j = rows.get(option_id), manual.get(criterion_id)
        if cell.value is not None and i is not None and j is not None:
            at_row.append(i)
            at_column.append(j)
            typed.append(float(cell.value))
    values[at_row, at_column] = typed
    for j, criterion in enumerate(matrix.criteria):
        source = criterion.value_source
        if source not in _DERIVED:
            continue
        for i, option in enumerate(matrix.options):
            if source == ValueSource.TCO.value:
                value: float | None = money[option.id].tco
            elif source == ValueSource.NPV.value:
                value = money[option.id].npv
            else:
                value = option.time_to_results_weeks
            values[i, j] = math.nan if value is None else float(value)
    return values


_DERIVED = frozenset({ValueSource.TCO.value, ValueSource.NPV.value, ValueSource.TIME_TO_RESULTS.value})


def _manual_columns(matrix: Matrix) -> dict[int, int]:
    """Criterion id -> column, for the criteria whose values are typed scores (not derived)."""
    return {c.id: j for j, c in enumerate(matrix.criteria) if c.value_source not in _DERIVED}


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
                value_function=criterion.function,
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
            translate(
                "Ranking",
                "The pairwise comparisons are inconsistent (CR %1 > %2); "
                "revisit the judgements that contradict each other.",
            )
            .replace("%2", f"{CONSISTENCY_THRESHOLD:.2f}")
            .replace("%1", f"{result.cr:.2f}")
        )
    return list(result.weights), result.cr, note


@dataclass(frozen=True, eq=False)
class RankingInputs:
    """What `rank_matrix` ranks, read off the matrix: money, weights, criterion specs and the value
    array. Only `values` follows the scores, so after an edit of scores alone `with_scores` updates those
    cells and keeps the rest (the same numbers a fresh `ranking_inputs` gives)."""

    money: dict[int, OptionFinance]
    weights: list[float]
    consistency_ratio: float | None
    consistency_note: str | None
    specs: list[Any]  # scoring.CriterionSpec per criterion; empty with a problem
    problem: str | None  # why the options cannot be ranked (before ranking them)
    values: NDArray[Any]  # options × criteria, NaN = missing


def _cannot_rank(error: ValueError) -> str:
    """The sentence for a ranking that failed: `error` says why (in the user's language where the
    scoring says it in words)."""
    return translate("Ranking", "The options cannot be ranked: %1.").replace("%1", str(error))


def ranking_inputs(matrix: Matrix) -> RankingInputs:
    money = option_finance(matrix)
    weights: list[float] = []
    cr = cr_note = problem = None
    specs: list[Any] = []
    if not matrix.options:
        problem = translate("Ranking", "Add the options you are choosing between (including doing nothing).")
    elif not matrix.criteria:
        problem = translate(
            "Ranking", "Add the criteria that matter, with their weights, to rank the options."
        )
    else:
        try:
            weights, cr, cr_note = ranking_weights(matrix)
            specs = criterion_specs(matrix, weights)
        except ValueError as exc:
            problem = _cannot_rank(exc)
    values = value_array(matrix, money)
    values.setflags(write=False)  # shared between rankings: never changed in place
    return RankingInputs(money, weights, cr, cr_note, specs, problem, values)


def with_scores(inputs: RankingInputs, matrix: Matrix, cells: Iterable[tuple[int, int]]) -> RankingInputs:
    """`inputs` of `matrix` after only these score cells ((option id, criterion id)) changed in it."""
    values = inputs.values.copy()
    rows = {option.id: i for i, option in enumerate(matrix.options)}
    manual = _manual_columns(matrix)
    for option_id, criterion_id in cells:
        if option_id in rows and criterion_id in manual:
            cell = matrix.cell(option_id, criterion_id)
            value = None if cell is None else cell.value
            values[rows[option_id], manual[criterion_id]] = math.nan if value is None else float(value)
    values.setflags(write=False)
    return replace(inputs, values=values)


def rank_matrix(matrix: Matrix, inputs: RankingInputs | None = None) -> EvaluationRanking:
    """Rank `matrix`; `inputs`: its `ranking_inputs`, when the caller keeps them between edits."""
    from duediligence.decision.scoring import exclusion_reason, rank

    inputs = inputs if inputs is not None else ranking_inputs(matrix)
    money = inputs.money
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

    if inputs.problem is not None:
        return unranked(inputs.problem)
    weights = inputs.weights
    try:
        result = rank(
            inputs.values,
            inputs.specs,
            policy=matrix.missing_policy,
            excluded=[o.excluded for o in matrix.options],
            must_have=matrix.must_have_policy,  # type: ignore[arg-type]
        )
    except ValueError as exc:
        return unranked(_cannot_rank(exc))
    names = {c.id: c.name for c in matrix.criteria}
    options = []
    for option, outcome in zip(matrix.options, result.options, strict=True):
        reason = outcome.exclusion_reason
        if option.excluded and option.exclusion_reason:  # the person's own reason, in one sentence
            failing = [names[i] for i in outcome.must_have_failures]  # type: ignore[index]
            out = failing if matrix.must_have_policy == MustHavePolicy.EXCLUDE.value else []
            reason = exclusion_reason(True, out, option.exclusion_reason)
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
        consistency_ratio=inputs.consistency_ratio,
        consistency_note=inputs.consistency_note,
        value_for_money=_value_for_money(matrix, inputs, options),
    )


def _value_for_money(matrix: Matrix, inputs: RankingInputs, options: list[RankedOption]) -> ValueForMoney:
    """Benefit scores (without the cost-fed criteria), dominance and the frontier of the ranked options."""
    from duediligence.decision import value_for_money as vfm

    sources = [c.value_source for c in matrix.criteria]
    measure = vfm.money_measure(sources)
    fed = vfm.cost_fed(sources)
    if not any(fed) and sum(s.weight for s in inputs.specs) > 0:
        # No criterion is fed by costs: the benefit score is the score itself, ranked once already.
        benefits: list[float | None] = [o.score if o.rank is not None else None for o in options]
    else:
        benefits = vfm.benefit_scores(
            inputs.values,
            inputs.specs,
            fed,
            policy=matrix.missing_policy,
            excluded=[o.excluded for o in matrix.options],
            must_have=matrix.must_have_policy,
        )
    ranked = [o.rank is not None for o in options]
    money = [getattr(o.finance, measure) if r else None for o, r in zip(options, ranked, strict=True)]
    benefits = [b if r else None for b, r in zip(benefits, ranked, strict=True)]
    return vfm.value_for_money([o.id for o in options], [o.name for o in options], benefits, money, measure)
