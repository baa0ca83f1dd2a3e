"""The ranking of a stored evaluation: the numbers the app, the CLI and scripts all show."""

from __future__ import annotations

import json

import pytest

from duediligence import cli
from duediligence.operations.edits import SetComparison
from duediligence.operations.evaluations import InsertEvaluationDocument
from duediligence.reads.matrix import load_matrix
from duediligence.reads.ranking import evaluation_ranking
from duediligence.storage.database import Database

# Hand-worked: weights 3 and 1 (shares .75/.25). Quality 0-10: A 8, B 6. Price measured, lower is better,
# min-max across options 1000-2000: A 2000 -> 0, B 1000 -> 1.
# A = 100 * (.75 * .8 + .25 * 0) = 60;  B = 100 * (.75 * .6 + .25 * 1) = 70.
TWO = {
    "title": "Two",
    "options": [
        {"name": "A", "costs": [{"label": "Licence", "amount": 1000}, {"label": "Run", "amount": 100,
                                                                        "recurrence": "yearly"}]},
        {"name": "B", "time_to_results_weeks": 4},
    ],
    "criteria_groups": [
        {"name": "Fit", "criteria": [
            {"name": "Quality", "weight": 3},
            {"name": "Price", "weight": 1, "scale": "measured", "direction": "lower", "unit": "EUR"},
        ]}
    ],
    "scores": [
        {"option": "A", "criterion": "Quality", "value": 8},
        {"option": "B", "criterion": "Quality", "value": 6},
        {"option": "A", "criterion": "Price", "value": 2000},
        {"option": "B", "criterion": "Price", "value": 1000},
    ],
}  # fmt: skip


def store(db: Database, doc: dict) -> int:
    with db.transaction() as session:
        return InsertEvaluationDocument(doc).apply(session).result


def ranking(db: Database, eid: int):
    with db.reading() as session:
        return evaluation_ranking(session, eid)


def test_weighted_scores_match_the_hand_worked_example(db: Database) -> None:
    result = ranking(db, store(db, TWO))
    assert [(o.name, round(o.score, 6), o.rank) for o in result.options] == [("A", 60.0, 2), ("B", 70.0, 1)]


def test_measured_criterion_names_its_normalisation(db: Database) -> None:
    result = ranking(db, store(db, TWO))
    assert result.criteria[1].normalisation == "min–max across options 1000–2000 EUR"


def test_costs_give_tco_over_the_horizon(db: Database) -> None:
    result = ranking(db, store(db, {**TWO, "horizon_years": 3}))
    assert result.options[0].finance.tco == pytest.approx(1000 + 3 * 100)


def test_a_criterion_fed_by_tco_ranks_the_cheaper_option_higher(db: Database) -> None:
    doc = {**TWO, "criteria_groups": [{"name": "Cost", "criteria": [{"name": "TCO", "value_source": "tco"}]}]}
    doc["scores"] = []
    doc["options"] = [TWO["options"][0], {"name": "B", "costs": [{"label": "Licence", "amount": 500}]}]
    result = ranking(db, store(db, doc))
    assert [o.name for o in result.ranked()] == ["B", "A"]


def test_missing_score_is_not_a_zero_and_its_weight_share_is_reported(db: Database) -> None:
    doc = {**TWO, "scores": [s for s in TWO["scores"] if (s["option"], s["criterion"]) != ("B", "Price")]}
    result = ranking(db, store(db, doc))
    b = result.options[1]
    # B's only value left is Quality 6 of 10: re-normalised over the weight it has, 60 (not 45).
    assert (round(b.score, 6), b.missing_weight) == (60.0, 0.25)


def test_no_criteria_is_a_clear_state_not_an_error(db: Database) -> None:
    result = ranking(db, store(db, {"title": "Empty", "options": [{"name": "A"}]}))
    assert result.problem is not None and "criteria" in result.problem


def test_all_weights_zero_is_a_clear_state_not_an_error(db: Database) -> None:
    doc = {"title": "Z", "options": [{"name": "A"}], "ungrouped_criteria": [{"name": "Q", "weight": 0}]}
    result = ranking(db, store(db, doc))
    assert "all weights are zero" in (result.problem or "")


def test_failed_must_have_excludes_the_option(db: Database) -> None:
    doc = {
        **TWO,
        "ungrouped_criteria": [{"name": "EU hosting", "scale": "yes-no", "must_have": True,
                                "must_have_threshold": 1}],
        "scores": [*TWO["scores"], {"option": "B", "criterion": "EU hosting", "value": 0}],
    }  # fmt: skip
    result = ranking(db, store(db, doc))
    assert (result.options[1].rank, result.options[1].must_have_failures) == (None, ("EU hosting",))


def test_pairwise_weights_replace_direct_weights(db: Database) -> None:
    eid = store(db, {**TWO, "weight_source": "pairwise"})
    with db.reading() as session:
        ids = [c.id for c in load_matrix(session, eid).criteria]
    with db.transaction() as session:
        SetComparison(ids[0], ids[1], 1 / 3).apply(session)  # Price matters 3x more than Quality
    result = ranking(db, eid)
    assert [round(c.share, 6) for c in result.criteria] == [0.25, 0.75]


