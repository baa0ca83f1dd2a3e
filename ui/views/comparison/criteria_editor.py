"""The Criteria & weights sub-tab: what matters, grouped, and how much; each edit one undoable step."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from duediligence.changes import RANKING
from ui import dialogs_scoring
from ui.models.criteria import Col, CriteriaModel
from ui.numbers import format_number
from ui.scoring_labels import weight_source_labels
from ui.views.comparison.delegates import ChoiceDelegate
from ui.views.comparison.pairwise_dialog import PairwiseDialog
from ui.views.flow_layout import FlowLayout
from ui.views.refresh import RefreshWhenShown
from ui.views.submit import Submitter
from ui.views.table_view import TableView

if TYPE_CHECKING:
    from ui.context import AppContext

KINDS = RANKING  # weights, shares and the normalisation ranges the ranking found
WARNING_STYLE = "color: #b3261e"


class CriteriaTable(TableView):
    """Delete removes, Insert adds, Alt+Up/Down moves; these win over the window's shortcuts."""

    def __init__(self, editor: CriteriaEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def _own(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        if mods == Qt.KeyboardModifier.NoModifier and key in (Qt.Key.Key_Delete, Qt.Key.Key_Insert):
            return True
        return mods == Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down)

    def event(self, event):  # type: ignore[no-untyped-def]
        if (
            event.type() == event.Type.ShortcutOverride
            and self.state() != self.State.EditingState
            and self._own(event)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() == self.State.EditingState or not self._own(event):
            super().keyPressEvent(event)
        elif event.key() == Qt.Key.Key_Delete:
            self.editor.remove()
        elif event.key() == Qt.Key.Key_Insert:
            self.editor.add_criterion()
        else:
            self.editor.move(-1 if event.key() == Qt.Key.Key_Up else 1)


class CriteriaEditor(RefreshWhenShown, QWidget):
    """A row per group and per criterion; weights, scales, must-haves and where values come from."""

    KINDS = KINDS

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.submitter = Submitter(self, context)
        self.evaluation_id: int | None = None
        self._stale = False
        self.model = CriteriaModel(self)
        self.table = CriteriaTable(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(ChoiceDelegate(self.table))
        self.table.setAccessibleName(self.tr("Criteria and weights"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.weight_source = QComboBox(self)
        for code, label in weight_source_labels().items():
            self.weight_source.addItem(label, code)
        self.weight_source.setAccessibleName(self.tr("Weights from"))
        self.compare_button = QPushButton(self.tr("&Compare in pairs…"), self)
        self.swing_button = QPushButton(self.tr("&Swing weights…"), self)
        self.swing_button.setToolTip(
            self.tr("Set the weights by rating how much each criterion's worst-to-best swing matters")
        )
        self.function_button = QPushButton(self.tr("&Value function…"), self)
        self.function_button.setToolTip(
            self.tr("How a measured criterion's values become worth 0–100: a line, points you set, or levels")
        )
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add criterion"), self)
        self.add_group_button = QPushButton(self.tr("Add &group…"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.down_button = QPushButton(self.tr("Move &down"), self)
        self.group_button = QToolButton(self)
        self.group_button.setText(self.tr("Move to gr&oup"))
        self.group_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.group_menu = QMenu(self.group_button)
        self.group_button.setMenu(self.group_menu)
        self._build_layout()
        self._connect()
        context.changed.connect(self._on_changed)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        label = QLabel(self.tr("&Weights from:"), self)
        label.setBuddy(self.weight_source)
        top.addWidget(label)
        top.addWidget(self.weight_source)
        top.addWidget(self.compare_button)
        top.addWidget(self.swing_button)
        top.addStretch(1)
        tools = FlowLayout()
        for button, tip in (
            (self.add_button, self.tr("Add a criterion to the current group (Insert)")),
            (self.add_group_button, self.tr("Add a group of criteria")),
            (self.remove_button, self.tr("Remove the selected criteria or group (Delete)")),
            (self.up_button, self.tr("Move up within its group (Alt+Up)")),
            (self.down_button, self.tr("Move down within its group (Alt+Down)")),
            (self.group_button, self.tr("Put the selected criteria into another group")),
            (self.function_button, self.function_button.toolTip()),
        ):
            button.setToolTip(tip)
            tools.addWidget(button)
        tools.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.state)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)

    def _connect(self) -> None:
        self.model.commit = self.submitter
        self.weight_source.activated.connect(self._set_weight_source)
        self.compare_button.clicked.connect(self.compare_in_pairs)
        self.swing_button.clicked.connect(self.swing_weights)
        self.function_button.clicked.connect(self.edit_value_function)
        self.add_button.clicked.connect(self.add_criterion)
        self.add_group_button.clicked.connect(self.add_group)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.group_menu.aboutToShow.connect(self._fill_group_menu)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

    # -- loading -------------------------------------------------------------------------------------

    def set_evaluation(self, evaluation_id: int | None) -> None:
        self.evaluation_id = evaluation_id
        self.model.set_matrix(None, {})
        self.refresh_soon()

    def reload(self) -> None:
        self._stale = False
        if self.evaluation_id is None or self.context.db is None:
            self.model.set_matrix(None, {})
            return
        from duediligence.errors import NotFoundError

        kept = self.current_key()
        try:
            matrix = self.context.matrix(self.evaluation_id)
        except NotFoundError:
            self.evaluation_id = None
            self.model.set_matrix(None, {})
            return
        ranking = self.context.ranking(self.evaluation_id)
        if self.model.set_matrix(matrix, {c.id: c.normalisation for c in ranking.criteria}):
            self.table.resizeColumnsToContents()
            self.table.setColumnWidth(Col.NAME, max(220, min(self.table.columnWidth(Col.NAME), 340)))
            if kept is not None:
                self.select(*kept)
        self.weight_source.setCurrentIndex(max(0, self.weight_source.findData(matrix.weight_source)))
        self._describe_state()
        self._update_buttons()

    def _describe_state(self) -> None:
        from duediligence.decision.ahp import CONSISTENCY_THRESHOLD

        matrix, weights = self.model.matrix, self.model.weights
        text, warning = "", True
        if matrix is None:
            text, warning = "", False
        elif not matrix.criteria:
            text = self.tr(
                "No criteria yet: add what matters to the people deciding, then give each a weight."
            )
            warning = False
        elif weights.problem == "zero":
            text = self.tr(
                "All weights are zero: nothing to rank by. Give at least one criterion a weight above zero."
            )
        elif weights.problem == "disconnected":
            text = self.tr(
                "The pairwise comparisons do not yet connect all criteria, so there are no weights yet: "
                "use Compare in pairs… to link the separate groups."
            )
        elif weights.ahp is not None and weights.ahp.cr is not None:
            cr = format_number(weights.ahp.cr, decimals=2)
            if weights.ahp.cr > CONSISTENCY_THRESHOLD:
                text = self.tr(
                    "Consistency ratio %1 is above 0.10: the judgements contradict each other. "
                    "Revisit them with Compare in pairs…."
                ).replace("%1", cr)
            else:
                text = self.tr(
                    "Weights from pairwise comparisons; consistency ratio %1 (consistent)."
                ).replace("%1", cr)
                warning = False
        self.state.setText(text)
        self.state.setStyleSheet(WARNING_STYLE if warning else "")
        self.state.setVisible(bool(text))

    # -- selection -----------------------------------------------------------------------------------

    def current_key(self) -> tuple[str, int | None] | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        kind, row = self.model.row_at(index.row())
        return kind, row.id if row is not None else None

    def select(self, kind: str, row_id: int | None, column: int = Col.NAME) -> QModelIndex:
        row = self.model.find(kind, row_id)
        if row is None:
            return QModelIndex()
        index = self.model.index(row, column)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        return index

    def _selected(self, kind: str) -> list[Any]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()} | self._current_row())
        return [row for k, row in (self.model.row_at(r) for r in rows) if k == kind and row is not None]

    def _current_row(self) -> set[int]:
        index = self.table.currentIndex()
        return {index.row()} if index.isValid() else set()

    def _update_buttons(self) -> None:
        key = self.current_key()
        has_matrix = self.model.matrix is not None
        for button in (self.add_button, self.add_group_button, self.compare_button, self.swing_button):
            button.setEnabled(has_matrix)
        self.function_button.setEnabled(self._measured_criterion() is not None)
        movable = key is not None and key[1] is not None
        self.remove_button.setEnabled(movable)
        self.up_button.setEnabled(movable and self._move_target(-1) is not None)
        self.down_button.setEnabled(movable and self._move_target(1) is not None)
        self.group_button.setEnabled(key is not None and key[0] == "criterion")

    # -- edits ---------------------------------------------------------------------------------------

    def submit(self, operation: Any, text: str, *, subject: str = "", queued: bool = False) -> Any:
        """The operation's result, or None when it was refused (and the refusal shown)."""
        return self.submitter.submit(operation, text, subject=subject, queued=queued)[1]

    def _current_group_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        kind, row = self.model.row_at(index.row())
        if row is None:
            return None
        return row.id if kind == "group" else row.group_id

    def add_criterion(self) -> None:
        from duediligence.operations.edits import AddRow

        matrix = self.model.matrix
        if matrix is None:
            return
        names = {c.name for c in matrix.criteria}
        name, n = self.tr("New criterion"), 1
        while name in names:
            n += 1
            name = self.tr("New criterion %1").replace("%1", str(n))
        values: dict[str, Any] = {"name": name, "weight": 1.0}
        group_id = self._current_group_id()
        if group_id is not None:
            values["group_id"] = group_id
        new_id = self.submit(AddRow("criterion", matrix.evaluation_id, values), self.tr("Add criterion"))
        if isinstance(new_id, int):
            index = self.select("criterion", new_id)
            if index.isValid():
                self.table.edit(index)

    def add_group(self) -> None:
        from duediligence.operations.edits import AddRow

        matrix = self.model.matrix
        name = dialogs_scoring.ask_group_name(self) if matrix is not None else None
        if matrix is None or name is None:
            return
        new_id = self.submit(
            AddRow("criterion_group", matrix.evaluation_id, {"name": name}),
            self.tr("Add group"),
            subject=name,
        )
        if isinstance(new_id, int):
            self.select("group", new_id)

    def rename_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.table.edit(index.sibling(index.row(), Col.NAME))

    def remove(self) -> None:
        """Remove the selected criteria (asking first when scores go with them), or the current group."""
        from duediligence.operations.rows import DeleteRows

        key, matrix = self.current_key(), self.model.matrix
        if key is None or key[1] is None or matrix is None:
            return
        if key[0] == "group":
            groups = self._selected("group")
            text = (
                self.tr("Remove group “%1”").replace("%1", groups[0].name)
                if len(groups) == 1
                else self.tr("Remove groups")
            )
            self.submit(DeleteRows("criterion_group", tuple(g.id for g in groups)), text)
            return
        criteria = self._selected("criterion")
        ids = {c.id for c in criteria}
        scores = sum(1 for _option, criterion in matrix.cells if criterion in ids)
        pairs = sum(1 for a, b in matrix.comparisons if a in ids or b in ids)
        names = [c.name for c in criteria]
        if (scores or pairs) and not dialogs_scoring.confirm_remove_criteria(self, names, scores, pairs):
            return
        text = (
            self.tr("Remove “%1”").replace("%1", names[0]) if len(names) == 1 else self.tr("Remove criteria")
        )
        self.submit(DeleteRows("criterion", tuple(sorted(ids))), text)

    def _move_target(self, step: int) -> Any:
        """The MoveRow that moves the current row one place within its group (or its group among groups)."""
        from duediligence.operations.edits import MoveRow

        key, matrix = self.current_key(), self.model.matrix
        if key is None or key[1] is None or matrix is None:
            return None
        if key[0] == "group":
            order = [g.id for g in matrix.groups]
            target = order.index(key[1]) + step
            return MoveRow("criterion_group", key[1], target) if 0 <= target < len(order) else None
        criterion = next(c for c in matrix.criteria if c.id == key[1])
        siblings = [c.id for c in matrix.criteria if c.group_id == criterion.group_id]
        place = siblings.index(criterion.id) + step
        if not 0 <= place < len(siblings):
            return None
        stored = [c.id for c in sorted(matrix.criteria, key=lambda c: (c.position, c.id))]
        stored.remove(criterion.id)
        neighbour = stored.index(siblings[place])
        return MoveRow("criterion", criterion.id, neighbour + (1 if step > 0 else 0))

    def move(self, step: int) -> None:
        operation = self._move_target(step)
        if operation is not None:
            self.submit(operation, self.tr("Move up") if step < 0 else self.tr("Move down"))

    def move_to_group(self, group_id: int | None) -> None:
        from duediligence.operations import Batch
        from duediligence.operations.edits import UpdateRow

        criteria = [c for c in self._selected("criterion") if c.group_id != group_id]
        if not criteria:
            return
        operations = [UpdateRow("criterion", c.id, {"group_id": group_id}) for c in criteria]
        self.submit(
            Batch(tuple(operations)) if len(operations) > 1 else operations[0], self.tr("Move to group")
        )
        self.select("criterion", criteria[0].id)

    def _fill_group_menu(self) -> None:
        self.group_menu.clear()
        matrix = self.model.matrix
        if matrix is None:
            return
        for group in matrix.groups:
            action = self.group_menu.addAction(group.name)
            action.triggered.connect(lambda _c=False, g=group.id: self.move_to_group(g))
        self.group_menu.addSeparator()
        none = self.group_menu.addAction(self.tr("No group"))
        none.triggered.connect(lambda _c=False: self.move_to_group(None))

    def _set_weight_source(self) -> None:
        from duediligence.operations.evaluations import UpdateEvaluation

        matrix, code = self.model.matrix, self.weight_source.currentData()
        if matrix is not None and matrix.weight_source != code:
            self.submit(
                UpdateEvaluation(matrix.evaluation_id, {"weight_source": code}), self.tr("Weights from")
            )

    def _measured_criterion(self) -> Any:
        """The current criterion when it is measured (only those can have a value function)."""
        key, matrix = self.current_key(), self.model.matrix
        if key is None or key[0] != "criterion" or matrix is None:
            return None
        criterion = next((c for c in matrix.criteria if c.id == key[1]), None)
        return criterion if criterion is not None and criterion.scale == "measured" else None

    def edit_value_function(self) -> None:
        """Open the value-function editor for the current measured criterion; OK stores it as one step."""
        from duediligence.operations.edits import UpdateRow
        from ui.views.comparison.value_function_dialog import ValueFunctionDialog

        criterion, matrix = self._measured_criterion(), self.model.matrix
        if criterion is None or matrix is None:
            return
        values = [
            cell.value
            for (_option, criterion_id), cell in matrix.cells.items()
            if criterion_id == criterion.id and cell.value is not None
        ]
        answer = ValueFunctionDialog.ask(self, criterion, values)
        if answer is None:
            return
        function, note = answer
        self.submit(
            UpdateRow("criterion", criterion.id, {"value_function": function, "value_function_note": note}),
            self.tr("Value function of “%1”").replace("%1", criterion.name),
        )

    def swing_weights(self) -> None:
        """Open swing weighting; "Use these weights" stores ratings, reasons and weights as one step."""
        from ui.views.comparison.swing_dialog import SwingDialog

        matrix = self.model.matrix
        if matrix is None or not matrix.criteria:
            return
        operation = SwingDialog.ask(self, matrix)
        if operation is not None:
            self.submit(operation, self.tr("Swing weights"))

    def compare_in_pairs(self) -> None:
        if self.model.matrix is not None:
            PairwiseDialog.ask(self, self.context, self.model.matrix.evaluation_id)

    def _context_menu(self, point: QPoint) -> None:
        if not self.table.indexAt(point).isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.tr("&Rename"), self.rename_current)
        menu.addAction(self.tr("&Add criterion"), self.add_criterion)
        menu.addAction(self.tr("&Remove"), self.remove)
        if self._measured_criterion() is not None:
            menu.addAction(self.tr("&Value function…"), self.edit_value_function)
        if self.current_key() is not None and self.current_key()[0] == "criterion":  # type: ignore[index]
            self._fill_group_menu()
            sub = menu.addMenu(self.tr("Move to &group"))
            sub.addActions(self.group_menu.actions())
        menu.exec(self.table.viewport().mapToGlobal(point))
