"""File ▸ Import from Excel…: every difference the file would make, to accept, skip or resolve first.

One row per diff line. Changes, additions and removals are ticked (untick to skip); a conflict (the
app and the file both changed a value since the export) needs a choice; an error line blocks Apply
until the file is corrected. Apply returns the choices; the caller builds the one operation.
"""

from __future__ import annotations

from datetime import date, datetime
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from duediligence.exchange.lines import ADDED, CHANGED, CONFLICT, ERROR, IGNORED, REMOVED, sheet_ref
from duediligence.i18n import PLURAL, translate
from ui import file_dialogs
from ui.numbers import format_number
from ui.views.table_view import TableView

if TYPE_CHECKING:
    from duediligence.exchange.commands import ImportPlan
    from duediligence.exchange.lines import Line

Index = QModelIndex | QPersistentModelIndex
KIND, WHERE, WHAT, APP, FILE, DECISION = range(6)
APP_SIDE, FILE_SIDE = "app", "file"
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1
LINE_ROLE = Qt.ItemDataRole.UserRole + 2
COLOURS = {
    ADDED: "#2e7d32",
    CHANGED: "#1565c0",
    REMOVED: "#6d4c41",
    CONFLICT: "#e65100",
    ERROR: "#c62828",
    IGNORED: "#757575",
}
ORDER = {ERROR: 0, CONFLICT: 1, CHANGED: 2, ADDED: 3, REMOVED: 4, IGNORED: 5}


def kind_labels() -> dict[str, str]:
    return {
        ADDED: translate("ImportDialog", "Added"),
        CHANGED: translate("ImportDialog", "Changed"),
        REMOVED: translate("ImportDialog", "Removed"),
        CONFLICT: translate("ImportDialog", "Conflict"),
        ERROR: translate("ImportDialog", "Error"),
        IGNORED: translate("ImportDialog", "Not imported"),
    }


def choice_labels() -> dict[str | None, str]:
    return {
        None: translate("ImportDialog", "Choose…"),
        APP_SIDE: translate("ImportDialog", "Keep the app's value"),
        FILE_SIDE: translate("ImportDialog", "Take the file's value"),
    }


