"""The decision matrix read through the standard library's sqlite3, without SQLAlchemy's row processing.

`reads.matrix.load_matrix` builds the same `Matrix` through SQLAlchemy Core; on a SQLite workbook the
app reads it here instead (`read_matrix_sqlite`, on the session's own connection, so in the same
snapshot): SQLAlchemy's result machinery costs more than the query itself for 25,000 score cells.
Imports neither SQLAlchemy nor SQLModel, so a caller may use it before they are loaded.
"""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Callable
from dataclasses import fields
from datetime import date
from typing import Any

from duediligence.decision.matrix import CostRow, CriterionRow, GroupRow, Matrix, OptionRow, ScoreCell
from duediligence.errors import NotFoundError

# The evaluation's columns the Matrix holds; `reads.matrix` reads the same ones (one list for both paths).
EVALUATION_FIELDS = ("title", "currency", "missing_policy", "must_have_policy", "weight_source",
                     "horizon_years", "discount_rate", "exchange_rates", "exchange_rates_on")  # fmt: skip


def _columns(con: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in con.execute(f"PRAGMA table_info({table})")}


def _converters(cls: type, names: list[str]) -> list[tuple[int, Callable[[Any], Any]]]:
    """(position, converter) for the columns whose stored form is not the field's type: SQLite keeps
    booleans as 0/1 and dates as ISO text (SQLAlchemy's Boolean and Date turn them back)."""
    kinds = {f.name: str(f.type) for f in fields(cls)}
    found: list[tuple[int, Callable[[Any], Any]]] = []
    for i, name in enumerate(names):
        kind = kinds[name]
        if kind == "bool":
            found.append((i, bool))
        elif kind.startswith("date"):
            found.append((i, _day))
    return found


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _rows(con: sqlite3.Connection, table: str, cls: type, evaluation_id: int) -> tuple[list[str], list[Any]]:
    """The columns of `table` that `cls` has, of one evaluation in the evaluation's order, as tuples
    with booleans and dates converted; and their names."""
    present = _columns(con, table)
    names = [f.name for f in fields(cls) if f.name in present]
    order = " ORDER BY position, id" if "position" in present else ""
    query = f"SELECT {', '.join(names)} FROM {table} WHERE evaluation_id = ?{order}"
    rows = con.execute(query, (evaluation_id,)).fetchall()
    converters = _converters(cls, names)
    if converters:
        rows = [_converted(row, converters) for row in rows]
    return names, rows


def _converted(row: tuple[Any, ...], converters: list[tuple[int, Any]]) -> tuple[Any, ...]:
    values = list(row)
    for i, convert in converters:
        if values[i] is not None:
            values[i] = convert(values[i])
    return tuple(values)


def _built(cls: type, names: list[str], rows: list[Any]) -> list[Any]:
    """Dataclasses from rows: positionally when the table has every field (fast), else by name (an
    older column set: the missing fields take their defaults)."""
    if names == [f.name for f in fields(cls)]:
        return [cls(*row) for row in rows]
    return [cls(**dict(zip(names, row, strict=True))) for row in rows]


def _evaluation(found: tuple[Any, ...]) -> dict[str, Any]:
    values = dict(zip(EVALUATION_FIELDS, found, strict=True))
    values["exchange_rates"] = values["exchange_rates"] or ""
    values["exchange_rates_on"] = _day(values["exchange_rates_on"])
    return values


def read_matrix_sqlite(con: sqlite3.Connection, evaluation_id: int) -> Matrix:
    """The whole matrix of one evaluation, equal to `reads.matrix.load_matrix` of the same file."""
    query = f"SELECT {', '.join(EVALUATION_FIELDS)} FROM evaluation WHERE id = ?"
    found = con.execute(query, (evaluation_id,)).fetchone()
    if found is None:
        raise NotFoundError("evaluation", evaluation_id)
    groups = _built(GroupRow, *_rows(con, "criterion_group", GroupRow, evaluation_id))
    group_order = {g.id: (i, g.name) for i, g in enumerate(groups)}
    names, rows = _rows(con, "criterion", CriterionRow, evaluation_id)
    criteria = [dict(zip(names, row, strict=True)) for row in rows]
    criteria.sort(
        key=lambda c: (group_order.get(c["group_id"], (len(groups), ""))[0], c["position"], c["id"])
    )
    enabled = gc.isenabled()
    gc.disable()  # as load_matrix: 25,000 new cells would set off full collections that free nothing
    try:
        scores: list[ScoreCell] = _built(ScoreCell, *_rows(con, "score", ScoreCell, evaluation_id))
        cells = {(s.option_id, s.criterion_id): s for s in scores}
    finally:
        if enabled:
            gc.enable()
    comparisons = con.execute(
        "SELECT criterion_a_id, criterion_b_id, value FROM pairwise_comparison WHERE evaluation_id = ?",
        (evaluation_id,),
    ).fetchall()
    return Matrix(
        evaluation_id=evaluation_id,
        **_evaluation(found),
        options=tuple(_built(OptionRow, *_rows(con, "option", OptionRow, evaluation_id))),
        groups=tuple(groups),
        criteria=tuple(CriterionRow(**c, group=group_order.get(c["group_id"], (0, ""))[1]) for c in criteria),
        cells=cells,
        costs=tuple(_built(CostRow, *_rows(con, "cost_item", CostRow, evaluation_id))),
        comparisons={(a, b): value for a, b, value in comparisons},
    )
