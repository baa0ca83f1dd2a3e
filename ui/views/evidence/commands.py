"""Attaching, opening and saving evidence from any view; every question is a function tests replace.

Other views call `attach_to` / `add_link_to` (e.g. from a context menu), or `add_evidence_actions` to
put "Attach evidence…", "Add a link…" and the evidence already attached into a menu they build.
"""

from __future__ import annotations

import atexit
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMenu,
    QMessageBox,
    QWidget,
)

from duediligence.i18n import translate
from ui import dialogs, file_dialogs

if TYPE_CHECKING:
    from duediligence.reads.evidence import EvidenceRow
    from ui.context import AppContext


# --- questions (tests replace these) ----------------------------------------------------------------


def choose_files(parent: QWidget | None) -> list[str]:
    """Files to attach (none when cancelled)."""
    paths, _ = file_dialogs.open_file_names(
        parent,
        translate("Evidence", "Attach evidence"),
        "",
        translate("Evidence", "All files (*);;Documents (*.pdf *.docx *.xlsx *.odt *.txt)"),
    )
    return list(paths)


def ask_link(parent: QWidget | None) -> tuple[str, str] | None:
    """(address, title) of a link to add, or None when cancelled."""
    return LinkDialog.ask(parent)


def choose_save_path(parent: QWidget | None, suggested: str) -> str | None:
    path, _ = file_dialogs.save_file_name(
        parent, translate("Evidence", "Save a copy of the evidence"), suggested
    )
    return path or None


