"""What the robustness analysis finds, as frozen rows: each option's odds, the weight tornado, cell
flips, what to find out next, the stakeholders' perspectives."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

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
    draws_used: int = 0  # the simulation's draws: fewer than ``draws`` once every P(first) settled
    settled: bool = False  # stopped early: every option's P(first) within ±0.5 points (standard error)
    complete: bool = True  # False: a first answer while the analysis goes on (odds only, refined later)

    def option(self, option_id: int | None) -> OptionOdds | None:
        return next((o for o in self.options if o.id == option_id), None)

    def name(self, option_id: int | None) -> str:
        found = self.option(option_id)
        return found.name if found else ""


Progress = Callable[[str, float], None]
Partial = Callable[[Robustness], None]

STAGES = ("ranking", "simulation", "weights", "cells", "find_out_next", "perspectives")
