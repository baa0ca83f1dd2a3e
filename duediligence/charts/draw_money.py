"""Drawing value for money (benefit against TCO or NPV, with the efficient frontier) and the winner's
stretch across discount rates and horizons (like the weight tornado), on a Figure (never pyplot)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import duediligence.charts.style as style
from duediligence.charts.numbers import locale_ticks, percent, short_amount
from duediligence.charts.style import LIGHT, Theme, option_colour, shorten
from duediligence.i18n import PLURAL, QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from matplotlib.figure import FigureBase

    from duediligence.charts.money import MoneySensitivityChart, SettingBand, ValueChart


def draw_value_for_money(fig: FigureBase, data: ValueChart, theme: Theme = LIGHT) -> None:
    from matplotlib.lines import Line2D

    heading = QT_TRANSLATE_NOOP("Charts", "Value for money")
    if data.problem:
        style.message(fig, theme, heading, data.problem, data.hint)
        return
    style.prepare(fig, theme)
    tco = data.measure == "tco"
    subtitle = (
        QT_TRANSLATE_NOOP(
            "Charts", "Benefit score without the cost criteria, against TCO; line: the efficient frontier"
        )
        if tco
        else QT_TRANSLATE_NOOP(
            "Charts", "Benefit score without the cost criteria, against NPV; line: the efficient frontier"
        )
    )
    style.title(fig, theme, heading, subtitle)
    fig.subplots_adjust(left=0.1, right=0.97, top=0.84, bottom=style.bottom_margin(fig, 1))
    ax = fig.add_subplot()
    style.style_axes(ax, theme, grid_axis="both")
    if len(data.frontier) > 1:
        xs = [data.points[i].money for i in data.frontier]
        ys = [data.points[i].benefit for i in data.frontier]
        ax.plot(xs, ys, "-", color=theme.muted, linewidth=1.5, zorder=1)
    middle = (min(p.money for p in data.points) + max(p.money for p in data.points)) / 2
    for point in data.points:
        colour = option_colour(point.index)
        label = shorten(point.name, 24)
        if point.dominated_by:
            ax.scatter(point.money, point.benefit, s=70, marker="X", facecolors="none", edgecolors=colour,
                       linewidths=1.5, zorder=2)  # fmt: skip
            label += "\n" + translate("Charts", "(dominated)")
        else:
            ax.scatter(point.money, point.benefit, s=70, marker="o", color=colour, zorder=3)
        right = point.money > middle  # labels point inwards, so none runs off the figure
        offset = (-7 if right else 7, 4)
        ax.annotate(label, (point.money, point.benefit), xytext=offset, textcoords="offset points",
                    fontsize=8, color=theme.text, ha="right" if right else "left", va="bottom")  # fmt: skip
    xlabel = (
        translate("Charts", "TCO (%1, lower is better)")
        if tco
        else translate("Charts", "NPV (%1, higher is better)")
    )
    ax.set_xlabel(xlabel.replace("%1", data.currency), fontsize=9)
    ax.set_ylabel(translate("Charts", "Benefit score (0–100)"), fontsize=9)
    locale_ticks(ax, y=False, write=short_amount)
    locale_ticks(ax, x=False)
    ax.margins(x=0.18, y=0.15)
    handles = [
        Line2D([], [], marker="o", linestyle="-", color=theme.muted, markerfacecolor=theme.text),
        Line2D([], [], marker="X", linestyle="", markerfacecolor="none", markeredgecolor=theme.text),
    ]
    labels = [
        translate("Charts", "Efficient frontier"),
        translate("Charts", "Dominated: another costs no more and scores no lower"),
    ]
    style.legend_below(fig, theme, handles, labels, 2)
    if data.left_out:
        left_out = translate("Charts", "Not shown (benefit or money unknown): %1")
        style.note(fig, theme, left_out.replace("%1", ", ".join(data.left_out)))


def draw_money_sensitivity(fig: FigureBase, data: MoneySensitivityChart, theme: Theme = LIGHT) -> None:
    from matplotlib.patches import Patch

    heading = QT_TRANSLATE_NOOP("Charts", "Does the winner depend on the discount rate or the horizon?")
    if data.problem or not data.rows or data.winner is None:
        style.message(
            fig, theme, heading, data.problem or QT_TRANSLATE_NOOP("Charts", "No option is ranked yet.")
        )
        return
    style.prepare(fig, theme)
    winner = shorten(data.names[data.winner], 40)
    second = (
        translate("Charts", data.note)
        if data.note
        else translate("Charts", "In a blank gap the winner changes somewhere between the two values tried.")
    )
    band = translate("Charts", "Inside the coloured band %1 stays first; | marks today's value.")
    style.title(fig, theme, heading, band.replace("%1", winner) + "\n" + second)
    takers = list(dict.fromkeys(w for r in data.rows for w in (r.down_winner, r.up_winner) if w is not None))
    bottom = style.bottom_margin(fig, style.legend_rows(1 + len(takers), 2))
    left = style.label_margin(fig, [_setting(row)[0] for row in data.rows])
    fig.subplots_adjust(left=left, right=0.97, top=0.8, bottom=bottom, hspace=0.9)
    for k, row in enumerate(data.rows):
        ax = fig.add_subplot(len(data.rows), 1, k + 1)
        style.style_axes(ax, theme)
        span = row.tried_to - row.tried_from
        ax.barh(0, span, left=row.tried_from, height=0.6, color=theme.panel, edgecolor=theme.grid)
        ends = ((row.tried_from, row.down_at, row.down_winner), (row.up_at, row.tried_to, row.up_winner))
        for start, end, who in ends:
            if who is not None and start is not None and end is not None:
                ax.barh(0, end - start, left=start, height=0.6, color=option_colour(who), alpha=0.35,
                        hatch="///", edgecolor=option_colour(who), linewidth=0)  # fmt: skip
        ax.barh(0, row.high - row.low, left=row.low, height=0.6, color=option_colour(data.winner), alpha=0.9)
        ax.plot([row.current] * 2, [-0.4, 0.4], color=theme.text, linewidth=2)
        label, axis, value_text = _setting(row)
        for value in (row.down_at, row.up_at):
            if value is not None:
                ax.text(value, 0.45, value_text(value), ha="center", va="bottom", fontsize=7,
                        color=theme.text)  # fmt: skip
        ax.set_yticks([0], [label])
        ax.tick_params(axis="y", length=0)
        ax.set_ylim(-0.6, 0.9)
        ax.set_xlim(row.tried_from, row.tried_to)
        ax.set_xlabel(axis, fontsize=9)
        locale_ticks(ax, y=False)
    handles = [Patch(color=option_colour(data.winner))]
    names = [translate("Charts", "%1 stays first").replace("%1", winner)]
    for who in takers:
        handles.append(
            Patch(facecolor=option_colour(who), alpha=0.45, hatch="///", edgecolor=option_colour(who))
        )
        names.append(translate("Charts", "%1 takes over").replace("%1", shorten(data.names[who], 26)))
    style.legend_below(fig, theme, handles, names, min(2, len(names)))


def _setting(row: SettingBand) -> tuple[str, str, Callable[[float], str]]:
    """The row's name, its axis label and how a value of it is written (8.5% / 8,5 %; 3 years / 3 Jahre)."""
    if row.unit == "%":
        name, axis = translate("Charts", "Discount rate"), translate("Charts", "Discount rate (%)")
        return name, axis, lambda value: percent(value / 100, 0 if float(value).is_integer() else 1)
    name, axis = translate("Charts", "Horizon"), translate("Charts", "Horizon (years)")
    return name, axis, lambda value: translate("Charts", "%n year(s)", None, PLURAL, round(value))
