"""Two app instances on one file: each sees the other's edits when it comes back to the front."""

from __future__ import annotations

from typing import Any

from duediligence.operations.evaluations import UpdateEvaluation
from ui.context import AppContext


def test_edits_by_another_instance_are_picked_up_on_focus(window: Any, workbook: Any, qtbot: Any) -> None:
    other = AppContext()
    other.open_workbook(workbook.path)
    other.submit(UpdateEvaluation(workbook.ids["CRM for sales"], {"title": "CRM, edited elsewhere"}), "Edit")
    other.close_workbook()
    assert window.context.refresh_if_changed_elsewhere()
    model = window.evaluations.proxy
    titles = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert "CRM, edited elsewhere" in titles


def test_own_edits_do_not_count_as_changes_from_elsewhere(window: Any, workbook: Any) -> None:
    window.context.submit(UpdateEvaluation(workbook.ids["CRM for sales"], {"title": "Mine"}), "Edit")
    assert not window.context.refresh_if_changed_elsewhere()


def test_an_edit_on_top_of_unseen_changes_is_refused_and_the_view_refreshed(
    window: Any, workbook: Any
) -> None:
    import pytest
    from helpers import stored

    from duediligence.storage.concurrency import ConcurrentEditError

    other = AppContext()
    other.open_workbook(workbook.path)
    crm = workbook.ids["CRM for sales"]
    other.submit(UpdateEvaluation(crm, {"budget": 1}), "Edit budget")
    other.close_workbook()
    with pytest.raises(ConcurrentEditError):
        window.context.submit(UpdateEvaluation(crm, {"budget": 2}), "Edit budget")
    window.context.submit(UpdateEvaluation(crm, {"title": "Both"}), "Edit title")  # now up to date
    row = stored(workbook.path, crm)
    assert (row.title, row.budget) == ("Both", 1)


def test_coming_back_to_the_front_says_the_view_was_updated(window: Any, workbook: Any, qtbot: Any) -> None:
    from PySide6.QtCore import QEvent

    other = AppContext()
    other.open_workbook(workbook.path)
    other.submit(UpdateEvaluation(workbook.ids["CRM for sales"], {"budget": 5}), "Edit")
    other.close_workbook()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.changeEvent(QEvent(QEvent.Type.ActivationChange))
    assert window.statusBar().currentMessage() == "Updated with changes saved by another window"


def test_the_overview_reports_an_edit_refused_for_a_colleagues_change(
    window: Any, workbook: Any, asked
) -> None:
    other = AppContext()
    other.open_workbook(workbook.path)
    crm = workbook.ids["CRM for sales"]
    other.submit(UpdateEvaluation(crm, {"budget": 1}), "Edit budget")
    other.close_workbook()
    window.evaluations.select(crm)
    overview = window.evaluation_view.overview
    overview.title.setText("Mine")
    overview.title.editingFinished.emit()
    assert "changed the same values meanwhile" in asked.warnings[-1][1]
