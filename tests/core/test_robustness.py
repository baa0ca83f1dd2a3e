"""Specification of the robustness analysis of a stored evaluation, and of the to-do and profile edits."""

from __future__ import annotations

import math
from datetime import date
from typing import Any

import pytest

from duediligence.operations.evaluations import InsertEvaluationDocument
from duediligence.operations.robustness import SetInquiry, SetWeightProfile
from duediligence.reads.robustness import analyse, inquiries, prepare
from duediligence.robustness.analysis import robustness_json, with_robustness
from duediligence.storage.database import Database
from duediligence.storage.models import Inquiry, WeightProfile


def crit(name: str, weight: float, **kw: Any) -> dict[str, Any]:
    return {"name": name, "weight": weight, "scale": "0-10", **kw}


def score(
    option: str, criterion: str, value: float | None, low: float | None = None, high: float | None = None
):
    cell: dict[str, Any] = {"option": option, "criterion": criterion, "value": value}
    if low is not None:
        cell |= {"low": low, "high": high}
    return cell


def store(db: Database, doc: dict[str, Any]) -> int:
    with db.transaction() as session:
        return int(InsertEvaluationDocument({"title": "Test", **doc}).apply(session).result)


def run(db: Database, evaluation_id: int, **kw: Any) -> Any:
    with db.reading() as session:
        return analyse(session, evaluation_id, **kw)


# A close race: B's support score is unknown and decides between A and B.
CLOSE = {
    "missing_policy": "worst",
    "options": [{"name": "A"}, {"name": "B"}, {"name": "C"}],
    "ungrouped_criteria": [crit("Support", 5), crit("Usability", 2), crit("Logo colour", 0.1)],
    "scores": [
        score("A", "Support", 7),
        score("A", "Usability", 6),
        score("A", "Logo colour", 5),
        score("B", "Support", None),
        score("B", "Usability", 7),
        score("B", "Logo colour", 5, 4, 6),
        score("C", "Support", 2),
        score("C", "Usability", 2),
        score("C", "Logo colour", 5),
    ],
    "stakeholders": [{"name": "Finance"}, {"name": "Users"}],
}


@pytest.fixture
def close(db: Database) -> int:
    return store(db, CLOSE)


def test_seeded_results_are_reproducible_and_p_first_sums_to_one(db: Database, close: int) -> None:
    first, again = run(db, close, draws=2000, seed=7), run(db, close, draws=2000, seed=7)
    assert [o.p_first for o in first.options] == [o.p_first for o in again.options]
    assert sum(o.p_first for o in first.options if o.running) == pytest.approx(1.0)
    for option in first.options:
        assert sum(option.rank_distribution) == pytest.approx(1.0 if option.running else 0.0)
    other = run(db, close, draws=2000, seed=8)
    assert [o.p_first for o in other.options] != [o.p_first for o in first.options]


def test_the_evaluations_settings_are_used_unless_overridden(db: Database, close: int) -> None:
    from duediligence.operations.evaluations import UpdateEvaluation

    with db.transaction() as session:
        UpdateEvaluation(close, {"simulation_draws": 500, "simulation_seed": 3, "weight_band": 0}).apply(
            session
        )
    result = run(db, close)
    assert (result.draws, result.seed, result.concentration) == (500, 3, None)
    assert run(db, close, draws=800, seed=4).draws == 800


def test_an_unknown_decisive_score_is_what_to_find_out_first(db: Database, close: int) -> None:
    result = run(db, close, draws=1000)
    first = result.find_out_next[0]
    assert (first.option, first.criterion, first.kind, first.decides) == ("B", "Support", "missing", True)
    assert set(first.between) == {"A", "B"}
    a, b = result.options[0], result.options[1]
    assert result.winner_id == a.id and not result.clear and b.p_first > 0.2


def test_json_has_the_documented_keys(db: Database, close: int) -> None:
    result = run(db, close, draws=1000)
    data = robustness_json(result)
    assert set(data) == {"clear_winner", "draws_used", "find_out_next", "tornado", "perspectives", "options"}
    assert set(data["find_out_next"][0]) == {"option", "criterion", "kind", "impact", "p_change", "sentence"}
    keys = [(-i["p_change"], -i["impact"]) for i in data["find_out_next"]]
    assert keys == sorted(keys) and all(0 <= i["p_change"] <= 1 for i in data["find_out_next"])
    ranking = {"options": [{"id": o.id, "name": o.name} for o in result.options], "problem": None}
    merged = with_robustness(ranking, result)
    assert {"p_first", "rank_distribution", "name"} <= set(merged["options"][0])
    assert sum(o["p_first"] for o in merged["options"]) == pytest.approx(1.0, abs=1e-3)
    assert len(merged["options"][0]["rank_distribution"]) == 3


