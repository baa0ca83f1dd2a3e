"""File ▸ Export to Excel… and Import from Excel…: a worker thread, a review of every line, one undo step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from duediligence.exchange.commands import export_command, prepare_import
from duediligence.operations.edits import SetScore
from duediligence.reads.documents import evaluation_document
from duediligence.reads.evaluations import list_evaluations
from duediligence.storage.database import Database
from duediligence.templates.samples import add_samples
from ui.exchange import commands, export_dialog, import_dialog, progress
from ui.exchange.import_dialog import APP_SIDE, DECISION, FILE_SIDE, ImportDialog


@pytest.fixture
def samples(tmp_path: Path) -> tuple[Path, int]:
    db = Database.open(tmp_path / "samples.db")
    with db.transaction() as session:
        ids = add_samples().apply(session).result
    db.close()
    return tmp_path / "samples.db", ids[0]


@pytest.fixture
def crm(make_window: Any, samples: tuple[Path, int]) -> tuple[Any, int]:
    path, eid = samples
    window = make_window(path)
    window.evaluations.select(eid)
    return window, eid


@pytest.fixture(autouse=True)
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Notices the commands give (never a blocking message box in a test)."""
    said: list[str] = []
    monkeypatch.setattr(commands, "tell", lambda _p, _title, text: said.append(text))
    return said


def plain_cell(d: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any], float]:
    """A 0-10 criterion, an option whose score there has no range, and that score."""
    by_id = {c["id"]: c for c in criteria(d)}
    names = {o["id"]: o for o in d["options"]}
    for s in d["scores"]:
        c = by_id.get(s["criterion_id"])
        if c and c["scale"] == "0-10" and s["value"] is not None and s["low"] is None and s["high"] is None:
            return c, names[s["option_id"]], s["value"]
    raise AssertionError("no plain score in the sample")


def finish(qtbot: Any) -> None:
    qtbot.waitUntil(lambda: not progress.running(), timeout=20_000)


def doc(window: Any, eid: int) -> dict[str, Any]:
    return window.context.read(evaluation_document, eid)


def criteria(d: dict[str, Any]) -> list[dict[str, Any]]:
    return [c for g in d["criteria_groups"] for c in g["criteria"]] + d["ungrouped_criteria"]


def score(d: dict[str, Any], option_id: int, criterion_id: int) -> float | None:
    return next(
        s["value"] for s in d["scores"] if (s["option_id"], s["criterion_id"]) == (option_id, criterion_id)
    )


def matrix_header(ws: Any) -> int:
    """The criteria table's header row (below the results block): the row whose first cell is "ID"."""
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "ID")


def edit_matrix(path: Path, edits: list[tuple[int, str, Any]]) -> None:
    """Set Matrix cells by (criterion id, column header), as a colleague would in Excel."""
    wb = load_workbook(path)
    ws = wb["Matrix"]
    head = matrix_header(ws)
    columns = {cell.value: cell.column for cell in ws[head]}
    rows = {ws.cell(r, 1).value: r for r in range(head + 1, ws.max_row + 1)}
    for criterion_id, header, value in edits:
        ws.cell(rows[criterion_id], columns[header]).value = value
    wb.save(path)


def exported(window: Any, eid: int, path: Path) -> Path:
    return export_command(window.context.db, [eid], path)


def review_with(monkeypatch: pytest.MonkeyPatch, qtbot: Any, inspect: Any) -> list[ImportDialog]:
    """Replace ImportDialog.ask: build the real dialog, let `inspect(dialog)` act, then press Apply."""
    seen: list[ImportDialog] = []

    def ask(plan: Any, parent: Any) -> Any:
        dialog = ImportDialog(plan, parent)
        qtbot.addWidget(dialog)
        seen.append(dialog)
        answer = inspect(dialog)
        return dialog.choices() if answer is not False else None

    monkeypatch.setattr(ImportDialog, "ask", staticmethod(ask))
    return seen


def test_export_writes_the_chosen_evaluations_in_the_background(
    crm, qtbot, monkeypatch, tmp_path, asked
) -> None:
    window, eid = crm
    offered: list[Any] = []

    def ask(rows: Any, current: int | None, parent: Any) -> list[int]:
        offered.append((len(rows), current))
        return [current]

    monkeypatch.setattr(export_dialog.ExportDialog, "ask", staticmethod(ask))
    monkeypatch.setattr(export_dialog, "choose_export_path", lambda _p, name: str(tmp_path / name))
    commands.export_to_excel(window)
    finish(qtbot)
    written = tmp_path / "CRM for sales and customer service.xlsx"
    assert offered == [(2, eid)]
    assert written.is_file() and prepare_import(window.context.db, written).lines == ()
    assert str(written) in window.statusBar().currentMessage()
    assert asked.errors == []


