"""The pages shown instead of an evaluation: no workbook open, or no evaluation selected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class MessagePage(QWidget):
    """A centred heading, a sentence and buttons that trigger the matching menu actions."""

    def __init__(
        self, heading: str, text: str, actions: list[QAction], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.heading = QLabel(heading, self)
        self.heading.setObjectName("pageHeading")
        self.text = QLabel(text, self)
        self.text.setWordWrap(True)
        self.text.setObjectName("pageText")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for label in (self.heading, self.text):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(label)
        self.buttons: list[QPushButton] = []
        for action in actions:
            button = QPushButton(action.text().replace("&", ""), self)
            button.clicked.connect(action.trigger)
            button.setMinimumWidth(220)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
            self.buttons.append(button)
        layout.addStretch(2)

    def set_text(self, heading: str, text: str) -> None:
        self.heading.setText(heading)
        self.text.setText(text)
