"""The ranking panel keeps each option's line while what it is worded from stays the same (a score edit
leaves most lines as they were): after every kind of change the lines shown are exactly those a full
recompute from the stored workbook words, in the same order."""

from __future__ import annotations

from typing import Any

import pytest
from option_data import insert, stored_matrix
from PySide6.QtCore import QLocale

from duediligence.operations.edits import SetScore, UpdateRow
from duediligence.operations.evaluations import UpdateEvaluation
from duediligence.reads.ranking import evaluation_ranking
from duediligence.storage.database import Database
from ui.models.costs import money
from ui.models.ranking import RankingLines, ranking_line
from ui.translations import install_translators, remove_translators


def cost(amount: int) -> list[dict[str, Any]]:
    return [{"label": "Licence", "amount": amount}]


# Cheap (1,000, Quality 8) dominates Pricey (3,000, Quality 6); Middle (2,000, Quality 9) is on the
# frontier; Unpriced has no costs; Gone is excluded by the user. Hosting is a must-have (yes/no).
SHOP = {
    "title": "Shop",
    "currency": "EUR",
    "options": [
        {"name": "Cheap", "costs": cost(1000), "time_to_results_weeks": 4},
        {"name": "Pricey", "costs": cost(3000)},
        {"name": "Middle", "costs": cost(2000)},
        {"name": "Unpriced"},
        {"name": "Gone", "costs": cost(500), "excluded": True, "exclusion_reason": "Vendor insolvent"},
    ],
    "criteria_groups": [{"name": "Fit", "criteria": [{"name": "Quality", "weight": 3},
                                                     {"name": "Speed", "weight": 1}]}],
    "ungrouped_criteria": [{"name": "Hosting", "scale": "yes-no", "must_have": True,
                            "must_have_threshold": 1}],
    "scores": [
        *({"option": o, "criterion": "Quality", "value": v}
          for o, v in [("Cheap", 8), ("Pricey", 6), ("Middle", 9), ("Unpriced", 5), ("Gone", 7)]),
        *({"option": o, "criterion": "Hosting", "value": 1}
          for o in ("Cheap", "Pricey", "Middle", "Unpriced")),
        {"option": "Cheap", "criterion": "Speed", "value": 5},
    ],
    "risks": [{"kind": "risk", "title": "Small vendor", "option": "Cheap", "likelihood": 3, "impact": 2}],
}  # fmt: skip


@pytest.fixture
def shop(tmp_path, make_window):
    """(window showing the Shop evaluation's comparison, workbook path, evaluation id)."""
    path = tmp_path / "shop.db"
    (evaluation,) = insert(path, SHOP)
    window = make_window(path)
    window.evaluations.select(evaluation)
    view = window.evaluation_view
    view.setCurrentWidget(view.comparison)
    return window, path, evaluation


def ids(path, evaluation) -> dict[str, int]:
    matrix = stored_matrix(path, evaluation)
    return {o.name: o.id for o in matrix.options} | {c.name: c.id for c in matrix.criteria}


def assert_lines_are_a_full_recompute(window, path, evaluation) -> None:
    """The panel's lines, ranked and not, equal `ranking_line` over a ranking read afresh from the file."""
    db = Database.open(path, create=False)
    try:
        with db.reading() as session:
            fresh = evaluation_ranking(session, evaluation)
    finally:
        db.close()
    ranking = window.evaluation_view.comparison.ranking
    ranked = [o.id for o in fresh.ranked()]
    rest = sorted(
        (o for o in fresh.options if o.id not in ranked), key=lambda o: (o.excluded, -(o.score or -1.0))
    )
    by_id = {o.id: o for o in fresh.options}
    assert ranking.ranked.model_.lines() == [ranking_line(by_id[i], fresh) for i in ranked]
    assert ranking.unranked.model_.lines() == [ranking_line(o, fresh) for o in rest]


def line_of(window, name):
    ranking = window.evaluation_view.comparison.ranking
    return next(
        line for line in ranking.ranked.model_.lines() + ranking.unranked.model_.lines() if line.name == name
    )


def test_lines_after_score_edits_that_change_dominance_and_must_haves_are_a_full_recompute(shop):
    window, path, evaluation = shop
    at = ids(path, evaluation)
    assert_lines_are_a_full_recompute(window, path, evaluation)
    assert any(d.startswith("Dominated:") for d in line_of(window, "Pricey").details)
    submit = window.context.submit
    submit(SetScore(at["Pricey"], at["Quality"], {"value": 10}), "Score")  # Pricey is no longer dominated
    assert not any(d.startswith("Dominated:") for d in line_of(window, "Pricey").details)
    assert_lines_are_a_full_recompute(window, path, evaluation)
    submit(SetScore(at["Middle"], at["Quality"], {"value": 4}), "Score")  # now Cheap dominates Middle
    assert any(d.startswith("Dominated:") for d in line_of(window, "Middle").details)
    assert_lines_are_a_full_recompute(window, path, evaluation)
    submit(SetScore(at["Cheap"], at["Hosting"], {"value": 0}), "Score")  # fails the must-have: excluded
    assert "Hosting" in line_of(window, "Cheap").warning
    assert_lines_are_a_full_recompute(window, path, evaluation)
    submit(SetScore(at["Unpriced"], at["Hosting"], {"value": None}), "Score")  # must-have not scored
    assert "Must-have not scored: Hosting" in line_of(window, "Unpriced").warning
    assert_lines_are_a_full_recompute(window, path, evaluation)
    window.context.undo_stack.undo()
    window.context.undo_stack.undo()
    assert_lines_are_a_full_recompute(window, path, evaluation)


