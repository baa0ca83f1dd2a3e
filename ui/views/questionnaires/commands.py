"""Sending a questionnaire and importing the answers, from the questionnaires page or the File menu.

Both go through `context.submit`, so each is one step on the undo stack: sending records the send
(the file is written first and renamed into place once recorded), importing stores every answer.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from duediligence.i18n import translate
from ui import dialogs, file_dialogs

if TYPE_CHECKING:
    from duediligence.exchange.questionnaire_read import AnswersReview
    from duediligence.exchange.questionnaire_write import Sent
    from ui.context import AppContext


def tell(parent: QWidget | None, title: str, text: str) -> None:
    """A plain notice (tests replace it)."""
    QMessageBox.information(parent, title, text)


def choose_answers_path(parent: QWidget | None) -> str | None:
    path, _ = file_dialogs.open_file_name(
        parent,
        translate("QuestionnaireCommands", "Import questionnaire answers"),
        "",
        translate("QuestionnaireCommands", "Excel workbooks (*.xlsx);;All files (*)"),
    )
    return path or None


def _problem(exc: BaseException) -> str:
    from duediligence.errors import WorkbookError

    if isinstance(exc, WorkbookError | OSError):
        return str(exc)
    return translate("QuestionnaireCommands", "Unexpected error: %1").replace(
        "%1", f"{type(exc).__name__}: {exc}"
    )


class _Busy:
    def __enter__(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc: object) -> None:
        QApplication.restoreOverrideCursor()


def send(parent: QWidget, context: AppContext, option_id: int) -> Sent | None:
    """Ask who sends it, by when and where to; write it; record the send as one undoable step."""
    from duediligence.exchange.questionnaire_write import send_questionnaire
    from duediligence.reads.questionnaires import questionnaire_content, questionnaire_record
    from duediligence.report.questionnaire_pdf import write_questionnaire_pdf
    from ui.views.questionnaires.send_dialog import SendDialog, file_stem

    db = context.db
    if db is None:
        return None

    def current(session: Any) -> tuple[Any, Any]:
        record = questionnaire_record(session, option_id)
        from datetime import date

        content = questionnaire_content(session, option_id, "", "", date.today())
        return record, content

    record, content = context.read(current)
    title = translate("QuestionnaireCommands", "Send the questionnaire")
    if not content.questions:
        tell(
            parent,
            title,
            translate(
                "QuestionnaireCommands",
                "No question is asked yet: tick “Ask” beside checklist items, add questions, "
                "or add them from a template.",
            ),
        )
        return None
    choice = SendDialog.ask(
        content.addressee, len(content.questions), record.buyer if record else "",
        record.contact if record else "", record.due_on if record else None, file_stem(content.addressee),
        parent,
    )  # fmt: skip
    if choice is None:
        return None
    text = translate("QuestionnaireCommands", "Send the questionnaire to “%1”").replace(
        "%1", content.addressee
    )
    pdf = (choice.path.with_suffix(".pdf"), write_questionnaire_pdf) if choice.pdf else None
    try:
        with _Busy():
            sent = send_questionnaire(
                db, option_id, choice.path, buyer=choice.buyer, contact=choice.contact, due_on=choice.due_on,
                record=lambda operation: context.submit(operation, text), pdf=pdf,
            )  # fmt: skip
    except Exception as exc:
        dialogs.show_error(
            parent, translate("QuestionnaireCommands", "Cannot send the questionnaire"), _problem(exc)
        )
        return None
    written = str(sent.path) + (f"\n{sent.pdf}" if sent.pdf else "")
    tell(
        parent,
        title,
        translate(
            "QuestionnaireCommands",
            "Wrote %1 questions for “%2”, due %3:\n\n%4\n\nSend the file to the vendor; import the "
            "returned one with “Import answers…”.",
        )
        .replace("%1", str(sent.questions))
        .replace("%2", content.addressee)
        .replace("%3", sent.due_on.isoformat())
        .replace("%4", written),
    )
    return sent


def import_answers(
    parent: QWidget, context: AppContext, path: str | Path | None = None
) -> AnswersReview | None:
    """Read a returned questionnaire, show the review, and store the answers as one undoable step.
    Returns the review when the answers were stored."""
    from duediligence.exchange.questionnaire_read import read_answers
    from ui.views.questionnaires.review_dialog import ReviewDialog

    db = context.db
    if db is None:
        return None
    path = path or choose_answers_path(parent)
    if not path:
        return None
    target = Path(path)
    try:
        with _Busy():
            review = read_answers(db, target)
    except Exception as exc:
        dialogs.show_error(
            parent,
            translate("QuestionnaireCommands", "Cannot import “%1”").replace("%1", target.name),
            _problem(exc),
        )
        return None
    received = ReviewDialog.ask(review, parent)
    if received is None or review.problems or not review.to_store:
        return None
    text = translate("QuestionnaireCommands", "Import the answers of “%1”").replace("%1", review.option)
    try:
        _backup(context)
        context.submit(review.operation(received), text, seen=review.seen)
    except Exception as exc:
        message = translate("QuestionnaireCommands", "%1 Nothing was stored.").replace("%1", _problem(exc))
        dialogs.show_error(parent, text, message)
        return None
    return review


def _backup(context: AppContext) -> None:
    """The backup before an import; a failure refuses the import (raised)."""
    from duediligence.storage.backups import take_backup

    db = context.db
    if db is None or db.path is None:
        return
    try:
        take_backup(db.path, "before-import")
    except Exception as exc:
        raise OSError(
            translate(
                "QuestionnaireCommands", "The backup before the import could not be taken (%1)."
            ).replace("%1", str(exc))
        ) from exc
