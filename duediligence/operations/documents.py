"""Storing an evaluation document (samples, templates, `duediligence add`, `show --json` output) as a
new evaluation: every value checked by the same field specs as the editors, every refusal naming the
JSON path of the value (`options[2].costs[0].amount`), nothing stored unless all of it is valid.

Rows refer to each other by name (a score names its option and criterion); ids and timestamps in a
document are the source workbook's and are not stored (a risk's `raised_from_id` is resolved against
the `id`s of the document's own risks). A document means the same in every language: numbers are
JSON numbers and dates are written YYYY-MM-DD, never text read in the reader's locale.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any

from sqlmodel import Session

from duediligence import fields
from duediligence.decision.answers import check_answer_fields
from duediligence.errors import ValidationError
from duediligence.operations.rules import check_score, check_value_function
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
    stored_id,
    table_name,
)
from duediligence.validation import Checker, check_years_order

ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

# Keys a document may carry besides the editable fields: ids and references, which the workbook
# assigns or resolves itself (so `show --json` output can be read back), and nested lists.
STRUCTURE = frozenset(
    {"id", "position", "evaluation_id", "created_at", "updated_at", "option_id", "criterion_id", "group_id",
     "stakeholder_id", "raised_from_id", "option", "criterion", "stakeholder", "chosen_option", "costs",
     "criteria", "options", "criteria_groups", "ungrouped_criteria", "scores", "risks", "stakeholders",
     "approvals", "change_notes", "actions", "pairwise_comparisons", "a", "b", "weights", "readiness",
     "review", "note_id", "risk_id", "evaluator_scores", "inquiries", "questionnaires"}
)  # fmt: skip


@cache
def _required(model: Any) -> tuple[str, ...]:
    """The fields a row of `model` cannot be stored without (NOT NULL, no default)."""
    table = fields.BY_TABLE.get(table_name(model), {})
    return tuple(
        c.name
        for c in model.__table__.columns
        if c.name in table and not c.nullable and c.default is None and c.server_default is None
    )


@cache
def _kinds(model: Any) -> dict[str, type]:
    """Column name -> the Python type it stores (float, int, date, str, bool)."""
    kinds = {}
    for column in model.__table__.columns:
        try:
            kinds[column.name] = column.type.python_type
        except NotImplementedError:
            continue
    return kinds


def checked(checker: Checker, label: str, value: Any, kind: type | None = None) -> Any:
    """One value through its field's checker, as JSON means it: a number written as text ("60000",
    "1,5") or a date not written YYYY-MM-DD would be read differently in another language."""
    if isinstance(value, str) and value.strip():
        if kind in (int, float):
            raise ValidationError(label, value, "expected a number, written without quotes (e.g. 1234.5)")
        if kind is date and not ISO_DAY.fullmatch(value.strip()):
            raise ValidationError(label, value, "expected a date written as YYYY-MM-DD (e.g. 2026-12-04)")
    return checker(label, value)


def _object(doc: Any, where: str) -> dict[str, Any]:
    if not isinstance(doc, dict):
        raise ValidationError(where.rstrip(".") or "document", _kind(doc), "expected an object")
    return doc


def _kind(value: Any) -> str:
    """What a JSON value is, for a message (never the whole value: it may be a megabyte)."""
    names = {dict: "an object", list: "a list", str: "text", bool: "true or false", type(None): "null"}
    return names.get(type(value), "a number")


def _take(doc: Any, specs: dict[str, Any], where: str, model: Any = None) -> dict[str, Any]:
    """The document's values for the fields `specs` knows, checked; an unknown key is refused, and so
    is a missing field the row cannot be stored without."""
    doc = _object(doc, where)
    for key in doc:
        if key not in specs and key not in STRUCTURE:
            raise ValidationError(f"{where}{key}", doc[key], "is not a field this workbook knows")
    for name in _required(model) if model is not None else ():
        if name not in doc:
            raise ValidationError(f"{where}{name}", None, "is required")
    kinds = _kinds(model) if model is not None else {}
    return {k: checked(specs[k], f"{where}{k}", v, kinds.get(k)) for k, v in doc.items() if k in specs}


def _items(doc: dict[str, Any], key: str, where: str) -> list[Any]:
    """The list a document holds under `key` (absent or null: none)."""
    value = doc.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValidationError(f"{where}{key}", _kind(value), "expected a list")
    return value


def _lookup(names: dict[str, int], name: Any, kind: str, where: str) -> int | None:
    if name is None:
        return None
    article = "an" if kind[0] in "aeiou" else "a"
    if not isinstance(name, str):
        raise ValidationError(where, _kind(name), f"expected the name of {article} {kind}")
    if name not in names:
        raise ValidationError(where, name, f"names no {kind} of this evaluation")
    return names[name]


def _needed(names: dict[str, int], item: dict[str, Any], key: str, kind: str, where: str) -> int:
    found = _lookup(names, item.get(key), kind, f"{where}{key}")
    if found is None:
        raise ValidationError(f"{where}{key}", None, "is required")
    return found


def _names(names: dict[str, int], given: Any, kind: str, where: str) -> list[int]:
    """Ids for a list of names (links such as the options a risk concerns)."""
    if given is None:
        return []
    if not isinstance(given, list):
        raise ValidationError(where, _kind(given), f"expected a list of {kind} names")
    ids = [_lookup(names, name, kind, f"{where}[{i}]") for i, name in enumerate(given)]
    return list(dict.fromkeys(i for i in ids if i is not None))


def _unique(names: dict[str, int], name: str, kind: str, where: str, new_id: int) -> None:
    if name in names:
        raise ValidationError(where, name, f"two {kind}s have this name")
    names[name] = new_id


def insert_document(session: Session, doc: dict[str, Any], *, where: str = "") -> int:
    """Create an evaluation with everything in `doc`; returns its id. Raises before committing anything
    the caller's transaction would keep if any part is invalid (the caller rolls back)."""
    values = _take(doc, fields.EVALUATION, where, Evaluation)
    values.pop("chosen_option_id", None)  # an id of the source workbook: `chosen_option` names it
    evaluation = Evaluation(**values)
    session.add(evaluation)
    session.flush()
    eid = stored_id(evaluation)
    assert eid is not None
    options = _options(session, eid, doc, where)
    criteria = _criteria(session, eid, doc, where)
    criterion_ids = {name: stored_id(c) for name, c in criteria.items()}
    _scores(session, eid, doc, where, options, criteria)
    _risks(session, eid, doc, where, options)
    people = _stakeholders(session, eid, doc, where, criterion_ids)
    _people_rows(session, eid, doc, where, options, people)
    _inquiries_and_reviews(session, eid, doc, where, options, criterion_ids)
    _questionnaires(session, eid, doc, where, options)
    evaluation.chosen_option_id = _lookup(
        options, doc.get("chosen_option"), "option", f"{where}chosen_option"
    )
    session.flush()
    return eid


