"""The buying committee as editable tables: the people, the criteria each cares about, RACI per stage."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from duediligence.decision.people import quadrant
from ui.models.people_labels import buying_roles, quadrants, raci_letters, stages, stances, with_none
from ui.models.row_table import (
    CHOICE,
    CHOICES_ROLE,
    FLAG,
    NUMBER,
    READONLY,
    Commit,
    Field,
    Index,
    RowTableModel,
)

if TYPE_CHECKING:
    from duediligence.reads.people import CriterionChoice, StakeholderRow

STANCE_COLOURS = {
    "champion": "#1b7a3a",
    "supporter": "#4f9a3a",
    "neutral": "#6b6b6b",
    "skeptic": "#b26a00",
    "blocker": "#b3261e",
}


def quadrant_of(row: StakeholderRow) -> str:
    if row.influence is None or row.interest is None:
        return ""
    return quadrants()[quadrant(row.influence, row.interest)]


class StakeholdersModel(RowTableModel):
    """One row per person, in the evaluation's order."""

    table = "stakeholder"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self.fields = [
            Field("name", self.tr("Name")),
            Field("buying_role", self.tr("Buying role"), CHOICE, choices=lambda: with_none(buying_roles())),
            Field("influence", self.tr("Influence"), NUMBER),
            Field("interest", self.tr("Interest"), NUMBER),
            Field("quadrant", self.tr("Quadrant"), READONLY, show=quadrant_of),
            Field("stance", self.tr("Stance"), CHOICE, choices=lambda: with_none(stances())),
            Field("desired_stance", self.tr("Desired"), CHOICE, choices=lambda: with_none(stances())),
            Field("sign_off_required", self.tr("Signs off"), FLAG),
            Field("title", self.tr("Job title")),
            Field("unit", self.tr("Unit")),
            Field("contact", self.tr("Contact")),
        ]

    def decorate(self, row: Any, field: Field, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and field.key in ("stance", "desired_stance"):
            colour = STANCE_COLOURS.get(getattr(row, field.key) or "")
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole and field.key in ("influence", "interest"):
            return self.tr("1 (low) to 5 (high); 3 or more counts as high on the grid")
        if role == Qt.ItemDataRole.ToolTipRole and field.key == "stance" and row.stance != row.desired_stance:
            labels = stances()
            return (
                self.tr("Now %1; we want %2")
                .replace("%1", labels.get(row.stance or "", "—"))
                .replace("%2", labels.get(row.desired_stance or "", "—"))
            )
        return None


class CriteriaModel(QAbstractListModel):
    """The evaluation's criteria, checked where the selected person cares about them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices: list[CriterionChoice] = []
        self._person: StakeholderRow | None = None
        self.commit: Commit | None = None

    def set_person(self, person: StakeholderRow | None, choices: Sequence[CriterionChoice]) -> None:
        self.beginResetModel()
        self._person, self._choices = person, list(choices)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._person is None else len(self._choices)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._person is None or not 0 <= index.row() < len(self._choices):
            return None
        choice = self._choices[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return choice.name
        if role == Qt.ItemDataRole.CheckStateRole:
            cared = choice.id in self._person.criterion_ids
            return Qt.CheckState.Checked if cared else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return choice.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or self._person is None or self.commit is None:
            return False
        if not index.isValid() or not 0 <= index.row() < len(self._choices):
            return False
        from duediligence.operations.people import SetStakeholderCriteria

        choice, person = self._choices[index.row()], self._person
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        ids = [i for i in person.criterion_ids if i != choice.id] + ([choice.id] if checked else [])
        if ids == list(person.criterion_ids):
            return False
        text = self.tr("%1 cares about “%2”") if checked else self.tr("%1 no longer cares about “%2”")
        text = text.replace("%1", person.name).replace("%2", choice.name)
        return self.commit(SetStakeholderCriteria(person.id, ids), text)


class RaciModel(QAbstractTableModel):
    """One row per buying-process stage: the selected person's RACI letter there."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._person: StakeholderRow | None = None
        self._stages = list(stages().items())
        self.commit: Commit | None = None

    def set_person(self, person: StakeholderRow | None) -> None:
        self.beginResetModel()
        self._person = person
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._person is None else len(self._stages)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Stage"), self.tr("RACI"))[section] if section in (0, 1) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == 1 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._person is None or not 0 <= index.row() < len(self._stages):
            return None
        stage, label = self._stages[index.row()]
        letter = self._person.raci_letter(stage)
        if index.column() == 0:
            return label if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return raci_letters().get(letter or "", "")
        if role == Qt.ItemDataRole.EditRole:
            return letter
        if role == CHOICES_ROLE:
            return with_none(raci_letters())
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != 1 or self._person is None:
            return False
        if self.commit is None or not 0 <= index.row() < len(self._stages):
            return False
        from duediligence.operations.people import SetRaci

        stage, label = self._stages[index.row()]
        letter = (value or None) if isinstance(value, str | type(None)) else str(value)
        if letter == self._person.raci_letter(stage):
            return False
        text = self.tr("Set %1's RACI for %2").replace("%1", self._person.name).replace("%2", label.lower())
        return self.commit(SetRaci(self._person.id, stage, letter), text)
