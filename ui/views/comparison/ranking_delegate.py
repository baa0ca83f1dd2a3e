"""Paints one ranking line: rank and name (on up to two lines, the whole width), the score as a horizontal
bar with its number at the end, then secondary lines (money, missing share) and a wrapped warning. Only
draws what the model already worded."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.models.ranking import LINE_ROLE, RankingLine
from ui.theme import muted_colour

Index = QModelIndex | QPersistentModelIndex
PAD = 6
BAR = 8
GAP = 3
WARNING = QColor(176, 84, 0)
WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)


def name_lines(metrics: QFontMetrics, name: str, width: int) -> list[str]:
    """The name on one line, or two broken between words, the second shortened with "…" if it must be:
    in the narrow ranking beside the matrix one line cut names to "Northwi…"."""
    if metrics.horizontalAdvance(name) <= width:
        return [name]
    words = name.split()
    first = ""
    for i, word in enumerate(words):
        trial = f"{first} {word}".strip()
        if metrics.horizontalAdvance(trial) > width:
            if not first:  # one word wider than the line
                return [metrics.elidedText(name, Qt.TextElideMode.ElideRight, width)]
            rest = " ".join(words[i:])
            return [first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)]
        first = trial
    return [first]


def _fonts(base: QFont) -> tuple[QFont, QFont]:
    bold, small = QFont(base), QFont(base)
    bold.setBold(True)
    small.setPointSizeF(max(6.0, base.pointSizeF() * 0.88))
    return bold, small


class RankingDelegate(QStyledItemDelegate):
    """Rows grow to show a wrapped warning; the width comes from the list's viewport."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self._layouts: dict[tuple[str, int, str, str], tuple[int, int, int, int]] = {}
        self._bars: dict[str, int] = {}  # bar row height by font key

    def _layout(
        self, line: RankingLine, font: QFont, width: int, font_key: str | None = None
    ) -> tuple[int, int, int, int]:
        """(rank column width, first line height, small line height, warning height) for `width`;
        measured once per font, width, name and warning (the list asks for every row's height often).
        `font_key`: `font.key()` when the caller has it (it costs more than the look-up)."""
        key = (font.key() if font_key is None else font_key, width, line.warning, line.name)
        found = self._layouts.get(key)
        if found is None:
            if len(self._layouts) > 1000:
                self._layouts.clear()
            found = self._layouts[key] = self._measure(line, font, width)
        return found

    def _measure(self, line: RankingLine, font: QFont, width: int) -> tuple[int, int, int, int]:
        bold, small = _fonts(font)
        rank_w = QFontMetrics(bold).horizontalAdvance("00.") + 4
        small_h = QFontMetrics(small).height()
        names = len(self.shown_name(line, font, width))
        first_h = max(QFontMetrics(bold).height(), names * QFontMetrics(font).height())
        warning_h = 0
        if line.warning:
            box = QRect(0, 0, max(40, width - 2 * PAD - rank_w), 10_000)
            warning_h = QFontMetrics(small).boundingRect(box, WRAP, "⚠ " + line.warning).height()
        return rank_w, first_h, small_h, warning_h

    def shown_name(self, line: RankingLine, font: QFont, width: int) -> list[str]:
        """The name's lines as painted in a row `width` wide: beside the rank, left of the score."""
        bold, _small = _fonts(font)
        rank_w = QFontMetrics(bold).horizontalAdvance("00.") + 4
        return name_lines(QFontMetrics(font), line.name, width - 2 * PAD - 1 - rank_w)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = index.data(LINE_ROLE)
        if not isinstance(line, RankingLine):
            return super().sizeHint(option, index)
        width = self._view.viewport().width()
        return QSize(width, self.height(line, option.font, width))

    def height(self, line: RankingLine, font: QFont, width: int, font_key: str | None = None) -> int:
        """The row's height for `line` in `font` at `width` (what `sizeHint` gives)."""
        _, first_h, small_h, warning_h = self._layout(line, font, width, font_key)
        key = font.key() if font_key is None else font_key
        bar_h = self._bars.get(key)
        if bar_h is None:  # the bar and the score beside it, as tall as the bold font
            bar_h = self._bars[key] = max(BAR, QFontMetrics(_fonts(font)[0]).height())
        return 2 * PAD + first_h + GAP + bar_h + GAP + small_h * len(line.details) + warning_h

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        line = index.data(LINE_ROLE)
        if not isinstance(line, RankingLine):
            return super().paint(painter, option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = text if selected else muted_colour(palette)
        bold, small = _fonts(option.font)
        rect = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        rank_w, first_h, small_h, warning_h = self._layout(line, option.font, option.rect.width())
        painter.save()
        painter.setPen(muted if line.excluded else text)
        painter.setFont(bold)
        score_w = QFontMetrics(bold).horizontalAdvance("100.0")
        left = rect.left() + rank_w
        rank = f"{line.rank}." if line.rank.isdigit() else line.rank
        painter.drawText(QRect(rect.left(), rect.top(), rank_w, first_h), Qt.AlignmentFlag.AlignLeft, rank)
        y = rect.top() + first_h + GAP
        bar_h = max(BAR, QFontMetrics(bold).height())
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRect(rect.right() - score_w, y, score_w, bar_h), right, line.score_text)
        painter.setFont(option.font)
        name = "\n".join(self.shown_name(line, option.font, option.rect.width()))
        painter.drawText(
            QRect(left, rect.top(), rect.right() - left, first_h), Qt.AlignmentFlag.AlignLeft, name
        )
        bar = QRect(left, y + (bar_h - BAR) // 2, rect.right() - score_w - 6 - left, BAR)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Midlight))
        painter.drawRoundedRect(bar, 3, 3)
        if line.score is not None and line.score > 0:
            fill = QRect(
                bar.left(), bar.top(), max(2, round(bar.width() * min(line.score, 100.0) / 100)), BAR
            )
            role = QPalette.ColorRole.Mid if line.excluded else QPalette.ColorRole.Highlight
            painter.setBrush(text if selected else palette.color(role))
            painter.drawRoundedRect(fill, 3, 3)
        y += bar_h + GAP
        painter.setFont(small)
        painter.setPen(muted)
        metrics = QFontMetrics(small)
        for detail in line.details:
            shown = metrics.elidedText(detail, Qt.TextElideMode.ElideRight, rect.right() - left)
            painter.drawText(QRect(left, y, rect.right() - left, small_h), Qt.AlignmentFlag.AlignLeft, shown)
            y += small_h
        if line.warning:
            painter.setPen(text if selected else WARNING)
            painter.drawText(QRect(left, y, rect.right() - left, warning_h), WRAP, "⚠ " + line.warning)
        painter.restore()
        return None
