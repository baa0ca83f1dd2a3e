"""The decision matrix of one evaluation read from the workbook (decision.matrix holds its shape).

Four bulk queries whatever the size (no per-row queries), returning frozen rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session

from duediligence.decision.matrix import CostRow, CriterionRow, GroupRow, Matrix, OptionRow, ScoreCell
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
