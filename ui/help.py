"""Help ▸ Keyboard shortcuts (listed from the window's own actions) and Help ▸ Guide (an HTML page in
the UI's language, from resources/help)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.views.table_view import TableWidget

if TYPE_CHECKING:
    from ui.main_window import MainWindow

GUIDE_LANGUAGES = ("en", "de")


def menu_text(action: QAction) -> str:
    """An action's text as a person reads it: no mnemonic '&', no trailing '…'."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(action, shortcuts) of every action of the window, and of its tabs, that has a shortcut."""
    rows: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for action in window.findChildren(QAction):  # in the order they were made: menu order, mostly
        keys = [
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()
        ]
        if not keys or not action.text():
            continue
        row = (menu_text(action), ", ".join(keys))
        if row not in seen:
            seen.add(row)
            rows.append(row)
    return rows


class ShortcutsDialog(QDialog):
    """Every shortcut the window's actions have, generated from them (so the list cannot go stale)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(window)
        self.table = TableWidget(len(rows), 2, self)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Shortcut")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)  # read only
                self.table.setItem(r, c, item)
        note = QTextBrowser(self)
        note.setAccessibleName(self.tr("Moving around"))
        note.setMaximumHeight(70)
        note.setText(
            self.tr(
                "Tab and Shift+Tab move between controls; the arrow keys move inside a table; "
                "F2 or typing edits a cell, Enter stores it and Escape cancels."
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, 520)


def guide_language(locale: QLocale | None = None) -> str:
    """The guide's language: the UI's (QLocale of the app) when a guide exists in it, else English."""
    name = (locale or QLocale()).name().split("_")[0]
    return name if name in GUIDE_LANGUAGES else "en"


def guide_html(language: str) -> str:
    from duediligence.paths import resource

    return resource("help", f"guide.{language}.html").read_text(encoding="utf-8")


class GuideDialog(QDialog):
    """The built-in guide: the buying process, what each tab is for, how sharing works."""

    def __init__(self, parent: QWidget | None = None, locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guide"))
        self.language = guide_language(locale)
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(self.tr("Guide"))
        self.text.setOpenExternalLinks(True)
        self.text.setHtml(guide_html(self.language))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(640, 640)


def show_shortcuts(window: MainWindow) -> None:
    ShortcutsDialog(window).exec()


def show_guide(window: MainWindow) -> None:
    GuideDialog(window).exec()
