"""The Find window (Ctrl+F): type, and every place the text occurs in any evaluation is listed; choosing a
hit selects its evaluation and shows the tab (and, where there is one, the row) it was found in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from ui.views.guide.navigation import Place, show_place
from ui.views.search.delegate import MatchDelegate
from ui.views.search.model import HitsModel
from ui.views.table_view import TableView

if TYPE_CHECKING:
    from duediligence.reads.search import Hit
    from ui.main_window import MainWindow

LIMIT = 100
DELAY_MS = 150  # search once typing pauses, not on every key


class SearchDialog(QDialog):
    """A non-modal window over the main window; Enter or double-click shows the chosen hit."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Find in all evaluations"))
        self.setModal(False)
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Find options, vendors, notes, evidence, risks…"))
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(self.tr("Text to find"))
        self.model = HitsModel(self)
        self.table = TableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Places found"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.marker = MatchDelegate(self.table)
        self.table.setItemDelegateForColumn(HitsModel.FOUND, self.marker)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.status = QLabel(self)
        self.status.setObjectName("caption")
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.run)
        self.field.textChanged.connect(lambda _text: self.timer.start())
        self.field.returnPressed.connect(self.choose_current)
        self.field.installEventFilter(self)
        self.table.activated.connect(self._on_activated)
        self.resize(820, 420)

    def run(self) -> list[Hit]:
        """Search now for the typed text; the first hit is made current."""
        from duediligence.reads.search import search

        self.timer.stop()
        text = self.field.text().strip()
        hits = self.window_.context.read(search, text, LIMIT) if text and self.window_.context.db else []
        self.marker.wanted = text
        self.model.set_hits(hits)
        if hits:
            for column, widest in ((HitsModel.EVALUATION, 220), (HitsModel.WHERE, 300)):
                self.table.resizeColumnToContents(column)
                self.table.setColumnWidth(column, min(self.table.columnWidth(column) + 8, widest))
            self.table.selectRow(0)
        if not text:
            self.status.setText(self.tr("Type to search every evaluation, archived ones too."))
        elif not hits:
            self.status.setText(self.tr("Nothing found for “%1”.").replace("%1", text))
        else:
            more = self.tr(" (the first %1)").replace("%1", str(LIMIT)) if len(hits) >= LIMIT else ""
            self.status.setText(
                self.tr("%n place(s) found", "", len(hits))
                + more
                + self.tr(" · Enter shows the selected one")
            )
        return hits

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up and Down in the text field move through the hits, so the hands stay on the keyboard.
        if (
            watched is self.field
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
            and self.model.rowCount()
        ):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = max(0, min(self.model.rowCount() - 1, self.table.currentIndex().row() + step))
            self.table.selectRow(row)
            return True
        return super().eventFilter(watched, event)

    def choose_current(self) -> None:
        if self.timer.isActive():
            self.run()
        index = self.table.currentIndex()
        if index.isValid():
            self._on_activated(index)

    def _on_activated(self, index: QModelIndex) -> None:
        hit = self.model.hit_at(index.row())
        if hit is not None:
            show_hit(self.window_, hit)
            self.hide()

    def start(self) -> None:
        """Show (or bring back) the window with the last text selected, ready to type over."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.field.setFocus()
        self.field.selectAll()
        if not self.model.rowCount():
            self.run()


def open_search(window: MainWindow) -> SearchDialog:
    """Edit ▸ Find… (Ctrl+F): one Find window per main window, kept between uses."""
    dialog = getattr(window, "search_dialog", None)
    if not isinstance(dialog, SearchDialog):
        dialog = SearchDialog(window)
        window.search_dialog = dialog  # type: ignore[attr-defined]
    dialog.start()
    return dialog


def show_hit(window: MainWindow, hit: Hit) -> bool:
    """Select the hit's evaluation (clearing list filters that hide it) and show where it was found."""
    evaluations = window.evaluations
    evaluations.select(hit.evaluation_id)
    if evaluations.current_id() != hit.evaluation_id:
        evaluations.search.clear()
        evaluations.status.setCurrentIndex(0)
        evaluations.show_archived.setChecked(True)
        evaluations.select(hit.evaluation_id)
    if evaluations.current_id() != hit.evaluation_id:
        return False
    window.show_evaluation(hit.evaluation_id)
    row_id = hit.criterion_id if hit.kind == "score" else hit.row_id
    show_place(window.evaluation_view, Place(hit.kind, row_id, hit.option_id))
    return True
