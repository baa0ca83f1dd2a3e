"""The questions the matrix and criteria editors ask, as plain functions that tests replace."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget


def _t(text: str) -> str:
    return QCoreApplication.translate("ScoringDialogs", text)


def ask_group_name(parent: QWidget | None, current: str = "") -> str | None:
    """A name for a new criteria group, or None when the user cancels."""
    text, ok = QInputDialog.getText(
        parent, _t("New group"), _t("Name of the group (e.g. “Security and compliance”):"),
        QLineEdit.EchoMode.Normal, current,
    )  # fmt: skip
    return text.strip() if ok and text.strip() else None


def confirm_remove_criteria(parent: QWidget | None, names: list[str], scores: int, comparisons: int) -> bool:
    """Asked only when scores or pairwise comparisons would go with the criteria."""
    what = ", ".join(f"“{n}”" for n in names)
    lost = []
    if scores:
        lost.append(_t("1 score") if scores == 1 else _t("%n scores").replace("%n", str(scores)))
    if comparisons:
        lost.append(
            _t("1 pairwise comparison")
            if comparisons == 1
            else _t("%n pairwise comparisons").replace("%n", str(comparisons))
        )
    answer = QMessageBox.question(
        parent,
        _t("Remove criteria") if len(names) > 1 else _t("Remove criterion"),
        _t("Remove %1?\n\n%2 will be deleted; Edit ▸ Undo brings them back.")
        .replace("%1", what)
        .replace("%2", _t(" and ").join(lost)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes
