"""The buying committee as editable tables: the people, the criteria each cares about, RACI per stage."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from duediligence.decision.people import quadrant
from ui.models.people_labels import buying_roles, quadrants, raci_letters, stages, stances, with_none
from ui.models.row_table import (
    CHOICE,
    CHOICES_ROLE,
    FLAG,
    NUMBER,
    READONLY,
    Field,
    RowTableModel,
)
from ui.models.table import Index, TableModel

if TYPE_CHECKING:
    from duediligence.reads.people import CriterionChoice, StakeholderRow

STANCE_COLOURS = {
    "champion": "#1b7a3a",
    "supporter": "#4f9a3a",
    "neutral": "#6b6b6b",
    "skeptic": "#b26a00",
    "blocker": "#b3261e",
}
# The stance as a sign beside the colour, so it never depends on colour vision alone.
STANCE_SIGNS = {"champion": "++", "supporter": "+", "neutral": "=", "skeptic": "−", "blocker": "−−"}


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


class CriteriaModel(TableModel):
    """The evaluation's criteria (one column), checked where the selected person cares about them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Criterion")]
        self._person: StakeholderRow | None = None

    def set_person(self, person: StakeholderRow | None, choices: Sequence[CriterionChoice]) -> None:
        self._person = person
        self.set_rows(list(choices) if person is not None else [])

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        choice = self.row_at(index.row()) if index.isValid() else None
        if choice is None or self._person is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return choice.name
        if role == Qt.ItemDataRole.CheckStateRole:
            cared = choice.id in self._person.criterion_ids
            return Qt.CheckState.Checked if cared else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return choice.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        choice = self.row_at(index.row()) if index.isValid() else None
        if role != Qt.ItemDataRole.CheckStateRole or self._person is None or choice is None:
            return False
        from duediligence.operations.people import SetStakeholderCriteria

        person = self._person
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        ids = [i for i in person.criterion_ids if i != choice.id] + ([choice.id] if checked else [])
        if ids == list(person.criterion_ids):
            return False
        text = self.tr("%1 cares about “%2”") if checked else self.tr("%1 no longer cares about “%2”")
        text = text.replace("%1", person.name).replace("%2", choice.name)
        return self.hand_on(SetStakeholderCriteria(person.id, ids), text)


class RaciModel(TableModel):
    """One row per buying-process stage (stage code, label): the selected person's RACI letter there."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Stage"), self.tr("RACI")]
        self._person: StakeholderRow | None = None

    def key(self, row: tuple[str, str]) -> str:
        return row[0]

    def set_person(self, person: StakeholderRow | None) -> None:
        self._person = person
        self.beginResetModel()  # the letters are the person's: nothing of the last one stays
        self._rows = list(stages().items()) if person is not None else []
        self.endResetModel()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == 1 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.row_at(index.row()) if index.isValid() else None
        if line is None or self._person is None:
            return None
        stage, label = line
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
        line = self.row_at(index.row()) if index.isValid() else None
        if role != Qt.ItemDataRole.EditRole or index.column() != 1 or self._person is None or line is None:
            return False
        from duediligence.operations.people import SetRaci

        stage, label = line
        letter = (value or None) if isinstance(value, str | type(None)) else str(value)
        if letter == self._person.raci_letter(stage):
            return False
        text = self.tr("Set %1's RACI for %2").replace("%1", self._person.name).replace("%2", label.lower())
        return self.hand_on(SetRaci(self._person.id, stage, letter), text)
