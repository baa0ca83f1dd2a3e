"""questionnaire and import-answers: due-diligence questionnaires sent to a vendor and read back."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from duediligence.cli.common import EXIT_ERROR, EXIT_OK, open_workbook


def _day(text: str) -> date:
    """An argparse type: a date (YYYY-MM-DD, or as the user's language writes it with four digits)."""
    from duediligence.errors import ValidationError
    from duediligence.formats import parse_day

    try:
        found = parse_day(text, field="date")
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(f"{exc.reason} (got {text[:20]!r})") from None
    if found is None:
        raise argparse.ArgumentTypeError("expected a date such as 2026-12-18")
    return found


def add_questionnaire_commands(commands: Any, db_option: Any) -> None:
    asking = commands.add_parser(
        "questionnaire", help="write the due-diligence questionnaire of one option for its vendor to fill in"
    )
    asking.add_argument("evaluation", metavar="EVALUATION", help="the evaluation's id or exact title")
    asking.add_argument("--option", required=True, metavar="OPTION", help="the option's exact name or id")
    asking.add_argument("--out", required=True, metavar="FILE.xlsx", help="the workbook to write")
    asking.add_argument("--pdf", action="store_true", help="also write FILE.pdf, to answer in writing")
    asking.add_argument(
        "--buyer", metavar="NAME", help="who asks, as the vendor sees it (default: as last sent)"
    )
    asking.add_argument(
        "--contact", metavar="TEXT", help="where the vendor asks back (default: as last sent)"
    )
    asking.add_argument(
        "--due",
        type=_day,
        metavar="YYYY-MM-DD",
        help="the deadline (default: as last sent, else in two weeks)",
    )
    db_option(asking)
    answers = commands.add_parser(
        "import-answers",
        help="import a returned questionnaire: review the answers, then store them in one step",
    )
    answers.add_argument("file", metavar="FILE.xlsx")
    answers.add_argument("--dry-run", action="store_true", help="show the review, write nothing")
    answers.add_argument(
        "--received", type=_day, metavar="YYYY-MM-DD", help="the day the answers came back (default: today)"
    )
    db_option(answers)


def cmd_questionnaire(args: argparse.Namespace) -> int:
    from duediligence.exchange.questionnaire_write import send_questionnaire
    from duediligence.identity import current_user
    from duediligence.reads.evaluations import find_evaluation
    from duediligence.reads.questionnaires import find_option
    from duediligence.report.questionnaire_pdf import write_questionnaire_pdf
    from duediligence.storage.unit_of_work import run

    out = Path(args.out)
    db = open_workbook(args)
    try:
        with db.reading() as session:
            option_id = find_option(session, find_evaluation(session, args.evaluation), args.option)

        def record(operation: Any) -> None:
            run(
                db, operation, action=f"Send the questionnaire {out.name} (command line)", user=current_user()
            )

        sent = send_questionnaire(
            db, option_id, out, buyer=args.buyer, contact=args.contact, due_on=args.due, record=record,
            pdf=(out.with_suffix(".pdf"), write_questionnaire_pdf) if args.pdf else None,
        )  # fmt: skip
    finally:
        db.close()
    also = f" and {sent.pdf}" if sent.pdf else ""
    due = sent.due_on.isoformat()
    print(f"Wrote {sent.path}{also}: {sent.questions} question(s), due {due} (round {sent.round}).")
    return EXIT_OK


def cmd_import_answers(args: argparse.Namespace) -> int:
    from duediligence.exchange.questionnaire_commands import import_answers_command

    db = open_workbook(args)
    try:
        report = import_answers_command(db, args.file, dry_run=args.dry_run, received_on=args.received)
    finally:
        db.close()
    print("\n".join(report.review.sentences()))
    if report.problem:
        print(f"duediligence: {report.problem}", file=sys.stderr)
        return EXIT_ERROR
    if args.dry_run:
        print("Dry run: nothing was written.")
    elif report.applied:
        where = f" A backup taken before the import is at {report.backup}." if report.backup else ""
        option = report.review.option
        print(f"Stored {report.stored} answer(s) on the checklist of “{option}”, to review.{where}")
    else:
        print("Nothing new to store: the workbook holds these answers already.")
    return EXIT_OK
