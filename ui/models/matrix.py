"""The score matrix as a table: criteria as rows, options as columns, one score per cell.

A cell's display text is worked out when a view first asks for it and kept until the cell changes, so
showing 100 options × 250 criteria costs only the cells on screen, and an edit of one score re-derives
one cell (`update_scores`) rather than 25,000. Edits are not written here: setData() turns typed text
into a SetScore and hands it on (or a refusal) for the view to submit or report.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtGui import QFont, QPalette

from ui.models.matrix_price import (
    PriceRefused,
    calculated_from_lines,
    cost_lines,
    price_hint,
    price_operation,
    price_undo_text,
    takes_price,
)
from ui.models.table import Index, TableModel
from ui.numbers import format_day, format_number, raw_number, read_number
from ui.scoring_labels import direction_labels, scale_labels, value_source_labels
from ui.theme import muted_brush

if TYPE_CHECKING:
    from duediligence.decision.matrix import CriterionRow, Matrix, OptionRow, ScoreCell
    from duediligence.decision.ranking import EvaluationRanking

GROUP_ROLE = Qt.ItemDataRole.UserRole  # vertical header: the criterion's group name
EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 1  # cell: True when the score has an evidence note or source
CELL_ROLE = Qt.ItemDataRole.UserRole + 2  # cell: the ScoreCell or None
SCALE_ROLE = Qt.ItemDataRole.UserRole + 3  # vertical header: the scale in short ("0–10") or "calculated"

MISSING, LOW_CONFIDENCE, EVIDENCE, DERIVED, EXCLUDED = 1, 2, 4, 8, 16
CLEARED = {"value": None, "low": None, "high": None}


class ScoreRefused(Exception):
    """Typed or pasted text that cannot become a score; str() says why, in the user's words."""


