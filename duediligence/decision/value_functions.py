"""Value functions: how a measured value becomes a utility, beyond a straight line between two ends.

A buyer's value is rarely linear: "8 h of battery is what I need; more hardly matters" bends, and an
answer such as none / basic / full support is a level, not a number. Two shapes besides the linear
default (which stays in `scoring`):

* ``Piecewise``: straight lines through points (x, v) with x strictly ascending and v on 0–100; a value
  below the first point or above the last takes that end's v (the buyer said nothing beyond them, so
  nothing is extrapolated). Descending v says "less is better"; the shape decides, not `direction`.
* ``Discrete``: labelled levels with a value each; a score is the level's number (1 = the first level
  listed), so it fits the numeric score column. A number that is not a level's is unknown (NaN, which
  the ranking treats as a missing score), never 0. Drawn values (Monte Carlo ranges) take the nearest
  level, so a range 1–3 means "any of the first three levels".

Utilities are v / 100 in [0, 1]; NaN in, NaN out. In JSON (documents, storage) a function is
``{"kind": "piecewise", "points": [[x, v], ...]}`` or ``{"kind": "discrete", "levels": {"label": v}}``;
``None`` or ``{"kind": "linear"}`` is the linear default.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from duediligence.i18n import translate

MAX_POINTS = 50
MAX_LEVELS = 50
MAX_LABEL = 80


class ValueFunctionError(ValueError):
    """A value function that cannot be used; the message says what is wrong with it."""


def _g(x: float) -> str:
    return f"{x:g}"


@dataclass(frozen=True)
class Piecewise:
    """Straight lines through (x, v) points, x strictly ascending, v on 0–100; flat beyond the ends."""

    points: tuple[tuple[float, float], ...]
    kind: str = "piecewise"

    def utility(self, x: ArrayLike) -> NDArray[np.float64]:
        """Utilities in [0, 1] (NaN where ``x`` is NaN)."""
        values = np.asarray(x, dtype=float)
        xs = np.array([p[0] for p in self.points])
        vs = np.array([p[1] for p in self.points]) / 100.0
        out = np.interp(values, xs, vs)
        return np.where(np.isnan(values), np.nan, out)

    @property
    def ends(self) -> tuple[float, float]:
        return self.points[0][0], self.points[-1][0]

    def value_for(self, utility: float, near: float) -> float | None:
        """The value nearest ``near`` whose utility is ``utility`` (0–1); None when none has it."""
        found: list[float] = []
        (first_x, first_v), (last_x, last_v) = self.points[0], self.points[-1]
        if abs(first_v / 100 - utility) <= 1e-12:
            found.append(min(near, first_x))
        if abs(last_v / 100 - utility) <= 1e-12:
            found.append(max(near, last_x))
        for (x0, v0), (x1, v1) in zip(self.points, self.points[1:], strict=False):
            u0, u1 = v0 / 100, v1 / 100
            if not min(u0, u1) - 1e-12 <= utility <= max(u0, u1) + 1e-12:
                continue
            if u0 == u1:
                found.append(min(max(near, x0), x1))
            else:
                found.append(x0 + (utility - u0) * (x1 - x0) / (u1 - u0))
        return min(found, key=lambda x: abs(x - near)) if found else None

    def describe(self, unit: str = "") -> str:
        pts = ", ".join(f"{_g(x)}{' ' + unit if unit else ''} → {_g(v)}" for x, v in self.points)
        return translate("Ranking", "value function: %1 (flat beyond the ends)").replace("%1", pts)

    def as_json(self) -> dict[str, Any]:
        return {"kind": "piecewise", "points": [[x, v] for x, v in self.points]}


@dataclass(frozen=True)
class Discrete:
    """Labelled levels, each with a value on 0–100; a score is the level's number (1 = first)."""

    levels: tuple[tuple[str, float], ...]
    kind: str = "discrete"

    def level_number(self, x: ArrayLike) -> NDArray[np.float64]:
        """The nearest level's number (1-based) for each value; NaN outside 0.5 … n + 0.5 or NaN."""
        values = np.asarray(x, dtype=float)
        with np.errstate(invalid="ignore"):
            k = np.floor(values + 0.5)
            ok = (k >= 1) & (k <= len(self.levels))
        return np.where(ok, k, np.nan)

    def utility(self, x: ArrayLike) -> NDArray[np.float64]:
        """Utilities in [0, 1]; NaN for a number that is no level's (an unknown answer, never 0)."""
        k = self.level_number(x)
        table = np.array([0.0] + [v for _, v in self.levels]) / 100.0
        idx = np.where(np.isnan(k), 0, k).astype(int)
        return np.where(np.isnan(k), np.nan, table[idx])

    def label(self, x: float | None) -> str | None:
        """The label of level number ``x`` (exact whole numbers only), None when it is no level's."""
        if x is None or not math.isfinite(x) or x != int(x) or not 1 <= x <= len(self.levels):
            return None
        return self.levels[int(x) - 1][0]

    @property
    def ends(self) -> tuple[float, float]:
        return 1.0, float(len(self.levels))

    def value_for(self, utility: float, near: float) -> float | None:
        """The number of the level that reaches ``utility`` (0–1) going from level ``near``'s value: the
        least better level going up, the least worse going down; None when no level does."""
        here = self.utility([near])[0]
        values = [(i, v / 100) for i, (_, v) in enumerate(self.levels, start=1)]
        if utility >= here:
            up = [(v, i) for i, v in values if v >= utility - 1e-12]
            return float(min(up)[1]) if up else None
        down = [(v, i) for i, v in values if v <= utility + 1e-12]
        return float(max(down)[1]) if down else None

    def describe(self, unit: str = "") -> str:
        parts = ", ".join(f"{i} = {label} → {_g(v)}" for i, (label, v) in enumerate(self.levels, start=1))
        return translate("Ranking", "levels: %1").replace("%1", parts)

    def as_json(self) -> dict[str, Any]:
        return {"kind": "discrete", "levels": dict(self.levels)}


