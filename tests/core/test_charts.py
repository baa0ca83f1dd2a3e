"""Charts: every chart draws the samples and empty evaluations without error, with one colour per option,
the numbers the ranking gives, and no matplotlib until something is drawn."""

from __future__ import annotations

import subprocess
import sys
from io import BytesIO
from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_hex
from matplotlib.figure import Figure

from duediligence import charts
from duediligence.operations.edits import AddRow
from duediligence.operations.evaluations import CreateEvaluation
from duediligence.reads.ranking import evaluation_ranking
from duediligence.storage.database import Database
from duediligence.templates.samples import add_samples

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory):
    """The samples (CRM, laptop) and three degenerate evaluations: empty, options only, nothing scored."""
    db = Database.open(Path(tmp_path_factory.mktemp("charts")) / "wb.db")
    with db.transaction() as session:
        crm, laptop = add_samples().apply(session).result
        empty = CreateEvaluation("Empty", {}).apply(session).result
        options_only = CreateEvaluation("Options only", {}).apply(session).result
        unscored = CreateEvaluation("Nothing scored", {}).apply(session).result
        for eid in (options_only, unscored):
            AddRow("option", eid, {"name": "A"}).apply(session)
            AddRow("option", eid, {"name": "B"}).apply(session)
        AddRow("criterion", unscored, {"name": "Fit", "scale": "0-10"}).apply(session)
    ids = {"crm": crm, "laptop": laptop, "empty": empty, "options_only": options_only, "unscored": unscored}
    yield db, ids
    db.close()


def load(db: Database, key: str, evaluation_id: int):
    with db.reading() as session:
        return charts.CHART[key].load(session, evaluation_id)


def render(key: str, data, theme: charts.Theme = charts.LIGHT) -> tuple[Figure, bytes]:
    fig = Figure(figsize=(8, 5), dpi=60)
    FigureCanvasAgg(fig)
    charts.CHART[key].draw(fig, data, theme)
    out = BytesIO()
    fig.savefig(out, format="png")
    return fig, out.getvalue()