def test_a_score_edit_keeps_the_lines_it_cannot_change(shop):
    """Speed is scored for Cheap alone: another score for Cheap moves Cheap's line, not Unpriced's."""
    window, path, evaluation = shop
    at = ids(path, evaluation)
    before = line_of(window, "Unpriced")
    window.context.submit(SetScore(at["Cheap"], at["Speed"], {"value": 9}), "Score")
    assert line_of(window, "Unpriced") is before
    assert line_of(window, "Cheap").score_text != before.score_text
    assert_lines_are_a_full_recompute(window, path, evaluation)


def test_lines_after_an_exclusion_a_currency_and_a_missing_score_policy_are_a_full_recompute(shop):
    window, path, evaluation = shop
    at = ids(path, evaluation)
    submit = window.context.submit
    submit(UpdateRow("option", at["Cheap"], {"excluded": True, "exclusion_reason": "Too slow"}), "Exclude")
    assert line_of(window, "Cheap").excluded
    assert_lines_are_a_full_recompute(window, path, evaluation)
    submit(UpdateRow("option", at["Gone"], {"excluded": False}), "Include")
    assert_lines_are_a_full_recompute(window, path, evaluation)
    euros = line_of(window, "Pricey").details[0]
    submit(UpdateEvaluation(evaluation, {"currency": "USD"}), "Currency")
    assert line_of(window, "Pricey").details[0] == euros.replace(money(3000, "EUR"), money(3000, "USD"))
    assert_lines_are_a_full_recompute(window, path, evaluation)
    submit(UpdateEvaluation(evaluation, {"missing_policy": "worst"}), "Missing")
    assert_lines_are_a_full_recompute(window, path, evaluation)


def test_lines_after_the_locale_changes_are_worded_in_the_new_locale(shop):
    """A German locale writes 1.000 € where English wrote €1,000: no line is kept from before."""
    window, path, evaluation = shop
    at = ids(path, evaluation)
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        window.context.submit(SetScore(at["Middle"], at["Speed"], {"value": 3}), "Score")
        assert "1.000" in line_of(window, "Cheap").details[0]
        assert_lines_are_a_full_recompute(window, path, evaluation)
    finally:
        QLocale.setDefault(before)


def test_lines_after_the_language_changes_are_worded_in_the_new_language(shop, qapp):
    window, path, evaluation = shop
    at = ids(path, evaluation)
    installed = install_translators(qapp, QLocale("de_DE"))
    try:
        window.context.submit(SetScore(at["Middle"], at["Speed"], {"value": 3}), "Score")
        assert line_of(window, "Pricey").details[0].startswith("TCO") and "Dominiert" in " ".join(
            line_of(window, "Pricey").details
        )
        assert_lines_are_a_full_recompute(window, path, evaluation)
    finally:
        remove_translators(qapp, installed)


def test_ranking_lines_are_those_of_ranking_line_for_every_option(shop):
    """Without a panel: the kept lines of the same ranking asked twice are the same objects."""
    window, _path, evaluation = shop
    ranking = window.context.ranking(evaluation)
    lines = RankingLines()
    first = lines.lines(ranking)
    assert first == {o.id: ranking_line(o, ranking) for o in ranking.options}
    again = lines.lines(ranking)
    assert all(again[i] is first[i] for i in first)


def test_each_list_is_as_tall_as_the_rows_qt_asks_the_delegate_for(shop):
    """fit() adds up the rows' heights itself; they are the heights Qt's sizeHintForRow gives, with
    details and a wrapped warning (the unranked list), at a narrow and a wide width."""
    window, _path, _evaluation = shop
    ranking = window.evaluation_view.comparison.ranking
    for width in (220, 600):
        ranking.resize(width, ranking.height())
        for shown_list in (ranking.ranked, ranking.unranked):
            shown_list.fit()
            rows = range(shown_list.model_.rowCount())
            assert len(rows) > 0 and any(line.warning for line in ranking.unranked.model_.lines())
            expected = sum(shown_list.sizeHintForRow(r) for r in rows) + 2 * shown_list.frameWidth() + 2
            assert shown_list.maximumHeight() == expected
