"""The robustness analysis in words: the verdict, the notes, the to-do items and the matrix's flip hints.
Every sentence is worded here with tr() and QLocale numbers; the core's English is only a fallback."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from duediligence.i18n import translate
from ui.models.costs import money
from ui.models.ranking import percent_text
from ui.numbers import format_number

if TYPE_CHECKING:
    from duediligence.robustness.results import Flip, NextStep, Note, Robustness
    from duediligence.robustness.words import Formats
    from ui.context import AppContext


def _fill(text: str, *values: str) -> str:
    for i, value in enumerate(values, start=1):
        text = text.replace(f"%{i}", value)
    return text


def value_text(value: float, unit: str, currency: str = "") -> str:
    """A raw value as the matrix shows it: money for cost criteria, otherwise a number and its unit."""
    if unit and unit == currency:
        return money(value, currency)
    number = format_number(value, decimals=1 if abs(value) < 100 else 0)
    return f"{number} {unit}".strip()


def note_text(note: Note) -> str:
    words = {
        "nothing_scored": translate(
            "Robustness",
            "Nothing is scored yet: enter scores (even rough ones, with a range) to see how robust the "
            "ranking is.",
        ),
        "none_running": translate(
            "Robustness",
            "No option is in the running: every option is excluded, fails a must-have or has no score.",
        ),
        "nothing_uncertain": translate(
            "Robustness",
            "Nothing is uncertain: no score has a range or is missing and the weights are fixed, so every "
            "simulation gives the ranking as entered.",
        ),
        "only_weights": translate(
            "Robustness", "No score has a range and none is missing: the simulation varies only the weights."
        ),
        "risk_adjusted": translate(
            "Robustness",
            "The ranking is risk-adjusted; this analysis uses the weighted score before the risk adjustment.",
        ),
        "tie": translate("Robustness", "%1 share first place on the entered values."),
        "one_running": translate(
            "Robustness", "Only %1 is in the running: it comes first whatever the evidence says."
        ),
        "empty_profile": translate("Robustness", "%1's weights are all zero: their perspective is left out."),
    }
    text = words.get(note.code)
    if text is None:
        return note.text
    return _fill(
        text,
        translate("Robustness", " and ").join(note.names) if note.code == "tie" else (note.names or ("",))[0],
    )


def verdict_text(result: Robustness) -> str:
    """One sentence: who leads and whether clearly (e.g. “Northwind leads, but not clearly: …”)."""
    if result.problem is not None:
        return note_text(result.problem)
    leader, runner = result.option(result.leader_id), result.option(result.runner_up_id)
    winner = result.option(result.winner_id) or leader
    if winner is None or leader is None:
        return ""
    if sum(o.running for o in result.options) == 1:
        return _fill(translate("Robustness", "%1 is the only option in the running"), leader.name)
    if leader.id != winner.id:
        return _fill(
            translate(
                "Robustness",
                "%1 ranks first on the entered values, but %2 comes first more often: in %3 of the "
                "simulations",
            ),
            winner.name,
            leader.name,
            percent_text(leader.p_first),
        )
    if result.clear:
        return _fill(
            translate("Robustness", "%1 leads clearly: it comes first in %2 of the simulations"),
            leader.name,
            percent_text(leader.p_first),
        )
    if runner is None:
        return _fill(translate("Robustness", "%1 leads, but not clearly"), leader.name)
    return _fill(
        translate("Robustness", "%1 leads, but not clearly: %2 comes first in %3 of the simulations"),
        leader.name,
        runner.name,
        percent_text(runner.p_first),
    )


def method_text(result: Robustness) -> str:
    """How the odds were found, "based on N simulations": fewer than asked for once they settled, and
    "so far" while a first answer is being refined."""
    band = percent_text(result.weight_band) if result.concentration is not None else ""
    weights = (
        _fill(translate("Robustness", "weights vary by about ±%1"), band)
        if band
        else translate("Robustness", "weights fixed")
    )
    used = result.draws_used or result.draws
    method = _fill(
        translate(
            "Robustness",
            "Based on %1 simulations (seed %2): scores drawn within their ranges, missing scores over "
            "their whole scale, %3.",
        ),
        format_number(used),
        str(result.seed),
        weights,
    )
    if result.settled:
        return (
            method
            + " "
            + _fill(
                translate(
                    "Robustness",
                    "Stopped before the %1 asked for: every chance of coming first is within ±0.5 points.",
                ),
                format_number(result.draws),
            )
        )
    if not result.complete and used < result.draws:
        return (
            method
            + " "
            + _fill(
                translate("Robustness", "Refining: %1 of %2 so far."),
                format_number(used),
                format_number(result.draws),
            )
        )
    return method


def formats(currency: str = "") -> Formats:
    """The core's wording of "what to find out next" with this locale's numbers and `tr`."""
    from duediligence.robustness.words import Formats

    return Formats(
        tr=lambda text: translate("Robustness", text),
        number=lambda value, decimals: format_number(value, decimals=decimals),
        percent=percent_text,
        value=lambda value, unit: value_text(value, unit, currency),
    )


def step_question(step: NextStep, result: Robustness, currency: str = "") -> str:
    """What to find out, as a to-do item (stored as the inquiry's question): `NextStep.words`' first half."""
    return step.words(formats(currency))[0]


def step_consequence(step: NextStep, result: Robustness, currency: str = "") -> str:
    """What it could change, the same words as the command line and the report (as a sentence of its own)."""
    could = step.words(formats(currency))[1]
    return could[:1].upper() + could[1:]


def flip_hint(
    result: Robustness | dict[tuple[int, int], Flip] | None,
    option_id: int,
    criterion_id: int,
    currency: str = "",
) -> str | None:
    """“Winner changes if this drops below 6.2 (to OpenLedger)”, or None when no value on the scale does."""
    flips: Any = result.flips if hasattr(result, "flips") else (result or {})
    flip = flips.get((option_id, criterion_id))
    if flip is None or flip.threshold is None or flip.winner is None:
        return None
    if flip.scale == "yes-no":
        answer = translate("Robustness", "yes") if flip.threshold >= 0.5 else translate("Robustness", "no")
        return _fill(translate("Robustness", "Winner changes if this were “%1” (to %2)"), answer, flip.winner)
    shown = value_text(flip.threshold, flip.unit, currency)
    if flip.threshold < flip.value:
        return _fill(
            translate("Robustness", "Winner changes if this drops below %1 (to %2)"), shown, flip.winner
        )
    return _fill(translate("Robustness", "Winner changes if this rises above %1 (to %2)"), shown, flip.winner)


def matrix_flip_hint(
    context: AppContext, evaluation_id: int, option_id: int, criterion_id: int
) -> str | None:
    """`flip_hint` for the score matrix's tooltip: thresholds computed once per change (no simulation)."""
    from duediligence.errors import WorkbookError
    from duediligence.reads.robustness import prepare
    from duediligence.robustness.analysis import cell_flips

    try:
        matrix = context.matrix(evaluation_id)
    except WorkbookError:
        return None

    def query(session: Any, eid: int) -> Any:
        return cell_flips(prepare(session, eid, matrix=matrix))

    try:
        flips = context.cached(("robustness-flips", evaluation_id), query, evaluation_id)
    except (WorkbookError, ValueError):  # a removed evaluation, or one that cannot be ranked yet
        return None
    return flip_hint(flips, option_id, criterion_id, matrix.currency)
