"""export and import: sharing evaluations as Excel workbooks."""

from __future__ import annotations

import argparse
import sys

from duediligence.cli.common import EXIT_ERROR, EXIT_OK, open_workbook

AUDIENCES = ("internal", "external")  # exchange.audience.AUDIENCES, without importing the exchange here


def export_options(parser: argparse.ArgumentParser) -> None:
    """The export command's own options (besides EVALUATION..., --out and --db)."""
    parser.add_argument(
        "--for",
        dest="for_whom",
        choices=AUDIENCES,
        default="internal",
        help="who the file is for: internal (the buying team: everything, the default) or external "
        "(someone outside it: no stakeholders, contacts, internal notes, evidence notes, risks, "
        "change log, names of evaluators, budget)",
    )


def cmd_export(args: argparse.Namespace) -> int:
    from duediligence.exchange.commands import export_command

    db = open_workbook(args)
    try:
        path = export_command(db, args.evaluations, args.out, for_whom=args.for_whom)
    finally:
        db.close()
    kind = " for someone outside the buying team" if args.for_whom == "external" else ""
    print(f"Exported to {path}{kind}.")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from duediligence.exchange.commands import import_command

    db = open_workbook(args)
    try:
        report = import_command(db, args.file, dry_run=args.dry_run, conflicts=args.conflicts)
    finally:
        db.close()
    print("\n".join(report.review()))
    if report.problem:
        print(f"duediligence: {report.problem}", file=sys.stderr)
        return EXIT_ERROR
    outcome = report.outcome()
    if outcome:
        print(outcome)
    return EXIT_OK
