"""A value typed over a cell the app calculates (a share, a total, a rank, a risk's score, a weight
from pairwise comparisons, a value from costs) is never imported and never dropped in silence: it is
an "ignored" line saying the app calculates it."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from xlsx_support import document, edit_cells, matrix_row, workbook_with_samples

from duediligence.exchange.commands import export_command, import_command, prepare_import
from duediligence.operations.evaluations import InsertEvaluationDocument, UpdateEvaluation


def lines(db, path: Path) -> list[tuple[str, str]]:
    return [(line.kind, line.sentence) for line in prepare_import(db, path).lines]


FIRST = "Account and contact management"  # the first criterion (weight 3)
NORTHWIND = "Northwind CRM Cloud"  # the first option: Matrix column M


def result_row(path: Path, label: str) -> int:
    """The Matrix row whose first column or Criterion column holds a result's label."""
    ws = load_workbook(path)["Matrix"]
    return next(r for r in range(1, ws.max_row + 1) if label in (ws.cell(r, 1).value, ws.cell(r, 3).value))


def test_a_share_typed_over_is_an_ignored_line(crm, exported: Path) -> None:
    db, _ = crm
    row = matrix_row(exported)
    edit_cells(exported, [("Matrix", -row, "Share", 0.5)])
    assert lines(db, exported) == [
        (
            "ignored",
            f"Matrix!H{row} ({FIRST}, Share): calculated in the app; the 0.5 typed here is not imported.",
        )
    ]


def test_a_weighted_total_and_a_rank_typed_over_are_ignored_lines(crm, exported: Path) -> None:
    db, _ = crm
    total, rank = result_row(exported, "Weighted total (0–100)"), result_row(exported, "Rank")
    edit_cells(exported, [("Matrix", -total, NORTHWIND, 99), ("Matrix", -rank, NORTHWIND, 1)])
    assert lines(db, exported) == [
        (
            "ignored",
            f"Matrix!M{total} (Weighted total (0–100), {NORTHWIND}): calculated in the app; "
            "the 99 typed here is not imported.",
        ),
        (
            "ignored",
            f"Matrix!M{rank} (Rank, {NORTHWIND}): calculated in the app; the 1 typed here is not imported.",
        ),
    ]


def test_a_risk_score_typed_over_is_an_ignored_line_and_the_rest_is_imported(crm, exported: Path) -> None:
    db, eid = crm
    risk = next(r for r in document(db, eid)["risks"] if r["kind"] == "risk")
    edit_cells(exported, [("Risks", risk["id"], "Score", 25), ("Risks", risk["id"], "Owner", "Ana")])
    report = import_command(db, exported)
    assert [(line.kind, line.column) for line in report.lines] == [("ignored", "Score"), ("changed", "Owner")]
    assert report.lines[0].detail == "calculated in the app; the 25 typed here is not imported"
    assert report.applied


def test_a_score_typed_on_the_evidence_sheet_says_scores_are_edited_in_the_matrix(
    crm, exported: Path
) -> None:
    db, _ = crm
    edit_cells(exported, [("Evidence", 2, "Score (edit it in the Matrix)", 3)])
    [(kind, sentence)] = lines(db, exported)
    assert kind == "ignored"
    assert sentence.endswith(
        "(Pipeline and renewal forecasting × Northwind CRM Cloud, Score (edit it in the Matrix)): "
        "the score is edited in the Matrix; the 3 typed here is not imported."
    )


def test_a_fixed_scales_end_typed_over_is_an_ignored_line_and_its_own_value_is_none(
    crm, exported: Path
) -> None:
    db, _ = crm
    row = matrix_row(exported)
    edit_cells(exported, [("Matrix", -row, "Low end", 0)])  # the end it has: nothing to say
    assert lines(db, exported) == []
    edit_cells(exported, [("Matrix", -row, "High end", 5)])
    assert lines(db, exported) == [
        (
            "ignored",
            f"Matrix!J{row} ({FIRST}, High end): the scale's ends are set in the app; "
            "the 5 typed here is not imported.",
        )
    ]


