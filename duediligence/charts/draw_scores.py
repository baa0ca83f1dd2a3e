"""Drawing the score charts on a matplotlib Figure (or SubFigure): never pyplot, never a global state."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

import duediligence.charts.style as style
from duediligence.charts.numbers import count, fixed, locale_ticks, percent
from duediligence.charts.style import LIGHT, Theme, option_colour, shorten
from duediligence.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from matplotlib.figure import FigureBase
    from matplotlib.projections.polar import PolarAxes

    from duediligence.charts.data import Profile, ScoreBreakdown, Tornado
    from duediligence.charts.robust import Robustness


def _option_label(name: str, rank: int | None, excluded: bool, limit: int = 30) -> str:
    label = shorten(name, limit)
    if rank is not None:
        return (
            translate("Charts", "%1. %2", "a rank and an option")
            .replace("%2", label)
            .replace("%1", str(rank))
        )
    return translate("Charts", "%1 (excluded)").replace("%1", label) if excluded else label


def _swatches(ax: Any, ys: Sequence[float], indexes: list[int]) -> None:
    """A square in each option's colour just left of its tick label."""
    ax.scatter(
        [-0.02] * len(ys),
        ys,
        marker="s",
        s=42,
        c=[option_colour(i) for i in indexes],
        transform=ax.get_yaxis_transform(),
        clip_on=False,
        zorder=5,
    )
    ax.tick_params(axis="y", pad=14, length=0)


def draw_score_breakdown(fig: FigureBase, data: ScoreBreakdown, theme: Theme = LIGHT) -> None:
    from matplotlib.patches import Patch

    heading = QT_TRANSLATE_NOOP("Charts", "Weighted score by criterion group")
    if data.problem or not data.options:
        style.message(fig, theme, heading, data.problem or style.EMPTY_MESSAGE, data.hint)
        return
    style.prepare(fig, theme)
    subtitle = QT_TRANSLATE_NOOP(
        "Charts", "0–100, best first; each segment is what a criterion group adds to the score"
    )
    if data.risk_adjusted:
        subtitle = QT_TRANSLATE_NOOP(
            "Charts",
            "0–100, best first; each segment is what a criterion group adds to the score (risk-adjusted)",
        )
    style.title(fig, theme, heading, subtitle)
    # Names shortened further until the labels fit the widest margin the bars can spare (a narrow
    # window, German's "(ausgeschlossen)"); the rank and "excluded" always stay.
    for limit in range(30, 9, -2):
        labels = [_option_label(o.name, o.rank, o.excluded, limit) for o in data.options]
        if style.label_margin(fig, labels) < style.LABEL_MARGIN_CAP:
            break
    columns = min(3, len(data.groups))
    bottom = style.bottom_margin(fig, style.legend_rows(len(data.groups), columns), xlabel=False)
    fig.subplots_adjust(left=style.label_margin(fig, labels), right=0.97, top=0.86, bottom=bottom)
    ax = fig.add_subplot()
    style.style_axes(ax, theme)
    ys = list(range(len(data.options)))[::-1]
    ends, values = [], []
    for y, option in zip(ys, data.options, strict=True):
        left = 0.0
        faded = option.excluded or option.rank is None
        for g, width in enumerate(option.contributions):
            ax.barh(
                y,
                width,
                left=left,
                height=0.62,
                color=style.group_colour(g),
                hatch=style.group_hatch(g),
                alpha=0.45 if faded else 1.0,
                edgecolor=theme.muted,
                linewidth=0.8,
            )
            left += width
        text = translate("Charts", "no scores yet") if option.score is None else fixed(option.score, 1)
        if option.score is not None and option.missing_weight >= 0.005:
            unscored = translate("Charts", "%1  (%2 unscored)").replace("%2", percent(option.missing_weight))
            text = unscored.replace("%1", text)
        if style.axes_share(fig, text) > 0.4:  # too long beside its bar: the share unscored below it
            text = text.replace("  ", "\n", 1)
        ax.text(left + 1, y, text, va="center", ha="left", fontsize=9, color=theme.text)
        ends.append(left + 1)
        values.append(text)
    ax.set_yticks(ys, labels)
    _swatches(ax, ys, [o.index for o in data.options])
    ax.set_xlim(0, style.room_after_bars(fig, ends, values, least=112))
    ax.set_xticks(range(0, 101, 20))
    locale_ticks(ax, y=False)
    ax.set_ylim(-0.6, len(ys) - 0.4)
    handles = [
        Patch(facecolor=style.group_colour(g), hatch=style.group_hatch(g), edgecolor=theme.muted)
        for g in range(len(data.groups))
    ]
    style.legend_below(fig, theme, handles, [shorten(g, 30) for g in data.groups], columns)


