"""How one chunk of Monte Carlo draws is made and scored (the method is described in `montecarlo`).

Random cells are drawn as numpy's ``Generator.triangular`` (range with a likely value) and ``uniform``
(range without one, or a missing score over its span) draw them, bit for bit, but a segment of cells at
once from ``Generator.random`` (see `_triangular`), and ``random() < 0.5`` (a missing yes/no). Cells in
fixed-bound columns only move their own option's score, so they are added up per option; min–max columns
holding a random cell are re-normalised per draw with `uncertainty.column_utilities`. `DrawPlan.draw`
with ``keep=True`` also keeps what `montecarlo_change` needs to re-score a draw with one unknown fixed.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from duediligence.robustness.uncertainty import (
    Baseline,
    RowFunctions,
    column_utilities,
    missing_spans,
    scores_from,
)

_CERTAIN, _TRIANGULAR, _UNIFORM, _BERNOULLI, _UNSAMPLED = range(5)


@dataclass(frozen=True, eq=False)
class DrawPlan:
    """What varies between draws, laid out so a chunk of draws is a few passes over contiguous memory.

    Random cells are ordered by (in a min–max column?, how drawn, option, criterion): cells in
    fixed-bound columns come first and only change their own option's score (utility is affine in the
    value); min–max columns holding a random cell are re-normalised per draw as a block.
    """

    uf0: NDArray[np.float64]  # cells that never change; random cells and block columns hold 0
    used0: NDArray[np.float64]
    has_any: NDArray[np.bool_]
    segments: tuple[tuple[int, int, int], ...]  # (how drawn, start, stop) over the random cells
    a: NDArray[np.float64]
    mode: NDArray[np.float64]
    b: NDArray[np.float64]
    fixed_col: NDArray[np.intp]  # the first len(fixed_col) random cells: fixed-bound columns
    starts: NDArray[np.intp]  # runs of one option (and way of drawing) among them ...
    runs: NDArray[np.float64]  # ... and the (runs, options) indicator that adds runs up per option
    slope: NDArray[np.float64]  # utility = clip(value · slope + intercept, 0, 1)
    intercept: NDArray[np.float64]
    clip: bool  # some range pokes out of its scale
    intercepts: NDArray[np.float64]  # (criteria, options): Σ intercept, to add w @ it when not clipping
    counts: NDArray[np.float64]  # (criteria, options): how many fixed random cells, for the weight used
    lo: NDArray[np.float64]
    hi: NDArray[np.float64]
    lower: NDArray[np.bool_]
    block_cols: NDArray[np.intp]  # min–max columns holding a random cell
    block_x0: NDArray[np.float64]  # (block columns, options)
    block_pos: NDArray[np.intp]  # the remaining random cells: their block column and option
    block_opt: NDArray[np.intp]
    unsampled: int
    cell_opt: NDArray[np.intp]  # every random cell's option and criterion, in the order above
    cell_col: NDArray[np.intp]
    expected: NDArray[np.float64]  # its distribution's mean (triangular (a+c+b)/3, uniform (a+b)/2, 0.5)
    used: NDArray[np.bool_]  # (options, criteria): the cell counts in its option's weight (every draw)
    functions: RowFunctions | None = None  # criteria with a value function (block columns among them)

    @property
    def cells_per_draw(self) -> int:
        return self.a.size + self.block_x0.size

    @classmethod
    def prepare(
        cls,
        base: Baseline,
        low: ArrayLike | None,
        high: ArrayLike | None,
        yes_no: NDArray[np.bool_],
        scale_bounds: Sequence[tuple[float, float] | None] | None,
    ) -> DrawPlan:
        x = base.values
        n, m = x.shape
        lo_in = np.full(x.shape, np.nan) if low is None else np.array(low, dtype=float).reshape(n, m)
        hi_in = np.full(x.shape, np.nan) if high is None else np.array(high, dtype=float).reshape(n, m)
        has_val = ~np.isnan(x)
        a = np.where(has_val, np.fmin(lo_in, x), np.fmin(lo_in, hi_in))  # one open end: closed at the value
        b = np.where(has_val, np.fmax(hi_in, x), np.fmax(lo_in, hi_in))
        bare = np.isnan(a)  # no value and no range end: sample the criterion's whole scale
        span_lo, span_hi, overridden = missing_spans(base, lo_in, hi_in, scale_bounds)
        bern = yes_no & ~overridden
        a = np.where(bare, span_lo[None, :], a)
        b = np.where(bare, span_hi[None, :], b)
        mode = np.where(has_val, x, (a + b) / 2)
        kind = np.full(x.shape, _CERTAIN)
        kind[(b - a > 0) & has_val] = _TRIANGULAR
        kind[(b - a > 0) & ~has_val] = _UNIFORM
        kind[bare & bern[None, :]] = _BERNOULLI
        kind[bare & np.isnan(a) & ~bern[None, :]] = _UNSAMPLED
        x0 = np.where(kind == _CERTAIN, np.where(has_val, x, a), np.where(kind == _UNSAMPLED, np.nan, mode))
        uf0, used_cells = column_utilities(
            x0.T, base.lo, base.hi, base.dynamic, base.lower, base.policy, base.functions
        )
        uf0, used0 = uf0.T.copy(), used_cells.T.astype(float)
        rnd = (kind == _TRIANGULAR) | (kind == _UNIFORM) | (kind == _BERNOULLI)
        # value-function columns are not affine in the value: they are re-scored per draw as a block too
        shaped = base.functions.shaped() if base.functions is not None else np.zeros(m, dtype=bool)
        block_col = (base.dynamic | shaped) & rnd.any(axis=0)
        opt, col = np.nonzero(rnd)
        how, in_block = kind[opt, col], block_col[col]
        order = np.lexsort((col, opt, how, in_block))
        opt, col, how, in_block = opt[order], col[order], how[order], in_block[order]
        uf0[opt, col], used0[opt, col] = 0.0, 0.0
        uf0[:, block_col], used0[:, block_col] = 0.0, 0.0
        cuts = np.flatnonzero(np.diff(how * 2 + in_block)) + 1
        bounds_ = np.concatenate([[0], cuts, [how.size]]).astype(int)
        segments = tuple((int(how[s]), int(s), int(e)) for s, e in itertools.pairwise(bounds_) if e > s)
        f = int((~in_block).sum())
        fo, fc, fh = opt[:f], col[:f], how[:f]
        starts = (
            np.flatnonzero(np.r_[True, (np.diff(fo) != 0) | (np.diff(fh) != 0)]) if f else np.zeros(0, int)
        )
        runs = np.zeros((starts.size, n))
        runs[np.arange(starts.size), fo[starts]] = 1.0
        span = base.hi[fc] - base.lo[fc]
        slope = np.where(base.lower[fc], -1.0, 1.0) / span
        intercept = np.where(base.lower[fc], base.hi[fc], -base.lo[fc]) / span
        intercepts, counts = np.zeros((m, n)), np.zeros((m, n))
        np.add.at(intercepts, (fc, fo), intercept)
        np.add.at(counts, (fc, fo), 1.0)
        block_cols = np.flatnonzero(block_col)
        am, mo, bm = a[opt, col], mode[opt, col], b[opt, col]
        expected = np.where(
            how == _TRIANGULAR, (am + mo + bm) / 3, np.where(how == _BERNOULLI, 0.5, (am + bm) / 2)
        )
        used = used0.astype(bool)
        used[opt, col] = True
        used[:, block_col] = True
        known = np.asarray((~np.isnan(x0)).any(axis=1), dtype=bool)
        return cls(
            uf0, used0, known, segments, a[opt, col], mode[opt, col], b[opt, col],
            fc, starts, runs, slope, intercept,
            bool(np.any((a[fo, fc] < base.lo[fc]) | (b[fo, fc] > base.hi[fc]))), intercepts, counts,
            base.lo, base.hi, base.lower, block_cols, x0[:, block_cols].T.copy(),
            np.searchsorted(block_cols, col[f:]), opt[f:], int((kind == _UNSAMPLED).sum()),
            opt, col, expected, used, base.functions,
        )  # fmt: skip

    def _sample(self, rng: np.random.Generator, d: int) -> NDArray[np.float64]:
        """Raw values of the random cells, (d, cells): triangular, uniform or Bernoulli(0.5); see
        `_draw_segment`."""
        out = np.empty((d, self.a.size))
        for how, s, e in self.segments:
            _draw_segment(rng, how, self.a[s:e], self.mode[s:e], self.b[s:e], out[:, s:e])
        return out

    def scores(self, rng: np.random.Generator, w: NDArray[np.float64], policy: str) -> NDArray[np.float64]:
        """Scores (d, options) for one chunk of draws with weight shares ``w`` (d, criteria)."""
        return self.draw(rng, w, policy).scores

    def draw(
        self, rng: np.random.Generator, w: NDArray[np.float64], policy: str, keep: bool = False
    ) -> Chunk:
        """One chunk of draws; ``keep`` also keeps the pieces `montecarlo_change` re-scores from."""
        d = w.shape[0]
        drawn = self._sample(rng, d)
        num, den = w @ self.uf0.T, w @ self.used0.T
        f = self.fixed_col.size
        utils = None
        if f:
            u = drawn[:, :f]
            if keep:  # the utilities themselves, not only their weighted sum
                utils = np.clip(u * self.slope + self.intercept, 0.0, 1.0)
                u = utils * w[:, self.fixed_col]
            elif self.clip:
                u *= self.slope
                u += self.intercept
                np.clip(u, 0.0, 1.0, out=u)
                u *= w[:, self.fixed_col]
            else:  # utility · weight = value · slope · weight + intercept · weight
                u *= self.slope
                u *= w[:, self.fixed_col]
                num += w @ self.intercepts
            num += np.add.reduceat(u, self.starts, axis=1) @ self.runs
            den += w @ self.counts
        block = block_uf = None
        if self.block_cols.size:
            k, n = self.block_x0.shape
            block = np.repeat(self.block_x0[None], d, axis=0)
            block[:, self.block_pos, self.block_opt] = drawn[:, f:]
            cols = self.block_cols
            uf, used = column_utilities(
                block.reshape(d * k, n), np.tile(self.lo[cols], d), np.tile(self.hi[cols], d),
                np.ones(d * k, dtype=bool), np.tile(self.lower[cols], d), policy,
                None if self.functions is None else self.functions.rows(cols, d),
            )  # fmt: skip
            block_uf = uf.reshape(d, k, n)
            wc = w[:, cols][:, None, :]
            num += (wc @ block_uf)[:, 0]
            den += (wc @ used.reshape(d, k, n).astype(float))[:, 0]
        scores = scores_from(num, den)
        scores[:, ~self.has_any] = np.nan
        if not keep:
            return Chunk(scores, w)
        return Chunk(scores, w, num, den, utils, block, block_uf)


BLOCK = 32_768
"""Values drawn per pass of the sampler (256 kB per array: the passes stay in the CPU's cache)."""


def _draw_segment(
    rng: np.random.Generator,
    how: int,
    a: NDArray[np.float64],
    mode: NDArray[np.float64],
    b: NDArray[np.float64],
    out: NDArray[np.float64],
) -> None:
    """Fill `out` (draws × cells) with draws of one way of drawing, block of draws by block of draws.

    Each value takes one uniform from ``rng.random``, in the order ``rng.triangular(a, mode, b, size)``
    or ``rng.uniform(a, b, size)`` would take it, and turns it with numpy's own arithmetic (triangular:
    left + √(U·(mode − left)·(right − left)) when U ≤ (mode − left)/(right − left), else
    right − √((1 − U)·(right − mode)·(right − left)); uniform: left + (right − left)·U), so the values
    are bit for bit numpy's; only a block of cells at a time, in reused buffers, instead of one cell
    at a time. A missing yes/no is ``U < 0.5``.
    """
    d, k = out.shape
    if k == 0:
        return
    rows = max(1, BLOCK // k)
    u, t = np.empty((min(rows, d), k)), np.empty((min(rows, d), k))
    low = np.empty((min(rows, d), k), dtype=bool)
    if how == _TRIANGULAR:
        base = b - a
        left_base = mode - a
        ratio = left_base / base
        left_prod = left_base * base
        right_prod = (b - mode) * base
    for first in range(0, d, rows):
        n = min(rows, d - first)
        uu, tt, ll, dest = u[:n], t[:n], low[:n], out[first : first + n]
        rng.random(out=uu)
        if how == _TRIANGULAR:
            np.less_equal(uu, ratio, out=ll)
            np.subtract(1.0, uu, out=tt)
            tt *= right_prod
            uu *= left_prod
            np.copyto(tt, uu, where=ll)
            np.sqrt(tt, out=tt)
            np.subtract(b, tt, out=dest)
            np.add(a, tt, out=uu)
            np.copyto(dest, uu, where=ll)
        elif how == _UNIFORM:
            uu *= b - a
            np.add(a, uu, out=dest)
        else:
            np.less(uu, 0.5, out=dest, casting="unsafe")


@dataclass(frozen=True, eq=False)
class Chunk:
    """One chunk of draws: the scores (d, options), and with ``keep`` what re-scoring a draw needs."""

    scores: NDArray[np.float64]
    w: NDArray[np.float64]  # (d, criteria) the drawn shares
    num: NDArray[np.float64] | None = None  # (d, options): score = 100 · num / den
    den: NDArray[np.float64] | None = None
    utils: NDArray[np.float64] | None = None  # (d, fixed-bound random cells): their drawn utilities
    block: NDArray[np.float64] | None = None  # (d, block columns, options): raw values as drawn ...
    block_uf: NDArray[np.float64] | None = None  # ... and their utilities, re-normalised per draw
