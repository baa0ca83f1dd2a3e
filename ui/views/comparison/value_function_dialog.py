"""Editing a measured criterion's value function: a straight line, points (drawn, draggable), or levels.

Nothing is stored while the dialog is open; OK hands back the function and the one-line reason, which
the criteria editor stores as one undoable step. The tables are the keyboard way in; the chart shows
the shape and lets the mouse drag a point (the table follows).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from duediligence.i18n import translate
from ui.numbers import format_number, raw_number, read_number
from ui.views.table_view import TableWidget

if TYPE_CHECKING:
    from duediligence.decision.matrix import CriterionRow

LINEAR, PIECEWISE, DISCRETE = "linear", "piecewise", "discrete"
DEFAULT_LEVELS = (("none", 0.0), ("basic", 60.0), ("full", 100.0))
WARNING_STYLE = "color: #b3261e"


def _number_item(value: float | str) -> QTableWidgetItem:
    item = QTableWidgetItem(value if isinstance(value, str) else raw_number(value))
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class PointsChart(QWidget):
    """The piecewise function drawn as a line; a point can be dragged with the mouse."""

    def __init__(self, dialog: ValueFunctionDialog) -> None:
        super().__init__(dialog)
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.dialog = dialog
        self.canvas = FigureCanvasQTAgg(Figure(figsize=(4.2, 2.6)))
        self.canvas.setParent(self)
        self.canvas.setMinimumSize(320, 200)
        self.canvas.setAccessibleName(
            translate(
                "ValueFunctionDialog", "Value function chart (drag a point; the table is the keyboard way)"
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.axes = self.canvas.figure.add_subplot(111)
        self.dragging: int | None = None
        self.canvas.mpl_connect("button_press_event", self._press)
        self.canvas.mpl_connect("motion_notify_event", self._move)
        self.canvas.mpl_connect("button_release_event", self._release)

    def draw(self, points: list[tuple[float, float]]) -> None:
        ax = self.axes
        ax.clear()
        if points:
            xs, vs = [p[0] for p in points], [p[1] for p in points]
            span = (max(xs) - min(xs)) or 1.0
            ax.plot(
                [min(xs) - 0.1 * span, *xs, max(xs) + 0.1 * span],
                [vs[0], *vs, vs[-1]],
                color="#1f6fb2",
                marker="o",
                markevery=list(range(1, len(xs) + 1)),
            )
            ax.set_xlim(min(xs) - 0.1 * span, max(xs) + 0.1 * span)
        ax.set_ylim(-5, 105)
        ax.set_ylabel(translate("ValueFunctionDialog", "worth (0–100)"))
        unit = self.dialog.criterion.unit
        ax.set_xlabel(unit or translate("ValueFunctionDialog", "value"))
        ax.grid(True, alpha=0.3)
        self.canvas.figure.tight_layout()
        self.canvas.draw_idle()

    def _nearest(self, event: Any) -> int | None:
        points = self.dialog.points()
        if event.inaxes is not self.axes or not points:
            return None
        shown = [self.axes.transData.transform(p) for p in points]
        gaps = [((sx - event.x) ** 2 + (sy - event.y) ** 2) ** 0.5 for sx, sy in shown]
        best = min(range(len(gaps)), key=gaps.__getitem__)
        return best if gaps[best] <= 12 else None

    def _press(self, event: Any) -> None:
        self.dragging = self._nearest(event)

    def _move(self, event: Any) -> None:
        if self.dragging is None or event.inaxes is not self.axes or event.xdata is None:
            return
        self.dialog.move_point(self.dragging, float(event.xdata), float(event.ydata))

    def _release(self, _event: Any) -> None:
        self.dragging = None


class ValueFunctionDialog(QDialog):
    """Choose how a measured criterion's values become worth: line, points or levels, and say why."""

    def __init__(self, criterion: CriterionRow, values: list[float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from duediligence.decision.value_functions import Discrete, Piecewise

        self.criterion, self.values = criterion, values
        self.setWindowTitle(self.tr("Value function: %1").replace("%1", criterion.name))
        intro = QLabel(
            self.tr(
                "How much is each value worth to you, from 0 (the worst that still counts) to 100 (the best "
                "worth having)? A straight line between the ends is the default. Bend it where more stops "
                "mattering (“8 h of battery is what I need; more hardly matters”) or where it starts to "
                "hurt (“above budget falls steeply”); use levels for answers that are words."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Straight line between the ends"), LINEAR)
        self.kind.addItem(self.tr("Points: straight lines through values I set"), PIECEWISE)
        self.kind.addItem(self.tr("Levels: answers in words, each worth a value"), DISCRETE)
        self.kind.setAccessibleName(self.tr("Kind of value function"))
        self.pages = QStackedWidget(self)
        self.linear_text = QLabel(self)
        self.linear_text.setWordWrap(True)
        self.pages.addWidget(self.linear_text)
        self.points_table = self._table([self._value_header(), self.tr("Worth (0–100)")], "Points")
        self.chart: PointsChart | None = None
        self.pages.addWidget(self._points_page())
        self.levels_table = self._table([self.tr("Level"), self.tr("Worth (0–100)")], "Levels")
        self.pages.addWidget(self._levels_page())
        self.note = QLineEdit(criterion.value_function_note, self)
        self.note.setPlaceholderText(self.tr("e.g. 8 h of battery is what I need; more hardly matters"))
        self.note.setAccessibleName(self.tr("Why this shape (one line)"))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(WARNING_STYLE)
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        kind_label = QLabel(self.tr("&Shape:"), self)
        kind_label.setBuddy(self.kind)
        form.addRow(kind_label, self.kind)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.pages, 1)
        why = QLabel(self.tr("&Why (one line):"), self)
        why.setBuddy(self.note)
        layout.addWidget(why)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        function = criterion.function
        if isinstance(function, Piecewise):
            self._fill(self.points_table, [(raw_number(x), v) for x, v in function.points])
        else:
            self._fill(self.points_table, [(raw_number(x), v) for x, v in self._default_points()])
        levels = function.levels if isinstance(function, Discrete) else DEFAULT_LEVELS
        self._fill(self.levels_table, [(label, v) for label, v in levels])
        start = PIECEWISE if isinstance(function, Piecewise) else DISCRETE if function else LINEAR
        self.kind.setCurrentIndex(self.kind.findData(start))
        self.kind.currentIndexChanged.connect(self._show_kind)
        self.points_table.itemChanged.connect(lambda _item: self._redraw())
        self._show_kind()
        self.resize(720, 600)

    # -- building ------------------------------------------------------------------------------------

    def _value_header(self) -> str:
        unit = self.criterion.unit
        return self.tr("Value (%1)").replace("%1", unit) if unit else self.tr("Value")

    def _table(self, headers: list[str], name: str) -> QTableWidget:
        table = TableWidget(0, 2, self)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setAccessibleName(self.tr(name))
        table.setTabKeyNavigation(True)
        return table

    def _points_page(self) -> QWidget:
        page = QWidget(self)
        side = QVBoxLayout()
        side.addWidget(self.points_table, 1)
        side.addLayout(self._row_buttons(self.points_table, self.tr("Add &point"), self.tr("Remove poi&nt")))
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(side, 2)
        self.chart = PointsChart(self)
        layout.addWidget(self.chart, 3)
        return page

    def _levels_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(
            self.tr(
                "A score on this criterion is the level's number: 1 for the first level listed, 2 for the "
                "next… A number that is no level's is refused."
            ),
            page,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.levels_table, 1)
        layout.addLayout(
            self._row_buttons(self.levels_table, self.tr("Add &level"), self.tr("Remove le&vel"))
        )
        return page

    def _row_buttons(self, table: QTableWidget, add_text: str, remove_text: str) -> QHBoxLayout:
        add, remove = QPushButton(add_text, self), QPushButton(remove_text, self)
        add.clicked.connect(lambda: self._add_row(table))
        remove.clicked.connect(lambda: self._remove_row(table))
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        return row

    def _fill(self, table: QTableWidget, rows: list[tuple[str, Any]]) -> None:
        table.blockSignals(True)
        table.setRowCount(len(rows))
        for r, (first, worth) in enumerate(rows):
            item = QTableWidgetItem(first)
            if table is self.points_table:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, 0, item)
            table.setItem(r, 1, _number_item(worth))
        table.blockSignals(False)

    def _default_points(self) -> list[tuple[float, float]]:
        """The straight line the criterion has now, as two points to bend."""
        c = self.criterion
        if c.scale_min is not None and c.scale_max is not None:
            lo, hi = c.scale_min, c.scale_max
        elif self.values:
            lo, hi = min(self.values), max(self.values)
            hi = hi if hi > lo else lo + 1
        else:
            lo, hi = 0.0, 10.0
        return [(lo, 100.0), (hi, 0.0)] if c.direction == "lower" else [(lo, 0.0), (hi, 100.0)]

    def _add_row(self, table: QTableWidget) -> None:
        rows = self._rows(table)
        if table is self.points_table:
            points = self.points()
            last = points[-1][0] if points else 0.0
            self._fill(table, [*rows, (raw_number(last + 1), 100.0)])
        else:
            self._fill(table, [*rows, (self.tr("level %1").replace("%1", str(len(rows) + 1)), 100.0)])
        table.setCurrentCell(table.rowCount() - 1, 0)
        table.setFocus()
        self._redraw()

    def _remove_row(self, table: QTableWidget) -> None:
        row = table.currentRow() if table.currentRow() >= 0 else table.rowCount() - 1
        if row >= 0:
            table.removeRow(row)
        self._redraw()

    def _rows(self, table: QTableWidget) -> list[tuple[str, Any]]:
        out = []
        for r in range(table.rowCount()):
            first, worth = table.item(r, 0), table.item(r, 1)
            out.append((first.text() if first else "", worth.text() if worth else ""))
        return out

    # -- showing -------------------------------------------------------------------------------------

    def _show_kind(self) -> None:
        kind = self.kind.currentData()
        self.pages.setCurrentIndex({LINEAR: 0, PIECEWISE: 1, DISCRETE: 2}[kind])
        c = self.criterion
        if c.scale_min is not None and c.scale_max is not None:
            text = self.tr(
                "Values are worth 0 to 100 in a straight line between the stated ends %1 and %2 (%3)."
            )
            direction = self.tr("lower is better") if c.direction == "lower" else self.tr("higher is better")
            text = text.replace("%1", format_number(c.scale_min)).replace("%2", format_number(c.scale_max))
            self.linear_text.setText(text.replace("%3", direction))
            self.linear_text.setStyleSheet("")
        else:
            self.linear_text.setText(
                self.tr(
                    "No ends are stated, so the line runs between the options' own lowest and highest "
                    "values (min–max): adding or removing an option changes every option's score here. "
                    "Prefer fixed ends (Minimum and Maximum in the criteria table) or points you set."
                )
            )
            self.linear_text.setStyleSheet(WARNING_STYLE)
        self._redraw()

    def _redraw(self) -> None:
        if self.chart is not None and self.kind.currentData() == PIECEWISE:
            self.chart.draw(self.points())

    def points(self) -> list[tuple[float, float]]:
        """The points as far as they read as numbers (for the chart)."""
        from duediligence.errors import ValidationError

        found = []
        for first, worth in self._rows(self.points_table):
            try:
                x, v = read_number(first, "x"), read_number(worth, "worth")
            except ValidationError:
                continue
            if x is not None and v is not None:
                found.append((x, v))
        return sorted(found)

    def move_point(self, index: int, x: float, worth: float) -> None:
        """Drag point ``index`` to (x, worth): worth held to 0–100, x kept between its neighbours."""
        rows = self.points()
        if not 0 <= index < len(rows):
            return
        span = (rows[-1][0] - rows[0][0]) or 1.0
        gap = span * 1e-3
        low = rows[index - 1][0] + gap if index > 0 else -float("inf")
        high = rows[index + 1][0] - gap if index + 1 < len(rows) else float("inf")
        x = round(min(max(x, low), high), 6)
        rows[index] = (x, round(min(100.0, max(0.0, worth)), 1))
        self._fill(self.points_table, [(raw_number(px), pv) for px, pv in rows])
        self._redraw()

    # -- the result ----------------------------------------------------------------------------------

    def function_json(self) -> dict[str, Any] | None:
        """The function as the document writes it (None: the straight line); ValueError saying what is
        wrong (a number that does not read, a shape the core refuses)."""
        from duediligence.decision.value_functions import parse_value_function

        kind = self.kind.currentData()
        if kind == LINEAR:
            return None
        raw: dict[str, Any]
        if kind == PIECEWISE:
            points = []
            for r, (first, worth) in enumerate(self._rows(self.points_table), start=1):
                x = read_number(first, self.tr("point %1: value").replace("%1", str(r)))
                v = read_number(worth, self.tr("point %1: worth").replace("%1", str(r)))
                if x is None or v is None:
                    raise ValueError(
                        self.tr("point %1: give both a value and its worth").replace("%1", str(r))
                    )
                points.append([x, v])
            raw = {"kind": PIECEWISE, "points": points}
        else:
            levels: dict[str, Any] = {}
            for r, (label, worth) in enumerate(self._rows(self.levels_table), start=1):
                v = read_number(worth, self.tr("level %1: worth").replace("%1", str(r)))
                if label.strip() in levels:
                    raise ValueError(self.tr("level “%1” is listed twice").replace("%1", label.strip()))
                levels[label.strip()] = v
            raw = {"kind": DISCRETE, "levels": levels}
        function = parse_value_function(raw)
        return None if function is None else function.as_json()

    def accept(self) -> None:
        from duediligence.errors import ValidationError

        try:
            self.result_function = self.function_json()
        except (ValueError, ValidationError) as exc:  # a number that does not read, a refused shape
            self.problem.setText(str(exc))
            self.problem.show()
            return
        super().accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, criterion: CriterionRow, values: list[float]
    ) -> tuple[dict[str, Any] | None, str] | None:
        """(function JSON or None for the line, the reason) when OK was chosen, else None."""
        dialog = cls(criterion, values, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.result_function, dialog.note.text().strip()
        finally:
            dialog.deleteLater()
