"""The change tab's lists: the notes timeline (newest first) and the action items (overdue ones stand out)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.models.actions import ActionsModel
from ui.models.notes import NotesModel
from ui.views.change.links import NoteLinksDialog
from ui.views.people.table_editor import TableEditor
from ui.views.submit import Submitter, submit

if TYPE_CHECKING:
    from duediligence.reads.people import ActionRow, NoteRow
    from ui.context import AppContext


class NotesPanel(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.evaluation_id: int | None = None
        self.today = date.today
        self.people: list[tuple[int, str]] = []
        self.options: list[tuple[int, str]] = []
        self.model = NotesModel(self)
        self.model.commit = Submitter(self, context)
        self.editor = TableEditor(self.tr("Change notes, newest first"), self.model, self)
        self.editor.add_button(self.tr("&Add note"), self.add, "Ins")
        self.editor.add_button(self.tr("About…"), self.edit_links, "Ctrl+L")
        self.editor.add_button(self.tr("Delete"), self.delete, "Del")
        self.editor.view.doubleClicked.connect(self._on_double_click)
        self.editor.view.setWordWrap(True)
        self.editor.widths = {"noted_on": 84, "category": 104, "author": 96, "links": 150}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor)

    def show_rows(self, rows: list[NoteRow]) -> None:
        self.editor.set_rows(rows)
        self.editor.status.setText(self.tr("%n note(s)", "", len(rows)) if rows else "")

    def add(self) -> None:
        from duediligence.operations.people import AddNote

        if self.evaluation_id is None:
            return
        values = {"noted_on": self.today(), "category": "other", "text": self.tr("New note")}
        ok, new_id = submit(
            self, self.context, AddNote(self.evaluation_id, values), self.tr("Add change note")
        )
        if ok:
            self.editor.select_id(new_id, self.model.column_of("text"), edit=True)

    def delete(self) -> None:
        from duediligence.operations.rows import DeleteRows

        ids = self.editor.selected_ids()
        if ids:
            submit(
                self,
                self.context,
                DeleteRows("change_note", tuple(ids)),
                self.tr("Delete %n note(s)", "", len(ids)),
            )

    def _on_double_click(self, index: object) -> None:
        if getattr(index, "column", lambda: -1)() == self.model.column_of("links"):
            self.edit_links()

    def edit_links(self) -> None:
        from duediligence.operations.people import SetNoteLinks

        note = self.model.row_at(self.editor.view.currentIndex().row())
        if note is None:
            return
        chosen = NoteLinksDialog.ask(self, self.people, self.options, note.stakeholder_ids, note.option_ids)
        if chosen is None or (tuple(chosen[0]), tuple(chosen[1])) == (note.stakeholder_ids, note.option_ids):
            return
        text = self.tr("Change what “%1” concerns").replace("%1", self.model.describe(note))
        submit(self, self.context, SetNoteLinks(note.id, *chosen), text)


class ActionsPanel(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.evaluation_id: int | None = None
        self.model = ActionsModel(self)
        self.model.commit = Submitter(self, context)
        self.editor = TableEditor(self.tr("Action items"), self.model, self)
        self.editor.widths = {"title": 250, "owner": 100, "due_date": 84, "status": 90}
        self.editor.add_button(self.tr("Add &action"), self.add, "Ins")
        self.editor.add_button(self.tr("Delete"), self.delete, "Del")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor)

    def show_rows(self, rows: list[ActionRow], people: list[tuple[int, str]]) -> None:
        self.model.set_people(people)
        self.editor.set_rows(rows)
        late = sum(1 for r in rows if r.overdue)
        still_open = sum(1 for r in rows if r.status in ("open", "in_progress"))
        text = self.tr("%n open", "", still_open)
        if late:
            text += " · <b style='color:#b3261e'>" + self.tr("%n overdue", "", late) + "</b>"
        self.editor.status.setText(text if rows else "")

    def add(self) -> None:
        from duediligence.operations.edits import AddRow

        if self.evaluation_id is None:
            return
        values = {"title": self.tr("New action"), "status": "open"}
        ok, new_id = submit(
            self, self.context, AddRow("action_item", self.evaluation_id, values), self.tr("Add action")
        )
        if ok:
            self.editor.select_id(new_id, 0, edit=True)

    def delete(self) -> None:
        from duediligence.operations.rows import DeleteRows

        ids = self.editor.selected_ids()
        if ids:
            submit(
                self,
                self.context,
                DeleteRows("action_item", tuple(ids)),
                self.tr("Delete %n action(s)", "", len(ids)),
            )