def _dot(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


def shown(value: Any) -> str:
    """A value as the user reads it: numbers in the locale, text in quotes, nothing as “(empty)”."""
    if value is None or value == "":
        return translate("ImportDialog", "(empty)")
    if isinstance(value, bool):
        return translate("ImportDialog", "yes") if value else translate("ImportDialog", "no")
    if isinstance(value, int | float):
        return format_number(value)
    if isinstance(value, date | datetime):
        return value.isoformat()[:10]
    if isinstance(value, dict):  # an added row: its name
        for key in ("name", "title", "label", "text"):
            if value.get(key):
                return shown(value[key])
        return translate("ImportDialog", "(new row)")
    text = str(value).replace("\n", " ")
    return f"“{text[:57]}…”" if len(text) > 60 else f"“{text}”"


def where_text(line: Line) -> str:
    """The cell as the spreadsheet names it ("Matrix!G2"), and the column's header where the What
    column's label does not already say it (a score's option)."""
    if line.cell:
        place = f"{sheet_ref(line.sheet)}!{line.cell}"
    elif line.row:
        place = " · ".join([line.sheet, translate("ImportDialog", "row %1").replace("%1", str(line.row))])
    else:
        place = line.sheet
    if line.column and line.column not in line.label:
        place += f" · {line.column}"
    return place


def what_text(line: Line) -> str:
    """What the line is about and what happens, without the place the Where column gives."""
    label, detail = line.label, line.detail or line.sentence
    if line.kind == CHANGED:
        return label
    if line.kind == CONFLICT and line.column:
        exported = translate("ImportDialog", "Both changed since the export, which had %1.").replace(
            "%1", shown(line.old)
        )
        return f"{label}\n{exported}" if label else exported
    detail = detail[:1].upper() + detail[1:]
    return f"{label}: {detail}" if label else detail


def skippable(line: Line) -> bool:
    """A change, addition or removal of its own (not a part of a new evaluation, which comes whole)."""
    return line.kind in (ADDED, CHANGED, REMOVED) and line.edit is not None


class ImportLinesModel(QAbstractTableModel):
    """The diff lines (errors and conflicts first), with a tick or a choice per line."""

    decisions_changed = Signal()

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        indexed = list(enumerate(plan.lines))
        self.lines: list[Line] = [line for _, line in sorted(indexed, key=lambda p: (ORDER[p[1].kind], p[0]))]
        self.skipped: set[str] = set()
        self.resolutions: dict[str, str] = {}
        self.headers = [
            translate("ImportDialog", "Kind"),
            translate("ImportDialog", "Where"),
            translate("ImportDialog", "What"),
            translate("ImportDialog", "In the app"),
            translate("ImportDialog", "In the file"),
            translate("ImportDialog", "Import"),
        ]
        self._icons = {kind: _dot(colour) for kind, colour in COLOURS.items()}

    # -- structure ------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == DECISION:
            line = self.lines[index.row()]
            kind = line.kind
            if kind in (ADDED, CHANGED, REMOVED) and line.edit is not None:
                return base | Qt.ItemFlag.ItemIsUserCheckable
            if kind == CONFLICT:
                return base | Qt.ItemFlag.ItemIsEditable
        return base

    # -- cells ----------------------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line, column = self.lines[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return line.sentence
        if role == LINE_ROLE:
            return line
        if column == KIND:
            if role == Qt.ItemDataRole.DecorationRole:
                return self._icons[line.kind]
            if role == Qt.ItemDataRole.ForegroundRole and line.kind in (CONFLICT, ERROR):
                return QBrush(QColor(COLOURS[line.kind]))
        if column == DECISION:
            if role == Qt.ItemDataRole.CheckStateRole and skippable(line):
                return Qt.CheckState.Unchecked if line.key in self.skipped else Qt.CheckState.Checked
            if role == Qt.ItemDataRole.EditRole and line.kind == CONFLICT:
                return self.resolutions.get(line.key)
            if role == CHOICES_ROLE and line.kind == CONFLICT:
                return [(APP_SIDE, choice_labels()[APP_SIDE]), (FILE_SIDE, choice_labels()[FILE_SIDE])]
            if (
                role == Qt.ItemDataRole.ForegroundRole
                and line.kind == CONFLICT
                and line.key not in self.resolutions
            ):
                return QBrush(QColor(COLOURS[CONFLICT]))
        if role == Qt.ItemDataRole.FontRole and line.kind == CONFLICT and line.key not in self.resolutions:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font if column in (KIND, DECISION) else None
        return None

    def _text(self, line: Line, column: int) -> str:
        if column == KIND:
            return kind_labels()[line.kind]
        if column == WHERE:
            return where_text(line)
        if column == WHAT:
            return what_text(line)
        if column == APP:
            if line.kind == CONFLICT:
                return shown(line.app) if line.column else ""
            if line.kind in (CHANGED, REMOVED):
                return shown(line.old)
            return translate("ImportDialog", "(not there)") if line.kind == ADDED else ""
        if column == FILE:
            if line.kind in (CHANGED, CONFLICT, ADDED):
                return shown(line.new) if (line.column or line.kind == ADDED) else ""
            return translate("ImportDialog", "(removed)") if line.kind == REMOVED else ""
        if line.kind in (ADDED, CHANGED, REMOVED) and line.edit is None:
            return translate("ImportDialog", "Included")  # part of a new evaluation, which comes in whole
        if line.kind in (ADDED, CHANGED, REMOVED):
            return (
                translate("ImportDialog", "Skip")
                if line.key in self.skipped
                else translate("ImportDialog", "Apply")
            )
        if line.kind == CONFLICT:
            return choice_labels()[self.resolutions.get(line.key)]
        return (
            translate("ImportDialog", "Cannot import")
            if line.kind == ERROR
            else translate("ImportDialog", "Left out")
        )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != DECISION:
            return False
        line = self.lines[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and skippable(line):
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            (self.skipped.discard if checked else self.skipped.add)(line.key)
        elif role == Qt.ItemDataRole.EditRole and line.kind == CONFLICT and value in (APP_SIDE, FILE_SIDE):
            self.resolutions[line.key] = value
        else:
            return False
        first, last = self.index(index.row(), 0), self.index(index.row(), len(self.headers) - 1)
        self.dataChanged.emit(first, last)
        self.decisions_changed.emit()
        return True

    def resolve_all(self, side: str) -> None:
        for row, line in enumerate(self.lines):
            if line.kind == CONFLICT:
                self.setData(self.index(row, DECISION), side)

    # -- the outcome ----------------------------------------------------------------------------------

    def count(self, *kinds: str) -> int:
        return sum(1 for line in self.lines if line.kind in kinds)

    def open_conflicts(self) -> int:
        return sum(1 for line in self.lines if line.kind == CONFLICT and line.key not in self.resolutions)

    def accepted(self) -> int:
        """Lines Apply would write: ticked changes and conflicts resolved as the file's value."""
        ticked = sum(1 for ln in self.lines if skippable(ln) and ln.key not in self.skipped)
        return ticked + sum(1 for v in self.resolutions.values() if v == FILE_SIDE)


class RoomyDelegate(QStyledItemDelegate):
    """Rows with a little air above and below wrapped text."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 8)


class ChoiceDelegate(RoomyDelegate):
    """A combo box for a conflict's choice (kept open on every conflict row); it commits when picked."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        choices = index.data(CHOICES_ROLE)
        if not choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setAccessibleName(translate("ImportDialog", "Conflict: which value to keep"))
        combo.setPlaceholderText(choice_labels()[None])
        for code, label in choices:
            combo.addItem(label, code)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.findData(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox) and editor.currentIndex() >= 0:
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ImportDialog(QDialog):
    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name = plan.path.name
        self.setWindowTitle(translate("ImportDialog", "Import from “%1”").replace("%1", name))
        self.resize(1120, 560)
        self.plan = plan
        self.model = ImportLinesModel(plan, self)
        self.intro = QLabel(self._intro())
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        self.table = TableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(RoomyDelegate(self.table))
        self.table.setItemDelegateForColumn(DECISION, ChoiceDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(translate("ImportDialog", "What the import changes"))
        header = self.table.horizontalHeader()
        for column, width in ((KIND, 120), (WHERE, 190), (APP, 130), (FILE, 130), (DECISION, 200)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        for row, line in enumerate(self.model.lines):
            if line.kind == CONFLICT:
                self.table.openPersistentEditor(self.model.index(row, DECISION))
        header.sectionResized.connect(lambda *_a: self._fit_rows())
        if self.model.lines:  # keyboard focus starts on the first line's decision, nothing selected
            first = self.model.index(0, DECISION)
            self.table.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.keep_all = QPushButton(
            translate("ImportDialog", "Keep the app's values in every conflict"), self
        )
        self.take_all = QPushButton(
            translate("ImportDialog", "Take the file's values in every conflict"), self
        )
        self.keep_all.clicked.connect(lambda: self.model.resolve_all(APP_SIDE))
        self.take_all.clicked.connect(lambda: self.model.resolve_all(FILE_SIDE))
        conflicts = QHBoxLayout()
        conflicts.addWidget(self.keep_all)
        conflicts.addWidget(self.take_all)
        conflicts.addStretch(1)
        for button in (self.keep_all, self.take_all):
            button.setVisible(self.model.count(CONFLICT) > 0)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = self.buttons.addButton(
            translate("ImportDialog", "Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.model.decisions_changed.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(conflicts)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_rows()  # wrapped text needs the final column widths

    def _fit_rows(self) -> None:
        if len(self.model.lines) <= 2000:  # beyond that, one line per row keeps the dialog quick
            self.table.resizeRowsToContents()

    def _intro(self) -> str:
        parts = []
        for evaluation in self.plan.evaluations:
            title = escape(evaluation.title)
            if evaluation.target_id is None:
                what = translate("ImportDialog", "<b>%1</b> comes in as a <b>new evaluation</b> (%2).")
            else:
                what = translate("ImportDialog", "<b>%1</b>: the changes below go into this evaluation (%2).")
            parts.append(what.replace("%1", title).replace("%2", escape(evaluation.reason)))
        model = self.model
        counts = [
            (model.count(CHANGED), translate("ImportDialog", "%n changed")),
            (model.count(ADDED), translate("ImportDialog", "%n added")),
            (model.count(REMOVED), translate("ImportDialog", "%n removed")),
            (model.count(CONFLICT), translate("ImportDialog", "%n in conflict")),
            (model.count(ERROR), translate("ImportDialog", "%n cannot be imported")),
            (model.count(IGNORED), translate("ImportDialog", "%n left out")),
        ]
        listed = ", ".join(text.replace("%n", str(n)) for n, text in counts if n)
        if listed:
            parts.append(translate("ImportDialog", "Values: %1.").replace("%1", listed))
        return "<br>".join(parts)

    def _update(self) -> None:
        model = self.model
        errors, open_conflicts = model.count(ERROR), model.open_conflicts()
        new = any(e.target_id is None for e in self.plan.evaluations)
        if errors:
            text = translate(
                "ImportDialog",
                "%n value(s) in the file cannot be imported (the red lines say why). Correct them in the "
                "file, save it and import it again: nothing is imported until then.",
                None,
                PLURAL,
                int(errors),
            )
        elif open_conflicts:
            text = translate(
                "ImportDialog",
                "%n conflict(s): the app and the file both changed the same value since the export. "
                "For each, choose in the Import column whether to keep the app's value or take the "
                "file's, or use the buttons above.",
                None,
                PLURAL,
                int(open_conflicts),
            )
        elif not model.accepted() and not new and not model.count(ADDED, CHANGED, REMOVED):
            text = translate(
                "ImportDialog",
                "No changes to import: the lines above are left out, and Apply would change nothing.",
            )
        elif not model.accepted() and not new:
            text = translate("ImportDialog", "Nothing is ticked: Apply would change nothing.")
        else:
            text = translate(
                "ImportDialog",
                "Apply imports the ticked lines as one step; Edit ▸ Undo takes the whole import back. "
                "A backup of the workbook is taken first.",
            )
        self.status.setText(text)
        colour = COLOURS[ERROR] if errors else COLOURS[CONFLICT] if open_conflicts else ""
        self.status.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")
        self.apply_button.setEnabled(not errors and not open_conflicts and (model.accepted() > 0 or new))
        self.apply_button.setToolTip(text)

    def choices(self) -> tuple[dict[str, str], set[str]]:
        """(resolutions by conflict key, keys of skipped lines), as ImportPlan.operation takes them."""
        return dict(self.model.resolutions), set(self.model.skipped)

    @classmethod
    def ask(cls, plan: ImportPlan, parent: QWidget | None) -> tuple[dict[str, str], set[str]] | None:
        """The user's choices, or None when they cancel."""
        dialog = cls(plan, parent)
        return dialog.choices() if dialog.exec() == QDialog.DialogCode.Accepted else None


def choose_import_path(parent: QWidget | None) -> str | None:
    path, _ = file_dialogs.open_file_name(
        parent,
        translate("ImportDialog", "Import from Excel"),
        "",
        translate("ImportDialog", "Excel workbooks (*.xlsx);;All files (*)"),
    )
    return path or None
