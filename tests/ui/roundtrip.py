"""The main window on a workbook with something in every table, and how to find every editable column
and every form field in it (so a new one without a round-trip test is noticed, not skipped)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from editing import open_editor, press_enter, type_text, wait_until
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QAbstractProxyModel, QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from duediligence.storage.database import Database
from duediligence.templates.samples import add_samples

# How each number is typed, and written the other way, per locale (hand-written, not formatted by the app);
# French groups thousands with a narrow no-break space, which people type as a plain space.
TYPED = {
    1234.5: {"en_US": "1,234.5", "en_GB": "1,234.5", "de_DE": "1.234,5", "fr_FR": "1 234,5"},
    12345.5: {"en_US": "12,345.5", "en_GB": "12,345.5", "de_DE": "12.345,5", "fr_FR": "12\u202f345,5"},
    7.5: {"en_US": "7.5", "en_GB": "7.5", "de_DE": "7,5", "fr_FR": "7,5"},
    1.5: {"en_US": "1.5", "en_GB": "1.5", "de_DE": "1,5", "fr_FR": "1,5"},
    1: {name: "1" for name in ("en_US", "en_GB", "de_DE", "fr_FR")},
    2: {name: "2" for name in ("en_US", "en_GB", "de_DE", "fr_FR")},
    3: {name: "3" for name in ("en_US", "en_GB", "de_DE", "fr_FR")},
}
OTHER_WAY = {
    1234.5: {"en_US": "1.234,5", "en_GB": "1.234,5", "de_DE": "1,234.5", "fr_FR": "1,234.5"},
    12345.5: {"en_US": "12.345,5", "en_GB": "12.345,5", "de_DE": "12,345.5", "fr_FR": "12,345.5"},
    7.5: {"en_US": "7,5", "en_GB": "7,5", "de_DE": "7.5", "fr_FR": "7.5"},
    1.5: {"en_US": "1,5", "en_GB": "1,5", "de_DE": "1.5", "fr_FR": "1.5"},
}
DAY = date(2026, 12, 4)
TYPED_DAY = {"en_US": "12/4/2026", "en_GB": "04/12/2026", "de_DE": "04.12.2026", "fr_FR": "04/12/2026"}
DATED = date(2026, 3, 31)  # every date column holds this in its first row (the 1926 defect needs one)


def make_workbook(path: Path) -> int:
    """The CRM sample (options, scores, costs, criteria, risks, checklist, people, change) plus what it
    lacks: review dates, a piece of evidence, a stakeholder's own weight. Returns its evaluation id."""
    from sqlmodel import select

    from duediligence.operations.edits import SetScore, UpdateRow
    from duediligence.operations.evidence import AttachLink
    from duediligence.operations.robustness import SetWeightProfile
    from duediligence.storage.models import Criterion, Option, RiskItem, Stakeholder

    def first(model: Any, *where: Any) -> Any:
        return session.exec(select(model).where(model.evaluation_id == evaluation_id, *where)).first()

    db = Database.open(path)
    try:
        with db.transaction() as session:
            evaluation_id = add_samples().apply(session).result[0]
            for kind in ("checklist", "risk"):
                item = first(RiskItem, RiskItem.kind == kind)
                UpdateRow("risk_item", item.id, {"reviewed_on": DATED, "evidence_date": DATED}).apply(session)
            AttachLink(evaluation_id, "https://example.com/offer", "Offer", note="Signed").apply(session)
            SetWeightProfile(first(Stakeholder).id, first(Criterion).id, 2.5).apply(session)
            measured = first(Criterion, Criterion.scale == "measured")
            SetScore(first(Option).id, measured.id, {"low": None, "high": None}).apply(session)  # no range
            _ask_questions(session, first(Option).id)
    finally:
        db.close()
    return int(evaluation_id)


def _ask_questions(session: Any, option_id: int) -> None:
    """The option's first checklist items asked of its vendor, one of each answer kind, answered; and its
    questionnaire sent, returned and reviewed (each date DATED)."""
    from sqlmodel import select

    from duediligence.operations.edits import UpdateRow
    from duediligence.operations.questionnaires import RecordQuestionnaireSent
    from duediligence.storage.models import RiskItem

    asked = [
        {"answer_kind": "yes_no", "expected_answer": "yes", "answer": "yes", "answer_comment": "EU only"},
        {"answer_kind": "number", "answer_unit": "%", "expected_answer": ">= 99.9", "answer": "99.95"},
        {"answer_kind": "date", "answer": "2026-09-01"},
        {"answer_kind": "text", "answer": "Jane Roe"},
    ]
    items = session.exec(
        select(RiskItem).where(RiskItem.option_id == option_id, RiskItem.kind == "checklist")
    )
    for item, values in zip(list(items), asked, strict=False):
        UpdateRow("risk_item", item.id, {"question": f"{item.title}?", **values}).apply(session)
    questionnaire = (
        RecordQuestionnaireSent(option_id, "token", "Acme", "", DATED, DATED).apply(session).result
    )
    UpdateRow("questionnaire", questionnaire, {"returned_on": DATED, "reviewed_on": DATED}).apply(session)


