"""The score matrix's table: spreadsheet keys, a number editor, evidence markers and group bands."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QKeySequence, QPainter, QPalette, QPolygon
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from ui.models.matrix import EVIDENCE_ROLE, GROUP_ROLE, SCALE_ROLE
from ui.theme import muted_colour
from ui.views.table_view import TableView

Index = QModelIndex | QPersistentModelIndex
EVIDENCE_MARK = 6  # px, the corner triangle of a cell with evidence
MAX_GROUP_BAND = 190
MAX_NAME_WIDTH = 260


class ScoreDelegate(QStyledItemDelegate):
    """A plain line editor (the model parses it with the locale) and a corner mark for evidence."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        editor.setFrame(False)
        editor.setAccessibleName(self.tr("Score"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: object, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        if editor.text().strip() != str(index.data(Qt.ItemDataRole.EditRole) or ""):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)  # type: ignore[attr-defined]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        if not index.data(EVIDENCE_ROLE):
            return
        right, top = option.rect.right(), option.rect.top()  # type: ignore[attr-defined]
        corner = QPolygon(
            [QPoint(right - EVIDENCE_MARK, top), QPoint(right, top), QPoint(right, top + EVIDENCE_MARK)]
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(46, 125, 50))  # green: backed by evidence, readable on light and dark bases
        painter.drawPolygon(corner)
        painter.restore()


class GroupedHeader(QHeaderView):
    """A vertical header with a band on its left naming each criterion group once, so the group stays
    visible however far the matrix is scrolled sideways."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.band = 0
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def update_band(self) -> None:
        model = self.model()
        groups = {model.headerData(i, Qt.Orientation.Vertical, GROUP_ROLE) for i in range(model.rowCount())}
        groups.discard("")
        groups.discard(None)
        font = self.font()
        font.setBold(True)
        metrics = QFontMetrics(font)
        width = max((metrics.horizontalAdvance(g) for g in groups), default=0)
        self.band = min(width + 16, MAX_GROUP_BAND) if groups else 0
        self.setMaximumWidth(self.band + MAX_NAME_WIDTH)
        self.updateGeometries()
        self.viewport().update()

    def scale_width(self, logical: int) -> int:
        """Room for the scale shown right of the name ("0–10", "calculated")."""
        text = self.model().headerData(logical, Qt.Orientation.Vertical, SCALE_ROLE) if self.model() else ""
        return self.fontMetrics().horizontalAdvance(text) + 12 if text else 0

    def sectionSizeFromContents(self, logical: int):  # type: ignore[no-untyped-def]
        size = super().sectionSizeFromContents(logical)
        size.setWidth(min(size.width(), MAX_NAME_WIDTH) + self.band + self.scale_width(logical))
        return size

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        scale = self.scale_width(logical)
        painter.save()
        super().paintSection(painter, rect.adjusted(self.band, 0, 0, 0), logical)
        painter.restore()
        if scale:  # over the section's right end, which sectionSizeFromContents kept free for it
            text = self.model().headerData(logical, Qt.Orientation.Vertical, SCALE_ROLE)
            painter.save()
            painter.setPen(muted_colour(self.palette()))
            painter.drawText(
                rect.adjusted(0, 0, -6, 0),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
            painter.restore()
        if not self.band:
            return
        model = self.model()
        group = model.headerData(logical, Qt.Orientation.Vertical, GROUP_ROLE) or ""
        previous = model.headerData(logical - 1, Qt.Orientation.Vertical, GROUP_ROLE) if logical else None
        starts = logical == 0 or previous != group
        band = QRect(rect.left(), rect.top(), self.band, rect.height())
        painter.save()
        palette = self.palette()
        painter.fillRect(band, palette.brush(QPalette.ColorRole.Window))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(band.topRight(), band.bottomRight())
        if starts:
            painter.drawLine(rect.topLeft(), rect.topRight())
        if starts or logical == self.logicalIndexAt(0):
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            text = painter.fontMetrics().elidedText(group, Qt.TextElideMode.ElideRight, self.band - 10)
            painter.drawText(
                band.adjusted(6, 0, -4, 0),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
        painter.restore()


class ScoreTable(TableView):
    """Type to enter a score, Enter moves down, Delete clears, Ctrl+C/V copy and paste blocks,
    Ctrl+E or a double-click opens the evidence of the current cell."""

    copy_requested = Signal()
    paste_requested = Signal()
    clear_requested = Signal()
    details_requested = Signal()

    OWN_KEYS = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Paste)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.refused = False  # set by the view when the last typed value was refused: stay on the cell
        self.hint = ""  # the last hint shown for typing into a calculated row
        self.setVerticalHeader(GroupedHeader(self))
        self.setItemDelegate(ScoreDelegate(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(True)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.doubleClicked.connect(lambda _index: self.details_requested.emit())

    def _own(self, event: QKeyEvent) -> bool:
        if any(event.matches(key) for key in self.OWN_KEYS):
            return True
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if plain and event.key() in (
            Qt.Key.Key_Delete,
            Qt.Key.Key_Backspace,
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            return True
        return event.key() == Qt.Key.Key_E and event.modifiers() == Qt.KeyboardModifier.ControlModifier

    def event(self, event):  # type: ignore[no-untyped-def]
        # Keys the matrix handles itself win over window shortcuts (Delete would delete the evaluation).
        editing = self.state() == self.State.EditingState
        if event.type() == event.Type.ShortcutOverride and not editing and self._own(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != self.State.EditingState and self._typed_into_calculated(event):
            return
        if self.state() == self.State.EditingState or not self._own(event):
            super().keyPressEvent(event)
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_requested.emit()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear_requested.emit()
        elif event.key() == Qt.Key.Key_E:
            self.details_requested.emit()
        else:
            self.move_down()

    def _typed_into_calculated(self, event: QKeyEvent) -> bool:
        """Typing into a calculated row (TCO, NPV, time to results) says where its inputs are entered."""
        text = event.text()
        model = self.model()
        current = self.currentIndex()
        if not (text and text.isprintable() and current.isValid() and hasattr(model, "derived_hint")):
            return False
        hint = model.derived_hint(current.row())
        if hint is None:
            return False
        self.hint = hint
        where = self.viewport().mapToGlobal(self.visualRect(current).bottomLeft())
        QToolTip.showText(where, hint, self)
        return True

    def move_down(self) -> None:
        current = self.currentIndex()
        below = current.sibling(current.row() + 1, current.column())
        if below.isValid():
            self.setCurrentIndex(below)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache and not self.refused:
            self.move_down()
        self.refused = False
