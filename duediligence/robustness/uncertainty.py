"""The shared kernel of the decision-under-uncertainty tools, and the committee's perspectives.

`montecarlo`, `sensitivity` and `find_out_next` all ask one question many times: "what would the scores
be if this column (or these weights) were different?". They answer it with the same arithmetic as
`scoring.rank`, written so that many scenarios are scored at once:

* `column_utilities` normalises one criterion column for S scenarios at once (fixed bounds, or min–max
  across options per scenario) and applies the missing-score policy, exactly as `scoring.utilities` and
  `scoring.rank` do;
* a score is ``100 · num / den`` with ``num = Σ_j w_j · uf_ij`` (utility, filled per policy) and
  ``den = Σ_j w_j · used_ij`` (the weight the option is scored on; 1 unless "ignore" drops cells), so a
  changed column j changes num and den by ``w_j · (new − old)``: no full re-ranking per scenario.

`Baseline` is the deterministic ranking in that form; `baseline()` checks it against `scoring.rank`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from duediligence.decision.scoring import (
    FIXED_SCALES,
    CriterionSpec,
    MustHaveMode,
    Ranking,
    rank,
    weights_normalised,
)
from duediligence.decision.value_functions import Discrete, ValueFunction
from duediligence.enums import Direction, MissingScorePolicy

Floats = NDArray[np.float64]
Bools = NDArray[np.bool_]


def static_bounds(criteria: Sequence[CriterionSpec]) -> tuple[Floats, Floats, Bools, Bools]:
    """(lo, hi, dynamic, lower) per criterion; ``dynamic`` = min–max across options (lo/hi are NaN).

    A criterion with a value function spans its points (a missing score is drawn between the first and
    the last), or 0.5 … n + 0.5 for n discrete levels (each level equally likely)."""
    m = len(criteria)
    lo, hi = np.full(m, np.nan), np.full(m, np.nan)
    dynamic = np.zeros(m, dtype=bool)
    for j, c in enumerate(criteria):
        if isinstance(c.value_function, Discrete):
            lo[j], hi[j] = 0.5, len(c.value_function.levels) + 0.5
        elif c.value_function is not None:
            lo[j], hi[j] = c.value_function.ends
        elif c.scale in FIXED_SCALES:
            lo[j], hi[j] = FIXED_SCALES[c.scale][:2]
        elif c.scale_min is not None and c.scale_max is not None:
            lo[j], hi[j] = float(c.scale_min), float(c.scale_max)
        else:
            dynamic[j] = True
    lower = np.array([c.direction == Direction.LOWER_IS_BETTER.value for c in criteria], dtype=bool)
    return lo, hi, dynamic, lower


@dataclass(frozen=True, eq=False)
class RowFunctions:
    """Which rows of a `column_utilities` call take their utilities from a value function:
    ``which[s]`` indexes ``functions`` (−1: linear, as the bounds say)."""

    functions: tuple[ValueFunction, ...]
    which: NDArray[np.intp]

    @classmethod
    def of(cls, criteria: Sequence[CriterionSpec]) -> RowFunctions | None:
        """One row per criterion; None when every criterion is linear."""
        found = [c.value_function for c in criteria]
        if all(f is None for f in found):
            return None
        shaped = tuple(f for f in found if f is not None)
        which, k = np.full(len(found), -1, dtype=np.intp), 0
        for j, f in enumerate(found):
            if f is not None:
                which[j], k = k, k + 1
        return cls(shaped, which)

    def rows(self, columns: ArrayLike, repeat: int = 1) -> RowFunctions:
        """The functions of rows that are these criteria's columns, the whole list ``repeat`` times."""
        return RowFunctions(self.functions, np.tile(self.which[np.asarray(columns, dtype=np.intp)], repeat))

    def shaped(self) -> Bools:
        return np.asarray(self.which >= 0)


