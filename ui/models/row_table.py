"""An editable table over frozen query rows: each column names a stored field and how it is typed.

Edits become operations handed to `commit` (the view submits them and reports refusals; a model never
shows a message). Stored values change only when the view reloads the rows after the edit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt

from ui.models.table import Index, TableModel
from ui.numbers import day_edit_value, format_day, format_number, raw_number, typed_day, typed_number

ROW_ROLE = Qt.ItemDataRole.UserRole  # the whole frozen row
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1  # [(stored value, label)] for a choice column
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # the column's kind, for the delegate

TEXT, NUMBER, CHOICE, DATE, FLAG, READONLY = "text", "number", "choice", "date", "flag", "readonly"


@dataclass(frozen=True)
class Field:
    """One column: the row attribute it shows, its header, how it is edited and where it is stored."""

    key: str
    header: str
    kind: str = TEXT
    store: str | None = None  # the stored field when it differs from `key` (e.g. stakeholder_id)
    choices: Callable[[], list[tuple[Any, str]]] | None = None
    show: Callable[[Any], str] | None = None  # display text for the row (read-only columns)

    @property
    def field(self) -> str:
        return self.store or self.key


class RowTableModel(TableModel):
    """Rows are frozen dataclasses with an `id`; `table` is where they are stored; one `Field` per column."""

    table = ""

    def __init__(self, fields: Sequence[Field], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fields = list(fields)

    @property
    def fields(self) -> list[Field]:
        return self._fields

    @fields.setter
    def fields(self, fields: Sequence[Field]) -> None:
        """The columns (set once, before the first rows): their headers follow."""
        self._fields = list(fields)
        self._headers = [f.header for f in self._fields]

    def column_of(self, key: str) -> int:
        return next(i for i, f in enumerate(self.fields) if f.key == key)

    def describe(self, row: Any) -> str:
        """How an undo step names the row (its name, title or subject)."""
        for attribute in ("name", "title", "subject", "group_name"):
            if getattr(row, attribute, None):
                return str(getattr(row, attribute))
        return str(row.id)

    # ---------------------------------------------------------------- Qt model

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        kind = self.fields[index.column()].kind
        if kind == FLAG:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base if kind == READONLY else base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        field = self.fields[index.column()]
        value = getattr(row, field.key, None)
        if role == ROW_ROLE:
            return row
        if role == KIND_ROLE:
            return field.kind
        if role == CHOICES_ROLE:
            return field.choices() if field.choices else None
        if role == Qt.ItemDataRole.DisplayRole:
            return None if field.kind == FLAG else self.display(row, field, value)
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_value(field, value)
        if role == Qt.ItemDataRole.CheckStateRole and field.kind == FLAG:
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and field.kind == NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and field.kind in (TEXT, READONLY):
            text, tip = self.display(row, field, value), self.decorate(row, field, role)
            if text and len(text) > 30:  # long texts are cut in the cell: show them whole
                return f"{text}\n\n{tip}" if tip else text
            return tip
        return self.decorate(row, field, role)

    def display(self, row: Any, field: Field, value: Any) -> str:
        if field.show is not None:
            return field.show(row)
        if value is None:
            return ""
        if field.kind == CHOICE and field.choices is not None:
            return dict(field.choices()).get(value, str(value))
        if isinstance(value, date):
            return format_day(value)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return format_number(value)
        return str(value)

    def edit_value(self, field: Field, value: Any) -> Any:
        """Dates as a QDate for the date editor (null: none); numbers with every digit they have."""
        if field.kind == DATE:
            return day_edit_value(value)
        if field.kind == NUMBER:
            return raw_number(value)
        return value

    def decorate(self, row: Any, field: Field, role: int) -> Any:
        """Colours, fonts and tooltips of one cell; subclasses add theirs."""
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or self.commit is None:
            return False
        field = self.fields[index.column()]
        if field.kind == FLAG:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            value = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        elif role != Qt.ItemDataRole.EditRole or field.kind == READONLY:
            return False
        elif field.kind == DATE:
            value = typed_day(value)
        elif field.kind == NUMBER:
            value = typed_number(value)
        if getattr(row, field.key, None) == value:
            return False
        text = (
            self.tr("Edit %1 of “%2”").replace("%1", field.header.lower()).replace("%2", self.describe(row))
        )
        return self.hand_on(self.update(row, field.field, value), text)

    def update(self, row: Any, field: str, value: Any) -> Any:
        """The operation that stores one edited field."""
        from duediligence.operations.edits import UpdateRow

        return UpdateRow(self.table, row.id, {field: value})
