"""What the Matrix sheet's formulas (matrix_formulas) compute from the cells the export writes: the
cached result stored with every formula, so that a reader that does not calculate sees the numbers.

This mirrors the formulas step by step (including their codes for scores that are not counted); the
tests check that it gives the app's own ranking, and that LibreOffice and Gnumeric agree with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from duediligence.decision.risks import RISK_ADJUSTMENT_K
from duediligence.decision.value_functions import Discrete, ValueFunction
from duediligence.exchange import matrix_layout as M
from duediligence.exchange.matrix_formulas import NO_RANK, NO_SCORE_TEXT

Cached = float | int | str


@dataclass(frozen=True)
class CriterionRow:
    """One criterion's cells as written: bounds None where the sheet takes min–max of the row."""

    id: int
    weight: float | None  # None: no weight (the sheet counts it as 0 and flags it)
    direction: str
    lo: float | None
    hi: float | None
    threshold: float | None
    values: tuple[float | None, ...]  # one per option
    function: ValueFunction | None = None  # piecewise or discrete: utilities from it, not the line


@dataclass
class MatrixValues:
    """The cached result of every formula cell."""

    shares: list[float] = field(default_factory=list)
    lows: list[Cached] = field(default_factory=list)
    highs: list[Cached] = field(default_factory=list)
    utilities: list[list[float]] = field(default_factory=list)  # per criterion, per option
    means: list[float] = field(default_factory=list)
    counted: list[float] = field(default_factory=list)
    weight_problems: list[int] = field(default_factory=list)
    fails_above: list[float] = field(default_factory=list)
    fails_below: list[float] = field(default_factory=list)
    off_below: list[float] = field(default_factory=list)
    off_above: list[float] = field(default_factory=list)
    spans: list[float] = field(default_factory=list)
    row_checks: list[str] = field(default_factory=list)
    results: list[dict[str, Cached]] = field(default_factory=list)  # per option: label -> value
    sheet_check: str = "ok"


def _trim(text: str) -> str:
    """Excel's TRIM: no leading or trailing spaces, single spaces inside."""
    return re.sub(" +", " ", text).strip()


def _utility(
    x: float | None, lo: Cached, hi: Cached, direction: str, function: ValueFunction | None = None
) -> float:
    if x is None:
        return M.NO_SCORE
    if not isinstance(lo, int | float) or not isinstance(hi, int | float):
        return M.NO_SCORE
    if x < lo - 1e-9 * max(1.0, abs(lo)) or x > hi + 1e-9 * max(1.0, abs(hi)):
        return M.OFF_SCALE
    if isinstance(function, Discrete):  # the sheet compares with each level's number exactly
        return M.OFF_SCALE if function.label(x) is None else float(function.utility([x])[0])
    if function is not None:
        return float(function.utility([x])[0])
    if hi - lo <= 1e-12 * max(1.0, abs(lo), abs(hi)):
        return 1.0
    frac = (hi - x) / (hi - lo) if direction == "lower" else (x - lo) / (hi - lo)
    return max(0.0, min(1.0, frac))


def _count_text(n: int, text: str) -> str:
    return f"{n}{text}" if n > 0 else ""


