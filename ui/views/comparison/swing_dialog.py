"""Swing weighting: rate how much each criterion's worst-to-best swing matters, the weights follow.

The buyer first picks the swing they would most like to make (it gets 100), then rates every other
swing against it. Nothing is stored until "Use these weights": then the ratings, the reasons and the
weights they give are stored as one undoable step, and shown again the next time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from duediligence.i18n import translate
from ui.numbers import format_number
from ui.views.table_view import TableWidget

if TYPE_CHECKING:
    from duediligence.decision.matrix import Matrix

WARNING_STYLE = "color: #b3261e"
RATING, WHY, WEIGHT = 3, 4, 5


class SwingDialog(QDialog):
    """A row per criterion: its swing (worst → best), a rating 0–100, why, and the weight it gives."""

    def __init__(self, matrix: Matrix, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from duediligence.decision.ranking import criterion_specs
        from duediligence.decision.swing import criterion_swing

        self.matrix = matrix
        self.criteria = list(matrix.criteria)
        self.setWindowTitle(self.tr("Swing weights"))
        intro = QLabel(
            self.tr(
                "Imagine an option at its worst on every criterion. Which single swing, from worst to best, "
                "would you most like to make? Pick it: it is rated 100. Then rate each other swing against "
                "it (0–100): 50 means that swing is worth half as much to you. The weights follow from the "
                "ratings, so they weigh the ranges really at stake, not how important a criterion sounds."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.top = QComboBox(self)
        self.top.addItem(self.tr("(choose the swing that matters most)"), None)
        for c in self.criteria:
            self.top.addItem(c.name, c.id)
        self.top.setAccessibleName(self.tr("The swing that matters most"))
        specs = criterion_specs(matrix, [c.weight for c in self.criteria])
        self.table = TableWidget(len(self.criteria), 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Criterion"),
                self.tr("Worst"),
                self.tr("Best"),
                self.tr("Rating (0–100)"),
                self.tr("Why"),
                self.tr("Weight"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setAccessibleName(self.tr("Swings to rate"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.Stretch)
        self.ratings: list[QSpinBox] = []
        self.reasons: list[QLineEdit] = []
        for r, (c, spec) in enumerate(zip(self.criteria, specs, strict=True)):
            column = [
                matrix.cells[(o.id, c.id)].value for o in matrix.options if (o.id, c.id) in matrix.cells
            ]
            swing = criterion_swing(spec, [v if v is not None else float("nan") for v in column])
            worst, best = (self._end(end, swing.unit) for end in (swing.worst, swing.best))
            for col, text in ((0, c.name), (1, worst), (2, best)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(self._source(swing.source))
                self.table.setItem(r, col, item)
            rating = QSpinBox(self.table)
            rating.setRange(-1, 100)
            rating.setSpecialValueText(self.tr("not rated"))
            rating.setValue(round(c.swing_rating) if c.swing_rating is not None else -1)
            rating.setAccessibleName(self.tr("Rating of the swing of “%1”").replace("%1", c.name))
            rating.valueChanged.connect(lambda _v: self._show_weights())
            self.table.setCellWidget(r, RATING, rating)
            reason = QLineEdit(c.swing_note, self.table)
            reason.setAccessibleName(self.tr("Why “%1” is rated so").replace("%1", c.name))
            self.table.setCellWidget(r, WHY, reason)
            weight = QTableWidgetItem("")
            weight.setFlags(Qt.ItemFlag.ItemIsEnabled)
            weight.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, WEIGHT, weight)
            self.ratings.append(rating)
            self.reasons.append(reason)
        top = next((c.id for c in self.criteria if c.swing_rating == 100), None)
        self.top.setCurrentIndex(max(0, self.top.findData(top)))
        self.top.activated.connect(lambda _i: self._pick_top())
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(WARNING_STYLE)
        self.use_button = QPushButton(self.tr("&Use these weights"), self)
        self.use_button.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.use_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        label = QLabel(self.tr("&Most important swing:"), self)
        label.setBuddy(self.top)
        form.addRow(label, self.top)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._show_weights()
        self.resize(900, 520)

    @staticmethod
    def _end(end: float | str | None, unit: str) -> str:
        if end is None:
            return "—"
        if isinstance(end, str):
            return end
        return f"{format_number(end, decimals=6)} {unit}".rstrip()

    @staticmethod
    def _source(source: str) -> str:
        words = {
            "stated ends": translate("SwingDialog", "From the criterion's stated Minimum and Maximum."),
            "scale": translate("SwingDialog", "The ends of the criterion's scale."),
            "the options' range": translate(
                "SwingDialog",
                "The worst and best value among the options (no ends stated): "
                "the swing changes when options are added or removed.",
            ),
            "levels": translate("SwingDialog", "The worst and best of the criterion's levels."),
            "value function": translate(
                "SwingDialog", "Where the criterion's value function is worth least and most."
            ),
            "no values yet": translate("SwingDialog", "No option has a value yet: the swing is not known."),
        }
        return words.get(source, source)

    def _pick_top(self) -> None:
        chosen = self.top.currentData()
        for c, rating in zip(self.criteria, self.ratings, strict=True):
            if c.id == chosen:
                rating.setValue(100)
            elif rating.value() == 100:
                rating.setValue(-1)  # only one swing is the most important; rate the others against it
        index = next((r for r, c in enumerate(self.criteria) if c.id != chosen), None)
        if index is not None:
            self.ratings[index].setFocus()

    def rated(self) -> list[float | None]:
        return [None if s.value() < 0 else float(s.value()) for s in self.ratings]

    def _show_weights(self) -> None:
        from duediligence.decision.swing import SwingError, swing_weights

        try:
            weights: tuple[float, ...] | None = swing_weights(self.rated(), [c.name for c in self.criteria])
            self.problem.setText("")
        except SwingError as exc:
            weights = None
            self.problem.setText(str(exc))
        for r in range(len(self.criteria)):
            text = "—" if weights is None else f"{format_number(weights[r] * 100, decimals=1)} %"
            self.table.item(r, WEIGHT).setText(text)
        self.problem.setVisible(weights is None)
        self.use_button.setEnabled(weights is not None)

    def operation(self) -> object:
        """The SetSwingWeights the ratings and reasons mean."""
        from duediligence.operations.swing import SetSwingWeights

        ratings = {c.id: r for c, r in zip(self.criteria, self.rated(), strict=True)}
        notes = {c.id: e.text().strip() for c, e in zip(self.criteria, self.reasons, strict=True)}
        return SetSwingWeights(self.matrix.evaluation_id, ratings, notes)

    @classmethod
    def ask(cls, parent: QWidget | None, matrix: Matrix) -> object | None:
        """The operation to submit when the buyer chose "Use these weights", else None."""
        dialog = cls(matrix, parent)
        try:
            return dialog.operation() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
