"""The risk register: every risk with its score and band in colour, filtered by status, option and band,
edited inline (likelihood, impact, treatment, residual, status, owner, due date…), added and removed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.models.checklist import ROW_ROLE
from ui.models.risk_register import (
    GENERAL,
    Col,
    RiskFilter,
    RiskRegisterModel,
    band_labels,
    risk_status_labels,
    treatment_labels,
)
from ui.views.day_edit import DayDelegate
from ui.views.flow_layout import FlowLayout
from ui.views.risks import questions
from ui.views.risks.delegates import ChoiceDelegate
from ui.views.submit import Submitter, submit
from ui.views.table_view import TableView

if TYPE_CHECKING:
    from duediligence.decision.risks import RiskRow, RiskSummary
    from ui.context import AppContext

WIDTHS = {Col.TITLE: 215, Col.CATEGORY: 95, Col.OPTIONS: 135, Col.LIKELIHOOD: 34, Col.IMPACT: 34,
          Col.SCORE: 85, Col.TREATMENT: 80, Col.RES_LIKELIHOOD: 46, Col.RES_IMPACT: 46, Col.RES_SCORE: 85,
          Col.MITIGATION: 140, Col.OWNER: 100, Col.DUE: 80, Col.STATUS: 75, Col.REVIEWED_ON: 85}  # fmt: skip


class RiskRegisterView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.evaluation_id: int | None = None
        self.summary: RiskSummary | None = None
        self.model = RiskRegisterModel(self)
        self.model.commit = Submitter(self, context)
        self.proxy = RiskFilter(self)
        self.proxy.setSourceModel(self.model)
        self.status_filter = QComboBox(self)
        self.status_filter.addItem(self.tr("Any status"), None)
        for code, label in risk_status_labels().items():
            self.status_filter.addItem(label, code)
        self.option_filter = QComboBox(self)
        self.option_filter.setMinimumContentsLength(18)
        self.band_filter = QComboBox(self)
        self.band_filter.addItem(self.tr("Any band"), None)
        for code, label in band_labels().items():
            self.band_filter.addItem(label, code)
        for box, name in ((self.status_filter, self.tr("Filter by status")),
                          (self.option_filter, self.tr("Filter by option")),
                          (self.band_filter, self.tr("Filter by band"))):  # fmt: skip
            box.setAccessibleName(name)
            box.activated.connect(self._apply_filter)
        self.count = QLabel(self)
        self.table = TableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Risk register"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Col.SCORE, Qt.SortOrder.DescendingOrder)
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
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in WIDTHS.items():
            self.table.setColumnWidth(col, width)
        self.table.setItemDelegate(DayDelegate(self.table))  # dates: a date editor, four-digit years
        self.table.setItemDelegateForColumn(
            Col.STATUS, ChoiceDelegate(risk_status_labels(), "status", self.table)
        )
        self.table.setItemDelegateForColumn(
            Col.TREATMENT, ChoiceDelegate(treatment_labels(), "treatment", self.table)
        )
        self.table.doubleClicked.connect(self._on_double_click)
        self.add_button = QPushButton(self.tr("Add risk"), self)
        self.options_button = QPushButton(self.tr("Options…"), self)
        self.options_button.setToolTip(self.tr("Choose the options the selected risk concerns"))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected risks"))
        self.add_button.clicked.connect(self.add_risk)
        self.options_button.clicked.connect(self.edit_options)
        self.remove_button.clicked.connect(self.remove_selected)
        remove = QAction(self.tr("Remove risk"), self.table)
        remove.setShortcut(QKeySequence.StandardKey.Delete)
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.remove_selected)
        self.table.addAction(remove)
        top = FlowLayout()
        top.addWidget(QLabel(self.tr("Show:"), self))
        for box in (self.status_filter, self.option_filter, self.band_filter):
            top.addWidget(box)
        top.addWidget(self.count, 1)
        for button in (self.add_button, self.options_button, self.remove_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_enabled)
        self._update_enabled()

    def show_summary(self, evaluation_id: int | None, summary: RiskSummary | None) -> None:
        kept = self.selected_ids()
        self.evaluation_id, self.summary = evaluation_id, summary
        options = {o.option_id: o.name for o in summary.options} if summary else {}
        chosen = self.option_filter.currentData()
        self.option_filter.clear()
        self.option_filter.addItem(self.tr("Any option"), None)
        self.option_filter.addItem(self.tr("Evaluation-wide only"), GENERAL)
        for option_id, name in options.items():
            self.option_filter.addItem(name, option_id)
        self.option_filter.setCurrentIndex(max(0, self.option_filter.findData(chosen)))
        self.model.set_risks(
            summary.risks if summary else [], options, summary.stale_ids if summary else frozenset()
        )
        self._apply_filter()
        for risk_id in kept:
            self.select(risk_id, QItemSelectionModel.SelectionFlag.Select)

    def _apply_filter(self) -> None:
        self.proxy.set_filter(
            self.status_filter.currentData(), self.option_filter.currentData(), self.band_filter.currentData()
        )
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        locale = QLocale()
        self.count.setText(
            self.tr("%1 of %2 risks shown")
            .replace("%1", locale.toString(shown))
            .replace("%2", locale.toString(total))
            if shown != total
            else self.tr("%1 risks").replace("%1", locale.toString(total))
        )
        self._update_enabled()

    def set_filter(
        self, status: str | None = None, option: int | None = None, band: str | None = None
    ) -> None:
        for box, value in (
            (self.status_filter, status),
            (self.option_filter, option),
            (self.band_filter, band),
        ):
            box.setCurrentIndex(max(0, box.findData(value)))
        self._apply_filter()

    def selected_ids(self) -> list[int]:
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()})
        return [risk.id for row in rows if (risk := self.model.risk_at(row)) is not None]

    def selected_risk(self) -> RiskRow | None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return None
        return self.model.risk_at(self.model.row_of(ids[0]))  # type: ignore[arg-type]

    def select(
        self,
        risk_id: int,
        flag: QItemSelectionModel.SelectionFlag = QItemSelectionModel.SelectionFlag.ClearAndSelect,
    ) -> None:
        row = self.model.row_of(risk_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, Col.TITLE))
        if index.isValid():
            self.table.selectionModel().select(index, flag | QItemSelectionModel.SelectionFlag.Rows)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _update_enabled(self) -> None:
        self.add_button.setEnabled(self.evaluation_id is not None)
        self.options_button.setEnabled(self.selected_risk() is not None)
        self.remove_button.setEnabled(bool(self.selected_ids()))

    def _on_double_click(self, index: QModelIndex) -> None:
        if index.column() == Col.OPTIONS:
            risk = index.data(ROW_ROLE)
            if risk is not None:
                self.select(risk.id)
                self.edit_options()

    def add_risk(self) -> int | None:
        from duediligence.operations.edits import AddRow

        if self.evaluation_id is None:
            return None
        values = {"kind": "risk", "title": self.tr("New risk"), "status": "open"}
        operation = AddRow("risk_item", self.evaluation_id, values)
        ok, risk_id = submit(self, self.context, operation, self.tr("Add a risk"))
        if not ok:
            return None
        option = self.option_filter.currentData()
        if option not in (None, GENERAL):  # a risk added while looking at one option concerns it
            from duediligence.operations.checklists import SetRiskOptions

            submit(
                self, self.context, SetRiskOptions(risk_id, (option,)), self.tr("Link the risk to an option")
            )
        self.set_filter(None, self.option_filter.currentData(), None)
        self.select(risk_id)
        row = self.model.row_of(risk_id)
        if row is not None:
            self.table.edit(self.proxy.mapFromSource(self.model.index(row, Col.TITLE)))
        return int(risk_id)

    def edit_options(self) -> None:
        from duediligence.operations.checklists import SetRiskOptions

        risk = self.selected_risk()
        if risk is None or self.summary is None:
            return
        options = [(o.option_id, o.name) for o in self.summary.options]
        chosen = questions.ask_risk_options(self, risk.title, options, risk.option_ids)
        if chosen is None or (set(chosen) == set(risk.option_ids) and risk.option_id is None):
            return
        text = self.tr("Change the options of “%1”").replace("%1", risk.title)
        submit(self, self.context, SetRiskOptions(risk.id, tuple(chosen)), text)

    def remove_selected(self) -> None:
        from duediligence.operations.rows import DeleteRows

        ids = self.selected_ids()
        if not ids:
            return
        text = (
            self.tr("Remove a risk")
            if len(ids) == 1
            else self.tr("Remove %1 risks").replace("%1", QLocale().toString(len(ids)))
        )
        submit(self, self.context, DeleteRows("risk_item", tuple(ids)), text)
