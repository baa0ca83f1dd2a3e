"""The report's charts keep every word on the page in German, whose labels run longer than English
(issue 21): the first-place chart's two axis labels stay inside the chart, apart from each other and
above the note under the chart,
and the share written at the end of a full bar stays inside its own axes."""

from __future__ import annotations

from pathlib import Path

import pytest
from german import in_german
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from duediligence.charts.draw_scores import draw_first_place
from duediligence.charts.robust import robustness
from duediligence.report.pages import WIDTH
from duediligence.storage.database import Database
from duediligence.templates.samples import add_samples

# The size `Pages.chart` gives the first-place chart in the report: the text width and 3 inches.
REPORT_SIZE = (WIDTH + 0.3, 3.0)


@pytest.fixture(scope="module")
def drawn(tmp_path_factory: pytest.TempPathFactory):
    """The CRM sample's first-place chart, drawn in German at the report's size (Northwind CRM Cloud
    is first in every draw)."""
    db = Database.open(Path(tmp_path_factory.mktemp("fit")) / "wb.db")
    with db.transaction() as session:
        crm, _laptop = add_samples().apply(session).result
    with in_german():
        with db.reading() as session:
            odds = robustness(session, crm, draws=500)
        fig = Figure(figsize=REPORT_SIZE)
        FigureCanvasAgg(fig)
        draw_first_place(fig, odds)
        fig.canvas.draw()
    db.close()
    return fig


def test_both_axis_labels_stay_inside_the_chart_apart_and_above_the_note(drawn) -> None:
    renderer = drawn.canvas.get_renderer()
    chart = drawn.bbox
    first, scores = (ax.xaxis.label for ax in drawn.axes[:2])
    assert first.get_text().replace("\n", " ") == "Ziehungen, in denen sie vorn liegt (%)"
    assert scores.get_text().replace("\n", " ") == "Punktzahl: Mittelwert und 5–95-%-Spanne"
    boxes = [label.get_window_extent(renderer) for label in (first, scores)]
    for box in boxes:
        assert chart.x0 <= box.x0 and box.x1 <= chart.x1
    assert boxes[0].x1 < boxes[1].x0
    note = next(t for t in drawn.texts if t.get_text().startswith("Monte-Carlo-Simulation"))
    assert min(box.y0 for box in boxes) > note.get_window_extent(renderer).y1


def test_the_share_of_a_bar_that_fills_its_axes_is_written_inside_them(drawn) -> None:
    renderer = drawn.canvas.get_renderer()
    ax = drawn.axes[0]
    full = [t for t in ax.texts if t.get_text() == "100\u00a0%"]
    assert len(full) == 1
    assert full[0].get_window_extent(renderer).x1 <= ax.bbox.x1
