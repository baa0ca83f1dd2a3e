"""Specification of "what to find out next" and of stakeholder perspectives."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pytest

from duediligence.decision.scoring import CriterionSpec
from duediligence.robustness.find_out_next import (
    FindOutNext,
    unscored_options,
    weight_ends,
    what_to_find_out_next,
)
from duediligence.robustness.montecarlo import simulate
from duediligence.robustness.uncertainty import perspective_rankings

NAN = math.nan


def spec(cid: str, weight: float = 1.0, scale: str = "0-10", **kw: object) -> CriterionSpec:
    return CriterionSpec(id=cid, name=cid, weight=weight, scale=scale, **kw)  # type: ignore[arg-type]


def find_out(
    values: Any, low: Any, high: Any, criteria: list[CriterionSpec], *, draws: int = 4000, band: float = 0.0,
    sources: list[str] | None = None, **kw: Any,
) -> tuple[tuple[FindOutNext, ...], Any]:  # fmt: skip
    """The items, and the simulation they were estimated on (the same inputs, as `robustness` runs it)."""
    opts = {k: kw.pop(k) for k in ("policy", "excluded") if k in kw}
    groups = unscored_options(values, low, high, criteria, sources)
    odds = simulate(values, low, high, criteria, draws=draws, seed=1, weight_band=band, changes=True,
                    change_options=groups, **opts)  # fmt: skip
    items = what_to_find_out_next(values, low, high, criteria, odds, weight_band=band, sources=sources,
                                  **opts, **kw)  # fmt: skip
    return items, odds


CRITERIA = [spec("Support and SLA", 5), spec("Usability", 1), spec("Logo colour", 1)]
NAMES = ["A", "B", "C"]


def test_a_missing_score_carries_its_chance_of_changing_the_winner() -> None:
    # A is 6; B is missing (uniform 0–10): B wins exactly the draws where it lies above 6 (p = 0.4).
    items, odds = find_out([[6.0], [NAN]], None, None, [spec("a")], option_names=["A", "B"])
    (item,) = items
    assert (item.option, item.criterion, item.kind) == (1, 0, "missing")
    assert item.p_change == float((odds.scores[:, 1] > 60).mean()) == pytest.approx(0.4, abs=0.025)
    n = round(item.p_change * 100)
    assert item.sentence == (
        f"Find out “a” for B (not scored yet): it could change the winner in about {n} in 100 cases "
        "(between A and B)."
    )


def test_an_unscored_option_that_almost_never_wins_is_one_item_not_one_per_criterion() -> None:
    # C is unscored on three criteria; it beats A's 9, 9, 9 only where its three uniform draws sum above 27:
    # P = 3³/6/1000 = 0.0045 (first in fewer than 1 in 100 draws).
    values = [[9.0, 9.0, 9.0], [5.0, 5.0, 5.0], [NAN, NAN, NAN]]
    crit = [spec("x"), spec("y"), spec("z")]
    items, odds = find_out(values, None, None, crit, draws=20_000, option_names=NAMES)
    assert [(i.option, i.criterion, i.kind) for i in items] == [(2, None, "option")]
    (item,) = items
    assert odds.p_first[2] < 0.01
    assert item.p_change == odds.p_change_option[2] == float((odds.scores[:, 2] > 90).mean())
    assert item.p_change == pytest.approx(0.0045, abs=0.0015)
    n = round(item.p_change * 1000)
    assert item.sentence == (
        "Score C, or exclude it (nothing is scored yet): it could change the winner, but rarely: "
        f"about {n} in 1,000 cases (between A and C)."
    )
    assert item.decides and item.impact == pytest.approx(40 + 10)  # A's margin: 90 − 50 over B, 90 − 100


def test_an_unscored_option_that_often_wins_keeps_one_item_per_criterion() -> None:
    items, odds = find_out(
        [[5.0, 5.0], [NAN, NAN]], None, None, [spec("x"), spec("y")], option_names=NAMES[:2]
    )
    assert odds.p_first[1] > 0.3
    assert sorted((i.option, i.criterion) for i in items) == [(1, 0), (1, 1)]


def test_a_calculated_criterion_asks_for_the_costs_not_for_a_score() -> None:
    crit = [spec("Fit", 1), spec("TCO", 1, scale="measured", direction="lower")]
    values = [[8.0, 1000.0], [9.0, NAN], [2.0, 1200.0]]
    low, high = [[NAN, 900.0], [NAN, NAN], [NAN, NAN]], [[NAN, 1500.0], [NAN, NAN], [NAN, NAN]]
    items, _ = find_out(
        values, low, high, crit, sources=["manual", "tco"], units=["", "EUR"], option_names=NAMES
    )
    questions = {(i.option, i.criterion): i.question for i in items}
    assert questions[(1, 1)] == "Enter the costs of B (“TCO” is calculated from them)"
    assert questions[(0, 1)] == "Narrow down the cost estimates of A (“TCO” is now 900 EUR – 1,500 EUR)"
    assert not any("Find out" in q and "TCO" in q for q in questions.values())


def test_an_option_without_typed_scores_but_with_costs_is_unscored() -> None:
    crit = [spec("Fit", 1), spec("TCO", 1, scale="measured"), spec("Unweighted", 0)]
    values = [[8.0, 1000.0, NAN], [NAN, 900.0, 3.0], [NAN, NAN, NAN], [NAN, NAN, NAN]]
    low = [[NAN] * 3, [NAN] * 3, [NAN] * 3, [4.0, NAN, NAN]]
    high = [[NAN] * 3, [NAN] * 3, [NAN] * 3, [6.0, NAN, NAN]]
    assert unscored_options(values, low, high, crit, ["manual", "tco", "manual"]) == [1, 2]
    assert unscored_options(values, low, high, crit[1:2], ["tco"]) == []  # nothing typed to score


def test_items_are_ordered_by_their_chance_then_by_impact() -> None:
    values = [[7.0, 6.0, 5.0], [NAN, 7.0, 5.0], [2.0, 2.0, 5.0]]
    low = [[NAN, 5.5, NAN], [NAN, NAN, NAN], [NAN, NAN, 4.0]]
    high = [[NAN, 6.5, NAN], [NAN, NAN, NAN], [NAN, NAN, 6.0]]
    items, _ = find_out(values, low, high, CRITERIA, band=0.3, option_names=NAMES)
    keys = [(-i.p_change, -i.impact) for i in items]
    assert keys == sorted(keys)
    assert len({i.p_change for i in items}) > 2 and {i.kind for i in items} == {"missing", "range", "weight"}
    first = items[0]
    assert (first.option, first.criterion, first.kind, first.decides) == (1, 0, "missing", True)
    assert set(first.between) == {0, 1}
    # B's support at 0: B 17.1, A leads C (24.3) by 41.4; at 10: B 88.6 leads A (65.7) by 22.9
    assert first.impact == pytest.approx(290 / 7 + 160 / 7)


def test_a_cell_that_cannot_change_anything_is_left_out_and_the_rest_say_who_stays_ahead() -> None:
    values = [[9.0, 9.0], [1.0, 1.0]]
    items, _ = find_out(values, [[NAN, NAN], [NAN, 0.5]], [[NAN, NAN], [NAN, 1.5]], CRITERIA[:2],
                        option_names=["A", "B"])  # fmt: skip
    (item,) = items
    assert (item.option, item.criterion, item.p_change, item.decides) == (1, 1, 0.0, False)
    # B's usability moves 1 point of 10 on a sixth of the weight: 100 · 0.1 / 6 = 1.7 points
    assert item.consequence == (
        "it almost never changes the winner: it moves the lead of A by up to 1.7 points, but A stays ahead."
    )


def test_uncertain_weights_are_listed_when_a_band_is_given() -> None:
    values = [[9.0, 2.0], [6.0, 6.0]]
    crit = [spec("price", 1), spec("fit", 1)]
    items, odds = find_out(values, None, None, crit, band=0.5, option_names=["A", "B"])
    assert [i.kind for i in items] == ["weight", "weight"]
    assert items[0].option is None and items[0].question.startswith("Agree the weight of “")
    assert odds.p_change_weight is not None
    assert sorted(i.p_change for i in items) == sorted(odds.p_change_weight.tolist())
    assert all(i.low == pytest.approx(0.25 / 0.75) and i.high == pytest.approx(0.75 / 1.25) for i in items)


def test_a_weights_ends_are_its_factor_at_one_minus_and_one_plus_the_band() -> None:
    low, high = weight_ends(np.array([0.5, 0.2]), 0.1)
    assert low == pytest.approx([0.45 / 0.95, 0.18 / 0.98])
    assert high == pytest.approx([0.55 / 1.05, 0.22 / 1.02])


def test_nothing_to_find_out_with_one_option_or_all_excluded() -> None:
    assert find_out([[NAN]], None, None, [spec("a")])[0] == ()
    assert find_out([[NAN], [5.0]], None, None, [spec("a")], excluded=[True, True])[0] == ()


def test_all_scores_missing_still_ranks_what_to_find_out() -> None:
    items, _ = find_out([[NAN], [NAN]], None, None, [spec("a")])
    assert items == ()  # nothing is ranked: there is no leader to unseat yet


def test_without_the_chances_there_is_nothing_to_order_by() -> None:
    odds = simulate([[6.0], [NAN]], None, None, [spec("a")], draws=10)  # changes not asked for
    assert what_to_find_out_next([[6.0], [NAN]], None, None, [spec("a")], odds) == ()


def test_profiles_favouring_different_options_give_different_winners() -> None:
    values = [[9.0, 3.0, 5.0], [3.0, 9.0, 5.0]]
    crit = [spec("price"), spec("features"), spec("support")]
    views = perspective_rankings(values, crit, {"finance": [8, 1, 1], "users": [1, 8, 1]})
    winners = {p.name: p.winner for p in views.profiles}
    assert winners == {"finance": 0, "users": 1}
    assert views.combined.shares == pytest.approx((0.45, 0.45, 0.1))
    assert views.most_disputed() in (0, 1)
    assert views.disagreement[2] == pytest.approx(0.0)
    assert views.disagreement[0] == pytest.approx(0.7)


def test_profiles_are_normalised_before_they_are_combined() -> None:
    views = perspective_rankings([[5.0, 6.0]], [spec("a"), spec("b")], {"x": [1, 1], "y": [50, 50]})
    assert views.disagreement == pytest.approx((0.0, 0.0))
    assert views.most_disputed() is None


def test_a_profile_with_the_wrong_number_of_weights_is_refused() -> None:
    with pytest.raises(ValueError, match="profile 'x'"):
        perspective_rankings([[5.0, 6.0]], [spec("a"), spec("b")], {"x": [1, 1, 1]})


def test_a_weights_impact_is_how_far_the_leaders_margin_moves_between_its_ends() -> None:
    # A 9 | 2, B 6 | 6, equal weights: B leads 60 to 55. Price's share t runs from 1/3 to 0.6 (×0.5 to ×1.5):
    # A = 20 + 70t, so B's margin 40 − 70t swings by 70 · (0.6 − 1/3); fit's share moves the other way.
    values = [[9.0, 2.0], [6.0, 6.0]]
    items, _ = find_out(values, None, None, [spec("price"), spec("fit")], band=0.5, option_names=["A", "B"])
    by_criterion = {i.criterion: i for i in items}
    price, fit = by_criterion[0], by_criterion[1]
    assert price.impact == pytest.approx(70 * (0.6 - 1 / 3)) and fit.impact == pytest.approx(
        70 * (0.6 - 1 / 3)
    )
    assert (price.decides, price.between) == (True, (1, 0))  # B at the low end, A at the high end
    assert (fit.decides, fit.between) == (True, (0, 1))


def test_zero_and_whole_weights_are_not_listed() -> None:
    values = [[9.0, 2.0, 5.0], [6.0, 6.0, 1.0]]
    crit = [spec("price"), spec("fit"), spec("ignored", 0)]
    items, _ = find_out(values, None, None, crit, band=0.5, option_names=["A", "B"])
    assert sorted(i.criterion for i in items) == [0, 1]
    alone, _ = find_out([[9.0], [6.0]], None, None, [spec("only")], band=0.5)
    assert alone == ()


def test_a_range_on_a_measured_criterion_renormalises_the_column() -> None:
    # Lower is better, min–max across options. A 100 leads; B is 150 (120–200); C 300.
    # B at 120: utilities 1, 180/200, 0 → A's margin 10 points; at 200: B 100/200 → 50 points.
    crit = [spec("cost", scale="measured", direction="lower")]
    values, low, high = [[100.0], [150.0], [300.0]], [[NAN], [120.0], [NAN]], [[NAN], [200.0], [NAN]]
    (item,) = find_out(values, low, high, crit, option_names=NAMES)[0]
    assert (item.option, item.kind, item.low, item.high) == (1, "range", 120.0, 200.0)
    assert item.impact == pytest.approx(40.0) and not item.decides and item.between == (0, 1)
    # A's own range 80–110 moves the column's minimum: at 80 B is 150/220, at 110 it is 150/190.
    (item,) = find_out(values, [[80.0], [NAN], [NAN]], [[110.0], [NAN], [NAN]], crit, option_names=NAMES)[0]
    assert item.impact == pytest.approx(100 * (150 / 190 - 150 / 220))


def test_a_range_typed_without_a_value_is_narrowed_down_not_found_out() -> None:
    # B: 3–8 without a best guess (uniform, expected 5.5): B wins where it lies above A's 6, p = 2/5.
    items, odds = find_out(
        [[6.0], [NAN]], [[NAN], [3.0]], [[NAN], [8.0]], [spec("a")], option_names=["A", "B"]
    )
    (item,) = items
    assert (item.kind, item.low, item.high, item.impact) == ("range", 3.0, 8.0, pytest.approx(50.0))
    assert item.question == "Narrow down “a” for B (now 3 – 8)"
    assert item.p_change == float((odds.scores[:, 1] > 60).mean()) == pytest.approx(0.4, abs=0.025)


def test_an_option_with_ranges_only_is_not_unscored() -> None:
    # C has ranges (no values) and almost never wins: its cells stay separate items, it is scored.
    values = [[9.0, 9.0], [5.0, 5.0], [NAN, NAN]]
    low, high = [[NAN, NAN], [NAN, NAN], [5.0, 5.0]], [[NAN, NAN], [NAN, NAN], [9.1, 9.1]]
    items, odds = find_out(values, low, high, [spec("x"), spec("y")], draws=2000, option_names=NAMES)
    assert odds.p_first[2] < 0.01
    assert sorted((i.option, i.criterion, i.kind) for i in items) == [(2, 0, "range"), (2, 1, "range")]


def test_an_unscored_option_with_known_costs_is_tried_at_its_worst_and_best_typed_scores() -> None:
    # C has no typed score but a known cost of 120 (lower is better, 100–150 across options: utility 0.6).
    # Worst: 0, 0, 0.6 → 20, A leads B (33.3) by 93.3 − 33.3 = 60; best: 10, 10, 0.6 → 86.7, A leads by 6.7.
    crit = [spec("x"), spec("y"), spec("cost", scale="measured", direction="lower")]
    values = [[9.0, 9.0, 100.0], [5.0, 5.0, 150.0], [NAN, NAN, 120.0]]
    items, odds = find_out(values, None, None, crit, draws=2000, sources=["manual", "manual", "tco"],
                           option_names=NAMES)  # fmt: skip
    (item,) = items
    assert (item.option, item.kind, item.decides) == (2, "option", False)
    assert item.impact == pytest.approx(60 - 20 / 3)
    assert odds.p_first[2] == 0.0 and item.p_change == 0.0


def test_an_unknown_cost_of_an_unscored_option_is_at_its_best_when_lowest() -> None:
    # C's cost is unknown too (drawn over the observed 100–150): at best it costs 100 and scores 100.
    crit = [spec("x"), spec("y"), spec("cost", scale="measured", direction="lower")]
    # A: 9, 9, cheapest → 93.3; B: 2, 2, dearest → 13.3. C at its worst (0, 0, dearest) scores 0, at its best
    # (10, 10, cheapest) 100: A's margin goes from 80 to −6.7.
    values = [[9.0, 9.0, 100.0], [2.0, 2.0, 150.0], [NAN, NAN, NAN]]
    (item,) = find_out(values, None, None, crit, draws=2000, option_names=NAMES)[0]
    assert item.kind == "option" and item.decides and item.between == (0, 2)
    assert item.impact == pytest.approx(80 + (100 - 280 / 3))


def test_the_missing_score_policy_and_must_haves_are_those_of_the_ranking() -> None:
    # A 6 | missing, B 5 (4.5–5.5) | 5. Ignored, A leads (60 to 50); counted as worst, B leads (50 to 30).
    values, low, high = [[6.0, NAN], [5.0, 5.0]], [[NAN, NAN], [4.5, NAN]], [[NAN, NAN], [5.5, NAN]]
    crit = [spec("x"), spec("y")]
    for policy, leader in (("ignore", "A"), ("worst", "B")):
        items = find_out(values, low, high, crit, policy=policy, option_names=["A", "B"])[0]
        narrow = next(i for i in items if i.option == 1)
        assert f"moves the lead of {leader} by up to 5 points" in narrow.consequence
    gate = [spec("x", must_have=True, must_have_threshold=5.5), spec("y")]
    flagged = find_out([[6.0, 9.0], [5.0, NAN]], None, None, gate, must_have="flag", option_names=["A", "B"])[
        0
    ]
    excluded = find_out([[6.0, 9.0], [5.0, NAN]], None, None, gate, option_names=["A", "B"])[0]
    assert [i.option for i in flagged] == [
        1
    ] and excluded == ()  # B fails the must-have: nothing left to decide


def test_scale_bounds_set_where_a_missing_value_could_lie() -> None:
    crit = [spec("size", scale="measured")]
    values = [[10.0], [20.0], [NAN]]
    odds = simulate(values, None, None, crit, draws=500, changes=True, scale_bounds=[(0.0, 40.0)])
    (item,) = what_to_find_out_next(
        values, None, None, crit, odds, scale_bounds=[(0.0, 40.0)], option_names=NAMES
    )
    assert (item.low, item.high) == (0.0, 40.0)


def test_an_item_that_does_not_decide_names_the_closest_other_option_at_its_nearer_end() -> None:
    # Cost on a fixed 0–100 scale, lower is better. A 80 leads B 70; C's cost 30–70 puts C at 75 (cheap end,
    # 5 behind A) or 55 (then B is closest, 10 behind): C never wins, and the nearer end is C's.
    crit = [spec("quality"), spec("cost", scale="measured", direction="lower", scale_min=0, scale_max=100)]
    values = [[8.0, 20.0], [6.0, 20.0], [8.0, 50.0]]
    low, high = [[NAN, NAN], [NAN, NAN], [NAN, 30.0]], [[NAN, NAN], [NAN, NAN], [NAN, 70.0]]
    (item,) = find_out(values, low, high, crit, option_names=NAMES)[0]
    assert (item.option, item.criterion, item.decides, item.between) == (2, 1, False, (0, 2))
    assert item.impact == pytest.approx(5.0) and item.p_change == 0.0


def test_an_unknown_that_matters_only_with_others_is_listed_even_if_alone_it_moves_nothing() -> None:
    # A 6 (4–7) leads D 5.9 (3–6.2); C 5.4 (5–5.8) is never the closest on the entered values (impact 0)
    # but comes first in draws where A and D both fall low.
    values, low, high = [[6.0], [5.9], [5.4]], [[4.0], [3.0], [5.0]], [[7.0], [6.2], [5.8]]
    items, _ = find_out(values, low, high, [spec("a")], option_names=["A", "D", "C"])
    c = next(i for i in items if i.option == 2)
    assert c.impact == 0.0 and 0 < c.p_change < 0.2
    assert c.consequence.endswith("(with other unknowns); on its own it does not move the lead of A.")


def test_small_impacts_are_listed_and_options_without_names_are_numbered() -> None:
    values = [[9.0, 9.0], [1.0, 1.0]]
    crit = [spec("big", 1000), spec("tiny", 1)]
    (item,) = find_out(values, [[NAN, NAN], [NAN, 0.5]], [[NAN, NAN], [NAN, 1.5]], crit)[0]
    assert item.impact == pytest.approx(100 * 0.1 / 1001)  # about 0.01 points
    assert item.question == "Narrow down “tiny” for option 2 (now 0.5 – 1.5)"
    assert "option 1 stays ahead" in item.consequence


def test_the_words_follow_the_formats_given() -> None:
    from duediligence.robustness.words import Formats

    loud = Formats(tr=str.upper)
    (item,) = find_out([[6.0], [NAN]], None, None, [spec("a")], option_names=["A", "B"], formats=loud)[0]
    assert item.question == "FIND OUT “a” FOR B (NOT SCORED YET)"
    assert item.consequence.startswith("IT COULD CHANGE THE WINNER IN ABOUT")


def test_a_grouped_option_and_other_items_are_tried_at_their_own_ends() -> None:
    values = [[9.0, 9.0, 9.0], [5.0, 5.0, 5.0], [NAN, NAN, NAN]]
    low, high = [[NAN] * 3, [4.0, NAN, NAN], [NAN] * 3], [[NAN] * 3, [6.0, NAN, NAN], [NAN] * 3]
    items, _ = find_out(values, low, high, [spec("x"), spec("y"), spec("z")], draws=2000, option_names=NAMES)
    by_option = {i.option: i for i in items}
    assert by_option[2].kind == "option" and by_option[2].impact == pytest.approx(50.0)
    assert by_option[1].kind == "range" and by_option[1].impact == pytest.approx(20 / 3)  # B: 46.7 to 53.3


@pytest.mark.parametrize(("p_first", "grouped"), [(0.0099, True), (0.01, False)])
def test_an_unscored_option_is_grouped_below_one_in_a_hundred(p_first: float, grouped: bool) -> None:
    import dataclasses

    values = [[9.0, 9.0], [5.0, 5.0], [NAN, NAN]]
    crit = [spec("x"), spec("y")]
    odds = simulate(values, None, None, crit, draws=500, changes=True, change_options=[2])
    odds = dataclasses.replace(odds, p_first=(odds.p_first[0], 0.0, p_first))
    kinds = {i.kind for i in what_to_find_out_next(values, None, None, crit, odds, option_names=NAMES)}
    assert kinds == ({"option"} if grouped else {"missing"})


def test_the_nearer_end_can_be_the_high_one() -> None:
    # As above, but C's quality 5–8.5 (cost 50): at 8.5 C scores 77.5, 2.5 behind A; at 5, B is closest.
    crit = [spec("quality"), spec("cost", scale="measured", direction="lower", scale_min=0, scale_max=100)]
    values = [[8.0, 20.0], [6.0, 20.0], [7.0, 30.0]]
    low, high = [[NAN, NAN], [NAN, NAN], [5.0, NAN]], [[NAN, NAN], [NAN, NAN], [8.5, NAN]]
    (item,) = find_out(values, low, high, crit, option_names=NAMES)[0]
    assert (item.decides, item.between) == (False, (0, 2)) and item.impact == pytest.approx(7.5)
