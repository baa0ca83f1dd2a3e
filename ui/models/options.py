"""The options of one evaluation as an editable table over `OptionRow`s; edits become UpdateRow operations
handed to a callback (the view submits them and reports refusals, never the model)."""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QObject,
    Qt,
)
from PySide6.QtGui import QFont

from duediligence.enums import OptionKind
from duediligence.i18n import translate
from ui.models.table import Index, TableModel
from ui.theme import muted_brush

if TYPE_CHECKING:
    from duediligence.decision.matrix import OptionRow

ROW_ROLE = Qt.ItemDataRole.UserRole  # the whole OptionRow


def kind_labels() -> dict[str, str]:
    """Each kind of alternative in the buyer's words."""
    return {
        OptionKind.VENDOR_PRODUCT.value: translate("Options", "Vendor product"),
        OptionKind.BUILD.value: translate("Options", "Build in-house"),
        OptionKind.EXTEND.value: translate("Options", "Extend what we have"),
        OptionKind.DO_NOTHING.value: translate("Options", "Do nothing"),
        OptionKind.OTHER.value: translate("Options", "Other"),
    }


def alternative_paths() -> list[tuple[str, str]]:
    """(kind, default name) of the paths a buyer should always weigh besides buying."""
    labels = kind_labels()
    kinds = (OptionKind.BUILD.value, OptionKind.EXTEND.value, OptionKind.DO_NOTHING.value)
    return [(kind, labels[kind]) for kind in kinds]


def unique_name(base: str, taken: Iterable[str]) -> str:
    """`base`, or `base 2`, `base 3`… — the first one no other option has."""
    used = {name.casefold() for name in taken}
    if base.casefold() not in used:
        return base
    n = 2
    while f"{base} {n}".casefold() in used:
        n += 1
    return f"{base} {n}"


class Col(IntEnum):
    NAME = 0
    KIND = 1
    VENDOR = 2
    PRODUCT = 3
    EXCLUDED = 4
    REASON = 5


FIELDS = {Col.NAME: "name", Col.KIND: "kind", Col.VENDOR: "vendor", Col.PRODUCT: "product"}
FIELDS |= {Col.EXCLUDED: "excluded", Col.REASON: "exclusion_reason"}


class OptionsModel(TableModel):
    """One row per option in the evaluation's order; excluded options stay, dimmed, with their reason."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        headers = {
            Col.NAME: self.tr("Option"), Col.KIND: self.tr("Kind"), Col.VENDOR: self.tr("Vendor"),
            Col.PRODUCT: self.tr("Product"), Col.EXCLUDED: self.tr("Excluded"),
            Col.REASON: self.tr("Why excluded"),
        }  # fmt: skip
        self._headers = [headers[c] for c in Col]

    def option_at(self, row: int) -> OptionRow | None:
        return self.row_at(row)  # type: ignore[no-any-return]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == Col.EXCLUDED:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], Col(index.column())
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            if col == Col.KIND:
                return kind_labels().get(row.kind, row.kind)
            return None if col == Col.EXCLUDED else getattr(row, FIELDS[col])
        if role == Qt.ItemDataRole.EditRole:
            return None if col == Col.EXCLUDED else getattr(row, FIELDS[col])
        if role == Qt.ItemDataRole.CheckStateRole and col == Col.EXCLUDED:
            return Qt.CheckState.Checked if row.excluded else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == Qt.ItemDataRole.ForegroundRole and row.excluded:
            return muted_brush()
        if role == Qt.ItemDataRole.FontRole and row.excluded and col == Col.NAME:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _tooltip(self, row: OptionRow, col: Col) -> str | None:
        if row.excluded:
            reason = row.exclusion_reason or self.tr("no reason given yet")
            return self.tr("Excluded from the ranking: %1").replace("%1", reason)
        if col in (Col.NAME, Col.VENDOR, Col.PRODUCT, Col.REASON):
            return getattr(row, FIELDS[col]) or None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Build the edit as an UpdateRow and hand it to `commit`; the stored row changes only via reload."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        from duediligence.operations.edits import UpdateRow

        row, col = self._rows[index.row()], Col(index.column())
        if col == Col.EXCLUDED:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            value = _checked(value)
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif isinstance(value, str) and col != Col.KIND:
            value = value.strip() if col == Col.NAME else value
        field = FIELDS[col]
        if getattr(row, field) == value:
            return False
        text = self.tr("Edit %1 of “%2”").replace("%1", self._headers[col].lower()).replace("%2", row.name)
        return self.hand_on(UpdateRow("option", row.id, {field: value}), text)


def _checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return value == Qt.CheckState.Checked.value