def confirm_run(parent: QWidget | None, name: str) -> bool:
    """Opening this file would run it as a program: the user decides, and No is the default."""
    answer = QMessageBox.warning(
        parent,
        translate("Evidence", "Open a program?"),
        translate(
            "Evidence",
            "“%1” is a program or script: opening it runs it on your computer. Open it only if you "
            "trust where it came from. Save a copy… keeps it without running it.\n\nRun it now?",
        ).replace("%1", name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def open_url(url: QUrl) -> bool:
    """Hand a file or web address to the desktop (the default viewer or browser)."""
    return QDesktopServices.openUrl(url)


class LinkDialog(QDialog):
    """Address and title of a link; the address is checked by the core when it is added."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Evidence", "Add a link"))
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://…")
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(translate("Evidence", "e.g. Vendor's security page (optional)"))
        clip = QGuiApplication.clipboard().text().strip() if QGuiApplication.instance() else ""
        if clip.startswith(("http://", "https://")) and "\n" not in clip:
            self.url.setText(clip)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(translate("Evidence", "&Address:"), self.url)
        form.addRow(translate("Evidence", "&Title:"), self.title)
        form.addRow(buttons)
        self.resize(520, self.sizeHint().height())

    @classmethod
    def ask(cls, parent: QWidget | None) -> tuple[str, str] | None:
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.url.text().strip():
            return None
        return dialog.url.text().strip(), dialog.title.text().strip()


# --- a private folder for opened files --------------------------------------------------------------

_folder: Path | None = None


def evidence_folder() -> Path:
    """A folder only this user can read (files 0600), one per app process, removed when the app quits
    (and, after a crash, at the next start: see `clean_left_copies`), that opened files are written to."""
    global _folder
    if _folder is None or not _folder.is_dir():
        from duediligence.paths import opened_evidence_dir
        from duediligence.reads.evidence import opened_copies_folder

        _folder = opened_copies_folder(opened_evidence_dir())
        atexit.register(shutil.rmtree, _folder, True)
    return _folder


def clean_left_copies() -> None:
    """Remove opened copies left behind by app processes that ended without cleaning up (a crash)."""
    from duediligence.paths import opened_evidence_dir
    from duediligence.reads.evidence import clean_opened_copies

    clean_opened_copies(opened_evidence_dir())


# --- commands ---------------------------------------------------------------------------------------


def _refused(parent: QWidget | None, title: str, exc: Exception) -> None:
    dialogs.show_warning(parent, title, str(exc))


def attach_files(
    parent: QWidget | None,
    context: AppContext,
    evaluation_id: int,
    paths: Sequence[str | Path],
    *,
    option_id: int | None = None,
    criterion_id: int | None = None,
    risk_id: int | None = None,
) -> list[int]:
    """Attach files as one undoable step; a refused file is named and then nothing is stored."""
    from duediligence.errors import WorkbookError
    from duediligence.operations import Batch
    from duediligence.operations.evidence import AttachFile

    if not paths:
        return []
    targets = {"option_id": option_id, "criterion_id": criterion_id, "risk_id": risk_id}
    operation = Batch(tuple(AttachFile(evaluation_id, p, **targets) for p in paths))
    text = (
        translate("Evidence", "Attach “%1”").replace("%1", Path(paths[0]).name)
        if len(paths) == 1
        else translate("Evidence", "Attach %1 files").replace("%1", str(len(paths)))
    )
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a large file takes a moment
    try:
        ids: list[int] = context.submit(operation, text)
    except WorkbookError as exc:
        refused: WorkbookError | None = exc
    else:
        refused = None
    finally:
        QGuiApplication.restoreOverrideCursor()
    if refused is not None:
        _refused(parent, translate("Evidence", "Evidence not attached"), refused)
        return []
    return ids


def attach_to(
    parent: QWidget | None,
    context: AppContext,
    evaluation_id: int,
    option_id: int | None = None,
    criterion_id: int | None = None,
    risk_id: int | None = None,
) -> list[int]:
    """Ask for files and attach them to the evaluation, an option, a score or a checklist item."""
    paths = choose_files(parent)
    return attach_files(
        parent, context, evaluation_id, paths, option_id=option_id, criterion_id=criterion_id, risk_id=risk_id
    )


def add_link_to(
    parent: QWidget | None,
    context: AppContext,
    evaluation_id: int,
    option_id: int | None = None,
    criterion_id: int | None = None,
    risk_id: int | None = None,
) -> int | None:
    """Ask for a link and add it as evidence; a refused address is explained."""
    from duediligence.errors import WorkbookError
    from duediligence.operations.evidence import AttachLink

    answer = ask_link(parent)
    if answer is None:
        return None
    url, title = answer
    operation = AttachLink(evaluation_id, url, title, option_id, criterion_id, risk_id)
    try:
        return int(
            context.submit(operation, translate("Evidence", "Add link “%1”").replace("%1", title or url))
        )
    except WorkbookError as exc:
        _refused(parent, translate("Evidence", "Link not added"), exc)
        return None


def open_evidence(parent: QWidget | None, context: AppContext, row: EvidenceRow) -> bool:
    """Open a link in the browser, or a file (written to the private folder) in its viewer."""
    from duediligence.errors import WorkbookError
    from duediligence.reads.evidence import export_attachment, runs_code

    if row.url:
        return open_url(QUrl(row.url))
    if runs_code(row.name) and not confirm_run(parent, row.name):
        return False
    try:
        path = context.read(
            lambda session: export_attachment(session, row.id, evidence_folder(), private=True)
        )
    except (WorkbookError, OSError) as exc:
        _refused(parent, translate("Evidence", "Cannot open “%1”").replace("%1", row.name), exc)
        return False
    if not open_url(QUrl.fromLocalFile(str(path))):
        dialogs.show_warning(
            parent,
            translate("Evidence", "Cannot open “%1”").replace("%1", row.name),
            translate(
                "Evidence",
                "No program on this computer opens this kind of file. "
                "Save a copy… keeps it where you choose.",
            ),
        )
        return False
    return True


def save_copy(parent: QWidget | None, context: AppContext, row: EvidenceRow) -> Path | None:
    """Save an attached file where the user chooses (a link has nothing to save)."""
    from duediligence.errors import WorkbookError
    from duediligence.reads.evidence import safe_file_name, save_attachment

    if row.url:
        dialogs.show_warning(
            parent,
            translate("Evidence", "Nothing to save"),
            translate("Evidence", "“%1” is a link, not a file.").replace("%1", row.name),
        )
        return None
    path = choose_save_path(parent, safe_file_name(row.name, f"attachment-{row.id}", row.media_type))
    if not path:
        return None
    try:
        return Path(context.read(save_attachment, row.id, path))
    except (WorkbookError, OSError) as exc:
        _refused(parent, translate("Evidence", "Cannot save “%1”").replace("%1", row.name), exc)
        return None


def add_evidence_actions(
    menu: QMenu,
    parent: QWidget | None,
    context: AppContext,
    evaluation_id: int,
    option_id: int | None = None,
    criterion_id: int | None = None,
    risk_id: int | None = None,
) -> None:
    """Add "Attach evidence…", "Add a link…" and the evidence already attached to `menu`."""
    from duediligence.reads.evidence import list_evidence

    targets: dict[str, Any] = {"option_id": option_id, "criterion_id": criterion_id, "risk_id": risk_id}
    menu.addSeparator()
    menu.addAction(translate("Evidence", "Attach e&vidence file…")).triggered.connect(
        lambda: attach_to(parent, context, evaluation_id, **targets)
    )
    menu.addAction(translate("Evidence", "Add evidence &link…")).triggered.connect(
        lambda: add_link_to(parent, context, evaluation_id, **targets)
    )
    rows = context.read(lambda session: list_evidence(session, evaluation_id, **targets))
    if criterion_id is None and risk_id is None and option_id is not None:
        rows = [r for r in rows if r.criterion_id is None and r.risk_id is None]
    if rows:
        opened = menu.addMenu(translate("Evidence", "Open evidence"))
        for row in rows:
            opened.addAction(row.name).triggered.connect(
                lambda _=False, r=row: open_evidence(parent, context, r)
            )
