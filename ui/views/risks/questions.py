"""The questions the Risks tab asks, as plain functions that tests replace with monkeypatch."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from duediligence.i18n import translate
from ui import file_dialogs

if TYPE_CHECKING:
    from duediligence.operations.checklists import ChecklistTemplate

TEMPLATE_FILTER = "Checklist templates (*.json);;All files (*)"


def ask_apply_template(
    parent: QWidget | None,
    templates: Sequence[ChecklistTemplate],
    options: Sequence[tuple[int, str]],
    preselected: int | None,
) -> tuple[ChecklistTemplate, tuple[int, ...]] | None:
    """The template to apply and the options to apply it to, or None when the user cancels."""
    from ui.views.risks.template_dialogs import ApplyTemplateDialog

    dialog = ApplyTemplateDialog(templates, options, preselected, parent)
    if dialog.exec() != ApplyTemplateDialog.DialogCode.Accepted:
        return None
    return dialog.choice()


def ask_template_name(parent: QWidget | None, suggestion: str) -> str | None:
    text, ok = QInputDialog.getText(
        parent,
        translate("RiskQuestions", "Save as template"),
        translate("RiskQuestions", "Name of the new checklist template:"),
        QLineEdit.EchoMode.Normal,
        suggestion,
    )
    return text.strip() if ok and text.strip() else None


def choose_template_to_import(parent: QWidget | None) -> str | None:
    path, _ = file_dialogs.open_file_name(
        parent,
        translate("RiskQuestions", "Import checklist template"),
        "",
        translate("RiskQuestions", TEMPLATE_FILTER),
    )
    return path or None


def choose_export_path(parent: QWidget | None, suggestion: str) -> str | None:
    path, _ = file_dialogs.save_file_name(
        parent,
        translate("RiskQuestions", "Export checklist template"),
        suggestion,
        translate("RiskQuestions", TEMPLATE_FILTER),
    )
    if path and "." not in path.rsplit("/", 1)[-1]:
        path += ".json"
    return path or None


def confirm_delete_template(parent: QWidget | None, name: str) -> bool:
    answer = QMessageBox.question(
        parent,
        translate("RiskQuestions", "Delete template"),
        translate(
            "RiskQuestions",
            "Delete your checklist template “%1”?\n\nChecklists already applied from it stay as they are.",
        ).replace("%1", name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_risk_options(
    parent: QWidget | None, title: str, options: Sequence[tuple[int, str]], chosen: Sequence[int]
) -> tuple[int, ...] | None:
    """The options a risk concerns (none: all of them), or None when the user cancels."""
    from ui.views.risks.template_dialogs import OptionsDialog

    dialog = OptionsDialog(title, options, chosen, parent)
    if dialog.exec() != OptionsDialog.DialogCode.Accepted:
        return None
    return dialog.chosen()
