"""`value_function` in the JSON document: accepted, shown back exactly, refused naming the criterion."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.core.test_cli_add import add, show, without_ids, write

BATTERY = {"kind": "piecewise", "points": [[4, 0], [8, 90], [12, 100]]}
SUPPORT = {"kind": "discrete", "levels": {"none": 0, "basic": 60, "full": 100}}
DOC: dict[str, Any] = {
    "title": "Laptops",
    "options": [{"name": "T14"}, {"name": "Air"}],
    "ungrouped_criteria": [
        {"name": "Battery", "scale": "measured", "unit": "h", "value_function": BATTERY,
         "value_function_note": "8 h is what I need; more hardly matters", "swing_rating": 100},
        {"name": "Support", "scale": "measured", "value_function": SUPPORT, "swing_rating": 60},
        {"name": "Looks"},
    ],
    "scores": [
        {"option": "T14", "criterion": "Battery", "value": 6},
        {"option": "T14", "criterion": "Support", "value": 3},
        {"option": "Air", "criterion": "Support", "value": 2, "low": 1, "high": 3},
    ],
}  # fmt: skip


def test_show_json_gives_the_value_function_exactly_as_added(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "w.db")
    code, out, err = add(write(tmp_path, DOC), db, capsys)
    assert (code, err) == (0, "")
    shown = {c["name"]: c for c in show(db, int(out), capsys)["ungrouped_criteria"]}
    assert shown["Battery"]["value_function"] == BATTERY
    assert shown["Support"]["value_function"] == SUPPORT
    assert shown["Looks"]["value_function"] is None
    assert (shown["Battery"]["swing_rating"], shown["Support"]["swing_rating"]) == (100, 60)


def test_a_document_with_value_functions_round_trips(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "w.db")
    _, out, _ = add(write(tmp_path, DOC), db, capsys)
    shown = show(db, int(out), capsys)
    code, again, _ = add(write(tmp_path, shown, "shown.json"), db, capsys)
    assert code == 0
    assert without_ids(show(db, int(again), capsys)) == without_ids(shown)


def _criterion(changes: dict[str, Any]) -> dict[str, Any]:
    return {**DOC, "ungrouped_criteria": [{"name": "Battery", "scale": "measured", **changes}], "scores": []}


@pytest.mark.parametrize(
    ("changes", "says"),
    [
        ({"value_function": {"kind": "piecewise", "points": [[8, 90], [4, 0]]}},
         "ungrouped_criteria[0].value_function: criterion 'Battery': point 2: x must be above the previous"),
        ({"value_function": {"kind": "discrete", "levels": {"basic": 160}}},
         "criterion 'Battery': level 'basic' must be a value from 0 to 100"),
        ({"scale": "0-10", "value_function": BATTERY},
         "criterion 'Battery': only a measured criterion can have a value function"),
        ({"value_function": [[4, 0]]}, "ungrouped_criteria[0].value_function: expected a JSON object"),
    ],
)  # fmt: skip
def test_an_unusable_value_function_is_refused_naming_the_criterion_and_the_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], changes: dict[str, Any], says: str
) -> None:
    code, out, err = add(write(tmp_path, _criterion(changes)), str(tmp_path / "w.db"), capsys)
    assert (code, out) == (1, "")
    assert says in err and err.endswith("Nothing was stored.\n")


def test_a_score_that_is_no_levels_number_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = {**DOC, "scores": [{"option": "T14", "criterion": "Support", "value": 4}]}
    code, _, err = add(write(tmp_path, doc), str(tmp_path / "w.db"), capsys)
    assert code == 1
    assert "scores[0].value: is not one of the levels' numbers 1 to 3 (levels: 1 = none → 0, 2 = basic" in err
