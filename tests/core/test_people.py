"""The people around a purchase: grid quadrants, the approvals gate, overdue actions, ADKAR readiness,
the timeline and the decision record, as pure functions and queries."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from sqlmodel import select

from duediligence.operations.evaluations import InsertEvaluationDocument, UpdateEvaluation
from duediligence.reads import people as P
from duediligence.storage.database import Database
from duediligence.storage.models import Option

TODAY = date(2026, 11, 22)

COMMITTEE = {
    "title": "CRM",
    "options": [
        {"name": "Cloud", "time_to_results_weeks": 10,
         "costs": [{"label": "Setup", "amount": 5000}, {"label": "Licences", "amount": 2000,
                                                         "recurrence": "yearly"}]},
        {"name": "Nothing", "kind": "do_nothing"},
    ],
    "ungrouped_criteria": [{"name": "Fit"}, {"name": "Price"}],
    "stakeholders": [
        {"name": "Katrin", "influence": 5, "interest": 5, "sign_off_required": True, "criteria": ["Fit"]},
        {"name": "Michael", "influence": 5, "interest": 2, "sign_off_required": True},
        {"name": "Jonas", "influence": 2, "interest": 5},
        {"name": "Aylin", "influence": 1, "interest": 1},
        {"name": "Tobias", "influence": 3, "interest": 3, "raci": {"decide": "C", "need": "R"}},
        {"name": "Ingrid"},
    ],
    "approvals": [
        {"stakeholder": "Michael", "subject": "Budget", "status": "pending"},
        {"stakeholder": "Ingrid", "subject": "Data protection", "status": "approved",
         "decided_on": "2026-11-16"},
    ],
    "change_notes": [
        {"noted_on": "2026-09-15", "category": "communication", "text": "Kick-off",
         "stakeholders": ["Jonas"]},
        {"noted_on": "2026-11-19", "category": "process_change", "text": "Spreadsheet read-only",
         "options": ["Cloud"], "stakeholders": ["Katrin", "Jonas"]},
    ],
    "actions": [
        {"title": "SLA draft", "due_date": "2026-11-13", "status": "open", "stakeholder": "Tobias"},
        {"title": "Cost comparison", "due_date": "2026-11-21", "status": "in_progress"},
        {"title": "DPA questions", "due_date": "2026-11-01", "status": "done"},
        {"title": "Due today", "due_date": "2026-11-22", "status": "open"},
        {"title": "Some day"},
    ],
    "readiness": [
        {"group_name": "Sales", "assessed_on": "2026-09-22", "awareness": 3, "desire": 2, "knowledge": 1,
         "ability": 1, "reinforcement": 1},
        {"group_name": "Sales", "assessed_on": "2026-11-12", "awareness": 5, "desire": 4, "knowledge": 3,
         "ability": 2, "reinforcement": 1},
        {"group_name": "Service", "assessed_on": "2026-11-12", "awareness": 4, "desire": 4, "knowledge": 4,
         "ability": 4, "reinforcement": 4},
    ],
}  # fmt: skip


def insert(db: Database, doc: dict[str, Any]) -> int:
    with db.transaction() as session:
        return int(InsertEvaluationDocument(doc).apply(session).result)


def read(db: Database, query: Any, *args: Any) -> Any:
    with db.reading() as session:
        return query(session, *args)


@pytest.mark.parametrize(
    ("influence", "interest", "expected"),
    [
        (5, 5, P.Quadrant.MANAGE_CLOSELY),
        (3, 3, P.Quadrant.MANAGE_CLOSELY),
        (3, 2, P.Quadrant.KEEP_SATISFIED),
        (2, 3, P.Quadrant.KEEP_INFORMED),
        (2, 2, P.Quadrant.MONITOR),
        (1, 5, P.Quadrant.KEEP_INFORMED),
    ],
)
def test_three_or_more_counts_as_high_on_the_grid(
    influence: int, interest: int, expected: P.Quadrant
) -> None:
    assert P.quadrant(influence, interest) == expected


@pytest.mark.parametrize(("value", "snapped"), [(0.2, 1), (1.49, 1), (1.5, 2), (3.7, 4), (9.0, 5), (-3, 1)])
def test_a_dragged_position_snaps_to_a_whole_step_within_one_to_five(value: float, snapped: int) -> None:
    assert P.snap(value) == snapped


def test_grid_places_everyone_with_influence_and_interest_and_lists_the_rest(db: Database) -> None:
    grid = read(db, P.power_interest_grid, insert(db, COMMITTEE))
    placed = {p.name: p.quadrant for p in grid.points}
    assert placed == {
        "Katrin": P.Quadrant.MANAGE_CLOSELY,
        "Michael": P.Quadrant.KEEP_SATISFIED,
        "Jonas": P.Quadrant.KEEP_INFORMED,
        "Aylin": P.Quadrant.MONITOR,
        "Tobias": P.Quadrant.MANAGE_CLOSELY,
    }
    assert [p.name for p in grid.unplaced] == ["Ingrid"]
    assert [p.name for p in grid.in_quadrant(P.Quadrant.MONITOR)] == ["Aylin"]


def test_stakeholder_rows_carry_criteria_and_raci_in_process_order(db: Database) -> None:
    eid = insert(db, COMMITTEE)
    rows = {r.name: r for r in read(db, P.list_stakeholders, eid)}
    fit = next(c.id for c in read(db, P.criterion_choices, eid) if c.name == "Fit")
    assert rows["Katrin"].criterion_ids == (fit,)
    assert rows["Tobias"].raci == (("need", "R"), ("decide", "C"))
    assert rows["Tobias"].raci_letter("decide") == "C" and rows["Tobias"].raci_letter("review") is None


def test_pending_and_rejected_approvals_are_missing_approved_ones_are_not(db: Database) -> None:
    eid = insert(db, COMMITTEE)
    check = read(db, P.decision_check, eid)
    assert [a.subject for a in check.missing] == ["Budget"]
    assert not check.ok
    assert "Budget (Michael: pending)" in check.sentence()
    budget, data = read(db, P.list_approvals, eid)
    assert P.missing_approvals([replace(budget, status="rejected"), data]) == (
        replace(budget, status="rejected"),
    )
    assert P.missing_approvals([replace(budget, status="approved"), data]) == ()


def test_people_who_must_sign_off_without_an_approval_are_named(db: Database) -> None:
    check = read(db, P.decision_check, insert(db, COMMITTEE))
    assert check.sign_offs_without_approval == ("Katrin",)


def test_all_approved_passes_the_gate(db: Database) -> None:
    doc = {**COMMITTEE, "approvals": [{"subject": "Budget", "status": "approved"}]}
    assert read(db, P.decision_check, insert(db, doc)).ok


@pytest.mark.parametrize(
    ("due", "status", "overdue"),
    [
        (date(2026, 11, 21), "open", True),
        (date(2026, 11, 21), "in_progress", True),
        (date(2026, 11, 21), "done", False),
        (date(2026, 11, 21), "cancelled", False),
        (TODAY, "open", False),
        (None, "open", False),
    ],
)
def test_an_action_is_overdue_when_due_before_today_and_still_open(
    due: date | None, status: str, overdue: bool
) -> None:
    assert P.is_overdue(due, status, TODAY) is overdue


def test_actions_come_by_due_date_with_overdue_days(db: Database) -> None:
    actions = read(db, P.list_actions, insert(db, COMMITTEE), TODAY)
    assert [a.title for a in actions] == [
        "DPA questions",
        "SLA draft",
        "Cost comparison",
        "Due today",
        "Some day",
    ]
    late = P.overdue_actions(actions)
    assert [(a.title, a.days_overdue, a.stakeholder) for a in late] == [
        ("SLA draft", 9, "Tobias"),
        ("Cost comparison", 1, None),
    ]


def test_the_timeline_is_newest_first_with_its_links(db: Database) -> None:
    notes = read(db, P.timeline, insert(db, COMMITTEE))
    assert [n.text for n in notes] == ["Spreadsheet read-only", "Kick-off"]
    assert (notes[0].stakeholders, notes[0].options) == (("Katrin", "Jonas"), ("Cloud",))


@pytest.mark.parametrize(
    ("scores", "barrier"),
    [
        ((5, 4, 3, 2, 1), "knowledge"),
        ((2, 5, 5, 5, 5), "awareness"),
        ((4, 4, 4, 4, 4), None),
        ((None, 5, 2, None, None), "knowledge"),
        ((None, None, None, None, None), None),
    ],
)
def test_the_barrier_point_is_the_first_element_at_three_or_below(
    scores: tuple[int | None, ...], barrier: str | None
) -> None:
    assert P.barrier_point(scores) == barrier


def test_readiness_shows_the_latest_assessment_per_group_and_its_history(db: Database) -> None:
    groups = read(db, P.readiness_by_group, insert(db, COMMITTEE))
    sales, service = groups
    assert (sales.group_name, sales.latest.assessed_on, len(sales.history)) == (
        "Sales",
        date(2026, 11, 12),
        2,
    )
    assert sales.barrier == "knowledge"
    assert sales.history[0].barrier == "awareness"
    assert service.barrier is None


def test_adoption_readiness_is_the_mean_over_groups_of_their_latest_means(db: Database) -> None:
    rows = read(db, P.list_readiness, insert(db, COMMITTEE))
    # Sales latest: (5+4+3+2+1)/5 = 3; Service: 4; the older Sales assessment does not count.
    assert P.adoption_readiness(rows) == pytest.approx(3.5)
    assert P.adoption_readiness([]) is None


@pytest.mark.parametrize(("readiness", "score"), [(1, 0), (3, 5), (5, 10), (3.5, 6.25), (None, None)])
def test_readiness_maps_to_a_zero_to_ten_criterion_value(
    readiness: float | None, score: float | None
) -> None:
    assert P.readiness_score(readiness) == score


def test_doing_nothing_needs_no_change_so_it_scores_full_adoption() -> None:
    assert P.adoption_score(2.0, "do_nothing") == 10
    assert P.adoption_score(2.0, "vendor_product") == 2.5
    assert P.adoption_score(None, "do_nothing") is None


def test_the_decision_record_compares_the_review_with_the_ranking_expectations(db: Database) -> None:
    doc = {
        **COMMITTEE,
        "review": {"actual_cost": 18000, "actual_time_to_results_weeks": 14, "satisfaction": 4},
    }
    eid = insert(db, doc)
    cloud = read(db, P.decision_record, eid)
    assert cloud.chosen_option is None and cloud.expected_cost is None and cloud.cost_variance is None
    with db.transaction() as session:
        cloud_id = session.exec(select(Option.id).where(Option.name == "Cloud")).one()
        UpdateEvaluation(eid, {"chosen_option_id": cloud_id, "decided_on": "2026-12-01"}).apply(session)
    record = read(db, P.decision_record, eid)
    # TCO over the default 5-year horizon: 5000 once + 5 × 2000 yearly.
    assert (record.chosen_option, record.expected_cost, record.expected_weeks) == ("Cloud", 15000, 10)
    assert (record.cost_variance, record.weeks_variance) == (3000, 4)
    assert record.cost_variance_share == pytest.approx(0.2)
    assert record.review_due == date(2027, 5, 30)  # 180 days after the decision
