"""One score with its evidence: the likely value with a low–high range, confidence, and where it came from."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.numbers import raw_number, read_number
from ui.scoring_labels import confidence_labels, direction_labels, scale_labels
from ui.views.widgets import OptionalDateEdit

if TYPE_CHECKING:
    from duediligence.decision.matrix import CriterionRow, ScoreCell

FIELDS = ("value", "low", "high", "confidence", "evidence", "source", "evidence_date")


class ScoreDialog(QDialog):
    """Edits every part of one score; values() holds only what changed, saved as one SetScore."""

    def __init__(
        self, criterion: CriterionRow, option_name: str, cell: ScoreCell | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.criterion, self.cell = criterion, cell
        self.setWindowTitle(self.tr("Score and evidence"))
        self.setMinimumWidth(520)
        scale = scale_labels().get(criterion.scale, criterion.scale)
        direction = direction_labels().get(criterion.direction, criterion.direction).lower()
        unit = f", {criterion.unit}" if criterion.unit else ""
        heading = QLabel(
            f"<b>{escape(criterion.name)}</b> · {escape(option_name)}<br>"
            f"<span style='color: palette(placeholder-text)'>"
            f"{escape(scale + unit)} · {escape(direction)}</span>",
            self,
        )
        heading.setWordWrap(True)
        self.low, self.value, self.high = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        numbers = QWidget(self)
        row = QHBoxLayout(numbers)
        row.setContentsMargins(0, 0, 0, 0)
        for label, edit, name in (
            (self.tr("&Low"), self.low, self.tr("Low end of the range")),
            (self.tr("L&ikely"), self.value, self.tr("Likely score")),
            (self.tr("&High"), self.high, self.tr("High end of the range")),
        ):
            caption = QLabel(label, numbers)
            caption.setBuddy(edit)
            edit.setAccessibleName(name)
            edit.setPlaceholderText(self.tr("missing") if edit is self.value else self.tr("none"))
            edit.setMaximumWidth(90)
            row.addWidget(caption)
            row.addWidget(edit)
        row.addStretch(1)
        self.confidence = QComboBox(self)
        for code, label in confidence_labels().items():
            self.confidence.addItem(label, code)
        self.evidence = QPlainTextEdit(self)
        self.evidence.setTabChangesFocus(True)
        self.evidence.setPlaceholderText(self.tr("What did you see or hear that supports this score?"))
        self.source = QLineEdit(self)
        self.source.setPlaceholderText(self.tr("URL, document, demo, reference call or review site"))
        self.evidence_date = OptionalDateEdit(self.tr("No date"), self)
        self.evidence_date.date_edit.setAccessibleName(self.tr("Evidence date"))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("Score"), numbers)
        form.addRow(self.tr("&Confidence"), self.confidence)
        form.addRow(self.tr("&Evidence"), self.evidence)
        form.addRow(self.tr("&Source"), self.source)
        form.addRow(self.tr("Checked &on"), self.evidence_date)
        for label, widget in (
            (self.tr("Confidence"), self.confidence),
            (self.tr("Evidence note"), self.evidence),
        ):
            widget.setAccessibleName(label)
        self.source.setAccessibleName(self.tr("Source"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._show(cell)
        self.value.setFocus()

    def _show(self, cell: ScoreCell | None) -> None:
        for edit, number in ((self.low, "low"), (self.value, "value"), (self.high, "high")):
            x = getattr(cell, number) if cell else None
            edit.setText("" if x is None else raw_number(x))
        self.confidence.setCurrentIndex(max(0, self.confidence.findData(cell.confidence if cell else None)))
        self.evidence.setPlainText(cell.evidence if cell else "")
        self.source.setText(cell.source if cell else "")
        self.source.setCursorPosition(0)
        self.evidence_date.set_value(cell.evidence_date if cell else None)

    def entered(self) -> dict[str, Any]:
        """Every field as entered; raises ValueError naming a field that is not a number."""
        from duediligence.errors import ValidationError

        values: dict[str, Any] = {}
        for edit, name, label in (
            (self.low, "low", self.tr("low")),
            (self.value, "value", self.tr("likely")),
            (self.high, "high", self.tr("high")),
        ):
            text = edit.text().strip()
            try:
                values[name] = read_number(text, label)
            except ValidationError as exc:  # the core's reason says how to write it in this locale
                raise ValueError(
                    self.tr("The %1 score “%2” %3.")
                    .replace("%1", label)
                    .replace("%2", text)
                    .replace("%3", exc.reason)
                ) from None
        values["confidence"] = self.confidence.currentData()
        values["evidence"] = self.evidence.toPlainText()
        values["source"] = self.source.text().strip()
        values["evidence_date"] = self.evidence_date.value()
        return values

    def values(self) -> dict[str, Any]:
        """The fields that differ from the stored score."""
        entered = self.entered()
        stored = {name: getattr(self.cell, name) if self.cell else None for name in FIELDS}
        if self.cell is None:
            stored.update(evidence="", source="")
        return {name: value for name, value in entered.items() if value != stored[name]}

    def accept(self) -> None:
        from duediligence.errors import ValidationError
        from duediligence.operations.rules import check_score

        try:
            entered = self.entered()
            check_score(self.criterion, entered, "")  # type: ignore[arg-type]
        except ValueError as exc:
            self._refuse(str(exc))
            return
        except ValidationError as exc:
            if exc.field == "range":
                self._refuse(self.tr("The range must run from low to high, with the likely score inside it."))
            else:
                self._refuse(self.tr("The %1 score %2.").replace("%1", exc.field).replace("%2", exc.reason))
            return
        super().accept()

    def _refuse(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    @classmethod
    def ask(
        cls, parent: QWidget | None, criterion: CriterionRow, option_name: str, cell: ScoreCell | None
    ) -> dict[str, Any] | None:
        """The changed fields, or None when the user cancels (tests replace this)."""
        dialog = cls(criterion, option_name, cell, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
