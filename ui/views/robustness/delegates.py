"""Painting: P(first) as a bar with its percentage, and the tornado's "room" — the whole 0–100 % weight
line, the span within which the winner stays first, and a tick at the current share."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.models.robustness import FRACTION_ROLE, ROOM_ROLE

Index = QModelIndex | QPersistentModelIndex
PAD = 4
CHANGES = QColor(214, 120, 40)  # the part of the weight line where another option comes first


def _background(
    painter: QPainter, option: QStyleOptionViewItem, index: Index, delegate: QStyledItemDelegate
) -> None:
    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    opt.text = ""
    style = opt.widget.style() if opt.widget else QApplication.style()
    style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)


class BarDelegate(QStyledItemDelegate):
    """A horizontal bar for a 0–1 value, its text to the right of the bar."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        fraction = index.data(FRACTION_ROLE)
        if not isinstance(fraction, float):
            return super().paint(painter, option, index)
        _background(painter, option, index, self)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        palette = option.palette
        metrics = option.fontMetrics
        text_w = metrics.horizontalAdvance("100 %") + PAD
        rect = option.rect.adjusted(PAD, PAD + 2, -PAD, -PAD - 2)
        track = QRect(rect.left(), rect.top(), max(10, rect.width() - text_w - PAD), rect.height())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Midlight))
        painter.drawRoundedRect(track, 3, 3)
        if fraction > 0:
            fill = QRectF(
                track.left(), track.top(), max(2.0, track.width() * min(fraction, 1.0)), track.height()
            )
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(fill, 3, 3)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        label = QRect(track.right() + PAD, option.rect.top(), text_w, option.rect.height())
        painter.drawText(label, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
        painter.restore()
        return None


class RoomDelegate(QStyledItemDelegate):
    """The weight line 0–100 %: the safe span highlighted, beyond it orange, a tick at the share."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        room = index.data(ROOM_ROLE)
        if not isinstance(room, tuple):
            return super().paint(painter, option, index)
        share, low, high = room
        _background(painter, option, index, self)
        palette = option.palette
        line = option.rect.adjusted(PAD, 0, -PAD, 0)
        mid = line.center().y()
        height = max(6, min(10, line.height() - 8))
        top = mid - height // 2

        def x(value: float) -> float:
            return line.left() + line.width() * min(max(value, 0.0), 1.0)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        changes = QColor(CHANGES)
        changes.setAlphaF(0.55)
        painter.setBrush(changes)
        painter.drawRoundedRect(QRectF(line.left(), top, line.width(), height), 3, 3)
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        painter.drawRect(QRectF(x(low), top, max(1.0, x(high) - x(low)), height))
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawLine(round(x(share)), top - 3, round(x(share)), top + height + 3)
        painter.restore()
        return None
