"""Save as template: a name, and whether the options' names go along."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget


class SaveTemplateDialog(QDialog):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save as template"))
        self.name = QLineEdit(name, self)
        self.name.setAccessibleName(self.tr("Template name"))
        self.options = QCheckBox(self.tr("Include the options' names"), self)
        note = QLabel(
            self.tr("The template keeps the criteria, weights, checklist, buying roles and cost labels. "
                    "It leaves out scores, amounts, the need, notes, the decision and people's names."),
            self,
        )  # fmt: skip
        note.setWordWrap(True)
        note.setObjectName("caption")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(
            lambda text: buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(text.strip()))
        )
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Name"), self.name)
        layout.addRow("", self.options)
        layout.addRow(note)
        layout.addRow(buttons)
        self.resize(460, self.sizeHint().height())

    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> tuple[str, bool] | None:
        """(name, include the options' names), or None when cancelled."""
        dialog = cls(name, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.name.text().strip():
            return None
        return dialog.name.text().strip(), dialog.options.isChecked()
