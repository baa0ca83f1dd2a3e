"""Money of every option side by side, with the evaluation's horizon and discount rate that it depends on."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.models.costs import FinanceLine, FinanceModel
from ui.views.comparison.exchange_rates import ExchangeRates
from ui.views.submit import field_labels, submit
from ui.views.table_view import TableView

if TYPE_CHECKING:
    from duediligence.decision.matrix import Matrix
    from duediligence.decision.ranking import OptionFinance
    from ui.context import AppContext


class FinanceSummary(QWidget):
    """TCO with its range, NPV, payback and time to results per option; horizon and rate are editable."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.evaluation_id: int | None = None
        self._stored: dict[str, Any] = {}
        self.horizon = QSpinBox(self)
        self.horizon.setRange(1, 50)
        self.horizon.setSuffix(self.tr(" years"))
        self.horizon.setAccessibleName(self.tr("Horizon in years"))
        self.horizon.setToolTip(self.tr("How many years the TCO, NPV and payback look ahead."))
        self.rate = QDoubleSpinBox(self)
        self.rate.setRange(-50.0, 100.0)
        self.rate.setDecimals(1)
        self.rate.setSingleStep(0.5)
        self.rate.setSuffix(self.tr(" %"))
        self.rate.setAccessibleName(self.tr("Discount rate in percent"))
        self.rate.setToolTip(self.tr("What money a year later is worth less than today, for the NPV."))
        for box in (self.horizon, self.rate):
            box.setKeyboardTracking(False)  # typed values commit on Enter or leaving, arrows at once
        self.horizon.valueChanged.connect(lambda v: self._commit("horizon_years", int(v)))
        self.rate.valueChanged.connect(lambda v: self._commit("discount_rate", round(v / 100, 6)))
        self.model = FinanceModel(self)
        self.table = TableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Money of every option"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        heading = QHBoxLayout()
        title = QLabel(self.tr("<b>Money compared</b>"), self)
        heading.addWidget(title, 1)
        for text, box in ((self.tr("&Horizon:"), self.horizon), (self.tr("&Discount rate:"), self.rate)):
            label = QLabel(text, self)
            label.setBuddy(box)
            heading.addWidget(label)
            heading.addWidget(box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.exchange_rates = ExchangeRates(context, self)
        layout.addLayout(heading)
        layout.addWidget(self.exchange_rates)
        layout.addWidget(self.table, 1)

    def show_matrix(self, matrix: Matrix | None, money: dict[int, OptionFinance]) -> None:
        self.evaluation_id = matrix.evaluation_id if matrix else None
        self.setEnabled(matrix is not None)
        self.exchange_rates.show_matrix(matrix)
        if matrix is None:
            self.model.set_lines([], "EUR", 5)
            return
        self._stored = {"horizon_years": matrix.horizon_years, "discount_rate": matrix.discount_rate}
        for box, value in ((self.horizon, matrix.horizon_years), (self.rate, matrix.discount_rate * 100)):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        lines = [FinanceLine(o, money[o.id], money[o.id].has_returns) for o in matrix.options]
        self.model.set_lines(lines, matrix.currency, matrix.horizon_years)

    def _commit(self, field: str, value: Any) -> None:
        from duediligence.operations.evaluations import UpdateEvaluation

        if self.evaluation_id is None or self._stored.get(field) == value:
            return
        text = self.tr("Edit %1").replace("%1", field_labels()[field])
        submit(self, self.context, UpdateEvaluation(self.evaluation_id, {field: value}), text)
