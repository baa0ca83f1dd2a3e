"""File ▸ Export to Excel… asks who the file is for: the buying team (the default) or someone outside it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from duediligence.reads.evaluations import list_evaluations
from duediligence.storage.database import Database
from duediligence.templates.samples import add_samples
from ui.exchange import commands, export_dialog, progress


@pytest.fixture
def crm(make_window: Any, tmp_path: Path) -> tuple[Any, int]:
    db = Database.open(tmp_path / "samples.db")
    with db.transaction() as session:
        eid = add_samples().apply(session).result[0]
    db.close()
    window = make_window(tmp_path / "samples.db")
    window.evaluations.select(eid)
    return window, eid


def test_the_dialog_exports_for_the_buying_team_unless_told_otherwise(crm, qtbot) -> None:
    window, eid = crm
    dialog = export_dialog.ExportDialog(window.context.read(list_evaluations), eid, window)
    qtbot.addWidget(dialog)
    assert (list(dialog.chosen()), dialog.chosen().for_whom) == ([eid], "internal")
    dialog.for_outside.setChecked(True)
    assert (list(dialog.chosen()), dialog.chosen().for_whom) == ([eid], "external")


def test_a_copy_for_outside_the_team_is_written_without_the_people_sheets(
    crm, qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window, eid = crm
    target = tmp_path / "for-vendor.xlsx"
    monkeypatch.setattr(
        export_dialog.ExportDialog, "ask", staticmethod(lambda *_a: export_dialog.Chosen([eid], "external"))
    )
    monkeypatch.setattr(export_dialog, "choose_export_path", lambda *_a: str(target))
    monkeypatch.setattr(commands, "tell", lambda *_a: None)
    commands.export_to_excel(window)
    qtbot.waitUntil(lambda: not progress.running(), timeout=20_000)
    qtbot.waitUntil(target.exists, timeout=20_000)
    names = load_workbook(target).sheetnames
    assert "Matrix" in names and "Stakeholders" not in names and "Change log" not in names