def compute(
    rows: list[CriterionRow],
    option_ids: list[int],
    excluded: list[str],
    policy: str,
    must_have_policy: str,
    exposures: list[float] | None = None,
) -> MatrixValues:
    """Every formula's result for criteria `rows` and options (in column order)."""
    k = len(option_ids)
    out = MatrixValues()
    weights = [max(0.0, r.weight) if r.weight is not None else 0.0 for r in rows]
    total_weight = sum(weights)
    for r, weight in zip(rows, weights, strict=True):
        present = [v for v in r.values if v is not None]
        lo: Cached = r.lo if r.lo is not None else (min(present) if present else "")
        hi: Cached = r.hi if r.hi is not None else (max(present) if present else "")
        problem = r.weight is None or r.weight < 0
        out.counted.append(weight)
        out.weight_problems.append(1 if problem else 0)
        t = r.threshold
        lower = r.direction == "lower"
        out.fails_above.append(t + 1e-9 + 1e-9 * abs(t) if t is not None and lower else 1e300)
        out.fails_below.append(t - 1e-9 - 1e-9 * abs(t) if t is not None and not lower else -1e300)
        out.shares.append(weight / total_weight if total_weight > 0 else 0)
        out.lows.append(lo)
        out.highs.append(hi)
        if isinstance(lo, int | float) and isinstance(hi, int | float):
            out.off_below.append(lo - 1e-9 * max(1.0, abs(lo)))
            out.off_above.append(hi + 1e-9 * max(1.0, abs(hi)))
            out.spans.append(0.0 if hi - lo <= 1e-12 * max(1.0, abs(lo), abs(hi)) else hi - lo)
        else:  # no values on a min–max criterion: nothing to normalise
            out.off_below.append(-1e300)
            out.off_above.append(1e300)
            out.spans.append(-1.0)
        us = [_utility(v, lo, hi, r.direction, r.function) for v in r.values]
        out.utilities.append(us)
        counted = [u for u in us if u >= 0]
        out.means.append(sum(counted) / len(counted) if counted else M.NO_SCORE)
        checks = "Weight missing or not a number: counted as 0. " if r.weight is None else ""
        checks += "Weight below 0: counted as 0. " if r.weight is not None and r.weight < 0 else ""
        checks += _count_text(us.count(M.NOT_A_NUMBER), " score(s) not a number. ")
        checks += _count_text(us.count(M.OFF_SCALE), " score(s) off the scale. ")
        out.row_checks.append(_trim(checks))
    bad_weights = sum(out.weight_problems)
    if bad_weights:
        out.sheet_check = _trim(f"{bad_weights} weight(s) missing, not a number or below 0: counted as 0. ")
    mh_flag = must_have_policy.lower() == "flag"
    for j in range(k):
        us = [row[j] for row in out.utilities]
        num = sum(h * u for h, u in zip(out.shares, us, strict=True) if u >= 0)
        if policy == "mean":
            num += sum(h * m for h, u, m in zip(out.shares, us, out.means, strict=True) if u < 0 and m >= 0)
        if policy == "worst":
            den = sum(out.shares)
        else:
            den = sum(
                h * ((u >= 0) + (policy == "mean") * (u < 0) * (m >= 0))
                for h, u, m in zip(out.shares, us, out.means, strict=True)
            )
        has_any = any(u >= 0 for u in us)
        total: Cached = max(0.0, min(100.0, 100 * num / den)) if has_any and den > 1e-15 else NO_SCORE_TEXT
        fails = sum(
            1
            for r, above, below in zip(rows, out.fails_above, out.fails_below, strict=True)
            if (x := r.values[j]) is not None and (x > above or x < below)
        )
        result: dict[str, Cached] = {
            M.TOTAL: total,
            M.MISSING: max(0.0, min(1.0, sum(h for h, u in zip(out.shares, us, strict=True) if u < 0))),
            M.FAILED: fails,
            M.EXCLUDED: excluded[j],
            M.OPTION_ID: option_ids[j],
            M.SUM: num,
            M.COUNTED: den,
            M.POLICY: policy,
            M.MUST_HAVE_POLICY: must_have_policy,
        }
        score: Cached = total
        if exposures is not None:
            exposure = exposures[j]
            result[M.EXPOSURE] = exposure
            adjusted = (
                total * RISK_ADJUSTMENT_K / (RISK_ADJUSTMENT_K + max(0.0, exposure))
                if isinstance(total, float)
                else NO_SCORE_TEXT
            )
            result[M.ADJUSTED] = score = adjusted
        ranked = isinstance(score, float) and excluded[j].lower() == "no" and (mh_flag or fails == 0)
        result[M.RANKED] = 1 if ranked else 0
        result[M.KEY] = score if ranked else -1
        checks = _count_text(us.count(M.NOT_A_NUMBER), " score(s) not a number: not counted. ")
        checks += _count_text(us.count(M.OFF_SCALE), " score(s) off the scale: not counted. ")
        if excluded[j].lower() not in ("yes", "no"):
            checks += "Excluded is neither yes nor no: not ranked. "
        if out.sheet_check != "ok":
            checks += "See the sheet check. "
        result[M.CHECK] = _trim(checks) or "ok"
        out.results.append(result)
    keys = [res[M.KEY] for res in out.results]
    for res in out.results:
        key = float(res[M.KEY])
        res[M.RANK] = 1 + sum(1 for other in keys if float(other) > key + 1e-9) if res[M.RANKED] else NO_RANK
    return out
