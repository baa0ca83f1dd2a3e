"""The open evaluation as tabs: the Overview editor, and read-only views of what the workbook holds."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from duediligence.changes import Changes
from duediligence.errors import NotFoundError
from ui.labels import value_label
from ui.models.rows import Column, RowsModel
from ui.views.comparison.tab import ComparisonTab
from ui.views.overview import OverviewEditor
from ui.views.risks.tab import RisksTab

if TYPE_CHECKING:
    from ui.context import AppContext

MAX_COLUMN_WIDTH = 320


def caption(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("caption")
    label.setWordWrap(True)
    return label


class RowsTab(QWidget):
    """A caption and one or more read-only tables, each fed from a list in the evaluation document."""

    def __init__(self, note: str, tables: list[tuple[str, str, list[Column]]], parent: QWidget) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(caption(note, self))
        self.models: dict[str, RowsModel] = {}
        self.views: list[QTableView] = []
        for key, heading, columns in tables:
            if heading:
                layout.addWidget(QLabel(f"<b>{heading}</b>", self))
            model = RowsModel(columns, self)
            view = QTableView(self)
            view.setModel(model)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setAlternatingRowColors(True)
            view.verticalHeader().hide()
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            view.horizontalHeader().setStretchLastSection(True)
            view.setWordWrap(False)
            layout.addWidget(view, 1)
            self.models[key] = model
            self.views.append(view)

    def show_document(self, document: dict[str, Any]) -> None:
        for (key, model), view in zip(self.models.items(), self.views, strict=True):
            model.set_rows(document.get(key, []))
            view.resizeColumnsToContents()
            for column in range(model.columnCount()):  # long texts stay readable via their tooltip
                view.setColumnWidth(column, min(view.columnWidth(column), MAX_COLUMN_WIDTH))


class EvaluationView(QTabWidget):
    """Everything about one evaluation; the tabs re-query when a change touches it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.evaluation_id: int | None = None
        self.setDocumentMode(True)
        self.overview = OverviewEditor(context, self)
        self.addTab(self.overview, self.tr("Overview"))
        note = self.tr("Editing comes in a later version; this shows what the workbook holds.")
        c = Column
        self.row_tabs: list[RowsTab] = [
            RowsTab(note, [("stakeholders", "", [
                c("name", self.tr("Name")), c("title", self.tr("Job title")),
                c("buying_role", self.tr("Buying role"), _words), c("influence", self.tr("Influence")),
                c("interest", self.tr("Interest")), c("stance", self.tr("Stance"), _words)])], self),
            RowsTab(note, [
                ("change_notes", self.tr("Notes"), [
                    c("noted_on", self.tr("Date")), c("category", self.tr("Category"), _words),
                    c("text", self.tr("Note")), c("author", self.tr("Author"))]),
                ("actions", self.tr("Actions"), [
                    c("title", self.tr("Action")), c("owner", self.tr("Owner")),
                    c("due_date", self.tr("Due")), c("status", self.tr("Status"), _words)]),
            ], self),
        ]  # fmt: skip
        self.comparison = ComparisonTab(context, self)
        self.addTab(self.comparison, self.tr("Options && scores"))
        self.risks = RisksTab(context, self)
        self.addTab(self.risks, self.tr("Risks"))
        titles = [self.tr("Stakeholders"), self.tr("Change")]
        for tab, title in zip(self.row_tabs, titles, strict=True):
            self.addTab(tab, title)
        charts = QWidget(self)
        QVBoxLayout(charts).addWidget(caption(self.tr("Charts arrive with the comparison editor."), charts))
        charts.layout().setAlignment(Qt.AlignmentFlag.AlignTop)
        self.addTab(charts, self.tr("Charts"))
        context.changed.connect(self._on_changed)

    def set_evaluation(self, evaluation_id: int | None) -> None:
        self.evaluation_id = evaluation_id
        self.overview.set_evaluation(evaluation_id)
        self.comparison.set_evaluation(evaluation_id)
        self.risks.set_evaluation(evaluation_id)
        self._reload_tables()

    def _on_changed(self, changes: Changes) -> None:
        if self.evaluation_id is None or self.context.db is None:
            return
        shown = ("stakeholder", "change_note", "action_item", "approval")
        if any(changes.touches(kind, self.evaluation_id) for kind in shown):
            self._reload_tables()

    def _reload_tables(self) -> None:
        document: dict[str, Any] = {}
        if self.evaluation_id is not None and self.context.db is not None:
            from duediligence.documents import evaluation_document

            try:
                document = self.context.read(partial(evaluation_document, scores=False), self.evaluation_id)
            except NotFoundError:
                document = {}
        for tab in self.row_tabs:
            tab.show_document(document)


def _words(value: Any) -> str:
    return value_label(value)
