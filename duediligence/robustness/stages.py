"""The stages of `robustness.compute`, in order: ranking, weights, cells, simulation, what to find out,
perspectives. Each turns the numpy results into the id- and name-keyed dataclasses of `robustness`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from duediligence.robustness.inputs import RobustnessInput
from duediligence.robustness.results import (
    STAGES,
    AnalysisCancelled,
    Disagreement,
    Flip,
    NextStep,
    Note,
    OptionOdds,
    Partial,
    Perspective,
    Progress,
    Robustness,
    TornadoRow,
    WeightMove,
)


def _finite(x: float | None) -> float | None:
    return None if x is None or not np.isfinite(x) else float(x)


def _notes(inp: RobustnessInput, base: Any, kappa: float | None) -> list[Note]:
    notes = []
    eligible = np.array([not o.excluded for o in base.ranking.options], dtype=bool)
    rows = inp.values[eligible]
    uncertain = np.isnan(rows) | (
        np.nan_to_num(inp.high[eligible], nan=0.0) - np.nan_to_num(inp.low[eligible], nan=0.0) > 0
    )
    if not uncertain.any():
        if kappa is None:
            notes.append(
                Note(
                    "nothing_uncertain",
                    "Nothing is uncertain: no score has a range or is missing and the weights are fixed, so "
                    "every simulation gives the ranking as entered.",
                )
            )
        else:
            notes.append(
                Note(
                    "only_weights",
                    "No score has a range and none is missing: the simulation varies only the weights.",
                )
            )
    first = [o.index for o in base.ranking.options if o.rank == 1]
    if len(first) > 1:
        names = tuple(inp.option_names[i] for i in first)
        notes.append(Note("tie", f"{' and '.join(names)} share first place on the entered values.", names))
    if inp.risk_adjusted:
        notes.append(
            Note(
                "risk_adjusted",
                "The ranking is risk-adjusted; this analysis uses the weighted score before the risk "
                "adjustment.",
            )
        )
    return notes


def _tornado(inp: RobustnessInput, opts: dict[str, Any]) -> tuple[TornadoRow, ...]:
    from duediligence.robustness.sensitivity import weight_sensitivity

    def move(t: Any) -> WeightMove | None:
        if t is None:
            return None
        return WeightMove(t.share, t.change, inp.option_ids[t.new_winner], inp.option_names[t.new_winner])

    return tuple(
        TornadoRow(
            int(inp.criteria[r.criterion].id),  # type: ignore[call-overload]
            inp.criteria[r.criterion].name,
            r.share,
            move(r.down),
            move(r.up),
        )
        for r in weight_sensitivity(inp.values, inp.criteria, **opts)
    )


def flips(inp: RobustnessInput, opts: dict[str, Any]) -> dict[tuple[int, int], Flip]:
    from duediligence.robustness.sensitivity import flip_thresholds

    out = {}
    for f in flip_thresholds(inp.values, inp.criteria, **opts):
        c = inp.criteria[f.criterion]
        winner = None if f.new_winner is None else f.new_winner
        key = (inp.option_ids[f.option], int(c.id))  # type: ignore[call-overload]
        out[key] = Flip(
            key[0],
            key[1],
            f.value,
            f.threshold,
            None if winner is None else inp.option_ids[winner],
            None if winner is None else inp.option_names[winner],
            c.scale,
            c.unit,
        )
    return out


def _next_steps(inp: RobustnessInput, opts: dict[str, Any], mc: Any, leader: int) -> tuple[NextStep, ...]:
    from duediligence.robustness.find_out_next import FindOutNext, what_to_find_out_next

    units = [c.unit for c in inp.criteria]
    items = what_to_find_out_next(
        inp.values, inp.low, inp.high, inp.criteria, mc, option_names=inp.option_names,
        weight_band=inp.weight_band, sources=inp.derived, units=units, **opts,
    )  # fmt: skip

    def step(s: FindOutNext) -> NextStep:
        i, j = s.option, s.criterion
        cell = j is not None and s.kind != "weight"
        return NextStep(
            option_id=None if i is None else inp.option_ids[i],
            option=None if i is None else inp.option_names[i],
            criterion_id=None if j is None else int(inp.criteria[j].id),  # type: ignore[call-overload]
            criterion=None if j is None else inp.criteria[j].name,
            kind=s.kind,
            low=s.low,
            high=s.high,
            impact=s.impact,
            decides=s.decides,
            between=(inp.option_names[s.between[0]], inp.option_names[s.between[1]]),
            p_change=s.p_change,
            leader=inp.option_names[leader],
            source=inp.derived[j] if cell and j is not None else "manual",
            unit=units[j] if cell and j is not None else "",
            sentence=s.sentence,
        )

    return tuple(step(s) for s in items)


def _perspectives(
    inp: RobustnessInput, opts: dict[str, Any]
) -> tuple[tuple[Perspective, ...], Perspective | None, tuple[Disagreement, ...], list[Note]]:
    from duediligence.robustness.uncertainty import perspective_rankings

    usable = [p for p in inp.profiles if sum(p.weights) > 0]
    notes = [
        Note("empty_profile", f"{p.name}'s weights are all zero: their perspective is left out.", (p.name,))
        for p in inp.profiles
        if sum(p.weights) <= 0
    ]
    if not usable:
        return (), None, (), notes
    views = perspective_rankings(
        inp.values, inp.criteria, {str(p.stakeholder_id): list(p.weights) for p in usable}, **opts
    )

    def one(view: Any, stakeholder_id: int | None, name: str, own: tuple[bool, ...]) -> Perspective:
        w = view.winner
        return Perspective(
            stakeholder_id,
            name,
            view.shares,
            own,
            None if w is None else inp.option_ids[w],
            None if w is None else inp.option_names[w],
            tuple(_finite(o.score) for o in view.ranking.options),
        )

    profiles = tuple(
        one(v, p.stakeholder_id, p.name, p.own) for v, p in zip(views.profiles, usable, strict=True)
    )
    m = len(inp.criteria)
    combined = one(views.combined, None, "combined", (False,) * m)
    table = np.array([p.shares for p in profiles])
    spread = tuple(
        Disagreement(
            int(c.id),  # type: ignore[call-overload]
            c.name,
            float(views.disagreement[j]),
            profiles[int(table[:, j].argmin())].name,
            profiles[int(table[:, j].argmax())].name,
        )
        for j, c in enumerate(inp.criteria)
    )
    return profiles, combined, tuple(sorted(spread, key=lambda d: -d.spread)), notes


def _odds(inp: RobustnessInput, options: tuple[OptionOdds, ...], mc: Any) -> dict[str, Any]:
    """What the simulation says: each option's odds, the verdict and the simulation's notes."""
    from duediligence.robustness.montecarlo import clear_winner, only_one_running_note

    verdict = clear_winner(mc)
    r = int(sum(mc.running))
    odds = tuple(
        OptionOdds(
            o.id, o.name, mc.running[i], o.score, o.rank, float(mc.p_first[i]),
            tuple(float(p) for p in mc.rank_distribution[i]) if r else (),
            _finite(mc.expected_score[i]), _finite(mc.score_low[i]), _finite(mc.score_high[i]),
        )
        for i, o in enumerate(options)
    )  # fmt: skip
    notes = []
    if r == 1:
        only = next(o.name for o in odds if o.running)
        notes.append(
            Note(
                "one_running",
                f"Only {only} is in the running: it comes first whatever the evidence.",
                (only,),
            )
        )
    only_one = only_one_running_note()
    notes += [Note("simulation", text) for text in mc.notes if text != only_one]
    return dict(
        options=odds,
        notes=tuple(notes),
        leader_id=None if verdict.leader is None else inp.option_ids[verdict.leader],
        runner_up_id=None if verdict.runner_up is None else inp.option_ids[verdict.runner_up],
        clear=verdict.clear,
        verdict=verdict.reason,
        draws_used=mc.draws,
        settled=mc.settled,
    )


def run_stages(
    inp: RobustnessInput,
    head: dict[str, Any],
    options: tuple[OptionOdds, ...],
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    partial: Partial | None = None,
) -> Robustness:
    """The stages in `STAGES` order. The simulation comes first after the ranking, so that ``partial``
    gets a first answer (the odds, `Robustness.complete` False) after its first chunk of draws, then
    refined, and once more when it is done, before the slower tipping points are worked out."""
    from duediligence.robustness.find_out_next import unscored_options
    from duediligence.robustness.montecarlo import SETTLED_SE, simulate, weight_shape
    from duediligence.robustness.uncertainty import baseline

    def stage(name: str, within: float = 0.0) -> None:
        if cancelled is not None and cancelled():
            raise AnalysisCancelled
        if progress is not None:
            progress(name, (STAGES.index(name) + within) / len(STAGES))

    stage("ranking")
    opts: dict[str, Any] = dict(policy=inp.policy, excluded=list(inp.excluded), must_have=inp.must_have)
    base = baseline(inp.values, inp.criteria, **opts)
    kappa = weight_shape(inp.weight_band) if base.shares.size else None
    ranked = base.ranking.options
    options = tuple(
        OptionOdds(o.id, o.name, False, _finite(r.score), r.rank, 0.0, (), None, None, None)
        for o, r in zip(options, ranked, strict=True)
    )
    if not base.running.any():
        if base.eligible.any() and np.isnan(inp.values[base.eligible]).all():
            problem = Note(
                "nothing_scored",
                "Nothing is scored yet: enter scores (even rough ones with a range) to see how robust the "
                "ranking is.",
            )
        else:
            problem = Note(
                "none_running",
                "No option is in the running: every option is excluded, fails a must-have or has no score.",
            )
        return Robustness(**head, concentration=kappa, problem=problem, options=options)
    notes = _notes(inp, base, kappa)
    winner = None if base.winner is None else inp.option_ids[base.winner]
    first: dict[str, Any] = dict(**head, concentration=kappa, winner_id=winner)

    def answer(mc: Any) -> Robustness:
        odds = _odds(inp, options, mc)
        return Robustness(**first, **{**odds, "notes": tuple(notes) + odds["notes"]}, complete=False)

    def refine(mc: Any) -> None:
        stage("simulation", mc.draws / inp.draws)
        if partial is not None:
            partial(answer(mc))

    stage("simulation")
    mc = simulate(
        inp.values, inp.low, inp.high, inp.criteria, draws=inp.draws, seed=inp.seed,
        weight_band=inp.weight_band, changes=True, settle=SETTLED_SE, partial=refine, cancelled=cancelled,
        change_options=unscored_options(inp.values, inp.low, inp.high, inp.criteria, inp.derived), **opts,
    )  # fmt: skip
    if partial is not None:
        partial(answer(mc))
    odds = _odds(inp, options, mc)
    stage("weights")
    tornado = _tornado(inp, opts)
    stage("cells")
    cell = flips(inp, opts)
    stage("find_out_next")
    steps = _next_steps(inp, opts, mc, base.winner) if base.winner is not None else ()
    stage("perspectives")
    profiles, combined, disagreement, more = _perspectives(inp, opts)
    return Robustness(
        **first,
        **{**odds, "notes": tuple(notes) + odds["notes"] + tuple(more)},
        tornado=tornado,
        flips=cell,
        find_out_next=steps,
        perspectives=profiles,
        combined=combined,
        disagreement=disagreement,
    )
