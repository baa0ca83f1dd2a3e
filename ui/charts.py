"""The matplotlib canvas the Charts tab hosts: it calls `duediligence.charts` draw functions on its Figure.

Importing this module imports matplotlib (its Qt backend), so the Charts tab imports it only when it is
first shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtWidgets import QSizePolicy, QWidget

from duediligence.charts import Theme

FORMATS = {"png": "PNG image (*.png)", "svg": "SVG drawing (*.svg)", "pdf": "PDF document (*.pdf)"}


class ChartCanvas(FigureCanvasQTAgg):
    """One Figure, redrawn in place for whichever chart is chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Figure(figsize=(8, 5)))
        self.setParent(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)
        self._shown: tuple[Callable[..., None], Any, Theme] | None = None  # what is on screen, to save

    def show_chart(self, draw: Callable[..., None], data: Any, theme: Theme) -> None:
        self._shown = (draw, data, theme)
        draw(self.figure, data, theme)
        self.draw_idle()

    def save(self, path: str | Path, fmt: str) -> Path:
        """The figure on screen, as PNG, SVG or PDF (at 150 dpi for PNG), without on-screen instructions
        such as "click a cell": a saved chart is read on paper or in a document."""
        from dataclasses import replace

        target = Path(path)
        shown = self._shown
        if shown is not None and shown[2].interactive:
            draw, data, theme = shown
            draw(self.figure, data, replace(theme, interactive=False))
        try:
            self.figure.savefig(target, format=fmt, dpi=150, facecolor=self.figure.get_facecolor())
        finally:
            if shown is not None and shown[2].interactive:
                self.show_chart(*shown)
        return target
