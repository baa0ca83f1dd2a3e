"""Cells the app calculates (shares, utilities, totals, ranks, risk scores, weights from pairwise
comparisons, criterion values from costs) that a colleague typed over: never imported, and never
dropped in silence: each is an "ignored" line saying the app calculates it.

A calculated cell normally holds a formula; one holding a plain value was typed over. Where the
export writes a value (scale ends, weights from comparisons, values from costs), the value the
export wrote is worked out again from the exported document and only a different value is a line.
"""

from __future__ import annotations

import math
from types import SimpleNamespace
from typing import Any

from duediligence.errors import fill
from duediligence.exchange import layout as L
from duediligence.exchange.cell_words import show
from duediligence.exchange.diff_base import DifferBase, at
from duediligence.exchange.lines import Place
from duediligence.exchange.xlsx_import import Formula, SheetRows
from duediligence.i18n import translate

OPTION_ID = "Option ID"  # a result row naming each column's option (values, as exported)
FROM_APP = "(from the app)"  # result rows holding the app's values as written at export


def typed_over(value: Any) -> bool:
    """A cell that should hold a formula but holds a value."""
    return value is not None and value != "" and not isinstance(value, Formula)


def near(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool) or not isinstance(a, int | float):
        return bool(a == b)
    return isinstance(b, int | float) and math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