def draw_profile(fig: FigureBase, data: Profile, theme: Theme = LIGHT) -> None:
    import numpy as np

    heading = (
        QT_TRANSLATE_NOOP("Charts", "Profile by criterion group")
        if data.by_group
        else QT_TRANSLATE_NOOP("Charts", "Profile by criterion")
    )
    if data.problem or not data.options:
        style.message(fig, theme, heading, data.problem or style.EMPTY_MESSAGE, data.hint)
        return
    style.prepare(fig, theme)
    style.title(
        fig,
        theme,
        heading,
        QT_TRANSLATE_NOOP("Charts", "Utility 0–1 per axis (1 = best on those criteria); dashed = excluded"),
    )
    fig.subplots_adjust(left=0.08, right=0.66, top=0.8, bottom=0.1)
    ax = cast("PolarAxes", fig.add_subplot(polar=True))
    ax.set_facecolor(theme.background)
    n = len(data.axes)
    angles = np.linspace(0, 2 * np.pi, n, endpoint=False)
    ax.set_theta_offset(np.pi / 2)
    ax.set_theta_direction(-1)
    for option in data.options:
        values = np.array(
            [np.nan if u is None else u for u in option.utilities] + [option.utilities[0] or np.nan]
        )
        closed = np.append(angles, angles[0])
        colour = option_colour(option.index)
        style_ = "--" if option.excluded else "-"
        ax.plot(closed, values, style_, color=colour, linewidth=2, label=shorten(option.name, 34))
        ax.fill(closed, np.nan_to_num(values), color=colour, alpha=0.07)
    ax.set_xticks(angles, [style.wrap(a, 16) for a in data.axes], fontsize=8, color=theme.text)
    ax.set_ylim(0, 1)
    ax.set_yticks([0.25, 0.5, 0.75, 1.0], ["", fixed(0.5, 1), "", "1"], fontsize=7, color=theme.muted)
    ax.grid(color=theme.grid)
    ax.spines["polar"].set_color(theme.grid)
    ax.tick_params(axis="x", pad=6)
    legend = ax.legend(loc="center left", bbox_to_anchor=(1.18, 0.5), frameon=False, fontsize=8)
    for text in legend.get_texts():
        text.set_color(theme.text)


def draw_tornado(fig: FigureBase, data: Tornado, theme: Theme = LIGHT) -> None:
    from matplotlib.patches import Patch

    heading = QT_TRANSLATE_NOOP("Charts", "How far can each weight move before the winner changes?")
    if data.problem or not data.rows or data.winner is None:
        style.message(fig, theme, heading, data.problem or style.EMPTY_MESSAGE)
        return
    style.prepare(fig, theme)
    winner = shorten(data.names[data.winner], 40)
    style.title(
        fig,
        theme,
        heading,
        translate(
            "Charts", "Most fragile first. Inside the coloured band %1 stays first; | marks today's share"
        ).replace("%1", winner),
    )
    labels = [shorten(r.criterion, 34) for r in data.rows]
    takers = list(dict.fromkeys(w for r in data.rows for w in (r.down_winner, r.up_winner) if w is not None))
    rows = style.legend_rows(1 + len(takers), 2)
    bottom = style.bottom_margin(fig, rows)
    fig.subplots_adjust(left=style.label_margin(fig, labels), right=0.97, top=0.86, bottom=bottom)
    ax = fig.add_subplot()
    style.style_axes(ax, theme)
    ys = list(range(len(data.rows)))[::-1]
    for y, row in zip(ys, data.rows, strict=True):
        lo, hi = row.down if row.down is not None else 0.0, row.up if row.up is not None else 1.0
        ax.barh(y, 100, left=0, height=0.56, color=theme.panel, edgecolor=theme.grid, linewidth=0.5)
        for start, end, who in ((0.0, lo, row.down_winner), (hi, 1.0, row.up_winner)):
            if who is not None and end > start:
                ax.barh(
                    y,
                    100 * (end - start),
                    left=100 * start,
                    height=0.56,
                    color=option_colour(who),
                    alpha=0.35,
                    hatch="///",
                    edgecolor=option_colour(who),
                    linewidth=0,
                )
        ax.barh(y, 100 * (hi - lo), left=100 * lo, height=0.56, color=option_colour(data.winner), alpha=0.9)
        ax.plot([100 * row.share] * 2, [y - 0.36, y + 0.36], color=theme.text, linewidth=2)
        for value, side in ((row.down, "right"), (row.up, "left")):
            if value is not None:  # the threshold, written inside the part where another option wins
                pad = -0.8 if side == "right" else 0.8
                ax.text(
                    100 * value + pad, y, percent(value), ha=side, va="center", fontsize=7, color=theme.text
                )
    ax.set_yticks(ys, labels)
    ax.tick_params(axis="y", length=0)
    ax.set_xlim(0, 100)
    locale_ticks(ax, y=False)
    ax.set_ylim(-0.7, len(ys) - 0.2)
    ax.set_xlabel(translate("Charts", "Share of the total weight (%)"), fontsize=9)
    handles = [Patch(color=option_colour(data.winner))]
    names = [translate("Charts", "%1 stays first").replace("%1", shorten(data.names[data.winner], 26))]
    for who in takers:
        handles.append(
            Patch(facecolor=option_colour(who), alpha=0.45, hatch="///", edgecolor=option_colour(who))
        )
        names.append(translate("Charts", "%1 takes over").replace("%1", shorten(data.names[who], 26)))
    style.legend_below(fig, theme, handles, names, min(2, len(names)))


