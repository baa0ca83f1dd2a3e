"""The score matrix's table: spreadsheet keys, a number editor, evidence markers and group bands."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QKeySequence, QPainter, QPalette, QPolygon
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from ui.models.matrix import EVIDENCE_ROLE, GROUP_ROLE, SCALE_ROLE
from ui.theme import muted_colour
from ui.views.table_view import TableView

Index = QModelIndex | QPersistentModelIndex
EVIDENCE_MARK = 6  # px, the corner triangle of a cell with evidence
MAX_GROUP_BAND = 112  # px; longer group names wrap over their rows
BAND_PADDING = 16
NAME_WIDTH = 220  # px a criterion's name and scale always get; more when the options leave room
MAX_NAME_WIDTH = 420  # px; a longer name is shortened (its tooltip has it whole)


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
    """A vertical header with a band on its left naming each criterion group once, wrapped over the
    group's rows (so the band stays narrow) and kept in view however far the matrix is scrolled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.band = 0
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def _group_font(self) -> QFont:
        font = self.font()
        font.setBold(True)
        return font

    def update_band(self) -> None:
        """The band is as wide as the longest group name, but no wider than MAX_GROUP_BAND unless one
        word needs more: longer names wrap over their group's rows."""
        model = self.model()
        groups = {model.headerData(i, Qt.Orientation.Vertical, GROUP_ROLE) for i in range(model.rowCount())}
        groups.discard("")
        groups.discard(None)
        metrics = QFontMetrics(self._group_font())
        whole = max((metrics.horizontalAdvance(g) for g in groups), default=0)
        word = max((metrics.horizontalAdvance(w) for g in groups for w in g.split()), default=0)
        self.band = min(whole, max(word, MAX_GROUP_BAND - BAND_PADDING)) + BAND_PADDING if groups else 0
        self.setMaximumWidth(self.band + NAME_WIDTH)
        self.updateGeometries()
        self.viewport().update()

    def scale_width(self, logical: int) -> int:
        """Room for the scale shown right of the name ("0–10", "calculated")."""
        text = self.model().headerData(logical, Qt.Orientation.Vertical, SCALE_ROLE) if self.model() else ""
        return self.fontMetrics().horizontalAdvance(text) + 12 if text else 0

    def sectionSizeFromContents(self, logical: int):  # type: ignore[no-untyped-def]
        size = super().sectionSizeFromContents(logical)
        size.setWidth(min(size.width() + self.scale_width(logical), MAX_NAME_WIDTH) + self.band)
        return size

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        scale = self.scale_width(logical)
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        self.initStyleOptionForIndex(option, logical)
        option.rect = rect.adjusted(self.band, 0, 0, 0)
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, option, self)
        room = option.rect.width() - scale - 2 * margin
        option.text = _drawn_metrics(self, option).elidedText(option.text, Qt.TextElideMode.ElideRight, room)
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()
        if scale:  # the section's right end, which the name leaves free for it
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
        band = QRect(rect.left(), rect.top(), self.band, rect.height())
        painter.save()
        palette = self.palette()
        painter.fillRect(band, palette.brush(QPalette.ColorRole.Window))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(band.topRight(), band.bottomRight())
        if logical == 0 or previous != group:
            painter.drawLine(rect.topLeft(), rect.topRight())
        painter.restore()

    def paintEvent(self, event):  # type: ignore[no-untyped-def]
        super().paintEvent(event)
        if self.band:
            painter = QPainter(self.viewport())
            self._paint_groups(painter)
            painter.end()

    def _paint_groups(self, painter: QPainter) -> None:
        """Each group's name over all its rows (from the first one in view), wrapped to the band."""
        model = self.model()
        rows = model.rowCount()
        painter.setFont(self._group_font())
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        metrics = painter.fontMetrics()
        first = row = max(self.logicalIndexAt(0), 0)
        while first > 0 and _group(model, first - 1) == _group(model, row):
            first -= 1
        height = self.viewport().height()
        while row < rows:
            group, last = _group(model, row), row
            while last + 1 < rows and _group(model, last + 1) == group:
                last += 1
            top = self.sectionViewportPosition(first)
            if top > height:
                break
            bottom = self.sectionViewportPosition(last) + self.sectionSize(last)
            top = max(top, 0)
            if group and bottom > top:
                pad = max(2, (self.sectionSize(first) - metrics.lineSpacing()) // 2)
                area = QRect(6, top + pad, self.band - 10, bottom - top - pad - 2)
                lines = _wrapped(group, metrics, area.width(), max(1, area.height() // metrics.lineSpacing()))
                for n, line in enumerate(lines):
                    painter.drawText(
                        area.left(), area.top() + n * metrics.lineSpacing() + metrics.ascent(), line
                    )
            first = row = last + 1


class OptionHeader(QHeaderView):
    """Option names over their columns, on up to four lines; a line too long for the column is
    shortened in the middle on its own, so the others stay whole (the tooltip has the full name)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        self.initStyleOptionForIndex(option, logical)
        option.rect = rect
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, option, self)
        metrics = _drawn_metrics(self, option)
        option.text = "\n".join(
            metrics.elidedText(line, Qt.TextElideMode.ElideMiddle, rect.width() - 2 * margin)
            for line in option.text.split("\n")
        )
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()


def _drawn_metrics(header: QHeaderView, option: QStyleOptionHeader) -> QFontMetrics:
    """The metrics of the font the style draws this section in: bold for the current row or column
    (shortening for the plain font let "Build quality and repairability" run into its scale)."""
    if not option.state & QStyle.StateFlag.State_On:
        return header.fontMetrics()
    bold = QFont(header.font())
    bold.setBold(True)
    return QFontMetrics(bold)


def _group(model: object, row: int) -> str:
    return model.headerData(row, Qt.Orientation.Vertical, GROUP_ROLE) or ""  # type: ignore[attr-defined]


def _wrapped(text: str, metrics: QFontMetrics, width: int, most: int) -> list[str]:
    """`text` in lines of at most `width` pixels, at most `most` of them (the last one shortened)."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    if len(lines) > most:
        lines = [*lines[: most - 1], " ".join(lines[most - 1 :])]
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]


class ScoreTable(TableView):
    """Type to enter a score, Enter moves down, Delete clears, Ctrl+C/V copy and paste blocks,
    Ctrl+E or a double-click opens the evidence of the current cell."""

    copy_requested = Signal()
    paste_requested = Signal()
    clear_requested = Signal()
    details_requested = Signal()
    costs_requested = Signal()  # Enter on a TCO calculated from cost lines: open them

    OWN_KEYS = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Paste)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.refused = False  # set by the view when the last typed value was refused: stay on the cell
        self.hint = ""  # the last hint shown for typing into a calculated row
        self.setVerticalHeader(GroupedHeader(self))
        self.setHorizontalHeader(OptionHeader(self))
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
        elif self._opens_costs():
            self.costs_requested.emit()
        else:
            self.move_down()

    def _opens_costs(self) -> bool:
        current, model = self.currentIndex(), self.model()
        return current.isValid() and model.opens_costs(current.row(), current.column())  # type: ignore[attr-defined]

    def _typed_into_calculated(self, event: QKeyEvent) -> bool:
        """Typing into a calculated row (TCO, NPV, time to results) says where its inputs are entered."""
        text = event.text()
        model = self.model()
        current = self.currentIndex()
        if not (text and text.isprintable() and current.isValid() and hasattr(model, "derived_hint")):
            return False
        hint = model.derived_hint(current.row(), current.column())
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

    def resizeEvent(self, event):  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self.fit_names()

    def fit_names(self) -> None:
        """Criterion names get NAME_WIDTH, and what the option columns leave over up to their full
        length: names are shortened only where the options need the room."""
        header = self.verticalHeader()
        band = header.band  # type: ignore[attr-defined]
        scroll = self.verticalScrollBar().sizeHint().width() if self.verticalScrollBar().isVisible() else 0
        left = self.width() - 2 * self.frameWidth() - scroll - self.horizontalHeader().length()
        width = max(band + NAME_WIDTH, min(header.sizeHint().width(), left))
        if width != header.maximumWidth():
            header.setMaximumWidth(width)
            self.updateGeometries()

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache and not self.refused:
            self.move_down()
        self.refused = False
