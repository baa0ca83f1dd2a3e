"""The command line: the same core as the app, no Qt needed.

A public interface: commands, flags, exit codes (0 ok, 1 error, 2 usage) and JSON keys stay stable.
Heavy modules are imported inside the commands, so `duediligence --help` and app start-up stay fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from duediligence.cli.common import EXIT_ERROR, EXIT_OK
from duediligence.cli.desktop import cmd_install_desktop
from duediligence.cli.questionnaires import add_questionnaire_commands, cmd_import_answers, cmd_questionnaire
from duediligence.cli.ranking import cmd_rank, cmd_report
from duediligence.cli.scoring import add_commands as add_scoring_commands
from duediligence.cli.scoring import cmd_import_scores, cmd_scoring_sheets
from duediligence.cli.sharing import cmd_export, cmd_import, export_options
from duediligence.cli.workbooks import (
    cmd_add,
    cmd_backup,
    cmd_copy,
    cmd_demo,
    cmd_list,
    cmd_restore,
    cmd_show,
)

MAX_DRAWS, MAX_SEED = 100_000, 2**31 - 1  # as the evaluation's own settings (fields.py)

# The desktop app's start function: the value of the `duediligence.gui` entry point in pyproject.toml
# (a test checks they agree), imported by name when a bundle carries no package metadata.
GUI_ENTRY = "ui.app:main"


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


class _PrintVersion(argparse.Action):
    """`--version`, reading the version only when asked (package metadata costs ~30 ms to read)."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any) -> None:
        from duediligence.version import app_version

        print(f"{parser.prog} {app_version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="duediligence",
        description="A buyer's due-diligence workbook. Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action=_PrintVersion, help="print the version and exit")
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help="the desktop app's language, e.g. de or en (default: the system's; also DUEDILIGENCE_LANG)",
    )
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
    export_options(exporting)
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
    add_scoring_commands(commands, lambda command: _db_option(command, default=argparse.SUPPRESS))

    desktop = commands.add_parser("install-desktop", help="add the app to the desktop's application menu")
    desktop.add_argument("--prefix", metavar="PATH", help="the XDG data folder (default: ~/.local/share)")
    desktop.add_argument("--uninstall", action="store_true", help="remove the menu entry again")

    copying = commands.add_parser(
        "copy", help="copy a whole workbook to another (e.g. from a file to a team PostgreSQL database)"
    )
    copying.add_argument("--from", dest="source", required=True, metavar="URL", help="workbook file or URL")
    copying.add_argument("--to", dest="target", required=True, metavar="URL", help="an empty workbook")
    _add_backup_commands(commands)
    add_questionnaire_commands(commands, lambda p: _db_option(p, default=argparse.SUPPRESS))
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


def find_gui() -> Callable[..., int | None] | None:
    """The desktop app's start function, or None when it is not installed.

    Found through the `duediligence.gui` entry point when the package metadata is installed, else by
    importing GUI_ENTRY by name (a frozen bundle has no metadata); never by an import statement, so the
    core stays importable without Qt and its contracts (no `ui` import) stay checkable.
    """
    from importlib.metadata import entry_points
    from pkgutil import resolve_name

    found = entry_points(group="duediligence.gui", name="desktop")
    if found:
        launch: Callable[..., int | None] = next(iter(found)).load()
        return launch
    module = GUI_ENTRY.partition(":")[0]
    try:
        launch = resolve_name(GUI_ENTRY)
    except ModuleNotFoundError as exc:
        if exc.name is not None and (module + ".").startswith(exc.name + "."):  # no `ui` or `ui.app`
            return None
        raise
    return launch


def run_app(args: argparse.Namespace) -> int:
    """Start the desktop app; one line on stderr when it is missing or its libraries are."""
    try:
        launch = find_gui()
    except ImportError as exc:  # PySide6 missing, or a system library Qt needs (libEGL.so.1…)
        raise SystemExit(
            f"duediligence: the desktop app cannot start: {exc}. The commands work without it."
        ) from exc
    if launch is None:
        raise SystemExit("duediligence: the desktop app is not installed; the commands work without it.")
    if getattr(args, "lang", None):
        os.environ["DUEDILIGENCE_LANG"] = args.lang  # read by the app when it loads its translations
    from duediligence.cli.opening import no_display

    headless = no_display()
    if headless is not None:
        build_parser().error(headless)  # exit 2, instead of Qt aborting the process
    return int(launch(db=args.db) or 0)


COMMANDS = {
    "add": cmd_add,
    "demo": cmd_demo,
    "list": cmd_list,
    "show": cmd_show,
    "rank": cmd_rank,
    "export": cmd_export,
    "import": cmd_import,
    "scoring-sheets": cmd_scoring_sheets,
    "import-scores": cmd_import_scores,
    "copy": cmd_copy,
    "report": cmd_report,
    "install-desktop": cmd_install_desktop,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "questionnaire": cmd_questionnaire,
    "import-answers": cmd_import_answers,
}


def main(argv: Sequence[str] | None = None) -> int:
    from duediligence.cli.opening import single_argument
    from duediligence.errors import WorkbookError

    parser = build_parser()
    argv, problem = single_argument(list(sys.argv[1:] if argv is None else argv), COMMANDS)
    if problem is not None:
        parser.error(problem)  # exit 2; nothing is created
    args = parser.parse_args(argv)
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