def test_the_export_dialog_ticks_the_current_evaluation(crm, qtbot) -> None:
    from duediligence.reads.evaluations import list_evaluations

    window, eid = crm
    dialog = export_dialog.ExportDialog(window.context.read(list_evaluations), eid, window)
    qtbot.addWidget(dialog)
    assert dialog.chosen() == [eid] and dialog.export_button.isEnabled()
    dialog._tick_all(export_dialog.Qt.CheckState.Unchecked)
    assert dialog.chosen() == [] and not dialog.export_button.isEnabled()


def test_cancelling_an_export_leaves_no_file(crm, qtbot, monkeypatch, tmp_path, asked) -> None:
    window, eid = crm
    target = tmp_path / "crm.xlsx"
    monkeypatch.setattr(export_dialog.ExportDialog, "ask", staticmethod(lambda *_a: [eid]))
    monkeypatch.setattr(export_dialog, "choose_export_path", lambda *_a: str(target))
    started: list[Any] = []

    def run(*args: Any, **kwargs: Any) -> Any:
        task = progress.run_in_background(*args, **kwargs)
        task.dialog.canceled.emit()  # the user presses Cancel at once
        started.append(task)
        return task

    monkeypatch.setattr(commands, "run_in_background", run)
    commands.export_to_excel(window)
    finish(qtbot)
    assert started and not target.exists() and not list(tmp_path.glob("*.partial"))
    assert "cancelled" in window.statusBar().currentMessage()


def test_an_export_the_core_refuses_is_explained(crm, qtbot, monkeypatch, tmp_path, asked) -> None:
    window, eid = crm
    (tmp_path / "folder.xlsx").mkdir()
    monkeypatch.setattr(export_dialog.ExportDialog, "ask", staticmethod(lambda *_a: [eid]))
    monkeypatch.setattr(export_dialog, "choose_export_path", lambda *_a: str(tmp_path / "folder.xlsx"))
    commands.export_to_excel(window)
    finish(qtbot)
    assert (
        asked.errors and "is a folder" in asked.errors[0][1] and "No file was written" in asked.errors[0][1]
    )


def test_import_lists_the_edits_and_applies_them_as_one_undo_step(
    crm, qtbot, qtmodeltester, monkeypatch, tmp_path, asked
) -> None:
    window, eid = crm
    before = doc(window, eid)
    criterion = criteria(before)[0]
    other, option, old = plain_cell(before)
    new = 10 - old if old != 5 else 2
    path = exported(window, eid, tmp_path / "crm.xlsx")
    edit_matrix(path, [(criterion["id"], "Weight", 7), (other["id"], option["name"], new)])

    def inspect(dialog: ImportDialog) -> None:
        qtmodeltester.check(dialog.model)
        rows = [
            [dialog.model.index(r, c).data() for c in range(dialog.model.columnCount())]
            for r in range(dialog.model.rowCount())
        ]
        assert [(r[0], r[3], r[4], r[5]) for r in rows] == [
            ("Changed", "3", "7", "Apply"),
            ("Changed", f"{old:g}", f"{new:g}", "Apply"),
        ]
        weight_row = matrix_header(load_workbook(path)["Matrix"]) + 1  # the first criterion's
        assert rows[0][1] == f"Matrix!G{weight_row} · Weight" and rows[0][2] == criterion["name"]
        assert dialog.apply_button.isEnabled()

    review_with(monkeypatch, qtbot, inspect)
    depth = window.context.undo_stack.count()
    commands.import_from_excel(window, path)
    finish(qtbot)
    assert asked.errors == []
    after = doc(window, eid)
    assert criteria(after)[0]["weight"] == 7 and score(after, option["id"], other["id"]) == new
    assert window.context.undo_stack.count() == depth + 1
    assert window.context.undo_stack.undoText() == "Import from “crm.xlsx”"
    window.context.undo_stack.undo()
    restored = doc(window, eid)
    assert criteria(restored)[0]["weight"] == criterion["weight"]
    assert score(restored, option["id"], other["id"]) == score(before, option["id"], other["id"])


def test_an_unticked_line_is_skipped(crm, qtbot, monkeypatch, tmp_path, asked) -> None:
    window, eid = crm
    before = doc(window, eid)
    criterion = criteria(before)[0]
    path = exported(window, eid, tmp_path / "crm.xlsx")
    edit_matrix(path, [(criterion["id"], "Weight", 7)])

    def inspect(dialog: ImportDialog) -> None:
        dialog.model.setData(dialog.model.index(0, DECISION), 0, import_dialog.Qt.ItemDataRole.CheckStateRole)
        assert dialog.model.index(0, DECISION).data() == "Skip"

    review_with(monkeypatch, qtbot, inspect)
    commands.import_from_excel(window, path)
    finish(qtbot)
    assert criteria(doc(window, eid))[0]["weight"] == criterion["weight"]


