"""The backup taken when a workbook opens: on a thread, yet always the state before the first edit, and
a failure is said in the window."""

from __future__ import annotations

import errno
import threading
from typing import Any

import pytest
from helpers import stored

from duediligence.operations.evaluations import UpdateEvaluation
from duediligence.storage import backups
from duediligence.storage.backups import list_backups


def test_opening_a_workbook_takes_a_backup(window: Any, workbook: Any) -> None:
    window.context.wait_for_open_backup()
    assert [b.reason for b in list_backups(workbook.path)] == ["open"]


def test_the_open_backup_holds_the_workbook_as_it_was_before_an_edit_made_while_it_is_copied(
    make_window: Any, workbook: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    crm = workbook.ids["CRM for sales"]
    release = threading.Event()
    take = backups.take_backup

    def slow(path: Any, reason: str, **kwargs: Any) -> Any:
        release.wait(5)  # the edit below is submitted before the copy begins
        return take(path, reason, **kwargs)

    monkeypatch.setattr(backups, "take_backup", slow)
    window = make_window(workbook.path)
    threading.Timer(0.2, release.set).start()
    window.context.submit(UpdateEvaluation(crm, {"title": "Edited right after opening"}), "Edit title")
    opened = list_backups(workbook.path)[-1]
    assert stored(opened.path, crm).title == "CRM for sales"


def test_a_failed_open_backup_is_said_in_the_notice_bar(
    qtbot: Any, make_window: Any, workbook: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(path: Any, reason: str, **kwargs: Any) -> Any:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups, "take_backup", full)
    window = make_window(workbook.path)
    from ui.workbook_notice import notice

    qtbot.waitUntil(lambda: "the disk is full" in notice(window).label.text())
    assert "without a recent backup" in notice(window).label.text()
