"""The command line: the same core as the app, no Qt needed.

A public interface: commands, flags, exit codes (0 ok, 1 error, 2 usage) and JSON keys stay stable.
Heavy modules are imported inside the commands, so `duediligence --help` and app start-up stay fast.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import Any

from duediligence import __version__

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
MAX_DRAWS, MAX_SEED = 100_000, 2**31 - 1  # as the evaluation's own settings (fields.py)


def _db_option(parser: argparse.ArgumentParser, *, default: Any) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=default,
        help="workbook file or database URL (default: the workbook in your data folder)",
    )


def _whole_number(minimum: int, maximum: int) -> Any:
    """An argparse type: a whole number within [minimum, maximum] (the range of the setting it
    overrides), quoting at most 20 characters of what was given."""

    def whole(text: str) -> int:
        shown = text if len(text) <= 20 else f"{text[:20]}…"
        try:
            value = int(text) if len(text) <= 20 else None
        except ValueError:
            value = None
        if value is None:
            raise argparse.ArgumentTypeError(f"expected a whole number, got {shown!r}")
        if not minimum <= value <= maximum:
            raise argparse.ArgumentTypeError(f"must be between {minimum:,} and {maximum:,}, got {value:,}")
        return value

    return whole


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="duediligence",
        description="A buyer's due-diligence workbook. Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _db_option(parser, default=None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    # --db is accepted before or after the command; SUPPRESS keeps a value given before it.
    demo = commands.add_parser("demo", help="add the sample evaluations (all or nothing)")
    _db_option(demo, default=argparse.SUPPRESS)

    adding = commands.add_parser(
        "add", help="add an evaluation from a JSON document (the format of show --json); prints its id"
    )
    adding.add_argument("file", metavar="FILE.json", help="the evaluation document")
    _db_option(adding, default=argparse.SUPPRESS)

    listing = commands.add_parser("list", help="list the evaluations in a workbook")
    _db_option(listing, default=argparse.SUPPRESS)
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")

    show = commands.add_parser("show", help="print one evaluation with everything it holds")
    show.add_argument("evaluation", metavar="EVALUATION", help="the evaluation's id or exact title")
    _db_option(show, default=argparse.SUPPRESS)
    show.add_argument("--json", action="store_true", help="print JSON for scripts")
    ranking = commands.add_parser("rank", help="rank the options of one evaluation")
    ranking.add_argument("evaluation", metavar="EVALUATION", help="the evaluation's id or exact title")
    _db_option(ranking, default=argparse.SUPPRESS)
    ranking.add_argument("--json", action="store_true", help="print JSON for scripts")
    ranking.add_argument(
        "--draws",
        type=_whole_number(1, MAX_DRAWS),
        metavar="N",
        help=f"Monte Carlo draws, 1 to {MAX_DRAWS:,} (default: the evaluation's setting)",
    )
    ranking.add_argument(
        "--seed",
        type=_whole_number(0, MAX_SEED),
        metavar="S",
        help=f"random seed, 0 to {MAX_SEED:,} (default: the evaluation's setting)",
    )

    reporting = commands.add_parser("report", help="write the decision report of one evaluation as a PDF")
    reporting.add_argument("evaluation", metavar="EVALUATION", help="the evaluation's id or exact title")
    reporting.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    _db_option(reporting, default=argparse.SUPPRESS)

    exporting = commands.add_parser("export", help="write evaluations to an Excel workbook to share")
    exporting.add_argument("evaluations", nargs="+", metavar="EVALUATION", help="ids or exact titles")
    exporting.add_argument("--out", required=True, metavar="FILE.xlsx", help="the workbook to write")
    _db_option(exporting, default=argparse.SUPPRESS)

    importing = commands.add_parser(
        "import", help="import a shared Excel workbook: list the changes, then apply them in one step"
    )
    importing.add_argument("file", metavar="FILE.xlsx")
    _db_option(importing, default=argparse.SUPPRESS)
    importing.add_argument("--dry-run", action="store_true", help="list the changes, write nothing")
    importing.add_argument(
        "--conflicts",
        choices=("refuse", "app", "file"),
        default="refuse",
        help="when the app and the file changed the same value since the export: refuse (default), "
        "keep the app's, or take the file's",
    )

    desktop = commands.add_parser("install-desktop", help="add the app to the desktop's application menu")
    desktop.add_argument("--prefix", metavar="PATH", help="the XDG data folder (default: ~/.local/share)")
    desktop.add_argument("--uninstall", action="store_true", help="remove the menu entry again")

    copying = commands.add_parser(
        "copy", help="copy a whole workbook to another (e.g. from a file to a team PostgreSQL database)"
    )
    copying.add_argument("--from", dest="source", required=True, metavar="URL", help="workbook file or URL")
    copying.add_argument("--to", dest="target", required=True, metavar="URL", help="an empty workbook")
    _add_backup_commands(commands)
    return parser


def _add_backup_commands(commands: Any) -> None:
    backing_up = commands.add_parser(
        "backup", help="take a backup of a workbook through SQLite (whole, even while the app has it open)"
    )
    _db_option(backing_up, default=argparse.SUPPRESS)
    backing_up.add_argument(
        "--out", metavar="PATH", help="write the backup here (default: the workbook's backups folder)"
    )
    restoring = commands.add_parser(
        "restore", help="bring a workbook back to a backup's state (the current state is backed up first)"
    )
    restoring.add_argument("backup", metavar="BACKUP", help="a backup file (see File ▸ Restore from backup…)")
    _db_option(restoring, default=argparse.SUPPRESS)


def _open(args: argparse.Namespace, *, create: bool = False) -> Any:
    from duediligence.paths import default_workbook
    from duediligence.storage.database import Database

    target = args.db if args.db is not None else default_workbook()
    db = Database.open(target, create=create or args.db is None)
    for warning in db.report.warnings:  # e.g. a file copied while open: said, never stopping the command
        print(f"duediligence: warning: {warning}", file=sys.stderr)
    return db


def _workbook_file(args: argparse.Namespace) -> Any:
    """The workbook file named by --db (default: the one in the data folder); a server URL is refused."""
    from pathlib import Path

    from duediligence.errors import WorkbookUnavailableError
    from duediligence.paths import default_workbook
    from duediligence.storage.database import is_url

    if args.db is not None and is_url(args.db) and not str(args.db).startswith("sqlite:///"):
        raise WorkbookUnavailableError(args.db, "a server database is backed up and restored by the server")
    if args.db is None:
        return default_workbook()
    return Path(str(args.db).removeprefix("sqlite:///")).expanduser()


def cmd_demo(args: argparse.Namespace) -> int:
    from duediligence.identity import current_user
    from duediligence.storage.unit_of_work import run
    from duediligence.templates.samples import add_samples

    db = _open(args, create=True)
    try:
        action = "Add the sample evaluations (command line)"
        ids = run(db, add_samples(), action=action, user=current_user()).applied.result
    finally:
        db.close()
    print(f"Added {len(ids)} sample evaluations to {db.label}.")
    return EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    from duediligence.exchange.json_document import add_document, read_document

    doc = read_document(args.file)  # before opening: a file that is no document creates no workbook
    db = _open(args, create=True)
    try:
        evaluation_id = add_document(db, args.file, doc)
    finally:
        db.close()
    print(evaluation_id)
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from duediligence.reads.evaluations import list_evaluations

    db = _open(args)
    try:
        with db.reading() as session:
            rows = list_evaluations(session)
    finally:
        db.close()
    if args.json:
        data = [
            {
                "id": r.id,
                "title": r.title,
                "status": r.status,
                "kind": r.kind,
                "archived": r.archived,
                "deadline": r.deadline.isoformat() if r.deadline else None,
                "budget": r.budget,
                "currency": r.currency,
                "options": r.option_count,
                "updated_at": r.updated_at.isoformat(timespec="seconds"),
            }
            for r in rows
        ]
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return EXIT_OK
    if not rows:
        print(f"No evaluations in {db.label} yet. Add the samples with: duediligence demo --db {db.label}")
    for r in rows:
        archived = " (archived)" if r.archived else ""
        print(f"{r.id:>5}  {r.status:<11} {r.title}{archived}")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from duediligence.reads.documents import evaluation_document
    from duediligence.reads.evaluations import find_evaluation

    db = _open(args)
    try:
        with db.reading() as session:
            doc = evaluation_document(session, find_evaluation(session, args.evaluation))
    finally:
        db.close()
    if args.json:
        print(json.dumps(doc, indent=2, ensure_ascii=False))
        return EXIT_OK
    print(f"{doc['title']}  [{doc['status']}]  (id {doc['id']})")
    if doc["need"]:
        print(f"Need: {doc['need']}")
    if doc["budget"] is not None:
        print(f"Budget: {doc['budget']:,.2f} {doc['currency']}")
    if doc["deadline"]:
        print(f"Deadline: {doc['deadline']}")
    criteria = sum(len(g["criteria"]) for g in doc["criteria_groups"]) + len(doc["ungrouped_criteria"])
    print(
        f"{len(doc['options'])} options, {criteria} criteria, {len(doc['scores'])} scores, "
        f"{len(doc['risks'])} risks and checklist items, {len(doc['stakeholders'])} stakeholders, "
        f"{len(doc['change_notes'])} notes, {len(doc['actions'])} actions"
    )
    for option in doc["options"]:
        excluded = f"  (excluded: {option['exclusion_reason']})" if option["excluded"] else ""
        print(f"  - {option['name']} [{option['kind']}]{excluded}")
    return EXIT_OK


def ranking_json(r: Any) -> dict[str, Any]:
    """The stable JSON shape of `rank --json` (keys are documented in the README)."""

    def num(x: float | None, digits: int = 4) -> float | None:
        return None if x is None else round(x, digits)

    risk_keys: dict[int, dict[str, Any]] = {}
    if r.risks is not None:
        from duediligence.decision.risks import option_risk_json

        risk_keys = option_risk_json(r.risks)

    return {
        "evaluation": {"id": r.evaluation_id, "title": r.title, "currency": r.currency},
        "problem": r.problem,
        "missing_policy": r.missing_policy,
        "must_have_policy": r.must_have_policy,
        "weight_source": r.weight_source,
        "consistency_ratio": num(r.consistency_ratio),
        "risk_adjusted": bool(r.risks and r.risks.risk_adjusted),
        "options": [
            {
                "id": o.id,
                "name": o.name,
                "kind": o.kind,
                "score": num(o.score, 2),
                "rank": o.rank,
                "excluded": o.excluded,
                "exclusion_reason": o.exclusion_reason,
                "missing_weight": num(o.missing_weight),
                "must_have_failures": list(o.must_have_failures),
                "must_have_unknown": list(o.must_have_unknown),
                "note": o.note,
                "tco": num(o.finance.tco, 2),
                "tco_low": num(o.finance.tco_low, 2),
                "tco_high": num(o.finance.tco_high, 2),
                "npv": num(o.finance.npv, 2),
                "payback_years": num(o.finance.payback_years, 2),
                "irr": num(o.finance.irr, 6),
                "finance_unknown": o.finance.unknown_reason(),
                "time_to_results_weeks": o.time_to_results_weeks,
                **risk_keys.get(o.id, {}),
            }
            for o in r.options
        ],
        "criteria": [
            {
                "id": c.id,
                "name": c.name,
                "group": c.group,
                "weight": num(c.weight, 6),
                "share": num(c.share, 6),
                "normalisation": c.normalisation,
            }
            for c in r.criteria
        ],
    }


def money_text(f: Any, currency: str) -> str:
    """TCO, NPV and IRR for the text output; unknown money says why instead of showing 0."""
    if f.tco is None:
        return f"TCO unknown: {f.unknown_reason()}"
    text = f"TCO {f.tco:,.0f} {currency}"
    if f.npv is None:
        return f"{text}, NPV unknown: {f.unknown_reason()}"
    text += f", NPV {f.npv:,.0f}"
    return text if f.irr is None else f"{text}, IRR {f.irr:.1%}"


def cmd_rank(args: argparse.Namespace) -> int:
    from duediligence.reads.evaluations import find_evaluation
    from duediligence.reads.ranking import evaluation_ranking

    db = _open(args)
    try:
        with db.reading() as session:
            evaluation_id = find_evaluation(session, args.evaluation)
            result = evaluation_ranking(session, evaluation_id)
            if args.json:  # the robustness analysis (Monte Carlo etc.) only where scripts read it
                from duediligence.reads.robustness import analyse
                from duediligence.robustness.analysis import with_robustness

                robust = analyse(session, evaluation_id, draws=args.draws, seed=args.seed)
                data = with_robustness(ranking_json(result), robust)
    finally:
        db.close()
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return EXIT_OK
    print(f"{result.title}: ranked by weighted score (0–100), missing scores: {result.missing_policy}")
    if result.problem:
        print(result.problem)
    if result.consistency_note:
        print(result.consistency_note)
    for o in sorted(result.options, key=lambda o: (o.rank is None, o.rank or 0)):
        place = f"{o.rank:>3}." if o.rank is not None else "  –."
        score = f"{o.score:6.1f}" if o.score is not None else "     –"
        missing = f"  ({o.missing_weight:.0%} of the weight unscored)" if o.missing_weight > 0 else ""
        why = f"  [{o.exclusion_reason}]" if o.excluded and o.exclusion_reason else ""
        money = money_text(o.finance, result.currency)
        print(f"{place} {score}  {o.name}  ({money}){missing}{why}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from duediligence.exchange.commands import export_command

    db = _open(args)
    try:
        path = export_command(db, args.evaluations, args.out)
    finally:
        db.close()
    print(f"Exported to {path}.")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from duediligence.exchange.commands import import_command

    db = _open(args)
    try:
        report = import_command(db, args.file, dry_run=args.dry_run, conflicts=args.conflicts)
    finally:
        db.close()
    lines = report.plan.sentences()
    print("\n".join(lines) if lines else "No changes: the workbook and the file agree.")
    if report.problem:
        print(f"duediligence: {report.problem}", file=sys.stderr)
        return EXIT_ERROR
    if args.dry_run:
        print("Dry run: nothing was written.")
    elif report.applied:
        where = f" A backup taken before the import is at {report.backup}." if report.backup else ""
        print(f"Imported.{where}")
    return EXIT_OK


def cmd_copy(args: argparse.Namespace) -> int:
    from duediligence.exchange.copying import copy_workbook

    report = copy_workbook(args.source, args.target)
    rows = sum(report.tables.values())
    print(f"Copied {report.evaluations} evaluations ({rows} rows) and verified every table.")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    """Print the path of a new, whole backup (SQLite's backup API: the -wal is included)."""
    import sqlite3
    from pathlib import Path

    from duediligence.errors import WorkbookError, WorkbookUnavailableError
    from duediligence.storage.backups import MANUAL, take_backup
    from duediligence.storage.database import backup_sqlite, inspect_sqlite_file
    from duediligence.storage.faults import classify

    workbook = _workbook_file(args)
    if not workbook.is_file():
        raise WorkbookUnavailableError(workbook, "no such file")
    if inspect_sqlite_file(workbook).empty:
        raise WorkbookError(f"{workbook} holds no workbook yet: there is nothing to back up.")
    out = Path(args.out).expanduser() if args.out else None
    if out is not None and out.exists():
        raise WorkbookError(f"{out} already exists: choose a new name. Nothing was written.")
    try:
        path = backup_sqlite(workbook, out) if out is not None else take_backup(workbook, MANUAL)
    except (OSError, sqlite3.Error) as exc:
        raise (classify(exc, out or workbook, action="back up") or exc) from exc
    print(path)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    """Restore a backup into the workbook through SQLite; a damaged workbook is kept aside instead."""
    from pathlib import Path

    from duediligence.errors import CorruptWorkbookError, WorkbookError, WorkbookUnavailableError
    from duediligence.storage.backups import recover_from_backup, restore_backup

    workbook, backup = _workbook_file(args), Path(args.backup).expanduser()
    if not backup.is_file():
        raise WorkbookUnavailableError(backup, "no such file")
    if workbook.exists() and backup.resolve() == workbook.resolve():
        raise WorkbookError(f"{backup} is the workbook itself, not a backup of it. Nothing was changed.")
    try:
        safety = restore_backup(backup, workbook)
    except CorruptWorkbookError as exc:
        if Path(exc.path) != workbook:
            raise
        damaged = recover_from_backup(workbook, backup)
        print(f"{workbook} was damaged: it is kept as {damaged}, and {backup} was restored in its place.")
        return EXIT_OK
    kept = f" The state it replaced is backed up at {safety}." if safety else ""
    print(f"Restored {workbook} from {backup}.{kept}")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from duediligence.reads.evaluations import find_evaluation
    from duediligence.report.writer import write_report

    db = _open(args)
    try:
        with db.reading() as session:
            path = write_report(session, find_evaluation(session, args.evaluation), args.out)
    finally:
        db.close()
    print(f"Report written to {path}.")
    return EXIT_OK


def cmd_install_desktop(args: argparse.Namespace) -> int:
    from pathlib import Path

    from duediligence.cli.desktop import install_desktop_entry, uninstall_desktop_entry

    prefix = Path(args.prefix).expanduser() if args.prefix else None
    if args.uninstall:
        removed = uninstall_desktop_entry(prefix)
        print("\n".join(str(p) for p in removed) or "Nothing to remove.")
        return EXIT_OK
    installed = install_desktop_entry(prefix)
    print("\n".join(str(p) for p in installed.files))
    for note in installed.notes:
        print(note, file=sys.stderr)
    return EXIT_OK


def run_app(args: argparse.Namespace) -> int:
    """Start the desktop app, found through its entry point so the core never imports ui/."""
    from importlib.metadata import entry_points

    found = entry_points(group="duediligence.gui", name="desktop")
    if not found:
        raise SystemExit("duediligence: the desktop app is not installed; the commands work without it.")
    launch = next(iter(found)).load()
    return int(launch(db=args.db) or 0)


COMMANDS = {
    "add": cmd_add,
    "demo": cmd_demo,
    "list": cmd_list,
    "show": cmd_show,
    "rank": cmd_rank,
    "export": cmd_export,
    "import": cmd_import,
    "copy": cmd_copy,
    "report": cmd_report,
    "install-desktop": cmd_install_desktop,
    "backup": cmd_backup,
    "restore": cmd_restore,
}


def main(argv: Sequence[str] | None = None) -> int:
    from duediligence.errors import WorkbookError

    argv = list(sys.argv[1:] if argv is None else argv)
    if len(argv) == 1 and argv[0] not in COMMANDS and not argv[0].startswith("-"):
        argv = ["--db", argv[0]]  # `duediligence FILE` (as the desktop menu entry runs it) opens FILE
    args = build_parser().parse_args(argv)
    if args.command is None:
        return run_app(args)
    try:
        return COMMANDS[args.command](args)
    except BrokenPipeError:  # `duediligence show … | head`: the reader left; that is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except WorkbookError as exc:
        print(f"duediligence: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"duediligence: {exc.strerror or exc}{where}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # a database refusing (locked, read-only, full disk) is still one line
        import sqlite3

        from sqlalchemy.exc import SQLAlchemyError

        if not isinstance(exc, SQLAlchemyError | sqlite3.Error):
            raise
        from duediligence.storage.faults import classify

        known = classify(exc, args.db or "the workbook", action="complete the command on")
        if known is not None:
            print(f"duediligence: {known}", file=sys.stderr)
            return EXIT_ERROR
        detail = getattr(exc, "orig", None) or exc
        print(f"duediligence: the database refused the command: {detail}", file=sys.stderr)
        return EXIT_ERROR
