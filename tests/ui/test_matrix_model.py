"""The score matrix shows criteria down and options across, with gaps, ranges and evidence visible."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from scoring_data import book_fixture, context_fixture  # noqa: F401

from ui.models.matrix import EVIDENCE_ROLE, GROUP_ROLE, ScoreMatrixModel


@pytest.fixture
def model(qtbot, book):
    from duediligence.decision.ranking import rank_matrix

    model = ScoreMatrixModel()
    matrix = book.matrix()
    model.set_matrix(matrix, rank_matrix(matrix))
    return model


def _at(model, criterion, option):
    rows = [c.name for c in model.criteria]
    columns = [o.name for o in model.options]
    return model.index(rows.index(criterion), columns.index(option))


def test_score_matrix_model_passes_the_model_tester(qtmodeltester, model):
    qtmodeltester.check(model)


def test_rows_are_criteria_in_group_order_and_columns_are_options(model):
    criteria = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    options = [model.options[c].name for c in range(model.columnCount())]
    assert criteria == ["Pipeline", "Mobile", "Ease of use", "Time to results", "IT effort"]
    assert options == ["Brightpath", "Northwind", "Do nothing"]


def test_each_criterion_header_knows_its_group(model):
    assert model.headerData(0, Qt.Orientation.Vertical, GROUP_ROLE) == "Fit"
    assert model.headerData(4, Qt.Orientation.Vertical, GROUP_ROLE) == "Cost and time"


def test_a_missing_score_shows_a_dash_never_zero(model):
    assert _at(model, "Mobile", "Brightpath").data() == "—"
    assert _at(model, "Mobile", "Brightpath").data(Qt.ItemDataRole.EditRole) == ""


def test_a_range_with_low_confidence_is_shown_with_a_question_mark(model):
    index = _at(model, "Pipeline", "Brightpath")
    assert index.data() == "7? (6–9)"
    assert index.data(Qt.ItemDataRole.FontRole).italic()


def test_a_score_with_evidence_is_marked_and_its_tooltip_names_the_source(model):
    index = _at(model, "Pipeline", "Brightpath")
    assert index.data(EVIDENCE_ROLE) is True
    assert "Seen in demo" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert "demo" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert _at(model, "Pipeline", "Northwind").data(EVIDENCE_ROLE) is False


def test_a_derived_criterion_shows_the_calculated_value_read_only(model):
    index = _at(model, "Time to results", "Northwind")
    assert index.data() == "10 wk"
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(_at(model, "Pipeline", "Northwind")) & Qt.ItemFlag.ItemIsEditable


def test_an_excluded_option_header_says_so_and_gives_the_reason(model):
    column = [o.name for o in model.options].index("Do nothing")
    assert "(excluded)" in model.headerData(column, Qt.Orientation.Horizontal)
    assert "no budget" in model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def test_criterion_header_tooltip_gives_scale_direction_and_weight_share(model):
    tip = model.headerData(4, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert "Measured value" in tip and "lower is better" in tip and "h/month" in tip
    assert "Weight: 1 (11.1 %)" in tip
