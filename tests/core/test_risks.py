"""Risk maths: scores and bands, which score counts, exposure per option (sum and max), the risk-adjusted
score, checklist progress, staleness and heat-map cells; and the summary of the CRM sample."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from duediligence.decision.adjusted import apply_risk_adjustment, risk_adjusted_scores
from duediligence.decision.risks import (
    RiskRow,
    band,
    checklist_progress,
    counted_score,
    exposure,
    heat_map,
    is_stale,
    option_risk_json,
    risk_factor,
    summarise,
)
from duediligence.operations.evaluations import InsertEvaluationDocument
from duediligence.reads.ranking import evaluation_ranking
from duediligence.reads.risks import risk_summary
from duediligence.storage.database import Database
from duediligence.templates.samples import add_samples

TODAY = date(2026, 11, 22)


def risk(id: int = 1, **values) -> RiskRow:
    base = dict(
        id=id, kind="risk", option_id=None, option_ids=(), raised_from_id=None, position=0, category="",
        title=f"R{id}", description="", critical=False, status="open", likelihood=None, impact=None,
        treatment=None, residual_likelihood=None, residual_impact=None, mitigation="", owner="",
        due_date=None, note="", evidence_source="", evidence_date=None, checked_by="", reviewed_on=None,
    )  # fmt: skip
    return RiskRow(**(base | values))


def check(id: int, option: int, status: str = "not_checked", category: str = "Security", **values) -> RiskRow:
    where = {"option_id": option, "option_ids": (option,)}
    return risk(id, kind="checklist", status=status, category=category, **where, **values)


@pytest.mark.parametrize(
    ("score", "expected"),
    [(None, None), (1, "low"), (4, "low"), (5, "medium"), (9, "medium"), (10, "high"), (15, "high"),
     (16, "critical"), (25, "critical")],
)  # fmt: skip
def test_bands_are_low_1_to_4_medium_5_to_9_high_10_to_15_critical_16_to_25(score, expected) -> None:
    assert band(score) == expected


def test_an_open_risk_counts_its_inherent_score_even_with_residual_values() -> None:
    assert counted_score(risk(likelihood=4, impact=4, residual_likelihood=1, residual_impact=2)) == 16


@pytest.mark.parametrize("status", ["mitigated", "accepted"])
def test_a_treated_risk_counts_its_residual_score_when_given(status) -> None:
    treated = risk(status=status, likelihood=4, impact=4, residual_likelihood=1, residual_impact=2)
    assert counted_score(treated) == 2
    assert counted_score(replace(treated, residual_impact=None)) == 16


def test_closed_unscored_and_checklist_rows_count_nothing() -> None:
    assert counted_score(risk(status="closed", likelihood=5, impact=5)) is None
    assert counted_score(risk(likelihood=5)) is None
    assert counted_score(check(1, 1, "fails", likelihood=5, impact=5)) is None


def test_exposure_is_the_sum_or_the_worst() -> None:
    assert exposure([12, 6, 4], "sum") == 22
    assert exposure([12, 6, 4], "max") == 12
    assert exposure([], "max") == 0


def test_risk_factor_halves_at_25_and_leaves_a_riskless_option_alone() -> None:
    assert risk_factor(0) == 1.0
    assert risk_factor(25) == 0.5
    assert risk_factor(75) == 0.25


def test_checklist_progress_counts_not_applicable_as_done_per_option_and_category() -> None:
    items = [
        check(1, 1, "ok"), check(2, 1, "not_applicable"), check(3, 1, "not_checked"),
        check(4, 1, "fails", category="Legal"), check(5, 1, "concern", category="Legal"),
    ]  # fmt: skip
    total, categories = checklist_progress(items)
    assert (total.done, total.total, total.share) == (4, 5, 0.8)
    assert [(c.category, c.done, c.total) for c in categories] == [("Security", 2, 3), ("Legal", 2, 2)]


def test_stale_means_reviewed_longer_ago_than_the_review_interval() -> None:
    assert is_stale(risk(reviewed_on=date(2026, 5, 1)), TODAY, 180)
    assert not is_stale(risk(reviewed_on=date(2026, 6, 1)), TODAY, 180)
    assert not is_stale(risk(), TODAY, 180)  # never dated
    assert not is_stale(risk(status="closed", reviewed_on=date(2020, 1, 1)), TODAY, 180)
    # A checklist answer falls back to its evidence date; an unchecked item is not stale, just not done.
    assert is_stale(check(1, 1, "ok", evidence_date=date(2025, 1, 1)), TODAY, 180)
    assert not is_stale(check(1, 1, "not_checked", evidence_date=date(2025, 1, 1)), TODAY, 180)


def test_heat_map_counts_risks_per_cell_inherent_and_residual_per_option_or_overall() -> None:
    rows = [
        risk(1, likelihood=4, impact=4, residual_likelihood=2, residual_impact=3, option_ids=(10,)),
        risk(2, likelihood=4, impact=4, option_ids=(20,)),
        risk(3, likelihood=1, impact=2),
        risk(4, status="closed", likelihood=5, impact=5),
        risk(5),
    ]
    overall = heat_map(rows)
    assert overall.cells[(4, 4)] == (1, 2) and overall.count(1, 2) == 1 and overall.count(5, 5) == 0
    assert overall.unscored == (5,)
    residual = heat_map(rows, residual=True)
    assert residual.count(2, 3) == 1 and residual.count(4, 4) == 1  # risk 2 has no residual: stays put
    assert heat_map(rows, option_id=10).cells == {(4, 4): (1,)}
    assert sum(map(sum, overall.grid())) == 3


def test_the_summary_adds_up_exposure_failures_and_staleness_per_option() -> None:
    rows = [
        risk(1, likelihood=3, impact=4, option_ids=(1,)),  # 12, high
        risk(2, likelihood=2, impact=3, option_ids=(1, 2)),  # 6, medium, concerns both
        risk(3, likelihood=5, impact=5),  # evaluation-wide: no option's exposure
        check(4, 1, "fails", critical=True, title="DPA"),
        check(5, 1, "ok", reviewed_on=date(2025, 1, 1)),
        check(6, 2, "not_checked", critical=True),
    ]
    summary = summarise([(1, "A", False), (2, "B", False)], rows, today=TODAY)
    a, b = summary.options
    assert (a.exposure, a.worst_band, a.band_counts) == (18, "high", {"high": 1, "medium": 1})
    assert (a.critical_failures, a.checklist.done, a.checklist.total, a.stale) == (("DPA",), 2, 2, 1)
    assert (b.exposure, b.critical_unchecked, b.checklist_done) == (6, 1, 0.0)
    assert (summary.general_exposure, summary.general_risks) == (25, 1)
    assert summary.riskiest() is a
    worst = summarise([(1, "A", False), (2, "B", False)], rows, today=TODAY, mode="max")
    assert [o.exposure for o in worst.options] == [12, 6]


@pytest.fixture
def crm(db: Database) -> int:
    with db.transaction() as session:
        return add_samples().apply(session).result[0]


def test_the_crm_sample_shows_which_vendor_is_riskiest_and_why(db: Database, crm: int) -> None:
    with db.reading() as session:
        summary = risk_summary(session, crm, TODAY)
    by_name = {o.name: o for o in summary.options}
    northwind = by_name["Northwind CRM Cloud"]
    # ERP connector 3×4 = 12 (open, inherent) + price increase mitigated to residual 1×3 = 3.
    assert (northwind.exposure, northwind.worst_band, northwind.checklist.total) == (15, "high", 7)
    assert by_name["Brightpath Sales Suite"].critical_failures == ("DPA, sub-processor list and EU hosting",)
    assert summary.riskiest() is northwind


def test_risk_adjusted_scores_rerank_by_score_times_factor(db: Database, crm: int) -> None:
    with db.reading() as session:
        summary = risk_summary(session, crm, TODAY)
        ranking = evaluation_ranking(session, crm)
    adjusted = risk_adjusted_scores(ranking, summary)
    for option in ranking.options:
        line = summary.option(option.id)
        assert adjusted[option.id].factor == pytest.approx(25 / (25 + line.exposure))
        if option.score is not None:
            assert adjusted[option.id].adjusted == pytest.approx(option.score * adjusted[option.id].factor)
    ranked = [a for a in adjusted.values() if a.rank is not None]
    best = min(ranked, key=lambda a: a.rank)
    assert best.adjusted == max(a.adjusted for a in ranked)
    replaced = apply_risk_adjustment(ranking, summary)
    assert [o.rank for o in replaced.options] == [adjusted[o.id].rank for o in ranking.options]


def test_option_risk_json_has_exposure_and_checklist_share(db: Database, crm: int) -> None:
    with db.reading() as session:
        summary = risk_summary(session, crm, TODAY)
    keys = option_risk_json(summary)
    northwind = summary.options[0]
    assert keys[northwind.option_id]["risk_exposure"] == 15
    assert keys[northwind.option_id]["checklist_done"] == round(5 / 7, 4)
    assert keys[summary.options[3].option_id]["checklist_done"] is None  # no checklist yet


def test_risks_linked_through_the_link_table_count_for_each_option(db: Database) -> None:
    doc = {
        "title": "Links",
        "options": [{"name": "A"}, {"name": "B"}],
        "risks": [{"title": "Shared", "likelihood": 2, "impact": 5, "options": ["A", "B"]}],
    }
    with db.transaction() as session:
        eid = InsertEvaluationDocument(doc).apply(session).result
    with db.reading() as session:
        summary = risk_summary(session, eid, TODAY)
    assert [(o.exposure, o.worst_band) for o in summary.options] == [(10, "high"), (10, "high")]
