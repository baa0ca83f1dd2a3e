"""What to find out next: the missing or uncertain evidence that could change the decision most.

Method (deterministic, exact and cheap; no Monte Carlo): every cell of an option in the running that is
missing, or has a range, is set in turn to each end of where it could lie — its low and high for a range,
the criterion's whole scale for a missing score (the span `montecarlo` samples from) — with everything
else as entered. The ranking is recomputed exactly for both ends (min–max criteria re-normalised, the
missing policy applied: only column j changes, so it is ``num − w_j·old + w_j·new``). With the leader L
(the deterministic winner), its *margin* is L's score minus the best other score in the running:

* ``decides``: the winner differs between the two ends, or either end unseats L;
* ``impact``: how far the margin swings between the two ends, in score points (0–100).

Items that decide come first, then by impact; items with no impact are left out (no value they could
take changes anything). With ``weight_concentration`` κ, each criterion's share is also moved to
w ± 2·sqrt(w(1 − w)/(κ + 1)) (the Dirichlet band `montecarlo` draws from; the others in proportion) and
ranked the same way as "weight of criterion j". P(first) is not used: a per-item Monte Carlo would cost
thousands of runs, and the margin at the ends already says whether the answer could matter.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from duediligence.enums import MissingScorePolicy
from duediligence.scoring import CriterionSpec, MustHaveMode
from duediligence.uncertainty import Baseline, baseline, column_utilities, missing_spans, scores_from

Floats = NDArray[np.float64]


@dataclass(frozen=True)
class FindOutNext:
    """One thing worth finding out; ``option`` is None for a weight."""

    option: int | None
    criterion: int
    kind: str  # "missing", "range" or "weight"
    low: float  # the two ends tried (raw values, or shares for a weight)
    high: float
    impact: float
    decides: bool
    between: tuple[int, int]
    sentence: str


def _winners_and_margins(scores: Floats, running: NDArray[np.bool_], leader: int) -> tuple[Floats, Floats]:
    """Per scenario row: the winner (first highest in the running) and the leader's margin over the rest."""
    s = np.where(running[None, :] & ~np.isnan(scores), scores, -np.inf)
    winner = s.argmax(axis=1)
    others = s.copy()
    others[:, leader] = -np.inf
    return winner, s[:, leader] - others.max(axis=1)


def _cell_scenarios(base: Baseline, opt: Floats, col: Floats, value: Floats) -> Floats:
    """Scores (cells, options) with cell (opt, col) set to ``value``: exact, one column re-normalised."""
    x = base.values[:, col].T.copy()
    x[np.arange(opt.size), opt] = value
    uf, used = column_utilities(
        x, base.lo[col], base.hi[col], base.dynamic[col], base.lower[col], base.policy
    )
    w = base.shares[col][:, None]
    num = base.num[None, :] + w * (uf - base.uf[:, col].T)
    den = base.den[None, :] + w * (used.astype(float) - base.used[:, col].T)
    return scores_from(num, den)


def _weight_scenarios(base: Baseline, col: Floats, share: Floats) -> Floats:
    """Scores (items, options) with criterion ``col``'s share moved to ``share``, the others in proportion."""
    w = base.shares[col][:, None]
    rest = np.where(w < 1, 1 - w, 1.0)
    a, c = base.uf[:, col].T, base.used[:, col].T.astype(float)
    b, e = (base.num[None, :] - w * a) / rest, (base.den[None, :] - w * c) / rest
    t = share[:, None]
    return scores_from(t * a + (1 - t) * b, t * c + (1 - t) * e)


