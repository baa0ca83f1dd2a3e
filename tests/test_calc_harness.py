"""The spreadsheet harness in calc.py really drives the programs (if these fail, the round-trip tests
cannot be trusted): typed input read in the session's locale, Calc's refusals, no process left behind,
and Gnumeric caching what it recalculated."""

from __future__ import annotations

from pathlib import Path

import pytest
from calc import CalcError, CalcRefused, calc_session, gnumeric_recalc, live_processes


def small_workbook(path: Path) -> Path:
    """A2 takes 0 to 10 (stop on anything else), B2 is open for typing, A1 is locked, the sheet protected."""
    from openpyxl import Workbook
    from openpyxl.styles import Protection
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = "Scores"
    ws["A1"], ws["C1"] = "Score", "=A2*2"
    rule = DataValidation(type="decimal", operator="between", formula1="0", formula2="10", allow_blank=True)
    rule.showErrorMessage, rule.errorTitle, rule.error = True, "Not on the scale", "enter 0 to 10"
    rule.add("A2")
    ws.add_data_validation(rule)
    for cell in ("A2", "B2"):
        ws[cell].protection = Protection(locked=False)
    ws.protection.sheet = True
    wb.save(path)
    return path


def test_typed_input_is_read_in_the_sessions_locale(uno_python: str, tmp_path: Path) -> None:
    with calc_session(uno_python, small_workbook(tmp_path / "s.xlsx"), locale="de-DE") as calc:
        comma, point = calc.type("Scores", "A2", "7,5"), calc.type("Scores", "B2", "7.5")
        calc.recalc()
        doubled = calc.read("Scores", "C1")
    assert (comma.kind, comma.value, comma.string) == ("value", 7.5, "7,5")
    assert (point.kind, point.string) == ("text", "7.5")  # a German reads 7.5 as text, not a number
    assert (doubled.result, doubled.value) == ("value", 15.0)


def test_calc_refuses_a_locked_cell_and_a_value_its_rule_stops_and_keeps_the_cell(
    uno_python: str, tmp_path: Path
) -> None:
    with calc_session(uno_python, small_workbook(tmp_path / "s.xlsx"), locale="en-US") as calc:
        calc.type("Scores", "A2", "4")
        with pytest.raises(CalcRefused, match=r"Scores!A2: Not on the scale: enter 0 to 10"):
            calc.type("Scores", "A2", "11")
        with pytest.raises(CalcRefused, match=r"Scores!A1 is protected"):
            calc.type("Scores", "A1", "x")
        kept = calc.read("Scores", "A2"), calc.read("Scores", "A1")
    assert [(c.kind, c.value, c.string) for c in kept] == [("value", 4.0, "4"), ("text", 0.0, "Score")]


def test_a_saved_workbook_holds_the_edit_and_the_session_leaves_no_process(
    uno_python: str, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    source = small_workbook(tmp_path / "s.xlsx")
    with calc_session(uno_python, source) as calc:
        group = calc.group
        calc.type("Scores", "B2", "3")
        calc.rename("Scores", "Punkte")
        saved = calc.save(tmp_path / "back.xlsx")
    assert live_processes(group) == []  # nothing of the session still runs
    assert load_workbook(saved)["Punkte"]["B2"].value == 3
    assert load_workbook(source).sheetnames == ["Scores"]  # Calc worked on a copy


def test_a_request_calc_does_not_answer_in_time_ends_the_session(uno_python: str, tmp_path: Path) -> None:
    with calc_session(uno_python, small_workbook(tmp_path / "s.xlsx")) as calc:
        group, calc.timeout = calc.group, 0.001
        with pytest.raises(CalcError, match=r"did not answer save .* the session was stopped"):
            calc.save(tmp_path / "back.xlsx")
        assert live_processes(group) == []
        with pytest.raises(CalcError, match="Calc ended"):
            calc.recalc()


def test_gnumeric_caches_the_values_it_recalculated(ssconvert: str, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    source = small_workbook(tmp_path / "s.xlsx")
    with_openpyxl = load_workbook(source)
    with_openpyxl["Scores"]["A2"] = 4
    with_openpyxl.save(source)
    assert load_workbook(source, data_only=True)["Scores"]["C1"].value is None  # openpyxl caches nothing
    out = gnumeric_recalc(ssconvert, source, tmp_path / "gnumeric.xlsx")
    assert load_workbook(out, data_only=True)["Scores"]["C1"].value == 8
