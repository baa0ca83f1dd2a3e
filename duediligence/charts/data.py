"""Chart data from a `ScoreModel`: frozen dataclasses holding exactly the numbers a chart draws.

Options carry `index`, their place in the evaluation's option order, which picks their colour
(`style.option_colour`), so an option has one colour in every chart.
"""

from __future__ import annotations

from dataclasses import dataclass

from duediligence.charts.model import ScoreModel
from duediligence.i18n import QT_TRANSLATE_NOOP

SCORES_HINT = QT_TRANSLATE_NOOP(
    "Charts", "Enter options, criteria and scores in the matrix to see this chart."
)


@dataclass(frozen=True)
class StackedOption:
    index: int
    name: str
    score: float | None  # as ranked (risk-adjusted when the evaluation asks for it)
    rank: int | None
    excluded: bool
    missing_weight: float
    contributions: tuple[float, ...]  # per group, score points; they sum to `score`


@dataclass(frozen=True)
class ScoreBreakdown:
    """Weighted score per option stacked by criterion group, best first."""

    title: str
    groups: tuple[str, ...]
    options: tuple[StackedOption, ...]
    risk_adjusted: bool
    problem: str | None
    hint: str = ""  # where to add what is missing: on screen only (`style.message`)


@dataclass(frozen=True)
class ProfileOption:
    index: int
    name: str
    excluded: bool
    utilities: tuple[float | None, ...]  # per axis, 0–1 (None = nothing scored there)


@dataclass(frozen=True)
class Profile:
    """Group-level utilities per option (the radar); criteria are the axes when there are < 3 groups."""

    title: str
    axes: tuple[str, ...]
    by_group: bool
    options: tuple[ProfileOption, ...]
    problem: str | None
    hint: str = ""


@dataclass(frozen=True)
class TornadoRow:
    criterion: str
    share: float
    down: float | None  # the share below which the winner changes
    down_winner: int | None  # option index taking over
    up: float | None
    up_winner: int | None


@dataclass(frozen=True)
class Tornado:
    """How far each criterion's share of the weight can move before the winner changes, most fragile first."""

    title: str
    winner: int | None  # option index
    names: tuple[str, ...]  # every option's name by index
    rows: tuple[TornadoRow, ...]
    problem: str | None


def score_breakdown(model: ScoreModel) -> ScoreBreakdown:
    """Contribution of group g to option i = 100 · Σ_{j∈g} w_j·u_ij / D_i (D_i: the weight it is scored
    on), scaled by the risk factor when the ranking is risk-adjusted; the segments sum to the score."""
    ranking, groups = model.ranking, model.group_names()
    problem = ranking.problem
    options = []
    if model.base is not None:
        import numpy as np

        base, group_of = model.base, np.array(model.group_of())
        den = np.where(base.den > 1e-15, base.den, 1.0)
        per_criterion = 100.0 * base.uf * base.shares[None, :] / den[:, None]
        for i, ranked in enumerate(ranking.options):
            parts = [float(per_criterion[i, group_of == g].sum()) for g in range(len(groups))]
            raw = sum(parts)
            if ranked.score is None:
                parts = [0.0] * len(groups)
            elif raw > 1e-12:
                parts = [p * ranked.score / raw for p in parts]
            options.append(
                StackedOption(
                    i,
                    ranked.name,
                    ranked.score,
                    ranked.rank,
                    ranked.excluded,
                    ranked.missing_weight,
                    tuple(parts),
                )
            )
        if all(o.score is None for o in options):
            problem = QT_TRANSLATE_NOOP("Charts", "No option has a score yet.")
    order = sorted(options, key=lambda o: (o.rank is None, o.rank or 0, -(o.score or -1.0), o.index))
    return ScoreBreakdown(
        ranking.title,
        groups,
        tuple(order),
        bool(ranking.risks is not None and ranking.risks.risk_adjusted),
        problem or (None if options else QT_TRANSLATE_NOOP("Charts", "No options yet.")),
        SCORES_HINT,
    )


def profile(model: ScoreModel) -> Profile:
    """Mean utility of the scored criteria in each group (weighted by their shares), per scored option."""
    import numpy as np

    title = model.ranking.title
    if model.base is None:
        return Profile(title, (), True, (), model.ranking.problem)
    base = model.base
    by_group = len(model.group_names()) >= 3
    if by_group:
        axes, axis_of = model.group_names(), np.array(model.group_of())
    else:
        axes, axis_of = tuple(c.name for c in model.matrix.criteria), np.arange(len(model.matrix.criteria))
    present = ~np.isnan(base.values)
    utilities = np.where(present, base.uf, 0.0)
    w = np.where(base.shares > 0, base.shares, 0.0)
    options = []
    for i, option in enumerate(model.matrix.options):
        if not present[i].any():
            continue
        row: list[float | None] = []
        for a in range(len(axes)):
            cols = (axis_of == a) & present[i]
            if not cols.any():
                row.append(None)
                continue
            weights = w[cols] if w[cols].sum() > 0 else np.ones(int(cols.sum()))
            row.append(float((utilities[i, cols] * weights).sum() / weights.sum()))
        options.append(ProfileOption(i, option.name, model.ranking.options[i].excluded, tuple(row)))
    problem = None
    if len(axes) < 3:
        problem = QT_TRANSLATE_NOOP(
            "Charts", "A profile needs at least three criteria (or three criterion groups)."
        )
    elif not options:
        problem = QT_TRANSLATE_NOOP("Charts", "No option has a score yet.")
    return Profile(title, axes, by_group, tuple(options), problem, SCORES_HINT)


def tornado(model: ScoreModel, limit: int = 12) -> Tornado:
    """`sensitivity.weight_sensitivity` on the ranking's own inputs, the `limit` most fragile criteria."""
    title = model.ranking.title
    names = tuple(o.name for o in model.matrix.options)
    base = model.base
    if base is None:
        return Tornado(title, None, names, (), model.ranking.problem)
    if base.winner is None or base.running.sum() < 2:
        return Tornado(
            title,
            base.winner,
            names,
            (),
            QT_TRANSLATE_NOOP("Charts", "The tornado needs at least two ranked options."),
        )
    from duediligence.robustness.sensitivity import weight_sensitivity

    rows = []
    for s in weight_sensitivity(model.values, model.specs, **model.rank_kwargs)[:limit]:
        rows.append(
            TornadoRow(
                model.matrix.criteria[s.criterion].name,
                s.share,
                None if s.down is None else s.down.share,
                None if s.down is None else s.down.new_winner,
                None if s.up is None else s.up.share,
                None if s.up is None else s.up.new_winner,
            )
        )
    return Tornado(title, base.winner, names, tuple(rows), None)
