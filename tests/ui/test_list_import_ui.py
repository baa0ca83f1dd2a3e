"""Import options or criteria from a list: the column-mapping dialog and the one undo step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog

from duediligence.exchange.list_columns import CRITERIA, OPTIONS
from duediligence.exchange.list_files import read_table
from duediligence.exchange.lists import ERROR, SKIP
from duediligence.reads.documents import evaluation_document
from ui.exchange import list_import
from ui.exchange.list_import import FIELD, IGNORE, ListImportDialog, MappingModel, PreviewModel

OPTIONS_CSV = (
    "Option;Supplier;Type;Weeks;Comment\n"
    "HubSpot;HubSpot Inc.;Buy;4;\n"
    "Pipedrive;Pipedrive OÜ;Kaufen;2,5;=1+1\n"
    "Own CRM;;Build in-house;26;needs two developers\n"
    "Extend the ERP;SAP;Extend what we have;12;\n"
    "Keep spreadsheets;;Do nothing;0;\n"
)


@pytest.fixture(autouse=True)
def german_numbers() -> Any:
    """The list above writes numbers the German way (2,5), as its reader does."""
    from duediligence.formats import set_user_locale

    set_user_locale("de_DE")
    yield
    set_user_locale(None)


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(list_import, "tell", lambda _p, _title, text: said.append(text))
    return said


@pytest.fixture
def crm(window: Any, workbook: Any) -> tuple[Any, int]:
    eid = workbook.ids["CRM for sales"]
    window.evaluations.select(eid)
    assert window.evaluation_view.evaluation_id == eid
    return window, eid


@pytest.fixture
def options_csv(tmp_path: Path) -> Path:
    path = tmp_path / "long-list.csv"
    path.write_text(OPTIONS_CSV, encoding="utf-8")
    return path


def doc(window: Any, eid: int) -> dict[str, Any]:
    return window.context.read(evaluation_document, eid)


def test_five_options_import_as_one_undo_step(
    crm: tuple[Any, int], options_csv: Path, monkeypatch: pytest.MonkeyPatch, told: list[str]
) -> None:
    window, eid = crm
    seen: list[ListImportDialog] = []

    def ask(cls: type, context: Any, evaluation_id: int, table: Any, parent: Any) -> Any:
        dialog = ListImportDialog(context, evaluation_id, table, None, parent)
        seen.append(dialog)
        assert dialog.target == OPTIONS  # inferred from the headers
        assert dialog.apply_button.isEnabled()
        return dialog.plan

    monkeypatch.setattr(ListImportDialog, "ask", classmethod(ask))
    monkeypatch.setattr(list_import, "choose_list_path", lambda _p: str(options_csv))
    stack = window.context.undo_stack
    before = stack.count()
    assert list_import.import_list(window)
    assert stack.count() == before + 1
    assert stack.undoText() == "Import options from “long-list.csv”"
    options = {o["name"]: o for o in doc(window, eid)["options"]}
    assert set(options) == {"HubSpot", "Pipedrive", "Own CRM", "Extend the ERP", "Keep spreadsheets"}
    assert options["Pipedrive"]["time_to_results_weeks"] == 2.5
    assert options["Pipedrive"]["notes"] == "=1+1"  # text, never calculated
    assert options["Own CRM"]["kind"] == "build"
    assert window.evaluation_view.evaluation_id == eid  # nothing new is selected
    stack.undo()
    assert doc(window, eid)["options"] == []
    stack.redo()
    assert len(doc(window, eid)["options"]) == 5
    assert not told


def test_changing_a_columns_mapping_updates_the_lines_and_the_preview(
    qtbot: Any, qtmodeltester: Any, crm: tuple[Any, int], options_csv: Path
) -> None:
    window, eid = crm
    dialog = ListImportDialog(window.context, eid, read_table(options_csv), None, window)
    qtbot.addWidget(dialog)
    model = dialog.mapping_model
    assert model.mapping == {0: "name", 1: "vendor", 2: "kind", 3: "time_to_results_weeks", 4: "notes"}
    qtmodeltester.check(model)
    qtmodeltester.check(dialog.preview_model)
    qtmodeltester.check(dialog.lines_model)
    assert dialog.preview_model.headerData(1, Qt.Orientation.Horizontal) == "Supplier\n→ Vendor"
    # Each mapped column shows a combo of the target's fields, "(ignore)" first.
    combo = dialog.mapping_view.indexWidget(model.index(1, FIELD))
    assert isinstance(combo, QComboBox) and combo.itemData(0) == IGNORE and combo.currentData() == "vendor"

    # The vendors become the names: the old name column is left out, and every row says so.
    assert model.set_field(1, "name")
    assert model.mapping.get(0) is None and model.mapping[1] == "name"
    assert dialog.preview_model.headerData(0, Qt.Orientation.Horizontal) == "Option\n→ (ignore)"
    kinds = [line.kind for line in dialog.lines_model.lines]
    assert kinds.count(SKIP) == 2  # the two rows without a vendor have no name now
    assert dialog.apply_button.text() == "Add 3 options"

    # Ignoring the names altogether is an error line, and Apply is disabled.
    assert model.set_field(1, IGNORE)
    assert dialog.lines_model.lines[0].kind == ERROR
    assert not dialog.apply_button.isEnabled()
    qtmodeltester.check(model)


def test_an_error_blocks_apply_and_switching_to_criteria_guesses_again(
    qtbot: Any, crm: tuple[Any, int], tmp_path: Path
) -> None:
    window, eid = crm
    path = tmp_path / "criteria.csv"
    path.write_text("Criterion,Group,Weight\nSecurity,Risk,3\nPrice,Cost,heavy\n", encoding="utf-8")
    dialog = ListImportDialog(window.context, eid, read_table(path), None, window)
    qtbot.addWidget(dialog)
    assert dialog.target == CRITERIA
    errors = [line for line in dialog.lines_model.lines if line.kind == ERROR]
    assert [(e.row, e.column) for e in errors] == [(3, "Weight")]
    assert dialog.lines_model.lines[0].kind == ERROR  # errors come first
    assert not dialog.apply_button.isEnabled()
    assert "problem" in dialog.status.text()
    dialog.accept()  # even when called directly, Apply does nothing while errors remain
    assert dialog.result() != QDialog.DialogCode.Accepted

    # Ignoring the weight column clears the error.
    dialog.mapping_model.set_field(2, IGNORE)
    assert dialog.apply_button.isEnabled()
    assert "New criterion groups: Risk, Cost" in dialog.status.text()

    # The user may switch to options: the mapping is guessed for options (a weight means nothing there).
    dialog.target_combo.setCurrentIndex(dialog.target_combo.findData(OPTIONS))
    assert dialog.target == OPTIONS
    assert dialog.mapping_model.mapping == {0: "name"}
    assert dialog.apply_button.isEnabled()


def test_no_evaluation_selected_and_unreadable_files_are_told(
    window: Any, asked: Any, told: list[str], tmp_path: Path
) -> None:
    window.evaluation_view.set_evaluation(None)
    assert not list_import.import_list(window, tmp_path / "x.csv")
    assert told and "Select the evaluation" in told[0]
    bad = tmp_path / "list.xlsx"
    bad.write_text("not a workbook")
    window.evaluation_view.set_evaluation(next(iter(window.context.read(_ids))))
    assert not list_import.import_list(window, bad)
    assert asked.errors and "not a zip archive" in asked.errors[0][1]


def _ids(session: Any) -> list[int]:
    from duediligence.reads.evaluations import list_evaluations

    return [row.id for row in list_evaluations(session)]


def test_mapping_model_refuses_fields_of_the_other_target(qtmodeltester: Any, options_csv: Path) -> None:
    table = read_table(options_csv)
    model = MappingModel(table, OPTIONS, {0: "name"})
    assert not model.set_field(1, "weight")
    assert model.set_field(1, "vendor")
    qtmodeltester.check(model)
    qtmodeltester.check(PreviewModel(model))
