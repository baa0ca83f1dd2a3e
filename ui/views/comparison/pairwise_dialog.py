"""Pairwise comparisons (AHP): for each pair of criteria, how much more one matters, on Saaty's 1–9 scale.

Each judgement is stored at once as one undoable step; the derived weights and the consistency ratio
update live. Pairs may stay unjudged, as long as the judgements connect all criteria.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from duediligence.changes import Changes
from duediligence.i18n import translate
from ui import dialogs
from ui.numbers import format_number
from ui.views.table_view import TableWidget

if TYPE_CHECKING:
    from duediligence.decision.matrix import Matrix
    from ui.context import AppContext

MAX_CRITERIA = 20  # 190 pairs; beyond that, direct weights are the practical way
INTENSITY = {
    9: "extremely more important", 8: "very strongly to extremely more important",
    7: "very strongly more important", 6: "strongly to very strongly more important",
    5: "strongly more important", 4: "moderately to strongly more important",
    3: "moderately more important", 2: "equally to moderately more important",
}  # fmt: skip


def judgement_choices() -> list[tuple[str, float | None]]:
    """The combo's items, from “A extremely more important (9)” through “equal (1)” to B's side."""
    items: list[tuple[str, float | None]] = [(translate("PairwiseDialog", "not compared"), None)]
    items += [
        (
            translate("PairwiseDialog", "A %1 (%2)")
            .replace("%1", translate("PairwiseDialog", INTENSITY[k]))
            .replace("%2", str(k)),
            float(k),
        )
        for k in range(9, 1, -1)
    ]
    items.append((translate("PairwiseDialog", "equal (1)"), 1.0))
    items += [
        (
            translate("PairwiseDialog", "B %1 (%2)")
            .replace("%1", translate("PairwiseDialog", INTENSITY[k]))
            .replace("%2", str(k)),
            1 / k,
        )
        for k in range(2, 10)
    ]
    return items


def nearest_choice(value: float | None) -> int:
    """The combo row for a stored value (a over b); values between steps go to the nearest step."""
    if value is None:
        return 0
    k = round(value) if value >= 1 else -round(1 / value)
    k = max(-9, min(9, k))
    if k in (1, -1, 0):
        return 9
    return 10 - k if k > 0 else 8 - k


class PairwiseDialog(QDialog):
    """A row per pair of criteria; on the right the weights they imply and how consistent they are."""

    def __init__(self, context: AppContext, evaluation_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.evaluation_id = context, evaluation_id
        self.matrix: Matrix | None = None
        self.pairs: list[tuple[int, int]] = []
        self.setWindowTitle(self.tr("Pairwise comparisons"))
        self.resize(1000, 560)
        intro = QLabel(
            self.tr(
                "For each pair, say which criterion matters more and by how much. You need not judge every "
                "pair, but the judgements must connect all criteria. Each choice is saved at once."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = TableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Criterion A"), self.tr("Judgement"), self.tr("Criterion B")]
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setAccessibleName(self.tr("Pairs of criteria"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 250)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.weights = TableWidget(0, 2, self)
        self.weights.setHorizontalHeaderLabels([self.tr("Criterion"), self.tr("Weight")])
        self.weights.verticalHeader().hide()
        self.weights.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.weights.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.weights.setAccessibleName(self.tr("Derived weights"))
        self.consistency, self.warning, self.source = QLabel(self), QLabel(self), QLabel(self)
        for label in (self.consistency, self.warning, self.source):
            label.setWordWrap(True)
        self.warning.setStyleSheet("color: #b3261e")
        self.source.setObjectName("caption")
        self.use_button = QPushButton(self.tr("&Use these weights for the ranking"), self)
        self.use_button.clicked.connect(self._use_pairwise)
        self.undo_button = QPushButton(self.tr("&Undo last change"), self)
        self.undo_button.clicked.connect(context.undo_stack.undo)
        side = QVBoxLayout()
        side.addWidget(QLabel("<b>" + self.tr("Weights from these judgements") + "</b>", self))
        side.addWidget(self.weights, 1)
        for widget in (self.consistency, self.warning, self.source, self.use_button):
            side.addWidget(widget)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addLayout(side, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        context.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if self.context.db is not None and (
            changes.everything or self.evaluation_id in changes.evaluation_ids
        ):
            self.refresh()

    def refresh(self) -> None:
        from duediligence.reads.matrix import load_matrix

        self.matrix = matrix = self.context.read(load_matrix, self.evaluation_id)
        criteria = matrix.criteria
        pairs = [(a.id, b.id) for i, a in enumerate(criteria) for b in criteria[i + 1 :]]
        if len(criteria) > MAX_CRITERIA:
            pairs = []
        if pairs != self.pairs:
            self._build_rows(pairs)
        for row, (a, b) in enumerate(pairs):
            combo = self.table.cellWidget(row, 1)
            assert isinstance(combo, QComboBox)
            combo.blockSignals(True)
            combo.setCurrentIndex(nearest_choice(self.value(a, b)))
            combo.blockSignals(False)
        self._show_weights()
        self.undo_button.setEnabled(self.context.undo_stack.canUndo())

    def value(self, a: int, b: int) -> float | None:
        """The stored judgement of a over b, whichever way round it was stored."""
        assert self.matrix is not None
        if (a, b) in self.matrix.comparisons:
            return self.matrix.comparisons[(a, b)]
        reverse = self.matrix.comparisons.get((b, a))
        return None if reverse is None else 1 / reverse

    def _build_rows(self, pairs: list[tuple[int, int]]) -> None:
        assert self.matrix is not None
        names = {c.id: c.name for c in self.matrix.criteria}
        self.pairs = pairs
        self.table.setRowCount(len(pairs))
        choices = judgement_choices()
        for row, (a, b) in enumerate(pairs):
            for column, name in ((0, names[a]), (2, names[b])):
                item = QTableWidgetItem(name)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(name)
                self.table.setItem(row, column, item)
            combo = QComboBox(self.table)
            for label, number in choices:
                combo.addItem(label, number)
            question = self.tr("How much more important is “%1” (A) than “%2” (B)?")
            combo.setAccessibleName(question.replace("%1", names[a]).replace("%2", names[b]))
            combo.setToolTip(combo.accessibleName())
            combo.activated.connect(lambda _i, r=row: self._commit(r))
            self.table.setCellWidget(row, 1, combo)

    def choose(self, a: int, b: int, value: float | None) -> None:
        """Judge a over b as the user would with the combo (for keyboard-free callers and tests)."""
        row = self.pairs.index((a, b))
        combo = self.table.cellWidget(row, 1)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(nearest_choice(value))
        self._commit(row)

    def _commit(self, row: int) -> None:
        from duediligence.errors import WorkbookError
        from duediligence.operations.edits import SetComparison

        a, b = self.pairs[row]
        combo = self.table.cellWidget(row, 1)
        assert isinstance(combo, QComboBox)
        value = combo.currentData()
        stored = self.value(a, b)
        if value == stored or (value is not None and stored is not None and abs(value - stored) < 1e-9):
            return
        try:
            self.context.submit(SetComparison(a, b, value), self.tr("Pairwise comparison"))
        except WorkbookError as exc:
            dialogs.show_warning(self, self.tr("Comparison not stored"), str(exc))
            self.refresh()

    def _show_weights(self) -> None:
        from duediligence.decision.ahp import CONSISTENCY_THRESHOLD, RANDOM_INDEX_SOURCE, ahp_weights

        assert self.matrix is not None
        criteria = self.matrix.criteria
        self.use_button.setVisible(self.matrix.weight_source != "pairwise")
        self.source.setText(self.tr("Random index (RI) from %1.").replace("%1", RANDOM_INDEX_SOURCE))
        self.weights.setRowCount(0)
        self.consistency.clear()
        if len(criteria) > MAX_CRITERIA:
            text = self.tr(
                "Pairwise comparison is practical for up to %1 criteria; with %2, use direct weights."
            )
            self._warn(text.replace("%1", str(MAX_CRITERIA)).replace("%2", str(len(criteria))))
            return
        if len(criteria) < 2:
            self._warn(self.tr("Add at least two criteria to compare them in pairs."))
            return
        index = {c.id: i for i, c in enumerate(criteria)}
        judged = {
            (index[a], index[b]): self.value(a, b) for a, b in self.pairs if self.value(a, b) is not None
        }
        try:
            result = ahp_weights(len(criteria), judged)  # type: ignore[arg-type]
        except ValueError:
            self._warn(self._disconnected(judged))
            return
        self.weights.setRowCount(len(criteria))
        for row, (criterion, weight) in enumerate(zip(criteria, result.weights, strict=True)):
            self.weights.setItem(row, 0, QTableWidgetItem(criterion.name))
            share = QTableWidgetItem(f"{format_number(weight * 100, decimals=1)} %")
            share.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            share.setData(Qt.ItemDataRole.UserRole, weight)
            self.weights.setItem(row, 1, share)
        missing = len(result.missing_pairs)
        open_pairs = (
            self.tr(" · %1 pairs not judged (allowed)").replace("%1", str(missing)) if missing else ""
        )
        if result.cr is None:
            self.consistency.setText(self.tr("Consistency cannot be judged beyond 15 criteria.") + open_pairs)
            self._warn("")
            return
        cr = format_number(result.cr, decimals=2)
        self.consistency.setText(
            self.tr("Consistency ratio (CR): %1 (0.10 or less is consistent)").replace("%1", cr) + open_pairs
        )
        if result.cr > CONSISTENCY_THRESHOLD:
            text = self.tr(
                "CR %1 is above 0.10: the judgements contradict each other "
                "(e.g. A > B and B > C, but C > A). Revisit them."
            )
            self._warn(text.replace("%1", cr))
        else:
            self._warn("")

    def _disconnected(self, judged: dict[tuple[int, int], float | None]) -> str:
        assert self.matrix is not None
        names = [c.name for c in self.matrix.criteria]
        group = list(range(len(names)))

        def root(x: int) -> int:
            while group[x] != x:
                x = group[x]
            return x

        for i, j in judged:
            group[root(i)] = root(j)
        parts: dict[int, list[str]] = {}
        for i, name in enumerate(names):
            parts.setdefault(root(i), []).append(name)
        linked = [" + ".join(p) for p in parts.values() if len(p) > 1]
        alone = [p[0] for p in parts.values() if len(p) == 1]
        text = self.tr("The comparisons do not yet connect all criteria, so there are no weights yet.")
        if linked:
            text += " " + self.tr("Linked so far: %1.").replace("%1", "; ".join(linked))
        if alone:
            text += " " + self.tr("Not compared with any other criterion yet: %1.").replace(
                "%1", ", ".join(alone)
            )
        return text

    def _warn(self, text: str) -> None:
        self.warning.setText(text)
        self.warning.setVisible(bool(text))

    def shown_weights(self) -> dict[str, float]:
        """The weights on display by criterion name (empty when there are none)."""
        shown = {}
        for row in range(self.weights.rowCount()):
            shown[self.weights.item(row, 0).text()] = self.weights.item(row, 1).data(Qt.ItemDataRole.UserRole)
        return shown

    def _use_pairwise(self) -> None:
        from duediligence.errors import WorkbookError
        from duediligence.operations.evaluations import UpdateEvaluation

        try:
            self.context.submit(
                UpdateEvaluation(self.evaluation_id, {"weight_source": "pairwise"}),
                self.tr("Weights from comparisons"),
            )
        except WorkbookError as exc:  # a conflict, or a database that could not write (says what to do)
            dialogs.show_warning(self, self.tr("Weights not changed"), str(exc))

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext, evaluation_id: int) -> None:
        """Open the comparisons (modal); every change is already stored when it closes."""
        dialog = cls(context, evaluation_id, parent)
        try:
            dialog.exec()
        finally:
            context.changed.disconnect(dialog._on_changed)
            dialog.deleteLater()
