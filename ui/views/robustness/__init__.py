"""The Robustness view: how sure the ranking is, what to find out next, and the stakeholders' perspectives."""

from ui.views.robustness.text import flip_hint, matrix_flip_hint
from ui.views.robustness.view import RobustnessView

__all__ = ["RobustnessView", "flip_hint", "matrix_flip_hint"]
