"""How robust is the winner? Weight thresholds (tornado) and per-cell flip thresholds, both exact.

The winner is the option `scoring.rank` puts first (the first in input order if several tie). "The winner
changes" means another option in the running scores strictly higher than it; at a reported threshold the
two tie, and any move past it changes the winner. Only options in the running (ranked) are considered.

Weights. Criterion j's share moves to t and the others keep their proportions: w_k' = (1 − t)·w_k/(1 − w_j).
Each option's score is then N_i(t)/D_i(t) with N and D linear in t (D is the weight the option is scored
on: 1 under "worst"/"mean", and its renormalising sum under "ignore"), so "q beats the winner" is
N_q·D_W − N_W·D_q > 0, a quadratic in t. Its roots are found in closed form (no grid, no bisection) and the
sign is checked between consecutive roots. A criterion holding all the weight has nothing to trade
against and reports no threshold.

Cells. Moving one present value moves its utility u by Δ; every score is affine in Δ: the option's own
by 100·w_j/D_i, and under "mean" the options missing on j (filled with the column mean) by
100·w_j/(count_j·D_k). The crossing is solved per pair. Normalisation bounds are held at the
deterministic ones: exact for fixed scales and fixed ranges, and for min–max criteria as long as the
moved value is not the one defining the min or max (then it is the first-order answer); thresholds stay
within those bounds. A yes/no threshold is reported as the other answer. Missing cells have no value to
move: see `find_out_next`. Under "mean" a challenger's threshold is where *it* takes first place; raising
it also raises the options filled with that column's mean, one of which may overtake the winner earlier.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from duediligence.decision.scoring import CriterionSpec, MustHaveMode
from duediligence.enums import MissingScorePolicy, Scale
from duediligence.robustness.uncertainty import Baseline, baseline

Floats = NDArray[np.float64]


@dataclass(frozen=True)
class WeightThreshold:
    share: float  # the share at which the winner changes
    change: float  # share − current share (negative = downwards)
    new_winner: int


@dataclass(frozen=True)
class WeightSensitivity:
    """One row of the tornado: None = the winner never changes moving that way within [0, 1]."""

    criterion: int
    share: float
    down: WeightThreshold | None
    up: WeightThreshold | None

    @property
    def nearest(self) -> float:
        """Smallest share change that changes the winner (inf when none): the tornado's sort key."""
        return min((abs(x.change) for x in (self.down, self.up) if x is not None), default=float("inf"))


def _first_crossing(coef: Floats, start: Floats, end: Floats) -> Floats:
    """First t from ``start`` towards ``end`` after which the quadratic (…, 3) = (A, B, C) is positive.

    Roots by the numerically stable formula; the sign is read at the midpoints between the candidate
    points (start, the roots in between, end). NaN where it never turns positive.
    """
    a, b, c = coef[..., 0], coef[..., 1], coef[..., 2]
    with np.errstate(all="ignore"):
        disc = b * b - 4 * a * c
        q = -0.5 * (b + np.copysign(np.sqrt(np.maximum(disc, 0.0)), b))
        r1 = np.where(a != 0, q / a, np.where(b != 0, -c / b, np.nan))
        r2 = np.where((a != 0) & (q != 0), c / q, np.nan)
    roots = np.stack([r1, r2], axis=-1)
    roots[np.broadcast_to((disc < 0)[..., None] & (a != 0)[..., None], roots.shape)] = np.nan
    lo, hi = np.minimum(start, end)[..., None], np.maximum(start, end)[..., None]
    roots = np.where((roots > lo) & (roots < hi), roots, end[..., None])
    cand = np.concatenate([start[..., None], roots, end[..., None]], axis=-1)
    cand = np.take_along_axis(cand, np.argsort(np.abs(cand - start[..., None]), axis=-1), axis=-1)
    mid = (cand[..., :-1] + cand[..., 1:]) / 2
    f = a[..., None] * mid**2 + b[..., None] * mid + c[..., None]
    ok = (np.abs(cand[..., 1:] - cand[..., :-1]) > 1e-12) & (f > 1e-12)
    first = ok.argmax(axis=-1)
    t = np.take_along_axis(cand, first[..., None], axis=-1)[..., 0]
    return np.where(ok.any(axis=-1), t, np.nan)


