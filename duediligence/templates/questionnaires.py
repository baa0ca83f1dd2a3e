"""Questionnaire templates: checklist templates whose every item asks the vendor a question, shipped in
`resources/questionnaires/` (SaaS security and data protection, hardware, services, consumer and
reseller). Applying one (`ApplyChecklistTemplate`) adds the questions to an option's checklist; an
item the option already has under the same category and title takes the question instead.

The user's own checklist templates that ask questions are offered too (saving a checklist as a
template keeps its questions, never the answers).
"""

from __future__ import annotations

from pathlib import Path

from duediligence.operations.checklists import SHIPPED, ChecklistTemplate
from duediligence.templates.checklists import TemplateCatalogue, TemplateError, parse_template, user_templates


def shipped_questionnaires() -> TemplateCatalogue:
    from duediligence.paths import resource

    folder = resource("questionnaires")
    found, problems = [], []
    for node in sorted(folder.iterdir(), key=lambda n: n.name) if folder.is_dir() else []:
        if not node.name.endswith(".json"):
            continue
        name = f"questionnaires/{node.name}"
        try:
            template = parse_template(node.read_bytes(), name, source=SHIPPED, path=node.name)
            _check_every_item_asks(template, name)
            found.append(template)
        except TemplateError as exc:
            problems.append(exc)
    return TemplateCatalogue(tuple(found), tuple(problems))


def _check_every_item_asks(template: ChecklistTemplate, file: str) -> None:
    for i, entry in enumerate(template.items):
        if not entry.question:
            raise TemplateError(
                file, f"items[{i}].question: a questionnaire template's items all ask a question"
            )


def questionnaire_templates(user_folder: Path | None = None) -> TemplateCatalogue:
    """Shipped questionnaires, then the user's checklist templates that ask at least one question."""
    shipped, own = shipped_questionnaires(), user_templates(user_folder)
    asking = tuple(t for t in own.templates if any(e.question for e in t.items))
    return TemplateCatalogue(shipped.templates + asking, shipped.problems + own.problems)
