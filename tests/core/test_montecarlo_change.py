"""Specification of p_change: how often fixing one unknown at its expected value changes who comes first."""

from __future__ import annotations

import math

import numpy as np
import pytest

from duediligence.decision.scoring import TIE_TOLERANCE, CriterionSpec
from duediligence.enums import Scale
from duediligence.robustness.change import count_changes
from duediligence.robustness.draws import DrawPlan
from duediligence.robustness.montecarlo import simulate
from duediligence.robustness.uncertainty import baseline

NAN = math.nan


def spec(cid: str, weight: float = 1.0, scale: str = "0-10", **kw: object) -> CriterionSpec:
    return CriterionSpec(id=cid, name=cid, weight=weight, scale=scale, **kw)  # type: ignore[arg-type]


def test_a_missing_score_changes_the_winner_exactly_where_it_beats_the_leader() -> None:
    # A is 6 for sure; B is missing (uniform 0–10, expected 5): fixed at 5, A wins; drawn, B wins above 6.
    result = simulate([[6.0], [NAN]], None, None, [spec("a")], draws=4000, seed=3, changes=True)
    assert result.p_change is not None
    above = float((result.scores[:, 1] > 60).mean())
    assert result.p_change[1, 0] == above
    assert above == pytest.approx(0.4, abs=0.025)
    assert math.isnan(result.p_change[0, 0])  # a certain value has nothing to fix


def test_a_range_changes_the_winner_where_it_falls_below_the_other_option() -> None:
    # B: 6, range 3–9 (triangular, expected 6, beats A's 5); drawn below 5 it loses: P = 2²/(6·3) = 2/9.
    result = simulate([[5.0], [6.0]], [[NAN], [3.0]], [[NAN], [9.0]], [spec("a")], draws=6000, changes=True)
    assert result.p_change is not None
    assert result.p_change[1, 0] == float((result.scores[:, 1] < 50).mean())
    assert result.p_change[1, 0] == pytest.approx(2 / 9, abs=0.02)


def test_an_unscored_option_fixed_as_a_whole_changes_the_winner_where_its_mean_beats_the_leader() -> None:
    # C is unscored on two equal 0–10 criteria; A is 6 and 6. C wins where x1 + x2 > 12: P = 8²/2/100 = 0.32.
    values = [[6.0, 6.0], [NAN, NAN]]
    result = simulate(
        values, None, None, [spec("a"), spec("b")], draws=6000, changes=True, change_options=[1]
    )
    assert result.p_change_option[1] == float((result.scores[:, 1] > 60).mean())
    assert result.p_change_option[1] == pytest.approx(0.32, abs=0.02)


def test_a_lone_option_and_certain_evidence_never_change() -> None:
    alone = simulate([[5.0]], [[1.0]], [[9.0]], [spec("a")], draws=200, changes=True)
    assert alone.p_change is not None and alone.p_change[0, 0] == 0.0
    fixed = simulate([[5.0], [6.0]], None, None, [spec("a")], draws=50, changes=True)
    assert fixed.p_change is not None and np.isnan(fixed.p_change).all()
    assert fixed.p_change_weight is not None and np.isnan(fixed.p_change_weight).all()


def test_the_same_seed_gives_the_same_p_change() -> None:
    args = ([[6.0, 2.0], [5.0, NAN], [NAN, 4.0]], [[4.0, 1.0], [NAN, NAN], [NAN, 2.0]],
            [[8.0, 3.0], [NAN, NAN], [NAN, 9.0]], [spec("a"), spec("b", scale="measured")])  # fmt: skip
    one = simulate(*args, draws=3000, seed=7, weight_band=0.2, changes=True, change_options=[1])
    two = simulate(*args, draws=3000, seed=7, weight_band=0.2, changes=True, change_options=[1])
    assert one.p_change is not None and two.p_change is not None
    assert np.array_equal(one.p_change, two.p_change, equal_nan=True)
    assert np.array_equal(one.p_change_weight, two.p_change_weight, equal_nan=True)  # type: ignore[arg-type]
    assert one.p_change_option == two.p_change_option


# --- against a brute-force re-ranking of every draw -------------------------------------------------------


def _brute_force(plan, base, raw, w, run, policy, fixed_cell=None, option=None, weight=None, factors=None):
    """Changed per draw, re-scoring the whole matrix with `uncertainty.baseline` (slow, obviously right)."""
    x0 = np.where(np.isnan(base.values), np.nan, base.values)
    changed = []
    for d in range(raw.shape[0]):
        x = x0.copy()
        x[plan.cell_opt, plan.cell_col] = raw[d]
        kw = dict(policy=policy, excluded=[i not in run for i in range(x.shape[0])], must_have="flag")
        s = baseline(x, base.criteria, shares=w[d], **kw).score
        y, shares = x.copy(), w[d]
        if fixed_cell is not None:
            y[plan.cell_opt[fixed_cell], plan.cell_col[fixed_cell]] = plan.expected[fixed_cell]
        if option is not None:
            mine = plan.cell_opt == option
            y[plan.cell_opt[mine], plan.cell_col[mine]] = plan.expected[mine]
        if weight is not None:
            g = factors[d].copy()
            g[weight] = 1.0
            shares = base.shares * g / (base.shares * g).sum()
        s2 = baseline(y, base.criteria, shares=shares, **kw).score
        winner = run[int(np.argmax(s[run]))]
        changed.append(bool(np.nanmax(s2[run]) > s2[winner] + TIE_TOLERANCE))
    return int(sum(changed))


