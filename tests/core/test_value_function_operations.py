"""Criterion edits that set a value function, and swing weights: validated, one step, exactly undone."""

from __future__ import annotations

import pytest

from duediligence.errors import ValidationError
from duediligence.operations.edits import SetScore, UpdateRow
from duediligence.operations.evaluations import InsertEvaluationDocument
from duediligence.operations.swing import SetSwingWeights
from duediligence.reads.documents import evaluation_document
from duediligence.storage.database import Database

DOC = {
    "title": "Laptops",
    "weight_source": "pairwise",
    "options": [{"name": "T14"}],
    "ungrouped_criteria": [
        {"name": "Battery", "scale": "measured", "weight": 3},
        {"name": "Support", "scale": "measured", "weight": 1},
        {"name": "Looks", "weight": 1, "swing_note": "nobody sees it"},
    ],
    "scores": [{"option": "T14", "criterion": "Support", "value": 2.5}],
}
SUPPORT = {"kind": "discrete", "levels": {"none": 0, "basic": 60, "full": 100}}


def run(db: Database, operation):
    with db.transaction() as session:
        return operation.apply(session)


def criteria(db: Database, eid: int) -> dict[str, dict]:
    with db.reading() as session:
        return {c["name"]: c for c in evaluation_document(session, eid)["ungrouped_criteria"]}


def evaluation(db: Database, eid: int) -> dict:
    with db.reading() as session:
        return evaluation_document(session, eid)


@pytest.fixture
def eid(db: Database) -> int:
    return run(db, InsertEvaluationDocument(DOC)).result


def test_a_value_function_is_set_and_undone_as_one_criterion_edit(db: Database, eid: int) -> None:
    battery = criteria(db, eid)["Battery"]
    function = {"kind": "piecewise", "points": [[4, 0], [8, 90], [12, 100]]}
    applied = run(db, UpdateRow("criterion", battery["id"], {"value_function": function}))
    assert criteria(db, eid)["Battery"]["value_function"] == function
    run(db, applied.inverse)
    assert criteria(db, eid)["Battery"]["value_function"] is None


def test_an_unusable_value_function_is_refused_naming_the_criterion(db: Database, eid: int) -> None:
    battery = criteria(db, eid)["Battery"]
    bad = {"kind": "piecewise", "points": [[4, 0]]}
    with pytest.raises(ValidationError, match="criterion 'Battery': a piecewise function needs"):
        run(db, UpdateRow("criterion", battery["id"], {"value_function": bad}))
    assert criteria(db, eid)["Battery"]["value_function"] is None


def test_levels_cannot_be_set_while_a_score_is_no_levels_number(db: Database, eid: int) -> None:
    support = criteria(db, eid)["Support"]
    with pytest.raises(ValidationError, match="existing scores lie outside it"):
        run(db, UpdateRow("criterion", support["id"], {"value_function": SUPPORT}))


def test_a_score_on_a_discrete_criterion_must_be_a_levels_number(db: Database, eid: int) -> None:
    doc = evaluation(db, eid)
    support, option = criteria(db, eid)["Support"]["id"], doc["options"][0]["id"]
    run(db, SetScore(option, support, {"value": 3}))
    run(db, UpdateRow("criterion", support, {"value_function": SUPPORT}))
    with pytest.raises(ValidationError, match="is not one of the levels' numbers 1 to 3"):
        run(db, SetScore(option, support, {"value": 4}))


def test_swing_ratings_set_the_weights_and_undo_as_one_step(db: Database, eid: int) -> None:
    ids = {name: c["id"] for name, c in criteria(db, eid).items()}
    ratings = {ids["Battery"]: 100, ids["Support"]: 60, ids["Looks"]: 40}
    applied = run(db, SetSwingWeights(eid, ratings, {ids["Battery"]: "a day away from a socket"}))
    after = criteria(db, eid)
    assert [after[n]["weight"] for n in ("Battery", "Support", "Looks")] == pytest.approx([0.5, 0.3, 0.2])
    assert [after[n]["swing_rating"] for n in ("Battery", "Support", "Looks")] == [100, 60, 40]
    assert (after["Battery"]["swing_note"], after["Looks"]["swing_note"]) == (
        "a day away from a socket",
        "nobody sees it",
    )
    assert evaluation(db, eid)["weight_source"] == "direct"
    run(db, applied.inverse)
    before = criteria(db, eid)
    assert [before[n]["weight"] for n in ("Battery", "Support", "Looks")] == [3, 1, 1]
    assert [before[n]["swing_rating"] for n in ("Battery", "Support", "Looks")] == [None, None, None]
    assert evaluation(db, eid)["weight_source"] == "pairwise"


def test_swing_ratings_without_a_top_swing_are_refused_and_nothing_changes(db: Database, eid: int) -> None:
    ids = {name: c["id"] for name, c in criteria(db, eid).items()}
    with pytest.raises(ValidationError, match="rate the most important swing 100"):
        run(db, SetSwingWeights(eid, {ids["Battery"]: 80, ids["Support"]: 60, ids["Looks"]: 40}))
    assert criteria(db, eid)["Battery"]["weight"] == 3


BEST_FIRST = {"kind": "discrete", "levels": {"full": 100, "basic": 60, "none": 0}}
WORST_FIRST = {"kind": "discrete", "levels": {"none": 0, "basic": 60, "full": 100}}


def levels_criterion(db: Database, function: dict, **fields) -> tuple[int, int]:
    """(evaluation id, criterion id) of a measured 'Support' criterion with these levels and fields."""
    doc = {
        "title": "Support levels",
        "options": [{"name": "A"}],
        "ungrouped_criteria": [{"name": "Support", "scale": "measured", "value_function": function}],
    }
    eid = run(db, InsertEvaluationDocument(doc)).result
    support = criteria(db, eid)["Support"]["id"]
    if fields:
        run(db, UpdateRow("criterion", support, fields))
    return eid, support


