"""The item models obey Qt's model contract and show rows as a buyer reads them."""

from __future__ import annotations

from typing import Any

from duediligence.reads.evaluations import list_evaluations
from duediligence.storage.database import Database
from ui.models.evaluations import Col, EvaluationFilter, EvaluationsModel


def _summaries(workbook):
    db = Database.open(workbook.path)
    try:
        with db.reading() as session:
            return list_evaluations(session)
    finally:
        db.close()


def test_evaluations_model_passes_the_qt_model_tester(qtmodeltester, workbook):
    model = EvaluationsModel()
    model.set_rows(_summaries(workbook))
    qtmodeltester.check(model, force_py=True)


def test_evaluations_filter_passes_the_qt_model_tester(qtmodeltester, workbook):
    model = EvaluationsModel()
    model.set_rows(_summaries(workbook))
    proxy = EvaluationFilter()
    proxy.setSourceModel(model)
    proxy.set_filter("o", None, True)
    qtmodeltester.check(proxy, force_py=True)


def test_evaluations_model_shows_status_in_words(workbook):
    model = EvaluationsModel()
    model.set_rows(_summaries(workbook))
    row = model.row_of(workbook.ids["CRM for sales"])
    assert model.index(row, Col.STATUS).data() == "Evaluating"


def _listed(titles_status_updated: list[tuple[str, str, int]]) -> list[Any]:
    from datetime import UTC, datetime

    from duediligence.reads.listing import EvaluationSummary

    return [
        EvaluationSummary(
            i + 1, title, "software", status, False, None, None, "EUR", datetime(2026, 1, day, tzinfo=UTC), 2
        )
        for i, (title, status, day) in enumerate(titles_status_updated)
    ]


def _titles(proxy: Any) -> list[str]:
    return [proxy.index(r, Col.TITLE).data() for r in range(proxy.rowCount())]


def test_the_list_sorts_by_the_chosen_column_with_equal_keys_in_the_order_given() -> None:
    from PySide6.QtCore import Qt

    model = EvaluationsModel()
    proxy = EvaluationFilter()
    proxy.setSourceModel(model)
    proxy.set_filter("", None, True)
    proxy.sort(Col.UPDATED, Qt.SortOrder.DescendingOrder)
    # given newest first, as the list query reads them (two updated on the same day)
    model.set_rows(
        _listed([("b", "defining", 5), ("a", "decided", 4), ("c", "defining", 4), ("d", "defining", 1)])
    )
    assert _titles(proxy) == ["b", "a", "c", "d"]
    proxy.sort(Col.TITLE, Qt.SortOrder.AscendingOrder)
    assert _titles(proxy) == ["a", "b", "c", "d"]
    proxy.sort(Col.STATUS, Qt.SortOrder.AscendingOrder)  # defining before decided; those defining as given
    assert _titles(proxy) == ["b", "c", "d", "a"]
    proxy.sort(Col.STATUS, Qt.SortOrder.DescendingOrder)  # those defining still as given
    assert _titles(proxy) == ["a", "b", "c", "d"]


def test_a_row_whose_key_changes_moves_to_its_place_and_stays_selected() -> None:
    import dataclasses
    from datetime import UTC, datetime

    from PySide6.QtCore import QItemSelectionModel, Qt

    model = EvaluationsModel()
    proxy = EvaluationFilter()
    proxy.setSourceModel(model)
    proxy.set_filter("", None, True)
    proxy.sort(Col.UPDATED, Qt.SortOrder.DescendingOrder)
    rows = _listed([("b", "defining", 5), ("a", "defining", 4), ("c", "defining", 3)])
    model.set_rows(rows)
    selection = QItemSelectionModel(proxy)
    selection.setCurrentIndex(proxy.index(2, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert model.update_rows([dataclasses.replace(rows[2], updated_at=datetime(2026, 1, 9, tzinfo=UTC))])
    assert _titles(proxy) == ["c", "b", "a"]
    assert selection.currentIndex().row() == 0 and selection.currentIndex().data() == "c"
