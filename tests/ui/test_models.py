"""The item models obey Qt's model contract and show rows as a buyer reads them."""

from __future__ import annotations

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
