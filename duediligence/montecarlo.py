"""Monte Carlo over the evidence's uncertainty: how often does each option come first?

Method, so a notebook can reproduce it (draws in chunks, chunk k drawing from
``default_rng(SeedSequence(seed).spawn(n_chunks)[k])``; see `montecarlo_draws` for the sampling):

* A score with a range is drawn from the triangular distribution (low, likely = the entered value,
  high): the entered value is the analyst's best guess, so it is the most likely point, and the ends are
  reached rarely. A range without a value is uniform over it (no best guess, no peak). An open end
  (only low or only high) is closed at the value. A zero-width range is the value itself.
* A missing score is unknown anywhere on its criterion's whole scale: uniform over 0–10, 1–5 or
  0–100, Bernoulli(0.5) for yes/no, uniform over ``scale_min``–``scale_max`` for a measured criterion
  with a fixed range, and otherwise uniform over the span observed in that column (values and range
  ends of the options that have them). ``scale_bounds[j]`` overrides that span. A column with nothing
  observed cannot be sampled; its cells stay missing and the missing-score policy applies, as in `rank`.
* Measured (min–max) criteria are re-normalised in every draw across all options, exactly as
  `scoring.rank` would if the drawn values had been entered, so zero-width ranges reproduce the
  deterministic ranking and an option is never rewarded for a bound fixed by a draw it did not make.
* Weights: fixed at the chosen shares w when ``weight_concentration`` is None; otherwise drawn from a
  Dirichlet(κ·w) (criteria weighted 0 stay 0). Its mean is exactly w and Var(share_j) =
  w_j(1 − w_j)/(κ + 1): κ = 100 keeps a 25 % share within about ±8.5 points (2 s.d.) —
  `concentration_for_band` converts a band into κ. Drawing each weight uniformly in a band and then
  normalising would shift the mean shares towards equal weights, which biases the result.
* Who can come first is the deterministic ranking's set: options excluded by the user or failing a
  must-have there get P(first) 0 (a must-have is not re-checked per draw). Ties (within
  `scoring.TIE_TOLERANCE`) share their places equally, so ``rank_distribution`` rows and columns sum to 1
  and its first column is P(first).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from duediligence.enums import MissingScorePolicy, Scale
from duediligence.montecarlo_draws import DrawPlan
from duediligence.scoring import TIE_TOLERANCE, CriterionSpec, MustHaveMode
from duediligence.uncertainty import baseline

CHUNK_ELEMENTS = 2_000_000
"""Cells held per chunk of draws (≈16 MB per float64 array, a handful alive per thread: peak ≲ 200 MB)."""

WORKERS = 2
"""Chunks run on this many threads (numpy releases the GIL); each chunk draws from its own seeded
stream (``SeedSequence(seed).spawn``), so results do not depend on thread timing."""


@dataclass(frozen=True, eq=False)
class MonteCarloResult:
    """Per option (input order). ``scores`` is (draws, options), NaN where a draw gives no score."""

    draws: int
    seed: int
    running: tuple[bool, ...]
    p_first: tuple[float, ...]
    rank_distribution: NDArray[np.float64]  # (options, options in the running): P(place 1, 2, ...)
    expected_score: tuple[float | None, ...]
    score_low: tuple[float | None, ...]  # 5th percentile
    score_high: tuple[float | None, ...]  # 95th percentile
    scores: NDArray[np.float64]
    notes: tuple[str, ...] = ()


def concentration_for_band(share: float, half_width: float) -> float:
    """κ so a criterion with this share stays within ±half_width of it about 95 % of the time (2 s.d.)."""
    if not 0 < share < 1 or half_width <= 0:
        raise ValueError("share must be in (0, 1) and half_width positive")
    return max(4.0 * share * (1.0 - share) / half_width**2 - 1.0, 1e-6)


def _place_counts(scores: NDArray[np.float64], r: int) -> NDArray[np.float64]:
    """Summed over draws: the share of each place (columns) each running option (rows) takes."""
    s = np.where(np.isnan(scores), -np.inf, scores)
    ranks = (s[:, None, :] > s[:, :, None] + TIE_TOLERANCE).sum(axis=2)  # 0-based competition ranks
    tied = (ranks[:, :, None] == ranks[:, None, :]).sum(axis=2)
    counts = np.zeros(r * r)
    option = np.broadcast_to(np.arange(r), ranks.shape)
    for k in range(int(tied.max())):  # loop over tie size (almost always 1), not over options
        hit = k < tied
        place = np.minimum(ranks + k, r - 1)
        counts += np.bincount((option * r + place)[hit], weights=(1.0 / tied)[hit], minlength=r * r)
    return counts.reshape(r, r)


def simulate(
    values: ArrayLike,
    low: ArrayLike | None,
    high: ArrayLike | None,
    criteria: Sequence[CriterionSpec],
    *,
    policy: str = MissingScorePolicy.IGNORE.value,
    excluded: Sequence[bool] | None = None,
    must_have: MustHaveMode = "exclude",
    draws: int = 10_000,
    seed: int = 0,
    weight_concentration: float | None = None,
    scale_bounds: Sequence[tuple[float, float] | None] | None = None,
) -> MonteCarloResult:
    """Simulate the ranking ``draws`` times (see the module docstring for the method).

    ``low``/``high`` are options × criteria like ``values`` (NaN or None = no range); pass cost-derived
    columns' ranges (e.g. TCO low/high) the same way. Same inputs and seed give identical results.
    """
    if draws < 1:
        raise ValueError("draws must be at least 1")
    if weight_concentration is not None and not (
        math.isfinite(weight_concentration) and weight_concentration > 0
    ):
        raise ValueError("weight_concentration must be a positive number (or None for fixed weights)")
    base = baseline(values, criteria, policy=policy, excluded=excluded, must_have=must_have)
    yes_no = np.array([c.scale == Scale.YES_NO.value for c in criteria], dtype=bool)
    plan = DrawPlan.prepare(base, low, high, yes_no, scale_bounds)
    n = base.values.shape[0]
    running = np.array([not o.excluded for o in base.ranking.options], dtype=bool) & plan.has_any
    run_idx = np.flatnonzero(running)
    r = run_idx.size
    positive = base.shares > 0
    per_draw = plan.cells_per_draw + n * max(r, 1) + len(criteria)
    chunk = max(1, min(draws, CHUNK_ELEMENTS // per_draw))
    starts = range(0, draws, chunk)
    streams = np.random.SeedSequence(seed).spawn(len(starts))  # one stream per chunk: threads can't reorder

    def run(k: int) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        rng = np.random.default_rng(streams[k])
        d = min(chunk, draws - starts[k])
        w = np.broadcast_to(base.shares, (d, base.shares.size))
        if weight_concentration is not None:
            w = np.zeros((d, base.shares.size))
            w[:, positive] = rng.dirichlet(weight_concentration * base.shares[positive], size=d)
        scores = plan.scores(rng, w, policy)
        return scores, _place_counts(scores[:, run_idx], r) if r else np.zeros((0, 0))

    all_scores = np.empty((draws, n))
    places = np.zeros((r, r))
    with ThreadPoolExecutor(max_workers=min(WORKERS, len(starts))) as pool:
        for k, (scores, counts) in enumerate(pool.map(run, range(len(starts)))):
            all_scores[starts[k] : starts[k] + scores.shape[0]] = scores
            places += counts
    distribution = np.zeros((n, r))
    distribution[run_idx] = places / draws
    distribution.setflags(write=False)
    all_scores.setflags(write=False)
    scored = ~np.isnan(all_scores)
    expected, q05, q95 = [], [], []
    for i in range(n):  # summary per option, after all draws
        column = all_scores[scored[:, i], i]
        expected.append(float(column.mean()) if column.size else None)
        q05.append(float(np.quantile(column, 0.05)) if column.size else None)
        q95.append(float(np.quantile(column, 0.95)) if column.size else None)
    notes = []
    if r == 0:
        notes.append("No option is in the running (all excluded, failing a must-have or without scores).")
    elif r == 1:
        notes.append("Only one option is in the running: it comes first in every draw.")
    if plan.unsampled:
        notes.append(
            f"{plan.unsampled} missing score(s) sit on criteria nobody has a value for: they could not be "
            f"drawn and follow the '{policy}' policy."
        )
    return MonteCarloResult(
        draws=draws,
        seed=seed,
        running=tuple(bool(x) for x in running),
        p_first=tuple(float(p) for p in distribution[:, 0]) if r else (0.0,) * n,
        rank_distribution=distribution,
        expected_score=tuple(expected),
        score_low=tuple(q05),
        score_high=tuple(q95),
        scores=all_scores,
        notes=tuple(notes),
    )


@dataclass(frozen=True)
class WinnerVerdict:
    """Whether the evidence singles out one option, with the sentence that says why."""

    clear: bool
    leader: int | None
    runner_up: int | None
    reason: str


def clear_winner(result: MonteCarloResult, *, runner_up_threshold: float = 0.2) -> WinnerVerdict:
    """A clear winner is first in most draws and nobody else is first often.

    No clear winner when the runner-up (second-highest P(first)) has P(first) ≥ ``runner_up_threshold``,
    or the leader's P(first) is below 1/2 (the lead is spread over several options). Overlapping 5–95 %
    score intervals are deliberately not used: every option's score shares the same weight draws, so
    intervals can overlap while one option beats the other in every draw; P(first) counts that.
    """
    p = np.asarray(result.p_first)
    if not any(result.running):
        return WinnerVerdict(False, None, None, "No option is in the running.")
    order = np.argsort(-p, kind="stable")
    leader = int(order[0])
    if sum(result.running) == 1:
        return WinnerVerdict(True, leader, None, "Only one option is in the running.")
    runner = int(order[1])
    if p[runner] >= runner_up_threshold:
        why = f"the runner-up comes first in {p[runner]:.0%} of draws (≥ {runner_up_threshold:.0%})"
        return WinnerVerdict(False, leader, runner, f"No clear winner: {why}.")
    if p[leader] < 0.5:
        return WinnerVerdict(
            False, leader, runner, f"No clear winner: the leader is first in only {p[leader]:.0%}."
        )
    return WinnerVerdict(True, leader, runner, f"Clear winner: first in {p[leader]:.0%} of draws.")
