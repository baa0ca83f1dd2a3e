"""Weighted-sum ranking of options: normalisation to utilities, missing scores, must-haves, ranks.

Pure functions over plain data (numpy arrays and frozen dataclasses), so an analyst can reproduce
every number the app shows from a notebook. Conventions:

* ``values[i, j]`` is option ``i``'s raw value on criterion ``j``; NaN (or None) means "not scored".
* Utilities are in [0, 1] (1 = best on that criterion); scores are on 0-100.
* Every option in ``values`` takes part in normalisation and in the "mean" missing policy, including
  options excluded by the user or by a must-have: excluding one option never changes the others' scores.
* Degenerate inputs never produce NaN in a `Ranking`: a score that cannot be computed is ``None`` with
  a ``score_note`` saying why; invalid inputs (negative or all-zero weights, wrong shapes) raise ValueError.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
from numpy.typing import ArrayLike, NDArray

from duediligence.decision.value_functions import ValueFunction
from duediligence.enums import Direction, MissingScorePolicy, Scale
from duediligence.i18n import QT_TRANSLATE_NOOP, translate

MustHaveMode = Literal["exclude", "flag"]

TIE_TOLERANCE = 1e-9
"""Scores (0-100) closer than this share a rank: float noise must not decide a winner."""

FIXED_SCALES: dict[str, tuple[float, float, str]] = {
    Scale.ZERO_TEN.value: (0.0, 10.0, QT_TRANSLATE_NOOP("Ranking", "scale 0–10")),
    Scale.ONE_FIVE.value: (1.0, 5.0, QT_TRANSLATE_NOOP("Ranking", "scale 1–5")),
    Scale.YES_NO.value: (0.0, 1.0, QT_TRANSLATE_NOOP("Ranking", "yes/no (no = 0, yes = 1)")),
    Scale.PERCENT.value: (0.0, 100.0, QT_TRANSLATE_NOOP("Ranking", "percent 0–100")),
}
"""Each fixed scale's ends and how it normalises (English; shown through `translate("Ranking", …)`)."""


def scale_bounds(
    scale: str, scale_min: float | None = None, scale_max: float | None = None
) -> tuple[float | None, float | None]:
    """A criterion's lowest and highest allowed value: the ends it states, else its fixed scale's ends
    (None where neither says, e.g. a measured value without stated ends)."""
    fixed = FIXED_SCALES.get(scale)
    return (
        scale_min if scale_min is not None else (fixed[0] if fixed else None),
        scale_max if scale_max is not None else (fixed[1] if fixed else None),
    )


@dataclass(frozen=True)
class CriterionSpec:
    """What `rank` needs to know about one criterion (a plain copy of the stored `Criterion`)."""

    id: Hashable
    name: str
    weight: float = 1.0
    scale: str = Scale.ZERO_TEN.value
    scale_min: float | None = None
    scale_max: float | None = None
    direction: str = Direction.HIGHER_IS_BETTER.value
    must_have: bool = False
    must_have_threshold: float | None = None
    unit: str = ""
    value_function: ValueFunction | None = None  # piecewise or discrete; None = linear between the ends

    def __post_init__(self) -> None:
        if not math.isfinite(float(self.weight)) or self.weight < 0:
            raise ValueError(
                f"criterion {self.name!r}: weight must be a finite number ≥ 0, got {self.weight!r}"
            )
        if self.scale not in {s.value for s in Scale}:
            raise ValueError(f"criterion {self.name!r}: unknown scale {self.scale!r}")
        if self.direction not in {d.value for d in Direction}:
            raise ValueError(f"criterion {self.name!r}: unknown direction {self.direction!r}")
        if self.scale_min is not None and self.scale_max is not None and self.scale_min >= self.scale_max:
            raise ValueError(
                f"criterion {self.name!r}: scale_min ({self.scale_min:g}) must be below scale_max "
                f"({self.scale_max:g})"
            )


@dataclass(frozen=True)
class Normalisation:
    """How one criterion's raw values became utilities; shown because it can change the winner.

    ``lo``/``hi`` are the raw values mapped to utility 0/1 for "higher" (1/0 for "lower"); both are None
    when a min–max criterion has no values at all.
    """

    method: str
    lo: float | None
    hi: float | None
    direction: str


@dataclass(frozen=True, eq=False)
class UtilityTable:
    """Utilities in [0, 1] per option × criterion (NaN = missing, mirroring the input) and how each
    criterion was normalised."""

    values: NDArray[np.float64]
    normalisations: tuple[Normalisation, ...]


