"""The Charts tab: every chart of the CRM sample on screen, saved as PNG/SVG/PDF, heat-map cells that list
their risks, and no matplotlib until the tab is first shown."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from duediligence import charts
from duediligence.storage.database import Database
from duediligence.templates.samples import add_samples
from ui.views.charts import tab as charts_tab


@pytest.fixture
def samples(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "w.db"
    db = Database.open(path)
    with db.transaction() as session:
        crm, _laptop = add_samples().apply(session).result
    db.close()
    return path, crm


@pytest.fixture
def shown(qtbot: Any, samples: tuple[Path, int]) -> Any:
    from ui.context import AppContext

    path, crm = samples
    context = AppContext()
    context.open_workbook(path)
    tab = charts_tab.ChartsTab(context)
    qtbot.addWidget(tab)
    tab.resize(900, 600)
    tab.set_evaluation(crm)
    tab.show()
    qtbot.waitExposed(tab)
    yield tab
    context.close_workbook()


def test_every_chart_of_the_crm_sample_is_drawn(shown: Any) -> None:
    for row, chart in enumerate(charts.CHARTS):
        shown.chooser.setCurrentRow(row)
        assert shown.data is not None and shown.data.problem is None, chart.key
        assert shown.canvas.figure.axes, chart.key
        assert shown.details.text() == ""


def test_saving_writes_the_figure_as_png_svg_and_pdf(shown: Any, tmp_path: Path, monkeypatch) -> None:
    asked: list[str] = []

    def answer(_parent, _caption, suggested: str, fmt: str) -> str:
        asked.append(suggested)
        return str(tmp_path / f"chart.{fmt}")

    monkeypatch.setattr(charts_tab, "ask_save_path", answer)
    signatures = {"png": b"\x89PNG", "svg": b"<?xml", "pdf": b"%PDF"}
    for fmt, signature in signatures.items():
        shown.save(fmt)
        data = (tmp_path / f"chart.{fmt}").read_bytes()
        assert data.startswith(signature) and len(data) > 1_000
    assert asked == ["scores.png", "scores.svg", "scores.pdf"]


def test_a_cancelled_save_writes_nothing(shown: Any, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(charts_tab, "ask_save_path", lambda *_a: None)
    shown.save("png")
    assert not list(tmp_path.glob("*.png"))


def test_clicking_a_heat_map_cell_lists_its_risks(shown: Any) -> None:
    from matplotlib.backend_bases import MouseEvent

    shown.chooser.setCurrentRow([c.key for c in charts.CHARTS].index("risks"))
    cell = shown.data.inherent[0]
    ax = next(a for a in shown.canvas.figure.axes if a.get_gid() == charts.HEAT_GID[False])
    shown.canvas.draw()
    x, y = ax.transData.transform((cell.likelihood, cell.impact))
    MouseEvent("button_press_event", shown.canvas, x, y, button=1)._process()
    assert cell.risks[0].split(" (")[0] in shown.details.text()


def figure_text(figure: Any) -> str:
    from matplotlib.text import Text

    return " ".join(t.get_text() for t in figure.findobj(Text))


def test_the_heat_map_says_click_on_screen_but_not_in_a_saved_file(
    shown: Any, tmp_path: Path, monkeypatch
) -> None:
    shown.chooser.setCurrentRow([c.key for c in charts.CHARTS].index("risks"))
    assert "click a cell to list them" in figure_text(shown.canvas.figure)
    saved: list[str] = []
    figure = shown.canvas.figure
    monkeypatch.setattr(figure, "savefig", lambda *_a, **_k: saved.append(figure_text(figure)))
    monkeypatch.setattr(charts_tab, "ask_save_path", lambda *_a: str(tmp_path / "heat.png"))
    shown.save("png")
    assert len(saved) == 1 and "click" not in saved[0] and "Number of risks not closed" in saved[0]
    assert "click a cell to list them" in figure_text(shown.canvas.figure), "the screen keeps its hint"


def test_the_chart_follows_a_dark_palette(shown: Any) -> None:
    from PySide6.QtGui import QColor, QPalette

    palette = shown.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    shown.setPalette(palette)
    assert charts_tab.palette_theme(shown).dark
    shown.refresh()
    assert shown.canvas.figure.get_facecolor()[:3] == pytest.approx((0x20 / 255, 0x21 / 255, 0x24 / 255))


PROBE = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from ui.context import AppContext
    from ui.views.charts.tab import ChartsTab
    context = AppContext()
    context.open_workbook(sys.argv[1])
    tab = ChartsTab(context)
    tab.set_evaluation(int(sys.argv[2]))
    before = "matplotlib" in sys.modules
    tab.show()
    app.processEvents()
    after = "matplotlib" in sys.modules
    print(before, after, tab.canvas is not None)
    context.close_workbook()
    """
)


def test_matplotlib_is_imported_only_when_the_tab_is_first_shown(samples: tuple[Path, int]) -> None:
    path, crm = samples
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(path), str(crm)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True", "True"]
