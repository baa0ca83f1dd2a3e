"""The power / interest grid: influence up, interest across, the four quadrants, and each person as a
dot coloured by stance. Drag a person (or select them and press the arrow keys) to move them; each move
is snapped to whole steps 1-5 and becomes one undoable edit of both values."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from duediligence.decision.people import HIGH, GridPoint, PowerInterestGrid, Quadrant, snap
from ui.models.people_labels import quadrants, stances
from ui.models.stakeholders import STANCE_COLOURS, STANCE_SIGNS

LOW_END, HIGH_END = 0.5, 5.5  # the axes run half a step beyond 1 and 5
SPLIT = HIGH - 0.5  # "high" starts at HIGH, so the quadrant line sits half a step below it
RADIUS = 11.0
QUADRANT_FILLS = {
    Quadrant.MANAGE_CLOSELY: QColor(179, 38, 30, 22),
    Quadrant.KEEP_SATISFIED: QColor(230, 160, 30, 24),
    Quadrant.KEEP_INFORMED: QColor(31, 95, 168, 20),
    Quadrant.MONITOR: QColor(120, 120, 120, 14),
}


def short_names(names: list[str]) -> list[str]:
    """First names (titles such as “Dr.” left out); “First L.” where two people share a first name."""

    def words(name: str) -> list[str]:
        return [w for w in name.split() if not w.endswith(".")] or name.split() or ["?"]

    first = [words(n)[0] for n in names]
    return [
        f"{f} {words(n)[-1][0]}." if first.count(f) > 1 and len(words(n)) > 1 else f
        for f, n in zip(first, names, strict=True)
    ]


def initials(name: str) -> str:
    words = [w for w in name.replace(".", " ").split() if w[:1].isalpha() and w[:1].isupper()]
    words = words or name.split()
    return "".join(w[0] for w in (words[:1] + words[-1:] if len(words) > 1 else words)).upper() or "?"


@dataclass
class _Drag:
    stakeholder_id: int
    at: QPointF


class PowerInterestGridView(QWidget):
    selected = Signal(int)  # a stakeholder id, when the user picks a dot
    moved = Signal(int, int, int)  # (stakeholder id, influence, interest) after a drag or arrow key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = PowerInterestGrid((), ())
        self._labels: dict[int, str] = {}
        self._selected: int | None = None
        self._drag: _Drag | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setMinimumSize(320, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Power / interest grid"))
        self.setToolTip(
            self.tr(
                "Drag a person to change their influence and interest, or select them and use the arrow keys"
            )
        )

    def sizeHint(self) -> QSize:
        return QSize(460, 460)

    # ---------------------------------------------------------------- data

    def set_grid(self, grid: PowerInterestGrid) -> None:
        self._grid = grid
        names = [p.name for p in grid.points]
        self._labels = dict(zip([p.stakeholder_id for p in grid.points], short_names(names), strict=True))
        self._drag = None
        self.update()

    def set_selected(self, stakeholder_id: int | None) -> None:
        if stakeholder_id != self._selected:
            self._selected = stakeholder_id
            self.update()

    def selected_id(self) -> int | None:
        return self._selected

    def points(self) -> tuple[GridPoint, ...]:
        return self._grid.points

    # ---------------------------------------------------------------- geometry

    def plot_rect(self) -> QRectF:
        """The square the grid is drawn in, leaving room for the axis titles and the legend."""
        left, top, right, bottom = 34.0, 10.0, 10.0, 54.0 + QFontMetrics(self.font()).height() + 4
        side = max(100.0, min(self.width() - left - right, self.height() - top - bottom))
        x = left + max(0.0, (self.width() - left - right - side) / 2)
        return QRectF(x, top, side, side)

    def position_of(self, influence: float, interest: float) -> QPointF:
        r = self.plot_rect()
        span = HIGH_END - LOW_END
        return QPointF(
            r.left() + (interest - LOW_END) / span * r.width(),
            r.bottom() - (influence - LOW_END) / span * r.height(),
        )

    def value_at(self, pos: QPointF) -> tuple[int, int]:
        """(influence, interest) of a position, snapped to whole steps 1-5."""
        r = self.plot_rect()
        span = HIGH_END - LOW_END
        interest = LOW_END + (pos.x() - r.left()) / r.width() * span
        influence = LOW_END + (r.bottom() - pos.y()) / r.height() * span
        return snap(influence), snap(interest)

    def _layout(self) -> dict[int, QPointF]:
        """Each person's centre; people sharing a cell are spread around it so none hides another."""
        cells: dict[tuple[int, int], list[GridPoint]] = {}
        for point in self._grid.points:
            cells.setdefault((point.influence, point.interest), []).append(point)
        step = self.plot_rect().width() / (HIGH_END - LOW_END)
        centres = {}
        for (influence, interest), people in cells.items():
            centre = self.position_of(influence, interest)
            n = len(people)
            offsets = [(0.0, 0.0)] if n == 1 else _spread(n, min(step * 0.28, RADIUS * 1.6))
            for point, (dx, dy) in zip(people, offsets, strict=False):
                centres[point.stakeholder_id] = QPointF(centre.x() + dx, centre.y() + dy)
        return centres

    def point_at(self, pos: QPointF) -> int | None:
        for stakeholder_id, centre in reversed(list(self._layout().items())):
            if (centre - pos).manhattanLength() <= RADIUS * 1.5:
                return stakeholder_id
        return None

    # ---------------------------------------------------------------- painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        r = self.plot_rect()
        split = self.position_of(SPLIT, SPLIT)
        areas = {
            Quadrant.KEEP_SATISFIED: QRectF(r.topLeft(), QPointF(split.x(), split.y())),
            Quadrant.MANAGE_CLOSELY: QRectF(QPointF(split.x(), r.top()), QPointF(r.right(), split.y())),
            Quadrant.MONITOR: QRectF(QPointF(r.left(), split.y()), QPointF(split.x(), r.bottom())),
            Quadrant.KEEP_INFORMED: QRectF(split, r.bottomRight()),
        }
        names = quadrants()
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.9))
        bold = QFont(small)
        bold.setBold(True)
        for which, area in areas.items():
            painter.fillRect(area, QUADRANT_FILLS[which])
            painter.setFont(bold)
            painter.setPen(QColor(text_colour.red(), text_colour.green(), text_colour.blue(), 150))
            top = which in (Quadrant.KEEP_SATISFIED, Quadrant.MANAGE_CLOSELY)
            align = Qt.AlignmentFlag.AlignHCenter | (
                Qt.AlignmentFlag.AlignTop if top else Qt.AlignmentFlag.AlignBottom
            )
            painter.drawText(area.adjusted(4, 4, -4, -4), int(align), names[which])
        grid_pen = QPen(palette.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DotLine)
        painter.setPen(grid_pen)
        painter.setFont(small)
        for step in range(1, 6):
            p = self.position_of(step, step)
            painter.drawLine(QPointF(p.x(), r.top()), QPointF(p.x(), r.bottom()))
            painter.drawLine(QPointF(r.left(), p.y()), QPointF(r.right(), p.y()))
        painter.setPen(QPen(text_colour, 1.5))
        painter.drawLine(QPointF(split.x(), r.top()), QPointF(split.x(), r.bottom()))
        painter.drawLine(QPointF(r.left(), split.y()), QPointF(r.right(), split.y()))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Dark), 1))
        painter.drawRect(r)
        self._paint_axes(painter, r, small, text_colour)
        self._paint_people(painter, small, text_colour)
        self._paint_legend(painter, r, small, text_colour)
        painter.end()

    def _paint_axes(self, painter: QPainter, r: QRectF, font: QFont, colour: QColor) -> None:
        painter.setFont(font)
        painter.setPen(colour)
        for step in range(1, 6):
            p = self.position_of(step, step)
            painter.drawText(
                QRectF(p.x() - 10, r.bottom() + 2, 20, 14), int(Qt.AlignmentFlag.AlignCenter), str(step)
            )
            painter.drawText(
                QRectF(r.left() - 16, p.y() - 7, 12, 14), int(Qt.AlignmentFlag.AlignCenter), str(step)
            )
        painter.drawText(
            QRectF(r.left(), r.bottom() + 16, r.width(), 16),
            int(Qt.AlignmentFlag.AlignCenter),
            self.tr("Interest →"),
        )
        painter.save()
        painter.translate(r.left() - 22, r.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-r.height() / 2, -16, r.height(), 16),
            int(Qt.AlignmentFlag.AlignCenter),
            self.tr("Influence →"),
        )
        painter.restore()

    def _paint_people(self, painter: QPainter, font: QFont, colour: QColor) -> None:
        centres = self._layout()
        step = self.plot_rect().width() / (HIGH_END - LOW_END)
        metrics = QFontMetrics(font)
        bold = QFont(font)
        bold.setBold(True)
        for point in self._grid.points:
            centre = centres[point.stakeholder_id]
            if self._drag is not None and self._drag.stakeholder_id == point.stakeholder_id:
                centre = self._drag.at
            fill = QColor(STANCE_COLOURS.get(point.stance or "", "#8a8a8a"))
            want = QColor(STANCE_COLOURS.get(point.desired_stance or "", "#8a8a8a"))
            chosen = point.stakeholder_id == self._selected
            if chosen:
                painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 3))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(centre, RADIUS + 4, RADIUS + 4)
            ring = want if point.desired_stance and point.desired_stance != point.stance else fill.darker(130)
            painter.setPen(QPen(ring, 2.5))
            painter.setBrush(fill)
            painter.drawEllipse(centre, RADIUS, RADIUS)
            painter.setPen(QColor("white"))
            painter.setFont(bold)
            box = QRectF(centre.x() - RADIUS, centre.y() - RADIUS, 2 * RADIUS, 2 * RADIUS)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), initials(point.name))
            self._paint_sign(painter, centre, STANCE_SIGNS.get(point.stance or "", "?"), fill, font)
            painter.setFont(bold if chosen else font)
            painter.setPen(colour)
            width = max(40.0, step - 4)
            label = metrics.elidedText(
                self._labels.get(point.stakeholder_id, point.name), Qt.TextElideMode.ElideRight, int(width)
            )
            below = QRectF(centre.x() - width / 2, centre.y() + RADIUS + 1, width, metrics.height())
            painter.drawText(below, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), label)

    def _paint_sign(self, painter: QPainter, centre: QPointF, sign: str, fill: QColor, font: QFont) -> None:
        """The stance's sign in a small badge at the circle's upper right (see STANCE_SIGNS)."""
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        small.setBold(True)
        width = QFontMetrics(small).horizontalAdvance(sign) + 6
        badge = QRectF(centre.x() + RADIUS * 0.45, centre.y() - RADIUS * 1.35, max(width, 13.0), 13.0)
        painter.setPen(QPen(QColor("white"), 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(badge, 6, 6)
        painter.setFont(small)
        painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), sign)

    def _paint_legend(self, painter: QPainter, r: QRectF, font: QFont, colour: QColor) -> None:
        painter.setFont(font)
        metrics = QFontMetrics(font)
        x, y = r.left(), r.bottom() + 38
        for code, name in stances().items():
            label = f"{STANCE_SIGNS[code]} {name}"
            if x > r.left() and x + 13 + metrics.horizontalAdvance(label) > self.width() - 4:
                x, y = r.left(), y + metrics.height() + 4  # the next row: nothing is cut off
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(STANCE_COLOURS[code]))
            painter.drawEllipse(QPointF(x + 5, y + 6), 5, 5)
            painter.setPen(colour)
            painter.drawText(QPointF(x + 13, y + 6 + metrics.ascent() / 2 - 1), label)
            x += 13 + metrics.horizontalAdvance(label) + 12

    # ---------------------------------------------------------------- interaction

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self.point_at(QPointF(event.pos()))
            point = next((p for p in self._grid.points if p.stakeholder_id == hit), None)
            if point is None:
                QToolTip.showText(event.globalPos(), self.toolTip(), self)
                return True
            lines = [point.name, point.title, quadrants()[point.quadrant]]
            lines.append(
                self.tr("Influence %1, interest %2")
                .replace("%1", str(point.influence))
                .replace("%2", str(point.interest))
            )
            QToolTip.showText(event.globalPos(), "\n".join(x for x in lines if x), self)
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        hit = self.point_at(event.position())
        if hit is None:
            return None
        self._selected = hit
        self._drag = _Drag(hit, event.position())
        self.selected.emit(hit)
        self.update()
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            self._drag.at = event.position()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            return
        self.update()
        point = next((p for p in self._grid.points if p.stakeholder_id == drag.stakeholder_id), None)
        influence, interest = self.value_at(event.position())
        if point is not None and (influence, interest) != (point.influence, point.interest):
            self.moved.emit(point.stakeholder_id, influence, interest)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._drag is not None:
            self._drag = None
            self.update()
            return
        steps = {Qt.Key.Key_Up: (1, 0), Qt.Key.Key_Down: (-1, 0), Qt.Key.Key_Right: (0, 1)}
        steps[Qt.Key.Key_Left] = (0, -1)
        point = next((p for p in self._grid.points if p.stakeholder_id == self._selected), None)
        if event.key() in steps and point is not None:
            d_influence, d_interest = steps[Qt.Key(event.key())]
            influence, interest = snap(point.influence + d_influence), snap(point.interest + d_interest)
            if (influence, interest) != (point.influence, point.interest):
                self.moved.emit(point.stakeholder_id, influence, interest)
            return
        if event.key() in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) and self._grid.points:
            ids = [p.stakeholder_id for p in self._grid.points]
            at = ids.index(self._selected) if self._selected in ids else -1
            at = (at + (1 if event.key() == Qt.Key.Key_PageDown else -1)) % len(ids)
            self._selected = ids[at]
            self.selected.emit(ids[at])
            self.update()
            return
        super().keyPressEvent(event)


def _spread(n: int, radius: float) -> list[tuple[float, float]]:
    import math

    return [
        (
            radius * math.cos(2 * math.pi * i / n - math.pi / 2),
            radius * math.sin(2 * math.pi * i / n - math.pi / 2),
        )
        for i in range(n)
    ]
