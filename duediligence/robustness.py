"""Decisions under uncertainty for one stored evaluation: how robust is the winner, and what to find out next.

`analyse(session, evaluation_id)` reads the evaluation (`robustness_data.prepare`) and runs, on the values
the ranking uses: the Monte Carlo (`montecarlo.simulate`, the evaluation's draws and seed, weights drawn
around their shares when its weight band is above 0), the clear-winner verdict, the weight thresholds
(tornado) and the per-cell flip thresholds (`sensitivity`), what to find out next (`find_out_next`), and the
stakeholders' perspectives (`uncertainty.perspective_rankings`). `compute(inputs)` does the arithmetic on
plain arrays, so the app can run it on a worker thread.

Weight band b (0–0.5): how far the weights may be off, relative to themselves. The Dirichlet's
concentration κ is chosen so that the heaviest criterion's share w stays within w·(1 ± b) in about 95 % of
draws (`concentration_for_band(w, b·w)`); lighter criteria then vary relatively more, as a Dirichlet does.
b = 0 keeps the weights fixed.

The analysis uses the weighted score, before any risk adjustment (a note says so when the evaluation ranks
risk-adjusted). States that cannot be analysed (no options, no criteria, all weights zero, nothing scored,
no option in the running) give a `problem` sentence and empty results, never an exception or NaN.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from sqlmodel import Session

from duediligence.robustness_data import RobustnessInput, prepare


class AnalysisCancelled(Exception):
    """The caller asked to stop (between stages)."""


@dataclass(frozen=True)
class Note:
    """A sentence about the result; ``code`` lets the app word it in the user's language."""

    code: str
    text: str
    names: tuple[str, ...] = ()


@dataclass(frozen=True)
class OptionOdds:
    id: int
    name: str
    running: bool  # can come first in the simulation
    score: float | None  # the deterministic weighted score
    rank: int | None  # the deterministic rank
    p_first: float
    rank_distribution: tuple[float, ...]  # P(place 1, 2, … r), r = options in the running
    expected_score: float | None
    score_low: float | None  # 5th percentile
    score_high: float | None  # 95th percentile


@dataclass(frozen=True)
class WeightMove:
    share: float  # the criterion's share at which the winner changes
    change: float  # share − current share
    winner_id: int
    winner: str


@dataclass(frozen=True)
class TornadoRow:
    criterion_id: int
    criterion: str
    share: float
    down: WeightMove | None  # None: lowering the weight to 0 never changes the winner
    up: WeightMove | None

    @property
    def nearest(self) -> float:
        return min((abs(m.change) for m in (self.down, self.up) if m is not None), default=math.inf)


@dataclass(frozen=True)
class Flip:
    """How far an entered value must move to change the winner (None: no value on its scale does)."""

    option_id: int
    criterion_id: int
    value: float
    threshold: float | None
    winner_id: int | None  # who wins past the threshold
    winner: str | None
    scale: str
    unit: str


@dataclass(frozen=True)
class NextStep:
    """One thing worth finding out; ``option_id`` is None for a criterion's weight."""

    option_id: int | None
    option: str | None
    criterion_id: int
    criterion: str
    kind: str  # "missing", "range" or "weight"
    low: float
    high: float
    impact: float  # how far the leader's margin swings between the two ends, in score points
    decides: bool
    between: tuple[str, str]
    sentence: str


@dataclass(frozen=True)
class Perspective:
    """The ranking with one stakeholder's weights (stakeholder_id None: the combined perspective)."""

    stakeholder_id: int | None
    name: str
    shares: tuple[float, ...]  # per criterion
    own: tuple[bool, ...]  # whether each weight is the stakeholder's own
    winner_id: int | None
    winner: str | None
    scores: tuple[float | None, ...]  # per option


@dataclass(frozen=True)
class Disagreement:
    criterion_id: int
    criterion: str
    spread: float  # max − min share over the profiles
    lowest: str
    highest: str


@dataclass(frozen=True)
class Robustness:
    evaluation_id: int
    title: str
    draws: int
    seed: int
    weight_band: float
    concentration: float | None
    criterion_ids: tuple[int, ...] = ()
    criterion_names: tuple[str, ...] = ()
    criterion_units: tuple[str, ...] = ()  # a cost criterion's unit is the currency
    criterion_weights: tuple[float, ...] = ()  # as the ranking uses them (typed, or from comparisons)
    problem: Note | None = None
    notes: tuple[Note, ...] = ()
    options: tuple[OptionOdds, ...] = ()
    winner_id: int | None = None  # first on the entered values (what the ranking shows)
    leader_id: int | None = None  # first most often in the simulation
    runner_up_id: int | None = None
    clear: bool = False
    verdict: str = ""
    tornado: tuple[TornadoRow, ...] = ()
    flips: dict[tuple[int, int], Flip] = field(default_factory=dict)
    find_out_next: tuple[NextStep, ...] = ()
    perspectives: tuple[Perspective, ...] = ()
    combined: Perspective | None = None
    disagreement: tuple[Disagreement, ...] = ()

    def option(self, option_id: int | None) -> OptionOdds | None:
        return next((o for o in self.options if o.id == option_id), None)

    def name(self, option_id: int | None) -> str:
        found = self.option(option_id)
        return found.name if found else ""


