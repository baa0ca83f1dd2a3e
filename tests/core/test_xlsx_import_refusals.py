"""A value the import cannot take is one refused line naming the sheet and cell, and the rest of the
file is still reviewed; nothing is applied while a line is refused. A score and its range are
checked together, and the line says on which sheet the range is."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from xlsx_support import document, edit_cells, matrix_row

from duediligence.exchange.commands import import_command, prepare_import


def criterion(doc: dict, name: str) -> dict:
    every = [c for g in doc["criteria_groups"] for c in g["criteria"]] + doc["ungrouped_criteria"]
    return next(c for c in every if c["name"] == name)


def evidence_row(path: Path, score_id: int) -> int:
    ws = load_workbook(path)["Evidence"]
    return next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == score_id)


# Northwind CRM Cloud (column M) on "Pipeline and renewal forecasting" (row 3): 8, range 7–9.
NORTHWIND, PIPELINE, SCORE_ID = "Northwind CRM Cloud", "Pipeline and renewal forecasting", 2


def test_text_in_a_score_cell_is_refused_by_its_cell_and_the_rest_of_the_file_is_reviewed(
    crm, exported: Path, in_locale
) -> None:
    in_locale("en_GB")
    db, eid = crm
    doc = document(db, eid)
    edit_cells(
        exported,
        [
            ("Matrix", criterion(doc, PIPELINE)["id"], NORTHWIND, "abc"),
            ("Matrix", criterion(doc, "ERP integration")["id"], "Weight", 9),
        ],
    )
    report = import_command(db, exported)
    assert [(line.kind, line.sentence) for line in report.lines] == [
        (
            "error",
            f"Matrix!M{matrix_row(exported, 1)} ({PIPELINE} × {NORTHWIND}): 'abc' is not a number "
            "(write numbers like 1,234.5, as in English (United Kingdom)).",
        ),
        ("changed", f"Matrix!G{matrix_row(exported, 5)} (ERP integration, Weight): 3 → 9."),
    ]
    assert not report.applied and document(db, eid) == doc


def test_a_changed_score_outside_its_range_says_the_range_is_on_the_evidence_sheet(
    crm, exported: Path
) -> None:
    db, eid = crm
    doc = document(db, eid)
    edit_cells(exported, [("Matrix", criterion(doc, PIPELINE)["id"], NORTHWIND, 10)])
    row = evidence_row(exported, SCORE_ID)
    report = import_command(db, exported)
    assert [(line.kind, line.sentence) for line in report.lines] == [
        (
            "error",
            f"Matrix!M{matrix_row(exported, 1)} ({PIPELINE} × {NORTHWIND}): 10 lies outside its range 7–9, "
            "which is on the Evidence "
            f"sheet, row {row} (Low and High): change the range there too, or keep the score within it.",
        )
    ]
    assert not report.applied and report.problem.startswith("1 value(s) in the file cannot be imported")


def test_a_score_moved_with_its_range_on_the_evidence_sheet_is_imported(crm, exported: Path) -> None:
    db, eid = crm
    doc = document(db, eid)
    edit_cells(
        exported,
        [
            ("Matrix", criterion(doc, PIPELINE)["id"], NORTHWIND, 10),
            ("Evidence", SCORE_ID, "High", 10),
        ],
    )
    report = import_command(db, exported)
    assert report.applied and [line.kind for line in report.lines] == ["changed", "changed"]
    stored = next(s for s in document(db, eid)["scores"] if s["id"] == SCORE_ID)
    assert (stored["value"], stored["low"], stored["high"]) == (10, 7, 10)


def test_a_range_narrowed_below_the_score_names_the_scores_cell(crm, exported: Path) -> None:
    db, _ = crm
    edit_cells(exported, [("Evidence", SCORE_ID, "High", 7.5)])
    [line] = prepare_import(db, exported).lines
    assert (line.kind, line.detail) == (
        "error",
        f"the range 7–7.5 leaves out the score 8 (Matrix!M{matrix_row(exported, 1)}): "
        "change the score there too",
    )
    assert line.sentence.startswith(
        f"Evidence!F{evidence_row(exported, SCORE_ID)} ({PIPELINE} × {NORTHWIND}, High)"
    )


def test_a_range_whose_low_end_passes_its_high_end_is_refused(crm, exported: Path) -> None:
    db, _ = crm
    edit_cells(exported, [("Evidence", SCORE_ID, "Low", 9.5)])
    [line] = prepare_import(db, exported).lines
    assert (line.kind, line.detail) == ("error", "the low end 9.5 is above the high end 9")
