"""Opening a workbook: checks before any write, migration in one real transaction, and sessions.

SQLite files are inspected read-only first, so a text file, a damaged file, another program's
database or a file from a newer app version is refused without a single byte changing. Every
session runs in an explicit BEGIN (the pysqlite default would start transactions late and leave a
failed migration half-applied; see shared/RELIABILITY.md). Writes use BEGIN IMMEDIATE so that a
second writer waits for the busy timeout instead of failing on lock upgrade.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from duediligence import paths
from duediligence.errors import (
    CorruptWorkbookError,
    DiskFullError,
    MigrationFailedError,
    NewerWorkbookError,
    NotAWorkbookError,
    ReadOnlyPlaceError,
    ReadOnlyWorkbookError,
    StorageError,
    WorkbookError,
    WorkbookUnavailableError,
)
from duediligence.i18n import translate
from duediligence.storage import files as sqlite_files
from duediligence.storage.engine import BUSY_TIMEOUT_MS, create_engine_for, read_only_engine, sqlite_url
from duediligence.storage.faults import classify, disk_is_full, read_only_reason

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlmodel import Session

# Written into the SQLite header by migration 0001: tells our files from other SQLite databases.
APPLICATION_ID = 0x44443157  # "DD1W"
SQLITE_MAGIC = b"SQLite format 3\x00"
# How long the read-only look at a file waits for another program's lock before saying it is locked.
INSPECT_TIMEOUT_S = BUSY_TIMEOUT_MS / 1000


@dataclass(frozen=True)
class SchemaState:
    """What a file holds before we touch it."""

    empty: bool
    revision: str | None
    mark: int = 0  # non-zero: the app had it open and has not closed it cleanly (see sqlite_files)


@dataclass(frozen=True)
class OpenReport:
    """What opening did: whether the file was new, and whether it was migrated (with its backup)."""

    created: bool
    migrated_from: str | None
    backup: Path | None
    warnings: tuple[str, ...] = ()  # to show without stopping the user (e.g. a copy missing its log)


def is_url(target: str | Path) -> bool:
    return isinstance(target, str) and "://" in target


def shown_url(url: str) -> str:
    """A server URL as the user may see it: the password masked."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def url_with_password(url: str, password: str) -> str:
    """`url` with `password` in it (kept in memory for the session, never stored)."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(password=password).render_as_string(hide_password=False)


def inspect_sqlite_file(path: Path, *, integrity: bool = True) -> SchemaState:
    """Read-only look at a file: is it ours, intact, and which schema revision does it hold?

    Only SQLite finding the file corrupt (or not a database) counts as damage; a full disk, a lock,
    missing permissions or a failing drive raise the `StorageError` that says so. `integrity=False`
    skips the integrity check (only for a file checked a moment ago in this process).
    """
    from duediligence.storage.migrate import known_revisions

    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise _storage_error(exc, path, "open") from exc
    if size == 0:
        return SchemaState(empty=True, revision=None)
    if header != SQLITE_MAGIC:
        raise NotAWorkbookError(path, translate("Storage", "it is not a SQLite database"))
    try:
        with closing(sqlite_files.connect_for_reading(path, timeout=INSPECT_TIMEOUT_S)) as con:
            check = con.execute("PRAGMA quick_check").fetchone() if integrity else ("ok",)
            if not check or check[0] != "ok":
                raise CorruptWorkbookError(
                    path,
                    translate("Storage", "integrity check: %1").replace(
                        "%1", check[0] if check else translate("Storage", "no answer")
                    ),
                )
            tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            mark = int(con.execute("PRAGMA user_version").fetchone()[0])
            revision = None
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
    except sqlite3.Error as exc:
        raise _storage_error(exc, path, "open") from exc
    if not tables:
        return SchemaState(empty=True, revision=None)
    if app_id != APPLICATION_ID or revision is None:
        raise NotAWorkbookError(path, translate("Storage", "it is a SQLite database made by another program"))
    if revision not in known_revisions():
        raise NewerWorkbookError(path, revision)
    return SchemaState(empty=False, revision=revision, mark=mark)


def _inspect_while_loading(path: Path) -> SchemaState:
    """`inspect_sqlite_file(path)`, integrity check included, on a thread while this one imports the
    database layer (SQLAlchemy, which opening needs next): SQLite checks without holding Python's lock,
    so on a 40 MB file the check (~0.2 s) costs no time of its own. Nothing is written before it ends,
    and it raises exactly what `inspect_sqlite_file` raises."""
    import threading

    from duediligence.storage.migrate import known_revisions

    known_revisions()  # loaded here, not on the thread
    found: list[SchemaState | BaseException] = []

    def check() -> None:
        try:
            found.append(inspect_sqlite_file(path))
        except BaseException as exc:  # handed to the caller below
            found.append(exc)

    worker = threading.Thread(target=check, name="integrity-check", daemon=True)
    worker.start()
    import sqlalchemy.dialects.sqlite  # create_engine_for's imports, done while waiting
    import sqlalchemy.orm  # noqa: F401

    worker.join()
    if isinstance(found[0], BaseException):
        raise found[0]
    return found[0]


def _storage_error(exc: BaseException, path: Path | str, action: str) -> WorkbookError:
    """What `exc` means for the user; an error no rule knows is still a one-line message, not damage."""
    known = classify(exc, path, action=action)
    if known is not None:
        return known
    detail = str(getattr(exc, "orig", None) or exc)
    return StorageError(path, detail, action=action)


def backup_sqlite(source: Path, dest: Path) -> Path:
    """Copy a workbook with SQLite's online backup API (a plain file copy can miss the WAL).

    Writes to a temporary file of its own beside `dest` and renames it, so `dest` is never half-written
    (two windows opening one workbook in the same second each back it up to the same name). The copy
    gets the source's permissions for others (a private workbook gives private copies), is readable
    and writable by its owner, and has no "open" mark.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(f".{dest.name}.{os.getpid()}-{threading.get_ident()}.partial")
    try:
        with (
            closing(sqlite_files.connect_for_reading(source, timeout=INSPECT_TIMEOUT_S)) as src,
            closing(sqlite3.connect(partial)) as dst,
        ):
            partial.chmod(source.stat().st_mode & 0o666 | 0o600)  # a read-only workbook's copy is yours
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
            dst.execute("PRAGMA user_version = 0")  # a copy is closed cleanly, wherever it goes
        partial.replace(dest)
    finally:
        partial.unlink(missing_ok=True)
        partial.with_name(partial.name + "-journal").unlink(missing_ok=True)
    return dest


