"""The decision matrix as the UI and the ranking read it: options, criteria in group order, score cells.

Four bulk queries whatever the size (no per-row queries), returning frozen rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlmodel import Session

from duediligence.errors import NotFoundError
from duediligence.storage.models import (
    CostItem,
    Criterion,
    CriterionGroup,
    Evaluation,
    Option,
    PairwiseComparison,
    Score,
)


@dataclass(frozen=True)
class OptionRow:
    id: int
    position: int
    name: str
    kind: str
    vendor: str
    product: str
    website: str
    contact: str
    notes: str
    excluded: bool
    exclusion_reason: str
    time_to_results_weeks: float | None


@dataclass(frozen=True)
class CriterionRow:
    id: int
    group_id: int | None
    group: str
    position: int
    name: str
    description: str
    weight: float
    scale: str
    scale_min: float | None
    scale_max: float | None
    unit: str
    direction: str
    must_have: bool
    must_have_threshold: float | None
    value_source: str


@dataclass(frozen=True)
class GroupRow:
    id: int
    position: int
    name: str
    description: str


@dataclass(frozen=True)
class ScoreCell:
    id: int
    option_id: int
    criterion_id: int
    value: float | None
    low: float | None
    high: float | None
    confidence: str | None
    evidence: str
    source: str
    evidence_date: date | None


@dataclass(frozen=True)
class CostRow:
    id: int
    option_id: int
    position: int
    label: str
    category: str
    recurrence: str
    amount: float | None  # None until typed: unknown, not zero
    low: float | None
    high: float | None
    note: str


@dataclass(frozen=True)
class Matrix:
    """Everything the comparison needs about one evaluation."""

    evaluation_id: int
    title: str
    currency: str
    missing_policy: str
    must_have_policy: str
    weight_source: str
    horizon_years: int
    discount_rate: float
    options: tuple[OptionRow, ...]
    groups: tuple[GroupRow, ...]
    criteria: tuple[CriterionRow, ...]  # grouped criteria in group order, then ungrouped ones
    cells: dict[tuple[int, int], ScoreCell]  # (option id, criterion id) -> cell
    costs: tuple[CostRow, ...]
    comparisons: dict[tuple[int, int], float]  # (criterion a id, criterion b id) -> Saaty value

    def cell(self, option_id: int, criterion_id: int) -> ScoreCell | None:
        return self.cells.get((option_id, criterion_id))


def _rows(session: Session, model: type, evaluation_id: int, cls: type) -> list:
    """Core rows straight into frozen dataclasses: no ORM objects for thousands of score cells."""
    t = model.__table__  # type: ignore[attr-defined]
    names = [n for n in cls.__dataclass_fields__ if n in t.c]  # type: ignore[attr-defined]
    query = select(*(t.c[n] for n in names)).where(t.c.evaluation_id == evaluation_id)
    if "position" in t.c:
        query = query.order_by(t.c.position, t.c.id)
    return [dict(zip(names, r, strict=True)) for r in session.execute(query)]


def load_matrix(session: Session, evaluation_id: int) -> Matrix:
    evaluation = session.get(Evaluation, evaluation_id)
    if evaluation is None:
        raise NotFoundError("evaluation", evaluation_id)
    groups = [GroupRow(**g) for g in _rows(session, CriterionGroup, evaluation_id, GroupRow)]
    group_order = {g.id: (i, g.name) for i, g in enumerate(groups)}
    criteria = sorted(
        _rows(session, Criterion, evaluation_id, CriterionRow),
        key=lambda c: (group_order.get(c["group_id"], (len(groups), ""))[0], c["position"], c["id"]),
    )
    comparisons = _rows(session, PairwiseComparison, evaluation_id, _Comparison)
    return Matrix(
        evaluation_id=evaluation_id,
        title=evaluation.title,
        currency=evaluation.currency,
        missing_policy=evaluation.missing_policy,
        must_have_policy=evaluation.must_have_policy,
        weight_source=evaluation.weight_source,
        horizon_years=evaluation.horizon_years,
        discount_rate=evaluation.discount_rate,
        options=tuple(OptionRow(**o) for o in _rows(session, Option, evaluation_id, OptionRow)),
        groups=tuple(groups),
        criteria=tuple(CriterionRow(**c, group=group_order.get(c["group_id"], (0, ""))[1]) for c in criteria),
        cells={
            (s["option_id"], s["criterion_id"]): ScoreCell(**s)
            for s in _rows(session, Score, evaluation_id, ScoreCell)
        },
        costs=tuple(CostRow(**c) for c in _rows(session, CostItem, evaluation_id, CostRow)),
        comparisons={(p["criterion_a_id"], p["criterion_b_id"]): p["value"] for p in comparisons},
    )


@dataclass(frozen=True)
class _Comparison:
    criterion_a_id: int
    criterion_b_id: int
    value: float
