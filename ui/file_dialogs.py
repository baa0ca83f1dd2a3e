"""Qt's file dialogs, opening in the folder the user last chose a file in (remembered in QSettings).

The arguments of QFileDialog's static functions (in snake case); a suggested bare file name is put in
that folder. Without a folder remembered (or when it is gone) the dialog starts where Qt would.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from ui.settings import Settings

KEY = "files/folder"


def start_in(suggested: str = "") -> str:
    """Where a dialog starts: `suggested` itself when it names a folder, else inside the last folder."""
    folder = Settings().get(KEY)
    if not folder or not Path(folder).is_dir() or Path(suggested).is_absolute():
        return suggested
    return str(Path(folder) / suggested) if suggested else folder


def remember(path: str) -> None:
    """Remember the folder of a chosen file (or a chosen folder itself)."""
    if not path:
        return
    chosen = Path(path)
    folder = chosen if chosen.is_dir() else chosen.parent
    Settings().set(KEY, str(folder))


def open_file_name(
    parent: QWidget | None, caption: str, directory: str = "", filters: str = ""
) -> tuple[str, str]:
    path, chosen = QFileDialog.getOpenFileName(parent, caption, start_in(directory), filters)
    remember(path)
    return path, chosen


def open_file_names(
    parent: QWidget | None, caption: str, directory: str = "", filters: str = ""
) -> tuple[list[str], str]:
    paths, chosen = QFileDialog.getOpenFileNames(parent, caption, start_in(directory), filters)
    if paths:
        remember(paths[0])
    return paths, chosen


def save_file_name(
    parent: QWidget | None, caption: str, directory: str = "", filters: str = ""
) -> tuple[str, str]:
    path, chosen = QFileDialog.getSaveFileName(parent, caption, start_in(directory), filters)
    remember(path)
    return path, chosen


def existing_directory(parent: QWidget | None, caption: str, directory: str = "") -> str:
    folder = QFileDialog.getExistingDirectory(parent, caption, start_in(directory))
    if folder:
        Settings().set(KEY, folder)
    return folder
