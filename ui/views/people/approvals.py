"""The approvals an evaluation needs, what is still missing before it can be decided, and “Decide…”."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.models.approvals import ApprovalsModel
from ui.views.people import decide as decide_dialog
from ui.views.people.table_editor import TableEditor
from ui.views.submit import Submitter, submit

if TYPE_CHECKING:
    from duediligence.reads.people import ApprovalRow, DecisionCheck
    from ui.context import AppContext


class ApprovalsPanel(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.evaluation_id: int | None = None
        self.model = ApprovalsModel(self)
        self.model.commit = Submitter(self, context)
        self.editor = TableEditor(self.tr("Approvals and sign-off"), self.model, self)
        self.editor.add_button(self.tr("&Add approval"), self.add, "Ins")
        self.editor.add_button(self.tr("Delete"), self.delete, "Del")
        self.decide_button = self.editor.add_button(self.tr("Decide…"), self.decide, "Ctrl+Return")
        self.gate = QLabel(self)
        self.gate.setWordWrap(True)
        self.gate.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.gate)

    def show_rows(
        self, rows: list[ApprovalRow], check: DecisionCheck, people: list[tuple[int, str]], status: str
    ) -> None:
        self.model.set_people(people)
        self.editor.set_rows(rows)
        pending = sum(1 for r in rows if r.status == "pending")
        self.editor.status.setText(
            self.tr("%1 of %2 pending").replace("%1", str(pending)).replace("%2", str(len(rows)))
            if rows
            else ""
        )
        if status == "decided":
            text = "<span style='color:#1b7a3a'>" + self.tr("Decided.") + "</span>"
        elif check.ok:
            text = (
                "<span style='color:#1b7a3a'>" + self.tr("All approvals are in: ready to decide.") + "</span>"
            )
        else:
            text = (
                "<b style='color:#b3261e'>"
                + self.tr("Missing before deciding:")
                + "</b> "
                + decide_dialog.missing_text(check, self).replace("<br>", " ")
            )
        if check.sign_offs_without_approval and status != "decided":
            names = ", ".join(check.sign_offs_without_approval)
            text += (
                "<br><i>" + self.tr("Must sign off, no approval recorded: %1").replace("%1", names) + "</i>"
            )
        self.gate.setText(text)

    def add(self) -> None:
        from duediligence.operations.edits import AddRow

        if self.evaluation_id is None:
            return
        values = {"subject": self.tr("New approval"), "status": "pending"}
        ok, new_id = submit(
            self, self.context, AddRow("approval", self.evaluation_id, values), self.tr("Add approval")
        )
        if ok:
            self.editor.select_id(new_id, 0, edit=True)

    def delete(self) -> None:
        from duediligence.operations.rows import DeleteRows

        ids = self.editor.selected_ids()
        if ids:
            text = self.tr("Delete %n approval(s)", "", len(ids))
            submit(self, self.context, DeleteRows("approval", tuple(ids)), text)

    def decide(self) -> None:
        if self.evaluation_id is not None:
            decide_dialog.decide(self, self.context, self.evaluation_id)
