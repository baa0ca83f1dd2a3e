"""Where everything sits on the Matrix sheet: a results block on top (a header row naming the options,
then labelled rows), under it the criteria table (one criterion per row, one option per column), the
chart below the table, and working columns to the right.

Rows and columns here are 0-based (XlsxWriter's); `ref`/`rng` give the 1-based A1 text formulas need.
Every total is a SUMPRODUCT / COUNTIF over whole columns of the criteria table, from its first row to
`range_end` (past the last criterion), so that sorting the table, inserting or deleting criterion rows
keeps every criterion in the sums; rows are looked up by ID, never by position.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property

from duediligence.exchange import layout as L

# Columns before the options (layout.MATRIX_HEADERS, in order).
ID, GROUP, CRITERION, SCALE, DIRECTION, UNIT, WEIGHT, SHARE, LOW, HIGH, NORMALISATION, THRESHOLD = range(12)
FIRST_OPTION = L.MATRIX_FIRST_OPTION - 1  # 0-based
NOTE = WEIGHT  # in the results block, a sheet-wide remark sits in the Weight column (merged to the options)

# The results block's labelled rows, in order (the header row naming the options comes first).
TOTAL, EXPOSURE, ADJUSTED, RANK, CHECK = (
    "Weighted total (0–100)",
    "Risk exposure (from the app)",
    "Risk-adjusted total (0–100)",
    "Rank",
    "Check",
)
MISSING, FAILED, EXCLUDED, OPTION_ID = (
    "Share of weight without a score",
    "Must-haves failed",
    "Excluded by you (Options sheet)",
    "Option ID",
)
SUM, COUNTED, RANKED, KEY, POLICY, MUST_HAVE_POLICY = (
    "Working: weighted utility sum",
    "Working: weight counted",
    "Working: ranked (1) or not (0)",
    "Working: rank key",
    "Working: missing-score policy (Summary)",
    "Working: must-have policy (Summary)",
)
# The chart reads options in rank order from these rows (place p in option column p).
CHART_ORDER, CHART_LABEL, CHART_RANKED, CHART_OTHER = (
    "Working: chart order",
    "Working: chart label, in rank order",
    "Working: chart, ranked total",
    "Working: chart, total not ranked",
)
RESULTS_HEADER = "Results"
CHART = (CHART_ORDER, CHART_LABEL, CHART_RANKED, CHART_OTHER)
WORKING = (OPTION_ID, SUM, COUNTED, RANKED, KEY, POLICY, MUST_HAVE_POLICY, *CHART)  # hidden under an outline

# Utility cells hold a number ≥ 0, or a code below 0 for a score that is not counted (numbers only, so
# that SUMPRODUCT works the same in Excel, LibreOffice and Gnumeric; shown as "—").
NO_SCORE, NOT_A_NUMBER, OFF_SCALE = -1, -2, -3

SLACK = 200  # rows below the last criterion that the sums still cover (rows a colleague adds there)


@cache
def col_name(col: int) -> str:
    from xlsxwriter.utility import xl_col_to_name

    return str(xl_col_to_name(col))


def ref(row: int, col: int, *, row_abs: bool = False, col_abs: bool = False) -> str:
    return f"{'$' if col_abs else ''}{col_name(col)}{'$' if row_abs else ''}{row + 1}"


@dataclass(frozen=True)
class MatrixLayout:
    """Positions for n criteria and k options: the results block first, the criteria table under it
    (its header row then is not row 1: the sheet mark DD_KIND_MATRIX points at it)."""

    n: int
    k: int
    adjusted: bool = False  # risk-adjusted ranking: two more result rows

    @cached_property
    def result_labels(self) -> tuple[str, ...]:
        risk = (EXPOSURE, ADJUSTED) if self.adjusted else ()
        return (TOTAL, *risk, RANK, CHECK, MISSING, FAILED, EXCLUDED, *WORKING)

    # --- columns ----------------------------------------------------------------------------------

    def option(self, j: int) -> int:
        return FIRST_OPTION + j

    @cached_property
    def last_option(self) -> int:
        return FIRST_OPTION + max(self.k, 1) - 1

    def utility(self, j: int) -> int:
        return FIRST_OPTION + self.k + 1 + j

    @cached_property
    def mean(self) -> int:
        return FIRST_OPTION + 2 * self.k + 1

    @cached_property
    def counted(self) -> int:
        """The weight as counted: a number ≥ 0, 0 for a row without an ID or a weight that is not one."""
        return self.mean + 1

    @cached_property
    def weight_problem(self) -> int:
        """1 where a criterion's weight is missing, not a number or below 0."""
        return self.mean + 2

    @cached_property
    def fails_above(self) -> int:
        """A must-have's limit for "lower is better" (a huge number where there is none)."""
        return self.mean + 3

    @cached_property
    def fails_below(self) -> int:
        """A must-have's limit for "higher is better" (a huge negative number where there is none)."""
        return self.mean + 4

    @cached_property
    def off_below(self) -> int:
        """Below this a score is off its scale (the low end less a rounding tolerance)."""
        return self.mean + 5

    @cached_property
    def off_above(self) -> int:
        return self.mean + 6

    @cached_property
    def span(self) -> int:
        """High end − low end: 0 when they are equal (every score then counts 1), −1 without ends."""
        return self.mean + 7

    @cached_property
    def row_check(self) -> int:
        return self.mean + 8

    @cached_property
    def last_col(self) -> int:
        return self.row_check

    # --- rows -------------------------------------------------------------------------------------

    @cached_property
    def header(self) -> int:
        """The criteria table's header row: below the results block and one empty row."""
        return len(self.result_labels) + 2

    @cached_property
    def first(self) -> int:
        return self.header + 1

    def criterion(self, i: int) -> int:
        return self.first + i

    @cached_property
    def last(self) -> int:
        """The last criterion row (the header row when there is none)."""
        return self.first + self.n - 1

    @cached_property
    def range_end(self) -> int:
        """The last row the sums cover: rows inserted anywhere up to here are counted or flagged."""
        return self.last + SLACK

    @cached_property
    def results_header(self) -> int:
        return 0

    def result(self, label: str) -> int:
        return self.results_header + 1 + self.result_labels.index(label)

    @property
    def results_end(self) -> int:
        return self.results_header + len(self.result_labels)

    @property
    def chart_row(self) -> int:
        """Where the chart is anchored: below the criteria table."""
        return self.last + 2

    # --- A1 text ----------------------------------------------------------------------------------

    def rng(self, col: int, *, col_abs: bool = True) -> str:
        """The criteria rows of one column, e.g. "$H$2:$H$17"."""
        c = f"{'$' if col_abs else ''}{col_name(col)}"
        return f"{c}${self.first + 1}:{c}${self.range_end + 1}"

    def row_span(self, row: int, first: int, last: int) -> str:
        """Columns first..last of one row, columns absolute and the row relative ("$M5:$Q5")."""
        return f"${col_name(first)}{row + 1}:${col_name(last)}{row + 1}"

    def at(self, label: str, j: int) -> str:
        """Option j's cell in a results row ("M19")."""
        return ref(self.result(label), self.option(j))

    def option_row(self, label: str) -> str:
        """A results row across every option column ("$M$19:$Q$19")."""
        r = self.result(label) + 1
        return f"${col_name(FIRST_OPTION)}${r}:${col_name(self.last_option)}${r}"
