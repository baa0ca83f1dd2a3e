"""Every dialog of the app, opened at its own size on the demo workbook: Tab from the first control
reaches every control and comes back, Shift+Tab walks the same way back, every control has a name a
screen reader can say, and no header or button text is cut (issue 21)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import finish
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

Opener = Callable[[Any, Path], QDialog]


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return finish.demo_workbook(tmp_path_factory.mktemp("dialogs") / "demo.db")


@pytest.fixture
def demo(make_window: Any, qtbot: Any, tmp_path: Path, demo_path: Path) -> Any:
    import shutil

    for part in demo_path.parent.glob(demo_path.name + "*"):  # the file and its write-ahead log
        shutil.copy(part, tmp_path / part.name)
    return finish.open_demo(make_window, qtbot, tmp_path / demo_path.name)


def eid(window: Any) -> int:
    return window.evaluation_view.evaluation_id  # type: ignore[no-any-return]


def matrix(window: Any) -> Any:
    return window.context.matrix(eid(window))


def options(window: Any) -> list[tuple[int, str]]:
    return [(o.id, o.name) for o in matrix(window).options]


def history(window: Any, _tmp: Path) -> QDialog:
    from duediligence.reads.evaluations import change_log
    from ui.history import HistoryDialog

    return HistoryDialog("CRM", window.context.read(change_log, eid(window)), window)


def search(window: Any, _tmp: Path) -> QDialog:
    from ui.views.search.dialog import SearchDialog

    return SearchDialog(window)


def swing(window: Any, _tmp: Path) -> QDialog:
    from ui.views.comparison.swing_dialog import SwingDialog

    return SwingDialog(matrix(window), window)


def score(window: Any, _tmp: Path) -> QDialog:
    from ui.views.comparison.score_dialog import ScoreDialog

    book = matrix(window)
    criterion, option = book.criteria[0], book.options[0]
    return ScoreDialog(criterion, option.name, book.cells.get((option.id, criterion.id)), window)


def value_function(window: Any, _tmp: Path) -> QDialog:
    from ui.views.comparison.value_function_dialog import ValueFunctionDialog

    criteria = matrix(window).criteria
    criterion = next((c for c in criteria if c.scale == "measured"), criteria[0])
    return ValueFunctionDialog(criterion, [6.0, 10.0], window)


def pairwise(window: Any, _tmp: Path) -> QDialog:
    from ui.views.comparison.pairwise_dialog import PairwiseDialog

    return PairwiseDialog(window.context, eid(window), window)


def risks_tab(window: Any) -> Any:
    from ui.views.risks.tab import RisksTab

    return window.findChild(RisksTab)


def apply_template(window: Any, _tmp: Path) -> QDialog:
    from ui.views.risks.template_dialogs import ApplyTemplateDialog

    choices = options(window)
    return ApplyTemplateDialog(risks_tab(window).load_templates().templates, choices, choices[0][0], window)


def risk_options(window: Any, _tmp: Path) -> QDialog:
    from ui.views.risks.template_dialogs import OptionsDialog

    return OptionsDialog("Data export", options(window), [], window)


def template_manager(window: Any, _tmp: Path) -> QDialog:
    from ui.views.risks.template_dialogs import TemplateManagerDialog

    actions = dict.fromkeys(("save", "import", "export", "delete"), lambda _t: None)
    return TemplateManagerDialog(risks_tab(window).load_templates, actions, window)


def new_evaluation(window: Any, _tmp: Path) -> QDialog:
    from duediligence.templates.evaluations import load_templates
    from ui.views.guide.new_evaluation_dialog import NewEvaluationDialog

    return NewEvaluationDialog(load_templates().templates, (), window)


def save_template(window: Any, _tmp: Path) -> QDialog:
    from ui.views.guide.save_template_dialog import SaveTemplateDialog

    return SaveTemplateDialog("CRM", window)


def evidence_link(window: Any, _tmp: Path) -> QDialog:
    from ui.views.evidence.commands import LinkDialog

    return LinkDialog(window)


def note_links(window: Any, _tmp: Path) -> QDialog:
    from ui.views.change.links import NoteLinksDialog

    return NoteLinksDialog([(1, "Ana"), (2, "Ben")], options(window), [2], [], window)


def send_questionnaire(window: Any, _tmp: Path) -> QDialog:
    from ui.views.questionnaires.send_dialog import SendDialog

    return SendDialog("Northwind", 12, "Buyer Ltd", "ana@example.com", None, "questionnaire", window)


def review_answers(window: Any, tmp: Path) -> QDialog:
    """The review of a returned questionnaire: one question asked of the first option, answered "no"."""
    from openpyxl import load_workbook

    from duediligence.exchange.questionnaire_read import read_answers
    from duediligence.exchange.questionnaire_write import send_questionnaire
    from duediligence.operations.edits import AddRow
    from ui.views.questionnaires.review_dialog import ReviewDialog

    db, path = window.context.db, tmp / "questionnaire.xlsx"
    option_id = options(window)[0][0]
    question = {"kind": "checklist", "title": "EU data", "question": "Is data kept in the EU?"}
    window.context.submit(AddRow("risk_item", eid(window), question, {"option_id": option_id}), "Ask")
    send = lambda op: window.context.submit(op, "Send")  # noqa: E731
    send_questionnaire(db, option_id, path, buyer="Buyer Ltd", contact=None, due_on=None, record=send)
    book = load_workbook(path)
    book["Questions"]["E2"] = "no"
    book.save(path)
    return ReviewDialog(read_answers(db, path), window)


def decide(window: Any, _tmp: Path) -> QDialog:
    from ui.views.people.decide import DecideDialog

    return DecideDialog(window.context, eid(window), window)


def export(window: Any, _tmp: Path) -> QDialog:
    from duediligence.reads.evaluations import list_evaluations
    from ui.exchange.export_dialog import ExportDialog

    return ExportDialog(window.context.read(list_evaluations), eid(window), window)


def send_scoring_sheets(window: Any, _tmp: Path) -> QDialog:
    from ui.exchange.scoring_dialogs import SendDialog

    return SendDialog("CRM", window)


def evaluators(window: Any, _tmp: Path) -> QDialog:
    from ui.exchange.evaluators_dialog import EvaluatorsDialog

    return EvaluatorsDialog(window.context, eid(window), window)


def excel_import(window: Any, tmp: Path) -> QDialog:
    from duediligence.exchange.commands import export_command, prepare_import
    from ui.exchange.import_dialog import ImportDialog

    path = export_command(window.context.db, [eid(window)], tmp / "crm.xlsx")
    return ImportDialog(prepare_import(window.context.db, path), window)


def excel_import_with_conflicts(window: Any, tmp: Path) -> QDialog:
    """Two scores changed both here and in the file: each line keeps its choice open."""
    from test_exchange_excel import criteria, doc, edit_matrix

    from duediligence.exchange.commands import export_command, prepare_import
    from duediligence.operations.edits import SetScore
    from ui.exchange.import_dialog import ImportDialog

    book = doc(window, eid(window))
    zero_to_ten = {c["id"] for c in criteria(book) if c["scale"] == "0-10"}
    option = book["options"][0]
    plain = [
        s["criterion_id"]
        for s in book["scores"]
        if s["option_id"] == option["id"] and s["criterion_id"] in zero_to_ten and s["low"] is None
    ][:2]
    path = export_command(window.context.db, [eid(window)], tmp / "crm.xlsx")
    edit_matrix(path, [(c, option["name"], 9) for c in plain])
    for c in plain:
        window.context.submit(SetScore(option["id"], c, {"value": 1}), "edit")
    return ImportDialog(prepare_import(window.context.db, path), window)


def list_import(window: Any, tmp: Path) -> QDialog:
    from duediligence.exchange.list_files import read_table
    from ui.exchange.list_import import ListImportDialog

    path = tmp / "long-list.csv"
    path.write_text("Name,Vendor,Website\nAcme CRM,Acme,https://acme.example\n", encoding="utf-8")
    return ListImportDialog(window.context, eid(window), read_table(path), None, window)


def restore(window: Any, _tmp: Path) -> QDialog:
    from duediligence.storage.backups import list_backups, take_backup
    from ui.restore import RestoreDialog

    take_backup(window.context.db.path, "manual")
    return RestoreDialog(list_backups(window.context.db.path), window)


def shortcuts(window: Any, _tmp: Path) -> QDialog:
    from ui.help import ShortcutsDialog

    return ShortcutsDialog(window)


def guide(window: Any, _tmp: Path) -> QDialog:
    from ui.help import GuideDialog

    return GuideDialog(window)


DIALOGS: dict[str, Opener] = {
    f.__name__: f
    for f in (
        history, search, swing, score, value_function, pairwise, apply_template, risk_options,
        template_manager, new_evaluation, save_template, evidence_link, note_links, send_questionnaire,
        review_answers, decide, export, send_scoring_sheets, evaluators, excel_import,
        excel_import_with_conflicts, list_import, restore, shortcuts, guide,
    )
}  # fmt: skip


@pytest.fixture(params=sorted(DIALOGS))
def dialog(request: pytest.FixtureRequest, demo: Any, qtbot: Any, tmp_path: Path) -> QDialog:
    shown = DIALOGS[request.param](demo, tmp_path)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    QApplication.processEvents()
    return shown


def first_focus(dialog: QDialog) -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None and widget.window() is dialog, "the dialog opens with no control focused"
    return widget


def test_tab_from_the_first_control_reaches_every_control_and_comes_back(dialog: QDialog, qtbot: Any) -> None:
    start = first_focus(dialog)
    forward = finish.tab_walk(start, qtbot)
    visited = {id(start), *map(id, forward)}
    assert [finish.describe(w) for w in finish.interactive(dialog) if id(w) not in visited] == []
    assert QApplication.focusWidget() is start, "Tab went round a loop that never came back to the start"
    assert all(w.window() is dialog for w in forward), "Tab left the dialog"


def test_shift_tab_walks_the_same_chain_backwards(dialog: QDialog, qtbot: Any) -> None:
    start = first_focus(dialog)
    forward = finish.tab_walk(start, qtbot)
    backward = finish.tab_walk(start, qtbot, key=Qt.Key.Key_Backtab)
    assert [finish.describe(w) for w in backward] == [finish.describe(w) for w in reversed(forward)]
    assert [id(w) for w in backward] == [id(w) for w in reversed(forward)]


def test_every_control_has_an_accessible_name(dialog: QDialog) -> None:
    unnamed = [
        finish.describe(w) for w in finish.interactive(dialog) if not finish.accessible_name(w).strip()
    ]
    assert unnamed == []


def test_no_header_or_button_text_is_cut(dialog: QDialog) -> None:
    assert finish.elided_headers(dialog) + finish.elided_buttons(dialog) == []


def test_the_walk_opens_every_dialog_class_of_the_app(demo: Any, qtbot: Any, tmp_path: Path) -> None:
    """A new dialog must join DIALOGS above, or this fails."""
    import re

    ui = Path(__file__).resolve().parents[2] / "ui"
    declared = {
        f"{'.'.join(path.relative_to(ui.parent).with_suffix('').parts)}.{name}"
        for path in ui.rglob("*.py")
        for name in re.findall(r"^class (\w+)\(QDialog\):", path.read_text(encoding="utf-8"), re.M)
    }
    opened = set()
    for name, opener in DIALOGS.items():
        (tmp_path / name).mkdir()
        made = opener(demo, tmp_path / name)
        qtbot.addWidget(made)
        opened.add(f"{type(made).__module__}.{type(made).__name__}")
    assert declared - opened == set()
