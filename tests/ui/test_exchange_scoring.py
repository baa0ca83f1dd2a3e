"""Scoring sheets from the File menu, and the Evaluators dialog with its combined scores."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from duediligence.exchange.scoring_sheets import HEADER_ROW
from duediligence.reads.matrix import load_matrix
from duediligence.storage.database import Database
from duediligence.templates.samples import add_samples
from ui.exchange import commands, progress, scoring_dialogs
from ui.exchange.evaluators_dialog import EvaluatorsDialog


@pytest.fixture
def crm(make_window: Any, tmp_path: Path) -> tuple[Any, int]:
    db = Database.open(tmp_path / "samples.db")
    with db.transaction() as session:
        eid = add_samples().apply(session).result[0]
    db.close()
    window = make_window(tmp_path / "samples.db")
    window.evaluations.select(eid)
    return window, eid


@pytest.fixture(autouse=True)
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(commands, "tell", lambda _p, _title, text: said.append(text))
    return said


def finish(qtbot: Any) -> None:
    qtbot.waitUntil(lambda: not progress.running(), timeout=20_000)


def send(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, folder: Path, names: list[str]
) -> list[Path]:
    monkeypatch.setattr(scoring_dialogs.SendDialog, "ask", staticmethod(lambda *_a: (names, folder)))
    commands.send_scoring_sheets(window)
    finish(qtbot)
    return sorted(folder.glob("*.xlsx"))


def fill(path: Path, values: dict[tuple[int, int], Any]) -> None:
    wb = load_workbook(path)
    for (row, column), value in values.items():
        wb["Scores"].cell(HEADER_ROW + 1 + row, 5 + column).value = value
    wb.save(path)


def test_sheets_go_out_one_per_evaluator(crm, qtbot, monkeypatch, tmp_path, asked) -> None:
    window, _ = crm
    folder = tmp_path / "out"
    folder.mkdir()
    written = send(window, qtbot, monkeypatch, folder, ["Anna", "Ben"])
    assert [p.name for p in written] == [
        "CRM for sales and customer service - scoring - Anna.xlsx",
        "CRM for sales and customer service - scoring - Ben.xlsx",
    ]
    assert "2 scoring sheet" in window.statusBar().currentMessage() and asked.errors == []
    again = send(window, qtbot, monkeypatch, folder, ["Anna"])
    assert len(again) == 3  # a sheet that may have come back filled in is never overwritten


def test_a_returned_sheet_is_stored_as_one_step_and_shown_in_the_evaluators_dialog(
    crm, qtbot, qtmodeltester, monkeypatch, tmp_path, asked
) -> None:
    window, eid = crm
    anna, _ben = send(window, qtbot, monkeypatch, tmp_path, ["Anna", "Ben"])
    fill(anna, {(0, 0): 7, (0, 1): 4})
    confirmed: list[str] = []
    monkeypatch.setattr(
        scoring_dialogs, "confirm_scores", lambda _p, plan: confirmed.append(plan.sentence()) or True
    )
    depth = window.context.undo_stack.count()
    commands.import_scoring_sheet(window, anna)
    finish(qtbot)
    assert confirmed == ["2 score(s) from Anna for “CRM for sales and customer service”."]
    assert window.context.undo_stack.count() == depth + 1 and asked.errors == []
    assert window.context.undo_stack.undoText() == "Import scores from Anna"

    dialog = EvaluatorsDialog(window.context, eid, window)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    model = dialog.model
    assert model.evaluators == ("Anna",) and model.rowCount() == 2
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:4] == ["Criterion", "Option", "Anna", "Combined (mean)"]
    assert [model.index(r, 2).data() for r in range(2)] == ["7", "4"]

    dialog.adopt_button.click()
    with window.context.db.reading() as session:
        cells = load_matrix(session, eid).cells
    values = sorted(
        cell.value for cell in cells.values() if cell.evidence.startswith("Combined from 1 evaluator")
    )
    assert values == [4.0, 7.0]
    window.context.undo_stack.undo()  # the adopt, as one step
    with window.context.db.reading() as session:
        assert not any(c.evidence.startswith("Combined") for c in load_matrix(session, eid).cells.values())
    window.context.undo_stack.undo()  # the import
    assert dialog.model.rowCount() == 0


def test_a_sheet_with_a_value_off_the_scale_is_refused_and_nothing_stored(
    crm, qtbot, monkeypatch, tmp_path, asked
) -> None:
    window, _ = crm
    anna = send(window, qtbot, monkeypatch, tmp_path, ["Anna"])[0]
    fill(anna, {(0, 0): 7, (1, 0): 12})
    monkeypatch.setattr(scoring_dialogs, "confirm_scores", lambda *_a: pytest.fail("nothing to confirm"))
    depth = window.context.undo_stack.count()
    commands.import_scoring_sheet(window, anna)
    finish(qtbot)
    assert (
        len(asked.errors) == 1
        and "cell E7" in asked.errors[0][1]
        and "nothing was stored" in asked.errors[0][1]
    )
    assert window.context.undo_stack.count() == depth


def test_a_file_that_is_not_a_scoring_sheet_is_refused(crm, qtbot, tmp_path, asked) -> None:
    window, _ = crm
    other = tmp_path / "other.xlsx"
    other.write_text("hello")
    commands.import_scoring_sheet(window, other)
    finish(qtbot)
    assert asked.errors and "not a zip archive" in asked.errors[0][1]


def test_the_combination_choice_is_an_undoable_edit(crm, qtbot, monkeypatch, tmp_path) -> None:
    window, eid = crm
    dialog = EvaluatorsDialog(window.context, eid, window)
    qtbot.addWidget(dialog)
    dialog.combination.setCurrentIndex(dialog.combination.findData("median"))
    dialog.combination.activated.emit(dialog.combination.currentIndex())
    assert dialog.model.headers()[2] == "Combined (median)"
    window.context.undo_stack.undo()
    assert dialog.combination.currentData() == "mean"


def test_send_names_are_split_and_deduplicated() -> None:
    assert scoring_dialogs.parse_names("Anna\n ben ; Anna, Cleo Park \n\n") == ["Anna", "ben", "Cleo Park"]
