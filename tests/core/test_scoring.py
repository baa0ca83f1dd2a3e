"""Specification of the weighted-sum ranking: normalisation, missing scores, must-haves, ranks."""

from __future__ import annotations

import math

import numpy as np
import pytest

from duediligence.decision.scoring import CriterionSpec, rank, utilities, weights_normalised

NAN = math.nan


def spec(cid: str, weight: float = 1.0, scale: str = "0-10", **kw: object) -> CriterionSpec:
    return CriterionSpec(id=cid, name=cid, weight=weight, scale=scale, **kw)  # type: ignore[arg-type]


# --- weights -------------------------------------------------------------------------------------------


def test_weights_are_normalised_to_shares_summing_to_one() -> None:
    assert weights_normalised([3, 1, 2]) == pytest.approx([0.5, 1 / 6, 1 / 3])


def test_all_zero_weights_are_refused() -> None:
    with pytest.raises(ValueError, match="all weights are zero"):
        weights_normalised([0, 0])


def test_negative_weight_is_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        weights_normalised([1, -1])


def test_rank_with_all_zero_weights_is_refused() -> None:
    with pytest.raises(ValueError, match="all weights are zero"):
        rank([[1.0, 2.0]], [spec("a", 0), spec("b", 0)])


# --- the weighted sum ----------------------------------------------------------------------------------


def test_hand_worked_three_by_three_example() -> None:
    """Fit (0-10, w 3), Support (1-5, w 1), Price in k€ (measured, lower is better, w 2).

    Shares 1/2, 1/6, 1/3. Utilities: fit v/10; support (v-1)/4; price min–max 20–40 flipped, (40-v)/20.
      A: fit 8, support 4, price 30 → .5·.8 + (1/6)·.75 + (1/3)·.5 = .4 + .125 + .16667 = 69.1667
      B: fit 6, support 5, price 20 → .5·.6 + (1/6)·1  + (1/3)·1  = .3 + .16667 + .33333 = 80.0
      C: fit 9, support 2, price 40 → .5·.9 + (1/6)·.25 + (1/3)·0 = .45 + .041667     = 49.1667
    So B ranks 1, A 2, C 3.
    """
    criteria = [spec("fit", 3), spec("support", 1, "1-5"), spec("price", 2, "measured", direction="lower")]
    result = rank([[8, 4, 30], [6, 5, 20], [9, 2, 40]], criteria)
    assert [o.score for o in result.options] == pytest.approx([69.1666667, 80.0, 49.1666667])
    assert [o.rank for o in result.options] == [2, 1, 3]
    assert result.weights == pytest.approx((0.5, 1 / 6, 1 / 3))


def test_published_weighted_sum_example_triantaphyllou() -> None:
    """Weighted sum model example (Triantaphyllou 2000, Multi-Criteria Decision Making Methods: A
    Comparative Study, as given in Wikipedia "Weighted sum model"): weights .20 .15 .40 .25,
    A1 = 25 20 15 30, A2 = 10 30 20 30, A3 = 30 10 30 10 → WSM scores 21.50, 22.00, 22.00.

    (Older copies of the article print A3 = 20.00, an arithmetic slip: 6 + 1.5 + 12 + 2.5 = 22.)
    The example adds raw values, which a fixed 0–100 range reproduces exactly (u = v/100, score × 100);
    A2 and A3 tie, so both rank 1 and A1 ranks 3.
    """
    criteria = [
        spec(f"C{k}", w, "measured", scale_min=0, scale_max=100)
        for k, w in enumerate([0.20, 0.15, 0.40, 0.25], start=1)
    ]
    result = rank([[25, 20, 15, 30], [10, 30, 20, 30], [30, 10, 30, 10]], criteria)
    assert [o.score for o in result.options] == pytest.approx([21.5, 22.0, 22.0])
    assert [o.rank for o in result.options] == [3, 1, 1]


def test_single_option_ranks_first() -> None:
    result = rank([[7.0, 3.0]], [spec("a"), spec("b", scale="measured")])
    assert result.options[0].rank == 1
    assert result.options[0].score == pytest.approx(0.5 * 70 + 0.5 * 100)


def test_ties_share_a_rank_competition_style() -> None:
    """Scores 80, 60, 60, 40 rank 1, 2, 2, 4 ("1224"), even when float noise separates the 60s."""
    result = rank([[8.0], [6.0], [0.6 * 10.0 + 1e-13], [4.0]], [spec("a")])
    assert [o.rank for o in result.options] == [1, 2, 2, 4]