FULL_BAR = 0.85  # a share above which the words after the bar would run out of the axes


def draw_first_place(fig: FigureBase, data: Robustness, theme: Theme = LIGHT) -> None:
    heading = QT_TRANSLATE_NOOP("Charts", "How often does each option come first?")
    if data.problem or not data.options:
        style.message(fig, theme, heading, data.problem or style.EMPTY_MESSAGE)
        return
    style.prepare(fig, theme)
    style.title(fig, theme, heading, data.verdict)
    options = sorted(data.options, key=lambda o: (not o.running, -o.p_first, o.index))
    out = translate("Charts", "%1 (not running)")
    labels = [shorten(o.name, 30) if o.running else out.replace("%1", shorten(o.name, 30)) for o in options]
    left = style.label_margin(fig, labels)
    fig.subplots_adjust(left=left, right=0.97, top=0.84, bottom=style.bottom_margin(fig, 1), wspace=0.08)
    grid = fig.add_gridspec(1, 2, width_ratios=(3, 2))
    ax, scores = fig.add_subplot(grid[0]), fig.add_subplot(grid[1])
    ys = list(range(len(options)))[::-1]
    for a in (ax, scores):
        style.style_axes(a, theme)
        a.set_ylim(-0.6, len(ys) - 0.4)
    for y, option in zip(ys, options, strict=True):
        colour = option_colour(option.index) if option.running else theme.grid
        ax.barh(y, 100 * option.p_first, height=0.62, color=colour)
        share = percent(option.p_first)
        if option.p_first > FULL_BAR:  # no room after the bar: the share goes inside its end
            ax.text(
                100 * option.p_first - 1.5,
                y,
                share,
                ha="right",
                va="center",
                fontsize=9,
                color=style.text_on(colour),
            )
        else:
            ax.text(100 * option.p_first + 1.5, y, share, va="center", fontsize=9, color=theme.text)
        if option.expected is not None and option.low is not None and option.high is not None:
            scores.plot([option.low, option.high], [y, y], color=colour, linewidth=3, solid_capstyle="round")
            scores.plot([option.expected], [y], "o", color=colour, markeredgecolor=theme.background)
    ax.set_yticks(ys, labels)
    _swatches(ax, ys, [o.index for o in options])
    ax.set_xlim(0, 112)
    ax.set_xticks(range(0, 101, 25))
    lines = style.axis_label(ax, translate("Charts", "Draws in which it is first (%)"))
    scores.set_yticks(ys, [""] * len(ys))
    scores.tick_params(axis="y", length=0)
    scores.set_xlim(0, 100)
    locale_ticks(ax, y=False)
    locale_ticks(scores, y=False)
    lines = max(lines, style.axis_label(scores, translate("Charts", "Score: mean and 5–95 % range")))
    fig.subplots_adjust(bottom=style.bottom_margin(fig, 1, xlabel_lines=lines))
    style.note(
        fig,
        theme,
        translate("Charts", "Monte Carlo over the evidence's ranges and missing scores: %1 draws, seed %2.")
        .replace("%1", count(data.draws))
        .replace("%2", str(data.seed)),
    )
