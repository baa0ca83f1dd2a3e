"""Creating, editing, deleting and restoring whole evaluations."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select, update
from sqlmodel import Session

from duediligence import fields
from duediligence.changes import Changes
from duediligence.documents import insert_document
from duediligence.errors import NotFoundError, ValidationError
from duediligence.models import TABLES, Evaluation, Option, RiskItem, utcnow
from duediligence.operations import Applied
from duediligence.validation import clean

# Columns that point at rows restored later (or at their own table): restored in a second pass.
DEFERRED = {Evaluation.__tablename__: "chosen_option_id", RiskItem.__tablename__: "raised_from_id"}
EVALUATION_KINDS = frozenset(model.__tablename__ for model in TABLES)


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
                raise ValidationError("chosen_option_id", chosen, "is not an option of this evaluation")
        old = {name: getattr(evaluation, name) for name in values}
        for name, value in values.items():
            setattr(evaluation, name, value)
        evaluation.updated_at = utcnow()
        session.flush()
        return Applied(UpdateEvaluation(self.evaluation_id, old), _touched(self.evaluation_id))


@dataclass(frozen=True)
class EvaluationSnapshot:
    """Every row of one evaluation, exactly as stored (ids included), in parent-before-child order."""

    evaluation_id: int
    rows: tuple[tuple[str, tuple[dict[str, Any], ...]], ...]


def snapshot(session: Session, evaluation_id: int) -> EvaluationSnapshot:
    tables = []
    for model in TABLES:
        table = model.__table__  # type: ignore[attr-defined]
        key = table.c.id if model is Evaluation else table.c.evaluation_id
        rows = session.execute(select(table).where(key == evaluation_id).order_by(table.c.id)).mappings()
        tables.append((table.name, tuple(dict(row) for row in rows)))
    return EvaluationSnapshot(evaluation_id, tuple(tables))


@dataclass(frozen=True)
class DeleteEvaluation:
    """Remove an evaluation and everything in it; the inverse restores every row with its id."""

    evaluation_id: int

    def apply(self, session: Session) -> Applied:
        evaluation = _get(session, self.evaluation_id)
        saved = snapshot(session, self.evaluation_id)
        session.delete(evaluation)
        session.flush()
        return Applied(RestoreEvaluation(saved), _touched(self.evaluation_id, EVALUATION_KINDS))


@dataclass(frozen=True)
class RestoreEvaluation:
    """Put back an evaluation exactly as a snapshot holds it."""

    saved: EvaluationSnapshot

    def apply(self, session: Session) -> Applied:
        metadata = Evaluation.metadata
        deferred: list[tuple[Any, int, Any]] = []
        for name, rows in self.saved.rows:
            table = metadata.tables[name]
            late = DEFERRED.get(name)
            for row in rows:
                values = dict(row)
                if late and values.get(late) is not None:
                    deferred.append((table, values["id"], {late: values[late]}))
                    values[late] = None
                session.execute(insert(table).values(**values))
        for table, row_id, values in deferred:
            session.execute(update(table).where(table.c.id == row_id).values(**values))
        session.expire_all()
        return Applied(
            DeleteEvaluation(self.saved.evaluation_id), _touched(self.saved.evaluation_id, EVALUATION_KINDS)
        )


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
