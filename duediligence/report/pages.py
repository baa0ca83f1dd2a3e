"""A tiny page layout on matplotlib Figures for the PDF report: headings, wrapped text, tables and charts
flowing down A4 pages, a new page when one is full. Charts are drawn by `duediligence.charts` into a
SubFigure of the page, so the report shows the same figure as the Charts tab."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from typing import Any

from duediligence.charts.style import LIGHT, shorten
from duediligence.i18n import translate

PAGE_W, PAGE_H = 8.27, 11.69  # A4 portrait, inches
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 0.75, 0.7, 0.75
WIDTH = PAGE_W - 2 * MARGIN_X
TEXT, MUTED, RULE = "#222222", "#666666", "#CCCCCC"


def chars_per_line(width_in: float, size: float) -> int:
    """About how many characters of a `size`-point sans-serif font fit in `width_in` inches."""
    return max(8, int(width_in * 72 / (size * 0.56)))


class Pages:
    """Pages written one after another to a `PdfPages`; `y` is the distance from the top, in inches."""

    def __init__(self, pdf: Any, footer: str) -> None:
        self.pdf = pdf
        self.footer = footer
        self.fig: Any = None
        self.y = 0.0
        self.count = 0

    def _fy(self, y: float) -> float:
        return 1 - y / PAGE_H

    def _fx(self, x: float) -> float:
        return (MARGIN_X + x) / PAGE_W

    def new_page(self) -> None:
        from matplotlib.figure import Figure

        self.finish()
        self.fig = Figure(figsize=(PAGE_W, PAGE_H))
        self.fig.set_facecolor("white")
        self.count += 1
        self.y = MARGIN_TOP

    def finish(self) -> None:
        if self.fig is None:
            return
        self.fig.text(self._fx(0), 0.35 / PAGE_H, self.footer, fontsize=7.5, color=MUTED, va="bottom")
        self.fig.text(self._fx(WIDTH), 0.35 / PAGE_H, str(self.count), fontsize=7.5, color=MUTED, ha="right")
        self.pdf.savefig(self.fig)
        self.fig = None

    def room(self, height: float) -> None:
        """Start a new page unless `height` inches still fit on this one."""
        if self.fig is None or self.y + height > PAGE_H - MARGIN_BOTTOM:
            self.new_page()

    def text(self, x: float, line: str, size: float = 10, **style: Any) -> None:
        self.fig.text(
            self._fx(x),
            self._fy(self.y),
            line,
            fontsize=size,
            va="top",
            color=style.pop("color", TEXT),
            **style,
        )

    def heading(self, title: str, size: float = 15) -> None:
        self.room(size / 72 * 1.6 + 0.9)  # keep a heading with what follows it
        self.y += 0.12 if self.y > MARGIN_TOP else 0
        self.text(0, title, size, fontweight="bold")
        self.y += size / 72 * 1.5
        self.fig.add_artist(_rule(self.fig, self._fy(self.y - 0.06)))
        self.y += 0.08

    def paragraph(self, body: str, size: float = 10, indent: float = 0.0, **style: Any) -> None:
        width = chars_per_line(WIDTH - indent, size)
        lines = [line for part in (body or "").splitlines() for line in (textwrap.wrap(part, width) or [""])]
        for line in lines:
            self.room(size / 72 * 1.45)
            self.text(indent, line, size, **dict(style))
            self.y += size / 72 * 1.45
        self.y += 0.08

    def field(self, label: str, value: str, size: float = 10) -> None:
        """A label in the left column and its value wrapped beside it."""
        self.room(size / 72 * 1.45)
        self.text(0, label, size, color=MUTED)
        self.paragraph(value or "—", size, indent=1.6)

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        right: Sequence[int] = (),
        size: float = 8.5,
    ) -> None:
        """Columns of `widths` (fractions of the text width); cells are shortened to fit, never wrapped."""
        step = size / 72 * 1.6
        xs = [sum(widths[:k]) * WIDTH for k in range(len(widths))]

        def line(cells: Sequence[str], bold: bool) -> None:
            for k, cell in enumerate(cells):
                limit = chars_per_line(widths[k] * WIDTH - 0.08, size * (1.12 if bold else 1.0))
                x = xs[k] + (widths[k] * WIDTH - 0.08 if k in right else 0)
                self.text(
                    x,
                    shorten(str(cell), limit),
                    size,
                    ha="right" if k in right else "left",
                    fontweight="bold" if bold else "normal",
                )
            self.y += step

        def header() -> None:
            line(headers, True)
            self.fig.add_artist(_rule(self.fig, self._fy(self.y - 0.04)))
            self.y += 0.03

        self.room(step * min(len(rows) + 1, 4) + 0.1)
        header()
        for row in rows:
            if self.y + step > PAGE_H - MARGIN_BOTTOM:
                self.new_page()
                header()
            line(row, False)
        self.y += 0.12

    def chart(self, draw: Callable[..., None], data: Any, height: float = 4.0) -> None:
        """Draw a chart in a region of the page `height` inches tall, the full text width; a chart with
        nothing to show is replaced by its sentence saying why."""
        if getattr(data, "problem", None):  # marked for translation in the "Charts" context
            self.paragraph(translate("Charts", data.problem), 9.5, color=MUTED)
            return
        self.room(height)
        # A SubFigure takes its place from the grid's ratios (not from left/right/top/bottom).
        rows = (self.y, height, max(PAGE_H - self.y - height, 0.01))
        columns = (MARGIN_X - 0.15, WIDTH + 0.3, MARGIN_X - 0.15)
        grid = self.fig.add_gridspec(3, 3, height_ratios=rows, width_ratios=columns, wspace=0, hspace=0)
        draw(self.fig.add_subfigure(grid[1, 1]), data, LIGHT)
        self.y += height + 0.15


def _rule(fig: Any, y: float) -> Any:
    from matplotlib.lines import Line2D

    x0, x1 = MARGIN_X / PAGE_W, (PAGE_W - MARGIN_X) / PAGE_W
    return Line2D([x0, x1], [y, y], transform=fig.transFigure, color=RULE, linewidth=0.8)
