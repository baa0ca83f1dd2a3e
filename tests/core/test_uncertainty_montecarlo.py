"""Specification of the Monte Carlo over ranges, missing scores and weights."""

from __future__ import annotations

import math

import numpy as np
import pytest
from german import in_german

from duediligence.decision.scoring import CriterionSpec, rank
from duediligence.robustness.montecarlo import clear_winner, simulate, weight_shape

NAN = math.nan
NBSP = "\u00a0"  # German writes "100 %" with a space that never breaks


def spec(cid: str, weight: float = 1.0, scale: str = "0-10", **kw: object) -> CriterionSpec:
    return CriterionSpec(id=cid, name=cid, weight=weight, scale=scale, **kw)  # type: ignore[arg-type]


def test_same_seed_gives_identical_results() -> None:
    args = (
        [[6.0, 2.0], [5.0, NAN]],
        [[4.0, 1.0], [NAN, NAN]],
        [[8.0, 3.0], [NAN, NAN]],
        [spec("a"), spec("b")],
    )
    one = simulate(*args, draws=3000, seed=7, weight_band=0.3)
    two = simulate(*args, draws=3000, seed=7, weight_band=0.3)
    assert one.p_first == two.p_first
    assert np.array_equal(one.scores, two.scores)


def test_uniform_range_against_fixed_value_matches_the_analytic_probability() -> None:
    # A has no best guess, range 4–8 (uniform); B is 5: P(A > 5) = 3/4.
    result = simulate([[NAN], [5.0]], [[4.0], [NAN]], [[8.0], [NAN]], [spec("a")], draws=20_000)
    assert result.p_first[0] == pytest.approx(0.75, abs=0.015)


def test_range_with_a_likely_value_is_triangular() -> None:
    # Triangular(4, 6, 8) above 5: 1 − (5 − 4)² / ((8 − 4)(6 − 4)) = 7/8.
    result = simulate([[6.0], [5.0]], [[4.0], [NAN]], [[8.0], [NAN]], [spec("a")], draws=20_000)
    assert result.p_first[0] == pytest.approx(0.875, abs=0.015)


def test_p_first_sums_to_one_over_running_options_and_excluded_get_zero() -> None:
    values = [[5.0, 7.0], [6.0, NAN], [9.0, 9.0], [2.0, 1.0]]
    low = [[3.0, 5.0], [NAN, NAN], [NAN, NAN], [NAN, NAN]]
    high = [[8.0, 9.0], [NAN, NAN], [NAN, NAN], [NAN, NAN]]
    crit = [spec("a"), spec("b", must_have=True, must_have_threshold=2.0)]
    result = simulate(values, low, high, crit, excluded=[False, False, True, False], draws=2000)
    assert sum(result.p_first) == pytest.approx(1.0)
    assert result.p_first[2] == 0.0  # excluded by the user
    assert result.p_first[3] == 0.0  # fails the must-have
    assert result.running == (True, True, False, False)
    dist = result.rank_distribution
    assert dist.shape == (4, 2)
    assert dist[:2].sum(axis=1) == pytest.approx([1.0, 1.0])
    assert dist.sum(axis=0) == pytest.approx([1.0, 1.0])


def test_missing_score_is_drawn_over_the_whole_scale_not_zero() -> None:
    result = simulate([[NAN], [5.0]], None, None, [spec("a", scale="1-5")], draws=20_000)
    drawn = result.scores[:, 0]  # utility × 100 of a value uniform on 1–5
    assert drawn.mean() == pytest.approx(50.0, abs=1.0)
    assert drawn.min() < 5 and drawn.max() > 95


def test_missing_yes_no_is_a_coin_flip() -> None:
    result = simulate([[NAN], [1.0]], None, None, [spec("a", scale="yes-no")], draws=20_000)
    assert set(np.unique(result.scores[:, 0])) == {0.0, 100.0}
    assert result.expected_score[0] == pytest.approx(50.0, abs=1.5)


