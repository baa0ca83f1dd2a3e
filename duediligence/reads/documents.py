"""An evaluation as one nested document: what `show --json` prints and what samples and templates hold.

Inside a document, rows refer to each other by name (a score names its option and criterion), so a
person can write one by hand; `evaluation_document` adds every row's id for scripts. Storing a
document as a new evaluation (`insert_document`) is in `operations.documents`.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, select

from duediligence.errors import NotFoundError
from duediligence.storage.models import (
    ActionItem,
    Approval,
    ChangeNote,
    ChangeNoteOption,
    ChangeNoteStakeholder,
    CostItem,
    Criterion,
    CriterionGroup,
    Evaluation,
    EvaluatorScore,
    Inquiry,
    Option,
    PairwiseComparison,
    PurchaseReview,
    Questionnaire,
    ReadinessAssessment,
    RiskItem,
    RiskOption,
    Score,
    Stakeholder,
    StakeholderCriterion,
    WeightProfile,
)


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


def _row(obj: Any, skip: tuple[str, ...] = ("evaluation_id",)) -> dict[str, Any]:
    """A row's columns in table order (stable JSON for scripts and diffs)."""
    columns = obj.__table__.columns
    return {c.key: _plain(getattr(obj, c.key)) for c in columns if c.key not in skip}


def _criterion(criterion: Any) -> dict[str, Any]:
    """A criterion's columns; its value function as the JSON object it is (null: linear)."""
    row = _row(criterion)
    row["value_function"] = json.loads(criterion.value_function) if criterion.value_function else None
    return row


def _children(session: Session, model: Any, evaluation_id: int) -> list[Any]:
    order = [col(model.position), col(model.id)] if hasattr(model, "position") else [col(model.id)]
    return list(session.exec(select(model).where(model.evaluation_id == evaluation_id).order_by(*order)))


def evaluation_document(session: Session, evaluation_id: int, *, scores: bool = True) -> dict[str, Any]:
    """Everything one evaluation holds, JSON-ready, ids included (without the score cells if asked:
    they are the bulk of a large evaluation and most views of the document do not need them)."""
    evaluation = session.get(Evaluation, evaluation_id)
    if evaluation is None:
        raise NotFoundError("evaluation", evaluation_id)
    options = _children(session, Option, evaluation_id)
    option_names = {o.id: o.name for o in options}
    criteria = _children(session, Criterion, evaluation_id)
    criterion_names = {c.id: c.name for c in criteria}
    people = _children(session, Stakeholder, evaluation_id)
    people_names = {p.id: p.name for p in people}
    costs = _children(session, CostItem, evaluation_id)

    doc = _row(evaluation, skip=())
    doc["exchange_rates"] = json.loads(evaluation.exchange_rates) if evaluation.exchange_rates else {}
    doc["chosen_option"] = option_names.get(evaluation.chosen_option_id)
    doc["options"] = [{**_row(o), "costs": [_row(c) for c in costs if c.option_id == o.id]} for o in options]
    doc["criteria_groups"] = [
        {**_row(g), "criteria": [_criterion(c) for c in criteria if c.group_id == g.id]}
        for g in _children(session, CriterionGroup, evaluation_id)
    ]
    doc["ungrouped_criteria"] = [_criterion(c) for c in criteria if c.group_id is None]
    doc["scores"] = [
        {**_row(s), "option": option_names[s.option_id], "criterion": criterion_names[s.criterion_id]}
        for s in (_children(session, Score, evaluation_id) if scores else ())
    ]
    doc["pairwise_comparisons"] = [
        {"a": criterion_names[p.criterion_a_id], "b": criterion_names[p.criterion_b_id], "value": p.value}
        for p in _children(session, PairwiseComparison, evaluation_id)
    ]

    def linked(model: Any, key: str, value: str, names: dict[int, str]) -> dict[int, list[str]]:
        found: dict[int, list[str]] = {}
        for link in _children(session, model, evaluation_id):
            found.setdefault(getattr(link, key), []).append(names[getattr(link, value)])
        return found

    risk_options = linked(RiskOption, "risk_id", "option_id", option_names)
    doc["risks"] = [
        {**_row(r), "option": option_names.get(r.option_id), "options": risk_options.get(r.id, [])}
        for r in _children(session, RiskItem, evaluation_id)
    ]
    cares = linked(StakeholderCriterion, "stakeholder_id", "criterion_id", criterion_names)
    weights: dict[int, dict[str, float]] = {}
    for w in _children(session, WeightProfile, evaluation_id):
        weights.setdefault(w.stakeholder_id, {})[criterion_names[w.criterion_id]] = w.weight
    doc["stakeholders"] = [
        {**_row(p), "criteria": cares.get(p.id, []), "weights": weights.get(p.id, {})} for p in people
    ]
    doc["approvals"] = [
        {**_row(a), "stakeholder": people_names.get(a.stakeholder_id)}
        for a in _children(session, Approval, evaluation_id)
    ]
    note_people = linked(ChangeNoteStakeholder, "note_id", "stakeholder_id", people_names)
    note_options = linked(ChangeNoteOption, "note_id", "option_id", option_names)
    doc["change_notes"] = [
        {**_row(n), "stakeholders": note_people.get(n.id, []), "options": note_options.get(n.id, [])}
        for n in _children(session, ChangeNote, evaluation_id)
    ]
    doc["actions"] = [
        {**_row(a), "stakeholder": people_names.get(a.stakeholder_id)}
        for a in _children(session, ActionItem, evaluation_id)
    ]
    doc["readiness"] = [_row(r) for r in _children(session, ReadinessAssessment, evaluation_id)]
    doc["evaluator_scores"] = [
        {**_row(e), "option": option_names[e.option_id], "criterion": criterion_names[e.criterion_id]}
        for e in _children(session, EvaluatorScore, evaluation_id)
    ]
    doc["inquiries"] = [
        {**_row(q), "option": option_names.get(q.option_id), "criterion": criterion_names.get(q.criterion_id)}
        for q in _children(session, Inquiry, evaluation_id)
    ]
    doc["questionnaires"] = [
        {**_row(q, skip=("evaluation_id", "token")), "option": option_names[q.option_id]}
        for q in _children(session, Questionnaire, evaluation_id)
    ]
    reviews = _children(session, PurchaseReview, evaluation_id)
    doc["review"] = _row(reviews[0]) if reviews else None
    return doc