def test_a_clear_winner_is_clear(db: Database) -> None:
    doc = {
        "options": [{"name": "Good"}, {"name": "Poor"}],
        "ungrouped_criteria": [crit("Fit", 1), crit("Support", 1)],
        "scores": [
            score("Good", "Fit", 9, 8, 10),
            score("Good", "Support", 9),
            score("Poor", "Fit", 2, 1, 3),
        ],
    }
    result = run(db, store(db, doc), draws=1000)
    assert result.clear and result.leader_id == result.winner_id
    assert result.options[0].p_first == 1.0


@pytest.mark.parametrize(
    ("doc", "code"),
    [
        ({"options": []}, "unrankable"),
        ({"options": [{"name": "A"}]}, "unrankable"),  # no criteria
        ({"options": [{"name": "A"}], "ungrouped_criteria": [crit("x", 0)]}, "unrankable"),
        ({"options": [{"name": "A"}, {"name": "B"}], "ungrouped_criteria": [crit("x", 1)]}, "nothing_scored"),
        (
            {
                "options": [{"name": "A", "excluded": True}],
                "ungrouped_criteria": [crit("x", 1)],
                "scores": [score("A", "x", 5)],
            },
            "none_running",
        ),
    ],
)
def test_states_that_cannot_be_analysed_are_explained(db: Database, doc: dict[str, Any], code: str) -> None:
    result = run(db, store(db, doc), draws=200)
    assert result.problem is not None and result.problem.code == code and result.problem.text
    assert result.find_out_next == () and result.tornado == () and not result.clear
    data = robustness_json(result)
    assert all(o["p_first"] == 0.0 for o in data["options"].values())


def test_one_option_and_certain_evidence_are_noted_not_failed(db: Database) -> None:
    one = store(
        db,
        {
            "options": [{"name": "Only"}],
            "ungrouped_criteria": [crit("x", 1)],
            "scores": [score("Only", "x", 5)],
        },
    )
    result = run(db, one, draws=200)
    assert result.problem is None and result.clear
    assert "one_running" in {n.code for n in result.notes}
    certain = store(
        db,
        {
            "weight_band": 0,
            "options": [{"name": "A"}, {"name": "B"}],
            "ungrouped_criteria": [crit("x", 1), crit("y", 1)],
            "scores": [score("A", "x", 5), score("A", "y", 5), score("B", "x", 5), score("B", "y", 5)],
        },
    )
    result = run(db, certain, draws=200)
    assert {"nothing_uncertain", "tie"} <= {n.code for n in result.notes}
    assert all(math.isfinite(o.p_first) for o in result.options)
    assert sum(o.p_first for o in result.options) == pytest.approx(1.0)


def test_cost_derived_criteria_take_their_range_from_the_cost_items(db: Database) -> None:
    yearly = {
        "label": "x",
        "category": "licence",
        "recurrence": "yearly",
        "amount": 100,
        "low": 80,
        "high": 150,
    }
    once = {"label": "y", "category": "licence", "recurrence": "one_time", "amount": 210}
    doc = {
        "horizon_years": 2,
        "options": [
            {"name": "A", "costs": [yearly]},
            {"name": "B", "costs": [once], "time_to_results_weeks": 4},
        ],
        "ungrouped_criteria": [
            crit("TCO", 1, value_source="tco", scale="measured"),
            crit("Time", 1, value_source="time_to_results", scale="measured"),
        ],
    }  # fmt: skip
    eid = store(db, doc)
    with db.reading() as session:
        inp = prepare(session, eid)
    assert inp.values[0, 0] == 200 and (inp.low[0, 0], inp.high[0, 0]) == (160, 300)
    assert math.isnan(inp.low[1, 0]) and math.isnan(inp.low[1, 1])


def add_profiles(db: Database, eid: int, weights: dict[str, dict[str, float]]) -> None:
    from sqlalchemy import select

    from duediligence.storage.models import Criterion, Stakeholder

    with db.transaction() as session:
        people = {s.name: s.id for s in session.execute(select(Stakeholder)).scalars()}
        crits = {c.name: c.id for c in session.execute(select(Criterion)).scalars()}
        for person, given in weights.items():
            for name, w in given.items():
                SetWeightProfile(people[person], crits[name], w).apply(session)


