"""One cell editor for every column kind: a combo box of labels for choices, the date editor for dates,
a line edit for the rest (numbers typed as text, so a wrong entry reaches the core and is refused with a
reason)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.models.row_table import CHOICES_ROLE, DATE, KIND_ROLE, NUMBER
from ui.views.day_edit import DayDelegate, DayEdit

Index = QModelIndex | QPersistentModelIndex


class FieldDelegate(DayDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        name = str(index.model().headerData(index.column(), Qt.Orientation.Horizontal))
        choices = index.data(CHOICES_ROLE)
        if choices is not None:
            combo = QComboBox(parent)
            combo.setAccessibleName(name)
            for value, label in choices:
                combo.addItem(label, value)
            combo.activated.connect(lambda _i: self._finish(combo))
            return combo
        kind = index.data(KIND_ROLE)
        if kind == DATE:
            return super().createEditor(parent, option, index)
        edit = QLineEdit(parent)
        edit.setAccessibleName(name)
        if kind == NUMBER:
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return edit

    def _finish(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, DayEdit):
            super().setEditorData(editor, index)
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, DayEdit):
            super().setModelData(editor, model, index)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
