"""Backups: taken with the online backup API, listed newest first, thinned, and restorable."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from duediligence.errors import NotAWorkbookError
from duediligence.operations.evaluations import CreateEvaluation, UpdateEvaluation
from duediligence.reads.evaluations import get_evaluation
from duediligence.storage.backups import (
    BackupInfo,
    backups_to_keep,
    list_backups,
    restore_backup,
    take_backup,
)
from duediligence.storage.database import Database


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
    from duediligence.storage.backups import newest_good_backup, recover_from_backup

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


def at(hour: int, minute: int = 0, day: int = 22) -> datetime:
    return datetime(2026, 11, day, hour, minute)


def infos(tmp_path: Path, *taken: tuple[datetime, str], size: int = 1) -> list[BackupInfo]:
    return [
        BackupInfo(tmp_path / f"{i}-{reason}.db", when, reason, size)
        for i, (when, reason) in enumerate(taken)
    ]


def test_backups_taken_at_open_or_while_editing_are_thinned_to_one_per_hour_within_the_day(
    tmp_path: Path,
) -> None:
    backups = infos(
        tmp_path, (at(9, 5), "open"), (at(9, 20), "open"), (at(9, 50), "periodic"), (at(10, 10), "open")
    )
    kept = backups_to_keep(backups, at(12))
    assert sorted(p.name for p in kept) == ["2-periodic.db", "3-open.db"]


def test_backups_forced_before_an_import_or_restore_are_all_kept_within_the_day(tmp_path: Path) -> None:
    backups = infos(tmp_path, (at(9, 5), "before-import"), (at(9, 10), "before-restore"), (at(9, 20), "open"))
    assert len(backups_to_keep(backups, at(12))) == 3


def test_twenty_opens_within_an_hour_leave_one_backup(db: Database) -> None:
    from duediligence.storage.backups import thin_backups

    for minute in range(20):
        take_backup(db.path, "open", now=at(9, minute * 2))
    thin_backups(db.path, now=at(9, 45))
    assert [(b.taken_at.minute, b.reason) for b in list_backups(db.path)] == [(38, "open")]


def test_backups_taken_by_hand_are_never_thinned(tmp_path: Path) -> None:
    old = infos(tmp_path, (at(9) - timedelta(days=400), "manual"))
    assert backups_to_keep(old, at(9)) == {old[0].path}


def test_the_size_cap_drops_the_oldest_first_until_the_rest_fit(tmp_path: Path) -> None:
    from duediligence.storage.backups import within_limit

    backups = infos(tmp_path, (at(6), "open"), (at(7), "open"), (at(8), "open"), (at(9), "open"), size=10)
    assert sorted(p.name for p in within_limit(backups, 25)) == ["0-open.db", "1-open.db"]


def test_the_size_cap_never_drops_the_newest_backup_even_when_it_alone_is_too_big(tmp_path: Path) -> None:
    from duediligence.storage.backups import within_limit

    backups = infos(tmp_path, (at(8), "open"), (at(9), "open"), size=50)
    assert [p.name for p in within_limit(backups, 10)] == ["0-open.db"]


def test_the_size_cap_never_drops_a_backup_taken_by_hand(tmp_path: Path) -> None:
    from duediligence.storage.backups import within_limit

    backups = infos(tmp_path, (at(7), "manual"), (at(8), "open"), (at(9), "open"), size=10)
    assert [p.name for p in within_limit(backups, 15)] == ["1-open.db"]


@pytest.mark.parametrize(
    ("workbook_mb", "limit_mb"),
    [(1, 100), (10, 200), (200, 2048)],  # at least 100 MiB; 20 x the workbook; at most 2 GiB
)
def test_the_automatic_size_cap_is_twenty_workbooks_between_100_mib_and_2_gib(
    tmp_path: Path, workbook_mb: int, limit_mb: int
) -> None:
    from duediligence.storage.backups import MiB, backup_limit

    path = tmp_path / "big.db"
    with path.open("wb") as sparse:
        sparse.truncate(workbook_mb * MiB)
    assert backup_limit(path) == limit_mb * MiB


def test_the_size_cap_setting_replaces_the_automatic_one_until_cleared(tmp_path: Path) -> None:
    from duediligence.storage.backups import MiB, backup_limit, set_limit_setting_mb

    path = tmp_path / "small.db"
    path.write_bytes(b"x")
    set_limit_setting_mb(5)
    try:
        chosen = backup_limit(path)
    finally:
        set_limit_setting_mb(None)
    assert (chosen, backup_limit(path)) == (5 * MiB, 100 * MiB)


def test_thinning_applies_the_size_cap_to_the_files(db: Database) -> None:
    from duediligence.storage.backups import thin_backups

    for hour in (6, 7, 8):
        take_backup(db.path, "before-import", now=at(hour))
    size = list_backups(db.path)[0].size
    thin_backups(db.path, now=at(9), limit=2 * size)
    assert [b.taken_at.hour for b in list_backups(db.path)] == [8, 7]


def test_backups_of_a_private_workbook_are_private_in_a_private_folder(db: Database) -> None:
    import stat

    db.path.chmod(0o600)
    backup = take_backup(db.path, "open")
    modes = (stat.S_IMODE(backup.stat().st_mode), stat.S_IMODE(backup.parent.stat().st_mode))
    assert modes == (0o600, 0o700)


def test_a_backup_is_marked_as_closed_cleanly_though_taken_from_an_open_workbook(db: Database) -> None:
    import sqlite3

    copy = take_backup(db.path, "open")
    with sqlite3.connect(copy) as con:
        mark = con.execute("PRAGMA user_version").fetchone()[0]
    con.close()
    assert mark == 0


def test_two_backups_to_the_same_name_at_once_each_write_a_whole_file(
    db: Database, workbook_path: Path
) -> None:
    """Two windows opening one workbook in the same second back it up to the same name, at once."""
    import sqlite3
    import threading

    from duediligence.storage.database import backup_sqlite

    workbook, folder = workbook_path, workbook_path.parent / "backups"
    failures: list[BaseException] = []

    def copy(dest: Path) -> None:
        try:
            backup_sqlite(workbook, dest)
        except BaseException as exc:  # collected for the assertion
            failures.append(exc)

    for attempt in range(10):
        dest = folder / f"{attempt}-open.db"
        threads = [threading.Thread(target=copy, args=(dest,)) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        copied = sqlite3.connect(dest)
        checked = copied.execute("PRAGMA integrity_check").fetchone()
        copied.close()
        assert (failures, checked) == ([], ("ok",))
