"""Swing weighting: weights from ratings of each criterion's worst-to-best swing, hand-worked."""

from __future__ import annotations

import math

import pytest

from duediligence.decision.scoring import CriterionSpec
from duediligence.decision.swing import Swing, SwingError, criterion_swing, swing_weights
from duediligence.decision.value_functions import Discrete, Piecewise


def test_weights_are_each_rating_over_the_sum() -> None:
    # 100 + 60 + 40 = 200: 100/200, 60/200, 40/200
    assert swing_weights([100, 60, 40]) == pytest.approx((0.5, 0.3, 0.2), abs=1e-12)


def test_a_swing_rated_zero_gets_no_weight() -> None:
    assert swing_weights([100, 0]) == (1.0, 0.0)


@pytest.mark.parametrize(
    ("ratings", "says"),
    [
        ([100, None], "Looks: rate its swing from 0 to 100"),
        ([100, 120], "Looks: a swing is rated from 0 to 100, got 120"),
        ([100, -5], "Looks: a swing is rated from 0 to 100, got -5"),
        ([80, 40], "rate the most important swing 100"),
        ([100, math.nan], "Looks: a swing is rated from 0 to 100, got nan"),
    ],
)
def test_ratings_that_give_no_weights_are_refused_naming_the_criterion(ratings: list, says: str) -> None:
    with pytest.raises(SwingError) as caught:
        swing_weights(ratings, ["Price", "Looks"])
    assert says in str(caught.value)


def test_the_swing_of_a_measured_criterion_without_ends_is_the_options_range_worst_first() -> None:
    price = CriterionSpec(id=1, name="Price", scale="measured", direction="lower", unit="€")
    swing = criterion_swing(price, [900.0, math.nan, 1200.0])
    assert (swing, swing.words()) == (Swing(1200.0, 900.0, "€", "the options' range"), ("1200 €", "900 €"))


def test_stated_ends_are_preferred_to_the_options_range() -> None:
    uptime = CriterionSpec(id=1, name="Uptime", scale="measured", scale_min=99.0, scale_max=99.99, unit="%")
    assert criterion_swing(uptime, [99.5]) == Swing(99.0, 99.99, "%", "stated ends")


def test_the_swing_of_a_function_runs_from_its_worst_to_its_best_point_or_level() -> None:
    battery = Piecewise(((4.0, 0.0), (8.0, 90.0), (12.0, 100.0)))
    support = Discrete((("none", 0.0), ("full", 100.0), ("basic", 60.0)))
    spec = CriterionSpec(id=1, name="Battery", scale="measured", unit="h", value_function=battery)
    assert criterion_swing(spec, []) == Swing(4.0, 12.0, "h", "value function")
    spec = CriterionSpec(id=2, name="Support", scale="measured", value_function=support)
    assert criterion_swing(spec, []) == Swing("none", "full", "", "levels")


def test_a_criterion_nobody_has_scored_has_no_swing_yet() -> None:
    spec = CriterionSpec(id=1, name="Noise", scale="measured")
    swing = criterion_swing(spec, [math.nan])
    assert (swing, swing.words()) == (Swing(None, None, "", "no values yet"), ("—", "—"))
