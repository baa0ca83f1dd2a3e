"""Creating, editing, deleting and restoring whole evaluations."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session

from duediligence import fields
from duediligence.changes import Changes
from duediligence.errors import NotFoundError, ValidationError
from duediligence.i18n import translate
from duediligence.operations import Applied
from duediligence.operations.documents import insert_document
from duediligence.operations.rows import DeleteRows
from duediligence.storage.models import TABLE_NAMES, Evaluation, Option, utcnow
from duediligence.validation import clean

EVALUATION_KINDS = frozenset(TABLE_NAMES)


def _touched(
    evaluation_id: int, kinds: frozenset[str] = frozenset({"evaluation"}), listed: bool = True
) -> Changes:
    return Changes(kinds, frozenset({evaluation_id}), evaluation_list=listed)


def _get(session: Session, evaluation_id: int) -> Evaluation:
    evaluation = session.get(Evaluation, evaluation_id)
    if evaluation is None:
        raise NotFoundError("evaluation", evaluation_id)
    return evaluation


@dataclass(frozen=True)
class CreateEvaluation:
    """A new, empty evaluation."""

    title: str
    values: Mapping[str, Any] = field(default_factory=dict)

    def apply(self, session: Session) -> Applied:
        values = clean(fields.EVALUATION, {**self.values, "title": self.title})
        evaluation = Evaluation(**values)
        session.add(evaluation)
        session.flush()
        assert evaluation.id is not None
        return Applied(DeleteEvaluation(evaluation.id), _touched(evaluation.id), evaluation.id)


@dataclass(frozen=True)
class UpdateEvaluation:
    """Set some fields of one evaluation (validated); the inverse sets the old values back."""

    evaluation_id: int
    values: Mapping[str, Any]

    def apply(self, session: Session) -> Applied:
        evaluation = _get(session, self.evaluation_id)
        values = clean(fields.EVALUATION, dict(self.values))
        chosen = values.get("chosen_option_id")
        if chosen is not None:
            option = session.get(Option, chosen)
            if option is None or option.evaluation_id != self.evaluation_id:
                raise ValidationError(
                    "chosen_option_id", chosen, translate("Operations", "is not an option of this evaluation")
                )
        old = {name: getattr(evaluation, name) for name in values}
        for name, value in values.items():
            setattr(evaluation, name, value)
        evaluation.updated_at = utcnow()
        session.flush()
        return Applied(UpdateEvaluation(self.evaluation_id, old), _touched(self.evaluation_id))


@dataclass(frozen=True)
class DeleteEvaluation:
    """Remove an evaluation and everything in it; the inverse restores every row with its id."""

    evaluation_id: int

    def apply(self, session: Session) -> Applied:
        _get(session, self.evaluation_id)
        return DeleteRows("evaluation", (self.evaluation_id,)).apply(session)


@dataclass(frozen=True)
class InsertEvaluationDocument:
    """Create an evaluation with all its contents from a document (samples, templates, imports)."""

    document: Mapping[str, Any]
    where: str = ""

    def apply(self, session: Session) -> Applied:
        evaluation_id = insert_document(session, dict(self.document), where=self.where)
        return Applied(
            DeleteEvaluation(evaluation_id), _touched(evaluation_id, EVALUATION_KINDS), evaluation_id
        )