def test_a_must_have_on_levels_listed_best_first_is_refused_and_nothing_is_stored(db: Database) -> None:
    # "at least level 2" on the levels' numbers would keep "basic" and "none" and fail "full"
    eid, support = levels_criterion(db, BEST_FIRST)
    with pytest.raises(ValidationError, match="criterion 'Support': list the levels from worst to best"):
        run(db, UpdateRow("criterion", support, {"must_have": True, "must_have_threshold": 2}))
    assert (
        criteria(db, eid)["Support"]["must_have"],
        criteria(db, eid)["Support"]["must_have_threshold"],
    ) == (
        False,
        None,
    )


def test_levels_cannot_be_reordered_best_first_while_they_carry_a_must_have(db: Database) -> None:
    eid, support = levels_criterion(db, WORST_FIRST, must_have=True, must_have_threshold=2)
    with pytest.raises(ValidationError, match="list the levels from worst to best"):
        run(db, UpdateRow("criterion", support, {"value_function": BEST_FIRST}))
    assert criteria(db, eid)["Support"]["value_function"] == WORST_FIRST


@pytest.mark.parametrize("threshold", [0, 1.5, 4])
def test_a_must_have_threshold_on_levels_must_be_a_levels_number(db: Database, threshold: float) -> None:
    _eid, support = levels_criterion(db, WORST_FIRST)
    with pytest.raises(ValidationError, match="names a level by its number, 1 to 3"):
        run(db, UpdateRow("criterion", support, {"must_have": True, "must_have_threshold": threshold}))


def test_a_must_have_on_levels_needs_the_direction_higher_is_better(db: Database) -> None:
    _eid, support = levels_criterion(db, WORST_FIRST, direction="lower")
    with pytest.raises(ValidationError, match="set the direction to “Higher is better”"):
        run(db, UpdateRow("criterion", support, {"must_have": True, "must_have_threshold": 2}))


@pytest.mark.parametrize("threshold", [1, 3])
def test_a_must_have_on_levels_listed_worst_first_is_stored_at_either_end(
    db: Database, threshold: int
) -> None:
    eid, _support = levels_criterion(db, WORST_FIRST, must_have=True, must_have_threshold=threshold)
    assert criteria(db, eid)["Support"]["must_have_threshold"] == threshold


def test_a_must_have_set_before_the_levels_is_checked_when_they_come(db: Database) -> None:
    eid = run(db, InsertEvaluationDocument(DOC)).result
    battery = criteria(db, eid)["Battery"]["id"]  # measured, no scores yet
    run(db, UpdateRow("criterion", battery, {"must_have": True, "must_have_threshold": 2.5}))
    with pytest.raises(ValidationError, match="names a level by its number, 1 to 3"):
        run(db, UpdateRow("criterion", battery, {"value_function": WORST_FIRST}))
    assert criteria(db, eid)["Battery"]["value_function"] is None


LIGHTER = {"kind": "piecewise", "points": [[1.0, 100.0], [1.3, 80.0], [2.0, 0.0]]}  # kg: less is better
LONGER = {"kind": "piecewise", "points": [[4.0, 0.0], [8.0, 90.0], [12.0, 100.0]]}  # hours: more is better
PEAK = {"kind": "piecewise", "points": [[0.0, 0.0], [5.0, 100.0], [10.0, 0.0]]}  # the middle is best


def points_criterion(db: Database, function: dict, **fields) -> tuple[int, int]:
    doc = {
        "title": "Weight",
        "options": [{"name": "A"}],
        "ungrouped_criteria": [{"name": "Weight", "scale": "measured", "value_function": function, **fields}],
    }
    eid = run(db, InsertEvaluationDocument(doc)).result
    return eid, criteria(db, eid)["Weight"]["id"]


@pytest.mark.parametrize(
    ("function", "direction", "needed"),
    [(LIGHTER, "higher", "“Lower is better”"), (LONGER, "lower", "“Higher is better”")],
)
def test_a_must_have_against_the_direction_its_points_rise_in_is_refused(
    db: Database, function: dict, direction: str, needed: str
) -> None:
    # "at most 1.3 kg" kept in the direction "higher" would exclude every lighter laptop
    eid, weight = points_criterion(db, function, direction=direction)
    with pytest.raises(ValidationError, match=f"criterion 'Weight': .* needs the direction {needed}"):
        run(db, UpdateRow("criterion", weight, {"must_have": True, "must_have_threshold": 1.3}))
    assert criteria(db, eid)["Weight"]["must_have"] is False


@pytest.mark.parametrize(("function", "direction"), [(LIGHTER, "lower"), (LONGER, "higher"), (PEAK, "lower")])
def test_a_must_have_in_the_direction_its_points_rise_in_or_on_a_peak_is_stored(
    db: Database, function: dict, direction: str
) -> None:
    eid, weight = points_criterion(db, function, direction=direction)
    run(db, UpdateRow("criterion", weight, {"must_have": True, "must_have_threshold": 1.3}))
    assert criteria(db, eid)["Weight"]["must_have_threshold"] == 1.3


def test_points_that_turn_against_a_must_haves_direction_are_refused(db: Database) -> None:
    eid, weight = points_criterion(db, LONGER, direction="higher", must_have=True, must_have_threshold=6)
    with pytest.raises(ValidationError, match="needs the direction “Lower is better”"):
        run(db, UpdateRow("criterion", weight, {"value_function": LIGHTER}))
    assert criteria(db, eid)["Weight"]["value_function"] == LONGER
