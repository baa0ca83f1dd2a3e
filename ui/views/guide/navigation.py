"""The evaluation view's tabs by key, so a guide can send the user to where something is fixed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ui.views.evaluation_view import EvaluationView

TAB_KEYS = ("overview", "options", "matrix", "criteria", "risks", "stakeholders", "change", "charts")


def tab_widget(view: EvaluationView, key: str) -> QWidget | None:
    """The widget a key stands for (a sub-tab of the comparison for options, matrix and criteria)."""
    comparison = view.comparison
    return {
        "overview": view.overview, "options": comparison.options, "matrix": comparison.matrix,
        "criteria": comparison.criteria, "risks": view.risks, "stakeholders": view.stakeholders,
        "change": view.change, "charts": view.charts,
    }.get(key)  # fmt: skip


def tab_index(view: EvaluationView, widget: QWidget) -> int:
    """The top-level tab holding `widget` (directly or inside a page that wraps it), or -1."""
    for index in range(view.count()):
        page = view.widget(index)
        if page is widget or page.isAncestorOf(widget):
            return index
    return -1


def show_tab(view: EvaluationView, key: str) -> bool:
    """Switch to the tab (and comparison sub-tab) for `key`; False when it is unknown or hidden."""
    widget = tab_widget(view, key)
    if widget is None:
        return False
    index = tab_index(view, widget)
    if index < 0 or not view.isTabVisible(index):
        return False
    view.setCurrentIndex(index)
    pages = view.comparison.pages
    if pages.indexOf(widget) >= 0:
        pages.setCurrentWidget(widget)
    widget.setFocus()
    return True
