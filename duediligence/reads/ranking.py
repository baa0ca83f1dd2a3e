"""The ranking of one evaluation read from the workbook, as the app, the CLI and the export show it."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from duediligence.decision.adjusted import with_risks
from duediligence.decision.matrix import Matrix
from duediligence.decision.ranking import EvaluationRanking, rank_matrix
from duediligence.reads.matrix import load_matrix
from duediligence.reads.risks import risk_summary


def evaluation_ranking(
    session: Session, evaluation_id: int, today: date | None = None, matrix: Matrix | None = None
) -> EvaluationRanking:
    """The ranking exactly as the app shows it: scores, finance, risks (as of `today`). `matrix`: the
    evaluation's matrix when the caller has already read it in this view of the data."""
    ranking = rank_matrix(matrix if matrix is not None else load_matrix(session, evaluation_id))
    return with_risks(ranking, risk_summary(session, evaluation_id, today or date.today()))
