"""The one table view every table in the app uses: Tab leaves it, arrows move inside it, and text that
does not fit is shortened in the middle, with the whole text as a tooltip.

QTableView turns Tab-between-cells on by default, which traps keyboard users in the first table they
reach; here Tab and Shift+Tab go to the next and previous control, and the arrow keys move the cell.
Names are shortened in the middle ("OpenLedger…(self-hosted)") so that both their start and their end
stay readable, in the cells and the headers alike.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent
from PySide6.QtWidgets import QHeaderView, QTableView, QTableWidget, QToolTip, QWidget


class _HeaderTips(QObject):
    """A header section whose text is shortened shows the whole text as a tooltip."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(watched, QHeaderView):
            return False
        assert isinstance(event, QHelpEvent)
        section = watched.logicalIndexAt(event.pos())
        model = watched.model()
        if section < 0 or model is None:
            return False
        tip = model.headerData(section, watched.orientation(), Qt.ItemDataRole.ToolTipRole)
        if tip:
            return False  # the model's own tooltip is shown as usual
        text = str(model.headerData(section, watched.orientation(), Qt.ItemDataRole.DisplayRole) or "")
        margin = 2 * watched.style().pixelMetric(watched.style().PixelMetric.PM_HeaderMargin, None, watched)
        if QFontMetrics(watched.font()).horizontalAdvance(text) + margin <= watched.sectionSize(section):
            return False
        QToolTip.showText(event.globalPos(), text, watched)
        return True


def _leave_on_tab(view: QTableView) -> None:
    view.setTabKeyNavigation(False)
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    for header in (view.horizontalHeader(), view.verticalHeader()):
        header.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        tips = _HeaderTips(header)
        header.installEventFilter(tips)


class TableView(QTableView):
    """A QTableView that Tab leaves (see the module)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _leave_on_tab(self)


class TableWidget(QTableWidget):
    """A QTableWidget that Tab leaves (see the module)."""

    def __init__(self, rows: int, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(rows, columns, parent)
        _leave_on_tab(self)
