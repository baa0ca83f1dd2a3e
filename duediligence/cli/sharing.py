"""export and import: sharing evaluations as Excel workbooks."""

from __future__ import annotations

import argparse
import sys

from duediligence.cli.common import EXIT_ERROR, EXIT_OK, open_workbook


def cmd_export(args: argparse.Namespace) -> int:
    from duediligence.exchange.commands import export_command

    db = open_workbook(args)
    try:
        path = export_command(db, args.evaluations, args.out)
    finally:
        db.close()
    print(f"Exported to {path}.")
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
