"""The Matrix sheet's formulas, as text. Chosen to mean the same in Excel, LibreOffice and Gnumeric:

* every SUMPRODUCT sees numbers only (utilities use codes below 0 for "not counted", never ""), and a
  raw score cell is only ever compared, never used in arithmetic inside one (text there would be #VALUE!);
* options and criteria are found by ID (MATCH over whole columns), the policies by their label on the
  Summary sheet, the "Excluded" flag by its header on the Options sheet: sorting, inserting or deleting
  rows anywhere leaves every lookup right;
* no function newer than Excel 2007 (IFERROR, COUNTIF, SUMIF, INDEX/MATCH, SUMPRODUCT).

`matrix_values` computes the same numbers in Python for the cached results; the tests hold the two
together (LibreOffice and Gnumeric recalculate the file and must agree with the cached values).
"""

from __future__ import annotations

import itertools

from duediligence.decision.risks import RISK_ADJUSTMENT_K
from duediligence.decision.value_functions import Discrete, ValueFunction
from duediligence.exchange import matrix_layout as M
from duediligence.exchange.matrix_layout import MatrixLayout, col_name, ref

NOT_ON_OPTIONS = "not on the Options sheet"
UNREADABLE = "cannot be read"
NO_SCORE_TEXT = "no score"
NO_RANK = "—"


def quote(title: str) -> str:
    from xlsxwriter.utility import quote_sheetname

    return str(quote_sheetname(title))


