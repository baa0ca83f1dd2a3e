"""A bar above the window's content saying what the user should know about the open workbook file:
that it is open read-only, or that it looks like a plain file copy of an open workbook. Never blocks;
the user may close it. Kept in a tool bar so the window's layout needs no change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy, QToolBar, QToolButton

from duediligence.i18n import translate

if TYPE_CHECKING:
    from duediligence.storage.database import Database


STYLE = (
    "QToolBar#workbook-notice { background: palette(alternate-base); border-bottom: 1px solid palette(mid); }"
    " QToolBar#workbook-notice QLabel { padding: 4px; }"
)


class WorkbookNotice(QToolBar):
    """One line (or a few) of text with a close button; hidden when there is nothing to say."""

    def __init__(self, parent: QMainWindow) -> None:
        super().__init__(translate("WorkbookNotice", "Workbook notice"), parent)
        self.setObjectName("workbook-notice")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)  # not a tool bar the user switches on and off
        self.lines: list[str] = []
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.label.setAccessibleName(translate("WorkbookNotice", "Notice about this workbook"))
        self.addWidget(self.label)
        self.close_button = QToolButton(self)
        self.close_button.setText(translate("WorkbookNotice", "Dismiss"))
        self.close_button.setToolTip(translate("WorkbookNotice", "Hide this notice"))
        self.close_button.clicked.connect(self.hide)
        self.addWidget(self.close_button)
        self.setStyleSheet(STYLE)
        parent.addToolBar(Qt.ToolBarArea.TopToolBarArea, self)
        self.hide()

    def show_lines(self, lines: list[str]) -> None:
        self.lines = list(lines)
        self.label.setText("\n".join(lines))
        self.setVisible(bool(lines))
        self._fit()

    def add_line(self, line: str) -> None:
        """Say one more thing (shown again if the user had dismissed the earlier ones)."""
        if line not in self.lines:
            self.show_lines([*self.lines, line])
        else:
            self.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """A tool bar gives a wrapped label a height for the wrong width: give it the one it needs (Qt
        answers -1 for a label with no text, which is no height at all)."""
        width = max(200, self.width() - self.close_button.sizeHint().width() - 32)
        self.label.setFixedHeight(max(0, self.label.heightForWidth(width)))


def notice(window: QMainWindow) -> WorkbookNotice:
    """The window's notice bar, made on first use."""
    found = window.findChild(WorkbookNotice)
    return found if found is not None else WorkbookNotice(window)


def backup_failed_line(problem: str) -> str:
    return translate(
        "WorkbookNotice",
        "%1 Your edits are still saved in the workbook, but without a recent backup: fix the cause, or "
        "use File ▸ Save a copy as… to keep a copy elsewhere.",
    ).replace("%1", problem)


def describe(db: Database) -> list[str]:
    """What to tell about `db` when it has just been opened."""
    lines = []
    if db.read_only_reason is not None:
        text = translate(
            "WorkbookNotice",
            "Open read-only (%1): you can read everything, but changes cannot be saved. To edit, use "
            "File ▸ Save a copy as… to make a copy in a folder you can write to.",
        )
        lines.append(text.replace("%1", db.read_only_reason))
    lines.extend(
        translate("WorkbookNotice", "Warning: %1").replace("%1", warning) for warning in db.report.warnings
    )
    return lines