@dataclass(frozen=True)
class OptionResult:
    """One option's outcome. ``score`` is None (with ``score_note``) when it cannot be computed."""

    index: int
    score: float | None
    rank: int | None
    excluded: bool
    exclusion_reason: str | None
    missing_weight: float
    must_have_failures: tuple[Hashable, ...]
    must_have_unknown: tuple[Hashable, ...]
    score_note: str | None = None


@dataclass(frozen=True)
class Ranking:
    """Per-option results (in input order) plus what was used to produce them."""

    options: tuple[OptionResult, ...]
    normalisations: tuple[Normalisation, ...]
    weights: tuple[float, ...]
    policy: str
    must_have: str

    def ranked(self) -> tuple[OptionResult, ...]:
        """Ranked options, best first (ties keep input order)."""
        return tuple(sorted((o for o in self.options if o.rank is not None), key=lambda o: o.rank or 0))


def weights_normalised(weights: Sequence[float] | ArrayLike) -> NDArray[np.float64]:
    """Weights as shares summing to 1; raises ValueError if any is negative/non-finite or all are zero."""
    w = np.asarray(weights, dtype=float).reshape(-1)
    if not np.all(np.isfinite(w)):
        raise ValueError(translate("Ranking", "weights must be finite numbers"))
    if np.any(w < 0):
        raise ValueError(
            translate(
                "Ranking",
                "weights must not be negative (a criterion that should count against an option "
                "needs direction 'lower', not a negative weight)",
            )
        )
    total = float(w.sum())
    if w.size == 0 or total <= 0:
        raise ValueError(
            translate("Ranking", "all weights are zero (or there are no criteria): nothing to rank by")
        )
    return w / total


def _fmt(x: float, unit: str) -> str:
    return f"{x:g} {unit}".rstrip() if unit else f"{x:g}"


def _bounds(
    c: CriterionSpec, any_present: bool, low: float, high: float
) -> tuple[float | None, float | None, str]:
    """The raw values mapped to the bottom and top of the utility scale, and how they were chosen
    (`low`/`high`: the lowest and highest value present in the criterion's column)."""
    if c.value_function is not None:
        lo, hi = c.value_function.ends
        return lo, hi, c.value_function.describe(c.unit)
    if c.scale in FIXED_SCALES:
        lo, hi, method = FIXED_SCALES[c.scale]
        return lo, hi, translate("Ranking", method)
    if c.scale_min is not None and c.scale_max is not None:
        lo, hi = float(c.scale_min), float(c.scale_max)
        text = translate("Ranking", "fixed range %1–%2")
        return lo, hi, text.replace("%2", _fmt(hi, c.unit)).replace("%1", _fmt(lo, ""))
    if not any_present:
        return None, None, translate("Ranking", "min–max across options: no values yet")
    lo, hi = low, high
    if hi - lo <= 1e-12 * max(1.0, abs(lo), abs(hi)):
        text = translate("Ranking", "min–max across options: all equal (%1), every option gets 1.0")
        return lo, hi, text.replace("%1", _fmt(lo, c.unit))
    text = translate("Ranking", "min–max across options %1–%2")
    return lo, hi, text.replace("%2", _fmt(hi, c.unit)).replace("%1", _fmt(lo, ""))


def exclusion_reason(by_user: bool, failed_must_haves: Sequence[str], user_reason: str = "") -> str | None:
    """Why an option is out of the ranking, in whole sentences joined by "; " (None: it is not out).

    `failed_must_haves`: the names of the must-haves that exclude it; `user_reason`: the reason the
    person gave for excluding it (said instead of "excluded by the user")."""
    reasons = []
    if by_user:
        reason = user_reason.strip().rstrip(".")
        reasons.append(
            translate("Ranking", "excluded: %1").replace("%1", reason)
            if reason
            else translate("Ranking", "excluded by the user")
        )
    if failed_must_haves:
        names = ", ".join(failed_must_haves)
        reasons.append(translate("Ranking", "fails must-have: %1").replace("%1", names))
    return "; ".join(reasons) or None