def test_rank_json_carries_the_documented_keys(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    store(db, TWO)
    assert cli.main(["rank", "Two", "--db", str(db.path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    keys = {"name", "score", "rank", "excluded", "missing_weight", "tco", "npv"}
    assert {"evaluation", "options"} <= set(data) and keys <= set(data["options"][0])


def test_rank_json_gives_the_same_numbers_as_the_ranking(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    eid = store(db, TWO)
    cli.main(["rank", str(eid), "--db", str(db.path), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert [(o["name"], o["score"], o["rank"]) for o in data["options"]] == [("A", 60.0, 2), ("B", 70.0, 1)]


def test_pairwise_weights_without_comparisons_say_what_is_missing(db: Database) -> None:
    result = ranking(db, store(db, {**TWO, "weight_source": "pairwise"}))
    assert "do not connect all criteria" in (result.problem or "")


def test_rank_json_carries_risk_exposure_and_checklist_progress(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = {
        **TWO,
        "risks": [
            {"kind": "risk", "title": "Small vendor", "option": "A", "likelihood": 3, "impact": 4},
            {"kind": "checklist", "title": "SLA", "option": "A", "status": "ok"},
            {"kind": "checklist", "title": "DPA", "option": "A", "status": "not_checked"},
        ],
    }
    eid = store(db, doc)
    cli.main(["rank", str(eid), "--db", str(db.path), "--json"])
    a = json.loads(capsys.readouterr().out)["options"][0]
    assert (a["risk_exposure"], a["checklist_done"]) == (12, 0.5)


def test_risk_adjusted_ranking_uses_the_adjusted_score(db: Database) -> None:
    doc = {**TWO, "risk_adjusted": True, "risks": [
        {"kind": "risk", "title": "Lock-in", "option": "B", "likelihood": 5, "impact": 5}]}  # fmt: skip
    result = ranking(db, store(db, doc))
    # B: 70 × 25 / (25 + 25) = 35 < A's 60, so A now ranks first.
    assert [(o.name, round(o.score, 6), o.rank) for o in result.options] == [("A", 60.0, 1), ("B", 35.0, 2)]


def test_an_option_without_costs_has_an_unknown_cost_not_a_free_one(db: Database) -> None:
    doc = {
        "title": "Costs",
        "options": [{"name": "Priced", "costs": [{"label": "Price", "amount": 900}]}, {"name": "Unpriced"}],
        "ungrouped_criteria": [{"name": "TCO", "value_source": "tco"}],
    }
    result = ranking(db, store(db, doc))
    unpriced = result.options[1]
    assert (unpriced.score, unpriced.missing_weight) == (None, 1.0)


def test_rank_json_gives_null_money_for_an_option_without_costs_and_counts_its_cost_criterion_as_missing(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """Weights 3 (Quality) and 1 (TCO): Unpriced has no cost line, so 1 / (3 + 1) = 25 % of its weight is
    unscored and every money figure is unknown (null), never 0."""
    doc = {
        "title": "Unpriced",
        "options": [{"name": "Priced", "costs": [{"label": "Price", "amount": 900}]}, {"name": "Unpriced"}],
        "ungrouped_criteria": [
            {"name": "Quality", "weight": 3},
            {"name": "TCO", "weight": 1, "value_source": "tco"},
        ],
        "scores": [
            {"option": "Priced", "criterion": "Quality", "value": 6},
            {"option": "Unpriced", "criterion": "Quality", "value": 8},
        ],
    }  # fmt: skip
    eid = store(db, doc)
    assert cli.main(["rank", str(eid), "--db", str(db.path), "--json"]) == 0
    unpriced = json.loads(capsys.readouterr().out)["options"][1]
    money = {key: unpriced[key] for key in ("tco", "tco_low", "tco_high", "npv", "payback_years", "irr")}
    assert money == dict.fromkeys(money)
    assert unpriced["missing_weight"] == 0.25


def test_rank_text_says_why_money_is_unknown_and_gives_the_irr_where_there_is_one(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """Paying: −1,000 then +300 a year for the default 5 years (IRR 15.2 %); Unpriced: no cost lines."""
    doc = {
        "title": "Money",
        "options": [
            {"name": "Paying", "costs": [
                {"label": "Licence", "amount": 1000},
                {"label": "Savings", "category": "benefit", "recurrence": "yearly", "amount": 300},
            ]},
            {"name": "Unpriced"},
        ],
        "ungrouped_criteria": [{"name": "Quality"}],
        "scores": [{"option": "Paying", "criterion": "Quality", "value": 6}],
    }  # fmt: skip
    eid = store(db, doc)
    assert cli.main(["rank", str(eid), "--db", str(db.path)]) == 0
    out = capsys.readouterr().out
    assert "Paying  (TCO 1,000 EUR, NPV " in out and ", IRR 15.2%)" in out
    assert "Unpriced  (TCO unknown: no costs entered)" in out


def test_a_users_exclusion_reason_ending_in_a_full_stop_joins_the_next_reason_without_one(
    db: Database,
) -> None:
    doc = json.loads(json.dumps(TWO))
    doc["options"][0] |= {"excluded": True, "exclusion_reason": "Far over budget. "}
    doc["criteria_groups"][0]["criteria"][0] |= {"must_have": True, "must_have_threshold": 9}
    result = ranking(db, store(db, doc))
    assert result.options[0].exclusion_reason == "excluded: Far over budget; fails must-have: Quality"


def _benefits_ranked_apart(matrix):
    """The value for money with the benefit scores from a ranking of their own (the general way, for
    evaluations with criteria fed by costs)."""
    from duediligence.decision import value_for_money as vfm
    from duediligence.decision.ranking import rank_matrix, ranking_inputs

    inputs, options = ranking_inputs(matrix), rank_matrix(matrix).options
    sources = [c.value_source for c in matrix.criteria]
    measure = vfm.money_measure(sources)
    benefits = vfm.benefit_scores(inputs.values, inputs.specs, vfm.cost_fed(sources),
                                  policy=matrix.missing_policy, excluded=[o.excluded for o in matrix.options],
                                  must_have=matrix.must_have_policy)  # fmt: skip
    money = [getattr(o.finance, measure) if o.rank is not None else None for o in options]
    benefits = [b if o.rank is not None else None for b, o in zip(benefits, options, strict=True)]
    return vfm.value_for_money([o.id for o in options], [o.name for o in options], benefits, money, measure)


@pytest.mark.parametrize(
    "change",
    [
        "none",
        "must-have fails",
        "excluded by the user",
        "missing counted worst",
        "flag must-haves",
        "zero weights",
    ],
)
def test_without_cost_fed_criteria_the_value_for_money_is_that_of_a_separate_benefit_ranking(
    db: Database, change: str
) -> None:
    """The benefit score is the score when no criterion is fed by costs: reusing the ranking gives the
    very value for money (dominance, frontier, prices per point) a second ranking gives."""
    from duediligence.decision.ranking import rank_matrix

    costs = [{"label": "Licence", "amount": 900}]
    doc = {
        **TWO,
        "options": [{"name": "A", "costs": costs},
                    {"name": "B", "costs": [{"label": "Licence", "amount": 500}]},
                    {"name": "C", "costs": [{"label": "Licence", "amount": 700}]}],
        "ungrouped_criteria": [{"name": "EU hosting", "scale": "yes-no", "must_have": True,
                                "must_have_threshold": 1}],
        "scores": [*TWO["scores"], {"option": "C", "criterion": "Quality", "value": 9},
                   {"option": "C", "criterion": "Price", "value": 1500},
                   {"option": "B", "criterion": "EU hosting", "value": 1 if change == "none" else 0},
                   {"option": "A", "criterion": "EU hosting", "value": 1}],
    }  # fmt: skip
    if change == "excluded by the user":
        doc["options"][0] = {**doc["options"][0], "excluded": True, "exclusion_reason": "Too slow."}
    if change == "missing counted worst":
        doc["missing_policy"] = "worst"
    if change == "flag must-haves":
        doc["must_have_policy"] = "flag"
    with db.reading() as session:
        matrix = load_matrix(session, store(db, doc))
    assert not any(c.value_source in ("tco", "npv") for c in matrix.criteria)
    ranked, apart = rank_matrix(matrix).value_for_money, _benefits_ranked_apart(matrix)
    assert ranked is not None
    # The same dominance and frontier; the numbers agree but for float noise (a second ranking sums a
    # column-ordered copy of the values, so its last bit can differ from the score the ranking shows).
    assert [(p.id, p.dominated_by, p.on_frontier, p.money) for p in ranked.points] == [
        (p.id, p.dominated_by, p.on_frontier, p.money) for p in apart.points
    ]
    assert [(p.benefit, p.price_per_point) for p in ranked.points] == [
        (pytest.approx(p.benefit, abs=1e-9), pytest.approx(p.price_per_point, abs=1e-9)) for p in apart.points
    ]
    assert [(s.from_id, s.to_id, s.extra_cost) for s in ranked.steps] == [
        (s.from_id, s.to_id, s.extra_cost) for s in apart.steps
    ]
    assert [s.extra_points for s in ranked.steps] == [
        pytest.approx(s.extra_points, abs=1e-9) for s in apart.steps
    ]
    scores = {o.id: o.score for o in rank_matrix(matrix).options if o.rank is not None}
    assert {p.id: p.benefit for p in ranked.points if p.benefit is not None} == scores
    if change == "none":  # B (500, 70) is cheapest; A (900, 60) costs more and scores lower
        assert ranked is not None and ranked.point(matrix.options[0].id).dominated_by  # type: ignore[union-attr]
