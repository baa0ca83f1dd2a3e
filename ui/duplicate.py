"""Evaluation ▸ Duplicate…: a copy of the selected evaluation under a new title, as one undoable step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from duediligence.i18n import translate
from ui import dialogs

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def ask_copy_title(parent: QWidget | None, title: str) -> str | None:
    """The copy's title (suggested: “<title> (copy)”), or None when cancelled."""
    text, ok = QInputDialog.getText(
        parent,
        translate("Duplicate", "Duplicate evaluation"),
        translate("Duplicate", "Title of the copy of “%1”:").replace("%1", title),
        QLineEdit.EchoMode.Normal,
        translate("Duplicate", "%1 (copy)").replace("%1", title),
    )
    return text.strip() if ok and text.strip() else None


def duplicate_evaluation(window: MainWindow) -> int | None:
    """Copy the selected evaluation with everything it holds (evidence too) and select the copy."""
    from duediligence.errors import WorkbookError
    from duediligence.operations.duplicate import DuplicateEvaluation
    from duediligence.reads.evaluations import get_evaluation

    evaluation_id = window.evaluations.current_id()
    if evaluation_id is None or window.context.db is None:
        return None
    original = window.context.read(get_evaluation, evaluation_id)
    title = ask_copy_title(window, original.title)
    if title is None:
        return None
    text = translate("Duplicate", "Duplicate “%1”").replace("%1", original.title)
    try:
        new_id = int(window.context.submit(DuplicateEvaluation(evaluation_id, title), text))
    except WorkbookError as exc:
        dialogs.show_warning(window, translate("Duplicate", "Not duplicated"), str(exc))
        return None
    window.evaluations.select(new_id)
    return new_id