def _as_matrix(values: ArrayLike, n_criteria: int) -> NDArray[np.float64]:
    m = np.array(values, dtype=float)
    if m.ndim == 1 and m.size == 0:
        m = m.reshape(0, n_criteria)
    if m.ndim != 2 or m.shape[1] != n_criteria:
        raise ValueError(f"values must be a matrix of options × {n_criteria} criteria, got shape {m.shape}")
    if np.any(np.isinf(m)):
        raise ValueError("values must be finite numbers or NaN/None for missing")
    return m


def utilities(values: ArrayLike, criteria: Sequence[CriterionSpec]) -> UtilityTable:
    """Map raw values to utilities in [0, 1], 1 = best.

    Fixed scales use their own bounds ("0-10" → 0–10, "1-5" → 1–5, "yes-no" → 0–1, "percent" → 0–100).
    "measured" uses ``scale_min``–``scale_max`` when both are set ("fixed range"), otherwise the min and
    max of the options' ``value``s (not their low/high ends) — so adding or removing an option can move
    everyone's utility; a single bound alone is not used. If all options share one measured value, nothing
    distinguishes them and every option gets 1.0. "lower" flips the scale: u = (hi − x)/(hi − lo).
    Values outside fixed bounds are clipped to [0, 1] rather than rewarded beyond the scale. A criterion
    with a ``value_function`` (piecewise or discrete) takes its utilities from it instead.
    """
    m = _as_matrix(values, len(criteria))
    present = ~np.isnan(m)
    any_present: list[bool] = np.asarray(present.any(axis=0)).tolist()
    lows = np.min(np.where(present, m, np.inf), axis=0, initial=np.inf).tolist()
    highs = np.max(np.where(present, m, -np.inf), axis=0, initial=-np.inf).tolist()
    lo_at, hi_at = np.full(len(criteria), np.nan), np.full(len(criteria), np.nan)
    norms: list[Normalisation] = []
    for j, c in enumerate(criteria):
        lo, hi, method = _bounds(c, any_present[j], lows[j], highs[j])
        norms.append(Normalisation(method=method, lo=lo, hi=hi, direction=c.direction))
        if lo is not None and hi is not None:
            lo_at[j], hi_at[j] = lo, hi
    # Every column at once, with the same arithmetic per cell as one column at a time.
    bounded = ~np.isnan(lo_at)
    span = hi_at - lo_at
    flat = bounded & (span <= 1e-12 * np.maximum(1.0, np.maximum(np.abs(lo_at), np.abs(hi_at))))
    with np.errstate(divide="ignore", invalid="ignore"):
        frac = (m - lo_at) / span
    lower = np.array([c.direction == Direction.LOWER_IS_BETTER.value for c in criteria], dtype=bool)
    frac = np.where(lower, 1.0 - frac, frac)
    u = np.where(flat, 1.0, np.clip(frac, 0.0, 1.0))
    u[~(present & bounded)] = np.nan
    for j, c in enumerate(criteria):
        if c.value_function is not None:  # its own shape: a value that is no level's stays unknown (NaN)
            u[:, j] = c.value_function.utility(m[:, j])
    u.setflags(write=False)
    return UtilityTable(values=u, normalisations=tuple(norms))


def _must_have_checks(
    m: NDArray[np.float64], criteria: Sequence[CriterionSpec]
) -> tuple[NDArray[np.bool_], NDArray[np.bool_]]:
    """(failed, unknown) masks per option × criterion; a value equal to the threshold (within 1e-9) passes."""
    failed = np.zeros(m.shape, dtype=bool)
    unknown = np.zeros(m.shape, dtype=bool)
    for j, c in enumerate(criteria):
        if not c.must_have or c.must_have_threshold is None:
            continue
        col, thr = m[:, j], float(c.must_have_threshold)
        missing = np.isnan(col)
        near = np.isclose(col, thr, rtol=1e-9, atol=1e-9)
        worse = col > thr if c.direction == Direction.LOWER_IS_BETTER.value else col < thr
        failed[:, j] = worse & ~near & ~missing
        unknown[:, j] = missing
    return failed, unknown


def competition_ranks(scores: NDArray[np.float64], tolerance: float = TIE_TOLERANCE) -> NDArray[np.int64]:
    """Standard competition ranks ("1224"), 1 = highest; scores within ``tolerance`` tie."""
    s = np.asarray(scores, dtype=float)
    better = s[None, :] > s[:, None] + tolerance
    return (1 + better.sum(axis=1)).astype(np.int64)


