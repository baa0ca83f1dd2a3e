"""The guided buying process: each stage's state, and each missing-item sentence appearing exactly when
it should (hand-made evaluations, one reason to fail per test)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from duediligence.operations.evaluations import InsertEvaluationDocument
from duediligence.reads.process import ProcessStatus, StageState, process_status
from duediligence.storage.database import Database

TODAY = date(2027, 3, 1)
COMPLETE: dict[str, Any] = {
    "title": "Ticketing system",
    "need": "Support mail gets lost.",
    "goals": "Answer within a day.",
    "budget": 9000,
    "options": [
        {"name": "Helpdesk Pro", "costs": [{"label": "Licence", "amount": 100}], "time_to_results_weeks": 3},
        {"name": "Do nothing", "kind": "do_nothing", "costs": [{"label": "Lost time", "amount": 50}],
         "time_to_results_weeks": 0},
    ],
    "criteria_groups": [
        {"name": "Fit", "criteria": [{"name": "Features", "weight": 3}, {"name": "Ease", "weight": 1}]},
        {"name": "Cost", "criteria": [
            {"name": "TCO", "weight": 2, "scale": "measured", "value_source": "tco"},
        ]},
    ],
    "scores": [
        {"option": o, "criterion": c, "value": 5, "evidence": "demo"}
        for o in ("Helpdesk Pro", "Do nothing") for c in ("Features", "Ease")
    ],
    "risks": [
        {"kind": "checklist", "option": "Helpdesk Pro", "category": "Security", "title": "DPA signed",
         "status": "ok", "reviewed_on": "2027-02-01"},
        {"kind": "risk", "title": "Adoption", "likelihood": 2, "impact": 3, "reviewed_on": "2027-02-01"},
    ],
    "stakeholders": [{"name": "Ana", "buying_role": "decision_maker"}],
    "approvals": [{"subject": "Budget", "stakeholder": "Ana", "status": "approved"}],
    "chosen_option": "Helpdesk Pro",
    "rationale": "Fits best.",
    "status": "decided",
    "decided_on": "2027-02-20",
    "review_after_days": 30,
}  # fmt: skip


def status(db: Database, **changes: Any) -> ProcessStatus:
    document = {**COMPLETE, **changes}
    with db.transaction() as session:
        evaluation_id = InsertEvaluationDocument(document).apply(session).result
    with db.reading() as session:
        return process_status(session, evaluation_id, TODAY)


def codes(result: ProcessStatus) -> list[str]:
    return [m.code for s in result.stages for m in s.missing]


def test_a_complete_decided_evaluation_has_only_its_review_date_left(db: Database) -> None:
    result = status(db)
    assert result.texts() == ["review due in 21 days"]
    assert [s.state for s in result.stages[:-1]] == [StageState.DONE] * 7
    assert result.current is not None and result.current.stage == "review"


def test_a_blank_evaluation_has_nothing_started_and_says_what_comes_first(db: Database) -> None:
    with db.transaction() as session:
        evaluation_id = InsertEvaluationDocument({"title": "Blank"}).apply(session).result
    with db.reading() as session:
        result = process_status(session, evaluation_id, TODAY)
    assert {s.state for s in result.stages} == {StageState.NOT_STARTED}
    assert result.current is not None and result.current.stage == "need"
    assert "no options yet" in result.texts() and "no criteria yet" in result.texts()


@pytest.mark.parametrize(
    ("changes", "sentence"),
    [
        ({"need": ""}, "the need is not described"),
        ({"goals": " "}, "no goals written down"),
        ({"budget": None}, "no budget set"),
        ({"options": COMPLETE["options"][:1], "scores": COMPLETE["scores"][:2], "chosen_option": None},
         "only one option to compare"),
        ({"options": [{**COMPLETE["options"][0], "kind": "build"}, COMPLETE["options"][1]]},
         "no product or vendor among the options yet"),
        ({"criteria_groups": [*COMPLETE["criteria_groups"], {"name": "Time", "criteria": [
            {"name": "Weeks", "scale": "measured", "value_source": "time_to_results"}]}],
          "options": [COMPLETE["options"][0], {**COMPLETE["options"][1], "time_to_results_weeks": None}]},
         "1 option has no time to results"),
        ({"options": [{**COMPLETE["options"][1], "kind": "vendor_product"}, COMPLETE["options"][0]]},
         "no do-nothing or build option considered"),
        ({"criteria_groups": [{"name": "Fit", "criteria": [{"name": "Features", "weight": 0},
                                                           {"name": "Ease", "weight": 1}]}]},
         "1 of 2 criteria unweighted"),
        ({"scores": COMPLETE["scores"][:3]}, "1 of 4 scores missing"),
        ({"scores": [{**s, "evidence": ""} for s in COMPLETE["scores"]]}, "4 scores have no evidence"),
        ({"options": [{k: v for k, v in o.items() if k != "costs"} for o in COMPLETE["options"]]},
         "2 options have no costs (a criterion is read from them)"),
        ({"risks": [{**COMPLETE["risks"][0], "status": "not_checked"}, COMPLETE["risks"][1]]},
         "checklist 0 of 1 done"),
        ({"risks": COMPLETE["risks"][1:]}, "1 option has no checklist"),
        ({"risks": [{**COMPLETE["risks"][0], "critical": True, "status": "fails"}, COMPLETE["risks"][1]]},
         "1 critical check fails"),
        ({"risks": [COMPLETE["risks"][0], {"kind": "risk", "title": "Lock-in"}]},
         "1 risk is not assessed (likelihood and impact)"),
        ({"risks": [COMPLETE["risks"][0], {**COMPLETE["risks"][1], "reviewed_on": "2026-01-01"}]},
         "1 check or risk is due for another look"),
        ({"stakeholders": [], "approvals": []}, "no one in the buying committee yet"),
        ({"stakeholders": [{"name": "Ana", "buying_role": "user"}]}, "no decision maker named"),
        ({"approvals": [{"subject": "Budget", "status": "pending"}, {"subject": "IT", "status": "pending"}]},
         "2 approvals pending"),
        ({"approvals": [{"subject": "Budget", "status": "rejected"}]}, "1 approval rejected"),
        ({"stakeholders": [{"name": "Ana", "buying_role": "decision_maker"},
                           {"name": "Bo", "sign_off_required": True}]},
         "1 person must sign off but no approval is asked"),
        ({"actions": [{"title": "Train", "due_date": "2027-02-01"}]}, "1 action overdue"),
        ({"chosen_option": None}, "no option chosen"),
        ({"rationale": ""}, "decision has no rationale"),
        ({"status": "deciding"}, "not marked as decided yet"),
        ({"decided_on": None}, "decision date not set (the review date follows from it)"),
        ({"decided_on": "2027-01-01"}, "review overdue by 29 days"),
    ],
)  # fmt: skip
def test_each_missing_item_appears_exactly_when_it_should(db: Database, changes: dict, sentence: str) -> None:
    assert sentence not in status(db).texts()
    texts = status(db, **changes).texts()
    assert texts.count(sentence) == 1, texts


def test_quick_mode_skips_the_stakeholder_stage_and_asks_for_keeping_what_you_have(db: Database) -> None:
    result = status(db, quick_mode=True, stakeholders=[], approvals=[],
                    options=[{**o, "kind": "vendor_product"} for o in COMPLETE["options"]])  # fmt: skip
    assert "stakeholders" not in [s.stage for s in result.stages]
    assert "no one in the buying committee yet" not in result.texts()
    assert "no do-nothing option considered (keeping what you have)" in result.texts()


def test_a_reviewed_purchase_is_done_throughout(db: Database) -> None:
    result = status(db, status="reviewed", review={"reviewed_on": "2027-02-28", "satisfaction": 4})
    assert result.texts() == [] and result.current is None


def test_each_missing_item_links_to_the_tab_where_it_is_fixed(db: Database) -> None:
    result = status(db, need="", scores=[], actions=[{"title": "Train", "due_date": "2027-02-01"}])
    tabs = {m.code: m.tab for s in result.stages for m in s.missing}
    assert tabs == {
        "need_missing": "overview", "scores_missing": "matrix", "actions_overdue": "change",
        "review_due": "change",
    }  # fmt: skip
    assert {"overview", "options", "matrix", "criteria", "risks", "stakeholders", "change"} >= {
        s.tab for s in result.stages
    }


def test_stages_in_progress_and_done(db: Database) -> None:
    result = status(db, scores=COMPLETE["scores"][:1], status="evaluating", chosen_option=None, rationale="")
    states = {s.stage: s.state for s in result.stages}
    assert states["evidence"] == StageState.IN_PROGRESS
    assert states["criteria"] == StageState.DONE
    assert states["decide"] == StageState.NOT_STARTED
    assert states["review"] == StageState.NOT_STARTED
    assert codes(result).count("not_decided") == 1