def _options(session: Session, eid: int, doc: dict[str, Any], where: str) -> dict[str, int]:
    options: dict[str, int] = {}
    for i, item in enumerate(_items(doc, "options", where)):
        at = f"{where}options[{i}]."
        option = Option(evaluation_id=eid, position=i, **_take(item, fields.OPTION, at, Option))
        session.add(option)
        session.flush()
        _unique(options, option.name, "option", f"{at}name", stored_id(option))
        for j, cost in enumerate(_items(item, "costs", at)):
            values = _take(cost, fields.COST_ITEM, f"{at}costs[{j}].", CostItem)
            ends = [values.get("low"), values.get("amount"), values.get("high")]
            if [x for x in ends if x is not None] != sorted(x for x in ends if x is not None):
                raise ValidationError(
                    f"{at}costs[{j}].range", tuple(ends), "must satisfy low ≤ amount ≤ high"
                )
            check_years_order(f"{at}costs[{j}].", values.get("from_year", 1), values.get("to_year"))
            session.add(CostItem(evaluation_id=eid, option_id=stored_id(option), position=j, **values))
    return options


def _criteria(session: Session, eid: int, doc: dict[str, Any], where: str) -> dict[str, Criterion]:
    criteria: dict[str, Criterion] = {}
    criterion_ids: dict[str, int] = {}
    given = _items(doc, "criteria_groups", where)
    groups = [(g, f"{where}criteria_groups[{i}].") for i, g in enumerate(given)]
    position = 0
    for group_position, (group_doc, at) in enumerate([*groups, (None, f"{where}ungrouped_")]):
        group_id = None
        if group_doc is not None:
            values = _take(group_doc, fields.CRITERION_GROUP, at, CriterionGroup)
            group = CriterionGroup(evaluation_id=eid, position=group_position, **values)
            session.add(group)
            session.flush()
            group_id = stored_id(group)
            items = _items(group_doc, "criteria", at)
        else:
            items = _items(doc, "ungrouped_criteria", where)
        for j, item in enumerate(items):
            c_at = f"{at}criteria[{j}]."
            values = _take(item, fields.CRITERION, c_at, Criterion)
            criterion = Criterion(evaluation_id=eid, group_id=group_id, position=position, **values)
            try:
                check_value_function(criterion)
            except ValidationError as exc:
                given = item.get("value_function")
                raise ValidationError(f"{c_at}value_function", given, exc.reason) from exc
            position += 1
            session.add(criterion)
            session.flush()
            _unique(criterion_ids, criterion.name, "criterion", f"{c_at}name", stored_id(criterion))
            criteria[criterion.name] = criterion
    return criteria


