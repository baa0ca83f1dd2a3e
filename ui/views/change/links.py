"""Choosing the people and options a change note concerns: two checklists, one undoable step."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _checklist(parent: QWidget, choices: Sequence[tuple[int, str]], checked: Sequence[int]) -> QListWidget:
    box = QListWidget(parent)
    for choice_id, name in choices:
        item = QListWidgetItem(name, box)
        item.setData(Qt.ItemDataRole.UserRole, choice_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if choice_id in checked else Qt.CheckState.Unchecked)
    return box


def _checked(box: QListWidget) -> list[int]:
    return [
        int(box.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(box.count())
        if box.item(i).checkState() == Qt.CheckState.Checked
    ]


class NoteLinksDialog(QDialog):
    def __init__(
        self,
        people: Sequence[tuple[int, str]],
        options: Sequence[tuple[int, str]],
        linked_people: Sequence[int],
        linked_options: Sequence[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What this note concerns"))
        self.people = _checklist(self, people, linked_people)
        self.people.setAccessibleName(self.tr("People"))
        self.options = _checklist(self, options, linked_options)
        self.options.setAccessibleName(self.tr("Options"))
        lists = QHBoxLayout()
        for label, box in ((self.tr("People"), self.people), (self.tr("Options"), self.options)):
            column = QVBoxLayout()
            column.addWidget(QLabel(f"<b>{label}</b>", self))
            column.addWidget(box)
            lists.addLayout(column)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(lists)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[list[int], list[int]]:
        return _checked(self.people), _checked(self.options)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        people: Sequence[tuple[int, str]],
        options: Sequence[tuple[int, str]],
        linked_people: Sequence[int],
        linked_options: Sequence[int],
    ) -> tuple[list[int], list[int]] | None:
        """(stakeholder ids, option ids), or None when cancelled."""
        dialog = cls(people, options, linked_people, linked_options, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
