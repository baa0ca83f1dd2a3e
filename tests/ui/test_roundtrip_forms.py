"""Every field typed into outside the tables (Overview, decision review, option details, finance and
simulation settings, the score and decide dialogs), in en_US, en_GB, de_DE and fr_FR: pressing Enter in
an unchanged field stores nothing new, and a number or date typed the locale's way is stored as meant
(a number written the other way is refused with a message naming the field).

The fields are found in the running window and in the dialogs, so a new one without an entry in FORMS
fails `test_every_form_field_has_a_round_trip_test`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import roundtrip as rt
from editing import LOCALES, locale, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from roundtrip import DAY, OTHER_WAY, TYPED, TYPED_DAY

from duediligence.storage.concurrency import last_change_id
from duediligence.storage.database import Database
from ui import dialogs

TEXT, FILTER, NUMBER, SPIN, DATE = "text", "filter", "number", "spin box", "date"
REVIEWED = date(2026, 10, 1)


@dataclass(frozen=True)
class Form:
    kind: str
    read: Callable[[Any], Any] | None = None  # (window) -> the stored value
    value: Any = None  # what typing TYPED[value] (or `typed`) stores
    typed: str | None = None  # for spin boxes: the same in every locale


def evaluation(name: str, scale: float = 1) -> Callable[[Any], Any]:
    def read(window: Any) -> Any:
        from duediligence.storage.models import Evaluation

        def get(session: Any) -> Any:
            return getattr(session.get(Evaluation, window.evaluation_id), name)

        value = window.main.context.read(get)
        return value * scale if isinstance(value, float) else value

    return read


def review(name: str) -> Callable[[Any], Any]:
    def read(window: Any) -> Any:
        from duediligence.reads.people import decision_record

        record = window.main.context.read(decision_record, window.evaluation_id)
        return getattr(record.review, name) if record.review else None

    return read


def option(name: str) -> Callable[[Any], Any]:
    def read(window: Any) -> Any:
        from duediligence.storage.models import Option

        details = window.main.evaluation_view.comparison.options.details
        return window.main.context.read(lambda s: getattr(s.get(Option, details.option.id), name))

    return read


FORMS: dict[str, Form] = {
    "DecisionPanel.actual_cost": Form(NUMBER, review("actual_cost"), 12345.5),
    "DecisionPanel.actual_weeks": Form(NUMBER, review("actual_time_to_results_weeks"), 7.5),
    "DecisionPanel.lessons": Form(TEXT),
    "DecisionPanel.reviewed_on": Form(DATE, review("reviewed_on"), DAY),
    "EvaluationList.search": Form(FILTER),
    # "USD 0,92; …": numbers the locale's way, tested in tests/ui/test_cost_schedule_ui.py
    "ExchangeRates.rates": Form(TEXT),
    "ExchangeRates.stated_on": Form(DATE, evaluation("exchange_rates_on"), DAY),
    "FinanceSummary.horizon": Form(SPIN, evaluation("horizon_years"), 7, "7"),
    "FinanceSummary.rate": Form(SPIN, evaluation("discount_rate", 100), 7.5),
    "OptionDetails.contact": Form(TEXT),
    "OptionDetails.notes": Form(TEXT),
    "OptionDetails.reason": Form(TEXT),
    "OptionDetails.website": Form(TEXT),
    "OptionDetails.weeks": Form(NUMBER, option("time_to_results_weeks"), 7.5),
    "OverviewEditor.budget": Form(NUMBER, evaluation("budget"), 1234.5),
    "OverviewEditor.deadline": Form(DATE, evaluation("deadline"), DAY),
    "OverviewEditor.decided_by": Form(TEXT),
    "OverviewEditor.decided_on": Form(DATE, evaluation("decided_on"), DAY),
    "OverviewEditor.goals": Form(TEXT),
    "OverviewEditor.need": Form(TEXT),
    "OverviewEditor.rationale": Form(TEXT),
    "OverviewEditor.title": Form(TEXT),
    "RiskSummaryView.review_days": Form(SPIN, evaluation("review_after_days"), 120, "120"),
    "SimulationSettings.band": Form(SPIN, evaluation("weight_band", 100), 15, "15"),
    "SimulationSettings.draws": Form(SPIN, evaluation("simulation_draws"), 2500, "2500"),
    "SimulationSettings.seed": Form(SPIN, evaluation("simulation_seed"), 42, "42"),
    "StakeholderDetail.concerns": Form(TEXT),
}
# The dialogs' fields are stored when the dialog is accepted; their tests are below.
DIALOG_FIELDS = {
    "ScoreDialog": {"low", "value", "high", "source", "evidence", "evidence_date"},
    "DecideDialog": {"rationale", "decided_on", "decided_by", "override"},
}


@dataclass
class Told:
    warnings: list[tuple[str, str]] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Window:
    locale: str
    main: Any
    evaluation_id: int
    fields: dict[str, QWidget]
    asked: Told
    path: Path

    def version(self) -> tuple[int, int]:
        return self.main.context.read(last_change_id), self.main.context.undo_stack.index()


def _with_review(path: Path, evaluation_id: int) -> None:
    """A decided evaluation with a deadline and a post-purchase review, so every date field holds one."""
    from duediligence.operations.evaluations import UpdateEvaluation
    from duediligence.operations.people import SetReview

    db = Database.open(path, create=False)
    try:
        with db.transaction() as session:
            dates = {"deadline": rt.DATED, "decided_on": rt.DATED}
            UpdateEvaluation(evaluation_id, dates).apply(session)
            values = {"reviewed_on": REVIEWED, "actual_cost": 61000.0, "actual_time_to_results_weeks": 11.0}
            SetReview(evaluation_id, values).apply(session)
    finally:
        db.close()


@pytest.fixture(scope="module", params=LOCALES)
def window(
    request: pytest.FixtureRequest, qapp: Any, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Window]:
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.workbooks import open_workbook

    path = Path(tmp_path_factory.mktemp(request.param)) / "w.db"
    evaluation_id = rt.make_workbook(path)
    _with_review(path, evaluation_id)
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
        yield Window(request.param, main, evaluation_id, rt.form_fields(main), asked, path)
        main.context.close_workbook()
        main.close()
        main.deleteLater()


@pytest.fixture(autouse=True)
def _nothing_told_yet(window: Window) -> Iterator[None]:
    window.asked.warnings.clear()
    window.asked.errors.clear()
    yield


def _typed(form: Form, name: str) -> str:
    if form.kind == DATE:
        return TYPED_DAY[name]
    return form.typed if form.typed is not None else TYPED[form.value][name]


def _undo_to(window: Window, before: tuple[int, int]) -> None:
    while window.main.context.undo_stack.index() > before[1]:
        window.main.context.undo_stack.undo()


# ---------------------------------------------------------------- the window's fields


def test_every_form_field_has_a_round_trip_test(window: Window) -> None:
    assert sorted(window.fields) == sorted(FORMS)


@pytest.mark.parametrize("name", sorted(FORMS))
def test_enter_in_an_unchanged_field_stores_nothing(qtbot: Any, window: Window, name: str) -> None:
    widget = window.fields[name]
    with locale(window.locale):
        before, shown = window.version(), rt.field_text(widget)
        rt.finish_field(rt.focus_field(window.main, widget))
        assert window.version() == before
        assert rt.field_text(widget) == shown
    assert not window.asked.warnings and not window.asked.errors


@pytest.mark.parametrize("name", sorted(k for k, f in FORMS.items() if f.kind in (NUMBER, SPIN, DATE)))
def test_a_value_typed_the_locales_way_is_stored_as_meant(qtbot: Any, window: Window, name: str) -> None:
    form, widget = FORMS[name], window.fields[name]
    with locale(window.locale):
        before = window.version()
        try:
            rt.type_into_field(window.main, widget, _typed(form, window.locale))
            assert not window.asked.warnings and not window.asked.errors
            assert form.read is not None and form.read(window) == pytest.approx(form.value)
        finally:
            _undo_to(window, before)


@pytest.mark.parametrize("name", sorted(k for k, f in FORMS.items() if f.kind == NUMBER))
def test_a_number_written_the_other_way_is_refused_naming_the_field(
    qtbot: Any, window: Window, name: str
) -> None:
    form, widget = FORMS[name], window.fields[name]
    typed = OTHER_WAY[form.value][window.locale]
    with locale(window.locale):
        before, was = window.version(), form.read(window) if form.read else None
        rt.type_into_field(window.main, widget, typed)
        assert window.version() == before and (form.read(window) if form.read else None) == was
        (_title, text), *more = window.asked.warnings + window.asked.errors
        assert not more and f"“{typed}”" in text and "is not a number" in text


# ---------------------------------------------------------------- the dialogs


def _dialog_fields(dialog: QWidget) -> set[str]:
    return {name.split(".", 1)[1] for name in rt.form_fields(dialog)}


def _score_dialog(window: Window, criterion_name: str) -> Any:
    from ui.views.comparison.score_dialog import ScoreDialog

    matrix = window.main.context.matrix(window.evaluation_id)
    criterion = next(c for c in matrix.criteria if c.name == criterion_name)
    option = matrix.options[0]
    dialog = ScoreDialog(criterion, option.name, matrix.cells.get((option.id, criterion.id)))
    dialog.show()
    return dialog


def test_the_score_dialog_has_a_round_trip_test_for_every_field(window: Window) -> None:
    with locale(window.locale):
        dialog = _score_dialog(window, "Implementation time")
        assert _dialog_fields(dialog) == DIALOG_FIELDS["ScoreDialog"]
        dialog.close()


def test_the_score_dialog_reads_back_every_score_unchanged(qtbot: Any, window: Window) -> None:
    """Opening the dialog and saving without a change changes nothing, for every score in the matrix."""
    from ui.views.comparison.score_dialog import ScoreDialog

    with locale(window.locale):
        matrix = window.main.context.matrix(window.evaluation_id)
        for criterion in matrix.criteria:
            for option in matrix.options:
                dialog = ScoreDialog(criterion, option.name, matrix.cells.get((option.id, criterion.id)))
                assert dialog.values() == {}, (criterion.name, option.name)
                dialog.deleteLater()


def test_a_score_typed_the_locales_way_in_the_dialog_is_read_as_meant(qtbot: Any, window: Window) -> None:
    with locale(window.locale):
        dialog = _score_dialog(window, "Implementation time")
        for edit, value in ((dialog.low, 1.5), (dialog.value, 7.5), (dialog.high, 1234.5)):
            edit.setFocus()
            type_text(edit, TYPED[value][window.locale])
        dialog.evidence_date.date_edit.setFocus(Qt.FocusReason.TabFocusReason)
        type_text(dialog.evidence_date.date_edit, TYPED_DAY[window.locale])
        assert {k: dialog.values()[k] for k in ("low", "value", "high", "evidence_date")} == {
            "low": 1.5,
            "value": 7.5,
            "high": 1234.5,
            "evidence_date": DAY,
        }
        dialog.close()


def test_a_score_written_the_other_way_in_the_dialog_is_refused_there(qtbot: Any, window: Window) -> None:
    with locale(window.locale):
        dialog = _score_dialog(window, "Implementation time")
        typed = OTHER_WAY[7.5][window.locale]
        dialog.value.setFocus()
        type_text(dialog.value, typed)
        dialog.accept()
        assert dialog.isVisible() and f"“{typed}”" in dialog.problem.text()
        assert "is not a number" in dialog.problem.text()
        dialog.close()


def _decide_dialog(window: Window) -> Any:
    from ui.views.people.decide import DecideDialog

    dialog = DecideDialog(window.main.context, window.evaluation_id)
    dialog.show()
    return dialog


def test_the_decide_dialog_has_a_round_trip_test_for_every_field(window: Window) -> None:
    with locale(window.locale):
        dialog = _decide_dialog(window)
        assert _dialog_fields(dialog) == DIALOG_FIELDS["DecideDialog"]
        dialog.close()


def test_the_decide_dialog_shows_the_stored_date_with_its_four_digit_year(qtbot: Any, window: Window) -> None:
    with locale(window.locale):
        dialog = _decide_dialog(window)
        assert dialog.decided_on.date().toPython() == rt.DATED
        assert "2026" in dialog.decided_on.text()
        dialog.close()


def test_a_decision_date_typed_the_locales_way_is_stored_as_meant(qtbot: Any, window: Window) -> None:
    with locale(window.locale):
        before = window.version()
        dialog = _decide_dialog(window)
        dialog.option.setCurrentIndex(1)
        dialog.rationale.setPlainText("Best fit at the lowest risk")
        dialog.override.setPlainText("The budget holder agreed by phone")
        dialog.activateWindow()
        dialog.decided_on.setFocus(Qt.FocusReason.TabFocusReason)
        dialog.decided_on.setSelectedSection(dialog.decided_on.sectionAt(0))  # as Tab leaves it
        type_text(dialog.decided_on, TYPED_DAY[window.locale])
        try:
            dialog.accept()
            assert dialog.error.isHidden(), dialog.error.text()
            assert evaluation("decided_on")(window) == DAY
        finally:
            dialog.close()
            _undo_to(window, before)
