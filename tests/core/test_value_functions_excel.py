"""The exported workbook computes a piecewise or discrete criterion's utilities with its own formulas:
the cached results, Gnumeric and LibreOffice recalculating, and a colleague typing a new score in Calc
all give the app's totals and ranks."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from xlsx_results import calc, gnumeric_recalculated, libreoffice_recalculated, totals_and_ranks
from xlsx_support import column_of, document, row_of

from duediligence.exchange.commands import export_command
from duediligence.exchange.matrix_formulas import NO_RANK
from duediligence.operations.edits import SetScore
from duediligence.operations.evaluations import InsertEvaluationDocument
from duediligence.reads.ranking import evaluation_ranking
from duediligence.storage.database import Database

DOC = {
    "title": "Laptops",
    "options": [{"name": "T14"}, {"name": "Air"}, {"name": "Book"}, {"name": "Old"}],
    "ungrouped_criteria": [
        {"name": "Battery", "scale": "measured", "unit": "h", "weight": 3,
         "value_function": {"kind": "piecewise", "points": [[4, 0], [8, 90], [12, 100]]}},
        {"name": "Price", "scale": "measured", "unit": "€", "weight": 2,
         "value_function": {"kind": "piecewise", "points": [[1000, 100], [1500, 70], [2000, 0]]}},
        {"name": "Support", "scale": "measured", "weight": 1,
         "value_function": {"kind": "discrete", "levels": {"none": 0, "basic": 60, "full": 100}}},
        {"name": "Keys", "weight": 1},
        {"name": "Drift", "scale": "measured", "weight": 0.5,  # negative ends: bracketed literals
         "value_function": {"kind": "piecewise", "points": [[-0.00002, 0], [0, 50], [20, 100]]}},
    ],
    "scores": [
        {"option": option, "criterion": criterion, "value": value}
        for criterion, row in {
            "Battery": {"T14": 6, "Air": 14, "Book": 9.5, "Old": 3},
            "Price": {"T14": 1200, "Air": 1900, "Book": 2400, "Old": 900},
            "Support": {"T14": 3, "Air": 2, "Book": 1},
            "Keys": {"T14": 8, "Air": 6, "Book": 7, "Old": 5},
            "Drift": {"T14": -0.00001, "Air": 3},
        }.items()
        for option, value in row.items()
    ],
}  # fmt: skip


def app_results(db: Database, eid: int) -> dict[str, tuple[object, object]]:
    with db.reading() as session:
        ranking = evaluation_ranking(session, eid)
    return {o.name: (o.score, o.rank) for o in ranking.options}


def assert_equal_to_the_app(got: dict, app: dict) -> None:
    assert got.keys() == app.keys()
    for name, (score, rank) in app.items():
        assert got[name][0] == pytest.approx(score, abs=1e-9), name
        assert got[name][1] == (NO_RANK if rank is None else rank), name


@pytest.fixture
def exported(tmp_path: Path):
    db = Database.open(tmp_path / "w.db")
    with db.transaction() as session:
        eid = InsertEvaluationDocument(DOC).apply(session).result
    (tmp_path / "in").mkdir()
    yield db, eid, export_command(db, [str(eid)], tmp_path / "in" / "laptops.xlsx")
    db.close()


def test_the_cached_totals_are_the_apps_through_the_value_functions(exported) -> None:
    db, eid, path = exported
    app = app_results(db, eid)
    # hand-worked for T14: battery 6 h → 45, price 1,200 → 88, support full → 100, keys 8 → 80,
    # drift −0.00001 → 25: (3·45 + 2·88 + 100 + 80 + 0.5·25) / 7.5 = 503.5 / 7.5
    assert app["T14"][0] == pytest.approx(503.5 / 7.5, abs=1e-9)
    assert_equal_to_the_app(totals_and_ranks(path), app)


def test_gnumeric_recalculates_the_apps_totals(exported, ssconvert: str, tmp_path: Path) -> None:
    db, eid, path = exported
    (tmp_path / "g").mkdir()
    assert_equal_to_the_app(
        totals_and_ranks(gnumeric_recalculated(ssconvert, path, tmp_path / "g")), app_results(db, eid)
    )


def test_libreoffice_recalculates_the_apps_totals(exported, soffice: str, tmp_path: Path) -> None:
    db, eid, path = exported
    done = libreoffice_recalculated(soffice, [path], tmp_path / "out")
    assert_equal_to_the_app(totals_and_ranks(done["laptops"]), app_results(db, eid))


def test_a_score_typed_in_calc_goes_through_the_function_as_in_the_app(
    exported, uno_python: str, tmp_path: Path
) -> None:
    db, eid, path = exported
    doc = document(db, eid)
    battery = next(c["id"] for c in doc["ungrouped_criteria"] if c["name"] == "Battery")
    ws = load_workbook(path)["Matrix"]
    cell = f"{get_column_letter(column_of(ws, 'Old'))}{row_of(ws, battery)}"
    out = tmp_path / "typed.xlsx"
    calc(uno_python, {"in": str(path), "ops": [["set", "Matrix", cell, 7], ["calc"]],
                      "save": [{"path": str(out), "filter": "xlsx"}]}, tmp_path)  # fmt: skip
    old = next(o["id"] for o in doc["options"] if o["name"] == "Old")
    with db.transaction() as session:
        SetScore(old, battery, {"value": 7}).apply(session)
    assert_equal_to_the_app(totals_and_ranks(out), app_results(db, eid))


def test_a_returned_score_that_is_no_levels_number_is_an_error_line_and_a_level_is_imported(exported) -> None:
    from xlsx_support import edit_cells

    from duediligence.exchange.importing import import_command

    db, eid, path = exported
    doc = document(db, eid)
    support = next(c["id"] for c in doc["ungrouped_criteria"] if c["name"] == "Support")
    edit_cells(path, [("Matrix", support, "Air", 4)])
    report = import_command(db, path, dry_run=True)
    errors = [line for line in report.lines if line.kind == "error"]
    assert len(errors) == 1 and "is not one of the levels' numbers 1 to 3" in errors[0].detail
    edit_cells(path, [("Matrix", support, "Air", 3)])
    report = import_command(db, path)
    assert report.applied and {line.kind for line in report.lines} == {"changed"}
    air = next(o["id"] for o in doc["options"] if o["name"] == "Air")
    stored = {(s["option_id"], s["criterion_id"]): s["value"] for s in document(db, eid)["scores"]}
    assert stored[(air, support)] == 3
