"""Specification of weight thresholds, flip thresholds and the scenario kernel they share."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest

from duediligence.decision.scoring import CriterionSpec, rank
from duediligence.robustness.sensitivity import flip_thresholds, weight_sensitivity
from duediligence.robustness.uncertainty import baseline

NAN = math.nan


def spec(cid: str, weight: float = 1.0, scale: str = "0-10", **kw: object) -> CriterionSpec:
    return CriterionSpec(id=cid, name=cid, weight=weight, scale=scale, **kw)  # type: ignore[arg-type]


def winner(values: object, criteria: list[CriterionSpec], policy: str = "ignore") -> set[int]:
    return {o.index for o in rank(values, criteria, policy=policy).options if o.rank == 1}


def with_share(criteria: list[CriterionSpec], j: int, t: float) -> list[CriterionSpec]:
    w = np.array([c.weight for c in criteria], dtype=float)
    w = w / w.sum()
    new = w * (1 - t) / (1 - w[j])
    new[j] = t
    return [dataclasses.replace(c, weight=float(x)) for c, x in zip(criteria, new, strict=True)]


VALUES = [[8.0, 3.0, 4.0], [5.0, 9.0, NAN], [6.0, 6.0, 3.0]]
CRITERIA = [spec("price", 3), spec("support", 2), spec("fit", 1, scale="1-5")]


@pytest.mark.parametrize("policy", ["ignore", "worst", "mean"])
def test_kernel_reproduces_the_deterministic_scores(policy: str) -> None:
    rng = np.random.default_rng(0)
    values = rng.uniform(0, 10, (6, 4))
    values[rng.random((6, 4)) < 0.3] = NAN
    crit = [spec("a", 2), spec("b", 1, scale="measured"), spec("c", 3, direction="lower"), spec("d", 1)]
    base = baseline(values, crit, policy=policy)
    expected = [NAN if o.score is None else o.score for o in rank(values, crit, policy=policy).options]
    assert np.allclose(base.score, expected, equal_nan=True)


@pytest.mark.parametrize("policy", ["ignore", "worst", "mean"])
def test_moving_a_weight_just_past_its_threshold_changes_the_winner(policy: str) -> None:
    rows = weight_sensitivity(VALUES, CRITERIA, policy=policy)
    start = winner(VALUES, CRITERIA, policy)
    checked = 0
    for row in rows:
        for found, step in ((row.down, -1e-6), (row.up, 1e-6)):
            if found is None:
                continue
            checked += 1
            assert winner(VALUES, with_share(CRITERIA, row.criterion, found.share - step), policy) == start
            assert winner(VALUES, with_share(CRITERIA, row.criterion, found.share + step), policy) == {
                found.new_winner
            }
    assert checked >= 2


def test_tornado_lists_the_most_fragile_criterion_first() -> None:
    rows = weight_sensitivity(VALUES, CRITERIA)
    assert [r.nearest for r in rows] == sorted(r.nearest for r in rows)


def test_a_weight_that_can_never_change_the_winner_reports_none() -> None:
    # A is better on every criterion: no weighting makes B win.
    rows = weight_sensitivity([[9.0, 9.0], [1.0, 2.0]], [spec("a"), spec("b")])
    assert all(r.down is None and r.up is None for r in rows)


@pytest.mark.parametrize("policy", ["ignore", "worst", "mean"])
def test_moving_a_score_just_past_its_flip_threshold_changes_the_winner(policy: str) -> None:
    flips = [f for f in flip_thresholds(VALUES, CRITERIA, policy=policy) if f.threshold is not None]
    start = winner(VALUES, CRITERIA, policy)
    assert flips
    for f in flips:
        step = math.copysign(1e-6, f.change or 1.0)
        before, after = np.array(VALUES), np.array(VALUES)
        before[f.option, f.criterion] = f.threshold - step
        after[f.option, f.criterion] = f.threshold + step
        assert winner(before, CRITERIA, policy) == start
        assert winner(after, CRITERIA, policy) == {f.new_winner}


def test_a_cell_no_value_of_which_changes_the_winner_has_no_threshold() -> None:
    flips = flip_thresholds([[9.0, 9.0], [1.0, 2.0]], [spec("a"), spec("b")])
    assert all(f.threshold is None for f in flips)
    assert len(flips) == 4


def test_measured_threshold_holds_the_bounds_and_is_exact_inside_them() -> None:
    # Lower cost is better, bounds 100–300 held; B (200) must fall below 150 to beat A.
    values = [[100.0, 5.0], [200.0, 7.0], [300.0, 9.0]]
    crit = [spec("cost", 2, scale="measured", direction="lower"), spec("quality", 1)]
    flip = next(f for f in flip_thresholds(values, crit) if (f.option, f.criterion) == (1, 0))
    assert flip.threshold is not None and 100.0 <= flip.threshold <= 300.0
    for step, expected in ((1e-6, {0}), (-1e-6, {1})):
        moved = np.array(values)
        moved[1, 0] = flip.threshold + step
        assert winner(moved, crit) == expected


def test_yes_no_threshold_is_the_other_answer() -> None:
    values = [[1.0, 6.0], [0.0, 7.0]]
    flips = flip_thresholds(values, [spec("sso", 1, scale="yes-no"), spec("fit", 1)])
    flip = next(f for f in flips if (f.option, f.criterion) == (1, 0))
    assert flip.threshold == 1.0 and flip.new_winner == 1


def test_one_option_has_no_flips_and_no_weight_thresholds() -> None:
    assert all(f.threshold is None for f in flip_thresholds([[5.0, 6.0]], [spec("a"), spec("b")]))
    assert all(r.nearest == math.inf for r in weight_sensitivity([[5.0, 6.0]], [spec("a"), spec("b")]))


def test_all_options_excluded_gives_empty_answers() -> None:
    assert flip_thresholds([[5.0], [6.0]], [spec("a")]) != ()
    excluded = [True, True]
    assert flip_thresholds([[5.0], [6.0]], [spec("a")], excluded=excluded) == ()
    rows = weight_sensitivity([[5.0], [6.0]], [spec("a")], excluded=excluded)
    assert rows[0].down is None and rows[0].up is None


def test_all_scores_missing_gives_empty_answers() -> None:
    assert flip_thresholds([[NAN], [NAN]], [spec("a")]) == ()
    assert weight_sensitivity([[NAN], [NAN]], [spec("a")])[0].up is None