def test_missing_measured_value_is_drawn_over_the_observed_span() -> None:
    result = simulate([[NAN], [10.0], [30.0]], None, None, [spec("a", scale="measured")], draws=20_000)
    assert result.expected_score[0] == pytest.approx(50.0, abs=1.0)


def test_measured_criteria_are_renormalised_in_every_draw() -> None:
    # Lower is better; A = 100, B in 50–150 around 100: the cheaper one in a draw gets 1, the other 0.
    crit = [spec("cost", scale="measured", direction="lower")]
    result = simulate([[100.0], [100.0]], [[NAN], [50.0]], [[NAN], [150.0]], crit, draws=5000)
    assert set(np.unique(result.scores[:, 0])) <= {0.0, 100.0}
    assert result.expected_score[0] == pytest.approx(50.0, abs=2.5)


def test_zero_width_ranges_collapse_to_the_deterministic_ranking() -> None:
    values = [[6.0, 40.0, NAN], [5.0, 20.0, 3.0], [7.0, 30.0, 8.0]]
    crit = [spec("a", 2), spec("b", 1, scale="measured"), spec("c", 1)]
    for policy in ("ignore", "worst", "mean"):
        result = simulate(values, values, values, crit, policy=policy, draws=50)
        expected = [o.score for o in rank(values, crit, policy=policy).options]
        # the missing cell of option 1 is drawn, so compare the options without missing cells
        assert result.scores[:, 1] == pytest.approx(expected[1])
        assert result.scores[:, 2] == pytest.approx(expected[2])


def drawn_shares(weights: list[float], band: float, draws: int = 4000) -> np.ndarray:
    """The shares drawn in each draw: option j scores 10 on criterion j and 0 elsewhere, so its score is
    100 × the drawn share of j."""
    m = len(weights)
    crit = [spec(str(j), w) for j, w in enumerate(weights)]
    result = simulate(np.eye(m) * 10, None, None, crit, draws=draws, seed=5, weight_band=band)
    return result.scores / 100


def test_drawn_weights_are_centred_on_the_chosen_shares() -> None:
    shares = drawn_shares([3, 1, 1], 0.3, draws=20_000)
    assert shares.mean(axis=0) == pytest.approx([0.6, 0.2, 0.2], rel=0.01)
    assert shares.sum(axis=1) == pytest.approx(np.ones(20_000))


@pytest.mark.parametrize("m", [5, 250])
def test_a_band_moves_every_share_by_about_that_much_of_itself(m: int) -> None:
    # Weights 1–5 (a 5:1 spread); each factor has s.d. b/2 = 0.1, so each share about 0.1 of itself, for
    # 5 criteria as for 250 (the old Dirichlet gave the light shares √5–2.6 times the heavy one's spread).
    weights = [float(1 + j % 5) for j in range(m)]
    shares = drawn_shares(weights, 0.2)
    w = np.array(weights) / sum(weights)
    relative = shares.std(axis=0) / w
    assert relative == pytest.approx(np.full(m, 0.1), rel=0.27)  # ±b·√((1−w)² + Σ others' w²), see montecarlo
    if m == 250:
        assert relative == pytest.approx(np.full(m, 0.1), rel=0.08)  # no share dominates: about b/2 each
    assert relative.max() / relative.min() < 1.45


def test_a_zero_band_keeps_the_weights_fixed_and_a_negative_one_is_refused() -> None:
    assert weight_shape(0.0) is None
    assert weight_shape(0.2) == pytest.approx(100.0)  # 4 / b²: Gamma(100, 1/100) has s.d. 0.1 = b/2
    assert drawn_shares([3, 1], 0.0, draws=10) == pytest.approx(np.tile([0.75, 0.25], (10, 1)))
    with pytest.raises(ValueError, match="weight_band"):
        simulate([[5.0]], None, None, [spec("a")], weight_band=-0.1)


