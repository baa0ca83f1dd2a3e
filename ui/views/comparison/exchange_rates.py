"""The evaluation's exchange rates and the day they were stated: one line under "Money compared".

Written as the buyer says them, "USD 0.92; GBP 1.17" (one unit of each in the evaluation's currency,
numbers in the user's locale). A quote in another currency is converted at these rates wherever its
amount counts, and shows the rate it used; a currency without a rate leaves the option's totals
unknown. Stating the rates for the first time also states today as their day (editable beside them).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from ui.numbers import raw_number, typed_number
from ui.views.day_edit import DayEdit
from ui.views.submit import Submitter

if TYPE_CHECKING:
    from duediligence.decision.matrix import Matrix
    from ui.context import AppContext


def rates_text(rates: dict[str, float]) -> str:
    """{"GBP": 1.17, "USD": 0.92} → "GBP 1.17; USD 0.92" (numbers in the locale)."""
    return "; ".join(f"{code} {raw_number(rate)}" for code, rate in rates.items())


def read_rates(text: str) -> dict[str, Any]:
    """ "USD 0,92; GBP 1,17" → {"USD": 0.92, "GBP": 1.17}; a part not read goes on as typed, for the core
    to refuse naming it."""
    rates: dict[str, Any] = {}
    for part in text.replace("\n", ";").split(";"):
        if not part.strip():
            continue
        code, _space, number = part.strip().partition(" ")
        rates[code.strip().upper()] = typed_number(number.strip().lstrip("=").strip())
    return rates


class ExchangeRates(QWidget):
    """A line edit for the rates and a date edit for the day they were stated; each edit undoable."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.evaluation_id: int | None = None
        self.currency = "EUR"
        self._stored: dict[str, Any] = {}
        self.rates = QLineEdit(self)
        self.rates.setAccessibleName(self.tr("Exchange rates"))
        self.rates.setPlaceholderText(self.tr("e.g. USD 0.92; GBP 1.17"))
        self.stated_on = DayEdit(self)
        self.stated_on.setAccessibleName(self.tr("Day the exchange rates were stated"))
        self.label = QLabel(self.tr("E&xchange rates:"), self)
        self.label.setBuddy(self.rates)
        on = QLabel(self.tr("stated &on"), self)
        on.setBuddy(self.stated_on)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.rates, 1)
        layout.addWidget(on)
        layout.addWidget(self.stated_on)
        self.rates.editingFinished.connect(self._commit_rates)
        self.stated_on.editingFinished.connect(self._commit_day)

    def show_matrix(self, matrix: Matrix | None) -> None:
        self.evaluation_id = matrix.evaluation_id if matrix else None
        if matrix is None:
            return
        self.currency = matrix.currency
        self._stored = {"exchange_rates": matrix.rates, "exchange_rates_on": matrix.exchange_rates_on}
        tip = self.tr(
            "One unit of each currency in %1, e.g. USD 0.92 when a dollar costs 0.92 %1. Costs quoted "
            "in these currencies are converted at these rates; state the day you took them, since a "
            "converted amount is only as current as its rate."
        ).replace("%1", matrix.currency)
        for widget in (self.label, self.rates):
            widget.setToolTip(tip)
        if not self.rates.hasFocus():
            self.rates.setText(rates_text(matrix.rates))
        self.stated_on.blockSignals(True)
        self.stated_on.set_value(matrix.exchange_rates_on)
        self.stated_on.blockSignals(False)

    def _commit_rates(self) -> None:
        rates = read_rates(self.rates.text())
        if self.evaluation_id is None or rates == self._stored.get("exchange_rates"):
            return
        values: dict[str, Any] = {"exchange_rates": rates}
        if rates and self._stored.get("exchange_rates_on") is None:
            values["exchange_rates_on"] = date.today()
        self._submit(values, self.tr("Edit the exchange rates"))

    def _commit_day(self) -> None:
        day = self.stated_on.value()
        if self.evaluation_id is None or day == self._stored.get("exchange_rates_on"):
            return
        self._submit({"exchange_rates_on": day}, self.tr("Edit the day of the exchange rates"))

    def _submit(self, values: dict[str, Any], text: str) -> None:
        from duediligence.operations.evaluations import UpdateEvaluation

        assert self.evaluation_id is not None
        operation = UpdateEvaluation(self.evaluation_id, values)
        subject = self.tr("the list of exchange rates")
        ok, _ = Submitter(self, self.context).submit(operation, text, subject=subject, queued=True)
        if not ok:  # refused: show what is stored
            self.rates.setText(rates_text(self._stored.get("exchange_rates", {})))
