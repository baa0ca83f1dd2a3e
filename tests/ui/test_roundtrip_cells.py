"""Every editable column of every table, in en_US, en_GB, de_DE and fr_FR: opening a cell's editor and
pressing Enter stores nothing new (in every row), a number or date typed the locale's way is stored as
meant, a number written the other way is refused with a message and nothing is stored, and Delete in a
date editor empties the date (or, where a date is required, is refused).

The columns are found in the running window, so a new editable column without an entry in CELLS fails
`test_every_editable_column_has_a_round_trip_test`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import roundtrip as rt
from editing import LOCALES, locale, open_editor, press_enter, wait_until
from PySide6.QtTest import QTest
from roundtrip import DAY, OTHER_WAY, TYPED, TYPED_DAY

from duediligence.storage.concurrency import last_change_id
from ui import dialogs

TEXT, CHOICE, NUMBER, WHOLE, DATE, REQUIRED_DATE, PERCENT = (
    "text",
    "choice",
    "number",
    "whole",
    "date",
    "required date",
    "percent",  # typed in percent, stored as a fraction: tests/ui/test_cost_schedule_ui.py
)


Fits = Callable[[Any, int, int], bool]  # (model, row, column): may this cell take the value typed?


@dataclass(frozen=True)
class Spec:
    kind: str
    value: float | None = None  # NUMBER, WHOLE: the value typed
    fits: Fits | None = None  # where that value is acceptable (None: any editable cell)


def unbounded_score(model: Any, row: int, column: int) -> bool:
    """A score on a measured criterion without fixed ends, with no low–high range recorded."""
    criterion, cell = model.criteria[row], model.cell(row, column)
    no_range = cell is None or (cell.low is None and cell.high is None)
    return criterion.scale == "measured" and criterion.scale_max is None and no_range


def cost_range(low: float, high: float) -> Fits:
    """Cost rows where an amount, low or high estimate of the value typed keeps low ≤ amount ≤ high."""

    def fits(model: Any, row: int, _column: int) -> bool:
        cost = model.cost_at(row)
        return (cost.low is None or cost.low <= low) and (cost.high is None or cost.high >= high)

    return fits


def amount(fits: Callable[[float | None], bool]) -> Fits:
    """Cost rows whose amount leaves room for the low or high estimate typed."""
    return lambda model, row, _column: fits(model.cost_at(row).amount)


def criterion_on(name: str) -> Fits:
    def fits(model, row, _column) -> bool:
        kind, line = model.row_at(row)
        return bool(kind == "criterion" and line.scale == name)

    return fits


CELLS: dict[tuple[str, str], Spec] = {
    ("ActionsModel", "title"): Spec(TEXT),
    ("ActionsModel", "owner"): Spec(TEXT),
    ("ActionsModel", "due_date"): Spec(DATE),
    ("ActionsModel", "status"): Spec(CHOICE),
    ("ActionsModel", "stakeholder_id"): Spec(CHOICE),
    ("ActionsModel", "done_on"): Spec(DATE),
    ("ActionsModel", "note"): Spec(TEXT),
    ("ApprovalsModel", "subject"): Spec(TEXT),
    ("ApprovalsModel", "stakeholder_id"): Spec(CHOICE),
    ("ApprovalsModel", "status"): Spec(CHOICE),
    ("ApprovalsModel", "decided_on"): Spec(DATE),
    ("ApprovalsModel", "comment"): Spec(TEXT),
    ("ChecklistModel", "CATEGORY"): Spec(TEXT),
    ("ChecklistModel", "TITLE"): Spec(TEXT),
    ("ChecklistModel", "STATUS"): Spec(CHOICE),
    ("ChecklistModel", "NOTE"): Spec(TEXT),
    ("ChecklistModel", "EVIDENCE"): Spec(TEXT),
    ("ChecklistModel", "EVIDENCE_DATE"): Spec(DATE),
    ("ChecklistModel", "CHECKED_BY"): Spec(TEXT),
    ("ChecklistModel", "REVIEWED_ON"): Spec(DATE),
    ("CostsModel", "LABEL"): Spec(TEXT),
    ("CostsModel", "CATEGORY"): Spec(CHOICE),
    ("CostsModel", "RECURRENCE"): Spec(CHOICE),
    ("CostsModel", "AMOUNT"): Spec(NUMBER, 1234.5, cost_range(1234.5, 1234.5)),
    ("CostsModel", "LOW"): Spec(NUMBER, 1234.5, amount(lambda a: a is not None and a >= 1234.5)),
    ("CostsModel", "HIGH"): Spec(NUMBER, 12345.5, amount(lambda a: a is not None and a <= 12345.5)),
    ("CostsModel", "NOTE"): Spec(TEXT),
    ("CostsModel", "CURRENCY"): Spec(TEXT),
    ("CostsModel", "YEAR"): Spec(WHOLE, 1),
    ("CostsModel", "FROM"): Spec(WHOLE, 2, lambda m, r, _c: m.cost_at(r).to_year in (None, 2, 3)),
    ("CostsModel", "UNTIL"): Spec(WHOLE, 3),
    ("CostsModel", "ESCALATION"): Spec(PERCENT),
    ("CriteriaModel", "NAME"): Spec(TEXT),
    ("CriteriaModel", "WEIGHT"): Spec(NUMBER, 1234.5),
    ("CriteriaModel", "SCALE"): Spec(CHOICE),
    ("CriteriaModel", "DIRECTION"): Spec(CHOICE),
    ("CriteriaModel", "UNIT"): Spec(TEXT),
    ("CriteriaModel", "MINIMUM"): Spec(NUMBER, 1.5),
    ("CriteriaModel", "MAXIMUM"): Spec(NUMBER, 1234.5),
    ("CriteriaModel", "THRESHOLD"): Spec(NUMBER, 7.5, criterion_on("0-10")),
    ("CriteriaModel", "VALUE_SOURCE"): Spec(CHOICE),
    ("EvidenceModel", "name"): Spec(TEXT),
    ("EvidenceModel", "note"): Spec(TEXT),
    ("NotesModel", "noted_on"): Spec(REQUIRED_DATE),
    ("NotesModel", "category"): Spec(CHOICE),
    ("NotesModel", "author"): Spec(TEXT),
    ("NotesModel", "text"): Spec(TEXT),
    ("OptionsModel", "NAME"): Spec(TEXT),
    ("OptionsModel", "KIND"): Spec(CHOICE),
    ("OptionsModel", "VENDOR"): Spec(TEXT),
    ("OptionsModel", "PRODUCT"): Spec(TEXT),
    ("OptionsModel", "REASON"): Spec(TEXT),
    ("RaciModel", "raci"): Spec(CHOICE),
    ("ReadinessModel", "group_name"): Spec(TEXT),
    ("ReadinessModel", "assessed_on"): Spec(REQUIRED_DATE),
    ("ReadinessModel", "awareness"): Spec(WHOLE, 1),
    ("ReadinessModel", "desire"): Spec(WHOLE, 1),
    ("ReadinessModel", "knowledge"): Spec(WHOLE, 1),
    ("ReadinessModel", "ability"): Spec(WHOLE, 1),
    ("ReadinessModel", "reinforcement"): Spec(WHOLE, 1),
    ("ReadinessModel", "note"): Spec(TEXT),
    ("RiskRegisterModel", "TITLE"): Spec(TEXT),
    ("RiskRegisterModel", "CATEGORY"): Spec(TEXT),
    ("RiskRegisterModel", "LIKELIHOOD"): Spec(WHOLE, 1),
    ("RiskRegisterModel", "IMPACT"): Spec(WHOLE, 1),
    ("RiskRegisterModel", "TREATMENT"): Spec(CHOICE),
    ("RiskRegisterModel", "RES_LIKELIHOOD"): Spec(WHOLE, 1),
    ("RiskRegisterModel", "RES_IMPACT"): Spec(WHOLE, 1),
    ("RiskRegisterModel", "MITIGATION"): Spec(TEXT),
    ("RiskRegisterModel", "OWNER"): Spec(TEXT),
    ("RiskRegisterModel", "DUE"): Spec(DATE),
    ("RiskRegisterModel", "STATUS"): Spec(CHOICE),
    ("RiskRegisterModel", "REVIEWED_ON"): Spec(DATE),
    ("QuestionsModel", "QUESTION"): Spec(TEXT),
    ("QuestionsModel", "KIND"): Spec(CHOICE),
    ("QuestionsModel", "UNIT"): Spec(TEXT),
    ("QuestionsModel", "REQUIRED"): Spec(TEXT),  # words with a number the locale's way: "at least 99,9"
    ("QuestionsModel", "ANSWER"): Spec(TEXT),  # as its kind: a choice, a number the locale's way, a date
    ("QuestionsModel", "STATUS"): Spec(CHOICE),
    ("QuestionsModel", "COMMENT"): Spec(TEXT),
    ("ScoreMatrixModel", "score"): Spec(NUMBER, 1234.5, unbounded_score),
    ("StakeholdersModel", "name"): Spec(TEXT),
    ("StakeholdersModel", "buying_role"): Spec(CHOICE),
    ("StakeholdersModel", "influence"): Spec(WHOLE, 1),
    ("StakeholdersModel", "interest"): Spec(WHOLE, 1),
    ("StakeholdersModel", "stance"): Spec(CHOICE),
    ("StakeholdersModel", "desired_stance"): Spec(CHOICE),
    ("StakeholdersModel", "title"): Spec(TEXT),
    ("StakeholdersModel", "unit"): Spec(TEXT),
    ("StakeholdersModel", "contact"): Spec(TEXT),
    ("TrackingModel", "DUE_ON"): Spec(DATE),
    ("TrackingModel", "RETURNED_ON"): Spec(DATE),
    ("TrackingModel", "REVIEWED_ON"): Spec(DATE),
    ("WeightProfilesModel", "own weight"): Spec(NUMBER, 12345.5),
}


@dataclass
class Told:
    """What the window told the user in message boxes."""

    warnings: list[tuple[str, str]] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Window:
    locale: str
    main: Any
    columns: dict[tuple[str, str], list[rt.Column]]
    asked: Told

    def version(self) -> tuple[int, int]:
        """(the workbook's newest change, undo steps): both stay put when nothing is stored."""
        return self.main.context.read(last_change_id), self.main.context.undo_stack.index()


@pytest.fixture(scope="module", params=LOCALES)
def window(
    request: pytest.FixtureRequest, qapp: Any, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Window]:
    """The main window in one locale on a workbook with something in every table (one per locale:
    every test leaves the workbook as it found it)."""
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.workbooks import open_workbook

    path = Path(tmp_path_factory.mktemp(request.param)) / "w.db"
    evaluation_id = rt.make_workbook(path)
    asked = Told()
    with locale(request.param), pytest.MonkeyPatch.context() as patch:
        patch.setattr(dialogs, "show_warning", lambda _p, title, text: asked.warnings.append((title, text)))
        patch.setattr(dialogs, "show_error", lambda _p, title, text: asked.errors.append((title, text)))
        main = MainWindow(AppContext())
        main.resize(1500, 950)
        main.show()
        open_workbook(main, path)
        main.evaluations.select(evaluation_id)
        rt.visit_every_page(main)
        main.evaluation_view.risks.checklist.proxy.set_option(None)  # every option's checklist
        wait_until(lambda: ("WeightProfilesModel", "own weight") in rt.editable_columns(main))
        yield Window(request.param, main, rt.editable_columns(main), asked)
        main.context.close_workbook()
        main.close()
        main.deleteLater()


@pytest.fixture(autouse=True)
def _nothing_told_yet(window: Window) -> Iterator[None]:
    window.asked.warnings.clear()
    window.asked.errors.clear()
    yield


def _editable_cells(window: Window, key: tuple[str, str]) -> Iterator[tuple[rt.Column, int]]:
    for column in window.columns[key]:
        for row in column.rows():
            yield column, row


def _typing_cell(window: Window, key: tuple[str, str], value: Any) -> tuple[rt.Column, int]:
    """A cell where typing `value` is acceptable and changes what is stored."""
    fits = CELLS[key].fits
    for column, row in _editable_cells(window, key):
        if (fits is None or fits(column.model, row, column.column)) and rt.stored_value(
            column.model, row, column.column
        ) != value:
            return column, row
    raise AssertionError(f"no cell of {key} can take {value!r}")


def _type_into(window: Window, column: rt.Column, row: int, text: str | None) -> Any:
    return rt.type_into_cell(window.main, column, row, text)


def _wait_for_reload(column: rt.Column, identity: Any, value: Any) -> None:
    """Some tables re-read in the background after an edit (the weight profiles, with the simulation)."""
    for _ in range(250):
        if _stored(column, identity) == value:
            return
        QTest.qWait(20)


def _stored(column: rt.Column, identity: Any) -> Any:
    return rt.stored_value(column.model, rt.row_of(column.model, identity), column.column)


def _undo(window: Window, before: tuple[int, int]) -> None:
    if window.version()[1] > before[1]:
        window.main.context.undo_stack.undo()


def _keys(*kinds: str) -> list[tuple[str, str]]:
    return sorted(k for k, spec in CELLS.items() if spec.kind in kinds)


# ---------------------------------------------------------------- the tests


def test_every_editable_column_has_a_round_trip_test(window: Window) -> None:
    assert sorted(window.columns) == sorted(CELLS)


def _class(name: str) -> type:
    import importlib

    module, _, qualname = name.rpartition(".")
    return getattr(importlib.import_module(module), qualname)  # type: ignore[no-any-return]


# Models whose setData only ticks a check box (nothing typed, so nothing to read in a locale).
CHECK_BOXES_ONLY = {"ui.models.find_out_next.FindOutNextModel", "ui.models.stakeholders.CriteriaModel"}


def test_every_model_that_takes_edits_is_in_the_window_with_its_columns(window: Window) -> None:
    """A new editable model that the window does not show (or the fixture leaves empty) fails here."""
    import importlib
    import inspect
    import pkgutil

    from PySide6.QtCore import QAbstractItemModel

    import ui.models
    import ui.views

    editable = set()
    for package in (ui.models, ui.views):
        for found in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            module = importlib.import_module(found.name)
            for cls in vars(module).values():
                if (
                    inspect.isclass(cls)
                    and issubclass(cls, QAbstractItemModel)
                    and cls.__module__ == module.__name__
                    and any(
                        "setData" in vars(base) for base in cls.__mro__ if base.__module__.startswith("ui.")
                    )
                ):
                    editable.add(f"{cls.__module__}.{cls.__qualname__}")
    bases = {f"{b.__module__}.{b.__qualname__}" for name in editable for b in _class(name).__mro__[1:]}
    editable -= bases  # a shared base (RowTableModel) is shown through its subclasses
    shown = {
        f"{type(c.model).__module__}.{type(c.model).__qualname__}"
        for cs in window.columns.values()
        for c in cs
    }
    assert editable - CHECK_BOXES_ONLY == shown


@pytest.mark.parametrize("key", sorted(CELLS), ids=" ".join)
def test_enter_in_an_unchanged_cell_stores_nothing(qtbot: Any, window: Window, key: tuple[str, str]) -> None:
    """Every cell of a number or date column; text and choices do not depend on the locale, so a few
    cells of theirs (all of them in en_GB)."""
    cells = list(_editable_cells(window, key))
    if CELLS[key].kind in (TEXT, CHOICE) and window.locale != "en_GB":
        cells = cells[:3]
    with locale(window.locale):
        before, changed = window.version(), []
        for column, row in cells:
            shown = column.model.index(row, column.column).data()
            if not column.view.isVisible():
                rt.reveal(column.view)
            press_enter(open_editor(column.view, column.view_index(row)))
            if column.model.index(row, column.column).data() != shown:
                changed.append((row, shown))
        rt.settle()
        assert window.version() == before and not changed, f"Enter changed {changed}"
    assert cells and not window.asked.warnings and not window.asked.errors


@pytest.mark.parametrize("key", _keys(NUMBER, WHOLE), ids=" ".join)
def test_a_number_typed_the_locales_way_is_stored_as_meant(
    qtbot: Any, window: Window, key: tuple[str, str]
) -> None:
    spec = CELLS[key]
    with locale(window.locale):
        before = window.version()
        column, row = _typing_cell(window, key, spec.value)
        identity = _type_into(window, column, row, TYPED[spec.value][window.locale])
        try:
            assert not window.asked.warnings and not window.asked.errors
            _wait_for_reload(column, identity, spec.value)
            assert _stored(column, identity) == spec.value
        finally:
            _undo(window, before)


@pytest.mark.parametrize("key", _keys(NUMBER), ids=" ".join)
def test_a_number_written_the_other_way_is_refused_naming_the_field(
    qtbot: Any, window: Window, key: tuple[str, str]
) -> None:
    spec = CELLS[key]
    typed = OTHER_WAY[spec.value][window.locale]
    with locale(window.locale):
        before = window.version()
        column, row = _typing_cell(window, key, spec.value)
        was = rt.stored_value(column.model, row, column.column)
        identity = _type_into(window, column, row, typed)
        try:
            assert window.version() == before
            assert _stored(column, identity) == was
            (_title, text), *more = window.asked.warnings + window.asked.errors
            assert not more and typed in text and "is not a number" in text
        finally:
            window.asked.warnings.clear()
            window.asked.errors.clear()
            _undo(window, before)


@pytest.mark.parametrize("key", _keys(DATE, REQUIRED_DATE), ids=" ".join)
def test_a_date_typed_the_locales_way_is_stored_as_meant(
    qtbot: Any, window: Window, key: tuple[str, str]
) -> None:
    with locale(window.locale):
        before = window.version()
        column, row = _typing_cell(window, key, DAY)
        identity = _type_into(window, column, row, TYPED_DAY[window.locale])
        try:
            assert not window.asked.warnings and not window.asked.errors
            _wait_for_reload(column, identity, DAY)
            assert _stored(column, identity) == DAY
        finally:
            _undo(window, before)


@pytest.mark.parametrize("key", _keys(DATE, REQUIRED_DATE), ids=" ".join)
def test_delete_in_a_date_editor_empties_the_date_or_is_refused_where_one_is_required(
    qtbot: Any, window: Window, key: tuple[str, str]
) -> None:
    column, required = window.columns[key][0], CELLS[key].kind == REQUIRED_DATE
    with locale(window.locale):
        before = window.version()
        row = next(r for r in column.rows() if rt.stored_value(column.model, r, column.column) is not None)
        was = rt.stored_value(column.model, row, column.column)
        identity = _type_into(window, column, row, None)
        try:
            if required:
                assert window.version() == before and _stored(column, identity) == was
                (_title, text), *more = window.asked.warnings
                assert not more and "a date is required" in text
            else:
                assert not window.asked.warnings and _stored(column, identity) is None
        finally:
            window.asked.warnings.clear()
            _undo(window, before)
