"""Opening an evaluation reads its matrix once, whatever the number of views that show it, and what is
not on screen (the buying process on the Overview) waits until it is shown."""

from __future__ import annotations

from typing import Any

import pytest

import duediligence.reads.matrix
import duediligence.reads.process
from duediligence.storage.database import Database
from duediligence.templates.samples import add_samples
from ui.views.guide.navigation import Place, show_place, show_tab


@pytest.fixture
def samples_window(make_window: Any, tmp_path: Any) -> Any:
    path = tmp_path / "samples.db"
    db = Database.open(path)
    with db.transaction() as session:
        ids = add_samples().apply(session).result
    db.close()
    window = make_window(path)
    window.evaluations.select(ids[0])
    window.show_evaluation(ids[0])
    window.sample_ids = ids
    return window


def test_opening_an_evaluation_on_the_comparison_reads_its_matrix_once(
    samples_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = samples_window
    show_tab(window.evaluation_view, "matrix")
    reads: list[int] = []
    for module, name in (
        (duediligence.reads.matrix, "load_matrix"),
        (duediligence.reads.matrix, "load_matrix_quickly"),
        (duediligence.reads.process, "load_matrix"),
    ):
        original = getattr(module, name)
        monkeypatch.setattr(
            module, name, lambda s, e, original=original: (reads.append(e), original(s, e))[1]
        )
    laptop = window.sample_ids[1]
    window.evaluations.select(laptop)
    assert window.evaluation_view.comparison.matrix.model.matrix.evaluation_id == laptop
    assert reads == [laptop]


def test_the_buying_process_is_read_when_the_overview_is_shown_not_before(samples_window: Any) -> None:
    window = samples_window
    view = window.evaluation_view
    show_tab(view, "matrix")
    laptop = window.sample_ids[1]
    window.evaluations.select(laptop)
    assert view.process.status is None or view.process.status.evaluation_id != laptop
    show_tab(view, "overview")
    assert view.process.status is not None and view.process.status.evaluation_id == laptop


def test_the_tabs_not_shown_read_nothing_when_an_evaluation_opens_and_catch_up_when_shown(
    samples_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from duediligence.reads import people, questionnaires

    window = samples_window
    view = window.evaluation_view
    show_tab(view, "matrix")
    crm, laptop = window.sample_ids[:2]  # the CRM is a team's evaluation: every tab is there
    window.evaluations.select(laptop)
    asked: list[str] = []
    for owner, name in (
        (people, "list_stakeholders"), (people, "decision_record"),
        (questionnaires, "questionnaire_overview"),
        (view.risks.register, "show_summary"),  # the risk summary itself is read for the ranking too
    ):  # fmt: skip
        original = getattr(owner, name)
        monkeypatch.setattr(
            owner, name, lambda *a, name=name, original=original: (asked.append(name), original(*a))[1]
        )
    window.evaluations.select(crm)
    assert asked == []
    for key, wanted in (("risks", "show_summary"), ("stakeholders", "list_stakeholders"),
                        ("change", "decision_record")):  # fmt: skip
        assert show_tab(view, key)
        assert wanted in asked
    assert show_place(view, Place("questionnaires"))
    assert "questionnaire_overview" in asked
    stored = window.context.read(people.list_stakeholders, crm)
    assert [row.name for row in view.stakeholders.model.rows()] == [p.name for p in stored]
