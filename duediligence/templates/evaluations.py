"""Evaluation templates: a ready-made start for a kind of purchase. Shipped ones in `resources/templates/`,
the user's own as JSON files in `data_dir()/templates/evaluations/`. Loading never fails as a whole: a
broken file becomes a problem naming the file and what is wrong, and the good templates still load.

A template file is a small header around an evaluation document (the format `insert_document` reads)::

    {"format": "duediligence-evaluation-template", "version": 1, "key": "car", "name": "Car",
     "description": "…", "audience": "consumer", "quick_mode": true,
     "checklist": "shipped:40-consumer-purchase",       # a checklist template's key, or one inline
     "stakeholder_roles": [{"role": "approver", "label": "IT security", "why": "…"}],   # suggestions
     "cost_lines": [{"label": "Insurance", "category": "other", "recurrence": "yearly"}],  # suggestions
     "document": {"kind": "car", "options": […], "criteria_groups": […]}}

Roles and cost lines are suggestions, never rows: a template creates no made-up people and no costs of
0 that would make an option look free. The checklist is copied into every option one buys from someone
(kind vendor product or other), the pre-filled ones and, through `AddOptionWithChecklist`, later ones.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from duediligence import fields
from duediligence import validation as v
from duediligence.enums import BuyingRole, CostCategory, CostRecurrence
from duediligence.errors import ValidationError
from duediligence.i18n import QT_TRANSLATE_NOOP, translate
from duediligence.operations.checklists import SHIPPED, USER, ChecklistTemplate
from duediligence.templates.checklists import TemplateError, _template
from duediligence.templates.localise import CONTEXT, localised

FORMAT = "duediligence-evaluation-template"
VERSION = 1
MAX_TEMPLATE_BYTES = 1_000_000
MAX_OPTIONS, MAX_CRITERIA, MAX_SUGGESTIONS = 50, 300, 50
AUDIENCES = ("business", "consumer")
# Options one buys from someone: the ones a due-diligence checklist is about.
_TOP_KEYS = {"format", "version", "key", "name", "description", "audience", "quick_mode", "checklist",
             "stakeholder_roles", "cost_lines", "document"}  # fmt: skip
# A template describes a kind of purchase: no scores, no people, no decision.
_NOT_IN_TEMPLATES = {
    "scores": "scores", "evaluator_scores": "scores", "stakeholders": "people", "approvals": "approvals",
    "change_notes": "change notes", "actions": "action items", "readiness": "readiness assessments",
    "review": "a review", "chosen_option": "a decision", "chosen_option_id": "a decision",
    "rationale": "a decision", "decided_on": "a decision", "decided_by": "a decision",
    "title": "a title (it is asked when the template is used)", "status": "a status",
    "archived": "an archived flag",
}  # fmt: skip


@dataclass(frozen=True)
class RoleSuggestion:
    role: str  # a BuyingRole value
    label: str  # who, in words ("IT security officer"): a role, never a person's name
    why: str = ""


@dataclass(frozen=True)
class CostLine:
    label: str
    category: str
    recurrence: str


@dataclass(frozen=True)
class EvaluationTemplate:
    key: str
    name: str
    description: str
    audience: str  # "business" or "consumer"
    quick_mode: bool
    document: Mapping[str, Any]
    checklist: ChecklistTemplate | None = None
    stakeholder_roles: tuple[RoleSuggestion, ...] = ()
    cost_lines: tuple[CostLine, ...] = ()
    source: str = USER
    path: str | None = None

    @property
    def ident(self) -> str:
        return f"{self.source}:{self.key}"

    @property
    def kind(self) -> str:
        return str(self.document.get("kind", ""))

    def criteria_count(self) -> int:
        groups = [
            *self.document.get("criteria_groups", []),
            {"criteria": self.document.get("ungrouped_criteria", [])},
        ]
        return sum(len(g.get("criteria", [])) for g in groups)


@dataclass(frozen=True)
class EvaluationTemplateCatalogue:
    templates: tuple[EvaluationTemplate, ...]
    problems: tuple[TemplateError, ...] = field(default_factory=tuple)

    def find(self, ident: str) -> EvaluationTemplate | None:
        return next((t for t in self.templates if ident in (t.ident, t.key)), None)

    def for_kind(self, kind: str) -> EvaluationTemplate | None:
        """The template an evaluation of this kind came from (shipped first), for its suggestions."""
        return next((t for t in self.templates if kind and t.kind == kind), None)


def user_templates_dir() -> Path:
    from duediligence.paths import data_dir

    return data_dir() / "templates" / "evaluations"


# ---- reading and validating ----------------------------------------------------------------------


def parse_template(
    data: bytes | str,
    file: str,
    *,
    checklists: Mapping[str, ChecklistTemplate] | None = None,
    source: str = USER,
    path: str | None = None,
) -> EvaluationTemplate:
    """Validate a template's JSON text; raises TemplateError naming `file` and the first problem.
    `checklists` maps checklist keys to templates, for a checklist given by key."""
    if len(data) > MAX_TEMPLATE_BYTES:
        raise TemplateError(
            file, f"is larger than {MAX_TEMPLATE_BYTES // 1_000_000} MB; not an evaluation template"
        )
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise TemplateError(file, f"is not UTF-8 text (byte {exc.start})") from None
    try:
        doc = json.loads(data)
    except json.JSONDecodeError as exc:
        raise TemplateError(
            file, f"is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    except RecursionError:
        raise TemplateError(file, "is not valid JSON: nested too deeply") from None
    try:
        template = _evaluation_template(doc, checklists, source, path)
        _check_document(template.document)
    except ValidationError as exc:
        raise TemplateError(file, f"{exc.field}: {exc.reason}") from None
    return template


def _evaluation_template(
    doc: Any, checklists: Mapping[str, ChecklistTemplate] | None, source: str, path: str | None
) -> EvaluationTemplate:
    if source == SHIPPED:  # the user's language, before it is read (templates.localise)
        doc = localised(doc)
    if not isinstance(doc, dict):
        raise ValidationError(
            "template", type(doc).__name__, "expected a JSON object with a name and a document"
        )
    for key in doc:
        if key not in _TOP_KEYS:
            raise ValidationError(str(key), doc[key], "is not a key an evaluation template has")
    if doc.get("format", FORMAT) != FORMAT:
        raise ValidationError("format", doc["format"], f"must be {FORMAT!r}")
    if doc.get("version", VERSION) != VERSION:
        raise ValidationError("version", doc["version"], f"this app reads version {VERSION}")
    name = v.text(200, required=True)("name", doc.get("name"))
    key = v.text(60)("key", doc.get("key") or slug(name))
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", key):
        raise ValidationError("key", key, "use lower-case letters, digits and hyphens")
    audience = doc.get("audience", "business")
    if audience not in AUDIENCES:
        raise ValidationError("audience", audience, "must be 'business' or 'consumer'")
    document = doc.get("document")
    if not isinstance(document, dict):
        raise ValidationError("document", document, "expected the evaluation document as an object")
    return EvaluationTemplate(
        key=key,
        name=name,
        description=v.text()("description", doc.get("description", "")),
        audience=audience,
        quick_mode=v.flag("quick_mode", doc.get("quick_mode", audience == "consumer")),
        document=document,
        checklist=_checklist(doc.get("checklist"), checklists),
        stakeholder_roles=tuple(
            RoleSuggestion(
                role=v.choice(BuyingRole)(f"{at}role", item.get("role")),
                label=v.text(200, required=True)(f"{at}label", item.get("label")),
                why=v.text(500)(f"{at}why", item.get("why", "")),
            )
            for at, item in _list(doc, "stakeholder_roles", {"role", "label", "why"})
        ),
        cost_lines=tuple(
            CostLine(
                label=fields.NAME(f"{at}label", item.get("label")),
                category=v.choice(CostCategory)(f"{at}category", item.get("category", "other")),
                recurrence=v.choice(CostRecurrence)(f"{at}recurrence", item.get("recurrence", "one_time")),
            )
            for at, item in _list(doc, "cost_lines", {"label", "category", "recurrence"})
        ),
        source=source,
        path=path,
    )


def _list(doc: dict[str, Any], key: str, allowed: set[str]) -> list[tuple[str, dict[str, Any]]]:
    items = doc.get(key, [])
    if not isinstance(items, list):
        raise ValidationError(key, items, "expected a list")
    if len(items) > MAX_SUGGESTIONS:
        raise ValidationError(key, f"{len(items)} entries", f"at most {MAX_SUGGESTIONS}")
    found = []
    for i, item in enumerate(items):
        at = f"{key}[{i}]."
        if not isinstance(item, dict):
            raise ValidationError(at.rstrip("."), type(item).__name__, "expected an object")
        for name in item:
            if name not in allowed:
                raise ValidationError(f"{at}{name}", item[name], f"is not a key of {key.replace('_', ' ')}")
        found.append((at, item))
    return found


def _checklist(given: Any, checklists: Mapping[str, ChecklistTemplate] | None) -> ChecklistTemplate | None:
    if given is None:
        return None
    if isinstance(given, str):
        known = checklists if checklists is not None else {t.key: t for t in _checklist_catalogue()}
        if given not in known:
            raise ValidationError("checklist", given, "names no checklist template this app knows")
        return known[given]
    try:
        return _template(given, USER, None)
    except ValidationError as exc:
        raise ValidationError(f"checklist.{exc.field}", exc.value, exc.reason) from None


def _check_document(document: Mapping[str, Any]) -> None:
    """The document holds nothing a template must not carry, within size limits, and inserts cleanly
    (tried in a throw-away in-memory workbook, so a template that loads always creates)."""
    for key, what in _NOT_IN_TEMPLATES.items():
        if key in document:
            raise ValidationError(f"document.{key}", document[key], f"a template holds no {what}")
    options = document.get("options", [])
    if isinstance(options, list) and len(options) > MAX_OPTIONS:
        raise ValidationError("document.options", f"{len(options)} options", f"at most {MAX_OPTIONS}")
    groups = document.get("criteria_groups", [])
    count = (
        sum(len(g.get("criteria", [])) for g in groups if isinstance(g, dict))
        if isinstance(groups, list)
        else 0
    )
    if count > MAX_CRITERIA:
        raise ValidationError("document.criteria_groups", f"{count} criteria", f"at most {MAX_CRITERIA}")
    from duediligence.operations.documents import insert_document

    session = _scratch_session()
    try:
        insert_document(session, {**document, "title": "template"}, where="document.")
    except ValidationError:
        raise
    except Exception as exc:  # a list where an object belongs and the like: say so, never crash
        raise ValidationError(
            "document", None, f"is not shaped like an evaluation document ({exc})"
        ) from None
    finally:
        session.rollback()
        session.close()


def _scratch_session() -> Any:
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool
    from sqlmodel import Session, SQLModel

    import duediligence.storage.models  # noqa: F401  (the tables)

    global _SCRATCH
    if _SCRATCH is None:
        engine = create_engine("sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False})
        SQLModel.metadata.create_all(engine)
        _SCRATCH = engine
    return Session(_SCRATCH)


_SCRATCH: Any = None


def _checklist_catalogue() -> tuple[ChecklistTemplate, ...]:
    from duediligence.templates.checklists import load_templates

    return load_templates().templates


def read_template(
    path: Path, *, checklists: Mapping[str, ChecklistTemplate] | None = None, source: str = USER
) -> EvaluationTemplate:
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_TEMPLATE_BYTES + 1)
    except OSError as exc:
        raise TemplateError(str(path), f"cannot be read ({exc.strerror or exc})") from None
    return parse_template(data, str(path), checklists=checklists, source=source, path=str(path))


def load_templates(
    user_folder: Path | None = None, checklists: Mapping[str, ChecklistTemplate] | None = None
) -> EvaluationTemplateCatalogue:
    """Shipped templates, then the user's; a broken file is reported in `problems`, never raised."""
    from duediligence.paths import resource

    known = checklists if checklists is not None else {t.key: t for t in _checklist_catalogue()}
    found, problems = [], []
    folder = resource("templates")
    for node in sorted(folder.iterdir(), key=lambda n: n.name) if folder.is_dir() else []:
        if node.name.endswith(".json"):
            try:
                name = f"templates/{node.name}"
                found.append(
                    parse_template(node.read_bytes(), name, checklists=known, source=SHIPPED, path=node.name)
                )
            except TemplateError as exc:
                problems.append(exc)
    user_folder = user_folder or user_templates_dir()
    try:
        files = (
            sorted(p for p in user_folder.iterdir() if p.suffix.lower() == ".json")
            if user_folder.is_dir()
            else []
        )
    except OSError as exc:
        problems.append(TemplateError(str(user_folder), f"cannot be listed ({exc.strerror or exc})"))
        files = []
    for path in files:
        try:
            found.append(read_template(path, checklists=known))
        except TemplateError as exc:
            problems.append(exc)
    return EvaluationTemplateCatalogue(tuple(found), tuple(problems))


