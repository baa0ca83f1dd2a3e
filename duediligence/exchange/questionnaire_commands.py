"""Importing a returned questionnaire as the command line runs it: review, then (unless a dry run)
a backup and one transaction that is refused when someone changed the same rows after the review."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from duediligence.errors import WorkbookError
from duediligence.exchange.questionnaire_read import AnswersReview, read_answers


@dataclass(frozen=True)
class AnswersReport:
    review: AnswersReview
    applied: bool
    problem: str | None = None  # why nothing was stored
    backup: Path | None = None
    stored: int = 0


class _Rollback(Exception):
    pass


def import_answers_command(
    db: Any, path: str | Path, *, dry_run: bool = False, received_on: date | None = None
) -> AnswersReport:
    """Review a returned questionnaire and store its new and changed answers in one transaction."""
    from duediligence.identity import current_user
    from duediligence.storage.backups import take_backup
    from duediligence.storage.concurrency import ConcurrentEditError
    from duediligence.storage.unit_of_work import run

    review = read_answers(db, path)
    if review.problems:
        count = len(review.problems)
        return AnswersReport(
            review, False, f"{count} answer(s) cannot be read (see above); nothing was stored."
        )
    operation = review.operation(received_on or date.today())
    if dry_run or not review.to_store:
        if dry_run:  # every check the real import makes, then rolled back
            try:
                with db.transaction() as session:
                    operation.apply(session)
                    raise _Rollback
            except _Rollback:
                pass
        return AnswersReport(review, False)
    try:
        backup = take_backup(db.path, "before-import") if db.path is not None else None
        action = f"Import the answers in {review.path.name} (command line)"
        run(db, operation, action=action, user=current_user(), seen=review.seen)
    except ConcurrentEditError as exc:
        problem = (
            f"{exc.sentence.split('. ')[0]}: the answers were compared with an older state of the workbook. "
            "Nothing was stored; import the file again."
        )
        return AnswersReport(review, False, problem)
    except WorkbookError as exc:
        return AnswersReport(review, False, f"The database refused the answers: {exc} Nothing was stored.")
    return AnswersReport(review, True, None, backup, len(review.to_store))
