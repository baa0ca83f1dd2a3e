"""Probability of ranking first, the clear-winner verdict and what to find out next, for the charts and
the report: a small adapter over the robustness service (`robustness.analyse`), which runs the Monte Carlo
with the evaluation's seed and weight band. The chart asks for fewer draws (`CHART_DRAWS`) than the
evaluation's setting so it redraws quickly; the report uses the evaluation's own number.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from duediligence.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sqlmodel import Session

CHART_DRAWS = 2_000


@dataclass(frozen=True)
class FirstPlace:
    index: int  # place in the evaluation's option order (its colour)
    name: str
    running: bool
    p_first: float
    expected: float | None
    low: float | None  # 5th percentile score
    high: float | None  # 95th


@dataclass(frozen=True)
class Robustness:
    """P(first) per option, whether there is a clear winner, and what to find out next."""

    title: str
    options: tuple[FirstPlace, ...]
    verdict: str
    clear: bool
    draws: int
    seed: int
    notes: tuple[str, ...]
    find_out_next: tuple[str, ...]
    problem: str | None


def robustness(
    session: Session, evaluation_id: int, draws: int | None = CHART_DRAWS, next_items: int = 5
) -> Robustness:
    """`draws=None` uses the evaluation's own number of draws."""
    from duediligence.reads.robustness import analyse

    result = analyse(session, evaluation_id, draws=draws)
    problem = result.problem.text if result.problem is not None else None
    if problem is None and not any(o.running for o in result.options):
        problem = QT_TRANSLATE_NOOP(
            "Charts", "No option is in the running yet (all excluded, failing a must-have or without scores)."
        )
    options = tuple(
        FirstPlace(i, o.name, o.running, o.p_first, o.expected_score, o.score_low, o.score_high)
        for i, o in enumerate(result.options)
    )
    return Robustness(
        result.title,
        options,
        result.verdict,
        result.clear,
        result.draws_used or result.draws,  # the draws made (fewer once the odds settled)
        result.seed,
        tuple(n.text for n in result.notes),
        tuple(_sentence(step) for step in result.find_out_next[:next_items]),
        problem,
    )


def _sentence(step: Any) -> str:
    """A "what to find out next" item with the user's locale's numbers ("2,8 Punkte" in German); the
    same words as the command line and the app."""
    from duediligence.formats import format_number
    from duediligence.robustness.words import Formats, sentence

    numbers = Formats(number=lambda value, decimals: format_number(value, decimals=decimals))
    return sentence(*step.words(numbers))