Progress = Callable[[str, float], None]

STAGES = ("ranking", "weights", "cells", "find_out_next", "simulation", "perspectives")


def analyse(
    session: Session, evaluation_id: int, *, draws: int | None = None, seed: int | None = None
) -> Robustness:
    """The whole analysis of one stored evaluation (see the module docstring)."""
    return compute(prepare(session, evaluation_id, draws=draws, seed=seed))


def weight_concentration(shares: Any, band: float) -> float | None:
    """κ for the weight band (see the module docstring); None = fixed weights."""
    from duediligence.montecarlo import concentration_for_band

    w = np.asarray(shares, dtype=float)
    inner = w[(w > 0) & (w < 1 - 1e-12)]
    if band <= 0 or inner.size == 0:
        return None
    top = float(inner.max())
    return concentration_for_band(top, band * top)


def compute(
    inp: RobustnessInput,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Robustness:
    """Run every stage on plain arrays; `progress(stage, fraction)` is called before each stage, and
    `cancelled()` is checked there too (raising `AnalysisCancelled`)."""
    from duediligence.robustness_stages import run_stages

    head = dict(
        evaluation_id=inp.evaluation_id,
        title=inp.title,
        draws=inp.draws,
        seed=inp.seed,
        weight_band=inp.weight_band,
        criterion_ids=tuple(int(c.id) for c in inp.criteria),  # type: ignore[call-overload]
        criterion_names=tuple(c.name for c in inp.criteria),
        criterion_units=tuple(c.unit for c in inp.criteria),
        criterion_weights=tuple(float(c.weight) for c in inp.criteria),
    )
    options = tuple(
        OptionOdds(i, name, False, None, None, 0.0, (), None, None, None)
        for i, name in zip(inp.option_ids, inp.option_names, strict=True)
    )
    if inp.problem is not None:
        return Robustness(
            **head, concentration=None, problem=Note("unrankable", inp.problem), options=options
        )  # type: ignore[arg-type]
    return run_stages(inp, head, options, progress, cancelled)


def cell_flips(inp: RobustnessInput) -> dict[tuple[int, int], Flip]:
    """Only the per-cell flip thresholds (cheap, no simulation): for the matrix's tooltips."""
    from duediligence.robustness_stages import flips

    if inp.problem is not None:
        return {}
    return flips(inp, dict(policy=inp.policy, excluded=list(inp.excluded), must_have=inp.must_have))


def _num(x: float | None, digits: int = 4) -> float | None:
    return None if x is None or not math.isfinite(x) else round(float(x), digits)


def robustness_json(result: Robustness) -> dict[str, Any]:
    """The keys `rank --json` gains: top-level ``clear_winner``, ``find_out_next``, ``tornado``,
    ``perspectives``; and under ``options`` (by option id) each option's ``p_first`` and
    ``rank_distribution`` — merge those into the ranking's options with `with_robustness`."""

    def move(m: WeightMove | None) -> dict[str, Any] | None:
        return None if m is None else {"share": _num(m.share), "winner": m.winner}

    return {
        "clear_winner": result.clear,
        "find_out_next": [
            {
                "option": s.option,
                "criterion": s.criterion,
                "kind": s.kind,
                "impact": _num(s.impact, 2),
                "sentence": s.sentence,
            }
            for s in result.find_out_next
        ],
        "tornado": [
            {"criterion": r.criterion, "share": _num(r.share), "down": move(r.down), "up": move(r.up)}
            for r in result.tornado
        ],
        "perspectives": [
            {
                "stakeholder": p.name,
                "winner": p.winner,
                "shares": {c: _num(s) for c, s in zip(result.criterion_names, p.shares, strict=True)},
            }
            for p in (*result.perspectives, *([result.combined] if result.combined else []))
        ],
        "options": {
            o.id: {
                "p_first": _num(o.p_first) or 0.0,
                "rank_distribution": [_num(p) or 0.0 for p in o.rank_distribution],
            }
            for o in result.options
        },
    }


def with_robustness(ranking: dict[str, Any], result: Robustness) -> dict[str, Any]:
    """`cli.ranking_json(...)` with the robustness keys added (per option and at the top)."""
    extra = robustness_json(result)
    per_option = extra.pop("options")
    options = [
        {**o, **per_option.get(o["id"], {"p_first": 0.0, "rank_distribution": []})}
        for o in ranking["options"]
    ]
    return {**ranking, **extra, "options": options}