def test_perspectives_differ_where_profiles_disagree(db: Database, close: int) -> None:
    add_profiles(db, close, {"Finance": {"Support": 1, "Usability": 9}, "Users": {"Support": 9}})
    result = run(db, close, draws=200)
    by_name = {p.name: p for p in result.perspectives}
    assert by_name["Finance"].winner == "B" and by_name["Users"].winner == "A"
    assert by_name["Users"].own == (True, False, False)  # usability and logo keep the evaluation's weight
    assert result.combined is not None
    top = result.disagreement[0]
    assert top.criterion in {"Support", "Usability"} and top.spread > 0.3
    assert {top.lowest, top.highest} == {"Finance", "Users"}


def test_no_profiles_means_no_perspectives(db: Database, close: int) -> None:
    result = run(db, close, draws=200)
    assert result.perspectives == () and result.combined is None


def test_flip_thresholds_are_keyed_by_option_and_criterion(db: Database, close: int) -> None:
    result = run(db, close, draws=200)
    a, c = result.options[0].id, result.options[2].id
    support = result.criterion_ids[0]
    flip = result.flips[(a, support)]
    assert flip.value == 7 and flip.threshold is not None and flip.threshold < 7
    assert result.flips[(c, support)].threshold is None or result.flips[(c, support)].threshold > 2


def test_a_weight_profile_edit_has_an_exact_inverse(db: Database, close: int) -> None:
    add_profiles(db, close, {})
    with db.reading() as session:
        from sqlalchemy import select

        from duediligence.storage.models import Criterion, Stakeholder

        person = session.execute(select(Stakeholder.id)).scalars().first()
        criterion = session.execute(select(Criterion.id)).scalars().first()

    def stored() -> list[float]:
        with db.reading() as session:
            return [w.weight for w in session.execute(__import__("sqlmodel").select(WeightProfile)).scalars()]

    undo = []
    for weight in (4.0, 6.0, None):
        with db.transaction() as session:
            undo.append(SetWeightProfile(person, criterion, weight).apply(session).inverse)  # type: ignore[arg-type]
    assert stored() == []
    for inverse, expected in zip(reversed(undo), ([6.0], [4.0], []), strict=True):
        with db.transaction() as session:
            inverse.apply(session)
        assert stored() == expected


def test_ticking_an_item_adds_or_resolves_the_inquiry_and_undoes_exactly(db: Database, close: int) -> None:
    result = run(db, close, draws=200)
    step = result.find_out_next[0]
    with db.transaction() as session:
        opened = SetInquiry(close, step.option_id, step.criterion_id, "Find out B's support", False).apply(
            session
        )
    with db.transaction() as session:
        ticked = SetInquiry(
            close, step.option_id, step.criterion_id, "ignored", True, date(2026, 1, 2)
        ).apply(session)
    with db.reading() as session:
        rows = inquiries(session, close)
    assert [(r.question, r.resolved, r.resolved_on) for r in rows] == [
        ("Find out B's support", True, date(2026, 1, 2))
    ]
    for inverse in (ticked.inverse, opened.inverse):
        with db.transaction() as session:
            inverse.apply(session)
    with db.reading() as session:
        assert inquiries(session, close) == []
        assert session.get(Inquiry, rows[0].id) is None


# The issue-14 laptop: three laptops scored and priced, the template's two alternatives untouched (no scores,
# no costs), and a criterion calculated from the costs.
LAPTOPS = {"ThinkPad T14": (7, 7, 6, 8, 8, 1349), "MacBook Air 13": (8, 9, 9, 8, 5, 1199),
           "Framework 13": (7, 6, 7, 7, 10, 1249)}  # fmt: skip
TYPED = ["Performance", "Battery life", "Screen and sound", "Comfort", "Build and repair"]
LAPTOP = {
    "horizon_years": 4,
    "options": [{"name": "Keep and repair what I have"}, {"name": "Buy refurbished"}]
    + [
        {
            "name": name,
            "costs": [{"label": "Price", "category": "hardware", "recurrence": "one_time", "amount": v[5]}],
        }
        for name, v in LAPTOPS.items()
    ],
    "ungrouped_criteria": [crit(c, 3 if c == "Performance" else 2) for c in TYPED]
    + [crit("Total cost of ownership", 4, scale="measured", direction="lower", value_source="tco")],
    "scores": [score(name, c, v[k]) for name, v in LAPTOPS.items() for k, c in enumerate(TYPED)],
}


