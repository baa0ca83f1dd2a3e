"""The numbers behind the score charts, in the form `scoring.rank` computes them.

One `ScoreModel` per evaluation: the matrix, the ranking exactly as the app shows it, and the inputs of
`scoring.rank` (values, ranges, criterion specs) rebuilt the way `ranking.rank_matrix` builds them (ranges
as `robustness_data.value_ranges` reads them), so the tornado answers questions about the same ranking
the user sees.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from duediligence.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from sqlmodel import Session

    from duediligence.decision.matrix import Matrix
    from duediligence.decision.ranking import EvaluationRanking
    from duediligence.robustness.uncertainty import Baseline

UNGROUPED = QT_TRANSLATE_NOOP("Charts", "Ungrouped")  # the group of criteria without one


@dataclass(frozen=True, eq=False)
class ScoreModel:
    matrix: Matrix
    ranking: EvaluationRanking
    specs: tuple[Any, ...]  # scoring.CriterionSpec per criterion, weights as ranked
    values: Any  # (options, criteria) float array, NaN = missing
    low: Any
    high: Any
    base: Baseline | None  # None when the options cannot be ranked (ranking.problem says why)

    @property
    def rank_kwargs(self) -> dict[str, Any]:
        return {
            "policy": self.matrix.missing_policy,
            "excluded": [o.excluded for o in self.matrix.options],
            "must_have": self.matrix.must_have_policy,
        }

    def group_names(self) -> tuple[str, ...]:
        """Criterion groups that hold criteria, in group order; ungrouped criteria last."""
        ungrouped = translate("Charts", UNGROUPED)
        names = [c.group or ungrouped for c in self.matrix.criteria]
        return tuple(dict.fromkeys(names))

    def group_of(self) -> list[int]:
        """Per criterion, the index of its group in `group_names()`."""
        names = self.group_names()
        ungrouped = translate("Charts", UNGROUPED)
        return [names.index(c.group or ungrouped) for c in self.matrix.criteria]


def score_model(session: Session, evaluation_id: int, today: date | None = None) -> ScoreModel:
    """Load the matrix and rank it as `ranking.evaluation_ranking` does (risks included)."""
    from duediligence.decision.adjusted import with_risks
    from duediligence.decision.ranking import rank_matrix
    from duediligence.reads.matrix import load_matrix
    from duediligence.reads.risks import risk_summary

    matrix = load_matrix(session, evaluation_id)
    ranking = with_risks(rank_matrix(matrix), risk_summary(session, evaluation_id, today or date.today()))
    return model_from(matrix, ranking)


def model_from(matrix: Matrix, ranking: EvaluationRanking) -> ScoreModel:
    """The rank inputs for an already loaded matrix and ranking (the UI has both cached)."""
    import numpy as np

    from duediligence.decision.ranking import (
        criterion_specs,
        criterion_values,
        option_finance,
        ranking_weights,
    )
    from duediligence.robustness.inputs import value_ranges

    n, m = len(matrix.options), len(matrix.criteria)
    values = np.array(criterion_values(matrix, option_finance(matrix)), dtype=float).reshape(n, m)
    low, high = value_ranges(matrix)
    if ranking.problem is not None:
        return ScoreModel(matrix, ranking, (), values, low, high, None)
    from duediligence.robustness.uncertainty import baseline

    specs = tuple(criterion_specs(matrix, ranking_weights(matrix)[0]))
    model = ScoreModel(matrix, ranking, specs, values, low, high, None)
    base = baseline(values, specs, **model.rank_kwargs)
    return ScoreModel(matrix, ranking, specs, values, low, high, base)
