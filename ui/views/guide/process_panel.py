"""The buying process as a compact vertical stepper: each stage with its state and what is missing.

A guide, never a gate: each missing item is a link that sends the user to the tab where it is fixed
(`go_to(tab_key)`), and nothing is blocked. Re-reads on every change to its evaluation while visible,
and once when shown again after changes it missed.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from duediligence.changes import Changes
from duediligence.errors import NotFoundError
from ui.views.guide.process_text import missing_text, stage_label, state_label
from ui.views.guide.quick_mode import QuickModeToggle

if TYPE_CHECKING:
    from duediligence.reads.process import ProcessStatus, StageStatus
    from ui.context import AppContext

COLOURS = {"done": QColor("#2e7d32"), "in_progress": QColor("#e08a00"), "not_started": QColor("#9e9e9e")}
MARKER = 22  # width of the marker column; the circle's diameter is 14


class StepMarker(QWidget):
    """A circle for the stage's state on a vertical line that joins it to the stages around it."""

    def __init__(self, state: str, first: bool, last: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.first, self.last = state, first, last
        self.setFixedWidth(MARKER)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(state_label(state))

    def sizeHint(self) -> QSize:
        return QSize(MARKER, MARKER)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = COLOURS.get(self.state, COLOURS["not_started"])
        x, y, r = MARKER / 2, 11.0, 7.0
        painter.setPen(QPen(self.palette().mid().color(), 2))
        if not self.first:
            painter.drawLine(QPointF(x, 0), QPointF(x, y - r))
        if not self.last:
            painter.drawLine(QPointF(x, y + r), QPointF(x, self.height()))
        circle = QRectF(x - r, y - r, 2 * r, 2 * r)
        painter.setPen(QPen(colour, 2))
        if self.state == "done":
            painter.setBrush(colour)
            painter.drawEllipse(circle)
            painter.setPen(QPen(QColor("white"), 2))
            painter.drawPolyline([QPointF(x - 3.5, y), QPointF(x - 1, y + 2.5), QPointF(x + 3.5, y - 2.5)])
        elif self.state == "in_progress":
            painter.setBrush(self.palette().base())
            painter.drawEllipse(circle)
            painter.setBrush(colour)
            painter.drawPie(circle.adjusted(2, 2, -2, -2), 90 * 16, 180 * 16)
        else:
            painter.setBrush(self.palette().base())
            painter.drawEllipse(circle)


class StageRow(QWidget):
    """One stage: marker, name (a link to its tab) and the missing items as links."""

    def __init__(self, stage: StageStatus, first: bool, last: bool, current: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.stage = stage
        name = stage_label(stage.stage)
        self.setAccessibleName(f"{name}: {state_label(stage.state)}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(StepMarker(stage.state, first, last, self))
        column = QVBoxLayout()
        column.setContentsMargins(0, 2, 0, 10)
        column.setSpacing(1)
        self.title = _link(name, stage.tab, self, bold=current, plain=True)
        self.title.setToolTip(state_label(stage.state))
        self.title.setAccessibleName(f"{name}: {state_label(stage.state)}")
        column.addWidget(self.title)
        self.items: list[QLabel] = []
        for item in stage.missing:
            muted = stage.state == "not_started" and not current
            label = _link(missing_text(item), item.tab, self, muted=muted)
            label.setObjectName("guideMissing")
            label.setIndent(2)
            column.addWidget(label)
            self.items.append(label)
        layout.addLayout(column, 1)


def _link(
    text: str, tab: str, parent: QWidget, *, bold: bool = False, muted: bool = False, plain: bool = False
) -> QLabel:
    escaped = escape(text)
    style = "text-decoration:none;" + (" font-weight:600;" if bold else "")
    palette = parent.palette()
    if muted:
        style += " color:palette(placeholder-text);"
    elif plain:
        style += f" color:{palette.windowText().color().name()};"
    label = QLabel(f'<a href="{tab}" style="{style}">{escaped}</a>', parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    )
    label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    label.setAccessibleName(text)
    label.setProperty("plainText", text)
    label.setProperty("tab", tab)
    return label


class ProcessPanel(QFrame):
    """Where the open evaluation stands along the buying process, and what is missing."""

    go_to = Signal(str)  # a tab key (see ui.views.guide.navigation.TAB_KEYS)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.evaluation_id: int | None = None
        self.status: ProcessStatus | None = None
        self.today = date.today  # replaced in tests
        self._stale = False
        self.setObjectName("processPanel")
        self.setAccessibleName(self.tr("Buying process"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(240)
        self.heading = QLabel(self.tr("Buying process"), self)
        self.heading.setObjectName("guideHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.summary = QLabel(self)
        self.summary.setObjectName("caption")
        self.summary.setWordWrap(True)
        self.steps = QVBoxLayout()
        self.steps.setSpacing(0)
        self.quick = QuickModeToggle(context, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addLayout(self.steps)
        layout.addSpacing(6)
        layout.addWidget(self.quick)
        layout.addStretch(1)
        self.rows: list[StageRow] = []
        context.changed.connect(self._on_changed)

    def set_evaluation(self, evaluation_id: int | None) -> None:
        self.evaluation_id = evaluation_id
        self.quick.set_evaluation(evaluation_id)
        if self.isVisible():
            self.reload()
        else:  # read when shown: opening an evaluation on another tab does not wait for it
            self._stale = True

    def _on_changed(self, changes: Changes) -> None:
        if self.evaluation_id is None:
            return
        if changes.everything or self.evaluation_id in changes.evaluation_ids:
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        from duediligence.reads.process import process_status

        self._stale = False
        status = None
        if self.evaluation_id is not None and self.context.db is not None:
            try:
                matrix = self.context.matrix(self.evaluation_id)  # the one the comparison shows
                status = self.context.read(process_status, self.evaluation_id, self.today(), matrix)
            except NotFoundError:
                self.evaluation_id = None
        self.status = status
        self._show(status)

    def _show(self, status: ProcessStatus | None) -> None:
        for row in self.rows:
            self.steps.removeWidget(row)
            row.hide()  # at once: deleteLater waits for the event loop, and a reload may come first
            row.deleteLater()
        self.rows = []
        if status is None:
            self.summary.setText("")
            return
        done = sum(s.state == "done" for s in status.stages)
        current = status.current
        if current is None:
            self.summary.setText(self.tr("Every stage is done."))
        else:
            self.summary.setText(
                self.tr("%1 of %2 stages done · next: %3")
                .replace("%1", str(done))
                .replace("%2", str(len(status.stages)))
                .replace("%3", stage_label(current.stage))
            )
        last = len(status.stages) - 1
        for i, stage in enumerate(status.stages):
            row = StageRow(stage, i == 0, i == last, stage is current, self)
            for label in (row.title, *row.items):
                label.linkActivated.connect(self.go_to.emit)
            self.steps.addWidget(row)
            self.rows.append(row)

    def missing_texts(self) -> list[str]:
        """What the panel shows as missing, in order (for tests and screen readers)."""
        return [label.property("plainText") for row in self.rows for label in row.items]
