"""How often would knowing one unknown change who comes first? The ``p_change`` of `find_out_next`.

Estimator, per unknown u (a random cell, all random cells of one option, or one criterion's weight):
in each simulated draw, score the options twice — as drawn, and with u set to its *expected value*
(its distribution's mean: (low + likely + high)/3 for a range with a likely value, the middle of a
range without one or of a missing score's scale, 0.5 for a missing yes/no, and for a weight its
entered value, i.e. a factor of 1) while everything else keeps its drawn value. The winner *changes*
in that draw when some option in the running beats the draw's winner W (the first highest) by more
than `scoring.TIE_TOLERANCE` once u is fixed. ``p_change(u)`` is the share of draws where it changes:
the chance that where u really lies, rather than its expected value, decides who comes first, with
all the other uncertainty as it is.

Hand-worked: A is 6 for sure and B's score is missing on the same 0–10 criterion, so B is uniform on
0–10 with expected value 5. Fixed at 5, A wins every draw; as drawn, B wins exactly the draws where it
lies above 6. So p_change(B's score) = P(U(0, 10) > 6) = 0.4, and the estimate is the share of draws
with B above 6 (exactly, on the simulation's own draws).

Each draw is re-scored exactly, not re-sampled, so the counts are reproducible with the seed:

* a cell in a fixed-bound column moves only its own option's score, by 100·w_j·(u_fixed − u_drawn)/den;
* a cell in a min–max column does the same unless fixing it moves the column's min or max (it defined
  one, or its expected value lies outside the others); only those draws re-normalise the column;
* a whole option (the grouped item for an option nobody has scored) adds up its fixed-bound cells and
  re-normalises the min–max columns it has cells in;
* a weight: criterion j's drawn factor is set back to 1, so its share moves from ŵ_j to ŵ'_j and the
  others scale by ρ; every score becomes (ρ·num + ε·u_j)/(ρ·den + ε·used_j) with ε = ŵ'_j − ρ·ŵ_j.

A draw is only re-scored where it can change: one cell moves one score by at most 100·w_j/den (a
re-normalised column every score by that much, a weight every score by 100·|ε|/(ρ·den + ε)), so draws
whose top two options are further apart than the move can bridge are skipped. (For weights that bound
needs every option scored on the same total weight, which the sampling always gives; otherwise every
draw is re-scored.) In a clear race this makes the count nearly free; in a close one it costs about as
much again as drawing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from duediligence.decision.scoring import TIE_TOLERANCE
from duediligence.robustness.draws import Chunk, DrawPlan
from duediligence.robustness.uncertainty import RowFunctions, column_utilities

Floats = NDArray[np.float64]
Ints = NDArray[np.int64]

BATCH_ELEMENTS = 1_000_000
"""Cells re-scored at once where a whole column is re-normalised (≈8 MB per array)."""


@dataclass(frozen=True)
class ChangeCounts:
    """Draws (of one chunk) in which fixing the unknown changes the winner."""

    cells: Ints  # per random cell of the plan, in its order
    options: Ints  # per option asked for (the grouped items)
    weights: Ints  # per criterion (0 where the weight is not drawn)


@dataclass(frozen=True)
class _Race:
    """The draw's winner W (position among the running), its score and the best other score."""

    run: NDArray[np.intp]
    pos: NDArray[np.intp]  # option -> position among the running, −1 when not running
    winner: NDArray[np.intp]
    top: Floats
    second: Floats

    @classmethod
    def of(cls, scores: Floats, run: NDArray[np.intp], n: int) -> _Race:
        s = scores[:, run]
        winner = s.argmax(axis=1)
        rows = np.arange(s.shape[0])
        top = s[rows, winner]
        rest = s.copy()
        rest[rows, winner] = -np.inf
        pos = np.full(n, -1)
        pos[run] = np.arange(run.size)
        return cls(run, pos, winner, top, rest.max(axis=1))

    def own(self, rows: NDArray[np.intp], opt: NDArray[np.intp], new: Floats) -> NDArray[np.bool_]:
        """Changed, when only option ``opt``'s score moves to ``new`` (rows × cells)."""
        p = self.pos[opt][None, :]
        is_winner = p == self.winner[rows][:, None]
        beaten = self.second[rows][:, None] > new + TIE_TOLERANCE
        beats = new > self.top[rows][:, None] + TIE_TOLERANCE
        return np.where(is_winner, beaten, beats) & (p >= 0)

    def full(self, rows: NDArray[np.intp], scores: Floats) -> NDArray[np.bool_]:
        """Changed, with every option's score re-computed (rows × options)."""
        s = scores[:, self.run]
        mine = s[np.arange(rows.size), self.winner[rows]]
        return s.max(axis=1) > mine + TIE_TOLERANCE


