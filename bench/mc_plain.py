"""The Monte Carlo baseline: the same sampling as `robustness.montecarlo`, written plainly in numpy.

Every draw builds the whole options × criteria value matrix, fills the random cells (triangular for a
range with a likely value, uniform for a range without one or a missing score over its scale,
Bernoulli(0.5) for a missing yes/no), normalises every column (fixed bounds or that draw's min–max),
takes the weighted sum with that draw's weights (each share times a Gamma(4/b², b²/4) factor,
re-normalised) and counts who comes first. No tricks: no per-option shortcuts, no re-use between draws.
Each random cell takes one uniform and is turned into its value by the inverse distribution function.
It follows the "ignore" missing-score policy only (the benchmark's workloads use it).
"""

from __future__ import annotations

from typing import Any

import numpy as np


def plain_monte_carlo(inp: Any, draws: int, seed: int, chunk: int = 100) -> np.ndarray:
    """P(first) per option over `draws` draws of the input's uncertainty (options never excluded)."""
    from duediligence.decision.scoring import weights_normalised
    from duediligence.robustness.uncertainty import static_bounds

    x, low, high = inp.values, inp.low, inp.high
    n, m = x.shape
    lo, hi, dynamic, lower = static_bounds(inp.criteria)
    yes_no = np.array([c.scale == "yes-no" for c in inp.criteria])
    has = ~np.isnan(x)
    a = np.where(has, np.fmin(low, x), np.fmin(low, high))
    b = np.where(has, np.fmax(high, x), np.fmax(low, high))
    bare = np.isnan(a)
    a = np.where(bare, lo[None, :], a)
    b = np.where(bare, hi[None, :], b)
    mode = np.where(has, x, (a + b) / 2)
    random = (b - a > 0) | (bare & yes_no[None, :])
    opt, col = np.nonzero(random)
    ca, cm, cb = a[opt, col], mode[opt, col], b[opt, col]
    bern = (bare & yes_no[None, :])[opt, col]
    tri = has[opt, col]
    shares = weights_normalised([c.weight for c in inp.criteria])
    shape = None if inp.weight_band == 0 else 4.0 / inp.weight_band**2
    rng = np.random.default_rng(seed)
    first = np.zeros(n)
    base = np.where(has, x, np.nan)
    for start in range(0, draws, chunk):
        d = min(chunk, draws - start)
        w = np.broadcast_to(shares, (d, m))
        if shape is not None:
            w = shares * rng.gamma(shape, 1.0 / shape, size=(d, m))
            w = w / w.sum(axis=1, keepdims=True)
        u = rng.random((d, opt.size))
        span = cb - ca
        left = u * span <= cm - ca
        value = np.where(
            left,
            ca + np.sqrt(u * span * (cm - ca)),
            cb - np.sqrt((1 - u) * span * (cb - cm)),
        )
        value = np.where(tri, value, ca + span * u)
        value = np.where(bern, (u < 0.5).astype(float), value)
        X = np.repeat(base[None], d, axis=0)
        X[:, opt, col] = value
        col_lo = np.where(dynamic, np.nanmin(X, axis=1), lo)
        col_hi = np.where(dynamic, np.nanmax(X, axis=1), hi)
        frac = np.clip((X - col_lo[:, None, :]) / (col_hi - col_lo)[:, None, :], 0.0, 1.0)
        utility = np.where(lower, 1.0 - frac, frac)
        used = ~np.isnan(utility)
        num = np.einsum("dnm,dm->dn", np.where(used, utility, 0.0), w)
        den = np.einsum("dnm,dm->dn", used.astype(float), w)
        scores = 100.0 * num / den
        first += np.bincount(scores.argmax(axis=1), minlength=n)
    return first / draws
