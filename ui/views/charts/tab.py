"""The Charts tab: the list of charts on the left, the chosen chart on the right.

matplotlib loads when the tab is first shown (`ui.charts` holds the canvas), never at start-up. The chart
is redrawn when the evaluation or its data change, but only while the tab is visible; a hidden tab just
remembers that it is out of date. The theme follows the app's palette; a right-click saves the figure on
screen as PNG, SVG or PDF; a click on a heat-map cell lists its risks.
"""

from __future__ import annotations

from dataclasses import replace
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMenu,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from duediligence import charts
from duediligence.errors import NotFoundError
from duediligence.i18n import translate
from ui import file_dialogs
from ui.views.table_view import TableWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from duediligence.changes import Changes
    from ui.context import AppContext
    from ui.views.guide.navigation import Place

FILTERS = {"png": "PNG image (*.png)", "svg": "SVG drawing (*.svg)", "pdf": "PDF document (*.pdf)"}


def ask_save_path(parent: QWidget, caption: str, suggested: str, fmt: str) -> str | None:
    """Where to save a chart (None = cancelled); tests replace this function."""
    path, _ = file_dialogs.save_file_name(parent, caption, suggested, FILTERS[fmt])
    if not path:
        return None
    return path if path.lower().endswith(f".{fmt}") else f"{path}.{fmt}"


def palette_theme(widget: QWidget) -> charts.Theme:
    """Dark when the window background is dark; the figure takes the window's own background colour."""
    window = widget.palette().color(QPalette.ColorRole.Window)
    base = charts.DARK if window.lightnessF() < 0.5 else charts.LIGHT
    return replace(base, background=window.name(), interactive=True)


CHOOSER_MOST = 300  # px: the chart needs the room more


class ChartsTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.evaluation_id: int | None = None
        self.canvas: Any = None  # ui.charts.ChartCanvas, made when first shown
        self.data: Any = None
        self.stale = True
        self.chooser = QListWidget(self)
        self.chooser.addItems([translate("Charts", chart.title) for chart in charts.CHARTS])
        self.chooser.setCurrentRow(0)
        # As wide as the longest title (a fixed 260 px cut German titles and wasted room in English), a
        # title longer than CHOOSER_MOST wraps.
        self.chooser.setWordWrap(True)
        widest = max(self.chooser.fontMetrics().horizontalAdvance(self.chooser.item(i).text())
                     for i in range(self.chooser.count()))  # fmt: skip
        frame = 2 * self.chooser.frameWidth() + self.chooser.verticalScrollBar().sizeHint().width() + 12
        self.chooser.setFixedWidth(min(widest + frame, CHOOSER_MOST))
        self.chooser.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chooser.setAccessibleName(self.tr("Charts"))
        self.details = QLabel(self)
        self.details.setObjectName("caption")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The text alternative: the numbers the chart draws, as a table a keyboard or screen reader reaches.
        self.show_data = QPushButton(self.tr("Show &data"), self)
        self.show_data.setCheckable(True)
        self.show_data.setToolTip(self.tr("Show the numbers behind the chart as a table"))
        self.table = TableWidget(0, 0, self)
        self.table.setAccessibleName(self.tr("Chart data"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.hide()
        self.show_data.toggled.connect(self._toggle_data)
        self.area = QVBoxLayout()
        self.area.addWidget(self.details)
        self.area.addWidget(self.show_data, 0, Qt.AlignmentFlag.AlignLeft)
        self.area.addWidget(self.table, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.chooser)
        layout.addLayout(self.area, 1)
        self.resized = QTimer(self, singleShot=True, interval=150)
        self.resized.timeout.connect(self._draw)
        self.chooser.currentRowChanged.connect(lambda _row: self.refresh())
        context.changed.connect(self._on_changed)

    @property
    def chart(self) -> charts.Chart:
        return charts.CHARTS[max(0, self.chooser.currentRow())]

    def show_place(self, place: Place) -> None:
        self.chooser.setFocus()

    def set_evaluation(self, evaluation_id: int | None) -> None:
        self.evaluation_id = evaluation_id
        self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        from duediligence.changes import ROBUSTNESS

        if self.evaluation_id is not None and changes.touches_any(ROBUSTNESS, self.evaluation_id):
            self.refresh()  # every chart is drawn from the ranking, the risks, the people or the analysis

    def refresh(self) -> None:
        """Re-read and redraw now if visible; otherwise when next shown."""
        self.stale = True
        if self.isVisible():
            self._reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.canvas is None:
            self._make_canvas()
        if self.stale:
            self._reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Margins depend on the canvas's size, which changes without the tab's (when it is first laid
        # out, when the data table shows): redraw once the resizing settles.
        if watched is self.canvas and event.type() == QEvent.Type.Resize and self.isVisible():
            self.resized.start()
        return False

    def _make_canvas(self) -> None:
        from ui.charts import ChartCanvas

        self.canvas = ChartCanvas(self)
        self.canvas.installEventFilter(self)
        self.canvas.setFocusPolicy(
            Qt.FocusPolicy.StrongFocus
        )  # reachable by Tab; its description is the data
        self.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.canvas.customContextMenuRequested.connect(self._menu)
        self.canvas.mpl_connect("button_press_event", self._clicked)
        self.area.insertWidget(0, self.canvas, 1)

    def _reload(self) -> None:
        self.stale = False
        self.details.clear()
        self.data = None
        if self.evaluation_id is not None and self.context.db is not None:
            try:
                self.data = self.context.read(self.chart.load, self.evaluation_id)
            except NotFoundError:
                self.evaluation_id = None
            except Exception as exc:  # a chart must never take the window down; say what went wrong
                self.details.setText(self.tr("This chart could not be computed: %1").replace("%1", str(exc)))
        self._draw()

    def _draw(self) -> None:
        if self.canvas is None:
            return
        theme = palette_theme(self)
        if self.data is None:
            from duediligence.charts.style import message

            text = self.tr("Open an evaluation to see its charts.")
            self.canvas.show_chart(lambda fig, _data, t: message(fig, t, self.chart.title, text), None, theme)
            return
        self.canvas.show_chart(self.chart.draw, self.data, theme)
        self._describe()

    def _describe(self) -> None:
        """The canvas's accessible name and description, and the data table: what the chart shows, in text."""
        from duediligence.charts.table import data_table, data_text

        if self.canvas is None:
            return
        self.canvas.setAccessibleName(self.tr("Chart: %1").replace("%1", self.chart.title))
        self.canvas.setAccessibleDescription(data_text(self.data))
        headers, rows = data_table(self.data)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(headers)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)  # read only
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def _toggle_data(self, shown: bool) -> None:
        self.table.setVisible(shown)
        self.show_data.setText(self.tr("Hide &data") if shown else self.tr("Show &data"))

    def _menu(self, position: Any) -> None:
        menu = QMenu(self)
        for fmt, text in (
            ("png", self.tr("Save as PNG…")),
            ("svg", self.tr("Save as SVG…")),
            ("pdf", self.tr("Save as PDF…")),
        ):
            action = QAction(text, menu)
            action.triggered.connect(lambda _checked=False, f=fmt: self.save(f))
            menu.addAction(action)
        menu.exec(self.canvas.mapToGlobal(position))

    def save(self, fmt: str) -> None:
        """Ask where, then save the figure on screen in `fmt` (png, svg or pdf)."""
        if self.canvas is None:
            return
        name = f"{self.chart.key}.{fmt}"
        path = ask_save_path(self, self.tr("Save chart"), name, fmt)
        if path is None:
            return
        try:
            self.canvas.save(path, fmt)
        except OSError as exc:
            from ui import dialogs

            dialogs.show_error(self, self.tr("Save chart"), str(exc))

    def _clicked(self, event: Any) -> None:
        """On the heat map, a click on a cell lists the risks in it below the chart."""
        if self.chart.key != "risks" or self.data is None or event.inaxes is None:
            return
        gid = event.inaxes.get_gid()
        if gid not in charts.HEAT_GID.values() or event.xdata is None or event.ydata is None:
            return
        residual = gid == charts.HEAT_GID[True]
        likelihood, impact = round(event.xdata), round(event.ydata)
        cell = self.data.cell(residual, likelihood, impact)
        where = self.tr("likelihood %1 × impact %2").replace("%1", str(likelihood)).replace("%2", str(impact))
        if cell is None:
            self.details.setText(self.tr("No open risk at %1.").replace("%1", where))
        else:
            self.details.setText(f"<b>{where}</b>: " + "; ".join(escape(r) for r in cell.risks))
