"""What to find out next: the missing or uncertain evidence most likely to change who comes first.

Candidates: every missing cell and every range of an option still in the running (not excluded by the
user or a must-have), and with a weight band each criterion's weight. An option nobody has scored (no
typed score on any weighted criterion) that comes first in fewer than `ALMOST_NEVER_WINS` of the draws
becomes *one* item, "score it or exclude it", instead of one line per criterion.

Order: by ``p_change``, the chance that resolving it changes who comes first, estimated on the Monte Carlo's
own draws (`montecarlo_change`: the share of draws whose winner differs once that unknown is fixed at its
expected value); then by ``impact``; items with neither are left out.

``impact`` and ``decides`` are exact and deterministic: the unknown is set to each end of where it could
lie — a range's low and high, a missing score's whole scale (the span the simulation draws from), a
weight's share with its factor at 1 − b and 1 + b, a whole option with every unknown of it at its worst
and at its best — with everything else as entered, and the ranking recomputed (min–max criteria
re-normalised, the missing-score policy applied). With the leader L (the deterministic winner),
``impact`` is how far L's margin over the best other option swings between the two ends, in score points,
and ``decides`` says whether either end unseats L (then ``between`` names the two options it decides
between).

A criterion calculated from the options' costs or timing (value source TCO, NPV or time to results) is
never asked for as a score: its item asks for the costs or the date it is calculated from. The words are
`find_out_next_words`'s, shared by the app, the command line and the report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from duediligence.decision.scoring import CriterionSpec, MustHaveMode
from duediligence.enums import MissingScorePolicy, ValueSource
from duediligence.robustness import words
from duediligence.robustness.montecarlo import MonteCarloResult
from duediligence.robustness.uncertainty import (
    Baseline,
    baseline,
    column_utilities,
    missing_spans,
    scores_from,
)

Floats = NDArray[np.float64]

ALMOST_NEVER_WINS = 0.01
"""An unscored option first in fewer than this share of draws is one item: "score it or exclude it"."""

MANUAL = ValueSource.MANUAL.value


@dataclass(frozen=True)
class FindOutNext:
    """One thing worth finding out; ``option`` is None for a weight, ``criterion`` None for a whole option."""

    option: int | None
    criterion: int | None
    kind: str  # "missing", "range", "weight" or "option"
    low: float  # the two ends tried (raw values, or shares for a weight; NaN for a whole option)
    high: float
    impact: float
    decides: bool
    between: tuple[int, int]
    p_change: float  # 0–1
    question: str
    consequence: str

    @property
    def sentence(self) -> str:
        return words.sentence(self.question, self.consequence)


def unscored_options(
    values: ArrayLike, low: ArrayLike | None, high: ArrayLike | None, criteria: Sequence[CriterionSpec],
    sources: Sequence[str] | None = None,
) -> list[int]:  # fmt: skip
    """Options with no typed score, range or range end on any weighted typed criterion (at least one)."""
    x = np.array(values, dtype=float).reshape(-1, len(criteria))
    n, m = x.shape
    lo = np.full(x.shape, np.nan) if low is None else np.array(low, dtype=float).reshape(n, m)
    hi = np.full(x.shape, np.nan) if high is None else np.array(high, dtype=float).reshape(n, m)
    typed = np.array([s == MANUAL for s in (sources or [MANUAL] * m)], dtype=bool)
    typed &= np.array([c.weight > 0 for c in criteria], dtype=bool)
    if not typed.any():
        return []
    blank = np.isnan(x) & np.isnan(lo) & np.isnan(hi)
    return [int(i) for i in np.flatnonzero(blank[:, typed].all(axis=1))]


def _winners_and_margins(scores: Floats, running: NDArray[np.bool_], leader: int) -> tuple[Floats, Floats]:
    """Per scenario row: the winner (first highest in the running) and the leader's margin over the rest."""
    s = np.where(running[None, :] & ~np.isnan(scores), scores, -np.inf)
    winner = s.argmax(axis=1)
    others = s.copy()
    others[:, leader] = -np.inf
    return winner, s[:, leader] - others.max(axis=1)