class MatrixFormulas:
    """Formula text for one Matrix sheet."""

    def __init__(self, lay: MatrixLayout, summary: str, options: str) -> None:
        self.lay, self.summary, self.options = lay, quote(summary), quote(options)

    # --- per criterion row --------------------------------------------------------------------------

    def _row(self, r: int) -> dict[str, str]:
        columns = {"A": M.ID, "E": M.DIRECTION, "G": M.WEIGHT, "I": M.LOW, "J": M.HIGH, "L": M.THRESHOLD}
        return {name: f"${col_name(c)}{r + 1}" for name, c in (columns | {"W": self.lay.counted}).items()}

    def share(self, r: int) -> str:
        w, total = self._row(r)["W"], self.lay.rng(self.lay.counted)
        return f"=IF(SUM({total})>0,{w}/SUM({total}),0)"

    def low_high(self, r: int, which: str) -> str:
        span = self.lay.row_span(r, M.FIRST_OPTION, self.lay.last_option)
        return f'=IF(COUNT({span})=0,"",{which}({span}))'

    def counted(self, r: int) -> str:
        a, g = self._row(r)["A"], self._row(r)["G"]
        return f"=IF(AND(ISNUMBER({a}),ISNUMBER({g})),MAX(0,{g}),0)"

    def weight_problem(self, r: int) -> str:
        a, g = self._row(r)["A"], self._row(r)["G"]
        return f"=IF(ISNUMBER({a}),IF(ISNUMBER({g}),IF({g}<0,1,0),1),0)"

    def fails_beyond(self, r: int, above: bool) -> str:
        """The value past which a must-have fails (np.isclose's tolerance), or ±1E+300 for none."""
        e, t = self._row(r)["E"], self._row(r)["L"]
        if above:
            return f'=IF(AND(ISNUMBER({t}),{e}="lower"),{t}+1E-9+1E-9*ABS({t}),1E+300)'
        return f'=IF(AND(ISNUMBER({t}),{e}<>"lower"),{t}-1E-9-1E-9*ABS({t}),-1E+300)'

    def off_limit(self, r: int, below: bool) -> str:
        lo, hi = self._row(r)["I"], self._row(r)["J"]
        if below:
            return f"=IF(ISNUMBER({lo}),{lo}-1E-9*MAX(1,ABS({lo})),-1E+300)"
        return f"=IF(ISNUMBER({hi}),{hi}+1E-9*MAX(1,ABS({hi})),1E+300)"

    def span(self, r: int) -> str:
        lo, hi = self._row(r)["I"], self._row(r)["J"]
        return (
            f"=IF(AND(ISNUMBER({lo}),ISNUMBER({hi})),"
            f"IF({hi}-{lo}<=1E-12*MAX(1,ABS({lo}),ABS({hi})),0,{hi}-{lo}),-1)"
        )

    def utility(self, r: int, j: int, function: ValueFunction | None = None) -> str:
        """The score's utility (0–1, 1 = best), or a code below 0 when it is not counted; through the
        criterion's value function when it has one."""
        c, lay = self._row(r), self.lay
        a, e, lo, hi = c["A"], c["E"], c["I"], c["J"]
        below, above, span = (f"${col_name(col)}{r + 1}" for col in (lay.off_below, lay.off_above, lay.span))
        x = ref(r, lay.option(j))
        value = f'IF({span}=0,1,MAX(0,MIN(1,IF({e}="lower",{hi}-{x},{x}-{lo})/{span})))'
        if function is not None:
            value = function_formula(function, x)
        scored = f"IF(OR({x}<{below},{x}>{above}),{M.OFF_SCALE},IF({span}<0,{M.NO_SCORE},{value}))"
        return (
            f"=IF(ISNUMBER({a}),IF(ISNUMBER({x}),{scored},"
            f"IF(LEN({x})=0,{M.NO_SCORE},{M.NOT_A_NUMBER})),{M.NO_SCORE})"
        )

    def _utilities(self, r: int) -> str:
        return self.lay.row_span(r, self.lay.utility(0), self.lay.utility(max(self.lay.k, 1) - 1))

    def mean(self, r: int) -> str:
        us = self._utilities(r)
        return f'=IF(COUNTIF({us},">=0")>0,SUMIF({us},">=0")/COUNTIF({us},">=0"),{M.NO_SCORE})'

    def row_check(self, r: int) -> str:
        c, us = self._row(r), self._utilities(r)
        a, g = c["A"], c["G"]
        return (
            f'=IF(ISNUMBER({a}),TRIM(IF(ISNUMBER({g}),IF({g}<0,"Weight below 0: counted as 0. ",""),'
            f'"Weight missing or not a number: counted as 0. ")'
            f"&{_counted(us, M.NOT_A_NUMBER, ' score(s) not a number. ')}"
            f'&{_counted(us, M.OFF_SCALE, " score(s) off the scale. ")}),"")'
        )

    # --- the results block ------------------------------------------------------------------------

    def policy(self, label: str) -> str:
        s = self.summary
        return f'=IFERROR(""&INDEX({s}!$B:$B,MATCH("{label}",{s}!$A:$A,0)),"")'

    def _cell(self, label: str) -> str:
        """The sheet-wide value of a working row (in the note column), absolute."""
        return ref(self.lay.result(label), M.NOTE, row_abs=True, col_abs=True)

    def sheet_check(self, exported_criteria: int) -> str:
        lay = self.lay
        a, c = lay.rng(M.ID), lay.rng(M.CRITERION)
        uncounted = f"MAX(0,COUNTA({c})-COUNT({a}))"
        bad = f"SUM({lay.rng(lay.weight_problem)})"
        gone = f"MAX(0,{exported_criteria}-COUNT({a}))"
        return (
            f'=IF({uncounted}+{bad}+{gone}=0,"ok",TRIM('
            f'IF({uncounted}>0,{uncounted}&" criterion row(s) without an ID: not counted '
            f'(criteria are added in the app). ","")'
            f'&IF({bad}>0,{bad}&" weight(s) missing, not a number or below 0: counted as 0. ","")'
            f'&IF({gone}>0,{gone}&" criterion row(s) deleted: they still count in the app. ","")))'
        )

    def results(self, j: int) -> dict[str, str]:
        """Option j's formula in each results row."""
        lay = self.lay
        at = {label: lay.at(label, j) for label in lay.result_labels}
        h, us, mean = lay.rng(M.SHARE), lay.rng(lay.utility(j), col_abs=False), lay.rng(lay.mean)
        above, below = lay.rng(lay.fails_above), lay.rng(lay.fails_below)
        xs = lay.rng(lay.option(j), col_abs=False)
        pol, mhp = self._cell(M.POLICY), self._cell(M.MUST_HAVE_POLICY)
        sheet_ok = f'{self._cell(M.CHECK)}="ok"'
        total, num, den = at[M.TOTAL], at[M.SUM], at[M.COUNTED]
        excl, fails, ranked = at[M.EXCLUDED], at[M.FAILED], at[M.RANKED]
        score = at[M.ADJUSTED] if lay.adjusted else total
        o = self.options
        found = f"MATCH({at[M.OPTION_ID]},{o}!$A:$A,0)"
        formulas = {
            M.SUM: (
                f'=SUMPRODUCT({h},({us}>=0)*{us})+IF({pol}="mean",SUMPRODUCT({h},({us}<0)*({mean}>=0)*{mean}),0)'
            ),
            M.COUNTED: (
                f'=IF({pol}="worst",SUM({h}),SUMPRODUCT({h},({us}>=0)+({pol}="mean")*({us}<0)*({mean}>=0)))'
            ),
            M.TOTAL: (
                f'=IF(OR(COUNTIF({us},">=0")=0,{den}<=1E-15),"{NO_SCORE_TEXT}",'
                f"MAX(0,MIN(100,100*{num}/{den})))"
            ),
            M.MISSING: f"=MAX(0,MIN(1,SUMPRODUCT({h},--({us}<0))))",
            M.FAILED: (  # over scores that are numbers (utility ≥ 0, or off the scale), text never compared
                f'=SUMPRODUCT((({us}>=0)+({us}={M.OFF_SCALE}))*({us}<>"")*(({xs}>{above})+({xs}<{below})))'
            ),
            M.EXCLUDED: (
                f'=IFERROR(IF(ISNA({found}),"{NOT_ON_OPTIONS}",""&INDEX({o}!$A:$Z,{found},'
                f'MATCH("Excluded",{o}!$1:$1,0))),"{UNREADABLE}")'
            ),
            M.RANKED: f'=IF(AND(ISNUMBER({score}),{excl}="no",OR({mhp}="flag",{fails}=0)),1,0)',
            M.KEY: f"=IF({ranked}=1,{score},-1)",
            M.RANK: f'=IF({ranked}=1,1+SUMPRODUCT(--({lay.option_row(M.KEY)}>{at[M.KEY]}+1E-9)),"{NO_RANK}")',
            M.CHECK: (
                f'=IF(COUNTIF({us},"<-1")+NOT(OR({excl}="yes",{excl}="no"))+NOT({sheet_ok})=0,"ok",TRIM('
                f"{_counted(us, M.NOT_A_NUMBER, ' score(s) not a number: not counted. ')}"
                f"&{_counted(us, M.OFF_SCALE, ' score(s) off the scale: not counted. ')}"
                f'&IF(OR({excl}="yes",{excl}="no"),"",IF({excl}="{NOT_ON_OPTIONS}",'
                f'"Not on the Options sheet: not ranked. ","Excluded is neither yes nor no: not ranked. "))'
                f'&IF({sheet_ok},"","See the sheet check. ")))'
            ),
        }
        if lay.adjusted:
            exposure = at[M.EXPOSURE]
            formulas[M.ADJUSTED] = (
                f"=IF(ISNUMBER({total}),{total}*{RISK_ADJUSTMENT_K:g}/({RISK_ADJUSTMENT_K:g}+MAX(0,{exposure})),"
                f'"{NO_SCORE_TEXT}")'
            )
        return formulas


