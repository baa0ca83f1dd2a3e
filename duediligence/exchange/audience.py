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


# Lists the file does not show at all (assessments, evaluators' own scores, questions to vendors).
_NOT_SHOWN_LISTS = ("approvals", "readiness", "evaluator_scores", "inquiries")


def _blank(rows: list[dict[str, Any]], names: list[str]) -> list[dict[str, Any]]:
    """Copies of `rows` with the fields `names` emptied ("" for text, None where there was none)."""
    if not names:
        return rows
    return [{**row, **{n: (None if row.get(n) is None else "") for n in names}} for row in rows]


def shown_document(doc: dict[str, Any], who: Audience) -> dict[str, Any]:
    """The evaluation document with what the file does not show emptied (keys stay, so the import reads
    it as before: lists become [], fields None or ""). Shares what it does not change with `doc`."""
    from duediligence.exchange import layout as L

    def blanked(spec: L.ListSheet) -> list[str]:
        return [c.field for c in spec.columns if c.field and who.blanks(spec.key, c.header)]

    out = dict(doc)
    out.update({key: [] for key in _NOT_SHOWN_LISTS}, review=None)
    out["criteria_groups"] = [
        {**g, "description": "", "criteria": [{**c, "description": ""} for c in g["criteria"]]}
        for g in doc["criteria_groups"]
    ]
    out["ungrouped_criteria"] = [{**c, "description": ""} for c in doc["ungrouped_criteria"]]
    people = who.shows("Stakeholders")
    out["stakeholders"] = [
        {**p, "raci": None, "criteria": [], "weights": {}} for p in doc["stakeholders"] if people
    ]
    notes = who.shows("Change notes")
    out["change_notes"] = [{**n, "stakeholders": [], "options": []} for n in doc["change_notes"] if notes]
    out["actions"] = _blank(doc["actions"], blanked(L.ACTIONS)) if who.shows("Actions") else []
    for name in who.blanked_summary:
        out[name] = None if name == "budget" else ""
    cost_fields = blanked(L.COSTS)
    out["options"] = [
        {**o, "costs": _blank(o["costs"], cost_fields)} for o in _blank(doc["options"], blanked(L.OPTIONS))
    ]
    out["scores"] = _blank(doc["scores"], blanked(L.EVIDENCE))
    kinds = {
        kind: blanked(spec)
        for spec, kind in ((L.CHECKLIST, "checklist"), (L.RISKS, "risk"))
        if who.shows(spec.key)
    }
    out["risks"] = [_blank([r], kinds[r["kind"]])[0] for r in doc["risks"] if r["kind"] in kinds]
    return out