def reveal(widget: QWidget) -> None:
    """Bring `widget`'s page to the front in every tab widget and stack that holds it."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget) and parent.indexOf(child) >= 0:
            tabs = parent.parentWidget()
            if isinstance(tabs, QTabWidget):
                tabs.setCurrentIndex(parent.indexOf(child))
            else:
                parent.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()
    QApplication.processEvents()


def analysis_idle(window: QWidget) -> bool:
    """No robustness analysis running or about to restart (it re-reads tables when it finishes)."""
    from ui.views.robustness.view import RobustnessView

    views = window.findChildren(RobustnessView)
    return all(not v.running and not v._restart.isActive() for v in views)


def visit_every_page(window: QWidget) -> None:
    """Show each page once, so that views that read their data only while shown have read it."""
    for tabs in window.findChildren(QTabWidget):
        for i in range(tabs.count()):
            reveal(tabs.widget(i))
    for stack in window.findChildren(QStackedWidget):
        if not isinstance(stack.parentWidget(), QTabWidget):
            for i in range(stack.count()):
                reveal(stack.widget(i))


def source_of(model: QAbstractItemModel) -> QAbstractItemModel:
    while isinstance(model, QAbstractProxyModel):
        model = model.sourceModel()
    return model


def column_key(model: QAbstractItemModel, column: int) -> str:
    """What a column stores, in the model's own words: its field key or Col member name."""
    name = type(model).__name__
    if name == "ScoreMatrixModel":
        return "score"  # every option column holds the same kind of value
    if name == "WeightProfilesModel":
        return "own weight" if column >= 3 else str(column)
    if name == "RaciModel":
        return "raci"
    fields = getattr(model, "fields", None)
    if fields:
        return str(fields[column].key)
    col = getattr(sys.modules[type(model).__module__], "Col", None)
    return col(column).name if col is not None else str(column)


@dataclass(frozen=True)
class Column:
    """An editable column as one view shows it."""

    view: QAbstractItemView
    model: QAbstractItemModel  # the source model
    column: int
    key: tuple[str, str]  # (model class, column key)

    def rows(self) -> list[int]:
        """Source rows the view shows whose cell in this column is editable."""
        editable = Qt.ItemFlag.ItemIsEditable
        rows = range(self.model.rowCount(QModelIndex()))
        return [
            r
            for r in rows
            if self.model.flags(self.model.index(r, self.column)) & editable and self.view_index(r).isValid()
        ]

    def view_index(self, row: int) -> QModelIndex:
        index = self.model.index(row, self.column)
        shown = self.view.model()
        chain = []
        while isinstance(shown, QAbstractProxyModel):
            chain.append(shown)
            shown = shown.sourceModel()
        for proxy in reversed(chain):
            index = proxy.mapFromSource(index)
        return index


def item_views(window: QWidget) -> list[QAbstractItemView]:
    """The window's tables and lists, without headers and the lists inside combo boxes."""
    views = []
    for view in window.findChildren(QAbstractItemView):
        if isinstance(view, QHeaderView) or view.model() is None:
            continue
        if any(isinstance(a, QComboBox) for a in _ancestors(view)):
            continue
        views.append(view)
    return views


def editable_columns(window: QWidget) -> dict[tuple[str, str], list[Column]]:
    """Every column some view lets the user edit, by (model class, column key)."""
    found: dict[tuple[str, str], list[Column]] = {}
    for view in item_views(window):
        model = source_of(view.model())
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
        for column in range(columns):
            key = (type(model).__name__, column_key(model, column))
            candidate = Column(view, model, column, key)
            if candidate.rows():
                found.setdefault(key, []).append(candidate)
    return found


def row_id(model: QAbstractItemModel, row: int) -> Any:
    """What a row stands for (a criterion, a risk…), so it is found again after the rows are re-sorted."""
    name = type(model).__name__
    if name == "ScoreMatrixModel":
        return model.criteria[row].id
    if name == "WeightProfilesModel":
        return model.criteria[row][0]
    if name == "CriteriaModel":
        kind, line = model.row_at(row)
        return kind, None if line is None else line.id
    if name == "RaciModel":
        return model._stages[row][0]
    if hasattr(model, "fields"):
        return model.row_at(row).id
    return model.index(row, 0).data(Qt.ItemDataRole.UserRole).id


