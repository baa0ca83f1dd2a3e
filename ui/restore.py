"""File ▸ Restore from backup…: pick one of the open workbook's backups and bring it back."""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QLocale,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from duediligence.i18n import translate
from ui import dialogs
from ui.models.table import Index, TableModel
from ui.numbers import format_moment
from ui.views.table_view import TableView

if TYPE_CHECKING:
    from duediligence.storage.backups import BackupInfo
    from ui.main_window import MainWindow


def reason_label(reason: str) -> str:
    return {
        "open": translate("Restore", "When the workbook was opened"),
        "periodic": translate("Restore", "While editing"),
        "before-migration": translate("Restore", "Before upgrading the file"),
        "before-import": translate("Restore", "Before an import"),
        "before-restore": translate("Restore", "Before a restore"),
        "manual": translate("Restore", "Taken by hand (always kept)"),
    }.get(reason, reason)


class BackupsModel(TableModel):
    """The backups, newest first: when, why, how big."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        headers = [translate("Restore", "Taken"), translate("Restore", "Why"), translate("Restore", "Size")]
        super().__init__(parent, headers)
        self.set_rows(backups)

    def key(self, row: BackupInfo) -> Hashable:
        return row.path

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        backup = self.row_at(index.row())
        if index.column() == 0:
            return format_moment(backup.taken_at)  # four-digit year
        if index.column() == 1:
            return reason_label(backup.reason)
        return QLocale().formattedDataSize(backup.size)


class RestoreDialog(QDialog):
    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Restore", "Restore from backup"))
        self.resize(560, 380)
        self.model = BackupsModel(backups, self)
        self.table = TableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(translate("Restore", "Backups"))
        if backups:
            self.table.selectRow(0)
        note = QLabel(
            translate(
                "Restore", "The workbook's current state is backed up first, so a restore can be undone here."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        restore = buttons.addButton(translate("Restore", "Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        restore.setEnabled(bool(backups))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addLayout(self._limit_row(backups))
        layout.addWidget(buttons)

    def _limit_row(self, backups: list[BackupInfo]) -> QFormLayout:
        """The cap on each workbook's backups: changed here, kept for every workbook, applied at the
        next backup (oldest first; never the newest, never one taken by hand)."""
        from duediligence.storage.backups import limit_setting_mb

        self.limit = QSpinBox(self)
        self.limit.setRange(0, 1_000_000)
        self.limit.setSingleStep(100)
        self.limit.setSuffix(" MB")
        self.limit.setSpecialValueText(translate("Restore", "automatic (20 × the workbook, 100 MB to 2 GB)"))
        self.limit.setValue(limit_setting_mb() or 0)
        self.limit.setAccessibleName(translate("Restore", "Largest total size of one workbook's backups"))
        self.limit.valueChanged.connect(self._set_limit)
        total = QLocale().formattedDataSize(sum(b.size for b in backups))
        form = QFormLayout()
        form.addRow(translate("Restore", "Keep backups of each workbook up to:"), self.limit)
        form.addRow("", QLabel(translate("Restore", "These backups take %1 now.").replace("%1", total), self))
        return form

    def _set_limit(self, value: int) -> None:
        from duediligence.storage.backups import set_limit_setting_mb

        try:
            set_limit_setting_mb(value or None)
        except OSError as exc:
            dialogs.show_warning(self, translate("Restore", "Setting not saved"), str(exc))

    def chosen(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    @classmethod
    def ask(cls, backups: list[BackupInfo], parent: QWidget | None) -> BackupInfo | None:
        dialog = cls(backups, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


def restore_from_backup(window: MainWindow) -> None:
    """Restore a backup into the open workbook (through SQLite; other windows on the file follow)."""
    from duediligence.errors import WorkbookError
    from duediligence.storage.backups import list_backups, restore_backup
    from ui.workbooks import open_workbook

    db = window.context.db
    if db is None or db.path is None:
        dialogs.show_warning(
            window,
            translate("Restore", "Restore from backup"),
            translate("Restore", "Open a workbook file first."),
        )
        return
    if db.read_only_reason is not None:
        dialogs.show_warning(
            window,
            translate("Restore", "Restore from backup"),
            translate(
                "Restore", "This workbook is open read-only (%1): a backup cannot be restored into it."
            ).replace("%1", db.read_only_reason),
        )
        return
    path = db.path
    window.context.wait_for_open_backup()  # listed whole, never while it is being written
    backup = RestoreDialog.ask(list_backups(path), window)
    if backup is None:
        return
    window.context.close_workbook()  # the undo stack and every cached read belong to the old state
    try:
        restore_backup(backup.path, path)
    except (WorkbookError, OSError) as exc:
        restored = False
        dialogs.show_error(
            window,
            translate("Restore", "Restore from backup"),
            translate("Restore", "The backup could not be restored: %1").replace("%1", str(exc)),
        )
    else:
        restored = True
    if open_workbook(window, path) and restored:
        window.statusBar().showMessage(
            translate(
                "Restore", "Restored the backup of %1; the state it replaced is itself a backup now"
            ).replace("%1", backup.taken_at.isoformat(" ", "minutes")),
            10000,
        )
