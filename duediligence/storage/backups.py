"""Rotating backups of a workbook file, taken with SQLite's online backup API, and restores through it.

Taken at open, every few minutes while edits happen, before every migration, import and restore, and
by hand (`duediligence backup`). Old ones are thinned the way Anki does it, with one change: of the
backups taken at open and while editing, one per hour survives the first day. After the first day: the
newest of each day for 12 days, of each week for 10 weeks and of each month for 9 months. The total
size per workbook is capped (oldest first, never the newest). Backups taken by hand are never deleted.
Backups live in a private folder (0700) with the workbook's own permissions.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from duediligence import paths
from duediligence.errors import CorruptWorkbookError, NotDamagedError, WorkbookError
from duediligence.i18n import translate
from duediligence.storage.database import backup_sqlite, inspect_sqlite_file
from duediligence.storage.engine import BUSY_TIMEOUT_MS
from duediligence.storage.faults import classify
from duediligence.storage.files import copy_into_live, side_files

NAME = re.compile(r"^(\d{8}-\d{6}-\d{6})-([a-z-]+)\.db$")
STAMP = "%Y%m%d-%H%M%S-%f"
AUTOMATIC = frozenset({"open", "periodic"})  # thinned to one per hour within the first day
MANUAL = "manual"  # taken by hand: never deleted by the app
MiB = 1024 * 1024
DEFAULT_LIMIT_FLOOR, DEFAULT_LIMIT_CEILING, DEFAULT_LIMIT_FACTOR = 100 * MiB, 2048 * MiB, 20


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # local time
    reason: str
    size: int


def take_backup(workbook: Path, reason: str, *, now: datetime | None = None) -> Path:
    """Back up `workbook` now; `reason` is a lowercase word or two, e.g. "open", "before-import"."""
    when = now or datetime.now()
    folder = paths.private_folder(paths.backups_dir(workbook))
    return backup_sqlite(workbook, folder / f"{when.strftime(STAMP)}-{reason}.db")


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
    """Which backups survive thinning (before the size cap): see the module's docstring."""
    ordered = sorted(backups, key=lambda b: b.taken_at, reverse=True)  # newest of each bucket wins
    keep = {b.path for b in ordered if b.reason == MANUAL}
    buckets: set[tuple[str, object]] = set()
    for backup in ordered:
        if backup.reason == MANUAL:
            continue
        age = now - backup.taken_at
        day = backup.taken_at.date()
        if age < timedelta(days=1):
            if backup.reason not in AUTOMATIC:
                keep.add(backup.path)
                continue
            bucket: tuple[str, object] = ("hour", (day, backup.taken_at.hour))
        elif age < timedelta(days=12):
            bucket = ("day", day)
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


def within_limit(backups: list[BackupInfo], limit: int) -> set[Path]:
    """The backups to delete, oldest first, until the rest fit in `limit` bytes; never the newest,
    never one taken by hand."""
    ordered = sorted(backups, key=lambda b: b.taken_at)
    total = sum(b.size for b in ordered)
    drop: set[Path] = set()
    for backup in ordered[:-1]:
        if total <= limit:
            break
        if backup.reason != MANUAL:
            drop.add(backup.path)
            total -= backup.size
    return drop


def settings_path() -> Path:
    return paths.data_dir() / "backups" / "settings.json"


def limit_setting_mb() -> int | None:
    """The user's cap on the backups of each workbook in MiB, or None for the automatic one."""
    try:
        value = json.loads(settings_path().read_text(encoding="utf-8")).get("limit_mb")
    except (OSError, ValueError, AttributeError):
        return None
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


def set_limit_setting_mb(limit_mb: int | None) -> None:
    """Set the cap on each workbook's backups (MiB); None returns to the automatic cap."""
    folder = paths.private_folder(settings_path().parent)
    (folder / settings_path().name).write_text(json.dumps({"limit_mb": limit_mb}), encoding="utf-8")


def backup_limit(workbook: Path) -> int:
    """Bytes the backups of `workbook` may take: the setting, else 20 times the workbook, at least
    100 MiB and at most 2 GiB."""
    chosen = limit_setting_mb()
    if chosen is not None:
        return chosen * MiB
    try:
        size = workbook.stat().st_size
    except OSError:
        size = 0
    return min(DEFAULT_LIMIT_CEILING, max(DEFAULT_LIMIT_FLOOR, DEFAULT_LIMIT_FACTOR * size))


