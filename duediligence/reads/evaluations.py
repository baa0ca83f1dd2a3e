"""The read side: functions of (session, ...) that return frozen rows, never live ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from duediligence.errors import AmbiguousError, NotFoundError
from duediligence.storage.models import (
    ActionItem,
    ChangeNote,
    Criterion,
    Evaluation,
    Option,
    RiskItem,
    Stakeholder,
    stored_id,
)


@dataclass(frozen=True)
class EvaluationSummary:
    """One line of the evaluations list."""

    id: int
    title: str
    kind: str
    status: str
    archived: bool
    deadline: date | None
    budget: float | None
    currency: str
    updated_at: datetime
    option_count: int


@dataclass(frozen=True)
class EvaluationRow:
    """The fields of one evaluation, as the Overview shows them."""

    id: int
    title: str
    kind: str
    need: str
    goals: str
    budget: float | None
    currency: str
    deadline: date | None
    status: str
    archived: bool
    chosen_option_id: int | None
    rationale: str
    decided_on: date | None
    decided_by: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class OptionChoice:
    """An option as a choice for the decision."""

    id: int
    name: str
    excluded: bool


@dataclass(frozen=True)
class Contents:
    """How much an evaluation holds, for tabs whose editors come later and for the status bar."""

    options: int
    criteria: int
    risks: int
    stakeholders: int
    notes: int
    actions: int


def list_evaluations(session: Session, *, include_archived: bool = True) -> list[EvaluationSummary]:
    """All evaluations, most recently changed first, with their option counts in the same query."""
    counts = (
        select(col(Option.evaluation_id), func.count(col(Option.id)).label("n"))
        .group_by(col(Option.evaluation_id))
        .subquery()
    )
    query = (
        select(Evaluation, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.evaluation_id == col(Evaluation.id))
        .order_by(col(Evaluation.updated_at).desc(), col(Evaluation.id).desc())
    )
    if not include_archived:
        query = query.where(col(Evaluation.archived).is_(False))
    return [
        EvaluationSummary(
            stored_id(e),
            e.title,
            e.kind,
            e.status,
            e.archived,
            e.deadline,
            e.budget,
            e.currency,
            e.updated_at,
            n,
        )
        for e, n in session.exec(query)
    ]


def _fields(cls: type, obj: Any) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in cls.__dataclass_fields__}  # type: ignore[attr-defined]


def get_evaluation(session: Session, evaluation_id: int) -> EvaluationRow:
    evaluation = session.get(Evaluation, evaluation_id)
    if evaluation is None:
        raise NotFoundError("evaluation", evaluation_id)
    return EvaluationRow(**_fields(EvaluationRow, evaluation))


def option_choices(session: Session, evaluation_id: int) -> list[OptionChoice]:
    query = (
        select(Option)
        .where(col(Option.evaluation_id) == evaluation_id)
        .order_by(col(Option.position), col(Option.id))
    )
    return [OptionChoice(o.id, o.name, o.excluded) for o in session.exec(query)]  # type: ignore[arg-type]


def contents(session: Session, evaluation_id: int) -> Contents:
    def count(model: Any) -> int:
        query = select(func.count()).select_from(model).where(model.evaluation_id == evaluation_id)
        return int(session.exec(query).one())

    return Contents(
        count(Option),
        count(Criterion),
        count(RiskItem),
        count(Stakeholder),
        count(ChangeNote),
        count(ActionItem),
    )


def evaluation_count(session: Session) -> int:
    return int(session.exec(select(func.count()).select_from(Evaluation)).one())


def find_evaluation(session: Session, key: str) -> int:
    """The id of the evaluation named by `key`: its id, or else its exact title (which must be unique)."""
    by_title = list(
        session.exec(
            select(col(Evaluation.id)).where(col(Evaluation.title) == key).order_by(col(Evaluation.id))
        )
    )
    if key.strip().isdigit():
        evaluation = session.get(Evaluation, int(key))
        if evaluation is not None:
            return int(key)
    if len(by_title) == 1:
        return int(by_title[0])  # type: ignore[arg-type]
    if len(by_title) > 1:
        raise AmbiguousError("evaluation", key, [int(i) for i in by_title])  # type: ignore[arg-type]
    raise NotFoundError("evaluation", key)


@dataclass(frozen=True)
class ChangeLogRow:
    at: datetime
    user: str
    action: str


def change_log(session: Session, evaluation_id: int, limit: int = 1000) -> list[ChangeLogRow]:
    """The evaluation's history, newest first."""
    from duediligence.storage.models import ChangeLogEntry

    query = (
        select(ChangeLogEntry)
        .where(col(ChangeLogEntry.evaluation_id) == evaluation_id)
        .order_by(col(ChangeLogEntry.at).desc(), col(ChangeLogEntry.id).desc())
        .limit(limit)
    )
    return [ChangeLogRow(e.at, e.user, e.action) for e in session.exec(query)]
