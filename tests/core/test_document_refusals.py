"""Every refusal of an evaluation document names the JSON path of the value it refuses, and a
refused document stores nothing; a document means the same whatever language the reader uses."""

from __future__ import annotations

from typing import Any

import pytest

from duediligence.errors import ValidationError
from duediligence.operations.evaluations import InsertEvaluationDocument
from duediligence.reads.evaluations import list_evaluations
from duediligence.storage.database import Database
from duediligence.storage.unit_of_work import run

BASE: dict[str, Any] = {
    "title": "Laptop",
    "options": [{"name": "T14", "costs": [{"label": "Price", "amount": 1249}]}, {"name": "Air"}],
    "criteria_groups": [{"name": "Use", "criteria": [{"name": "Battery"}, {"name": "Keyboard"}]}],
    "stakeholders": [{"name": "Ana"}],
    "risks": [{"title": "Battery ages", "kind": "risk"}],
}


def refusal(db: Database, **changes: Any) -> str:
    """What inserting BASE with `changes` is refused with (field: reason); nothing is stored."""
    with pytest.raises(ValidationError) as refused:
        run(db, InsertEvaluationDocument({**BASE, **changes}), action="add", user="test")
    with db.reading() as session:
        assert list_evaluations(session) == []
    return f"{refused.value.field}: {refused.value.reason}"


def test_the_base_document_is_accepted(db: Database) -> None:
    eid = run(db, InsertEvaluationDocument(BASE), action="add", user="test").applied.result
    assert isinstance(eid, int)


