"""The costs and expected returns of the selected option: an editable table with add and remove."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.models.costs import Col, CostsModel, category_labels, recurrence_labels
from ui.views.comparison.option_delegates import ChoiceDelegate, NumberDelegate
from ui.views.flow_layout import FlowLayout
from ui.views.submit import Submitter, submit
from ui.views.table_view import TableView

if TYPE_CHECKING:
    from duediligence.decision.matrix import CostRow, OptionRow
    from ui.context import AppContext


class CostsEditor(QWidget):
    """One option's cost items; amounts are typed in the user's locale, each edit one undoable step."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.evaluation_id: int | None = None
        self.option: OptionRow | None = None
        self.heading = QLabel(self)
        self.model = CostsModel(self)
        self.model.commit = Submitter(self, context)
        self.table = TableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Costs and returns of the selected option"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Col.LABEL, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(Col.LABEL, 280)
        self.table.setItemDelegateForColumn(Col.CATEGORY, ChoiceDelegate(category_labels(), self.table))
        self.table.setItemDelegateForColumn(Col.RECURRENCE, ChoiceDelegate(recurrence_labels(), self.table))
        numbers = NumberDelegate(self.table)
        for col in (Col.AMOUNT, Col.LOW, Col.HIGH, Col.YEAR, Col.FROM, Col.UNTIL, Col.ESCALATION):
            self.table.setItemDelegateForColumn(col, numbers)
        self.add_button = QPushButton(self.tr("Add cost"), self)
        self.add_return_button = QPushButton(self.tr("Add expected return"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected costs"))
        self.add_button.clicked.connect(lambda: self.add_cost("other"))
        self.add_return_button.clicked.connect(lambda: self.add_cost("benefit"))
        self.remove_button.clicked.connect(self.remove_selected)
        remove = QAction(self.tr("Remove cost"), self.table)
        remove.setShortcut(QKeySequence.StandardKey.Delete)
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.remove_selected)
        self.table.addAction(remove)
        buttons = FlowLayout()
        buttons.addWidget(self.heading, 1)
        for button in (self.add_button, self.add_return_button, self.remove_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel(
            self.tr(
                "When the money falls: a one-time cost in its Year (0 = at signing), a yearly one every "
                "year from its first year until its last, changing by “Change a year”. Quotes in another "
                "currency are converted at the exchange rates under Money compared. Money falling after "
                "the horizon is not counted."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        self.table.selectionModel().selectionChanged.connect(self._update_enabled)
        self.show_costs(None, None, [])

    def show_costs(self, evaluation_id: int | None, option: OptionRow | None, costs: list[CostRow]) -> None:
        """Show `option`'s costs, keeping the selected cost selected when it is still there."""
        kept = self.selected_ids()
        same_option = self.option is not None and option is not None and self.option.id == option.id
        self.evaluation_id, self.option = evaluation_id, option
        self.model.set_rows(costs)
        name = option.name if option else ""
        self.heading.setText(
            self.tr("<b>Costs and returns of “%1”</b>").replace("%1", escape(name))
            if option
            else self.tr("<b>Costs and returns</b> — select an option")
        )
        if same_option:
            for cost_id in kept:
                self._select(cost_id, QItemSelectionModel.SelectionFlag.Select)
        self._update_enabled()

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [cost.id for row in rows if (cost := self.model.cost_at(row)) is not None]

    def _select(self, cost_id: int, flag: QItemSelectionModel.SelectionFlag) -> None:
        row = self.model.row_of(cost_id)
        if row is not None:
            rows = QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().select(self.model.index(row, 0), flag | rows)
            self.table.setCurrentIndex(self.model.index(row, Col.LABEL))

    def add_cost(self, category: str) -> int | None:
        """Add a cost (or, for category "benefit", a return) to the option and open its label for typing."""
        from duediligence.operations.edits import AddRow

        if self.option is None or self.evaluation_id is None:
            return None
        benefit = category == "benefit"
        label = self.tr("New expected return") if benefit else self.tr("New cost")
        values = {"label": label, "category": category, "recurrence": "yearly" if benefit else "one_time"}
        # No amount until one is typed: a new line is "not entered", never a cost of 0 (which would rank).
        operation = AddRow("cost_item", self.evaluation_id, values, {"option_id": self.option.id})
        text = self.tr("Add a cost to “%1”").replace("%1", self.option.name)
        ok, cost_id = submit(self, self.context, operation, text)
        if not ok:
            return None
        self._select(cost_id, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        row = self.model.row_of(cost_id)
        if row is not None:
            self.table.edit(self.model.index(row, Col.LABEL))
        return int(cost_id)

    def remove_selected(self) -> None:
        from duediligence.operations.rows import DeleteRows

        ids = self.selected_ids()
        if not ids or self.option is None:
            return
        count = len(ids)
        text = self.tr("Remove %n cost(s) of “%1”", "", count).replace("%1", self.option.name)
        submit(self, self.context, DeleteRows("cost_item", tuple(ids)), text)

    def _update_enabled(self) -> None:
        has_option = self.option is not None
        self.add_button.setEnabled(has_option)
        self.add_return_button.setEnabled(has_option)
        self.remove_button.setEnabled(has_option and bool(self.selected_ids()))
