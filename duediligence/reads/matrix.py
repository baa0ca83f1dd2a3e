"""The decision matrix of one evaluation read from the workbook (decision.matrix holds its shape).

Bulk queries whatever the size (no per-row queries), returning frozen rows; and, after an edit that
changed only scores, the matrix with just those score rows read again (`patch_scores`).
"""

from __future__ import annotations

import gc
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from duediligence.changes import Changes
from duediligence.decision.matrix import CostRow, CriterionRow, GroupRow, Matrix, OptionRow, ScoreCell
from duediligence.errors import NotFoundError
from duediligence.reads.matrix_rows import EVALUATION_FIELDS, read_matrix_sqlite
from duediligence.storage.models import (
    CostItem,
    Criterion,
    CriterionGroup,
    Evaluation,
    Option,
    PairwiseComparison,
    Score,
)


def _query(model: type, cls: type, evaluation_id: int) -> tuple[list[str], Any]:
    """The columns of `model` that `cls` has, of one evaluation, in the evaluation's order."""
    t = model.__table__  # type: ignore[attr-defined]
    names = [n for n in cls.__dataclass_fields__ if n in t.c]  # type: ignore[attr-defined]
    query = select(*(t.c[n] for n in names)).where(t.c.evaluation_id == evaluation_id)
    if "position" in t.c:
        query = query.order_by(t.c.position, t.c.id)
    return names, query


@contextmanager
def _no_collection() -> Iterator[None]:
    """Build many rows without Python's cycle collector: 25,000 new objects set off several full
    collections over every object of the app, none of which can free anything here (it halves the read).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _rows(session: Session, model: type, evaluation_id: int, cls: type) -> list[Any]:
    """Core rows straight into frozen dataclasses (positional: 25,000 score cells are built fast);
    no ORM objects."""
    names, query = _query(model, cls, evaluation_id)
    if names == list(cls.__dataclass_fields__):  # type: ignore[attr-defined]
        return [cls(*r) for r in session.execute(query).all()]
    return [dict(zip(names, r, strict=True)) for r in session.execute(query).all()]


_EVALUATION = EVALUATION_FIELDS


def load_matrix(session: Session, evaluation_id: int) -> Matrix:
    """The whole matrix: one query per table (seven in all), scores in one query whatever their number."""
    t = Evaluation.__table__  # type: ignore[attr-defined]
    found = session.execute(select(*(t.c[n] for n in _EVALUATION)).where(t.c.id == evaluation_id)).first()
    if found is None:
        raise NotFoundError("evaluation", evaluation_id)
    groups: list[GroupRow] = _rows(session, CriterionGroup, evaluation_id, GroupRow)
    group_order = {g.id: (i, g.name) for i, g in enumerate(groups)}
    criteria = sorted(
        _rows(session, Criterion, evaluation_id, CriterionRow),
        key=lambda c: (group_order.get(c["group_id"], (len(groups), ""))[0], c["position"], c["id"]),
    )
    with _no_collection():
        scores: list[ScoreCell] = _rows(session, Score, evaluation_id, ScoreCell)
        cells = {(s.option_id, s.criterion_id): s for s in scores}
    comparisons: list[_Comparison] = _rows(session, PairwiseComparison, evaluation_id, _Comparison)
    return Matrix(
        evaluation_id=evaluation_id,
        **dict(zip(_EVALUATION, found, strict=True)),
        options=tuple(_rows(session, Option, evaluation_id, OptionRow)),
        groups=tuple(groups),
        criteria=tuple(CriterionRow(**c, group=group_order.get(c["group_id"], (0, ""))[1]) for c in criteria),
        cells=cells,
        costs=tuple(_rows(session, CostItem, evaluation_id, CostRow)),
        comparisons={(p.criterion_a_id, p.criterion_b_id): p.value for p in comparisons},
    )


def load_matrix_quickly(session: Session, evaluation_id: int) -> Matrix:
    """`load_matrix` for a read-only session: on SQLite through the standard library's sqlite3 on the
    session's own connection (the same snapshot; `reads.matrix_rows`), ~10 % faster for W1's 25,000
    cells, and importable before SQLAlchemy. A session with unflushed changes must use `load_matrix`."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return load_matrix(session, evaluation_id)
    raw = connection.connection.driver_connection
    if raw is None:  # (only a closed connection has none)
        return load_matrix(session, evaluation_id)
    return read_matrix_sqlite(raw, evaluation_id)


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
    _names, query = _query(Score, ScoreCell, evaluation_id)
    query = query.where(Score.__table__.c.id.in_(sorted(score_ids)))  # type: ignore[attr-defined]
    return {r[0]: ScoreCell(*r) for r in session.execute(query).all()}


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
