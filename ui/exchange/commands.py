"""The File menu's Excel commands: export, import with a review, scoring sheets out and back.

Each reads or writes files on a worker thread behind a progress dialog; each change to the workbook
is one `context.submit`, so Edit ▸ Undo takes a whole import back. Importing this module is cheap (the
dialogs and the core load when a command runs), so ui/actions.py may import it at start-up.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox, QWidget

from duediligence.i18n import PLURAL, translate
from ui import dialogs
from ui.exchange.progress import run_in_background

if TYPE_CHECKING:
    from duediligence.exchange.commands import ImportPlan
    from duediligence.exchange.scoring_sheets import ScoringSheetPlan
    from duediligence.storage.database import Database
    from ui.main_window import MainWindow

STATUS_MS = 15_000


def tell(parent: QWidget | None, title: str, text: str) -> None:
    """A plain notice (tests replace it)."""
    QMessageBox.information(parent, title, text)


def _current(window: MainWindow) -> int | None:
    return window.evaluations.current_id() or window.evaluation_view.evaluation_id


def _problem(exc: BaseException) -> str:
    from duediligence.errors import WorkbookError

    if isinstance(exc, WorkbookError | OSError):
        return str(exc)
    return translate("ExchangeCommands", "Unexpected error: %1").replace("%1", f"{type(exc).__name__}: {exc}")


# --- export ----------------------------------------------------------------------------------------


def export_to_excel(window: MainWindow) -> None:
    """File ▸ Export to Excel…: choose evaluations and a file, then write it with progress."""
    from duediligence.exchange.commands import export_command
    from duediligence.reads.evaluations import list_evaluations
    from ui.exchange import export_dialog

    db = window.context.db
    if db is None:
        return
    rows = window.context.read(list_evaluations)
    if not rows:
        tell(
            window,
            translate("ExchangeCommands", "Export to Excel"),
            translate("ExchangeCommands", "The workbook holds no evaluation to export yet."),
        )
        return
    ids = export_dialog.ExportDialog.ask(rows, _current(window), window)
    if not ids:
        return
    for_whom = getattr(ids, "for_whom", "internal")  # ExportDialog.Chosen
    titles = [r.title for r in rows if r.id in ids]
    path = export_dialog.choose_export_path(window, export_dialog.suggested_name(titles))
    if not path:
        return
    title = translate("ExchangeCommands", "Exporting to Excel")

    def done(written: Path) -> None:
        message = translate(
            "ExchangeCommands", "Exported %n evaluation(s) to %1", None, PLURAL, len(ids)
        ).replace("%1", str(written))
        window.statusBar().showMessage(message, STATUS_MS)

    def failed(exc: BaseException) -> None:
        dialogs.show_error(window, translate("ExchangeCommands", "Cannot export"), _problem(exc))

    def cancelled() -> None:
        window.statusBar().showMessage(
            translate("ExchangeCommands", "Export cancelled; no file was written."), STATUS_MS
        )

    run_in_background(
        window,
        title,
        lambda progress: export_command(db, ids, path, progress, for_whom),
        done,
        failed,
        on_cancelled=cancelled,
    )


# --- import ----------------------------------------------------------------------------------------


def _read_then(
    window: MainWindow,
    path: str | Path | None,
    choose: Callable[[MainWindow], str | None],
    read: Callable[[Database, Path], Any],
    then: Callable[[MainWindow, Any], object],
) -> None:
    """An import: the file (given, or chosen), read on a worker, then `then` (review, store)."""
    db = window.context.db
    if db is None:
        return
    path = path or choose(window)
    if not path:
        return
    target = Path(path)

    def failed(exc: BaseException) -> None:
        dialogs.show_error(
            window,
            translate("ExchangeCommands", "Cannot import “%1”").replace("%1", target.name),
            _problem(exc),
        )

    run_in_background(
        window,
        translate("ExchangeCommands", "Reading “%1”…").replace("%1", target.name),
        lambda _progress: read(db, target),
        lambda plan: then(window, plan),
        failed,
        busy=True,
    )


def import_from_excel(window: MainWindow, path: str | Path | None = None) -> None:
    """File ▸ Import from Excel… (and drag-and-drop later): read, review every line, then one step."""
    from duediligence.exchange.commands import prepare_import
    from ui.exchange import import_dialog

    _read_then(window, path, import_dialog.choose_import_path, prepare_import, review_import)


def review_import(window: MainWindow, plan: ImportPlan) -> bool:
    """Show the plan; on Apply, back up the workbook and apply the accepted lines as one undo step."""
    from duediligence.exchange.commands import ERROR
    from ui.exchange import import_dialog

    name = plan.path.name
    if not plan.lines and plan.is_empty:
        tell(
            window,
            translate("ExchangeCommands", "Import from Excel"),
            translate("ExchangeCommands", "No changes: “%1” and the workbook agree.").replace("%1", name),
        )
        return False
    choices = import_dialog.ImportDialog.ask(plan, window)
    if choices is None:
        return False
    if plan.of_kind(ERROR):  # the dialog refuses this too; a caller may not have used it
        return False
    resolutions, skip = choices
    text = translate("ExchangeCommands", "Import from “%1”").replace("%1", name)
    try:
        operation = plan.operation(resolutions, skip)
        backup = _backup(window)
        result = window.context.submit(operation, text, seen=plan.seen)
    except Exception as exc:
        message = translate("ExchangeCommands", "%1 Nothing was imported.").replace("%1", _problem(exc))
        dialogs.show_error(window, text, message)
        return False
    new_ids = [r for p, r in zip(plan.evaluations, result or [], strict=False) if p.target_id is None]
    if new_ids and isinstance(new_ids[0], int):
        window.evaluations.select(new_ids[0])
    message = translate(
        "ExchangeCommands", "Imported “%1”; Edit ▸ Undo takes the whole import back."
    ).replace("%1", name)
    if backup is not None:
        message += " " + translate("ExchangeCommands", "Backup taken before: %1").replace("%1", backup.name)
    window.statusBar().showMessage(message, STATUS_MS)
    return True


def _backup(window: MainWindow) -> Path | None:
    """The forced backup before an import; a failure refuses the import (raised)."""
    from duediligence.storage.backups import take_backup

    db = window.context.db
    if db is None or db.path is None:
        return None
    try:
        return take_backup(db.path, "before-import")
    except Exception as exc:
        raise OSError(
            translate("ExchangeCommands", "The backup before the import could not be taken (%1).").replace(
                "%1", str(exc)
            )
        ) from exc


# --- scoring sheets --------------------------------------------------------------------------------


def _sheet_name(title: str, evaluator: str, folder: Path) -> Path:
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "-", f"{title[:60]} - scoring - {evaluator[:40]}").strip(" .")
    path, n = folder / f"{stem}.xlsx", 1
    while path.exists():  # never overwrite a sheet that may already have come back filled in
        n += 1
        path = folder / f"{stem} ({n}).xlsx"
    return path


def send_scoring_sheets(window: MainWindow) -> None:
    """File ▸ Send out for scoring…: one sheet per evaluator of the current evaluation, into a folder."""
    from duediligence.exchange.scoring_sheets import write_scoring_sheet
    from duediligence.reads.evaluations import get_evaluation
    from ui.exchange import scoring_dialogs

    db, eid = window.context.db, _current(window)
    if db is None or eid is None:
        tell(
            window,
            translate("ExchangeCommands", "Send out for scoring"),
            translate("ExchangeCommands", "Choose the evaluation to send out first."),
        )
        return
    title = window.context.read(get_evaluation, eid).title
    answer = scoring_dialogs.SendDialog.ask(title, window)
    if answer is None or not answer[0]:
        return
    names, folder = answer

    def job(progress: Any) -> list[Path]:
        written = []
        for i, name in enumerate(names):
            if progress(
                i / len(names), translate("ExchangeCommands", "Writing the sheet for %1…").replace("%1", name)
            ):
                break
            written.append(write_scoring_sheet(db, eid, name, _sheet_name(title, name, folder)))
        return written

    def done(written: list[Path]) -> None:
        message = translate(
            "ExchangeCommands", "Wrote %n scoring sheet(s) to %1", None, PLURAL, len(written)
        ).replace("%1", str(folder))
        window.statusBar().showMessage(message, STATUS_MS)

    def failed(exc: BaseException) -> None:
        dialogs.show_error(
            window, translate("ExchangeCommands", "Cannot write the scoring sheets"), _problem(exc)
        )

    run_in_background(window, translate("ExchangeCommands", "Send out for scoring"), job, done, failed)


def import_scoring_sheet(window: MainWindow, path: str | Path | None = None) -> None:
    """File ▸ Import a scoring sheet…: read it, say what it stores, then store it as one step."""
    from duediligence.exchange.scoring_sheets import read_scoring_sheet
    from ui.exchange import scoring_dialogs

    _read_then(
        window, path, scoring_dialogs.choose_scoring_sheet_path, read_scoring_sheet, store_scoring_sheet
    )


def store_scoring_sheet(window: MainWindow, plan: ScoringSheetPlan) -> bool:
    from ui.exchange import scoring_dialogs

    title = translate("ExchangeCommands", "Import a scoring sheet")
    if plan.problems:
        listed = "\n".join(f"• {p}" for p in plan.problems[:12])
        more = len(plan.problems) - 12
        if more > 0:
            listed += "\n" + translate("ExchangeCommands", "… and %1 more.").replace("%1", str(more))
        text = translate(
            "ExchangeCommands",
            "The sheet from %1 holds values that cannot be stored; nothing was stored.\n\n%2",
        )
        dialogs.show_error(window, title, text.replace("%1", plan.evaluator).replace("%2", listed))
        return False
    if not scoring_dialogs.confirm_scores(window, plan):
        return False
    undo_text = translate("ExchangeCommands", "Import scores from %1").replace("%1", plan.evaluator)
    try:
        window.context.submit(plan.operation(), undo_text)
    except Exception as exc:
        dialogs.show_error(
            window,
            title,
            translate("ExchangeCommands", "%1 Nothing was stored.").replace("%1", _problem(exc)),
        )
        return False
    window.evaluations.select(plan.evaluation_id)
    count = plan.values
    message = translate(
        "ExchangeCommands",
        "Stored %n score(s) from %1; Evaluation ▸ Evaluators… shows them combined.",
        None,
        PLURAL,
        int(count),
    )
    window.statusBar().showMessage(message.replace("%1", plan.evaluator), STATUS_MS)
    return True


def show_evaluators(window: MainWindow) -> None:
    """The Evaluators dialog for the current evaluation."""
    from ui.exchange.evaluators_dialog import EvaluatorsDialog

    eid = _current(window)
    if window.context.db is None or eid is None:
        tell(
            window,
            translate("ExchangeCommands", "Evaluators"),
            translate("ExchangeCommands", "Choose an evaluation first."),
        )
        return
    EvaluatorsDialog(window.context, eid, window).exec()
