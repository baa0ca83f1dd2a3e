"""Every QAction and menu of the main window, in one place."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from duediligence.i18n import translate
from ui import duplicate, edits, history, report, restore, workbooks
from ui.exchange import commands as exchange
from ui.exchange import list_import
from ui.views.guide import commands as guide
from ui.views.search import dialog as search

if TYPE_CHECKING:
    from ui.main_window import MainWindow


@dataclass
class Actions:
    new_workbook: QAction
    open_workbook: QAction
    open_database: QAction
    save_copy: QAction
    restore: QAction
    export_excel: QAction
    import_excel: QAction
    import_list: QAction
    send_scoring: QAction
    import_scoring: QAction
    import_answers: QAction
    evaluators: QAction
    report: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    new_evaluation: QAction
    delete_evaluation: QAction
    add_samples: QAction
    history: QAction
    find: QAction
    duplicate_evaluation: QAction
    save_as_template: QAction
    about: QAction
    recent_menu: QMenu
    guide: QAction | None = None
    shortcuts: QAction | None = None


def _action(window: MainWindow, text: str, shortcut: QKeySequence | str | None, slot: object) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot(window))  # type: ignore[operator]
    return action


def create_actions(window: MainWindow) -> Actions:
    stack = window.context.undo_stack
    undo, redo = (
        stack.createUndoAction(window, translate("MainWindow", "&Undo")),
        stack.createRedoAction(window, translate("MainWindow", "&Redo")),
    )
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    delete = _action(
        window,
        translate("MainWindow", "&Delete evaluation…"),
        QKeySequence.StandardKey.Delete,
        edits.delete_evaluation,
    )
    # Delete only means “delete the evaluation” in the list, never while typing in a field.
    delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    actions = Actions(
        new_workbook=_action(
            window, translate("MainWindow", "&New workbook…"), "Ctrl+Shift+N", workbooks.new_workbook
        ),
        open_workbook=_action(
            window,
            translate("MainWindow", "&Open workbook…"),
            QKeySequence.StandardKey.Open,
            workbooks.open_dialog,
        ),
        open_database=_action(
            window, translate("MainWindow", "Open &team database…"), None, workbooks.open_url_dialog
        ),
        save_copy=_action(
            window, translate("MainWindow", "Save a &copy as…"), "Ctrl+Shift+S", workbooks.save_copy
        ),
        restore=_action(
            window, translate("MainWindow", "&Restore from backup…"), None, restore.restore_from_backup
        ),
        export_excel=_action(
            window, translate("MainWindow", "&Export to Excel…"), "Ctrl+Shift+E", exchange.export_to_excel
        ),
        import_excel=_action(
            window, translate("MainWindow", "&Import from Excel…"), "Ctrl+Shift+I", exchange.import_from_excel
        ),
        import_list=_action(
            window,
            translate("MainWindow", "Import options or criteria from a &list…"),
            None,
            list_import.import_list,
        ),
        send_scoring=_action(
            window, translate("MainWindow", "Send out for sc&oring…"), None, exchange.send_scoring_sheets
        ),
        import_scoring=_action(
            window, translate("MainWindow", "Import a scoring s&heet…"), None, exchange.import_scoring_sheet
        ),
        import_answers=_action(
            window, translate("MainWindow", "Import &questionnaire answers…"), None, import_answers
        ),
        evaluators=_action(window, translate("MainWindow", "E&valuators…"), None, exchange.show_evaluators),
        report=_action(
            window, translate("MainWindow", "Decision &report (PDF)…"), "Ctrl+Shift+P", report.save_report
        ),
        quit=_action(
            window, translate("MainWindow", "&Quit"), QKeySequence.StandardKey.Quit, lambda w: w.close()
        ),
        undo=undo,
        redo=redo,
        new_evaluation=_action(
            window,
            translate("MainWindow", "&New evaluation…"),
            QKeySequence.StandardKey.New,
            guide.new_evaluation,
        ),
        delete_evaluation=delete,
        add_samples=_action(
            window, translate("MainWindow", "Add &sample evaluations"), None, edits.add_samples
        ),
        history=_action(window, translate("MainWindow", "&History…"), "Ctrl+H", history.show_history),
        find=_action(
            window,
            translate("MainWindow", "&Find in all evaluations…"),
            QKeySequence.StandardKey.Find,
            search.open_search,
        ),
        duplicate_evaluation=_action(
            window,
            translate("MainWindow", "D&uplicate evaluation…"),
            "Ctrl+D",
            duplicate.duplicate_evaluation,
        ),
        save_as_template=_action(
            window, translate("MainWindow", "Save as &template…"), None, guide.save_as_template
        ),
        about=_action(window, translate("MainWindow", "&About"), None, show_about),
        recent_menu=QMenu(translate("MainWindow", "&Recent workbooks"), window),
    )
    from ui import help as help_dialogs

    actions.guide = _action(
        window,
        translate("MainWindow", "&Guide"),
        QKeySequence.StandardKey.HelpContents,
        help_dialogs.show_guide,
    )
    actions.shortcuts = _action(
        window, translate("MainWindow", "&Keyboard shortcuts"), "Ctrl+F1", help_dialogs.show_shortcuts
    )
    actions.quit.setMenuRole(QAction.MenuRole.QuitRole)
    actions.about.setMenuRole(QAction.MenuRole.AboutRole)
    actions.recent_menu.aboutToShow.connect(lambda: _fill_recent(window, actions.recent_menu))
    return actions


def build_menus(window: MainWindow, actions: Actions) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    file_menu.addActions([actions.new_workbook, actions.open_workbook, actions.open_database])
    file_menu.addMenu(actions.recent_menu)
    file_menu.addActions([actions.save_copy, actions.restore])
    file_menu.addSeparator()
    file_menu.addActions([actions.export_excel, actions.import_excel, actions.import_list, actions.report])
    file_menu.addSeparator()
    file_menu.addActions([actions.send_scoring, actions.import_scoring, actions.import_answers])
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    edit_menu.addActions([actions.undo, actions.redo])
    edit_menu.addSeparator()
    edit_menu.addAction(actions.find)
    evaluation_menu = bar.addMenu(translate("MainWindow", "E&valuation"))
    evaluation_menu.addActions(
        [
            actions.new_evaluation,
            actions.duplicate_evaluation,
            actions.delete_evaluation,
            actions.history,
            actions.evaluators,
            actions.save_as_template,
        ]
    )
    evaluation_menu.addSeparator()
    evaluation_menu.addAction(actions.add_samples)
    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.addActions([a for a in (actions.guide, actions.shortcuts) if a is not None])
    help_menu.addSeparator()
    help_menu.addAction(actions.about)


def _fill_recent(window: MainWindow, menu: QMenu) -> None:
    menu.clear()
    for path in window.settings.recent_workbooks():
        action = menu.addAction(path)
        action.setEnabled("://" in path or Path(path).is_file())
        action.triggered.connect(lambda _checked=False, p=path: workbooks.open_workbook(window, p))
    if menu.isEmpty():
        menu.addAction(translate("MainWindow", "No recent workbooks")).setEnabled(False)


def import_answers(window: MainWindow) -> None:
    """File ▸ Import questionnaire answers…: review and store them, then show where they went."""
    from ui.views.guide.navigation import Place, show_place
    from ui.views.questionnaires.commands import import_answers as read_and_store

    review = read_and_store(window, window.context)
    if review is not None:
        window.evaluations.select(review.evaluation_id)
        show_place(window.evaluation_view, Place("questionnaires", option_id=review.option_id))


def show_about(window: MainWindow) -> None:
    from duediligence import __version__

    QMessageBox.about(
        window,
        translate("MainWindow", "About Due-Diligence Workbook"),
        translate(
            "MainWindow",
            "<h3>Due-Diligence Workbook %1</h3>"
            "<p>An offline workbook for buyers: define the need, compare the alternatives with weighted "
            "criteria and evidence, and track risks, stakeholders and the change a purchase brings.</p>"
            "<p>Everything stays in one file on your computer, and every change is saved as you make it.</p>",
        ).replace("%1", __version__),
    )