def count_changes(
    plan: DrawPlan,
    chunk: Chunk,
    run: NDArray[np.intp],
    policy: str,
    options: Sequence[int] = (),
    shares: Floats | None = None,
    factors: Floats | None = None,
) -> ChangeCounts:
    """Count, over one chunk kept with ``keep=True``, the draws where fixing each unknown changes the
    winner (see the module docstring). ``factors`` (d, criteria) are the drawn weight factors, None when
    the weights are fixed; ``shares`` the entered shares they multiply."""
    n, m = plan.uf0.shape
    cells = np.zeros(plan.a.size, dtype=np.int64)
    groups = np.zeros(len(options), dtype=np.int64)
    weights = np.zeros(m, dtype=np.int64)
    if run.size < 2:  # one option in the running always comes first
        return ChangeCounts(cells, groups, weights)
    assert chunk.num is not None and chunk.den is not None
    race = _Race.of(chunk.scores, run, n)
    den = np.where(chunk.den > 0, chunk.den, np.inf)
    # One cell moves a score by at most 100·w_j/den: only draws whose top two are closer can change.
    gap, reach = race.top - race.second, 100 / den[:, run].min(axis=1)
    f = plan.fixed_col.size
    rows = np.flatnonzero(gap <= reach * chunk.w.max(axis=1) + TIE_TOLERANCE)
    if f and rows.size:
        assert chunk.utils is not None
        opt = plan.cell_opt[:f]
        u_fixed = np.clip(plan.expected[:f] * plan.slope + plan.intercept, 0.0, 1.0)
        w = chunk.w[np.ix_(rows, plan.fixed_col)]
        delta = 100 * w * (u_fixed - chunk.utils[rows]) / den[np.ix_(rows, opt)]
        cells[:f] = race.own(rows, opt, chunk.scores[np.ix_(rows, opt)] + delta).sum(axis=0)
    for b in range(plan.block_cols.size):
        at = f + np.flatnonzero(plan.block_pos == b)
        rows = np.flatnonzero(gap <= 2 * reach * chunk.w[:, plan.block_cols[b]] + TIE_TOLERANCE)
        if rows.size:  # re-normalising moves every option's score by up to 100·w_j/den
            cells[at] = _block_cells(plan, chunk, race, den, b, at, rows, policy)
    for g, option in enumerate(options):
        groups[g] = _option(plan, chunk, race, den, option, policy)
    if factors is not None and shares is not None:
        weights[:] = _weights(plan, chunk, race, shares, factors)
    return ChangeCounts(cells, groups, weights)


def _column(plan: DrawPlan, values: Floats, b: int, policy: str) -> Floats:
    """Utilities of block column ``b`` for rows of raw values (rows, options), re-normalised per row."""
    rows = values.shape[0]
    j = plan.block_cols[b]
    lo, hi = np.full(rows, plan.lo[j]), np.full(rows, plan.hi[j])
    dynamic, lower = np.ones(rows, dtype=bool), np.full(rows, plan.lower[j])
    return column_utilities(values, lo, hi, dynamic, lower, policy, _functions(plan, j, rows))[0]


def _functions(plan: DrawPlan, j: int, rows: int) -> RowFunctions | None:
    """Criterion ``j``'s value function for ``rows`` rows (None: linear)."""
    return None if plan.functions is None else plan.functions.rows([j], rows)


