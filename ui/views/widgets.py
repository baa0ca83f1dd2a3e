"""Small editors that say when the user has finished an edit, so each edit is one command."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPlainTextEdit, QWidget

from ui.views.day_edit import NO_DATE, TypedDateEdit


class CommitTextEdit(QPlainTextEdit):
    """A multi-line text box that emits editingFinished when it loses focus, like QLineEdit."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


class OptionalDateEdit(QWidget):
    """A date that may be absent: a date field plus a checkbox such as “No deadline”."""

    committed = Signal()

    def __init__(self, none_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_edit = TypedDateEdit(self)  # four-digit years: 26 never becomes 1926
        # Without a date the greyed field shows "—", never a date left over from another evaluation.
        self.date_edit.setMinimumDate(NO_DATE)
        self.date_edit.setSpecialValueText("—")
        self.date_edit.setDate(QDate.currentDate())
        self.none_box = QCheckBox(none_text, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date_edit)
        layout.addWidget(self.none_box)
        layout.addStretch(1)
        self.none_box.clicked.connect(self._on_none_clicked)
        self.date_edit.editingFinished.connect(self.committed)

    def value(self) -> date | None:
        if self.none_box.isChecked() or self.date_edit.date() == NO_DATE:
            return None
        return self.date_edit.date().toPython()  # type: ignore[no-any-return]

    def set_value(self, value: date | None) -> None:
        self.none_box.setChecked(value is None)
        self.date_edit.setEnabled(value is not None)
        self.date_edit.setDate(QDate(value) if value is not None else NO_DATE)

    def _on_none_clicked(self, checked: bool) -> None:
        self.date_edit.setEnabled(not checked)
        if not checked and self.date_edit.date() == NO_DATE:
            self.date_edit.setDate(QDate.currentDate())  # a date to start from: today
        self.committed.emit()
