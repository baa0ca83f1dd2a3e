"""Several evaluators' scores: combined by mean or median, disagreement flagged, adopted in one step."""

from __future__ import annotations

from typing import Any

import pytest

from duediligence.operations.edits import AddRow, SetScore
from duediligence.operations.evaluations import CreateEvaluation, UpdateEvaluation
from duediligence.operations.evaluators import AdoptCombinedScores, combined_score_edits
from duediligence.reads.evaluators import combine, evaluator_summary
from duediligence.reads.matrix import load_matrix
from duediligence.storage.database import Database


def apply(db: Database, operation: Any) -> Any:
    with db.transaction() as session:
        return operation.apply(session)


@pytest.fixture
def panel(db: Database) -> tuple[Database, int, dict[str, int]]:
    """Two options, a 0-10 criterion and a measured one, and three evaluators' scores."""
    eid = apply(db, CreateEvaluation("Laptops")).result
    ids = {
        "A": apply(db, AddRow("option", eid, {"name": "A"})).result,
        "B": apply(db, AddRow("option", eid, {"name": "B"})).result,
        "fit": apply(db, AddRow("criterion", eid, {"name": "Fit", "scale": "0-10"})).result,
        "hours": apply(db, AddRow("criterion", eid, {"name": "Battery", "scale": "measured"})).result,
    }
    scores = {
        ("A", "fit"): {"Anna": 7, "Ben": 8, "Cleo": 9},  # range 2 of 10: agree
        ("B", "fit"): {"Anna": 2, "Ben": 8, "Cleo": 3},  # range 6 of 10: disagree
        ("A", "hours"): {"Anna": 10, "Ben": 11},
        ("B", "hours"): {"Anna": 14, "Ben": 14},
    }
    for (option, criterion), given in scores.items():
        for name, value in given.items():
            parents = {"option_id": ids[option], "criterion_id": ids[criterion]}
            apply(db, AddRow("evaluator_score", eid, {"evaluator": name, "value": value}, parents))
    return db, eid, ids


def summary(db: Database, eid: int) -> Any:
    with db.reading() as session:
        return evaluator_summary(session, eid)


def test_combine_takes_mean_or_median_and_ignores_nothing_else() -> None:
    assert combine([2, 8, 3], "mean") == pytest.approx(13 / 3)
    assert combine([2, 8, 3], "median") == 3
    assert combine([], "mean") is None


def test_the_summary_lists_each_evaluators_value_and_the_mean(panel) -> None:
    db, eid, ids = panel
    result = summary(db, eid)
    cell = result.cell(ids["B"], ids["fit"])
    assert result.evaluators == ("Anna", "Ben", "Cleo")
    assert cell.values == (("Anna", 2.0), ("Ben", 8.0), ("Cleo", 3.0))
    assert cell.combined == pytest.approx(13 / 3)
    assert cell.spread == 6


def test_the_evaluations_choice_of_median_is_used(panel) -> None:
    db, eid, ids = panel
    apply(db, UpdateEvaluation(eid, {"evaluator_combination": "median"}))
    assert summary(db, eid).cell(ids["B"], ids["fit"]).combined == 3


def test_a_range_of_30_percent_of_the_scale_is_flagged_as_disagreement(panel) -> None:
    db, eid, ids = panel
    result = summary(db, eid)
    assert not result.cell(ids["A"], ids["fit"]).disagree  # 2 of 10
    assert result.cell(ids["B"], ids["fit"]).disagree  # 6 of 10
    assert [c.name for c in result.disagreements] == ["Fit"]


def test_a_measured_criterion_is_judged_against_the_range_of_all_its_values(panel) -> None:
    db, eid, ids = panel
    battery = next(c for c in summary(db, eid).criteria if c.criterion_id == ids["hours"])
    assert battery.span == 4  # 10 … 14 hours, every value given
    assert [c.spread_share for c in battery.cells] == [0.25, 0.0]
    assert not battery.disagree


def test_adopting_sets_every_scored_cell_in_one_undoable_batch(panel) -> None:
    db, eid, ids = panel
    apply(db, SetScore(ids["A"], ids["fit"], {"value": 1, "evidence": "Demo on 3 May"}))
    with db.reading() as session:
        assert len(combined_score_edits(session, eid)) == 4
        before = load_matrix(session, eid).cells
    applied = apply(db, AdoptCombinedScores(eid))
    assert applied.result == 4
    with db.reading() as session:
        cells = load_matrix(session, eid).cells
    fit_a = cells[(ids["A"], ids["fit"])]
    assert (fit_a.value, fit_a.low, fit_a.high) == (8.0, 7.0, 9.0)
    assert fit_a.evidence == "Combined from 3 evaluators (mean): Anna 7, Ben 8, Cleo 9.\nDemo on 3 May"
    apply(db, applied.inverse)
    with db.reading() as session:
        assert load_matrix(session, eid).cells == before


def test_adopting_twice_replaces_the_earlier_combined_note(panel) -> None:
    db, eid, ids = panel
    apply(db, AdoptCombinedScores(eid))
    with db.reading() as session:
        assert combined_score_edits(session, eid) == ()  # nothing changed since
        evidence = load_matrix(session, eid).cells[(ids["B"], ids["fit"])].evidence
    assert evidence.count("Combined from") == 1


def test_without_evaluators_the_summary_is_empty_and_adopting_does_nothing(db: Database) -> None:
    eid = apply(db, CreateEvaluation("Chairs")).result
    apply(db, AddRow("criterion", eid, {"name": "Comfort"}))
    result = summary(db, eid)
    assert result.evaluators == () and result.scored_cells == 0
    with db.reading() as session:
        assert combined_score_edits(session, eid) == ()
