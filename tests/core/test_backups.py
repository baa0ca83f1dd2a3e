"""Backups: taken with the online backup API, listed newest first, thinned, and restorable."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from duediligence.backups import BackupInfo, backups_to_keep, list_backups, restore_backup, take_backup
from duediligence.database import Database
from duediligence.errors import NotAWorkbookError
from duediligence.operations.evaluations import CreateEvaluation, UpdateEvaluation
from duediligence.queries import get_evaluation


def titled(db: Database, eid: int) -> str:
    with db.reading() as session:
        return get_evaluation(session, eid).title


def test_a_backup_taken_during_an_open_transaction_holds_the_last_commit(db: Database) -> None:
    with db.transaction() as session:
        eid = CreateEvaluation("Laptop").apply(session).result
    with db.transaction() as session:
        UpdateEvaluation(eid, {"title": "Uncommitted"}).apply(session)
        copy = take_backup(db.path, "open")
    backup = Database.open(copy)
    assert titled(backup, eid) == "Laptop"
    backup.close()


def test_backups_are_listed_newest_first_with_reason(db: Database) -> None:
    take_backup(db.path, "open", now=datetime(2026, 1, 1, 9))
    take_backup(db.path, "before-import", now=datetime(2026, 1, 2, 9))
    assert [(b.taken_at.day, b.reason) for b in list_backups(db.path)] == [(2, "before-import"), (1, "open")]


def test_thinning_keeps_the_last_day_then_one_per_day(tmp_path: Path) -> None:
    now = datetime(2026, 11, 22, 12)
    times = [now - timedelta(hours=h) for h in (1, 2, 30, 31, 100)]
    backups = [BackupInfo(tmp_path / f"{i}.db", t, "open", 1) for i, t in enumerate(times)]
    kept = backups_to_keep(backups, now)
    # both within the last day; of 30 h and 31 h ago (same day) the newer; 100 h ago alone on its day
    assert kept == {tmp_path / "0.db", tmp_path / "1.db", tmp_path / "2.db", tmp_path / "4.db"}


def test_thinning_drops_backups_older_than_nine_months(tmp_path: Path) -> None:
    now = datetime(2026, 11, 22)
    old = BackupInfo(tmp_path / "old.db", now - timedelta(days=400), "open", 1)
    assert backups_to_keep([old], now) == set()


def test_restore_brings_back_the_backed_up_content_and_keeps_a_safety_copy(workbook_path: Path) -> None:
    db = Database.open(workbook_path)
    with db.transaction() as session:
        eid = CreateEvaluation("Before").apply(session).result
    backup = take_backup(workbook_path, "open")
    with db.transaction() as session:
        UpdateEvaluation(eid, {"title": "After"}).apply(session)
    db.close()
    safety = restore_backup(backup, workbook_path)
    restored, previous = Database.open(workbook_path), Database.open(safety)
    assert (titled(restored, eid), titled(previous, eid)) == ("Before", "After")
    restored.close()
    previous.close()


def test_restoring_from_a_file_that_is_not_a_workbook_changes_nothing(
    workbook_path: Path, tmp_path: Path
) -> None:
    Database.open(workbook_path).close()
    before = workbook_path.read_bytes()
    junk = tmp_path / "junk.db"
    junk.write_text("not a backup")
    with pytest.raises(NotAWorkbookError):
        restore_backup(junk, workbook_path)
    assert workbook_path.read_bytes() == before


def test_a_damaged_workbook_is_put_aside_and_replaced_by_its_newest_good_backup(workbook_path: Path) -> None:
    from duediligence.backups import newest_good_backup, recover_from_backup

    db = Database.open(workbook_path)
    with db.transaction() as session:
        eid = CreateEvaluation("Kept safe").apply(session).result
    db.close()
    take_backup(workbook_path, "open")
    workbook_path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8192)
    damaged = recover_from_backup(workbook_path, newest_good_backup(workbook_path).path)
    recovered = Database.open(workbook_path)
    assert (titled(recovered, eid), damaged.read_bytes()[:16]) == ("Kept safe", b"SQLite format 3\x00")
    recovered.close()
