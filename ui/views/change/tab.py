"""The Change tab: the notes timeline, action items (overdue ones stand out), ADKAR readiness per group,
and the decision record with the post-purchase review."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from duediligence.changes import Changes
from duediligence.errors import NotFoundError
from ui.views.change.decision import DecisionPanel
from ui.views.change.panels import ActionsPanel, NotesPanel
from ui.views.change.readiness import ReadinessPanel
from ui.views.refresh import RefreshWhenShown

if TYPE_CHECKING:
    from ui.context import AppContext
    from ui.views.guide.navigation import Place

KINDS = (
    "change_note", "change_note_stakeholder", "change_note_option", "action_item", "readiness_assessment",
    "purchase_review", "stakeholder", "option", "cost_item", "evaluation",
)  # fmt: skip


class ChangeTab(RefreshWhenShown, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.evaluation_id: int | None = None
        self.today = date.today  # replaced in tests
        self.notes = NotesPanel(context, self)
        self.actions = ActionsPanel(context, self)
        self.readiness = ReadinessPanel(context, self)
        self.decision = DecisionPanel(context, self)
        for panel in (self.notes, self.actions, self.readiness):
            panel.today = lambda: self.today()
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.notes)
        top.addWidget(self.actions)
        top.setSizes([700, 540])
        bottom = QSplitter(Qt.Orientation.Horizontal, self)
        bottom.addWidget(self.readiness)
        bottom.addWidget(self.decision)
        bottom.setSizes([640, 600])
        outer = QSplitter(Qt.Orientation.Vertical, self)
        outer.addWidget(top)
        outer.addWidget(bottom)
        outer.setSizes([380, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(outer)
        context.changed.connect(self._on_changed)

    def show_place(self, place: Place) -> None:
        if self._stale:
            self.reload()
        if place.kind == "change_note" and place.row_id is not None:
            self.notes.editor.select_id(place.row_id)
        self.notes.editor.view.setFocus()

    def set_evaluation(self, evaluation_id: int | None) -> None:
        self.evaluation_id = evaluation_id
        for panel in (self.notes, self.actions, self.readiness, self.decision):
            panel.evaluation_id = evaluation_id
        self.refresh_soon()  # read when shown: opening an evaluation shows its matrix first

    def _on_changed(self, changes: Changes) -> None:
        if self.evaluation_id is None or self.context.db is None:
            return
        if any(changes.touches(kind, self.evaluation_id) for kind in KINDS):
            self.refresh_soon()

    def reload(self) -> None:
        self._stale = False
        if self.evaluation_id is None or self.context.db is None:
            self._clear()
            return
        from duediligence.reads import people
        from duediligence.reads.evaluations import option_choices

        eid, read = self.evaluation_id, self.context.read
        try:
            record = read(people.decision_record, eid)
        except NotFoundError:
            self.evaluation_id = None
            self._clear()
            return
        persons = [(p.id, p.name) for p in read(people.list_stakeholders, eid)]
        self.notes.people = persons
        self.notes.options = [(o.id, o.name) for o in read(option_choices, eid)]
        self.notes.show_rows(read(people.timeline, eid))
        self.actions.show_rows(read(people.list_actions, eid, self.today()), persons)
        assessments = read(people.list_readiness, eid)
        self.readiness.show_groups(
            people.group_readiness(assessments), people.adoption_readiness(assessments)
        )
        self.decision.show_record(record)

    def _clear(self) -> None:
        self.notes.show_rows([])
        self.actions.show_rows([], [])
        self.readiness.show_groups([], None)
        self.decision.show_record(None)
