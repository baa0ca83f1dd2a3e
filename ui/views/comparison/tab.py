"""Composition only: the comparison's sub-views side by side. Each sub-view re-queries on its own when
the context says its evaluation changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from ui.settings import Settings
from ui.views.comparison.criteria_editor import CriteriaEditor
from ui.views.comparison.matrix_view import MatrixView
from ui.views.comparison.options_editor import OptionsEditor
from ui.views.comparison.ranking_panel import RankingPanel
from ui.views.guide.navigation import Place
from ui.views.robustness import RobustnessView

if TYPE_CHECKING:
    from ui.context import AppContext

SPLITTER_KEY = "window/comparison_splitter"


class ComparisonTab(QWidget):
    """Matrix, options and criteria as sub-tabs on the left; the live ranking on the right."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix = MatrixView(context, self)
        self.options = OptionsEditor(context, self)
        self.criteria = CriteriaEditor(context, self)
        self.ranking = RankingPanel(context, self)
        self.robustness = RobustnessView(context, self)
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.matrix, self.tr("Score matrix"))
        self.pages.addTab(self.options, self.tr("Options && costs"))
        self.pages.addTab(self.criteria, self.tr("Criteria && weights"))
        self.pages.addTab(self.robustness, self.tr("Robustness"))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("comparisonSplitter")
        splitter.addWidget(self.pages)
        splitter.addWidget(self.ranking)
        # The matrix takes the room; the ranking beside it keeps about a fifth (as the person left it).
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([820, 180])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        settings = Settings()
        if not (state := settings.get(SPLITTER_KEY)).isEmpty():
            splitter.restoreState(state)
        splitter.splitterMoved.connect(lambda *_: settings.set(SPLITTER_KEY, splitter.saveState()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.matrix.costs_requested.connect(self.show_costs)
        self.robustness.cell_requested.connect(
            lambda criterion_id, option_id: self.show_place(Place("score", criterion_id, option_id))
        )

    def show_place(self, place: Place) -> None:
        """A sub-tab; an option selected, a score cell or a criterion made current."""
        page = {
            "options": self.options, "option": self.options, "criteria": self.criteria,
            "criterion": self.criteria, "robustness": self.robustness,
        }.get(place.kind, self.matrix)  # fmt: skip
        self.pages.setCurrentWidget(page)
        if place.kind == "option" and place.row_id is not None:
            self.options.select_option(place.row_id)
        elif place.kind == "criterion" and place.row_id is not None:
            self.criteria.select("criterion", place.row_id)
        elif place.kind == "score" and place.row_id is not None and place.option_id is not None:
            self.matrix.select_cell(place.row_id, place.option_id)
        page.setFocus()

    def show_costs(self, option_id: int) -> None:
        """An option's cost lines, ready to edit (from its TCO cell in the matrix)."""
        self.show_place(Place("option", option_id))
        self.options.costs.table.setFocus()

    def set_evaluation(self, evaluation_id: int | None) -> None:
        for view in (self.matrix, self.options, self.criteria, self.ranking, self.robustness):
            view.set_evaluation(evaluation_id)
