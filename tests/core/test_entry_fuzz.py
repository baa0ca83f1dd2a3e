"""Every entry point that takes numbers or text from outside — JSON documents (`add`), workbook cells,
CSV and .xlsx lists, scoring sheets, command-line flags — fed extreme magnitudes and odd Unicode:
each value is either stored as given or refused in one line, never a traceback, and a refusal
changes nothing."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from xlsx_support import document, matrix_row, put_cell_xml, workbook_with_samples

from duediligence.cli import commands as cli
from duediligence.errors import WorkbookError
from duediligence.exchange.layout import SUMMARY_ROW
from duediligence.storage.database import Database

NUMBERS: list[Any] = [1e308, -1e308, math.inf, -math.inf, math.nan, 10**1000, -(10**1000), -0.0, 1e-320,
                      5e-324, 1e15, 1e15 + 2, 1e6, 1e12, -1e12, 2**53 + 1, 0, 7]  # fmt: skip
TEXTS = ["1e400", "1e308", "NaN", "-inf", "\ud800", "a\udfffb", "\u200f12", "1\u200d2", "\u202eabc",
         "\u200b", "x" * 32_768, "y" * 1_000_000, "a\x00b", "1,5", "8.640,00", "٣", "", "  ", "=1+1",
         "\ufeff7", "1" + "0" * 1000, "Zoë ✓ 数"]  # fmt: skip


class RawNumber(str):
    """What a number cell's `<v>` holds as text: 1e400 or a thousand digits, which no float is."""


RAW = [RawNumber(t) for t in ("1e400", "-1e400", "1" + "0" * 1000, "nan", "1e-320", "-0")]
hostile = st.one_of(
    st.sampled_from(NUMBERS + TEXTS + RAW),
    st.floats(),
    st.integers(-(10**20), 10**20),
    st.text(max_size=40),
)
FUZZ = settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))


def one_line(message: str) -> None:
    assert message.count("\n") == 0 and "Traceback" not in message and len(message) < 2_000, message[:300]


def is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


# --- JSON documents: duediligence add ------------------------------------------------------------

BASE: dict[str, Any] = {
    "title": "Fuzz",
    "options": [{"name": "A", "costs": [{"label": "Price", "amount": 10}]}, {"name": "B"}],
    "ungrouped_criteria": [{"name": "Keys", "weight": 2}],
    "scores": [{"option": "A", "criterion": "Keys", "value": 5}],
    "stakeholders": [{"name": "Ana", "weights": {"Keys": 1}}],
}
# (path, kind): where a value goes, and what the field holds.
PLACES = [
    (("budget",), "number"),
    (("discount_rate",), "number"),
    (("title",), "name"),
    (("need",), "text"),
    (("deadline",), "date"),
    (("options", 0, "name"), "name"),
    (("options", 0, "costs", 0, "amount"), "number"),
    (("ungrouped_criteria", 0, "weight"), "number"),
    (("scores", 0, "value"), "number"),
    (("stakeholders", 0, "weights", "Keys"), "number"),
    (("options", 0), "key"),
]


def at(doc: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        doc = doc[part]
    return doc


@pytest.fixture(scope="module")
def add_workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz-add")


@FUZZ
@given(place=st.sampled_from(PLACES), value=hostile)
@example(place=PLACES[7], value=1e308)
@example(place=PLACES[6], value=math.nan)
@example(place=PLACES[0], value=10**1000)
@example(place=PLACES[5], value="\ud800")
@example(place=PLACES[3], value="y" * 1_000_000)
@example(place=PLACES[3], value="a\x00b")
@example(place=PLACES[10], value="\udfff")
def test_any_value_in_a_json_document_is_stored_as_given_or_refused_in_one_line(
    add_workbook: Path, capsys: pytest.CaptureFixture[str], place: tuple[tuple[Any, ...], str], value: Any
) -> None:
    path, kind = place
    doc = json.loads(json.dumps(BASE))
    if kind == "key":
        if not isinstance(value, str):
            return
        at(doc, path)[value] = 1
    else:
        at(doc, path[:-1])[path[-1]] = value
    file = add_workbook / "doc.json"
    file.write_text(json.dumps(doc), encoding="ascii")  # NaN, Infinity and \ud800 as JSON writes them
    db = str(add_workbook / "w.db")
    cli.main(["list", "--db", db, "--json"]) if Path(db).exists() else cli.main(["demo", "--db", db])
    capsys.readouterr()
    code = cli.main(["add", str(file), "--db", db])
    out, err = capsys.readouterr()
    if code != 0:
        assert code == 1 and out == ""
        one_line(err.rstrip("\n"))
        return
    assert err == ""
    assert cli.main(["show", out.strip(), "--db", db, "--json"]) == 0
    stored = json.loads(capsys.readouterr().out)
    if kind == "key":
        pytest.fail(f"an unknown key {value!r} was accepted")
    got = at(stored, path)
    if kind == "number":
        assert (is_number(value) and got == value) or (
            isinstance(value, str) and not value.strip() and got is None
        )
    elif kind == "date":
        assert got == (value.strip() or None)
    elif kind == "name":
        assert got == value.strip()
    else:
        assert got == value


# --- workbook import -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def exported_crm(tmp_path_factory: pytest.TempPathFactory):
    from duediligence.exchange.commands import export_command

    folder = Path(tmp_path_factory.mktemp("fuzz-cells"))
    db, ids = workbook_with_samples(folder / "wb.db")
    path = export_command(db, [str(ids[0])], folder / "crm.xlsx")
    yield db, ids[0], path, folder
    db.close()


def cell_xml(ref: str, value: Any) -> str:
    """A cell as a file may hold it: numbers as `<v>` text (what openpyxl cannot write: nan, 1e400),
    text inline with OOXML escapes for the characters XML cannot carry (surrogates, NUL)."""
    if is_number(value) or isinstance(value, RawNumber):
        text = repr(value) if isinstance(value, float) else str(value)
        return f'<c r="{ref}"><v>{text}</v></c>'
    escaped = "".join(
        f"_x{ord(c):04X}_" if "\ud800" <= c <= "\udfff" or (ord(c) < 32 and c not in "\t\n") else c
        for c in str(value)
    )
    escaped = escaped.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escaped}</t></is></c>'


