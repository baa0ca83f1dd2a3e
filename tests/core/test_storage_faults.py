"""A fault of the place (full disk, read-only file or folder, a lock) is never taken for a damaged file:
each gets its own error and advice, and nothing is renamed, moved or offered for recovery."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from faults import as_ordinary_user, files_in, fill_disk, small_disk

from duediligence.errors import (
    CorruptWorkbookError,
    DiskFullError,
    NotDamagedError,
    ReadOnlyPlaceError,
    ReadOnlyWorkbookError,
    WorkbookLockedError,
)
from duediligence.operations.evaluations import CreateEvaluation, UpdateEvaluation
from duediligence.reads.evaluations import list_evaluations
from duediligence.storage import database
from duediligence.storage.backups import recover_from_backup, take_backup
from duediligence.storage.database import Database


def make_workbook(path: Path, title: str = "CRM") -> None:
    db = Database.open(path)
    with db.transaction() as session:
        CreateEvaluation(title).apply(session)
    db.close()


def titles(db: Database) -> list[str]:
    with db.reading() as session:
        return [row.title for row in list_evaluations(session)]


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A closed workbook with one evaluation on a disk with no space left."""
    with small_disk(tmp_path / "disk") as disk:
        path = disk / "workbook.db"
        make_workbook(path)
        take_backup(path, "open")  # a good backup exists: recovery would be possible, and must not happen
        fill_disk(disk)
        yield path


def test_a_full_disk_at_open_is_reported_as_full_not_as_damage(full_disk: Path) -> None:
    before = full_disk.read_bytes()
    with pytest.raises(DiskFullError, match="disk is full") as refused:
        Database.open(full_disk)
    assert not isinstance(refused.value, CorruptWorkbookError)
    assert (full_disk.read_bytes() == before, files_in(full_disk.parent)) == (
        True,
        ["filler.bin", "workbook.db"],
    )


def test_recovery_refuses_to_move_an_intact_workbook_on_a_full_disk(full_disk: Path) -> None:
    from duediligence.storage.backups import newest_good_backup

    backup = newest_good_backup(full_disk)
    assert backup is not None
    with pytest.raises(NotDamagedError):
        recover_from_backup(full_disk, backup.path)
    assert files_in(full_disk.parent) == ["filler.bin", "workbook.db"]


def test_a_damaged_workbook_whose_backup_cannot_be_written_stays_under_its_name(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", size_kb=1024) as disk:
        path = disk / "workbook.db"
        make_workbook(path)
        backup = take_backup(path, "open")
        damaged = b"SQLite format 3\x00" + b"\xff" * 8192
        path.write_bytes(damaged)
        fill_disk(disk)
        with pytest.raises(DiskFullError):
            recover_from_backup(path, backup)
        assert (path.read_bytes() == damaged, files_in(disk)) == (True, ["filler.bin", "workbook.db"])


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "shared"
    folder.mkdir()
    make_workbook(folder / "workbook.db")
    folder.chmod(0o555)
    with as_ordinary_user():
        yield folder / "workbook.db"
    folder.chmod(0o755)


def test_a_workbook_in_a_read_only_folder_opens_read_only_and_shows_its_content(
    read_only_folder: Path,
) -> None:
    db = Database.open(read_only_folder)
    try:
        assert (db.read_only, titles(db)) == (True, ["CRM"])
    finally:
        db.close()
    assert files_in(read_only_folder.parent) == ["workbook.db"]


def test_an_edit_of_a_read_only_workbook_is_refused_saying_read_only(read_only_folder: Path) -> None:
    db = Database.open(read_only_folder)
    try:
        with pytest.raises(ReadOnlyWorkbookError, match="read-only"), db.transaction() as session:
            UpdateEvaluation(1, {"title": "Changed"}).apply(session)
        assert titles(db) == ["CRM"]
    finally:
        db.close()


def test_creating_a_workbook_in_a_read_only_folder_says_read_only_without_a_web_link(
    read_only_folder: Path,
) -> None:
    target = read_only_folder.parent / "new.db"
    with pytest.raises(ReadOnlyPlaceError, match="read-only") as refused:
        Database.open(target)
    assert ("sqlalche.me" in str(refused.value), target.exists()) == (False, False)


def test_a_read_only_workbook_file_opens_read_only_and_leaves_no_side_files(tmp_path: Path) -> None:
    path = tmp_path / "workbook.db"
    make_workbook(path)
    path.chmod(0o444)
    with as_ordinary_user():
        db = Database.open(path)
        shown = (db.read_only, titles(db))
        db.close()
    assert (shown, files_in(tmp_path)) == ((True, ["CRM"]), ["workbook.db"])


def test_a_read_only_file_that_needs_an_upgrade_is_refused_saying_read_only(tmp_path: Path) -> None:
    from duediligence.storage.engine import sqlite_url
    from duediligence.storage.migrate import upgrade

    path = tmp_path / "old.db"
    upgrade(sqlite_url(path), path=path, target="0001")
    path.chmod(0o444)
    before = path.read_bytes()
    with as_ordinary_user(), pytest.raises(ReadOnlyPlaceError, match="read-only"):
        Database.open(path)
    assert (path.read_bytes() == before, files_in(tmp_path)) == (True, ["old.db"])


def test_a_workbook_locked_by_another_program_is_reported_as_locked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "INSPECT_TIMEOUT_S", 0.1)
    path = tmp_path / "workbook.db"
    make_workbook(path)
    holder = sqlite3.connect(path)
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        with pytest.raises(WorkbookLockedError, match="locked"):
            Database.open(path)
    finally:
        holder.rollback()
        holder.close()


def test_recovery_refuses_an_intact_workbook(tmp_path: Path) -> None:
    path = tmp_path / "workbook.db"
    make_workbook(path)
    backup = take_backup(path, "open")
    with pytest.raises(NotDamagedError):
        recover_from_backup(path, backup)
    assert files_in(tmp_path) == ["workbook.db"]


def test_a_damaged_file_is_still_reported_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "workbook.db"
    make_workbook(path)
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptWorkbookError):
        Database.open(path)


def test_a_file_without_read_permission_is_refused_as_not_readable(tmp_path: Path) -> None:
    from duediligence.errors import PermissionDeniedError

    path = tmp_path / "workbook.db"
    make_workbook(path)
    path.chmod(0o200)
    with as_ordinary_user(), pytest.raises(PermissionDeniedError, match="permission"):
        Database.open(path)
    os.chmod(path, 0o644)


def test_a_copy_of_a_read_only_workbook_can_be_edited(tmp_path: Path) -> None:
    path = tmp_path / "workbook.db"
    make_workbook(path)
    path.chmod(0o444)
    with as_ordinary_user():
        db = Database.open(path)
        db.save_copy(tmp_path / "mine.db")
        db.close()
        copy = Database.open(tmp_path / "mine.db")
        with copy.transaction() as session:
            UpdateEvaluation(1, {"title": "Mine now"}).apply(session)
        shown = (copy.read_only, titles(copy))
        copy.close()
    assert shown == (False, ["Mine now"])
