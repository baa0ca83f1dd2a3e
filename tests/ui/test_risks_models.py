"""The checklist, risk register and per-option summary models obey Qt's model contract and show risks as a
buyer reads them: statuses in words, score and band in colour, stale answers highlighted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from risk_data import TODAY, make_workbook, stored_summary

from ui.models.checklist import STALE_COLOUR, STALE_ROLE, ChecklistFilter, ChecklistModel
from ui.models.checklist import Col as CheckCol
from ui.models.risk_register import (
    BAND_COLOURS,
    GENERAL,
    Col,
    OptionRiskModel,
    RiskFilter,
    RiskRegisterModel,
    SummaryCol,
    option_sentence,
)
from ui.numbers import typed_day


@pytest.fixture
def vendors(tmp_path):
    ids = make_workbook(tmp_path / "w.db")
    summary = stored_summary(tmp_path / "w.db", ids["vendors"])
    return summary, {o.option_id: o.name for o in summary.options}


def ids_by_name(summary):
    return {o.name: o.option_id for o in summary.options}


def test_checklist_model_and_filter_pass_the_qt_model_tester(qtmodeltester, vendors) -> None:
    summary, options = vendors
    model = ChecklistModel()
    model.set_items(summary.risks, options, summary.stale_ids)
    qtmodeltester.check(model, force_py=True)
    proxy = ChecklistFilter()
    proxy.setSourceModel(model)
    proxy.set_option(ids_by_name(summary)["Vendor B"])
    qtmodeltester.check(proxy, force_py=True)
    assert proxy.rowCount() == 1


def test_register_model_and_filter_pass_the_qt_model_tester(qtmodeltester, vendors) -> None:
    summary, options = vendors
    model = RiskRegisterModel()
    model.set_risks(summary.risks, options, summary.stale_ids)
    qtmodeltester.check(model, force_py=True)
    proxy = RiskFilter()
    proxy.setSourceModel(model)
    proxy.set_filter("open", ids_by_name(summary)["Vendor B"], None)
    qtmodeltester.check(proxy, force_py=True)
    assert proxy.rowCount() == 2


def test_summary_model_passes_the_qt_model_tester(qtmodeltester, vendors) -> None:
    model = OptionRiskModel()
    model.set_summary(vendors[0])
    qtmodeltester.check(model, force_py=True)


def test_checklist_shows_status_in_words_marks_critical_items_and_highlights_stale_ones(vendors) -> None:
    summary, options = vendors
    model = ChecklistModel()
    model.set_items(summary.risks, options, summary.stale_ids)
    a = model.index(0, CheckCol.TITLE)  # Vendor A's pentest, reviewed 2026-01-10, interval 90 days
    assert a.data() == "⚑ Pentest report"
    assert model.index(0, CheckCol.STATUS).data() == "OK"
    assert model.index(1, CheckCol.STATUS).data() == "Fails"
    assert a.data(STALE_ROLE) is True
    assert a.data(Qt.ItemDataRole.BackgroundRole).color() == STALE_COLOUR
    assert "Stale" in a.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, CheckCol.TITLE).data(STALE_ROLE) is False


def test_register_shows_score_and_band_with_the_band_colour(vendors) -> None:
    summary, options = vendors
    model = RiskRegisterModel()
    model.set_risks(summary.risks, options, summary.stale_ids)
    row = next(r for r in range(model.rowCount()) if model.risk_at(r).title == "Vendor B is loss-making")
    score = model.index(row, Col.SCORE)
    assert score.data() == "15 · High"
    assert score.data(Qt.ItemDataRole.BackgroundRole).color() == BAND_COLOURS["high"]
    assert model.index(row, Col.OPTIONS).data() == "Vendor B"
    assert model.index(row, Col.LIKELIHOOD).data(Qt.ItemDataRole.EditRole) == "3"


def test_register_filter_by_band_status_and_evaluation_wide(vendors) -> None:
    summary, options = vendors
    model = RiskRegisterModel()
    model.set_risks(summary.risks, options, summary.stale_ids)
    proxy = RiskFilter()
    proxy.setSourceModel(model)
    proxy.set_filter(None, None, "critical")
    assert [proxy.index(r, Col.TITLE).data() for r in range(proxy.rowCount())] == ["Old risk"]
    proxy.set_filter("closed", None, None)
    assert proxy.rowCount() == 1
    proxy.set_filter(None, GENERAL, None)
    assert proxy.rowCount() == 0


def test_summary_says_which_vendor_is_riskiest_and_why(vendors) -> None:
    summary, _ = vendors
    model = OptionRiskModel()
    model.set_summary(summary)
    b = next(r for r in range(model.rowCount()) if model.line_at(r).name == "Vendor B")
    assert model.index(b, SummaryCol.EXPOSURE).data() == "19"  # 15 + 4; the closed risk on C counts 0
    assert model.index(b, SummaryCol.RISKS).data() == "1 high, 1 low"
    assert model.index(b, SummaryCol.CRITICAL).data() == "1 failed"
    assert model.index(b, SummaryCol.CHECKS).data() == "1 of 1 done"
    assert option_sentence(model.line_at(b)) == (
        "Vendor B: exposure 19 (1 high, 1 low), 1 critical check failed (Pentest report), 1 of 1 checks done"
    )
    assert summary.riskiest().name == "Vendor B"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("22/11/2026", TODAY),
        ("2026-11-22", TODAY),
        ("", None),
        ("31/02/2026", "31/02/2026"),
        ("22/11/26", "22/11/26"),  # a two-digit year is never guessed (it once became 1926)
        ("soon", "soon"),
        (QDate(2026, 11, 22), TODAY),
        (QDate(), None),  # the date editor's "no date"
    ],
)
def test_typed_dates_are_read_in_the_locale_or_iso_and_anything_else_is_passed_on_to_be_refused(
    typed, expected
) -> None:
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        assert typed_day(typed) == expected
    finally:
        QLocale.setDefault(QLocale.system())
