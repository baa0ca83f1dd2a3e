"""Starting an evaluation from a template, and adding an option that gets its template's checklist.
Each is one operation (one undoable step) with an exact inverse."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import select
from sqlmodel import Session, col

from duediligence.changes import Changes
from duediligence.enums import CHECKED_KINDS
from duediligence.operations import Applied
from duediligence.operations.checklists import ApplyChecklistTemplate, ChecklistTemplate
from duediligence.operations.edits import AddRow
from duediligence.operations.evaluations import DeleteEvaluation, InsertEvaluationDocument
from duediligence.operations.rows import DeleteRows
from duediligence.storage.models import Option


class EvaluationTemplate(Protocol):
    """What starting from a template needs of one (templates.evaluations reads them from files)."""

    name: str
    path: str | None
    quick_mode: bool
    document: Mapping[str, Any]
    checklist: ChecklistTemplate | None


@dataclass(frozen=True)
class NewFromTemplate:
    """A new evaluation holding the template's options, criteria and weights, with its checklist copied
    into every option one buys from someone. `values` sets evaluation fields (quick_mode, budget…)."""

    template: EvaluationTemplate
    title: str
    values: Mapping[str, Any] = field(default_factory=dict)

    def apply(self, session: Session) -> Applied:
        name = self.template.path or self.template.name
        document = {"quick_mode": self.template.quick_mode, **self.template.document, **self.values}
        document["title"] = self.title
        inserted = InsertEvaluationDocument(document, where=f"{name}: ").apply(session)
        evaluation_id: int = inserted.result
        changes = inserted.changes
        checked = _option_ids(session, evaluation_id, CHECKED_KINDS)
        if self.template.checklist is not None and checked:
            applied = ApplyChecklistTemplate(evaluation_id, self.template.checklist, checked).apply(session)
            changes |= applied.changes
        return Applied(DeleteEvaluation(evaluation_id), changes, evaluation_id)


def _option_ids(session: Session, evaluation_id: int, kinds: frozenset[str]) -> tuple[int, ...]:
    query = (
        select(col(Option.id))
        .where(col(Option.evaluation_id) == evaluation_id, col(Option.kind).in_(kinds))
        .order_by(col(Option.position), col(Option.id))
    )
    return tuple(row[0] for row in session.execute(query))


@dataclass(frozen=True)
class AddOptionWithChecklist:
    """Add an option; when it is one bought from someone and a checklist is given, copy the checklist
    into it in the same step. Undo removes the option and its checklist together."""

    evaluation_id: int
    values: Mapping[str, Any]
    checklist: ChecklistTemplate | None = None

    def apply(self, session: Session) -> Applied:
        added = AddRow("option", self.evaluation_id, self.values).apply(session)
        option_id: int = added.result
        changes: Changes = added.changes
        kind = self.values.get("kind", "vendor_product")
        if self.checklist is not None and kind in CHECKED_KINDS:
            changes |= (
                ApplyChecklistTemplate(self.evaluation_id, self.checklist, (option_id,))
                .apply(session)
                .changes
            )
        # Deleting the option takes its checklist items with it (ON DELETE CASCADE): an exact inverse.
        return Applied(DeleteRows("option", (option_id,)), changes, option_id)
