"""New, delete and samples from the Evaluation menu: each asks first and is one undoable step."""

from __future__ import annotations

from helpers import shown_titles, stored_titles

from duediligence.operations.evaluations import InsertEvaluationDocument
from duediligence.reads.evaluations import option_choices
from duediligence.storage.database import Database


def _workbook_with_options(path):
    db = Database.open(path)
    document = {"title": "Printers", "options": [{"name": "Laser"}, {"name": "Inkjet"}]}
    with db.transaction() as session:
        evaluation_id = InsertEvaluationDocument(document).apply(session).result
    db.close()
    return evaluation_id


def test_new_evaluation_is_created_and_selected(window, workbook, asked):
    asked.title = "Forklift"
    window.actions.new_evaluation.trigger()
    assert "Forklift" in stored_titles(workbook.path)
    assert window.evaluation_view.overview.title.text() == "Forklift"


def test_cancelled_new_evaluation_creates_nothing(window, workbook, asked):
    asked.title = None
    window.actions.new_evaluation.trigger()
    assert len(stored_titles(workbook.path)) == 3


def test_delete_asks_then_deletes(window, workbook, asked):
    window.evaluations.select(workbook.ids["Office chairs"])
    window.actions.delete_evaluation.trigger()
    assert "Office chairs" not in stored_titles(workbook.path)
    assert "Office chairs" not in shown_titles(window)


def test_declined_delete_keeps_the_evaluation(window, workbook, asked):
    asked.confirm_delete = False
    window.evaluations.select(workbook.ids["Office chairs"])
    window.actions.delete_evaluation.trigger()
    assert "Office chairs" in stored_titles(workbook.path)


def test_undo_brings_a_deleted_evaluation_back_with_its_options(make_window, tmp_path, asked):
    path = tmp_path / "printers.db"
    evaluation_id = _workbook_with_options(path)
    window = make_window(path)
    window.evaluations.select(evaluation_id)
    window.actions.delete_evaluation.trigger()
    assert stored_titles(path) == set()
    window.actions.undo.trigger()
    assert stored_titles(path) == {"Printers"}
    names = [o.name for o in window.context.read(option_choices, evaluation_id)]
    assert names == ["Laser", "Inkjet"]


def test_delete_message_says_what_the_evaluation_contains(make_window, tmp_path, monkeypatch):
    from ui import dialogs

    path = tmp_path / "printers.db"
    evaluation_id = _workbook_with_options(path)
    window = make_window(path)
    window.evaluations.select(evaluation_id)
    said = []
    monkeypatch.setattr(dialogs, "confirm_delete", lambda _p, title, held: said.append(held) or False)
    window.actions.delete_evaluation.trigger()
    assert said == ["2 options"]


def test_add_samples_adds_evaluations_in_one_undoable_step(window, workbook):
    window.actions.add_samples.trigger()
    assert len(stored_titles(workbook.path)) > 3
    assert window.context.undo_stack.count() == 1
    window.actions.undo.trigger()
    assert len(stored_titles(workbook.path)) == 3


def test_undoing_a_delete_selects_the_evaluation_brought_back(window, workbook, asked, qtbot):
    chairs = workbook.ids["Office chairs"]
    window.evaluations.select(chairs)
    window.actions.delete_evaluation.trigger()
    assert window.evaluations.current_id() != chairs
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: window.evaluations.current_id() == chairs)
    assert window.evaluation_view.overview.title.text() == "Office chairs"


def test_in_german_the_samples_are_added_in_german(window, workbook, qapp):
    from PySide6.QtCore import QLocale

    from ui.translations import install_translators, remove_translators

    installed = install_translators(qapp, QLocale("de_DE"))
    try:
        window.actions.add_samples.trigger()
    finally:
        remove_translators(qapp, installed)
    titles = stored_titles(workbook.path)
    assert {"CRM für Vertrieb und Kundenservice", "Neuer Laptop für Studium und Reisen"} <= titles
    assert "CRM for sales and customer service" not in titles
