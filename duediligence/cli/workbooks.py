"""Commands on whole workbooks and evaluations: demo, add, list, show, backup, restore, copy."""

from __future__ import annotations

import argparse
import json

from duediligence.cli.common import EXIT_OK, open_workbook, workbook_file


def cmd_demo(args: argparse.Namespace) -> int:
    from duediligence.identity import current_user
    from duediligence.storage.unit_of_work import run
    from duediligence.templates.samples import add_samples

    db = open_workbook(args, create=True)
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
    db = open_workbook(args, create=True)
    try:
        evaluation_id = add_document(db, args.file, doc)
    finally:
        db.close()
    print(evaluation_id)
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from duediligence.reads.evaluations import list_evaluations

    db = open_workbook(args)
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

    db = open_workbook(args)
    try:
        with db.reading() as session:
            doc = evaluation_document(session, find_evaluation(session, args.evaluation))
    finally:
        db.close()
    if args.json:
        print(json.dumps(doc, indent=2, ensure_ascii=False))
        return EXIT_OK
    from duediligence.cli.summary import summary_lines

    print("\n".join(summary_lines(doc)))
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

    workbook = workbook_file(args)
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

    workbook, backup = workbook_file(args), Path(args.backup).expanduser()
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
