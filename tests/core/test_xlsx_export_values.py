"""Every formula of an export carries its result: a reader that does not calculate (pandas, previews,
openpyxl's data_only) sees the app's totals and ranks, exactly as `duediligence rank --json` prints them."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from xlsx_results import matrix_results, totals_and_ranks
from xlsx_support import document, workbook_with_samples

from duediligence.cli.ranking import ranking_json
from duediligence.exchange.commands import export_command
from duediligence.exchange.layout import META_SHEET
from duediligence.exchange.matrix_formulas import NO_RANK, NO_SCORE_TEXT
from duediligence.operations.edits import AddRow, SetComparison, UpdateRow
from duediligence.operations.evaluations import UpdateEvaluation
from duediligence.reads.ranking import evaluation_ranking


@pytest.fixture
def samples(tmp_path: Path):
    db, ids = workbook_with_samples(tmp_path / "wb.db")
    yield db, ids
    db.close()


def rank_json(db, eid: int) -> dict[str, tuple[object, object]]:
    """Option -> (score, rank) as `duediligence rank EVALUATION --json` prints them."""
    with db.reading() as session:
        printed = ranking_json(evaluation_ranking(session, eid))
    return {o["name"]: (o["score"], o["rank"]) for o in printed["options"]}


def assert_same_as_the_app(path: Path, db, eid: int, total_label: str = "Weighted total (0–100)") -> None:
    ws = load_workbook(path, data_only=True)["Matrix"]
    sheet = {name: (row[total_label], row["Rank"]) for name, row in matrix_results(ws).items()}
    app = rank_json(db, eid)
    assert sheet.keys() == app.keys()
    for name, (score, rank) in app.items():
        got_score, got_rank = sheet[name]
        assert got_score == (NO_SCORE_TEXT if score is None else pytest.approx(score, abs=0.005)), name
        assert got_rank == (NO_RANK if rank is None else rank), name


@pytest.mark.parametrize("sample", [0, 1])
def test_a_reader_that_does_not_calculate_sees_the_apps_totals_and_ranks(
    samples, tmp_path: Path, sample
) -> None:
    db, ids = samples
    path = export_command(db, [str(ids[sample])], tmp_path / "x.xlsx")
    assert_same_as_the_app(path, db, ids[sample])


def test_crm_totals_and_ranks_without_calculating_are_the_hand_checked_numbers(
    samples, tmp_path: Path
) -> None:
    db, ids = samples
    got = totals_and_ranks(export_command(db, [str(ids[0])], tmp_path / "x.xlsx"))
    assert {name: (round(total, 2), rank) for name, (total, rank) in got.items()} == {
        "Northwind CRM Cloud": (77.69, 1),
        "Brightpath Sales Suite": (67.15, NO_RANK),  # fails the must-have EU data residency
        "OpenLedger CRM (self-hosted open source)": (63.77, 2),
        "Build in-house on our ERP": (58.29, 3),
        "Extend the current spreadsheet + mail merge": (44.78, 4),
    }


def test_every_policy_pairwise_weights_derived_values_and_risk_adjustment_are_cached_right(
    samples, tmp_path: Path
) -> None:
    """Mean policy, must-haves only flagged, weights from pairwise comparisons, a criterion fed by the
    TCO, an option without any score, and ranking adjusted for risk: the cached results are the app's."""
    db, ids = samples
    eid = ids[0]
    criteria = [c for g in document(db, eid)["criteria_groups"] for c in g["criteria"]]
    with db.transaction() as session:
        settings = {"missing_policy": "mean", "must_have_policy": "flag", "weight_source": "pairwise"}
        UpdateEvaluation(eid, {**settings, "risk_adjusted": True}).apply(session)
        for i, a in enumerate(criteria):  # every pair judged, from the direct weights (ratios 1/3 to 3)
            for b in criteria[i + 1 :]:
                SetComparison(a["id"], b["id"], a["weight"] / b["weight"]).apply(session)
        UpdateRow("criterion", criteria[13]["id"], {"value_source": "tco"}).apply(session)
        AddRow("option", eid, {"name": "Not scored yet"}).apply(session)
    path = export_command(db, [str(eid)], tmp_path / "x.xlsx")
    assert_same_as_the_app(path, db, eid, total_label="Risk-adjusted total (0–100)")
    with db.reading() as session:
        unadjusted = {o.name: o.score for o in evaluation_ranking(session, eid).options}
    ws = load_workbook(path, data_only=True)["Matrix"]
    totals = {name: row["Weighted total (0–100)"] for name, row in matrix_results(ws).items()}
    assert totals["Not scored yet"] == NO_SCORE_TEXT
    with db.reading() as session:  # the unadjusted total is the score before the risk factor
        from duediligence.decision.ranking import rank_matrix
        from duediligence.reads.matrix import load_matrix

        plain = {o.name: o.score for o in rank_matrix(load_matrix(session, eid)).options}
    assert {k: v for k, v in totals.items() if v != NO_SCORE_TEXT} == pytest.approx(
        {k: v for k, v in plain.items() if v is not None}
    )
    assert unadjusted.keys() == totals.keys()


def test_every_formula_cell_of_every_sheet_stores_its_result(samples, tmp_path: Path) -> None:
    db, ids = samples
    path = export_command(db, [str(i) for i in ids], tmp_path / "x.xlsx")
    with zipfile.ZipFile(path) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        cells = [c for n in sheets for c in re.findall(r"<c [^>]*>.*?</c>", z.read(n).decode())]
    formulas = [c for c in cells if "<f>" in c]
    assert len(formulas) > 500
    assert [c for c in formulas if not re.search(r"<v>[^<]*</v>", c) and 't="str"' not in c] == []


def test_the_export_data_sheet_is_very_hidden_protected_and_last(samples, tmp_path: Path) -> None:
    db, ids = samples
    wb = load_workbook(export_command(db, [str(ids[0])], tmp_path / "x.xlsx"))
    ws = wb[META_SHEET]
    assert (wb.sheetnames[-1], ws.sheet_state, ws.protection.sheet) == (META_SHEET, "veryHidden", True)
    assert wb.active.title == "Instructions"


def test_the_export_reads_the_same_document_the_app_shows(samples) -> None:
    """The export builds the score rows from the matrix it reads anyway (for speed): they must be the
    rows `evaluation_document` gives, or the import would compare against the wrong base."""
    from duediligence.exchange.xlsx_export import load_source
    from duediligence.reads.documents import evaluation_document

    db, ids = samples
    with db.transaction() as session:  # and an option without any score
        AddRow("option", ids[0], {"name": "Late"}).apply(session)
    with db.reading() as session:
        for eid in ids:
            assert load_source(session, eid).doc == evaluation_document(session, eid)
