"""The main window: composition of the list, the evaluation tabs and the pages shown instead.

At start-up the window is shown as a frame first ("Opening workbook…"), and `build()` adds the menus,
the list and the pages once it is on screen: they import most of the UI, which the first paint need
not wait for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QStackedWidget

from ui.settings import APPLICATION, Settings

if TYPE_CHECKING:
    from duediligence.changes import Changes
    from ui.actions import Actions
    from ui.context import AppContext
    from ui.views.evaluation_list import EvaluationList
    from ui.views.evaluation_view import EvaluationView
    from ui.views.pages import MessagePage


class MainWindow(QMainWindow):
    """Evaluations on the left, the selected one on the right; menus from ui.actions."""

    actions: Actions
    evaluations: EvaluationList
    empty_page: MessagePage
    no_workbook_page: MessagePage

    def __init__(
        self, context: AppContext, settings: Settings | None = None, *, frame_only: bool = False
    ) -> None:
        """`frame_only`: the title and "Opening workbook…" alone, until `build()` (see the module)."""
        super().__init__()
        self.built = False
        self.context = context
        self.settings = settings or Settings()
        self.setWindowTitle(APPLICATION)
        self.loading_page = QLabel(self.tr("Opening workbook…"), self)
        # (as a style, not Qt.AlignmentFlag: the first touch of `Qt` costs the first paint ~50 ms)
        self.loading_page.setStyleSheet("qproperty-alignment: AlignCenter;")
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.loading_page)
        self.setCentralWidget(self.pages)
        self._restore_geometry()
        if not frame_only:
            self.build()

    def build(self) -> None:
        """The menus, the evaluations list and the pages."""
        from ui.actions import build_menus, create_actions
        from ui.views.evaluation_list import EvaluationList
        from ui.views.pages import MessagePage

        context = self.context
        self.actions = create_actions(self)
        build_menus(self, self.actions)

        self.evaluations = EvaluationList(context, self)
        self.evaluations.table.addAction(self.actions.delete_evaluation)
        self._evaluation_view: EvaluationView | None = None  # built when first needed: start-up stays light
        self.empty_page = MessagePage("", "", [self.actions.new_evaluation, self.actions.add_samples], self)
        self.right = QStackedWidget(self)
        self.right.addWidget(self.empty_page)
        self.splitter = QSplitter(self)  # horizontal
        self.splitter.addWidget(self.evaluations)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 1100])  # the open evaluation's pages need the room more
        self.splitter.setChildrenCollapsible(False)

        self.no_workbook_page = MessagePage(
            self.tr("No workbook is open"),
            self.tr("A workbook is one file holding your evaluations. Open one, or start a new one."),
            [self.actions.open_workbook, self.actions.new_workbook],
            self,
        )
        for page in (self.no_workbook_page, self.splitter):
            self.pages.addWidget(page)

        self.path_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.path_label)
        self.evaluations.selected.connect(self.show_evaluation)
        context.changed.connect(self._on_changed)
        context.failed.connect(self._on_failed)
        context.backup_failed.connect(self._on_backup_failed)
        from ui.drop_import import install_drop_import

        self.drop_import = install_drop_import(self)
        splitter = self.settings.get("window/splitter")
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        self.built = True
        self.show_evaluation(None)

    @property
    def evaluation_view(self) -> EvaluationView:
        """The open evaluation's tabs, created on first use (their imports cost a visible moment)."""
        if self._evaluation_view is None:
            from ui.views.evaluation_view import EvaluationView

            sizes = self.splitter.sizes()
            self._evaluation_view = EvaluationView(self.context, self)
            self.right.addWidget(self._evaluation_view)
            if sum(sizes):  # the tabs' minimum width must not squeeze the list the user sized
                self.splitter.setSizes(sizes)
        return self._evaluation_view

    def show_no_workbook(self) -> None:
        self.pages.setCurrentWidget(self.no_workbook_page)
        self._update_enabled()

    def show_evaluation(self, evaluation_id: int | None) -> None:
        if evaluation_id is not None or self._evaluation_view is not None:
            view = self.evaluation_view
            if view.evaluation_id != evaluation_id or evaluation_id is None:
                view.set_evaluation(evaluation_id)
        self.right.setCurrentWidget(self.evaluation_view if evaluation_id is not None else self.empty_page)
        if evaluation_id is None:
            self._describe_empty()
        self._update_enabled()

    def _describe_empty(self) -> None:
        if self.evaluations.model.rowCount() == 0:
            self.empty_page.set_text(
                self.tr("No evaluations yet"),
                self.tr("An evaluation holds one purchase: the need, the alternatives, how they compare, "
                        "the risks and the people involved. Start one, or explore the samples."),
            )  # fmt: skip
        elif self.evaluations.proxy.rowCount() == 0:
            self.empty_page.set_text(
                self.tr("Nothing matches the filters"),
                self.tr("Clear the search, choose “All statuses” or tick “Show archived” to see more."),
            )
        else:
            self.empty_page.set_text(
                self.tr("No evaluation selected"),
                self.tr("Choose an evaluation on the left, or start a new one."),
            )

    def _on_changed(self, changes: Changes) -> None:
        if changes.everything:
            db = self.context.db
            if db is None:
                self.show_no_workbook()
            else:
                self.pages.setCurrentWidget(self.splitter)
                name = db.path.name if db.path is not None else db.label
                self.setWindowTitle(f"{name} — {APPLICATION}")
                saving = (
                    self.tr("%1 · read-only: changes cannot be saved")
                    if db.read_only
                    else self.tr("%1 · every change is saved as you make it")
                )
                self.path_label.setText(saving.replace("%1", db.label))
        if self._evaluation_view is None or self._evaluation_view.evaluation_id is None:
            self._describe_empty()
        self._update_enabled()

    def _update_enabled(self) -> None:
        has_db = self.context.db is not None
        for action in (self.actions.new_evaluation, self.actions.add_samples, self.actions.save_copy):
            action.setEnabled(has_db)
        selected = has_db and self.evaluations.current_id() is not None
        self.actions.delete_evaluation.setEnabled(selected)
        a = self.actions
        for action in (a.export_excel, a.import_excel, a.import_scoring, a.restore, a.find):
            action.setEnabled(has_db)
        for action in (
            a.send_scoring,
            a.evaluators,
            a.report,
            a.history,
            a.save_as_template,
            a.import_list,
            a.duplicate_evaluation,
        ):
            action.setEnabled(selected)

    def _on_backup_failed(self, problem: str) -> None:
        from ui.workbook_notice import backup_failed_line, notice

        notice(self).add_line(backup_failed_line(problem))

    def _on_failed(self, what: str, why: str) -> None:
        from ui import dialogs

        dialogs.show_warning(self, self.tr("Could not complete “%1”").replace("%1", what), why)

    def _restore_geometry(self) -> None:
        geometry = self.settings.get("window/geometry")
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            screen = self.screen().availableGeometry()
            self.resize(min(1400, screen.width()), min(900, screen.height()))
        self.restoreState(self.settings.get("window/state"))

    def changeEvent(self, event: QEvent) -> None:
        # Back in front: another instance of the app may have edited the same file meanwhile.
        if (
            self.built
            and event.type() == QEvent.Type.ActivationChange
            and self.isActiveWindow()
            and self.context.refresh_if_changed_elsewhere()
        ):
            self.statusBar().showMessage(self.tr("Updated with changes saved by another window"), 8000)
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set("window/geometry", self.saveGeometry())
        self.settings.set("window/state", self.saveState())
        if self.built:
            self.settings.set("window/splitter", self.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)
