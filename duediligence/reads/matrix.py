"""The decision matrix of one evaluation read from the workbook (decision.matrix holds its shape).

Bulk queries whatever the size (no per-row queries), returning frozen rows; and, after an edit that
changed only scores, the matrix with just those score rows read again (`patch_scores`).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlmodel import Session

from duediligence.changes import Changes
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


def edited_scores(changes: Changes) -> frozenset[int] | None:
    """The ids of the score rows written, when an edit wrote score rows and nothing else; else None."""
    if changes.everything or changes.kinds != {"score"} or not changes.rows:
        return None
    if any(table != "score" for table, _key in changes.rows):
        return None
    return frozenset(int(key) for _table, key in changes.rows)


def score_cells(session: Session, evaluation_id: int, score_ids: Collection[int]) -> dict[int, ScoreCell]:
    """The evaluation's score rows with these ids, as cells by id (an id missing here was deleted)."""
    t = Score.__table__  # type: ignore[attr-defined]
    names = [n for n in ScoreCell.__dataclass_fields__ if n in t.c]
    query = select(*(t.c[n] for n in names)).where(
        t.c.evaluation_id == evaluation_id, t.c.id.in_(sorted(score_ids))
    )
    return {r[0]: ScoreCell(**dict(zip(names, r, strict=True))) for r in session.execute(query)}


def patch_scores(
    matrix: Matrix, score_ids: Collection[int], found: dict[int, ScoreCell]
) -> tuple[Matrix, set[tuple[int, int]]]:
    """`matrix` after the score rows `score_ids` changed and nothing else did: `found` holds those rows
    as stored now (`score_cells`); the others were deleted. Returns the new matrix (the given one is not
    changed) and the (option id, criterion id) of every cell that changed."""
    cells = dict(matrix.cells)
    touched: set[tuple[int, int]] = set()
    unplaced = set(score_ids)  # not found where the matrix had them: new, deleted (or moved)
    for cell in found.values():
        key = (cell.option_id, cell.criterion_id)
        old = cells.get(key)
        if old is not None and old.id == cell.id:
            unplaced.discard(cell.id)
        cells[key] = cell
        touched.add(key)
    if unplaced:
        for key, cell in matrix.cells.items():
            if cell.id in unplaced and cells.get(key) is cell:
                del cells[key]
                touched.add(key)
    return replace(matrix, cells=cells), touched
