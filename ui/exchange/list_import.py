"""Import options or criteria from a list (CSV or .xlsx): map the file's columns, see what each row
becomes, then add them all as one undo step.

import_list(window) asks for the file, reads it (bounded, nothing evaluated), and shows the
column-mapping dialog: each column of the file with a field to import it as (or “ignore”), the first
rows of the file under their mapped headers, and a line per row (added, skipped, or an error naming
row, column and reason). Apply stays disabled while an error remains or nothing would be added.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from duediligence.exchange.list_columns import CRITERIA, GROUP, OPTIONS, TARGET_FIELDS
from duediligence.exchange.list_files import RawTable
from duediligence.exchange.lists import ADD, ERROR, SKIP, ListImportPlan, ListLine
from duediligence.i18n import translate
from ui import dialogs, file_dialogs
from ui.views.table_view import TableView

if TYPE_CHECKING:
    from ui.context import AppContext
    from ui.main_window import MainWindow

Index = QModelIndex | QPersistentModelIndex
PREVIEW_ROWS = 10
EXAMPLES = 3
STATUS_MS = 15_000
FIELD_ROLE = Qt.ItemDataRole.UserRole + 1
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 2
COLOURS = {ADD: "#2e7d32", SKIP: "#757575", ERROR: "#c62828"}
IGNORE = ""  # the mapping's value for a column left out


def tell(parent: QWidget | None, title: str, text: str) -> None:
    """A plain notice (tests replace it)."""
    QMessageBox.information(parent, title, text)


def choose_list_path(parent: QWidget | None) -> str | None:
    path, _ = file_dialogs.open_file_name(
        parent,
        translate("ListImport", "Import options or criteria from a list"),
        "",
        translate(
            "ListImport",
            "Lists (*.csv *.xlsx *.txt *.tsv);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)",
        ),
    )
    return path or None


def field_labels() -> dict[str, str]:
    return {
        IGNORE: translate("ListImport", "(ignore)"),
        "name": translate("ListImport", "Name"),
        "kind": translate("ListImport", "Kind"),
        "vendor": translate("ListImport", "Vendor"),
        "product": translate("ListImport", "Product"),
        "website": translate("ListImport", "Website"),
        "contact": translate("ListImport", "Contact"),
        "notes": translate("ListImport", "Notes"),
        "time_to_results_weeks": translate("ListImport", "Time to results (weeks)"),
        "description": translate("ListImport", "Description"),
        GROUP: translate("ListImport", "Group"),
        "weight": translate("ListImport", "Weight"),
        "scale": translate("ListImport", "Scale"),
        "unit": translate("ListImport", "Unit"),
        "direction": translate("ListImport", "Direction"),
        "must_have": translate("ListImport", "Must-have"),
        "must_have_threshold": translate("ListImport", "Must-have threshold"),
    }


def target_labels() -> dict[str, str]:
    return {
        OPTIONS: translate("ListImport", "Options (alternatives to compare)"),
        CRITERIA: translate("ListImport", "Criteria (what matters)"),
    }


def counted(n: int, target: str) -> str:
    """“1 option”, “3 criteria”: whole words, one string per form for translators."""
    if target == OPTIONS:
        return (
            translate("ListImport", "1 option")
            if n == 1
            else translate("ListImport", "%1 options").replace("%1", str(n))
        )
    return (
        translate("ListImport", "1 criterion")
        if n == 1
        else translate("ListImport", "%1 criteria").replace("%1", str(n))
    )


def kind_labels() -> dict[str, str]:
    return {
        ADD: translate("ListImport", "Will be added"),
        SKIP: translate("ListImport", "Skipped"),
        ERROR: translate("ListImport", "Error"),
    }


def _cell_text(value: Any) -> str:
    from duediligence.exchange.list_files import as_text

    text = as_text(value).replace("\r", " ").replace("\n", " ")
    return text if len(text) <= 80 else text[:79] + "…"


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


# --- models ----------------------------------------------------------------------------------------

COLUMN, FIELD, EXAMPLE = range(3)


class MappingModel(QAbstractTableModel):
    """One row per column of the file: its header, the field it is imported as, a few example values.

    Choosing a field another column already has moves it here (the other column becomes ignored).
    """

    mapping_changed = Signal()

    def __init__(self, table: RawTable, target: str, mapping: dict[int, str], parent: Any = None) -> None:
        super().__init__(parent)
        self.table = table
        self.target = target
        self.mapping = dict(mapping)
        self.headers = [
            translate("ListImport", "Column in the file"),
            translate("ListImport", "Import as"),
            translate("ListImport", "Examples"),
        ]

    def set_target(self, target: str, mapping: dict[int, str]) -> None:
        self.beginResetModel()
        self.target, self.mapping = target, dict(mapping)
        self.endResetModel()
        self.mapping_changed.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.headers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return str(section + 1) if 0 <= section < len(self.table.headers) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == FIELD else base

    def choices(self) -> list[tuple[str, str]]:
        labels = field_labels()
        return [(IGNORE, labels[IGNORE])] + [(f, labels[f]) for f in TARGET_FIELDS[self.target]]

    def examples(self, column: int) -> str:
        found = [_cell_text(cells[column]) for _, cells in self.table.rows if _cell_text(cells[column])]
        return "  ·  ".join(found[:EXAMPLES]) + ("  ·  …" if len(found) > EXAMPLES else "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        chosen = self.mapping.get(row, IGNORE)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COLUMN:
                return self.table.headers[row]
            if column == FIELD:
                return field_labels()[chosen]
            return self.examples(row)
        if role == Qt.ItemDataRole.EditRole and column == FIELD:
            return chosen
        if role == FIELD_ROLE:
            return chosen
        if role == CHOICES_ROLE and column == FIELD:
            return self.choices()
        if role == Qt.ItemDataRole.ForegroundRole and column != FIELD and chosen == IGNORE:
            return QBrush(QColor("#757575"))
        if role == Qt.ItemDataRole.ToolTipRole and column == EXAMPLE:
            return self.examples(row)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != FIELD or role != Qt.ItemDataRole.EditRole:
            return False
        value = value or IGNORE
        if value != IGNORE and value not in TARGET_FIELDS[self.target]:
            return False
        row = index.row()
        if self.mapping.get(row, IGNORE) == value:
            return False
        changed = [row]
        for other, chosen in list(self.mapping.items()):
            if chosen == value and other != row:
                del self.mapping[other]
                changed.append(other)
        if value == IGNORE:
            self.mapping.pop(row, None)
        else:
            self.mapping[row] = value
        for r in changed:
            self.dataChanged.emit(self.index(r, 0), self.index(r, len(self.headers) - 1))
        self.mapping_changed.emit()
        return True

    def set_field(self, column: int, value: str) -> bool:
        """Map the file's column `column` (0-based) to `value` (a field, or IGNORE)."""
        return self.setData(self.index(column, FIELD), value)


