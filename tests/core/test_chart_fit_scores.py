"""The score-breakdown chart keeps every word inside the figure at the sizes it is shown at (issue 21):
an excluded option's label ("Brightpath Sales Suite (excluded)") ran off the left edge and the
unscored share written after a bar ("67.1  (3 % unscored)") off the right one, in English and more so
in German."""

from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path

import pytest
from german import in_german
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from duediligence.charts import scores_data
from duediligence.charts.draw_scores import draw_score_breakdown
from duediligence.storage.database import Database
from duediligence.templates.samples import add_samples

# The charts tab at 1280×800 (about 6.9 × 6.6 inches at 96 dpi), a narrow window, and the report.
SIZES = [(6.9, 6.6), (5.2, 5.0), (6.8, 3.6)]


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory):
    db = Database.open(Path(tmp_path_factory.mktemp("fit")) / "wb.db")
    with db.transaction() as session:
        crm, _laptop = add_samples().apply(session).result
    yield db, crm
    db.close()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}in")
@pytest.mark.parametrize("language", ["en", "de"])
def test_every_label_and_value_of_the_score_breakdown_stays_inside_the_figure(workbook, language, size):
    db, crm = workbook
    with in_german() if language == "de" else nullcontext():
        with db.reading() as session:
            data = scores_data(session, crm)
        fig = Figure(figsize=size, dpi=96)
        FigureCanvasAgg(fig)
        draw_score_breakdown(fig, data)
        fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    ax = fig.axes[0]
    texts = [*ax.get_yticklabels(), *ax.texts]
    assert len(ax.texts) == 5
    outside = [
        t.get_text()
        for t in texts
        if t.get_window_extent(renderer).x0 < fig.bbox.x0 or t.get_window_extent(renderer).x1 > fig.bbox.x1
    ]
    assert outside == []
