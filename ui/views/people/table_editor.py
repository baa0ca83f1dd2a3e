"""A heading, a row of buttons and an editable table: the shape of every list on the people and change
tabs. Insert adds a row, Delete removes the selected ones (one undoable step), F2 or typing edits."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.models.row_table import RowTableModel
from ui.views.flow_layout import FlowLayout
from ui.views.people.delegates import FieldDelegate
from ui.views.table_view import TableView

MAX_COLUMN_WIDTH = 220


class TableEditor(QWidget):
    """Owns no data: the panel that holds it reloads the model and submits what the buttons ask for."""

    current_changed = Signal(object)  # the selected row's id, or None

    def __init__(self, heading: str, model: RowTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.widths: dict[str, int] = {}  # column key -> width on first load, instead of fitting the contents
        self.heading = QLabel(f"<b>{heading}</b>", self)
        self.status = QLabel(self)
        self.status.setObjectName("caption")
        # Heading, status and buttons flow onto a second line when the panel is narrow.
        top = FlowLayout()
        top.addWidget(self.heading)
        top.addWidget(self.status)
        self.buttons = top
        self.view = TableView(self)
        self.view.setModel(model)
        self.view.setItemDelegate(FieldDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setAccessibleName(heading)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.view.selectionModel().currentRowChanged.connect(
            lambda *_: self.current_changed.emit(self.current_id())
        )
        model.modelReset.connect(lambda: self.current_changed.emit(self.current_id()))

    def add_button(self, text: str, slot: Callable[[], None], shortcut: str | None = None) -> QPushButton:
        """A button; its shortcut (if any) works while the table has focus."""
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        if shortcut:
            action = QAction(text, self.view)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.view.addAction(action)
            keys = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{text.replace('&', '')} ({keys})")
        return button

    def set_rows(self, rows: list, *, select_first: bool = False) -> None:
        """Show new rows, keeping the selected row (by id) and the column widths the user chose."""
        current, column = self.current_id(), max(0, self.view.currentIndex().column())
        first = self.model.rowCount() == 0
        self.model.set_rows(rows)
        if first and rows:
            self.view.resizeColumnsToContents()
            for c, field in enumerate(self.model.fields):
                width = self.widths.get(field.key, min(self.view.columnWidth(c) + 12, MAX_COLUMN_WIDTH))
                self.view.setColumnWidth(c, width)
        if current is not None:
            self.select_id(current, column)
        if select_first and self.current_id() is None and rows:
            self.select_id(rows[0].id)
        if self.view.wordWrap():
            self.view.resizeRowsToContents()

    def current_id(self) -> int | None:
        row = self.model.row_at(self.view.currentIndex().row())
        return None if row is None else int(row.id)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        return [self.model.row_at(r).id for r in rows if self.model.row_at(r) is not None]

    def select_id(self, row_id: int, column: int = 0, *, edit: bool = False) -> None:
        row = self.model.row_of(row_id)
        if row is None:
            return
        index = self.model.index(row, column)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)
        if edit:
            self.view.setFocus()
            self.view.edit(index)
