"""The Robustness view: the worker finishes and the verdict shows, ticking a to-do item stores an undoable
inquiry, weight profiles are edited in place, degenerate evaluations are explained, models pass the tester."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from duediligence.operations.evaluations import InsertEvaluationDocument, UpdateEvaluation
from duediligence.reads.robustness import inquiries, profile_table
from duediligence.storage.database import Database
from duediligence.templates.samples import add_samples
from ui.context import AppContext
from ui.views.robustness import RobustnessView, flip_hint, matrix_flip_hint
from ui.views.robustness.worker import wait_for_jobs

CRM = 1


@pytest.fixture
def context(tmp_path: Path) -> Iterator[AppContext]:
    path = tmp_path / "w.db"
    db = Database.open(path)
    with db.transaction() as session:
        add_samples().apply(session)
        UpdateEvaluation(CRM, {"simulation_draws": 2000}).apply(session)
    db.close()
    made = AppContext()
    made.open_workbook(path)
    yield made
    wait_for_jobs()
    made.close_workbook()


def shown(qtbot: Any, context: AppContext, evaluation_id: int = CRM) -> RobustnessView:
    view = RobustnessView(context)
    qtbot.addWidget(view)
    view.resize(1300, 850)
    view.set_evaluation(evaluation_id)
    view.show()
    qtbot.waitUntil(lambda: view.result is not None and not view.running, timeout=20_000)
    return view


def test_the_worker_finishes_and_the_view_shows_the_verdict(qtbot: Any, context: AppContext) -> None:
    view = shown(qtbot, context)
    assert view.verdict.text().startswith("Northwind CRM Cloud leads")
    assert "simulations (seed 1)" in view.method.text()
    assert view.odds.index(0, 0).data() == "Northwind CRM Cloud"
    assert view.todo.rowCount() > 0 and view.tornado.rowCount() > 0


def test_a_hidden_view_does_not_run(qtbot: Any, context: AppContext) -> None:
    view = RobustnessView(context)
    qtbot.addWidget(view)
    view.set_evaluation(CRM)
    assert not view.running and view.result is None


def test_models_pass_the_model_tester(qtmodeltester: Any, qtbot: Any, context: AppContext) -> None:
    from duediligence.operations.robustness import SetWeightProfile

    people = context.read(profile_table, CRM).stakeholders
    criterion = context.matrix(CRM).criteria[0].id
    context.submit(SetWeightProfile(people[0][0], criterion, 9), "weight")
    view = shown(qtbot, context)
    assert view.perspectives.rowCount() == 2  # the one profile, and everyone combined
    for model in (view.odds, view.todo, view.tornado, view.perspectives, view.profiles):
        qtmodeltester.check(model)


def test_ticking_an_item_stores_an_inquiry_and_is_undoable(qtbot: Any, context: AppContext) -> None:
    view = shown(qtbot, context)
    question = view.todo.line(0).question  # type: ignore[union-attr]
    index = view.todo.index(0, 0)
    assert view.todo.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    stored = context.read(inquiries, CRM)
    assert [(r.question, r.resolved) for r in stored] == [(question, True)]
    assert view.todo.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert not view.running  # ticking does not re-run the analysis
    context.undo_stack.undo()
    assert context.read(inquiries, CRM) == []
    assert view.todo.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


def test_putting_an_item_on_the_list_leaves_it_open(qtbot: Any, context: AppContext) -> None:
    view = shown(qtbot, context)
    view.todo_table.setCurrentIndex(view.todo.index(1, 0))
    view.put_on_list.click()
    assert [r.resolved for r in context.read(inquiries, CRM)] == [False]


def test_a_stakeholders_weight_is_typed_in_place_and_undone(qtbot: Any, context: AppContext) -> None:
    view = shown(qtbot, context)
    column = 3  # the first stakeholder
    assert view.profiles.setData(view.profiles.index(0, column), "7", Qt.ItemDataRole.EditRole)
    table = context.read(profile_table, CRM)
    assert list(table.weights.values()) == [7.0]
    qtbot.waitUntil(lambda: not view.running and len(view.result.perspectives) == 1, timeout=20_000)  # type: ignore[union-attr]
    context.undo_stack.undo()
    assert context.read(profile_table, CRM).weights == {}


def test_changing_a_setting_stores_it_and_reruns(qtbot: Any, context: AppContext) -> None:
    view = shown(qtbot, context)
    view.settings.seed.setValue(5)
    qtbot.waitUntil(
        lambda: view.result is not None and view.result.seed == 5 and not view.running, timeout=20_000
    )
    context.undo_stack.undo()
    qtbot.waitUntil(
        lambda: view.result is not None and view.result.seed == 1 and not view.running, timeout=20_000
    )
    assert view.settings.seed.value() == 1


def test_a_result_started_before_a_change_is_dropped(qtbot: Any, context: AppContext) -> None:
    view = shown(qtbot, context)
    view._on_finished(view._generation - 1, None)  # a late result of an older run
    assert view.result is not None


def test_a_degenerate_evaluation_is_explained(qtbot: Any, context: AppContext) -> None:
    doc = {
        "title": "Nothing scored",
        "options": [{"name": "A"}, {"name": "B"}],
        "ungrouped_criteria": [{"name": "x"}],
    }
    new_id = context.submit(InsertEvaluationDocument(doc), "add")
    view = shown(qtbot, context, new_id)
    assert view.verdict.text().startswith("Nothing is scored yet")
    assert view.odds.rowCount() == 0 and view.todo.rowCount() == 0
    empty = context.submit(InsertEvaluationDocument({"title": "Empty"}), "add")
    view.set_evaluation(empty)
    qtbot.waitUntil(lambda: view.result is not None and view.result.evaluation_id == empty, timeout=20_000)
    assert view.verdict.text().startswith("Add the options")


def test_flip_hints_name_the_threshold_and_the_new_winner(qtbot: Any, context: AppContext) -> None:
    def crit(name: str, weight: float) -> dict[str, Any]:
        return {"name": name, "weight": weight, "scale": "0-10"}

    cells = [("A", "Fit", 7), ("A", "Ease", 6), ("B", "Fit", 6), ("B", "Ease", 7)]
    doc = {
        "title": "Close race",
        "options": [{"name": "A"}, {"name": "B"}],
        "ungrouped_criteria": [crit("Fit", 2), crit("Ease", 1)],
        "scores": [{"option": o, "criterion": c, "value": v} for o, c, v in cells],
    }
    close = context.submit(InsertEvaluationDocument(doc), "add")
    view = shown(qtbot, context, close)
    result = view.result
    assert result is not None
    a, b = (o.id for o in result.options)
    fit, ease = result.criterion_ids
    assert flip_hint(result, a, fit) == "Winner changes if this drops below 6.5 (to B)"
    assert flip_hint(result, b, fit) == "Winner changes if this rises above 6.5 (to B)"
    assert matrix_flip_hint(context, close, a, fit) == flip_hint(result, a, fit)
    assert flip_hint(result, a, ease) is None or "(to B)" in (flip_hint(result, a, ease) or "")


def test_the_to_do_list_says_what_the_command_line_and_the_report_say(
    qtbot: Any, context: AppContext
) -> None:
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        # Missing counts as worst: A 66.7 leads, C 50 (46.7–53.3) never catches up, B (fit unknown) might.
        cells = [("A", "Fit", 7, None), ("A", "Ease", 6, (5, 8)), ("B", "Fit", None, None),
                 ("B", "Ease", 7, None), ("C", "Fit", 5, None), ("C", "Ease", 5, (4, 6))]  # fmt: skip
        doc = {
            "title": "To find out",
            "missing_policy": "worst",
            "options": [{"name": "A"}, {"name": "B"}, {"name": "C"}],
            "ungrouped_criteria": [{"name": "Fit", "weight": 2}, {"name": "Ease", "weight": 1}],
            "scores": [
                {"option": o, "criterion": c, "value": v, **({"low": r[0], "high": r[1]} if r else {})}
                for o, c, v, r in cells
            ],
        }
        view = shown(qtbot, context, context.submit(InsertEvaluationDocument(doc), "add"))
        steps = view.result.find_out_next  # type: ignore[union-attr]
        assert len(steps) == view.todo.rowCount() >= 3
        for row, step in enumerate(steps):
            line = view.todo.line(row)
            assert line is not None
            could = line.consequence[:1].lower() + line.consequence[1:]
            assert f"{line.question}: {could}" == step.sentence
            assert view.todo.index(row, 0).data() == f"{line.question}\n{line.consequence}"
        ease = next(s for s in steps if s.option == "C")
        assert ease.sentence == (
            "Narrow down “Ease” for C (now 4 – 6): it almost never changes the winner: "
            "it moves the lead of A by up to 6.7 points, but A stays ahead."
        )
        assert steps[0].option == "B" and steps[0].p_change > 0.1
    finally:
        QLocale.setDefault(QLocale.c())


def test_a_first_answer_shows_before_the_analysis_ends_and_is_then_refined(
    qtbot: Any, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from duediligence.robustness import montecarlo

    monkeypatch.setattr(montecarlo, "PARTIAL_EVERY", 0.0)  # an answer after every chunk of 500 draws
    monkeypatch.setattr(montecarlo, "SETTLED_SE", 0.0)  # never settled: all 2,000 draws are made
    view = RobustnessView(context)
    qtbot.addWidget(view)
    seen: list[tuple[bool, int, str, str]] = []
    answer = view._on_answer

    def answered_and_seen(generation: int, result: Any) -> None:  # what the view shows after each
        answer(generation, result)
        r = view.result
        seen.append((r.complete, r.draws_used, view.method.text(), view.todo_empty.text()))  # type: ignore[union-attr]

    view._on_answer = answered_and_seen  # type: ignore[method-assign]
    view.set_evaluation(CRM)
    view.show()
    qtbot.waitUntil(lambda: view.result is not None and not view.running, timeout=20_000)
    assert [s[1] for s in seen] == [500, 1000, 1500, 2000]  # the last: all draws, tipping points to come
    assert not any(s[0] for s in seen)
    assert seen[0][2].startswith("Based on 500 simulations (seed 1)")
    assert seen[0][2].endswith("Refining: 500 of 2,000 so far.")
    assert seen[1][2].endswith("Refining: 1,000 of 2,000 so far.")
    assert seen[-1][3] == "Working out what to find out next…"
    assert view.result.complete and view.result.draws_used == 2000  # type: ignore[union-attr]
    assert view.method.text().startswith("Based on 2,000 simulations") and "so far" not in view.method.text()
    assert view.todo_empty.text() != "Working out what to find out next…"
