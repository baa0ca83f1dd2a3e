"""Several evaluators' scores of the same cells: combined per cell, and where they disagree widely.

Combination: the evaluation's `evaluator_combination`, "mean" or "median" of the evaluators' values
of one cell (missing values are left out, never counted as zero).

Disagreement ("widely"): a cell is flagged when at least two evaluators scored it and the range of
their values (highest − lowest) is at least `DISAGREEMENT_SHARE` (30 %) of the criterion's scale:
3 points on 0–10, 1.2 on 1–5 (so 2 whole points), 30 on percent, any yes against no. A measured
criterion without a fixed range uses the range of every value given for it (all evaluators, all
options, and the matrix's own scores), as the ranking's min–max normalisation does. A criterion is
flagged when any of its cells is. The standard deviation is reported too, but does not decide.

Adopting the combined values into the matrix is `operations.evaluators.AdoptCombinedScores`.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

DISAGREEMENT_SHARE = 0.30
COMBINED_PREFIX = "Combined from "


@dataclass(frozen=True)
class CellSummary:
    option_id: int
    option: str
    values: tuple[tuple[str, float], ...]  # (evaluator, value), evaluators in name order
    combined: float | None
    spread: float | None  # highest − lowest; None with fewer than two values
    stdev: float | None  # population standard deviation; None with fewer than two values
    spread_share: float | None  # spread / the criterion's span
    disagree: bool
    matrix_value: float | None  # the score the matrix holds now

    @property
    def count(self) -> int:
        return len(self.values)


@dataclass(frozen=True)
class CriterionSummary:
    criterion_id: int
    name: str
    group: str
    scale: str
    span: float | None  # the width disagreement is measured against
    cells: tuple[CellSummary, ...]  # one per option, in the matrix's order

    @property
    def disagree(self) -> bool:
        return any(c.disagree for c in self.cells)


@dataclass(frozen=True)
class EvaluatorSummary:
    evaluation_id: int
    combination: str  # "mean" or "median"
    evaluators: tuple[str, ...]
    options: tuple[tuple[int, str], ...]
    criteria: tuple[CriterionSummary, ...]  # criteria scored by hand, in the matrix's order

    def cell(self, option_id: int, criterion_id: int) -> CellSummary | None:
        for criterion in self.criteria:
            if criterion.criterion_id == criterion_id:
                return next((c for c in criterion.cells if c.option_id == option_id), None)
        return None

    @property
    def disagreements(self) -> tuple[CriterionSummary, ...]:
        return tuple(c for c in self.criteria if c.disagree)

    @property
    def scored_cells(self) -> int:
        return sum(1 for c in self.criteria for cell in c.cells if cell.values)


def combine(values: list[float], how: str) -> float | None:
    if not values:
        return None
    return float(statistics.median(values) if how == "median" else statistics.fmean(values))


def _span(criterion: Any, given: list[float]) -> float | None:
    from duediligence.decision.scoring import scale_bounds

    lo, hi = scale_bounds(criterion.scale, criterion.scale_min, criterion.scale_max)
    if lo is not None and hi is not None:
        return float(hi - lo) if hi > lo else None
    if len(given) < 2:
        return None
    width = max(given) - min(given)
    return width if width > 0 else None


def evaluator_summary(session: Session, evaluation_id: int) -> EvaluatorSummary:
    """Per criterion scored by hand and per option: the evaluators' values, combined, and the flag."""
    from duediligence.reads.matrix import load_matrix
    from duediligence.storage.models import Evaluation, EvaluatorScore

    matrix = load_matrix(session, evaluation_id)
    evaluation = session.get(Evaluation, evaluation_id)
    how = evaluation.evaluator_combination if evaluation is not None else "mean"
    rows = session.execute(
        select(EvaluatorScore).where(col(EvaluatorScore.evaluation_id) == evaluation_id)
    ).scalars()
    given: dict[tuple[int, int], dict[str, float]] = {}
    names: set[str] = set()
    for row in rows:
        names.add(row.evaluator)
        if row.value is not None:
            given.setdefault((row.option_id, row.criterion_id), {})[row.evaluator] = row.value
    criteria = []
    for c in matrix.criteria:
        if c.value_source != "manual":
            continue
        every = [v for o in matrix.options for v in given.get((o.id, c.id), {}).values()]
        every += [
            cell.value for o in matrix.options if (cell := matrix.cell(o.id, c.id)) and cell.value is not None
        ]
        span = _span(c, every)
        cells = []
        for o in matrix.options:
            by = given.get((o.id, c.id), {})
            values = sorted(by.items(), key=lambda kv: kv[0].casefold())
            numbers = [v for _, v in values]
            spread = max(numbers) - min(numbers) if len(numbers) >= 2 else None
            share = spread / span if spread is not None and span else None
            stdev = statistics.pstdev(numbers) if len(numbers) >= 2 else None
            now = matrix.cell(o.id, c.id)
            cells.append(
                CellSummary(
                    o.id,
                    o.name,
                    tuple(values),
                    combine(numbers, how),
                    spread,
                    stdev,
                    share,
                    share is not None and share >= DISAGREEMENT_SHARE - 1e-12,
                    now.value if now else None,
                )
            )
        criteria.append(CriterionSummary(c.id, c.name, c.group, c.scale, span, tuple(cells)))
    return EvaluatorSummary(
        evaluation_id,
        how,
        tuple(sorted(names, key=str.casefold)),
        tuple((o.id, o.name) for o in matrix.options),
        tuple(criteria),
    )


def combined_note(cell: CellSummary, how: str) -> str:
    listed = ", ".join(f"{name} {value:g}" for name, value in cell.values)
    word = "evaluator" if cell.count == 1 else "evaluators"
    return f"{COMBINED_PREFIX}{cell.count} {word} ({how}): {listed}."
