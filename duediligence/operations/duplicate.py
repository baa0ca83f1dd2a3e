"""Duplicating an evaluation: a new evaluation holding a copy of everything the original holds.

The copy goes through the same document as `show --json` and the samples (`evaluation_document` then
`insert_document`), so every row and link the document carries is copied and validated the same way.
What the document leaves out is copied here: which risk was raised from which checklist item, and the
evidence files (copied inside the database, so their bytes never pass through Python).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Integer, insert, literal, select, update
from sqlmodel import Session, col

from duediligence.changes import Changes
from duediligence.operations import Applied
from duediligence.operations.documents import insert_document
from duediligence.operations.evaluations import EVALUATION_KINDS, DeleteEvaluation
from duediligence.reads.documents import evaluation_document
from duediligence.storage.models import Attachment, Criterion, Option, RiskItem


@dataclass(frozen=True)
class DuplicateEvaluation:
    """A copy of one evaluation under a new title; the inverse deletes the copy."""

    evaluation_id: int
    new_title: str

    def apply(self, session: Session) -> Applied:
        document = evaluation_document(session, self.evaluation_id)
        document["title"] = self.new_title
        document.pop("attachments", None)  # copied below with their bytes, should documents ever list them
        new_id = insert_document(session, document, where="")
        options = _by_name(session, Option, self.evaluation_id, new_id)
        criteria = _by_name(session, Criterion, self.evaluation_id, new_id)
        risks = _risks(session, [r["id"] for r in document["risks"]], new_id)
        for old_id, raised_from in ((r["id"], r["raised_from_id"]) for r in document["risks"]):
            if raised_from in risks:
                session.execute(
                    update(RiskItem.__table__)  # type: ignore[attr-defined]
                    .where(RiskItem.__table__.c.id == risks[old_id])  # type: ignore[attr-defined]
                    .values(raised_from_id=risks[raised_from])
                )
        copy_attachments(session, self.evaluation_id, new_id, options, criteria, risks)
        session.expire_all()
        changes = Changes(EVALUATION_KINDS, frozenset({new_id}), evaluation_list=True)
        return Applied(DeleteEvaluation(new_id), changes, new_id)


def _by_name(session: Session, model: type, old_id: int, new_id: int) -> dict[int, int]:
    """Old row id -> copied row id, matched by name (unique within an evaluation)."""
    rows = session.execute(
        select(col(model.id), col(model.name), col(model.evaluation_id)).where(  # type: ignore[attr-defined]
            col(model.evaluation_id).in_((old_id, new_id))  # type: ignore[attr-defined]
        )
    ).all()
    copied = {name: row_id for row_id, name, evaluation_id in rows if evaluation_id == new_id}
    return {row_id: copied[name] for row_id, name, evaluation_id in rows if evaluation_id == old_id}


def _risks(session: Session, old_ids: list[int], new_id: int) -> dict[int, int]:
    """Old risk id -> copied risk id: the document lists risks in order and the copy keeps it."""
    new_ids = session.execute(
        select(col(RiskItem.id)).where(col(RiskItem.evaluation_id) == new_id).order_by(col(RiskItem.position))
    ).scalars()
    return dict(zip(old_ids, new_ids, strict=True))


def copy_attachments(
    session: Session,
    old_id: int,
    new_id: int,
    options: dict[int, int],
    criteria: dict[int, int],
    risks: dict[int, int],
) -> int:
    """Copy every attachment of evaluation `old_id` to `new_id`, pointing at the copied rows; returns
    how many. Each copy is one INSERT … SELECT, so a file's bytes stay inside the database."""
    t = Attachment.__table__  # type: ignore[attr-defined]
    copied = [
        c for c in t.columns if c.name not in ("id", "evaluation_id", "option_id", "criterion_id", "risk_id")
    ]
    sources = session.execute(
        select(t.c.id, t.c.option_id, t.c.criterion_id, t.c.risk_id).where(t.c.evaluation_id == old_id)
    ).all()
    for row_id, option_id, criterion_id, risk_id in sources:
        targets = {
            "evaluation_id": new_id,
            "option_id": None if option_id is None else options[option_id],
            "criterion_id": None if criterion_id is None else criteria[criterion_id],
            "risk_id": None if risk_id is None else risks[risk_id],
        }
        selected = select(
            *(literal(value, Integer()).label(name) for name, value in targets.items()), *copied
        ).where(t.c.id == row_id)
        session.execute(insert(t).from_select([*targets, *(c.name for c in copied)], selected))
    return len(sources)