CELLS = [  # row 2: the first row under the header (the Matrix's stands below its results block)
    ("Matrix", "G2"),  # a weight
    ("Matrix", "M2"),  # a score
    ("Matrix", "A2"),  # a criterion's ID
    ("Options", "A2"),  # an option's ID
    ("Options", "B2"),  # an option's name
    ("Options", "J2"),  # time to results (weeks)
    ("Costs", "F2"),  # an amount
    ("Risks", "F2"),  # a likelihood (1–5)
    ("Risks", "M2"),  # a due date
    ("Summary", f"B{SUMMARY_ROW['budget']}"),
    ("Summary", f"B{SUMMARY_ROW['deadline']}"),
]


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(cell=st.sampled_from(CELLS), value=hostile)
@example(cell=CELLS[0], value=1e308)
@example(cell=CELLS[3], value=RAW[0])
@example(cell=CELLS[2], value=RAW[1])
@example(cell=CELLS[0], value=RAW[2])
@example(cell=CELLS[6], value=RAW[3])
@example(cell=CELLS[4], value="\ud800")
@example(cell=CELLS[4], value="a\x00b")
def test_any_value_in_a_workbook_cell_is_imported_or_refused_in_one_line(exported_crm, cell, value) -> None:
    from duediligence.exchange.commands import import_command

    db, eid, exported, folder = exported_crm
    sheet, ref = cell
    if sheet == "Matrix":
        ref = f"{ref[0]}{matrix_row(exported)}"
    edited = folder / "edited.xlsx"
    put_cell_xml(exported, edited, sheet, ref, cell_xml(ref, value))
    before = document(db, eid)
    try:
        report = import_command(db, edited, dry_run=True)
    except WorkbookError as exc:
        one_line(str(exc))
    else:
        assert not report.applied
        for sentence in report.sentences():
            one_line(sentence)
            sentence.encode("utf-8")
    assert document(db, eid) == before


# --- list import (CSV and .xlsx) -----------------------------------------------------------------

LIST_COLUMNS = ["Criterion", "Weight", "Must-have threshold", "Description"]


def plan_and_apply(db: Database, eid: int, path: Path) -> Any:
    """The plan for `path`; applied (through the unit of work) when it can be. None when refused."""
    from duediligence.exchange.list_columns import CRITERIA
    from duediligence.exchange.list_columns import suggest_mapping as mapping_for
    from duediligence.exchange.list_files import ListImportError, read_table
    from duediligence.exchange.lists import plan_list_import
    from duediligence.storage.unit_of_work import run

    try:
        table = read_table(path)
    except ListImportError as exc:
        one_line(str(exc))
        return None
    with db.reading() as session:
        plan = plan_list_import(session, eid, table, CRITERIA, mapping_for(table.headers, CRITERIA))
    for line in plan.lines:
        one_line(line.sentence)
        line.sentence.encode("utf-8")
    if plan.can_apply:
        run(db, plan.operation(), action="fuzz", user="test")
    return plan


@pytest.fixture(scope="module")
def list_target(tmp_path_factory: pytest.TempPathFactory):
    from duediligence.operations.evaluations import CreateEvaluation

    folder = Path(tmp_path_factory.mktemp("fuzz-lists"))
    db = Database.open(folder / "w.db")
    with db.transaction() as session:
        eid = CreateEvaluation("Lists", {}).apply(session).result
    yield db, eid, folder
    db.close()


def criteria_named(db: Database, eid: int, name: str) -> list[dict[str, Any]]:
    doc = document(db, eid)
    return [c for c in doc["ungrouped_criteria"] if c["name"] == name]


