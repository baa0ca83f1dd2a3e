"""Importing a plain list of options or criteria from CSV or .xlsx, with a column mapping."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from duediligence.errors import WorkbookError
from duediligence.exchange.list_columns import CRITERIA, OPTIONS, infer_target, suggest_mapping
from duediligence.exchange.list_files import ListImportError, read_table
from duediligence.exchange.lists import ADD, ERROR, SKIP, plan_list_import
from duediligence.operations.edits import AddCriterionInGroup, AddRow
from duediligence.operations.evaluations import CreateEvaluation
from duediligence.reads.documents import evaluation_document
from duediligence.storage.database import Database


@pytest.fixture
def eid(db: Database) -> int:
    with db.transaction() as session:
        evaluation_id: int = CreateEvaluation("CRM", {}).apply(session).result
        AddRow("option", evaluation_id, {"name": "Salesforce"}).apply(session)
        AddRow("criterion_group", evaluation_id, {"name": "Fit"}).apply(session)
    return evaluation_id


def doc(db: Database, evaluation_id: int) -> dict[str, Any]:
    with db.reading() as session:
        return evaluation_document(session, evaluation_id)


def plan(db: Database, eid: int, path: Path, target: str, mapping: dict[int, str] | None = None) -> Any:
    table = read_table(path)
    with db.reading() as session:
        return plan_list_import(
            session, eid, table, target, mapping or suggest_mapping(table.headers, target)
        )


def apply(db: Database, operation: Any) -> Any:
    with db.transaction() as session:
        return operation.apply(session)


GERMAN_CRITERIA = (
    "Kriterium;Beschreibung;Gruppe;Gewicht;Skala;Einheit;Richtung;Muss-Kriterium;Schwellenwert\n"
    "Datenschutz;DSGVO-konform;Recht;2,5;Ja/Nein;;höher ist besser;ja;\n"
    "Preis pro Nutzer;;Kosten;1,25;gemessen;EUR;niedriger ist besser;nein;\n"
    "Bedienbarkeit;;Fit;3;0-10;;;;6,5\n"
)


def test_csv_with_semicolons_and_german_headers_maps_and_imports(
    db: Database, eid: int, tmp_path: Path, in_locale
) -> None:
    in_locale("de_DE")  # the numbers are written the German way
    path = tmp_path / "kriterien.csv"
    path.write_bytes(GERMAN_CRITERIA.encode("cp1252"))  # Excel's "CSV" on a German Windows
    table = read_table(path)
    assert table.delimiter == ";" and table.encoding == "cp1252"
    assert infer_target(table.headers) == CRITERIA
    mapping = suggest_mapping(table.headers, CRITERIA)
    assert [mapping.get(i) for i in range(9)] == [
        "name",
        "description",
        "group",
        "weight",
        "scale",
        "unit",
        "direction",
        "must_have",
        "must_have_threshold",
    ]
    result = plan(db, eid, path, CRITERIA, mapping)
    assert [line.kind for line in result.lines] == [ADD, ADD, ADD]
    assert result.new_groups == ("Recht", "Kosten")  # "Fit" exists already
    apply(db, result.operation())
    d = doc(db, eid)
    groups = {g["name"]: {c["name"]: c for c in g["criteria"]} for g in d["criteria_groups"]}
    privacy = groups["Recht"]["Datenschutz"]
    assert (privacy["weight"], privacy["scale"], privacy["must_have"]) == (2.5, "yes-no", True)
    price = groups["Kosten"]["Preis pro Nutzer"]
    assert (price["weight"], price["direction"], price["unit"], price["scale"]) == (
        1.25,
        "lower",
        "EUR",
        "measured",
    )
    usability = groups["Fit"]["Bedienbarkeit"]
    assert (usability["weight"], usability["must_have_threshold"], usability["direction"]) == (
        3.0,
        6.5,
        "higher",
    )


def test_option_headers_in_english_and_german_and_kind_words(db: Database, eid: int, tmp_path: Path) -> None:
    assert suggest_mapping(["Option", "Supplier", "Type", "Time to results (weeks)"], OPTIONS) == {
        0: "name",
        1: "vendor",
        2: "kind",
        3: "time_to_results_weeks",
    }
    assert suggest_mapping(["Bezeichnung", "Hersteller", "Modell", "Webseite", "Bemerkung"], OPTIONS) == {
        0: "name",
        1: "vendor",
        2: "product",
        3: "website",
        4: "notes",
    }
    path = tmp_path / "options.csv"
    path.write_text(
        "\ufeffName,Kind,Vendor,Weeks\nHubSpot,Buy,HubSpot Inc.,4\nOwn CRM,Build in-house,,26.5\n"
        "Keep spreadsheets,Do nothing,,0\n",
        encoding="utf-8",
    )
    result = plan(db, eid, path, OPTIONS)
    assert not result.errors
    apply(db, result.operation())
    kinds = {o["name"]: (o["kind"], o["time_to_results_weeks"]) for o in doc(db, eid)["options"]}
    assert kinds["HubSpot"] == ("vendor_product", 4.0)
    assert kinds["Own CRM"] == ("build", 26.5)
    assert kinds["Keep spreadsheets"] == ("do_nothing", 0.0)


def test_xlsx_round_trip_takes_formulas_as_text(db: Database, eid: int, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append([None])  # an empty first row: the header is the first row with something in it
    ws.append(["Name", "Vendor", "Notes", "Weeks"])
    ws.append(["Pipedrive", "Pipedrive OÜ", '=HYPERLINK("http://x")', 3])
    ws.append([None, None, None, None])
    ws.append(["Zoho", "Zoho Corp", "cheap", 2.5])
    path = tmp_path / "options.xlsx"
    wb.save(path)
    table = read_table(path)
    assert table.header_row == 2 and table.headers == ("Name", "Vendor", "Notes", "Weeks")
    assert [n for n, _ in table.rows] == [3, 5]
    result = plan(db, eid, path, OPTIONS)
    assert "kept as its text" in result.lines[0].text
    apply(db, result.operation())
    options = {o["name"]: o for o in doc(db, eid)["options"]}
    assert options["Pipedrive"]["notes"] == '=HYPERLINK("http://x")'
    assert options["Pipedrive"]["vendor"] == "Pipedrive OÜ"
    assert options["Zoho"]["time_to_results_weeks"] == 2.5


def test_duplicate_names_are_skipped_with_a_line(db: Database, eid: int, tmp_path: Path) -> None:
    path = tmp_path / "options.csv"
    path.write_text(
        "Name\tVendor\nsalesforce \tSF\nHubSpot\tH\nHUBSPOT\tH2\n\t\n\tno name\n", encoding="utf-8"
    )
    result = plan(db, eid, path, OPTIONS)
    assert [(line.kind, line.row) for line in result.lines] == [(SKIP, 2), (ADD, 3), (SKIP, 4), (SKIP, 6)]
    assert "“Salesforce” already exists" in result.lines[0].text
    assert "row 3" in result.lines[2].text
    apply(db, result.operation())
    assert [o["name"] for o in doc(db, eid)["options"]] == ["Salesforce", "HubSpot"]


def test_a_bad_weight_is_an_error_line_and_nothing_is_applied(db: Database, eid: int, tmp_path: Path) -> None:
    path = tmp_path / "criteria.csv"
    path.write_text("Criterion,Weight\nSecurity,3\nPrice,heavy\nSupport,-1\n", encoding="utf-8")
    result = plan(db, eid, path, CRITERIA)
    errors = result.errors
    assert [(e.row, e.column) for e in errors] == [(3, "Weight"), (4, "Weight")]
    assert "is not a number" in errors[0].text and "heavy" in errors[0].text
    assert "at least 0" in errors[1].text
    assert errors[0].sentence.startswith("Row 3 (Price), Weight:")
    assert not result.can_apply
    with pytest.raises(WorkbookError, match="cannot be imported"):
        result.operation()
    assert doc(db, eid)["ungrouped_criteria"] == []


def test_mapping_problems_are_error_lines(db: Database, eid: int, tmp_path: Path) -> None:
    path = tmp_path / "options.csv"
    path.write_text("Name,Vendor,Maker\nA,B,C\n", encoding="utf-8")
    twice = plan(db, eid, path, OPTIONS, {0: "name", 1: "vendor", 2: "vendor"})
    assert [line.kind for line in twice.lines] == [ERROR]
    assert "“Vendor” and “Maker”" in twice.lines[0].text
    nameless = plan(db, eid, path, OPTIONS, {1: "vendor"})
    assert "no column is mapped to Name" in nameless.lines[0].text


def test_hostile_or_broken_files_are_refused_clearly(tmp_path: Path) -> None:
    not_a_zip = tmp_path / "list.xlsx"
    not_a_zip.write_text("Name\nA\n")
    with pytest.raises(ListImportError, match="not a zip archive"):
        read_table(not_a_zip)
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * 60_000_000)
    with pytest.raises(ListImportError, match="zip bomb"):
        read_table(bomb)
    binary = tmp_path / "list.csv"
    binary.write_bytes(b"Name\x00\x01\x02")
    with pytest.raises(ListImportError, match="not a text file"):
        read_table(binary)
    huge = tmp_path / "huge.csv"
    huge.write_bytes(b"Name\n" + b"x\n" * 3_000_000)
    with pytest.raises(ListImportError, match="bytes"):
        read_table(huge)
    many = tmp_path / "many.csv"
    many.write_text("Name\n" + "x\n" * 10_001)
    with pytest.raises(ListImportError, match="more than 10,000 rows"):
        read_table(many)
    wide = tmp_path / "wide.csv"
    wide.write_text(",".join(f"c{i}" for i in range(101)) + "\n")
    with pytest.raises(ListImportError, match="more than 100 columns"):
        read_table(wide)
    long_cell = tmp_path / "long.csv"
    long_cell.write_text("Name,Notes\nA," + "y" * 10_001 + "\n")
    with pytest.raises(ListImportError, match="cell B2"):
        read_table(long_cell)
    empty = tmp_path / "empty.csv"
    empty.write_text("\n;;\n")
    with pytest.raises(ListImportError, match="empty"):
        read_table(empty)
    with pytest.raises(ListImportError, match=r"only \.csv and \.xlsx"):
        read_table(tmp_path / "list.ods")


def test_undo_of_the_batch_removes_everything_and_redo_brings_it_back(
    db: Database, eid: int, tmp_path: Path, in_locale
) -> None:
    in_locale("de_DE")
    before = doc(db, eid)
    path = tmp_path / "criteria.csv"
    path.write_bytes(GERMAN_CRITERIA.encode("utf-8-sig"))
    applied = apply(db, plan(db, eid, path, CRITERIA).operation())
    after = doc(db, eid)
    assert len(after["criteria_groups"]) == 3
    undone = apply(db, applied.inverse)
    restored = doc(db, eid)
    for key in ("criteria_groups", "ungrouped_criteria", "options"):
        assert restored[key] == before[key]
    apply(db, undone.inverse)
    redone = doc(db, eid)
    for key in ("criteria_groups", "ungrouped_criteria"):
        assert redone[key] == after[key]


def test_add_criterion_in_group_needs_the_group(db: Database, eid: int) -> None:
    with pytest.raises(WorkbookError, match="criterion group"):
        apply(db, AddCriterionInGroup(eid, "Nowhere", {"name": "X"}))
    applied = apply(db, AddCriterionInGroup(eid, "Fit", {"name": "X", "weight": 2}))
    assert [c["name"] for g in doc(db, eid)["criteria_groups"] for c in g["criteria"]] == ["X"]
    apply(db, applied.inverse)
    assert [c["name"] for g in doc(db, eid)["criteria_groups"] for c in g["criteria"]] == []