def weight_sensitivity(
    values: ArrayLike,
    criteria: Sequence[CriterionSpec],
    *,
    policy: str = MissingScorePolicy.IGNORE.value,
    excluded: Sequence[bool] | None = None,
    must_have: MustHaveMode = "exclude",
) -> tuple[WeightSensitivity, ...]:
    """The tornado table: per criterion, the share changes that change the winner; most fragile first."""
    base = baseline(values, criteria, policy=policy, excluded=excluded, must_have=must_have)
    return _weight_rows(base)


def _weight_rows(base: Baseline) -> tuple[WeightSensitivity, ...]:
    # Options with no score yet (values only on zero-weight criteria) can get one as a weight grows.
    w, win, run = base.shares, base.winner, np.flatnonzero(base.eligible)
    m = w.size
    if win is None or run.size < 2:
        return tuple(WeightSensitivity(j, float(w[j]), None, None) for j in range(m))
    keep = w < 1 - 1e-12
    scale = np.where(keep, 1 - w, 1.0)
    a, c = base.uf[run].T, base.used[run].T.astype(float)  # (m, r)
    b = (base.num[run][None, :] - w[:, None] * a) / scale[:, None]
    e = (base.den[run][None, :] - w[:, None] * c) / scale[:, None]
    n0, n1, d0, d1 = b, a - b, e, c - e
    k = int(np.flatnonzero(run == win)[0])
    coef = np.stack(
        [
            n1 * d1[:, [k]] - n1[:, [k]] * d1,
            n0 * d1[:, [k]] + n1 * d0[:, [k]] - n0[:, [k]] * d1 - n1[:, [k]] * d0,
            n0 * d0[:, [k]] - n0[:, [k]] * d0,
        ],
        axis=-1,
    )
    coef[:, k] = [0.0, 0.0, -1.0]  # the winner never beats itself
    rows = []
    start = np.broadcast_to(w[:, None], a.shape)
    for end in (0.0, 1.0):
        t = _first_crossing(coef, start, np.full(a.shape, end))
        t[~keep] = np.nan
        rows.append(t)
    out = []
    for j in range(m):
        found: list[WeightThreshold | None] = []
        for t, step in zip(rows, (-1e-7, 1e-7), strict=True):
            if np.all(np.isnan(t[j])):
                found.append(None)
                continue
            tj = float(np.nanmin(t[j]) if step > 0 else np.nanmax(t[j]))
            probe = min(max(tj + step, 0.0), 1.0)
            with np.errstate(all="ignore"):
                s = (b[j] + probe * n1[j]) / (e[j] + probe * d1[j])
            new = int(run[np.nanargmax(np.where(np.isfinite(s), s, -np.inf))])
            found.append(WeightThreshold(tj, tj - float(w[j]), new))
        out.append(WeightSensitivity(j, float(w[j]), found[0], found[1]))
    return tuple(sorted(out, key=lambda row: (row.nearest, row.criterion)))


@dataclass(frozen=True)
class CellFlip:
    """How far one entered value must move to change the winner (None fields = no value on the scale does)."""

    option: int
    criterion: int
    value: float
    threshold: float | None
    change: float | None  # threshold − value
    new_winner: int | None