def row_of(model: QAbstractItemModel, identity: Any) -> int:
    return next(r for r in range(model.rowCount(QModelIndex())) if row_id(model, r) == identity)


def stored_value(model: QAbstractItemModel, row: int, column: int) -> Any:
    """The stored value behind one cell, as the model re-read it after the last change."""
    name = type(model).__name__
    if name == "ScoreMatrixModel":
        cell = model.cell(row, column)
        return None if cell is None else cell.value
    if name == "WeightProfilesModel":
        person = model.people[column - 3][0]
        return model.weights.get((person, model.criteria[row][0]))
    if name == "RaciModel":
        return model._person.raci_letter(model._stages[row][0])
    if name == "CriteriaModel":
        kind, line = model.row_at(row)
        module = sys.modules[type(model).__module__]
        return line.name if kind == "group" else getattr(line, module.FIELDS[module.Col(column)])
    if hasattr(model, "fields"):
        return getattr(model.row_at(row), model.fields[column].key)
    module = sys.modules[type(model).__module__]
    line = model.index(row, column).data(Qt.ItemDataRole.UserRole)
    return getattr(line, module.FIELDS[module.Col(column)])


def type_into_cell(main: QWidget, column: Column, row: int, text: str | None) -> Any:
    """Type `text` (None: press Delete) into a cell and press Enter; returns the row's identity."""
    identity = row_id(column.model, row)
    reveal(column.view)
    wait_until(lambda: analysis_idle(main))
    editor = open_editor(column.view, column.view_index(row))
    if text is None:
        QTest.keyClick(editor, Qt.Key.Key_Delete)
    else:
        type_text(editor, text)
    press_enter(editor)
    settle()
    return identity


def settle() -> None:
    """Let refusals queued behind a closing editor arrive."""
    QTest.qWait(0)
    QTest.qWait(0)


# ---------------------------------------------------------------- form fields


def focus_field(main: QWidget, widget: QWidget) -> QWidget:
    """Give `widget` the keyboard focus as Tab would (a "no date" box is unticked first)."""
    reveal(widget)
    wait_until(lambda: analysis_idle(main))
    none_box = getattr(widget.parentWidget(), "none_box", None)
    if none_box is not None and none_box.isChecked():
        none_box.click()
    main.activateWindow()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    return widget


def finish_field(widget: QWidget) -> None:
    """Enter, or for a multi-line text Tab (where Enter starts a new line)."""
    if isinstance(widget, QPlainTextEdit):
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    else:
        press_enter(widget)
    settle()


def type_into_field(main: QWidget, widget: QWidget, text: str) -> None:
    """Replace what a form field holds with `text`, then Enter (or Tab)."""
    type_text(focus_field(main, widget), text)
    finish_field(widget)


def field_text(widget: QWidget) -> str:
    """What a form field shows."""
    if isinstance(widget, QPlainTextEdit):
        return str(widget.toPlainText())
    return str(widget.text())  # type: ignore[attr-defined]


FIELD_TYPES = (QLineEdit, QAbstractSpinBox, QPlainTextEdit)


def _ancestors(widget: QWidget) -> list[QWidget]:
    found, parent = [], widget.parentWidget()
    while parent is not None:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def form_fields(root: QWidget) -> dict[str, QWidget]:
    """Every field a person types into outside tables, named `Owner.attribute` after the widget that
    holds it (e.g. "OverviewEditor.budget"; a date inside a "no date" box: "DecisionPanel.reviewed_on")."""
    fields: dict[str, QWidget] = {}
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, FIELD_TYPES) or widget.isReadOnly():
            continue
        ancestors = _ancestors(widget)
        if any(isinstance(a, QAbstractItemView | QComboBox | QAbstractSpinBox) for a in ancestors):
            continue  # a table's cell editor, a combo box's or a spin box's own line edit
        fields[_name(widget, ancestors)] = widget
    return fields


def _name(widget: QWidget, ancestors: list[QWidget]) -> str:
    for holder in ancestors:
        if type(holder).__name__ == "OptionalDateEdit":
            continue  # named after the field it edits, one level up
        for attribute, value in vars(holder).items():
            if value is widget or getattr(value, "date_edit", None) is widget:
                return f"{type(holder).__name__}.{attribute}"
    return f"{type(widget).__name__}:{widget.accessibleName() or widget.objectName()}"