class CalculatedCells(DifferBase):
    """Finds calculated cells typed over in the Matrix and in list sheets' formula columns."""

    def calculated(self, place: Place, value: Any, why: str | None = None) -> None:
        """An ignored line for a typed-over calculated cell; `why`: the sentence, %1 for the value."""
        why = why or translate("ImportLines", "calculated in the app; the %1 typed here is not imported")
        self.ignored(place, fill(why, show(value)))

    def matrix_formulas(
        self, sheet: SheetRows, head: dict[str, int], number: int, row: tuple[Any, ...], label: str
    ) -> None:
        """The formula columns of one criterion row: Share, and every column right of the options
        (utilities, the mean utility, the sheet's own working columns)."""
        inputs = set(L.MATRIX_HEADERS) - {"Share"}
        options = {index for _, index in self.matrix_columns.values()}
        for header, index in head.items():
            if header in inputs or index in options:
                continue
            value = at(row, index)
            if typed_over(value):
                self.calculated(Place(sheet.title, number, header, index, label), value)

    def scale_ends(
        self,
        sheet: SheetRows,
        head: dict[str, int],
        number: int,
        row: tuple[Any, ...],
        criterion: dict[str, Any],
    ) -> None:
        """Low end and High end: fixed ends as the app set them, else formulas over the row."""
        from duediligence.decision.scoring import FIXED_SCALES

        derived = criterion.get("value_source", "manual") != "manual"
        ends: tuple[Any, Any] = (None, None)
        if not derived and criterion.get("scale") in FIXED_SCALES:
            ends = FIXED_SCALES[criterion["scale"]][:2]
        elif (
            not derived and criterion.get("scale_min") is not None and criterion.get("scale_max") is not None
        ):
            ends = (criterion["scale_min"], criterion["scale_max"])
        for header, expected in zip(("Low end", "High end"), ends, strict=True):
            index = head.get(header)
            value = at(row, index) if index is not None else None
            if not typed_over(value) or (expected is not None and near(value, expected)):
                continue
            why = (
                None
                if expected is None
                else translate(
                    "ImportLines", "the scale's ends are set in the app; the %1 typed here is not imported"
                )
            )
            self.calculated(Place(sheet.title, number, header, index, criterion["name"]), value, why)

    def criterion_setup(
        self,
        sheet: SheetRows,
        head: dict[str, int],
        number: int,
        row: tuple[Any, ...],
        criterion: dict[str, Any],
    ) -> None:
        """A criterion's group, scale, direction, unit and must-have threshold, as the app set them:
        changed only in the app (Criteria editor), so a value typed over them is a line."""
        if criterion.get("value_source", "manual") != "manual":
            return  # its scale, direction and unit are the ones its costs or timing give
        groups = {
            c["id"]: g["name"] for g in self.base.get("criteria_groups", ()) for c in g.get("criteria", ())
        }
        threshold = criterion.get("must_have_threshold") if criterion.get("must_have") else None
        expected = {
            "Group": groups.get(criterion["id"]),
            "Scale": criterion.get("scale"),
            "Direction": criterion.get("direction"),
            "Unit": criterion.get("unit"),
            "Must-have threshold": threshold,
        }
        for header, wanted in expected.items():
            index = head.get(header)
            value = at(row, index) if index is not None else None
            if isinstance(value, str):
                value = value.strip()
            if index is None or (value in (None, "") and wanted in (None, "")) or near(value, wanted):
                continue
            why = translate(
                "ImportLines",
                "a criterion is set up in the app (Criteria); the %1 typed here is not imported",
            )
            self.calculated(Place(sheet.title, number, header, index, criterion["name"]), value, why)

    def pairwise_weight(self, place: Place, value: Any, criterion_id: int) -> None:
        """Under pairwise comparisons the sheet shows the derived weights; a different one was typed."""
        expected = self.ahp_weights().get(criterion_id)
        if value is not None and (expected is None or not near(value, expected)):
            self.calculated(
                place,
                value,
                translate(
                    "ImportLines",
                    "calculated in the app from the pairwise comparisons; the %1 typed here is not imported",
                ),
            )

    def ahp_weights(self) -> dict[int, float]:
        if not hasattr(self, "_ahp"):
            from duediligence.decision.ahp import ahp_weights

            criteria = [c for g in self.base.get("criteria_groups", ()) for c in g.get("criteria", ())]
            criteria += list(self.base.get("ungrouped_criteria", ()))
            index = {c["name"]: i for i, c in enumerate(criteria)}
            pairs = {
                (index[p["a"]], index[p["b"]]): p["value"]
                for p in self.base.get("pairwise_comparisons", ())
                if p["a"] in index and p["b"] in index
            }
            weights = ahp_weights(len(criteria), pairs).weights if criteria else ()
            self._ahp = {c["id"]: float(w) for c, w in zip(criteria, weights, strict=True)}
        return self._ahp

    def derived_value(self, place: Place, value: Any, criterion: dict[str, Any], option_id: int) -> None:
        """A criterion whose values come from costs or timing: the exported value, worked out again."""
        source = criterion.get("value_source")
        option = next((o for o in self.base.get("options", ()) if o["id"] == option_id), None)
        if option is None or value is None or isinstance(value, Formula):
            return  # an emptied cell is not imported either, and says nothing new
        if source == "time_to_results":
            expected = option.get("time_to_results_weeks")
        else:
            from duediligence.decision.cost_lines import option_money, parse_rates

            years, rate = self.base.get("horizon_years"), self.base.get("discount_rate")
            if years is None or rate is None:  # the export kept no horizon: nothing to compare with
                return
            lines = [SimpleNamespace(**cost) for cost in option.get("costs", ())]
            try:
                rates = parse_rates(self.base.get("exchange_rates") or {})
                money = option_money(lines, years, rate, rates, self.base.get("currency"))
            except (KeyError, TypeError, ValueError):
                return
            expected = money.tco if source == "tco" else money.npv
        if expected is None or not near(value, expected):
            if source == "time_to_results":
                self.calculated(
                    place,
                    value,
                    translate(
                        "ImportLines",
                        "calculated in the app from the timing; the %1 typed here is not imported",
                    ),
                )
            else:
                self.calculated(
                    place,
                    value,
                    translate(
                        "ImportLines",
                        "calculated in the app from the costs; the %1 typed here is not imported",
                    ),
                )

    def result_rows(self, sheet: SheetRows, head: dict[str, int]) -> None:
        """Rows labelled as results (Weighted total, Rank, …), wherever they are: every cell right of
        the label holds a formula, except in a row of values the app wrote ("… (from the app)"), whose
        cells must hold the value the export wrote (kept in the export data)."""
        labels = set(L.MATRIX_TOTALS)
        columns = {index: (header, option_id) for option_id, (header, index) in self.matrix_columns.items()}
        written = self.parsed.meta.get("from_app")
        written = written if isinstance(written, dict) else {}
        id_column = head.get("ID")
        for number, row in sheet.rows:
            if id_column is not None and isinstance(at(row, id_column), int | float):
                continue  # a criterion's row
            start = next((i for i, v in enumerate(row) if isinstance(v, str) and v.strip()), None)
            if start is None or row[start].strip() not in labels:
                continue  # not a result row
            label = row[start].strip()
            pairs = written.get(label)
            exported = {
                p[0]: p[1]
                for p in (pairs if isinstance(pairs, list) else ())
                if isinstance(p, list) and len(p) == 2
            }
            if label.endswith(FROM_APP) and not exported:
                continue  # a file from before the export kept these values: nothing to compare with
            for index, (header, option_id) in columns.items():
                value = at(row, index)
                if label == OPTION_ID and value == option_id and not isinstance(value, bool):
                    continue  # the row naming each column's option: as exported
                if label.endswith(FROM_APP):
                    if value is not None and value != "" and not near(value, exported.get(option_id)):
                        self.calculated(Place(sheet.title, number, header, index, label), value)
                elif typed_over(value):
                    self.calculated(Place(sheet.title, number, header, index, label), value)

    def formula_columns(
        self,
        spec: L.ListSheet,
        sheet: SheetRows,
        head: dict[str, int],
        number: int,
        row: tuple[Any, ...],
        base: dict[str, Any] | None,
        label: str,
    ) -> None:
        """A list sheet's formula columns (a risk's score), and the Evidence sheet's labels."""
        for column in spec.columns:
            index = head.get(column.header)
            if index is None or column.kind not in ("formula", "label"):
                continue
            value = at(row, index)
            if not typed_over(value):
                continue
            place = Place(sheet.title, number, column.header, index, label)
            if column.kind == "formula":
                self.calculated(place, value)
            elif base is not None and spec.table == "score":
                self.evidence_label(place, column.header, value, base)

    def untouched(
        self,
        spec: L.ListSheet,
        columns: list[tuple[L.Column, int]],
        row: tuple[Any, ...],
        base: dict[str, Any],
    ) -> bool:
        """Whether a row's calculated cells are as exported (formulas, or the labels as written)."""
        for column, index in columns:
            value = at(row, index)
            if not typed_over(value):
                continue
            if column.kind == "formula" or spec.table != "score":
                return False
            shown = value.strip() if isinstance(value, str) else value
            if not near(shown, self.evidence_expected(column.header, base)[0]):
                return False
        return True

    def evidence_expected(self, header: str, score: dict[str, Any]) -> tuple[Any, str]:
        """What the export wrote in one of the Evidence sheet's label columns, and why it is not read."""
        if header == "Option":
            return self.option_names.get(score["option_id"]), translate(
                "ImportLines", "the option of a score is set in the app; the %1 typed here is not imported"
            )
        if header == "Criterion":
            name = self.criterion_names.get(score["criterion_id"])
            return name, translate(
                "ImportLines", "the criterion of a score is set in the app; the %1 typed here is not imported"
            )
        if header in ("Option ID", "Criterion ID"):  # what the Score column looks up in the Matrix
            key = "option_id" if header == "Option ID" else "criterion_id"
            return score.get(key), translate(
                "ImportLines", "the IDs of a score are set in the app; the %1 typed here is not imported"
            )
        return score.get("value"), translate(
            "ImportLines", "the score is edited in the Matrix; the %1 typed here is not imported"
        )

    def evidence_label(self, place: Place, header: str, value: Any, score: dict[str, Any]) -> None:
        expected, why = self.evidence_expected(header, score)
        if isinstance(value, str) and isinstance(expected, str):
            value = value.strip()
        if not near(value, expected):
            self.calculated(place, value, why)
