"""Duplicating an evaluation copies everything it holds, evidence included, as one undoable step."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from duediligence.operations.documents import insert_document
from duediligence.operations.duplicate import DuplicateEvaluation
from duediligence.operations.evidence import AttachFile, AttachLink
from duediligence.reads.documents import evaluation_document
from duediligence.reads.evidence import attachment_content, list_evidence
from duediligence.storage.database import Database
from duediligence.storage.models import RiskItem
from duediligence.templates.samples import sample_documents

IGNORED = {"id", "title", "created_at", "updated_at", "position"}  # a copy numbers rows afresh


def comparable(doc: dict) -> dict:
    """A document without the ids and stamps a copy necessarily changes."""

    def strip(value: object) -> object:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in IGNORED and not k.endswith("_id")}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return strip(doc)  # type: ignore[return-value]


def test_a_copy_holds_everything_the_original_holds_and_undo_removes_it(db: Database, tmp_path: Path) -> None:
    _, crm = sample_documents()[0]
    source = tmp_path / "quote.pdf"
    source.write_bytes(b"%PDF quote" * 1000)
    with db.transaction() as session:
        original = insert_document(session, crm)
        doc = evaluation_document(session, original)
        criteria = [c for g in doc["criteria_groups"] for c in g["criteria"]] + doc["ungrouped_criteria"]
        option_id, criterion_id = doc["options"][0]["id"], criteria[0]["id"]
        check = next(r for r in doc["risks"] if r["kind"] == "checklist")
        raised = RiskItem(evaluation_id=original, title="Raised", kind="risk", raised_from_id=check["id"])
        session.add(raised)
        AttachFile(original, source, option_id=option_id, criterion_id=criterion_id).apply(session)
        AttachLink(original, "https://example.com", "Trust page", risk_id=check["id"]).apply(session)

    with db.transaction() as session:
        applied = DuplicateEvaluation(original, "CRM (copy)").apply(session)
    copy = applied.result
    with db.reading() as session:
        before, after = evaluation_document(session, original), evaluation_document(session, copy)
        assert after["title"] == "CRM (copy)"
        assert comparable(after) == comparable(before)
        raised_copy = next(r for r in after["risks"] if r["title"] == "Raised")
        by_id = {r["id"]: r for r in after["risks"]}
        assert by_id[raised_copy["raised_from_id"]]["title"] == check["title"]
        old_files, new_files = list_evidence(session, original), list_evidence(session, copy)
        assert [(e.name, e.target, e.sha256) for e in new_files] == [
            (e.name, e.target, e.sha256) for e in old_files
        ]
        assert {e.option_id for e in new_files} & {e.option_id for e in old_files} <= {None}
        assert attachment_content(session, new_files[0].id) == source.read_bytes()

    with db.transaction() as session:
        applied.inverse.apply(session)
    with db.reading() as session:
        assert session.execute(text("SELECT count(*) FROM evaluation")).scalar_one() == 1
        assert session.execute(text("SELECT count(*) FROM attachment")).scalar_one() == 2


def test_the_new_title_is_validated(db: Database) -> None:
    import pytest

    from duediligence.errors import ValidationError

    with db.transaction() as session:
        original = insert_document(session, {"title": "Laptop"})
    with pytest.raises(ValidationError), db.transaction() as session:
        DuplicateEvaluation(original, "  ").apply(session)
    with db.reading() as session:
        assert session.execute(text("SELECT count(*) FROM evaluation")).scalar_one() == 1
