"""Monte Carlo over the evidence's uncertainty: how often does each option come first?

Method, so a notebook can reproduce it (draws in chunks of `chunk_draws` draws, chunk k drawing from
``default_rng(SeedSequence(seed).spawn(n_chunks)[k])``; see `montecarlo_draws` for the sampling). The
chunk size depends only on the evaluation's shape, so a run that stops early after k chunks (``settle``)
gives exactly the numbers of a run asked for those k chunks' draws:

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
* Weights: fixed at the chosen shares w when ``weight_band`` is 0. A band b > 0 means each weight may be
  off by about ±b *of itself*, whatever the number of criteria: in every draw each criterion's weight is
  multiplied by its own factor g_j ~ Gamma(shape 4/b², scale b²/4) — mean 1, standard deviation b/2, so
  g_j lies within 1 ± b in about 95 % of draws — and the shares are re-normalised (criteria weighted 0
  stay 0). A share's own spread is then about ±b·√((1 − w_j)² + Σ_k≠j w_k²): ±b for a small share
  (±0.9b for five equal criteria), less for a share that dominates, which the others cannot make room
  for. The mean share stays within about (b/2)² of itself (relative), so the shares are not pulled
  towards equal weights. (A Dirichlet with one concentration, used before, could not do this: its
  lighter shares always vary relatively more than its heavier ones.)
* Who can come first is the deterministic ranking's set: options excluded by the user or failing a
  must-have there get P(first) 0 (a must-have is not re-checked per draw). Ties (within
  `scoring.TIE_TOLERANCE`) share their places equally, so ``rank_distribution`` rows and columns sum to 1
  and its first column is P(first).
* With ``changes=True`` each unknown also gets ``p_change``, the share of draws in which fixing it at its
  expected value changes who comes first (`montecarlo_change`); it is counted on the same draws.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from duediligence.decision.scoring import TIE_TOLERANCE, CriterionSpec, MustHaveMode
from duediligence.enums import MissingScorePolicy, Scale
from duediligence.formats import format_percent
from duediligence.i18n import PLURAL, translate
from duediligence.robustness.change import count_changes
from duediligence.robustness.draws import DrawPlan
from duediligence.robustness.results import AnalysisCancelled
from duediligence.robustness.uncertainty import baseline

CHUNK_ELEMENTS = 2_000_000
"""Cells held per chunk of draws (≈16 MB per float64 array, a handful alive per thread: peak ≲ 200 MB)."""

CHUNK_DRAWS = 500
"""At most this many draws per chunk, so that even a small evaluation can stop after a few hundred."""

SETTLED_SE = 0.005
"""The analysis stops drawing once every option's P(first) has a standard error below this (0.5
percentage points, see `p_first_se`): the numbers would no longer move visibly."""

PARTIAL_EVERY = 0.25
"""Seconds between the summaries of the draws so far passed to ``partial`` (and after the first chunk)."""

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
    settled: bool = False  # stopped before the draws asked for: every P(first) within ``settle``
    # with changes=True (see the module docstring), NaN where there is nothing to fix:
    p_change: NDArray[np.float64] | None = None  # (options, criteria), per random cell
    p_change_weight: NDArray[np.float64] | None = None  # (criteria,), per drawn weight
    p_change_option: dict[int, float] = field(default_factory=dict)  # per option asked for, all its cells


def weight_shape(band: float) -> float | None:
    """The Gamma shape 4/b² of each weight's factor for a band of ±b (two standard deviations of b/2);
    None for b = 0 (fixed weights)."""
    if not (math.isfinite(band) and band >= 0):
        raise ValueError("weight_band must be a number of 0 or more (0 = fixed weights)")
    return None if band == 0 else 4.0 / band**2


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


def only_one_running_note() -> str:
    """The simulation's note when a single option runs (`stages` leaves it out: it says it better)."""
    return translate("Robustness", "Only one option is in the running: it comes first in every draw.")


