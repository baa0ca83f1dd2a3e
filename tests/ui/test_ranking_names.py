"""The ranking beside the score matrix is narrow (a fifth of the room): an option's name takes two lines
there instead of being cut to "Northwi…" (issue 21)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import finish
import pytest
from PySide6.QtGui import QFont, QFontMetrics

from ui.models.ranking import LINE_ROLE
from ui.views.comparison.ranking_delegate import name_lines


@pytest.fixture
def metrics() -> QFontMetrics:
    return QFontMetrics(QFont("DejaVu Sans", 9))


def test_a_name_that_fits_stays_on_one_line(metrics: QFontMetrics) -> None:
    name = "Northwind CRM Cloud"
    assert name_lines(metrics, name, metrics.horizontalAdvance(name)) == [name]


def test_a_name_one_pixel_too_wide_breaks_between_words(metrics: QFontMetrics) -> None:
    name = "Northwind CRM Cloud"
    width = metrics.horizontalAdvance(name) - 1
    assert name_lines(metrics, name, width) == ["Northwind CRM", "Cloud"]


def test_what_does_not_fit_on_two_lines_ends_in_an_ellipsis(metrics: QFontMetrics) -> None:
    name = "OpenLedger CRM (self-hosted open source)"
    width = metrics.horizontalAdvance("OpenLedger CRM")
    first, second = name_lines(metrics, name, width)
    assert first == "OpenLedger CRM"
    assert second.endswith("…") and "(self-hosted open source)".startswith(second[:-1])
    assert metrics.horizontalAdvance(second) <= width


def test_one_word_wider_than_the_line_is_shortened_on_one_line(metrics: QFontMetrics) -> None:
    name = "Kundenbeziehungsmanagementsystem"
    width = metrics.horizontalAdvance("Kundenbeziehungs")
    [line] = name_lines(metrics, name, width)
    assert line.endswith("…") and metrics.horizontalAdvance(line) <= width


def test_the_ranking_beside_the_matrix_shows_each_name_whole_or_on_two_lines(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window = finish.open_demo(make_window, qtbot, tmp_path / "demo.db")
    comparison = window.evaluation_view.comparison
    window.evaluation_view.setCurrentWidget(comparison)
    ranked = comparison.ranking.ranked
    qtbot.waitUntil(lambda: ranked.model().rowCount() == 4)
    qtbot.waitUntil(ranked.isVisible)
    delegate = ranked.itemDelegate()
    line_height = QFontMetrics(ranked.font()).height()
    lines = [ranked.model().index(row, 0).data(LINE_ROLE) for row in range(4)]

    def shown() -> list[list[str]]:
        return [delegate.shown_name(line, ranked.font(), ranked.viewport().width()) for line in lines]

    # Once the splitter has given the ranking its fifth, no name is cut within its first line.
    qtbot.waitUntil(lambda: not any(name[0].endswith("…") for name in shown()))
    for row, name in enumerate(shown()):
        assert ranked.visualRect(ranked.model().index(row, 0)).height() >= len(name) * line_height