def what_to_find_out_next(
    values: ArrayLike,
    low: ArrayLike | None,
    high: ArrayLike | None,
    criteria: Sequence[CriterionSpec],
    *,
    policy: str = MissingScorePolicy.IGNORE.value,
    excluded: Sequence[bool] | None = None,
    must_have: MustHaveMode = "exclude",
    option_names: Sequence[str] | None = None,
    weight_concentration: float | None = None,
    scale_bounds: Sequence[tuple[float, float] | None] | None = None,
) -> tuple[FindOutNext, ...]:
    """The list described in the module docstring, most decisive first (empty when nothing could matter)."""
    base = baseline(values, criteria, policy=policy, excluded=excluded, must_have=must_have)
    x = base.values
    n, m = x.shape
    leader = base.winner
    if leader is None or base.eligible.sum() < 2:
        return ()
    lo_in = np.full(x.shape, np.nan) if low is None else np.array(low, dtype=float).reshape(n, m)
    hi_in = np.full(x.shape, np.nan) if high is None else np.array(high, dtype=float).reshape(n, m)
    span_lo, span_hi, _ = missing_spans(base, lo_in, hi_in, scale_bounds)
    missing = np.isnan(x)
    a = np.where(missing, np.fmin(lo_in, hi_in), np.fmin(lo_in, x))
    b = np.where(missing, np.fmax(lo_in, hi_in), np.fmax(hi_in, x))
    bare = missing & np.isnan(a)
    a, b = np.where(bare, span_lo[None, :], a), np.where(bare, span_hi[None, :], b)
    opt, col = np.nonzero(base.eligible[:, None] & (missing | (b - a > 0)) & ~np.isnan(a))
    ends = [_cell_scenarios(base, opt, col, a[opt, col]), _cell_scenarios(base, opt, col, b[opt, col])]
    kinds = ["missing" if missing[i, j] else "range" for i, j in zip(opt, col, strict=True)]
    items = list(zip(opt.tolist(), col.tolist(), kinds, a[opt, col], b[opt, col], strict=True))
    if weight_concentration is not None and weight_concentration > 0:
        cols = np.flatnonzero((base.shares > 0) & (base.shares < 1))
        w = base.shares[cols]
        band = 2 * np.sqrt(w * (1 - w) / (weight_concentration + 1))
        t_lo, t_hi = np.clip(w - band, 0, 1), np.clip(w + band, 0, 1)
        ends = [
            np.vstack([ends[0], _weight_scenarios(base, cols, t_lo)]),
            np.vstack([ends[1], _weight_scenarios(base, cols, t_hi)]),
        ]
        items += [(None, int(j), "weight", lo_, hi_) for j, lo_, hi_ in zip(cols, t_lo, t_hi, strict=True)]
    if not items:
        return ()
    (win_a, margin_a), (win_b, margin_b) = (_winners_and_margins(s, base.eligible, leader) for s in ends)
    names = list(option_names) if option_names is not None else [f"option {i + 1}" for i in range(n)]
    out = []
    for k, (i, j, kind, end_a, end_b) in enumerate(items):
        impact = float(abs(margin_a[k] - margin_b[k]))
        if impact < 1e-9:
            continue
        decides = bool(win_a[k] != leader or win_b[k] != leader)
        if decides:
            pair = (int(win_a[k]), int(win_b[k])) if win_a[k] != win_b[k] else (leader, int(win_a[k]))
        else:
            scores = ends[0][k] if margin_a[k] < margin_b[k] else ends[1][k]
            rest = np.where(base.eligible & ~np.isnan(scores), scores, -np.inf)
            rest[leader] = -np.inf
            pair = (leader, int(rest.argmax()))
        crit = f"“{criteria[j].name}”"
        if kind == "weight":
            what = f"Agree the weight of {crit} ({end_a:.0%}–{end_b:.0%})"
        elif kind == "missing":
            what = f"Find out {names[i]}'s {crit} (missing)"
        else:
            what = f"Narrow down {names[i]}'s {crit} ({end_a:g}–{end_b:g})"
        if decides:
            tail = f"it decides between {names[pair[0]]} and {names[pair[1]]}."
        else:
            tail = f"it moves {names[leader]}'s lead by {impact:.1f} points, but {names[leader]} stays ahead."
        out.append(
            FindOutNext(i, j, kind, float(end_a), float(end_b), impact, decides, pair, f"{what}: {tail}")
        )
    return tuple(sorted(out, key=lambda item: (not item.decides, -item.impact)))
