"""The ranking beside the score matrix: a fifth of the room at first, and where the person put it after."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QByteArray

from ui.settings import Settings
from ui.views.comparison.tab import SPLITTER_KEY, ComparisonTab


@pytest.fixture(autouse=True)
def first_start() -> Iterator[None]:
    Settings().set(SPLITTER_KEY, QByteArray())
    yield
    Settings().set(SPLITTER_KEY, QByteArray())


def _tab(qtbot: Any) -> ComparisonTab:
    from ui.context import AppContext

    tab = ComparisonTab(AppContext())
    qtbot.addWidget(tab)
    tab.resize(1000, 600)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_the_matrix_gets_most_of_the_width_at_first(qtbot: Any) -> None:
    matrix, ranking = _tab(qtbot).splitter.sizes()
    assert ranking <= 200 < 4 * 200 <= matrix


def test_the_ranking_keeps_the_width_the_person_dragged_it_to(qtbot: Any) -> None:
    first = _tab(qtbot)
    first.splitter.moveSplitter(600, 1)  # as a drag of the handle does
    dragged = first.splitter.sizes()
    assert dragged[1] > 300
    assert _tab(qtbot).splitter.sizes() == dragged