def thin_backups(workbook: Path, *, now: datetime | None = None, limit: int | None = None) -> list[Path]:
    """Delete backups that thinning or the size cap do not keep; returns what was deleted."""
    backups = list_backups(workbook)
    keep = backups_to_keep(backups, now or datetime.now())
    kept = [b for b in backups if b.path in keep]
    drop = {b.path for b in backups if b.path not in keep}
    drop |= within_limit(kept, backup_limit(workbook) if limit is None else limit)
    removed = []
    for backup in backups:
        if backup.path in drop:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def restore_backup(backup: Path, workbook: Path) -> Path | None:
    """Replace the workbook's content with a backup's, through SQLite, after backing up the current
    state; returns that safety backup (None when there was nothing to keep).

    Other connections may stay open (a second app instance): they see the switch at their next read.
    A backup from an older version of the app is upgraded in a private copy first, so the live file
    never holds an older schema. A damaged workbook raises `CorruptWorkbookError`, untouched: that is
    `recover_from_backup`'s job.
    """
    from duediligence.storage.migrate import head_revision

    revision = inspect_sqlite_file(backup).revision  # a damaged or foreign backup: refused, nothing done
    empty = not workbook.exists() or inspect_sqlite_file(workbook).empty
    try:
        safety = None if empty else take_backup(workbook, "before-restore")
        if revision == head_revision():
            copy_into_live(backup, workbook, timeout=BUSY_TIMEOUT_MS / 1000)
        else:
            _restore_upgraded(backup, workbook)
    except (sqlite3.Error, OSError) as exc:
        raise _fault(exc, workbook, "restore a backup into") from exc
    return safety


def _restore_upgraded(backup: Path, workbook: Path) -> None:
    """Upgrade a private copy of an older backup to the current schema, then restore that."""
    from duediligence.storage.engine import sqlite_url
    from duediligence.storage.migrate import upgrade

    folder = paths.private_folder(paths.data_dir() / "restoring")
    stage = backup_sqlite(backup, folder / f"{datetime.now().strftime(STAMP)}.db")
    try:
        upgrade(sqlite_url(stage), path=stage)
        copy_into_live(stage, workbook, timeout=BUSY_TIMEOUT_MS / 1000)
    finally:
        for leftover in (stage, *side_files(stage)):
            leftover.unlink(missing_ok=True)


def newest_good_backup(workbook: Path) -> BackupInfo | None:
    """The newest backup that opens as an intact workbook of a version this app knows."""
    for backup in list_backups(workbook):
        try:
            inspect_sqlite_file(backup.path)
        except WorkbookError:
            continue
        return backup
    return None


def recover_from_backup(workbook: Path, backup: Path) -> Path:
    """Put a damaged workbook aside (kept, never deleted) and a good backup in its place.

    Only a file SQLite finds damaged is moved: anything else raises `NotDamagedError` (or the fault of
    its place) and stays. If the backup cannot be written (a full disk), the damaged file is put back
    under its name. Returns where the damaged file now is.
    """
    try:
        inspect_sqlite_file(workbook)
    except CorruptWorkbookError:
        pass
    else:
        raise NotDamagedError(workbook, translate("Storage", "SQLite reads it without finding damage"))
    inspect_sqlite_file(backup)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    damaged = workbook.with_name(f"{workbook.name}.damaged-{stamp}")
    moves = [(workbook, damaged)] + [
        (side, damaged.with_name(damaged.name + side.name.removeprefix(workbook.name)))
        for side in side_files(workbook)
        if side.exists()  # they belong to the damaged file: keep them with it
    ]
    done: list[tuple[Path, Path]] = []
    try:
        for source, dest in moves:
            source.rename(dest)
            done.append((source, dest))
        backup_sqlite(backup, workbook)
    except (sqlite3.Error, OSError) as exc:
        for source, dest in reversed(done):
            dest.rename(source)
        raise _fault(exc, workbook, "recover") from exc
    return damaged


def _fault(exc: BaseException, path: Path, action: str) -> WorkbookError:
    from duediligence.errors import StorageError

    return classify(exc, path, action=action) or StorageError(path, str(exc), action=action)