def test_a_conflict_needs_a_choice_before_apply(crm, qtbot, monkeypatch, tmp_path, asked) -> None:
    window, eid = crm
    criterion, option, old = plain_cell(doc(window, eid))
    theirs, ours = (9, 1) if old not in (9, 1) else (8, 2)
    path = exported(window, eid, tmp_path / "crm.xlsx")
    edit_matrix(path, [(criterion["id"], option["name"], theirs)])
    window.context.submit(SetScore(option["id"], criterion["id"], {"value": ours}), "edit")

    def inspect(dialog: ImportDialog) -> None:
        model = dialog.model
        assert model.index(0, 0).data() == "Conflict" and model.index(0, DECISION).data() == "Choose…"
        assert (model.index(0, 3).data(), model.index(0, 4).data()) == (str(ours), str(theirs))
        assert not dialog.apply_button.isEnabled() and "conflict" in dialog.status.text()
        model.setData(model.index(0, DECISION), APP_SIDE)
        assert dialog.apply_button.isEnabled() is False or model.accepted() == 0
        model.setData(model.index(0, DECISION), FILE_SIDE)
        assert dialog.apply_button.isEnabled()

    review_with(monkeypatch, qtbot, inspect)
    commands.import_from_excel(window, path)
    finish(qtbot)
    assert score(doc(window, eid), option["id"], criterion["id"]) == theirs


def test_error_lines_block_apply_and_say_why(crm, qtbot, monkeypatch, tmp_path, asked) -> None:
    window, eid = crm
    d = doc(window, eid)
    one_to_five = next(c for c in criteria(d) if c["scale"] == "1-5")
    path = exported(window, eid, tmp_path / "crm.xlsx")
    edit_matrix(path, [(one_to_five["id"], d["options"][0]["name"], 42)])

    def inspect(dialog: ImportDialog) -> bool:
        assert dialog.model.index(0, 0).data() == "Error"
        assert "outside the scale 1 to 5" in dialog.model.index(0, 2).data()
        assert not dialog.apply_button.isEnabled() and "cannot be imported" in dialog.status.text()
        return False

    review_with(monkeypatch, qtbot, inspect)
    depth = window.context.undo_stack.count()
    commands.import_from_excel(window, path)
    finish(qtbot)
    assert window.context.undo_stack.count() == depth


def test_a_broken_file_shows_the_reason_and_changes_nothing(crm, qtbot, monkeypatch, tmp_path, asked) -> None:
    window, eid = crm
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    monkeypatch.setattr(ImportDialog, "ask", staticmethod(lambda *_a: pytest.fail("no review expected")))
    before, depth = doc(window, eid), window.context.undo_stack.count()
    commands.import_from_excel(window, broken)
    finish(qtbot)
    assert len(asked.errors) == 1
    title, text = asked.errors[0]
    assert "broken.xlsx" in title and "Nothing in the workbook was changed" in text
    assert doc(window, eid) == before and window.context.undo_stack.count() == depth


def test_an_unchanged_file_says_so(crm, qtbot, tmp_path, asked, told) -> None:
    window, eid = crm
    commands.import_from_excel(window, exported(window, eid, tmp_path / "same.xlsx"))
    finish(qtbot)
    assert told == ["No changes: “same.xlsx” and the workbook agree."]


def test_a_file_from_another_workbook_shows_what_the_new_evaluation_holds(
    crm, qtbot, monkeypatch, tmp_path, asked
) -> None:
    window, eid = crm
    other = Database.open(tmp_path / "other.db")
    with other.transaction() as session:
        other_id = add_samples().apply(session).result[0]
    path = export_command(other, [other_id], tmp_path / "theirs.xlsx")
    other.close()
    edit_matrix(path, [(criteria(doc(window, eid))[0]["id"], "Weight", 5)])  # same sample: same ids
    before = {e for e in window.context.read(lambda s: [r.id for r in list_evaluations(s)])}

    def inspect(dialog: ImportDialog) -> None:
        model = dialog.model
        rows = [
            (model.index(r, 0).data(), model.index(r, 2).data(), model.index(r, DECISION).data())
            for r in range(model.rowCount())
        ]
        assert {kind for kind, _what, _decision in rows} == {"Added"}
        assert ("Added", "Account and contact management: New criterion, weight 5", "Included") in rows
        assert not model.flags(model.index(0, DECISION)) & import_dialog.Qt.ItemFlag.ItemIsUserCheckable
        assert "new evaluation" in dialog.intro.text() and dialog.apply_button.isEnabled()

    review_with(monkeypatch, qtbot, inspect)
    commands.import_from_excel(window, path)
    finish(qtbot)
    assert asked.errors == []
    [new] = {e for e in window.context.read(lambda s: [r.id for r in list_evaluations(s)])} - before
    assert criteria(doc(window, new))[0]["weight"] == 5
