"""Find (Ctrl+F): typing lists every place the text occurs; choosing one shows its evaluation and tab."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from duediligence.operations.documents import insert_document
from duediligence.storage.database import Database
from ui.views.search.dialog import open_search, show_hit
from ui.views.search.model import HitsModel

CRM = {
    "title": "CRM for sales",
    "options": [{"name": "Northwind CRM", "vendor": "Northwind Software GmbH"}, {"name": "Build it"}],
    "risks": [{"title": "Vendor lock-in", "kind": "risk"}],
}


@pytest.fixture
def searchable(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    path = tmp_path / "w.db"
    db = Database.open(path)
    with db.transaction() as session:
        ids = {
            "crm": insert_document(session, dict(CRM)),
            "chairs": insert_document(session, {"title": "Office chairs", "archived": True}),
        }
    db.close()
    return path, ids


def test_an_option_found_by_its_vendor_selects_its_evaluation_and_option(
    make_window: Any, searchable: tuple[Path, dict[str, int]], qtmodeltester: Any
) -> None:
    path, ids = searchable
    window = make_window(path)
    window.evaluations.select(None)
    dialog = open_search(window)
    dialog.field.setText("software gmbh")
    hits = dialog.run()
    assert [(h.kind, h.label) for h in hits] == [("option", "Northwind CRM")]
    assert dialog.model.index(0, HitsModel.WHERE).data() == "Option “Northwind CRM” · vendor"
    qtmodeltester.check(dialog.model)
    dialog.choose_current()
    assert window.evaluations.current_id() == ids["crm"]
    view = window.evaluation_view
    assert view.currentWidget().isAncestorOf(view.comparison) or view.currentWidget() is view.comparison
    assert view.comparison.pages.currentWidget() is view.comparison.options
    assert view.comparison.options.current_option_id() == hits[0].option_id
    assert not dialog.isVisible()


def test_an_archived_evaluation_is_found_and_shown_despite_the_list_filter(
    make_window: Any, searchable: tuple[Path, dict[str, int]]
) -> None:
    path, ids = searchable
    window = make_window(path)
    assert not window.evaluations.show_archived.isChecked()
    dialog = open_search(window)
    dialog.field.setText("chairs")
    (hit,) = dialog.run()
    assert hit.archived and "(archived)" in dialog.model.index(0, HitsModel.EVALUATION).data()
    assert show_hit(window, hit)
    assert window.evaluations.current_id() == ids["chairs"]
    view = window.evaluation_view
    assert view.currentWidget() is view.overview or view.currentWidget().isAncestorOf(view.overview)


def test_typing_searches_after_a_pause_and_nothing_found_says_so(
    make_window: Any, searchable: tuple[Path, dict[str, int]], qtbot: Any
) -> None:
    window = make_window(searchable[0])
    dialog = open_search(window)
    qtbot.keyClicks(dialog.field, "lock-in")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.model.hit_at(0).kind == "risk"
    dialog.field.setText("zzz-nothing")
    dialog.run()
    assert dialog.model.rowCount() == 0 and "Nothing found" in dialog.status.text()
    assert open_search(window) is dialog  # one Find window per main window