# --- normalisation ---------------------------------------------------------------------------------------


def test_measured_lower_is_better_uses_min_max_across_option_values() -> None:
    """1.1, 2.3, 1.7 kg with lower better: lightest → 1, heaviest → 0, middle → (2.3 − 1.7)/1.2 = 0.5."""
    table = utilities([[1.1], [2.3], [1.7]], [spec("weight", scale="measured", direction="lower", unit="kg")])
    assert table.values[:, 0] == pytest.approx([1.0, 0.0, 0.5])
    norm = table.normalisations[0]
    assert (norm.method, norm.lo, norm.hi, norm.direction) == (
        "min–max across options 1.1–2.3 kg",
        1.1,
        2.3,
        "lower",
    )


def test_measured_with_both_bounds_uses_the_fixed_range() -> None:
    """Fixed range 2–40 h, lower better: 21 h → (40 − 21)/38 = 0.5, whatever the other options say."""
    c = spec("effort", scale="measured", scale_min=2, scale_max=40, direction="lower", unit="h")
    table = utilities([[21.0], [30.0]], [c])
    assert table.values[0, 0] == pytest.approx(0.5)
    assert table.normalisations[0].method == "fixed range 2–40 h"


def test_all_equal_measured_values_give_everyone_full_utility() -> None:
    table = utilities([[5.0], [5.0], [NAN]], [spec("uptime", scale="measured")])
    assert table.values[:2, 0].tolist() == [1.0, 1.0]
    assert "all equal" in table.normalisations[0].method


def test_fixed_scales_use_their_own_bounds() -> None:
    """1-5: 3 → 0.5; yes-no: 1 → 1; percent: 25 → 0.25; 0-10: 10 → 1."""
    criteria = [spec("a", scale="1-5"), spec("b", scale="yes-no"), spec("c", scale="percent"), spec("d")]
    table = utilities([[3, 1, 25, 10]], criteria)
    assert table.values[0] == pytest.approx([0.5, 1.0, 0.25, 1.0])
    assert [n.method for n in table.normalisations] == [
        "scale 1–5",
        "yes/no (no = 0, yes = 1)",
        "percent 0–100",
        "scale 0–10",
    ]


# --- missing scores --------------------------------------------------------------------------------------

# Two 0-10 criteria with weights 3 and 1 (shares .75, .25). X lacks the second value; Y = (4, 10), Z = (6, 2).
MISSING_VALUES = [[8.0, NAN], [4.0, 10.0], [6.0, 2.0]]
MISSING_CRITERIA = [spec("a", 3), spec("b", 1)]


def test_ignore_policy_renormalises_weights_over_present_criteria() -> None:
    """X has only a = 8, which then carries all the weight: 80."""
    result = rank(MISSING_VALUES, MISSING_CRITERIA, policy="ignore")
    assert result.options[0].score == pytest.approx(80.0)


def test_worst_policy_scores_a_missing_cell_as_zero_utility() -> None:
    """X = .75 · .8 + .25 · 0 = 60."""
    result = rank(MISSING_VALUES, MISSING_CRITERIA, policy="worst")
    assert result.options[0].score == pytest.approx(60.0)


def test_mean_policy_uses_the_criterion_mean_utility_of_the_options_that_have_a_value() -> None:
    """Mean utility of b over Y and Z = (1.0 + 0.2)/2 = 0.6, so X = .75 · .8 + .25 · .6 = 75."""
    result = rank(MISSING_VALUES, MISSING_CRITERIA, policy="mean")
    assert result.options[0].score == pytest.approx(75.0)


def test_mean_policy_on_a_criterion_nobody_scored_falls_back_to_ignore() -> None:
    result = rank([[8.0, NAN], [4.0, NAN]], MISSING_CRITERIA, policy="mean")
    assert [o.score for o in result.options] == pytest.approx([80.0, 40.0])


def test_missing_weight_is_the_share_of_weight_whose_cell_is_missing() -> None:
    result = rank([[8.0, NAN], [NAN, 10.0], [6.0, 2.0]], MISSING_CRITERIA, policy="worst")
    assert [o.missing_weight for o in result.options] == pytest.approx([0.25, 0.75, 0.0])


