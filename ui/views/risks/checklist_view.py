"""The due-diligence checklist: one option's items (or every option's), answered inline, with progress
per option and per category, templates to start from, and “raise a risk” for what fails."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.models.checklist import ROW_ROLE, ChecklistFilter, ChecklistModel, Col, check_status_labels
from ui.models.risk_register import progress_text
from ui.views.day_edit import DayDelegate
from ui.views.flow_layout import FlowLayout
from ui.views.risks.delegates import ChoiceDelegate
from ui.views.submit import Submitter, submit
from ui.views.table_view import TableView

if TYPE_CHECKING:
    from duediligence.decision.risks import RiskRow, RiskSummary
    from ui.context import AppContext

WIDTHS = {Col.OPTION: 150, Col.CATEGORY: 130, Col.TITLE: 300, Col.STATUS: 105, Col.NOTE: 230,
          Col.EVIDENCE: 170, Col.EVIDENCE_DATE: 95, Col.CHECKED_BY: 110, Col.REVIEWED_ON: 95}  # fmt: skip


class ChecklistView(QWidget):
    """The checklist part of the Risks tab; it asks the tab for templates and risks through signals."""

    apply_template_requested = Signal()
    manage_templates_requested = Signal()
    risk_raised = Signal(int)  # the new risk's id

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.evaluation_id: int | None = None
        self.summary: RiskSummary | None = None
        self.model = ChecklistModel(self)
        self.model.commit = Submitter(self, context)
        self.proxy = ChecklistFilter(self)
        self.proxy.setSourceModel(self.model)
        self.option_box = QComboBox(self)
        self.option_box.setAccessibleName(self.tr("Show the checklist of"))
        self.option_box.setMinimumContentsLength(24)
        self.progress = QLabel(self)
        self.progress.setTextFormat(Qt.TextFormat.RichText)
        self.categories = QLabel(self)
        self.categories.setWordWrap(True)
        self.categories.setTextFormat(Qt.TextFormat.RichText)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setObjectName("caption")
        self.table = TableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Due-diligence checklist"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the checklist's own order until asked
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
            Col.STATUS, ChoiceDelegate(check_status_labels(), "status", self.table)
        )
        self.apply_button = QPushButton(self.tr("Apply template…"), self)
        self.templates_button = QPushButton(self.tr("Templates…"), self)
        self.add_button = QPushButton(self.tr("Add check"), self)
        self.raise_button = QPushButton(self.tr("Raise a risk"), self)
        self.raise_button.setToolTip(self.tr("Raise a risk in the register from this checklist item"))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected checks"))
        self.apply_button.clicked.connect(self.apply_template_requested)
        self.templates_button.clicked.connect(self.manage_templates_requested)
        self.add_button.clicked.connect(self.add_item)
        self.raise_button.clicked.connect(self.raise_risk)
        self.remove_button.clicked.connect(self.remove_selected)
        remove = QAction(self.tr("Remove check"), self.table)
        remove.setShortcut(QKeySequence.StandardKey.Delete)
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.remove_selected)
        self.table.addAction(remove)
        top = FlowLayout()
        top.addWidget(QLabel(self.tr("&Option:"), self, buddy=self.option_box))
        top.addWidget(self.option_box)
        top.addWidget(self.progress, 1)
        for button in (self.apply_button, self.templates_button):
            top.addWidget(button)
        actions = QHBoxLayout()
        actions.addWidget(self.categories, 1)
        for button in (self.add_button, self.raise_button, self.remove_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        self.option_box.activated.connect(self._on_option_chosen)
        self.table.selectionModel().selectionChanged.connect(self._update_enabled)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self._update_enabled()

    # ---- data -------------------------------------------------------------------------------------

    def show_summary(self, evaluation_id: int | None, summary: RiskSummary | None) -> None:
        kept = self.selected_ids()
        changed_evaluation = evaluation_id != self.evaluation_id
        self.evaluation_id, self.summary = evaluation_id, summary
        options = {o.option_id: o.name for o in summary.options} if summary else {}
        current = None if changed_evaluation else self.proxy.option_id
        if current is not None and current not in options:
            current = None
        if changed_evaluation and summary:  # start on the first option that has a checklist
            current = next((o.option_id for o in summary.options if o.checklist.total), None)
        self.option_box.clear()
        self.option_box.addItem(self.tr("All options"), None)
        for option_id, name in options.items():
            self.option_box.addItem(name, option_id)
        self.option_box.setCurrentIndex(max(0, self.option_box.findData(current)))
        self.model.set_items(
            summary.risks if summary else [], options, summary.stale_ids if summary else frozenset()
        )
        self.proxy.set_option(current)
        self.table.setColumnHidden(Col.OPTION, current is not None)
        for item_id in kept:
            self._select(item_id, QItemSelectionModel.SelectionFlag.Select)
        self._show_progress()
        self._update_enabled()

    def current_option(self) -> int | None:
        return self.proxy.option_id

    def set_option(self, option_id: int | None) -> None:
        self.option_box.setCurrentIndex(max(0, self.option_box.findData(option_id)))
        self._on_option_chosen()

    def _on_option_chosen(self) -> None:
        option_id = self.option_box.currentData()
        self.proxy.set_option(option_id)
        self.table.setColumnHidden(Col.OPTION, option_id is not None)
        self._show_progress()
        self._update_enabled()

    def _show_progress(self) -> None:
        summary, option_id = self.summary, self.proxy.option_id
        if summary is None:
            self.progress.setText("")
            self.categories.setText("")
            return
        if option_id is None:
            done = sum(o.checklist.done for o in summary.options)
            total = sum(o.checklist.total for o in summary.options)
            self.progress.setText(self.tr("<b>All options:</b> %1").replace("%1", progress_text(done, total)))
            self.categories.setText(self.tr("Choose an option to see its progress per category."))
            return
        line = summary.option(option_id)
        if line is None:
            return
        done = progress_text(line.checklist.done, line.checklist.total)
        parts = [self.tr("<b>Due diligence:</b> %1").replace("%1", done)]
        if line.checklist.total:
            parts[0] += self.tr(" (“not applicable” counts as done)")
        if line.critical_failures:
            failed = escape(self._failed_text(len(line.critical_failures)))
            parts.append(f"<span style='color:#b00020'>⚑ {failed}</span>")
        if line.stale:
            parts.append(self.tr("%1 stale").replace("%1", QLocale().toString(line.stale)))
        self.progress.setText(" · ".join(parts))
        locale = QLocale()
        uncategorised = self.tr("Uncategorised")
        self.categories.setText(
            " · ".join(
                escape(c.category or uncategorised)
                + f" <b>{locale.toString(c.done)}/{locale.toString(c.total)}</b>"
                for c in line.categories
            )
            or self.tr("No checklist yet for this option: apply a template or add checks.")
        )

    def _failed_text(self, n: int) -> str:
        return (
            self.tr("1 critical check fails")
            if n == 1
            else self.tr("%1 critical checks fail").replace("%1", QLocale().toString(n))
        )

    def _show_detail(self) -> None:
        item = self.current_item()
        if item is None:
            self.detail.setText("")
            return
        text = item.description or ""
        if self.summary is not None and item.id in self.summary.stale_ids:
            text += ("  " if text else "") + self.model.stale_text(item)
        self.detail.setText(text)

    # ---- selection --------------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()})
        return [item.id for row in rows if (item := self.model.item_at(row)) is not None]

    def current_item(self) -> RiskRow | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select(self, item_id: int) -> None:
        self._select(item_id, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.table.scrollTo(self.table.currentIndex())

    def _select(self, item_id: int, flag: QItemSelectionModel.SelectionFlag) -> None:
        row = self.model.row_of(item_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, Col.TITLE))
        if index.isValid():
            self.table.selectionModel().select(index, flag | QItemSelectionModel.SelectionFlag.Rows)
            self.table.setCurrentIndex(index)

    def _update_enabled(self) -> None:
        has_evaluation = self.evaluation_id is not None and bool(self.summary and self.summary.options)
        selected = bool(self.selected_ids())
        self.apply_button.setEnabled(has_evaluation)
        self.add_button.setEnabled(has_evaluation and self.proxy.option_id is not None)
        self.add_button.setToolTip(
            "" if self.proxy.option_id is not None else self.tr("Choose an option first")
        )
        self.raise_button.setEnabled(len(self.selected_ids()) == 1)
        self.remove_button.setEnabled(selected)

    # ---- edits ------------------------------------------------------------------------------------

    def add_item(self) -> int | None:
        from duediligence.operations.edits import AddRow

        option_id = self.proxy.option_id
        if self.evaluation_id is None or option_id is None:
            return None
        current = self.current_item()
        values = {"kind": "checklist", "title": self.tr("New check"), "status": "not_checked",
                  "category": current.category if current else ""}  # fmt: skip
        name = self.option_box.currentText()
        operation = AddRow("risk_item", self.evaluation_id, values, {"option_id": option_id})
        ok, item_id = submit(
            self, self.context, operation, self.tr("Add a check to “%1”").replace("%1", name)
        )
        if not ok:
            return None
        self._select(item_id, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        row = self.model.row_of(item_id)
        if row is not None:
            self.table.edit(self.proxy.mapFromSource(self.model.index(row, Col.TITLE)))
        return int(item_id)

    def raise_risk(self) -> int | None:
        from duediligence.operations.checklists import RaiseRisk

        ids = self.selected_ids()
        if len(ids) != 1:
            return None
        item = self.model.item_at(self.model.row_of(ids[0]))  # type: ignore[arg-type]
        text = self.tr("Raise a risk from “%1”").replace("%1", item.title if item else "")
        ok, risk_id = submit(self, self.context, RaiseRisk(ids[0]), text)
        if ok:
            self.risk_raised.emit(risk_id)
            return int(risk_id)
        return None

    def remove_selected(self) -> None:
        from duediligence.operations.rows import DeleteRows

        ids = self.selected_ids()
        if not ids:
            return
        text = (
            self.tr("Remove a check")
            if len(ids) == 1
            else self.tr("Remove %1 checks").replace("%1", QLocale().toString(len(ids)))
        )
        submit(self, self.context, DeleteRows("risk_item", tuple(ids)), text)
