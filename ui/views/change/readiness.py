"""ADKAR readiness per stakeholder group: the latest assessment of each group with its barrier point,
the selected group's history, and how ready the organisation is overall (which can feed a criterion)."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from duediligence.decision.people import ADKAR
from ui.models.readiness import ReadinessModel
from ui.views.people.table_editor import TableEditor
from ui.views.submit import Submitter, submit

if TYPE_CHECKING:
    from duediligence.reads.people import ReadinessGroup
    from ui.context import AppContext


class ReadinessPanel(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.evaluation_id: int | None = None
        self.today = date.today
        self.groups: list[ReadinessGroup] = []
        commit = Submitter(self, context)
        self.latest_model = ReadinessModel(self)
        self.latest_model.commit = commit
        self.latest = TableEditor(self.tr("Readiness (ADKAR), latest per group"), self.latest_model, self)
        self.latest.add_button(self.tr("Add &group"), self.add_group, "Ins")
        self.latest.add_button(self.tr("&Reassess"), self.reassess, "Ctrl+R")
        self.history_model = ReadinessModel(self)
        self.history_model.commit = commit
        self.history = TableEditor(self.tr("History"), self.history_model, self)
        self.history.add_button(self.tr("Delete"), self.delete, "Del")
        self.history.view.setColumnHidden(0, True)  # the group is in the heading
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.latest)
        split.addWidget(self.history)
        split.setSizes([200, 140])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)
        self.latest.current_changed.connect(self._show_history)

    def show_groups(self, groups: list[ReadinessGroup], readiness: float | None) -> None:
        from duediligence.decision.people import readiness_score

        self.groups = groups
        self.latest.set_rows([g.latest for g in groups], select_first=True)
        self._show_history(self.latest.current_id())
        if readiness is None:
            self.summary.setText(
                self.tr("Assess each group 1 (not at all) to 5 (fully); 3 or below is a barrier.")
            )
            return
        locale = QLocale()
        barriers = [g for g in groups if g.barrier]
        text = (
            self.tr("Adoption readiness %1 of 5 (adoption score %2 of 10).")
            .replace("%1", locale.toString(readiness, "f", 1))
            .replace("%2", locale.toString(readiness_score(readiness) or 0.0, "f", 1))
        )
        if barriers:
            text += " " + self.tr("%n group(s) stuck at a barrier point.", "", len(barriers))
        self.summary.setText(text)

    def _group_of(self, assessment_id: int | None) -> ReadinessGroup | None:
        return next((g for g in self.groups if any(r.id == assessment_id for r in g.history)), None)

    def _show_history(self, assessment_id: int | None) -> None:
        group = self._group_of(assessment_id)
        self.history.heading.setText(
            "<b>" + self.tr("History of %1").replace("%1", escape(group.group_name)) + "</b>"
            if group
            else "<b>" + self.tr("History") + "</b>"
        )
        self.history.set_rows(list(reversed(group.history)) if group else [])

    def add_group(self) -> None:
        from duediligence.operations.edits import AddRow

        if self.evaluation_id is None:
            return
        taken = {g.group_name.casefold() for g in self.groups}
        name, n = self.tr("New group"), 2
        while name.casefold() in taken:
            name, n = self.tr("New group %1").replace("%1", str(n)), n + 1
        values = {"group_name": name, "assessed_on": self.today()}
        operation = AddRow("readiness_assessment", self.evaluation_id, values)
        ok, new_id = submit(self, self.context, operation, self.tr("Add readiness group"))
        if ok:
            self.latest.select_id(new_id, 0, edit=True)

    def reassess(self) -> None:
        """A new assessment of the selected group, dated today, starting from its latest scores."""
        from duediligence.operations.edits import AddRow

        group = self._group_of(self.latest.current_id())
        if group is None or self.evaluation_id is None:
            return
        values = {name: getattr(group.latest, name) for name in ADKAR}
        values |= {"group_name": group.group_name, "assessed_on": self.today()}
        text = self.tr("Reassess “%1”").replace("%1", group.group_name)
        ok, new_id = submit(
            self, self.context, AddRow("readiness_assessment", self.evaluation_id, values), text
        )
        if ok:
            self.latest.select_id(new_id, 2, edit=True)

    def delete(self) -> None:
        from duediligence.operations.rows import DeleteRows

        ids = self.history.selected_ids()
        if ids:
            text = self.tr("Delete %n assessment(s)", "", len(ids))
            submit(self, self.context, DeleteRows("readiness_assessment", tuple(ids)), text)
