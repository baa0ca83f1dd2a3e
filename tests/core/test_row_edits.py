"""Editing the rows inside an evaluation: validated, kept within the evaluation, exactly undoable."""

from __future__ import annotations

import pytest

from duediligence.errors import ValidationError
from duediligence.operations.edits import AddRow, MoveRow, SetScore, UpdateRow
from duediligence.operations.evaluations import CreateEvaluation, InsertEvaluationDocument
from duediligence.operations.rows import DeleteRows
from duediligence.reads.documents import evaluation_document
from duediligence.storage.database import Database

CRM = {
    "title": "CRM",
    "chosen_option": "Brightpath",
    "options": [
        {"name": "Brightpath", "costs": [{"label": "Licence", "amount": 900}]},
        {"name": "Do nothing"},
    ],
    "criteria_groups": [{"name": "Fit", "criteria": [{"name": "Pipeline", "weight": 2}, {"name": "Mobile"}]}],
    "scores": [{"option": "Brightpath", "criterion": "Pipeline", "value": 7, "low": 6, "high": 9}],
    "risks": [
        {"kind": "risk", "title": "Small vendor", "option": "Brightpath", "likelihood": 3, "impact": 4}
    ],
}


def run(db: Database, operation):
    with db.transaction() as session:
        return operation.apply(session)


def doc(db: Database, eid: int) -> dict:
    with db.reading() as session:
        return evaluation_document(session, eid)


@pytest.fixture
def crm(db: Database) -> int:
    return run(db, InsertEvaluationDocument(CRM)).result


def ids(db: Database, eid: int, key: str) -> dict[str, int]:
    return {row["name"]: row["id"] for row in doc(db, eid)[key]}


def criteria(db: Database, eid: int) -> dict[str, int]:
    return {c["name"]: c["id"] for c in doc(db, eid)["criteria_groups"][0]["criteria"]}


def test_added_option_goes_last_and_its_inverse_removes_it(db: Database, crm: int) -> None:
    applied = run(db, AddRow("option", crm, {"name": "Build in-house", "kind": "build"}))
    assert [o["name"] for o in doc(db, crm)["options"]][-1] == "Build in-house"
    run(db, applied.inverse)
    assert [o["name"] for o in doc(db, crm)["options"]] == ["Brightpath", "Do nothing"]


def test_option_names_are_unique_within_an_evaluation(db: Database, crm: int) -> None:
    with pytest.raises(ValidationError, match="already has this name"):
        run(db, AddRow("option", crm, {"name": "Do nothing"}))


def test_the_same_option_name_is_fine_in_another_evaluation(db: Database, crm: int) -> None:
    other = run(db, CreateEvaluation("Laptop")).result
    run(db, AddRow("option", other, {"name": "Do nothing"}))
    assert [o["name"] for o in doc(db, other)["options"]] == ["Do nothing"]


def test_deleting_an_option_and_undoing_restores_its_scores_costs_risks_and_the_decision(
    db: Database, crm: int
) -> None:
    before = doc(db, crm)
    undo = run(db, DeleteRows("option", (ids(db, crm, "options")["Brightpath"],))).inverse
    after_delete = doc(db, crm)
    assert (after_delete["scores"], after_delete["risks"], after_delete["chosen_option"]) == ([], [], None)
    run(db, undo)
    assert doc(db, crm) == before


def test_deleting_a_group_keeps_its_criteria_ungrouped_until_undone(db: Database, crm: int) -> None:
    group_id = doc(db, crm)["criteria_groups"][0]["id"]
    undo = run(db, DeleteRows("criterion_group", (group_id,))).inverse
    assert [c["name"] for c in doc(db, crm)["ungrouped_criteria"]] == ["Pipeline", "Mobile"]
    run(db, undo)
    assert doc(db, crm)["ungrouped_criteria"] == []


def test_update_inverse_restores_old_values(db: Database, crm: int) -> None:
    option_id = ids(db, crm, "options")["Do nothing"]
    undo = run(db, UpdateRow("option", option_id, {"excluded": True, "exclusion_reason": "no"})).inverse
    run(db, undo)
    assert doc(db, crm)["options"][1]["excluded"] is False