def _scores(
    session: Session,
    eid: int,
    doc: dict[str, Any],
    where: str,
    options: dict[str, int],
    criteria: dict[str, Criterion],
) -> None:
    criterion_ids = {name: stored_id(c) for name, c in criteria.items()}
    for i, item in enumerate(_items(doc, "scores", where)):
        at = f"{where}scores[{i}]."
        item = _object(item, at)
        option_id = _needed(options, item, "option", "option", at)
        criterion_id = _needed(criterion_ids, item, "criterion", "criterion", at)
        values = _take(item, fields.SCORE, at, Score)
        check_score(criteria[item["criterion"]], values, at)
        session.add(Score(evaluation_id=eid, option_id=option_id, criterion_id=criterion_id, **values))
    for i, item in enumerate(_items(doc, "pairwise_comparisons", where)):
        at = f"{where}pairwise_comparisons[{i}]."
        _take(item, {"value": fields.SAATY}, at, PairwiseComparison)
        a = _lookup(criterion_ids, item.get("a"), "criterion", f"{at}a")
        b = _lookup(criterion_ids, item.get("b"), "criterion", f"{at}b")
        if a is None or b is None or a == b:
            raise ValidationError(f"{at}b", item.get("b"), "a comparison needs two different criteria")
        value = checked(fields.SAATY, f"{at}value", item.get("value"), float)
        session.add(PairwiseComparison(evaluation_id=eid, criterion_a_id=a, criterion_b_id=b, value=value))
    for i, item in enumerate(_items(doc, "evaluator_scores", where)):
        at = f"{where}evaluator_scores[{i}]."
        item = _object(item, at)
        option_id = _needed(options, item, "option", "option", at)
        criterion_id = _needed(criterion_ids, item, "criterion", "criterion", at)
        values = _take(item, fields.EVALUATOR_SCORE, at, EvaluatorScore)
        check_score(criteria[item["criterion"]], {"value": values.get("value")}, at)
        session.add(
            EvaluatorScore(evaluation_id=eid, option_id=option_id, criterion_id=criterion_id, **values)
        )


def _risks(session: Session, eid: int, doc: dict[str, Any], where: str, options: dict[str, int]) -> None:
    by_document_id: dict[Any, RiskItem] = {}
    raised: list[tuple[RiskItem, Any, str]] = []
    for i, item in enumerate(_items(doc, "risks", where)):
        at = f"{where}risks[{i}]."
        values = _take(item, fields.RISK_ITEM, at, RiskItem)
        option_id = _lookup(options, item.get("option"), "option", f"{at}option")
        risk = RiskItem(evaluation_id=eid, option_id=option_id, position=i, **values)
        check_answer_fields(risk.answer_kind, risk.answer, risk.expected_answer, at)
        session.add(risk)
        session.flush()
        for name_id in _names(options, item.get("options"), "option", f"{at}options"):
            session.add(RiskOption(evaluation_id=eid, risk_id=stored_id(risk), option_id=name_id))
        if type(item.get("id")) is int:  # not True, which equals 1
            by_document_id.setdefault(item["id"], risk)
        if item.get("raised_from_id") is not None:
            raised.append((risk, item["raised_from_id"], f"{at}raised_from_id"))
    for risk, source, at in raised:
        origin = by_document_id.get(source) if type(source) is int else None
        if origin is None or origin is risk:
            raise ValidationError(at, source, "is the id of no risk or checklist item in this document")
        risk.raised_from_id = stored_id(origin)


