"""The one table view every table in the app uses: Tab leaves it, arrows move inside it, and text that
does not fit is shortened in the middle, with the whole text as a tooltip.

QTableView turns Tab-between-cells on by default, which traps keyboard users in the first table they
reach; here Tab and Shift+Tab go to the next and previous control, and the arrow keys move the cell.
Names are shortened in the middle ("OpenLedger…(self-hosted)") so that both their start and their end
stay readable, in the cells and the headers alike.

When the rows under an open cell editor are replaced (a colleague's change arriving, an undo), Qt lets the
editor go but stops only the view's own delegate from watching it: an editor made by a column's delegate
(a status list, an amount) then reported its focus-out to that delegate, which committed it into a view
that no longer knew it ("commitData called with an editor that does not belong to this view"). The
column delegates are detached from such editors first, as Qt does for the view's own.

An editor kept open in every row (a list of choices per row) is a control like any other: Tab and
Shift+Tab go on to the next or previous one and then out of the table, in row order, where Qt would move
to the next cell and keep the focus in the table for good.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QHeaderView, QTableView, QTableWidget, QToolTip, QWidget
from shiboken6 import isValid

Index = QModelIndex | QPersistentModelIndex
KEPT_OPEN = "ddw_kept_open"  # property of an editor opened for good (openPersistentEditor)


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


class _CellEditors:
    """Mixin for a QTableView: column delegates stop watching the editors Qt lets go, and Tab moves on
    from an editor kept open (see the module)."""

    _column_delegates: set[QAbstractItemDelegate]
    _last_kept_open: QWidget | None = None  # the persistent editor opened last: the next goes after it

    def setItemDelegateForColumn(self, column: int, delegate: QAbstractItemDelegate | None) -> None:
        if delegate is not None:
            self._column_delegates.add(delegate)
        super().setItemDelegateForColumn(column, delegate)  # type: ignore[misc]

    def _detach(self, editors: list[QWidget]) -> None:
        for editor in editors:
            for delegate in self._column_delegates:
                editor.removeEventFilter(delegate)

    def openPersistentEditor(self, index: Index) -> None:
        if not isinstance(index, (QModelIndex, QPersistentModelIndex)):  # a QTableWidget's item
            super().openPersistentEditor(index)
            return
        if self.isPersistentEditorOpen(index):  # type: ignore[attr-defined]
            return
        super().openPersistentEditor(index)  # type: ignore[misc]
        editor = self.indexWidget(index)  # type: ignore[attr-defined]
        if editor is None:
            return
        editor.setProperty(KEPT_OPEN, True)
        previous = self._last_kept_open
        after: QWidget = previous if previous is not None and isValid(previous) else self  # type: ignore[assignment]
        QWidget.setTabOrder(after, editor)
        self._last_kept_open = editor

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        forward, back = (
            QAbstractItemDelegate.EndEditHint.EditNextItem,
            QAbstractItemDelegate.EndEditHint.EditPreviousItem,
        )
        if editor is not None and editor.property(KEPT_OPEN) and hint in (forward, back):
            QWidget.focusNextPrevChild(editor, hint == forward)  # the data is committed already
            return
        super().closeEditor(editor, hint)  # type: ignore[misc]

    def reset(self) -> None:
        self._last_kept_open = None
        # Every open editor goes (their indexes are already gone, so all the viewport's are detached).
        viewport: QWidget = self.viewport()  # type: ignore[attr-defined]
        self._detach(viewport.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly))
        super().reset()  # type: ignore[misc]

    def rowsAboutToBeRemoved(self, parent: Index, start: int, end: int) -> None:
        model = self.model()  # type: ignore[attr-defined]
        editors = [
            self.indexWidget(model.index(row, column, parent))  # type: ignore[attr-defined]
            for row in range(start, end + 1)
            for column in range(model.columnCount(parent))
        ]
        self._detach([editor for editor in editors if editor is not None])
        super().rowsAboutToBeRemoved(parent, start, end)  # type: ignore[misc]


class TableView(_CellEditors, QTableView):
    """A QTableView that Tab leaves and that lets cell editors go cleanly (see the module)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._column_delegates = set()
        super().__init__(parent)
        _leave_on_tab(self)


class TableWidget(_CellEditors, QTableWidget):  # type: ignore[misc]  # (index) beside Qt's (item) overload
    """A QTableWidget that Tab leaves and that lets cell editors go cleanly (see the module)."""

    def __init__(self, rows: int, columns: int, parent: QWidget | None = None) -> None:
        self._column_delegates = set()
        super().__init__(rows, columns, parent)
        _leave_on_tab(self)