class ScoreMatrixModel(TableModel):
    """Rows are criteria in group order, columns are options; derived criteria are read-only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Set by the view: a sentence on how far this cell may move before the winner changes.
        self.flip_hint: Callable[[int, int], str | None] | None = None
        self.matrix: Matrix | None = None
        self.ranking: EvaluationRanking | None = None
        self.criteria: tuple[CriterionRow, ...] = ()
        self.options: tuple[OptionRow, ...] = ()
        self._shown: dict[tuple[int, int], tuple[str, int]] = {}  # (row, column) -> (text, state)
        self._row_of: dict[int, int] = {}  # criterion id -> row
        self._column_of: dict[int, int] = {}  # option id -> column
        self._shares: list[float | None] = []
        self._excluded: list[str | None] = []
        self._derived: dict[int, list[float | None]] = {}  # row of a calculated criterion -> values

    # -- loading -------------------------------------------------------------------------------------

    def set_matrix(self, matrix: Matrix | None, ranking: EvaluationRanking | None) -> bool:
        """Show `matrix`; returns True when the rows or columns changed (the view then re-selects)."""
        criteria = matrix.criteria if matrix else ()
        options = matrix.options if matrix else ()
        same_shape = [c.id for c in criteria] == [c.id for c in self.criteria] and [
            o.id for o in options
        ] == [o.id for o in self.options]
        if not same_shape:
            self.beginResetModel()
        self.matrix, self.ranking, self.criteria, self.options = matrix, ranking, criteria, options
        self._rows, self._headers = list(criteria), [o.name for o in options]
        self._row_of = {c.id: r for r, c in enumerate(criteria)}
        self._column_of = {o.id: c for c, o in enumerate(options)}
        self._shown = {}
        self._read_ranking()
        if not same_shape:
            self.endResetModel()
        elif criteria and options:
            last = self.index(len(criteria) - 1, len(options) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(options) - 1)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(criteria) - 1)
        return not same_shape

    def update_scores(
        self, matrix: Matrix, ranking: EvaluationRanking | None, cells: Iterable[tuple[int, int]]
    ) -> None:
        """Show `matrix`, which differs from the one shown only in these score cells ((option id,
        criterion id)), and its ranking: only those cells, and what the new ranking changes (an option
        excluded by a must-have, a calculated value, a weight share), are re-derived and repainted."""
        shares, excluded, derived = self._shares, self._excluded, self._derived
        self.matrix, self.ranking = matrix, ranking
        self._read_ranking()
        rows, columns = len(self.criteria), len(self.options)
        changed_columns = [c for c in range(columns) if excluded[c] != self._excluded[c]]
        changed_rows = [r for r in self._derived if derived.get(r) != self._derived[r]]
        for r, c in list(self._shown):
            if c in changed_columns or r in changed_rows:
                del self._shown[(r, c)]
        for option_id, criterion_id in cells:
            r, c = self._row_of.get(criterion_id), self._column_of.get(option_id)
            if r is not None and c is not None:
                self._shown.pop((r, c), None)
                self.dataChanged.emit(self.index(r, c), self.index(r, c))
        for c in changed_columns:
            self.dataChanged.emit(self.index(0, c), self.index(rows - 1, c))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, c, c)
        for r in changed_rows:
            self.dataChanged.emit(self.index(r, 0), self.index(r, columns - 1))
        if shares != self._shares and rows:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, rows - 1)

    def _read_ranking(self) -> None:
        """What the cells take from the ranking: weight shares, exclusions and calculated values."""
        ranking = self.ranking
        shares = {c.id: c.share for c in ranking.criteria} if ranking else {}
        self._shares = [shares.get(c.id) for c in self.criteria]
        ranked = {o.id: o for o in ranking.options} if ranking else {}
        self._excluded = []
        for option in self.options:
            outcome = ranked.get(option.id)
            reason = outcome.exclusion_reason if outcome and outcome.excluded else None
            if reason is None and option.excluded:
                reason = option.exclusion_reason or self.tr("excluded by you")
            self._excluded.append(reason)
        self._derived = {
            r: [_derived_value(c.value_source, ranked.get(o.id)) for o in self.options]
            for r, c in enumerate(self.criteria)
            if c.value_source != "manual"
        }

    def _cell(self, r: int, c: int) -> tuple[str, int]:
        """(text, state) of one cell, worked out the first time it is asked for."""
        shown = self._shown.get((r, c))
        if shown is not None:
            return shown
        criterion = self.criteria[r]
        excluded = EXCLUDED if self._excluded[c] else 0
        derived = self._derived.get(r)
        if derived is not None:
            value = derived[c]
            text = "—" if value is None else self._derived_text(criterion, value)
            shown = text, DERIVED | excluded | (MISSING if value is None else 0)
        else:
            text, state = _cell_text(
                self.cell(r, c), criterion.scale == "yes-no", QLocale().decimalPoint(), "—",
                self.tr("Yes"), self.tr("No"),
            )  # fmt: skip
            label = _level_label(criterion, self.cell(r, c))
            if label:
                text = f"{text} · {label}"
            shown = text, state | excluded
        self._shown[(r, c)] = shown
        return shown

    def _derived_text(self, criterion: CriterionRow, value: float) -> str:
        if criterion.value_source in ("tco", "npv"):
            currency = self.matrix.currency if self.matrix else ""
            return f"{format_number(value)} {currency}".strip()  # cents too: a typed 7.5 shows as 7.5
        return self.tr("%1 wk").replace("%1", format_number(value, decimals=1))

    # -- structure -----------------------------------------------------------------------------------

    def is_derived(self, row: int) -> bool:
        return row in self._derived

    def cell(self, row: int, column: int) -> ScoreCell | None:
        if self.matrix is None:
            return None
        return self.matrix.cells.get((self.options[column].id, self.criteria[row].id))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.is_derived(index.row()) and not self.takes_price(index.row(), index.column()):
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def takes_price(self, row: int, column: int) -> bool:
        """The TCO cell of an option without cost lines: typing there enters the option's price."""
        return takes_price(self.matrix, self.criteria[row], self.options[column].id)

    def opens_costs(self, row: int, column: int) -> bool:
        """The TCO cell of an option with cost lines: Enter or a double-click opens them."""
        criterion, option = self.criteria[row], self.options[column]
        return criterion.value_source == "tco" and cost_lines(self.matrix, option.id) > 0

    # -- cells ---------------------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        text, state = self._cell(r, c)
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.EditRole:
            return self.raw_text(r, c)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and state & (MISSING | EXCLUDED):
            return muted_brush()
        if role == Qt.ItemDataRole.BackgroundRole:
            if state & DERIVED:
                return QPalette().brush(QPalette.ColorRole.AlternateBase)
            if state & MISSING:
                return QPalette().brush(QPalette.ColorRole.Window)
            return None
        if role == Qt.ItemDataRole.FontRole and state & LOW_CONFIDENCE:
            font = QFont()
            font.setItalic(True)
            return font
        if role == EVIDENCE_ROLE:
            return bool(state & EVIDENCE)
        if role == CELL_ROLE:
            return self.cell(r, c)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell_tooltip(r, c)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.criteria[r].name}, {self.options[c].name}: {text}"
        return None

    def raw_text(self, row: int, column: int) -> str:
        """The value as typed or copied: full precision, locale decimal sign, empty when missing."""
        derived = self._derived.get(row)
        if derived is not None:
            value = derived[column]
        else:
            cell = self.cell(row, column)
            value = cell.value if cell else None
        return "" if value is None else raw_number(value)

    def _cell_tooltip(self, row: int, column: int) -> str:
        criterion, option = self.criteria[row], self.options[column]
        lines = [f"<b>{escape(criterion.name)}</b> · {escape(option.name)}"]
        if self.is_derived(row):
            source = value_source_labels().get(criterion.value_source, criterion.value_source)
            lines.append(
                self.tr("Calculated from the option's costs and timing (%1); not typed.").replace(
                    "%1", source
                )
            )
            if self._derived[row][column] is None:
                lines.append(self._derived_unknown(criterion.value_source, option.id))
            elif criterion.value_source == "npv":
                lines.append(self._irr_line(option.id))
            value = self._derived[row][column]
            if value is not None:
                lines.extend(self._worth_lines(criterion, value))
            if self.takes_price(row, column):
                lines.append(escape(price_hint(), quote=False))
            elif self.opens_costs(row, column):
                count = cost_lines(self.matrix, option.id)
                lines.append(escape(calculated_from_lines(criterion, count), quote=False))
            return "<br>".join(lines)
        cell = self.cell(row, column)
        if cell is None or cell.value is None:
            lines.append(self.tr("No score yet: counted as missing, not as zero."))
        else:
            lines.extend(self._worth_lines(criterion, cell.value))
        if cell is not None:
            if cell.low is not None or cell.high is not None:
                low = "…" if cell.low is None else format_number(cell.low)
                high = "…" if cell.high is None else format_number(cell.high)
                lines.append(self.tr("Range: %1 to %2").replace("%1", low).replace("%2", high))
            if cell.confidence:
                lines.append(self.tr("Confidence: %1").replace("%1", _confidence_word(cell.confidence)))
            if cell.evidence:
                lines.append(self.tr("Evidence: %1").replace("%1", escape(cell.evidence)))
            if cell.source:
                lines.append(self.tr("Source: %1").replace("%1", escape(cell.source)))
            if cell.evidence_date:
                lines.append(self.tr("Checked on %1").replace("%1", format_day(cell.evidence_date)))
        if self._excluded[column]:
            lines.append(self.tr("Option excluded: %1").replace("%1", escape(self._excluded[column] or "")))
        hint = self.flip_hint(option.id, criterion.id) if self.flip_hint else None
        if hint:
            lines.append(f"<i>{escape(hint)}</i>")
        return "<br>".join(lines)

    def _worth_lines(self, criterion: CriterionRow, value: float) -> list[str]:
        """What a score is worth under the criterion's value function, and the function itself."""
        from duediligence.decision.value_functions import Discrete

        function = criterion.function
        if function is None:
            return []
        worth = float(function.utility([value])[0])
        if isinstance(function, Discrete):
            label = function.label(value)
            first = (
                self.tr("Level %1: worth %2 of 100")
                .replace("%1", escape(label))
                .replace("%2", format_number(worth * 100, decimals=1))
                if label is not None
                else self.tr("Not one of the levels' numbers: counted as missing, not as zero.")
            )
        else:
            first = self.tr("Worth %1 of 100").replace("%1", format_number(worth * 100, decimals=1))
        lines = [first, escape(function.describe(criterion.unit))]
        if criterion.value_function_note:
            lines.append(f"<i>{escape(criterion.value_function_note)}</i>")
        return lines

    def _irr_line(self, option_id: int) -> str:
        """The IRR beside an NPV value: the rate at which that NPV would be 0, or why there is none."""
        outcome = next((o for o in self.ranking.options if o.id == option_id), None) if self.ranking else None
        if outcome is None or outcome.finance.irr is None:
            return self.tr("IRR: none (the net cash flows never change sign, e.g. no expected returns).")
        from ui.models.costs import percent_rate

        return self.tr("IRR: %1").replace("%1", percent_rate(outcome.finance.irr))

    def _derived_unknown(self, source: str, option_id: int) -> str:
        """Why a calculated value is missing, and that it counts as a missing score (never as free)."""
        outcome = next((o for o in self.ranking.options if o.id == option_id), None) if self.ranking else None
        reason = None
        if outcome is not None and source in ("tco", "npv"):
            from ui.models.costs import unknown_money_text

            reason = unknown_money_text(outcome.finance)
        if reason is None and source == "time_to_results":
            reason = self.tr("No time to results entered for this option.")
        counted = self.tr("Counted as a missing score, not as a value.")
        return escape(f"{reason} {counted}" if reason else counted)

    # -- headers -------------------------------------------------------------------------------------

    def column_header(self, section: int, role: int) -> Any:
        option = self.options[section]
        if role == Qt.ItemDataRole.DisplayRole:
            name = _short_lines(option.name)
            return name + "\n" + self.tr("(excluded)") if self._excluded[section] else name
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._option_tooltip(section)
        if role == Qt.ItemDataRole.ForegroundRole and self._excluded[section]:
            return muted_brush()
        return None

    def vertical_header(self, section: int, role: int) -> Any:
        criterion = self.criteria[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return criterion.name
        if role == GROUP_ROLE:
            return criterion.group
        if role == SCALE_ROLE:
            return self.scale_text(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._criterion_tooltip(section)
        return None

    def scale_text(self, row: int) -> str:
        """The row's scale in short, shown beside its name: 0–10, 1–5, yes/no, %, the unit, or calculated."""
        criterion = self.criteria[row]
        if self.is_derived(row):
            return self.tr("calculated")
        short = {"0-10": "0–10", "1-5": "1–5", "yes-no": self.tr("yes/no"), "percent": "%"}
        return short.get(criterion.scale) or criterion.unit or self.tr("measured")

    def derived_hint(self, row: int, column: int) -> str | None:
        """Where the inputs of a calculated cell are entered (typing into it cannot work); None where
        typing works (a score, or the price of an option without cost lines)."""
        if not self.is_derived(row) or self.takes_price(row, column):
            return None
        criterion = self.criteria[row]
        if self.opens_costs(row, column):
            return calculated_from_lines(criterion, cost_lines(self.matrix, self.options[column].id))
        if criterion.value_source in ("tco", "npv"):
            text = self.tr(
                "“%1” is calculated from each option's costs: enter them under Options & scores ▸ "
                "Options & costs."
            )
        else:
            text = self.tr(
                "“%1” is calculated from each option's time to results: enter it under Options & scores ▸ "
                "Options & costs."
            )
        return text.replace("%1", criterion.name)

    def _option_tooltip(self, column: int) -> str:
        option = self.options[column]
        lines = [f"<b>{escape(option.name)}</b>"]
        if option.vendor:
            lines.append(escape(option.vendor))
        if self._excluded[column]:
            lines.append(self.tr("Excluded: %1").replace("%1", escape(self._excluded[column] or "")))
        return "<br>".join(lines)

    def _criterion_tooltip(self, row: int) -> str:
        criterion = self.criteria[row]
        title = f"{criterion.group} ▸ {criterion.name}" if criterion.group else criterion.name
        lines = [f"<b>{escape(title)}</b>"]
        if criterion.value_source != "manual":
            source = value_source_labels().get(criterion.value_source, criterion.value_source)
            lines.append(self.tr("Values from: %1 (calculated, read-only)").replace("%1", source))
        else:
            scale = scale_labels().get(criterion.scale, criterion.scale)
            if criterion.scale_min is not None or criterion.scale_max is not None:
                low = "…" if criterion.scale_min is None else format_number(criterion.scale_min)
                high = "…" if criterion.scale_max is None else format_number(criterion.scale_max)
                scale += f" ({low}–{high})"
            direction = direction_labels().get(criterion.direction, criterion.direction).lower()
            if criterion.unit:
                text = self.tr("Scale: %1 · unit: %2 · %3").replace("%2", escape(criterion.unit))
            else:
                text = self.tr("Scale: %1 · %3")
            lines.append(text.replace("%1", scale).replace("%3", direction))
        share = self._shares[row]
        weight = format_number(criterion.weight)
        if share is not None:
            weight += f" ({format_number(share * 100, decimals=1)} %)"
        lines.append(self.tr("Weight: %1").replace("%1", weight))
        if criterion.must_have:
            threshold = criterion.must_have_threshold
            lines.append(
                self.tr("Must have: at least %1").replace("%1", format_number(threshold))
                if threshold is not None
                else self.tr("Must have")
            )
        function = criterion.function
        if function is not None:
            lines.append(escape(function.describe(criterion.unit)))
            if criterion.value_function_note:
                lines.append(f"<i>{escape(criterion.value_function_note)}</i>")
        if criterion.description:
            lines.append(escape(criterion.description))
        return "<br>".join(lines)

    # -- editing -------------------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        r, c = index.row(), index.column()
        if self.is_derived(r):
            return self.takes_price(r, c) and self._enter_price(r, c, "" if value is None else str(value))
        try:
            values = self.score_values(r, c, "" if value is None else str(value))
        except ScoreRefused as refusal:  # the message names the cell, as every refusal names its field
            return self.refuse(f"{self.where(r, c)}: {refusal}")
        if values is None:
            return False
        return self.hand_on(self.set_score(r, c, values), self.edit_text(r, c))

    def _enter_price(self, row: int, column: int, text: str) -> bool:
        """One undoable cost line holding the typed price; a refusal names the option and the field."""
        assert self.matrix is not None
        option = self.options[column]
        try:
            operation = price_operation(self.matrix, self.criteria[row], option, text)
        except PriceRefused as refusal:
            return self.refuse(str(refusal))
        return operation is not None and self.hand_on(operation, price_undo_text(option))

    def set_score(self, row: int, column: int, values: dict[str, Any]) -> Any:
        from duediligence.operations.edits import SetScore

        return SetScore(self.options[column].id, self.criteria[row].id, values)

    def edit_text(self, row: int, column: int) -> str:
        """The undo text of an edit of one cell."""
        return (
            self.tr("Score “%1” for “%2”")
            .replace("%1", self.criteria[row].name)
            .replace("%2", self.options[column].name)
        )

    def where(self, row: int, column: int) -> str:
        return f"“{self.criteria[row].name}” × “{self.options[column].name}”"

    def score_values(self, row: int, column: int, text: str) -> dict[str, Any] | None:
        """What typing `text` into a cell stores (None: nothing changes); ScoreRefused says why not."""
        criterion = self.criteria[row]
        if self.is_derived(row):
            raise ScoreRefused(
                self.tr("%1 is calculated from the options' costs and timing; it cannot be typed.").replace(
                    "%1", f"“{criterion.name}”"
                )
            )
        cell = self.cell(row, column)
        if not text.strip():
            if cell is None or (cell.value is None and cell.low is None and cell.high is None):
                return None
            return dict(CLEARED)
        value = self.parse(criterion, text)
        if cell is not None and cell.value == value:
            return None
        self.check(criterion, value, cell)
        return {"value": value}

    def parse(self, criterion: CriterionRow, text: str) -> float:
        stripped = text.strip()
        if criterion.scale == "yes-no":
            word = stripped.casefold()
            if word in {self.tr("yes").casefold(), "yes", "y"}:
                return 1.0
            if word in {self.tr("no").casefold(), "no", "n"}:
                return 0.0
        if criterion.scale == "percent":
            stripped = stripped.removesuffix("%").strip()
        level = _level_number(criterion, stripped)
        if level is not None:
            return level
        from duediligence.errors import ValidationError

        try:
            value = read_number(stripped, criterion.name)
        except ValidationError as exc:  # the core's reason says how to write it in this locale
            raise ScoreRefused(f"“{text.strip()}” {exc.reason}.") from None
        if value is None:
            raise ScoreRefused(self.tr("“%1” is not a number.").replace("%1", text.strip()))
        return value

    def check(self, criterion: CriterionRow, value: float, cell: ScoreCell | None) -> None:
        """Refuse a value off the criterion's scale, or outside the range already recorded for the cell."""
        from duediligence.errors import ValidationError
        from duediligence.operations.rules import check_score

        try:
            check_score(criterion, {"value": value}, "")  # type: ignore[arg-type]
        except ValidationError as exc:
            if exc.reason.startswith("is not one of the levels"):
                raise ScoreRefused(
                    self.tr("%1 is not a level of “%2”: type a level or its number (%3).")
                    .replace("%1", format_number(value))
                    .replace("%2", criterion.name)
                    .replace("%3", criterion.function.describe() if criterion.function else "")
                ) from None
            raise ScoreRefused(
                self.tr("%1 is outside the scale of “%2”: %3.")
                .replace("%1", format_number(value))
                .replace("%2", criterion.name)
                .replace("%3", exc.reason.removeprefix("is outside the scale "))
            ) from None
        low, high = (cell.low, cell.high) if cell else (None, None)
        if (low is not None and value < low) or (high is not None and value > high):
            raise ScoreRefused(
                self.tr(
                    "%1 lies outside the range %2–%3 recorded for this score; "
                    "change the range with Evidence… (Ctrl+E)."
                )
                .replace("%1", format_number(value))
                .replace("%2", "…" if low is None else format_number(low))
                .replace("%3", "…" if high is None else format_number(high))
            )


def _derived_value(source: str, outcome: Any) -> float | None:
    """The value a calculated criterion shows; None (a "—") where the money or timing is unknown."""
    if outcome is None or source == "manual":
        return None
    if source == "tco":
        value = outcome.finance.tco
    elif source == "npv":
        value = outcome.finance.npv
    else:
        value = outcome.time_to_results_weeks
    return None if value is None else float(value)


def _quick(value: float, point: str) -> str:
    """A score for display, fast: up to 2 decimals, no trailing zeros."""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", point)


def _cell_text(
    cell: ScoreCell | None, yes_no: bool, point: str, missing: str, yes: str, no: str
) -> tuple[str, int]:
    if cell is None:
        return missing, MISSING
    state = 0
    if cell.value is None:
        text, state = missing, MISSING
    elif yes_no and cell.value in (0.0, 1.0):
        text = yes if cell.value else no
    else:
        text = _quick(cell.value, point)
    if cell.confidence == "low":
        text, state = text + "?", state | LOW_CONFIDENCE
    if cell.low is not None or cell.high is not None:
        low = "…" if cell.low is None else _quick(cell.low, point)
        high = "…" if cell.high is None else _quick(cell.high, point)
        text += f" ({low}–{high})"
    if cell.evidence or cell.source:
        state |= EVIDENCE
    return text, state


def _short_lines(name: str, width: int = 11, most: int = 4) -> str:
    """A long option name on at most `most` lines of about `width` characters, so its column stays
    narrow (the header shortens a longer line in the middle; the tooltip has the name whole)."""
    import textwrap

    lines = textwrap.wrap(name, width, break_long_words=False, break_on_hyphens=False) or [name]
    if len(lines) <= most:
        return "\n".join(lines)
    return "\n".join([*lines[: most - 1], " ".join(lines[most - 1 :])])


def _confidence_word(code: str) -> str:
    from ui.scoring_labels import confidence_labels

    return confidence_labels().get(code, code)


def _level_label(criterion: CriterionRow, cell: ScoreCell | None) -> str | None:
    """The level a score names on a criterion with levels ("2 · basic"), else None."""
    if cell is None or cell.value is None or not criterion.value_function:
        return None
    from duediligence.decision.value_functions import Discrete

    function = criterion.function
    return function.label(cell.value) if isinstance(function, Discrete) else None


def _level_number(criterion: CriterionRow, text: str) -> float | None:
    """A level typed by its label ("basic") on a criterion with levels: its number; else None."""
    if not criterion.value_function or not text:
        return None
    from duediligence.decision.value_functions import Discrete

    function = criterion.function
    if not isinstance(function, Discrete):
        return None
    wanted = text.casefold()
    for number, (label, _worth) in enumerate(function.levels, start=1):
        if label.casefold() == wanted:
            return float(number)
    return None
