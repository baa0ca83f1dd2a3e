"""The questions the Options & costs editor asks, as plain functions that tests replace with monkeypatch."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from duediligence.i18n import translate


def confirm_remove_option(parent: QWidget | None, name: str, held: str) -> bool:
    """Whether to remove option `name`, which takes `held` (e.g. “12 scores and 3 costs”) with it."""
    answer = QMessageBox.question(
        parent,
        translate("OptionDialogs", "Remove option"),
        translate("OptionDialogs", "Remove “%1”? Its %2 go with it; Edit ▸ Undo brings them back.")
        .replace("%1", name)
        .replace("%2", held),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def open_url(url: str) -> bool:
    """Open a web address in the user's browser."""
    return bool(QDesktopServices.openUrl(QUrl(url)))
