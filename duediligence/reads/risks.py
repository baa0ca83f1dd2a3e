"""The risks and checklist items of an evaluation as frozen rows, and its risk summary."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from duediligence.decision.risks import RiskRow, RiskSummary, summarise
from duediligence.errors import NotFoundError
from duediligence.storage.models import Evaluation, Option, RiskItem, RiskOption


def risk_rows(session: Session, evaluation_id: int, kind: str | None = None) -> list[RiskRow]:
    """Checklist items and risks of an evaluation in their order, each with the options it concerns."""
    query = select(RiskItem).where(col(RiskItem.evaluation_id) == evaluation_id)
    if kind is not None:
        query = query.where(col(RiskItem.kind) == kind)
    items = list(session.exec(query.order_by(col(RiskItem.position), col(RiskItem.id))))
    links: dict[int, list[int]] = {}
    link_query = (
        select(col(RiskOption.risk_id), col(RiskOption.option_id))
        .where(col(RiskOption.evaluation_id) == evaluation_id)
        .order_by(col(RiskOption.id))
    )
    for risk_id, option_id in session.exec(link_query):
        links.setdefault(risk_id, []).append(option_id)
    return [_row(item, links.get(item.id, [])) for item in items]  # type: ignore[arg-type]


_FIELDS = [name for name in RiskRow.__dataclass_fields__ if name != "option_ids"]


def _row(item: RiskItem, linked: list[int]) -> RiskRow:
    values: dict[str, Any] = {name: getattr(item, name) for name in _FIELDS}
    first = [item.option_id] if item.option_id is not None else []
    values["option_ids"] = tuple(dict.fromkeys(first + linked))
    return RiskRow(**values)


def risk_summary(session: Session, evaluation_id: int, today: date) -> RiskSummary:
    evaluation = session.get(Evaluation, evaluation_id)
    if evaluation is None:
        raise NotFoundError("evaluation", evaluation_id)
    options = session.exec(
        select(col(Option.id), col(Option.name), col(Option.excluded))
        .where(col(Option.evaluation_id) == evaluation_id)
        .order_by(col(Option.position), col(Option.id))
    ).all()
    return summarise(
        [(int(i), n, bool(x)) for i, n, x in options],  # type: ignore[arg-type]
        risk_rows(session, evaluation_id),
        evaluation_id=evaluation_id,
        mode=evaluation.risk_exposure_mode,
        review_after_days=evaluation.review_after_days,
        risk_adjusted=evaluation.risk_adjusted,
        today=today,
    )
