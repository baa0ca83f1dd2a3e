"""Due-diligence checklist templates: shipped ones in `resources/checklists/`, the user's own as JSON files in
`data_dir()/templates/checklists/`. Loading never fails as a whole: each broken file becomes a problem
that names the file and what is wrong, and the good templates are still returned.

A template file looks like this (``format`` and ``version`` are optional, ``kind`` and ``description`` too)::

    {"format": "duediligence-checklist", "version": 1, "name": "…", "description": "…", "kind": "software",
     "items": [{"category": "Security", "title": "…", "description": "…", "critical": true}, …]}

An item may also ask the vendor a question in the questionnaire: ``"question": "…"``, ``"answer_kind"``
(yes_no, text, number, date, document), ``"unit"`` and ``"expected"`` (see `decision.answers`).
Questionnaire templates (`resources/questionnaires/`, format ``duediligence-questionnaire``) are the
same files in which every item asks a question.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from duediligence import fields
from duediligence import validation as v
from duediligence.enums import AnswerKind
from duediligence.errors import ValidationError, WorkbookError
from duediligence.operations.checklists import SHIPPED, USER, ChecklistEntry, ChecklistTemplate
from duediligence.templates.localise import localised

FORMAT = "duediligence-checklist"
QUESTIONNAIRE_FORMAT = "duediligence-questionnaire"
VERSION = 1
MAX_TEMPLATE_BYTES = 1_000_000
MAX_ITEMS = 500
_TOP_KEYS = {"format", "version", "name", "description", "kind", "items"}
_ITEM_KEYS = {"category", "title", "description", "critical", "question", "answer_kind", "unit", "expected"}


class TemplateError(WorkbookError):
    """A template file that cannot be used: `file` names it, `problem` says what is wrong."""

    def __init__(self, file: str, problem: str) -> None:
        self.file, self.problem = file, problem
        super().__init__(f"{file}: {problem}")


@dataclass(frozen=True)
class TemplateCatalogue:
    """The templates that loaded, shipped first, and one problem per file that did not."""

    templates: tuple[ChecklistTemplate, ...]
    problems: tuple[TemplateError, ...] = field(default_factory=tuple)


def user_templates_dir() -> Path:
    from duediligence.paths import data_dir

    return data_dir() / "templates" / "checklists"


def parse_template(
    data: bytes | str, file: str, *, source: str = USER, path: str | None = None
) -> ChecklistTemplate:
    """Validate a template's JSON text; raises TemplateError naming `file` and the first problem."""
    if len(data) > MAX_TEMPLATE_BYTES:
        limit = MAX_TEMPLATE_BYTES // 1_000_000
        raise TemplateError(file, f"is larger than {limit} MB; not a checklist template")
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise TemplateError(file, f"is not UTF-8 text (byte {exc.start})") from None
    try:
        doc = json.loads(data)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise TemplateError(file, f"is not valid JSON: {exc.msg} at {where}") from None
    except RecursionError:
        raise TemplateError(file, "is not valid JSON: nested too deeply") from None
    try:
        return _template(doc, source, path)
    except ValidationError as exc:
        raise TemplateError(file, f"{exc.field}: {exc.reason}") from None


