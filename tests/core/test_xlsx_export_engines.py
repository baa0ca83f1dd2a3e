"""Two spreadsheet engines that are not the app (LibreOffice and Gnumeric, standing in for Excel) compute
the app's totals and ranks from an exported file, and keep them right, or visibly flagged, after the edits
a colleague makes: sorting tables, deleting an option's row, inserting a criterion, text or an
off-scale number in a score cell (made in LibreOffice Calc itself, through tests/calc.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from xlsx_results import (
    calc,
    gnumeric_recalculated,
    libreoffice_recalculated,
    matrix_results,
    totals_and_ranks,
)
from xlsx_support import document, matrix_row, workbook_with_samples

from duediligence.exchange.commands import export_command
from duediligence.exchange.matrix_formulas import NO_RANK, NO_SCORE_TEXT
from duediligence.operations.edits import AddRow, SetComparison, SetScore, UpdateRow
from duediligence.operations.evaluations import UpdateEvaluation
from duediligence.reads.ranking import evaluation_ranking

CRM_OPTIONS = 5


def app_results(db, eid: int) -> dict[str, tuple[object, object]]:
    with db.reading() as session:
        ranking = evaluation_ranking(session, eid)
    return {o.name: (o.score, o.rank) for o in ranking.options}


def assert_equal_to_the_app(
    got: dict[str, tuple[object, object]], app: dict[str, tuple[object, object]]
) -> None:
    assert got.keys() == app.keys()
    for name, (score, rank) in app.items():
        total, place = got[name]
        assert total == (NO_SCORE_TEXT if score is None else pytest.approx(score, abs=1e-9)), name
        assert place == (NO_RANK if rank is None else rank), name


def every_variant(root: Path) -> dict[str, tuple[object, int, Path]]:
    """Exports covering the policies, pairwise weights, derived values and risk adjustment."""
    made = {}
    for name in ("crm", "laptop", "crm-mean-flag-pairwise-tco", "laptop-worst-risk"):
        db, ids = workbook_with_samples(root / f"{name}.db")
        eid = ids[0] if name.startswith("crm") else ids[1]
        with db.transaction() as session:
            if name == "crm-mean-flag-pairwise-tco":
                criteria = [c for g in document_in(session, eid)["criteria_groups"] for c in g["criteria"]]
                settings = {"missing_policy": "mean", "must_have_policy": "flag", "weight_source": "pairwise"}
                UpdateEvaluation(eid, settings).apply(session)
                for i, a in enumerate(criteria):
                    for b in criteria[i + 1 :]:
                        SetComparison(a["id"], b["id"], a["weight"] / b["weight"]).apply(session)
                UpdateRow("criterion", criteria[13]["id"], {"value_source": "tco"}).apply(session)
                AddRow("option", eid, {"name": "Not scored yet"}).apply(session)
            if name == "laptop-worst-risk":
                UpdateEvaluation(eid, {"missing_policy": "worst", "risk_adjusted": True}).apply(session)
        made[name] = (db, eid, export_command(db, [str(eid)], root / "in" / f"{name}.xlsx"))
    return made


def document_in(session, eid: int) -> dict:
    from duediligence.reads.documents import evaluation_document

    return evaluation_document(session, eid)


@pytest.fixture(scope="module")
def variants(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("variants")
    (root / "in").mkdir()
    made = every_variant(root)
    yield root, made
    for db, _, _ in made.values():
        db.close()


def totals_for(path: Path, adjusted: bool) -> dict[str, tuple[object, object]]:
    ws = load_workbook(path, data_only=True)["Matrix"]
    label = "Risk-adjusted total (0–100)" if adjusted else "Weighted total (0–100)"
    return {name: (row[label], row["Rank"]) for name, row in matrix_results(ws).items()}


def test_gnumeric_recalculates_the_apps_totals_and_ranks(variants, ssconvert: str) -> None:
    root, made = variants
    (root / "gnumeric").mkdir(exist_ok=True)
    for name, (db, eid, path) in made.items():
        out = gnumeric_recalculated(ssconvert, path, root / "gnumeric")
        assert_equal_to_the_app(totals_for(out, "risk" in name), app_results(db, eid))


def test_libreoffice_recalculates_the_apps_totals_and_ranks(variants, soffice: str, tmp_path: Path) -> None:
    _, made = variants
    copies = []
    for name, (_, _, path) in made.items():
        copy = tmp_path / "in" / f"{name}.xlsx"
        copy.parent.mkdir(exist_ok=True)
        copy.write_bytes(path.read_bytes())
        copies.append(copy)
    done = libreoffice_recalculated(soffice, copies, tmp_path / "out")
    for name, (db, eid, _) in made.items():
        assert_equal_to_the_app(totals_for(done[name], "risk" in name), app_results(db, eid))


# --- a colleague at work in LibreOffice Calc ---------------------------------------------------------


@pytest.fixture
def crm(tmp_path: Path):
    db, ids = workbook_with_samples(tmp_path / "wb.db")
    yield db, ids[0], export_command(db, [str(ids[0])], tmp_path / "crm.xlsx")
    db.close()


def edited(uno_python: str, path: Path, ops: list, folder: Path) -> Path:
    out = folder / f"edited-{path.name}"
    calc(uno_python, {"in": str(path), "ops": ops, "save": [{"path": str(out), "filter": "xlsx"}]}, folder)
    return out


def no_errors(path: Path) -> list[str]:
    """Cells of the Matrix, Evidence and Summary that hold an error value (#VALUE!, #REF!, …)."""
    wb = load_workbook(path, data_only=True)
    return [
        f"{ws.title}!{c.coordinate}={c.value}"
        for ws in (wb["Matrix"], wb["Evidence"], wb["Summary"])
        for row in ws.iter_rows()
        for c in row
        if isinstance(c.value, str) and c.value.startswith("#") and c.value.endswith(("!", "?", "A"))
    ]


def test_sorting_the_options_and_the_matrix_keeps_every_total_rank_and_evidence_score(
    crm, uno_python: str, ssconvert: str, tmp_path: Path
) -> None:
    db, eid, path = crm
    n = len([c for g in document(db, eid)["criteria_groups"] for c in g["criteria"]])
    ops = [
        ["sort", "Options", f"A2:K{CRM_OPTIONS + 1}", 1, False],  # by name, Z to A
        ["sort", "Matrix", f"A2:Q{n + 1}", 6, True],  # the criteria table by weight
    ]
    out = edited(uno_python, path, ops, tmp_path)
    assert no_errors(out) == []
    assert_equal_to_the_app(totals_and_ranks(out), app_results(db, eid))
    ws = load_workbook(out, data_only=True)["Evidence"]
    heads = {c.value: c.column for c in ws[1]}
    shown = {
        (ws.cell(r, heads["Option ID"]).value, ws.cell(r, heads["Criterion ID"]).value): ws.cell(
            r, heads["Score (edit it in the Matrix)"]
        ).value
        for r in range(2, ws.max_row + 1)
    }
    stored = {(s["option_id"], s["criterion_id"]): s["value"] for s in document(db, eid)["scores"]}
    assert shown == {key: stored[key] for key in shown}
    (tmp_path / "g").mkdir()
    assert_equal_to_the_app(
        totals_and_ranks(gnumeric_recalculated(ssconvert, out, tmp_path / "g")), app_results(db, eid)
    )


def test_deleting_an_options_row_flags_that_option_and_ranks_the_others(
    crm, uno_python: str, tmp_path: Path
) -> None:
    db, eid, path = crm
    doc = document(db, eid)
    gone = next(o for o in doc["options"] if o["name"].startswith("OpenLedger"))
    out = edited(uno_python, path, [["delete_row", "Options", doc["options"].index(gone) + 1]], tmp_path)
    assert no_errors(out) == []
    results = matrix_results(load_workbook(out, data_only=True)["Matrix"])
    deleted = next(row for name, row in results.items() if name.startswith("OpenLedger"))
    assert (deleted["Rank"], deleted["Excluded by you (Options sheet)"]) == (
        NO_RANK,
        "not on the Options sheet",
    )
    assert deleted["Check"] == "Not on the Options sheet: not ranked."
    ranked = sorted((row["Rank"], name) for name, row in results.items() if row["Rank"] != NO_RANK)
    assert [name for _, name in ranked] == [
        "Northwind CRM Cloud",
        "Build in-house on our ERP",
        "Extend the current spreadsheet + mail merge",
    ]
    assert [rank for rank, _ in ranked] == [1, 2, 3]


def test_an_inserted_criterion_row_is_not_counted_and_is_flagged(
    crm, uno_python: str, tmp_path: Path
) -> None:
    db, eid, path = crm
    row = matrix_row(path, 4)  # the fifth criterion's row, inside the table
    ops = [
        ["insert_row", "Matrix", row - 1],  # 0-based: a new row above the fifth criterion
        ["set", "Matrix", f"C{row}", "Training offered"],
        ["set", "Matrix", f"G{row}", 5],
        *[["set", "Matrix", f"{col}{row}", 9] for col in "MNOPQ"],
    ]
    out = edited(uno_python, path, ops, tmp_path)
    assert no_errors(out) == []
    assert_equal_to_the_app(totals_and_ranks(out), app_results(db, eid))
    results = matrix_results(load_workbook(out, data_only=True)["Matrix"])
    assert {row["Check"] for row in results.values()} == {"See the sheet check."}
    ws = load_workbook(out, data_only=True)["Matrix"]
    check_row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Check")
    assert ws.cell(check_row, 7).value == (
        "1 criterion row(s) without an ID: not counted (criteria are added in the app)."
    )


def test_text_or_an_off_scale_number_in_a_score_cell_is_not_counted_and_is_flagged(
    crm, uno_python: str, ssconvert: str, tmp_path: Path
) -> None:
    """ "seven" for Northwind and 11 (on 0–10) for OpenLedger: no #VALUE!, no silent 10; both scores are
    left out of the totals (as an empty cell would be) and each option's check says why."""
    db, eid, path = crm
    doc = document(db, eid)
    criteria = [c for g in doc["criteria_groups"] for c in g["criteria"]]
    first = matrix_row(path)
    ops = [["type", "Matrix", f"M{first}", "seven"], ["set", "Matrix", f"O{first + 1}", 11]]
    out = edited(uno_python, path, ops, tmp_path)
    assert no_errors(out) == []
    with db.transaction() as session:  # what the app ranks with those two scores not entered
        by_name = {o["name"]: o["id"] for o in doc["options"]}
        SetScore(by_name["Northwind CRM Cloud"], criteria[0]["id"], {"value": None}).apply(session)
        SetScore(
            by_name["OpenLedger CRM (self-hosted open source)"], criteria[1]["id"], {"value": None}
        ).apply(session)
    expected = app_results(db, eid)
    assert expected["Northwind CRM Cloud"][0] != pytest.approx(77.69, abs=0.01)  # the edit matters
    (tmp_path / "g").mkdir()
    for got in (out, gnumeric_recalculated(ssconvert, out, tmp_path / "g")):
        assert_equal_to_the_app(totals_and_ranks(got), expected)
        checks = {
            name: row["Check"]
            for name, row in matrix_results(load_workbook(got, data_only=True)["Matrix"]).items()
        }
        assert checks["Northwind CRM Cloud"] == "1 score(s) not a number: not counted."
        assert checks["OpenLedger CRM (self-hosted open source)"] == "1 score(s) off the scale: not counted."
        assert checks["Build in-house on our ERP"] == "ok"


# --- the results block above the criteria table ----------------------------------------------------


def test_the_results_stand_on_top_the_header_row_is_marked_and_every_engine_agrees(
    crm, ssconvert: str, uno_python: str, tmp_path: Path
) -> None:
    db, eid, path = crm
    ws = load_workbook(path)["Matrix"]
    header = next(r for r in range(1, 40) if ws.cell(r, 1).value == "ID")
    assert ws.defined_names["DD_KIND_MATRIX"].attr_text == f"Matrix!$A${header}:$Q${header}"
    assert ws.cell(1, 1).value == "Results" and header > 1
    app = app_results(db, eid)
    assert_equal_to_the_app(totals_and_ranks(path), app)
    (tmp_path / "g").mkdir()
    assert_equal_to_the_app(totals_and_ranks(gnumeric_recalculated(ssconvert, path, tmp_path / "g")), app)
    n = len([c for g in document(db, eid)["criteria_groups"] for c in g["criteria"]])
    ops = [
        ["sort", "Matrix", f"A{header + 1}:Q{header + n}", 6, False],
        ["insert_row", "Matrix", header + 3],
        ["set", "Matrix", f"C{header + 4}", "Training offered"],
        ["set", "Matrix", f"M{header + 4}", 9],
    ]
    out = edited(uno_python, path, ops, tmp_path)
    assert no_errors(out) == []
    assert_equal_to_the_app(totals_and_ranks(out), app)
