"""The shared workbook in real spreadsheet programs: the CRM sample exported, edited in LibreOffice Calc
as a colleague in Germany would (typed input read in de-DE), saved as .xlsx and imported back; and the
export recalculated by Gnumeric.

One Calc session serves the module: each scenario opens its own export in it, edits, reads what Calc
computed and saves; each scenario has its own workbook file, so imports do not disturb one another.
Tests marked xfail(strict=True) pin defects of issue 17 being fixed: each turns into a failure as soon
as its defect is gone, and then loses its mark. Places are found by header text and ids, never by
fixed addresses, so that a changed layout does not break the tests.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from calc import Calc, calc_session, cell_name, find_text, gnumeric_recalc, header_row, row_with_id
from xlsx_support import document, workbook_with_samples

from duediligence import cli
from duediligence.exchange.commands import ADDED, CHANGED, CONFLICT, ERROR, REMOVED, import_command
from duediligence.exchange.commands import export_command as export
from duediligence.operations.edits import AddCriterionInGroup, SetScore
from duediligence.reads.ranking import evaluation_ranking
from duediligence.storage.database import Database

RISK = "Duplicate and outdated contacts are migrated"
SCORED = ("Pipeline and renewal forecasting", "Northwind CRM Cloud")  # 8 in the sample
SHIFTED = "Implementation time"  # weight 2 in the sample
NEW = {"Group": "Functional fit", "Criterion": "Offline mode", "Scale": "0-10", "Direction": "higher"}
NEW_WEIGHT, NEW_SCORES = 2, (9, 1, 5, 3, 0)  # the scores in the options' order


@dataclass
class Scenario:
    db: Database
    eid: int
    edited: Path  # the workbook as Calc saved it
    matrix: list[list[Any]]  # the Matrix sheet as Calc recalculated it before saving
    row: int = 0  # the sheet row of the edit, where there is one


@pytest.fixture(scope="module")
def calc(uno_python: str) -> Iterator[Calc]:
    with calc_session(uno_python, locale="de-DE") as session:
        yield session


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("calc-round-trip")


def exported(folder: Path, name: str) -> tuple[Database, int, Path]:
    db, ids = workbook_with_samples(folder / f"{name}.db")
    return db, ids[0], export(db, [str(ids[0])], folder / f"{name}.xlsx")


def saved(calc: Calc, db: Database, eid: int, folder: Path, name: str, row: int = 0) -> Scenario:
    calc.recalc()
    return Scenario(db, eid, calc.save(folder / f"{name}-calc.xlsx"), calc.read_sheet("Matrix"), row)


def column_letter(index: int) -> str:
    return cell_name(0, index)[:-1]


# --- what a colleague does in Calc -----------------------------------------------------------------


def delete_risk_row(calc: Calc, risk_id: int) -> int:
    grid = calc.read_sheet("Risks")
    row = row_with_id(grid, header_row(grid, "ID", "Risk"), risk_id) + 1
    calc.delete_row("Risks", row)
    return row


def sort_options_by_name_descending(calc: Calc) -> None:
    grid = calc.read_sheet("Options")
    head = header_row(grid, "ID", "Name")
    ids = grid[head].index("ID")
    last = head
    while last + 1 < len(grid) and grid[last + 1][ids] not in ("", None):
        last += 1
    width = max(c for c, v in enumerate(grid[head]) if v not in ("", None))
    cells = f"{cell_name(head + 1, 0)}:{cell_name(last, width)}"
    calc.sort("Options", cells, by=column_letter(grid[head].index("Name")), ascending=False)


def sort_matrix_by_criterion(calc: Calc) -> None:
    grid = calc.read_sheet("Matrix")
    head = header_row(grid, "ID", "Criterion", "Weight")
    ids = grid[head].index("ID")
    last = head
    while last + 1 < len(grid) and number(grid[last + 1][ids]) is not None:
        last += 1
    width = max(c for c, v in enumerate(grid[head]) if v not in ("", None))
    cells = f"{cell_name(head + 1, 0)}:{cell_name(last, width)}"
    calc.sort("Matrix", cells, by=column_letter(grid[head].index("Criterion")))


def insert_criterion_row(calc: Calc, options: list[str]) -> int:
    """A blank row before the fourth criterion (it takes the 0–10 validity of the third, above it),
    filled in by typing; returns its sheet row."""
    grid = calc.read_sheet("Matrix")
    head = header_row(grid, "ID", "Criterion", "Weight")
    at = head + 4
    calc.unprotect("Matrix")  # as the Instructions sheet says: lift the protection to add a criterion
    calc.insert_row("Matrix", at + 1)
    typed = {**NEW, "Weight": str(NEW_WEIGHT)} | {o: str(v) for o, v in zip(options, NEW_SCORES, strict=True)}
    for header, text in typed.items():
        calc.type("Matrix", cell_name(at, grid[head].index(header)), text)
    return at + 1


def matrix_cell(calc: Calc, criterion_id: int, header: str) -> str:
    grid = calc.read_sheet("Matrix")
    head = header_row(grid, "ID", "Criterion", "Weight")
    return cell_name(row_with_id(grid, head, criterion_id), grid[head].index(header))


# --- what the sheet and the app say ----------------------------------------------------------------


def sheet_results(grid: list[list[Any]], options: list[str]) -> dict[str, tuple[Any, Any]]:
    """Option -> (weighted total, rank) from the results rows labelled `Weighted total (0–100)` and
    `Rank`, under the row that names the options."""
    total_row, label = find_text(grid, "Weighted total (0–100)")
    rank_row = next(r for r, row in enumerate(grid) if row[label] == "Rank")
    head = header_row(grid, *options, above=total_row)
    return {o: (grid[total_row][grid[head].index(o)], grid[rank_row][grid[head].index(o)]) for o in options}


def number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def rank_json(db: Database, eid: int, capsys: pytest.CaptureFixture[str]) -> dict[str, tuple[Any, Any]]:
    capsys.readouterr()
    assert cli.main(["rank", str(eid), "--db", str(db.path), "--json"]) == 0
    return {o["name"]: (o["score"], o["rank"]) for o in json.loads(capsys.readouterr().out)["options"]}


def as_ranked(results: dict[str, tuple[Any, Any]]) -> dict[str, tuple[float | None, int | None]]:
    """Totals to 2 decimals (as `rank --json` gives them) and ranks as whole numbers or None."""
    out = {}
    for name, (total, rank) in results.items():
        t, r = number(total), number(rank)
        out[name] = (None if t is None else round(t, 2), None if r is None else int(r))
    return out


def review(report: Any) -> list[tuple[str, str, int | None]]:
    """(kind, sheet, row) of every line that would change the workbook or stops the import."""
    kinds = (ADDED, CHANGED, REMOVED, CONFLICT, ERROR)
    return [(line.kind, line.sheet, line.row) for line in report.lines if line.kind in kinds]


# --- scenarios: one Calc document each, in the module's session -------------------------------------


@pytest.fixture(scope="module")
def deleted_risk(calc: Calc, folder: Path) -> Iterator[Scenario]:
    db, eid, path = exported(folder, "deleted-risk")
    calc.open(path)
    risk_id = next(r["id"] for r in document(db, eid)["risks"] if r["title"] == RISK)
    yield saved(calc, db, eid, folder, "deleted-risk", delete_risk_row(calc, risk_id))
    db.close()


@pytest.fixture(scope="module")
def sorted_options(calc: Calc, folder: Path) -> Iterator[Scenario]:
    db, eid, path = exported(folder, "sorted-options")
    calc.open(path)
    sort_options_by_name_descending(calc)
    yield saved(calc, db, eid, folder, "sorted-options")
    db.close()


@pytest.fixture(scope="module")
def sorted_matrix(calc: Calc, folder: Path) -> Iterator[tuple[Scenario, list[list[Any]]]]:
    """The Matrix sorted by criterion name; with the Evidence sheet as Calc recalculated it."""
    db, eid, path = exported(folder, "sorted-matrix")
    calc.open(path)
    sort_matrix_by_criterion(calc)
    scenario = saved(calc, db, eid, folder, "sorted-matrix")
    yield scenario, calc.read_sheet("Evidence")
    db.close()


@pytest.fixture(scope="module")
def inserted_criterion(calc: Calc, folder: Path) -> Iterator[Scenario]:
    db, eid, path = exported(folder, "inserted-criterion")
    calc.open(path)
    row = insert_criterion_row(calc, [o["name"] for o in document(db, eid)["options"]])
    yield saved(calc, db, eid, folder, "inserted-criterion", row)
    db.close()


@pytest.fixture(scope="module")
def typed_score(calc: Calc, folder: Path) -> Iterator[tuple[Scenario, Any]]:
    db, eid, path = exported(folder, "typed-score")
    calc.open(path)
    criterion = next(
        c for g in document(db, eid)["criteria_groups"] for c in g["criteria"] if c["name"] == SCORED[0]
    )
    typed = calc.type("Matrix", matrix_cell(calc, criterion["id"], SCORED[1]), "7,5")
    yield saved(calc, db, eid, folder, "typed-score"), typed
    db.close()


@pytest.fixture(scope="module")
def renamed_sheet(calc: Calc, folder: Path) -> Iterator[Scenario]:
    db, eid, path = exported(folder, "renamed-sheet")
    calc.open(path)
    criterion = next(
        c for g in document(db, eid)["criteria_groups"] for c in g["criteria"] if c["name"] == SHIFTED
    )
    calc.type("Matrix", matrix_cell(calc, criterion["id"], "Weight"), "4")
    calc.rename("Matrix", "Bewertung")
    calc.recalc()
    yield Scenario(db, eid, calc.save(folder / "renamed-sheet-calc.xlsx"), calc.read_sheet("Bewertung"))
    db.close()


@pytest.fixture(scope="module")
def all_three(calc: Calc, folder: Path) -> Iterator[Scenario]:
    """Options sorted, a Risks row deleted and a criterion row inserted, in one sitting."""
    db, eid, path = exported(folder, "all-three")
    calc.open(path)
    sort_options_by_name_descending(calc)
    delete_risk_row(calc, next(r["id"] for r in document(db, eid)["risks"] if r["title"] == RISK))
    row = insert_criterion_row(calc, [o["name"] for o in document(db, eid)["options"]])
    yield saved(calc, db, eid, folder, "all-three", row)
    db.close()


# --- the tests -------------------------------------------------------------------------------------


def test_a_risk_row_deleted_in_calc_is_imported_as_that_risk_removed(deleted_risk: Scenario) -> None:
    report = import_command(deleted_risk.db, deleted_risk.edited)
    # The line names the risk, not a row: its row is gone, and another risk now stands there.
    assert review(report) == [(REMOVED, "Risks", None)]
    assert report.lines[0].label == RISK
    assert RISK not in {r["title"] for r in document(deleted_risk.db, deleted_risk.eid)["risks"]}


def test_sorting_the_options_sheet_keeps_the_sheets_ranking_equal_to_rank_json(
    sorted_options: Scenario, capsys: pytest.CaptureFixture[str]
) -> None:
    app = rank_json(sorted_options.db, sorted_options.eid, capsys)
    assert as_ranked(sheet_results(sorted_options.matrix, list(app))) == app


def test_a_sorted_options_sheet_imports_with_nothing_to_change(sorted_options: Scenario) -> None:
    report = import_command(sorted_options.db, sorted_options.edited, dry_run=True)
    assert report.problem is None and review(report) == []


def test_sorting_the_matrix_keeps_each_evidence_row_showing_its_own_score(
    sorted_matrix: tuple[Scenario, list[list[Any]]],
) -> None:
    scenario, evidence = sorted_matrix
    doc = document(scenario.db, scenario.eid)
    names = {o["id"]: o["name"] for o in doc["options"]}
    app = {(names[s["option_id"]], s["criterion"]): s["value"] for s in doc["scores"]}
    head = header_row(evidence, "Option", "Criterion")
    option, criterion = evidence[head].index("Option"), evidence[head].index("Criterion")
    score = next(c for c, v in enumerate(evidence[head]) if isinstance(v, str) and v.startswith("Score"))
    shown = {
        (row[option], row[criterion]): number(row[score])
        for row in evidence[head + 1 :]
        if (row[option], row[criterion]) in app
    }
    assert len(shown) > 50 and shown == {key: app[key] for key in shown}


def test_a_criterion_row_inserted_in_calc_counts_in_the_totals_or_they_show_a_check_flag(
    inserted_criterion: Scenario, tmp_path: Path
) -> None:
    # What the totals must be with the criterion counted: the app, given the same criterion and scores.
    db, ids = workbook_with_samples(tmp_path / "oracle.db")
    options = [o["id"] for o in document(db, ids[0])["options"]]
    with db.transaction() as session:
        new = {"name": NEW["Criterion"], "scale": NEW["Scale"], "direction": NEW["Direction"]}
        cid = AddCriterionInGroup(ids[0], NEW["Group"], {**new, "weight": NEW_WEIGHT}).apply(session).result
        for option_id, value in zip(options, NEW_SCORES, strict=True):
            SetScore(option_id, cid, {"value": value}).apply(session)
    with db.reading() as session:
        counted = {o.name: o.score for o in evaluation_ranking(session, ids[0]).options}
    db.close()
    sheet = sheet_results(inserted_criterion.matrix, list(counted))
    grid = inserted_criterion.matrix
    total_row, label = find_text(grid, "Weighted total (0–100)")
    check_row = next(r for r, row in enumerate(grid) if row[label] == "Check")
    head = header_row(grid, *counted, above=total_row)
    for name, expected in counted.items():
        total, check = sheet[name][0], grid[check_row][grid[head].index(name)]
        flagged = any(isinstance(v, str) and v.strip() != "" for v in (total, check))
        assert flagged or total == pytest.approx(expected, abs=1e-9), (name, total, check, expected)


def test_an_inserted_criterion_row_is_the_imports_only_line_and_nothing_else_changes(
    inserted_criterion: Scenario,
) -> None:
    report = import_command(inserted_criterion.db, inserted_criterion.edited, dry_run=True)
    assert report.problem is None
    assert {(line.sheet, line.row) for line in report.lines} == {("Matrix", inserted_criterion.row)}


def test_a_score_typed_as_7_5_in_a_german_calc_is_imported_as_seven_and_a_half(
    typed_score: tuple[Scenario, Any],
) -> None:
    scenario, typed = typed_score
    assert (typed.kind, typed.value) == ("value", 7.5)  # Calc read it as a number
    report = import_command(scenario.db, scenario.edited)
    assert report.applied and [line.kind for line in report.lines] == [CHANGED]
    doc = document(scenario.db, scenario.eid)
    names = {o["id"]: o["name"] for o in doc["options"]}
    stored = {(s["criterion"], names[s["option_id"]]): s["value"] for s in doc["scores"]}
    assert stored[SCORED] == 7.5


def test_a_weight_typed_on_a_renamed_matrix_sheet_is_imported(renamed_sheet: Scenario) -> None:
    report = import_command(renamed_sheet.db, renamed_sheet.edited)
    assert report.applied and [line.kind for line in report.lines] == [CHANGED]
    weights = {
        c["name"]: c["weight"]
        for g in document(renamed_sheet.db, renamed_sheet.eid)["criteria_groups"]
        for c in g["criteria"]
    }
    assert weights[SHIFTED] == 4


def test_options_sorted_a_risk_deleted_and_a_criterion_inserted_import_and_rank_as_the_app(
    all_three: Scenario, capsys: pytest.CaptureFixture[str]
) -> None:
    report = import_command(all_three.db, all_three.edited)
    assert report.applied
    assert (REMOVED, "Risks") in {(kind, sheet) for kind, sheet, _ in review(report)}
    app = rank_json(all_three.db, all_three.eid, capsys)
    assert as_ranked(sheet_results(all_three.matrix, list(app))) == app


def test_gnumeric_recalculates_the_apps_weighted_totals_and_ranks(ssconvert: str, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    db, eid, path = exported(tmp_path, "gnumeric")
    with db.reading() as session:
        app = {o.name: (o.score, o.rank) for o in evaluation_ranking(session, eid).options}
    db.close()
    recalculated = load_workbook(gnumeric_recalc(ssconvert, path, tmp_path / "gnumeric.xlsx"), data_only=True)
    grid = [list(row) for row in recalculated["Matrix"].iter_rows(values_only=True)]
    sheet = sheet_results(grid, list(app))
    totals = {name: total for name, (total, _) in sheet.items()}
    assert all(number(total) is not None for total in totals.values()), totals
    assert totals == pytest.approx({name: score for name, (score, _) in app.items()}, abs=1e-9)
    assert {name: number(rank) for name, (_, rank) in sheet.items()} == {n: r for n, (_, r) in app.items()}
