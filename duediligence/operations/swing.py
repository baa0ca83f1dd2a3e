"""Setting the weights by swing weighting: ratings, reasoning and the weights they give, in one step."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlmodel import Session, col

from duediligence.changes import Operation
from duediligence.decision.swing import SwingError, swing_weights
from duediligence.enums import WeightSource
from duediligence.errors import ValidationError
from duediligence.i18n import translate
from duediligence.operations import Applied, Batch
from duediligence.operations.edits import UpdateRow
from duediligence.operations.evaluations import UpdateEvaluation
from duediligence.storage.models import Criterion


@dataclass(frozen=True)
class SetSwingWeights:
    """Every criterion's swing rating (0–100, the most important 100) and why; each weight becomes its
    rating's share and the evaluation's weights come from these (direct) weights from now on.

    One step: undone, the old weights, ratings, reasons and weight source come back together.
    """

    evaluation_id: int
    ratings: Mapping[int, float | None]  # criterion id -> rating
    notes: Mapping[int, str] = field(default_factory=dict)

    def apply(self, session: Session) -> Applied:
        criteria = list(
            session.execute(
                select(Criterion).where(col(Criterion.evaluation_id) == self.evaluation_id)
            ).scalars()
        )
        unknown = set(self.ratings) - {c.id for c in criteria}
        if unknown:
            raise ValidationError(
                "swing_rating",
                sorted(unknown),
                translate("Operations", "names no criterion of this evaluation"),
            )
        ratings = [self.ratings.get(c.id) for c in criteria]
        try:
            weights = swing_weights(ratings, [c.name for c in criteria])
        except SwingError as exc:
            raise ValidationError("swing_rating", ratings, str(exc)) from exc
        steps: list[Operation] = [
            UpdateRow(
                "criterion",
                c.id,
                {
                    "weight": w,
                    "swing_rating": self.ratings[c.id],
                    "swing_note": self.notes.get(c.id, c.swing_note),
                },
            )
            for c, w in zip(criteria, weights, strict=True)
        ]
        steps.append(UpdateEvaluation(self.evaluation_id, {"weight_source": WeightSource.DIRECT.value}))
        return Batch(tuple(steps)).apply(session)