def _counted(cells: str, code: int, text: str) -> str:
    """'N<text>' when N cells of `cells` hold the utility code `code`, else ''."""
    return f'IF(COUNTIF({cells},{code})>0,COUNTIF({cells},{code})&"{text}","")'


def _n(x: float) -> str:
    """A number as a formula literal that reads back as the same float (a negative one in brackets)."""
    text = repr(float(x)).upper()
    return f"({text})" if x < 0 else text


def function_formula(function: ValueFunction, x: str) -> str:
    """The utility (0–1) of cell ``x`` under a value function: straight lines between the points, flat
    beyond them; or each level's value for its number, a number that is no level's off the scale."""
    if isinstance(function, Discrete):
        formula = str(M.OFF_SCALE)
        for k, (_label, v) in reversed(list(enumerate(function.levels, start=1))):
            formula = f"IF({x}={k},{_n(v / 100)},{formula})"
        return formula
    points = function.points
    formula = _n(points[-1][1] / 100)
    for (x0, v0), (x1, v1) in reversed(list(itertools.pairwise(points))):
        slope = (v1 / 100 - v0 / 100) / (x1 - x0)  # as numpy.interp: the same float
        formula = f"IF({x}<={_n(x1)},{_n(slope)}*({x}-{_n(x0)})+{_n(v0 / 100)},{formula})"
    return f"IF({x}<={_n(points[0][0])},{_n(points[0][1] / 100)},{formula})"
