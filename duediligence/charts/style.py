"""Colours, themes and the small layout helpers every chart shares (no matplotlib import here)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from duediligence.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import FigureBase

# Okabe–Ito (colour-blind safe) without black, then distinct hues of tab10 that are not grey; cycles
# beyond. Greys are left to the criterion groups.
OPTION_COLOURS = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow
    "#8C564B",  # brown
    "#BCBD22",  # olive
    "#17BECF",  # cyan
    "#9467BD",  # purple
    "#E377C2",  # pink
)

# Criterion groups in the stacked score: shades of grey told apart by their hatching too, so a segment is
# never mistaken for an option (the options own every hue) and groups read without colour vision.
GROUP_COLOURS = ("#5A5A5A", "#9A9A9A", "#C8C8C8", "#E6E6E6")
GROUP_HATCHES = ("", "//", "..", "xx")

# Risk bands low → critical: one hue, rising darkness, so the order reads without colour vision.
BAND_COLOURS = {"low": "#FEF0D9", "medium": "#FDCC8A", "high": "#FC8D59", "critical": "#D7301F"}

STANCE_COLOURS = {
    "champion": "#009E73",
    "supporter": "#56B4E9",
    "neutral": "#999999",
    "skeptic": "#E69F00",
    "blocker": "#D55E00",
    None: "#BBBBBB",
}

# Stance also by shape, never by colour alone: up for support, down for opposition.
STANCE_MARKERS = {
    "champion": "^",
    "supporter": "o",
    "neutral": "s",
    "skeptic": "D",
    "blocker": "v",
    None: "X",
}

EMPTY_MESSAGE = QT_TRANSLATE_NOOP("Charts", "Nothing to show yet: no criteria and scores.")


def option_colour(index: int) -> str:
    """The colour of the option at `index` in the evaluation's option order, the same in every chart."""
    return OPTION_COLOURS[index % len(OPTION_COLOURS)]


def group_colour(index: int) -> str:
    return GROUP_COLOURS[index % len(GROUP_COLOURS)]