# ---- suggestions for an evaluation made from a template --------------------------------------------

DEFAULT_COST_LINES = (  # English; offered in the user's language (`cost_suggestions`)
    CostLine(QT_TRANSLATE_NOOP("Templates", "Purchase price"), "hardware", "one_time"),
    CostLine(QT_TRANSLATE_NOOP("Templates", "Subscription"), "subscription", "yearly"),
    CostLine(QT_TRANSLATE_NOOP("Templates", "Setup and installation"), "implementation", "one_time"),
    CostLine(QT_TRANSLATE_NOOP("Templates", "Training"), "training", "one_time"),
    CostLine(QT_TRANSLATE_NOOP("Templates", "Support and maintenance"), "support", "yearly"),
    CostLine(QT_TRANSLATE_NOOP("Templates", "Own time and effort"), "internal_effort", "one_time"),
)


def cost_suggestions(kind: str, catalogue: EvaluationTemplateCatalogue | None = None) -> tuple[CostLine, ...]:
    """Cost labels the Costs editor can offer for an evaluation of this kind (a general list otherwise)."""
    template = (catalogue or load_templates()).for_kind(kind)
    if template and template.cost_lines:
        return template.cost_lines
    return tuple(CostLine(translate(CONTEXT, c.label), c.category, c.recurrence) for c in DEFAULT_COST_LINES)


def role_suggestions(
    kind: str, catalogue: EvaluationTemplateCatalogue | None = None
) -> tuple[RoleSuggestion, ...]:
    template = (catalogue or load_templates()).for_kind(kind)
    return template.stakeholder_roles if template else ()


def checklist_for_kind(
    kind: str, catalogue: EvaluationTemplateCatalogue | None = None
) -> ChecklistTemplate | None:
    template = (catalogue or load_templates()).for_kind(kind)
    return template.checklist if template else None


def slug(name: str) -> str:
    text = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")
    return text[:60] or "template"
