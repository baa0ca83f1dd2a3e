"""Views that re-read only while they are shown: a change to a hidden view just marks it stale, and
it catches up when it is shown (one re-query instead of one per change behind the user's back)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtGui import QShowEvent

from duediligence.changes import Changes


class RefreshWhenShown:
    """Mixin for a QWidget with `context`, `evaluation_id` and `reload()`; `KINDS` are what it shows."""

    KINDS: Iterable[str] = ()
    _stale = False

    def refresh_soon(self) -> None:
        self._stale = True
        if self.isVisible():  # type: ignore[attr-defined]
            self.reload()  # type: ignore[attr-defined]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # type: ignore[misc]
        if self._stale:
            self.reload()  # type: ignore[attr-defined]

    def _on_changed(self, changes: Changes) -> None:
        eid: Any = self.evaluation_id  # type: ignore[attr-defined]
        if eid is None or self.context.db is None:  # type: ignore[attr-defined]
            return
        if any(changes.touches(kind, eid) for kind in self.KINDS):
            self.refresh_soon()