def group_hatch(index: int) -> str:
    """The hatching of the group at `index`: with its grey, 12 groups look different from each other."""
    return GROUP_HATCHES[(index // len(GROUP_COLOURS)) % len(GROUP_HATCHES)]


@dataclass(frozen=True)
class Theme:
    """Figure colours: the Charts tab follows the app's palette; the report uses LIGHT."""

    background: str = "#FFFFFF"
    text: str = "#222222"
    muted: str = "#666666"
    grid: str = "#DDDDDD"
    panel: str = "#F7F7F7"  # behind quadrants and empty regions
    dark: bool = False
    # On screen a chart may say what to click or where to add data; printed or saved, it states facts only.
    interactive: bool = False


LIGHT = Theme()
DARK = Theme(
    background="#1E1F22", text="#E8E8E8", muted="#A0A0A0", grid="#44464B", panel="#2A2C30", dark=True
)


def shorten(text: str, limit: int = 28) -> str:
    """A label that fits: cut at a word boundary when it can, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–(") + "…"


def wrap(text: str, width: int = 16, lines: int = 2, *, hyphens: bool = True) -> str:
    """A label over at most `lines` lines of about `width` characters (the last one shortened);
    `hyphens=False` keeps a hyphenated word such as "5–95-%-Spanne" on one line."""
    import textwrap

    parts = textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=hyphens) or [""]
    if len(parts) > lines:
        parts = [*parts[: lines - 1], shorten(" ".join(parts[lines - 1 :]), width)]
    return "\n".join(parts)


def text_on(colour: str) -> str:
    """Black or white, whichever reads on `colour` (its relative luminance, as WCAG weighs it)."""
    from matplotlib.colors import to_rgb

    red, green, blue = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in to_rgb(colour))
    return "#1A1A1A" if 0.2126 * red + 0.7152 * green + 0.0722 * blue > 0.18 else "white"


def axis_label(ax: Axes, text: str, fontsize: float = 9, lines: int = 3) -> int:
    """An x label over lines as wide as its axes (at most `lines`), so a long one (German) is never
    cut at the chart's edge nor runs into the label of the axes beside it. Lay the axes out first, and
    make room below for the lines it returns (`bottom_margin`)."""
    inches = ax.bbox.width / ax.figure.dpi
    width = max(8, int(inches * 72 / (fontsize * 0.53)))  # DejaVu Sans: about 0.5 em a character
    label = wrap(text, width, lines, hyphens=False)
    ax.set_xlabel(label, fontsize=fontsize)
    return label.count("\n") + 1


def size_inches(fig: FigureBase) -> tuple[float, float]:
    """Width and height of a Figure or SubFigure in inches."""
    dpi = fig.figure.dpi
    box = fig.bbox  # type: ignore[attr-defined]  # Figure and SubFigure have it; the stubs miss it
    return box.width / dpi, box.height / dpi


def prepare(fig: FigureBase, theme: Theme) -> None:
    """Clear the figure and paint its background."""
    fig.clear()
    fig.set_facecolor(theme.background)


def style_axes(ax: Axes, theme: Theme, *, grid_axis: Literal["both", "x", "y"] | None = "x") -> None:
    ax.set_facecolor(theme.background)
    for side, spine in ax.spines.items():
        spine.set_visible(side in ("left", "bottom"))
        spine.set_color(theme.grid)
    ax.tick_params(colors=theme.text, labelcolor=theme.text, labelsize=9)
    ax.xaxis.label.set_color(theme.text)
    ax.yaxis.label.set_color(theme.text)
    ax.title.set_color(theme.text)
    if grid_axis:
        ax.grid(axis=grid_axis, color=theme.grid, linewidth=0.8)
        ax.set_axisbelow(True)


def title(fig: FigureBase, theme: Theme, text: str, subtitle: str = "") -> None:
    """A left-aligned title (and a muted subtitle) at the top of the figure; both translated here, so
    callers pass the source text marked with QT_TRANSLATE_NOOP("Charts", …) or one already filled in."""
    text, subtitle = translate("Charts", text), translate("Charts", subtitle) if subtitle else ""
    fig.text(0.02, 0.975, text, ha="left", va="top", fontsize=12, fontweight="bold", color=theme.text)
    if subtitle:
        width, _ = size_inches(fig)
        fits = max(20, int(width * 72 / (9 * 0.52)))  # characters of 9 pt on one line, about
        lines = [wrap(line, fits, 2) if len(line) > fits else line for line in subtitle.split("\n")]
        fig.text(0.02, 0.925, "\n".join(lines), ha="left", va="top", fontsize=9, color=theme.muted)


def note(fig: FigureBase, theme: Theme, text: str) -> None:
    """A muted footnote at the bottom left (translated here, as `title`)."""
    if text:
        text = translate("Charts", text)
        fig.text(0.02, 0.015, text, ha="left", va="bottom", fontsize=8, color=theme.muted, wrap=True)


def message(fig: FigureBase, theme: Theme, heading: str, text: str = EMPTY_MESSAGE, hint: str = "") -> None:
    """What a chart shows when there is nothing to draw yet: never an exception, never a blank. The
    `hint` (where to add the data) is an on-screen instruction, shown only on an interactive theme."""
    prepare(fig, theme)
    title(fig, theme, heading)
    text, hint = translate("Charts", text), translate("Charts", hint) if hint else ""
    if hint and theme.interactive:
        text = f"{text} {hint}"
    fig.text(0.5, 0.5, wrap(text, 60, 5), ha="center", va="center", fontsize=11, color=theme.muted)


def text_width(text: str, fontsize: float = 9) -> float:
    """How wide `text` is drawn, in points (its longest line), measured with the font the charts use:
    counting characters underestimated wide letters and cut German labels at the figure's edge."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import TextToPath

    font = FontProperties(size=fontsize)
    measure = TextToPath().get_text_width_height_descent
    return max((measure(line, font, ismath=False)[0] for line in text.split("\n") if line), default=0.0)


LABEL_MARGIN_CAP = 0.45  # of the figure's width: the most tick labels may take from the bars


def label_margin(
    fig: FigureBase, labels: list[str], fontsize: float = 9, cap: float = LABEL_MARGIN_CAP
) -> float:
    """The left margin (figure fraction) that fits the longest tick label, with the tick pad and an
    option's colour swatch beside it."""
    width, _ = size_inches(fig)
    longest = max((text_width(label, fontsize) for label in labels), default=fontsize * 2)
    return min(cap, 0.02 + (longest + 24) / 72 / max(width, 1.0))


def axes_share(fig: FigureBase, text: str, fontsize: float = 9) -> float:
    """The share of the axes' width `text` takes, with a little air (`fig` has its margins set)."""
    width, _ = size_inches(fig)
    params = fig.subplotpars  # type: ignore[attr-defined]  # Figure and SubFigure have it
    return (text_width(text, fontsize) + 6) / max(1.0, width * 72 * (params.right - params.left))


def room_after_bars(
    fig: FigureBase, ends: list[float], texts: list[str], least: float, fontsize: float = 9
) -> float:
    """The x-axis end (data units, from 0) at which each text written just after its bar's end fits
    inside the axes; at least `least`. `fig` has its margins set already."""
    needed = least
    for end, text in zip(ends, texts, strict=True):
        share = axes_share(fig, text, fontsize)
        if share < 0.6:  # a text wider than that cannot be made room for by stretching the axis
            needed = max(needed, end / (1 - share))
    return needed


def bottom_margin(fig: FigureBase, legend_rows: int = 0, xlabel: bool = True, xlabel_lines: int = 1) -> float:
    """The bottom margin (figure fraction) for tick labels, an x label (of `xlabel_lines` lines) and a
    legend of `legend_rows`."""
    _, height = size_inches(fig)
    label = 0.22 + 0.15 * (xlabel_lines - 1) if xlabel else 0.0
    inches = 0.3 + label + (0.08 + 0.2 * legend_rows if legend_rows else 0.0)
    return min(0.5, inches / max(height, 1.0))


def legend_rows(count: int, columns: int) -> int:
    return -(-count // max(1, columns))


def legend_below(fig: FigureBase, theme: Theme, handles: list[Any], labels: list[str], columns: int) -> None:
    """A legend across the bottom of the figure (leave room with `bottom_margin`)."""
    legend = fig.legend(
        handles,
        labels,
        loc="lower center",
        bbox_to_anchor=(0.5, 0.005),
        ncols=max(1, columns),
        frameon=False,
        fontsize=8,
        handlelength=1.4,
        columnspacing=1.4,
    )
    for text in legend.get_texts():
        text.set_color(theme.text)
