"""What to find out next, as a to-do list the buyer ticks off: the analysis's items, most decisive first,
each matched to its stored inquiry (same option and criterion); then the other inquiries (open ones, then
done ones). Ticking an item stores or resolves the inquiry through `commit`; the view submits it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from duediligence.i18n import translate
from ui.models.table import Index, TableModel
from ui.numbers import format_number
from ui.theme import muted_brush

if TYPE_CHECKING:
    from duediligence.reads.robustness import InquiryRow
    from duediligence.robustness.results import NextStep, Robustness

SHOWN = 40  # items from the analysis listed at most (the rest change the decision less)


@dataclass(frozen=True)
class TodoLine:
    option_id: int | None
    criterion_id: int | None
    question: str
    consequence: str
    impact: float | None
    decides: bool
    inquiry: InquiryRow | None

    @property
    def done(self) -> bool:
        return bool(self.inquiry and self.inquiry.resolved)

    @property
    def listed(self) -> bool:
        """On the stored to-do list (open or done)."""
        return self.inquiry is not None


def todo_lines(result: Robustness | None, inquiries: list[InquiryRow], currency: str) -> list[TodoLine]:
    from ui.views.robustness.text import step_consequence, step_question

    by_cell: dict[tuple[int | None, int | None], InquiryRow] = {}
    for row in inquiries:  # an open inquiry wins over a done one for the same cell
        key = (row.option_id, row.criterion_id)
        if key not in by_cell or (by_cell[key].resolved and not row.resolved):
            by_cell[key] = row
    lines = []
    steps: tuple[NextStep, ...] = result.find_out_next[:SHOWN] if result and result.problem is None else ()
    for step in steps:
        found = by_cell.pop((step.option_id, step.criterion_id), None)
        lines.append(
            TodoLine(
                step.option_id, step.criterion_id, step_question(step, result, currency),  # type: ignore[arg-type]
                step_consequence(step, result, currency), step.impact, step.decides, found,  # type: ignore[arg-type]
            )
        )  # fmt: skip
    shown = {id(r) for r in by_cell.values()}
    rest = [r for r in inquiries if id(r) in shown]
    rest.sort(key=lambda r: (r.resolved, r.id))
    for row in rest:
        note = row.note or (
            translate("Robustness", "Done") if row.resolved else translate("Robustness", "On the to-do list")
        )
        lines.append(TodoLine(row.option_id, row.criterion_id, row.question, note, None, False, row))
    return lines


class FindOutNextModel(TableModel):
    """Column 0: the item (checkable = done) and what it could change; column 1: its impact in points."""

    ITEM, IMPACT = range(2)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            parent,
            (translate("Robustness", "Find out next"), translate("Robustness", "Impact")),
        )
        self.evaluation_id: int | None = None

    def header_tip(self, section: int) -> str | None:
        if section == self.ITEM:
            return translate("Robustness", "What to find out next; tick an item when it is done")
        return None

    def key(self, row: TodoLine) -> tuple[int | None, int | None, str]:
        return row.option_id, row.criterion_id, row.question

    def set_lines(self, evaluation_id: int | None, lines: list[TodoLine]) -> None:
        self.evaluation_id = evaluation_id
        self.set_rows(lines)

    def line(self, row: int) -> TodoLine | None:
        return self.row_at(row)  # type: ignore[no-any-return]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == self.ITEM else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.line(index.row()) if index.isValid() else None
        if line is None:
            return None
        c = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if c == self.ITEM:
                return f"{line.question}\n{line.consequence}"
            return "" if line.impact is None else format_number(line.impact, decimals=1)
        if role == Qt.ItemDataRole.CheckStateRole and c == self.ITEM:
            return Qt.CheckState.Checked if line.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and (line.done or line.decides):
            font = QFont()
            font.setStrikeOut(line.done)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and line.done:
            return muted_brush()
        if role == Qt.ItemDataRole.TextAlignmentRole and c == self.IMPACT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(line)
        return None

    @staticmethod
    def _tooltip(line: TodoLine) -> str:
        parts = [line.question, line.consequence]
        if line.impact is not None:
            parts.append(
                translate(
                    "Robustness",
                    "Impact: the leader's margin swings by up to %1 points between the two ends.",
                ).replace("%1", format_number(line.impact, decimals=1))
            )
        if line.inquiry is not None:
            parts.append(
                translate("Robustness", "Done.")
                if line.done
                else translate("Robustness", "On the due-diligence to-do list.")
            )
        return "\n".join(parts)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        line = self.line(index.row()) if index.isValid() else None
        if line is None or role != Qt.ItemDataRole.CheckStateRole or index.column() != self.ITEM:
            return False
        done = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        return self.set_done(index.row(), done)

    def set_done(self, row: int, done: bool, *, listed_only: bool = False) -> bool:
        """Tick (or untick) one item; `listed_only` puts it on the to-do list open instead."""
        from duediligence.operations.robustness import SetInquiry

        line = self.line(row)
        if line is None or self.evaluation_id is None:
            return False
        resolved = False if listed_only else done
        operation = SetInquiry(self.evaluation_id, line.option_id, line.criterion_id, line.question, resolved)
        if listed_only:
            text = translate("Robustness", "Put “%1” on the to-do list")
        else:
            text = (
                translate("Robustness", "Tick off “%1”") if done else translate("Robustness", "Reopen “%1”")
            )
        return self.hand_on(operation, text.replace("%1", line.question))
