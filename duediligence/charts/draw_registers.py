"""Drawing the cost curve, the risk heat map and the power / interest grid on a Figure (never pyplot)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import duediligence.charts.style as style
from duediligence.charts.numbers import locale_ticks, short_amount
from duediligence.charts.style import (
    BAND_COLOURS,
    LIGHT,
    STANCE_COLOURS,
    STANCE_MARKERS,
    Theme,
    option_colour,
    shorten,
)
from duediligence.i18n import PLURAL, QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from matplotlib.figure import FigureBase

    from duediligence.charts.registers import CostCurves, RiskHeat, StakeholderGrid

HEAT_GID = {False: "heat:inherent", True: "heat:residual"}
"""The gid of each heat-map panel's axes, so a click can be mapped back to a cell."""
STANCE_WORDS = {
    "champion": QT_TRANSLATE_NOOP("Charts", "Champion"),
    "supporter": QT_TRANSLATE_NOOP("Charts", "Supporter"),
    "neutral": QT_TRANSLATE_NOOP("Charts", "Neutral"),
    "skeptic": QT_TRANSLATE_NOOP("Charts", "Skeptic"),
    "blocker": QT_TRANSLATE_NOOP("Charts", "Blocker"),
}


def draw_cost_curves(fig: FigureBase, data: CostCurves, theme: Theme = LIGHT) -> None:
    from matplotlib.ticker import MaxNLocator

    heading = QT_TRANSLATE_NOOP("Charts", "Cumulative cost of ownership")
    if data.problem:
        style.message(fig, theme, heading, data.problem, data.hint)
        return
    style.prepare(fig, theme)
    style.title(
        fig,
        theme,
        heading,
        translate(
            "Charts",
            "%1, undiscounted, benefits left out; shaded: the cost items' low–high ranges; dashed = excluded",
        ).replace("%1", data.currency),
    )
    fig.subplots_adjust(
        left=0.1,
        right=0.97,
        top=0.8 if data.left_out else 0.85,
        bottom=style.bottom_margin(fig, style.legend_rows(len(data.options), 2)),
    )
    ax = fig.add_subplot()
    style.style_axes(ax, theme, grid_axis="y")
    years = list(range(data.horizon_years + 1))
    for line in data.options:
        colour = option_colour(line.index)
        ax.fill_between(years, line.low, line.high, color=colour, alpha=0.12, linewidth=0)
        ax.plot(
            years,
            line.expected,
            "--" if line.excluded else "-",
            marker="o",
            markersize=4,
            color=colour,
            linewidth=2,
            label=translate("Charts", "%1: %2", "an option and its cost")
            .replace("%2", short_amount(line.expected[-1]))
            .replace("%1", shorten(line.name, 32)),
        )
    ax.set_xlabel(translate("Charts", "Years from the purchase (0 = one-time costs)"), fontsize=9)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    locale_ticks(ax, x=False, write=short_amount)
    ax.set_xlim(-0.15, max(data.horizon_years, 1) + 0.15)
    ax.set_ylim(bottom=0)
    handles, labels = ax.get_legend_handles_labels()
    style.legend_below(fig, theme, handles, labels, 2)
    if data.left_out:
        left_out = translate("Charts", "Not shown, costs unknown: %1").replace("%1", "; ".join(data.left_out))
        fig.text(0.02, 0.885, left_out, ha="left", va="top", fontsize=8, color=theme.muted, wrap=True)


def _heat_panel(fig: FigureBase, ax, cells, residual: bool, theme: Theme) -> None:
    from matplotlib.patches import Rectangle

    from duediligence.decision.risks import band

    ax.set_gid(HEAT_GID[residual])
    counts = {(c.likelihood, c.impact): len(c.risks) for c in cells}
    for lk in range(1, 6):
        for im in range(1, 6):
            name = band(lk * im) or "low"
            ax.add_patch(
                Rectangle(
                    (lk - 0.5, im - 0.5),
                    1,
                    1,
                    facecolor=BAND_COLOURS[name],
                    edgecolor=theme.background,
                    linewidth=2,
                )
            )
            count = counts.get((lk, im), 0)
            if count:
                dark_cell = name == "critical"
                ax.text(
                    lk,
                    im,
                    str(count),
                    ha="center",
                    va="center",
                    fontsize=13,
                    fontweight="bold",
                    color="#FFFFFF" if dark_cell else "#222222",
                )
    ax.set_xlim(0.5, 5.5)
    ax.set_ylim(0.5, 5.5)
    ax.set_aspect("equal")
    ax.set_xticks(range(1, 6))
    ax.set_yticks(range(1, 6))
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.tick_params(colors=theme.text, labelsize=9, length=0)
    ax.set_xlabel(translate("Charts", "Likelihood"), fontsize=9, color=theme.text)
    ax.set_ylabel(translate("Charts", "Impact"), fontsize=9, color=theme.text)
    ax.set_title(
        translate("Charts", "After treatment (residual)")
        if residual
        else translate("Charts", "Before treatment"),
        fontsize=10,
        color=theme.text,
    )


