"""At 1280×800 with the demo data, every page shows its headers and buttons whole, Tab reaches every
control and leaves every table, and every control has a name a screen reader can say (issue 21)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import finish
import pytest
from PySide6.QtWidgets import QAbstractItemView


@pytest.fixture
def demo(make_window: Any, qtbot: Any, tmp_path: Path) -> Any:
    return finish.open_demo(make_window, qtbot, tmp_path / "demo.db")


def test_no_header_or_button_text_is_elided_on_any_page(demo: Any) -> None:
    clipped = {}
    for page in finish.pages(demo):
        found = finish.elided_headers(demo) + finish.elided_buttons(demo)
        if found:
            clipped[page] = found
    assert not clipped, "\n".join(f"{page}: {found}" for page, found in clipped.items())


@pytest.mark.parametrize("language", ["en_GB", "de_DE"])
def test_no_choice_in_a_combo_box_is_cut_on_any_page(
    make_window: Any, qtbot: Any, qapp: Any, tmp_path: Path, language: str
) -> None:
    with finish.translated(qapp, language):
        window = finish.open_demo(make_window, qtbot, tmp_path / "demo.db")
        clipped = {}
        for page in finish.pages(window):
            found = finish.clipped_combos(window)
            if found:
                clipped[page] = found
    assert not clipped, "\n".join(f"{page}: {found}" for page, found in clipped.items())


def test_no_table_keeps_the_tab_key_for_itself(demo: Any) -> None:
    trapping = set()
    for page in finish.pages(demo):
        for view in finish.shown(demo, QAbstractItemView):
            if view.tabKeyNavigation():
                trapping.add(f"{page}: {finish.describe(view)}")
    assert trapping == set()


def test_every_control_on_every_page_has_an_accessible_name(demo: Any) -> None:
    unnamed = set()
    for page in finish.pages(demo):
        for widget in finish.interactive(demo):
            if not finish.accessible_name(widget).strip():
                unnamed.add(f"{page}: {finish.describe(widget)}")
    assert not unnamed, "\n".join(sorted(unnamed))


def test_tab_from_the_tab_bar_reaches_every_control_of_every_page(demo: Any, qtbot: Any) -> None:
    unreachable = {}
    for page in finish.pages(demo):
        bar = demo.evaluation_view.tabBar()
        visited = {id(bar), *map(id, finish.tab_walk(bar, qtbot))}
        missing = [finish.describe(w) for w in finish.interactive(demo) if id(w) not in visited]
        if missing:
            unreachable[page] = missing
    assert not unreachable, "\n".join(f"{page}: {found}" for page, found in unreachable.items())


def test_every_table_in_the_app_is_built_on_the_shared_table_view() -> None:
    """A table made from QTableView or QTableWidget directly would trap Tab again."""
    import re

    ui = Path(__file__).resolve().parents[2] / "ui"
    direct = [
        f"{path.relative_to(ui)}:{n}"
        for path in ui.rglob("*.py")
        if path.name != "table_view.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\bQTable(View|Widget)\(|\(QTable(View|Widget)\):", line)
    ]
    assert direct == []


@pytest.mark.parametrize("language", ["en_GB", "de_DE"])
def test_the_window_stays_1280_pixels_wide_on_every_page_in_english_and_german(
    make_window: Any, qtbot: Any, qapp: Any, tmp_path: Path, language: str
) -> None:
    """Longer German labels and the robustness run's stage sentence once pushed the window past 1280 px;
    rows now wrap instead of widening it."""
    with finish.translated(qapp, language):
        window = finish.open_demo(make_window, qtbot, tmp_path / "demo.db")
        widths = {page: window.minimumSizeHint().width() for page in finish.pages(window)}
    assert {page: width for page, width in widths.items() if width > 1280} == {}


@pytest.mark.parametrize("language", ["en_GB", "de_DE"])
def test_the_score_matrix_shows_all_five_demo_options_whole_at_1280_pixels(
    make_window: Any, qtbot: Any, qapp: Any, tmp_path: Path, language: str
) -> None:
    """The list, the ranking and the criterion column once left room for only two or three options."""
    from PySide6.QtCore import QByteArray

    from ui.settings import Settings

    for key in ("window/splitter", "window/comparison_splitter"):  # as on a first start
        Settings().set(key, QByteArray())
    with finish.translated(qapp, language):
        window = finish.open_demo(make_window, qtbot, tmp_path / "demo.db")
        comparison = window.evaluation_view.comparison
        window.evaluation_view.setCurrentWidget(comparison)
        comparison.pages.setCurrentWidget(comparison.matrix)
        table = comparison.matrix.table
        qtbot.waitUntil(lambda: table.model().columnCount() == 5)
        qtbot.waitUntil(lambda: table.isVisible())
        room = table.viewport().width()
        cut = {
            table.model().options[c].name: (table.columnViewportPosition(c), table.columnWidth(c), room)
            for c in range(5)
            if table.columnViewportPosition(c) < 0
            or table.columnViewportPosition(c) + table.columnWidth(c) > room
        }
    assert cut == {}


def test_the_evaluations_list_keeps_room_for_twenty_characters_of_a_title_at_1280_pixels(
    demo: Any, qtbot: Any
) -> None:
    """Five columns in the narrow list once left the titles "New la…travel"; the others scroll instead."""
    from ui.models.evaluations import Col

    table = demo.evaluations.table
    qtbot.waitUntil(lambda: table.isVisible())
    needed = table.fontMetrics().averageCharWidth() * 26
    assert table.columnWidth(Col.TITLE) >= needed


def test_the_title_column_fills_a_list_made_wider(demo: Any, qtbot: Any) -> None:
    from ui.models.evaluations import Col

    table = demo.evaluations.table
    header = table.horizontalHeader()
    sizes = demo.splitter.sizes()
    demo.splitter.setSizes([sizes[0] + 300, sizes[1] - 300])
    others = sum(header.sectionSize(c) for c in Col if c != Col.TITLE)
    qtbot.waitUntil(lambda: table.columnWidth(Col.TITLE) == table.viewport().width() - others)


@pytest.mark.parametrize("language", ["en_GB", "de_DE"])
def test_every_chart_title_in_the_chart_list_is_shown_whole(
    make_window: Any, qtbot: Any, qapp: Any, tmp_path: Path, language: str
) -> None:
    from PySide6.QtGui import QFontMetrics

    with finish.translated(qapp, language):
        window = finish.open_demo(make_window, qtbot, tmp_path / "demo.db")
        charts = window.evaluation_view.charts
        window.evaluation_view.setCurrentWidget(charts)
        chooser = charts.chooser
        qtbot.waitUntil(chooser.isVisible)
        metrics = QFontMetrics(chooser.font())
        cut = []
        for i in range(chooser.count()):
            rect = chooser.visualItemRect(chooser.item(i))
            text = chooser.item(i).text()
            if metrics.horizontalAdvance(text) > rect.width() and rect.height() < 2 * metrics.height():
                cut.append(f"{text!r} ({rect.width()} px)")
    assert cut == []
