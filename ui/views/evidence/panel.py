"""The Evidence tab: every file and link kept for one evaluation, attached, opened, saved and removed here.

Files dropped on the panel are attached too. Files live inside the workbook, so it stays one file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.views.evidence import commands
from ui.views.evidence.model import EvidenceModel, size_text
from ui.views.people.table_editor import TableEditor
from ui.views.submit import Submitter, submit

if TYPE_CHECKING:
    from duediligence.changes import Changes
    from duediligence.reads.evidence import EvidenceRow
    from ui.context import AppContext
    from ui.views.guide.navigation import Place

KINDS = ("attachment", "option", "criterion", "risk_item")  # the names the list shows come from these


def local_files(event: QDropEvent | QDragEnterEvent) -> list[str]:
    """The local files (not folders) a drag carries."""
    data = event.mimeData()
    if not data.hasUrls():
        return []
    paths = [url.toLocalFile() for url in data.urls() if url.isLocalFile()]
    return [p for p in paths if p and not Path(p).is_dir()]


class FileDrops(QObject):
    """Accepts files dragged onto the watched widgets and hands their paths to `dropped`."""

    def __init__(self, parent: QObject, dropped: Any) -> None:
        super().__init__(parent)
        self.dropped = dropped

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
            event, QDropEvent | QDragEnterEvent
        ):
            if local_files(event):
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            paths = local_files(event)
            if paths:
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                self.dropped(paths)
                return True
        return False


class EvidencePanel(QWidget):
    """A table of the evaluation's evidence with Attach file…, Add link…, Open, Save a copy… and Remove."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.evaluation_id: int | None = None
        self._stale = False
        self.model = EvidenceModel(self)
        self.model.commit = Submitter(self, context)
        self.editor = TableEditor(self.tr("Evidence"), self.model, self)
        self.editor.widths = {"name": 250, "target": 320, "size": 80, "added_on": 90}
        self.attach_button = self.editor.add_button(self.tr("&Attach file…"), self.attach, "Ins")
        self.link_button = self.editor.add_button(self.tr("Add &link…"), self.add_link, "Ctrl+L")
        self.open_button = self.editor.add_button(self.tr("&Open"), self.open_current, "Return")
        self.save_button = self.editor.add_button(self.tr("&Save a copy…"), self.save_current, "Ctrl+S")
        self.remove_button = self.editor.add_button(self.tr("&Remove"), self.remove, "Del")
        self.editor.view.setAccessibleName(self.tr("Evidence of this evaluation"))
        self.editor.view.doubleClicked.connect(self._on_double_click)
        self.editor.view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.target_box = QComboBox(self)
        self.target_box.setAccessibleName(self.tr("Attach new evidence to"))
        self.target_box.setMinimumContentsLength(22)
        target_label = QLabel(self.tr("New evidence &belongs to:"), self)
        target_label.setBuddy(self.target_box)
        self.hint = QLabel(
            self.tr(
                "Drop files here to attach them · they are kept inside the workbook (up to 50 MB each), "
                "so it stays one file · double-click opens a file in its viewer, a link in the browser · "
                "attach to a score or checklist item from its context menu"
            ),
            self,
        )
        self.hint.setObjectName("caption")
        self.hint.setWordWrap(True)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(target_label)
        bar.addWidget(self.target_box)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addLayout(bar)
        layout.addWidget(self.hint)
        self.drops = FileDrops(self, self.attach_paths)
        for widget in (self, self.editor.view.viewport()):
            widget.setAcceptDrops(True)
            widget.installEventFilter(self.drops)
        self.editor.view.selectionModel().selectionChanged.connect(self._update_enabled)
        self.model.modelReset.connect(self._update_enabled)
        context.changed.connect(self._on_changed)
        self._update_enabled()

    # ---- loading ----------------------------------------------------------------------------------

    def set_evaluation(self, evaluation_id: int | None) -> None:
        self.evaluation_id = evaluation_id
        self._stale = True
        if self.isVisible() or evaluation_id is None:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_changed(self, changes: Changes) -> None:
        if self.evaluation_id is None:
            return
        if any(changes.touches(kind, self.evaluation_id) for kind in KINDS):
            self._stale = True
            if self.isVisible():
                self.reload()

    def reload(self) -> None:
        self._stale = False
        rows: list[EvidenceRow] = []
        choices: list[tuple[int, str]] = []
        if self.evaluation_id is not None and self.context.db is not None:
            from duediligence.errors import NotFoundError
            from duediligence.reads.evaluations import option_choices
            from duediligence.reads.evidence import list_evidence

            try:
                rows = self.context.read(list_evidence, self.evaluation_id)
                choices = [(o.id, o.name) for o in self.context.read(option_choices, self.evaluation_id)]
            except NotFoundError:
                rows, choices = [], []
        self.editor.set_rows(rows)
        self._fill_targets(choices)
        files = [r for r in rows if not r.url]
        parts = [self.tr("%n file(s)", "", len(files)), self.tr("%n link(s)", "", len(rows) - len(files))]
        total = sum(r.size for r in files)
        self.editor.status.setText(
            f"{parts[0]} ({size_text(total)}) · {parts[1]}" if rows else self.tr("nothing attached yet")
        )
        self._update_enabled()

    def _fill_targets(self, choices: list[tuple[int, str]]) -> None:
        kept = self.target_box.currentData()
        self.target_box.clear()
        self.target_box.addItem(self.tr("the evaluation as a whole"), None)
        for option_id, name in choices:
            self.target_box.addItem(self.tr("option: %1").replace("%1", name), option_id)
        index = self.target_box.findData(kept)
        self.target_box.setCurrentIndex(max(index, 0))

    # ---- selection --------------------------------------------------------------------------------

    def current_row(self) -> EvidenceRow | None:
        return self.model.row_at(self.editor.view.currentIndex().row())  # type: ignore[no-any-return]

    def select_id(self, attachment_id: int) -> None:
        self.editor.select_id(attachment_id, 0)

    def show_place(self, place: Place) -> None:
        if place.row_id is not None:
            self.select_id(place.row_id)
        self.editor.view.setFocus()

    def _update_enabled(self) -> None:
        has_evaluation = self.evaluation_id is not None
        row = self.current_row()
        for button in (self.attach_button, self.link_button, self.target_box):
            button.setEnabled(has_evaluation)
        self.open_button.setEnabled(row is not None)
        self.save_button.setEnabled(row is not None and not row.url)
        self.remove_button.setEnabled(bool(self.editor.selected_ids()))

    def _on_double_click(self, index: Any) -> None:
        """Double-click edits the note, and opens the evidence anywhere else (F2 renames it)."""
        if index.column() == self.model.column_of("note"):
            self.editor.view.edit(index)
        else:
            self.open_current()

    # ---- commands ---------------------------------------------------------------------------------

    def attach(self) -> None:
        if self.evaluation_id is not None:
            self.attach_paths(commands.choose_files(self))

    def attach_paths(self, paths: list[str]) -> list[int]:
        if self.evaluation_id is None or not paths:
            return []
        ids = commands.attach_files(
            self, self.context, self.evaluation_id, paths, option_id=self.target_box.currentData()
        )
        if ids:
            self.select_id(ids[-1])
        return ids

    def add_link(self) -> None:
        if self.evaluation_id is None:
            return
        new_id = commands.add_link_to(
            self, self.context, self.evaluation_id, option_id=self.target_box.currentData()
        )
        if new_id is not None:
            self.select_id(new_id)

    def open_current(self) -> None:
        row = self.current_row()
        if row is not None:
            commands.open_evidence(self, self.context, row)

    def save_current(self) -> None:
        row = self.current_row()
        if row is not None:
            commands.save_copy(self, self.context, row)

    def remove(self) -> None:
        from duediligence.operations.rows import DeleteRows

        ids = self.editor.selected_ids()
        if not ids:
            return
        rows = [r for r in self.model.rows() if r.id in ids]
        text = (
            self.tr("Remove evidence “%1”").replace("%1", rows[0].name)
            if len(rows) == 1
            else self.tr("Remove %n piece(s) of evidence", "", len(ids))
        )
        submit(self, self.context, DeleteRows("attachment", tuple(ids)), text)
