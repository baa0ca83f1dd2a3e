"""The Evaluation menu's commands: each one question, one operation, one undoable step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from duediligence.i18n import PLURAL, translate
from ui import dialogs

if TYPE_CHECKING:
    from duediligence.reads.evaluations import Contents
    from ui.main_window import MainWindow


def _submit(window: MainWindow, operation: object, text: str) -> object:
    from duediligence.errors import WorkbookError

    try:
        return window.context.submit(operation, text)  # type: ignore[arg-type]
    except WorkbookError as exc:
        dialogs.show_warning(window, text, str(exc))
        return None


def add_samples(window: MainWindow) -> None:
    from duediligence.templates.samples import add_samples as samples

    ids = _submit(window, samples(), translate("Edits", "Add sample evaluations"))
    if isinstance(ids, list) and ids:
        window.evaluations.select(ids[0])


def describe(contents: Contents) -> str:
    """What deleting an evaluation takes with it, in words."""
    options, criteria, risks = contents.options, contents.criteria, contents.risks
    people, notes, actions = contents.stakeholders, contents.notes, contents.actions
    parts = [
        (options, translate("Edits", "%n option(s)", None, PLURAL, options)),
        (criteria, translate("Edits", "%n criterion/criteria", None, PLURAL, criteria)),
        (risks, translate("Edits", "%n risk(s) and checklist item(s)", None, PLURAL, risks)),
        (people, translate("Edits", "%n stakeholder(s)", None, PLURAL, people)),
        (notes, translate("Edits", "%n change note(s)", None, PLURAL, notes)),
        (actions, translate("Edits", "%n action(s)", None, PLURAL, actions)),
    ]
    words = [text for n, text in parts if n]
    return ", ".join(words) if words else translate("Edits", "nothing yet besides its overview")


def delete_evaluation(window: MainWindow) -> None:
    from duediligence.operations.evaluations import DeleteEvaluation
    from duediligence.reads.evaluations import contents, get_evaluation

    evaluation_id = window.evaluations.current_id()
    if evaluation_id is None or window.context.db is None:
        return
    row = window.context.read(get_evaluation, evaluation_id)
    held = describe(window.context.read(contents, evaluation_id))
    if dialogs.confirm_delete(window, row.title, held):
        _submit(
            window,
            DeleteEvaluation(evaluation_id),
            translate("Edits", "Delete “%1”").replace("%1", row.title),
        )