@pytest.mark.parametrize(
    ("changes", "refused"),
    [
        ({"options": [{"name": "A"}, {"name": "B"}, {"name": "C", "costs": [{"label": "x", "amount": 2e12}]}]},  # noqa: E501
         "options[2].costs[0].amount: must be at most 1,000,000,000,000"),
        ({"options": [{"name": "A", "costs": [{"label": "x", "amount": float("nan")}]}]},
         "options[0].costs[0].amount: must be a finite number"),
        ({"options": [{"name": "A", "costs": [{"label": "x", "amount": 10**1000}]}]},
         "options[0].costs[0].amount: is too large"),
        ({"options": [{"name": "A", "costs": [{"amount": 3}]}]}, "options[0].costs[0].label: is required"),
        ({"options": [{}]}, "options[0].name: is required"),
        ({"options": [{"name": "A"}, {"name": "A"}]}, "options[1].name: two options have this name"),
        ({"options": [{"name": "A\ud800"}]}, "options[0].name: contains a broken character"),
        ({"options": {"name": "A"}}, "options: expected a list"),
        ({"options": ["A"]}, "options[0]: expected an object"),
        ({"options": [{"name": "A", "costs": 5}]}, "options[0].costs: expected a list"),
        ({"options": [{"name": "A", "colour": "red"}]},
         "options[0].colour: is not a field this workbook knows"),
        ({"budget": "1,5"}, "budget: expected a number, written without quotes"),
        ({"budget": "60000"}, "budget: expected a number, written without quotes"),
        ({"budget": 1e308}, "budget: is too large"),
        ({"budget": True}, "budget: expected a number"),
        ({"deadline": "04/12/2026"}, "deadline: expected a date written as YYYY-MM-DD"),
        ({"deadline": "2026-02-30"}, "deadline: is not a day in the calendar"),
        ({"deadline": 20261204}, "deadline: expected a date"),
        ({"title": ""}, "title: cannot be empty"),
        ({"title": None}, "title: cannot be empty"),
        ({"title": "x" * 1_000_000}, "title: is 1,000,000 characters long; at most 200"),
        ({"criteria_groups": ["Use"]}, "criteria_groups[0]: expected an object"),
        ({"criteria_groups": [{"criteria": []}]}, "criteria_groups[0].name: is required"),
        ({"criteria_groups": [{"name": "U", "criteria": [{"name": "B", "weight": 1e6 + 1}]}]},
         "criteria_groups[0].criteria[0].weight: must be at most 1,000,000"),
        ({"ungrouped_criteria": [{"name": "B", "weight": -0.5}]},
         "ungrouped_criteria[0].weight: must be at least 0"),
        ({"scores": [{"option": "T14", "criterion": "Battery", "value": 11}]},
         "scores[0].value: is outside the scale 0 to 10"),
        ({"scores": [{"option": ["T14"], "criterion": "Battery", "value": 1}]},
         "scores[0].option: expected the name of an option"),
        ({"scores": [{"option": "T15", "criterion": "Battery", "value": 1}]},
         "scores[0].option: names no option of this evaluation"),
        ({"scores": [{"criterion": "Battery", "value": 1}]}, "scores[0].option: is required"),
        ({"scores": [5]}, "scores[0]: expected an object"),
        ({"pairwise_comparisons": [{"a": "Battery", "b": "Keyboard", "value": 10}]},
         "pairwise_comparisons[0].value: must be at most 9"),
        ({"pairwise_comparisons": [{"a": "Battery", "b": "Keyboard"}]},
         "pairwise_comparisons[0].value: is required"),
        ({"pairwise_comparisons": [{"a": "Battery", "b": "Keyboard", "value": 3, "c": 1}]},
         "pairwise_comparisons[0].c: is not a field this workbook knows"),
        ({"risks": [{"title": "x", "likelihood": 6}]}, "risks[0].likelihood: must be at most 5"),
        ({"risks": [{"title": "x", "options": "T14"}]}, "risks[0].options: expected a list of option names"),
        ({"risks": [{"title": "x", "options": ["T14", 3]}]},
         "risks[0].options[1]: expected the name of an option"),
        ({"risks": [{"title": "x", "raised_from_id": 7}]},
         "risks[0].raised_from_id: is the id of no risk or checklist item in this document"),
        ({"risks": [{}]}, "risks[0].title: is required"),
        ({"stakeholders": [{"name": "Ana", "weights": {"Battery": 1e7}}]},
         "stakeholders[0].weights.Battery: must be at most 1,000,000"),
        ({"stakeholders": [{"name": "Ana", "weights": {"Battery": "2"}}]},
         "stakeholders[0].weights.Battery: expected a number, written without quotes"),
        ({"stakeholders": [{"name": "Ana", "weights": ["Battery"]}]},
         "stakeholders[0].weights: expected criterion names with weights"),
        ({"approvals": [{"stakeholder": "Ana"}]}, "approvals[0].subject: is required"),
        ({"change_notes": [{"text": "x"}]}, "change_notes[0].noted_on: is required"),
        ({"actions": [{"title": "x", "stakeholder": "Bo"}]},
         "actions[0].stakeholder: names no stakeholder of this evaluation"),
        ({"readiness": [{"group_name": "Sales"}]}, "readiness[0].assessed_on: is required"),
        ({"evaluator_scores": [{"option": "T14", "criterion": "Battery", "value": 5}]},
         "evaluator_scores[0].evaluator: is required"),
        ({"inquiries": [{}]}, "inquiries[0].question: is required"),
        ({"review": {"satisfaction": 9}}, "review.satisfaction: must be at most 5"),
        ({"review": [1]}, "review: expected an object"),
        ({"chosen_option": "Nope"}, "chosen_option: names no option of this evaluation"),
        ({"chosen_option": {"name": "T14"}}, "chosen_option: expected the name of an option"),
    ],
)  # fmt: skip
def test_a_refusal_names_the_json_path_of_the_value(db: Database, changes: dict, refused: str) -> None:
    assert refusal(db, **changes).startswith(refused)


@pytest.mark.parametrize("name", ["en_US", "de_DE"])
def test_a_document_means_the_same_in_every_language(db: Database, in_locale, name: str) -> None:
    in_locale(name)
    doc = {**BASE, "budget": 1500.5, "deadline": "2026-12-04"}
    eid = run(db, InsertEvaluationDocument(doc), action="add", user="test").applied.result
    with db.reading() as session:
        row = next(r for r in list_evaluations(session) if r.id == eid)
    assert (row.budget, row.deadline.isoformat()) == (1500.5, "2026-12-04")


def test_a_risk_raised_from_a_checklist_item_stays_linked_by_the_documents_ids(db: Database) -> None:
    from duediligence.reads.documents import evaluation_document

    risks = [
        {"id": 40, "title": "Data stays in the EU", "kind": "checklist"},
        {"id": 41, "title": "Data may leave the EU", "kind": "risk", "raised_from_id": 40},
    ]
    eid = run(db, InsertEvaluationDocument({**BASE, "risks": risks}), action="add", user="t").applied.result
    with db.reading() as session:
        stored = evaluation_document(session, eid)["risks"]
    assert stored[1]["raised_from_id"] == stored[0]["id"] and stored[0]["raised_from_id"] is None
