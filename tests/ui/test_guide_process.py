"""The process panel shows what is missing for a hand-made evaluation, follows edits, and sends the user to
the tab where each item is fixed; quick mode hides the committee's tabs on a real evaluation view."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from duediligence.operations.evaluations import InsertEvaluationDocument, UpdateEvaluation
from duediligence.storage.database import Database
from ui.context import AppContext
from ui.views.evaluation_view import EvaluationView
from ui.views.guide.navigation import TAB_KEYS, show_tab
from ui.views.guide.process_panel import ProcessPanel
from ui.views.guide.quick_mode import QuickModeSwitch, apply_quick_mode

DOCUMENT = {
    "title": "Ticketing", "need": "Mail gets lost.", "goals": "", "budget": 5000,
    "options": [{"name": "Helpdesk Pro"}, {"name": "Do nothing", "kind": "do_nothing"}],
    "criteria_groups": [
        {"name": "Fit", "criteria": [{"name": "Features", "weight": 3}, {"name": "Ease", "weight": 0}]},
    ],
    "scores": [{"option": "Helpdesk Pro", "criterion": "Features", "value": 7}],
}  # fmt: skip


@pytest.fixture
def context(qtbot: Any, tmp_path: Path) -> Any:
    path = tmp_path / "p.db"
    db = Database.open(path)
    with db.transaction() as session:
        evaluation_id = InsertEvaluationDocument(DOCUMENT).apply(session).result
    db.close()
    context = AppContext()
    context.open_workbook(path)
    context.evaluation_id = evaluation_id
    yield context
    context.close_workbook()


def test_the_panel_lists_what_is_missing_and_follows_an_edit(qtbot: Any, context: Any) -> None:
    panel = ProcessPanel(context)
    qtbot.addWidget(panel)
    panel.today = lambda: date(2027, 1, 1)
    panel.show()
    panel.set_evaluation(context.evaluation_id)
    shown = panel.missing_texts()
    for text in ("Write down the goals", "1 of 2 criteria unweighted", "3 of 4 scores missing",
                 "1 score has no evidence", "No one in the buying committee yet"):  # fmt: skip
        assert text in shown
    assert "Describe the need" not in shown
    assert panel.rows[0].accessibleName() == "Define the need: In progress"
    context.submit(UpdateEvaluation(context.evaluation_id, {"goals": "Answer within a day"}), "Edit goals")
    assert "Write down the goals" not in panel.missing_texts()
    assert panel.rows[0].accessibleName() == "Define the need: Done"


def test_a_hidden_panel_catches_up_when_shown(qtbot: Any, context: Any) -> None:
    panel = ProcessPanel(context)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_evaluation(context.evaluation_id)
    panel.hide()
    context.submit(UpdateEvaluation(context.evaluation_id, {"goals": "Faster answers"}), "Edit goals")
    assert "Write down the goals" in panel.missing_texts()  # not re-read while hidden
    panel.show()
    assert "Write down the goals" not in panel.missing_texts()


def test_clicking_a_missing_item_asks_for_its_tab(qtbot: Any, context: Any) -> None:
    panel = ProcessPanel(context)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_evaluation(context.evaluation_id)
    label = next(
        label for row in panel.rows for label in row.items if "scores missing" in label.property("plainText")
    )
    with qtbot.waitSignal(panel.go_to) as signal:
        label.linkActivated.emit(label.property("tab"))
    assert signal.args == ["matrix"]


def test_quick_mode_hides_the_stakeholders_and_change_tabs(qtbot: Any, context: Any) -> None:
    view = EvaluationView(context)
    qtbot.addWidget(view)
    view.show()
    view.set_evaluation(context.evaluation_id)
    view.setCurrentWidget(view.stakeholders)

    def visible(widget: Any) -> bool:
        return view.isTabVisible(view.indexOf(widget))

    apply_quick_mode(view, True)
    assert not visible(view.stakeholders) and not visible(view.change)
    assert view.currentWidget() is not view.stakeholders
    assert all(visible(w) for w in (view.widget(0), view.comparison, view.risks, view.charts))
    apply_quick_mode(view, True, decided=True)  # the review after purchase lives on the Change tab
    assert not visible(view.stakeholders) and visible(view.change)
    apply_quick_mode(view, False)
    assert visible(view.stakeholders) and visible(view.change)


def test_the_switch_follows_the_stored_flag_and_its_undo(qtbot: Any, context: Any) -> None:
    view = EvaluationView(context)
    qtbot.addWidget(view)
    switch = QuickModeSwitch(view)
    view.set_evaluation(context.evaluation_id)
    switch.set_evaluation(context.evaluation_id)
    assert view.isTabVisible(view.indexOf(view.stakeholders))
    context.submit(UpdateEvaluation(context.evaluation_id, {"quick_mode": True}), "Quick mode")
    assert not view.isTabVisible(view.indexOf(view.stakeholders))
    context.undo_stack.undo()
    assert view.isTabVisible(view.indexOf(view.stakeholders))


def test_the_toggle_is_one_undoable_edit(qtbot: Any, context: Any) -> None:
    panel = ProcessPanel(context)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_evaluation(context.evaluation_id)
    assert "No one in the buying committee yet" in panel.missing_texts()
    panel.quick.click()
    assert panel.quick.isChecked()
    assert "No one in the buying committee yet" not in panel.missing_texts()  # the stage is skipped
    assert context.undo_stack.undoText() == "Turn quick mode on"
    context.undo_stack.undo()
    assert not panel.quick.isChecked()


def test_every_tab_key_leads_to_a_tab(qtbot: Any, context: Any) -> None:
    view = EvaluationView(context)
    qtbot.addWidget(view)
    view.show()
    comparison = view.comparison
    expected = {
        "overview": view.overview, "options": comparison.options, "matrix": comparison.matrix,
        "criteria": comparison.criteria, "risks": view.risks, "stakeholders": view.stakeholders,
        "change": view.change, "charts": view.charts,
    }  # fmt: skip
    assert set(expected) == set(TAB_KEYS)
    for key, widget in expected.items():
        assert show_tab(view, key), key
        assert view.currentWidget() is widget or view.currentWidget().isAncestorOf(widget)
        assert comparison.pages.indexOf(widget) < 0 or comparison.pages.currentWidget() is widget
    show_tab(view, "matrix")
    assert view.comparison.pages.currentWidget() is view.comparison.matrix
    apply_quick_mode(view, True)
    assert not show_tab(view, "stakeholders")
    assert not show_tab(view, "nowhere")


def test_reloading_twice_before_the_event_loop_runs_shows_one_set_of_stages(qtbot: Any, context: Any) -> None:
    panel = ProcessPanel(context)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_evaluation(context.evaluation_id)
    old = list(panel.rows)
    panel.reload()
    assert all(row.isHidden() for row in old)  # at once, not only when deleteLater gets to them

    def shown() -> int:
        return sum(type(w).__name__ == "StageRow" and w.isVisible() for w in panel.findChildren(QWidget))

    qtbot.waitUntil(lambda: shown() == len(panel.rows) == 8)


def test_the_guide_imports_nothing_heavy() -> None:
    code = (
        "import sys; import ui.views.guide.process_panel, ui.views.guide.commands, "
        "ui.views.guide.quick_mode, ui.views.guide.navigation; "
        "print(sorted(m for m in ('sqlmodel', 'sqlalchemy', 'numpy', 'matplotlib') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "[]", done.stderr
