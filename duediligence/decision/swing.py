"""Swing weighting: weights from how much each criterion's worst-to-best swing matters.

The buyer sees every criterion's swing (its worst value to its best: the stated ends, else the worst
and best among the options), picks the swing they would most like to make (100), and rates each other
swing against it (0–100). Weight = rating / sum of ratings, so the weights trade the ranges actually at
stake: a criterion on which the options hardly differ cannot take weight just for sounding important.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from duediligence.decision.scoring import FIXED_SCALES, CriterionSpec
from duediligence.decision.value_functions import Discrete, Piecewise
from duediligence.enums import Direction
from duediligence.i18n import translate


class SwingError(ValueError):
    """Ratings that give no weights; the message says which and why."""


def swing_weights(ratings: Sequence[float | None], names: Sequence[str] | None = None) -> tuple[float, ...]:
    """Weights (summing to 1) from swing ratings on 0–100; the most important swing must be rated 100.

    Every criterion needs a rating (0 says "this swing does not matter"); raises `SwingError` naming the
    criterion otherwise.
    """
    labels = (
        list(names)
        if names is not None
        else [translate("Swing", "criterion %1").replace("%1", str(i + 1)) for i in range(len(ratings))]
    )
    clean: list[float] = []
    for label, rating in zip(labels, ratings, strict=True):
        if rating is None:
            text = translate("Swing", "%1: rate its swing from 0 to 100 (0 = it does not matter)")
            raise SwingError(text.replace("%1", label))
        if not math.isfinite(rating) or not 0.0 <= rating <= 100.0:
            text = translate("Swing", "%1: a swing is rated from 0 to 100, got %2")
            raise SwingError(text.replace("%2", f"{rating:g}").replace("%1", label))
        clean.append(float(rating))
    if not clean:
        raise SwingError(translate("Swing", "no criteria: there is no swing to rate"))
    if max(clean) != 100.0:
        raise SwingError(translate("Swing", "rate the most important swing 100 and the others against it"))
    total = sum(clean)
    return tuple(r / total for r in clean)


@dataclass(frozen=True)
class Swing:
    """One criterion's swing, worst → best: numbers (in ``unit``) or level labels; None = not known yet.

    ``source`` says where the ends come from: "scale", "stated ends", "the options' range", "levels",
    "value function" or "no values yet"."""

    worst: float | str | None
    best: float | str | None
    unit: str
    source: str

    def words(self) -> tuple[str, str]:
        """Both ends as plain text ("4 h", "full", "—")."""

        def say(end: float | str | None) -> str:
            if end is None:
                return "—"
            if isinstance(end, str):
                return end
            return f"{end:g} {self.unit}".rstrip()

        return say(self.worst), say(self.best)


def criterion_swing(spec: CriterionSpec, values: ArrayLike) -> Swing:
    """The swing of one criterion given the options' raw values (NaN = not scored)."""
    f = spec.value_function
    if isinstance(f, Discrete):
        worst = min(f.levels, key=lambda level: level[1])
        best = max(f.levels, key=lambda level: level[1])
        return Swing(worst[0], best[0], "", "levels")
    if isinstance(f, Piecewise):
        worst_x = min(f.points, key=lambda p: p[1])[0]
        best_x = max(f.points, key=lambda p: p[1])[0]
        return Swing(worst_x, best_x, spec.unit, "value function")
    lower = spec.direction == Direction.LOWER_IS_BETTER.value
    if spec.scale in FIXED_SCALES:
        lo, hi, _ = FIXED_SCALES[spec.scale]
        source = "scale"
    elif spec.scale_min is not None and spec.scale_max is not None:
        lo, hi, source = float(spec.scale_min), float(spec.scale_max), "stated ends"
    else:
        column = np.asarray(values, dtype=float)
        present = column[~np.isnan(column)]
        if present.size == 0:
            return Swing(None, None, spec.unit, "no values yet")
        lo, hi, source = float(present.min()), float(present.max()), "the options' range"
    return Swing(hi, lo, spec.unit, source) if lower else Swing(lo, hi, spec.unit, source)