# An evaluation whose weights come from pairwise comparisons and whose criteria read costs and timing.
DERIVED = {
    "title": "Printer",
    "weight_source": "pairwise",
    "horizon_years": 3,
    "options": [
        {"name": "Alpha", "time_to_results_weeks": 2, "costs": [{"label": "Buy", "amount": 300}]},
        {
            "name": "Beta",
            "time_to_results_weeks": 4,
            "costs": [{"label": "Lease", "amount": 100, "recurrence": "yearly"}],
        },
    ],
    "ungrouped_criteria": [
        {"name": "Quality", "scale": "0-10"},
        {"name": "Cost", "value_source": "tco"},
        {"name": "Speed", "value_source": "time_to_results"},
    ],
    "scores": [{"option": "Alpha", "criterion": "Quality", "value": 7}],
    "pairwise_comparisons": [
        {"a": "Quality", "b": "Cost", "value": 3},
        {"a": "Quality", "b": "Speed", "value": 5},
        {"a": "Cost", "b": "Speed", "value": 2},
    ],
}


@pytest.fixture
def derived(tmp_path: Path):
    db, _ = workbook_with_samples(tmp_path / "d.db")
    with db.transaction() as session:
        eid = InsertEvaluationDocument(DERIVED).apply(session).result
    yield db, export_command(db, [str(eid)], tmp_path / "printer.xlsx")
    db.close()


def test_weights_from_comparisons_and_values_from_costs_round_trip_without_a_line(derived) -> None:
    db, path = derived
    assert lines(db, path) == []


def test_a_weight_from_pairwise_comparisons_typed_over_is_an_ignored_line(derived) -> None:
    db, path = derived
    row = matrix_row(path)
    edit_cells(path, [("Matrix", -row, "Weight", 5)])
    assert lines(db, path) == [
        (
            "ignored",
            f"Matrix!G{row} (Quality, Weight): calculated in the app from the pairwise comparisons; "
            "the 5 typed here is not imported.",
        )
    ]


def test_a_value_from_costs_or_timing_typed_over_is_an_ignored_line(derived) -> None:
    db, path = derived
    cost, speed = matrix_row(path, 1), matrix_row(path, 2)
    edit_cells(
        path, [("Matrix", -cost, "Alpha", 250), ("Matrix", -speed, "Beta", 4)]
    )  # 250 ≠ 300; 4 as exported
    assert lines(db, path) == [
        (
            "ignored",
            f"Matrix!M{cost} (Cost × Alpha): calculated in the app from the costs; "
            "the 250 typed here is not imported.",
        )
    ]


def test_a_criterions_set_up_typed_over_is_an_ignored_line(crm, exported: Path) -> None:
    db, _ = crm
    row = matrix_row(exported)
    edit_cells(exported, [("Matrix", -row, "Direction", "lower"), ("Matrix", -row, "Must-have threshold", 5)])
    assert [sentence for _kind, sentence in lines(db, exported)] == [
        f"Matrix!E{row} ({FIRST}, Direction): a criterion is set up in the app (Criteria); "
        "the 'lower' typed here is not imported.",
        f"Matrix!L{row} ({FIRST}, Must-have threshold): a criterion is set up in the app (Criteria); "
        "the 5 typed here is not imported.",
    ]


# --- result rows holding the app's values as written at export ("… (from the app)") ---------------


@pytest.fixture
def risk_adjusted(crm, tmp_path: Path) -> Path:
    db, eid = crm
    with db.transaction() as session:
        UpdateEvaluation(eid, {"risk_adjusted": True}).apply(session)
    return export_command(db, [str(eid)], tmp_path / "adjusted.xlsx")


def test_the_risk_exposures_as_exported_are_no_line(crm, risk_adjusted: Path) -> None:
    db, _ = crm
    assert result_row(risk_adjusted, "Risk exposure (from the app)") > 0
    assert lines(db, risk_adjusted) == []


def test_a_risk_exposure_typed_over_is_an_ignored_line(crm, risk_adjusted: Path) -> None:
    db, _ = crm
    row = result_row(risk_adjusted, "Risk exposure (from the app)")
    edit_cells(risk_adjusted, [("Matrix", -row, NORTHWIND, 99)])
    assert lines(db, risk_adjusted) == [
        (
            "ignored",
            f"Matrix!M{row} (Risk exposure (from the app), {NORTHWIND}): calculated in the app; "
            "the 99 typed here is not imported.",
        )
    ]
