"""The Score matrix sub-tab: criteria down, options across, typed like a spreadsheet; every edit is one
undoable step, and a refused value is reported with nothing stored."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from duediligence.changes import RANKING, Changes
from ui import dialogs
from ui.models.matrix import ScoreMatrixModel, ScoreRefused
from ui.scoring_labels import missing_policy_labels, must_have_policy_labels
from ui.views.comparison import matrix_clipboard as clipboard
from ui.views.comparison.matrix_table import ScoreTable
from ui.views.comparison.score_dialog import ScoreDialog
from ui.views.flow_layout import FlowLayout
from ui.views.refresh import RefreshWhenShown
from ui.views.submit import Submitter

if TYPE_CHECKING:
    from ui.context import AppContext

KINDS = RANKING  # the matrix shows the ranking's shares and exclusions
MIN_COLUMN, MAX_COLUMN = 72, 88


class MatrixView(RefreshWhenShown, QWidget):
    """The decision matrix of one evaluation, with the settings that say how its gaps are read."""

    KINDS = KINDS
    costs_requested = Signal(int)  # an option's id: show its cost lines (its TCO is calculated from them)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.evaluation_id: int | None = None
        self._stale = False
        self.model = ScoreMatrixModel(self)
        self.model.flip_hint = self._flip_hint
        self.table = ScoreTable(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Score matrix"))
        self.missing_policy, self.must_have_policy = QComboBox(self), QComboBox(self)
        for combo, labels, name in (
            (self.missing_policy, missing_policy_labels(), self.tr("Missing scores")),
            (self.must_have_policy, must_have_policy_labels(), self.tr("Failed must-haves")),
        ):
            for code, label in labels.items():
                combo.addItem(label, code)
            # As wide as its longest choice: a narrow window moves it to the bar's next line (a flow
            # layout) instead of cutting the choice shown ("Ignore and re-weigh").
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setAccessibleName(name)
        self.evidence_button = QPushButton(self.tr("&Evidence…"), self)
        self.evidence_button.setToolTip(
            self.tr("Range, confidence and evidence of the current score (Ctrl+E)")
        )
        self.state = QLabel(self)
        self.state.setObjectName("caption")
        self.state.setWordWrap(True)
        self._build_layout()
        self.submitter = Submitter(self, context, self.tr("Score not stored"), self._stay_on_cell)
        self.model.commit = self.submitter
        self.table.copy_requested.connect(self.copy_selection)
        self.table.paste_requested.connect(self.paste)
        self.table.clear_requested.connect(self.clear_selection)
        self.table.details_requested.connect(self.edit_details)
        self.table.costs_requested.connect(self.open_costs)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.evidence_button.clicked.connect(self.edit_details)
        self.missing_policy.activated.connect(lambda: self._set_policy("missing_policy", self.missing_policy))
        self.must_have_policy.activated.connect(
            lambda: self._set_policy("must_have_policy", self.must_have_policy)
        )
        context.changed.connect(self._on_changed)

    def _build_layout(self) -> None:
        bar = FlowLayout()
        for text, combo in (
            (self.tr("&Missing scores:"), self.missing_policy),
            (self.tr("Failed m&ust-have:"), self.must_have_policy),
        ):
            label = QLabel(text, self)
            label.setBuddy(combo)
            bar.addWidget(label)
            bar.addWidget(combo)
            bar.addSpacing(12)
        bar.addStretch(1)
        bar.addWidget(self.evidence_button)
        legend = QLabel(
            self.tr(
                "Type a score and press Enter · Delete clears it (missing, not zero) · — missing · "
                "7 (6–9) likely with range · 6? low confidence · ◥ evidence · shaded rows are calculated"
            ),
            self,
        )
        legend.setObjectName("caption")
        legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.state)
        layout.addWidget(self.table, 1)
        layout.addWidget(legend)

    # -- loading -------------------------------------------------------------------------------------

    def set_evaluation(self, evaluation_id: int | None) -> None:
        self.evaluation_id = evaluation_id
        self.model.set_matrix(None, None)
        self.refresh_soon()

    def _on_changed(self, changes: Changes) -> None:
        """An edit of scores alone updates those cells in place (when the matrix shown is the one it
        changed); any other change of what the matrix shows reads it again."""
        eid = self.evaluation_id
        if eid is None or self.context.db is None:
            return
        patch = self.context.score_patch(changes, eid)
        if patch is not None and not self._stale and self.isVisible() and self.model.matrix is patch.before:
            self.model.update_scores(patch.after, self.context.ranking(eid), patch.cells)
            return
        super()._on_changed(changes)

    def reload(self) -> None:
        """Re-query the matrix and its ranking; the current cell stays on the same option and criterion."""
        self._stale = False
        if self.evaluation_id is None or self.context.db is None:
            self.model.set_matrix(None, None)
            return
        from duediligence.errors import NotFoundError

        kept = self._current_ids()
        try:
            matrix = self.context.matrix(self.evaluation_id)
        except NotFoundError:
            self.evaluation_id = None
            self.model.set_matrix(None, None)
            return
        if self.model.set_matrix(matrix, self.context.ranking(self.evaluation_id)):
            self._fit_columns()
            self._restore(kept)
        for combo, code in (
            (self.missing_policy, matrix.missing_policy),
            (self.must_have_policy, matrix.must_have_policy),
        ):
            combo.setCurrentIndex(max(0, combo.findData(code)))
        self._describe_state()

    def _describe_state(self) -> None:
        matrix = self.model.matrix
        if matrix is None:
            text = ""
        elif not matrix.options:
            text = self.tr(
                "No options yet: add the alternatives (including doing nothing) under Options & costs."
            )
        elif not matrix.criteria:
            text = self.tr("No criteria yet: add what matters, with weights, under Criteria & weights.")
        else:
            text = ""
        self.state.setText(text)
        self.state.setVisible(bool(text))

    def _fit_columns(self) -> None:
        header = self.table.verticalHeader()
        header.update_band()  # type: ignore[attr-defined]
        lines = max(
            (
                self.model.headerData(c, Qt.Orientation.Horizontal).count("\n") + 1
                for c in range(self.model.columnCount())
            ),
            default=1,
        )
        spacing = self.table.horizontalHeader().fontMetrics().lineSpacing()
        self.table.horizontalHeader().setMinimumHeight(lines * spacing + 12)
        self.table.resizeColumnsToContents() if self.model.columnCount() <= 40 else None
        for column in range(self.model.columnCount()):
            width = self.table.columnWidth(column) if self.model.columnCount() <= 40 else MAX_COLUMN
            self.table.setColumnWidth(column, max(MIN_COLUMN, min(width, MAX_COLUMN)))
        self.table.fit_names()

    def _current_ids(self) -> tuple[int, int] | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.model.criteria:
            return None
        return self.model.criteria[index.row()].id, self.model.options[index.column()].id

    def select_cell(self, criterion_id: int, option_id: int) -> None:
        """Make one score cell current (shown once the matrix is loaded)."""
        if self._stale:
            self.reload()
        self._restore((criterion_id, option_id))
        self.table.scrollTo(self.table.currentIndex())

    def _restore(self, kept: tuple[int, int] | None) -> None:
        if kept is None:
            return
        rows = [c.id for c in self.model.criteria]
        columns = [o.id for o in self.model.options]
        if kept[0] in rows and kept[1] in columns:
            index = self.model.index(rows.index(kept[0]), columns.index(kept[1]))
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    # -- edits ---------------------------------------------------------------------------------------

    def submit(self, operation: Any, text: str, *, queued: bool = False) -> bool:
        return bool(self.submitter.submit(operation, text, queued=queued)[0])

    def _stay_on_cell(self) -> None:
        self.table.refused = True  # the refused cell keeps the focus instead of moving down

    def _selection(self) -> set[tuple[int, int]]:
        return {(i.row(), i.column()) for i in self.table.selectionModel().selectedIndexes()}

    def clear_selection(self) -> None:
        """Delete: the selected scores become missing (never zero); evidence notes stay."""
        targets = [(r, c, "") for r, c in sorted(self._selection()) if not self.model.is_derived(r)]
        operations = clipboard.paste_operations(self.model, targets)
        self._submit_all(operations, self.tr("Clear %n score(s)", "", len(operations)))

    def copy_selection(self) -> None:
        text = clipboard.copy_text(self.model, self.table.selectionModel().selectedIndexes())
        if text:
            QGuiApplication.clipboard().setText(text)

    def paste(self, text: str | None = None) -> None:
        """Paste a TSV block from the current cell as one undoable step: every cell or none."""
        current = self.table.currentIndex()
        text = QGuiApplication.clipboard().text() if text is None else text
        if not current.isValid() or not text:
            return
        block = clipboard.parse_block(text)
        try:
            targets = clipboard.paste_targets(
                self.model, block, current.row(), current.column(), self._selection()
            )
            operations = clipboard.paste_operations(self.model, targets)
        except ScoreRefused as refusal:
            dialogs.show_warning(self, self.tr("Nothing pasted"), str(refusal))
            return
        if self._submit_all(operations, self.tr("Paste %n score(s)", "", len(operations))):
            self._select_block(targets)

    def _submit_all(self, operations: list[Any], text: str) -> bool:
        from duediligence.operations import Batch

        if not operations:
            return False
        operation = operations[0] if len(operations) == 1 else Batch(tuple(operations))
        return self.submit(operation, text)

    def _select_block(self, targets: list[tuple[int, int, str]]) -> None:
        selection = self.table.selectionModel()
        rows, columns = [r for r, _, _ in targets], [c for _, c, _ in targets]
        top_left = self.model.index(min(rows), min(columns))
        bottom_right = self.model.index(max(rows), max(columns))
        from PySide6.QtCore import QItemSelection

        selection.select(
            QItemSelection(top_left, bottom_right), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        selection.setCurrentIndex(top_left, QItemSelectionModel.SelectionFlag.NoUpdate)

    def edit_details(self) -> None:
        """The score details dialog for the current cell; saved as one SetScore."""
        index = self.table.currentIndex()
        if index.isValid() and self.model.takes_price(index.row(), index.column()):
            self.table.edit(index)  # the price of an option without cost lines is typed in place
            return
        if index.isValid() and self.model.opens_costs(index.row(), index.column()):
            self.open_costs()
            return
        if not index.isValid() or self.model.is_derived(index.row()):
            return
        row, column = index.row(), index.column()
        criterion, option = self.model.criteria[row], self.model.options[column]
        values = ScoreDialog.ask(self, criterion, option.name, self.model.cell(row, column))
        if values:
            self.submit(
                self.model.set_score(row, column, values),
                self.tr("Evidence for %1").replace("%1", self.model.where(row, column)),
            )

    def open_costs(self) -> None:
        """The cost lines of the current cell's option, in the costs editor."""
        index = self.table.currentIndex()
        if index.isValid():
            self.costs_requested.emit(self.model.options[index.column()].id)

    def _set_policy(self, field: str, combo: QComboBox) -> None:
        from duediligence.operations.evaluations import UpdateEvaluation

        matrix = self.model.matrix
        if matrix is None or getattr(matrix, field) == combo.currentData():
            return
        text = self.tr("Missing-score policy") if field == "missing_policy" else self.tr("Must-have policy")
        self.submit(UpdateEvaluation(matrix.evaluation_id, {field: combo.currentData()}), text)

    def _context_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        menu = QMenu(self)
        editable = not self.model.is_derived(index.row())
        for text, key, slot, enabled in (
            (self.tr("&Evidence…"), QKeySequence("Ctrl+E"), self.edit_details, editable),
            (
                self.tr("C&lear score"),
                QKeySequence(QKeySequence.StandardKey.Delete),
                self.clear_selection,
                editable,
            ),
            (self.tr("&Copy"), QKeySequence(QKeySequence.StandardKey.Copy), self.copy_selection, True),
            (self.tr("&Paste"), QKeySequence(QKeySequence.StandardKey.Paste), self.paste, editable),
        ):
            action = menu.addAction(text)
            action.setShortcut(key)
            action.setEnabled(enabled)
            action.triggered.connect(lambda _checked=False, s=slot: s())
        menu.exec(self.table.viewport().mapToGlobal(point))

    def _flip_hint(self, option_id: int, criterion_id: int) -> str | None:
        from ui.views.robustness import matrix_flip_hint

        if self.evaluation_id is None:
            return None
        return matrix_flip_hint(self.context, self.evaluation_id, option_id, criterion_id)

    def cell_index(self, criterion_id: int, option_id: int) -> QModelIndex:
        """The model index of one score (for tests and for selecting from elsewhere)."""
        rows = [c.id for c in self.model.criteria]
        columns = [o.id for o in self.model.options]
        return self.model.index(rows.index(criterion_id), columns.index(option_id))
