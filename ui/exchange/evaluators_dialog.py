"""The Evaluators dialog: each evaluator's scores per cell, combined, and where they disagree widely."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duediligence.i18n import PLURAL, translate
from ui import dialogs
from ui.numbers import format_number
from ui.views.table_view import TableView

if TYPE_CHECKING:
    from duediligence.reads.evaluators import CellSummary, CriterionSummary, EvaluatorSummary
    from ui.context import AppContext

Index = QModelIndex | QPersistentModelIndex
DISAGREE_COLOUR = "#e65100"


def combination_labels() -> dict[str, str]:
    return {"mean": translate("EvaluatorsDialog", "Mean"), "median": translate("EvaluatorsDialog", "Median")}


class EvaluatorsModel(QAbstractTableModel):
    """One row per scored cell (criterion × option): each evaluator's value, combined, spread, flag."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary: EvaluatorSummary | None = None
        self.rows: list[tuple[CriterionSummary, CellSummary]] = []
        self.evaluators: tuple[str, ...] = ()

    def set_summary(self, summary: EvaluatorSummary | None) -> None:
        self.beginResetModel()
        self.summary = summary
        self.evaluators = summary.evaluators if summary else ()
        self.rows = (
            [(c, cell) for c in summary.criteria for cell in c.cells if cell.values] if summary else []
        )
        self.endResetModel()

    def headers(self) -> list[str]:
        how = combination_labels().get(self.summary.combination, "") if self.summary else ""
        combined = translate("EvaluatorsDialog", "Combined (%1)").replace("%1", how.lower())
        return [
            translate("EvaluatorsDialog", "Criterion"),
            translate("EvaluatorsDialog", "Option"),
            *self.evaluators,
            combined,
            translate("EvaluatorsDialog", "Spread"),
            translate("EvaluatorsDialog", "In the matrix"),
            "",
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.evaluators) + 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        criterion, cell = self.rows[index.row()]
        column, n = index.column(), len(self.evaluators)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0 and not self.first_of_criterion(index.row()):
                return ""  # the criterion is named once, on its first row
            return self._text(criterion, cell, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(criterion, cell)
        if role == Qt.ItemDataRole.ForegroundRole and (
            (column == 0 and criterion.disagree) or (cell.disagree and column in (n + 3, n + 5))
        ):
            return QBrush(QColor(DISAGREE_COLOUR))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{criterion.name}, {cell.option}: {self._text(criterion, cell, column)}"
        if role == Qt.ItemDataRole.FontRole and ((column == 0 and criterion.disagree) or column == n + 2):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def first_of_criterion(self, row: int) -> bool:
        return row == 0 or self.rows[row - 1][0].criterion_id != self.rows[row][0].criterion_id

    def _text(self, criterion: CriterionSummary, cell: CellSummary, column: int) -> str:
        n = len(self.evaluators)
        if column == 0:
            return ("⚠ " if criterion.disagree else "") + criterion.name
        if column == 1:
            return cell.option
        if 2 <= column < n + 2:
            given = dict(cell.values).get(self.evaluators[column - 2])
            return "—" if given is None else _value(given, criterion.scale)
        if column == n + 2:
            return "—" if cell.combined is None else _value(cell.combined, criterion.scale)
        if column == n + 3:
            if cell.spread is None:
                return ""
            share = (
                f" ({format_number(cell.spread_share * 100, decimals=0)} %)"
                if cell.spread_share is not None
                else ""
            )
            return format_number(cell.spread) + share
        if column == n + 4:
            return "—" if cell.matrix_value is None else _value(cell.matrix_value, criterion.scale)
        return translate("EvaluatorsDialog", "⚠ wide") if cell.disagree else ""

    def _tooltip(self, criterion: CriterionSummary, cell: CellSummary) -> str:
        lines = [f"{criterion.name} × {cell.option}"]
        lines += [f"{name}: {_value(value, criterion.scale)}" for name, value in cell.values]
        if cell.stdev is not None:
            lines.append(
                translate("EvaluatorsDialog", "Standard deviation: %1").replace(
                    "%1", format_number(cell.stdev)
                )
            )
        if cell.disagree:
            lines.append(
                translate(
                    "EvaluatorsDialog",
                    "The evaluators' scores lie %1 % of the scale apart (30 % or more counts as wide).",
                ).replace("%1", format_number((cell.spread_share or 0) * 100, decimals=0))
            )
        return "\n".join(lines)


def _value(value: float, scale: str) -> str:
    if scale == "yes-no" and value in (0.0, 1.0):
        return translate("EvaluatorsDialog", "Yes") if value else translate("EvaluatorsDialog", "No")
    return format_number(value)


class EvaluatorsDialog(QDialog):
    """Shows the open evaluation's evaluator scores; edits (combination, adopt) are undoable steps."""

    def __init__(self, context: AppContext, evaluation_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.evaluation_id = context, evaluation_id
        self.setWindowTitle(translate("EvaluatorsDialog", "Evaluators"))
        self.resize(1040, 540)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = EvaluatorsModel(self)
        self.table = TableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(translate("EvaluatorsDialog", "Evaluators' scores"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.combination = QComboBox(self)
        self.combination.setAccessibleName(translate("EvaluatorsDialog", "Combine the evaluators' scores by"))
        for code, label in combination_labels().items():
            self.combination.addItem(label, code)
        self.combination.activated.connect(self._set_combination)
        self.adopt_button = QPushButton(
            translate("EvaluatorsDialog", "Use combined scores in the matrix"), self
        )
        self.adopt_button.clicked.connect(self.adopt)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("EvaluatorsDialog", "Combine by:"), self))
        row.addWidget(self.combination)
        row.addStretch(1)
        row.addWidget(self.adopt_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        context.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        from duediligence.reads.evaluators import DISAGREEMENT_SHARE, evaluator_summary

        summary = self.context.read(evaluator_summary, self.evaluation_id)
        self.model.set_summary(summary)
        self.combination.setCurrentIndex(max(0, self.combination.findData(summary.combination)))
        if not summary.evaluators:
            text = translate(
                "EvaluatorsDialog",
                "No evaluator has scored this evaluation yet. File ▸ Send out for scoring… writes one "
                "sheet per evaluator; File ▸ Import a scoring sheet… brings each back.",
            )
        else:
            evaluators, marked = summary.evaluators, summary.disagreements
            who = translate("EvaluatorsDialog", "%n evaluator(s): %1.", None, PLURAL, len(evaluators))
            rule = translate(
                "EvaluatorsDialog",
                "A cell is marked when its scores lie %1 % of the scale or more apart; "
                "%n criterion(s) are marked.",
                None,
                PLURAL,
                len(marked),
            )
            share = format_number(DISAGREEMENT_SHARE * 100, decimals=0)
            text = who.replace("%1", ", ".join(evaluators)) + " " + rule.replace("%1", share)
        self.intro.setText(text)
        self.adopt_button.setEnabled(summary.scored_cells > 0)

    def _on_changed(self, changes: Any) -> None:
        if self.context.db is None:
            self.reject()
            return
        kinds = ("evaluator_score", "score", "evaluation", "option", "criterion")
        if any(changes.touches(kind, self.evaluation_id) for kind in kinds):
            self.reload()

    def _set_combination(self) -> None:
        from duediligence.operations.evaluations import UpdateEvaluation

        code = self.combination.currentData()
        if self.model.summary is not None and code != self.model.summary.combination:
            operation = UpdateEvaluation(self.evaluation_id, {"evaluator_combination": code})
            text = translate("EvaluatorsDialog", "Combine evaluators' scores by %1").replace("%1", code)
            if not self._submit(operation, text):
                self.reload()  # the box shows what is stored again

    def _submit(self, operation: Any, text: str) -> bool:
        """Store one edit; a refusal or a failed write (busy, disk full) is shown here, saying what to do."""
        from duediligence.errors import WorkbookError

        try:
            self.context.submit(operation, text)
        except WorkbookError as exc:
            dialogs.show_warning(self, text, str(exc))
            return False
        return True

    def adopt(self) -> None:
        from duediligence.operations.evaluators import AdoptCombinedScores, combined_score_edits

        edits = self.context.read(combined_score_edits, self.evaluation_id)
        if not edits:
            self.intro.setText(translate("EvaluatorsDialog", "The matrix already holds the combined scores."))
            return
        if not self._submit(
            AdoptCombinedScores(self.evaluation_id),
            translate("EvaluatorsDialog", "Use combined scores in the matrix"),
        ):
            return
        self.intro.setText(
            translate(
                "EvaluatorsDialog",
                "%n score(s) in the matrix now hold the combined value. Edit ▸ Undo takes them back.",
                None,
                PLURAL,
                len(edits),
            )
        )
