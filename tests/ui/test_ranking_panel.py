"""The ranking panel shows the core's ranking as it stands after every change, best first, with what it
cannot rank set apart and why."""

from __future__ import annotations

import json

import pytest
from option_data import CRM, NO_CRITERIA, insert, stored_matrix
from PySide6.QtCore import QLocale

from duediligence import cli
from duediligence.decision.ranking import rank_matrix
from duediligence.operations.edits import SetScore


@pytest.fixture
def workbook(tmp_path):
    """(workbook path, CRM id, evaluation-without-criteria id)."""
    path = tmp_path / "r.db"
    return (path, *insert(path, CRM, NO_CRITERIA))


@pytest.fixture
def window(make_window, workbook):
    window = make_window(workbook[0])
    show(window, workbook[1])
    return window


def show(window, evaluation_id):
    window.evaluations.select(evaluation_id)
    view = window.evaluation_view
    view.setCurrentWidget(view.comparison)
    return view.comparison.ranking


def panel(window):
    return window.evaluation_view.comparison.ranking


def shown(ranking_list):
    return [(line.rank, line.name, line.score) for line in ranking_list.model_.lines()]


def test_options_are_shown_in_rank_order_with_the_cores_scores(window, workbook):
    path, crm, _ = workbook
    expected = [(str(o.rank), o.name, o.score) for o in rank_matrix(stored_matrix(path, crm)).ranked()]
    assert shown(panel(window).ranked) == expected


def test_scores_are_the_same_numbers_as_the_rank_command(window, workbook, capsys):
    path, crm, _ = workbook
    cli.main(["rank", str(crm), "--db", str(path), "--json"])
    printed = {o["name"]: o["score"] for o in json.loads(capsys.readouterr().out)["options"] if o["rank"]}
    assert {name: round(score, 2) for _rank, name, score in shown(panel(window).ranked)} == printed


def test_the_lead_names_the_winner_and_its_margin(window):
    assert panel(window).lead.text() == f"Northwind leads by {QLocale().toString(35.0, 'f', 1)} points"


def test_the_caption_names_how_missing_scores_are_treated(window):
    caption = panel(window).caption.text()
    assert caption.startswith("Weighted score 0–100; missing scores: ignored and weights re-normalised")


def test_the_unscored_share_is_shown_and_explained(window):
    line = next(line for line in panel(window).ranked.model_.lines() if line.name == "Spreadsheet")
    assert any("25 % unscored" in detail for detail in line.details)
    assert "A missing score is not a zero" in line.tooltip


def test_an_excluded_option_is_listed_separately_with_its_reason(window):
    assert "Brightpath" not in [name for _r, name, _s in shown(panel(window).ranked)]
    (line,) = panel(window).unranked.model_.lines()
    assert (line.name, "No EU data centre" in line.warning) == ("Brightpath", True)
    assert panel(window).unranked.isVisible()


def test_an_evaluation_without_criteria_shows_the_problem_sentence(window, workbook):
    path, _, chairs = workbook
    ranking = show(window, chairs)
    assert ranking.problem.isVisible()
    assert ranking.problem.text() == rank_matrix(stored_matrix(path, chairs)).problem
    assert "criteria" in ranking.problem.text()
    assert not ranking.ranked.isVisible() and not ranking.lead.isVisible()


def test_a_new_score_is_ranked_at_once(window, workbook):
    path, crm, _ = workbook
    matrix = stored_matrix(path, crm)
    spreadsheet = next(o.id for o in matrix.options if o.name == "Spreadsheet")
    mobile = next(c.id for c in matrix.criteria if c.name == "Mobile")
    window.context.submit(SetScore(spreadsheet, mobile, {"value": 10}), "Score")
    assert ("2", "Spreadsheet", pytest.approx(55.0)) in shown(panel(window).ranked)


def test_a_hidden_panel_ranks_again_only_when_shown(window, workbook):
    path, crm, _ = workbook
    matrix = stored_matrix(path, crm)
    spreadsheet = next(o.id for o in matrix.options if o.name == "Spreadsheet")
    mobile = next(c.id for c in matrix.criteria if c.name == "Mobile")
    view = window.evaluation_view
    view.setCurrentIndex(0)  # the Overview page
    before = panel(window).ranking
    window.context.submit(SetScore(spreadsheet, mobile, {"value": 10}), "Score")
    assert panel(window).ranking is before
    view.setCurrentWidget(view.comparison)
    assert ("2", "Spreadsheet", pytest.approx(55.0)) in shown(panel(window).ranked)


def test_a_new_lead_after_a_score_edit_repaints_neither_tab_bar_nor_the_matrix_around_its_cell(
    window, workbook, qtbot
):
    """A QTabWidget repaints its pages whole on every layout request: were the ranking's new sentence
    to reach the evaluation's tabs, the whole comparison would be redrawn after each score edit."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    path, crm, _ = workbook
    matrix = stored_matrix(path, crm)
    spreadsheet = next(o.id for o in matrix.options if o.name == "Spreadsheet")
    mobile = next(c.id for c in matrix.criteria if c.name == "Mobile")
    comparison = window.evaluation_view.comparison
    qtbot.waitUntil(lambda: window.isVisible() and panel(window).lead.isVisible())
    for _ in range(20):  # what the first showing asked is done
        QApplication.processEvents()

    class Paints(QObject):
        seen: list[str] = []

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                self.seen.append(type(watched).__name__)
            return False

    paints = Paints()
    for widget in (window.evaluation_view.tabBar(), comparison.pages.tabBar(), comparison.matrix.table):
        widget.installEventFilter(paints)
    before = panel(window).lead.text()
    window.context.submit(SetScore(spreadsheet, mobile, {"value": 10}), "Score")
    for _ in range(20):  # a layout request climbs one level per pass of the event loop
        QApplication.processEvents()
    assert panel(window).lead.text() != before
    assert paints.seen == []