def _unsampled_note(unsampled: int, policy: str) -> str:
    """Missing scores on criteria nobody scored follow the missing-score policy: one sentence per policy."""
    if policy == "worst":
        text = translate(
            "Robustness",
            "%n missing score(s) sit on criteria nobody has a value for: they could not be drawn and "
            "follow the 'worst' policy.",
            None,
            PLURAL,
            int(unsampled),
        )
    elif policy == "mean":
        text = translate(
            "Robustness",
            "%n missing score(s) sit on criteria nobody has a value for: they could not be drawn and "
            "follow the 'mean' policy.",
            None,
            PLURAL,
            int(unsampled),
        )
    else:
        text = translate(
            "Robustness",
            "%n missing score(s) sit on criteria nobody has a value for: they could not be drawn and "
            "follow the 'ignore' policy.",
            None,
            PLURAL,
            int(unsampled),
        )
    return text


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
    weight_band: float = 0.0,
    scale_bounds: Sequence[tuple[float, float] | None] | None = None,
    changes: bool = False,
    change_options: Sequence[int] = (),
    settle: float | None = None,
    partial: Callable[[MonteCarloResult], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> MonteCarloResult:
    """Simulate the ranking ``draws`` times (see the module docstring for the method).

    ``low``/``high`` are options × criteria like ``values`` (NaN or None = no range); pass cost-derived
    columns' ranges (e.g. TCO low/high) the same way. Same inputs and seed give identical results.
    ``changes`` adds ``p_change`` per unknown cell and drawn weight, and for each option in
    ``change_options`` with all its cells fixed at once.

    ``settle`` (e.g. `SETTLED_SE`) stops after the first chunk at which every option's standard error
    of P(first) (`p_first_se`) is below it; ``draws`` is then a cap and the result's ``draws`` the
    number made. Chunks are checked in order, so the stop is the same for the same inputs and seed.
    ``partial`` gets the summary of the draws so far after the first chunk and then every
    `PARTIAL_EVERY` seconds; ``cancelled()`` is checked after every chunk (raising `AnalysisCancelled`).
    """
    if draws < 1:
        raise ValueError("draws must be at least 1")
    shape = weight_shape(weight_band)
    base = baseline(values, criteria, policy=policy, excluded=excluded, must_have=must_have)
    yes_no = np.array([c.scale == Scale.YES_NO.value for c in criteria], dtype=bool)
    plan = DrawPlan.prepare(base, low, high, yes_no, scale_bounds)
    n = base.values.shape[0]
    running = np.array([not o.excluded for o in base.ranking.options], dtype=bool) & plan.has_any
    run_idx = np.flatnonzero(running)
    r = run_idx.size
    positive = base.shares > 0
    per_draw = plan.cells_per_draw + n * max(r, 1) + len(criteria)
    chunk = chunk_draws(per_draw)
    starts = range(0, draws, chunk)
    streams = np.random.SeedSequence(seed).spawn(len(starts))  # one stream per chunk: threads can't reorder

    groups = [int(i) for i in change_options]
    cells = np.zeros(plan.a.size, dtype=np.int64)
    by_option = np.zeros(len(groups), dtype=np.int64)
    by_weight = np.zeros(len(criteria), dtype=np.int64)

    def run(k: int) -> tuple[NDArray[np.float64], NDArray[np.float64], Any]:
        rng = np.random.default_rng(streams[k])
        d = min(chunk, draws - starts[k])
        w = np.broadcast_to(base.shares, (d, base.shares.size))
        factors = None
        if shape is not None:
            factors = np.ones((d, base.shares.size))
            factors[:, positive] = rng.gamma(shape, 1.0 / shape, size=(d, int(positive.sum())))
            w = base.shares * factors
            w = w / w.sum(axis=1, keepdims=True)
        drawn = plan.draw(rng, w, policy, keep=changes)
        counted = (
            count_changes(plan, drawn, run_idx, policy, groups, base.shares, factors) if changes else None
        )
        places = _place_counts(drawn.scores[:, run_idx], r) if r else np.zeros((0, 0))
        return drawn.scores, places, counted

    all_scores = np.empty((draws, n))
    places = np.zeros((r, r))
    done, settled = 0, False

    def summary(final: bool) -> MonteCarloResult:
        return _result(
            all_scores[:done], seed, running, run_idx, places, plan, policy, settled, final,
            _changes(plan, cells, by_option, by_weight, groups, done, shape is not None) if changes else {},
        )  # fmt: skip

    last = time.monotonic()
    with ThreadPoolExecutor(max_workers=min(WORKERS, len(starts))) as pool:
        queued: deque[Future[Any]] = deque()
        for k in range(len(starts)):
            while len(queued) < WORKERS and k + len(queued) < len(starts):  # chunks k, k+1 in flight
                queued.append(pool.submit(run, k + len(queued)))
            scores, counts, counted = queued.popleft().result()
            all_scores[done : done + scores.shape[0]] = scores
            done += scores.shape[0]
            places += counts
            if counted is not None:
                cells += counted.cells
                by_option += counted.options
                by_weight += counted.weights
            settled = settle is not None and r > 0 and bool(p_first_se(places[:, 0], done).max() < settle)
            if settled or done == draws:
                break
            if cancelled is not None and cancelled():
                for future in queued:
                    future.cancel()
                raise AnalysisCancelled
            if partial is not None and (k == 0 or time.monotonic() - last >= PARTIAL_EVERY):
                partial(summary(False))
                last = time.monotonic()
        for future in queued:  # chunks past the settled one: not run, or dropped
            future.cancel()
    return summary(True)


def chunk_draws(per_draw: int) -> int:
    """Draws per chunk for draws of ``per_draw`` cells: a chunk fills about `CHUNK_ELEMENTS` cells, at
    most `CHUNK_DRAWS` draws. It does not depend on the number of draws asked for, so a run stopped
    after k chunks gives exactly the numbers of a run asked for those k chunks' draws."""
    return max(1, min(CHUNK_DRAWS, CHUNK_ELEMENTS // per_draw))


def p_first_se(first: NDArray[np.float64], draws: int) -> NDArray[np.float64]:
    """Each option's standard error of P(first) after ``draws`` draws in which it came first ``first``
    times, with the count nudged by one each way ((x + 1) / (n + 2)) so that a share of 0 or 1 from few
    draws is not taken as certain: 1 of 1 gives ±0.47, 200 of 200 gives ±0.005."""
    p = (first + 1.0) / (draws + 2.0)
    return np.sqrt(p * (1.0 - p) / draws)


def _result(
    all_scores: NDArray[np.float64],
    seed: int,
    running: NDArray[np.bool_],
    run_idx: NDArray[np.intp],
    places: NDArray[np.float64],
    plan: DrawPlan,
    policy: str,
    settled: bool,
    final: bool,
    changes: dict[str, Any],
) -> MonteCarloResult:
    """The summary of the draws made so far."""
    draws, n = all_scores.shape
    r = run_idx.size
    distribution = np.zeros((n, r))
    distribution[run_idx] = places / draws
    distribution.setflags(write=False)
    if final:
        all_scores.setflags(write=False)
    else:  # the run goes on writing into its buffer
        all_scores = all_scores.copy()
    scored = ~np.isnan(all_scores)
    expected, q05, q95 = [], [], []
    for i in range(n):  # summary per option, after all draws
        column = all_scores[scored[:, i], i]
        expected.append(float(column.mean()) if column.size else None)
        q05.append(float(np.quantile(column, 0.05)) if column.size else None)
        q95.append(float(np.quantile(column, 0.95)) if column.size else None)
    notes = []
    if r == 0:
        notes.append(
            translate(
                "Robustness",
                "No option is in the running (all excluded, failing a must-have or without scores).",
            )
        )
    elif r == 1:
        notes.append(only_one_running_note())
    if plan.unsampled:
        notes.append(_unsampled_note(int(plan.unsampled), policy))
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
        settled=settled,
        **changes,
    )


def _changes(
    plan: DrawPlan, cells: Any, by_option: Any, by_weight: Any, groups: list[int], draws: int, drawn: bool
) -> dict[str, Any]:
    """The counts of `montecarlo_change` as shares of the draws, NaN where there is nothing to fix."""
    n, m = plan.uf0.shape
    per_cell = np.full((n, m), np.nan)
    per_cell[plan.cell_opt, plan.cell_col] = cells / draws
    per_weight = np.full(m, np.nan)
    if drawn:
        per_weight = np.where(plan.used.any(axis=0), by_weight / draws, np.nan)
    per_cell.setflags(write=False)
    per_weight.setflags(write=False)
    return {
        "p_change": per_cell,
        "p_change_weight": per_weight,
        "p_change_option": {i: float(c) / draws for i, c in zip(groups, by_option, strict=True)},
    }


@dataclass(frozen=True)
class WinnerVerdict:
    """Whether the evidence singles out one option, with the sentence that says why."""

    clear: bool
    leader: int | None
    runner_up: int | None
    reason: str


def _share(fraction: float) -> str:
    """A share of the draws as a whole percentage, the user's locale's way (57%, 57 %)."""
    return format_percent(float(fraction), decimals=0)


def clear_winner(result: MonteCarloResult, *, runner_up_threshold: float = 0.2) -> WinnerVerdict:
    """A clear winner is first in most draws and nobody else is first often.

    No clear winner when the runner-up (second-highest P(first)) has P(first) ≥ ``runner_up_threshold``,
    or the leader's P(first) is below 1/2 (the lead is spread over several options). Overlapping 5–95 %
    score intervals are deliberately not used: every option's score shares the same weight draws, so
    intervals can overlap while one option beats the other in every draw; P(first) counts that.
    """
    p = np.asarray(result.p_first)
    if not any(result.running):
        return WinnerVerdict(False, None, None, translate("Robustness", "No option is in the running."))
    order = np.argsort(-p, kind="stable")
    leader = int(order[0])
    if sum(result.running) == 1:
        alone = translate("Robustness", "Only one option is in the running.")
        return WinnerVerdict(True, leader, None, alone)
    runner = int(order[1])
    if p[runner] >= runner_up_threshold:
        why = translate("Robustness", "No clear winner: the runner-up comes first in %1 of draws (≥ %2).")
        why = why.replace("%1", _share(p[runner])).replace("%2", _share(runner_up_threshold))
        return WinnerVerdict(False, leader, runner, why)
    if p[leader] < 0.5:
        why = translate("Robustness", "No clear winner: the leader is first in only %1.")
        return WinnerVerdict(False, leader, runner, why.replace("%1", _share(p[leader])))
    clear = translate("Robustness", "Clear winner: first in %1 of draws.")
    return WinnerVerdict(True, leader, runner, clear.replace("%1", _share(p[leader])))
