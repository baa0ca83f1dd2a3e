"""Specification of stopping the Monte Carlo once each option's chance of coming first is settled, and of
its first answers on the way: chunk by chunk, reproducible for a seed and a number of draws."""

from __future__ import annotations

import math

import numpy as np
import pytest

from duediligence.decision.scoring import CriterionSpec
from duediligence.robustness import montecarlo
from duediligence.robustness.montecarlo import SETTLED_SE, MonteCarloResult, p_first_se, simulate
from duediligence.robustness.results import AnalysisCancelled

NAN = math.nan
ONE = [CriterionSpec(id="a", name="a", weight=1.0, scale="0-10")]
# A is 9 (8–10), B is 2 (1–3): A comes first in every draw.
DOMINATED = ([[9.0], [2.0]], [[8.0], [1.0]], [[10.0], [3.0]], ONE)
# Both missing on the same 0–10 criterion: each comes first half the time.
CLOSE = ([[NAN], [NAN]], None, None, ONE)
# A is 6 (3–9), B is 4 (1–7), a third option never close: A leads most of the time, not always.
LEADING = ([[6.0], [4.0], [1.0]], [[3.0], [1.0], [0.0]], [[9.0], [7.0], [2.0]], ONE)


def same(one: MonteCarloResult, two: MonteCarloResult) -> bool:
    return (
        one.draws == two.draws
        and one.p_first == two.p_first
        and np.array_equal(one.rank_distribution, two.rank_distribution)
        and np.array_equal(one.scores, two.scores, equal_nan=True)
        and np.array_equal(one.p_change, two.p_change, equal_nan=True)
        and one.expected_score == two.expected_score
    )


def test_the_standard_error_nudges_each_count_by_one_so_few_draws_are_never_certain() -> None:
    # (x + 1) / (n + 2): 1 of 1 → 2/3, ±√(2/9); 200 of 200 → 201/202, ±0.00496; 50 of 100 → ±0.05
    assert p_first_se(np.array([1.0]), 1)[0] == pytest.approx(math.sqrt(2 / 9))
    assert p_first_se(np.array([200.0]), 200)[0] == pytest.approx(0.0049628, abs=1e-7)
    assert p_first_se(np.array([50.0]), 100)[0] == pytest.approx(0.05)


def test_a_settled_answer_stops_after_the_first_chunk() -> None:
    result = simulate(*DOMINATED, draws=10_000, seed=3, settle=SETTLED_SE)
    assert (result.draws, result.settled, result.p_first) == (500, True, (1.0, 0.0))
    assert result.scores.shape == (500, 2)


def test_a_close_race_runs_to_the_draws_asked_for() -> None:
    result = simulate(*CLOSE, draws=3000, seed=3, settle=SETTLED_SE)
    assert (result.draws, result.settled) == (3000, False)  # ±0.5 points at p = ½ needs 10,000 draws


def test_without_settle_every_draw_asked_for_is_made() -> None:
    assert simulate(*DOMINATED, draws=2000, seed=3).draws == 2000


def test_a_run_stopped_early_gives_exactly_the_numbers_of_a_run_asked_for_its_draws() -> None:
    stopped = simulate(*LEADING, draws=50_000, seed=11, settle=SETTLED_SE, changes=True)
    assert stopped.settled and 500 < stopped.draws < 50_000 and stopped.draws % 500 == 0
    asked = simulate(*LEADING, draws=stopped.draws, seed=11, changes=True)
    assert same(stopped, asked)
    again = simulate(*LEADING, draws=50_000, seed=11, settle=SETTLED_SE, changes=True)
    assert same(stopped, again)


def test_each_first_answer_is_the_run_asked_for_the_draws_made_so_far(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(montecarlo, "PARTIAL_EVERY", 0.0)
    answers: list[MonteCarloResult] = []
    full = simulate(*LEADING, draws=1700, seed=5, changes=True, partial=answers.append)
    assert [a.draws for a in answers] == [500, 1000, 1500]  # the last chunk (200) is the result itself
    assert same(answers[1], simulate(*LEADING, draws=1000, seed=5, changes=True))
    assert full.draws == 1700 and not full.settled


def test_cancelling_stops_between_chunks() -> None:
    chunks: list[int] = []

    def cancelled() -> bool:
        chunks.append(1)
        return len(chunks) >= 2

    with pytest.raises(AnalysisCancelled):
        simulate(*CLOSE, draws=10_000, seed=1, cancelled=cancelled)
    assert len(chunks) == 2
