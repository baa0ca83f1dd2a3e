"""What an imported workbook would change, before anything is written: one line per change, each with
a sentence, and the edit that accepting it makes.

Three versions of every value take part: `base` (what was exported, kept in the hidden sheet),
`ours` (what the database holds now) and `theirs` (what the file holds). A value the file changed
and the app did not is a change; one both changed differently is a conflict (see merge.py). Values
are read through the same checkers the editors use (fields.py), so the import refuses exactly what
an editor refuses, and a refusal names the sheet, row and column.
"""

from __future__ import annotations

from typing import Any

from duediligence.errors import fill
from duediligence.exchange import layout as L
from duediligence.exchange.diff_base import at, normal
from duediligence.exchange.diff_lists import ListSheets
from duediligence.exchange.diff_matrix import MatrixSheet, all_criteria
from duediligence.exchange.diff_scores import check_scores
from duediligence.exchange.lines import IGNORED, Line, Place
from duediligence.exchange.xlsx_import import WANTED, ParsedEvaluation
from duediligence.i18n import translate
from duediligence.operations.imports import Edit


class Differ(MatrixSheet, ListSheets):
    """Compares one evaluation of a parsed workbook with its exported base and the database."""

    def run(self) -> list[Line]:
        for key, title in self.parsed.missing.items():
            if key in WANTED:
                self.lines.append(
                    Line(IGNORED, title, None, None, missing_sheet(title), detail=missing_sheet(title))
                )
        self.summary()
        self.matrix()
        for spec in L.LIST_SHEETS:
            self.list_sheet(spec)
        self.scores_whole()
        return self.lines

    def evidence_row(self, option_id: int, criterion_id: int) -> tuple[str, int] | None:
        """The Evidence sheet's row of one score, when the file has it."""
        sheet = self.parsed.sheets.get("Evidence")
        score = next(
            (
                s
                for s in self.base.get("scores", ())
                if (s["option_id"], s["criterion_id"]) == (option_id, criterion_id)
            ),
            None,
        )
        row = self.row_numbers.get(("score", score["id"])) if score else None
        return (sheet.title, row) if sheet is not None and row is not None else None

    def scores_whole(self) -> None:
        """Each changed score checked with its range as the import would leave them (diff_scores)."""
        criteria = {c["id"]: c for c in all_criteria(self.ours)}
        ours = {(s["option_id"], s["criterion_id"]): s for s in self.ours.get("scores", ())}
        check_scores(self.lines, self.score_cells, ours, criteria, self.matrix_place, self.evidence_row)

    def summary(self) -> None:
        sheet = self.parsed.sheets.get("Summary")
        if sheet is None:
            return
        by_label = {f.label: f for f in L.SUMMARY_FIELDS}
        value_column = sheet.header(("Value",)).get("Value", 1)
        for number, row in sheet.rows:
            label = at(row, 0)
            spec = by_label.get(label.strip()) if isinstance(label, str) else None
            if spec is None:
                continue
            where = Place(
                sheet.title, number, spec.label, value_column, translate("ImportLines", "the evaluation")
            )
            if spec.field not in self.base:  # the export kept no such field: it was not shared
                if at(row, value_column) not in (None, ""):
                    self.ignored(where, translate("ImportLines", "this file does not share it; not imported"))
                continue
            ok, theirs = self.read("evaluation", spec.field, spec.kind, at(row, value_column), where)
            if not ok:
                continue
            base = normal("evaluation", spec.field, self.base.get(spec.field))
            ours = normal("evaluation", spec.field, self.ours.get(spec.field))
            edit = Edit("evaluation", values={spec.field: theirs})
            self.three_way(
                where,
                spec.field,
                base,
                ours,
                theirs,
                edit,
                f"evaluation:{spec.field}",
            )


def diff_evaluation(parsed: ParsedEvaluation, ours: dict[str, Any] | None) -> list[Line]:
    """Every difference between the file and the app for one evaluation (ours None: a new evaluation)."""
    return unique_keys(Differ(parsed, ours).run())


def unique_keys(lines: list[Line]) -> list[Line]:
    """The lines with keys unique within the import, so that a caller can name each line."""
    counts: dict[str, int] = {}
    result = []
    for line in lines:
        key = line.key or f"{line.kind}:{line.sheet}:{line.row}:{line.column}:{line.label}"
        counts[key] = counts.get(key, 0) + 1
        if counts[key] > 1:
            key = f"{key}#{counts[key]}"
        result.append(Line(**{**line.__dict__, "key": key}))
    return result


def missing_sheet(title: str) -> str:
    sentence = translate(
        "ImportLines",
        "The sheet %1 is not in the file (deleted, or renamed by a program that did not keep its marks): "
        "nothing on it is imported and none of its rows is removed.",
    )
    return fill(sentence, repr(title))


def stranger_sheet(title: str) -> str:
    return f"The sheet {title!r} was not exported by the app: nothing on it is read."
