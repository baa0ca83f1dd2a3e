"""What every command shares: exit codes, and opening the workbook --db names."""

from __future__ import annotations

import argparse
import sys
from typing import Any

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def open_workbook(args: argparse.Namespace, *, create: bool = False) -> Any:
    from duediligence.paths import default_workbook
    from duediligence.storage.database import Database

    target = args.db if args.db is not None else default_workbook()
    db = Database.open(target, create=create or args.db is None)
    for warning in db.report.warnings:  # e.g. a file copied while open: said, never stopping the command
        print(f"duediligence: warning: {warning}", file=sys.stderr)
    return db


def workbook_file(args: argparse.Namespace) -> Any:
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
