"""Places in an evaluation — a tab, a row, a score cell — so search, the process guide and "what to find
out next" send the user to where something is, each tab showing its own place (`show_place`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ui.views.evaluation_view import EvaluationView

TAB_KEYS = ("overview", "options", "matrix", "criteria", "risks", "stakeholders", "change", "charts")


@dataclass(frozen=True)
class Place:
    """`kind` is a tab key (see TAB_KEYS) or the kind of row shown (option, score, criterion, checklist,
    risk, stakeholder, change_note, attachment, evaluation); `row_id` that row; `option_id` the option
    a score or checklist item belongs to."""

    kind: str
    row_id: int | None = None
    option_id: int | None = None


class ShowsPlaces(Protocol):
    def show_place(self, place: Place) -> None: ...


# The top-level tab (an attribute of the evaluation view) each kind of place lives in.
TABS = {
    "overview": "overview", "evaluation": "overview", "options": "comparison", "option": "comparison",
    "matrix": "comparison", "score": "comparison", "criteria": "comparison", "criterion": "comparison",
    "robustness": "comparison", "risks": "risks", "risk": "risks", "checklist": "risks",
    "stakeholders": "stakeholders", "stakeholder": "stakeholders", "approval": "stakeholders",
    "change": "change", "change_note": "change", "charts": "charts", "evidence": "evidence",
    "attachment": "evidence", "questionnaires": "risks", "questionnaire": "risks",
}  # fmt: skip


def tab_index(view: EvaluationView, widget: QWidget) -> int:
    """The top-level tab holding `widget` (directly or inside a page that wraps it), or -1."""
    for index in range(view.count()):
        page = view.widget(index)
        if page is widget or page.isAncestorOf(widget):
            return index
    return -1


def show_place(view: EvaluationView, place: Place) -> bool:
    """Switch to the place's tab and let the tab show the place; False when the kind is unknown or its
    tab is hidden (quick mode)."""
    name = TABS.get(place.kind)
    tab: QWidget | None = getattr(view, name) if name else None
    if tab is None:
        return False
    index = tab_index(view, tab)
    if index < 0 or not view.isTabVisible(index):
        return False
    view.setCurrentIndex(index)
    shows: ShowsPlaces = tab  # type: ignore[assignment]
    shows.show_place(place)
    return True


def show_tab(view: EvaluationView, key: str) -> bool:
    """Switch to the tab (and comparison sub-tab) for a tab key."""
    return show_place(view, Place(key))