CASES = [
    # (values, low, high, criteria, policy)
    (
        [[6.1, 30.0, 1.0], [NAN, 52.0, NAN], [5.3, NAN, 0.0], [7.2, 41.0, 1.0]],
        [[4.0, 20.0, NAN], [NAN, 35.0, NAN], [NAN, NAN, NAN], [6.5, NAN, NAN]],
        [[8.5, 45.0, NAN], [NAN, 60.0, NAN], [NAN, NAN, NAN], [9.0, NAN, NAN]],
        [
            spec("a", 3),
            spec("cost", 2, scale="measured", direction="lower"),
            spec("ok", 1, scale=Scale.YES_NO.value),
        ],
        "ignore",
    ),
    (
        [[6.1, 30.0, 4.0], [NAN, 52.0, 3.0], [5.3, NAN, NAN], [7.2, 41.0, 2.5]],
        [[4.0, 28.0, NAN], [NAN, 35.0, 2.0], [NAN, NAN, NAN], [6.5, NAN, NAN]],
        [[8.5, 45.0, NAN], [NAN, 60.0, 4.5], [NAN, NAN, NAN], [9.0, NAN, NAN]],
        [spec("a", 1), spec("size", 1, scale="measured"), spec("b", 1, scale="1-5")],
        "worst",
    ),
    (
        [[6.1, NAN, 4.0], [NAN, NAN, 3.0], [5.3, NAN, NAN], [7.2, NAN, 2.5]],
        [[4.0, NAN, NAN], [NAN, NAN, 2.0], [NAN, NAN, NAN], [6.5, NAN, NAN]],
        [[8.5, NAN, NAN], [NAN, NAN, 4.5], [NAN, NAN, NAN], [9.0, NAN, NAN]],
        [spec("a", 2), spec("nobody", 1, scale="measured"), spec("b", 1, scale="1-5")],
        "mean",
    ),
    (  # scored on less than the whole weight (a column nobody has a value for) and a min–max column
        [[6.1, NAN, 30.0], [NAN, NAN, 52.0], [5.3, NAN, 33.0], [7.2, NAN, NAN]],
        [[4.0, NAN, 20.0], [NAN, NAN, 35.0], [NAN, NAN, NAN], [6.5, NAN, NAN]],
        [[8.5, NAN, 45.0], [NAN, NAN, 60.0], [NAN, NAN, NAN], [9.0, NAN, NAN]],
        [
            spec("a", 2),
            spec("nobody", 3, scale="measured"),
            spec("cost", 2, scale="measured", direction="lower"),
        ],
        "ignore",
    ),
]


@pytest.mark.parametrize(("case", "out"), [(k, None) for k in range(len(CASES))] + [(0, 3), (3, 0)])
def test_counts_match_re_ranking_every_draw(case: int, out: int | None) -> None:
    """``out``: an option excluded (its cells still re-normalise min–max columns, but it cannot win)."""
    values, low, high, criteria, policy = CASES[case]
    base = baseline(values, criteria, policy=policy)
    yes_no = np.array([c.scale == Scale.YES_NO.value for c in criteria])
    plan = DrawPlan.prepare(base, low, high, yes_no, None)
    draws = 150
    gen = np.random.default_rng(11)
    factors = gen.gamma(4.0, 1 / 4.0, size=(draws, len(criteria)))  # a wide band: weights often decide
    w = base.shares * factors
    w = w / w.sum(axis=1, keepdims=True)
    raw = plan._sample(np.random.default_rng(5), draws)
    chunk = plan.draw(np.random.default_rng(5), w, policy, keep=True)
    run = np.flatnonzero([not o.excluded for o in base.ranking.options] & plan.has_any)
    run = run[run != out]
    options = [1, 2]
    counted = count_changes(plan, chunk, run, policy, options, base.shares, factors)
    common = (plan, base, raw, w, list(run), policy)
    expected_cells = [_brute_force(*common, fixed_cell=c) for c in range(plan.a.size)]
    assert counted.cells.tolist() == expected_cells
    assert counted.options.tolist() == [_brute_force(*common, option=i) for i in options]
    expected_weights = [_brute_force(*common, weight=j, factors=factors) for j in range(len(criteria))]
    assert counted.weights.tolist() == expected_weights
    assert sum(expected_cells) > 0 and sum(expected_weights) > 0  # the case is not trivially quiet


@pytest.mark.parametrize("case", range(len(CASES)))
def test_skipping_draws_a_weight_cannot_change_gives_the_same_counts(case: int) -> None:
    from duediligence.robustness.change import _Race, _weights

    values, low, high, criteria, policy = CASES[case]
    base = baseline(values, criteria, policy=policy)
    plan = DrawPlan.prepare(base, low, high, np.array([c.scale == "yes-no" for c in criteria]), None)
    factors = np.random.default_rng(2).gamma(4.0, 1 / 4.0, size=(400, len(criteria)))
    w = base.shares * factors / (base.shares * factors).sum(axis=1, keepdims=True)
    chunk = plan.draw(np.random.default_rng(3), w, policy, keep=True)
    race = _Race.of(chunk.scores, np.flatnonzero(plan.has_any), len(values))
    every = _weights(plan, chunk, race, base.shares, factors, prune=False)
    assert _weights(plan, chunk, race, base.shares, factors).tolist() == every.tolist()
    assert every.sum() > 0
