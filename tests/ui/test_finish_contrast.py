"""Muted text (an excluded option's scores, hints and captions) keeps WCAG's 4.5:1 contrast, in the light
and the dark scheme (issue 21: measured 1.86:1 and 3.89:1 before)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import finish
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ui import theme


@pytest.fixture
def app(qapp: QApplication) -> Any:
    palette, sheet = qapp.palette(), qapp.styleSheet()
    yield qapp
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)
    qapp.setProperty("dd_theme", None)


def test_the_contrast_ratio_is_wcags() -> None:
    assert theme.contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert theme.contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("scheme", [theme.LIGHT, theme.DARK])
def test_hints_and_captions_have_a_contrast_of_at_least_4_5(app: Any, scheme: str) -> None:
    theme.set_scheme(app, scheme)
    palette = app.palette()
    hint = palette.color(QPalette.ColorRole.PlaceholderText)
    for ground in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        assert theme.contrast(hint, palette.color(ground)) >= 4.5


@pytest.mark.parametrize("scheme", [theme.LIGHT, theme.DARK])
def test_an_excluded_options_scores_have_a_contrast_of_at_least_4_5(
    app: Any, scheme: str, make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    theme.set_scheme(app, scheme)
    window = finish.open_demo(make_window, qtbot, tmp_path / "demo.db")
    window.evaluation_view.setCurrentWidget(window.evaluation_view.comparison)
    model = window.evaluation_view.comparison.matrix.model
    qtbot.waitUntil(lambda: len(model.options) == 5)
    column = next(c for c, reason in enumerate(model._excluded) if reason)  # Brightpath Sales Suite
    brush = model.index(0, column).data(Qt.ItemDataRole.ForegroundRole)
    base = app.palette().color(QPalette.ColorRole.Base)
    assert theme.contrast(brush.color(), base) >= 4.5