def _stakeholders(
    session: Session, eid: int, doc: dict[str, Any], where: str, criterion_ids: dict[str, Any]
) -> dict[str, int]:
    people: dict[str, int] = {}
    for i, item in enumerate(_items(doc, "stakeholders", where)):
        at = f"{where}stakeholders[{i}]."
        values = _take(item, fields.STAKEHOLDER, at, Stakeholder)
        person = Stakeholder(evaluation_id=eid, position=i, **values)
        session.add(person)
        session.flush()
        _unique(people, person.name, "stakeholder", f"{at}name", stored_id(person))
        for criterion_id in _names(criterion_ids, item.get("criteria"), "criterion", f"{at}criteria"):
            session.add(
                StakeholderCriterion(
                    evaluation_id=eid, stakeholder_id=stored_id(person), criterion_id=criterion_id
                )
            )
        profile = item.get("weights") or {}
        if not isinstance(profile, dict):
            raise ValidationError(f"{at}weights", _kind(profile), "expected criterion names with weights")
        for name, weight in profile.items():
            weighted = (
                _lookup(criterion_ids, name, "criterion", f"{at}weights.{name}") or 0
            )  # a key: never None
            value = checked(fields.WEIGHT_PROFILE["weight"], f"{at}weights.{name}", weight, float)
            session.add(
                WeightProfile(
                    evaluation_id=eid, stakeholder_id=stored_id(person), criterion_id=weighted, weight=value
                )
            )
    return people


def _people_rows(
    session: Session,
    eid: int,
    doc: dict[str, Any],
    where: str,
    options: dict[str, int],
    people: dict[str, int],
) -> None:
    for i, item in enumerate(_items(doc, "approvals", where)):
        at = f"{where}approvals[{i}]."
        values = _take(item, fields.APPROVAL, at, Approval)
        person_id = _lookup(people, item.get("stakeholder"), "stakeholder", f"{at}stakeholder")
        session.add(Approval(evaluation_id=eid, stakeholder_id=person_id, **values))
    for i, item in enumerate(_items(doc, "change_notes", where)):
        at = f"{where}change_notes[{i}]."
        note = ChangeNote(evaluation_id=eid, **_take(item, fields.CHANGE_NOTE, at, ChangeNote))
        session.add(note)
        session.flush()
        for person_id in _names(people, item.get("stakeholders"), "stakeholder", f"{at}stakeholders"):
            session.add(
                ChangeNoteStakeholder(evaluation_id=eid, note_id=stored_id(note), stakeholder_id=person_id)
            )
        for option_id in _names(options, item.get("options"), "option", f"{at}options"):
            session.add(ChangeNoteOption(evaluation_id=eid, note_id=stored_id(note), option_id=option_id))
    for i, item in enumerate(_items(doc, "actions", where)):
        at = f"{where}actions[{i}]."
        values = _take(item, fields.ACTION_ITEM, at, ActionItem)
        person_id = _lookup(people, item.get("stakeholder"), "stakeholder", f"{at}stakeholder")
        session.add(ActionItem(evaluation_id=eid, stakeholder_id=person_id, **values))
    for i, item in enumerate(_items(doc, "readiness", where)):
        at = f"{where}readiness[{i}]."
        values = _take(item, fields.READINESS_ASSESSMENT, at, ReadinessAssessment)
        session.add(ReadinessAssessment(evaluation_id=eid, **values))


def _inquiries_and_reviews(
    session: Session,
    eid: int,
    doc: dict[str, Any],
    where: str,
    options: dict[str, int],
    criterion_ids: dict[str, Any],
) -> None:
    for i, item in enumerate(_items(doc, "inquiries", where)):
        at = f"{where}inquiries[{i}]."
        values = _take(item, fields.INQUIRY, at, Inquiry)
        option_id = _lookup(options, item.get("option"), "option", f"{at}option")
        criterion_id = _lookup(criterion_ids, item.get("criterion"), "criterion", f"{at}criterion")
        session.add(Inquiry(evaluation_id=eid, option_id=option_id, criterion_id=criterion_id, **values))
    review = doc.get("review")
    if review is not None and review != {}:
        values = _take(review, fields.PURCHASE_REVIEW, f"{where}review.", PurchaseReview)
        session.add(PurchaseReview(evaluation_id=eid, **values))


def _questionnaires(
    session: Session, eid: int, doc: dict[str, Any], where: str, options: dict[str, int]
) -> None:
    """Each option's questionnaire tracking; a new token, so files sent from the source are not its."""
    import uuid

    asked: set[int] = set()
    for i, item in enumerate(_items(doc, "questionnaires", where)):
        at = f"{where}questionnaires[{i}]."
        values = _take(item, fields.QUESTIONNAIRE, at, Questionnaire)
        option_id = _needed(options, _object(item, at), "option", "option", at)
        if option_id in asked:
            raise ValidationError(
                f"{at}option", item["option"], "has a questionnaire already in this document"
            )
        asked.add(option_id)
        session.add(Questionnaire(evaluation_id=eid, option_id=option_id, token=str(uuid.uuid4()), **values))
