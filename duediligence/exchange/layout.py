"""Where each field lives in an exported workbook: one spec shared by the export and the import, so
that what is written is exactly what is read back.

Every list sheet is an Excel table whose first column is the row's id in the source workbook (empty
for a row a colleague adds). Columns are found by their header text, so reordering them is harmless.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from duediligence.enums import (
    ActionStatus,
    BuyingRole,
    Confidence,
    CostCategory,
    CostRecurrence,
    EvaluationStatus,
    MissingScorePolicy,
    MustHavePolicy,
    NoteCategory,
    OptionKind,
    RiskStatus,
    Stance,
    Treatment,
)

FORMAT = "duediligence-xlsx"
FORMAT_VERSION = 1
META_SHEET = "DD export data"
META_MARKER = "Due-Diligence Workbook export data (version 1). Do not edit: the import uses it."
META_CHUNK = 16_000  # characters: at most 32,000 UTF-16 units, within one cell

DATE_FORMAT = "yyyy-mm-dd"
MONEY_FORMAT = "#,##0.00"
NUMBER_FORMAT = "0.###"
YES, NO = "yes", "no"

CHECKLIST_STATUSES = (
    RiskStatus.NOT_CHECKED,
    RiskStatus.TO_REVIEW,
    RiskStatus.OK,
    RiskStatus.CONCERN,
    RiskStatus.FAILS,
    RiskStatus.NOT_APPLICABLE,
)
RISK_STATUSES = (RiskStatus.OPEN, RiskStatus.MITIGATED, RiskStatus.ACCEPTED, RiskStatus.CLOSED)


# How the import recognises a sheet after a colleague renamed it: every exported sheet carries two
# sheet-scoped defined names, each referring to the sheet's header row (A1 where it has none) —
# `DD_KIND_<KIND>` (what the sheet holds) and `DD_EVALUATION_<N>` (which evaluation of the file, 1-based,
# in the order of the export data). Excel and LibreOffice keep local names through renames, sorts,
# inserted and deleted rows. The import looks sheets up by these names and falls back to the title.
SHEET_KINDS = (
    "INSTRUCTIONS", "INDEX", "SUMMARY", "MATRIX", "COMPUTED", "OPTIONS", "COSTS", "EVIDENCE",
    "CHECKLIST", "RISKS", "STAKEHOLDERS", "CHANGE_NOTES", "ACTIONS", "CHANGE_LOG",
)  # fmt: skip
KIND_NAME_PREFIX = "DD_KIND_"
EVALUATION_NAME_PREFIX = "DD_EVALUATION_"


def sheet_kind(key: str) -> str:
    """The kind of a sheet from its key or plain title ("Change notes" -> "CHANGE_NOTES")."""
    kind = key.strip().upper().replace(" ", "_").replace("-", "_")
    if kind not in SHEET_KINDS:
        raise ValueError(f"not a sheet kind: {key!r}")
    return kind


def sheet_marks(key: str, evaluation_number: int) -> tuple[str, str]:
    """The two local defined names that mark a sheet: its kind and its evaluation's number (1-based)."""
    return KIND_NAME_PREFIX + sheet_kind(key), f"{EVALUATION_NAME_PREFIX}{evaluation_number}"


def values(members: Any) -> tuple[str, ...]:
    return tuple(m.value for m in members)


@dataclass(frozen=True)
class Column:
    """One column of a list sheet. `kind` says how the cell is written and read:

    id, text, number, integer, money, date, choice, flag (yes/no), option / stakeholder (a name that
    stands for a row id), formula (computed in the sheet, never read back).
    """

    header: str
    field: str | None
    kind: str = "text"
    width: float = 16
    choices: tuple[str, ...] = ()
    formula: str = ""  # for kind "formula": "{row}" is replaced by the sheet row number
    optional_choice: bool = False

    @property
    def key(self) -> str:
        """The stored field of an editable column ("" for a column that stores nothing)."""
        return self.field or ""


@dataclass(frozen=True)
class ListSheet:
    """A sheet holding one table of rows of one database table."""

    key: str  # also the sheet's title for a single evaluation
    table: str  # database table
    columns: tuple[Column, ...]
    rows: Callable[[dict[str, Any]], list[dict[str, Any]]]  # the rows of an evaluation document
    fixed: dict[str, Any] = field(default_factory=dict)  # values every added row gets (risk kind)
    parent: str | None = None  # a reference that cannot change after the row exists (a cost's option)
    can_add: bool = True
    can_remove: bool = True

    def column(self, header: str) -> Column | None:
        return next((c for c in self.columns if c.header == header), None)