class Database:
    """An open workbook: one engine, and sessions that are each one unit of work."""

    def __init__(
        self,
        url: str,
        engine: Engine,
        report: OpenReport,
        path: Path | None,
        *,
        read_only_reason: str | None = None,
    ) -> None:
        self.url, self.engine, self.report, self.path = url, engine, report, path
        self.read_only_reason = read_only_reason  # e.g. "the file is read-only"; None when writable
        self._write_engine = engine.execution_options(dd_begin="IMMEDIATE") if path else engine
        self._watch: sqlite3.Connection | None = None

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @classmethod
    def open(cls, target: str | Path, *, create: bool = True, checked: bool = False) -> Database:
        """Open (or create) a workbook file or database URL, migrating it to the current schema.

        A workbook in a read-only file, folder or disk opens read-only: it can be read, and every
        edit is refused with `ReadOnlyWorkbookError`. `checked`: the file's integrity was checked a
        moment ago in this process (`reads.listing.peek_evaluations` at start-up), not again.
        """
        if is_url(target):
            url = str(target)
            if not url.startswith("sqlite:///"):
                return cls._open_server(url)
            path = Path(url.removeprefix("sqlite:///"))
        else:
            path = Path(target).expanduser()
            url = sqlite_url(path)
        return cls._open_file(url, path, create=create, checked=checked)

    @classmethod
    def _open_server(cls, url: str) -> Database:
        from duediligence.storage.migrate import upgrade

        try:
            migrated_from = upgrade(url)
        except WorkbookError:
            raise
        except Exception as exc:
            raise MigrationFailedError(url, str(getattr(exc, "orig", None) or exc), None) from exc
        created = migrated_from == "" if migrated_from is not None else False
        report = OpenReport(created=created, migrated_from=migrated_from or None, backup=None)
        return cls(url, create_engine_for(url), report, None)

    @classmethod
    def _open_file(cls, url: str, path: Path, *, create: bool, checked: bool = False) -> Database:
        from duediligence.storage.migrate import head_revision, upgrade

        if path.is_dir():
            raise WorkbookUnavailableError(path, translate("Storage", "it is a folder, not a file"))
        existed, wal_existed = path.exists(), sqlite_files.wal_path(path).exists()
        if existed:
            state = inspect_sqlite_file(path, integrity=False) if checked else _inspect_while_loading(path)
        elif not create:
            raise WorkbookUnavailableError(path, translate("Storage", "no such file"))
        else:
            state = _prepare_new_file(path)
        current = not state.empty and state.revision == head_revision()
        warnings = sqlite_files.copy_warnings(path, state.mark, wal_existed)
        read_only = read_only_reason(path) if existed else None
        if read_only is not None:
            if state.empty:
                detail = translate("Storage", "%1, and it holds no workbook yet").replace("%1", read_only)
                raise ReadOnlyPlaceError(path, detail, action="create")
            if not current:
                detail = translate("Storage", "%1, and it must first be upgraded to this version of the app")
                detail = detail.replace("%1", read_only)
                raise ReadOnlyPlaceError(path, detail, action="upgrade")
            report = OpenReport(created=False, migrated_from=None, backup=None, warnings=warnings)
            return cls(url, read_only_engine(path), report, path, read_only_reason=read_only)
        if disk_is_full(path.parent):
            raise DiskFullError(path, translate("Storage", "the disk is full"))
        backup = None
        if not state.empty and not current:
            try:
                folder = paths.private_folder(paths.backups_dir(path))
                backup = backup_sqlite(path, folder / _backup_name("before-migration"))
            except (sqlite3.Error, OSError) as exc:
                raise _storage_error(exc, path, "back up (before upgrading)") from exc
        try:
            # A file already at the current schema needs no Alembic at all (it costs a second to import).
            migrated_from = None if current else upgrade(url, path=path)
        except Exception as exc:  # the transaction rolled back: say so, with the backup's place
            if not existed:
                _remove_new_file(path)  # a workbook that could not be created leaves nothing behind
            if isinstance(exc, WorkbookError):
                raise
            known = classify(exc, path, action="upgrade" if existed else "create")
            if isinstance(known, StorageError | CorruptWorkbookError):
                raise known from exc
            raise MigrationFailedError(path, str(getattr(exc, "orig", None) or exc), backup) from exc
        try:
            sqlite_files.mark_open(path, timeout=BUSY_TIMEOUT_MS / 1000)
        except sqlite3.Error as exc:
            raise _storage_error(exc, path, "open") from exc
        created = migrated_from == "" if migrated_from is not None else False
        report = OpenReport(created, migrated_from or None, backup, warnings)
        return cls(url, create_engine_for(url), report, path)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back entirely if it raises."""
        from sqlmodel import Session

        if self.read_only_reason is not None:
            raise ReadOnlyWorkbookError(self.label, self.read_only_reason)
        with Session(self._write_engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A consistent read-only view for queries; nothing it does is kept."""
        from sqlmodel import Session

        with Session(self.engine) as session, session.begin():
            yield session
            session.rollback()

    def backup_to(self, dest: Path) -> Path:
        if self.path is None:
            raise WorkbookUnavailableError(
                self.url, translate("Storage", "backups of server databases are made by the server")
            )
        return backup_sqlite(self.path, dest)

    def save_copy(self, dest: Path) -> Path:
        """A copy of this workbook that is a workbook of its own: same content, a new identity (so an
        export from the copy is never mistaken for one from this file)."""
        import uuid

        copy = self.backup_to(dest)
        with closing(sqlite3.connect(copy)) as con, con:
            con.execute("UPDATE workbook_info SET value = ? WHERE key = 'uuid'", (uuid.uuid4().hex,))
        return copy

    def data_version(self) -> int:
        """A number that changes when another connection (another app instance) commits to the file.

        Cheap (no query of the data): views re-read when it differs from the last value they saw.
        """
        if self.path is None:
            return 0
        if self._watch is None:
            uri = f"{self.path.resolve().as_uri()}?mode=ro"
            if self.read_only:
                uri = sqlite_files.read_only_uri(self.path)
            self._watch = sqlite3.connect(uri, uri=True)
        return int(self._watch.execute("PRAGMA data_version").fetchone()[0])

    def close(self) -> None:
        if self._watch is not None:
            self._watch.close()
            self._watch = None
        self.engine.dispose()
        if self.path is not None and not self.read_only:
            sqlite_files.clear_mark_if_closed(self.path, timeout=BUSY_TIMEOUT_MS / 1000)

    @property
    def address(self) -> str:
        """What to remember to reopen this workbook: its path, or its URL without any password."""
        if self.path is not None:
            return str(self.path.resolve())
        from sqlalchemy.engine import make_url

        return make_url(self.url)._replace(password=None).render_as_string(hide_password=False)

    @property
    def label(self) -> str:
        """How to name this workbook to the user."""
        if self.path is not None:
            return str(self.path)
        return shown_url(self.url)


def _prepare_new_file(path: Path) -> SchemaState:
    """The folder of a workbook about to be created exists and may be written, or say why not."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _storage_error(exc, path, "create") from exc
    reason = read_only_reason(path)
    if reason is not None:
        raise ReadOnlyPlaceError(path, reason, action="create")
    if disk_is_full(path.parent):
        raise DiskFullError(path, translate("Storage", "the disk is full"), action="create")
    return SchemaState(empty=True, revision=None)


def _remove_new_file(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)


def _backup_name(reason: str) -> str:
    from datetime import datetime

    return f"{datetime.now():%Y%m%d-%H%M%S-%f}-{reason}.db"
