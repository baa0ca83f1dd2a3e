"""The weight-profile editor: criteria down, stakeholders across. A stakeholder's own weight is shown as
typed; where they gave none, the evaluation's weight applies and is shown greyed in italics. Typing a
number stores it, clearing the cell removes it (both through `commit`, one undoable step each). The
third column shows how far the profiles disagree on the criterion's share."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from duediligence.i18n import translate
from ui.models.ranking import percent_text
from ui.models.table import Index, TableModel
from ui.numbers import format_number, raw_number, typed_number
from ui.theme import muted_brush

if TYPE_CHECKING:
    from duediligence.reads.robustness import ProfileTable
    from duediligence.robustness.results import Robustness

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class WeightProfilesModel(TableModel):
    """Rows: (criterion id, name, the ranking's weight); columns: the criterion, the evaluation's weight,
    the disagreement, then one per stakeholder."""

    CRITERION, EVALUATION, SPREAD = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.people: list[tuple[int, str]] = []
        self.weights: dict[tuple[int, int], float] = {}
        self.spread: dict[int, tuple[float, str, str]] = {}

    def key(self, row: tuple[int, str, float]) -> int:
        return row[0]

    @property
    def criteria(self) -> list[tuple[int, str, float]]:
        return self._rows

    def set_data(self, result: Robustness | None, table: ProfileTable | None) -> None:
        """New figures; with the same criteria and people the cells update in place, so an editor open
        while the analysis finishes keeps what is being typed."""
        ok = result is not None and result.problem is None
        criteria = (
            list(zip(result.criterion_ids, result.criterion_names, result.criterion_weights, strict=True))
            if ok and result
            else []
        )
        people = list(table.stakeholders) if table and ok else []
        self.people = people
        self.weights = dict(table.weights) if table else {}
        self.spread = (
            {d.criterion_id: (d.spread, d.lowest, d.highest) for d in result.disagreement} if result else {}
        )
        headers = [
            translate("Robustness", "Criterion"),
            translate("Robustness", "Evaluation"),
            translate("Robustness", "Disagreement"),
        ] + [p[1] for p in people]
        self.set_rows(criteria, headers if criteria else [])

    @property
    def last(self) -> int:
        """One past the last stakeholder column."""
        return 3 + len(self.people)

    def header_tip(self, section: int) -> str | None:
        if section == self.EVALUATION:
            return translate(
                "Robustness",
                "The weights the ranking uses; a stakeholder without a weight of their own takes these.",
            )
        if section == self.SPREAD:
            return translate(
                "Robustness",
                "How far the stakeholders' shares of the weight differ (largest minus smallest).",
            )
        if section == self.CRITERION:
            return None
        return translate(
            "Robustness", "%1's own weights: type a number; clear it to use the evaluation's weight."
        ).replace("%1", self.people[section - 3][1])

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if 3 <= index.column() < self.last else base

    def _person(self, column: int) -> tuple[int, str] | None:
        return self.people[column - 3] if 3 <= column < self.last else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.criteria):
            return None
        criterion_id, name, weight = self.criteria[index.row()]
        c = index.column()
        person = self._person(c)
        own = self.weights.get((person[0], criterion_id)) if person else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if c == self.CRITERION:
                return name
            if c == self.EVALUATION:
                return format_number(weight, decimals=3)
            if c == self.SPREAD:
                spread = self.spread.get(criterion_id)
                return percent_text(spread[0]) if spread and spread[0] > 0.0005 else ""
            if role == Qt.ItemDataRole.EditRole:
                return "" if own is None else raw_number(own)
            return format_number(weight if own is None else own, decimals=3)
        if role == Qt.ItemDataRole.TextAlignmentRole and c != self.CRITERION:
            return RIGHT
        if person and own is None:
            if role == Qt.ItemDataRole.ForegroundRole:
                return muted_brush()
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
        if role == Qt.ItemDataRole.ToolTipRole and c == self.SPREAD and criterion_id in self.spread:
            spread, low, high = self.spread[criterion_id]
            return (
                translate("Robustness", "%1 gives “%2” the smallest share, %3 the largest: %4 apart.")
                .replace("%1", low).replace("%2", name).replace("%3", high)
                .replace("%4", percent_text(spread))
            )  # fmt: skip
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        from duediligence.operations.robustness import SetWeightProfile

        person = self._person(index.column()) if index.isValid() else None
        if person is None or role != Qt.ItemDataRole.EditRole:
            return False
        criterion_id, name, _ = self.criteria[index.row()]
        weight = typed_number(value)
        if weight == self.weights.get((person[0], criterion_id)):
            return False
        if weight is None:
            text = translate("Robustness", "Use the evaluation's weight of “%1” for %2")
        else:
            text = translate("Robustness", "%2's weight of “%1”")
        stored = self.hand_on(
            SetWeightProfile(person[0], criterion_id, weight),
            text.replace("%1", name).replace("%2", person[1]),
        )
        if stored:  # shown at once; the tables re-read when the analysis that follows has run
            if weight is None:
                self.weights.pop((person[0], criterion_id), None)
            else:
                self.weights[(person[0], criterion_id)] = float(weight)
            self.dataChanged.emit(index, index)
        return stored
