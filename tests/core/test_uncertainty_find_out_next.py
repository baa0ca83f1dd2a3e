"""Specification of "what to find out next" and of stakeholder perspectives."""

from __future__ import annotations

import math

import pytest

from duediligence.find_out_next import what_to_find_out_next
from duediligence.scoring import CriterionSpec
from duediligence.uncertainty import perspective_rankings

NAN = math.nan


def spec(cid: str, weight: float = 1.0, scale: str = "0-10", **kw: object) -> CriterionSpec:
    return CriterionSpec(id=cid, name=cid, weight=weight, scale=scale, **kw)  # type: ignore[arg-type]


CRITERIA = [spec("Support and SLA", 5), spec("Usability", 1), spec("Logo colour", 1)]
NAMES = ["A", "B", "C"]


def test_runner_ups_missing_cell_on_a_heavy_criterion_comes_first() -> None:
    values = [[7.0, 6.0, 5.0], [NAN, 7.0, 5.0], [2.0, 2.0, 5.0]]
    low = [[NAN, 5.5, NAN], [NAN, NAN, NAN], [NAN, NAN, 4.0]]
    high = [[NAN, 6.5, NAN], [NAN, NAN, NAN], [NAN, NAN, 6.0]]
    items = what_to_find_out_next(values, low, high, CRITERIA, option_names=NAMES)
    first = items[0]
    assert (first.option, first.criterion, first.kind, first.decides) == (1, 0, "missing", True)
    assert set(first.between) == {0, 1}
    assert first.sentence == "Find out B's “Support and SLA” (missing): it decides between A and B."
    # C's logo colour range cannot change anything: it is last or absent
    cells = [(i.option, i.criterion) for i in items]
    assert (2, 2) not in cells or cells[-1] == (2, 2)
    assert [i.decides for i in items] == sorted((i.decides for i in items), reverse=True)


def test_a_cell_that_cannot_change_anything_is_left_out() -> None:
    values = [[9.0, 9.0], [1.0, 1.0]]
    items = what_to_find_out_next(values, [[NAN, NAN], [NAN, 0.5]], [[NAN, NAN], [NAN, 1.5]], CRITERIA[:2])
    assert all(not i.decides for i in items)
    assert all(i.impact > 0 for i in items)
    assert "stays ahead" in items[0].sentence


def test_uncertain_weights_are_listed_when_a_band_is_given() -> None:
    values = [[9.0, 2.0], [6.0, 6.0]]
    crit = [spec("price", 1), spec("fit", 1)]
    items = what_to_find_out_next(values, None, None, crit, weight_concentration=3.0, option_names=["A", "B"])
    assert items and items[0].kind == "weight" and items[0].option is None and items[0].decides
    assert items[0].sentence.startswith("Agree the weight of “")


def test_nothing_to_find_out_with_one_option_or_all_excluded() -> None:
    assert what_to_find_out_next([[NAN]], None, None, [spec("a")]) == ()
    assert what_to_find_out_next([[NAN], [5.0]], None, None, [spec("a")], excluded=[True, True]) == ()


def test_all_scores_missing_still_ranks_what_to_find_out() -> None:
    items = what_to_find_out_next([[NAN], [NAN]], None, None, [spec("a")])
    assert items == ()  # nothing is ranked: there is no leader to unseat yet


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