def column_utilities(
    x: Floats,
    lo: Floats,
    hi: Floats,
    dynamic: Bools,
    lower: Bools,
    policy: str,
    functions: RowFunctions | None = None,
) -> tuple[Floats, Bools]:
    """Filled utilities and "used" flags for S scenarios of one column each: ``x`` is (S, n) raw values.

    Row s is normalised with (lo[s], hi[s]), or with its own min and max when ``dynamic[s]``; equal
    min and max give every present value 1.0; values beyond fixed bounds clip to [0, 1]; "lower" flips.
    Rows named in ``functions`` take their value function's utilities instead of the line.
    Missing cells get 0 and are not used ("ignore"), 0 and used ("worst"), or the row's mean utility
    and used ("mean"; a row with no values falls back to "ignore") — the rules of `scoring.rank`.
    """
    present = ~np.isnan(x)
    lo = np.where(dynamic, np.where(present, x, np.inf).min(axis=1), lo)
    hi = np.where(dynamic, np.where(present, x, -np.inf).max(axis=1), hi)
    with np.errstate(invalid="ignore", over="ignore"):
        span = hi - lo
        flat = ~(span > 1e-12 * np.maximum(1.0, np.maximum(np.abs(lo), np.abs(hi))))
        frac = (x - lo[:, None]) / np.where(flat, 1.0, span)[:, None]
    frac = np.where(lower[:, None], 1.0 - frac, frac)
    u = np.where(flat[:, None], 1.0, np.clip(frac, 0.0, 1.0))
    if functions is not None:  # value functions replace the line; a value that is no level's is missing
        for k, function in enumerate(functions.functions):
            rows = np.flatnonzero(functions.which == k)
            if rows.size:
                u[rows] = function.utility(x[rows])
                present[rows] &= ~np.isnan(u[rows])
    if policy == MissingScorePolicy.WORST.value:
        return np.where(present, u, 0.0), np.ones_like(present)
    if policy == MissingScorePolicy.MEAN.value:
        counts = present.sum(axis=1)
        mean = np.where(present, u, 0.0).sum(axis=1) / np.maximum(counts, 1)
        return np.where(present, u, mean[:, None]), present | (counts > 0)[:, None]
    return np.where(present, u, 0.0), present


def missing_spans(
    base: Baseline, low: Floats, high: Floats, scale_bounds: Sequence[tuple[float, float] | None] | None
) -> tuple[Floats, Floats, Bools]:
    """Where a missing score could lie, per criterion: (lo, hi, overridden by ``scale_bounds``).

    The criterion's scale when it has one; for min–max criteria the span observed in that column (values
    and range ends); NaN when nothing is observed. ``scale_bounds[j]`` (lo, hi) replaces it.
    """
    observed = np.stack([base.values, low, high])
    seen_lo = np.where(np.isnan(observed), np.inf, observed).min(axis=(0, 1))
    seen_hi = np.where(np.isnan(observed), -np.inf, observed).max(axis=(0, 1))
    span_lo = np.where(base.dynamic, np.where(np.isfinite(seen_lo), seen_lo, np.nan), base.lo)
    span_hi = np.where(base.dynamic, np.where(np.isfinite(seen_hi), seen_hi, np.nan), base.hi)
    overridden = np.zeros(span_lo.shape, dtype=bool)
    for j, bounds in enumerate(scale_bounds or ()):
        if bounds is not None:
            span_lo[j], span_hi[j], overridden[j] = min(bounds), max(bounds), True
    return span_lo, span_hi, overridden


def scores_from(num: Floats, den: Floats) -> Floats:
    """Scores 0–100; NaN where nothing is weighed (callers turn NaN into None or "not computable")."""
    ok = den > 1e-15
    return np.where(ok, np.clip(100.0 * num / np.where(ok, den, 1.0), 0.0, 100.0), np.nan)


@dataclass(frozen=True, eq=False)
class Baseline:
    """The deterministic ranking in scenario form. ``uf``/``used`` are (n, m); ``score`` NaN = no score."""

    values: Floats
    criteria: tuple[CriterionSpec, ...]
    policy: str
    shares: Floats
    lo: Floats
    hi: Floats
    dynamic: Bools
    lower: Bools
    uf: Floats
    used: Bools
    num: Floats
    den: Floats
    score: Floats
    running: Bools  # ranked by `scoring.rank`: computable, not excluded by the user or a must-have
    eligible: Bools  # not excluded by the user or a must-have (may have no score yet)
    ranking: Ranking
    functions: RowFunctions | None = None  # criteria with a value function (None: all linear)

    @property
    def winner(self) -> int | None:
        """The first option ranked 1 (in input order), None when nothing is ranked."""
        first = [o.index for o in self.ranking.options if o.rank == 1]
        return first[0] if first else None