def _costs(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [cost for option in doc["options"] for cost in option["costs"]]


def _risks(kind: str) -> Callable[[dict[str, Any]], list[dict[str, Any]]]:
    return lambda doc: [r for r in doc["risks"] if r["kind"] == kind]


def manual_criteria(doc: dict[str, Any]) -> list[dict[str, Any]]:
    every = [c for g in doc["criteria_groups"] for c in g["criteria"]] + doc["ungrouped_criteria"]
    return [c for c in every if c.get("value_source", "manual") == "manual"]


def _evidence(doc: dict[str, Any]) -> list[dict[str, Any]]:
    manual = {c["id"] for c in manual_criteria(doc)}
    return [s for s in doc["scores"] if s["criterion_id"] in manual]


ID = Column("ID", "id", "id", 7)

OPTIONS = ListSheet(
    "Options",
    "option",
    (
        ID,
        Column("Name", "name", width=30),
        Column("Kind", "kind", "choice", 16, values(OptionKind)),
        Column("Vendor", "vendor", width=24),
        Column("Product", "product", width=24),
        Column("Website", "website", width=24),
        Column("Contact", "contact", width=30),
        Column("Excluded", "excluded", "flag", 10),
        Column("Exclusion reason", "exclusion_reason", width=30),
        Column("Time to results (weeks)", "time_to_results_weeks", "number", 12),
        Column("Notes", "notes", width=50),
    ),
    lambda doc: doc["options"],
)
EXCLUDED_COLUMN = 8  # H: the Matrix's rank formulas read it

COSTS = ListSheet(
    "Costs",
    "cost_item",
    (
        ID,
        Column("Option", "option_id", "option", 28),
        Column("Item", "label", width=40),
        Column("Category", "category", "choice", 16, values(CostCategory)),
        Column("Recurrence", "recurrence", "choice", 12, values(CostRecurrence)),
        Column("Amount", "amount", "money", 14),
        Column("Low", "low", "money", 14),
        Column("High", "high", "money", 14),
        Column("Note", "note", width=50),
        # When the money falls and in which currency (blank: the evaluation's); see decision/finance.py.
        Column("Currency", "currency", width=10),
        Column("Year (one-time)", "year", "year", 10),
        Column("From year (yearly)", "from_year", "year", 10),
        Column("Until year (yearly)", "to_year", "year", 10),
        Column("Change a year (yearly)", "escalation", "percent", 12),
    ),
    _costs,
    parent="option_id",
)

EVIDENCE = ListSheet(
    "Evidence",
    "score",
    (
        ID,
        Column("Option", None, "label", 28),
        Column("Criterion", None, "label", 30),
        Column("Score (edit it in the Matrix)", None, "label", 12),
        Column("Low", "low", "number", 9),
        Column("High", "high", "number", 9),
        Column("Confidence", "confidence", "choice", 12, values(Confidence), optional_choice=True),
        Column("Evidence", "evidence", width=60),
        Column("Source", "source", width=30),
        Column("Evidence date", "evidence_date", "date", 13),
        Column("Option ID", None, "label", 8),  # what the Score column looks up in the Matrix
        Column("Criterion ID", None, "label", 8),
    ),
    _evidence,
    can_add=False,
    can_remove=False,
)

CHECKLIST = ListSheet(
    "Checklist",
    "risk_item",
    (
        ID,
        Column("Option", "option_id", "option", 26),
        Column("Category", "category", width=18),
        Column("Item", "title", width=40),
        Column("Critical", "critical", "flag", 9),
        Column("Status", "status", "choice", 14, values(CHECKLIST_STATUSES)),
        Column("Checked by", "checked_by", width=18),
        Column("Evidence source", "evidence_source", width=30),
        Column("Evidence date", "evidence_date", "date", 13),
        Column("Reviewed on", "reviewed_on", "date", 13),
        Column("Note", "note", width=50),
    ),
    _risks("checklist"),
    fixed={"kind": "checklist"},
)

RISKS = ListSheet(
    "Risks",
    "risk_item",
    (
        ID,
        Column("Category", "category", width=16),
        Column("Risk", "title", width=36),
        Column("Description", "description", width=40),
        Column("Option", "option_id", "option", 24),
        Column("Likelihood", "likelihood", "integer", 11),
        Column("Impact", "impact", "integer", 9),
        Column(
            "Score",
            None,
            "formula",
            8,
            formula='=IF(AND(ISNUMBER(F{row}),ISNUMBER(G{row})),F{row}*G{row},"")',
        ),
        Column("Status", "status", "choice", 12, values(RISK_STATUSES)),
        Column("Treatment", "treatment", "choice", 12, values(Treatment), optional_choice=True),
        Column("Mitigation", "mitigation", width=40),
        Column("Owner", "owner", width=18),
        Column("Due date", "due_date", "date", 12),
        Column("Residual likelihood", "residual_likelihood", "integer", 11),
        Column("Residual impact", "residual_impact", "integer", 11),
        Column(
            "Residual score",
            None,
            "formula",
            9,
            formula='=IF(AND(ISNUMBER(N{row}),ISNUMBER(O{row})),N{row}*O{row},"")',
        ),
        Column("Note", "note", width=40),
    ),
    _risks("risk"),
    fixed={"kind": "risk"},
)
RISK_SCORE_COLUMNS = ("H", "P")

STAKEHOLDERS = ListSheet(
    "Stakeholders",
    "stakeholder",
    (
        ID,
        Column("Name", "name", width=24),
        Column("Title", "title", width=24),
        Column("Unit", "unit", width=16),
        Column("Contact", "contact", width=30),
        Column("Buying role", "buying_role", "choice", 18, values(BuyingRole), optional_choice=True),
        Column("Influence (1-5)", "influence", "integer", 10),
        Column("Interest (1-5)", "interest", "integer", 10),
        Column("Stance", "stance", "choice", 12, values(Stance), optional_choice=True),
        Column("Desired stance", "desired_stance", "choice", 12, values(Stance), optional_choice=True),
        Column("Sign-off required", "sign_off_required", "flag", 10),
        Column("Concerns", "concerns", width=50),
    ),
    lambda doc: doc["stakeholders"],
)

CHANGE_NOTES = ListSheet(
    "Change notes",
    "change_note",
    (
        ID,
        Column("Date", "noted_on", "date", 12),
        Column("Category", "category", "choice", 16, values(NoteCategory)),
        Column("Note", "text", width=70),
        Column("Author", "author", width=20),
    ),
    lambda doc: doc["change_notes"],
)

ACTIONS = ListSheet(
    "Actions",
    "action_item",
    (
        ID,
        Column("Action", "title", width=40),
        Column("Owner", "owner", width=18),
        Column("Stakeholder", "stakeholder_id", "stakeholder", 20),
        Column("Due date", "due_date", "date", 12),
        Column("Status", "status", "choice", 12, values(ActionStatus)),
        Column("Done on", "done_on", "date", 12),
        Column("Note", "note", width=50),
    ),
    lambda doc: doc["actions"],
)

LIST_SHEETS = (OPTIONS, COSTS, EVIDENCE, CHECKLIST, RISKS, STAKEHOLDERS, CHANGE_NOTES, ACTIONS)


@dataclass(frozen=True)
class SummaryField:
    label: str
    field: str
    kind: str = "text"
    choices: tuple[str, ...] = ()


SUMMARY_FIELDS = (
    SummaryField("Title", "title"),
    SummaryField("Status", "status", "choice", values(EvaluationStatus)),
    SummaryField("Need", "need"),
    SummaryField("Goals", "goals"),
    SummaryField("Budget", "budget", "money"),
    SummaryField("Currency", "currency"),
    SummaryField("Deadline", "deadline", "date"),
    SummaryField("Chosen option", "chosen_option_id", "option"),
    SummaryField("Rationale", "rationale"),
    SummaryField("Decided on", "decided_on", "date"),
    SummaryField("Decided by", "decided_by"),
    SummaryField("Missing scores", "missing_policy", "choice", values(MissingScorePolicy)),
    SummaryField("Failed must-haves", "must_have_policy", "choice", values(MustHavePolicy)),
    SummaryField("Horizon (years)", "horizon_years", "integer"),
    SummaryField("Discount rate", "discount_rate", "number"),
)
SUMMARY_ROW = {f.field: i + 2 for i, f in enumerate(SUMMARY_FIELDS)}  # the table starts at A1

# The evaluation's status in the app's words (as ui/labels.py shows them). The Summary's Status cell
# holds the stored word (that is what the import reads and the list offers) and displays these.
STATUS_WORDS = {
    EvaluationStatus.DEFINING.value: "Defining the need",
    EvaluationStatus.EXPLORING.value: "Exploring options",
    EvaluationStatus.EVALUATING.value: "Evaluating",
    EvaluationStatus.DECIDING.value: "Deciding",
    EvaluationStatus.DECIDED.value: "Decided",
    EvaluationStatus.REVIEWED.value: "Reviewed",
    EvaluationStatus.CANCELLED.value: "Cancelled",
}

# The Matrix sheet: one row per criterion, one column per option; columns before the options.
MATRIX_HEADERS = (
    "ID",
    "Group",
    "Criterion",
    "Scale",
    "Direction",
    "Unit",
    "Weight",
    "Share",
    "Low end",
    "High end",
    "Normalisation",
    "Must-have threshold",
)
MATRIX_FIRST_OPTION = len(MATRIX_HEADERS) + 1  # column M

# The results block on top of the Matrix: a header row naming the options ("Results" in the first
# column), then one labelled row each (labels in the first column); "Working" rows are hidden under an
# outline. The criteria table's header row stands below it; the sheet mark DD_KIND_MATRIX points at it.
# Scripts find the block by these labels, not by position (see the README, "Layout of the shared workbook").
MATRIX_RESULTS_HEADER = "Results"
MATRIX_TOTALS = (
    "Weighted total (0–100)",
    "Risk exposure (from the app)",
    "Risk-adjusted total (0–100)",
    "Rank",
    "Check",
    "Share of weight without a score",
    "Must-haves failed",
    "Excluded by you (Options sheet)",
    "Option ID",
    "Working: weighted utility sum",
    "Working: weight counted",
    "Working: ranked (1) or not (0)",
    "Working: rank key",
    "Working: missing-score policy (Summary)",
    "Working: must-have policy (Summary)",
    "Working: chart order",
    "Working: chart label, in rank order",
    "Working: chart, ranked total",
    "Working: chart, total not ranked",
)