class PreviewModel(QAbstractTableModel):
    """The first rows of the file under their headers, each header saying what it is imported as."""

    def __init__(self, mapping: MappingModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.source = mapping
        self.rows = mapping.table.rows[:PREVIEW_ROWS]
        mapping.mapping_changed.connect(self._mapping_changed)
        mapping.modelReset.connect(self._mapping_changed)

    def _mapping_changed(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))
        if self.rowCount() and self.columnCount():
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.ForegroundRole])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.source.table.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.rows):
                return str(self.rows[section][0])  # the row number in the file
            return None
        if not 0 <= section < len(self.source.table.headers):
            return None
        chosen = self.source.mapping.get(section, IGNORE)
        if role == Qt.ItemDataRole.DisplayRole:
            header = self.source.table.headers[section]
            return f"{header}\n→ {field_labels()[chosen]}"
        if role == Qt.ItemDataRole.ForegroundRole and chosen == IGNORE:
            return QBrush(QColor("#757575"))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.rows[index.row()][1][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell_text(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _cell_text(value) or None
        if role == Qt.ItemDataRole.ForegroundRole and self.source.mapping.get(index.column()) is None:
            return QBrush(QColor("#9e9e9e"))
        return None


LINE_KIND, LINE_ROW, LINE_NAME, LINE_COLUMN, LINE_TEXT = range(5)
_ORDER = {ERROR: 0, SKIP: 1, ADD: 2}


class LinesModel(QAbstractTableModel):
    """What each row becomes: errors first (red), then skipped rows, then the rows to add."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[ListLine] = []
        self.headers = [
            translate("ListImport", "Outcome"),
            translate("ListImport", "Row"),
            translate("ListImport", "Name"),
            translate("ListImport", "Column"),
            translate("ListImport", "What happens"),
        ]
        self._icons = {kind: _dot(colour) for kind, colour in COLOURS.items()}

    def set_lines(self, lines: tuple[ListLine, ...]) -> None:
        self.beginResetModel()
        indexed = sorted(enumerate(lines), key=lambda p: (_ORDER[p[1].kind], p[0]))
        self.lines = [line for _, line in indexed]
        self.endResetModel()

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
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line, column = self.lines[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == LINE_KIND:
                return kind_labels()[line.kind]
            if column == LINE_ROW:
                return str(line.row) if line.row else ""
            if column == LINE_NAME:
                return line.name
            if column == LINE_COLUMN:
                return line.column or ""
            return line.text[:1].upper() + line.text[1:]
        if role == Qt.ItemDataRole.ToolTipRole:
            return line.sentence
        if role == Qt.ItemDataRole.DecorationRole and column == LINE_KIND:
            return self._icons[line.kind]
        if role == Qt.ItemDataRole.ForegroundRole and line.kind == ERROR:
            return QBrush(QColor(COLOURS[ERROR]))
        if role == Qt.ItemDataRole.BackgroundRole and line.kind == ERROR:
            return QBrush(QColor(198, 40, 40, 28))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == LINE_ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def count(self, kind: str) -> int:
        return sum(1 for line in self.lines if line.kind == kind)


class FieldDelegate(QStyledItemDelegate):
    """A combo box of the target's fields (kept open on every row); it commits as soon as one is picked."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(
            translate("ListImport", "Import the column “%1” as").replace(
                "%1", str(index.siblingAtColumn(0).data())
            )
        )
        for code, label in index.data(CHOICES_ROLE) or []:
            combo.addItem(label, code)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(max(size.width(), 220), max(size.height(), 30))


# --- the dialog ------------------------------------------------------------------------------------


def _table_view(parent: QWidget, name: str) -> QTableView:
    view = TableView(parent)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    return view


class ListImportDialog(QDialog):
    """The column mapping, the preview and the outcome per row; `plan` is what Apply would import."""

    def __init__(
        self,
        context: AppContext,
        evaluation_id: int,
        table: RawTable,
        target: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        from duediligence.exchange.list_columns import infer_target, suggest_mapping

        super().__init__(parent)
        self.context, self.evaluation_id, self.table = context, evaluation_id, table
        self.setWindowTitle(translate("ListImport", "Import from “%1”").replace("%1", table.path.name))
        self.resize(1040, 780)
        target = target or infer_target(table.headers)
        self.plan: ListImportPlan | None = None

        self.intro = QLabel(self._intro(), self)
        self.intro.setWordWrap(True)
        self.target_combo = QComboBox(self)
        for code, label in target_labels().items():
            self.target_combo.addItem(label, code)
        self.target_combo.setCurrentIndex(self.target_combo.findData(target))
        self.target_combo.setAccessibleName(translate("ListImport", "Import the rows as"))
        as_label = QLabel(translate("ListImport", "Import the rows as:"), self)
        as_label.setBuddy(self.target_combo)
        chooser = QHBoxLayout()
        chooser.addWidget(as_label)
        chooser.addWidget(self.target_combo)
        chooser.addStretch(1)

        self.mapping_model = MappingModel(table, target, suggest_mapping(table.headers, target), self)
        self.mapping_view = _table_view(
            self, translate("ListImport", "Columns of the file and what they are imported as")
        )
        self.mapping_view.setModel(self.mapping_model)
        self.mapping_view.setItemDelegateForColumn(FIELD, FieldDelegate(self.mapping_view))
        self.mapping_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.mapping_view.verticalHeader().setDefaultSectionSize(34)
        header = self.mapping_view.horizontalHeader()
        header.resizeSection(COLUMN, 220)
        header.resizeSection(FIELD, 260)
        header.setSectionResizeMode(EXAMPLE, QHeaderView.ResizeMode.Stretch)
        self._open_editors()

        self.preview_model = PreviewModel(self.mapping_model, self)
        self.preview_view = _table_view(self, translate("ListImport", "The first rows of the file"))
        self.preview_view.setModel(self.preview_model)
        self.preview_view.horizontalHeader().setDefaultSectionSize(150)
        self.preview_view.horizontalHeader().setMinimumSectionSize(60)

        self.lines_model = LinesModel(self)
        self.lines_view = _table_view(self, translate("ListImport", "What each row of the file becomes"))
        self.lines_view.setModel(self.lines_model)
        self.lines_view.verticalHeader().hide()
        lines_header = self.lines_view.horizontalHeader()
        for column, width in ((LINE_KIND, 130), (LINE_ROW, 50), (LINE_NAME, 200), (LINE_COLUMN, 140)):
            lines_header.resizeSection(column, width)
        lines_header.setSectionResizeMode(LINE_TEXT, QHeaderView.ResizeMode.Stretch)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        for title, view in (
            (
                translate(
                    "ListImport", "<b>Columns</b>: choose what each column of the file is imported as."
                ),
                self.mapping_view,
            ),
            (
                translate("ListImport", "<b>Preview</b>: the first %1 rows of the file.").replace(
                    "%1", str(min(PREVIEW_ROWS, len(table.rows)))
                ),
                self.preview_view,
            ),
            (translate("ListImport", "<b>Rows</b>: what each row becomes."), self.lines_view),
        ):
            box = QWidget(splitter)
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 4, 0, 0)
            label = QLabel(title, box)
            label.setTextFormat(Qt.TextFormat.RichText)
            inner.addWidget(label)
            inner.addWidget(view, 1)
            splitter.addWidget(box)
        self.splitter = splitter
        self._size_sections()

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = self.buttons.addButton(
            translate("ListImport", "Add"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(chooser)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.target_combo.currentIndexChanged.connect(
            lambda _i: self.set_target(self.target_combo.currentData())
        )
        self.mapping_model.mapping_changed.connect(self.replan)
        self.replan()

    # -- behaviour ------------------------------------------------------------------------------------

    @property
    def target(self) -> str:
        return self.mapping_model.target

    def set_target(self, target: str) -> None:
        """Switch between options and criteria; the mapping is guessed again for the new target."""
        from duediligence.exchange.list_columns import suggest_mapping

        if target == self.target:
            return
        if self.target_combo.currentData() != target:
            self.target_combo.setCurrentIndex(self.target_combo.findData(target))
            return  # the combo's signal comes back here
        self.mapping_model.set_target(target, suggest_mapping(self.table.headers, target))
        self._open_editors()

    def _size_sections(self) -> None:
        """The mapping shows up to nine columns of the file, the preview its rows; the lines get the rest."""
        self.preview_view.resizeColumnsToContents()
        header = self.preview_view.horizontalHeader()
        for column in range(self.preview_model.columnCount()):
            header.resizeSection(column, max(90, min(header.sectionSize(column) + 16, 260)))
        title = self.fontMetrics().height() + 12  # the section's label and margins
        row = self.mapping_view.verticalHeader().defaultSectionSize()
        mapping_header = self.mapping_view.horizontalHeader().sizeHint().height()
        mapping = title + mapping_header + row * min(max(self.mapping_model.rowCount(), 1), 7) + 4
        preview_row = self.preview_view.verticalHeader().defaultSectionSize()
        preview_header = self.preview_view.horizontalHeader().sizeHint().height()
        shown = min(max(len(self.preview_model.rows), 1), PREVIEW_ROWS)
        preview = title + preview_header + preview_row * shown + 4
        preview += self.preview_view.horizontalScrollBar().sizeHint().height()
        self.splitter.setSizes([mapping, preview, 200])

    def _open_editors(self) -> None:
        for row in range(self.mapping_model.rowCount()):
            self.mapping_view.openPersistentEditor(self.mapping_model.index(row, FIELD))

    def replan(self) -> None:
        from duediligence.exchange.lists import plan_list_import

        try:
            self.plan = self.context.read(
                plan_list_import,
                self.evaluation_id,
                self.table,
                self.target,
                dict(self.mapping_model.mapping),
            )
        except Exception as exc:  # a workbook that went away: say so, never a traceback in a slot
            self.plan = None
            self.lines_model.set_lines(())
            self._show_status(str(exc), error=True)
            self.apply_button.setEnabled(False)
            return
        self.lines_model.set_lines(self.plan.lines)
        self._update()

    def _update(self) -> None:
        plan = self.plan
        assert plan is not None
        errors, adds, skips = len(plan.errors), len(plan.rows), len(plan.skipped)
        if errors:
            problems = (
                translate("ListImport", "1 problem")
                if errors == 1
                else translate("ListImport", "%1 problems").replace("%1", str(errors))
            )
            text = translate(
                "ListImport",
                "%1 (the red lines say where and why): change the column mapping above, or correct "
                "the file and import it again. Nothing is added until then.",
            ).replace("%1", problems)
        elif not adds:
            text = translate("ListImport", "Nothing to add: every row is skipped or empty.")
        else:
            text = translate("ListImport", "Adds %1 as one step; Edit ▸ Undo takes them all back.").replace(
                "%1", counted(adds, self.target)
            )
            if plan.new_groups:
                text += " " + translate("ListImport", "New criterion groups: %1.").replace(
                    "%1", ", ".join(plan.new_groups)
                )
            if skips:
                text += " " + (
                    translate("ListImport", "1 row skipped.")
                    if skips == 1
                    else translate("ListImport", "%1 rows skipped.").replace("%1", str(skips))
                )
        self._show_status(text, error=bool(errors))
        self.apply_button.setEnabled(plan.can_apply)
        self.apply_button.setText(
            translate("ListImport", "Add %1").replace("%1", counted(adds, self.target))
            if adds
            else translate("ListImport", "Add")
        )
        self.apply_button.setToolTip(text)

    def _show_status(self, text: str, *, error: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {COLOURS[ERROR]}; font-weight: bold;" if error else "")

    def _intro(self) -> str:
        table = self.table
        where = translate("ListImport", "sheet “%1”").replace("%1", table.sheet) if table.sheet else ""
        if table.delimiter is not None:
            names = {
                ",": translate("ListImport", "commas"),
                ";": translate("ListImport", "semicolons"),
                "\t": translate("ListImport", "tabs"),
            }
            where = translate("ListImport", "separated by %1").replace(
                "%1", names.get(table.delimiter, table.delimiter)
            )
        n = len(table.rows)
        rows = (
            translate("ListImport", "1 row")
            if n == 1
            else translate("ListImport", "%1 rows").replace("%1", str(n))
        )
        text = translate("ListImport", "“%1”: %2 below the header in row %3 (%4).")
        return (
            text.replace("%1", table.path.name)
            .replace("%2", rows)
            .replace("%3", str(table.header_row))
            .replace("%4", where)
            + " "
            + translate(
                "ListImport", "Values are read as text or numbers; nothing in the file is calculated."
            )
        )

    def accept(self) -> None:
        if self.plan is None or not self.plan.can_apply:
            return
        super().accept()

    @classmethod
    def ask(
        cls, context: AppContext, evaluation_id: int, table: RawTable, parent: QWidget | None
    ) -> ListImportPlan | None:
        """The plan to import, or None when the user cancels."""
        dialog = cls(context, evaluation_id, table, None, parent)
        return dialog.plan if dialog.exec() == QDialog.DialogCode.Accepted else None


# --- the command -----------------------------------------------------------------------------------


def import_list(window: MainWindow, path: str | Path | None = None) -> bool:
    """File ▸ Import options or criteria from a list…: read, map, review, then add as one undo step."""
    from duediligence.errors import WorkbookError
    from duediligence.exchange.list_files import read_table

    title = translate("ListImport", "Import options or criteria from a list")
    if window.context.db is None:
        return False
    evaluation_id = window.evaluation_view.evaluation_id
    if evaluation_id is None:
        tell(
            window,
            title,
            translate("ListImport", "Select the evaluation to add the options or criteria to first."),
        )
        return False
    path = path or choose_list_path(window)
    if not path:
        return False
    target = Path(path)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        table = read_table(target)
    except (WorkbookError, OSError) as exc:
        QGuiApplication.restoreOverrideCursor()
        dialogs.show_error(
            window, translate("ListImport", "Cannot import “%1”").replace("%1", target.name), str(exc)
        )
        return False
    QGuiApplication.restoreOverrideCursor()
    plan = ListImportDialog.ask(window.context, evaluation_id, table, window)
    if plan is None:
        return False
    return submit_plan(window, plan, target)


def submit_plan(window: MainWindow, plan: ListImportPlan, path: Path) -> bool:
    """Add the plan's rows as one undo step; a refusal (someone changed the workbook meanwhile, a name
    taken since) is shown and nothing is added."""
    if plan.target == OPTIONS:
        text = translate("ListImport", "Import options from “%1”").replace("%1", path.name)
    else:
        text = translate("ListImport", "Import criteria from “%1”").replace("%1", path.name)
    done = translate("ListImport", "Added %1 from “%2”; Edit ▸ Undo takes them back.")
    try:
        window.context.submit(plan.operation(), text)
    except Exception as exc:
        dialogs.show_error(
            window, text, translate("ListImport", "%1 Nothing was added.").replace("%1", str(exc))
        )
        return False
    window.statusBar().showMessage(
        done.replace("%1", counted(len(plan.rows), plan.target)).replace("%2", path.name), STATUS_MS
    )
    return True
