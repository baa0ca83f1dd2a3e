"""Opening a workbook: checks before any write, migration in one real transaction, and sessions.

SQLite files are inspected read-only first, so a text file, a damaged file, another program's
database or a file from a newer app version is refused without a single byte changing. Every
session runs in an explicit BEGIN (the pysqlite default would start transactions late and leave a
failed migration half-applied; see shared/RELIABILITY.md). Writes use BEGIN IMMEDIATE so that a
second writer waits for the busy timeout instead of failing on lock upgrade.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from duediligence import paths
from duediligence.errors import (
    CorruptWorkbookError,
    MigrationFailedError,
    NewerWorkbookError,
    NotAWorkbookError,
    WorkbookError,
    WorkbookUnavailableError,
)

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlmodel import Session

# Written into the SQLite header by migration 0001: tells our files from other SQLite databases.
APPLICATION_ID = 0x44443157  # "DD1W"
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True)
class SchemaState:
    """What a file holds before we touch it."""

    empty: bool
    revision: str | None


@dataclass(frozen=True)
class OpenReport:
    """What opening did: whether the file was new, and whether it was migrated (with its backup)."""

    created: bool
    migrated_from: str | None
    backup: Path | None


def is_url(target: str | Path) -> bool:
    return isinstance(target, str) and "://" in target


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def inspect_sqlite_file(path: Path) -> SchemaState:
    """Read-only look at a file: is it ours, intact, and which schema revision does it hold?"""
    from duediligence.migrate import known_revisions

    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise WorkbookUnavailableError(path, exc.strerror or str(exc)) from exc
    if size == 0:
        return SchemaState(empty=True, revision=None)
    if header != SQLITE_MAGIC:
        raise NotAWorkbookError(path, "it is not a SQLite database")
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as con:
            check = con.execute("PRAGMA quick_check").fetchone()
            if not check or check[0] != "ok":
                raise CorruptWorkbookError(path, f"integrity check: {check[0] if check else 'no answer'}")
            tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            revision = None
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise CorruptWorkbookError(path, str(exc)) from exc
    if not tables:
        return SchemaState(empty=True, revision=None)
    if app_id != APPLICATION_ID or revision is None:
        raise NotAWorkbookError(path, "it is a SQLite database made by another program")
    if revision not in known_revisions():
        raise NewerWorkbookError(path, revision)
    return SchemaState(empty=False, revision=revision)


def backup_sqlite(source: Path, dest: Path) -> Path:
    """Copy a workbook with SQLite's online backup API (a plain file copy can miss the WAL).

    Writes to a temporary file beside `dest` and renames it, so `dest` is never half-written.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(f".{dest.name}.partial")
    source_uri = f"{source.resolve().as_uri()}?mode=ro"
    try:
        with closing(sqlite3.connect(source_uri, uri=True)) as src, closing(sqlite3.connect(partial)) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
        partial.replace(dest)
    finally:
        partial.unlink(missing_ok=True)
    return dest


def _install_sqlite_events(engine: Engine, *, foreign_keys: bool) -> None:
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, below
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        # NORMAL in WAL mode survives any application crash; only a power cut may lose the last commits.
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("dd_begin", "")
        conn.exec_driver_sql(f"BEGIN {mode}".strip())


def create_engine_for(url: str, *, foreign_keys: bool = True) -> Engine:
    from sqlalchemy import create_engine

    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _install_sqlite_events(engine, foreign_keys=foreign_keys)
        return engine
    return create_engine(url, pool_pre_ping=True)


class Database:
    """An open workbook: one engine, and sessions that are each one unit of work."""

    def __init__(self, url: str, engine: Engine, report: OpenReport, path: Path | None) -> None:
        self.url, self.engine, self.report, self.path = url, engine, report, path
        self._write_engine = engine.execution_options(dd_begin="IMMEDIATE") if path else engine
        self._watch: sqlite3.Connection | None = None

    @classmethod
    def open(cls, target: str | Path, *, create: bool = True) -> Database:
        """Open (or create) a workbook file or database URL, migrating it to the current schema."""
        from duediligence.migrate import upgrade

        if is_url(target):
            url, path = str(target), None
            if url.startswith("sqlite:///"):
                path = Path(url.removeprefix("sqlite:///"))
        else:
            path = Path(target).expanduser()
            url = sqlite_url(path)
        backup, current = None, False
        existed = path is not None and path.exists()
        if path is not None:
            if path.is_dir():
                raise WorkbookUnavailableError(path, "it is a folder, not a file")
            if path.exists():
                state = inspect_sqlite_file(path)
            elif not create:
                raise WorkbookUnavailableError(path, "no such file")
            else:
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise WorkbookUnavailableError(path, exc.strerror or str(exc)) from exc
                state = SchemaState(empty=True, revision=None)
            from duediligence.migrate import head_revision

            current = not state.empty and state.revision == head_revision()
            if not state.empty and not current:
                backup = backup_sqlite(path, paths.backups_dir(path) / _backup_name("before-migration"))
        try:
            # A file already at the current schema needs no Alembic at all (it costs a second to import).
            migrated_from = None if current else upgrade(url, path=path)
        except Exception as exc:  # the transaction rolled back: say so, with the backup's place
            if path is not None and not existed:
                _remove_new_file(path)  # a workbook that could not be created leaves nothing behind
            if isinstance(exc, WorkbookError):
                raise
            raise MigrationFailedError(path or url, str(exc), backup) from exc
        created = migrated_from == "" if migrated_from is not None else False
        report = OpenReport(created=created, migrated_from=migrated_from or None, backup=backup)
        return cls(url, create_engine_for(url), report, path)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back entirely if it raises."""
        from sqlmodel import Session

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
            raise WorkbookUnavailableError(self.url, "backups of server databases are made by the server")
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
            self._watch = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
        return int(self._watch.execute("PRAGMA data_version").fetchone()[0])

    def close(self) -> None:
        if self._watch is not None:
            self._watch.close()
            self._watch = None
        self.engine.dispose()

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
        from sqlalchemy.engine import make_url

        return make_url(self.url).render_as_string(hide_password=True)


def _remove_new_file(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)


def _backup_name(reason: str) -> str:
    from datetime import datetime

    return f"{datetime.now():%Y%m%d-%H%M%S-%f}-{reason}.db"
