"""Costs and returns of one option as an editable table, the money words and formats they need, and the
finance summary of every option (TCO with its range, NPV, IRR, payback, time to results). Unknown money
(no costs entered, an amount not typed) reads "—" with the reason in the tooltip, never 0."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, Qt

from duediligence.enums import CostCategory, CostRecurrence
from duediligence.i18n import translate
from ui.models.table import Index, TableModel
from ui.numbers import raw_number, typed_integer, typed_money, typed_percent
from ui.theme import muted_brush

if TYPE_CHECKING:
    from duediligence.decision.matrix import CostRow, OptionRow
    from duediligence.decision.ranking import OptionFinance

ROW_ROLE = Qt.ItemDataRole.UserRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
BENEFIT = CostCategory.BENEFIT.value
YEARLY = CostRecurrence.YEARLY.value
# Symbols that name one currency only; others are shown by their code ("CHF 1,200"), never guessed.
SYMBOLS = {"EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹", "KRW": "₩", "ILS": "₪", "UAH": "₴"}


def category_labels() -> dict[str, str]:
    return {
        CostCategory.LICENCE.value: translate("Costs", "Licence"),
        CostCategory.SUBSCRIPTION.value: translate("Costs", "Subscription"),
        CostCategory.IMPLEMENTATION.value: translate("Costs", "Implementation"),
        CostCategory.HARDWARE.value: translate("Costs", "Hardware"),
        CostCategory.TRAINING.value: translate("Costs", "Training"),
        CostCategory.SUPPORT.value: translate("Costs", "Support"),
        CostCategory.INTERNAL_EFFORT.value: translate("Costs", "Internal effort"),
        CostCategory.BENEFIT.value: translate("Costs", "Benefit (expected return)"),
        CostCategory.OTHER.value: translate("Costs", "Other"),
    }


def recurrence_labels() -> dict[str, str]:
    return {
        CostRecurrence.ONE_TIME.value: translate("Costs", "One-time"),
        CostRecurrence.YEARLY.value: translate("Costs", "Yearly"),
    }


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
    return translate("Costs", "%1 %").replace("%1", QLocale().toString(rate * 100, "f", 1))


def unknown_money_text(f: OptionFinance) -> str | None:
    """Why an option's money is unknown, for a tooltip or a line; None when it is known."""
    if not f.has_costs:
        return translate("Costs", "No costs entered for this option: its cost is unknown, not 0.")
    if f.not_entered:
        names = ", ".join(f"“{label}”" for label in f.not_entered)
        return translate(
            "Costs", "No amount entered for %1: the total is unknown until one is typed."
        ).replace("%1", names)
    if f.no_rate:
        names = ", ".join(f"“{label}”" for label in f.no_rate)
        return translate(
            "Costs", "No exchange rate for %1: the total is unknown until the rate is stated."
        ).replace("%1", names)
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
    CURRENCY = 6
    YEAR = 7  # a one-time line's year
    FROM = 8  # a yearly line's first year
    UNTIL = 9  # a yearly line's last year (blank: to the end of the horizon)
    ESCALATION = 10  # a yearly line's change a year, typed in percent
    NOTE = 11


FIELDS = {Col.LABEL: "label", Col.CATEGORY: "category", Col.RECURRENCE: "recurrence", Col.AMOUNT: "amount"}
FIELDS |= {Col.LOW: "low", Col.HIGH: "high", Col.NOTE: "note", Col.CURRENCY: "currency"}
FIELDS |= {Col.YEAR: "year", Col.FROM: "from_year", Col.UNTIL: "to_year", Col.ESCALATION: "escalation"}
NUMBERS = (Col.AMOUNT, Col.LOW, Col.HIGH)
SCHEDULE = (Col.YEAR, Col.FROM, Col.UNTIL, Col.ESCALATION)
YEARLY_ONLY = (Col.FROM, Col.UNTIL, Col.ESCALATION)


def field_of(row: CostRow, col: Col) -> str:
    return FIELDS[col]


def applies(row: CostRow, col: Col) -> bool:
    """Whether a schedule column means something for the line: Year for one-time, the rest for yearly."""
    yearly = row.recurrence == YEARLY
    return yearly if col in YEARLY_ONLY else (not yearly if col == Col.YEAR else True)


def rate_text(rate: float) -> str:
    return QLocale().toString(rate, "g", 10)