@FUZZ
@given(column=st.integers(1, 3), value=hostile, number=st.integers(0, 10**9))
@example(column=1, value="1,500", number=1)
@example(column=1, value=1e308, number=2)
@example(column=2, value="1" + "0" * 1000, number=3)
@example(column=3, value="\ud800", number=4)
def test_any_value_in_a_csv_list_is_stored_or_an_error_line(list_target, column, value, number) -> None:
    db, eid, folder = list_target
    name = f"Criterion {number}"
    row = [name, "2", "", ""]
    row[column] = repr(value) if isinstance(value, float) else str(value)
    text = io.StringIO()
    csv.writer(text).writerows([LIST_COLUMNS, row])
    path = folder / "list.csv"
    path.write_bytes(text.getvalue().encode("utf-8", "surrogatepass"))  # a broken file, as found
    before = document(db, eid)
    plan = plan_and_apply(db, eid, path)
    if plan is None or not plan.can_apply:
        assert document(db, eid) == before
    elif plan.rows:
        assert len(criteria_named(db, eid, name)) == 1


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(ref=st.sampled_from(["A2", "B2", "C2", "D2"]), value=hostile, number=st.integers(0, 10**9))
@example(ref="A2", value=RAW[0], number=1)
@example(ref="B2", value=RAW[2], number=2)
@example(ref="B2", value=RAW[3], number=3)
@example(ref="A2", value="\ud800", number=4)
def test_any_value_in_an_xlsx_list_is_stored_or_refused_in_one_line(list_target, ref, value, number) -> None:
    from openpyxl import Workbook

    db, eid, folder = list_target
    wb = Workbook()
    wb.active.append(LIST_COLUMNS)
    wb.active.append([f"Criterion {number}", 2, 5, "x"])
    source, edited = folder / "list-source.xlsx", folder / "list.xlsx"
    wb.save(source)
    put_cell_xml(source, edited, "Sheet", ref, cell_xml(ref, value))
    before = document(db, eid)
    plan = plan_and_apply(db, eid, edited)
    if plan is None or not plan.can_apply:
        assert document(db, eid) == before
    elif ref == "B2" and is_number(value):
        [stored] = criteria_named(db, eid, f"Criterion {number}")
        assert stored["weight"] == value


# --- scoring sheets ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def scoring_sheet(tmp_path_factory: pytest.TempPathFactory):
    from duediligence.exchange.scoring_sheets import write_scoring_sheet

    folder = Path(tmp_path_factory.mktemp("fuzz-scoring"))
    db, ids = workbook_with_samples(folder / "wb.db")
    path = write_scoring_sheet(db, ids[0], "Anna", folder / "anna.xlsx")
    yield db, path, folder
    db.close()


@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
@given(cell=st.sampled_from([("Scores", "E6"), ("Scores", "A6"), ("Notes", "E6")]), value=hostile)
@example(cell=("Scores", "A6"), value=RAW[0])
@example(cell=("Scores", "E6"), value=RAW[2])
@example(cell=("Scores", "E6"), value=RAW[3])
@example(cell=("Notes", "E6"), value="\ud800")
def test_any_value_in_a_scoring_sheet_is_stored_or_refused_in_one_line(scoring_sheet, cell, value) -> None:
    from duediligence.exchange.scoring_sheets import read_scoring_sheet
    from duediligence.storage.unit_of_work import run

    db, sheet, folder = scoring_sheet
    name, ref = cell
    edited = folder / "edited.xlsx"
    put_cell_xml(sheet, edited, name, ref, cell_xml(ref, value))
    try:
        plan = read_scoring_sheet(db, edited)
    except WorkbookError as exc:
        one_line(str(exc))
        return
    for problem in plan.problems:
        one_line(problem)
        problem.encode("utf-8")
    if not plan.problems:
        run(db, plan.operation(), action="fuzz", user="test")
        if name == "Scores" and ref == "E6" and is_number(value):
            assert value in [s.value for s in plan.scores]


# --- command-line flags --------------------------------------------------------------------------


@settings(max_examples=80, deadline=None)
@given(
    flag=st.sampled_from(["--draws", "--seed"]), value=st.one_of(st.sampled_from(TEXTS), st.text(max_size=30))
)
def test_any_text_as_a_rank_flag_is_accepted_within_range_or_one_usage_line(flag: str, value: str) -> None:
    if value.startswith("-") and value not in ("-inf",):
        value = f" {value}"  # argparse would take it for an option; the point is the value
    parser = cli.build_parser()
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        try:
            args = parser.parse_args(["rank", "1", "--json", flag, value])
        except SystemExit as exc:
            assert exc.code == 2
            one_line(err.getvalue().strip().splitlines()[-1])
            return
    given_value = args.draws if flag == "--draws" else args.seed
    low, high = (1, cli.MAX_DRAWS) if flag == "--draws" else (0, cli.MAX_SEED)
    assert low <= given_value <= high
