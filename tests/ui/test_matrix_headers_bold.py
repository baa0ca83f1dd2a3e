"""The score matrix draws the current row's and column's headers in bold: their names are broken and
shortened for the bold font (a plain-font fit cut "Framework 13" to "Frame…rk 13" and ran "Build
quality and repairability" into its scale) (issue 21)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader

from ui.models.matrix import _short_lines
from ui.views.comparison.matrix_table import _drawn_metrics


def test_an_option_name_of_twelve_characters_takes_two_lines() -> None:
    assert _short_lines("Framework 13") == "Framework\n13"


def test_an_option_name_of_eleven_characters_stays_on_one_line() -> None:
    assert _short_lines("ThinkPad 14") == "ThinkPad 14"


def test_the_current_section_is_measured_in_bold_and_the_others_plain(qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    header = QHeaderView(Qt.Orientation.Horizontal)
    qtbot.addWidget(header)
    option = QStyleOptionHeader()
    text = "Build quality and repairability"
    bold = QFont(header.font())
    bold.setBold(True)
    option.state = QStyle.StateFlag.State_On
    assert _drawn_metrics(header, option).horizontalAdvance(text) == QFontMetrics(bold).horizontalAdvance(
        text
    )
    option.state = QStyle.StateFlag.State_None
    assert _drawn_metrics(header, option).horizontalAdvance(text) == header.fontMetrics().horizontalAdvance(
        text
    )
