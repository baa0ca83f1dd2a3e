"""Costs and returns of one option as an editable table, the money words and formats they need, and the
finance summary of every option (TCO with its range, NPV, IRR, payback, time to results). Unknown money
(no costs entered, an amount not typed) reads "—" with the reason in the tooltip, never 0."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt

from duediligence.enums import CostCategory, CostRecurrence
from ui.models.table import Index, TableModel
from ui.numbers import raw_number, typed_money
from ui.theme import muted_brush

if TYPE_CHECKING:
    from duediligence.decision.matrix import CostRow, OptionRow
    from duediligence.decision.ranking import OptionFinance

ROW_ROLE = Qt.ItemDataRole.UserRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
BENEFIT = CostCategory.BENEFIT.value
# Symbols that name one currency only; others are shown by their code ("CHF 1,200"), never guessed.
SYMBOLS = {"EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹", "KRW": "₩", "ILS": "₪", "UAH": "₴"}


def _t(text: str) -> str:
    return QCoreApplication.translate("Costs", text)


def category_labels() -> dict[str, str]:
    return {
        CostCategory.LICENCE.value: _t("Licence"),
        CostCategory.SUBSCRIPTION.value: _t("Subscription"),
        CostCategory.IMPLEMENTATION.value: _t("Implementation"),
        CostCategory.HARDWARE.value: _t("Hardware"),
        CostCategory.TRAINING.value: _t("Training"),
        CostCategory.SUPPORT.value: _t("Support"),
        CostCategory.INTERNAL_EFFORT.value: _t("Internal effort"),
        CostCategory.BENEFIT.value: _t("Benefit (expected return)"),
        CostCategory.OTHER.value: _t("Other"),
    }


def recurrence_labels() -> dict[str, str]:
    return {CostRecurrence.ONE_TIME.value: _t("One-time"), CostRecurrence.YEARLY.value: _t("Yearly")}


def currency_symbol(code: str) -> str:
    locale = QLocale()
    if locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == code:
        return locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    return SYMBOLS.get(code, code + "\u00a0")


def money(value: float, currency: str) -> str:
    """An amount in the evaluation's currency, in the user's locale, whole units, negatives with a minus
    sign (not in accounting brackets, which some locales use)."""
    locale = QLocale()
    text = locale.toCurrencyString(abs(round(value)), currency_symbol(currency), 0)
    return locale.negativeSign() + text if round(value) < 0 else text


def percent_rate(rate: float) -> str:
    """A rate such as an IRR (a fraction) as a percentage with one decimal: 0.1524 → "15.2 %"."""
    return _t("%1 %").replace("%1", QLocale().toString(rate * 100, "f", 1))


def unknown_money_text(f: OptionFinance) -> str | None:
    """Why an option's money is unknown, for a tooltip or a line; None when it is known."""
    if not f.has_costs:
        return _t("No costs entered for this option: its cost is unknown, not 0.")
    if f.not_entered:
        names = ", ".join(f"“{label}”" for label in f.not_entered)
        return _t("No amount entered for %1: the total is unknown until one is typed.").replace("%1", names)
    return None


def number_text(value: float | None, *, grouped: bool = True) -> str:
    """A number as the user reads (grouped) or types it (not grouped), no needless decimals."""
    if value is None:
        return ""
    locale = QLocale()
    if not grouped:
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "f", 0) if value == int(value) else locale.toString(value, "g", 12)


class Col(IntEnum):
    LABEL = 0
    CATEGORY = 1
    RECURRENCE = 2
    AMOUNT = 3
    LOW = 4
    HIGH = 5
    NOTE = 6


FIELDS = {Col.LABEL: "label", Col.CATEGORY: "category", Col.RECURRENCE: "recurrence", Col.AMOUNT: "amount"}
FIELDS |= {Col.LOW: "low", Col.HIGH: "high", Col.NOTE: "note"}
NUMBERS = (Col.AMOUNT, Col.LOW, Col.HIGH)


