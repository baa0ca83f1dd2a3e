"""Value functions in the ranking and the Monte Carlo: hand-worked scores, draws through the shape."""

from __future__ import annotations

import math

import pytest

from duediligence.decision.scoring import CriterionSpec, rank
from duediligence.decision.value_functions import Discrete, Piecewise
from duediligence.robustness.montecarlo import simulate

NAN = math.nan
BATTERY = Piecewise(((4.0, 0.0), (8.0, 90.0), (12.0, 100.0)))
SUPPORT = Discrete((("none", 0.0), ("basic", 60.0), ("full", 100.0)))
STEP = Piecewise(((0.0, 0.0), (5.0, 100.0), (10.0, 100.0)))  # 5 is enough; more adds nothing


def measured(cid: str, function: object, **kw: object) -> CriterionSpec:
    return CriterionSpec(id=cid, name=cid, scale="measured", value_function=function, **kw)  # type: ignore[arg-type]


def test_ranking_scores_through_piecewise_and_discrete_functions() -> None:
    # A: 6 h → 45, full → 100: (45 + 100) / 2 = 72.5.  B: 10 h → 95, basic → 60: 77.5
    result = rank([[6.0, 3.0], [10.0, 2.0]], [measured("battery", BATTERY), measured("support", SUPPORT)])
    assert [o.score for o in result.options] == pytest.approx([72.5, 77.5], abs=1e-9)
    assert [o.rank for o in result.options] == [2, 1]


def test_a_level_not_in_the_table_counts_as_missing_not_as_zero() -> None:
    # C's support 4 is no level: ignored (weights re-normalised), so C scores 12 h → 100 alone
    result = rank([[12.0, 4.0]], [measured("battery", BATTERY), measured("support", SUPPORT)])
    assert (result.options[0].score, result.options[0].missing_weight) == (pytest.approx(100.0), 0.5)


def test_the_normalisation_names_the_function_instead_of_min_max() -> None:
    result = rank([[6.0]], [measured("battery", BATTERY, unit="h")])
    assert (
        result.normalisations[0].method
        == "value function: 4 h → 0, 8 h → 90, 12 h → 100 (flat beyond the ends)"
    )


def test_monte_carlo_draws_pass_through_the_value_function() -> None:
    # A: 4.5 on STEP (0.9) and 1 on 0–10 (0.1) = 1.0 in all.  B: triangular(0, 6, 10) on STEP and 1.5 (0.15):
    # B leads when STEP(X) > 0.85, X > 4.25: P(A first) = 4.25² / (10 · 6) = 0.30104 (linear 0–10: 0.2667)
    criteria = [measured("c1", STEP), CriterionSpec(id="c2", name="c2", scale="0-10")]
    result = simulate(
        [[4.5, 1.0], [6.0, 1.5]], [[NAN, NAN], [0.0, NAN]], [[NAN, NAN], [10.0, NAN]], criteria, draws=40_000
    )
    assert result.p_first[0] == pytest.approx(0.30104, abs=0.01)


def test_monte_carlo_draws_a_missing_level_uniformly_over_the_levels() -> None:
    # A is "basic" (0.6) for sure; B's missing level is none / basic / full, a third each: B leads on
    # "full" (1/3) and shares first on "basic" (half of 1/3): 1/2. A linear draw over 1–3 would not tie.
    result = simulate([[2.0], [NAN]], None, None, [measured("support", SUPPORT)], draws=30_000)
    assert result.p_first[1] == pytest.approx(1 / 2, abs=0.015)


def test_a_flip_threshold_is_read_back_through_the_value_function() -> None:
    # A: STEP(4) = 0.8 and 5 on 0–10 (0.5) = 1.3; B: STEP(8) = 1.0 and 2 (0.2) = 1.2: A leads by 0.1.
    # A's first score must fall to utility 0.7, which STEP gives at 3.5 (a straight 0–10 line: 7).
    from duediligence.robustness.sensitivity import flip_thresholds

    criteria = [measured("c1", STEP), CriterionSpec(id="c2", name="c2", scale="0-10")]
    flips = {(f.option, f.criterion): f for f in flip_thresholds([[4.0, 5.0], [8.0, 2.0]], criteria)}
    assert flips[(0, 0)].threshold == pytest.approx(3.5, abs=1e-9)
    assert flips[(1, 0)].threshold is None  # B's battery is already as good as STEP gets


def test_a_flip_on_levels_names_the_level_that_reaches_it() -> None:
    # A: full (1.0) and 0 on 0–10; B: none (0.0) and 5 (0.5): A leads by 0.5. B's support must reach 0.5:
    # the least level that does is basic (2, 0.6); A's must fall to 0.5: none (1) is the first that does.
    from duediligence.robustness.sensitivity import flip_thresholds

    criteria = [measured("s", SUPPORT), CriterionSpec(id="k", name="k", scale="0-10")]
    flips = {(f.option, f.criterion): f for f in flip_thresholds([[3.0, 0.0], [1.0, 5.0]], criteria)}
    assert (flips[(1, 0)].threshold, flips[(0, 0)].threshold) == (2.0, 1.0)


def test_a_must_have_on_levels_listed_worst_first_keeps_the_threshold_level_and_the_better_ones() -> None:
    # "at least basic" (level 2): none (1) fails and is excluded; basic (2) and full (3) are ranked
    support = measured("support", SUPPORT, must_have=True, must_have_threshold=2.0)
    result = rank([[1.0], [2.0], [3.0]], [support])
    assert [(o.excluded, o.rank) for o in result.options] == [(True, None), (False, 2), (False, 1)]
