"""Adding, editing and reordering the rows inside an evaluation (options, criteria, costs, risks, people…).

One generic set of operations serves every table: the field specs in `fields.py` say what each
field accepts, and `rules.py` checks what spans rows. Each returns its exact inverse.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select, update
from sqlmodel import Session, col

from duediligence import fields
from duediligence.changes import Changes
from duediligence.errors import NotFoundError, ValidationError
from duediligence.operations import Applied
from duediligence.operations.rows import DeleteRows, table
from duediligence.operations.rules import check_references, check_row
from duediligence.storage.models import (
    TABLES,
    CriterionGroup,
    Evaluation,
    Score,
    stored_id,
    table_name,
    utcnow,
)
from duediligence.storage.unit_of_work import mark_written
from duediligence.validation import clean

MODELS = {table_name(model): model for model in TABLES}


def _specs(name: str) -> dict[str, Any]:
    return fields.BY_TABLE[name] | fields.REFERENCES.get(name, {})


def _touch(session: Session, name: str, evaluation_id: int) -> Changes:
    """Mark the evaluation as changed now (the list sorts by it) and say what changed: `name` rows."""
    evaluation = session.get(Evaluation, evaluation_id)
    if evaluation is None:
        raise NotFoundError("evaluation", evaluation_id)
    evaluation.updated_at = utcnow()
    return Changes(frozenset({name}), frozenset({evaluation_id}), evaluation_list=True)


def _row(session: Session, name: str, row_id: int) -> Any:
    row = session.get(MODELS[name], row_id)
    if row is None:
        raise NotFoundError(name.replace("_", " "), row_id)
    return row


@dataclass(frozen=True)
class AddRow:
    """Add one row to an evaluation; `parents` holds its fixed references (e.g. the option of a cost)."""

    table: str
    evaluation_id: int
    values: Mapping[str, Any]
    parents: Mapping[str, int] = field(default_factory=dict)

    def apply(self, session: Session) -> Applied:
        values = clean(_specs(self.table), dict(self.values))
        check_references(session, self.table, self.evaluation_id, {**values, **self.parents})
        model = MODELS[self.table]
        row = model(evaluation_id=self.evaluation_id, **self.parents, **values)
        if "position" in model.model_fields:
            t = table(self.table)
            last = session.execute(
                select(func.max(t.c.position)).where(t.c.evaluation_id == self.evaluation_id)
            ).scalar()
            row.position = (last + 1) if last is not None else 0
        session.add(row)
        session.flush()
        check_row(session, self.table, row)
        changes = _touch(session, self.table, self.evaluation_id)
        return Applied(DeleteRows(self.table, (stored_id(row),)), changes, stored_id(row))


@dataclass(frozen=True)
class UpdateRow:
    """Set some fields of one row (validated); the inverse sets the old values back."""

    table: str
    row_id: int
    values: Mapping[str, Any]

    def apply(self, session: Session) -> Applied:
        row = _row(session, self.table, self.row_id)
        values = clean(_specs(self.table), dict(self.values))
        check_references(session, self.table, row.evaluation_id, values)
        old = {name: getattr(row, name) for name in values}
        for name, value in values.items():
            setattr(row, name, value)
        session.flush()
        check_row(session, self.table, row)
        changes = _touch(session, self.table, row.evaluation_id)
        return Applied(UpdateRow(self.table, self.row_id, old), changes)


@dataclass(frozen=True)
class MoveRow:
    """Move a row to another place in its evaluation's order; the others close up around it."""

    table: str
    row_id: int
    position: int

    def apply(self, session: Session) -> Applied:
        row = _row(session, self.table, self.row_id)
        t = table(self.table)
        ids = list(
            session.execute(
                select(t.c.id).where(t.c.evaluation_id == row.evaluation_id).order_by(t.c.position, t.c.id)
            ).scalars()
        )
        old = ids.index(self.row_id)
        ids.insert(max(0, min(self.position, len(ids) - 1)), ids.pop(old))
        for position, row_id in enumerate(ids):
            session.execute(update(t).where(t.c.id == row_id).values(position=position))
        session.expire_all()
        mark_written(session, self.table, (self.row_id,))
        changes = _touch(session, self.table, row.evaluation_id)
        return Applied(MoveRow(self.table, self.row_id, old), changes)


@dataclass(frozen=True)
class SetScore:
    """Set (part of) the score of one option on one criterion, creating the cell if it is new."""

    option_id: int
    criterion_id: int
    values: Mapping[str, Any]

    def apply(self, session: Session) -> Applied:
        found = session.execute(
            select(Score).where(
                col(Score.option_id) == self.option_id, col(Score.criterion_id) == self.criterion_id
            )
        ).scalar_one_or_none()
        if found is not None:
            return UpdateRow("score", found.id, self.values).apply(session)
        option = _row(session, "option", self.option_id)
        parents = {"option_id": self.option_id, "criterion_id": self.criterion_id}
        applied = AddRow("score", option.evaluation_id, self.values, parents).apply(session)
        return applied


@dataclass(frozen=True)
class SetComparison:
    """Say how much more criterion a matters than b (Saaty 1/9..9), or forget the judgement (None).

    A pair is stored once: setting (b, a) updates the stored (a, b) with the reciprocal.
    """

    criterion_a_id: int
    criterion_b_id: int
    value: float | None

    def apply(self, session: Session) -> Applied:
        from duediligence.storage.models import PairwiseComparison

        a, b, value = self.criterion_a_id, self.criterion_b_id, self.value
        if a == b:
            raise ValidationError("criterion_b_id", b, "a criterion cannot be compared with itself")
        for first, second, flip in ((a, b, False), (b, a, True)):
            found = session.execute(
                select(PairwiseComparison).where(
                    col(PairwiseComparison.criterion_a_id) == first,
                    col(PairwiseComparison.criterion_b_id) == second,
                )
            ).scalar_one_or_none()
            if found is not None:
                if value is None:
                    return DeleteRows("pairwise_comparison", (found.id,)).apply(session)
                stored = 1 / value if flip and value else value
                return UpdateRow("pairwise_comparison", found.id, {"value": stored}).apply(session)
        if value is None:
            return Applied(SetComparison(a, b, None), Changes())
        criterion = _row(session, "criterion", a)
        parents = {"criterion_a_id": a, "criterion_b_id": b}
        return AddRow("pairwise_comparison", criterion.evaluation_id, {"value": value}, parents).apply(
            session
        )


@dataclass(frozen=True)
class AddCriterionInGroup:
    """Add a criterion under the group of this evaluation named `group_name` (which must exist by then:
    the import adds new groups earlier in the same Batch). The inverse deletes the criterion."""

    evaluation_id: int
    group_name: str
    values: Mapping[str, Any] = field(default_factory=dict)

    def apply(self, session: Session) -> Applied:
        from sqlalchemy import select

        group_id = session.execute(
            select(col(CriterionGroup.id)).where(
                col(CriterionGroup.evaluation_id) == self.evaluation_id,
                col(CriterionGroup.name) == self.group_name,
            )
        ).scalar()
        if group_id is None:
            raise NotFoundError("criterion group", self.group_name)
        return AddRow("criterion", self.evaluation_id, {**self.values, "group_id": group_id}).apply(session)
