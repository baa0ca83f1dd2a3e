"""Dropping files on a widget as a desktop would: a drag enters, then the drop."""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget


def drop_files(widget: QWidget, paths: Sequence[str | Path]) -> tuple[bool, bool]:
    """(drag accepted, drop accepted) for these files dropped at the widget's top left."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    buttons, keys, action = (
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.DropAction.CopyAction,
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # PySide marks the QPoint constructor so
        enter = QDragEnterEvent(QPoint(10, 10), action, data, buttons, keys)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False, False
    drop = QDropEvent(QPointF(10, 10), action, data, buttons, keys)
    QApplication.sendEvent(widget, drop)
    return True, drop.isAccepted()