def test_negative_weight_is_refused(db: Database, crm: int) -> None:
    with pytest.raises(ValidationError, match="weight"):
        run(db, UpdateRow("criterion", criteria(db, crm)["Mobile"], {"weight": -1}))


def test_changing_a_scale_that_would_strand_scores_is_refused(db: Database, crm: int) -> None:
    with pytest.raises(ValidationError, match="existing scores lie outside"):
        run(db, UpdateRow("criterion", criteria(db, crm)["Pipeline"], {"scale": "1-5"}))
    assert doc(db, crm)["criteria_groups"][0]["criteria"][0]["scale"] == "0-10"


def test_a_reference_to_another_evaluations_row_is_refused(db: Database, crm: int) -> None:
    other = run(db, CreateEvaluation("Laptop")).result
    foreign_option = run(db, AddRow("option", other, {"name": "T14"})).result
    risk_id = doc(db, crm)["risks"][0]["id"]
    with pytest.raises(ValidationError, match="not an option of this evaluation"):
        run(db, UpdateRow("risk_item", risk_id, {"option_id": foreign_option}))


def test_setting_a_new_score_creates_the_cell_and_undo_removes_it(db: Database, crm: int) -> None:
    option_id = ids(db, crm, "options")["Do nothing"]
    undo = run(db, SetScore(option_id, criteria(db, crm)["Mobile"], {"value": 2})).inverse
    assert len(doc(db, crm)["scores"]) == 2
    run(db, undo)
    assert len(doc(db, crm)["scores"]) == 1


def test_score_outside_its_scale_is_refused_and_the_old_value_kept(db: Database, crm: int) -> None:
    option_id = ids(db, crm, "options")["Brightpath"]
    with pytest.raises(ValidationError, match="outside the scale"):
        run(db, SetScore(option_id, criteria(db, crm)["Pipeline"], {"value": 12}))
    assert doc(db, crm)["scores"][0]["value"] == 7


def test_clearing_a_score_makes_it_missing_not_zero(db: Database, crm: int) -> None:
    option_id = ids(db, crm, "options")["Brightpath"]
    run(db, SetScore(option_id, criteria(db, crm)["Pipeline"], {"value": None, "low": None, "high": None}))
    assert doc(db, crm)["scores"][0]["value"] is None


def test_moving_an_option_reorders_and_undo_puts_it_back(db: Database, crm: int) -> None:
    option_id = ids(db, crm, "options")["Do nothing"]
    undo = run(db, MoveRow("option", option_id, 0)).inverse
    assert [o["name"] for o in doc(db, crm)["options"]] == ["Do nothing", "Brightpath"]
    run(db, undo)
    assert [o["name"] for o in doc(db, crm)["options"]] == ["Brightpath", "Do nothing"]


def test_a_comparison_given_the_other_way_round_updates_the_stored_pair(db: Database, crm: int) -> None:
    from duediligence.operations.edits import SetComparison

    pipeline, mobile = criteria(db, crm)["Pipeline"], criteria(db, crm)["Mobile"]
    run(db, SetComparison(pipeline, mobile, 3))
    run(db, SetComparison(mobile, pipeline, 1 / 5))
    assert doc(db, crm)["pairwise_comparisons"] == [{"a": "Pipeline", "b": "Mobile", "value": 5}]


def test_forgetting_a_comparison_is_undoable(db: Database, crm: int) -> None:
    from duediligence.operations.edits import SetComparison

    pipeline, mobile = criteria(db, crm)["Pipeline"], criteria(db, crm)["Mobile"]
    run(db, SetComparison(pipeline, mobile, 3))
    run(db, run(db, SetComparison(pipeline, mobile, None)).inverse)
    assert doc(db, crm)["pairwise_comparisons"] == [{"a": "Pipeline", "b": "Mobile", "value": 3}]


def test_cost_range_must_contain_the_amount(db: Database, crm: int) -> None:
    cost_id = doc(db, crm)["options"][0]["costs"][0]["id"]
    with pytest.raises(ValidationError, match="low ≤ amount ≤ high"):
        run(db, UpdateRow("cost_item", cost_id, {"low": 1000}))
