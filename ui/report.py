"""File ▸ Decision report (PDF)…: the selected evaluation's report, written where the user chooses."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from duediligence.i18n import translate
from ui import dialogs, file_dialogs

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def ask_report_path(parent: QWidget | None, suggested: str) -> str | None:
    path, _ = file_dialogs.save_file_name(
        parent, translate("Report", "Save the decision report"), suggested, translate("Report", "PDF (*.pdf)")
    )
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path or None


def save_report(window: MainWindow) -> None:
    from duediligence.reads.evaluations import get_evaluation
    from duediligence.report.writer import write_report

    evaluation_id = window.evaluation_view.evaluation_id
    db = window.context.db
    if db is None or evaluation_id is None:
        dialogs.show_warning(
            window, translate("Report", "Decision report"), translate("Report", "Select an evaluation first.")
        )
        return
    title = window.context.read(get_evaluation, evaluation_id).title
    path = ask_report_path(window, f"{title} - decision report.pdf")
    if not path:
        return
    try:
        with db.reading() as session:
            written = write_report(session, evaluation_id, path)
    except Exception as exc:  # a folder that cannot be written to, a full disk
        dialogs.show_error(
            window,
            translate("Report", "Decision report"),
            translate("Report", "The report was not written: %1").replace("%1", str(exc)),
        )
        return
    window.statusBar().showMessage(
        translate("Report", "Decision report written to %1").replace("%1", str(written)), 10000
    )
