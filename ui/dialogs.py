"""Every question the app asks the user, as plain functions that tests replace with monkeypatch."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from duediligence.i18n import translate
from ui import file_dialogs

WORKBOOK_FILTER = "Workbooks (*.db *.sqlite *.ddw);;All files (*)"


def ask_database_url(parent: QWidget | None) -> str | None:
    """A team database's URL, e.g. postgresql+psycopg://ana@dbhost/purchasing (None when cancelled)."""
    text, ok = QInputDialog.getText(
        parent,
        translate("Dialogs", "Open team database"),
        translate("Dialogs", "Database URL (e.g. postgresql+psycopg://ana@dbhost/purchasing):"),
        QLineEdit.EchoMode.Normal,
    )
    return text.strip() if ok and text.strip() else None


def ask_password(parent: QWidget | None, where: str) -> str | None:
    """A password for this session only; it is never stored."""
    text, ok = QInputDialog.getText(
        parent,
        translate("Dialogs", "Password"),
        translate("Dialogs", "Password for %1:").replace("%1", where),
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None


def confirm_delete(parent: QWidget | None, title: str, contents: str) -> bool:
    answer = QMessageBox.question(
        parent,
        translate("Dialogs", "Delete evaluation"),
        translate(
            "Dialogs",
            "Delete “%1”?\n\nEverything it contains will be deleted: %2.\n\nEdit ▸ Undo brings it back.",
        )
        .replace("%1", title)
        .replace("%2", contents),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def offer_samples(parent: QWidget | None) -> bool:
    answer = QMessageBox.question(
        parent,
        translate("Dialogs", "Welcome"),
        translate("Dialogs", "Your workbook is empty. Add two sample evaluations to explore?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def offer_recovery(parent: QWidget | None, problem: str, backup_time: str) -> bool:
    """A damaged workbook: restore its newest good backup? (The damaged file is kept.)"""
    answer = QMessageBox.question(
        parent,
        translate("Dialogs", "Workbook damaged"),
        translate(
            "Dialogs", "%1\n\nRestore the newest good backup, taken %2? The damaged file is kept beside it."
        )
        .replace("%1", problem)
        .replace("%2", backup_time),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def show_warning(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def choose_open_path(parent: QWidget | None) -> str | None:
    path, _ = file_dialogs.open_file_name(
        parent, translate("Dialogs", "Open workbook"), "", translate("Dialogs", WORKBOOK_FILTER)
    )
    return path or None


def choose_save_path(parent: QWidget | None, caption: str) -> str | None:
    """A path for a new file; the dialog itself asks before replacing an existing one."""
    path, _ = file_dialogs.save_file_name(parent, caption, "", translate("Dialogs", WORKBOOK_FILTER))
    if path and "." not in path.rsplit("/", 1)[-1]:
        path += ".db"
    return path or None