def test_option_with_all_cells_missing_has_no_score_and_no_rank_with_an_explanation() -> None:
    result = rank([[NAN, NAN], [4.0, 10.0]], MISSING_CRITERIA, policy="worst")
    empty = result.options[0]
    assert (empty.score, empty.rank, empty.missing_weight) == (None, None, 1.0)
    assert empty.score_note and "no scores" in empty.score_note
    assert result.options[1].rank == 1


def test_degenerate_matrix_gives_no_nan_anywhere_in_the_results() -> None:
    """All missing, one all-equal measured column, one never-scored measured column, a zero weight."""
    criteria = [spec("a", 0), spec("m", 1, "measured"), spec("n", 1, "measured")]
    values = [[NAN, 3.0, NAN], [NAN, 3.0, NAN], [NAN, NAN, NAN], [5.0, NAN, NAN]]
    for policy in ("ignore", "worst", "mean"):
        result = rank(values, criteria, policy=policy)
        numbers = [result.weights]
        for o in result.options:
            numbers.append((o.score if o.score is not None else 0.0, o.missing_weight))
        for n in result.normalisations:
            numbers.append(tuple(x for x in (n.lo, n.hi) if x is not None))
        assert all(math.isfinite(x) for group in numbers for x in group), policy
    ignored = rank(values, criteria, policy="ignore").options[3]
    assert ignored.score is None and ignored.score_note and "zero-weight" in ignored.score_note


# --- must-haves and exclusions ---------------------------------------------------------------------------

MUST = [
    spec("sso", 1, "yes-no", must_have=True, must_have_threshold=1),
    spec("latency", 1, "measured", direction="lower", must_have=True, must_have_threshold=200),
    spec("fit", 2),
]
MUST_VALUES = [[1, 150, 6], [0, 100, 9], [1, 250, 8], [NAN, 120, 7]]


def test_failing_must_have_excludes_the_option_from_the_ranking() -> None:
    """B lacks SSO (below threshold 1); C's latency 250 ms is above 200 with lower-is-better."""
    result = rank(MUST_VALUES, MUST, must_have="exclude")
    a, b, c, d = result.options
    assert (b.rank, b.excluded, b.must_have_failures) == (None, True, ("sso",))
    assert (c.rank, c.excluded, c.must_have_failures) == (None, True, ("latency",))
    assert b.exclusion_reason == "fails must-have: sso"
    assert b.score is not None
    assert (a.rank, d.rank) == (2, 1)


def test_flag_mode_keeps_failing_options_ranked_but_lists_their_failures() -> None:
    """Scores (weights .25/.25/.5): D 75.6, A 71.7, B 70.0, C 65.0 — B keeps rank 3 despite failing."""
    result = rank(MUST_VALUES, MUST, must_have="flag")
    b = result.options[1]
    assert (b.rank, b.excluded, b.must_have_failures) == (3, False, ("sso",))
    assert [o.rank for o in result.options] == [2, 3, 4, 1]


def test_missing_must_have_value_is_unknown_not_failed() -> None:
    d = rank(MUST_VALUES, MUST).options[3]
    assert (d.must_have_failures, d.must_have_unknown, d.excluded) == ((), ("sso",), False)


def test_value_exactly_at_the_threshold_passes() -> None:
    result = rank([[1, 200, 5]], MUST)
    assert result.options[0].must_have_failures == ()


def test_user_excluded_option_keeps_its_score_but_is_not_ranked() -> None:
    result = rank([[9.0], [5.0], [7.0]], [spec("a")], excluded=[True, False, False])
    top = result.options[0]
    assert (top.score, top.rank, top.excluded) == (90.0, None, True)
    assert top.exclusion_reason == "excluded by the user"
    assert [o.rank for o in result.options[1:]] == [2, 1]


def test_ranked_lists_options_best_first() -> None:
    result = rank([[5.0], [9.0], [7.0]], [spec("a")])
    assert [o.index for o in result.ranked()] == [1, 2, 0]


# --- scale --------------------------------------------------------------------------------------------------


def test_hundred_options_by_two_hundred_fifty_criteria_rank() -> None:
    rng = np.random.default_rng(7)
    values = rng.uniform(0, 10, size=(100, 250))
    values[rng.random(values.shape) < 0.1] = NAN
    criteria = [
        spec(
            f"c{j}",
            float(rng.uniform(0, 5)),
            "measured" if j % 3 else "0-10",
            direction="lower" if j % 2 else "higher",
        )
        for j in range(250)
    ]
    result = rank(values, criteria, policy="mean")
    assert sorted(o.rank for o in result.options if o.rank is not None)[0] == 1
    assert len(result.options) == 100
