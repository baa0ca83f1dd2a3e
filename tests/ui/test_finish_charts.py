"""A chart has a text alternative: the canvas takes focus and is described by its data, and "Show data"
shows the same numbers as a table (issue 21)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import finish
from PySide6.QtCore import Qt


def test_the_chart_is_focusable_named_and_described_by_its_numbers(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window = finish.open_demo(make_window, qtbot, tmp_path / "demo.db")
    charts = window.evaluation_view.charts
    window.evaluation_view.setCurrentWidget(charts)
    qtbot.waitUntil(lambda: charts.canvas is not None and bool(charts.canvas.accessibleDescription()))
    assert charts.canvas.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert charts.canvas.accessibleName() == "Chart: Weighted score by group"
    assert "Name: Northwind CRM Cloud; Score: 77.69; Rank: 1" in charts.canvas.accessibleDescription()


def test_show_data_shows_one_row_per_option(make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    window = finish.open_demo(make_window, qtbot, tmp_path / "demo.db")
    charts = window.evaluation_view.charts
    window.evaluation_view.setCurrentWidget(charts)
    qtbot.waitUntil(lambda: charts.table.rowCount() == 5)
    assert not charts.table.isVisible()
    charts.show_data.click()
    assert charts.table.isVisible()
    assert charts.table.item(0, 0).text() == "Northwind CRM Cloud"


def test_the_chart_is_drawn_again_for_the_size_its_canvas_ends_up_at(
    make_window: Any, qtbot: Any, qapp: Any, tmp_path: Path
) -> None:
    """The canvas is made at 8 × 5 inches and laid out smaller: margins worked out for the first size
    cut the longest option name ("Brightpath Sales Suite (ausgeschlossen)") at the left edge."""

    def names_inside() -> bool:
        figure = charts.canvas.figure
        if not figure.axes:
            return False
        charts.canvas.draw()  # the figure as it stands at the canvas's size now
        renderer = charts.canvas.get_renderer()
        labels = figure.axes[0].get_yticklabels()
        return bool(labels) and all(label.get_window_extent(renderer).x0 >= 0 for label in labels)

    with finish.translated(qapp, "de_DE"):
        window = finish.open_demo(make_window, qtbot, tmp_path / "demo.db")
        charts = window.evaluation_view.charts
        window.evaluation_view.setCurrentWidget(charts)
        qtbot.waitUntil(lambda: charts.canvas is not None and bool(charts.canvas.figure.axes))
        canvas = charts.canvas
        qtbot.waitUntil(
            lambda: round(canvas.figure.get_size_inches()[0] * canvas.figure.dpi) == canvas.width()
        )
        qtbot.waitUntil(names_inside)
        # The canvas made narrower by its layout alone (the tab keeps its size), as at its first showing.
        canvas.resize(canvas.width() - 200, canvas.height())
        qtbot.waitUntil(
            lambda: round(canvas.figure.get_size_inches()[0] * canvas.figure.dpi) == canvas.width()
        )
        qtbot.waitUntil(names_inside)
