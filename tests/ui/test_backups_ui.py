"""Backups in the app: one at open, and File ▸ Restore from backup brings an old state back."""

from __future__ import annotations

from typing import Any

import pytest
from helpers import stored

from duediligence.operations.evaluations import UpdateEvaluation
from duediligence.storage.backups import list_backups
from ui.restore import BackupsModel, RestoreDialog, restore_from_backup


def test_restore_brings_back_the_state_of_the_chosen_backup(
    window: Any, workbook: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    crm = workbook.ids["CRM for sales"]
    window.context.submit(UpdateEvaluation(crm, {"title": "Renamed after the backup"}), "Edit title")
    opened = list_backups(workbook.path)[-1]
    monkeypatch.setattr(RestoreDialog, "ask", classmethod(lambda cls, backups, parent: opened))
    restore_from_backup(window)
    assert (stored(workbook.path, crm).title, window.context.db is not None) == ("CRM for sales", True)


def test_the_state_before_a_restore_is_itself_backed_up(
    window: Any, workbook: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.context.wait_for_open_backup()
    opened = list_backups(workbook.path)[-1]
    monkeypatch.setattr(RestoreDialog, "ask", classmethod(lambda cls, backups, parent: opened))
    restore_from_backup(window)
    assert "before-restore" in {b.reason for b in list_backups(workbook.path)}


def test_backups_model_passes_the_model_tester(qtmodeltester: Any, window: Any, workbook: Any) -> None:
    window.context.wait_for_open_backup()
    qtmodeltester.check(BackupsModel(list_backups(workbook.path)))


def test_a_damaged_workbook_offers_its_newest_good_backup_and_opens_it(
    make_window: Any, workbook: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from duediligence.storage.backups import take_backup
    from ui import dialogs

    take_backup(workbook.path, "open")
    workbook.path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8192)
    offered: list[str] = []
    monkeypatch.setattr(dialogs, "offer_recovery", lambda _p, problem, when: offered.append(problem) or True)
    window = make_window(workbook.path)
    assert ("damaged" in offered[0], stored(workbook.path, workbook.ids["CRM for sales"]).title) == (
        True,
        "CRM for sales",
    )
    assert window.context.db is not None


def test_a_damaged_workbook_without_backups_is_explained_and_left_alone(
    make_window: Any, tmp_path, asked
) -> None:
    path = tmp_path / "broken.db"
    data = b"SQLite format 3\x00" + b"\xff" * 8192
    path.write_bytes(data)
    make_window(path)
    assert ("damaged" in asked.errors[0][1], path.read_bytes() == data) == (True, True)
