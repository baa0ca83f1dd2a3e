"""The open evaluation as tabs: Overview, Options & scores, Risks, Stakeholders, Change, Charts.

Composition only: each tab re-queries by itself when a change touches its evaluation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QSplitter, QTabWidget, QWidget

from ui.views.change.tab import ChangeTab
from ui.views.charts.tab import ChartsTab
from ui.views.comparison.tab import ComparisonTab
from ui.views.evidence.panel import EvidencePanel
from ui.views.guide.navigation import show_tab
from ui.views.guide.process_panel import ProcessPanel
from ui.views.guide.quick_mode import QuickModeSwitch
from ui.views.overview import OverviewEditor
from ui.views.people.tab import StakeholdersTab
from ui.views.risks.tab import RisksTab

if TYPE_CHECKING:
    from ui.context import AppContext


class EvaluationView(QTabWidget):
    """Everything about one evaluation, one tab per part of the buying process."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.evaluation_id: int | None = None
        self.setDocumentMode(True)
        self.overview = OverviewEditor(context, self)
        self.process = ProcessPanel(context, self)
        self.process.go_to.connect(lambda key: show_tab(self, key))
        overview_page = QSplitter(Qt.Orientation.Horizontal, self)
        overview_page.setObjectName("overviewSplitter")
        overview_page.addWidget(self.overview)
        overview_page.addWidget(self.process)
        overview_page.setStretchFactor(0, 3)
        overview_page.setStretchFactor(1, 1)
        self.comparison = ComparisonTab(context, self)
        self.risks = RisksTab(context, self)
        self.stakeholders = StakeholdersTab(context, self)
        self.change = ChangeTab(context, self)
        self.parts = (
            self.overview,
            self.comparison,
            self.risks,
            self.stakeholders,
            self.change,
            self.process,
        )
        pages = (overview_page, self.comparison, self.risks, self.stakeholders, self.change)
        titles = (
            self.tr("Overview"),
            self.tr("Options && scores"),
            self.tr("Risks"),
            self.tr("Stakeholders"),
            self.tr("Change"),
        )
        for page, title in zip(pages, titles, strict=True):
            self.addTab(page, title)
        self.charts = ChartsTab(context, self)
        self.parts = (*self.parts, self.charts)
        self.addTab(self.charts, self.tr("Charts"))
        self.evidence = EvidencePanel(context, self)
        self.parts = (*self.parts, self.evidence)
        self.addTab(self.evidence, self.tr("Evidence"))
        self.quick_mode = QuickModeSwitch(self)
        self._hints: tuple[QSize, ...] = ()

    def event(self, event: QEvent) -> bool:
        """A layout request that changes none of this widget's size hints changes nothing here: answered
        without QTabWidget's own answer, which repaints every tab page whole (after a score edit a new
        lead sentence beside the matrix asked for one, and the whole comparison was drawn again)."""
        if event.type() == QEvent.Type.LayoutRequest:
            hints = (self.tabBar().sizeHint(), self.sizeHint(), self.minimumSizeHint())
            if hints == self._hints:
                return True
            self._hints = hints
        return super().event(event)

    def set_evaluation(self, evaluation_id: int | None) -> None:
        self.evaluation_id = evaluation_id
        for part in self.parts:
            part.set_evaluation(evaluation_id)
        self.quick_mode.set_evaluation(evaluation_id)