ValueFunction = Piecewise | Discrete


def _number(raw: Any, where: str) -> float:
    if isinstance(raw, bool) or not isinstance(raw, int | float) or not math.isfinite(raw):
        raise ValueFunctionError(f"{where} must be a number, got {raw!r}")
    return float(raw)


def _value(raw: Any, where: str) -> float:
    v = _number(raw, where)
    if not 0.0 <= v <= 100.0:
        raise ValueFunctionError(f"{where} must be a value from 0 to 100, got {_g(v)}")
    return v


def _piecewise(raw: dict[str, Any]) -> Piecewise:
    points = raw.get("points")
    if not isinstance(points, list) or len(points) < 2:
        raise ValueFunctionError("a piecewise function needs a list of at least 2 points [x, value]")
    if len(points) > MAX_POINTS:
        raise ValueFunctionError(f"a piecewise function has at most {MAX_POINTS} points, got {len(points)}")
    clean: list[tuple[float, float]] = []
    for i, point in enumerate(points, start=1):
        if not isinstance(point, list | tuple) or len(point) != 2:
            raise ValueFunctionError(f"point {i} must be a pair [x, value], got {point!r}")
        x, v = _number(point[0], f"point {i}: x"), _value(point[1], f"point {i}: value")
        if clean and x <= clean[-1][0]:
            raise ValueFunctionError(
                f"point {i}: x must be above the previous point's ({_g(clean[-1][0])}), got {_g(x)}"
            )
        clean.append((x, v))
    return Piecewise(tuple(clean))


def _discrete(raw: dict[str, Any]) -> Discrete:
    levels = raw.get("levels")
    if not isinstance(levels, dict) or not levels:
        raise ValueFunctionError(
            'discrete levels must be an object {"label": value, …} with at least 1 level'
        )
    if len(levels) > MAX_LEVELS:
        raise ValueFunctionError(f"at most {MAX_LEVELS} levels, got {len(levels)}")
    clean: list[tuple[str, float]] = []
    seen: set[str] = set()
    for label, v in levels.items():
        name = label.strip() if isinstance(label, str) else ""
        if not name:
            raise ValueFunctionError("a level needs a label (empty labels cannot be told apart)")
        if len(name) > MAX_LABEL:
            raise ValueFunctionError(f"level {name[:20]!r}…: a label has at most {MAX_LABEL} characters")
        if name.casefold() in seen:
            raise ValueFunctionError(f"level {name!r} is listed twice")
        seen.add(name.casefold())
        clean.append((name, _value(v, f"level {name!r}")))
    return Discrete(tuple(clean))


def parse_value_function(raw: Any) -> ValueFunction | None:
    """A value function from its JSON form (a dict, or that dict as JSON text); None for linear.

    Raises `ValueFunctionError` saying what is wrong.
    """
    if raw is None or raw == "":
        return None
    if isinstance(raw, Piecewise | Discrete):
        return raw
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError as exc:
            raise ValueFunctionError(f"not a JSON object: {exc}") from exc
    if not isinstance(raw, dict):
        raise ValueFunctionError(f'must be an object like {{"kind": "piecewise", …}}, got {raw!r}')
    kind = raw.get("kind")
    allowed = {"linear": {"kind"}, "piecewise": {"kind", "points"}, "discrete": {"kind", "levels"}}
    if kind not in allowed:
        raise ValueFunctionError(f"kind must be 'linear', 'piecewise' or 'discrete', got {kind!r}")
    unknown = sorted(set(raw) - allowed[kind])
    if unknown:
        raise ValueFunctionError(f"unknown key {unknown[0]!r} for a {kind} function")
    if kind == "linear":
        return None
    return _piecewise(raw) if kind == "piecewise" else _discrete(raw)


def stored_text(function: ValueFunction | None) -> str | None:
    """The canonical JSON text kept in the database (None = linear)."""
    return None if function is None else json.dumps(function.as_json(), ensure_ascii=False)


@functools.lru_cache(maxsize=512)
def load(text: str | None) -> ValueFunction | None:
    """The function kept as ``text`` (None = linear); stored text was checked when it was written."""
    return parse_value_function(text) if text else None
