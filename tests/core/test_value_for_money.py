"""Specification of value for money: the benefit score leaves the cost-fed criteria out, an option
that costs no more and scores no lower than another (better on one) dominates it, and the frontier
says what each step up costs per point."""

from __future__ import annotations

import numpy as np
import pytest

from duediligence.decision.scoring import CriterionSpec
from duediligence.decision.value_for_money import (
    benefit_scores,
    dominance_sentence,
    dominators,
    money_measure,
    value_for_money,
)

# OpenLedger: TCO 20,000, benefit 80. BigSuite: 28,000, 74 (costs 8,000 more, scores 6 lower).
# Cheapo: 12,000, 50. Premium: 40,000, 90. Twin: 20,000, 80 (equal to OpenLedger: neither dominates).
IDS = [1, 2, 3, 4]
NAMES = ["OpenLedger", "BigSuite", "Cheapo", "Premium"]
BENEFITS = [80.0, 74.0, 50.0, 90.0]
TCO = [20_000.0, 28_000.0, 12_000.0, 40_000.0]


def test_an_option_costing_more_and_scoring_lower_is_dominated_by_the_other() -> None:
    vfm = value_for_money(IDS, NAMES, BENEFITS, TCO, "tco")
    assert [vfm.names(p.dominated_by) for p in vfm.points] == [[], ["OpenLedger"], [], []]


def test_equal_cost_and_equal_score_dominate_nothing() -> None:
    assert dominators([10.0, 10.0], [5.0, 5.0]) == [(), ()]


def test_equal_cost_and_a_higher_score_dominates() -> None:
    assert dominators([10.0, 10.0], [5.0, 6.0]) == [(1,), ()]


def test_an_unknown_cost_neither_dominates_nor_is_dominated() -> None:
    assert dominators([None, 10.0], [90.0, 5.0]) == [(), ()]


def test_the_frontier_runs_cheapest_first_with_the_cost_of_each_extra_point() -> None:
    """Cheapo → OpenLedger: 8,000 more for 30 points = 266.67 a point; OpenLedger → Premium: 20,000 more
    for 10 points = 2,000 a point. BigSuite is dominated, so off the frontier."""
    vfm = value_for_money(IDS, NAMES, BENEFITS, TCO, "tco")
    assert [p.name for p in vfm.frontier()] == ["Cheapo", "OpenLedger", "Premium"]
    steps = [
        (s.from_id, s.to_id, s.extra_cost, s.extra_points, round(s.cost_per_point, 2)) for s in vfm.steps
    ]
    assert steps == [(3, 1, 8_000, 30, 266.67), (1, 4, 20_000, 10, 2_000)]


def test_price_per_benefit_point_is_tco_over_benefit() -> None:
    """OpenLedger 20,000 / 80 = 250 a point."""
    vfm = value_for_money(IDS, NAMES, BENEFITS, TCO, "tco")
    assert vfm.points[0].price_per_point == 250


def test_with_npv_a_higher_npv_is_the_lower_net_cost() -> None:
    """NPV −5,000 costs less than NPV −9,000: with an equal score the −5,000 option dominates."""
    vfm = value_for_money([1, 2], ["A", "B"], [60.0, 60.0], [-5_000.0, -9_000.0], "npv")
    assert [p.dominated_by for p in vfm.points] == [(), (1,)]


def test_the_evaluation_uses_npv_only_where_it_scores_by_npv_and_not_by_tco() -> None:
    assert (money_measure(["manual", "npv"]), money_measure(["tco", "npv"]), money_measure([])) == (
        "npv",
        "tco",
        "tco",
    )


def test_the_sentence_names_the_extra_cost_the_lost_points_and_the_better_option() -> None:
    vfm = value_for_money(IDS, NAMES, BENEFITS, TCO, "tco")
    sentence = dominance_sentence(vfm.points[1], vfm.points[0], lambda x: f"€{x:,.0f}")
    assert sentence == "costs €8,000 more and scores 6 points lower than OpenLedger"


def test_the_benefit_score_leaves_the_cost_fed_criterion_out() -> None:
    """Quality 1–5 (weight 3) and TCO (weight 1): without TCO the benefit is quality alone, 0–100:
    A scored 5 → 100, B scored 3 → 50."""
    specs = [
        CriterionSpec(id=1, name="Quality", weight=3, scale="1-5"),
        CriterionSpec(id=2, name="TCO", weight=1, scale="measured", direction="lower"),
    ]
    values = np.array([[5.0, 30_000.0], [3.0, 10_000.0]])
    assert benefit_scores(values, specs, [False, True]) == pytest.approx([100, 50])


