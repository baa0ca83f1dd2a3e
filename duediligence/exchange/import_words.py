"""What the import command says: per evaluation, whether the file's changes would be imported (a
plan, a dry run), were imported, or were not (refused); "No changes" when the file and the app
agree; each line with its kind, and each conflict with the side that won and the values."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from duediligence.exchange.cell_words import show
from duediligence.exchange.lines import ADDED, CHANGED, CONFLICT, REMOVED, Line

PLANNED, DRY_RUN, APPLIED, REFUSED = "planned", "dry run", "applied", "refused"
FILE, APP = "file", "app"


class Planned(Protocol):
    """One evaluation of an import plan (importing.EvaluationPlan)."""

    @property
    def title(self) -> str: ...
    @property
    def target_id(self) -> int | None: ...
    @property
    def reason(self) -> str: ...
    @property
    def lines(self) -> tuple[Line, ...]: ...


def changes(plan: Planned, resolutions: Mapping[str, str]) -> int:
    """How many lines would write: changes, additions, removals, conflicts decided for the file."""
    writes = sum(1 for line in plan.lines if line.kind in (ADDED, CHANGED, REMOVED) and line.edit)
    return writes + sum(
        1 for line in plan.lines if line.kind == CONFLICT and resolutions.get(line.key) == FILE
    )


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def header(plan: Planned, state: str, resolutions: Mapping[str, str], new_id: int | None = None) -> str:
    title, reason = repr(plan.title), plan.reason
    if plan.target_id is None:
        if state == APPLIED:
            number = f", number {new_id}" if new_id is not None else ""
            return f"{title}: imported as a new evaluation{number} ({reason})."
        return f"{title}: would import as a new evaluation ({reason})."
    if not plan.lines:
        return f"{title}: No changes: the file and evaluation {plan.target_id} agree."
    n, open_ = changes(plan, resolutions), undecided(plan, resolutions)
    into = f"evaluation {plan.target_id} ({reason})"
    if not n:
        if open_:
            return f"{title}: {_count(open_, 'conflict')} to decide before anything is imported into {into}."
        return f"{title}: nothing to import into {into}."
    verb = "imported" if state == APPLIED else "would import"
    decide = f"; {_count(open_, 'conflict')} to decide" if open_ else ""
    return f"{title}: {verb} {_count(n, 'change')} into {into}{decide}."


def undecided(plan: Planned, resolutions: Mapping[str, str]) -> int:
    return sum(1 for line in plan.lines if line.kind == CONFLICT and line.key not in resolutions)


def line_text(line: Line, state: str, resolutions: Mapping[str, str]) -> str:
    """ "  kind: sentence", a conflict with the side that won ("theirs" is the file, "ours" the app)."""
    if line.kind != CONFLICT:
        return f"  {line.kind}: {line.sentence}"
    side = resolutions.get(line.key)
    if side not in (FILE, APP):
        detail = line.detail.removeprefix("conflict — ")
        return (
            f"  conflict, not decided: {line.place_text()}: {detail}; "
            "choose with --conflicts app or --conflicts file."
        )
    place = line.place_text()
    done = state == APPLIED
    if line.column is None:  # a whole row: removed on one side, changed on the other
        outcome = (
            f"the file's version {'is' if done else 'would be'} taken"
            if side == FILE
            else f"the app's version {'stays' if done else 'would stay'}"
        )
        return f"  conflict, {'theirs' if side == FILE else 'ours'} won: {place}: {outcome}."
    exported = f" (exported: {show(line.old)})"
    if side == FILE:
        replaces = "replaces" if done or state == PLANNED else "would replace"
        outcome = f"the file's {show(line.new)} {replaces} the app's {show(line.app)}"
        return f"  conflict, theirs won: {place}: {outcome}{exported}."
    stays, imported = (
        ("stays", "is not imported") if done or state == PLANNED else ("would stay", "would not be imported")
    )
    outcome = f"the app's {show(line.app)} {stays}; the file's {show(line.new)} {imported}"
    return f"  conflict, ours won: {place}: {outcome}{exported}."


def review(
    plans: Sequence[Planned], state: str, resolutions: Mapping[str, str], ids: Sequence[Any] = ()
) -> list[str]:
    """The header of each evaluation and its lines; `ids`: the evaluations written, in plan order."""
    out = []
    for i, plan in enumerate(plans):
        new_id = ids[i] if plan.target_id is None and i < len(ids) else None
        out.append(header(plan, state, resolutions, new_id))
        out.extend(line_text(line, state, resolutions) for line in plan.lines)
    return out
