"""What a failed file or database operation means for the user: the place, or the file itself.

A full disk, a read-only file, folder or disk, missing permissions, a lock held by another program and
a failing drive are faults of the *place*: the file is fine and must be left exactly where it is. Only
SQLite saying the file is corrupt (or not a database at all) means damage. Every storage operation
(open, backup, restore, recovery, copy) maps its sqlite3, SQLAlchemy and OS errors through `classify`.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from duediligence.errors import (
    CorruptWorkbookError,
    DiskFullError,
    DiskIOError,
    PermissionDeniedError,
    ReadOnlyPlaceError,
    StorageError,
    WorkbookError,
    WorkbookLockedError,
    WorkbookUnavailableError,
)
from duediligence.i18n import translate

# Below this much free space a disk counts as full: SQLite cannot even create its shared-memory file.
NEARLY_FULL_BYTES = 64 * 1024

# SQLite's primary result codes (sqlite.org/rescode.html).
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN = 10, 11, 13, 14
SQLITE_AUTH, SQLITE_NOTADB = 23, 26

# Older Pythons give no result code: the English message is the same for every SQLite version.
_MESSAGES = (
    ("database or disk is full", SQLITE_FULL),
    ("readonly database", SQLITE_READONLY),
    ("database is locked", SQLITE_BUSY),
    ("database table is locked", SQLITE_LOCKED),
    ("disk i/o error", SQLITE_IOERR),
    ("malformed", SQLITE_CORRUPT),
    ("file is not a database", SQLITE_NOTADB),
    ("unable to open database file", SQLITE_CANTOPEN),
)


def _may(path: Path, mode: int) -> bool:
    try:
        if os.access in os.supports_effective_ids:
            return os.access(path, mode, effective_ids=True)
        return os.access(path, mode)
    except OSError:
        return False


def can_write(path: Path) -> bool:
    """Whether this process may write `path` (a file, or a folder to create files in)."""
    return _may(path, os.W_OK)


def can_read(path: Path) -> bool:
    return _may(path, os.R_OK)


def free_bytes(folder: Path) -> int | None:
    """Space left for this user on the disk holding `folder` (None when the system cannot say)."""
    try:
        stats = os.statvfs(folder)
    except (OSError, AttributeError):
        return None
    return stats.f_bavail * stats.f_frsize


def disk_is_full(folder: Path) -> bool:
    free = free_bytes(folder)
    return free is not None and free < NEARLY_FULL_BYTES


def read_only_reason(path: Path) -> str | None:
    """Why `path` cannot be written where it is ("the file is read-only", ...), or None if it can."""
    folder = path.parent
    try:
        on_read_only_disk = bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):
        on_read_only_disk = False
    if on_read_only_disk:
        return translate("Storage", "the disk it is on is read-only")
    if path.exists() and not can_write(path):
        return translate("Storage", "the file is read-only")
    if not can_write(folder):
        return translate("Storage", "the folder %1 is read-only for you").replace("%1", str(folder))
    return None


def _with(text: str, value: str) -> str:
    """`text` (already in the user's language) with its %1 filled in."""
    return text.replace("%1", value)


def _sqlite_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    text = str(exc).lower()
    return next((c for words, c in _MESSAGES if words in text), None)


def classify(exc: BaseException, path: Path | str, *, action: str = "open") -> WorkbookError | None:
    """The user's view of a failed storage operation on `path`, or None when it is none of these."""
    if isinstance(exc, WorkbookError):
        return exc
    original = getattr(exc, "orig", None) or exc  # SQLAlchemy wraps the driver's error
    where = Path(path)
    if isinstance(original, OSError):
        return _from_os_error(original, where, action)
    if not isinstance(original, sqlite3.Error):
        return None
    code = _sqlite_code(original)
    detail = str(original)
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return CorruptWorkbookError(path, detail)
    if code == SQLITE_FULL or (code == SQLITE_IOERR and disk_is_full(where.parent)):
        return DiskFullError(path, translate("Storage", "the disk is full"), action=action)
    if code == SQLITE_READONLY:
        return ReadOnlyPlaceError(
            path, read_only_reason(where) or translate("Storage", "it is read-only"), action=action
        )
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return WorkbookLockedError(
            path, _with(translate("Storage", "it is locked (%1)"), detail), action=action
        )
    if code in (SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_AUTH):
        return _cannot_open(where, detail, action)
    if code == SQLITE_IOERR:
        return DiskIOError(
            path, _with(translate("Storage", "the disk reported an error (%1)"), detail), action=action
        )
    return None


def _cannot_open(path: Path, detail: str, action: str) -> WorkbookError:
    if not path.parent.exists():
        return WorkbookUnavailableError(
            path, _with(translate("Storage", "the folder %1 does not exist"), str(path.parent))
        )
    reason = read_only_reason(path)
    if reason is not None:
        return ReadOnlyPlaceError(path, reason, action=action)
    if path.exists() and not can_read(path):
        return PermissionDeniedError(
            path, translate("Storage", "you do not have permission to read it"), action=action
        )
    return StorageError(path, detail, action=action)


def _from_os_error(exc: OSError, path: Path, action: str) -> WorkbookError:
    detail = exc.strerror or str(exc)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(path, translate("Storage", "the disk is full"), action=action)
    if exc.errno == errno.EROFS:
        return ReadOnlyPlaceError(path, translate("Storage", "the disk it is on is read-only"), action=action)
    if exc.errno in (errno.EACCES, errno.EPERM):
        reason = read_only_reason(path) if action != "open" else None
        if reason is not None:
            return ReadOnlyPlaceError(path, reason, action=action)
        return PermissionDeniedError(
            path, _with(translate("Storage", "you do not have permission (%1)"), detail), action=action
        )
    if exc.errno == errno.EIO:
        return DiskIOError(
            path, _with(translate("Storage", "the disk reported an error (%1)"), detail), action=action
        )
    if exc.errno in (errno.EBUSY, errno.ETXTBSY):
        return WorkbookLockedError(
            path, _with(translate("Storage", "it is in use (%1)"), detail), action=action
        )
    return WorkbookUnavailableError(path, detail)
