"""Who an export is for, and what each kind of reader gets to see.

*internal* (the buying team): every sheet. *external* (someone outside it, e.g. a vendor or an
adviser): the need, the options, criteria, weights, scores and costs, without stakeholders, stances or
contact details, internal notes and reasons, the evidence notes (they name who tried what), the risk
register and checklist, the change plan and change log, the names of people who evaluated or decided,
and the budget. Free texts that stay (need, goals, names of options and criteria) go as written.
Neither kind holds a local path.

The document kept in the file for the three-way merge (`shown_document`) holds only what the sheets
show: rows and fields the file leaves out are empty there too, so the file never carries more than a
reader can see, and an import of it compares like with like.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

INTERNAL, EXTERNAL = "internal", "external"
AUDIENCES = (INTERNAL, EXTERNAL)


@dataclass(frozen=True)
class Audience:
    name: str
    omitted_sheets: frozenset[str] = frozenset()  # sheet keys left out
    blanked: dict[str, frozenset[str]] = field(default_factory=dict)  # sheet key -> column headers emptied
    blanked_summary: frozenset[str] = frozenset()  # evaluation fields emptied on the Summary

    def shows(self, sheet: str) -> bool:
        return sheet not in self.omitted_sheets

    def blanks(self, sheet: str, header: str) -> bool:
        return header in self.blanked.get(sheet, frozenset())


AUDIENCE = {
    INTERNAL: Audience(INTERNAL),
    EXTERNAL: Audience(
        EXTERNAL,
        frozenset({"Checklist", "Risks", "Stakeholders", "Change notes", "Actions", "Change log"}),
        {
            "Options": frozenset({"Contact", "Exclusion reason", "Notes"}),
            "Costs": frozenset({"Note"}),
            "Evidence": frozenset({"Evidence", "Source"}),  # the team's notes on trials, who said what
        },
        frozenset({"budget", "rationale", "decided_by"}),
    ),
}
LEFT_OUT = "left out of a copy for outside the buying team"


def audience(name: str) -> Audience:
    if name not in AUDIENCE:
        raise ValueError(f"an export is for one of {', '.join(AUDIENCES)}, not {name!r}")
    return AUDIENCE[name]


# Fields the file does not show at all, whoever it is for (links, assessments, evaluators' own scores).
_NOT_SHOWN_LISTS = ("approvals", "readiness", "evaluator_scores", "inquiries")
_GROUP_NOT_SHOWN = ("description",)
_CRITERION_NOT_SHOWN = ("description",)


def shown_document(doc: dict[str, Any], who: Audience) -> dict[str, Any]:
    """A copy of the evaluation document with what the file does not show emptied (keys stay, so the
    import reads it as before: lists become [], fields None or "")."""
    from duediligence.exchange import layout as L

    out = copy.deepcopy(doc)
    for key in _NOT_SHOWN_LISTS:
        out[key] = []
    out["review"] = None
    for group in out["criteria_groups"]:
        for name in _GROUP_NOT_SHOWN:
            group[name] = ""
    for c in [c for g in out["criteria_groups"] for c in g["criteria"]] + out["ungrouped_criteria"]:
        for name in _CRITERION_NOT_SHOWN:
            c[name] = ""
    for person in out["stakeholders"]:
        person["raci"], person["criteria"], person["weights"] = None, [], {}
    for note in out["change_notes"]:
        note["stakeholders"], note["options"] = [], []
    for name in who.blanked_summary:
        out[name] = None if name in ("budget",) else ""
    if not who.shows("Stakeholders"):
        out["stakeholders"] = []
    if not who.shows("Change notes"):
        out["change_notes"] = []
    if not who.shows("Actions"):
        out["actions"] = []
    kinds = {kind for kind, key in (("checklist", "Checklist"), ("risk", "Risks")) if who.shows(key)}
    out["risks"] = [r for r in out["risks"] if r["kind"] in kinds]
    for spec in L.LIST_SHEETS:
        blanked = [c.field for c in spec.columns if c.field and who.blanks(spec.key, c.header)]
        for row in spec.rows(out):
            for name in blanked:
                row[name] = None if row.get(name) is None else ""
    return out
