"""Evaluation ▸ History…: who changed what and when in the selected evaluation."""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QVBoxLayout, QWidget

from duediligence.i18n import translate
from ui import dialogs
from ui.models.table import Index, TableModel
from ui.numbers import format_moment
from ui.views.table_view import TableView

if TYPE_CHECKING:
    from duediligence.reads.evaluations import ChangeLogRow
    from ui.main_window import MainWindow


class HistoryModel(TableModel):
    """The evaluation's changes, newest first: when, who, what."""

    def __init__(self, rows: list[ChangeLogRow], parent: QWidget | None = None) -> None:
        headers = [translate("History", "When"), translate("History", "Who"), translate("History", "What")]
        super().__init__(parent, headers)
        self.set_rows(rows)

    def key(self, row: ChangeLogRow) -> Hashable:
        return id(row)  # (a change has no id of its own here; the rows never reload)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row_at(index.row())
        if index.column() == 0:
            return format_moment(row.at)  # four-digit year, local time
        return row.user if index.column() == 1 else row.action


class HistoryDialog(QDialog):
    def __init__(self, title: str, rows: list[ChangeLogRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("History", "History of “%1”").replace("%1", title))
        self.resize(720, 460)
        self.model = HistoryModel(rows, self)
        table = TableView(self)
        table.setModel(self.model)
        table.setAccessibleName(translate("History", "Changes, newest first"))
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)


def show_history(window: MainWindow) -> None:
    from duediligence.reads.evaluations import change_log, get_evaluation

    evaluation_id = window.evaluation_view.evaluation_id
    if window.context.db is None or evaluation_id is None:
        dialogs.show_warning(
            window, translate("History", "History"), translate("History", "Select an evaluation first.")
        )
        return
    title = window.context.read(get_evaluation, evaluation_id).title
    HistoryDialog(title, window.context.read(change_log, evaluation_id), window).exec()
