"""An evaluation as one nested document: what `show --json` prints and what samples and templates hold.

Inside a document, rows refer to each other by name (a score names its option and criterion), so a
person can write one by hand; `evaluation_document` adds every row's id for scripts.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, select

from duediligence import fields
from duediligence.errors import NotFoundError, ValidationError
from duediligence.models import (
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
    ReadinessAssessment,
    RiskItem,
    RiskOption,
    Score,
    Stakeholder,
    StakeholderCriterion,
    WeightProfile,
)
from duediligence.validation import clean

SCALE_BOUNDS = {"0-10": (0.0, 10.0), "1-5": (1.0, 5.0), "yes-no": (0.0, 1.0), "percent": (0.0, 100.0)}


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


def _row(obj: Any, skip: tuple[str, ...] = ("evaluation_id",)) -> dict[str, Any]:
    """A row's columns in table order (stable JSON for scripts and diffs)."""
    columns = obj.__table__.columns
    return {c.key: _plain(getattr(obj, c.key)) for c in columns if c.key not in skip}


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
    doc["chosen_option"] = option_names.get(evaluation.chosen_option_id)
    doc["options"] = [{**_row(o), "costs": [_row(c) for c in costs if c.option_id == o.id]} for o in options]
    doc["criteria_groups"] = [
        {**_row(g), "criteria": [_row(c) for c in criteria if c.group_id == g.id]}
        for g in _children(session, CriterionGroup, evaluation_id)
    ]
    doc["ungrouped_criteria"] = [_row(c) for c in criteria if c.group_id is None]
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
    reviews = _children(session, PurchaseReview, evaluation_id)
    doc["review"] = _row(reviews[0]) if reviews else None
    return doc


# Keys a document may carry besides the editable fields: ids and references, which the workbook
# assigns or resolves itself (so `show --json` output can be read back), and nested lists.
STRUCTURE = frozenset(
    {"id", "position", "evaluation_id", "created_at", "updated_at", "option_id", "criterion_id", "group_id",
     "stakeholder_id", "raised_from_id", "option", "criterion", "stakeholder", "chosen_option", "costs",
     "criteria", "options", "criteria_groups", "ungrouped_criteria", "scores", "risks", "stakeholders",
     "approvals", "change_notes", "actions", "pairwise_comparisons", "a", "b", "weights", "readiness",
     "review", "note_id", "risk_id", "evaluator_scores", "inquiries"}
)  # fmt: skip


def _take(doc: Any, specs: dict[str, Any], where: str) -> dict[str, Any]:
    """The document's values for the fields `specs` knows, checked; an unknown key is refused."""
    if not isinstance(doc, dict):
        raise ValidationError(where.rstrip(".") or "document", type(doc).__name__, "expected an object")
    for key in doc:
        if key not in specs and key not in STRUCTURE:
            raise ValidationError(f"{where}{key}", doc[key], "is not a field this workbook knows")
    return clean(specs, {k: v for k, v in doc.items() if k in specs}, where=where)


def _lookup(names: dict[str, int], name: Any, kind: str, where: str) -> int | None:
    if name is None:
        return None
    if name not in names:
        raise ValidationError(where, name, f"names no {kind} of this evaluation")
    return names[name]


def _names(names: dict[str, int], given: Any, kind: str, where: str) -> list[int]:
    """Ids for a list of names (links such as the options a risk concerns)."""
    if given is None:
        return []
    if not isinstance(given, list):
        raise ValidationError(where, given, f"expected a list of {kind} names")
    ids = [_lookup(names, name, kind, where) for name in given]
    return list(dict.fromkeys(i for i in ids if i is not None))


def _unique(names: dict[str, int], name: str, kind: str, where: str, new_id: int) -> None:
    if name in names:
        raise ValidationError(where, name, f"two {kind}s have this name")
    names[name] = new_id


def check_score(criterion: Criterion, values: dict[str, Any], where: str) -> None:
    """A score must lie on its criterion's scale, with low <= value <= high."""
    bounds = SCALE_BOUNDS.get(criterion.scale)
    lo_bound = criterion.scale_min if criterion.scale_min is not None else (bounds or (None, None))[0]
    hi_bound = criterion.scale_max if criterion.scale_max is not None else (bounds or (None, None))[1]
    for key in ("value", "low", "high"):
        x = values.get(key)
        if x is None:
            continue
        if (lo_bound is not None and x < lo_bound) or (hi_bound is not None and x > hi_bound):
            raise ValidationError(f"{where}{key}", x, f"is outside the scale {lo_bound:g} to {hi_bound:g}")
    low, value, high = values.get("low"), values.get("value"), values.get("high")
    if low is not None and high is not None and low > high:
        raise ValidationError(
            f"{where}range", (low, high), f"the low end {low:g} is above the high end {high:g}"
        )
    if value is not None and ((low is not None and value < low) or (high is not None and value > high)):
        span = f"{'…' if low is None else f'{low:g}'}–{'…' if high is None else f'{high:g}'}"
        raise ValidationError(
            f"{where}range",
            (low, value, high),
            f"the value {value:g} lies outside its range {span}; change the range too",
        )