def _block_cells(
    plan: DrawPlan,
    chunk: Chunk,
    race: _Race,
    den: Floats,
    b: int,
    at: NDArray[np.intp],
    rows: NDArray[np.intp],
    policy: str,
) -> Ints:
    """Changes per random cell of min–max column ``b`` over draws ``rows``: own score only while the
    column's min and max stay put, the whole column re-normalised in the draws where they move."""
    assert chunk.block is not None and chunk.block_uf is not None
    x, uf = chunk.block[rows, b, :], chunk.block_uf[rows, b, :]
    d, n = x.shape
    j, opt, e = plan.block_cols[b], plan.cell_opt[at], plan.expected[at]
    w, scores, den = chunk.w[rows, j][:, None], chunk.scores[rows], den[rows]
    here = np.arange(d)
    low_at, high_at = x.argmin(axis=1), x.argmax(axis=1)
    lo, hi = x[here, low_at], x[here, high_at]
    lo2, hi2 = x.copy(), x.copy()
    lo2[here, low_at], hi2[here, high_at] = np.inf, -np.inf
    lo2, hi2 = lo2.min(axis=1), hi2.max(axis=1)
    new_lo = np.minimum(np.where(low_at[:, None] == opt, lo2[:, None], lo[:, None]), e)
    new_hi = np.maximum(np.where(high_at[:, None] == opt, hi2[:, None], hi[:, None]), e)
    same = (new_lo == lo[:, None]) & (new_hi == hi[:, None])
    # while the bounds stay, only the cell's own utility moves (normalised with the draw's min and max)
    u = column_utilities(
        np.broadcast_to(e, (d, opt.size)), lo, hi, np.zeros(d, dtype=bool), np.full(d, plan.lower[j]), policy,
        _functions(plan, j, d),
    )[0]  # fmt: skip
    new = scores[:, opt] + 100 * w * (u - uf[:, opt]) / den[:, opt]
    changed = race.own(rows, opt, new) & same
    moved_d, moved_c = np.nonzero(~same)
    step = max(1, BATCH_ELEMENTS // n)
    for s in range(0, moved_d.size, step):
        dd, cc = moved_d[s : s + step], moved_c[s : s + step]
        values = x[dd].copy()
        values[np.arange(dd.size), opt[cc]] = e[cc]
        shift = 100 * w[dd] * (_column(plan, values, b, policy) - uf[dd]) / den[dd]
        changed[dd, cc] = race.full(rows[dd], scores[dd] + shift)
    return changed.sum(axis=0)


def _option(plan: DrawPlan, chunk: Chunk, race: _Race, den: Floats, option: int, policy: str) -> int:
    """Draws where fixing every random cell of ``option`` at its expected value changes the winner."""
    scores = chunk.scores.copy()
    f = plan.fixed_col.size
    mine = np.flatnonzero(plan.cell_opt[:f] == option)
    if mine.size:
        assert chunk.utils is not None
        u = np.clip(plan.expected[mine] * plan.slope[mine] + plan.intercept[mine], 0.0, 1.0)
        gain = (chunk.w[:, plan.fixed_col[mine]] * (u - chunk.utils[:, mine])).sum(axis=1)
        scores[:, option] += 100 * gain / den[:, option]
    rows = np.arange(scores.shape[0])
    for b in range(plan.block_cols.size):
        at = f + np.flatnonzero((plan.block_pos == b) & (plan.block_opt == option))
        if at.size:
            assert chunk.block is not None and chunk.block_uf is not None
            values = chunk.block[:, b, :].copy()
            values[:, option] = plan.expected[at[0]]
            w = chunk.w[:, plan.block_cols[b]][:, None]
            scores += 100 * w * (_column(plan, values, b, policy) - chunk.block_uf[:, b, :]) / den
    return int(race.full(rows, scores).sum())


def _utilities(plan: DrawPlan, chunk: Chunk, rows: NDArray[np.intp], col: NDArray[np.intp]) -> Floats:
    """Utilities of criterion ``col[p]`` in draw ``rows[p]`` for every option, (pairs, options)."""
    out = plan.uf0[:, col].T.copy()
    for j in np.unique(col):
        pick = np.flatnonzero(col == j)
        mine = np.flatnonzero(plan.fixed_col == j)
        if mine.size:
            assert chunk.utils is not None
            out[np.ix_(pick, plan.cell_opt[mine])] = chunk.utils[np.ix_(rows[pick], mine)]
        b = np.flatnonzero(plan.block_cols == j)
        if b.size:
            assert chunk.block_uf is not None
            out[pick] = chunk.block_uf[rows[pick], int(b[0]), :]
    return out


def _weights(
    plan: DrawPlan, chunk: Chunk, race: _Race, shares: Floats, factors: Floats, prune: bool = True
) -> Ints:
    """Per criterion: draws where setting its weight factor back to 1 changes the winner (``prune``: only
    the draws its largest move can bridge, when that bound holds)."""
    assert chunk.num is not None and chunk.den is not None
    raw = shares[None, :] * factors
    total = raw.sum(axis=1, keepdims=True)
    # Shares: ŵ'_j = w_j/S', the others ŵ_k·S/S' with S' = S − raw_j + w_j. Every score is a ratio whose
    # numerator and denominator both carry 1/S', so ρ = S and ε = w_j − raw_j give the same scores.
    rho = np.broadcast_to(total, raw.shape)
    eps = shares[None, :] - raw
    used = plan.used.astype(float)  # (options, criteria)
    run_used = used[race.run]
    uniform = (
        prune
        and bool(np.all(run_used == run_used[:1]))
        and bool(np.all(np.abs(chunk.den[:, race.run] - chunk.den[:, race.run[:1]]) <= 1e-12))
    )
    moves = (shares > 0) & (shares < 1) & run_used.any(axis=0)
    if uniform:
        new_den = rho * chunk.den[:, race.run[:1]] + eps * run_used[0][None, :]
        with np.errstate(divide="ignore", invalid="ignore"):
            bound = np.where(new_den > 0, 100 * np.abs(eps) / new_den, np.inf)
        near = 2 * bound + TIE_TOLERANCE >= (race.top - race.second)[:, None]
        rows, col = np.nonzero(near & moves[None, :])
    else:
        rows, col = np.nonzero(np.broadcast_to(moves[None, :], factors.shape))
    counts = np.zeros(shares.size, dtype=np.int64)
    n = plan.uf0.shape[0]
    step = max(1, BATCH_ELEMENTS // n)
    for s in range(0, rows.size, step):
        rr, cc = rows[s : s + step], col[s : s + step]
        r, e = rho[rr, cc][:, None], eps[rr, cc][:, None]
        a = _utilities(plan, chunk, rr, cc)
        num, den = r * chunk.num[rr] + e * a, r * chunk.den[rr] + e * used[:, cc].T
        with np.errstate(divide="ignore", invalid="ignore"):
            scores = np.where(den > 0, 100 * num / np.where(den > 0, den, 1.0), -np.inf)
        np.add.at(counts, cc, race.full(rr, scores))
    return counts
