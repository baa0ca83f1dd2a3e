"""Decisions under uncertainty: how robust is the winner, and what to find out next.

`compute(inputs)` (reads.robustness.analyse reads a stored evaluation into them) runs, on the values
the ranking uses: the weight thresholds (tornado) and the per-cell flip thresholds (`sensitivity`), the
Monte Carlo (`montecarlo.simulate`, the evaluation's draws and seed, weights drawn around their shares
when its weight band is above 0, and each unknown's chance of changing the winner), the clear-winner
verdict, what to find out next (`find_out_next`, ordered by that chance), and the stakeholders'
perspectives (`uncertainty.perspective_rankings`). All of it on plain arrays, so the app can run it on
a worker thread.

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
from typing import Any

from duediligence.robustness.inputs import RobustnessInput
from duediligence.robustness.results import (
    Flip,
    Note,
    OptionOdds,
    Partial,
    Progress,
    Robustness,
    WeightMove,
)


def compute(
    inp: RobustnessInput,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    partial: Partial | None = None,
) -> Robustness:
    """Run every stage on plain arrays; `progress(stage, fraction)` is called before each stage (and
    during the simulation), and `cancelled()` is checked there too (raising `AnalysisCancelled`).
    ``partial`` gets first answers (the odds so far, ``complete`` False) while the simulation runs."""
    from duediligence.robustness.stages import run_stages

    head: dict[str, Any] = dict(
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
        )
    return run_stages(inp, head, options, progress, cancelled, partial)


def cell_flips(inp: RobustnessInput) -> dict[tuple[int, int], Flip]:
    """Only the per-cell flip thresholds (cheap, no simulation): for the matrix's tooltips."""
    from duediligence.robustness.stages import flips

    if inp.problem is not None:
        return {}
    return flips(inp, dict(policy=inp.policy, excluded=list(inp.excluded), must_have=inp.must_have))


def _num(x: float | None, digits: int = 4) -> float | None:
    return None if x is None or not math.isfinite(x) else round(float(x), digits)


def robustness_json(result: Robustness) -> dict[str, Any]:
    """The keys `rank --json` gains: top-level ``clear_winner``, ``draws_used`` (the simulation's draws:
    fewer than asked for once every P(first) settled), ``find_out_next``, ``tornado``,
    ``perspectives``; and under ``options`` (by option id) each option's ``p_first`` and
    ``rank_distribution`` — merge those into the ranking's options with `with_robustness`.
    ``p_change`` keeps 6 decimals (a count of up to 100,000 draws is exact), rounded the same way as the
    order, so the list reads as sorted."""

    def move(m: WeightMove | None) -> dict[str, Any] | None:
        return None if m is None else {"share": _num(m.share), "winner": m.winner}

    return {
        "clear_winner": result.clear,
        "draws_used": result.draws_used,
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
    """`cli.ranking.ranking_json(...)` with the robustness keys added (per option and at the top)."""
    extra = robustness_json(result)
    per_option = extra.pop("options")
    options = [
        {**o, **per_option.get(o["id"], {"p_first": 0.0, "rank_distribution": []})}
        for o in ranking["options"]
    ]
    return {**ranking, **extra, "options": options}
