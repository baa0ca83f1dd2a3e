"""Engines for workbooks: SQLite with the pragmas that keep it safe, or a database server.

Every SQLite connection gets a busy timeout (a second writer waits instead of failing), the
write-ahead log with synchronous=NORMAL, foreign keys on, and transactions that begin when the app
says so (an explicit BEGIN, or BEGIN IMMEDIATE for writes; see shared/RELIABILITY.md).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from duediligence.storage import files as sqlite_files

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

BUSY_TIMEOUT_MS = 5000


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _install_sqlite_events(engine: Engine, *, foreign_keys: bool, read_only: bool = False) -> None:
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, below
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not read_only:
            cursor.execute("PRAGMA journal_mode = WAL")
        # NORMAL in WAL mode survives any application crash; only a power cut may lose the last commits.
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("dd_begin", "")
        conn.exec_driver_sql(f"BEGIN {mode}".strip())


def read_only_engine(path: Path) -> Engine:
    """An engine that can only read `path`, for a workbook in a read-only file, folder or disk."""
    from sqlalchemy import create_engine

    uri = sqlite_files.read_only_uri(path)

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)

    engine = create_engine(sqlite_url(path), creator=connect)
    _install_sqlite_events(engine, foreign_keys=True, read_only=True)
    return engine


def create_engine_for(url: str, *, foreign_keys: bool = True) -> Engine:
    from sqlalchemy import create_engine

    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _install_sqlite_events(engine, foreign_keys=foreign_keys)
        return engine
    return create_engine(url, pool_pre_ping=True)
