"""Criteria & weights: every edit is one stored, undoable step; weights are shown as shares of 100 %."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from scoring_data import book_fixture, context_fixture, shown  # noqa: F401

from ui import dialogs_scoring
from ui.models.criteria import Col, CriteriaModel
from ui.views.comparison.criteria_editor import CriteriaEditor


@pytest.fixture
def editor(qtbot, context, book, asked):
    return shown(qtbot, CriteriaEditor(context), book.evaluation_id)


def _row(editor, name):
    return next(i for i, (_k, row) in enumerate(editor.model.rows()) if row is not None and row.name == name)


def _set(editor, name, column, value, role=Qt.ItemDataRole.EditRole):
    return editor.model.setData(editor.model.index(_row(editor, name), column), value, role)


def _criteria(book):
    return {c.name: c for c in book.matrix().criteria}


def test_criteria_model_passes_the_model_tester(qtmodeltester, book):
    from duediligence.decision.ranking import rank_matrix

    model = CriteriaModel()
    matrix = book.matrix()
    model.set_matrix(matrix, {c.id: c.normalisation for c in rank_matrix(matrix).criteria})
    qtmodeltester.check(model)


def test_groups_are_bold_rows_above_their_criteria(editor):
    names = [row.name for _kind, row in editor.model.rows()]
    assert names == [
        "Fit",
        "Pipeline",
        "Mobile",
        "Ease of use",
        "Cost and time",
        "Time to results",
        "IT effort",
    ]
    assert editor.model.index(0, Col.NAME).data(Qt.ItemDataRole.FontRole).bold()


def test_shares_show_each_weight_as_a_part_of_100_percent(editor):
    assert editor.model.index(_row(editor, "Pipeline"), Col.SHARE).data() == "33.3 %"
    assert editor.model.index(_row(editor, "Fit"), Col.SHARE).data() == "66.7 %"


def test_editing_a_weight_stores_it_and_updates_the_shares(editor, book):
    _set(editor, "Mobile", Col.WEIGHT, "4")
    assert _criteria(book)["Mobile"].weight == 4.0
    assert editor.model.index(_row(editor, "Pipeline"), Col.SHARE).data() == "25 %"


def test_a_negative_weight_is_refused_with_a_message(qtbot, editor, book, asked, context):
    _set(editor, "Mobile", Col.WEIGHT, "-1")
    qtbot.waitUntil(lambda: bool(asked.warnings))
    expected = "The weight of “Mobile” was not changed (you entered “-1”): must be at least 0."
    assert asked.warnings[0][1] == expected
    assert _criteria(book)["Mobile"].weight == 1.0
    assert context.undo_stack.count() == 0


def test_all_weights_zero_shows_a_state_message_not_a_crash(editor):
    for name in ("Pipeline", "Mobile", "Ease of use", "Time to results", "IT effort"):
        _set(editor, name, Col.WEIGHT, "0")
    assert "All weights are zero: nothing to rank by" in editor.state.text()
    assert editor.model.index(_row(editor, "Pipeline"), Col.SHARE).data() == "—"


def test_renaming_a_criterion_stores_it_and_undo_restores_it(editor, book, context):
    _set(editor, "Mobile", Col.NAME, "Mobile app")
    assert "Mobile app" in _criteria(book)
    context.undo_stack.undo()
    assert "Mobile" in _criteria(book)


def test_a_duplicate_criterion_name_is_refused(qtbot, editor, book, asked):
    _set(editor, "Mobile", Col.NAME, "Pipeline")
    qtbot.waitUntil(lambda: bool(asked.warnings))
    assert "already has this name" in asked.warnings[0][1]


def test_choosing_a_scale_from_its_combo_stores_the_code(editor, book):
    _set(editor, "Mobile", Col.SCALE, "percent")
    assert _criteria(book)["Mobile"].scale == "percent"
    assert editor.model.index(_row(editor, "Mobile"), Col.SCALE).data() == "Percent"


def test_ticking_must_have_stores_it(editor, book):
    _set(editor, "Mobile", Col.MUST_HAVE, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert _criteria(book)["Mobile"].must_have is True


def test_adding_a_criterion_puts_it_at_the_end_of_the_current_group(editor, book):
    editor.select("criterion", _criteria(book)["Mobile"].id)
    editor.add_criterion()
    fit = [c.name for c in book.matrix().criteria if c.group == "Fit"]
    assert fit == ["Pipeline", "Mobile", "Ease of use", "New criterion"]


def test_adding_a_group_stores_it_and_shows_it_even_while_empty(monkeypatch, editor, book):
    monkeypatch.setattr(dialogs_scoring, "ask_group_name", lambda *_a: "Security")
    editor.add_group()
    assert [g.name for g in book.matrix().groups] == ["Fit", "Cost and time", "Security"]
    assert "Security" in [row.name for _kind, row in editor.model.rows() if row is not None]


def test_renaming_a_group_stores_it(editor, book):
    _set(editor, "Fit", Col.NAME, "Functional fit")
    assert book.matrix().groups[0].name == "Functional fit"


def test_removing_a_group_keeps_its_criteria_ungrouped(editor, book):
    editor.select("group", book.matrix().groups[1].id)
    editor.remove()
    assert _criteria(book)["IT effort"].group_id is None


def test_removing_a_criterion_with_scores_asks_first_and_undo_brings_them_back(
    monkeypatch, editor, book, context
):
    questions = []
    monkeypatch.setattr(
        dialogs_scoring,
        "confirm_remove_criteria",
        lambda _p, names, scores, pairs: questions.append(scores) or True,
    )
    editor.select("criterion", _criteria(book)["Pipeline"].id)
    editor.remove()
    assert questions == [2]
    assert "Pipeline" not in _criteria(book)
    context.undo_stack.undo()
    assert "Pipeline" in _criteria(book) and book.value("Brightpath", "Pipeline") == 7.0


def test_declining_the_question_removes_nothing(monkeypatch, editor, book, context):
    monkeypatch.setattr(dialogs_scoring, "confirm_remove_criteria", lambda *_a: False)
    editor.select("criterion", _criteria(book)["Pipeline"].id)
    editor.remove()
    assert "Pipeline" in _criteria(book)
    assert context.undo_stack.count() == 0


def test_moving_a_criterion_down_swaps_it_with_the_next_in_its_group(editor, book):
    editor.select("criterion", _criteria(book)["Pipeline"].id)
    editor.move(1)
    assert [c.name for c in book.matrix().criteria if c.group == "Fit"] == [
        "Mobile",
        "Pipeline",
        "Ease of use",
    ]


def test_moving_a_criterion_to_another_group_stores_it(editor, book):
    editor.select("criterion", _criteria(book)["Mobile"].id)
    editor.move_to_group(book.matrix().groups[1].id)
    assert _criteria(book)["Mobile"].group == "Cost and time"


def test_the_normalisation_of_a_measured_criterion_is_shown(editor):
    text = editor.model.index(_row(editor, "IT effort"), Col.NORMALISATION).data()
    assert text == "min–max across options 3–30 h/month"


def test_choosing_pairwise_weights_stores_the_weight_source(editor, book):
    combo = editor.weight_source
    combo.setCurrentIndex(combo.findData("pairwise"))
    combo.activated.emit(combo.currentIndex())
    assert book.matrix().weight_source == "pairwise"
    assert "do not yet connect all criteria" in editor.state.text()