def test_without_criteria_beside_the_costs_there_is_no_benefit_score() -> None:
    specs = [CriterionSpec(id=2, name="TCO", weight=1, scale="measured", direction="lower")]
    assert benefit_scores(np.array([[1.0], [2.0]]), specs, [True]) == [None, None]


def test_rank_json_names_the_dominating_options_and_gives_the_benefit_score(
    tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:
    """OpenLedger: quality 4 (benefit 75 on 1–5), TCO 20,000; BigSuite: quality 3 (50), TCO 28,000."""
    import json

    from duediligence import cli
    from tests.core.test_cli_add import add, write

    doc = {
        "title": "Accounting",
        "options": [
            {"name": "OpenLedger", "costs": [{"label": "Licence", "amount": 20000}]},
            {"name": "BigSuite", "costs": [{"label": "Licence", "amount": 28000}]},
        ],
        "ungrouped_criteria": [
            {"name": "Quality", "scale": "1-5", "weight": 3},
            {"name": "Cost", "value_source": "tco", "weight": 1},
        ],
        "scores": [
            {"option": "OpenLedger", "criterion": "Quality", "value": 4},
            {"option": "BigSuite", "criterion": "Quality", "value": 3},
        ],
    }
    db = str(tmp_path / "w.db")
    _, out, _ = add(write(tmp_path, doc), db, capsys)
    assert cli.main(["rank", out.strip(), "--db", db, "--json"]) == 0
    ranked = json.loads(capsys.readouterr().out)
    keys = [
        (o["name"], o["benefit_score"], o["dominated_by"], o["price_per_benefit_point"])
        for o in ranked["options"]
    ]
    assert keys == [("OpenLedger", 75.0, [], 266.67), ("BigSuite", 50.0, ["OpenLedger"], 560.0)]
    assert ranked["value_for_money"] == {"measure": "tco", "frontier": ["OpenLedger"], "steps": []}


def _dominators_pair_by_pair(
    costs: list[float | None], benefits: list[float | None]
) -> list[tuple[int, ...]]:
    """The definition, one pair at a time: j dominates i when it costs no more, scores no lower and is
    better on one (beyond the tolerance); unknowns take no part."""
    from duediligence.decision.value_for_money import TOLERANCE

    result = []
    for i, (ci, bi) in enumerate(zip(costs, benefits, strict=True)):
        found = []
        for j, (cj, bj) in enumerate(zip(costs, benefits, strict=True)):
            if j == i or None in (ci, bi, cj, bj):
                continue
            no_worse = cj <= ci + TOLERANCE and bj >= bi - TOLERANCE  # type: ignore[operator]
            better = cj < ci - TOLERANCE or bj > bi + TOLERANCE  # type: ignore[operator]
            if no_worse and better:
                found.append(j)
        result.append(tuple(found))
    return result


def test_dominators_of_many_options_are_those_of_the_definition_pair_by_pair() -> None:
    """100 options with ties, near-ties (within the tolerance) and unknowns, all at once, as the
    definition gives them pair by pair."""
    rng = np.random.default_rng(18)
    costs: list[float | None] = [float(x) for x in rng.integers(0, 12, 100) * 1000.0]
    benefits: list[float | None] = [float(x) for x in rng.integers(0, 10, 100) * 10.0]
    costs[3], benefits[7], costs[9], benefits[9] = None, None, costs[10], benefits[10]
    costs[11], benefits[12] = costs[10] + 1e-12, benefits[10] - 1e-12  # type: ignore[operator]
    found = dominators(costs, benefits)
    assert found == _dominators_pair_by_pair(costs, benefits)
    assert found[3] == found[7] == ()
    assert sum(len(d) for d in found) > 100  # the draw has plenty of dominance to compare
    assert all(isinstance(j, int) for d in found for j in d)


def test_dominators_of_no_options_are_none() -> None:
    assert dominators([], []) == []


def test_cheapest_dominator_is_the_one_costing_least_then_scoring_highest() -> None:
    """Costly (40,000, 10) is dominated by all three; of the two cheapest (20,000) the higher benefit
    is named."""
    vfm = value_for_money([1, 2, 3, 4], ["A", "B", "C", "Costly"], [50.0, 60.0, 70.0, 10.0],
                          [20_000.0, 20_000.0, 30_000.0, 40_000.0], "tco")  # fmt: skip
    costly = vfm.point(4)
    assert costly is not None and set(costly.dominated_by) == {1, 2, 3}
    assert vfm.cheapest_dominator(costly) == vfm.point(2)
    assert vfm.cheapest_dominator(vfm.point(3)) is None  # type: ignore[arg-type]
    assert vfm.point(99) is None
