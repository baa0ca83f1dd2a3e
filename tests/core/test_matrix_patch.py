"""After an edit of scores alone, the loaded matrix is patched from those rows (not read again in full),
and the ranking is recomputed from kept inputs: both must be exactly what a fresh read gives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from duediligence.changes import EVERYTHING, Changes
from duediligence.decision.ranking import rank_matrix, ranking_inputs, with_scores
from duediligence.operations import Batch
from duediligence.operations.edits import SetScore, UpdateRow
from duediligence.reads.matrix import edited_scores, load_matrix, patch_scores, score_cells
from duediligence.storage.database import Database
from duediligence.storage.unit_of_work import run
from duediligence.templates.samples import add_samples

CLEARED = {"value": None, "low": None, "high": None}


@pytest.fixture
def crm(tmp_path: Path) -> Any:
    db = Database.open(tmp_path / "samples.db")
    with db.transaction() as session:
        evaluation_id = add_samples().apply(session).result[0]
    yield db, evaluation_id
    db.close()


def apply(db: Database, operation: Any) -> Any:
    return run(db, operation, action="edit", user="tester").applied


def test_a_score_edit_names_its_score_rows_and_other_edits_name_none(crm: Any) -> None:
    db, evaluation_id = crm
    with db.reading() as session:
        matrix = load_matrix(session, evaluation_id)
    cell = matrix.cells[(1, 1)]
    assert edited_scores(apply(db, SetScore(1, 1, {"value": 3.0})).changes) == {cell.id}
    assert edited_scores(apply(db, UpdateRow("option", 1, {"name": "Renamed"})).changes) is None
    assert edited_scores(EVERYTHING) is None
    assert edited_scores(Changes(frozenset({"score"}), frozenset({evaluation_id}))) is None  # rows unknown


def test_the_patched_matrix_and_its_ranking_equal_a_fresh_read_through_edits_undo_and_redo(
    crm: Any,
) -> None:
    db, evaluation_id = crm
    with db.reading() as session:
        original = load_matrix(session, evaluation_id)
    state = [original, ranking_inputs(original)]
    assert (2, 13) not in original.cells  # Brightpath has no score for "References from distributors"

    def edit(operation: Any) -> Any:
        """Apply, patch the kept matrix and inputs, and check them against a fresh read."""
        applied = apply(db, operation)
        scores = edited_scores(applied.changes)
        assert scores is not None
        with db.reading() as session:
            matrix, cells = patch_scores(state[0], scores, score_cells(session, evaluation_id, scores))
            fresh = load_matrix(session, evaluation_id)
        state[:] = [matrix, with_scores(state[1], matrix, cells)]
        assert matrix == fresh
        assert rank_matrix(matrix, state[1]) == rank_matrix(fresh)
        return applied.inverse

    steps = [
        SetScore(1, 1, {"value": 3.0}),  # a plain score
        SetScore(1, 2, CLEARED),  # cleared: missing, not zero
        SetScore(1, 8, {"value": 0.0}),  # fails the must-have "EU data residency": excluded
        SetScore(3, 14, {"value": 21.0}),  # a min–max criterion: every option's utility moves
        SetScore(2, 13, {"value": 8.0}),  # a new cell (a new score row)
        Batch((SetScore(4, 1, {"value": 5.0}), SetScore(4, 2, {"value": 7.0}))),  # a pasted block
    ]
    undos = [edit(operation) for operation in steps]
    redos = [edit(undo) for undo in reversed(undos)]  # the new cell is deleted again
    assert state[0] == original
    for redo in reversed(redos):
        edit(redo)
    assert rank_matrix(state[0], state[1]).options[0].excluded  # the must-have failure is back


def test_patching_reports_exactly_the_cells_that_changed(crm: Any) -> None:
    db, evaluation_id = crm
    with db.reading() as session:
        matrix = load_matrix(session, evaluation_id)
    undo = None
    for operation, expected in (
        (SetScore(1, 1, {"value": 3.0}), {(1, 1)}),
        (SetScore(2, 13, {"value": 8.0}), {(2, 13)}),  # a new cell
        (None, {(2, 13)}),  # its undo deletes it again
    ):
        applied = apply(db, operation or undo)
        undo = applied.inverse
        scores = edited_scores(applied.changes)
        assert scores is not None
        with db.reading() as session:
            matrix, cells = patch_scores(matrix, scores, score_cells(session, evaluation_id, scores))
        assert cells == expected
    assert (2, 13) not in matrix.cells and matrix.cells[(1, 1)].value == 3.0
