"""Text that merely looks like a formula is text: an option named "=SUM(1,2)" round-trips through the
app's own export and import; only a real formula cell is refused. Over-long cells are reported with
the length the file really holds, and a cell cut to a spreadsheet's maximum is called so."""

from __future__ import annotations

import random
import zipfile
from pathlib import Path

import pytest
from xlsx_support import document, edit_cells, replace_entry, sheet_entry, workbook_with_samples

from duediligence.exchange.commands import export_command, import_command, prepare_import
from duediligence.operations.edits import UpdateRow


@pytest.fixture
def formula_named(tmp_path: Path):
    """The CRM sample with its first option renamed "=SUM(1,2)", and an export of it."""
    db, ids = workbook_with_samples(tmp_path / "wb.db")
    option = document(db, ids[0])["options"][0]
    with db.transaction() as session:
        UpdateRow("option", option["id"], {"name": "=SUM(1,2)"}).apply(session)
    yield db, ids[0], option["id"], export_command(db, [str(ids[0])], tmp_path / "crm.xlsx")
    db.close()


def sentences(db, path: Path) -> list[str]:
    return [line.sentence for line in prepare_import(db, path).lines]


def test_an_option_named_like_a_formula_comes_back_unchanged(formula_named) -> None:
    db, _eid, _option, exported = formula_named
    assert sentences(db, exported) == []


def test_a_file_with_a_formula_like_option_name_imports_a_colleagues_edit(formula_named) -> None:
    db, eid, option_id, exported = formula_named
    edit_cells(exported, [("Options", option_id, "Notes", "Asked for a discount")])
    report = import_command(db, exported)
    notes = next(o["notes"] for o in document(db, eid)["options"] if o["id"] == option_id)
    assert (report.applied, notes) == (True, "Asked for a discount")


def test_a_real_formula_typed_where_an_option_is_named_is_refused(formula_named) -> None:
    db, _eid, _option, exported = formula_named
    risk = next(r for r in document(db, _eid)["risks"] if r["option"] and r["kind"] == "risk")
    edit_cells(exported, [("Risks", risk["id"], "Option", "=A1")])  # typed: a formula cell
    found = sentences(db, exported)
    assert len(found) == 1 and "'=A1' is a formula; type the value itself" in found[0]


def test_a_cell_cut_to_a_spreadsheets_maximum_is_reported_as_probably_cut(formula_named) -> None:
    db, _eid, option_id, exported = formula_named
    edit_cells(exported, [("Options", option_id, "Notes", "x" * 32_767)])
    found = sentences(db, exported)
    assert len(found) == 1 and "32,767 characters, the most a spreadsheet cell holds" in found[0]
    assert "probably cut the text off" in found[0]


def test_a_longer_cell_is_reported_with_the_length_the_file_holds(formula_named, tmp_path: Path) -> None:
    db, _eid, option_id, exported = formula_named
    edit_cells(exported, [("Options", option_id, "Notes", "MARKER-FOR-A-LONG-CELL")])
    entry = sheet_entry(exported, "Options")
    with zipfile.ZipFile(exported) as archive:
        xml = archive.read(entry)
    long_text = "".join(random.Random(7).choices("abcdefghijklmnopqrstuvwxyz0123456789", k=1_000_000))
    longer = tmp_path / "longer.xlsx"
    replace_entry(exported, longer, entry, xml.replace(b"MARKER-FOR-A-LONG-CELL", long_text.encode()))
    found = sentences(db, longer)
    assert len(found) == 1 and "is 1,000,000 characters long" in found[0]
