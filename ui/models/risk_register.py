"""The risk register as an editable table over `RiskRow`s with a filter proxy (status, option, band), and the
per-option risk summary as a read-only table. Edits go to `commit` as operations; models never warn."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QLocale,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from duediligence.enums import RiskStatus, Treatment
from duediligence.i18n import translate
from ui.models.checklist import (
    DARK_TEXT,
    ROW_ROLE,
    SORT_ROLE,
    STALE_COLOUR,
    date_text,
)
from ui.models.table import Index, TableModel
from ui.numbers import day_edit_value, format_number, typed_day, typed_number

if TYPE_CHECKING:
    from duediligence.decision.risks import OptionRisk, RiskRow, RiskSummary

BAND_COLOURS = {
    "low": QColor("#cfeccf"),
    "medium": QColor("#fbe7a1"),
    "high": QColor("#fbc08a"),
    "critical": QColor("#ef8f8f"),
}
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTRE = int(Qt.AlignmentFlag.AlignCenter)
GENERAL = -1  # the option filter's value for risks that concern no particular option


def band_labels() -> dict[str, str]:
    return {
        "low": translate("RiskRegister", "Low"),
        "medium": translate("RiskRegister", "Medium"),
        "high": translate("RiskRegister", "High"),
        "critical": translate("RiskRegister", "Critical"),
    }


def risk_status_labels() -> dict[str, str]:
    return {
        RiskStatus.OPEN.value: translate("RiskRegister", "Open"),
        RiskStatus.MITIGATED.value: translate("RiskRegister", "Mitigated"),
        RiskStatus.ACCEPTED.value: translate("RiskRegister", "Accepted"),
        RiskStatus.CLOSED.value: translate("RiskRegister", "Closed"),
    }


def treatment_labels() -> dict[str | None, str]:
    return {
        None: translate("RiskRegister", "Not decided"),
        Treatment.MITIGATE.value: translate("RiskRegister", "Mitigate"),
        Treatment.ACCEPT.value: translate("RiskRegister", "Accept"),
        Treatment.TRANSFER.value: translate("RiskRegister", "Transfer"),
        Treatment.AVOID.value: translate("RiskRegister", "Avoid"),
    }


def score_text(value: int | None) -> str:
    from duediligence.decision.risks import band

    if value is None:
        return ""
    return f"{QLocale().toString(value)} · {band_labels()[band(value)]}"  # type: ignore[index]


class Col(IntEnum):
    TITLE = 0
    CATEGORY = 1
    OPTIONS = 2
    LIKELIHOOD = 3
    IMPACT = 4
    SCORE = 5
    TREATMENT = 6
    RES_LIKELIHOOD = 7
    RES_IMPACT = 8
    RES_SCORE = 9
    MITIGATION = 10
    OWNER = 11
    DUE = 12
    STATUS = 13
    REVIEWED_ON = 14


FIELDS = {
    Col.TITLE: "title", Col.CATEGORY: "category", Col.LIKELIHOOD: "likelihood", Col.IMPACT: "impact",
    Col.TREATMENT: "treatment", Col.RES_LIKELIHOOD: "residual_likelihood", Col.RES_IMPACT: "residual_impact",
    Col.MITIGATION: "mitigation", Col.OWNER: "owner", Col.DUE: "due_date", Col.STATUS: "status",
    Col.REVIEWED_ON: "reviewed_on",
}  # fmt: skip
NUMBERS = (Col.LIKELIHOOD, Col.IMPACT, Col.RES_LIKELIHOOD, Col.RES_IMPACT)
DATES = (Col.DUE, Col.REVIEWED_ON)
READ_ONLY = (Col.OPTIONS, Col.SCORE, Col.RES_SCORE)


class RiskRegisterModel(TableModel):
    """One row per register risk; score and band are derived and coloured, the rest is edited inline."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._options: dict[int, str] = {}
        self._stale: frozenset[int] = frozenset()
        headers = {
            Col.TITLE: self.tr("Risk"), Col.CATEGORY: self.tr("Category"), Col.OPTIONS: self.tr("Concerns"),
            Col.LIKELIHOOD: self.tr("L"), Col.IMPACT: self.tr("I"), Col.SCORE: self.tr("Score"),
            Col.TREATMENT: self.tr("Treatment"), Col.RES_LIKELIHOOD: self.tr("Res. L"),
            Col.RES_IMPACT: self.tr("Res. I"), Col.RES_SCORE: self.tr("Residual"),
            Col.MITIGATION: self.tr("Mitigation"), Col.OWNER: self.tr("Owner"), Col.DUE: self.tr("Due"),
            Col.STATUS: self.tr("Status"), Col.REVIEWED_ON: self.tr("Reviewed on"),
        }  # fmt: skip
        self._headers = [headers[c] for c in Col]
        self._names = {
            Col.LIKELIHOOD: self.tr("likelihood"), Col.IMPACT: self.tr("impact"),
            Col.RES_LIKELIHOOD: self.tr("residual likelihood"), Col.RES_IMPACT: self.tr("residual impact"),
        }  # fmt: skip

    def set_risks(self, rows: Sequence[RiskRow], options: dict[int, str], stale: frozenset[int]) -> None:
        """The register's risks (checklist items are left out), the options' names, the stale ids."""
        self._options, self._stale = dict(options), stale
        self.set_rows([r for r in rows if not r.is_checklist])

    def risk_at(self, row: int) -> RiskRow | None:
        return self.row_at(row)  # type: ignore[no-any-return]

    def header_tip(self, section: int) -> str | None:
        return self._header_tips().get(Col(section))

    def options_text(self, risk: RiskRow) -> str:
        if not risk.option_ids:
            return self.tr("Evaluation-wide")
        return ", ".join(self._options.get(i, "?") for i in risk.option_ids)

    def _header_tips(self) -> dict[Col, str]:
        return {
            Col.LIKELIHOOD: self.tr("Likelihood, 1 (rare) to 5 (almost certain)"),
            Col.IMPACT: self.tr("Impact, 1 (minor) to 5 (severe)"),
            Col.SCORE: self.tr("Likelihood × impact: low 1–4, medium 5–9, high 10–15, critical 16–25"),
            Col.RES_LIKELIHOOD: self.tr("Likelihood once the treatment is in place"),
            Col.RES_IMPACT: self.tr("Impact once the treatment is in place"),
            Col.RES_SCORE: self.tr("What remains after treatment; it counts once the risk is mitigated or "
                                   "accepted"),
            Col.OPTIONS: self.tr("The options this risk concerns; double-click to change"),
        }  # fmt: skip

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags if Col(index.column()) in READ_ONLY else flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        risk, col = self._rows[index.row()], Col(index.column())
        if role == ROW_ROLE:
            return risk
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(risk, col)
        if role == Qt.ItemDataRole.EditRole:
            if col in READ_ONLY:
                return self._display(risk, col)
            value = getattr(risk, FIELDS[col])
            if col in NUMBERS:
                return "" if value is None else format_number(value)
            return day_edit_value(value) if col in DATES else value
        if role == SORT_ROLE:
            return self._sort_key(risk, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (*NUMBERS, Col.SCORE, Col.RES_SCORE):
            return CENTRE
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = self._background(risk, col)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and self._background(risk, col) is not None:
            return QBrush(DARK_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(risk, col)
        return None

    def _display(self, risk: RiskRow, col: Col) -> str:
        if col == Col.OPTIONS:
            return self.options_text(risk)
        if col == Col.SCORE:
            return score_text(risk.score)
        if col == Col.RES_SCORE:
            return score_text(risk.residual_score)
        value = getattr(risk, FIELDS[col])
        if col == Col.TREATMENT:
            return treatment_labels().get(value, value) if value else ""
        if col == Col.STATUS:
            return risk_status_labels().get(value, value)
        if col in NUMBERS:
            return "" if value is None else format_number(value)
        if col in DATES:
            return date_text(value)
        return str(value).replace("\n", " ")

    def _sort_key(self, risk: RiskRow, col: Col) -> Any:
        if col == Col.SCORE:
            return risk.score if risk.score is not None else -1
        if col == Col.RES_SCORE:
            return risk.residual_score if risk.residual_score is not None else -1
        if col in NUMBERS:
            value = getattr(risk, FIELDS[col])
            return value if value is not None else -1
        if col in DATES:
            value = getattr(risk, FIELDS[col])
            return value.isoformat() if value else "9999"
        if col == Col.STATUS:
            return list(risk_status_labels()).index(risk.status) if risk.status in risk_status_labels() else 9
        return self._display(risk, col).casefold()

    def _background(self, risk: RiskRow, col: Col) -> QColor | None:
        from duediligence.decision.risks import band

        if col == Col.SCORE and risk.score is not None:
            return BAND_COLOURS[band(risk.score)]  # type: ignore[index]
        if col == Col.RES_SCORE and risk.residual_score is not None:
            return BAND_COLOURS[band(risk.residual_score)]  # type: ignore[index]
        if risk.id in self._stale and col in (Col.TITLE, Col.REVIEWED_ON):
            return STALE_COLOUR
        return None

    def _tooltip(self, risk: RiskRow, col: Col) -> str | None:
        from duediligence.decision.risks import counted_score

        if col == Col.TITLE:
            parts = [risk.description] if risk.description else []
            if risk.raised_from_id is not None:
                parts.append(self.tr("Raised from a checklist item."))
            if risk.id in self._stale:
                parts.append(self.tr("Stale: last reviewed on %1; review it again.").replace(
                    "%1", date_text(risk.reviewed_on)))  # fmt: skip
            return "\n\n".join(parts) or None
        if col in (Col.SCORE, Col.RES_SCORE):
            counted = counted_score(risk)
            if counted is None:
                return self.tr("Adds nothing to exposure (closed, or likelihood or impact missing).")
            return self.tr("Adds %1 to the exposure of the options it concerns.").replace(
                "%1", QLocale().toString(counted)
            )
        if col in (Col.MITIGATION, Col.OPTIONS):
            return self._display(risk, col) or None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        risk = self.risk_at(index.row())
        col = Col(index.column())
        if risk is None or col in READ_ONLY:
            return False
        from duediligence.operations.edits import UpdateRow

        field = FIELDS[col]
        if col in NUMBERS:
            value = typed_number(value)
        elif col in DATES:
            value = typed_day(value)
        if getattr(risk, field) == value:
            return False
        what = self._names.get(col, self._headers[col].lower())
        text = self.tr("Edit %1 of “%2”").replace("%1", what).replace("%2", risk.title)
        return self.hand_on(UpdateRow("risk_item", risk.id, {field: value}), text)


class RiskFilter(QSortFilterProxyModel):
    """Narrows the register by status, by the option a risk concerns (GENERAL: none) and by band."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status: str | None = None
        self._option: int | None = None
        self._band: str | None = None
        self.setSortRole(SORT_ROLE)

    def set_filter(self, status: str | None, option: int | None, band: str | None) -> None:
        modern = hasattr(self, "beginFilterChange")  # Qt >= 6.10
        if modern:
            self.beginFilterChange()
        self._status, self._option, self._band = status, option, band
        if modern:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        from duediligence.decision.risks import band

        risk = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        if risk is None:
            return False
        if self._status is not None and risk.status != self._status:
            return False
        if self._option == GENERAL and risk.option_ids:
            return False
        if self._option not in (None, GENERAL) and self._option not in risk.option_ids:
            return False
        return self._band is None or band(risk.score) == self._band


class SummaryCol(IntEnum):
    OPTION = 0
    EXPOSURE = 1
    RISKS = 2
    CRITICAL = 3
    CHECKS = 4
    STALE = 5


class OptionRiskModel(TableModel):
    """Read-only: each option's exposure, risks by band, critical failures, checklist progress, staleness."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._mode = "sum"
        self._headers = [
            self.tr("Option"), self.tr("Risk exposure"), self.tr("Risks"), self.tr("Critical checks"),
            self.tr("Due diligence"), self.tr("Stale"),
        ]  # fmt: skip

    def key(self, row: OptionRisk) -> int:
        return row.option_id

    def set_summary(self, summary: RiskSummary | None) -> None:
        self._mode = summary.mode if summary else "sum"
        self.set_rows(list(summary.options) if summary else [])

    def line_at(self, row: int) -> OptionRisk | None:
        return self.row_at(row)  # type: ignore[no-any-return]

    def header_tip(self, section: int) -> str | None:
        if SummaryCol(section) == SummaryCol.EXPOSURE:
            if self._mode == "max":
                return self.tr("The score of the option's worst risk that is not closed")
            return self.tr("The sum of the scores of the option's risks that are not closed (residual "
                           "once mitigated or accepted)")  # fmt: skip
        if SummaryCol(section) == SummaryCol.CHECKS:
            return self.tr("Checks answered; “not applicable” counts as done")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.row_at(index.row()) if index.isValid() else None
        if line is None:
            return None
        col = SummaryCol(index.column())
        if role == ROW_ROLE:
            return line
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return option_sentence(line)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (SummaryCol.EXPOSURE, SummaryCol.STALE):
            return RIGHT
        colour = self._background(line, col)
        if role == Qt.ItemDataRole.BackgroundRole and colour is not None:
            return QBrush(colour)
        if role == Qt.ItemDataRole.ForegroundRole and colour is not None:
            return QBrush(DARK_TEXT)
        return None

    def _background(self, line: OptionRisk, col: SummaryCol) -> QColor | None:
        if col == SummaryCol.EXPOSURE and line.worst_band:
            return BAND_COLOURS[line.worst_band]
        if col == SummaryCol.CRITICAL and line.critical_failures:
            return BAND_COLOURS["critical"]
        if col == SummaryCol.STALE and line.stale:
            return STALE_COLOUR
        return None

    def _text(self, line: OptionRisk, col: SummaryCol) -> str:
        locale = QLocale()
        if col == SummaryCol.OPTION:
            return line.name + (self.tr(" (excluded)") if line.excluded else "")
        if col == SummaryCol.EXPOSURE:
            return locale.toString(line.exposure)
        if col == SummaryCol.RISKS:
            return bands_text(line) or self.tr("none recorded")
        if col == SummaryCol.CRITICAL:
            if line.critical_failures:
                return translate("RiskRegister", "%1 failed").replace(
                    "%1", QLocale().toString(len(line.critical_failures))
                )
            if line.critical_unchecked:
                return translate("RiskRegister", "%1 not checked yet").replace(
                    "%1", QLocale().toString(line.critical_unchecked)
                )
            return self.tr("none failed") if line.checklist.total else ""
        if col == SummaryCol.CHECKS:
            return progress_text(line.checklist.done, line.checklist.total)
        return locale.toString(line.stale) if line.stale else ""


def bands_text(line: OptionRisk) -> str:
    """ "2 high, 1 medium": the option's counted risks by band, worst first."""
    labels = band_labels()
    parts = []
    for name in ("critical", "high", "medium", "low"):
        n = line.band_counts.get(name, 0)
        if n:
            parts.append(
                translate("RiskRegister", "%1 %2")
                .replace("%1", QLocale().toString(n))
                .replace("%2", labels[name].lower())
            )
    return ", ".join(parts)


def progress_text(done: int, total: int) -> str:
    if not total:
        return translate("RiskRegister", "no checklist yet")
    locale = QLocale()
    return (
        translate("RiskRegister", "%1 of %2 done")
        .replace("%1", locale.toString(done))
        .replace("%2", locale.toString(total))
    )


def option_sentence(line: OptionRisk) -> str:
    """“Vendor B: exposure 34 (2 high risks), 1 critical check failed, 12 of 25 checks done, 3 stale”."""
    locale = QLocale()
    parts = []
    bands = bands_text(line)
    exposure = translate("RiskRegister", "exposure %1").replace("%1", locale.toString(line.exposure))
    parts.append(f"{exposure} ({bands})" if bands else exposure)
    if line.critical_failures:
        n = len(line.critical_failures)
        failed = (
            translate("RiskRegister", "1 critical check failed")
            if n == 1
            else translate("RiskRegister", "%1 critical checks failed")
        )
        failed = failed.replace("%1", locale.toString(n))
        parts.append(f"{failed} ({'; '.join(line.critical_failures)})")
    if line.checklist.total:
        parts.append(
            translate("RiskRegister", "%1 of %2 checks done")
            .replace("%1", locale.toString(line.checklist.done))
            .replace("%2", locale.toString(line.checklist.total))
        )
    if line.stale:
        parts.append(translate("RiskRegister", "%1 stale").replace("%1", locale.toString(line.stale)))
    return f"{line.name}: " + ", ".join(parts)
