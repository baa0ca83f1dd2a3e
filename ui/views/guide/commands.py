"""Evaluation ▸ New evaluation… (from a template) and Evaluation ▸ Save as template…"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from duediligence.i18n import translate
from ui import dialogs
from ui.views.guide.new_evaluation_dialog import NewEvaluationDialog
from ui.views.guide.save_template_dialog import SaveTemplateDialog

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def new_evaluation(window: MainWindow) -> int | None:
    """Ask for a template, a title and quick mode; create it as one undoable step and select it."""
    from duediligence.errors import WorkbookError
    from duediligence.operations.evaluations import CreateEvaluation
    from duediligence.operations.templates import NewFromTemplate
    from duediligence.templates.evaluations import load_templates

    if window.context.db is None:
        return None
    catalogue = load_templates()
    answer = NewEvaluationDialog.ask(window, catalogue.templates, catalogue.problems)
    if answer is None:
        return None
    template, title, quick = answer
    if template is None:
        operation: object = CreateEvaluation(title, {"quick_mode": quick})
        text = translate("Guide", "New evaluation")
    else:
        operation = NewFromTemplate(template, title, {"quick_mode": quick})
        text = translate("Guide", "New evaluation from “%1”").replace("%1", template.name)
    try:
        new_id = window.context.submit(operation, text)  # type: ignore[arg-type]
    except WorkbookError as exc:
        dialogs.show_warning(window, text, str(exc))
        return None
    window.evaluations.select(new_id)
    return new_id  # type: ignore[no-any-return]


def save_as_template(window: MainWindow) -> str | None:
    """Save the selected evaluation's criteria, weights and checklist as the user's own template."""
    from duediligence.errors import WorkbookError
    from duediligence.reads.evaluations import get_evaluation
    from duediligence.templates.capture import save_user_template, template_from_evaluation

    evaluation_id = window.evaluations.current_id()
    if evaluation_id is None or window.context.db is None:
        return None
    row = window.context.read(get_evaluation, evaluation_id)
    answer = SaveTemplateDialog.ask(window, row.title)
    if answer is None:
        return None
    name, include_options = answer
    title = translate("Guide", "Save as template")
    try:
        capture = partial(template_from_evaluation, name=name, include_options=include_options)
        template = window.context.read(lambda session: capture(session, evaluation_id))
        saved = save_user_template(template)
    except WorkbookError as exc:
        dialogs.show_warning(window, title, str(exc))
        return None
    window.statusBar().showMessage(
        translate("Guide", "Saved the template “%1”; Evaluation ▸ New evaluation… offers it.").replace(
            "%1", saved.name
        ),
        8000,
    )
    return saved.path