def flip_thresholds(
    values: ArrayLike,
    criteria: Sequence[CriterionSpec],
    *,
    policy: str = MissingScorePolicy.IGNORE.value,
    excluded: Sequence[bool] | None = None,
    must_have: MustHaveMode = "exclude",
) -> tuple[CellFlip, ...]:
    """Per present cell of an option in the running: the winner's cells downwards, the others' upwards."""
    base = baseline(values, criteria, policy=policy, excluded=excluded, must_have=must_have)
    win, run = base.winner, np.flatnonzero(base.running)
    x = base.values
    opt, col = np.nonzero(~np.isnan(x) & base.running[:, None])
    if win is None or opt.size == 0:
        return ()
    present = ~np.isnan(x)
    w, den = base.shares, np.where(base.den > 0, base.den, 1.0)
    mean_slope = np.zeros(x.shape)
    if policy == MissingScorePolicy.MEAN.value:
        count = np.maximum(present.sum(axis=0), 1)
        mean_slope = np.where(present, 0.0, 100 * w[None, :] / (count[None, :] * den[:, None]))
    seen_lo = np.where(present, x, np.inf).min(axis=0)
    seen_hi = np.where(present, x, -np.inf).max(axis=0)
    lo, hi = np.where(base.dynamic, seen_lo, base.lo), np.where(base.dynamic, seen_hi, base.hi)
    with np.errstate(invalid="ignore"):
        flat = ~(hi - lo > 1e-12 * np.maximum(1.0, np.maximum(np.abs(lo), np.abs(hi))))
    cells = np.arange(opt.size)
    pos = np.searchsorted(run, opt)  # the moved option's place among the running
    own = run[None, :] == opt[:, None]
    g = np.where(own, (100 * w[col] / den[opt])[:, None], mean_slope[run[None, :], col[:, None]])
    g[flat[col]] = 0.0  # all values equal on a min–max criterion: moving one re-normalises, see docstring
    s = base.score[run][None, :]
    gap = s - s[0, pos][:, None]  # other option's score minus the moved option's
    slope = g - g[cells, pos][:, None]  # d(gap)/dΔ
    with np.errstate(divide="ignore", invalid="ignore"):
        cross = -gap / slope  # Δ where the two scores meet
    u0 = base.uf[opt, col]
    is_win = opt == win
    # The winner's cell, moving down (Δ < 0): q gets ahead once Δ < cross_q, for q with slope_q < 0.
    overtake = np.where(own | ~(slope < 0), -np.inf, np.minimum(cross, 0.0))
    down = overtake.max(axis=1)
    down_ok = down > -u0 + 1e-12
    # Another option's cell, moving up (Δ > 0): it leads once gap_k + slope_k·Δ < 0 for every other k.
    blocked = (~own & (slope == 0) & (gap >= 0)).any(axis=1)
    need = np.where(~own & (slope < 0), cross, -np.inf).max(axis=1)
    upper = np.where(~own & (slope > 0), cross, np.inf).min(axis=1)
    up = np.maximum(need, 0.0)
    up_ok = ~blocked & (up < upper) & (up < 1 - u0 - 1e-12)
    delta = np.where(is_win, down, up)
    ok = np.where(is_win, down_ok, up_ok) & np.isfinite(delta)
    # who overtakes first; among several at once, the one gaining fastest leads just past the threshold
    first = np.where(overtake >= down[:, None] - 1e-12, slope, np.inf).argmin(axis=1)
    new = np.where(is_win, run[first], opt)
    u_star = u0 + np.where(ok, delta, 0.0)
    width = hi[col] - lo[col]
    raw = np.where(base.lower[col], hi[col] - u_star * width, lo[col] + u_star * width)
    yes_no = np.array([criteria[int(j)].scale == Scale.YES_NO.value for j in col])
    raw = np.where(yes_no & (raw > 0) & (raw < 1), np.where(raw > x[opt, col], 1.0, 0.0), raw)
    for c, (i, j) in enumerate(zip(opt, col, strict=True)):  # a value function: the value it needs
        function = criteria[int(j)].value_function
        if function is not None and ok[c]:
            found = function.value_for(float(u_star[c]), float(x[i, j]))
            raw[c], ok[c] = (found, True) if found is not None else (np.nan, False)
    return tuple(
        CellFlip(int(i), int(j), float(x[i, j]), float(t), float(t - x[i, j]), int(q))
        if good
        else CellFlip(int(i), int(j), float(x[i, j]), None, None, None)
        for i, j, t, q, good in zip(opt, col, raw, new, ok, strict=True)
    )