def _template(doc: Any, source: str, path: str | None) -> ChecklistTemplate:
    if source == SHIPPED:  # the user's language, before it is read (templates.localise)
        doc = localised(doc)
    if not isinstance(doc, dict):
        raise ValidationError("template", type(doc).__name__, "expected a JSON object with a name and items")
    for key in doc:
        if key not in _TOP_KEYS:
            raise ValidationError(str(key), doc[key], "is not a key a checklist template has")
    if "format" in doc and doc["format"] not in (FORMAT, QUESTIONNAIRE_FORMAT):
        raise ValidationError("format", doc["format"], f"must be {FORMAT!r} or {QUESTIONNAIRE_FORMAT!r}")
    if "version" in doc and doc["version"] != VERSION:
        raise ValidationError("version", doc["version"], f"this app reads version {VERSION}")
    name = v.text(200, required=True)("name", doc.get("name"))
    description = v.text()("description", doc.get("description", ""))
    kind = v.text(60)("kind", doc.get("kind", ""))
    items = doc.get("items")
    if not isinstance(items, list):
        raise ValidationError("items", items, "expected a list of checklist items")
    if not items:
        raise ValidationError("items", items, "a template needs at least one item")
    if len(items) > MAX_ITEMS:
        raise ValidationError("items", f"{len(items)} items", f"at most {MAX_ITEMS}")
    entries = tuple(_entry(item, f"items[{i}].") for i, item in enumerate(items))
    _check_unique(entries)
    return ChecklistTemplate(name, entries, description, kind, source, path)


def _entry(item: Any, where: str) -> ChecklistEntry:
    if not isinstance(item, dict):
        raise ValidationError(where.rstrip("."), type(item).__name__, "expected an object with a title")
    for key in item:
        if key not in _ITEM_KEYS:
            raise ValidationError(f"{where}{key}", item[key], "is not a key a checklist item has")
    spec = fields.RISK_ITEM  # the same limits the workbook stores, so applying never fails
    question = spec["question"](f"{where}question", item.get("question", "")).strip()
    kind = spec["answer_kind"](f"{where}answer_kind", item.get("answer_kind", AnswerKind.TEXT.value))
    expected = item.get("expected", "")
    if isinstance(expected, str) and expected.strip():
        expected = read_stored_expected(kind, expected, f"{where}expected")
    return ChecklistEntry(
        category=spec["category"](f"{where}category", item.get("category", "")).strip(),
        title=spec["title"](f"{where}title", item.get("title")),
        description=spec["description"](f"{where}description", item.get("description", "")),
        critical=spec["critical"](f"{where}critical", item.get("critical", False)),
        question=question,
        answer_kind=kind,
        answer_unit=spec["answer_unit"](f"{where}unit", item.get("unit", "")).strip(),
        expected_answer=spec["expected_answer"](f"{where}expected", expected),
    )


def read_stored_expected(kind: str, expected: str, field: str) -> str:
    """An expected answer as a template writes it: the stored form, the same in every language."""
    from duediligence.decision.answers import expected_forms, is_stored_expected

    if not is_stored_expected(kind, expected.strip()):
        raise ValidationError(field, expected, f"expected {expected_forms(kind)} for a {kind} answer")
    return expected.strip()


def _check_unique(entries: Sequence[ChecklistEntry]) -> None:
    seen: set[tuple[str, str]] = set()
    for i, entry in enumerate(entries):
        key = (entry.category.casefold(), entry.title.casefold())
        if key in seen:
            raise ValidationError(f"items[{i}].title", entry.title, "appears twice in the same category")
        seen.add(key)


def read_template(path: Path, *, source: str = USER) -> ChecklistTemplate:
    """Read and validate one template file (at most MAX_TEMPLATE_BYTES are read)."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_TEMPLATE_BYTES + 1)
    except OSError as exc:
        raise TemplateError(str(path), f"cannot be read ({exc.strerror or exc})") from None
    return parse_template(data, str(path), source=source, path=str(path))


def shipped_templates() -> TemplateCatalogue:
    from duediligence.paths import resource

    folder = resource("checklists")
    found, problems = [], []
    for node in sorted(folder.iterdir(), key=lambda n: n.name) if folder.is_dir() else []:
        if not node.name.endswith(".json"):
            continue
        try:
            name = f"checklists/{node.name}"
            found.append(parse_template(node.read_bytes(), name, source=SHIPPED, path=node.name))
        except TemplateError as exc:
            problems.append(exc)
    return TemplateCatalogue(tuple(found), tuple(problems))


def user_templates(folder: Path | None = None) -> TemplateCatalogue:
    folder = folder or user_templates_dir()
    try:
        files = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".json") if folder.is_dir() else []
    except OSError as exc:
        problem = TemplateError(str(folder), f"cannot be listed ({exc.strerror or exc})")
        return TemplateCatalogue((), (problem,))
    found, problems = [], []
    for path in files:
        try:
            found.append(read_template(path))
        except TemplateError as exc:
            problems.append(exc)
    return TemplateCatalogue(tuple(found), tuple(problems))


def load_templates(user_folder: Path | None = None) -> TemplateCatalogue:
    """Shipped templates, then the user's; a broken file is reported in `problems`, never raised."""
    shipped, own = shipped_templates(), user_templates(user_folder)
    return TemplateCatalogue(shipped.templates + own.templates, shipped.problems + own.problems)