def texts(fig: Figure) -> str:
    return " ".join(t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text")))


@pytest.mark.parametrize("key", [c.key for c in charts.CHARTS])
@pytest.mark.parametrize("sample", ["crm", "laptop"])
def test_every_chart_draws_the_samples_in_both_themes(workbook, key: str, sample: str) -> None:
    db, ids = workbook
    data = load(db, key, ids[sample])
    for theme in (charts.LIGHT, charts.DARK):
        _, png = render(key, data, theme)
        assert png.startswith(PNG) and len(png) > 5_000


@pytest.mark.parametrize("key", [c.key for c in charts.CHARTS])
@pytest.mark.parametrize("case", ["empty", "options_only", "unscored"])
def test_a_degenerate_evaluation_draws_a_message_instead_of_failing(workbook, key: str, case: str) -> None:
    db, ids = workbook
    data = load(db, key, ids[case])
    fig, png = render(key, data)
    assert png.startswith(PNG)
    assert data.problem, "a chart with nothing to show says why"
    assert data.problem in texts(fig).replace("\n", " ") or "Add" in texts(fig)


def test_the_stacked_segments_add_up_to_the_ranked_scores(workbook) -> None:
    db, ids = workbook
    data = load(db, "scores", ids["crm"])
    with db.reading() as session:
        ranking = evaluation_ranking(session, ids["crm"])
    by_name = {o.name: o for o in ranking.options}
    assert len(data.options) == len(ranking.options)
    for option in data.options:
        assert option.score == by_name[option.name].score
        assert sum(option.contributions) == pytest.approx(option.score, abs=1e-6)
        assert len(option.contributions) == len(data.groups) == 6
    assert [o.rank for o in data.options[:4]] == [1, 2, 3, 4], "best first, excluded last"


def line_colours(fig: Figure) -> dict[str, str]:
    """Labelled lines (an option each) → their colour."""
    return {
        line.get_label(): to_hex(line.get_color())
        for ax in fig.axes
        for line in ax.get_lines()
        if not line.get_label().startswith("_")
    }


def test_each_option_has_the_same_colour_in_every_chart(workbook) -> None:
    db, ids = workbook
    with db.reading() as session:
        order = [o.name for o in evaluation_ranking(session, ids["crm"]).options]
    profile, _ = render("profile", load(db, "profile", ids["crm"]))
    costs, _ = render("costs", load(db, "costs", ids["crm"]))
    first, _ = render("first", load(db, "first", ids["crm"]))
    longest_bar = max(first.axes[0].patches, key=lambda p: p.get_width())  # the winner's P(first)
    for index, name in enumerate(order):
        expected = to_hex(charts.option_colour(index))
        short = name[:12]
        for fig in (profile, costs):
            assert [c for label, c in line_colours(fig).items() if label.startswith(short)] == [expected]
    assert to_hex(longest_bar.get_facecolor()) == to_hex(
        charts.option_colour(order.index("Northwind CRM Cloud"))
    )
    scores = load(db, "scores", ids["crm"])
    odds = load(db, "first", ids["crm"])
    assert {o.name: o.index for o in scores.options} == {o.name: o.index for o in odds.options}
    assert len({charts.option_colour(i) for i in range(len(order))}) == len(order)


def test_the_winner_comes_first_in_the_simulation_and_the_tornado_names_it(workbook) -> None:
    db, ids = workbook
    first = load(db, "first", ids["crm"])
    tornado = load(db, "tornado", ids["crm"])
    leader = max(first.options, key=lambda o: o.p_first)
    assert leader.name == "Northwind CRM Cloud" == tornado.names[tornado.winner]
    assert sum(o.p_first for o in first.options) == pytest.approx(1.0)
    assert "winner" in first.verdict


def test_the_cost_curve_ends_at_the_tco_the_ranking_shows(workbook) -> None:
    db, ids = workbook
    data = load(db, "costs", ids["crm"])
    with db.reading() as session:
        ranking = evaluation_ranking(session, ids["crm"])
    for line, option in zip(data.options, ranking.options, strict=True):
        assert line.expected[-1] == pytest.approx(option.finance.tco)
        assert line.low[-1] == pytest.approx(option.finance.tco_low)
        assert line.high[-1] == pytest.approx(option.finance.tco_high)


def test_the_heat_map_counts_the_open_risks_and_lists_them_per_cell(workbook) -> None:
    db, ids = workbook
    data = load(db, "risks", ids["crm"])
    with db.reading() as session:
        from datetime import date

        from duediligence.reads.risks import risk_summary

        heat = risk_summary(session, ids["crm"], date.today()).heat_map()
    assert sum(len(c.risks) for c in data.inherent) == sum(len(v) for v in heat.cells.values()) > 0
    cell = data.inherent[0]
    assert data.cell(False, cell.likelihood, cell.impact) == cell
    fig, _ = render("risks", data)
    assert {ax.get_gid() for ax in fig.axes} == set(charts.HEAT_GID.values())


def test_long_option_names_are_shortened_with_an_ellipsis() -> None:
    label = charts.shorten("Extend the current spreadsheet + mail merge", 28)
    assert len(label) <= 28 and label.endswith("…")
    assert charts.shorten("Short name", 28) == "Short name"


def test_importing_the_charts_loads_no_matplotlib_until_a_chart_is_drawn() -> None:
    probe = (
        "import sys\nimport duediligence.charts\n"
        "print(sorted(m for m in ('matplotlib', 'numpy', 'sqlmodel') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"


def test_an_option_without_costs_is_left_out_of_the_cost_curve_with_a_visible_note(tmp_path: Path) -> None:
    """Drawn at 0 the unpriced option would look the cheapest: it is left out, and the chart says so."""
    db = Database.open(tmp_path / "c.db")
    with db.transaction() as session:
        eid = CreateEvaluation("Partly priced", {}).apply(session).result
        priced = AddRow("option", eid, {"name": "Priced"}).apply(session).result
        AddRow("option", eid, {"name": "Unpriced"}).apply(session)
        AddRow("cost_item", eid, {"label": "Licence", "amount": 900}, {"option_id": priced}).apply(session)
    data = load(db, "costs", eid)
    db.close()
    assert [(line.index, line.name) for line in data.options] == [(0, "Priced")]
    fig, _ = render("costs", data)
    assert "Not shown, costs unknown: Unpriced (no costs entered)" in texts(fig)


def test_where_to_add_data_is_said_on_screen_only(workbook) -> None:
    """An empty chart states the fact; only an interactive theme (the Charts tab) adds where to act."""
    from dataclasses import replace

    db, ids = workbook
    data = load(db, "costs", ids["options_only"])
    assert data.problem == "No option has its costs entered yet."
    printed, _ = render("costs", data)
    on_screen, _ = render("costs", data, replace(charts.LIGHT, interactive=True))
    assert "Options & scores" not in texts(printed)
    assert "Options & scores" in texts(on_screen)
