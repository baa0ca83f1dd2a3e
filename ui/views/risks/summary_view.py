"""At a glance: which option is riskiest and why (exposure by band, critical checks failed, checklist
progress, stale answers), and the evaluation's risk settings (exposure rule, risk-adjusted ranking,
review interval)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from duediligence.i18n import translate
from ui.models.risk_register import OptionRiskModel, SummaryCol, option_sentence
from ui.views.submit import submit
from ui.views.table_view import TableView

if TYPE_CHECKING:
    from duediligence.decision.risks import RiskSummary
    from ui.context import AppContext


class RiskSummaryView(QWidget):
    option_activated = Signal(int)  # the user double-clicked an option: show its checklist

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.summary: RiskSummary | None = None
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.model = OptionRiskModel(self)
        self.table = TableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Risk per option"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in ((SummaryCol.EXPOSURE, 110), (SummaryCol.RISKS, 200), (SummaryCol.CRITICAL, 190),
                           (SummaryCol.CHECKS, 130), (SummaryCol.STALE, 70)):  # fmt: skip
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(SummaryCol.OPTION, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._on_double_click)
        self.mode = QComboBox(self)
        self.mode.addItem(self.tr("sum of its risk scores"), "sum")
        self.mode.addItem(self.tr("its worst risk score"), "max")
        self.mode.setAccessibleName(self.tr("How risks add up to an option's exposure"))
        self.adjusted = QCheckBox(self.tr("Rank by risk-adjusted score"), self)
        self.adjusted.setToolTip(
            self.tr("Ranking uses score × 25 / (25 + exposure): no risk leaves the score as it is, "
                    "an exposure of 25 halves it. An option with no risks entered is not an option "
                    "without risks.")
        )  # fmt: skip
        self.review_days = QSpinBox(self)
        self.review_days.setRange(1, 3650)
        self.review_days.setSuffix(self.tr(" days"))
        self.review_days.setAccessibleName(self.tr("Review answers and risks after"))
        self.general = QLabel(self)
        # Two short rows rather than one long one, so the tab fits 1280 px in every language.
        exposure = QHBoxLayout()
        exposure.addWidget(QLabel(self.tr("&Exposure of an option is"), self, buddy=self.mode))
        exposure.addWidget(self.mode)
        exposure.addSpacing(16)
        exposure.addWidget(self.adjusted)
        exposure.addStretch(1)
        settings = QHBoxLayout()
        settings.addWidget(QLabel(self.tr("Re&view answers after"), self, buddy=self.review_days))
        settings.addWidget(self.review_days)
        settings.addStretch(1)
        # The evaluation-wide count wraps on a line of its own, so the settings row fits 1280 px.
        self.general.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.headline)
        layout.addWidget(self.table, 1)
        layout.addLayout(exposure)
        layout.addLayout(settings)
        layout.addWidget(self.general)
        self.mode.activated.connect(lambda: self._commit("risk_exposure_mode", self.mode.currentData()))
        self.adjusted.clicked.connect(lambda checked: self._commit("risk_adjusted", bool(checked)))
        self.review_days.editingFinished.connect(
            lambda: self._commit("review_after_days", self.review_days.value())
        )

    def show_summary(self, summary: RiskSummary | None) -> None:
        self.summary = summary
        self.model.set_summary(summary)
        if summary is None:
            self.headline.setText("")
            self.general.setText("")
            return
        self.mode.setCurrentIndex(max(0, self.mode.findData(summary.mode)))
        self.adjusted.setChecked(summary.risk_adjusted)
        if not self.review_days.hasFocus():
            self.review_days.setValue(summary.review_after_days)
        self.headline.setText(headline(summary))
        locale = QLocale()
        self.general.setText(
            self.tr("Evaluation-wide risks: %1 (exposure %2)")
            .replace("%1", locale.toString(summary.general_risks))
            .replace("%2", locale.toString(summary.general_exposure))
            if summary.general_risks
            else ""
        )
        self.general.setToolTip(self.tr("Risks that concern whichever option is chosen; they do not change "
                                        "how the options compare."))  # fmt: skip
        visible = min(len(summary.options), 6)
        row_height = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(
            self.table.horizontalHeader().sizeHint().height() + visible * row_height + 4
        )

    def _on_double_click(self, index) -> None:
        line = self.model.line_at(index.row())
        if line is not None:
            self.option_activated.emit(line.option_id)

    def _commit(self, field: str, value: object) -> None:
        from duediligence.operations.evaluations import UpdateEvaluation

        summary = self.summary
        if summary is None:
            return
        current = {"risk_exposure_mode": summary.mode, "risk_adjusted": summary.risk_adjusted,
                   "review_after_days": summary.review_after_days}  # fmt: skip
        if current[field] == value:
            return
        labels = {"risk_exposure_mode": self.tr("Change how exposure adds up"),
                  "risk_adjusted": self.tr("Turn risk-adjusted ranking on or off"),
                  "review_after_days": self.tr("Change the review interval")}  # fmt: skip
        ok, _ = submit(
            self, self.context, UpdateEvaluation(summary.evaluation_id, {field: value}), labels[field]
        )
        if not ok:
            self.show_summary(summary)


def headline(summary: RiskSummary) -> str:
    """One sentence naming the riskiest option and why, or what is missing (rich text)."""

    if not summary.options:
        return translate(
            "RiskSummary", "Add the options you are choosing between; their checklists and risks show here."
        )
    riskiest = summary.riskiest()
    if riskiest is None:
        if any(o.checklist.total for o in summary.options):
            return translate("RiskSummary", "No option has risks recorded or failed critical checks yet.")
        return translate("RiskSummary", "No checklist or risks yet: start with <b>Apply template…</b> below.")
    why = escape(option_sentence(riskiest).split(": ", 1)[1])
    text = (
        translate("RiskSummary", "<b>Riskiest: %1</b> — %2")
        .replace("%1", escape(riskiest.name))
        .replace("%2", why)
    )
    flagged = [o for o in summary.options if o.critical_failures and o is not riskiest]
    if flagged:
        names = ", ".join(escape(o.name) for o in flagged)
        text += "<br>" + translate(
            "RiskSummary", "<span style='color:#b00020'>⚑ Critical checks failed for %1</span>"
        ).replace("%1", names)
    return text