class CostsModel(TableModel):
    """The cost items of one option; benefits (expected returns) are marked with a plus sign."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        headers = {
            Col.LABEL: self.tr("Cost or return"), Col.CATEGORY: self.tr("Category"),
            Col.RECURRENCE: self.tr("When"), Col.AMOUNT: self.tr("Amount"), Col.LOW: self.tr("Low"),
            Col.HIGH: self.tr("High"), Col.CURRENCY: self.tr("Currency"), Col.YEAR: self.tr("Year"),
            Col.FROM: self.tr("From year"), Col.UNTIL: self.tr("Until year"),
            Col.ESCALATION: self.tr("Change a year"),
            Col.NOTE: self.tr("Note"),
        }  # fmt: skip
        self._headers = [headers[c] for c in Col]
        self.currency = "EUR"  # the evaluation's
        self.rates: dict[str, float] = {}
        self.rates_on: Any = None  # the day the rates were stated

    def set_money_context(self, currency: str, rates: dict[str, float], rates_on: Any) -> None:
        """The evaluation's currency and exchange rates, for showing converted amounts."""
        self.currency, self.rates, self.rates_on = currency, rates, rates_on

    def header_tip(self, section: int) -> str | None:
        tips = {
            Col.YEAR: self.tr("The year a one-time cost falls in: 0 = at signing, 3 = at the end of the "
                              "third year."),
            Col.FROM: self.tr("A yearly cost's first year: 1 = paid at the end of the first year, 0 = "
                              "paid in advance at signing."),
            Col.UNTIL: self.tr("A yearly cost's last year; blank: to the end of the horizon."),
            Col.ESCALATION: self.tr("How much a yearly cost changes each year, in percent: 5 means the "
                                    "second year pays 5 % more than the first."),
            Col.CURRENCY: self.tr("The currency of the amounts; blank: the evaluation's currency. Other "
                                  "currencies are converted at the exchange rates under Money compared."),
        }  # fmt: skip
        return tips.get(Col(section))

    def cost_at(self, row: int) -> CostRow | None:
        return self.row_at(row)  # type: ignore[no-any-return]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self.row_at(index.row())
        if row is not None and not applies(row, Col(index.column())):
            return flags  # a one-time cost has no last year, a yearly one no single year
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], Col(index.column())
        value = getattr(row, field_of(row, col))
        if role == ROW_ROLE:
            return row
        if col in SCHEDULE or col == Col.CURRENCY:
            return self._schedule_data(row, col, value, role)
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
            if col in NUMBERS and self._foreign(row):
                return self._converted(row)
            if row.category == BENEFIT:
                return self.tr("An expected return: it counts towards NPV and payback, not towards the TCO.")
            return row.note or None if col in (Col.LABEL, Col.NOTE) else None
        return None

    def _foreign(self, row: CostRow) -> bool:
        return bool(row.currency) and row.currency != self.currency

    def _converted(self, row: CostRow) -> str:
        """The amount in the evaluation's currency with the rate used, or why it cannot be converted."""
        assert row.currency is not None
        rate = self.rates.get(row.currency)
        if rate is None:
            text = self.tr("No exchange rate for %1: this line's amount, and the option's totals, stay "
                           "unknown until one is stated under Money compared.")  # fmt: skip
            return text.replace("%1", row.currency)
        if row.amount is None:
            return self.tr("Converted at 1 %1 = %2 %3 once an amount is typed.").replace(
                "%1", row.currency).replace("%2", rate_text(rate)).replace("%3", self.currency)  # fmt: skip
        text = self.tr("%1 %2 = %3 at 1 %1 = %4 %5").replace("%1", row.currency)
        text = text.replace("%2", number_text(row.amount)).replace(
            "%3", money(row.amount * rate, self.currency)
        )
        text = text.replace("%4", rate_text(rate)).replace("%5", self.currency)
        if self.rates_on is not None:
            from ui.numbers import format_day

            text += " " + self.tr("(rates of %1)").replace("%1", format_day(self.rates_on))
        return text

    def _schedule_data(self, row: CostRow, col: Col, value: Any, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if col == Col.CURRENCY:
                return value or self.currency
            if not applies(row, col):
                return ""
            if col == Col.UNTIL:
                return self.tr("end") if value is None else QLocale().toString(value)
            if col == Col.ESCALATION:
                return percent_rate(value) if value else ""
            return QLocale().toString(value)
        if role == Qt.ItemDataRole.EditRole:
            if col == Col.ESCALATION:  # rounded: 0.07 × 100 is 7.000000000000001 in floats
                return raw_number(round(value * 100, 9)) if value else ""
            if col == Col.CURRENCY:
                return value or ""
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and col != Col.CURRENCY:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and (
            (col == Col.CURRENCY and not value) or (col == Col.UNTIL and value is None)
        ):
            from PySide6.QtGui import QPalette

            return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tip(col)
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
        field = field_of(row, col)
        if col in NUMBERS:
            value = typed_money(value)
        elif col in (Col.YEAR, Col.FROM, Col.UNTIL):
            value = typed_integer(value)
        elif col == Col.ESCALATION:
            value = typed_percent(value)
        elif col == Col.CURRENCY:
            value = (value or "").strip().upper() or None
            value = None if value == self.currency else value
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
            FinanceCol.TCO: self.tr("Total cost of ownership over %1 years: every cost falling in them "
                                    "as scheduled, undiscounted; returns are left out.").replace("%1", years),
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
        if col == FinanceCol.TCO and unknown is None and line.finance.outside_horizon:
            names = ", ".join(f"“{label}”" for label in line.finance.outside_horizon)
            return self.tr("Not counted: %1 falls after the horizon.").replace("%1", names)
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
        return translate("Costs", "no returns entered")
    if years is None:
        many = translate("Costs", "not within %n years").replace("%n", QLocale().toString(horizon))
        return translate("Costs", "not within 1 year") if horizon == 1 else many
    if years == 0:
        return translate("Costs", "at once")
    return translate("Costs", "%1 years").replace("%1", QLocale().toString(years, "f", 1))


def weeks_text(weeks: float | None) -> str:
    if weeks is None:
        return ""
    return (
        translate("Costs", "1 week")
        if weeks == 1
        else translate("Costs", "%1 weeks").replace("%1", number_text(weeks))
    )
