"""The evaluations list: search, status filter, archived toggle and a sortable table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from duediligence.changes import Changes
from ui.labels import status_labels
from ui.models.evaluations import ROW_ROLE, Col, EvaluationFilter, EvaluationsModel
from ui.views.table_view import TableView

if TYPE_CHECKING:
    from duediligence.reads.listing import EvaluationSummary
    from ui.context import AppContext

LIST_KINDS = frozenset({"evaluation", "option"})  # what the list shows: titles, statuses, option counts
TITLE_CHARS = 26  # the least of a title the list shows; the other columns scroll before it shrinks more


class EvaluationList(QWidget):
    """Lists the workbook's evaluations and says which one is selected (None when none is)."""

    selected = Signal(object)  # int | None

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = EvaluationsModel(self)
        self.proxy = EvaluationFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search titles…"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("All statuses"), None)
        for value, label in status_labels().items():
            self.status.addItem(label, str(value))
        # Shrinks with the list (the whole status shows when it opens): a long status in German must not
        # widen the list and take the open evaluation's room.
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status.setMinimumContentsLength(10)
        self.show_archived = QCheckBox(self.tr("Show archived"), self)
        self.search.setAccessibleName(self.tr("Search evaluations"))
        self.status.setAccessibleName(self.tr("Show evaluations with status"))
        self.table = TableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Evaluations"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The title takes what the other columns leave, but never less than TITLE_CHARS characters (a
        # stretched column shrinks to a few letters in a narrow list): the others scroll instead.
        header.setSectionResizeMode(Col.TITLE, QHeaderView.ResizeMode.Interactive)
        self._title_least = self.table.fontMetrics().averageCharWidth() * TITLE_CHARS
        header.sectionResized.connect(self._others_resized)
        self.table.viewport().installEventFilter(self)
        # As wide as the longest status there is, whichever are listed: a long status appearing later
        # must not take the room of the titles.
        metrics = self.table.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(label) for label in (*status_labels().values(), self.tr("Status"))
        )
        header.setSectionResizeMode(Col.STATUS, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(Col.STATUS, widest + 16)
        # Fit the columns to the rows on screen, not to all of them (2,000 rows: 40,000 questions to
        # the model before the list first shows).
        header.setResizeContentsPrecision(0)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Col.UPDATED, Qt.SortOrder.DescendingOrder)
        filters = QHBoxLayout()
        filters.addWidget(self.status, 1)
        filters.addWidget(self.show_archived)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.search.textChanged.connect(self._apply_filter)
        self.status.currentIndexChanged.connect(self._apply_filter)
        self.show_archived.toggled.connect(self._apply_filter)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        context.changed.connect(self._on_changed)
        self._apply_filter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            QTimer.singleShot(0, self._fit_title)  # after the scroll bars have settled
        return False

    def _others_resized(self, column: int, _old: int, _new: int) -> None:
        if column != Col.TITLE:
            self._fit_title()

    def _fit_title(self) -> None:
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in Col if c != Col.TITLE and not header.isSectionHidden(c))
        width = max(self._title_least, self.table.viewport().width() - others)
        if header.sectionSize(Col.TITLE) != width:
            header.resizeSection(Col.TITLE, width)

    def current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE).id if rows else None

    def select(self, evaluation_id: int | None) -> None:
        """Select an evaluation by id (if the filters show it), or clear the selection."""
        source_row = self.model.row_of(evaluation_id) if evaluation_id is not None else None
        index = self.proxy.mapFromSource(self.model.index(source_row, 0)) if source_row is not None else None
        if index is None or not index.isValid():
            self.table.clearSelection()
            return
        self.table.selectRow(index.row())
        self.table.scrollTo(index)

    def _on_changed(self, changes: Changes) -> None:
        if changes.everything or changes.kinds & LIST_KINDS:
            self.reload(select_first=changes.everything)
        elif changes.evaluation_list and self.context.db is not None:
            # An edit inside evaluations (none added or removed, no title or status changed) only made
            # them the most recent: their rows are read again, not the whole list.
            from duediligence.reads.evaluations import list_evaluations

            rows = self.context.read(lambda s: list_evaluations(s, ids=changes.evaluation_ids))
            if not self.model.update_rows(rows):
                self.reload()

    def preview(self, rows: Sequence[EvaluationSummary]) -> None:
        """Show these rows (read from the file before the workbook is open); the reload after opening
        replaces them."""
        self.model.set_rows(rows)

    def reload(self, *, select_first: bool = False) -> None:
        from duediligence.reads.evaluations import list_evaluations

        current = self.current_id()
        before = {row.id for row in self.model.rows()}
        rows = self.context.read(list_evaluations) if self.context.db is not None else []
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        self.table.selectionModel().blockSignals(False)
        arrived = {row.id for row in rows} - before
        if len(arrived) == 1 and before and not select_first:
            current = arrived.pop()  # one evaluation came (back): an undone delete, a new one, a copy
        self.select(current)
        if self.current_id() is None and select_first and self.proxy.rowCount() > 0:
            # After a workbook opens, the list paints first; the first evaluation opens a moment later.
            QTimer.singleShot(0, self._select_first)
            return
        if self.current_id() != current:
            self.selected.emit(self.current_id())

    def _select_first(self) -> None:
        if self.current_id() is None and self.proxy.rowCount() > 0:
            self.table.selectRow(0)

    def _apply_filter(self) -> None:
        current = self.current_id()
        self.proxy.set_filter(self.search.text(), self.status.currentData(), self.show_archived.isChecked())
        if self.current_id() != current:
            self.selected.emit(self.current_id())

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.selected.emit(self.current_id())