def draw_risk_heat(fig: FigureBase, data: RiskHeat, theme: Theme = LIGHT) -> None:
    from matplotlib.patches import Patch

    heading = QT_TRANSLATE_NOOP("Charts", "Open risks: likelihood × impact")
    if data.problem:
        style.message(fig, theme, heading, data.problem, data.hint)
        return
    style.prepare(fig, theme)
    subtitle = QT_TRANSLATE_NOOP("Charts", "Number of risks not closed in each cell")
    if theme.interactive:
        subtitle = QT_TRANSLATE_NOOP(
            "Charts", "Number of risks not closed in each cell; click a cell to list them"
        )
    style.title(fig, theme, heading, subtitle)
    fig.subplots_adjust(left=0.08, right=0.97, top=0.8, bottom=0.2, wspace=0.35)
    axes = fig.subplots(1, 2)
    for ax, cells, residual in ((axes[0], data.inherent, False), (axes[1], data.residual, True)):
        _heat_panel(fig, ax, cells, residual, theme)
    handles = [Patch(color=c) for c in BAND_COLOURS.values()]
    labels = [
        translate("Charts", "low 1–4"),
        translate("Charts", "medium 5–9"),
        translate("Charts", "high 10–15"),
        translate("Charts", "critical 16–25"),
    ]
    legend = fig.legend(handles, labels, loc="lower center", ncols=4, frameon=False, fontsize=8)
    for entry in legend.get_texts():
        entry.set_color(theme.text)
    if data.unscored:
        count = data.unscored
        note = "%n open risk(s) without likelihood and impact are not shown."
        style.note(fig, theme, translate("Charts", note, None, PLURAL, count))


def _spread(people: list) -> list[tuple[float, float]]:
    """People sharing a cell sit around its centre instead of on top of each other."""
    import math

    seen: dict[tuple[int, int], list[int]] = {}
    for k, p in enumerate(people):
        seen.setdefault((p.interest, p.influence), []).append(k)
    places: list[tuple[float, float]] = [(0.0, 0.0)] * len(people)
    for (x, y), members in seen.items():
        for n, k in enumerate(members):
            if len(members) == 1:
                places[k] = (x, y)
            else:
                angle = 2 * math.pi * n / len(members) + math.pi / 2
                places[k] = (x + 0.22 * math.cos(angle), y + 0.22 * math.sin(angle))
    return places


def draw_stakeholder_grid(fig: FigureBase, data: StakeholderGrid, theme: Theme = LIGHT) -> None:
    from matplotlib.lines import Line2D

    heading = QT_TRANSLATE_NOOP("Charts", "Stakeholders: power and interest")
    if data.problem:
        style.message(fig, theme, heading, data.problem, data.hint)
        return
    style.prepare(fig, theme)
    subtitle = translate("Charts", "“High” is %1 or more; colour and shape show today's stance").replace(
        "%1", str(data.high)
    )
    style.title(fig, theme, heading, subtitle)
    fig.subplots_adjust(left=0.1, right=0.74, top=0.86, bottom=0.14)
    ax = fig.add_subplot()
    style.style_axes(ax, theme, grid_axis=None)
    edge = data.high - 0.5
    ax.axvspan(edge, 5.5, ymin=(edge - 0.5) / 5, color=theme.panel, zorder=0)
    ax.axvline(edge, color=theme.grid, linewidth=1)
    ax.axhline(edge, color=theme.grid, linewidth=1)
    corners = (
        (0.6, 5.4, translate("Charts", "Keep satisfied"), "left"),
        (5.4, 5.4, translate("Charts", "Manage closely"), "right"),
        (0.6, 0.6, translate("Charts", "Monitor"), "left"),
        (5.4, 0.6, translate("Charts", "Keep informed"), "right"),
    )
    for x, y, text, ha in corners:
        ax.text(
            x, y, text, ha=ha, va="top" if y > 3 else "bottom", fontsize=9, color=theme.muted, style="italic"
        )
    people = list(data.people)
    for person, (x, y) in zip(people, _spread(people), strict=True):
        ax.scatter(
            [x],
            [y],
            s=70,
            color=STANCE_COLOURS.get(person.stance, STANCE_COLOURS[None]),
            marker=STANCE_MARKERS.get(person.stance, STANCE_MARKERS[None]),
            edgecolor=theme.text,
            linewidth=0.6,
            zorder=3,
        )
        ax.annotate(
            shorten(person.name, 20),
            (x, y),
            xytext=(0, -9),
            textcoords="offset points",
            ha="center",
            va="top",
            fontsize=8,
            color=theme.text,
            zorder=4,
        )
    ax.set_xlim(0.5, 5.5)
    ax.set_ylim(0.5, 5.5)
    ax.set_xticks(range(1, 6))
    ax.set_yticks(range(1, 6))
    ax.set_xlabel(translate("Charts", "Interest"), fontsize=9)
    ax.set_ylabel(translate("Charts", "Influence"), fontsize=9)
    stances = [s for s in STANCE_COLOURS if s is not None]
    handles = [
        Line2D(
            [],
            [],
            marker=STANCE_MARKERS[s],
            linestyle="",
            color=STANCE_COLOURS[s],
            markeredgecolor=theme.text,
        )
        for s in [*stances, None]
    ]
    legend = ax.legend(
        handles,
        [*(translate("Charts", STANCE_WORDS.get(s, s)) for s in stances), translate("Charts", "Not given")],
        loc="center left",
        bbox_to_anchor=(1.02, 0.5),
        frameon=False,
        fontsize=8,
        title=translate("Charts", "Stance"),
        title_fontsize=8,
    )
    legend.get_title().set_color(theme.text)
    for entry in legend.get_texts():
        entry.set_color(theme.text)
    if data.unplaced:
        style.note(
            fig,
            theme,
            translate("Charts", "Not on the grid yet (no influence or interest): %1").replace(
                "%1", shorten(", ".join(data.unplaced), 90)
            ),
        )
