"""In the app, a fault of the place is explained with what to do, never offered as recovery of a
damaged file; read-only workbooks open for reading; copies of open workbooks are warned about."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import create_workbook
from faults import as_ordinary_user, files_in, fill_disk, small_disk
from helpers import shown_titles

from duediligence.storage import database
from duediligence.storage.backups import take_backup
from ui import dialogs
from ui.workbook_notice import WorkbookNotice


@pytest.fixture
def offered(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Problems for which the app offered to restore a backup (none, unless the file is damaged)."""
    seen: list[str] = []
    monkeypatch.setattr(dialogs, "offer_recovery", lambda _p, problem, _when: seen.append(problem) or True)
    return seen


def notice_text(window: Any) -> str:
    bar = window.findChild(WorkbookNotice)
    return bar.label.text() if bar is not None and bar.isVisible() else ""


def test_a_full_disk_at_open_says_so_and_leaves_the_workbook_where_it_is(
    make_window: Any, tmp_path: Path, asked: Any, offered: list[str]
) -> None:
    with small_disk(tmp_path / "disk") as disk:
        workbook = create_workbook(disk / "w.db")
        take_backup(workbook.path, "open")
        before = workbook.path.read_bytes()
        fill_disk(disk)
        window = make_window(workbook.path)
        assert (offered, window.context.db) == ([], None)
        assert "disk is full" in asked.errors[0][1]
        assert (files_in(disk), workbook.path.read_bytes() == before) == (["filler.bin", "w.db"], True)


def test_a_workbook_in_a_read_only_folder_opens_read_only_and_says_so(
    make_window: Any, tmp_path: Path, asked: Any, offered: list[str]
) -> None:
    workbook = create_workbook(tmp_path / "shared" / "w.db")
    workbook.path.parent.chmod(0o555)
    try:
        with as_ordinary_user():
            window = make_window(workbook.path)
            assert (offered, asked.errors) == ([], [])
            assert "CRM for sales" in shown_titles(window)
            assert "read-only" in notice_text(window) and "read-only" in window.path_label.text()
    finally:
        workbook.path.parent.chmod(0o755)


def test_an_edit_in_a_read_only_workbook_is_refused_with_a_message_saying_read_only(
    make_window: Any, tmp_path: Path, asked: Any
) -> None:
    from helpers import stored_titles

    workbook = create_workbook(tmp_path / "shared" / "w.db")
    workbook.path.parent.chmod(0o555)
    try:
        with as_ordinary_user():
            window = make_window(workbook.path)
            window.actions.add_samples.trigger()
    finally:
        workbook.path.parent.chmod(0o755)
    messages = [text for _title, text in asked.warnings + asked.errors]
    assert (len(messages), "read-only" in messages[0]) == (1, True)
    assert stored_titles(workbook.path) == {"CRM for sales", "Office chairs", "Old printer"}


def test_a_read_only_workbook_file_leaves_no_side_files_after_the_window_closes(
    make_window: Any, tmp_path: Path
) -> None:
    workbook = create_workbook(tmp_path / "w.db")
    workbook.path.chmod(0o444)
    with as_ordinary_user():
        window = make_window(workbook.path)
        window.context.close_workbook()
    assert files_in(tmp_path) == ["w.db"]


def test_a_locked_workbook_is_reported_as_locked_and_not_offered_recovery(
    make_window: Any, tmp_path: Path, asked: Any, offered: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    monkeypatch.setattr(database, "INSPECT_TIMEOUT_S", 0.1)
    workbook = create_workbook(tmp_path / "w.db")
    take_backup(workbook.path, "open")
    holder = sqlite3.connect(workbook.path)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        make_window(workbook.path)
    finally:
        holder.rollback()
        holder.close()
    assert (offered, "locked" in asked.errors[0][1]) == ([], True)


def test_a_copy_missing_its_log_opens_with_a_warning_in_the_notice_bar(
    make_window: Any, tmp_path: Path, asked: Any
) -> None:
    from duediligence.storage.database import Database

    workbook = create_workbook(tmp_path / "w.db")
    db = Database.open(workbook.path)
    (tmp_path / "usb").mkdir()
    shutil.copyfile(workbook.path, tmp_path / "usb" / "w.db")
    db.close()
    window = make_window(tmp_path / "usb" / "w.db")
    assert (window.context.db is not None, asked.errors) == (True, [])
    assert "not closed properly" in notice_text(window)


def test_the_notice_bar_is_hidden_for_a_workbook_with_nothing_to_say(window: Any) -> None:
    assert notice_text(window) == ""


def test_a_restore_in_one_window_reaches_a_second_window_on_the_same_file(
    window: Any, workbook: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from duediligence.operations.evaluations import UpdateEvaluation
    from duediligence.storage.backups import list_backups
    from ui.context import AppContext
    from ui.restore import RestoreDialog, restore_from_backup

    crm = workbook.ids["CRM for sales"]
    other = AppContext()
    other.open_workbook(workbook.path)
    # (its open-time backup runs on a thread: taken before the edit below, it is the oldest state)
    other.wait_for_open_backup()
    window.context.wait_for_open_backup()
    try:
        window.context.submit(UpdateEvaluation(crm, {"title": "Renamed after the backup"}), "Edit title")
        assert other.refresh_if_changed_elsewhere()
        opened = list_backups(workbook.path)[-1]
        monkeypatch.setattr(RestoreDialog, "ask", classmethod(lambda cls, backups, parent: opened))
        restore_from_backup(window)
        assert other.refresh_if_changed_elsewhere()
        from duediligence.reads.evaluations import get_evaluation

        assert other.read(get_evaluation, crm).title == "CRM for sales"
    finally:
        other.close_workbook()
