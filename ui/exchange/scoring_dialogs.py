"""Sending scoring sheets out (evaluator names, a folder) and confirming one that came back."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duediligence.i18n import PLURAL, translate
from ui import file_dialogs
from ui.numbers import format_number

if TYPE_CHECKING:
    from duediligence.exchange.scoring_sheets import ScoringSheetPlan


def choose_folder(parent: QWidget | None, start: str) -> str | None:
    folder = file_dialogs.existing_directory(
        parent, translate("ScoringDialogs", "Folder for the scoring sheets"), start
    )
    return folder or None


def choose_scoring_sheet_path(parent: QWidget | None) -> str | None:
    path, _ = file_dialogs.open_file_name(
        parent,
        translate("ScoringDialogs", "Import a scoring sheet"),
        "",
        translate("ScoringDialogs", "Excel workbooks (*.xlsx);;All files (*)"),
    )
    return path or None


def parse_names(text: str) -> list[str]:
    """One evaluator per line (or separated by commas or semicolons), without repeats."""
    names: dict[str, str] = {}
    for part in text.replace(";", "\n").replace(",", "\n").splitlines():
        name = " ".join(part.split())
        if name:
            names.setdefault(name.casefold(), name)
    return list(names.values())


class SendDialog(QDialog):
    """Evaluator names and the folder the sheets are written to (one file per evaluator)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ScoringDialogs", "Send out for scoring"))
        self.resize(520, 360)
        intro = QLabel(
            translate(
                "ScoringDialogs",
                "Each evaluator gets a small Excel sheet of “%1”: the options across, the criteria down, "
                "each cell checked against its criterion's scale. Import each returned sheet with "
                "File ▸ Import a scoring sheet…",
            ).replace("%1", title)
        )
        intro.setWordWrap(True)
        self.names = QPlainTextEdit(self)
        self.names.setPlaceholderText(
            translate("ScoringDialogs", "One name per line, e.g.\nAnna Berg\nBen Ortiz")
        )
        self.names.setAccessibleName(translate("ScoringDialogs", "Evaluators"))
        self.names.setTabChangesFocus(True)
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.folder = QLineEdit(documents, self)
        self.folder.setAccessibleName(translate("ScoringDialogs", "Folder"))
        browse = QPushButton(translate("ScoringDialogs", "Choose…"), self)
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(translate("ScoringDialogs", "Evaluators:"), self.names)
        form.addRow(translate("ScoringDialogs", "Folder:"), folder_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.write_button = self.buttons.addButton(
            translate("ScoringDialogs", "Write sheets"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.names.textChanged.connect(self._update)
        self.folder.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form, 1)
        layout.addWidget(self.buttons)
        self._update()

    def _browse(self) -> None:
        folder = choose_folder(self, self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _update(self) -> None:
        names = parse_names(self.names.toPlainText())
        self.write_button.setEnabled(bool(names) and Path(self.folder.text()).is_dir())
        self.write_button.setText(
            translate("ScoringDialogs", "Write %1 sheets").replace("%1", str(len(names)))
            if len(names) > 1
            else translate("ScoringDialogs", "Write sheet")
        )

    def values(self) -> tuple[list[str], Path]:
        return parse_names(self.names.toPlainText()), Path(self.folder.text())

    @classmethod
    def ask(cls, title: str, parent: QWidget | None) -> tuple[list[str], Path] | None:
        """(evaluator names, folder), or None when the user cancels."""
        dialog = cls(title, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


def describe_plan(plan: ScoringSheetPlan) -> str:
    """Every score the sheet would store, one per line, for the details of the confirmation."""
    lines = []
    for s in plan.scores:
        value = "—" if s.value is None else format_number(s.value)
        note = f" — {s.note}" if s.note else ""
        lines.append(f"{s.criterion} × {s.option}: {value}{note}")
    return "\n".join(lines + list(plan.notices))


def confirm_scores(parent: QWidget | None, plan: ScoringSheetPlan) -> bool:
    """What the sheet stores (N scores from evaluator X); True when the user applies it."""
    box = QMessageBox(parent)
    box.setWindowTitle(translate("ScoringDialogs", "Import a scoring sheet"))
    box.setIcon(QMessageBox.Icon.Question)
    values, replaced = plan.values, plan.replaced
    text = translate("ScoringDialogs", "Store %n score(s) from %1 for “%2”?", None, PLURAL, values)
    box.setText(text.replace("%1", plan.evaluator).replace("%2", plan.evaluation_title))
    info = []
    if plan.replaced:
        info.append(
            translate(
                "ScoringDialogs", "They replace the %n score(s) %2 gave before.", None, PLURAL, replaced
            )
        )
    info.append(translate("ScoringDialogs", "Edit ▸ Undo takes the whole import back."))
    if plan.notices:
        info.append(translate("ScoringDialogs", "Some of the sheet is left out; see the details."))
    box.setInformativeText(" ".join(info).replace("%2", plan.evaluator))
    box.setDetailedText(describe_plan(plan))
    apply = box.addButton(translate("ScoringDialogs", "Apply"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is apply
