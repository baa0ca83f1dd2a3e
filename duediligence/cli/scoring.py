"""scoring-sheets and import-scores: one scoring sheet per evaluator, sent out and read back.

The same wording as `import`: a dry run says what it would import, a file that changes nothing says
"No changes", and a value that cannot be stored is refused naming its sheet and cell, with nothing
of any file imported.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from duediligence.cli.common import EXIT_ERROR, EXIT_OK, open_workbook


def add_commands(commands: Any, db_option: Any) -> None:
    """The two subcommands; `db_option(parser)` adds --db as every command has it."""
    sending = commands.add_parser(
        "scoring-sheets", help="write one scoring sheet per evaluator of an evaluation, to fill in and return"
    )
    sending.add_argument("evaluation", metavar="EVALUATION", help="the evaluation's id or exact title")
    sending.add_argument(
        "--evaluator",
        dest="evaluators",
        action="append",
        required=True,
        metavar="NAME",
        help="an evaluator's name (repeat for several)",
    )
    sending.add_argument("--out", required=True, metavar="DIR", help="the folder to write the sheets into")
    db_option(sending)
    receiving = commands.add_parser(
        "import-scores",
        help="import returned scoring sheets: list what they change, then store it in one step",
    )
    receiving.add_argument("files", nargs="+", metavar="FILE.xlsx", help="returned scoring sheets")
    db_option(receiving)
    receiving.add_argument("--dry-run", action="store_true", help="list the changes, write nothing")


def cmd_scoring_sheets(args: argparse.Namespace) -> int:
    from duediligence.exchange.scoring_rounds import write_scoring_sheets
    from duediligence.reads.evaluations import find_evaluation

    db = open_workbook(args)
    try:
        with db.reading() as session:
            evaluation_id = find_evaluation(session, args.evaluation)
        written = write_scoring_sheets(db, evaluation_id, args.evaluators, Path(args.out))
    finally:
        db.close()
    for name, path in written:
        print(f"Wrote the scoring sheet for {name} to {path}.")
    return EXIT_OK


def cmd_import_scores(args: argparse.Namespace) -> int:
    from duediligence.exchange.safety import XlsxImportError
    from duediligence.exchange.scoring_rounds import score_changes
    from duediligence.exchange.scoring_sheets import read_scoring_sheet
    from duediligence.storage.concurrency import last_change_id

    db = open_workbook(args)
    try:
        with db.reading() as session:
            seen = last_change_id(session)
        plans, failures = [], []
        for file in args.files:
            try:
                plans.append(read_scoring_sheet(db, file))
            except XlsxImportError as exc:
                failures.append(str(exc))
        failures += _repeated(plans)
        with db.reading() as session:
            reviewed = [(plan, score_changes(session, plan)) for plan in plans]
        verb = "would import " if args.dry_run else ""
        for plan, changes in reviewed:
            print("\n".join(_review(plan, changes, verb)))
        refused = sum(len(plan.problems) for plan in plans)
        if refused:
            failures.append(
                f"{refused} value(s) cannot be imported (see the refused lines); nothing was imported."
            )
        if failures:  # each says that nothing was imported
            print("\n".join(f"duediligence: {failure}" for failure in failures), file=sys.stderr)
            return EXIT_ERROR
        changing = [plan for plan, changes in reviewed if changes]
        if not changing:
            print("No changes: the workbook already holds these scores.")
        elif args.dry_run:
            print("Dry run: nothing was written.")
        else:
            print(_store(db, changing, seen))
    finally:
        db.close()
    return EXIT_OK


def _repeated(plans: list[Any]) -> list[str]:
    """Two sheets of the same evaluator for the same evaluation: which one counts is not for us to say."""
    first: dict[tuple[int, str], Any] = {}
    out = []
    for plan in plans:
        key = (plan.evaluation_id, plan.evaluator)
        if key in first:
            out.append(
                f"{first[key].path.name} and {plan.path.name} both hold {plan.evaluator}'s scores for "
                f"“{plan.evaluation_title}”; import one of them. Nothing was imported."
            )
        first.setdefault(key, plan)
    return out


def _review(plan: Any, changes: list[Any], verb: str) -> list[str]:
    name = plan.path.name
    if plan.problems:
        head = f"{name}: {plan.evaluator}'s sheet for “{plan.evaluation_title}” cannot be imported:"
        return [head, *(f"  refused: {problem}" for problem in plan.problems)]
    if not changes:
        head = f"{name}: No changes: the workbook already holds these scores from {plan.evaluator}."
    else:
        head = f"{name}: {verb}{plan.sentence()}"
    lines = [head, *(f"  {c.kind}: {c.sentence()}." for c in changes)]
    return lines + [f"  not read: {notice}" for notice in plan.notices]


def _store(db: Any, plans: list[Any], seen: int) -> str:
    """Back up, then store every changing sheet in one transaction; the sentence to print."""
    from duediligence.errors import WorkbookError
    from duediligence.identity import current_user
    from duediligence.operations import Batch
    from duediligence.storage.backups import take_backup
    from duediligence.storage.concurrency import ConcurrentEditError
    from duediligence.storage.unit_of_work import run

    backup = take_backup(db.path, "before-import") if db.path is not None else None
    evaluators = ", ".join(dict.fromkeys(plan.evaluator for plan in plans))
    operation = Batch(tuple(plan.operation() for plan in plans))
    action = f"Import scores from {evaluators} (command line)"
    try:
        run(db, operation, action=action, user=current_user(), seen=seen)
    except ConcurrentEditError as exc:
        raise WorkbookError(
            f"{exc.sentence.split('. ')[0]}: the sheets were compared with an older state of the workbook. "
            "Nothing was imported; import them again to compare them with the latest scores."
        ) from exc
    where = f" A backup taken before the import is at {backup}." if backup else ""
    return f"Imported.{where}"
