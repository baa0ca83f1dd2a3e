"""File ▸ Export to Excel…: which evaluations go into the workbook, for whom, and where it is saved."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from duediligence.i18n import translate
from duediligence.reads.evaluations import EvaluationSummary
from ui import file_dialogs

XLSX_FILTER = "Excel workbooks (*.xlsx)"


class Chosen(list[int]):
    """The ids of the evaluations to export, and who the file is for ("internal" or "external")."""

    def __init__(self, ids: Sequence[int], for_whom: str = "internal") -> None:
        super().__init__(ids)
        self.for_whom = for_whom


class ExportDialog(QDialog):
    """A checkable list of the evaluations; the current one is ticked."""

    def __init__(
        self, evaluations: Sequence[EvaluationSummary], current: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ExportDialog", "Export to Excel"))
        self.resize(600, 440)
        intro = QLabel(
            translate(
                "ExportDialog",
                "Tick the evaluations to put in one Excel workbook. Colleagues can edit it in Excel or "
                "LibreOffice; File ▸ Import from Excel… brings their changes back, showing each one first.",
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("ExportDialog", "Evaluations to export"))
        for row in evaluations:
            label = row.title + (translate("ExportDialog", " (archived)") if row.archived else "")
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if row.id == current else Qt.CheckState.Unchecked)
            if row.id == current:
                self.list.setCurrentItem(item)
        all_button, none_button = (
            QPushButton(translate("ExportDialog", "Tick all"), self),
            QPushButton(translate("ExportDialog", "Tick none"), self),
        )
        all_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Checked))
        none_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Unchecked))
        ticks = QHBoxLayout()
        ticks.addWidget(all_button)
        ticks.addWidget(none_button)
        ticks.addStretch(1)
        self.for_team = QRadioButton(translate("ExportDialog", "For the buying team: everything"), self)
        self.for_outside = QRadioButton(
            translate(
                "ExportDialog",
                "For someone outside the team (a vendor, an adviser): no people, notes, risks or budget",
            ),
            self,
        )
        self.for_team.setChecked(True)
        self.for_team.setToolTip(
            translate("ExportDialog", "Every sheet. No copy ever holds a path of this computer.")
        )
        self.for_outside.setToolTip(
            translate(
                "ExportDialog",
                "Leaves out stakeholders, contacts, internal notes, evidence notes, the risk register and "
                "checklist, the change plan and change log, names of evaluators and deciders, and the "
                "budget. Need, goals, options, criteria, weights, scores and costs stay.",
            )
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(
            translate("ExportDialog", "Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(ticks)
        layout.addWidget(self.for_team)
        layout.addWidget(self.for_outside)
        layout.addWidget(self.buttons)
        self._update()

    def _tick_all(self, state: Qt.CheckState) -> None:
        for i in range(self.list.count()):
            self.list.item(i).setCheckState(state)

    def _update(self) -> None:
        self.export_button.setEnabled(bool(self.chosen()))

    def chosen(self) -> Chosen:
        items = (self.list.item(i) for i in range(self.list.count()))
        ids = [
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]
        return Chosen(ids, "external" if self.for_outside.isChecked() else "internal")

    @classmethod
    def ask(
        cls, evaluations: Sequence[EvaluationSummary], current: int | None, parent: QWidget | None
    ) -> list[int] | None:
        """The ids of the evaluations to export (a `Chosen`, which also says for whom), or None when the
        user cancels."""
        dialog = cls(evaluations, current, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


def suggested_name(titles: Sequence[str]) -> str:
    """A file name from the first title ("CRM for sales.xlsx"), without characters file systems refuse."""
    base = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "-", titles[0] if len(titles) == 1 else "Evaluations").strip(" .")
    return (base[:80] or "Evaluations") + ".xlsx"


def choose_export_path(parent: QWidget | None, suggested: str) -> str | None:
    """Where to save the export (the dialog itself asks before replacing a file); ".xlsx" is added."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _ = file_dialogs.save_file_name(
        parent,
        translate("ExportDialog", "Export to Excel"),
        str(Path(folder) / suggested),
        translate("ExportDialog", XLSX_FILTER),
    )
    if path and not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    return path or None
