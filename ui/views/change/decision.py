"""The decision record (option, rationale, date, who) and the post-purchase review against what the
ranking expected: the chosen option's TCO and time to results."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.labels import status_label
from ui.numbers import format_day, format_money, format_number, raw_number, typed_money, typed_number
from ui.views.people import decide as decide_dialog
from ui.views.submit import submit
from ui.views.widgets import CommitTextEdit, OptionalDateEdit

if TYPE_CHECKING:
    from duediligence.reads.people import DecisionRecord
    from ui.context import AppContext


def _money(value: float | None, currency: str) -> str:
    return format_money(value, currency, decimals=0)


def _weeks(value: float | None) -> str:
    return format_number(value, decimals=1)


class DecisionPanel(QScrollArea):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.evaluation_id: int | None = None
        self.record: DecisionRecord | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        page = QWidget(self)
        self.summary = QLabel(page)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.decide_button = QPushButton(self.tr("Decide…"), page)
        self.decide_button.clicked.connect(self.decide)
        self.reviewed_on = OptionalDateEdit(self.tr("Not reviewed yet"), page)
        self.reviewed_on.date_edit.setAccessibleName(self.tr("Reviewed on"))
        self.actual_cost = QLineEdit(page)
        self.actual_weeks = QLineEdit(page)
        self.satisfaction = QComboBox(page)
        self.satisfaction.addItem(self.tr("—"), None)
        for n, label in enumerate(
            (
                self.tr("very unhappy"),
                self.tr("unhappy"),
                self.tr("so-so"),
                self.tr("happy"),
                self.tr("very happy"),
            ),
            1,
        ):
            self.satisfaction.addItem(f"{n} — {label}", n)
        self.again = QComboBox(page)
        for label, value in ((self.tr("—"), None), (self.tr("Yes"), True), (self.tr("No"), False)):
            self.again.addItem(label, value)
        self.lessons = CommitTextEdit(page)
        self.lessons.setPlaceholderText(self.tr("What would we do differently next time?"))
        self.lessons.setMinimumHeight(60)
        self.cost_compare, self.weeks_compare = QLabel(page), QLabel(page)
        cost_row, weeks_row = QHBoxLayout(), QHBoxLayout()
        for row, edit, label in (
            (cost_row, self.actual_cost, self.cost_compare),
            (weeks_row, self.actual_weeks, self.weeks_compare),
        ):
            edit.setMaximumWidth(140)
            row.addWidget(edit)
            row.addWidget(label, 1)
        head = QHBoxLayout()
        head.addWidget(QLabel("<b>" + self.tr("Decision record") + "</b>", page), 1)
        head.addWidget(self.decide_button)
        form = QFormLayout()
        form.addRow(self.tr("Reviewed o&n"), self.reviewed_on)
        for text, row, buddy in (
            (self.tr("Actual &cost"), cost_row, self.actual_cost),
            (self.tr("Actual &weeks to results"), weeks_row, self.actual_weeks),
        ):
            label = QLabel(text, page)
            label.setBuddy(buddy)
            form.addRow(label, row)
        form.addRow(self.tr("&Satisfaction"), self.satisfaction)
        form.addRow(self.tr("Would buy a&gain"), self.again)
        form.addRow(self.tr("&Lessons"), self.lessons)
        layout = QVBoxLayout(page)
        layout.addLayout(head)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel("<b>" + self.tr("Post-purchase review") + "</b>", page))
        layout.addLayout(form)
        layout.addStretch(1)
        self.setWidget(page)
        self.reviewed_on.committed.connect(lambda: self._commit("reviewed_on", self.reviewed_on.value()))
        self.actual_cost.editingFinished.connect(
            lambda: self._commit("actual_cost", typed_money(self.actual_cost.text()))
        )
        self.actual_weeks.editingFinished.connect(
            lambda: self._commit(
                "actual_time_to_results_weeks",
                typed_number(self.actual_weeks.text()),
            )
        )
        self.satisfaction.activated.connect(
            lambda: self._commit("satisfaction", self.satisfaction.currentData())
        )
        self.again.activated.connect(lambda: self._commit("would_buy_again", self.again.currentData()))
        self.lessons.editingFinished.connect(lambda: self._commit("lessons", self.lessons.toPlainText()))

    def show_record(self, record: DecisionRecord | None) -> None:
        self.record = record
        self.setEnabled(record is not None)
        if record is None:
            self.summary.clear()
            return
        self.summary.setText(self._summary(record))
        review = record.review
        self.reviewed_on.set_value(review.reviewed_on if review else None)
        _set(self.actual_cost, raw_number(review.actual_cost if review else None, grouped=True))
        weeks = review.actual_time_to_results_weeks if review else None
        _set(self.actual_weeks, raw_number(weeks, grouped=True))
        self.satisfaction.setCurrentIndex(
            max(0, self.satisfaction.findData(review.satisfaction if review else None))
        )
        again = review.would_buy_again if review else None
        self.again.setCurrentIndex({None: 0, True: 1, False: 2}[again])
        lessons = review.lessons if review else ""
        if self.lessons.toPlainText() != lessons:
            self.lessons.setPlainText(lessons)
        self.cost_compare.setText(self._compare_cost(record))
        self.weeks_compare.setText(self._compare_weeks(record))

    def _summary(self, record: DecisionRecord) -> str:
        esc = escape
        if record.chosen_option is None and not record.decided_on:
            return esc(self.tr("Status: %1. Not decided yet.").replace("%1", status_label(record.status)))
        lines = [
            self.tr("Status: %1").replace("%1", status_label(record.status)),
            self.tr("Chosen: %1").replace("%1", record.chosen_option or self.tr("—")),
            self.tr("Decided on %1 by %2")
            .replace("%1", format_day(record.decided_on) or self.tr("—"))
            .replace("%2", record.decided_by or self.tr("—")),
        ]
        if record.review_due:
            lines.append(self.tr("Review due %1").replace("%1", format_day(record.review_due)))
        html = "<br>".join(esc(line) for line in lines)
        if record.rationale:
            html += "<br><i>" + esc(record.rationale).replace("\n", "<br>") + "</i>"
        return html

    def _compare_cost(self, record: DecisionRecord) -> str:
        expected = self.tr("expected %1 (TCO over %2 years)").replace(
            "%1", _money(record.expected_cost, record.currency)
        )
        expected = expected.replace("%2", str(record.horizon_years))
        variance = record.cost_variance
        if variance is None:
            return expected
        share = record.cost_variance_share
        colour = "#b3261e" if variance > 0 else "#1b7a3a"
        delta = _money(abs(variance), record.currency)
        word = self.tr("over") if variance > 0 else self.tr("under")
        pct = f" ({format_number(abs(share) * 100, decimals=0)} %)" if share is not None else ""
        return f"{escape(expected)} · <span style='color:{colour}'>{escape(delta)} {word}{pct}</span>"

    def _compare_weeks(self, record: DecisionRecord) -> str:
        expected = self.tr("expected %1 weeks").replace("%1", _weeks(record.expected_weeks))
        variance = record.weeks_variance
        if variance is None:
            return expected
        colour = "#b3261e" if variance > 0 else "#1b7a3a"
        word = self.tr("later") if variance > 0 else self.tr("sooner")
        return f"{escape(expected)} · <span style='color:{colour}'>{_weeks(abs(variance))} {word}</span>"

    def _commit(self, field: str, value: Any) -> None:
        from duediligence.operations.people import SetReview

        record = self.record
        if record is None or self.evaluation_id is None:
            return
        current = getattr(record.review, field) if record.review else (None if field != "lessons" else "")
        if current == value:
            return
        ok, _ = submit(
            self, self.context, SetReview(self.evaluation_id, {field: value}), self.tr("Edit the review")
        )
        if not ok:
            self.show_record(record)  # put the stored value back

    def decide(self) -> None:
        if self.evaluation_id is not None:
            decide_dialog.decide(self, self.context, self.evaluation_id)


def _set(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:
        edit.setText(text)