def test_one_option_is_first_in_every_draw() -> None:
    result = simulate([[5.0]], [[1.0]], [[9.0]], [spec("a")], draws=100)
    assert result.p_first == (1.0,)
    assert clear_winner(result).clear


def test_all_options_excluded_gives_zeros_and_a_note() -> None:
    result = simulate([[5.0], [6.0]], None, None, [spec("a")], excluded=[True, True], draws=100)
    assert result.p_first == (0.0, 0.0)
    assert result.rank_distribution.shape == (2, 0)
    assert result.notes and not clear_winner(result).clear


def test_all_scores_missing_makes_every_option_equally_likely() -> None:
    result = simulate([[NAN, NAN], [NAN, NAN]], None, None, [spec("a"), spec("b")], draws=20_000)
    assert result.p_first == pytest.approx((0.5, 0.5), abs=0.02)
    assert all(s is not None for s in result.expected_score)


def test_nothing_observed_on_a_measured_criterion_leaves_it_to_the_policy() -> None:
    crit = [spec("a"), spec("b", scale="measured")]
    result = simulate([[6.0, NAN], [5.0, NAN]], None, None, crit, draws=10)
    assert result.p_first == (1.0, 0.0)
    assert result.expected_score == pytest.approx((60.0, 50.0))
    assert any("nobody has a value" in note for note in result.notes)


def test_equal_options_split_first_place() -> None:
    result = simulate([[5.0], [5.0]], None, None, [spec("a")], draws=10)
    assert result.p_first == (0.5, 0.5)
    assert not clear_winner(result).clear


def test_clear_winner_when_the_runner_up_is_rarely_first() -> None:
    result = simulate([[9.0], [5.0]], [[8.0], [4.0]], [[10.0], [6.0]], [spec("a")], draws=2000)
    verdict = clear_winner(result)
    assert verdict.clear and verdict.leader == 0 and verdict.runner_up == 1


def test_no_clear_winner_when_the_runner_up_is_often_first() -> None:
    result = simulate([[6.0], [5.0]], [[3.0], [2.0]], [[9.0], [8.0]], [spec("a")], draws=2000)
    verdict = clear_winner(result)
    assert not verdict.clear and "runner-up" in verdict.reason


def test_the_verdict_writes_its_shares_as_the_users_language_does(in_locale) -> None:
    """A 9 against a 5 without ranges is first in every draw; two 5s share first place half and half."""
    clear = simulate([[9.0], [5.0]], None, None, [spec("a")], draws=10)
    split = simulate([[5.0], [5.0]], None, None, [spec("a")], draws=10)
    in_locale("en_GB")
    assert clear_winner(clear).reason == "Clear winner: first in 100% of draws."
    assert clear_winner(split).reason == "No clear winner: the runner-up comes first in 50% of draws (≥ 20%)."
    with in_german():
        assert clear_winner(clear).reason == f"Klarer Sieger: in 100{NBSP}% der Ziehungen vorn."
        assert clear_winner(split).reason == (
            f"Kein klarer Sieger: Der Zweitplatzierte liegt in 50{NBSP}% der Ziehungen vorn (≥ 20{NBSP}%)."
        )


def test_large_workbook_runs_in_chunks() -> None:
    rng = np.random.default_rng(3)
    n, m = 100, 250
    crit = [spec(str(j), float(rng.integers(1, 5)), "measured" if j % 10 == 0 else "0-10") for j in range(m)]
    values = rng.uniform(0, 10, (n, m))
    values[rng.random((n, m)) < 0.03] = NAN
    ranged = rng.random((n, m)) < 0.1
    low = np.where(ranged, values - 1, NAN)
    high = np.where(ranged, values + 1, NAN)
    result = simulate(values, low, high, crit, draws=10_000, weight_band=0.1)
    assert result.scores.shape == (10_000, n)
    assert sum(result.p_first) == pytest.approx(1.0)
