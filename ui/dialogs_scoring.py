"""The questions the matrix and criteria editors ask, as plain functions that tests replace."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from duediligence.i18n import PLURAL, translate


def ask_group_name(parent: QWidget | None, current: str = "") -> str | None:
    """A name for a new criteria group, or None when the user cancels."""
    text, ok = QInputDialog.getText(
        parent,
        translate("ScoringDialogs", "New group"),
        translate("ScoringDialogs", "Name of the group (e.g. “Security and compliance”):"),
        QLineEdit.EchoMode.Normal,
        current,
    )
    return text.strip() if ok and text.strip() else None


def confirm_remove_criteria(parent: QWidget | None, names: list[str], scores: int, comparisons: int) -> bool:
    """Asked only when scores or pairwise comparisons would go with the criteria."""
    what = ", ".join(f"“{n}”" for n in names)
    lost = []
    if scores:
        lost.append(translate("ScoringDialogs", "%n score(s)", None, PLURAL, scores))
    if comparisons:
        lost.append(translate("ScoringDialogs", "%n pairwise comparison(s)", None, PLURAL, comparisons))
    answer = QMessageBox.question(
        parent,
        translate("ScoringDialogs", "Remove criteria")
        if len(names) > 1
        else translate("ScoringDialogs", "Remove criterion"),
        translate("ScoringDialogs", "Remove %1?\n\n%2 will be deleted; Edit ▸ Undo brings them back.")
        .replace("%1", what)
        .replace("%2", translate("ScoringDialogs", " and ").join(lost)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes
