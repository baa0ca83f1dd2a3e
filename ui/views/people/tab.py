"""The Stakeholders tab: the buying committee (table and power / interest grid), the selected person's
concerns, criteria and RACI, and the approvals that stand between the evaluation and *decided*."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from duediligence.changes import Changes
from duediligence.errors import NotFoundError
from ui.models.stakeholders import StakeholdersModel
from ui.views.people.approvals import ApprovalsPanel
from ui.views.people.detail import StakeholderDetail
from ui.views.people.grid import PowerInterestGridView
from ui.views.people.table_editor import TableEditor
from ui.views.refresh import RefreshWhenShown
from ui.views.submit import Submitter, submit

if TYPE_CHECKING:
    from duediligence.reads.people import StakeholderRow
    from ui.context import AppContext
    from ui.views.guide.navigation import Place

KINDS = ("stakeholder", "stakeholder_criterion", "criterion", "approval")


class StakeholdersTab(RefreshWhenShown, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.evaluation_id: int | None = None
        self._people: list[StakeholderRow] = []
        self._criteria: list = []
        self.model = StakeholdersModel(self)
        self.model.commit = Submitter(self, context)
        self.table = TableEditor(self.tr("Buying committee"), self.model, self)
        self.table.add_button(self.tr("&Add person"), self.add, "Ins")
        self.table.add_button(self.tr("Delete"), self.delete, "Del")
        self.grid = PowerInterestGridView(self)
        self.unplaced = QLabel(self)
        self.unplaced.setWordWrap(True)
        self.unplaced.setObjectName("caption")
        grid_box = QWidget(self)
        grid_layout = QVBoxLayout(grid_box)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addWidget(QLabel("<b>" + self.tr("Power / interest") + "</b>", grid_box))
        grid_layout.addWidget(self.grid, 1)
        grid_layout.addWidget(self.unplaced)
        self.detail = StakeholderDetail(context, self)
        self.approvals = ApprovalsPanel(context, self)
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.table)
        top.addWidget(grid_box)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        top.setSizes([760, 480])
        bottom = QSplitter(Qt.Orientation.Horizontal, self)
        bottom.addWidget(self.detail)
        bottom.addWidget(self.approvals)
        bottom.setSizes([480, 760])
        outer = QSplitter(Qt.Orientation.Vertical, self)
        outer.addWidget(top)
        outer.addWidget(bottom)
        outer.setStretchFactor(0, 3)
        outer.setStretchFactor(1, 2)
        outer.setSizes([480, 320])
        layout = QVBoxLayout(self)
        layout.addWidget(outer)
        self.table.current_changed.connect(self._on_current)
        self.grid.selected.connect(
            lambda sid: self.table.select_id(sid, max(0, self.table.view.currentIndex().column()))
        )
        self.grid.moved.connect(self.move)
        context.changed.connect(self._on_changed)

    def show_place(self, place: Place) -> None:
        if self._stale:
            self.reload()
        if place.kind == "stakeholder" and place.row_id is not None:
            self.table.select_id(place.row_id)
        self.table.view.setFocus()

    def set_evaluation(self, evaluation_id: int | None) -> None:
        self.evaluation_id = evaluation_id
        self.model.set_rows([])
        self.refresh_soon()  # read when shown: opening an evaluation shows its matrix first

    def _on_changed(self, changes: Changes) -> None:
        if self.evaluation_id is None or self.context.db is None:
            return
        if any(changes.touches(kind, self.evaluation_id) for kind in KINDS) or changes.touches(
            "evaluation", self.evaluation_id
        ):
            self.refresh_soon()

    def reload(self) -> None:
        self._stale = False
        if self.evaluation_id is None or self.context.db is None:
            self._show([], [], None)
            return
        from duediligence.reads import people
        from duediligence.reads.evaluations import get_evaluation

        try:
            status = self.context.read(get_evaluation, self.evaluation_id).status
        except NotFoundError:
            self.evaluation_id = None
            self._show([], [], None)
            return
        self._people = self.context.read(people.list_stakeholders, self.evaluation_id)
        self._criteria = self.context.read(people.criterion_choices, self.evaluation_id)
        approvals = self.context.read(people.list_approvals, self.evaluation_id)
        check = self.context.read(people.decision_check, self.evaluation_id)
        self._show(self._people, approvals, (check, status))

    def _show(self, persons: list[StakeholderRow], approvals: list, gate: tuple | None) -> None:
        from duediligence.decision.people import DecisionCheck, grid_of

        self.table.set_rows(persons, select_first=True)
        grid = grid_of(persons)
        self.grid.set_grid(grid)
        if grid.unplaced:
            names = ", ".join(p.name for p in grid.unplaced)
            self.unplaced.setText(
                self.tr("Not on the grid yet (no influence or interest): %1").replace("%1", names)
            )
        else:
            self.unplaced.setText(self.tr("Drag a person to move them; “high” is 3 or more."))
        self.table.status.setText(self.tr("%n person(s)", "", len(persons)) if persons else "")
        self.approvals.evaluation_id = self.evaluation_id
        check, status = gate or (DecisionCheck((), ()), "")
        self.approvals.show_rows(approvals, check, [(p.id, p.name) for p in persons], status)
        self._on_current(self.table.current_id())

    def _on_current(self, stakeholder_id: int | None) -> None:
        person = next((p for p in self._people if p.id == stakeholder_id), None)
        self.grid.set_selected(stakeholder_id)
        self.detail.show_person(person, self._criteria)

    def add(self) -> None:
        from duediligence.operations.edits import AddRow

        if self.evaluation_id is None:
            return
        taken = {p.name.casefold() for p in self._people}
        name, n = self.tr("New person"), 2
        while name.casefold() in taken:
            name, n = self.tr("New person %1").replace("%1", str(n)), n + 1
        operation = AddRow("stakeholder", self.evaluation_id, {"name": name})
        ok, new_id = submit(self, self.context, operation, self.tr("Add stakeholder"))
        if ok:
            self.table.select_id(new_id, 0, edit=True)

    def delete(self) -> None:
        from duediligence.operations.rows import DeleteRows

        ids = self.table.selected_ids()
        if ids:
            text = self.tr("Delete %n stakeholder(s)", "", len(ids))
            submit(self, self.context, DeleteRows("stakeholder", tuple(ids)), text)

    def move(self, stakeholder_id: int, influence: int, interest: int) -> None:
        """A drag on the grid: both values in one undoable step."""
        from duediligence.operations.edits import UpdateRow

        person = next((p for p in self._people if p.id == stakeholder_id), None)
        if person is None:
            return
        operation = UpdateRow("stakeholder", stakeholder_id, {"influence": influence, "interest": interest})
        text = self.tr("Move “%1” on the grid").replace("%1", person.name)
        submit(self, self.context, operation, text)
        self.table.select_id(stakeholder_id, max(0, self.table.view.currentIndex().column()))
