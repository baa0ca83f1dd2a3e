"""Dropping an exported Excel workbook onto the main window imports it (with the usual review first)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent

if TYPE_CHECKING:
    from ui.main_window import MainWindow

SUFFIXES = (".xlsx",)


def dropped_workbook(event: QDropEvent | QDragEnterEvent) -> Path | None:
    """The one local .xlsx file a drag carries, else None (several files, folders, web links)."""
    data = event.mimeData()
    if not data.hasUrls():
        return None
    urls = data.urls()
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in SUFFIXES and not path.is_dir() else None


class DropImport(QObject):
    """Event filter on the main window: accepts one .xlsx and hands it to File ▸ Import from Excel."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(event, QDropEvent):
            if dropped_workbook(event) is not None and self.window_.context.db is not None:
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            path = dropped_workbook(event)
            if path is not None and self.window_.context.db is not None:
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                # After the drop returns: the file manager that started the drag must not wait on our dialogs.
                QTimer.singleShot(0, self.window_, lambda: self._import(path))
                return True
        return False

    def _import(self, path: Path) -> None:
        from ui.exchange import commands

        commands.import_from_excel(self.window_, path)


def install_drop_import(window: MainWindow) -> DropImport:
    """Let the main window take .xlsx drops (widgets that take drops themselves, like the Evidence tab,
    keep theirs)."""
    handler = DropImport(window)
    window.setAcceptDrops(True)
    window.installEventFilter(handler)
    return handler
