"""SQLite workbook files as files: reading without leaving anything behind, restoring into a live file,
and a mark that tells a whole workbook from a plain file copy of an open one.

A workbook in WAL mode is two files while it is open: `name.db` and `name.db-wal` (plus the `-shm`
index). The last connection to close folds the log into the file and deletes it. So a `-wal` beside
the file means someone has it open (or crashed); and a file marked "open" without its `-wal` lost
the changes that log held: it was copied alone while open, or its log was deleted after a crash.
The mark lives in SQLite's `user_version` header field (unused otherwise): non-zero while the app
has the file open, a fingerprint of the folder it is open in; zero after a clean close.
"""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

from duediligence.i18n import QT_TRANSLATE_NOOP, translate
from duediligence.storage.faults import disk_is_full, read_only_reason

COPY_ADVICE = QT_TRANSLATE_NOOP(
    "Storage",
    "Copy workbooks with File ▸ Save a copy as… or `duediligence backup`, never with a file manager.",
)


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def side_files(path: Path) -> tuple[Path, Path]:
    return wal_path(path), path.with_name(path.name + "-shm")


def read_only_uri(path: Path) -> str:
    """A URI that reads `path` where nothing may be written: with the lock protocol while a `-wal`
    exists (someone may be writing), else as an unchanging file (SQLite then creates no side files)."""
    resolved = path.resolve()
    if wal_path(resolved).exists():
        return f"{resolved.as_uri()}?mode=ro"
    return f"{resolved.as_uri()}?immutable=1"


def connect_for_reading(path: Path, *, timeout: float) -> sqlite3.Connection:
    """A connection that only reads `path` and leaves no file behind.

    A read-only connection would create `-wal`/`-shm` files it can never remove (with the file's own
    permissions, so 0444 beside a read-only file); a read-write connection that is the last to close
    removes them, and `query_only` keeps it from writing. A `-wal` already there belongs to another
    connection (or a crash), so it is read with the lock protocol, as it is. Where the side files
    cannot be made (a read-only place, a full disk) and no `-wal` exists, nobody is writing: the file
    is read as it stands.
    """
    resolved = path.resolve()
    if wal_path(resolved).exists() or read_only_reason(resolved) or disk_is_full(resolved.parent):
        return sqlite3.connect(read_only_uri(resolved), uri=True, timeout=timeout)
    con = sqlite3.connect(f"{resolved.as_uri()}?mode=rw", uri=True, timeout=timeout)
    con.execute("PRAGMA query_only = ON")
    return con


def copy_into_live(source: Path, dest: Path, *, timeout: float) -> None:
    """Replace the content of the workbook `dest` with `source`'s through SQLite's backup API.

    The pages are written by a connection on `dest` in one write transaction: through its `-wal`,
    under its locks. Other connections (a second app instance) see either the old or the new content,
    and their `PRAGMA data_version` changes. The file keeps its name, inode, permissions and mark.
    """
    with (
        closing(connect_for_reading(source, timeout=timeout)) as src,
        closing(sqlite3.connect(dest, timeout=timeout)) as dst,
    ):
        mark = dst.execute("PRAGMA user_version").fetchone()[0]
        src.backup(dst)  # all pages in one step: one transaction on dest, atomic for every reader
        if mark:
            dst.execute(f"PRAGMA user_version = {int(mark)}")
        dst.execute("PRAGMA wal_checkpoint(PASSIVE)")


def folder_mark(path: Path) -> int:
    """The mark of a workbook open in `path`'s folder: a positive 31-bit fingerprint of the folder."""
    digest = hashlib.sha256(str(path.resolve().parent).encode()).digest()
    return (int.from_bytes(digest[:4], "big") & 0x7FFFFFFF) or 1


def mark_open(path: Path, *, timeout: float) -> None:
    """Mark the file as open in its folder, in the file itself (checkpointed), not only in its log."""
    mark = folder_mark(path)
    with closing(sqlite3.connect(path, timeout=timeout)) as con:
        if con.execute("PRAGMA user_version").fetchone()[0] != mark:
            con.execute(f"PRAGMA user_version = {mark}")
            con.execute("PRAGMA wal_checkpoint(PASSIVE)")


def clear_mark_if_closed(path: Path, *, timeout: float) -> None:
    """After the last connection closed (its `-wal` is gone), mark the file as closed cleanly."""
    if not path.is_file() or wal_path(path).exists():
        return  # another connection still has it open: the last one to close clears the mark
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=timeout)) as con:
            if con.execute("PRAGMA user_version").fetchone()[0]:
                con.execute("PRAGMA user_version = 0")
    except sqlite3.Error:
        pass  # best effort (a full disk, a file taken away): the next open says what it finds


def copy_warnings(path: Path, mark: int, wal_existed: bool) -> tuple[str, ...]:
    """What a plain file copy of an open workbook may have lost, judged from its mark and `-wal`."""
    if not mark:
        return ()
    if not wal_existed:
        text = translate(
            "Storage",
            "%1 was not closed properly and its log file (%1-wal) is missing: the most recent changes may "
            "be lost. This happens when a workbook is copied while the app has it open, or its -wal file "
            "is deleted. %2",
        )
        return (text.replace("%2", translate("Storage", COPY_ADVICE)).replace("%1", path.name),)
    if mark != folder_mark(path):
        text = translate(
            "Storage",
            "%1 was open in another folder when it was copied here with its log file (%1-wal): the copy "
            "may miss or mix the changes made meanwhile; check the latest changes. %2",
        )
        return (text.replace("%2", translate("Storage", COPY_ADVICE)).replace("%1", path.name),)
    return ()
