"""`duediligence add FILE.json`: an evaluation from a JSON document, all or nothing, through the unit
of work; `show --json` output is accepted and round-trips; refusals name the JSON path."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from duediligence import cli
from duediligence.exchange import json_document
from duediligence.storage.database import Database
from duediligence.storage.models import ChangeLogEntry

RICH: dict[str, Any] = {
    "title": "Team laptops",
    "budget": 24000,
    "deadline": "2027-03-01",
    "currency": "EUR",
    "options": [
        {"name": "T14", "costs": [{"label": "Laptops", "amount": 18000, "low": 17000, "high": 19500}]},
        {"name": "Air", "costs": [{"label": "Laptops", "amount": 21000, "recurrence": "one_time"}]},
    ],
    "criteria_groups": [
        {"name": "Use", "criteria": [{"name": "Battery", "scale": "measured", "unit": "h"}, {"name": "Keys"}]}
    ],
    "ungrouped_criteria": [{"name": "Looks", "scale": "1-5", "weight": 0.5}],
    "scores": [
        {"option": "T14", "criterion": "Battery", "value": 11.5, "low": 10, "high": 13},
        {"option": "Air", "criterion": "Keys", "value": None, "evidence": "not tried yet"},
    ],
    "pairwise_comparisons": [{"a": "Battery", "b": "Keys", "value": 3}],
    "risks": [
        {"id": 5, "title": "Battery wears out", "kind": "checklist", "option": "T14"},
        {
            "id": 6,
            "title": "Battery replacement costs",
            "kind": "risk",
            "raised_from_id": 5,
            "options": ["T14"],
        },
    ],
    "stakeholders": [{"name": "Ana", "criteria": ["Keys"], "weights": {"Keys": 4}}, {"name": "Bo"}],
    "approvals": [{"subject": "Budget", "stakeholder": "Ana"}],
    "change_notes": [
        {"noted_on": "2026-11-02", "text": "Started", "stakeholders": ["Bo"], "options": ["Air"]}
    ],
    "actions": [{"title": "Ask for a loan unit", "stakeholder": "Bo", "due_date": "2026-12-01"}],
    "readiness": [{"group_name": "Sales", "assessed_on": "2026-11-03", "awareness": 4}],
    "evaluator_scores": [{"option": "Air", "criterion": "Keys", "evaluator": "Bo", "value": 7}],
    "inquiries": [{"question": "Spare batteries?", "option": "T14", "criterion": "Battery"}],
    "review": {"satisfaction": 4, "lessons": "Buy earlier"},
    "chosen_option": "T14",
}


def without_ids(value: Any) -> Any:
    """A document as `show --json` prints it, minus what a new evaluation gets anew: ids, timestamps."""
    if isinstance(value, dict):
        return {
            k: without_ids(v)
            for k, v in value.items()
            if k != "id" and not k.endswith("_id") and k not in ("created_at", "updated_at")
        }
    if isinstance(value, list):
        return [without_ids(v) for v in value]
    return value


def show(db: str, evaluation_id: int | str, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    assert cli.main(["show", str(evaluation_id), "--db", db, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def add(path: Path, db: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(["add", str(path), "--db", db])
    out, err = capsys.readouterr()
    return code, out, err


def write(tmp_path: Path, doc: Any, name: str = "doc.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc), encoding="utf-8")  # \ud800 escapes stay escapes
    return path


def count(db: str) -> int:
    workbook = Database.open(db)
    try:
        with workbook.reading() as session:
            from duediligence.reads.evaluations import list_evaluations

            return len(list_evaluations(session))
    finally:
        workbook.close()


@pytest.mark.parametrize("source", ["sample 1", "sample 2", "rich"])
def test_show_json_output_is_added_back_and_shows_the_same_ids_and_timestamps_aside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], source: str
) -> None:
    db = str(tmp_path / "w.db")
    if source == "rich":
        code, out, _ = add(write(tmp_path, RICH), db, capsys)
        assert code == 0
        original = int(out)
    else:
        cli.main(["demo", "--db", db])
        capsys.readouterr()
        original = int(source.split()[1])
    shown = show(db, original, capsys)
    code, out, err = add(write(tmp_path, shown, "shown.json"), db, capsys)
    assert (code, err) == (0, "")
    copy = show(db, int(out), capsys)
    assert copy["id"] != shown["id"]
    assert without_ids(copy) == without_ids(shown)


def test_the_rich_document_keeps_every_link_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "w.db")
    _, out, _ = add(write(tmp_path, RICH), db, capsys)
    doc = show(db, int(out), capsys)
    options = {o["name"]: o["id"] for o in doc["options"]}
    raised, checked = doc["risks"][1], doc["risks"][0]
    assert (doc["chosen_option_id"], doc["chosen_option"]) == (options["T14"], "T14")
    assert raised["raised_from_id"] == checked["id"] and raised["options"] == ["T14"]
    assert doc["stakeholders"][0]["weights"] == {"Keys": 4}
    assert doc["review"]["lessons"] == "Buy earlier"


def test_add_prints_only_the_new_id_and_logs_the_action(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "w.db")
    code, out, err = add(write(tmp_path, {"title": "Chairs"}, "chairs.json"), db, capsys)
    assert (code, out, err) == (0, "1\n", "")
    workbook = Database.open(db)
    with workbook.reading() as session:
        logged = session.execute(select(ChangeLogEntry.action, ChangeLogEntry.evaluation_id)).all()
    workbook.close()
    assert [tuple(row) for row in logged] == [("Add chairs.json (command line)", 1)]


@pytest.mark.parametrize(
    ("doc", "says"),
    [
        ({**RICH, "options": [RICH["options"][0], RICH["options"][1],
                              {"name": "X", "costs": [{"label": "c", "amount": 2e12}]}]},
         "options[2].costs[0].amount: must be at most 1,000,000,000,000 (got 2000000000000.0)."),
        ({**RICH, "budget": "24.000"}, "budget: expected a number, written without quotes"),
        ({**RICH, "deadline": "01/03/2027"}, "deadline: expected a date written as YYYY-MM-DD"),
        ({**RICH, "scores": [{"option": "T15", "criterion": "Keys", "value": 3}]},
         "scores[0].option: names no option of this evaluation (got 'T15')."),
        (
            {**RICH, "title": "x" * 1_000_000},
            "title: is 1,000,000 characters long; at most 200 (got 'xxxxxxxx",
        ),
        ({**RICH, "notes\ud800": 1}, "notes\ufffd: is not a field this workbook knows"),
    ],
)  # fmt: skip
def test_a_refused_value_is_one_line_naming_its_json_path_and_nothing_is_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], doc: dict[str, Any], says: str
) -> None:
    db = str(tmp_path / "w.db")
    cli.main(["demo", "--db", db])
    capsys.readouterr()
    code, out, err = add(write(tmp_path, doc, "team.json"), db, capsys)
    assert (code, out, err.count("\n")) == (1, "", 1)
    assert err.startswith(f"duediligence: Cannot add {tmp_path / 'team.json'}: {says}")
    assert err.endswith("Nothing was stored.\n") and len(err) < 400
    assert count(db) == 2


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"{not json", "it is not JSON (line 1, column 2: Expecting property name"),
        (b"[1, 2]", "it holds a list; an evaluation document is a JSON object"),
        (b'"title"', "it holds a single value"),
        (b"\xff\xfe{}", "it is not UTF-8 text (byte 1)"),
        (b"[" * 100_000 + b"]" * 100_000, "its JSON is nested too deeply"),
        (b'{"title": "a", "title": "b"}', "the key 'title' appears twice in one object"),
        (b'{"title": "a", "budget": 1' + b"0" * 5000 + b"}", "it holds a whole number of 5,001 digits"),
        (b"", "it is not JSON (line 1, column 1: Expecting value)"),
    ],
)
def test_a_file_that_is_no_evaluation_document_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, says: str
) -> None:
    path = tmp_path / "doc.json"
    path.write_bytes(content)
    db = tmp_path / "w.db"
    code, out, err = add(path, str(db), capsys)
    assert (code, out, err.count("\n")) == (1, "", 1)
    assert err.startswith(f"duediligence: Cannot add {path}: {says}")
    assert not db.exists()  # refused before the workbook was opened


def test_a_file_over_the_size_bound_is_refused_before_it_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as stream:
        stream.truncate(json_document.MAX_DOCUMENT_BYTES + 1)  # sparse: nothing is written
    code, _, err = add(path, str(tmp_path / "w.db"), capsys)
    assert code == 1 and "the file is 50,000,001 bytes; at most 50,000,000 are read" in err


def test_a_missing_file_is_one_line_and_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = add(tmp_path / "nope.json", str(tmp_path / "w.db"), capsys)
    missing = tmp_path / "nope.json"
    said = f"duediligence: Cannot add {missing}: No such file or directory. Nothing was stored.\n"
    assert (code, err) == (1, said)


@pytest.mark.parametrize("args", [["add"], ["add", "a.json", "b.json"], ["add", "a.json", "--json"]])
def test_usage_errors_exit_2(tmp_path: Path, args: list[str]) -> None:
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    result = subprocess.run(
        [sys.executable, "-m", "duediligence", *args, "--db", str(tmp_path / "w.db")],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=tmp_path,
    )
    assert (
        result.returncode == 2 and "usage: duediligence" in result.stderr and "Traceback" not in result.stderr
    )