def test_an_unscored_alternative_that_almost_never_wins_is_one_honest_item(db: Database) -> None:
    result = run(db, store(db, LAPTOP), draws=10_000)
    assert result.clear and result.name(result.leader_id) == "MacBook Air 13"
    steps = result.find_out_next
    alternatives = [s for s in steps if s.option in ("Keep and repair what I have", "Buy refurbished")]
    assert [(s.kind, s.criterion) for s in alternatives] == [("option", None), ("option", None)]
    for step in alternatives:
        p_first = result.option(step.option_id).p_first  # type: ignore[union-attr]
        assert step.p_change == pytest.approx(p_first, abs=0.0005) and step.p_change < 0.005
        assert step.sentence.startswith(f"Score {step.option}, or exclude it (nothing is scored yet): ")
        assert "almost never" in step.sentence or "rarely" in step.sentence
    assert not any("Total cost of ownership" in s.sentence and s.kind != "weight" for s in steps)
    for step in steps:
        if not step.decides:
            assert step.sentence.endswith("MacBook Air 13 stays ahead.")


def test_the_same_seed_gives_the_same_list_with_the_same_chances(db: Database) -> None:
    eid = store(db, LAPTOP)
    first, again = run(db, eid, draws=3000, seed=4), run(db, eid, draws=3000, seed=4)
    assert [(s.sentence, s.p_change) for s in first.find_out_next] == [
        (s.sentence, s.p_change) for s in again.find_out_next
    ]


def test_rank_json_orders_find_out_next_by_its_chance(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from duediligence import cli

    eid = store(db, LAPTOP)
    assert cli.main(["rank", str(eid), "--db", str(db.path), "--json", "--draws", "2000"]) == 0
    items = json.loads(capsys.readouterr().out)["find_out_next"]
    assert items[0]["kind"] == "option" and items[0]["criterion"] is None
    assert items[0]["option"] in ("Keep and repair what I have", "Buy refurbished")
    assert [(-i["p_change"], -i["impact"]) for i in items] == sorted(
        (-i["p_change"], -i["impact"]) for i in items
    )
    assert run(db, eid, draws=2000).find_out_next[0].sentence == items[0]["sentence"]


def test_the_weight_band_sets_each_weights_spread(db: Database, close: int) -> None:
    result = run(db, close, draws=200)
    assert result.weight_band == 0.1 and result.concentration == pytest.approx(400.0)  # 4 / 0.1²


def test_the_analysis_says_how_many_draws_it_used_and_stops_when_settled(db: Database) -> None:
    # A is 9 (8–10), B is 2 (1–3): A comes first in every draw, so the first chunk of 500 settles it
    settled = store(
        db,
        {
            "options": [{"name": "A"}, {"name": "B"}],
            "ungrouped_criteria": [crit("Support", 1)],
            "scores": [score("A", "Support", 9, 8, 10), score("B", "Support", 2, 1, 3)],
        },
    )
    result = run(db, settled, draws=10_000, seed=1)
    assert (result.draws, result.draws_used, result.settled, result.complete) == (10_000, 500, True, True)
    assert robustness_json(result)["draws_used"] == 500


def test_a_close_race_runs_to_the_draws_asked_for(db: Database, close: int) -> None:
    result = run(db, close, draws=1200, seed=1)
    assert (result.draws_used, result.settled) == (1200, False)
    assert robustness_json(result)["draws_used"] == 1200


def test_first_answers_come_before_the_whole_analysis_and_the_last_is_its_odds(
    db: Database, close: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from duediligence.robustness import montecarlo
    from duediligence.robustness.analysis import compute

    monkeypatch.setattr(montecarlo, "PARTIAL_EVERY", 0.0)  # a first answer after every chunk
    with db.reading() as session:
        inputs = prepare(session, close, draws=1500, seed=2)
    answers: list[Any] = []
    result = compute(inputs, partial=answers.append)
    assert [a.draws_used for a in answers] == [500, 1000, 1500]  # two chunks on the way, then the last
    assert not any(a.complete for a in answers) and result.complete
    assert answers[0].tornado == () and answers[0].find_out_next == ()  # odds only, on the way
    assert [o.p_first for o in answers[-1].options] == [o.p_first for o in result.options]