def rank(
    values: ArrayLike,
    criteria: Sequence[CriterionSpec],
    *,
    policy: str = MissingScorePolicy.IGNORE.value,
    excluded: Sequence[bool] | None = None,
    must_have: MustHaveMode = "exclude",
) -> Ranking:
    """Score options 0–100 by weighted sum of utilities and rank them (1 = best, ties share a rank).

    Missing cells, by ``policy``:
      * "ignore": drop them and re-normalise that option's weights over the criteria it has values for;
      * "worst": utility 0 (the worst end of the scale);
      * "mean": the criterion's mean utility over all options that have a value; a criterion nobody has
        scored falls back to "ignore".
    ``missing_weight`` is always the share (0–1) of total weight whose cell is missing, whatever the policy.
    An option with no values at all gets score None and no rank. Under "ignore", an option whose only
    values sit on zero-weight criteria also gets score None.

    Must-haves (``must_have`` set and a threshold given): the option fails when its raw value is below the
    threshold ("higher") or above it ("lower"); a missing value is reported as unknown, not failed.
    ``must_have="exclude"`` takes failing options out of the ranking; "flag" ranks them and lists failures.
    Options excluded by the user keep their score but get no rank.
    """
    if policy not in {p.value for p in MissingScorePolicy}:
        raise ValueError(f"unknown missing-score policy {policy!r}: use 'ignore', 'worst' or 'mean'")
    if must_have not in ("exclude", "flag"):
        raise ValueError(f"unknown must-have mode {must_have!r}: use 'exclude' or 'flag'")
    w = weights_normalised([c.weight for c in criteria])
    m = _as_matrix(values, len(criteria))
    n = m.shape[0]
    user_excluded = np.zeros(n, dtype=bool) if excluded is None else np.asarray(excluded, dtype=bool)
    if user_excluded.shape != (n,):
        raise ValueError(f"excluded must have one flag per option ({n}), got {user_excluded.shape}")

    table = utilities(m, criteria)
    u = np.array(table.values)
    present = ~np.isnan(u)
    missing_weight = np.clip((~present * w).sum(axis=1), 0.0, 1.0)

    if policy == MissingScorePolicy.WORST.value:
        u[~present] = 0.0
    elif policy == MissingScorePolicy.MEAN.value:
        counts = present.sum(axis=0)
        col_mean = np.divide(
            np.where(present, u, 0.0).sum(axis=0), counts, out=np.full(u.shape[1], np.nan), where=counts > 0
        )
        u = np.where(present, u, col_mean[None, :])
    used = ~np.isnan(u)
    used_weight = (used * w).sum(axis=1)
    weighted = np.where(used, u, 0.0) @ w
    has_any = np.asarray(present.any(axis=1), dtype=bool)
    computable = has_any & (used_weight > 1e-15)
    score = np.divide(100.0 * weighted, used_weight, out=np.zeros(n), where=computable)
    score = np.clip(score, 0.0, 100.0)

    failed, unknown = _must_have_checks(m, criteria)
    mh_excluded = (
        np.asarray(failed.any(axis=1), dtype=bool) if must_have == "exclude" else np.zeros(n, dtype=bool)
    )
    rankable = computable & ~user_excluded & ~mh_excluded
    ranks = np.zeros(n, dtype=np.int64)
    if rankable.any():
        ranks[rankable] = competition_ranks(score[rankable])

    ids = [c.id for c in criteria]
    results = []
    for i in range(n):
        fails = tuple(ids[j] for j in np.flatnonzero(failed[i]))
        failing = [criteria[int(j)].name for j in np.flatnonzero(failed[i])] if mh_excluded[i] else []
        note = None
        if not has_any[i]:
            note = translate("Ranking", "no scores entered: nothing to compute a score from")
        elif not computable[i]:
            note = translate(
                "Ranking", "only zero-weight criteria have values: nothing to compute a score from"
            )
        results.append(
            OptionResult(
                index=i,
                score=float(score[i]) if computable[i] else None,
                rank=int(ranks[i]) if rankable[i] else None,
                excluded=bool(user_excluded[i] or mh_excluded[i]),
                exclusion_reason=exclusion_reason(bool(user_excluded[i]), failing),
                missing_weight=float(missing_weight[i]),
                must_have_failures=fails,
                must_have_unknown=tuple(ids[j] for j in np.flatnonzero(unknown[i])),
                score_note=note,
            )
        )
    return Ranking(
        options=tuple(results),
        normalisations=table.normalisations,
        weights=tuple(float(x) for x in w),
        policy=policy,
        must_have=must_have,
    )
