"""Qt's typed date editor for every date cell and field: the locale's order with a four-digit year, typed
the way people type dates, and (in cells) a date that may be empty ("no date").

Models give date columns a QDate in the edit role (a null QDate: no date) and read one back, so nothing
is parsed from text and a two-digit year can never turn 2026 into 1926. Delete empties the editor;
typing into an empty one starts from today's date.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, QDate, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.numbers import day_display_format

Index = QModelIndex | QPersistentModelIndex
NO_DATE = QDate(1899, 12, 31)  # shown as "no date": the day before the first one the workbook accepts
LAST_DATE = QDate(2199, 12, 31)


class TypedDateEdit(QDateEdit):
    """Qt's date editor in the locale's order with a four-digit year, typed as people type dates:
    "04.12.2026" is the 4th of December (Qt moves on by itself after "04", and its "." would otherwise
    skip the month as well)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(day_display_format())
        self._moved_on = False  # the last digit completed a part and Qt moved to the next one

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if self._moved_on and text and not text.isalnum() and text.isprintable():
            self._moved_on = False
            return
        part = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._moved_on = text.isdigit() and self.currentSectionIndex() != part


class DayEdit(TypedDateEdit):
    """A date editor that may hold no date; value() is a `date` or None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDateRange(NO_DATE, LAST_DATE)
        self.setSpecialValueText(self.tr("no date"))
        self.setToolTip(self.tr("Type the date or pick it from the calendar; Delete leaves it empty"))
        self.setDate(NO_DATE)
        self.calendarWidget().installEventFilter(self)

    def is_empty(self) -> bool:
        return self.date() == NO_DATE

    def value(self) -> date | None:
        return None if self.is_empty() else self.date().toPython()  # type: ignore[no-any-return]

    def qdate(self) -> QDate:
        """The date as the edit role carries it: a null QDate when empty."""
        return QDate() if self.is_empty() else self.date()

    def set_value(self, value: date | QDate | None) -> None:
        day = QDate(value) if isinstance(value, date) else value
        self.setDate(day if isinstance(day, QDate) and day.isValid() else NO_DATE)

    def clear_date(self) -> None:
        self.setDate(NO_DATE)
        self.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.clear_date()
            return
        if self.is_empty() and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            # QDateTimeEdit swallows Tab while it shows "no date" (no section to move to): a keyboard
            # trap. An empty date has nothing to step through, so Tab goes to the next control.
            forward = (
                event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            QWidget.focusNextPrevChild(self, forward)
            return
        if self.is_empty() and event.text().isdigit():
            self.setDate(QDate.currentDate())  # the typed digits then replace the day, month, year
            self.setCurrentSectionIndex(0)
            self.setSelectedSection(self.sectionAt(0))
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The calendar of an empty editor opens on this month, not on the placeholder's December 1899.
        if event.type() == QEvent.Type.Show and self.is_empty():
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)


class DayDelegate(QStyledItemDelegate):
    """A DayEdit for cells whose edit role holds a QDate; the usual editors elsewhere."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if not isinstance(index.data(Qt.ItemDataRole.EditRole), QDate):
            return super().createEditor(parent, option, index)
        editor = DayEdit(parent)
        editor.setAccessibleName(str(index.model().headerData(index.column(), Qt.Orientation.Horizontal)))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, DayEdit):
            editor.set_value(index.data(Qt.ItemDataRole.EditRole))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, DayEdit):
            model.setData(index, editor.qdate(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        super().updateEditorGeometry(editor, option, index)
        if isinstance(editor, DayEdit):  # a narrow column must not cut the year off: the editor overlaps
            editor.resize(max(editor.width(), editor.sizeHint().width()), editor.height())
