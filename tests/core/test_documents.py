"""Evaluation documents (samples, templates, `show --json`): complete, and checked before storing."""

from __future__ import annotations

import pytest

from duediligence.errors import ValidationError
from duediligence.operations.documents import insert_document
from duediligence.reads.documents import evaluation_document
from duediligence.storage.database import Database

LAPTOP = {
    "title": "Laptop",
    "options": [{"name": "T14"}, {"name": "Air"}],
    "criteria_groups": [
        {
            "name": "Use",
            "criteria": [{"name": "Battery", "scale": "measured", "unit": "h"}, {"name": "Keyboard"}],
        }
    ],
    "ungrouped_criteria": [{"name": "Looks", "scale": "1-5"}],
    "scores": [
        {"option": "T14", "criterion": "Battery", "value": 11.5, "low": 10, "high": 13, "evidence": "review"},
        {"option": "Air", "criterion": "Keyboard", "value": None, "evidence": "not tried yet"},
    ],
}


def insert(db: Database, doc: dict) -> int:
    with db.transaction() as session:
        return insert_document(session, doc)


def test_document_round_trips_through_the_workbook(db: Database) -> None:
    eid = insert(db, LAPTOP)
    with db.reading() as session:
        doc = evaluation_document(session, eid)
    assert [c["name"] for c in doc["criteria_groups"][0]["criteria"]] == ["Battery", "Keyboard"]
    assert [c["name"] for c in doc["ungrouped_criteria"]] == ["Looks"]
    assert [(s["option"], s["criterion"], s["value"]) for s in doc["scores"]] == [
        ("T14", "Battery", 11.5),
        ("Air", "Keyboard", None),
    ]


def test_missing_score_is_stored_as_missing_not_zero(db: Database) -> None:
    eid = insert(db, LAPTOP)
    with db.reading() as session:
        scores = evaluation_document(session, eid)["scores"]
    assert scores[1]["value"] is None


@pytest.mark.parametrize(
    ("score", "where"),
    [
        ({"option": "T14", "criterion": "Keyboard", "value": 11}, "scores[0].value"),
        ({"option": "T14", "criterion": "Looks", "value": 0}, "scores[0].value"),
        ({"option": "T14", "criterion": "Keyboard", "value": 5, "low": 6}, "scores[0].range"),
        ({"option": "T14", "criterion": "Keyboard", "value": "seven"}, "scores[0].value"),
        ({"option": "Nope", "criterion": "Keyboard", "value": 5}, "scores[0].option"),
    ],
)
def test_bad_score_is_refused_naming_where(db: Database, score: dict, where: str) -> None:
    with pytest.raises(ValidationError) as caught:
        insert(db, {**LAPTOP, "scores": [score]})
    assert caught.value.field == where


def test_duplicate_option_names_are_refused(db: Database) -> None:
    with pytest.raises(ValidationError, match="two options have this name"):
        insert(db, {"title": "X", "options": [{"name": "A"}, {"name": "A"}]})


def test_unknown_fields_are_refused_not_ignored(db: Database) -> None:
    with pytest.raises(ValidationError, match=r"options\[0\]\.colour"):
        insert(db, {"title": "X", "options": [{"name": "A", "colour": "red"}]})


def test_shown_document_can_be_read_back_as_a_copy(db: Database) -> None:
    eid = insert(db, LAPTOP)
    with db.reading() as session:
        shown = evaluation_document(session, eid)
    copy_id = insert(db, shown)
    with db.reading() as session:
        copied = evaluation_document(session, copy_id)
    assert [s["value"] for s in copied["scores"]] == [s["value"] for s in shown["scores"]]


PEOPLE = {
    "title": "CRM",
    "options": [{"name": "A"}, {"name": "B"}],
    "ungrouped_criteria": [{"name": "Fit"}, {"name": "Price"}],
    "risks": [{"kind": "risk", "title": "Lock-in", "options": ["A", "B"], "likelihood": 3, "impact": 4}],
    "stakeholders": [{"name": "Ana", "criteria": ["Price"], "weights": {"Fit": 1, "Price": 3},
                      "raci": {"decide": "A"}}],
    "change_notes": [{"noted_on": "2026-11-01", "text": "Kick-off", "stakeholders": ["Ana"],
                      "options": ["B"]}],
    "readiness": [{"group_name": "Sales", "assessed_on": "2026-11-10", "awareness": 4, "desire": 2}],
    "review": {"reviewed_on": "2027-06-01", "satisfaction": 4, "would_buy_again": True},
}  # fmt: skip


def test_links_profiles_readiness_and_review_round_trip(db: Database) -> None:
    eid = insert(db, PEOPLE)
    with db.reading() as session:
        doc = evaluation_document(session, eid)
    person = doc["stakeholders"][0]
    assert (
        doc["risks"][0]["options"],
        person["criteria"],
        person["weights"],
        person["raci"],
        (doc["change_notes"][0]["stakeholders"], doc["change_notes"][0]["options"]),
        doc["readiness"][0]["desire"],
        doc["review"]["would_buy_again"],
    ) == (["A", "B"], ["Price"], {"Fit": 1, "Price": 3}, '{"decide": "A"}', (["Ana"], ["B"]), 2, True)


def test_a_raci_letter_outside_raci_is_refused(db: Database) -> None:
    bad = {**PEOPLE, "stakeholders": [{"name": "Ana", "raci": {"decide": "X"}}], "change_notes": []}
    with pytest.raises(ValidationError, match=r"stakeholders\[0\]\.raci"):
        insert(db, bad)


def test_a_cost_without_amount_is_kept_unknown_and_shown_as_null(db: Database) -> None:
    doc = {
        "title": "Unpriced",
        "options": [{"name": "A", "costs": [{"label": "Licence"}, {"label": "Setup", "amount": None}]}],
    }
    eid = insert(db, doc)
    with db.reading() as session:
        shown = evaluation_document(session, eid)
    assert [(c["label"], c["amount"]) for c in shown["options"][0]["costs"]] == [
        ("Licence", None),
        ("Setup", None),
    ]


def test_a_cost_amount_beyond_a_trillion_is_refused_naming_where(db: Database) -> None:
    doc = {"title": "Too much", "options": [{"name": "A", "costs": [{"label": "Licence", "amount": 2e12}]}]}
    with pytest.raises(ValidationError) as refused:
        insert(db, doc)
    assert refused.value.field == "options[0].costs[0].amount"
