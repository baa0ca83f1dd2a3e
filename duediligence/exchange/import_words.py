"""What the import command says: per evaluation, whether the file's changes would be imported (a
plan, a dry run), were imported, or were not (refused); "No changes" when the file and the app
agree; each line with its kind, and each conflict with the side that won and the values."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from duediligence.errors import fill
from duediligence.exchange.cell_words import show
from duediligence.exchange.lines import ADDED, CHANGED, CONFLICT, ERROR, IGNORED, REMOVED, Line
from duediligence.i18n import PLURAL, QT_TRANSLATE_NOOP, translate

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


KIND_WORDS = {
    ADDED: QT_TRANSLATE_NOOP("ImportWords", "added"),
    CHANGED: QT_TRANSLATE_NOOP("ImportWords", "changed"),
    REMOVED: QT_TRANSLATE_NOOP("ImportWords", "removed"),
    CONFLICT: QT_TRANSLATE_NOOP("ImportWords", "conflict"),
    ERROR: QT_TRANSLATE_NOOP("ImportWords", "error"),
    IGNORED: QT_TRANSLATE_NOOP("ImportWords", "ignored"),
}


def header(plan: Planned, state: str, resolutions: Mapping[str, str], new_id: int | None = None) -> str:
    title, reason = repr(plan.title), plan.reason
    if plan.target_id is None:
        if state == APPLIED and new_id is not None:
            sentence = translate("ImportWords", "%1: imported as a new evaluation, number %2 (%3).")
            return fill(sentence, title, str(new_id), reason)
        if state == APPLIED:
            return fill(translate("ImportWords", "%1: imported as a new evaluation (%2)."), title, reason)
        return fill(translate("ImportWords", "%1: would import as a new evaluation (%2)."), title, reason)
    target = str(plan.target_id)
    if not plan.lines:
        return fill(
            translate("ImportWords", "%1: No changes: the file and evaluation %2 agree."), title, target
        )
    n, open_ = changes(plan, resolutions), undecided(plan, resolutions)
    if not n:
        if open_:
            sentence = translate(
                "ImportWords",
                "%1: %n conflict(s) to decide before anything is imported into evaluation %2 (%3).",
                None,
                PLURAL,
                int(open_),
            )
            return fill(sentence, title, target, reason)
        return fill(
            translate("ImportWords", "%1: nothing to import into evaluation %2 (%3)."), title, target, reason
        )
    conflicts = translate("ImportWords", "%n conflict(s)", None, PLURAL, open_)
    if state == APPLIED and open_:
        sentence = translate(
            "ImportWords", "%1: imported %n change(s) into evaluation %2 (%3); %4 to decide.", None, PLURAL, n
        )
    elif state == APPLIED:
        sentence = translate(
            "ImportWords", "%1: imported %n change(s) into evaluation %2 (%3).", None, PLURAL, n
        )
    elif open_:
        sentence = translate(
            "ImportWords",
            "%1: would import %n change(s) into evaluation %2 (%3); %4 to decide.",
            None,
            PLURAL,
            int(n),
        )
    else:
        sentence = translate(
            "ImportWords", "%1: would import %n change(s) into evaluation %2 (%3).", None, PLURAL, n
        )
    return fill(sentence, title, target, reason, conflicts)


def undecided(plan: Planned, resolutions: Mapping[str, str]) -> int:
    return sum(1 for line in plan.lines if line.kind == CONFLICT and line.key not in resolutions)


def line_text(line: Line, state: str, resolutions: Mapping[str, str]) -> str:
    """ "  kind: sentence", a conflict with the side that won ("theirs" is the file, "ours" the app)."""
    if line.kind != CONFLICT:
        kind = translate("ImportWords", KIND_WORDS[line.kind]) if line.kind in KIND_WORDS else line.kind
        return "  " + fill(translate("ImportWords", "%1: %2"), kind, line.sentence)
    return "  " + _conflict_text(line, state, resolutions.get(line.key))


def _conflict_text(line: Line, state: str, side: str | None) -> str:
    place = line.place_text()
    if side not in (FILE, APP):
        sentence = translate(
            "ImportWords", "conflict, not decided: %1: %2; choose with --conflicts app or --conflicts file."
        )
        return fill(sentence, place, line.conflict or line.detail)
    done = state == APPLIED
    if line.column is None:  # a whole row: removed on one side, changed on the other
        if side == FILE:
            if done:
                return fill(
                    translate("ImportWords", "conflict, theirs won: %1: the file's version is taken."), place
                )
            sentence = translate(
                "ImportWords", "conflict, theirs won: %1: the file's version would be taken."
            )
            return fill(sentence, place)
        if done:
            return fill(translate("ImportWords", "conflict, ours won: %1: the app's version stays."), place)
        return fill(translate("ImportWords", "conflict, ours won: %1: the app's version would stay."), place)
    values = (place, show(line.new), show(line.app), show(line.old))
    final = done or state == PLANNED
    if side == FILE:
        if final:
            sentence = translate(
                "ImportWords", "conflict, theirs won: %1: the file's %2 replaces the app's %3 (exported: %4)."
            )
        else:
            sentence = translate(
                "ImportWords",
                "conflict, theirs won: %1: the file's %2 would replace the app's %3 (exported: %4).",
            )
        return fill(sentence, *values)
    if final:
        sentence = translate(
            "ImportWords",
            "conflict, ours won: %1: the app's %3 stays; the file's %2 is not imported (exported: %4).",
        )
    else:
        sentence = translate(
            "ImportWords",
            "conflict, ours won: %1: the app's %3 would stay; the file's %2 would not be imported "
            "(exported: %4).",
        )
    return fill(sentence, *values)


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