def template_document(template: ChecklistTemplate) -> dict[str, Any]:
    doc: dict[str, Any] = {"format": FORMAT, "version": VERSION, "name": template.name}
    if template.description:
        doc["description"] = template.description
    if template.kind:
        doc["kind"] = template.kind
    doc["items"] = [_item_document(e) for e in template.items]
    return doc


def _item_document(e: ChecklistEntry) -> dict[str, Any]:
    item: dict[str, Any] = {
        "category": e.category, "title": e.title, "description": e.description, "critical": e.critical
    }  # fmt: skip
    if e.question:
        item.update(question=e.question, answer_kind=e.answer_kind)
        if e.answer_unit:
            item["unit"] = e.answer_unit
        if e.expected_answer:
            item["expected"] = e.expected_answer
    return item


def template_json(template: ChecklistTemplate) -> str:
    return json.dumps(template_document(template), indent=2, ensure_ascii=False) + "\n"


def make_template(
    name: str, entries: Iterable[ChecklistEntry], description: str = "", kind: str = ""
) -> ChecklistTemplate:
    """A new (unsaved) user template, validated like a file; duplicates of category and title are dropped."""
    unique: dict[tuple[str, str], ChecklistEntry] = {}
    for e in entries:
        unique.setdefault((e.category.strip().casefold(), e.title.strip().casefold()), e)
    items = [_item_document(e) for e in unique.values()]
    doc = {"name": name, "description": description, "kind": kind, "items": items}
    try:
        return _template(doc, USER, None)
    except ValidationError as exc:
        raise TemplateError(name or "template", f"{exc.field}: {exc.reason}") from None


def slug(name: str) -> str:
    text = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")
    return text[:60] or "checklist"


def export_template(template: ChecklistTemplate, path: Path) -> Path:
    """Write the template as JSON to `path` (atomically: a temporary file, then a rename)."""
    path = Path(path)
    temporary = path.with_name(path.name + ".part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(template_json(template), encoding="utf-8")
        temporary.replace(path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise TemplateError(str(path), f"cannot be written ({exc.strerror or exc})") from None
    return path


def save_user_template(
    template: ChecklistTemplate, folder: Path | None = None, *, replace: bool = False
) -> ChecklistTemplate:
    """Store a template among the user's; a new one never overwrites another file unless `replace`."""
    folder = folder or user_templates_dir()
    if replace and template.source == USER and template.path:
        target = Path(template.path)
    else:
        target = folder / f"{slug(template.name)}.json"
        n = 2
        while target.exists():
            target = folder / f"{slug(template.name)}-{n}.json"
            n += 1
    export_template(template, target)
    return dataclasses.replace(template, source=USER, path=str(target))


def import_template(path: Path, folder: Path | None = None) -> ChecklistTemplate:
    """Validate a template file from anywhere and copy it among the user's templates."""
    template = read_template(Path(path))
    return save_user_template(template, folder)


def delete_user_template(template: ChecklistTemplate) -> None:
    if template.source != USER or not template.path:
        raise TemplateError(template.name, "only your own templates can be deleted")
    try:
        Path(template.path).unlink()
    except OSError as exc:
        raise TemplateError(template.path, f"cannot be deleted ({exc.strerror or exc})") from None