def baseline(
    values: ArrayLike,
    criteria: Sequence[CriterionSpec],
    *,
    policy: str = MissingScorePolicy.IGNORE.value,
    excluded: Sequence[bool] | None = None,
    must_have: MustHaveMode = "exclude",
    shares: ArrayLike | None = None,
) -> Baseline:
    """Rank with `scoring.rank` (which validates everything) and keep the pieces scenarios need."""
    import dataclasses

    specs = tuple(criteria)
    if shares is not None:
        w = weights_normalised(shares)
        specs = tuple(dataclasses.replace(c, weight=float(s)) for c, s in zip(specs, w, strict=True))
    ranking = rank(values, specs, policy=policy, excluded=excluded, must_have=must_have)
    x = np.array(values, dtype=float).reshape(-1, len(specs))
    w = np.asarray(ranking.weights)
    lo, hi, dynamic, lower = static_bounds(specs)
    functions = RowFunctions.of(specs)
    uf, used = column_utilities(x.T, lo, hi, dynamic, lower, policy, functions)
    uf, used = uf.T.copy(), used.T.copy()
    num, den = uf @ w, used @ w
    score = scores_from(num, den)
    score[~np.array([o.score is not None for o in ranking.options], dtype=bool)] = np.nan
    running = np.array([o.rank is not None for o in ranking.options], dtype=bool)
    eligible = np.array([not o.excluded for o in ranking.options], dtype=bool)
    return Baseline(
        x, specs, policy, w, lo, hi, dynamic, lower, uf, used, num, den, score, running, eligible, ranking,
        functions,
    )  # fmt: skip


# --- perspectives: each stakeholder's own weights ------------------------------------------------------


@dataclass(frozen=True)
class PerspectiveRanking:
    """One weight profile's ranking; ``shares`` are that profile's weights normalised to sum to 1."""

    name: str
    shares: tuple[float, ...]
    ranking: Ranking
    winner: int | None


@dataclass(frozen=True)
class Perspectives:
    """Rankings per profile and for the combined profile; ``disagreement[j]`` = max − min share of j."""

    profiles: tuple[PerspectiveRanking, ...]
    combined: PerspectiveRanking
    disagreement: tuple[float, ...]

    def most_disputed(self) -> int | None:
        """The criterion whose share differs most between profiles (None when all agree exactly)."""
        spread = np.asarray(self.disagreement)
        return int(spread.argmax()) if spread.size and spread.max() > 1e-12 else None


def perspective_rankings(
    values: ArrayLike,
    criteria: Sequence[CriterionSpec],
    profiles: Mapping[str, Sequence[float]],
    *,
    policy: str = MissingScorePolicy.IGNORE.value,
    excluded: Sequence[bool] | None = None,
    must_have: MustHaveMode = "exclude",
) -> Perspectives:
    """Rank once per stakeholder profile, and once with the mean of the normalised profiles.

    Each profile is normalised first (a stakeholder who typed weights out of 100 counts as much as one
    who typed them out of 10), so the combined profile is the plain mean of the shares. Disagreement per
    criterion is the range (max − min) of its share across profiles: 0 = everyone gives it the same
    share; 0.3 = someone gives it 30 points more of the total than someone else. With no profiles the
    criteria's own weights are the combined profile and disagreement is 0.
    """

    def one(name: str, w: Floats) -> PerspectiveRanking:
        b = baseline(values, criteria, policy=policy, excluded=excluded, must_have=must_have, shares=w)
        return PerspectiveRanking(name, tuple(float(s) for s in w), b.ranking, b.winner)

    m = len(criteria)
    shares = {name: weights_normalised(w) for name, w in profiles.items()}
    for name, w in shares.items():
        if w.shape != (m,):
            raise ValueError(f"profile {name!r} has {w.size} weights for {m} criteria")
    table = (
        np.array(list(shares.values())) if shares else weights_normalised([c.weight for c in criteria])[None]
    )
    combined = table.mean(axis=0)
    return Perspectives(
        profiles=tuple(one(name, w) for name, w in shares.items()),
        combined=one("combined", combined / combined.sum()),
        disagreement=tuple(float(d) for d in table.max(axis=0) - table.min(axis=0)),
    )
