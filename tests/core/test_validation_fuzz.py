"""Fuzzing the editors' validation: any value for any field is either stored or refused with a
ValidationError naming the field, never another exception, and a refusal changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from duediligence.errors import ValidationError
from duediligence.fields import BY_TABLE
from duediligence.operations.edits import SetScore, UpdateRow
from duediligence.operations.evaluations import InsertEvaluationDocument, UpdateEvaluation
from duediligence.reads.documents import evaluation_document
from duediligence.storage.database import Database

DOC = {
    "title": "Fuzz",
    "options": [{"name": "A", "costs": [{"label": "Licence", "amount": 10}]}, {"name": "B"}],
    "criteria_groups": [{"name": "G", "criteria": [{"name": "Q"}, {"name": "P", "scale": "measured"}]}],
    "scores": [{"option": "A", "criterion": "Q", "value": 5, "low": 4, "high": 6}],
    "risks": [{"kind": "risk", "title": "R", "likelihood": 2, "impact": 3}],
    "stakeholders": [{"name": "Ana"}],
    "approvals": [{"subject": "Budget"}],
    "change_notes": [{"noted_on": "2026-11-01", "text": "Kick-off"}],
    "actions": [{"title": "Ask"}],
}

values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.sampled_from(
        ["", " ", "=1+1", "2026-13-45", "2026-02-28", "EUR", "0-10", "ok", "open", "\x00", "1e309"]
    ),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)

ROWS = {
    "option": ("options", 0),
    "cost_item": None,
    "criterion_group": ("criteria_groups", 0),
    "risk_item": ("risks", 0),
    "stakeholder": ("stakeholders", 0),
    "approval": ("approvals", 0),
    "change_note": ("change_notes", 0),
    "action_item": ("actions", 0),
}
FIELDS = [(table, name) for table in ROWS for name in BY_TABLE[table]]


@pytest.fixture(scope="module")
def fuzz_db(tmp_path_factory: pytest.TempPathFactory):
    db = Database.open(Path(tmp_path_factory.mktemp("fuzz")) / "fuzz.db")
    with db.transaction() as session:
        eid = InsertEvaluationDocument(DOC).apply(session).result
    yield db, eid
    db.close()


def snapshot(db: Database, eid: int) -> dict:
    with db.reading() as session:
        doc = evaluation_document(session, eid)
    doc.pop("updated_at")
    return doc


def row_id(doc: dict, table: str) -> int:
    if table == "cost_item":
        return doc["options"][0]["costs"][0]["id"]
    key, index = ROWS[table]  # type: ignore[misc]
    return doc[key][index]["id"]


def attempt(db: Database, eid: int, operation: object) -> None:
    before = snapshot(db, eid)
    try:
        with db.transaction() as session:
            operation.apply(session)  # type: ignore[attr-defined]
    except ValidationError:
        assert snapshot(db, eid) == before


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(field=st.sampled_from(FIELDS), value=values)
def test_any_value_in_a_row_editor_is_stored_or_cleanly_refused(fuzz_db, field, value) -> None:
    db, eid = fuzz_db
    table, name = field
    attempt(db, eid, UpdateRow(table, row_id(snapshot(db, eid), table), {name: value}))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.sampled_from(sorted(BY_TABLE["evaluation"])), value=values)
def test_any_value_in_the_overview_is_stored_or_cleanly_refused(fuzz_db, name, value) -> None:
    db, eid = fuzz_db
    attempt(db, eid, UpdateEvaluation(eid, {name: value}))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.sampled_from(sorted(BY_TABLE["score"])), value=values, criterion=st.sampled_from(["Q", "P"]))
def test_any_value_in_a_score_cell_is_stored_or_cleanly_refused(fuzz_db, name, value, criterion) -> None:
    db, eid = fuzz_db
    doc = snapshot(db, eid)
    criteria = {c["name"]: c["id"] for c in doc["criteria_groups"][0]["criteria"]}
    attempt(db, eid, SetScore(doc["options"][1]["id"], criteria[criterion], {name: value}))
