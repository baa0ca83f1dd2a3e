"""The selected person in depth: their concerns, the criteria they care about, and RACI per stage."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.models.stakeholders import CriteriaModel, RaciModel
from ui.views.people.delegates import FieldDelegate
from ui.views.submit import Submitter, submit
from ui.views.table_view import TableView
from ui.views.widgets import CommitTextEdit

if TYPE_CHECKING:
    from duediligence.reads.people import CriterionChoice, StakeholderRow
    from ui.context import AppContext


class StakeholderDetail(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.person: StakeholderRow | None = None
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.concerns = CommitTextEdit(self)
        self.concerns.setPlaceholderText(self.tr("What worries this person, what they need to say yes"))
        self.concerns.setAccessibleName(self.tr("Concerns"))
        self.criteria_model = CriteriaModel(self)
        self.criteria = QListView(self)
        self.criteria.setModel(self.criteria_model)
        self.criteria.setAccessibleName(self.tr("Criteria they care about"))
        self.raci_model = RaciModel(self)
        self.raci = TableView(self)
        self.raci.setModel(self.raci_model)
        self.raci.setItemDelegate(FieldDelegate(self.raci))
        self.raci.verticalHeader().hide()
        self.raci.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.raci.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.raci.setAccessibleName(self.tr("RACI per stage"))
        self.tabs.addTab(self.concerns, self.tr("Concerns"))
        self.tabs.addTab(self.criteria, self.tr("Cares about"))
        self.tabs.addTab(self.raci, self.tr("RACI per stage"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        commit = Submitter(self, context)
        self.criteria_model.commit = commit
        self.raci_model.commit = commit
        self.concerns.editingFinished.connect(self._commit_concerns)
        self.show_person(None, [])

    def show_person(self, person: StakeholderRow | None, criteria: list[CriterionChoice]) -> None:
        self.person = person
        self.tabs.setEnabled(person is not None)
        if person is None:
            self.heading.setText("<b>" + self.tr("Select a person to see their details") + "</b>")
        else:
            title = ", ".join(x for x in (person.title, person.unit) if x)
            self.heading.setText(f"<b>{escape(person.name)}</b>" + (f" — {escape(title)}" if title else ""))
        if self.concerns.toPlainText() != (person.concerns if person else ""):
            self.concerns.setPlainText(person.concerns if person else "")
        self.criteria_model.set_person(person, criteria)
        self.raci_model.set_person(person)
        self.tabs.setTabText(
            1,
            self.tr("Cares about (%1)").replace("%1", str(len(person.criterion_ids)))
            if person
            else self.tr("Cares about"),
        )

    def _commit_concerns(self) -> None:
        from duediligence.operations.edits import UpdateRow

        person = self.person
        if person is None or self.concerns.toPlainText() == person.concerns:
            return
        text = self.tr("Edit concerns of “%1”").replace("%1", person.name)
        submit(
            self,
            self.context,
            UpdateRow("stakeholder", person.id, {"concerns": self.concerns.toPlainText()}),
            text,
        )