class CostsModel(TableModel):
    """The cost items of one option; benefits (expected returns) are marked with a plus sign."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        headers = {
            Col.LABEL: self.tr("Cost or return"), Col.CATEGORY: self.tr("Category"),
            Col.RECURRENCE: self.tr("When"), Col.AMOUNT: self.tr("Amount"), Col.LOW: self.tr("Low"),
            Col.HIGH: self.tr("High"), Col.NOTE: self.tr("Note"),
        }  # fmt: skip
        self._headers = [headers[c] for c in Col]

    def cost_at(self, row: int) -> CostRow | None:
        return self.row_at(row)  # type: ignore[no-any-return]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], Col(index.column())
        value = getattr(row, FIELDS[col])
        if role == ROW_ROLE:
            return row
        unentered = col == Col.AMOUNT and value is None
        if role == Qt.ItemDataRole.DisplayRole:
            if col == Col.CATEGORY:
                return category_labels().get(value, value)
            if col == Col.RECURRENCE:
                return recurrence_labels().get(value, value)
            if unentered:
                return self.tr("not entered")
            if col in NUMBERS:
                sign = "+" if row.category == BENEFIT and value else ""
                return sign + number_text(value)
            return value
        if role == Qt.ItemDataRole.EditRole:
            return raw_number(value) if col in NUMBERS else value  # every digit: Enter stores nothing new
        if role == Qt.ItemDataRole.TextAlignmentRole and col in NUMBERS:
            return RIGHT
        if unentered and role == Qt.ItemDataRole.ForegroundRole:
            return muted_brush()
        if unentered and role == Qt.ItemDataRole.FontRole:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if unentered:
                return self.tr("No amount yet: the option's money stays unknown (not 0) until one is typed.")
            if row.category == BENEFIT:
                return self.tr("An expected return: it counts towards NPV and payback, not towards the TCO.")
            return row.note or None if col in (Col.LABEL, Col.NOTE) else None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Build the edit as an UpdateRow and hand it to `commit`; typed amounts are read in the locale
        (with or without a currency); text it does not read goes on as typed, for the core to refuse."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not 0 <= index.row() < len(self._rows):
            return False
        from duediligence.operations.edits import UpdateRow

        row, col = self._rows[index.row()], Col(index.column())
        field = FIELDS[col]
        if col in NUMBERS:
            value = typed_money(value)
        if getattr(row, field) == value:
            return False
        text = self.tr("Edit %1 of “%2”").replace("%1", self._headers[col].lower()).replace("%2", row.label)
        return self.hand_on(UpdateRow("cost_item", row.id, {field: value}), text)


@dataclass(frozen=True)
class FinanceLine:
    option: OptionRow
    finance: OptionFinance
    has_returns: bool


class FinanceCol(IntEnum):
    OPTION = 0
    TCO = 1
    RANGE = 2
    NPV = 3
    IRR = 4
    PAYBACK = 5
    TIME = 6


class FinanceModel(TableModel):
    """Read-only: the money of every option side by side over the evaluation's horizon."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._currency = "EUR"
        self._years = 5
        self._headers = [
            self.tr("Option"), self.tr("TCO"), self.tr("TCO range"), self.tr("NPV"), self.tr("IRR"),
            self.tr("Payback"), self.tr("Time to results"),
        ]  # fmt: skip

    def key(self, row: FinanceLine) -> int:
        return row.option.id

    def set_lines(self, lines: Sequence[FinanceLine], currency: str, years: int) -> None:
        self._currency, self._years = currency, years
        self.set_rows(lines)

    def header_tip(self, section: int) -> str | None:
        return self._header_tips().get(FinanceCol(section))

    def _header_tips(self) -> dict[FinanceCol, str]:
        years = QLocale().toString(self._years)
        return {
            FinanceCol.TCO: self.tr("Total cost of ownership over %1 years: one-time plus yearly costs, "
                                    "undiscounted; expected returns are left out.").replace("%1", years),
            FinanceCol.RANGE: self.tr("The TCO with every cost at its low estimate, and at its high one."),
            FinanceCol.NPV: self.tr("Net present value: returns minus costs, discounted over %1 years.")
            .replace("%1", years),
            FinanceCol.IRR: self.tr("Internal rate of return: the discount rate at which the NPV is 0. "
                                    "“—” where there is none, e.g. without expected returns."),
            FinanceCol.PAYBACK: self.tr("When the expected returns have paid back the costs (undiscounted)."),
        }  # fmt: skip

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.row_at(index.row()) if index.isValid() else None
        if line is None:
            return None
        col = FinanceCol(index.column())
        if role == ROW_ROLE:
            return line
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(line, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col != FinanceCol.OPTION:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(line, col)
        if role == Qt.ItemDataRole.ForegroundRole and line.option.excluded:
            return muted_brush()
        return None

    def _tooltip(self, line: FinanceLine, col: FinanceCol) -> str | None:
        if line.option.excluded:
            return self.tr("Excluded: %1").replace("%1", line.option.exclusion_reason or self.tr("no reason"))
        if col in (FinanceCol.OPTION, FinanceCol.TIME):
            return None
        unknown = unknown_money_text(line.finance)
        if col == FinanceCol.IRR and unknown is None and line.finance.irr is None:
            return self.tr("No IRR: the net cash flows never change sign (e.g. no expected returns), "
                           "or more than one rate makes the NPV 0.")  # fmt: skip
        return unknown

    def _text(self, line: FinanceLine, col: FinanceCol) -> str:
        f, unknown = line.finance, "—"
        if col == FinanceCol.OPTION:
            return line.option.name
        if col == FinanceCol.TCO:
            return unknown if f.tco is None else money(f.tco, self._currency)
        if col == FinanceCol.RANGE:
            if f.tco_low is None or f.tco_high is None or f.tco_low == f.tco_high:
                return ""
            return f"{money(f.tco_low, self._currency)} – {money(f.tco_high, self._currency)}"
        if col == FinanceCol.NPV:
            return unknown if f.npv is None else money(f.npv, self._currency)
        if col == FinanceCol.IRR:
            return unknown if f.irr is None else percent_rate(f.irr)
        if col == FinanceCol.PAYBACK:
            if not f.known:
                return unknown
            return payback_text(f.payback_years, self._years, line.has_returns)
        return weeks_text(line.option.time_to_results_weeks)


def payback_text(years: float | None, horizon: int, has_returns: bool) -> str:
    if not has_returns:
        return _t("no returns entered")
    if years is None:
        many = _t("not within %n years").replace("%n", QLocale().toString(horizon))
        return _t("not within 1 year") if horizon == 1 else many
    if years == 0:
        return _t("at once")
    return _t("%1 years").replace("%1", QLocale().toString(years, "f", 1))


def weeks_text(weeks: float | None) -> str:
    if weeks is None:
        return ""
    return _t("1 week") if weeks == 1 else _t("%1 weeks").replace("%1", number_text(weeks))