def insert_document(session: Session, doc: dict[str, Any], *, where: str = "") -> int:
    """Create an evaluation with everything in `doc`; returns its id. Raises before committing anything
    the caller's transaction would keep if any part is invalid (the caller rolls back)."""
    evaluation = Evaluation(**_take(doc, fields.EVALUATION, where))
    if "title" not in doc:
        raise ValidationError(f"{where}title", None, "cannot be empty")
    session.add(evaluation)
    session.flush()
    eid = evaluation.id
    assert eid is not None

    options: dict[str, int] = {}
    for i, item in enumerate(doc.get("options", [])):
        at = f"{where}options[{i}]."
        option = Option(evaluation_id=eid, position=i, **_take(item, fields.OPTION, at))
        session.add(option)
        session.flush()
        _unique(options, option.name, "option", f"{at}name", option.id)  # type: ignore[arg-type]
        for j, cost in enumerate(item.get("costs", [])):
            values = _take(cost, fields.COST_ITEM, f"{at}costs[{j}].")
            ends = [values.get("low"), values.get("amount"), values.get("high")]
            if [x for x in ends if x is not None] != sorted(x for x in ends if x is not None):
                raise ValidationError(
                    f"{at}costs[{j}].range", tuple(ends), "must satisfy low ≤ amount ≤ high"
                )
            session.add(CostItem(evaluation_id=eid, option_id=option.id, position=j, **values))

    criteria: dict[str, Criterion] = {}
    criterion_ids: dict[str, int] = {}
    groups = [(g, f"{where}criteria_groups[{i}].") for i, g in enumerate(doc.get("criteria_groups", []))]
    position = 0
    ungrouped = ({"criteria": doc.get("ungrouped_criteria", [])}, f"{where}ungrouped_")
    for group_position, (group_doc, at) in enumerate([*groups, ungrouped]):
        group_id = None
        if "name" in group_doc:
            values = _take(group_doc, fields.CRITERION_GROUP, at)
            group = CriterionGroup(evaluation_id=eid, position=group_position, **values)
            session.add(group)
            session.flush()
            group_id = group.id
        for j, item in enumerate(group_doc.get("criteria", [])):
            c_at = f"{at}criteria[{j}]."
            criterion = Criterion(
                evaluation_id=eid, group_id=group_id, position=position, **_take(item, fields.CRITERION, c_at)
            )
            position += 1
            session.add(criterion)
            session.flush()
            _unique(criterion_ids, criterion.name, "criterion", f"{c_at}name", criterion.id)  # type: ignore[arg-type]
            criteria[criterion.name] = criterion

    for i, item in enumerate(doc.get("scores", [])):
        at = f"{where}scores[{i}]."
        option_id = _lookup(options, item.get("option"), "option", f"{at}option")
        criterion_id = _lookup(criterion_ids, item.get("criterion"), "criterion", f"{at}criterion")
        if option_id is None or criterion_id is None:
            raise ValidationError(
                f"{at}option", item.get("option"), "a score needs an option and a criterion"
            )
        values = _take(item, fields.SCORE, at)
        check_score(criteria[item["criterion"]], values, at)
        session.add(Score(evaluation_id=eid, option_id=option_id, criterion_id=criterion_id, **values))

    for i, item in enumerate(doc.get("pairwise_comparisons", [])):
        at = f"{where}pairwise_comparisons[{i}]."
        a = _lookup(criterion_ids, item.get("a"), "criterion", f"{at}a")
        b = _lookup(criterion_ids, item.get("b"), "criterion", f"{at}b")
        if a is None or b is None or a == b:
            raise ValidationError(f"{at}b", item.get("b"), "a comparison needs two different criteria")
        value = fields.SAATY(f"{at}value", item.get("value"))
        session.add(PairwiseComparison(evaluation_id=eid, criterion_a_id=a, criterion_b_id=b, value=value))

    for i, item in enumerate(doc.get("risks", [])):
        at = f"{where}risks[{i}]."
        option_id = _lookup(options, item.get("option"), "option", f"{at}option")
        risk = RiskItem(
            evaluation_id=eid, option_id=option_id, position=i, **_take(item, fields.RISK_ITEM, at)
        )
        session.add(risk)
        session.flush()
        for name_id in _names(options, item.get("options"), "option", f"{at}options"):
            session.add(RiskOption(evaluation_id=eid, risk_id=risk.id, option_id=name_id))

    people: dict[str, int] = {}
    for i, item in enumerate(doc.get("stakeholders", [])):
        at = f"{where}stakeholders[{i}]."
        person = Stakeholder(evaluation_id=eid, position=i, **_take(item, fields.STAKEHOLDER, at))
        session.add(person)
        session.flush()
        _unique(people, person.name, "stakeholder", f"{at}name", person.id)  # type: ignore[arg-type]
        for criterion_id in _names(criterion_ids, item.get("criteria"), "criterion", f"{at}criteria"):
            session.add(
                StakeholderCriterion(evaluation_id=eid, stakeholder_id=person.id, criterion_id=criterion_id)
            )
        profile = item.get("weights") or {}
        if not isinstance(profile, dict):
            raise ValidationError(f"{at}weights", profile, "expected criterion names with weights")
        for name, weight in profile.items():
            criterion_id = _lookup(criterion_ids, name, "criterion", f"{at}weights")
            value = fields.WEIGHT_PROFILE["weight"](f"{at}weights.{name}", weight)
            session.add(
                WeightProfile(
                    evaluation_id=eid, stakeholder_id=person.id, criterion_id=criterion_id, weight=value
                )
            )

    for i, item in enumerate(doc.get("approvals", [])):
        at = f"{where}approvals[{i}]."
        person_id = _lookup(people, item.get("stakeholder"), "stakeholder", f"{at}stakeholder")
        session.add(Approval(evaluation_id=eid, stakeholder_id=person_id, **_take(item, fields.APPROVAL, at)))
    for i, item in enumerate(doc.get("change_notes", [])):
        at = f"{where}change_notes[{i}]."
        note = ChangeNote(evaluation_id=eid, **_take(item, fields.CHANGE_NOTE, at))
        session.add(note)
        session.flush()
        for person_id in _names(people, item.get("stakeholders"), "stakeholder", f"{at}stakeholders"):
            session.add(ChangeNoteStakeholder(evaluation_id=eid, note_id=note.id, stakeholder_id=person_id))
        for option_id in _names(options, item.get("options"), "option", f"{at}options"):
            session.add(ChangeNoteOption(evaluation_id=eid, note_id=note.id, option_id=option_id))
    for i, item in enumerate(doc.get("actions", [])):
        at = f"{where}actions[{i}]."
        person_id = _lookup(people, item.get("stakeholder"), "stakeholder", f"{at}stakeholder")
        session.add(
            ActionItem(evaluation_id=eid, stakeholder_id=person_id, **_take(item, fields.ACTION_ITEM, at))
        )

    for i, item in enumerate(doc.get("evaluator_scores", [])):
        at = f"{where}evaluator_scores[{i}]."
        option_id = _lookup(options, item.get("option"), "option", f"{at}option")
        criterion_id = _lookup(criterion_ids, item.get("criterion"), "criterion", f"{at}criterion")
        if option_id is None or criterion_id is None:
            raise ValidationError(
                f"{at}option", item.get("option"), "a score needs an option and a criterion"
            )
        values = _take(item, fields.EVALUATOR_SCORE, at)
        check_score(criteria[item["criterion"]], {"value": values.get("value")}, at)
        session.add(
            EvaluatorScore(evaluation_id=eid, option_id=option_id, criterion_id=criterion_id, **values)
        )
    for i, item in enumerate(doc.get("inquiries", [])):
        at = f"{where}inquiries[{i}]."
        option_id = _lookup(options, item.get("option"), "option", f"{at}option")
        criterion_id = _lookup(criterion_ids, item.get("criterion"), "criterion", f"{at}criterion")
        values = _take(item, fields.INQUIRY, at)
        session.add(Inquiry(evaluation_id=eid, option_id=option_id, criterion_id=criterion_id, **values))
    for i, item in enumerate(doc.get("readiness", [])):
        at = f"{where}readiness[{i}]."
        session.add(ReadinessAssessment(evaluation_id=eid, **_take(item, fields.READINESS_ASSESSMENT, at)))
    if doc.get("review"):
        session.add(
            PurchaseReview(evaluation_id=eid, **_take(doc["review"], fields.PURCHASE_REVIEW, "review."))
        )

    evaluation.chosen_option_id = _lookup(
        options, doc.get("chosen_option"), "option", f"{where}chosen_option"
    )
    session.flush()
    return eid
