"""The item models obey Qt's model contract and show rows as a buyer reads them."""

from __future__ import annotations

from duediligence.database import Database
from duediligence.queries import list_evaluations
from ui.models.evaluations import Col, EvaluationFilter, EvaluationsModel
from ui.models.rows import Column, RowsModel


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


def test_rows_model_passes_the_qt_model_tester(qtmodeltester):
    model = RowsModel([Column("name", "Name"), Column("excluded", "Excluded"), Column("impact", "Impact")])
    model.set_rows([{"name": "A", "excluded": False, "impact": 3}, {"name": "B", "excluded": True}])
    qtmodeltester.check(model, force_py=True)


def test_rows_model_shows_flags_as_words_and_missing_values_as_blank():
    model = RowsModel([Column("excluded", "Excluded"), Column("impact", "Impact")])
    model.set_rows([{"excluded": True, "impact": None}])
    assert model.index(0, 0).data() == "Yes"
    assert model.index(0, 1).data() == ""
