"""The Options & costs sub-tab: the alternatives (vendors, build, extend, do nothing), the selected one's
details and costs, and the money of all of them side by side. Every edit is one undoable operation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from duediligence.changes import Changes
from duediligence.errors import NotFoundError
from ui import dialogs_options
from ui.models.options import Col, OptionsModel, alternative_paths, kind_labels, unique_name
from ui.views.comparison.costs_editor import CostsEditor
from ui.views.comparison.finance_summary import FinanceSummary
from ui.views.comparison.option_delegates import ChoiceDelegate
from ui.views.comparison.option_details import OptionDetails
from ui.views.refresh import RefreshWhenShown
from ui.views.submit import Submitter, submit
from ui.views.table_view import TableView

if TYPE_CHECKING:
    from duediligence.decision.matrix import Matrix
    from ui.context import AppContext

# Kinds of change after which the options, their costs or the money must be re-read.
WATCHED = frozenset({"option", "cost_item", "evaluation"})


class OptionsEditor(RefreshWhenShown, QWidget):
    """Options table with details on its right; the selected option's costs, then all options' money.
    Read while shown only: opening an evaluation shows the matrix, and its options' money (a TCO and
    NPV per option) is worked out when this tab is first looked at."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.evaluation_id: int | None = None
        self.matrix: Matrix | None = None
        self._select_first = False  # the next reload makes the first option current (a new evaluation)
        self.model = OptionsModel(self)
        self.model.commit = Submitter(self, context)
        self.table = TableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Options"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setItemDelegateForColumn(Col.KIND, ChoiceDelegate(kind_labels(), self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col in (Col.KIND, Col.EXCLUDED):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for col, width in ((Col.NAME, 210), (Col.VENDOR, 150), (Col.PRODUCT, 150)):
            self.table.setColumnWidth(col, width)
        self.details = OptionDetails(context, self)
        self.costs = CostsEditor(context, self)
        self.finance = FinanceSummary(context, self)
        self._build_buttons()
        options = QWidget(self)
        column = QVBoxLayout(options)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.buttons)
        column.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        for part, stretch in ((options, 3), (self.details, 1), (self.costs, 3), (self.finance, 3)):
            self.splitter.addWidget(part)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        context.changed.connect(self._on_changed)

    def _build_buttons(self) -> None:
        self.add_button = QPushButton(self.tr("&Add option"), self)
        self.add_button.setToolTip(self.tr("Add an option (Insert)"))
        self.add_button.clicked.connect(lambda: self.add_option())
        self.paths_button = QPushButton(self.tr("Add a &path"), self)
        self.paths_button.setToolTip(
            self.tr("Besides buying, always weigh building, extending and doing nothing")
        )
        menu = QMenu(self.paths_button)
        self.path_actions: dict[str, QAction] = {}
        for kind, name in alternative_paths():
            action = menu.addAction(name)
            action.triggered.connect(lambda _c=False, k=kind, n=name: self.add_option(n, k))
            self.path_actions[kind] = action
        self.paths_button.setMenu(menu)
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.up_button.setToolTip(self.tr("Move the option up (Ctrl+Up)"))
        self.down_button = QPushButton(self.tr("Move do&wn"), self)
        self.down_button.setToolTip(self.tr("Move the option down (Ctrl+Down)"))
        self.remove_button = QPushButton(self.tr("&Remove…"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected option"))
        self.remove_button.setToolTip(self.tr("Remove the option with its scores, costs and risks (Delete)"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        self.remove_button.clicked.connect(self.remove_selected)
        for shortcut, slot in [
            ("Ctrl+Up", lambda: self.move_selected(-1)),
            ("Ctrl+Down", lambda: self.move_selected(+1)),
            (QKeySequence.StandardKey.Delete, self.remove_selected),
            ("Insert", lambda: self.add_option()),
        ]:
            action = QAction(self.table)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.table.addAction(action)
        self.buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.paths_button,
            self.up_button,
            self.down_button,
            self.remove_button,
        ):
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)

    # -- reading ---------------------------------------------------------------------------------

    def set_evaluation(self, evaluation_id: int | None) -> None:
        self.evaluation_id = evaluation_id
        self.table.clearSelection()
        self._select_first = True
        self.refresh_soon()

    def _on_changed(self, changes: Changes) -> None:
        if self.evaluation_id is None or self.context.db is None:
            return
        own = changes.everything or self.evaluation_id in changes.evaluation_ids
        # The evaluation's own fields (horizon, rate…) change the money shown beside each option.
        if own and (changes.everything or changes.kinds & WATCHED):
            self.refresh_soon()

    def reload(self) -> None:
        """Re-read options, costs and money; the selected option stays selected while it exists."""
        self._stale = False
        first, self._select_first = self._select_first, False
        kept = self.current_option_id()
        row = self.table.currentIndex().row()
        self.matrix, money = None, {}
        if self.evaluation_id is not None and self.context.db is not None:
            # Imported here: the first window shows before the database layer is loaded.
            from duediligence.decision.ranking import option_finance

            try:
                self.matrix = self.context.matrix(self.evaluation_id)
                money = option_finance(self.matrix)
            except NotFoundError:
                self.evaluation_id = None
        matrix = self.matrix
        self.model.set_rows(matrix.options if matrix else [])
        self.finance.show_matrix(matrix, money)
        if matrix is not None:
            self.costs.model.set_money_context(matrix.currency, matrix.rates, matrix.exchange_rates_on)
        if first and self.model.rowCount():
            kept = self.model.rows()[0].id
        elif kept is not None and self.model.row_of(kept) is None and self.model.rowCount():
            kept = self.model.rows()[min(row, self.model.rowCount() - 1)].id  # removed: its neighbour
        if kept is not None and self.model.row_of(kept) is not None:
            self.select_option(kept)
        else:
            self._show_selected()

    def current_option_id(self) -> int | None:
        option = self.model.option_at(self.table.currentIndex().row())
        return option.id if option else None

    def select_option(self, option_id: int, column: int = Col.NAME) -> None:
        row = self.model.row_of(option_id)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, column))
            self.table.scrollTo(self.model.index(row, column))
        self._show_selected()

    def _show_selected(self) -> None:
        option = self.model.option_at(self.table.currentIndex().row())
        costs = [c for c in self.matrix.costs if option and c.option_id == option.id] if self.matrix else []
        self.details.show_option(option)
        self.costs.show_costs(self.evaluation_id, option, costs)
        row = self.table.currentIndex().row()
        self.up_button.setEnabled(option is not None and row > 0)
        self.down_button.setEnabled(option is not None and row < self.model.rowCount() - 1)
        self.remove_button.setEnabled(option is not None)
        for widget in (self.add_button, self.paths_button):
            widget.setEnabled(self.evaluation_id is not None)

    # -- editing ---------------------------------------------------------------------------------

    def add_option(self, name: str | None = None, kind: str = "vendor_product") -> int | None:
        """Add an option with a name no other has; a plain new option opens its name for typing."""
        from duediligence.operations.edits import AddRow

        if self.evaluation_id is None:
            return None
        base = name or self.tr("New option")
        name = unique_name(base, (o.name for o in self.model.rows()))
        operation = AddRow("option", self.evaluation_id, {"name": name, "kind": kind})
        ok, option_id = submit(self, self.context, operation, self.tr("Add option “%1”").replace("%1", name))
        if not ok:
            return None
        self.select_option(option_id)
        if base != name or kind == "vendor_product":
            self.table.edit(self.table.currentIndex())
        return int(option_id)

    def move_selected(self, step: int) -> None:
        from duediligence.operations.edits import MoveRow

        option_id, row = self.current_option_id(), self.table.currentIndex().row()
        if option_id is None or not 0 <= row + step < self.model.rowCount():
            return
        name = self.model.rows()[row].name
        text = self.tr("Move “%1” up").replace("%1", name) if step < 0 else self.tr("Move “%1” down")
        column = self.table.currentIndex().column()
        submit(self, self.context, MoveRow("option", option_id, row + step), text.replace("%1", name))
        self.select_option(option_id, column)

    def remove_selected(self) -> None:
        """Remove the selected option, asking first when scores, costs or risks would go with it."""
        from duediligence.operations.rows import DeleteRows, snapshot_rows

        option = self.model.option_at(self.table.currentIndex().row())
        if option is None:
            return
        held = self.describe(self.context.read(snapshot_rows, "option", (option.id,)))
        if held and not dialogs_options.confirm_remove_option(self, option.name, held):
            return
        text = self.tr("Remove option “%1”").replace("%1", option.name)
        submit(self, self.context, DeleteRows("option", (option.id,)), text)

    def describe(self, saved: object) -> str:
        """What removing an option takes with it, e.g. “12 scores and 3 costs”; empty when nothing."""
        counts = {name: len(rows) for name, rows in getattr(saved, "rows", ())}
        scores, costs, risks = (counts.get(name, 0) for name in ("score", "cost_item", "risk_item"))
        parts = [
            (scores, self.tr("%n score(s)", "", scores)),
            (costs, self.tr("%n cost(s)", "", costs)),
            (risks, self.tr("%n risk(s)", "", risks)),
        ]
        words = [text for n, text in parts if n]
        if len(words) > 1:
            return self.tr("%1 and %2").replace("%1", ", ".join(words[:-1])).replace("%2", words[-1])
        return words[0] if words else ""
