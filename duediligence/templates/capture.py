"""Save as template: what an evaluation teaches about a kind of purchase, without what is only its own.

Kept: criteria groups, criteria with their weights, scales and must-haves, pairwise comparisons, the
evaluation's settings, its checklist items (once each, as an inline checklist), the buying roles and job
titles of its people (as suggestions), the labels of its costs (as suggestions) and, if asked, the
options' names and kinds. Left out: the title, need and goals, scores, amounts, risks, notes, actions,
the decision, and anything personal (people's names, contacts, stances, concerns).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from duediligence.enums import RiskKind
from duediligence.reads.documents import evaluation_document
from duediligence.storage.models import Evaluation, RiskItem
from duediligence.templates.checklists import TemplateError
from duediligence.templates.evaluations import FORMAT, VERSION, EvaluationTemplate, parse_template, slug

_SETTINGS = ("kind", "currency", "horizon_years", "discount_rate", "missing_policy", "must_have_policy",
             "weight_source", "risk_exposure_mode", "review_after_days")  # fmt: skip
_CRITERION = ("name", "description", "weight", "scale", "scale_min", "scale_max", "unit", "direction",
              "must_have", "must_have_threshold", "value_source")  # fmt: skip


def template_from_evaluation(
    session: Session, evaluation_id: int, name: str, *, description: str = "", include_options: bool = False
) -> dict[str, Any]:
    """The template file's content (JSON-ready) for one evaluation."""
    doc = evaluation_document(session, evaluation_id, scores=False)
    evaluation = session.get(Evaluation, evaluation_id)
    assert evaluation is not None  # evaluation_document raised otherwise
    document: dict[str, Any] = {k: doc[k] for k in _SETTINGS}
    if include_options:
        document["options"] = [{"name": o["name"], "kind": o["kind"]} for o in doc["options"]]
    document["criteria_groups"] = [
        {
            "name": g["name"],
            "description": g["description"],
            "criteria": [_criterion(c) for c in g["criteria"]],
        }
        for g in doc["criteria_groups"]
    ]
    if doc["ungrouped_criteria"]:
        document["ungrouped_criteria"] = [_criterion(c) for c in doc["ungrouped_criteria"]]
    if doc["pairwise_comparisons"]:
        document["pairwise_comparisons"] = doc["pairwise_comparisons"]
    template: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "key": slug(name),
        "name": name.strip(),
        "description": description,
        "audience": "consumer" if evaluation.quick_mode else "business",
        "quick_mode": bool(evaluation.quick_mode),
    }
    checklist = _checklist_items(session, evaluation_id)
    if checklist:
        template["checklist"] = {"name": f"{name.strip()} checklist", "items": checklist}
    roles = {(p["buying_role"], p["title"].strip() or p["buying_role"].replace("_", " ").capitalize())
             for p in doc["stakeholders"] if p["buying_role"]}  # fmt: skip
    template["stakeholder_roles"] = [{"role": r, "label": label} for r, label in sorted(roles)][:50]
    costs: dict[str, Any] = {}
    for option in doc["options"]:
        for c in option["costs"]:
            costs.setdefault(c["label"].casefold(), {k: c[k] for k in ("label", "category", "recurrence")})
    template["cost_lines"] = list(costs.values())[:50]
    template["document"] = document
    return template


def _criterion(row: dict[str, Any]) -> dict[str, Any]:
    return {k: row[k] for k in _CRITERION if row[k] not in (None, "")}


def _checklist_items(session: Session, evaluation_id: int) -> list[dict[str, Any]]:
    query = (
        select(RiskItem)
        .where(col(RiskItem.evaluation_id) == evaluation_id, col(RiskItem.kind) == RiskKind.CHECKLIST.value)
        .order_by(col(RiskItem.position), col(RiskItem.id))
    )
    items: dict[tuple[str, str], dict[str, Any]] = {}
    for r in session.exec(query):
        item = {
            "category": r.category,
            "title": r.title,
            "description": r.description,
            "critical": r.critical,
        }
        if r.question.strip():  # what the vendor is asked goes along; never an answer
            item.update(question=r.question, answer_kind=r.answer_kind)
            item.update({k: v for k, v in (("unit", r.answer_unit), ("expected", r.expected_answer)) if v})
        items.setdefault((r.category.casefold(), r.title.casefold()), item)
    return list(items.values())[:500]


def template_json(template: dict[str, Any]) -> str:
    return json.dumps(template, indent=2, ensure_ascii=False) + "\n"


def save_user_template(template: dict[str, Any], folder: Path | None = None) -> EvaluationTemplate:
    """Validate the template and write it among the user's (a new file, never overwriting another)."""
    from duediligence.templates.evaluations import user_templates_dir

    folder = folder or user_templates_dir()
    text = template_json(template)
    parse_template(text, str(template.get("name", "template")))  # refuses what could not be read back
    stem = slug(str(template.get("name", "")))
    target, n = folder / f"{stem}.json", 2
    while target.exists():
        target, n = folder / f"{stem}-{n}.json", n + 1
    temporary = target.with_name(target.name + ".part")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise TemplateError(str(target), f"cannot be written ({exc.strerror or exc})") from None
    return parse_template(text, str(target), path=str(target))
