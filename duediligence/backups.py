"""Rotating backups of a workbook file, taken with SQLite's online backup API.

Taken at open, every few minutes while edits happen, and before every migration, import and restore.
Old ones are thinned the way Anki does it: everything from the last day, then the newest of each day
for 12 days, of each week for 10 weeks and of each month for 9 months.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from duediligence import paths
from duediligence.database import backup_sqlite

NAME = re.compile(r"^(\d{8}-\d{6}-\d{6})-([a-z-]+)\.db$")
STAMP = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # local time
    reason: str
    size: int


def take_backup(workbook: Path, reason: str, *, now: datetime | None = None) -> Path:
    """Back up `workbook` now; `reason` is a lowercase word or two, e.g. "open", "before-import"."""
    when = now or datetime.now()
    dest = paths.backups_dir(workbook) / f"{when.strftime(STAMP)}-{reason}.db"
    return backup_sqlite(workbook, dest)


def list_backups(workbook: Path) -> list[BackupInfo]:
    """This workbook's backups, newest first."""
    folder = paths.backups_dir(workbook)
    found = []
    for entry in folder.glob("*.db") if folder.is_dir() else ():
        match = NAME.match(entry.name)
        if match:
            taken = datetime.strptime(match.group(1), STAMP)
            found.append(BackupInfo(entry, taken, match.group(2), entry.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def backups_to_keep(backups: list[BackupInfo], now: datetime) -> set[Path]:
    """Which backups survive thinning: all of the last day, then one per day, week and month."""
    keep = {b.path for b in backups if now - b.taken_at < timedelta(days=1)}
    buckets: set[tuple[str, object]] = set()
    for backup in sorted(backups, key=lambda b: b.taken_at, reverse=True):  # newest of each bucket wins
        age = now - backup.taken_at
        day = backup.taken_at.date()
        if age < timedelta(days=12):
            bucket: tuple[str, object] = ("day", day)
        elif age < timedelta(weeks=10):
            bucket = ("week", day.isocalendar()[:2])
        elif age < timedelta(days=9 * 31):
            bucket = ("month", (day.year, day.month))
        else:
            continue
        if bucket not in buckets:
            buckets.add(bucket)
            keep.add(backup.path)
    return keep


def thin_backups(workbook: Path, *, now: datetime | None = None) -> list[Path]:
    """Delete backups that thinning does not keep; returns what was deleted."""
    backups = list_backups(workbook)
    keep = backups_to_keep(backups, now or datetime.now())
    removed = []
    for backup in backups:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def restore_backup(backup: Path, workbook: Path) -> Path:
    """Replace the workbook's content with a backup's (after backing up the current state).

    The caller must have closed every connection to `workbook` first. Returns the safety backup.
    """
    from duediligence.database import inspect_sqlite_file

    inspect_sqlite_file(backup)  # refuse a damaged or foreign file before touching the workbook
    safety = (
        take_backup(workbook, "before-restore") if workbook.exists() and workbook.stat().st_size else None
    )
    backup_sqlite(backup, workbook)
    return safety or backup


def newest_good_backup(workbook: Path) -> BackupInfo | None:
    """The newest backup that opens as an intact workbook of a version this app knows."""
    from duediligence.database import inspect_sqlite_file
    from duediligence.errors import WorkbookError

    for backup in list_backups(workbook):
        try:
            inspect_sqlite_file(backup.path)
        except WorkbookError:
            continue
        return backup
    return None


def recover_from_backup(workbook: Path, backup: Path) -> Path:
    """Put a damaged workbook aside (kept, never deleted) and a good backup in its place.

    Returns where the damaged file now is.
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    damaged = workbook.with_name(f"{workbook.name}.damaged-{stamp}")
    workbook.replace(damaged)
    for suffix in ("-wal", "-shm"):  # they belong to the damaged file: keep them with it
        side = workbook.with_name(workbook.name + suffix)
        if side.exists():
            side.replace(damaged.with_name(damaged.name + suffix))
    backup_sqlite(backup, workbook)
    return damaged
