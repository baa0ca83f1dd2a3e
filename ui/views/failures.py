"""What the user is told when something goes wrong that no editor foresaw: a sentence in a message box,
never a traceback on a console nobody reads.

The core names what it refuses (a value, a conflict, a database that could not write: a StorageError
says what to do). Anything else is a bug; the user still learns that the edit was not stored, and the
traceback goes to stderr for whoever reports it.
"""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from duediligence.i18n import translate
from ui import dialogs


def unexpected_text(exc: BaseException, *, edit: bool = True) -> str:
    """One sentence for an error nobody expected. `edit`: it escaped an edit's transaction, which the
    core rolled back (so nothing was stored)."""
    what = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    if edit:
        text = translate(
            "Failures",
            "Nothing was stored: something unexpected went wrong (%1). Try again; if it happens again, "
            "please report it with what you were doing.",
        )
    else:
        text = translate(
            "Failures",
            "Something unexpected went wrong (%1). What you were doing may not have finished: check it, "
            "and if it happens again, please report it with what you were doing.",
        )
    return text.replace("%1", what)


def report_unexpected(widget: QWidget | None, title: str, exc: BaseException, *, queued: bool = True) -> None:
    """Show `exc` as a sentence (after the item editor that caused it has closed, when `queued`)."""
    traceback.print_exception(exc, file=sys.stderr)
    text = unexpected_text(exc)
    if queued and widget is not None:
        QTimer.singleShot(0, widget, lambda: dialogs.show_error(widget, title, text))
    else:
        dialogs.show_error(widget, title, text)


def last_resort(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """sys.excepthook for the app: an error escaping a Qt slot is shown instead of only printed."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    traceback.print_exception(kind, exc, tb, file=sys.stderr)
    from duediligence.errors import WorkbookError

    parent = QApplication.activeWindow()
    title = translate("Failures", "Something went wrong")
    text = str(exc) if isinstance(exc, WorkbookError) else unexpected_text(exc, edit=False)
    try:
        dialogs.show_error(parent, title, text)
    except Exception:  # a message box that cannot be shown must not loop back here
        traceback.print_exc(file=sys.stderr)


def install_last_resort() -> None:
    """Errors escaping Qt slots are shown to the user (called once at start-up)."""
    sys.excepthook = last_resort
