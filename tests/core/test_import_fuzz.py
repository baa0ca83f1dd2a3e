"""Fuzzing the import path: whatever a returned workbook holds (any value in any cell, damaged bytes),
the import either lists what it would change or refuses with a clear error, never anything else, and a
refusal changes nothing."""

from __future__ import annotations

import contextlib
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from xlsx_support import document, header_row, workbook_with_samples

from duediligence.errors import WorkbookError
from duediligence.exchange.commands import export_command, import_command

SHEETS = ("Matrix", "Options", "Costs", "Risks", "Stakeholders", "Actions", "Summary")

cell_values = st.one_of(
    st.none(),
    st.integers(-(10**9), 10**9),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    # Any text a spreadsheet can hold (it cannot hold control characters, so neither can the file).
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=60),
    st.sampled_from(
        ["=1+1", '=HYPERLINK("http://x.example")', "@SUM(1)", "-2+3", "2026-02-31", "yes", "open"]
    ),
)


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory):
    folder = Path(tmp_path_factory.mktemp("fuzz-import"))
    db, ids = workbook_with_samples(folder / "wb.db")
    exported = export_command(db, [str(ids[0])], folder / "crm.xlsx")
    yield db, ids[0], exported, folder
    db.close()


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    edits=st.lists(
        st.tuples(st.sampled_from(SHEETS), st.integers(1, 12), st.integers(1, 12), cell_values),
        min_size=1,
        max_size=6,
    )
)
def test_any_edited_cells_are_listed_or_refused_never_a_crash(shared, edits) -> None:
    from openpyxl import load_workbook

    db, eid, exported, folder = shared
    from openpyxl.cell.cell import MergedCell

    book = load_workbook(exported)
    for sheet, row, column, value in edits:
        ws = book[sheet]
        if sheet == "Matrix" and row > 4:  # rows 1-4: the results block; then around the criteria's header
            row += header_row(ws) - 6
        cell = ws.cell(row, column)
        if not isinstance(cell, MergedCell):  # no spreadsheet types into the hidden part of a merge
            cell.value = value
    edited = folder / "edited.xlsx"
    book.save(edited)
    before = document(db, eid)
    try:
        report = import_command(db, edited, dry_run=True)
    except WorkbookError:
        pass
    else:
        assert report.applied is False
    assert document(db, eid) == before


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32 - 1), flips=st.integers(1, 40))
def test_damaged_bytes_are_refused_cleanly(shared, seed: int, flips: int) -> None:
    db, eid, exported, folder = shared
    data = bytearray(exported.read_bytes())
    rng = random.Random(seed)
    for _ in range(flips):
        data[rng.randrange(len(data))] = rng.randrange(256)
    damaged = folder / "damaged.xlsx"
    damaged.write_bytes(bytes(data))
    before = document(db, eid)
    with contextlib.suppress(WorkbookError):
        import_command(db, damaged, dry_run=True)
    assert document(db, eid) == before
