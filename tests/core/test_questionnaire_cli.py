"""`duediligence questionnaire` and `import-answers`, and the answer keys of `show --json` and `add`:
the command-line contract for questionnaires."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from questionnaire_support import fill, make_evaluation

from duediligence import cli
from duediligence.storage.database import Database

TITLE = "Project Falcon: replace the CRM"
DUE = (date.today() + timedelta(days=30)).isoformat()


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    path = tmp_path / "w.db"
    db = Database.open(path)
    make_evaluation(db)
    db.close()
    return path


def ask(workbook: Path, out: Path, *extra: str) -> int:
    command = ["questionnaire", TITLE, "--option", "Northwind CRM", "--out", str(out), "--db", str(workbook)]
    return cli.main([*command, *extra])


def show(workbook: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    capsys.readouterr()
    assert cli.main(["show", TITLE, "--json", "--db", str(workbook)]) == 0
    return json.loads(capsys.readouterr().out)


def test_questionnaire_writes_the_workbook_and_the_pdf(workbook, tmp_path, capsys) -> None:
    out = tmp_path / "northwind.xlsx"
    assert ask(workbook, out, "--buyer", "Acme GmbH", "--due", DUE, "--pdf") == 0
    assert capsys.readouterr().out == (
        f"Wrote {out} and {tmp_path / 'northwind.pdf'}: 5 question(s), due {DUE} (round 1).\n"
    )
    assert out.stat().st_size > 0 and (tmp_path / "northwind.pdf").read_bytes().startswith(b"%PDF")


def test_a_first_questionnaire_without_a_buyer_is_refused_and_writes_nothing(
    workbook, tmp_path, capsys
) -> None:
    assert ask(workbook, tmp_path / "q.xlsx") == 1
    assert capsys.readouterr().err == (
        "duediligence: Cannot export: the vendor must see who asks: give the buyer's name. "
        "No file was written.\n"
    )
    assert not (tmp_path / "q.xlsx").exists()


def test_an_unknown_option_is_one_line_and_exit_1(workbook, tmp_path, capsys) -> None:
    code = cli.main(["questionnaire", TITLE, "--option", "Nobody", "--out", str(tmp_path / "q.xlsx"),
                     "--db", str(workbook)])  # fmt: skip
    assert (code, capsys.readouterr().err) == (1, "duediligence: No option 'Nobody' in this workbook.\n")


def test_a_deadline_that_is_not_a_date_is_a_usage_error(workbook, tmp_path, capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        ask(workbook, tmp_path / "q.xlsx", "--buyer", "Acme", "--due", "next week")
    assert stop.value.code == 2 and "--due" in capsys.readouterr().err


@pytest.fixture
def returned(workbook, tmp_path) -> Path:
    out = tmp_path / "northwind.xlsx"
    assert ask(workbook, out, "--buyer", "Acme GmbH", "--due", DUE) == 0
    return fill(out, tmp_path / "back.xlsx", {1: "no", 2: 99.98, 5: "Jane Roe"}, {1: "Support from the US"})


def test_import_answers_dry_run_shows_the_review_and_writes_nothing(workbook, returned, capsys) -> None:
    capsys.readouterr()
    assert cli.main(["import-answers", str(returned), "--dry-run", "--db", str(workbook)]) == 0
    out = capsys.readouterr().out
    assert "3 of 5 questions answered, 0 changed since the last return, 3 to store." in out
    assert (
        "Contradicting a must-have (1):\n  1. Is all customer data stored and processed only in the EU?: no"
        in out
    )
    assert out.endswith("Dry run: nothing was written.\n")
    assert [r["answer"] for r in show(workbook, capsys)["risks"] if r["kind"] == "checklist"] == [None] * 12


def test_import_answers_stores_them_and_show_json_gives_each_checklist_item_its_answer(
    workbook, returned, capsys
) -> None:
    assert cli.main(["import-answers", str(returned), "--received", "2026-12-10", "--db", str(workbook)]) == 0
    assert "Stored 3 answer(s) on the checklist of “Northwind CRM”, to review." in capsys.readouterr().out
    checks = [r for r in show(workbook, capsys)["risks"] if r["kind"] == "checklist"]
    got = {(r["option"], r["title"]): (r["answer"], r["answer_comment"], r["answered_on"]) for r in checks}
    assert got[("Northwind CRM", "EU data residency")] == ("no", "Support from the US", "2026-12-10")
    assert got[("Northwind CRM", "Availability SLA")] == ("99.98", None, "2026-12-10")
    assert got[("Northwind CRM", "Certification")] == (None, None, None)
    assert got[("Rival Suite", "EU data residency")] == (None, None, None)
    assert all({"answer", "answer_comment", "answered_on"} <= set(r) for r in checks)


def test_importing_the_same_answers_again_stores_nothing(workbook, returned, capsys) -> None:
    assert cli.main(["import-answers", str(returned), "--db", str(workbook)]) == 0
    assert cli.main(["import-answers", str(returned), "--db", str(workbook)]) == 0
    assert capsys.readouterr().out.endswith(
        "Nothing new to store: the workbook holds these answers already.\n"
    )


def test_import_answers_refuses_an_unreadable_answer_with_exit_1(
    workbook, returned, tmp_path, capsys
) -> None:
    bad = fill(returned, tmp_path / "bad.xlsx", {1: "maybe"})
    capsys.readouterr()
    assert cli.main(["import-answers", str(bad), "--db", str(workbook)]) == 1
    captured = capsys.readouterr()
    assert (
        "Cannot be read: Questions, cell E2 (question 1): expected yes, no or partly (got “maybe”)"
        in captured.out
    )
    assert captured.err == "duediligence: 1 answer(s) cannot be read (see above); nothing was stored.\n"
    assert [r["answer"] for r in show(workbook, capsys)["risks"] if r["kind"] == "checklist"] == [None] * 12


def test_import_answers_of_a_foreign_file_is_one_line_and_exit_1(workbook, tmp_path, capsys) -> None:
    from openpyxl import Workbook

    Workbook().save(tmp_path / "other.xlsx")
    assert cli.main(["import-answers", str(tmp_path / "other.xlsx"), "--db", str(workbook)]) == 1
    assert capsys.readouterr().err == (
        f"duediligence: Cannot import {tmp_path / 'other.xlsx'}: it is not a questionnaire sent from the "
        "Due-Diligence Workbook. Nothing in the workbook was changed.\n"
    )


def test_add_reads_the_answer_keys_back(workbook, returned, tmp_path, capsys) -> None:
    assert cli.main(["import-answers", str(returned), "--received", "2026-12-10", "--db", str(workbook)]) == 0
    document = show(workbook, capsys)
    (tmp_path / "e.json").write_text(json.dumps(document))
    target = tmp_path / "copy.db"
    assert cli.main(["add", str(tmp_path / "e.json"), "--db", str(target)]) == 0
    copied = show(target, capsys)
    keys = ("title", "question", "answer_kind", "answer_unit", "expected_answer", "answer", "answer_comment",
            "answer_documents", "answered_on", "status")  # fmt: skip
    assert [{k: r[k] for k in keys} for r in copied["risks"]] == [
        {k: r[k] for k in keys} for r in document["risks"]
    ]
    assert [{k: q[k] for k in ("option", "buyer", "sent_on", "due_on", "returned_on", "rounds")}
            for q in copied["questionnaires"]] == [
        {"option": "Northwind CRM", "buyer": "Acme GmbH", "sent_on": date.today().isoformat(), "due_on": DUE,
         "returned_on": "2026-12-10", "rounds": 1}
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("values", "message"),
    [
        (
            {"answer_kind": "yes_no", "answer": "Yes"},
            "risks[0].answer: does not fit the answer kind: expected yes, no or partly",
        ),
        (
            {"answer_kind": "number", "answer": "99,9"},
            "risks[0].answer: does not fit the answer kind: expected a number written with a dot",
        ),
        (
            {"answer_kind": "number", "expected_answer": "at least 5"},
            "risks[0].expected_answer: does not fit the answer kind",
        ),
        (
            {"answer_kind": "date", "answer": "12/10/2026"},
            "risks[0].answer: does not fit the answer kind: expected a date written YYYY-MM-DD",
        ),
        (
            {"answer_kind": "maybe"},
            "risks[0].answer_kind: must be one of yes_no, text, number, date, document",
        ),
    ],
)
def test_add_refuses_an_answer_that_does_not_fit_its_kind(tmp_path, capsys, values, message) -> None:
    item = {"kind": "checklist", "option": "A", "title": "Q", "question": "Q?", **values}
    doc = {"title": "T", "options": [{"name": "A"}], "risks": [item]}
    (tmp_path / "e.json").write_text(json.dumps(doc))
    assert cli.main(["add", str(tmp_path / "e.json"), "--db", str(tmp_path / "w.db")]) == 1
    assert message in capsys.readouterr().err