def _cell_scenarios(base: Baseline, opt: NDArray[np.intp], col: NDArray[np.intp], value: Floats) -> Floats:
    """Scores (cells, options) with cell (opt, col) set to ``value``: exact, one column re-normalised."""
    x = base.values[:, col].T.copy()
    x[np.arange(opt.size), opt] = value
    functions = None if base.functions is None else base.functions.rows(col)
    uf, used = column_utilities(
        x, base.lo[col], base.hi[col], base.dynamic[col], base.lower[col], base.policy, functions
    )
    w = base.shares[col][:, None]
    num = base.num[None, :] + w * (uf - base.uf[:, col].T)
    den = base.den[None, :] + w * (used.astype(float) - base.used[:, col].T)
    return scores_from(num, den)


def _row_scenario(base: Baseline, option: int, cols: NDArray[np.intp], value: Floats) -> Floats:
    """Scores (options,) with ``option``'s cells in ``cols`` set to ``value``, every column re-normalised."""
    x = base.values.copy()
    x[option, cols] = value
    uf, used = column_utilities(x.T, base.lo, base.hi, base.dynamic, base.lower, base.policy, base.functions)
    return scores_from(uf.T @ base.shares, used.T.astype(float) @ base.shares)


def _weight_scenarios(base: Baseline, col: NDArray[np.intp], share: Floats) -> Floats:
    """Scores (items, options) with criterion ``col``'s share moved to ``share``, the others in proportion."""
    w = base.shares[col][:, None]
    rest = np.where(w < 1, 1 - w, 1.0)
    a, c = base.uf[:, col].T, base.used[:, col].T.astype(float)
    b, e = (base.num[None, :] - w * a) / rest, (base.den[None, :] - w * c) / rest
    t = share[:, None]
    return scores_from(t * a + (1 - t) * b, t * c + (1 - t) * e)


def weight_ends(shares: Floats, band: float) -> tuple[Floats, Floats]:
    """Each share with its weight's factor at 1 − b and at 1 + b, the other weights as entered."""
    low, high = shares * max(1 - band, 0.0), shares * (1 + band)
    return low / (low + 1 - shares), high / (high + 1 - shares)


