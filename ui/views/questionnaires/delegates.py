"""Cell editors of the questions table: a list of the answers a yes/no or document question takes,
the date editor for a date answer, and the answer types and statuses as labelled choices."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.views.day_edit import DayDelegate, Index
from ui.views.questionnaires.questions_model import ROW_ROLE


class AnswerDelegate(DayDelegate):
    """yes / no / partly (or attached / to follow / not available) from a list, "" for no answer."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        from duediligence.decision.answers import CHOICES

        row = index.data(ROW_ROLE)
        if row is None or row.answer_kind not in CHOICES:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setAccessibleName(str(index.model().headerData(index.column(), Qt.Orientation.Horizontal)))
        combo.addItem(self.tr("no answer"), "")
        for choice in CHOICES[row.answer_kind]:
            combo.addItem(choice, choice)
        combo.activated.connect(lambda _i: self._finish(combo))
        return combo

    def _finish(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            row = index.data(ROW_ROLE)
            editor.setCurrentIndex(max(0, editor.findData(row.answer or "")))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            value: Any = editor.currentData()
            model.setData(index, value, Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
