"""New evaluation from a template, and Save as template, through the Evaluation menu's commands."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from duediligence.reads.documents import evaluation_document
from duediligence.storage.database import Database
from duediligence.templates.evaluations import load_templates
from ui.views.guide import commands
from ui.views.guide.new_evaluation_dialog import NewEvaluationDialog
from ui.views.guide.save_template_dialog import SaveTemplateDialog


def stored_document(path: Path, evaluation_id: int) -> dict[str, Any]:
    db = Database.open(path, create=False)
    try:
        with db.reading() as session:
            return evaluation_document(session, evaluation_id)
    finally:
        db.close()


@pytest.fixture
def consumer_electronics() -> Any:
    template = load_templates().find("consumer-electronics")
    assert template is not None
    return template


def test_choosing_consumer_electronics_creates_it_in_quick_mode_as_one_undo_step(
    window: Any, workbook: Any, consumer_electronics: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[Any] = []

    def ask(_parent: Any, templates: Any, problems: Any = ()) -> Any:
        asked.append([t.name for t in templates])
        return consumer_electronics, "New laptop", True

    monkeypatch.setattr(NewEvaluationDialog, "ask", ask)
    before = window.context.undo_stack.count()
    new_id = commands.new_evaluation(window)
    assert "Consumer electronics" in asked[0] and "Business software" in asked[0]
    assert window.evaluations.current_id() == new_id
    doc = stored_document(workbook.path, new_id)
    assert (
        doc["title"] == "New laptop" and doc["quick_mode"] is True and doc["kind"] == "consumer_electronics"
    )
    criteria = [c["name"] for g in doc["criteria_groups"] for c in g["criteria"]]
    assert len(criteria) == consumer_electronics.criteria_count()
    checklist = [r for r in doc["risks"] if r["kind"] == "checklist"]
    assert len(checklist) == len(consumer_electronics.checklist.items)
    assert window.context.undo_stack.count() == before + 1
    window.context.undo_stack.undo()
    with pytest.raises(Exception, match="evaluation"):
        stored_document(workbook.path, new_id)


def test_a_blank_evaluation_still_works_and_cancel_creates_nothing(
    window: Any, workbook: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(NewEvaluationDialog, "ask", lambda *_a: None)
    before = window.context.undo_stack.count()
    assert commands.new_evaluation(window) is None
    assert window.context.undo_stack.count() == before
    monkeypatch.setattr(NewEvaluationDialog, "ask", lambda *_a: (None, "Office chairs II", False))
    new_id = commands.new_evaluation(window)
    doc = stored_document(workbook.path, new_id)
    assert doc["title"] == "Office chairs II" and doc["options"] == [] and doc["quick_mode"] is False


def test_the_dialog_preselects_quick_mode_for_consumer_templates_and_needs_a_title(qtbot: Any) -> None:
    catalogue = load_templates()
    dialog = NewEvaluationDialog(catalogue.templates)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert dialog.template() is None and not dialog.quick.isChecked()
    assert dialog.select("Car") and dialog.quick.isChecked()
    assert "Keep my current car" in dialog.details.text()
    assert dialog.select("Business software") and not dialog.quick.isChecked()
    assert "Who to involve" in dialog.details.text()
    assert not ok.isEnabled()
    dialog.title.setText("  CRM  ")
    assert ok.isEnabled()
    assert dialog.choice() == (catalogue.find("business-software"), "CRM", False)


def test_the_dialog_names_a_broken_template_file(qtbot: Any) -> None:
    from duediligence.templates.checklists import TemplateError

    dialog = NewEvaluationDialog([], [TemplateError("mine.json", "is not valid JSON")])
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(type(dialog.details))]
    assert any("mine.json: is not valid JSON" in text for text in texts)


def test_save_as_template_writes_a_template_the_new_dialog_then_offers(
    window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import duediligence.templates.evaluations as evaluation_templates
    from ui.edits import add_samples

    monkeypatch.setattr(evaluation_templates, "user_templates_dir", lambda: tmp_path)
    add_samples(window)
    monkeypatch.setattr(SaveTemplateDialog, "ask", lambda _p, name: ("My CRM way", False))
    path = commands.save_as_template(window)
    assert path is not None and Path(path).parent == tmp_path
    offered: list[str] = []
    monkeypatch.setattr(NewEvaluationDialog, "ask", lambda _p, templates, problems=(): offered.extend(
        t.name for t in templates))  # fmt: skip
    commands.new_evaluation(window)
    assert "My CRM way" in offered
