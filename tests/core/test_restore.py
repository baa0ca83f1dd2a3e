"""Restoring a backup goes through SQLite into the live file: a log left by a crash, or a second app
instance editing meanwhile, can never mix with the restored content."""

from __future__ import annotations

import os
import select
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from duediligence.operations.edits import AddRow
from duediligence.operations.evaluations import CreateEvaluation, UpdateEvaluation
from duediligence.storage.backups import list_backups, restore_backup, take_backup
from duediligence.storage.database import Database

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork() for a second writer")


def integrity(path: Path) -> str:
    with sqlite3.connect(path) as con:
        result = con.execute("PRAGMA integrity_check").fetchone()[0]
    con.close()
    return str(result)


def content(path: Path) -> tuple[str, int]:
    """(the evaluation's title, how many options it has)."""
    with sqlite3.connect(path) as con:
        title = con.execute("SELECT title FROM evaluation WHERE id = 1").fetchone()[0]
        options = con.execute("SELECT count(*) FROM option").fetchone()[0]
    con.close()
    return title, options


def backed_up_workbook(path: Path) -> Path:
    """A workbook titled "Backed up" with one option, its backup, then retitled "Current"."""
    db = Database.open(path)
    with db.transaction() as session:
        eid = CreateEvaluation("Backed up").apply(session).result
        AddRow("option", eid, {"name": "Kept"}).apply(session)
    backup = take_backup(path, "open")
    with db.transaction() as session:
        UpdateEvaluation(eid, {"title": "Current"}).apply(session)
    db.close()
    return backup


def edit_until_killed(path: Path, report: int, *, hold_checkpoints: bool, limit: int | None = None) -> None:
    """Runs in a forked child: adds options through the app's edit path, reporting each commit."""
    if hold_checkpoints:  # a reader that never finishes keeps every later commit in the -wal
        reader = sqlite3.connect(path)
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM option").fetchone()
    db = Database.open(path)
    n = 0
    while limit is None or n < limit:
        with db.transaction() as session:
            AddRow("option", 1, {"name": f"edit-{n}"}).apply(session)
        n += 1
        os.write(report, f"{n}\n".encode())
    os.write(report, b"done\n")
    while True:
        time.sleep(1)


def start_writer(path: Path, **kwargs: object) -> tuple[int, int]:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        try:
            edit_until_killed(path, write_end, **kwargs)  # type: ignore[arg-type]
        finally:
            os._exit(1)
    os.close(write_end)
    return pid, read_end


def wait_for(read_end: int, word: bytes, timeout: float = 120) -> bytes:
    seen = b""
    deadline = time.monotonic() + timeout
    while word not in seen and time.monotonic() < deadline:
        if select.select([read_end], [], [], 1)[0]:
            seen += os.read(read_end, 65536)
    assert word in seen, f"the writer never reported {word!r}"
    return seen


def stop(pid: int, read_end: int) -> None:
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    os.close(read_end)


def test_restore_over_a_log_left_by_a_crash_gives_an_intact_file_with_the_backups_content(
    workbook_path: Path,
) -> None:
    backup = backed_up_workbook(workbook_path)
    pid, read_end = start_writer(workbook_path, hold_checkpoints=True, limit=400)
    wait_for(read_end, b"done")
    stop(pid, read_end)  # killed: 400 committed edits wait in the -wal, never checkpointed
    assert Path(f"{workbook_path}-wal").stat().st_size > 400 * 4096
    restore_backup(backup, workbook_path)
    assert (integrity(workbook_path), content(workbook_path)) == ("ok", ("Backed up", 1))


def test_the_state_replaced_by_a_restore_is_backed_up_with_the_crashed_writers_edits(
    workbook_path: Path,
) -> None:
    backup = backed_up_workbook(workbook_path)
    pid, read_end = start_writer(workbook_path, hold_checkpoints=True, limit=400)
    wait_for(read_end, b"done")
    stop(pid, read_end)
    safety = restore_backup(backup, workbook_path)
    assert (safety.name.endswith("-before-restore.db"), content(safety)) == (True, ("Current", 401))


def test_restores_while_a_second_instance_edits_leave_the_file_intact_with_the_backups_title(
    workbook_path: Path,
) -> None:
    backup = backed_up_workbook(workbook_path)
    pid, read_end = start_writer(workbook_path, hold_checkpoints=False)
    try:
        wait_for(read_end, b"\n")
        for _ in range(6):
            restore_backup(backup, workbook_path)
            assert integrity(workbook_path) == "ok"
            assert content(workbook_path)[0] == "Backed up"
        os.kill(pid, 0)  # the other instance kept editing through every restore, and is still alive
        seen = wait_for(read_end, b"\n")
    finally:
        stop(pid, read_end)
    assert (integrity(workbook_path), content(workbook_path)[0], bool(seen)) == ("ok", "Backed up", True)


def test_another_open_connection_sees_the_restored_content_and_a_new_data_version(
    workbook_path: Path,
) -> None:
    backup = backed_up_workbook(workbook_path)
    other = Database.open(workbook_path)  # a second window on the same file
    try:
        version = other.data_version()
        restore_backup(backup, workbook_path)
        with other.reading() as session:
            from duediligence.reads.evaluations import get_evaluation

            title = get_evaluation(session, 1).title
        assert (other.data_version() != version, title) == (True, "Backed up")
    finally:
        other.close()


def test_a_restore_takes_no_file_away_from_the_workbooks_folder(workbook_path: Path) -> None:
    backup = backed_up_workbook(workbook_path)
    inode = workbook_path.stat().st_ino
    restore_backup(backup, workbook_path)
    newest = list_backups(workbook_path)[0]
    assert (workbook_path.stat().st_ino, newest.reason) == (inode, "before-restore")


def test_a_backup_of_an_older_version_is_upgraded_before_it_replaces_the_workbook(
    workbook_path: Path, tmp_path: Path
) -> None:
    from duediligence.storage.engine import sqlite_url
    from duediligence.storage.migrate import head_revision, upgrade

    old = tmp_path / "old.db"
    upgrade(sqlite_url(old), path=old, target="0001")
    Database.open(workbook_path).close()
    restore_backup(old, workbook_path)
    with sqlite3.connect(workbook_path) as con:
        revision = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    con.close()
    assert (revision, integrity(workbook_path)) == (head_revision(), "ok")
