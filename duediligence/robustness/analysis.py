"""Decisions under uncertainty for one stored evaluation: how robust is the winner, and what to find out next.

`analyse(session, evaluation_id)` reads the evaluation (`robustness_data.prepare`) and runs, on the values
the ranking uses: the weight thresholds (tornado) and the per-cell flip thresholds (`sensitivity`), the
Monte Carlo (`montecarlo.simulate`, the evaluation's draws and seed, weights drawn around their shares
when its weight band is above 0, and each unknown's chance of changing the winner), the clear-winner
verdict, what to find out next (`find_out_next`, ordered by that chance), and the stakeholders'
perspectives (`uncertainty.perspective_rankings`). `compute(inputs)` does the arithmetic on plain arrays,
so the app can run it on a worker thread.

Weight band b (0–0.5): how far each weight may be off, relative to itself. Every criterion's weight is
multiplied by its own random factor with mean 1 and standard deviation b/2 (so within 1 ± b in about
95 % of draws), whatever the number of criteria; see `montecarlo`. b = 0 keeps the weights fixed.

The analysis uses the weighted score, before any risk adjustment (a note says so when the evaluation ranks
risk-adjusted). States that cannot be analysed (no options, no criteria, all weights zero, nothing scored,
no option in the running) give a `problem` sentence and empty results, never an exception or NaN.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlmodel import Session

from duediligence.robustness.inputs import RobustnessInput, prepare

if TYPE_CHECKING:
    from duediligence.robustness.words import Formats


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
    """One thing worth finding out; ``option_id`` is None for a criterion's weight, ``criterion_id`` None
    for a whole unscored option ("score it or exclude it")."""

    option_id: int | None
    option: str | None
    criterion_id: int | None
    criterion: str | None
    kind: str  # "missing", "range", "weight" or "option"
    low: float
    high: float
    impact: float  # how far the leader's margin swings between the two ends, in score points
    decides: bool
    between: tuple[str, str]
    p_change: float  # the chance (0–1) that resolving it changes who comes first
    leader: str  # the option first on the entered values
    source: str  # the criterion's value source ("manual", "tco", …; "manual" for weights and options)
    unit: str
    sentence: str  # in English, as the command line and the report print it

    def words(self, formats: Formats | None = None) -> tuple[str, str]:
        """(what to do, what it could change): `sentence`'s two halves, in ``formats``' numbers and words."""
        from duediligence.robustness import words as w

        f = formats or w.ENGLISH
        what = w.question(
            self.kind, self.option or "", self.criterion or "", self.low, self.high,
            unit=self.unit, source=self.source, formats=f,
        )  # fmt: skip
        return what, w.consequence(self.p_change, self.decides, self.between, self.leader, self.impact, f)


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
    concentration: float | None  # the Gamma shape 4/b² of each weight's factor; None = fixed weights
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

STAGES = ("ranking", "weights", "cells", "simulation", "find_out_next", "perspectives")


def analyse(
    session: Session, evaluation_id: int, *, draws: int | None = None, seed: int | None = None
) -> Robustness:
    """The whole analysis of one stored evaluation (see the module docstring)."""
    return compute(prepare(session, evaluation_id, draws=draws, seed=seed))


def compute(
    inp: RobustnessInput,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Robustness:
    """Run every stage on plain arrays; `progress(stage, fraction)` is called before each stage, and
    `cancelled()` is checked there too (raising `AnalysisCancelled`)."""
    from duediligence.robustness.stages import run_stages

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
    from duediligence.robustness.stages import flips

    if inp.problem is not None:
        return {}
    return flips(inp, dict(policy=inp.policy, excluded=list(inp.excluded), must_have=inp.must_have))


def _num(x: float | None, digits: int = 4) -> float | None:
    return None if x is None or not math.isfinite(x) else round(float(x), digits)


def robustness_json(result: Robustness) -> dict[str, Any]:
    """The keys `rank --json` gains: top-level ``clear_winner``, ``find_out_next``, ``tornado``,
    ``perspectives``; and under ``options`` (by option id) each option's ``p_first`` and
    ``rank_distribution`` — merge those into the ranking's options with `with_robustness`.
    ``p_change`` keeps 6 decimals (a count of up to 100,000 draws is exact), rounded the same way as the
    order, so the list reads as sorted."""

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
                "p_change": _num(s.p_change, 6),
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
