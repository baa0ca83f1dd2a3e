"""Quick mode: a single person's purchase. The Stakeholders tab is hidden, and the Change tab too until
the evaluation is decided (then it holds the review after purchase, which a single buyer wants as well)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QWidget

from duediligence.changes import Changes
from duediligence.errors import NotFoundError, WorkbookError
from ui import dialogs
from ui.views.guide.navigation import tab_index

if TYPE_CHECKING:
    from ui.context import AppContext
    from ui.views.evaluation_view import EvaluationView


def apply_quick_mode(view: EvaluationView, quick: bool, *, decided: bool = False) -> None:
    """Hide (quick) or show the tabs a buying committee needs."""
    for widget, hidden in ((view.stakeholders, quick), (view.change, quick and not decided)):
        index = tab_index(view, widget)
        if index >= 0 and view.isTabVisible(index) == hidden:
            view.setTabVisible(index, not hidden)


class QuickModeSwitch:
    """Keeps an evaluation view's tabs in step with the open evaluation's quick mode and status."""

    def __init__(self, view: EvaluationView) -> None:
        self.view = view
        self.evaluation_id: int | None = None
        view.context.changed.connect(self._on_changed)

    def set_evaluation(self, evaluation_id: int | None) -> None:
        self.evaluation_id = evaluation_id
        self.reload()

    def _on_changed(self, changes: Changes) -> None:
        if self.evaluation_id is not None and changes.touches("evaluation", self.evaluation_id):
            self.reload()

    def reload(self) -> None:
        from duediligence.reads.process import evaluation_mode

        context = self.view.context
        if self.evaluation_id is None or context.db is None:
            apply_quick_mode(self.view, False)
            return
        try:
            mode = context.read(evaluation_mode, self.evaluation_id)
        except NotFoundError:
            return
        apply_quick_mode(self.view, mode.quick_mode, decided=mode.decided)


class QuickModeToggle(QCheckBox):
    """“Just me” for the open evaluation; each click is one undoable edit."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.evaluation_id: int | None = None
        self.setText(self.tr("Quick mode: just me"))
        self.setToolTip(
            self.tr("For a purchase you decide alone: hides the stakeholders, approvals and change "
                    "management a buying committee needs. Nothing is deleted; turn it off to see them again.")
        )  # fmt: skip
        self.setAccessibleDescription(self.toolTip())
        self.clicked.connect(self._commit)
        context.changed.connect(self._on_changed)

    def set_evaluation(self, evaluation_id: int | None) -> None:
        self.evaluation_id = evaluation_id
        self.reload()

    def _on_changed(self, changes: Changes) -> None:
        if self.evaluation_id is not None and changes.touches("evaluation", self.evaluation_id):
            self.reload()

    def reload(self) -> None:
        from duediligence.reads.process import evaluation_mode

        self.setEnabled(self.evaluation_id is not None and self.context.db is not None)
        if not self.isEnabled():
            return
        try:
            self.setChecked(self.context.read(evaluation_mode, self.evaluation_id).quick_mode)
        except NotFoundError:
            self.evaluation_id = None

    def _commit(self, checked: bool) -> None:
        from duediligence.operations.evaluations import UpdateEvaluation

        if self.evaluation_id is None:
            return
        text = self.tr("Turn quick mode on") if checked else self.tr("Turn quick mode off")
        try:
            self.context.submit(UpdateEvaluation(self.evaluation_id, {"quick_mode": bool(checked)}), text)
        except WorkbookError as exc:
            self.reload()
            dialogs.show_warning(self, text, str(exc))
