"""Opening, creating and copying workbook files, with every refusal shown as a message, never a crash."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale

from duediligence.i18n import translate
from ui import dialogs
from ui.workbook_notice import describe, notice

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def open_workbook(window: MainWindow, target: str | Path, *, checked: bool = False) -> bool:
    """Open `target` in the window; on any error say why and keep the workbook that was open.

    Only a file SQLite finds damaged is offered recovery; a full disk, a read-only or locked file and
    missing permissions are explained with what to do, and the file is left where it is. `checked`:
    the file's integrity was checked a moment ago (`preview`).
    """
    from duediligence.errors import CorruptWorkbookError, WorkbookError

    try:
        db = window.context.open_workbook(target, checked=checked)
    except CorruptWorkbookError as exc:
        return offer_recovery(window, Path(target), str(exc))
    except WorkbookError as exc:
        dialogs.show_error(window, translate("Workbooks", "Cannot open workbook"), str(exc))
        return False
    except Exception as exc:  # e.g. a server that refuses the connection
        if is_url(str(target)) and needs_password(exc):
            return open_with_password(window, str(target))
        dialogs.show_error(window, translate("Workbooks", "Cannot open workbook"), explain(exc, target))
        return False
    window.settings.remember_workbook(db.address)  # a URL is remembered without its password
    notice(window).show_lines(describe(db))
    if db.report.migrated_from and db.report.backup:
        backup = db.report.backup
        window.statusBar().showMessage(
            translate("Workbooks", "Upgraded to the current format; the old file is kept as %1").replace(
                "%1", backup.name
            ),
            60000,
        )
        window.path_label.setToolTip(
            translate("Workbooks", "Backup made before the upgrade: %1").replace("%1", str(backup))
        )
    if db.report.created:
        offer_samples(window)
    return True


def explain(exc: Exception, target: str | Path) -> str:
    """One sentence for an error no part of the core has worded: a storage fault if it is one."""
    from duediligence.storage.faults import classify

    if not is_url(str(target)):
        known = classify(exc, Path(target))
        if known is not None:
            return str(known)
    detail = getattr(exc, "orig", None) or exc
    return (
        translate("Workbooks", "Cannot open %1: %2").replace("%1", shown(target)).replace("%2", str(detail))
    )


def is_url(target: str) -> bool:
    return "://" in target


def shown(target: str | Path) -> str:
    """A path or URL as the user may see it: never with a password."""
    if not is_url(str(target)):
        return str(target)
    from duediligence.storage.database import shown_url

    return shown_url(str(target))


def needs_password(exc: Exception) -> bool:
    text = str(exc).lower()
    return "password authentication failed" in text or "no password supplied" in text


def open_with_password(window: MainWindow, url: str) -> bool:
    """The server wants a password: ask for it (kept for this session only, never in the settings)."""
    from duediligence.storage.database import url_with_password

    password = dialogs.ask_password(window, shown(url))
    if not password:
        return False
    with_password = url_with_password(url, password)
    return open_workbook(window, with_password)


def open_url_dialog(window: MainWindow) -> None:
    """File ▸ Open team database…: a PostgreSQL URL (the password is asked for when the server wants one)."""
    url = dialogs.ask_database_url(window)
    if url:
        open_workbook(window, url)


def offer_recovery(window: MainWindow, path: Path, problem: str) -> bool:
    """A damaged file: offer its newest good backup (the damaged file is kept beside it), else explain."""
    from duediligence.errors import WorkbookError
    from duediligence.storage.backups import newest_good_backup, recover_from_backup

    backup = newest_good_backup(path)
    if backup is None:
        dialogs.show_error(window, translate("Workbooks", "Cannot open workbook"), problem)
        return False
    when = QLocale().toString(backup.taken_at, QLocale.FormatType.LongFormat)
    if not dialogs.offer_recovery(window, problem, when):
        return False
    try:
        damaged = recover_from_backup(path, backup.path)
    except (WorkbookError, OSError) as exc:  # not damaged after all, a full disk, a read-only folder…
        dialogs.show_error(window, translate("Workbooks", "Cannot restore the backup"), str(exc))
        return False
    opened = open_workbook(window, path)
    if opened:
        window.statusBar().showMessage(
            translate("Workbooks", "Restored the backup of %1; the damaged file is kept as %2")
            .replace("%1", when)
            .replace("%2", damaged.name),
            60000,
        )
    return opened


def offer_samples(window: MainWindow) -> None:
    """A new, empty workbook: offer the samples so a first-time user has something to explore."""
    from duediligence.reads.evaluations import evaluation_count

    if window.context.read(evaluation_count) == 0 and dialogs.offer_samples(window):
        from ui.edits import add_samples

        add_samples(window)


def start(window: MainWindow, db: str | None) -> None:
    """At start-up: the --db path, else the last workbook if it still exists, else the default one."""
    from duediligence.paths import default_workbook
    from ui.views.evidence.commands import clean_left_copies

    last = window.settings.get("workbook/last")
    usable = bool(last) and (is_url(last) or Path(last).is_file())
    target = db if db is not None else last if usable else default_workbook()
    preview(window, target)
    if not open_workbook(window, target):  # checks the file (integrity included) before any edit
        window.evaluations.preview([])
        window.show_no_workbook()
    clean_left_copies()  # evidence copies a crashed run left in the private folder (after the list shows)


def preview(window: MainWindow, target: str | Path) -> bool:
    """Show the workbook's evaluations read straight from its file while the database layer loads
    (about half a second); True when they are shown. Nothing can be selected or edited until the
    workbook is open, a moment later: opening runs SQLite's integrity check (on a thread, while the
    database layer is imported) and, for a damaged file, empties the list and offers its backup.
    Anything unusual (a damaged file, one to upgrade, a team database) is left to opening it, which
    says what is wrong."""
    if is_url(str(target)):
        return False
    from duediligence.reads.listing import peek_evaluations

    try:
        rows = peek_evaluations(Path(target), integrity=False)  # opening checks it next
    except Exception:  # opening it reports the problem in words
        return False
    if rows is None:
        return False
    window.evaluations.preview(rows)
    window.pages.setCurrentWidget(window.splitter)
    window.show_evaluation(None)
    # On screen now (laid out and painted), before the database layer is imported; clicks wait.
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    return True


def _refuse_existing(window: MainWindow, path: str) -> bool:
    if not Path(path).exists():
        return False
    message = translate(
        "Workbooks", "%1 already exists. Choose a new name, or open it with File ▸ Open workbook."
    )
    dialogs.show_error(window, translate("Workbooks", "File exists"), message.replace("%1", path))
    return True


def new_workbook(window: MainWindow) -> None:
    path = dialogs.choose_save_path(window, translate("Workbooks", "New workbook"))
    if path and not _refuse_existing(window, path):
        open_workbook(window, path)


def open_dialog(window: MainWindow) -> None:
    path = dialogs.choose_open_path(window)
    if path:
        open_workbook(window, path)


def save_copy(window: MainWindow) -> None:
    """Copy the open workbook to a new file (consistently, WAL included) and continue in the copy."""
    db = window.context.db
    if db is None:
        return
    path = dialogs.choose_save_path(window, translate("Workbooks", "Save a copy as"))
    if not path or _refuse_existing(window, path):
        return
    try:
        db.save_copy(Path(path))
    except Exception as exc:
        from duediligence.storage.faults import classify

        known = classify(exc, Path(path), action="save a copy as")
        dialogs.show_error(window, translate("Workbooks", "Cannot save a copy"), str(known or exc))
        return
    if open_workbook(window, path):
        window.statusBar().showMessage(
            translate("Workbooks", "Now working in the copy %1").replace("%1", path), 8000
        )
