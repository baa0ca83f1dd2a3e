"""Value functions, hand-worked: piecewise lines through the buyer's points, and discrete levels."""

from __future__ import annotations

import math

import numpy as np
import pytest

from duediligence.decision.value_functions import (
    Discrete,
    Piecewise,
    ValueFunctionError,
    load,
    parse_value_function,
    stored_text,
)

BATTERY = Piecewise(((4.0, 0.0), (8.0, 90.0), (12.0, 100.0)))  # "8 h is what I need; more hardly matters"
PRICE = Piecewise(((1000.0, 100.0), (2000.0, 40.0), (3000.0, 0.0)))  # less is better, steeply above budget
SUPPORT = Discrete((("none", 0.0), ("basic", 60.0), ("full", 100.0)))


@pytest.mark.parametrize(("hours", "utility"), [(4, 0.0), (8, 0.9), (12, 1.0)])
def test_piecewise_at_a_point_is_that_points_value(hours: float, utility: float) -> None:
    assert BATTERY.utility([hours])[0] == pytest.approx(utility, abs=1e-12)


def test_piecewise_between_points_is_on_the_straight_line() -> None:
    # 6 h: halfway from (4, 0) to (8, 90) → 45; 10 h: halfway from (8, 90) to (12, 100) → 95
    assert BATTERY.utility([6.0, 10.0]).tolist() == pytest.approx([0.45, 0.95], abs=1e-12)


def test_piecewise_beyond_the_ends_takes_the_nearest_end() -> None:
    assert BATTERY.utility([0.0, 3.99, 12.01, 100.0]).tolist() == [0.0, 0.0, 1.0, 1.0]


def test_descending_piecewise_says_less_is_better() -> None:
    # 1,500: halfway 100 → 40 = 70; 2,500: halfway 40 → 0 = 20; beyond the ends flat
    assert PRICE.utility([500, 1500, 2500, 4000]).tolist() == pytest.approx([1.0, 0.7, 0.2, 0.0], abs=1e-12)


def test_missing_value_stays_missing_through_a_piecewise_function() -> None:
    assert math.isnan(BATTERY.utility([np.nan])[0])


def test_discrete_level_number_gives_its_value() -> None:
    assert SUPPORT.utility([1, 2, 3]).tolist() == pytest.approx([0.0, 0.6, 1.0], abs=1e-12)
    assert SUPPORT.label(2) == "basic"


@pytest.mark.parametrize("number", [0, 4, -1, 3.5])
def test_a_number_that_is_no_level_is_unknown_never_zero(number: float) -> None:
    assert math.isnan(SUPPORT.utility([number])[0])
    assert SUPPORT.label(number) is None


def test_a_drawn_value_between_levels_takes_the_nearest_level() -> None:
    assert SUPPORT.utility([1.4, 1.5, 2.6]).tolist() == pytest.approx([0.0, 0.6, 1.0], abs=1e-12)


def test_json_round_trip_keeps_points_and_levels_in_order() -> None:
    for function in (BATTERY, PRICE, SUPPORT):
        assert load(stored_text(function)) == function
    assert (
        parse_value_function({"kind": "discrete", "levels": {"none": 0, "basic": 60, "full": 100}}) == SUPPORT
    )


def test_linear_and_nothing_mean_the_default_line() -> None:
    assert parse_value_function(None) is None
    assert parse_value_function({"kind": "linear"}) is None


@pytest.mark.parametrize(
    ("raw", "says"),
    [
        ({"kind": "piecewise", "points": [[1, 50]]}, "at least 2 points"),
        ({"kind": "piecewise", "points": [[1, 0], [1, 50]]}, "point 2: x must be above"),
        ({"kind": "piecewise", "points": [[2, 0], [1, 50]]}, "point 2: x must be above"),
        ({"kind": "piecewise", "points": [[1, 0], [2, 101]]}, "point 2: value must be a value from 0 to 100"),
        ({"kind": "piecewise", "points": [[1, -1], [2, 50]]}, "from 0 to 100, got -1"),
        ({"kind": "piecewise", "points": [[1, "a"], [2, 50]]}, "must be a number"),
        ({"kind": "piecewise", "points": [1, 2]}, "must be a pair"),
        ({"kind": "discrete", "levels": {}}, "at least 1 level"),
        ({"kind": "discrete", "levels": {"basic": 120}}, "level 'basic' must be a value from 0 to 100"),
        ({"kind": "discrete", "levels": {" ": 10}}, "needs a label"),
        ({"kind": "discrete", "levels": {"Full": 10, "full": 20}}, "listed twice"),
        ({"kind": "cubic"}, "kind must be"),
        ({"kind": "piecewise", "points": [[1, 0], [2, 5]], "extra": 1}, "unknown key 'extra'"),
        ([1, 2], "must be an object"),
    ],
)
def test_an_unusable_function_is_refused_saying_why(raw: object, says: str) -> None:
    with pytest.raises(ValueFunctionError, match=None) as caught:
        parse_value_function(raw)
    assert says in str(caught.value)
