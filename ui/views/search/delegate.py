"""Draws a hit's text with the matched words in bold, so the eye finds them at once."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget


def marked(text: str, wanted: str) -> str:
    """`text` as HTML with every occurrence of `wanted` (any case) in bold."""
    if not wanted:
        return escape(text)
    lower, needle, parts, at = text.lower(), wanted.lower(), [], 0
    while (found := lower.find(needle, at)) >= 0:
        parts += [escape(text[at:found]), f"<b>{escape(text[found : found + len(wanted)])}</b>"]
        at = found + len(wanted)
    parts.append(escape(text[at:]))
    return "".join(parts)


class MatchDelegate(QStyledItemDelegate):
    """`wanted` is the searched text; cells draw as one line of HTML, clipped at the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wanted = ""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        self.initStyleOption(option, index)
        text = option.text  # type: ignore[attr-defined]
        option.text = ""  # type: ignore[attr-defined]
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(option.font)  # type: ignore[attr-defined]
        document.setHtml(marked(text, self.wanted))
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))  # type: ignore[attr-defined]
        painter.save()
        top = area.top() + max(0, (area.height() - document.size().height()) / 2)
        painter.translate(area.left() + 3, top)
        context.clip = QRectF(0, 0, area.width() - 6, area.height())
        painter.setClipRect(context.clip)
        document.documentLayout().draw(painter, context)
        painter.restore()