def what_to_find_out_next(
    values: ArrayLike,
    low: ArrayLike | None,
    high: ArrayLike | None,
    criteria: Sequence[CriterionSpec],
    odds: MonteCarloResult,
    *,
    policy: str = MissingScorePolicy.IGNORE.value,
    excluded: Sequence[bool] | None = None,
    must_have: MustHaveMode = "exclude",
    option_names: Sequence[str] | None = None,
    weight_band: float = 0.0,
    scale_bounds: Sequence[tuple[float, float] | None] | None = None,
    sources: Sequence[str] | None = None,
    units: Sequence[str] | None = None,
    formats: words.Formats = words.ENGLISH,
) -> tuple[FindOutNext, ...]:
    """The list described in the module docstring, most likely to change the winner first.

    ``odds`` is `montecarlo.simulate` on the same inputs with ``changes=True`` (and ``change_options`` =
    `unscored_options`); ``sources`` are the criteria's value sources ("manual" when None).
    """
    base = baseline(values, criteria, policy=policy, excluded=excluded, must_have=must_have)
    x = base.values
    n, m = x.shape
    leader = base.winner
    if leader is None or base.eligible.sum() < 2 or odds.p_change is None:
        return ()
    lo_in = np.full(x.shape, np.nan) if low is None else np.array(low, dtype=float).reshape(n, m)
    hi_in = np.full(x.shape, np.nan) if high is None else np.array(high, dtype=float).reshape(n, m)
    span_lo, span_hi, _ = missing_spans(base, lo_in, hi_in, scale_bounds)
    missing = np.isnan(x)
    a = np.where(missing, np.fmin(lo_in, hi_in), np.fmin(lo_in, x))
    b = np.where(missing, np.fmax(lo_in, hi_in), np.fmax(hi_in, x))
    bare = missing & np.isnan(a)
    a, b = np.where(bare, span_lo[None, :], a), np.where(bare, span_hi[None, :], b)
    unknown = base.eligible[:, None] & (missing | (b - a > 0)) & ~np.isnan(a)
    grouped = [
        g for g in unscored_options(x, lo_in, hi_in, criteria, sources)
        if base.eligible[g] and odds.p_first[g] < ALMOST_NEVER_WINS and g in odds.p_change_option
        and unknown[g].any()
    ]  # fmt: skip
    whole = unknown.copy()
    unknown[grouped] = False
    opt, col = np.nonzero(unknown)
    ends = [_cell_scenarios(base, opt, col, a[opt, col]), _cell_scenarios(base, opt, col, b[opt, col])]
    chance = np.nan_to_num(odds.p_change[opt, col]).tolist()
    ranged = ~np.isnan(lo_in) & ~np.isnan(hi_in)  # a range typed without a value is a range, not a blank
    kinds = [
        "missing" if missing[i, j] and not ranged[i, j] else "range" for i, j in zip(opt, col, strict=True)
    ]
    items = list(zip(opt.tolist(), col.tolist(), kinds, a[opt, col], b[opt, col], chance, strict=True))
    if weight_band > 0 and odds.p_change_weight is not None:
        cols = np.flatnonzero((base.shares > 0) & (base.shares < 1))
        t_lo, t_hi = weight_ends(base.shares[cols], weight_band)
        ends = [
            np.vstack([ends[0], _weight_scenarios(base, cols, t_lo)]),
            np.vstack([ends[1], _weight_scenarios(base, cols, t_hi)]),
        ]
        p = np.nan_to_num(odds.p_change_weight[cols]).tolist()
        items += [
            (None, int(j), "weight", lo_, hi_, q) for j, lo_, hi_, q in zip(cols, t_lo, t_hi, p, strict=True)
        ]
    for g in grouped:
        cols = np.flatnonzero(whole[g])
        worst = np.where(base.lower[cols], b[g, cols], a[g, cols])  # every unknown at its worst, then best
        best = np.where(base.lower[cols], a[g, cols], b[g, cols])
        ends = [
            np.vstack([ends[0], _row_scenario(base, g, cols, worst)[None, :]]),
            np.vstack([ends[1], _row_scenario(base, g, cols, best)[None, :]]),
        ]
        items.append((g, None, "option", np.nan, np.nan, odds.p_change_option[g]))
    if not items:
        return ()
    (win_a, margin_a), (win_b, margin_b) = (_winners_and_margins(s, base.eligible, leader) for s in ends)
    names = list(option_names) if option_names is not None else [f"option {i + 1}" for i in range(n)]
    out = []
    for k, (i, j, kind, end_a, end_b, p_change) in enumerate(items):
        impact = float(abs(margin_a[k] - margin_b[k]))
        if impact < 1e-9 and p_change <= 0:
            continue
        decides = bool(win_a[k] != leader or win_b[k] != leader)
        if decides:
            pair = (int(win_a[k]), int(win_b[k])) if win_a[k] != win_b[k] else (leader, int(win_a[k]))
        else:
            scores = ends[0][k] if margin_a[k] < margin_b[k] else ends[1][k]
            rest = np.where(base.eligible & ~np.isnan(scores), scores, -np.inf)
            rest[leader] = -np.inf
            pair = (leader, int(rest.argmax()))
        source = MANUAL if j is None or sources is None else sources[j]
        what = words.question(
            kind, "" if i is None else names[i], "" if j is None else criteria[j].name,
            float(end_a), float(end_b), unit="" if j is None or units is None else units[j],
            source=source, formats=formats,
        )  # fmt: skip
        could = words.consequence(
            p_change, decides, (names[pair[0]], names[pair[1]]), names[leader], impact, formats
        )
        out.append(
            FindOutNext(i, j, kind, float(end_a), float(end_b), impact, decides, pair, p_change, what, could)
        )
    return tuple(sorted(out, key=lambda item: (-item.p_change, -item.impact)))
