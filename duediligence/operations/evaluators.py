"""Evaluators' own scores (from their scoring sheets), and adopting their combined scores into the
matrix; each one undoable step.

Each cell with evaluators' values gets the combined value (mean or median, reads.evaluators), the
evaluators' lowest and highest as its range, and the evidence note "Combined from N evaluators
(mean): …" (a previous such note is replaced; other evidence is kept).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlmodel import Session, col

from duediligence.changes import Changes
from duediligence.operations import Applied, Batch, Operation
from duediligence.operations.edits import AddRow, SetScore, UpdateRow
from duediligence.operations.rows import DeleteRows
from duediligence.reads.evaluators import COMBINED_PREFIX, combined_note, evaluator_summary
from duediligence.reads.matrix import load_matrix
from duediligence.storage.models import EvaluatorScore


@dataclass(frozen=True)
class AdoptCombinedScores:
    """Every cell the evaluators scored gets the combined value, read inside this very transaction."""

    evaluation_id: int

    def apply(self, session: Session) -> Applied:
        applied = Batch(combined_score_edits(session, self.evaluation_id)).apply(session)
        return Applied(applied.inverse, applied.changes, len(applied.result))


def combined_score_edits(session: Session, evaluation_id: int) -> tuple[SetScore, ...]:
    """The score edits adopting would make now: none when the matrix already holds them."""
    summary = evaluator_summary(session, evaluation_id)
    matrix = load_matrix(session, evaluation_id)
    ops = []
    for criterion in summary.criteria:
        for cell in criterion.cells:
            if cell.combined is None:
                continue
            now = matrix.cell(cell.option_id, criterion.criterion_id)
            kept = _kept_evidence(now.evidence if now else "")
            note = combined_note(cell, summary.combination) + (f"\n{kept}" if kept else "")
            numbers, value = [v for _, v in cell.values], round(cell.combined, 4)
            low: float | None
            high: float | None
            if len(numbers) >= 2:
                low, high = min(numbers), max(numbers)
            else:  # one evaluator: keep the buyer's range while the value still lies inside it
                low, high = (now.low, now.high) if now else (None, None)
                if (low is not None and value < low) or (high is not None and value > high):
                    low = high = None
            values = {"value": value, "low": low, "high": high, "evidence": note}
            if now is not None and all(getattr(now, k) == v for k, v in values.items()):
                continue
            ops.append(SetScore(cell.option_id, criterion.criterion_id, values))
    return tuple(ops)


def _kept_evidence(text: str) -> str:
    """The cell's evidence without an earlier "Combined from …" line (the new one replaces it)."""
    if text.startswith(COMBINED_PREFIX):
        return text.split("\n", 1)[1] if "\n" in text else ""
    return text


@dataclass(frozen=True)
class StoreEvaluatorScores:
    """Store one evaluator's scores for the cells a sheet covered, replacing what they gave before
    (a cell left empty on the sheet removes their earlier score). The inverse restores them exactly."""

    evaluation_id: int
    evaluator: str
    cells: tuple[tuple[int, int, float | None, str], ...]  # (option id, criterion id, value, note)
    covered: tuple[tuple[int, int], ...]
    scored_on: date

    def apply(self, session: Session) -> Applied:
        stored = {
            (s.option_id, s.criterion_id): s
            for s in session.execute(
                select(EvaluatorScore).where(
                    col(EvaluatorScore.evaluation_id) == self.evaluation_id,
                    col(EvaluatorScore.evaluator) == self.evaluator,
                )
            ).scalars()
        }
        given = {(o, c): (v, n) for o, c, v, n in self.cells}
        ops: list[Operation] = []
        gone = tuple(stored[k].id for k in self.covered if k in stored and k not in given)
        if gone:
            ops.append(DeleteRows("evaluator_score", gone))
        for (option_id, criterion_id), (value, note) in given.items():
            values = {"value": value, "note": note, "scored_on": self.scored_on}
            row = stored.get((option_id, criterion_id))
            if row is not None:
                ops.append(UpdateRow("evaluator_score", row.id, values))
            else:
                parents = {"option_id": option_id, "criterion_id": criterion_id}
                values["evaluator"] = self.evaluator
                ops.append(AddRow("evaluator_score", self.evaluation_id, values, parents))
        applied = Batch(tuple(ops)).apply(session)
        changes = applied.changes | Changes(frozenset({"evaluator_score"}), frozenset({self.evaluation_id}))
        return Applied(applied.inverse, changes, len(given))
