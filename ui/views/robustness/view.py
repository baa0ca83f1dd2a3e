"""The Robustness view beside the matrix: the verdict, each option's chance of coming first with its rank
distribution, what to find out next (a to-do the buyer ticks off), the weights that could change the
winner, and the stakeholders' perspectives with their weight profiles.

The analysis runs on a worker thread, only while the view is shown, once per change of its evaluation
(a hidden view re-runs when shown again). Inputs are read on the GUI thread from the context's cached
matrix; a result is applied only if nothing changed since it was started (the generation number)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from duediligence.changes import ROBUSTNESS, Changes
from duediligence.errors import NotFoundError
from ui.models.find_out_next import FindOutNextModel, todo_lines
from ui.models.robustness import OddsModel, PerspectivesModel, TornadoModel
from ui.models.weight_profiles import WeightProfilesModel
from ui.views.robustness import text
from ui.views.robustness.delegates import BarDelegate, RoomDelegate
from ui.views.robustness.settings_bar import SimulationSettings
from ui.views.robustness.worker import AnalysisJob, pool
from ui.views.submit import Submitter, submit
from ui.views.table_view import TableView

if TYPE_CHECKING:
    from duediligence.robustness.results import Robustness
    from ui.context import AppContext

TODO_ONLY = frozenset({"inquiry"})  # ticking an item: the numbers did not change


def _table(parent: QWidget, model: Any, name: str) -> QTableView:
    table = TableView(parent)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setResizeContentsPrecision(30)  # fitting columns reads 30 rows, not all
    table.verticalHeader().setResizeContentsPrecision(30)
    return table


def _section(parent: QWidget, title: str, *widgets: QWidget) -> QWidget:
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 4, 0, 0)
    heading = QLabel(f"<b>{title}</b>", box)
    heading.setWordWrap(True)
    layout.addWidget(heading)
    for widget in widgets:
        layout.addWidget(widget, 1 if isinstance(widget, QTableView) else 0)
    return box


def _caption(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class RobustnessView(QWidget):
    # (criterion id, option id): the user opened a "find out next" item; the matrix shows its cell.
    cell_requested = Signal(int, int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.evaluation_id: int | None = None
        self.result: Robustness | None = None
        self.currency = ""
        self._generation = 0
        self._job: AnalysisJob | None = None
        self._answered = -1  # the generation whose first answer is shown
        self._jobs: dict[int, AnalysisJob] = {}  # kept alive until their last signal arrives
        self._stale = True
        self._restart = QTimer(self)
        self._restart.setSingleShot(True)
        self._restart.setInterval(120)  # a burst of edits starts one analysis, not one each
        self._restart.timeout.connect(self.refresh_if_shown)

        self.verdict = _caption(self, "verdict")
        self.verdict.setStyleSheet("QLabel#verdict { font-size: 13pt; font-weight: bold; }")
        self.settings = SimulationSettings(self)
        self.settings.edited.connect(self._store_settings)
        self.settings.cancel_requested.connect(self.cancel)
        self.method = _caption(self, "caption")
        self.notes = _caption(self, "notes")

        self.odds = OddsModel(self)
        self.odds_table = _table(self, self.odds, self.tr("Chance of coming first per option"))
        self.odds_table.setItemDelegateForColumn(OddsModel.FIRST, BarDelegate(self.odds_table))
        self.todo = FindOutNextModel(self)
        self.todo.commit = Submitter(self, context)
        self.todo_table = _table(self, self.todo, self.tr("What to find out next"))
        self.todo_table.horizontalHeader().setStretchLastSection(False)
        self.todo_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._fit_rows = QTimer(self)  # wrapped rows re-fit once the stretched column has its width
        self._fit_rows.setSingleShot(True)
        self._fit_rows.timeout.connect(self.todo_table.resizeRowsToContents)
        self.todo_table.horizontalHeader().sectionResized.connect(lambda *_: self._fit_rows.start(0))
        self.put_on_list = QPushButton(self.tr("Put on the to-do list"), self)
        self.put_on_list.setToolTip(
            self.tr("Add the selected item to the due-diligence to-do list, not yet done.")
        )
        self.put_on_list.clicked.connect(self._put_on_list)
        self.todo_empty = _caption(self, "caption")

        self.tornado = TornadoModel(self)
        self.tornado_table = _table(self, self.tornado, self.tr("Weights that could change the winner"))
        self.tornado_table.setItemDelegateForColumn(TornadoModel.ROOM, RoomDelegate(self.tornado_table))
        self.perspectives = PerspectivesModel(self)
        self.perspectives_table = _table(self, self.perspectives, self.tr("Winner per stakeholder"))
        self.profiles = WeightProfilesModel(self)
        self.profiles.commit = Submitter(self, context)
        self.profiles_table = _table(self, self.profiles, self.tr("Stakeholders' own weights"))
        self.profiles_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.profiles_hint = _caption(self, "caption")
        self._compose()
        self.todo_table.activated.connect(self._open_item)
        context.changed.connect(self._on_changed)
        self._show()

    def _open_item(self, index: QModelIndex) -> None:
        line = self.todo.line(index.row())
        if line is not None and line.option_id is not None and line.criterion_id is not None:
            self.cell_requested.emit(line.criterion_id, line.option_id)

    def _compose(self) -> None:
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(_section(top, self.tr("Chance of coming first, and of each place"), self.odds_table))
        todo = _section(
            top, self.tr("What to find out next"), self.todo_empty, self.todo_table, self.put_on_list
        )
        top.addWidget(todo)
        top.setSizes([700, 560])
        people = QSplitter(Qt.Orientation.Horizontal, self)
        people.addWidget(
            _section(people, self.tr("Who comes first, per stakeholder"), self.perspectives_table)
        )
        people.addWidget(
            _section(
                people,
                self.tr("Weights per stakeholder (type to set, clear to use the evaluation's)"),
                self.profiles_hint,
                self.profiles_table,
            )
        )
        people.setSizes([420, 840])
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.tornado_table, self.tr("Weights that could change the winner"))
        self.pages.addTab(people, self.tr("Perspectives"))
        body = QSplitter(Qt.Orientation.Vertical, self)
        body.addWidget(top)
        body.addWidget(self.pages)
        body.setSizes([370, 390])
        head = QWidget(self)
        head_layout = QVBoxLayout(head)
        head_layout.setContentsMargins(0, 0, 0, 0)
        head_layout.addWidget(self.settings)
        head_layout.addWidget(self.verdict)
        head_layout.addWidget(self.method)
        head_layout.addWidget(self.notes)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(body, 1)

    # -- when to run ----------------------------------------------------------------------------------

    def set_evaluation(self, evaluation_id: int | None) -> None:
        changed = evaluation_id != self.evaluation_id
        self.evaluation_id = evaluation_id
        if changed:
            self.cancel(quiet=True)
            self.result = None
            self._show()
        self._invalidate()
        self.refresh_if_shown()

    def _on_changed(self, changes: Changes) -> None:
        if self.evaluation_id is None or not changes.touches_any(ROBUSTNESS, self.evaluation_id):
            return
        if changes.only(TODO_ONLY):
            self._show_todo()
            return
        self._invalidate()
        self._restart.start()

    def _invalidate(self) -> None:
        self._generation += 1
        self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_if_shown()

    def refresh_if_shown(self) -> None:
        if self._stale and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read the inputs now (GUI thread, cached matrix) and start the analysis on the worker thread."""
        from duediligence.reads.robustness import prepare

        self._stale = False
        self.cancel(quiet=True)
        eid = self.evaluation_id
        if eid is None or self.context.db is None:
            self.result = None
            self._show()
            return
        try:
            matrix = self.context.matrix(eid)
            inputs = self.context.read(lambda session, e: prepare(session, e, matrix=matrix), eid)
        except NotFoundError:
            self.evaluation_id, self.result = None, None
            self._show()
            return
        self.currency = inputs.currency
        self.settings.set_values(inputs.draws, inputs.seed, inputs.weight_band)
        job = AnalysisJob(self._generation, inputs)
        job.signals.progressed.connect(self._on_progress)
        job.signals.answered.connect(self._on_answer)
        job.signals.finished.connect(self._on_finished)
        job.signals.failed.connect(self._on_failed)
        job.signals.cancelled.connect(self._forget)
        self._job = self._jobs[job.generation] = job
        self.settings.set_running(True, self.tr("Starting…"), 0.0)
        pool().start(job)

    def cancel(self, quiet: bool = False) -> None:
        """Stop the running analysis at its next stage; its result, if any, is dropped."""
        if self._job is not None:
            self._job.cancel()
            self._job = None
        if not quiet:
            self.settings.set_running(False)
            self._stale = True  # shown again or changed: run again

    @property
    def running(self) -> bool:
        return self._job is not None

    # -- results --------------------------------------------------------------------------------------

    def _current(self, generation: int) -> bool:
        return self._job is not None and generation == self._job.generation == self._generation

    def _forget(self, generation: int) -> None:
        self._jobs.pop(generation, None)

    def _on_progress(self, generation: int, stage: str, fraction: float) -> None:
        if not self._current(generation):
            return
        words = {
            "ranking": self.tr("Ranking…"),
            "weights": self.tr("Weights…"),
            "cells": self.tr("Thresholds…"),
            "find_out_next": self.tr("What to find out…"),
            "simulation": self.tr("Simulating…"),
            "perspectives": self.tr("Perspectives…"),
        }
        self.settings.set_running(True, words.get(stage, stage), fraction)

    def _on_answer(self, generation: int, result: Robustness) -> None:
        """A first answer (the odds so far) while the analysis goes on: shown whole the first time
        (the last result's tornado and perspectives go), then only its odds and sentences refined, so
        a stakeholder's weight being typed meanwhile keeps its editor."""
        if not self._current(generation):
            return
        first = self._answered != generation
        self._answered = generation
        self.result = result
        if first:
            self._show()
        else:
            self._show_odds(result)
            self._fit_odds()

    def _on_finished(self, generation: int, result: Robustness) -> None:
        current = self._current(generation)
        self._forget(generation)
        if not current:
            return
        self._job = None
        self.settings.set_running(False)
        self.result = result
        self._show()

    def _on_failed(self, generation: int, why: str) -> None:
        current = self._current(generation)
        self._forget(generation)
        if current:
            self._job = None
            self.settings.set_running(False)
            self.result = None
            self._show()
            self.notes.setText(self.tr("The analysis failed: %1").replace("%1", why))
            self.notes.setVisible(True)

    def _show_odds(self, result: Robustness | None) -> None:
        """The sentences and each option's odds."""
        self.verdict.setText(text.verdict_text(result) if result else "")
        ok = result is not None and result.problem is None
        self.method.setText(text.method_text(result) if ok and result else "")
        self.notes.setText("\n".join(text.note_text(n) for n in result.notes) if result else "")
        for label in (self.verdict, self.method, self.notes):
            label.setVisible(bool(label.text()))
        self.odds.set_result(result)

    def _show(self) -> None:
        result = self.result
        ok = result is not None and result.problem is None
        self._show_odds(result)
        self.tornado.set_result(result)
        self.perspectives.set_result(result)
        table = None
        if result is not None and self.context.db is not None:
            from duediligence.reads.robustness import profile_table

            table = self.context.read(profile_table, result.evaluation_id)
        self.profiles.set_data(result, table)
        self._fit()
        if table is not None and not table.stakeholders:
            hint = self.tr(
                "Add the buying committee in the Stakeholders tab to give each person their own weights."
            )
        elif ok and result and not result.perspectives:
            hint = self.tr("Type a stakeholder's own weights to see the ranking from their perspective.")
        else:
            hint = ""
        self.profiles_hint.setText(hint)
        self.profiles_hint.setVisible(bool(hint))
        self._show_todo()

    def _fit_odds(self) -> None:
        odds = self.odds_table
        odds.resizeColumnToContents(OddsModel.OPTION)
        odds.resizeColumnToContents(OddsModel.SCORE)
        odds.setColumnWidth(OddsModel.OPTION, min(odds.columnWidth(OddsModel.OPTION), 240))
        self.odds_table.setColumnWidth(OddsModel.FIRST, 160)
        for column in range(OddsModel.PLACES, self.odds.columnCount()):
            self.odds_table.setColumnWidth(column, 48)

    def _fit(self) -> None:
        self._fit_odds()
        self.tornado_table.resizeColumnsToContents()
        self.tornado_table.setColumnWidth(TornadoModel.ROOM, 260)
        self.perspectives_table.resizeColumnsToContents()
        self.profiles_table.resizeColumnsToContents()

    def _show_todo(self) -> None:
        rows = []
        if self.result is not None and self.context.db is not None:
            from duediligence.reads.robustness import inquiries

            try:
                rows = self.context.read(inquiries, self.result.evaluation_id)
            except NotFoundError:
                rows = []
        lines = todo_lines(self.result, rows, self.currency)
        self.todo.set_lines(self.result.evaluation_id if self.result else None, lines)
        self.todo_table.resizeColumnToContents(FindOutNextModel.IMPACT)
        self.todo_table.resizeRowsToContents()
        empty = ""
        if self.result is not None and not self.result.complete:
            empty = self.tr("Working out what to find out next…")
        elif self.result is not None and self.result.problem is None and not self.result.find_out_next:
            empty = self.tr("Nothing left to find out could change the winner.")
        self.todo_empty.setText(empty)
        self.todo_empty.setVisible(bool(empty))
        self.put_on_list.setEnabled(bool(lines))

    # -- edits ----------------------------------------------------------------------------------------

    def _store_settings(self, values: dict[str, Any]) -> None:
        from duediligence.operations.evaluations import UpdateEvaluation

        if self.evaluation_id is not None:
            submit(
                self,
                self.context,
                UpdateEvaluation(self.evaluation_id, values),
                self.tr("Simulation settings"),
            )

    def _put_on_list(self) -> None:
        index = self.todo_table.currentIndex()
        if index.isValid():
            self.todo.set_done(index.row(), False, listed_only=True)
