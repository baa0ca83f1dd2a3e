"""`show` without --json: a summary a person reads, of the same document `show --json` prints.

Stored words (`do_nothing`, `not_checked`) are shown as words ("do nothing", "not checked"); an empty
list says so ("no risks") rather than printing a zero count that reads like a fact about something else.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from duediligence.kinds import kind_words

OPTION_KINDS = {
    "vendor_product": "vendor product",
    "build": "build in-house",
    "extend": "extend what we have",
    "do_nothing": "do nothing",
    "other": "other",
}


def words(value: str | None) -> str:
    """A stored enum value as words: `not_checked` → `not checked`."""
    return (value or "").replace("_", " ")


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _tally(values: Iterable[str]) -> str:
    """`3 ok, 1 concern` in order of first appearance."""
    counts = Counter(values)
    return ", ".join(f"{n} {words(value)}" for value, n in counts.items())


def _section(title: str, items: Sequence[Any], none: str) -> list[str]:
    return [none] if not items else [f"{title} ({len(items)}):"]


def _criteria_lines(doc: Mapping[str, Any]) -> list[str]:
    groups = [(g["name"], g["criteria"]) for g in doc["criteria_groups"]]
    if doc["ungrouped_criteria"]:
        groups.append(("Not in a group", doc["ungrouped_criteria"]))
    total = sum(len(criteria) for _name, criteria in groups)
    if total == 0:
        return ["No criteria yet."]
    lines = [f"Criteria ({total}):"]
    for name, criteria in groups:
        lines.append(f"  {name}:")
        for c in criteria:
            must = ", must-have" if c["must_have"] else ""
            weight = "not weighted" if c["weight"] is None else f"weight {c['weight']:g}"
            lines.append(f"    - {c['name']} (scale {c['scale']}, {weight}{must})")
    return lines


def _option_lines(doc: Mapping[str, Any]) -> list[str]:
    options = doc["options"]
    lines = _section("Options", options, "No options yet.")
    for o in options:
        vendor = f", {o['vendor']}" if o.get("vendor") else ""
        costs = _count(len(o["costs"]), "cost line", "cost lines") if o["costs"] else "no costs entered"
        lines.append(f"  - {o['name']} ({OPTION_KINDS.get(o['kind'], words(o['kind']))}{vendor}; {costs})")
        if o["excluded"]:
            reason = o["exclusion_reason"].strip() or "no reason given"
            lines.append(f"    excluded: {reason}")
    return lines


def _score_line(doc: Mapping[str, Any]) -> str:
    criteria = sum(len(g["criteria"]) for g in doc["criteria_groups"]) + len(doc["ungrouped_criteria"])
    cells = criteria * len(doc["options"])
    entered = sum(1 for s in doc["scores"] if s["value"] is not None)
    if cells == 0:
        return "Scores: nothing to score yet."
    return f"Scores: {entered} of {cells} entered."


def _risk_lines(doc: Mapping[str, Any]) -> list[str]:
    risks = [r for r in doc["risks"] if r["kind"] == "risk"]
    checks = [r for r in doc["risks"] if r["kind"] == "checklist"]
    lines = _section("Risks", risks, "No risks.")
    lines += [f"  - {r['title']}: {words(r['status'])}" for r in risks]
    if checks:
        tally = _tally(r["status"] for r in checks)
        lines.append(f"Checklist: {_count(len(checks), 'item', 'items')} ({tally}).")
    else:
        lines.append("No checklist items.")
    return lines


def _people_lines(doc: Mapping[str, Any]) -> list[str]:
    people = doc["stakeholders"]
    lines = _section("Stakeholders", people, "No stakeholders.")
    for p in people:
        role = ", ".join(x for x in (p["title"], words(p["buying_role"]), words(p["stance"])) if x)
        lines.append(f"  - {p['name']}" + (f" ({role})" if role else ""))
    approvals = doc["approvals"]
    lines += _section("Approvals", approvals, "No approvals.")
    for a in approvals:
        who = f" ({a['stakeholder']})" if a.get("stakeholder") else ""
        lines.append(f"  - {a['subject']}{who}: {words(a['status'])}")
    return lines


def _change_lines(doc: Mapping[str, Any]) -> list[str]:
    lines = [f"Change notes: {len(doc['change_notes'])}." if doc["change_notes"] else "No change notes."]
    actions = doc["actions"]
    lines += _section("Actions", actions, "No actions.")
    for a in actions:
        due = f", due {a['due_date']}" if a["due_date"] else ""
        owner = f", {a['owner']}" if a["owner"] else ""
        lines.append(f"  - {a['title']}: {words(a['status'])}{due}{owner}")
    return lines


def _decision_line(doc: Mapping[str, Any]) -> str:
    if not doc["chosen_option"]:
        return "Decision: none yet."
    when = f" on {doc['decided_on']}" if doc["decided_on"] else ""
    who = f" by {doc['decided_by']}" if doc["decided_by"] else ""
    return f"Decision: {doc['chosen_option']}{when}{who}."


def summary_lines(doc: Mapping[str, Any]) -> list[str]:
    """Every part of the evaluation, one block each, in the order of the app's tabs."""
    lines = [f"{doc['title']} (id {doc['id']})"]
    if doc.get("kind"):
        lines.append(f"Kind: {kind_words(doc['kind'])}")
    lines.append(f"Status: {words(doc['status'])}")
    if doc["archived"]:
        lines.append("Archived.")
    for label, text in (("Need", doc["need"]), ("Goals", doc["goals"])):
        if text:
            lines.append(f"{label}: " + "\n  ".join(text.strip().splitlines()))
    budget = "not entered" if doc["budget"] is None else f"{doc['budget']:,.2f} {doc['currency']}"
    lines.append(f"Budget: {budget}")
    lines.append(f"Deadline: {doc['deadline'] or 'none'}")
    lines.append(_decision_line(doc))
    for block in (_option_lines(doc), _criteria_lines(doc), [_score_line(doc)], _risk_lines(doc)):
        lines += ["", *block]
    for block in (_people_lines(doc), _change_lines(doc)):
        lines += ["", *block]
    return lines
