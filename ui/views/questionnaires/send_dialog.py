"""Sending one option's questionnaire: who asks (as the vendor sees it), where they ask back, the
deadline, the file, and whether a PDF goes with it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duediligence.i18n import translate
from ui import file_dialogs
from ui.views.day_edit import DayEdit


@dataclass(frozen=True)
class SendChoice:
    buyer: str
    contact: str
    due_on: date
    path: Path
    pdf: bool


def file_stem(addressee: str) -> str:
    """A file name from the vendor's name: "Due-diligence questionnaire - Northwind Software GmbH"."""
    import re

    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "-", addressee[:60]).strip(" .")
    return f"Due-diligence questionnaire - {safe}" if safe else "Due-diligence questionnaire"


class SendDialog(QDialog):
    def __init__(
        self,
        option: str,
        questions: int,
        buyer: str,
        contact: str,
        due_on: date | None,
        stem: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("QuestionnaireSend", "Send the questionnaire"))
        intro = QLabel(
            translate(
                "QuestionnaireSend",
                "A workbook for the vendor of “%1” to fill in: %2 questions, the answer cells checked for "
                "their type. It holds nothing internal (no scores, weights, notes or other vendors). "
                "Import the returned file with “Import answers…”.",
            )
            .replace("%1", option)
            .replace("%2", str(questions))
        )
        intro.setWordWrap(True)
        self.buyer = QLineEdit(buyer, self)
        self.buyer.setPlaceholderText(
            translate("QuestionnaireSend", "e.g. Acme GmbH, Procurement (Ana Silva)")
        )
        self.buyer.setAccessibleName(translate("QuestionnaireSend", "From"))
        self.contact = QLineEdit(contact, self)
        self.contact.setPlaceholderText(
            translate("QuestionnaireSend", "e.g. ana.silva@acme.example, +49 30 1234567")
        )
        self.contact.setAccessibleName(translate("QuestionnaireSend", "Contact"))
        self.due = DayEdit(self)
        today = date.today()
        self.due.set_value(due_on if due_on and due_on >= today else today + timedelta(days=14))
        self.due.setAccessibleName(translate("QuestionnaireSend", "Please return by"))
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.path = QLineEdit(str(Path(documents or ".") / f"{stem}.xlsx"), self)
        self.path.setAccessibleName(translate("QuestionnaireSend", "File"))
        browse = QPushButton(translate("QuestionnaireSend", "Choose…"), self)
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.pdf = QCheckBox(translate("QuestionnaireSend", "Also as a PDF, for answering in writing"), self)
        form = QFormLayout()
        form.addRow(translate("QuestionnaireSend", "&From:"), self.buyer)
        form.addRow(translate("QuestionnaireSend", "&Contact:"), self.contact)
        form.addRow(translate("QuestionnaireSend", "Please &return by:"), self.due)
        file_label = QLabel(translate("QuestionnaireSend", "&File:"), self)
        file_label.setBuddy(self.path)
        form.addRow(file_label, file_row)
        form.addRow("", self.pdf)
        self.problem = QLabel(self)
        self.problem.setObjectName("caption")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.send = buttons.addButton(
            translate("QuestionnaireSend", "Write the questionnaire"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(600, self.sizeHint().height())

    def _browse(self) -> None:
        path, _ = file_dialogs.save_file_name(
            self,
            translate("QuestionnaireSend", "Questionnaire file"),
            self.path.text(),
            translate("QuestionnaireSend", "Excel workbooks (*.xlsx)"),
        )
        if path:
            self.path.setText(path if path.lower().endswith(".xlsx") else f"{path}.xlsx")

    def choice(self) -> SendChoice | None:
        due = self.due.value()
        if not self.buyer.text().strip():
            self.problem.setText(
                translate("QuestionnaireSend", "Say who asks: the vendor sees it on the first sheet.")
            )
            return None
        if due is None or due < date.today():
            self.problem.setText(translate("QuestionnaireSend", "Choose a deadline from today on."))
            return None
        path = Path(self.path.text().strip()).expanduser()
        if path.suffix.lower() != ".xlsx":
            self.problem.setText(translate("QuestionnaireSend", "The file name must end in .xlsx."))
            return None
        return SendChoice(
            self.buyer.text().strip(), self.contact.text().strip(), due, path, self.pdf.isChecked()
        )

    def _accept(self) -> None:
        if self.choice() is not None:
            self.accept()

    @classmethod
    def ask(
        cls,
        option: str,
        questions: int,
        buyer: str,
        contact: str,
        due_on: date | None,
        stem: str,
        parent: QWidget | None,
    ) -> SendChoice | None:
        """What to send, or None when cancelled (tests replace this)."""
        dialog = cls(option, questions, buyer, contact, due_on, stem, parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
