"""A plain file copy of an open workbook can lose recent changes: opening such a copy says so, once;
a copy made through SQLite ("Save a copy as…", backups) and a cleanly closed file never warn."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from duediligence.operations.evaluations import CreateEvaluation
from duediligence.storage.database import Database


def with_evaluation(path: Path) -> Database:
    db = Database.open(path)
    with db.transaction() as session:
        CreateEvaluation("CRM").apply(session)
    return db


def test_a_file_copied_alone_while_open_warns_that_its_log_is_missing(tmp_path: Path) -> None:
    db = with_evaluation(tmp_path / "workbook.db")
    (tmp_path / "usb").mkdir()
    shutil.copyfile(db.path, tmp_path / "usb" / "workbook.db")  # a file manager copies only the .db
    db.close()
    copy = Database.open(tmp_path / "usb" / "workbook.db")
    warnings = copy.report.warnings
    copy.close()
    assert len(warnings) == 1 and "not closed properly" in warnings[0] and "workbook.db-wal" in warnings[0]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork() to crash a writer")
def test_a_file_whose_log_was_deleted_after_a_crash_warns_once(tmp_path: Path) -> None:
    path = tmp_path / "workbook.db"
    pid = os.fork()
    if pid == 0:  # crash while open: the -wal and the "open" mark stay
        with_evaluation(path)
        os._exit(0)
    os.waitpid(pid, 0)
    Path(f"{path}-wal").unlink()
    first = Database.open(path)
    first.close()
    second = Database.open(path)
    second.close()
    assert (len(first.report.warnings), second.report.warnings) == (1, ())


def test_a_file_and_its_log_copied_to_another_folder_while_open_warns_of_the_copy(tmp_path: Path) -> None:
    db = with_evaluation(tmp_path / "workbook.db")
    (tmp_path / "elsewhere").mkdir()
    for name in ("workbook.db", "workbook.db-wal", "workbook.db-shm"):
        shutil.copyfile(tmp_path / name, tmp_path / "elsewhere" / name)
    copy = Database.open(tmp_path / "elsewhere" / "workbook.db")
    warnings = copy.report.warnings
    copy.close()
    db.close()
    assert len(warnings) == 1 and "open in another folder" in warnings[0]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork() to crash a writer")
def test_a_workbook_reopened_after_a_crash_in_its_own_folder_does_not_warn(tmp_path: Path) -> None:
    path = tmp_path / "workbook.db"
    pid = os.fork()
    if pid == 0:
        with_evaluation(path)
        os._exit(0)
    os.waitpid(pid, 0)
    reopened = Database.open(path)
    reopened.close()
    assert reopened.report.warnings == ()


def test_a_file_copied_after_a_clean_close_does_not_warn(tmp_path: Path) -> None:
    with_evaluation(tmp_path / "workbook.db").close()
    (tmp_path / "usb").mkdir()
    shutil.copyfile(tmp_path / "workbook.db", tmp_path / "usb" / "workbook.db")
    copy = Database.open(tmp_path / "usb" / "workbook.db")
    copy.close()
    assert copy.report.warnings == ()


def test_save_a_copy_of_an_open_workbook_does_not_warn(tmp_path: Path) -> None:
    db = with_evaluation(tmp_path / "workbook.db")
    db.save_copy(tmp_path / "copy.db")
    copy = Database.open(tmp_path / "copy.db")
    copy.close()
    db.close()
    assert copy.report.warnings == ()


def test_two_windows_on_one_file_do_not_warn(tmp_path: Path) -> None:
    first = with_evaluation(tmp_path / "workbook.db")
    second = Database.open(tmp_path / "workbook.db")
    second.close()
    first.close()
    assert second.report.warnings == ()


def test_the_last_window_to_close_leaves_the_file_marked_as_closed(tmp_path: Path) -> None:
    import sqlite3

    first = with_evaluation(tmp_path / "workbook.db")
    second = Database.open(tmp_path / "workbook.db")
    first.close()
    second.close()
    with sqlite3.connect(tmp_path / "workbook.db") as con:
        mark = con.execute("PRAGMA user_version").fetchone()[0]
    con.close()
    assert (mark, sorted(p.name for p in tmp_path.iterdir())) == (0, ["workbook.db"])
