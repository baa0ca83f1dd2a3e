"""The criteria and their weights as a table: a bold row per group, then its criteria.

Edits are not written here: setData() builds an UpdateRow and emits it (or a refusal) for the view.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette

from duediligence.i18n import translate
from ui.models.table import Index, TableModel
from ui.numbers import format_number, raw_number, read_number
from ui.scoring_labels import direction_labels, scale_labels, value_source_labels
from ui.theme import muted_brush

if TYPE_CHECKING:
    from duediligence.decision.ahp import AhpResult
    from duediligence.decision.matrix import CriterionRow, GroupRow, Matrix

CHOICES_ROLE = Qt.ItemDataRole.UserRole  # [(code, label)] for a combo editor
WARNING_COLOUR = "#b3261e"
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the CriterionRow or GroupRow (None for "not in a group")


class Col(IntEnum):
    NAME = 0
    WEIGHT = 1
    SHARE = 2
    SCALE = 3
    DIRECTION = 4
    UNIT = 5
    MINIMUM = 6
    MAXIMUM = 7
    NORMALISATION = 8
    MUST_HAVE = 9
    THRESHOLD = 10
    VALUE_SOURCE = 11


FIELDS = {
    Col.NAME: "name", Col.WEIGHT: "weight", Col.SCALE: "scale", Col.MINIMUM: "scale_min",
    Col.MAXIMUM: "scale_max", Col.UNIT: "unit", Col.DIRECTION: "direction", Col.MUST_HAVE: "must_have",
    Col.THRESHOLD: "must_have_threshold", Col.VALUE_SOURCE: "value_source",
}  # fmt: skip
NUMBERS = {Col.WEIGHT, Col.MINIMUM, Col.MAXIMUM, Col.THRESHOLD}
CHOICES = {Col.SCALE: scale_labels, Col.DIRECTION: direction_labels, Col.VALUE_SOURCE: value_source_labels}


@dataclass(frozen=True)
class Weights:
    """The weights the ranking uses: shares summing to 1 (None when they cannot be had) and why not."""

    shares: dict[int, float] | None
    ahp: AhpResult | None = None
    problem: str | None = None


def derive_weights(matrix: Matrix) -> Weights:
    """Direct weights normalised, or AHP priorities from the stored comparisons (pure; no session)."""
    criteria = matrix.criteria
    if not criteria:
        return Weights(None)
    if matrix.weight_source != "pairwise":
        total = sum(c.weight for c in criteria)
        if total <= 0:
            return Weights(None, problem="zero")
        return Weights({c.id: c.weight / total for c in criteria})
    from duediligence.decision.ahp import ahp_weights

    index = {c.id: i for i, c in enumerate(criteria)}
    pairs = {(index[a], index[b]): v for (a, b), v in matrix.comparisons.items() if a in index and b in index}
    try:
        result = ahp_weights(len(criteria), pairs)
    except ValueError:
        return Weights(None, problem="disconnected")
    return Weights({c.id: w for c, w in zip(criteria, result.weights, strict=True)}, result)


class CriteriaModel(TableModel):
    """Group rows (bold, name editable) and criterion rows (every field editable in place).

    Each row is ("group", GroupRow | None) or ("criterion", CriterionRow); None is the loose criteria's
    heading."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.matrix: Matrix | None = None
        self.weights = Weights(None)
        self.normalisations: dict[int, str] = {}
        headers = {
            Col.NAME: self.tr("Criterion"), Col.WEIGHT: self.tr("Weight"), Col.SHARE: self.tr("Share"),
            Col.SCALE: self.tr("Scale"), Col.DIRECTION: self.tr("Better when"), Col.UNIT: self.tr("Unit"),
            Col.MINIMUM: self.tr("Min"), Col.MAXIMUM: self.tr("Max"),
            Col.NORMALISATION: self.tr("Normalisation"), Col.MUST_HAVE: self.tr("Must have"),
            Col.THRESHOLD: self.tr("Threshold"),
            Col.VALUE_SOURCE: self.tr("Values from"),
        }  # fmt: skip
        self._headers = [headers[c] for c in Col]

    def key(self, row: tuple[str, Any]) -> tuple[str, int | None]:
        kind, line = row
        return kind, (line.id if line is not None else None)

    def set_matrix(self, matrix: Matrix | None, normalisations: dict[int, str]) -> bool:
        """Show `matrix`; returns True when rows were added or removed (a reset)."""
        self.matrix, self.normalisations = matrix, normalisations
        self.weights = derive_weights(matrix) if matrix else Weights(None)
        return self.set_rows(_rows(matrix) if matrix else [])

    def find(self, kind: str, row_id: int | None) -> int | None:
        return self.row_of((kind, row_id))

    def header_tip(self, section: int) -> str | None:
        return _header_tips(self).get(Col(section))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        kind, row = self._rows[index.row()]
        col = Col(index.column())
        if kind == "group":
            return base | Qt.ItemFlag.ItemIsEditable if row is not None and col == Col.NAME else base
        if col == Col.MUST_HAVE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if col in (Col.SHARE, Col.NORMALISATION):
            return base
        if col in (Col.MINIMUM, Col.MAXIMUM) and row.scale != "measured":
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        kind, row = self._rows[index.row()]
        col = Col(index.column())
        if role == ROW_ROLE:
            return row
        if kind == "group":
            return self._group_data(row, col, role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(row, col, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.CheckStateRole and col == Col.MUST_HAVE:
            return Qt.CheckState.Checked if row.must_have else Qt.CheckState.Unchecked
        if role == CHOICES_ROLE and col in CHOICES:
            return list(CHOICES[col]().items())
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (*NUMBERS, Col.SHARE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self._ignored(row, col):
            return muted_brush()
        if role == Qt.ItemDataRole.ForegroundRole and col == Col.NORMALISATION and self._min_max(row):
            return QBrush(QColor(WARNING_COLOUR))  # scores that depend on which options are listed
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        return None

    def _min_max(self, row: CriterionRow) -> bool:
        return self.normalisations.get(row.id, "").startswith("min–max across options")

    def _group_data(self, group: GroupRow | None, col: Col, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == Col.NAME:
                return group.name if group is not None else self.tr("Not in a group")
            if col == Col.SHARE and self.weights.shares is not None:
                gid = group.id if group is not None else None
                share = sum(
                    self.weights.shares[c.id] for k, c in self._rows if k == "criterion" and c.group_id == gid
                )
                return f"{format_number(share * 100, decimals=1)} %"
            return None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QPalette().brush(QPalette.ColorRole.AlternateBase)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == Col.SHARE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == Col.NAME:
            if group is None:
                return self.tr("Criteria that belong to no group")
            return group.description or self.tr("Group “%1”: double-click to rename").replace(
                "%1", group.name
            )
        return None

    def _text(self, row: CriterionRow, col: Col, edit: bool) -> Any:
        if col == Col.NAME:
            return row.name
        if col in NUMBERS:
            value = getattr(row, FIELDS[col])
            if value is None:
                return ""
            return raw_number(value) if edit else format_number(value)
        if col == Col.SHARE:
            shares = self.weights.shares
            return "—" if shares is None else f"{format_number(shares[row.id] * 100, decimals=1)} %"
        if col in CHOICES:
            code = getattr(row, FIELDS[col])
            return code if edit else CHOICES[col]().get(code, code)
        if col == Col.UNIT:
            return row.unit
        if col == Col.NORMALISATION:
            return self.normalisations.get(row.id, "—")
        return None

    def _ignored(self, row: CriterionRow, col: Col) -> bool:
        """Cells whose stored value the ranking does not use right now (shown dimmed)."""
        if col == Col.WEIGHT:
            return self.matrix is not None and self.matrix.weight_source == "pairwise"
        if col == Col.DIRECTION and row.value_function:
            return True  # the value function says which values are better
        if col in (Col.SCALE, Col.MINIMUM, Col.MAXIMUM, Col.DIRECTION):
            return row.value_source != "manual"
        return col == Col.THRESHOLD and not row.must_have

    def _tooltip(self, row: CriterionRow, col: Col) -> str | None:
        if col == Col.NAME:
            return row.description or None
        if col == Col.WEIGHT and self._ignored(row, col):
            return self.tr("Not used: the weights come from the pairwise comparisons.")
        if col == Col.DIRECTION and row.value_function:
            return self.tr("Not used: the value function says which values are worth more.")
        if col in (Col.SCALE, Col.DIRECTION) and self._ignored(row, col):
            return self.tr(
                "Not used: calculated values are measured; cost and time are better when lower, "
                "net present value when higher."
            )
        if col == Col.NORMALISATION:
            text = self.tr(
                "How raw values become 0–1 before weighting: %1. A min–max range depends on the options "
                "compared, so adding or removing an option can change the winner."
            ).replace("%1", self.normalisations.get(row.id, "—"))
            if self._min_max(row):
                text += " " + self.tr(
                    "Prefer fixed ends (Minimum and Maximum) or a value function (Value function…)."
                )
            if row.value_function_note:
                text += " " + self.tr("Why: %1").replace("%1", row.value_function_note)
            return text
        return None

    # -- editing -------------------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.flags(index) & (
            Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
        ):
            return False
        from duediligence.operations.edits import UpdateRow

        kind, row = self._rows[index.row()]
        col = Col(index.column())
        if kind == "group":
            if role != Qt.ItemDataRole.EditRole or str(value) == row.name:
                return False
            subject = self.tr("the name of group “%1”").replace("%1", row.name)
            return self.hand_on(
                UpdateRow("criterion_group", row.id, {"name": str(value)}), self.tr("Rename group"), subject
            )
        if col == Col.MUST_HAVE and role == Qt.ItemDataRole.CheckStateRole:
            stored: Any = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif col in NUMBERS:
            from duediligence.errors import ValidationError

            text = "" if value is None else str(value).strip()
            try:
                stored = read_number(text, self._headers[col])
            except ValidationError as exc:  # the core's reason says how to write it in this locale
                return self.refuse(f"“{text}” {exc.reason}.")
        else:
            stored = value
        field = FIELDS[col]
        if getattr(row, field) == stored:
            return False
        subject = self.tr("the %1 of “%2”").replace("%1", self._headers[col].lower()).replace("%2", row.name)
        text = self.tr("Edit %1").replace("%1", subject)
        return self.hand_on(UpdateRow("criterion", row.id, {field: stored}), text, subject)


def _rows(matrix: Matrix) -> list[tuple[str, Any]]:
    rows: list[tuple[str, Any]] = []
    for group in matrix.groups:
        rows.append(("group", group))
        rows.extend(("criterion", c) for c in matrix.criteria if c.group_id == group.id)
    loose = [c for c in matrix.criteria if c.group_id is None]
    if loose and matrix.groups:
        rows.append(("group", None))
    rows.extend(("criterion", c) for c in loose)
    return rows


def _header_tips(model: CriteriaModel) -> dict[Col, str]:
    return {
        Col.WEIGHT: translate("CriteriaModel", "Any number from 0 up; only the proportions matter"),
        Col.SHARE: translate(
            "CriteriaModel", "Each weight as a share of all weights (what the ranking uses)"
        ),
        Col.MINIMUM: translate(
            "CriteriaModel", "Measured criteria: the value that counts as worst (with Max, a fixed range)"
        ),
        Col.MAXIMUM: translate(
            "CriteriaModel", "Measured criteria: the value that counts as best (with Min, a fixed range)"
        ),
        Col.MUST_HAVE: translate(
            "CriteriaModel", "An option that does not reach the threshold fails this criterion"
        ),
        Col.THRESHOLD: translate("CriteriaModel", "The lowest acceptable score for a must-have"),
        Col.VALUE_SOURCE: translate(
            "CriteriaModel", "Typed scores, or calculated from each option's costs and timing"
        ),
        Col.NORMALISATION: translate(
            "CriteriaModel",
            "How raw values become 0–1 before weighting; different choices can change the winner",
        ),
    }
